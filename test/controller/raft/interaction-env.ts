// The interaction environment behind the transcripts (after etcd's rafttest InteractionEnv): a few
// RaftCores over MemoryStorage, a queue of sent messages delivered only when a command says so,
// and Readys handled in the contract's order (persist, send, apply, advance). Every command
// returns the text the transcript compares.
import { AssertionError } from '../../../src/util/assert.ts'
import { MemoryStorage, emptySnapshot } from '../../../src/controller/raft/core/memory-storage.ts'
import { RaftCore } from '../../../src/controller/raft/core/raft-core.ts'
import {
  ConfChangeType, EntryType, StateRole,
  type ConfChange, type ConfState, type Entry, type Message, type NodeId
} from '../../../src/controller/raft/core/types.ts'
import type { BugSwitches } from '../../../src/controller/raft/core/config.ts'
import { describeConfState, describeEntry, describeMessage, describeReady } from './describe.ts'
import { parseList, type ParsedCommand } from './transcript-format.ts'

interface NodeOptions {
  readonly electionTicks: number
  readonly heartbeatTicks: number
  readonly preVote: boolean
  readonly checkQuorum: boolean
  readonly maxSizePerMsg: number
  readonly maxInflightMsgs: number
  readonly bugs: BugSwitches
  /** Ticks added to the randomized election timeout (0 = exactly electionTicks). */
  readonly jitter: number
}

interface EnvNode {
  readonly id: NodeId
  readonly storage: MemoryStorage
  readonly options: NodeOptions
  core: RaftCore | null
  /** Index of the last entry (or snapshot) applied. */
  applied: number
  lastState: string
  lastConf: string
}

const encoder = new TextEncoder()

export class InteractionEnv {
  private readonly nodes = new Map<NodeId, EnvNode>()
  private pending: Message[] = []
  private readonly isolated = new Set<NodeId>()

  handle (c: ParsedCommand): string {
    const out: string[] = []
    try {
      this.dispatch(c, out)
    } catch (error) {
      // A failed assertion in the core is part of what a transcript can show (and then must).
      if (!(error instanceof AssertionError)) throw error
      out.push(`error: ${error.message}`)
    }
    return out.length === 0 ? 'ok' : out.join('\n')
  }

  private dispatch (c: ParsedCommand, out: string[]): void {
    switch (c.name) {
      case 'add-nodes': this.addNodes(c, out); break
      case 'campaign': this.withNode(c, out, (n) => n.core!.campaign()); break
      case 'propose': this.propose(c, out); break
      case 'propose-conf-change': this.proposeConfChange(c, out); break
      case 'transfer-leadership': this.transferLeadership(c, out); break
      case 'tick-election': this.tick(c, out, (n) => n.options.electionTicks); break
      case 'tick-heartbeat': this.tick(c, out, (n) => n.options.heartbeatTicks); break
      case 'process-ready': for (const id of this.ids(c)) this.processReady(this.node(id), out); break
      case 'deliver-msgs': this.deliver(this.ids(c), new Set(parseList(c.keys.get('drop') ?? '()')), out, c.keys.has('from') ? Number(c.keys.get('from')) : null); break
      case 'stabilize': this.stabilize(this.ids(c), out); break
      case 'raft-log': this.raftLog(this.node(Number(c.positional[0])), out); break
      case 'raft-state': this.raftState(out); break
      case 'status': this.status(this.node(Number(c.positional[0])), out); break
      case 'compact': this.compact(this.node(Number(c.positional[0])), Number(c.positional[1]), out); break
      case 'crash': this.crash(this.node(Number(c.positional[0])), out); break
      case 'restart': this.restart(this.node(Number(c.positional[0])), out); break
      case 'isolate': this.isolated.add(Number(c.positional[0])); break
      case 'heal': this.isolated.clear(); break
      default: throw new Error(`unknown command ${c.name}`)
    }
  }

  // ---- nodes ----------------------------------------------------------------------------------

  /**
   * add-nodes N [voters=(..)] [learners=(..)] [index=I] [log=(terms)] [term=T] [prevote=B]
   * [checkquorum=B] [election=E] [heartbeat=H] [max-size-per-msg=S] [max-inflight=M] [bug=NAME]
   * [jitter=J]
   * With voters: a snapshot at index I (default 1, term 1) holds the membership; with log=...
   * the entries have those terms from index 1; with neither, the node is empty (joins later).
   */
  private addNodes (c: ParsedCommand, out: string[]): void {
    const count = Number(c.positional[0])
    const voters = c.keys.has('voters') ? parseList(c.keys.get('voters')!) : null
    const conf: ConfState = { voters: voters ?? [], learners: parseList(c.keys.get('learners') ?? '()'), votersOutgoing: [] }
    const options: NodeOptions = {
      electionTicks: Number(c.keys.get('election') ?? 10),
      heartbeatTicks: Number(c.keys.get('heartbeat') ?? 1),
      preVote: c.keys.get('prevote') === 'true',
      checkQuorum: c.keys.get('checkquorum') === 'true',
      maxSizePerMsg: Number(c.keys.get('max-size-per-msg') ?? 65536),
      maxInflightMsgs: Number(c.keys.get('max-inflight') ?? 256),
      bugs: c.keys.has('bug') ? { [c.keys.get('bug')!]: true } : {},
      jitter: Number(c.keys.get('jitter') ?? 0)
    }
    if (!(options.jitter >= 0 && options.jitter < options.electionTicks)) throw new Error('jitter must be in [0, election)')
    for (let i = 0; i < count; i++) {
      const id = this.nodes.size + 1
      const storage = this.initialStorage(c, conf, voters !== null)
      const node: EnvNode = { id, storage, options, core: null, applied: storage.snapshot().metadata.index, lastState: '', lastConf: '' }
      this.nodes.set(id, node)
      this.boot(node)
      out.push(`${id}: ${this.describeState(node)} ${describeConfState(node.core!.confState())} last index ${node.storage.lastIndex()}`)
      node.lastState = this.describeState(node)
      node.lastConf = describeConfState(node.core!.confState())
    }
  }

  private initialStorage (c: ParsedCommand, conf: ConfState, member: boolean): MemoryStorage {
    const log = c.keys.get('log')
    if (log !== undefined) {
      const storage = new MemoryStorage(emptySnapshot(conf))
      const terms = parseList(log)
      storage.append(terms.map((term, i): Entry => ({ term, index: i + 1, type: EntryType.Normal, data: new Uint8Array(0) })))
      storage.setHardState({ term: Number(c.keys.get('term') ?? terms.at(-1) ?? 0), vote: 0, commit: 0 })
      return storage
    }
    if (!member) return new MemoryStorage()
    const index = Number(c.keys.get('index') ?? 1)
    const storage = new MemoryStorage({ metadata: { index, term: 1, confState: conf }, data: encoder.encode('bootstrap') })
    storage.setHardState({ term: 1, vote: 0, commit: index })
    return storage
  }

  private boot (node: EnvNode): void {
    const o = node.options
    node.core = new RaftCore({
      id: node.id,
      storage: node.storage,
      electionTicks: o.electionTicks,
      heartbeatTicks: o.heartbeatTicks,
      // Fixed jitter: the randomized timeout is exactly electionTicks + jitter (tick-election
      // campaigns when jitter is 0).
      random: () => o.jitter / o.electionTicks,
      preVote: o.preVote,
      checkQuorum: o.checkQuorum,
      maxInflightMsgs: o.maxInflightMsgs,
      maxInflightBytes: Infinity,
      maxSizePerMsg: o.maxSizePerMsg,
      applied: node.applied,
      bugs: o.bugs
    })
  }

  private node (id: NodeId): EnvNode {
    const node = this.nodes.get(id)
    if (node === undefined) throw new Error(`no node ${id}`)
    return node
  }

  private ids (c: ParsedCommand): NodeId[] {
    return c.positional.length > 0 ? c.positional.map(Number) : [...this.nodes.keys()]
  }

  private withNode (c: ParsedCommand, out: string[], action: (n: EnvNode) => void): void {
    const node = this.node(Number(c.positional[0]))
    action(node)
    this.reportState(node, out)
  }

  private describeState (node: EnvNode): string {
    if (node.core === null) return 'crashed'
    const s = node.core.status()
    return `${s.role} term=${s.term} vote=${s.vote} lead=${s.leader} commit=${s.commit}`
  }

  /** Prints a node's role/term/leader when they changed since last printed. */
  private reportState (node: EnvNode, out: string[], indent = ''): void {
    const state = this.describeState(node)
    if (state !== node.lastState) {
      out.push(`${indent}${node.id}: ${state}`)
      node.lastState = state
    }
    if (node.core === null) return
    const conf = describeConfState(node.core.confState())
    if (conf !== node.lastConf) {
      out.push(`${indent}${node.id}: switched to ${conf}`)
      node.lastConf = conf
    }
  }

  // ---- inputs ---------------------------------------------------------------------------------

  private propose (c: ParsedCommand, out: string[]): void {
    const node = this.node(Number(c.positional[0]))
    const accepted = node.core!.propose(encoder.encode(c.positional[1] ?? ''))
    out.push(accepted ? 'ok' : 'dropped')
  }

  /** propose-conf-change ID v4|l4|r4 (add voter, add learner, remove). */
  private proposeConfChange (c: ParsedCommand, out: string[]): void {
    const node = this.node(Number(c.positional[0]))
    const spec = c.positional[1]!
    const type = spec[0] === 'v' ? ConfChangeType.AddVoter : spec[0] === 'l' ? ConfChangeType.AddLearner : ConfChangeType.RemoveVoter
    const change: ConfChange = { type, nodeId: Number(spec.slice(1)) }
    out.push(node.core!.proposeConfChange(change) ? 'ok' : 'dropped')
  }

  private transferLeadership (c: ParsedCommand, out: string[]): void {
    const from = this.node(Number(c.keys.get('from')))
    from.core!.transferLeadership(Number(c.keys.get('to')))
    this.reportState(from, out)
  }

  private tick (c: ParsedCommand, out: string[], ticks: (n: EnvNode) => number): void {
    for (const id of c.positional.map(Number)) {
      const node = this.node(id)
      for (let i = 0; i < ticks(node); i++) node.core!.tick()
      this.reportState(node, out)
    }
  }

  // ---- Ready and delivery ---------------------------------------------------------------------

  /** Persists, sends, applies and advances one Ready; false when there was none. */
  private processReady (node: EnvNode, out: string[]): boolean {
    if (node.core === null || !node.core.hasReady()) return false
    const rd = node.core.ready()
    out.push(`> ${node.id} handling Ready`, ...describeReady(rd).map((l) => `  ${l}`))
    if (rd.snapshot !== null) {
      const outcome = node.storage.applySnapshot(rd.snapshot)
      if (outcome !== null) throw new Error(`node ${node.id}: ${outcome}`)
      node.applied = rd.snapshot.metadata.index
    }
    node.storage.append(rd.entries)
    if (rd.hardState !== null) node.storage.setHardState(rd.hardState)
    for (const m of rd.messages) this.pending.push(m)
    for (const e of rd.committedEntries) node.applied = e.index
    node.core.advance(rd)
    this.reportState(node, out, '  ')
    return true
  }

  /**
   * Delivers the queued messages to `ids` (only those from `from`, if set), in the order sent;
   * false when there were none.
   */
  private deliver (ids: readonly NodeId[], drop: ReadonlySet<NodeId>, out: string[], from: NodeId | null = null): boolean {
    let any = false
    for (const id of ids) {
      const picked = (m: Message): boolean => m.to === id && (from === null || m.from === from)
      const inbox = this.pending.filter(picked)
      if (inbox.length === 0) continue
      any = true
      this.pending = this.pending.filter((m) => !picked(m))
      const node = this.node(id)
      out.push(`> ${id} receiving messages`)
      for (const m of inbox) {
        const cut = drop.has(id) || node.core === null || this.isolated.has(m.from) || this.isolated.has(m.to)
        if (cut) {
          out.push(`  ${describeMessage(m)} DROPPED`)
          continue
        }
        out.push(`  ${describeMessage(m)}`)
        node.core!.step(m)
        this.reportState(node, out, '  ')
      }
    }
    return any
  }

  private stabilize (ids: readonly NodeId[], out: string[]): void {
    for (let round = 0; round < 1000; round++) {
      let any = false
      for (const id of ids) any = this.processReady(this.node(id), out) || any
      any = this.deliver(ids, new Set(), out) || any
      if (!any) return
    }
    throw new Error('stabilize did not settle within 1000 rounds')
  }

  // ---- state ----------------------------------------------------------------------------------

  private raftLog (node: EnvNode, out: string[]): void {
    const s = node.storage
    const snap = s.snapshot().metadata
    if (snap.index > 0) out.push(`snapshot ${snap.term}/${snap.index}`)
    if (s.lastIndex() < s.firstIndex()) {
      out.push('log is empty')
      return
    }
    const entries = s.entries(s.firstIndex(), s.lastIndex() + 1, Infinity)
    if (typeof entries === 'string') throw new Error(`node ${node.id}: ${entries}`)
    for (const e of entries) out.push(describeEntry(e))
  }

  private raftState (out: string[]): void {
    for (const node of this.nodes.values()) {
      if (node.core === null) {
        out.push(`${node.id}: crashed`)
        continue
      }
      const s = node.core.status()
      const conf = node.core.confState()
      const kind = conf.voters.includes(node.id) ? 'voter' : conf.learners.includes(node.id) ? 'learner' : 'non-member'
      out.push(`${node.id}: ${s.role} (${kind}) term=${s.term} lead=${s.leader} commit=${s.commit} applied=${s.applied} last=${s.lastIndex}${this.isolated.has(node.id) ? ' (isolated)' : ''}`)
    }
  }

  private status (node: EnvNode, out: string[]): void {
    const progress = node.core!.progress()
    if (progress.size === 0) out.push(`${node.id} is not the leader`)
    for (const [id, pr] of progress) {
      out.push(`${id}: ${pr.state} match=${pr.match} next=${pr.next}${pr.isLearner ? ' learner' : ''}${pr.inflightCount > 0 ? ` inflight=${pr.inflightCount}` : ''}${pr.recentActive ? ' active' : ''}`)
    }
  }

  /** compact ID INDEX: the application snapshots at INDEX (applied) and drops the log up to it. */
  private compact (node: EnvNode, index: number, out: string[]): void {
    if (index > node.applied) throw new Error(`node ${node.id} has applied only ${node.applied}`)
    const snapshot = node.storage.createSnapshot(index, node.core!.confState(), encoder.encode(`state@${index}`))
    if (typeof snapshot === 'string') throw new Error(`node ${node.id}: ${snapshot}`)
    node.storage.compact(index)
    this.raftLog(node, out)
  }

  /** The process stops; messages on their way to it are lost (those it sent are still in flight). */
  private crash (node: EnvNode, out: string[]): void {
    node.core = null
    const lost = this.pending.filter((m) => m.to === node.id)
    this.pending = this.pending.filter((m) => m.to !== node.id)
    this.reportState(node, out)
    for (const m of lost) out.push(`  ${describeMessage(m)} DROPPED`)
  }

  /** A new process over the same (fully persisted) storage; it resumes from its applied index. */
  private restart (node: EnvNode, out: string[]): void {
    // What was sent to the node while it was down never reached it.
    const lost = this.pending.filter((m) => m.to === node.id)
    this.pending = this.pending.filter((m) => m.to !== node.id)
    this.boot(node)
    node.lastState = ''
    this.reportState(node, out)
    for (const m of lost) out.push(`  ${describeMessage(m)} DROPPED`)
    if (node.core!.status().role !== StateRole.Follower) throw new Error('a restarted node starts as a follower')
  }
}
