// The safety invariants of reliability.md §2.5, checked as the run goes (each at the moment the
// thing it guards happens) against global records kept outside the nodes:
//   R1 one leader per term            R2 terms never go back (in memory, on disk, across crashes)
//   R3 one vote per term per node     R4 log matching: (index, term) names one entry and one prefix
//   R5 leader completeness            R6 committed entries never change or disappear, on any node
//   R7 a committed entry is durable on a majority of voters when first exposed
//   R8 a leader commits by counting only entries of its own term
//   R9 applied sequences and states are prefixes of each other (snapshots included)
//   R10 membership: one voter changes at a time; only a voter of its own configuration leads
import { quorumSize } from '../../src/controller/raft/core/quorum.ts'
import { MessageType, StateRole, type Entry, type HardState, type Message, type NodeId, type Snapshot } from '../../src/controller/raft/core/types.ts'
import type { LogStorage } from '../../src/controller/raft/core/log-storage.ts'
import type { NodeObserver, SimNode } from './sim-node.ts'

export interface Violation {
  readonly code: string
  readonly atMs: number
  readonly message: string
}

interface CommittedEntry {
  readonly term: number
  readonly entry: Entry
  /** The term of the leader that first exposed it as committed. */
  readonly commitTerm: number
}

/** A run stops collecting after this many: the first one is the one that matters. */
const MAX_VIOLATIONS = 20
/** Terms stay far below this in a run, which lets (index, term) pack into one number. */
const TERM_LIMIT = 1_000_000

export class Invariants implements NodeObserver {
  readonly violations: Violation[] = []
  private readonly nodes: ReadonlyMap<NodeId, SimNode>
  private readonly clock: { readonly nowMs: number }
  /** Every entry ever exposed as committed, by index (R6). */
  private readonly committed = new Map<number, CommittedEntry>()
  /** Every entry ever persisted, by (index, term): its bytes and the term before it (R4). */
  private readonly entries = new Map<number, { readonly entry: Entry, readonly prevTerm: number }>()
  /** (term, voter) -> the candidate it voted for (R3). */
  private readonly votes = new Map<number, NodeId>()
  /** term -> leader (R1). */
  readonly leaders = new Map<number, NodeId>()
  /** index -> state digest after applying it (R9). */
  private readonly digests = new Map<number, string>()
  maxCommittedIndex = 0

  private readonly ignored: ReadonlySet<string>

  constructor (nodes: ReadonlyMap<NodeId, SimNode>, clock: { readonly nowMs: number }, ignore: readonly string[] = []) {
    this.nodes = nodes
    this.clock = clock
    this.ignored = new Set(ignore)
  }

  /** The state every node starts from (the bootstrap snapshot). */
  recordBootstrap (snapshot: Snapshot, digest: string): void {
    this.digests.set(snapshot.metadata.index, digest)
    this.maxCommittedIndex = snapshot.metadata.index
  }

  violation (code: string, message: string): void {
    if (this.ignored.has(code)) return
    if (this.violations.length < MAX_VIOLATIONS) this.violations.push({ code, atMs: this.clock.nowMs, message })
  }

  // ---- after every event --------------------------------------------------------------------

  /** Role and term checks on every running node (R1, R2, R5, R8). */
  afterEvent (): void {
    for (const node of this.nodes.values()) {
      if (!node.up) continue
      const raft = node.raft!
      const s = raft.status()
      if (s.term < node.lastTerm) this.violation('R2', `node ${node.id}: term went back from ${node.lastTerm} to ${s.term}`)
      node.lastTerm = s.term
      if (s.role !== StateRole.Leader) continue
      if (!raft.confState().voters.includes(node.id)) this.violation('R10', `node ${node.id} leads term ${s.term} without being a voter of its configuration`)
      if (node.leaderTerm !== s.term) {
        node.leaderTerm = s.term
        node.leaderCommit = s.commit
        this.onNewLeader(node, s.term)
      } else if (s.commit > node.leaderCommit) {
        const term = raft.logTerm(s.commit)
        if (term !== s.term) this.violation('R8', `node ${node.id}: leader of term ${s.term} committed index ${s.commit} of term ${String(term)} by counting`)
        node.leaderCommit = s.commit
      }
    }
  }

  private onNewLeader (node: SimNode, term: number): void {
    const previous = this.leaders.get(term)
    if (previous !== undefined && previous !== node.id) {
      this.violation('R1', `two leaders in term ${term}: ${previous} and ${node.id}`)
      return
    }
    this.leaders.set(term, node.id)
    // R5: every entry committed in an earlier term is in the new leader's log.
    const raft = node.raft!
    const firstHeld = raft.status().firstIndex - 1 // the snapshot's index: its term is known
    for (let i = firstHeld; i <= this.maxCommittedIndex; i++) {
      const c = this.committed.get(i)
      if (c === undefined || c.commitTerm >= term) continue
      const held = raft.logTerm(i)
      if (held !== c.term) {
        this.violation('R5', `node ${node.id} leads term ${term} without committed entry ${i} (term ${c.term}, committed in term ${c.commitTerm}); it holds term ${String(held)}`)
        return
      }
    }
    if (firstHeld > this.maxCommittedIndex + 1) {
      this.violation('R5', `node ${node.id} leads term ${term} from a snapshot at ${firstHeld} beyond everything committed (${this.maxCommittedIndex})`)
    }
  }

  // ---- NodeObserver ---------------------------------------------------------------------------

  onAppend (node: SimNode, entries: readonly Entry[], prevTerm: number | string): void {
    const first = entries[0]!
    if (typeof prevTerm !== 'number') {
      this.violation('R4', `node ${node.id}: entries from ${first.index} appended after a hole (${prevTerm})`)
      return
    }
    if (first.index <= node.checkedCommit) {
      const held = node.storage!.term(first.index)
      if (held !== first.term) this.violation('R6', `node ${node.id}: overwrote committed entry ${first.index} (term ${String(held)} -> ${first.term}); commit ${node.checkedCommit}`)
    }
    let prev = prevTerm
    for (const e of entries) {
      if (e.term >= TERM_LIMIT) throw new Error(`term ${e.term} beyond the simulation's limit`)
      const key = e.index * TERM_LIMIT + e.term
      const known = this.entries.get(key)
      if (known === undefined) {
        this.entries.set(key, { entry: e, prevTerm: prev })
      } else if (known.prevTerm !== prev || !sameEntry(known.entry, e)) {
        this.violation('R4', `node ${node.id}: entry (${e.index}, term ${e.term}) differs from another log's (prev term ${prev} vs ${known.prevTerm})`)
      }
      prev = e.term
    }
  }

  onHardStateWritten (node: SimNode, hardState: HardState): void {
    const durable = node.disk.hardState
    if (hardState.term < durable.term) this.violation('R2', `node ${node.id}: persisted term goes back from ${durable.term} to ${hardState.term}`)
  }

  onCommitted (node: SimNode, entries: readonly Entry[]): void {
    this.expose(node, entries, [node.raft!.confState().voters, node.previousVoters])
  }

  /**
   * Entries a node now treats as committed: the first exposure of each is recorded (R6) and must
   * be durable on a majority of the voters of one of `voterSets` (R7).
   */
  private expose (node: SimNode, entries: readonly Entry[], voterSets: ReadonlyArray<readonly NodeId[]>): void {
    for (const e of entries) {
      const known = this.committed.get(e.index)
      if (known !== undefined) {
        if (!sameEntry(known.entry, e)) this.violation('R6', `node ${node.id}: committed entry ${e.index} is term ${e.term}, but term ${known.term} was committed there`)
        continue
      }
      const term = node.raft!.status().term
      this.committed.set(e.index, { term: e.term, entry: e, commitTerm: term })
      if (e.index > this.maxCommittedIndex) this.maxCommittedIndex = e.index
      this.checkDurableOnMajority(node, e, voterSets)
    }
  }

  /**
   * R7: when an entry is first exposed as committed, a majority of voters hold it durably. The
   * commit may have been computed under the configuration before the last change (changes go
   * one voter at a time), so a majority of either will do.
   */
  private checkDurableOnMajority (node: SimNode, e: Entry, voterSets: ReadonlyArray<readonly NodeId[]>): void {
    if (voterSets.some((voters) => this.durableMajority(voters, e))) return
    const current = voterSets[0] ?? []
    const holders = current.filter((id) => this.nodes.get(id)?.disk.durablyHolds(e.index, e.term) === true)
    this.violation('R7', `node ${node.id}: entry ${e.index} (term ${e.term}) committed while durable only on [${holders.join(',')}] of voters [${current.join(',')}]`)
  }

  private durableMajority (voters: readonly NodeId[], e: Entry): boolean {
    if (voters.length === 0) return false
    let holders = 0
    for (const id of voters) if (this.nodes.get(id)?.disk.durablyHolds(e.index, e.term) === true) holders++
    return holders >= quorumSize(voters.length)
  }

  onSend (node: SimNode, m: Message): void {
    // R3: a Vote request means we voted for ourselves in its term; a granted answer, for m.to.
    if (m.type === MessageType.Vote) this.recordVote(m.term, node.id, node.id)
    else if (m.type === MessageType.VoteResp && !m.reject) this.recordVote(m.term, node.id, m.to)
  }

  private recordVote (term: number, voter: NodeId, candidate: NodeId): void {
    const key = term * 1024 + voter
    const previous = this.votes.get(key)
    if (previous === undefined) this.votes.set(key, candidate)
    else if (previous !== candidate) this.violation('R3', `node ${voter} voted for ${previous} and for ${candidate} in term ${term}`)
  }

  onSnapshotLoaded (node: SimNode, snapshot: Snapshot, digest: string): void {
    const { index, term } = snapshot.metadata
    const known = this.committed.get(index)
    if (known === undefined) {
      if (index > this.maxCommittedIndex) this.violation('R9', `node ${node.id}: loaded a snapshot at ${index}, beyond everything committed (${this.maxCommittedIndex})`)
    } else if (known.term !== term) {
      this.violation('R9', `node ${node.id}: snapshot at ${index} has term ${term}, committed term is ${known.term}`)
    }
    this.checkDigest(node, index, digest)
  }

  onApplied (node: SimNode, entry: Entry, digest: string): void {
    const known = this.committed.get(entry.index)
    if (known === undefined) {
      this.violation('R9', `node ${node.id}: applied entry ${entry.index} that was never exposed as committed`)
    } else if (!sameEntry(known.entry, entry)) {
      this.violation('R9', `node ${node.id}: applied entry ${entry.index} (term ${entry.term}) differs from the committed one (term ${known.term})`)
    }
    this.checkDigest(node, entry.index, digest)
  }

  private checkDigest (node: SimNode, index: number, digest: string): void {
    const known = this.digests.get(index)
    if (known === undefined) this.digests.set(index, digest)
    else if (known !== digest) this.violation('R9', `node ${node.id}: state after ${index} is ${digest}, elsewhere ${known}`)
  }

  onRestart (node: SimNode): void {
    const raft = node.raft!
    const s = raft.status()
    // R2 across a crash: everything the node said before must still be its word.
    if (s.term < node.maxTermSent) this.violation('R2', `node ${node.id}: restarted in term ${s.term} after sending messages of term ${node.maxTermSent}`)
    // R6 across a crash: its durable committed entries are still the committed ones.
    const storage = node.storage!
    const hi = Math.min(node.checkedCommit, storage.lastIndex())
    if (node.checkedCommit > storage.lastIndex()) this.violation('R6', `node ${node.id}: restarted with commit ${node.checkedCommit} beyond its log (${storage.lastIndex()})`)
    const unexposed: Entry[] = []
    for (let i = storage.firstIndex(); i <= hi; i++) {
      const known = this.committed.get(i)
      const held = storage.term(i)
      if (known !== undefined && held !== known.term) {
        this.violation('R6', `node ${node.id}: restarted holding term ${String(held)} at committed index ${i} (term ${known.term})`)
        return
      }
      if (known === undefined) unexposed.push(...entriesAt(storage, i))
    }
    // A commit index can reach the disk before any process exposed it: a leader writes the
    // HardState carrying its new commit (unsynced) while its Ready waits for the fsync of the
    // entries, and OS writeback or a torn tail can make that HardState durable before a crash. The
    // restarted node reads it back and applies up to it, as etcd does (committed = HardState.commit).
    // That is safe: the leader computed the commit from a quorum of matches (followers acknowledge
    // only what they synced; its own entries were written before this HardState, and a crash keeps
    // a prefix of the writes in order), so the entries are durable on a majority. The restart is
    // therefore their first exposure: record them and check them like any other (R6, R7) against
    // the configurations in force before the crash or after the restart.
    if (unexposed.length > 0) this.expose(node, unexposed, [raft.confState().voters, ...node.votersAtCrash])
  }

  /** R10: each applied conf change moves at most one voter. */
  onConfigurationApplied (node: SimNode, before: readonly NodeId[], after: readonly NodeId[], changes: number): void {
    const moved = before.filter((id) => !after.includes(id)).length + after.filter((id) => !before.includes(id)).length
    if (moved > changes) this.violation('R10', `node ${node.id}: voters went from [${before.join(',')}] to [${after.join(',')}] with ${changes} conf change(s)`)
  }

  /** The term of the entry committed at `index`, if any node exposed it. */
  committedTerm (index: number): number | undefined {
    return this.committed.get(index)?.term
  }

  /** The digest recorded after applying `index`, if any node did. */
  digestAt (index: number): string | undefined {
    return this.digests.get(index)
  }
}

function entriesAt (storage: LogStorage, index: number): readonly Entry[] {
  const entries = storage.entries(index, index + 1, Infinity)
  if (typeof entries === 'string') throw new Error(`entry ${index} is ${entries}`)
  return entries
}

function sameEntry (a: Entry, b: Entry): boolean {
  if (a === b) return true
  if (a.index !== b.index || a.term !== b.term || a.type !== b.type || a.data.byteLength !== b.data.byteLength) return false
  for (let i = 0; i < a.data.byteLength; i++) if (a.data[i] !== b.data[i]) return false
  return true
}
