// RaftNode: the one impure module around the pure Raft core. It owns the core, the durable storage
// (a RaftStorage), the network (a RaftNetwork; none for a quorum of one voter) and its clock (a
// RaftScheduler: the tick timer and the turn its loop runs in), and processes each Ready in the
// order the core requires:
//   1. persist (snapshot, entries, hard state) and fsync when the Ready says so;
//   2. send the messages (a vote or an append ack never leaves before what it vouches for);
//   3. apply committed entries (after the snapshot, if any) to the state machine;
//   4. advance.
// One Ready at a time. Proposals, ticks and network messages arriving while a Ready is being
// persisted are stepped into the core at once and come out together in the next Ready: many
// proposals share one write and one fsync (group commit). (etcd lets a leader send in parallel with
// its own fsync; we persist first, which is simpler and never wrong.)
//
// The loop awaits no promise: it runs in scheduler callbacks and continues in the storage's sync
// callback. With a simulated scheduler, storage and network (test/sim) the same code runs in
// virtual time, deterministically per seed.
//
// Proposals are accepted on the leader only (no forwarding: the caller learns who leads and asks it,
// as Kafka clients do with NOT_CONTROLLER). A proposal is tracked by (index, term) and resolves once
// that entry is committed and applied here; it rejects when another entry takes its index, or when
// this node stops leading the term it was proposed in (its outcome is then unknown).
import type { Logger } from 'pino'
import { assert } from '../../util/assert.ts'
import { RaftCore, type ProgressStatus, type RaftStatus } from './core/raft-core.ts'
import type { Ready } from './core/ready.ts'
import type { BugSwitches } from './core/config.ts'
import type { StorageError } from './core/log-storage.ts'
import { StateRole, NO_NODE, type ConfChange, type ConfState, type Entry, type Message, type NodeId, type Snapshot } from './core/types.ts'
import { realTimeScheduler, type RaftScheduler } from './raft-scheduler.ts'
import { FileRaftStorage } from './storage/file-storage.ts'
import type { RaftFileIO } from './storage/file-io.ts'
import type { RaftStorage } from './storage/raft-storage.ts'
import type { RaftNetwork } from './transport/raft-network.ts'
import { RaftTransport, type PeerAddress } from './transport/tcp-transport.ts'

/** What the node applies committed entries to. Calls come one at a time, in log order. */
export interface RaftStateMachine {
  /** Committed entries, in order: application data, a new leader's empty entry, membership changes. */
  apply (entries: readonly Entry[]): void
  /** Replaces the whole state by a snapshot's (at start, or one received from the leader). */
  restore (snapshot: Snapshot): void
  /** The state as of the last applied entry, for a local snapshot; omit to never snapshot. */
  snapshot?: () => Uint8Array
}

/** What any RaftNode needs, whatever its storage and network. */
export interface RaftNodeOptions {
  readonly nodeId: NodeId
  readonly stateMachine: RaftStateMachine
  readonly logger: Logger
  /** Real time of one logical tick. */
  readonly tickMs?: number
  readonly electionTicks?: number
  readonly heartbeatTicks?: number
  /** Snapshot (and compact the log) every so many applied entries; 0 = never. Needs stateMachine.snapshot. */
  readonly snapshotEveryEntries?: number
  /** Entries kept behind a local snapshot, so a slightly slow follower catches up without one. */
  readonly compactKeepEntries?: number
  /** Proposals waiting for their commit, at most; more are refused at once. */
  readonly pendingProposalsMax?: number
  /** Bytes of entries in one append message, at most. */
  readonly maxSizePerMsg?: number
  readonly maxInflightMsgs?: number
  readonly maxUncommittedEntriesBytes?: number
  /** Called once if the node stops on an I/O failure (the process should exit and recover from disk). */
  readonly onFatal?: (err: Error) => void
  /** Ticks and the Ready loop run here; real timers by default (a simulation passes its own). */
  readonly scheduler?: RaftScheduler
  /** Uniform numbers in [0, 1) for election timeouts; Math.random by default (a simulation seeds its own). */
  readonly random?: () => number
  /** Pre-vote and check-quorum, on by default (the simulation also runs without them). */
  readonly preVote?: boolean
  readonly checkQuorum?: boolean
  /** Bytes of appends in flight to one follower, at most (Infinity by default). */
  readonly maxInflightBytes?: number
  /** Deliberate bugs of the core and the driver, for the simulation's checks of its checks only. */
  readonly bugs?: BugSwitches & DriverBugSwitches
}

/** Deliberate bugs of this driver, for tests of the tests only (as the core's): never set outside test/. */
export interface DriverBugSwitches {
  /** Send a Ready's messages before its fsync completes: votes and append acks leave before they are durable. */
  readonly sendBeforeFsync?: boolean
}

/** A node of a quorum over TCP with its log in a directory (RaftNode.start). */
export interface RaftNodeConfig extends RaftNodeOptions {
  readonly clusterId: string
  /** Every voter's controller listener, this node's included (it listens there). */
  readonly voters: ReadonlyMap<NodeId, PeerAddress>
  readonly dataDir: string
  /** Listen here instead of this node's entry in `voters` (e.g. port 0 in tests). */
  readonly listen?: PeerAddress
  readonly storageIO?: RaftFileIO
}

export const RAFT_NODE_DEFAULTS = {
  tickMs: 100,
  electionTicks: 10,
  heartbeatTicks: 1,
  snapshotEveryEntries: 0,
  compactKeepEntries: 1000,
  pendingProposalsMax: 10_000,
  maxSizePerMsg: 1024 * 1024,
  maxInflightMsgs: 256,
  maxUncommittedEntriesBytes: 64 * 1024 * 1024
} as const

export const ProposalFailure = {
  NotLeader: 'RIVULET_ERR_RAFT_NOT_LEADER',
  Dropped: 'RIVULET_ERR_RAFT_PROPOSAL_DROPPED',
  TooManyPending: 'RIVULET_ERR_RAFT_TOO_MANY_PENDING',
  LeadershipLost: 'RIVULET_ERR_RAFT_LEADERSHIP_LOST',
  Overwritten: 'RIVULET_ERR_RAFT_PROPOSAL_OVERWRITTEN',
  Closed: 'RIVULET_ERR_RAFT_NODE_CLOSED'
} as const
export type ProposalFailure = typeof ProposalFailure[keyof typeof ProposalFailure]

export class RaftProposalError extends Error {
  override name = 'RaftProposalError'
  readonly code: ProposalFailure
  /** The leader this node knows of (NO_NODE when none), for a NotLeader caller to retry there. */
  readonly leaderId: NodeId

  constructor (code: ProposalFailure, message: string, leaderId: NodeId) {
    super(message)
    this.code = code
    this.leaderId = leaderId
  }
}

export interface RaftNodeStatus extends RaftStatus {
  /** Highest index applied to the state machine by this process. */
  readonly appliedIndex: number
  readonly pendingProposals: number
}

/** How a proposal ends: its index once committed and applied here, or why it failed. */
export type ProposalCallback = (err: RaftProposalError | null, index: number) => void

interface Pending {
  readonly term: number
  readonly done: ProposalCallback
}

export class RaftNode {
  readonly id: NodeId
  private readonly core: RaftCore
  private readonly storage: RaftStorage
  /** Null for a quorum of one voter: there is nobody to talk to. */
  private readonly network: RaftNetwork | null
  private readonly stateMachine: RaftStateMachine
  private readonly logger: Logger
  private readonly snapshotEveryEntries: number
  private readonly compactKeepEntries: number
  private readonly pendingProposalsMax: number
  private readonly tickMs: number
  private readonly electionTicks: number
  private readonly sendBeforeFsync: boolean
  private readonly onFatal: (err: Error) => void
  private readonly pending = new Map<number, Pending>()
  /** The term pending proposals were made in (all were made as leader of one term). */
  private pendingTerm = 0
  private appliedIndex: number
  private readonly scheduler: RaftScheduler
  private stopTicks: (() => void) | null = null
  private loopScheduled = false
  /** The Ready whose fsync is under way (the loop continues when it calls back). */
  private syncing: Ready | null = null
  /** Called once the Ready in progress (if any) is finished: close() and snapshot() wait for it. */
  private idleWaiters: Array<() => void> = []
  private closed = false
  private failure: Error | null = null
  /** The last term this node was leader of and logged so (0: none); one line per term it leads. */
  private loggedLeaderTerm = 0

  private constructor (config: RaftNodeOptions, storage: RaftStorage, network: RaftNetwork | null) {
    this.id = config.nodeId
    this.storage = storage
    this.network = network
    this.stateMachine = config.stateMachine
    this.logger = config.logger
    this.snapshotEveryEntries = config.snapshotEveryEntries ?? RAFT_NODE_DEFAULTS.snapshotEveryEntries
    this.compactKeepEntries = config.compactKeepEntries ?? RAFT_NODE_DEFAULTS.compactKeepEntries
    this.pendingProposalsMax = config.pendingProposalsMax ?? RAFT_NODE_DEFAULTS.pendingProposalsMax
    this.tickMs = config.tickMs ?? RAFT_NODE_DEFAULTS.tickMs
    this.electionTicks = config.electionTicks ?? RAFT_NODE_DEFAULTS.electionTicks
    this.sendBeforeFsync = config.bugs?.sendBeforeFsync ?? false
    assert(this.snapshotEveryEntries === 0 || config.stateMachine.snapshot !== undefined, 'snapshotEveryEntries needs stateMachine.snapshot')
    this.onFatal = config.onFatal ?? (() => {})
    this.scheduler = config.scheduler ?? realTimeScheduler
    this.core = new RaftCore({
      id: config.nodeId,
      storage,
      electionTicks: this.electionTicks,
      heartbeatTicks: config.heartbeatTicks ?? RAFT_NODE_DEFAULTS.heartbeatTicks,
      random: config.random ?? Math.random,
      preVote: config.preVote ?? true,
      checkQuorum: config.checkQuorum ?? true,
      maxInflightMsgs: config.maxInflightMsgs ?? RAFT_NODE_DEFAULTS.maxInflightMsgs,
      maxInflightBytes: config.maxInflightBytes ?? Infinity,
      maxSizePerMsg: config.maxSizePerMsg ?? RAFT_NODE_DEFAULTS.maxSizePerMsg,
      maxUncommittedEntriesBytes: config.maxUncommittedEntriesBytes ?? RAFT_NODE_DEFAULTS.maxUncommittedEntriesBytes,
      disableProposalForwarding: true,
      ...(config.bugs === undefined ? {} : { bugs: config.bugs })
    })
    // Everything up to the snapshot is applied by restoring it; later entries come in Readys.
    const snapshot = storage.snapshot()
    this.appliedIndex = snapshot.metadata.index
    if (snapshot.metadata.index > 0) this.stateMachine.restore(snapshot)
  }

  /** Opens the storage in `dataDir` (recovering it), starts the TCP transport and the tick timer. */
  static async start (config: RaftNodeConfig): Promise<RaftNode> {
    const self = config.voters.get(config.nodeId)
    assert(self !== undefined, `node ${config.nodeId} must be one of the voters`)
    const bootstrap: ConfState = { voters: [...config.voters.keys()].sort((a, b) => a - b), learners: [], votersOutgoing: [] }
    const storage = FileRaftStorage.open({ dir: config.dataDir, bootstrapConfState: bootstrap, ...(config.storageIO === undefined ? {} : { io: config.storageIO }) })
    const peers = new Map<NodeId, PeerAddress>()
    for (const [id, address] of config.voters) if (id !== config.nodeId) peers.set(id, address)
    const listen = config.listen ?? self
    const transport = new RaftTransport({ nodeId: config.nodeId, clusterId: config.clusterId, listenHost: listen.host, listenPort: listen.port, peers, logger: config.logger })
    return await RaftNode.open(config, storage, transport)
  }

  /**
   * Runs a node over an opened storage and a network (null when this node is the only voter); starts
   * the network and the tick timer. The storage is closed if the network cannot start.
   */
  static async open (options: RaftNodeOptions, storage: RaftStorage, network: RaftNetwork | null): Promise<RaftNode> {
    const node = RaftNode.build(options, storage, network)
    if (network !== null) {
      try {
        await network.start()
      } catch (err) {
        storage.close()
        throw err
      }
    }
    node.begin()
    return node
  }

  /**
   * open() over a network that is already started or needs no start (an in-memory one), in one
   * synchronous call: a simulation brings a node up within one of its events.
   */
  static openStarted (options: RaftNodeOptions, storage: RaftStorage, network: RaftNetwork | null): RaftNode {
    const node = RaftNode.build(options, storage, network)
    node.begin()
    return node
  }

  /** The node over its storage, listening to its network; not ticking yet. Closes the storage if it throws. */
  private static build (options: RaftNodeOptions, storage: RaftStorage, network: RaftNetwork | null): RaftNode {
    const logger = options.logger.child({ module: 'raft-node', nodeId: options.nodeId })
    if (storage.truncatedBytes > 0) logger.warn({ truncatedBytes: storage.truncatedBytes }, 'raft log: cut a torn tail left by a crash')
    let node: RaftNode
    try {
      node = new RaftNode({ ...options, logger }, storage, network)
    } catch (err) {
      storage.close() // the state machine refused the snapshot
      throw err
    }
    if (network !== null) {
      network.onMessage((m) => { if (!node.closed && node.core.step(m)) node.schedule() })
      network.onUnreachable((peer) => { if (!node.closed) { node.core.reportUnreachable(peer); node.schedule() } })
      network.onSnapshotStatus((peer, delivered) => { if (!node.closed) { node.core.reportSnapshot(peer, delivered); node.schedule() } })
    }
    return node
  }

  private begin (): void {
    const tickMs = this.tickMs
    this.stopTicks = this.scheduler.repeat(tickMs, () => { if (!this.closed) { this.core.tick(); this.schedule() } })
    this.schedule()
    // A quorum of one voter never times out (it is its own leader): no election timeout to report.
    const timing = this.network === null ? {} : { tickMs, electionTimeoutMs: tickMs * this.electionTicks }
    this.logger.info({ ...this.status(), listen: this.network?.address() ?? null, ...timing }, 'raft node started')
  }

  /** Resolves with the entry's index once it is committed and applied here (see the header). */
  async propose (data: Uint8Array): Promise<number> {
    return await new Promise<number>((resolve, reject) => {
      this.submit(data, (err, index) => { if (err === null) resolve(index); else reject(err) })
    })
  }

  /**
   * propose() without a promise: returns the entry's index at once, or throws RaftProposalError when
   * the proposal is refused; `done` is called once, when it ends as propose() would settle.
   */
  submit (data: Uint8Array, done: ProposalCallback): number {
    const status = this.core.status()
    if (this.closed || this.failure !== null) throw new RaftProposalError(ProposalFailure.Closed, 'the raft node is closed', NO_NODE)
    if (status.role !== StateRole.Leader) throw new RaftProposalError(ProposalFailure.NotLeader, `node ${this.id} is not the leader (leader: ${status.leader})`, status.leader)
    if (this.pending.size >= this.pendingProposalsMax) throw new RaftProposalError(ProposalFailure.TooManyPending, `${this.pending.size} proposals already wait for their commit`, status.leader)
    if (!this.core.propose(data)) throw new RaftProposalError(ProposalFailure.Dropped, 'the proposal was dropped (leadership transfer or uncommitted bytes quota)', status.leader)
    const index = this.core.status().lastIndex
    assert(!this.pending.has(index), `index ${index} proposed twice`)
    if (this.pending.size > 0 && this.pendingTerm !== status.term) {
      this.rejectPending(ProposalFailure.LeadershipLost, `node ${this.id} lost term ${this.pendingTerm} before leading term ${status.term}; the outcome is unknown`)
    }
    this.pendingTerm = status.term
    this.pending.set(index, { term: status.term, done })
    this.schedule()
    return index
  }

  /**
   * Proposes a membership change (one voter at a time); false when the core drops it (not the
   * leader, or a change is still pending). Its outcome shows in confState() once applied.
   */
  proposeConfChange (change: ConfChange): boolean {
    if (this.closed) return false
    const taken = this.core.proposeConfChange(change)
    if (taken) this.schedule()
    return taken
  }

  /** Asks the leader to hand leadership to voter `to` (an operator's request; the simulation). */
  transferLeadership (to: NodeId): void {
    if (this.closed) return
    this.core.transferLeadership(to)
    this.schedule()
  }

  /** The membership in force (changes take effect as they are applied). */
  confState (): ConfState {
    return this.core.confState()
  }

  /** The term of the entry at `index` in this node's log, written or not (diagnostics; the simulation's checks). */
  logTerm (index: number): number | StorageError {
    return this.core.logTerm(index)
  }

  /** Starts an election now (tests; an operator's request). */
  campaign (): void {
    this.core.campaign()
    this.schedule()
  }

  status (): RaftNodeStatus {
    // Field by field, not a spread: the simulation's checks call this after every event.
    const s = this.core.status()
    return {
      id: s.id,
      term: s.term,
      vote: s.vote,
      commit: s.commit,
      applied: s.applied,
      lastIndex: s.lastIndex,
      firstIndex: s.firstIndex,
      role: s.role,
      leader: s.leader,
      leadTransferee: s.leadTransferee,
      appliedIndex: this.appliedIndex,
      pendingProposals: this.pending.size
    }
  }

  /** Only on a leader (empty otherwise): each member's replication progress (match index), for DescribeQuorum. */
  progress (): ReadonlyMap<NodeId, ProgressStatus> {
    return this.core.progress()
  }

  /**
   * Entries from `lo` up to the last one applied here, at most `maxBytes` (at least one when any):
   * committed entries only, never uncommitted ones (what a voter serves an observer). 'compacted' when
   * `lo` lies behind the log start (the reader needs latestSnapshot()).
   */
  readApplied (lo: number, maxBytes: number): readonly Entry[] | 'compacted' {
    if (lo < this.storage.firstIndex()) return 'compacted'
    if (lo > this.appliedIndex) return []
    const entries = this.storage.entries(lo, this.appliedIndex + 1, maxBytes)
    return entries === 'unavailable' ? [] : entries
  }

  /** The newest snapshot in the storage (index 0 when none was ever taken). */
  latestSnapshot (): Snapshot {
    return this.storage.snapshot()
  }

  /** Where the network listens (after start); a node without peers has no network. */
  address (): PeerAddress {
    assert(this.network !== null, 'a node without peers listens nowhere')
    return this.network.address()
  }

  /** Points the network at a voter's (new) address. */
  setPeerAddress (id: NodeId, address: PeerAddress): void {
    assert(this.network !== null, 'a node without peers has no network')
    this.network.addPeer(id, address)
  }

  /**
   * Records the application's snapshot `data` of its state as of `index` (applied here) and compacts
   * the log behind it (keeping compactKeepEntries). Waits for the Ready in progress: the storage
   * takes one writer at a time.
   */
  async snapshot (index: number, data: Uint8Array): Promise<void> {
    while (this.syncing !== null) await this.idle()
    if (this.closed || this.failure !== null) throw new RaftProposalError(ProposalFailure.Closed, 'the raft node is closed', NO_NODE)
    assert(index <= this.appliedIndex, `snapshot at ${index} beyond the applied index ${this.appliedIndex}`)
    try {
      this.takeSnapshot(index, data)
    } catch (err) {
      this.fail(err as Error)
      throw err
    }
  }

  /** Stops ticking, lets the Ready in progress finish, closes the transport and the storage. */
  async close (): Promise<void> {
    if (this.closed) return
    this.closed = true
    this.stopTicks?.()
    if (this.syncing !== null) await this.idle()
    this.rejectPending(ProposalFailure.Closed, 'the raft node closed')
    if (this.network !== null) await this.network.close()
    this.storage.close()
    this.logger.info('raft node closed')
  }

  private async idle (): Promise<void> {
    await new Promise<void>((resolve) => this.idleWaiters.push(resolve))
  }

  private schedule (): void {
    if (this.loopScheduled || this.syncing !== null || this.closed) return
    this.loopScheduled = true
    // Deferred, not run now: everything that arrives in this turn goes into one Ready.
    this.scheduler.defer(() => {
      this.loopScheduled = false
      if (this.syncing === null && !this.closed) this.runReadys()
    })
  }

  /** Processes Readys until one waits for its fsync (the loop goes on in synced()) or none is left. */
  private runReadys (): void {
    try {
      while (!this.closed && this.core.hasReady()) {
        const rd = this.core.ready()
        this.persist(rd)
        if (rd.mustSync) {
          if (this.sendBeforeFsync) this.send(rd.messages)
          // The callback comes later (the RaftStorage contract); a sync that throws leaves nothing in progress.
          this.storage.sync((err) => { this.synced(rd, err) })
          this.syncing = rd
          return
        }
        this.finish(rd, true)
      }
    } catch (err) {
      this.fail(err as Error)
    }
    this.loopEnded()
  }

  private synced (rd: Ready, err: Error | null): void {
    assert(this.syncing === rd, 'a sync callback for a Ready not in progress')
    this.syncing = null
    if (err !== null) {
      this.fail(err)
      this.loopEnded()
      return
    }
    if (this.failure === null) {
      try {
        this.finish(rd, !this.sendBeforeFsync)
      } catch (e) {
        this.fail(e as Error)
        this.loopEnded()
        return
      }
    }
    // After close() the Ready in progress is still finished (it is durable): only new ones wait.
    this.runReadys()
  }

  /** Steps 2-4 of a persisted (and, if asked, synced) Ready. */
  private finish (rd: Ready, send: boolean): void {
    if (send) this.send(rd.messages)
    this.apply(rd)
    this.core.advance(rd)
    this.afterAdvance()
  }

  /** Wakes close() and snapshot(); a proposal made after the loop's last hasReady() check starts the next loop. */
  private loopEnded (): void {
    const waiters = this.idleWaiters
    if (waiters.length > 0) {
      this.idleWaiters = []
      for (const wake of waiters) wake()
    }
    if (!this.closed && this.core.hasReady()) this.schedule()
  }

  private send (messages: readonly Message[]): void {
    if (this.network !== null) this.network.send(messages)
    else assert(messages.length === 0, `a node without peers has messages to send (to ${messages[0]?.to})`)
  }

  private persist (rd: Ready): void {
    if (rd.snapshot !== null) {
      const outcome = this.storage.applySnapshot(rd.snapshot)
      assert(outcome === null, `snapshot ${rd.snapshot.metadata.index} from the leader is ${String(outcome)}`)
    }
    if (rd.entries.length > 0) this.storage.append(rd.entries)
    if (rd.hardState !== null) this.storage.setHardState(rd.hardState)
  }

  private apply (rd: Ready): void {
    if (rd.snapshot !== null) {
      this.stateMachine.restore(rd.snapshot)
      this.appliedIndex = rd.snapshot.metadata.index
      // Whatever we proposed up to there may or may not be in it.
      for (const [index, p] of this.pending) {
        if (index > this.appliedIndex) continue
        this.pending.delete(index)
        p.done(new RaftProposalError(ProposalFailure.LeadershipLost, `entry ${index} was replaced by a snapshot; its outcome is unknown`, this.core.status().leader), index)
      }
    }
    if (rd.committedEntries.length === 0) return
    assert(rd.committedEntries[0]!.index === this.appliedIndex + 1, `applying ${rd.committedEntries[0]!.index} after ${this.appliedIndex}`)
    this.stateMachine.apply(rd.committedEntries)
    this.appliedIndex = rd.committedEntries.at(-1)!.index
    if (this.pending.size === 0) return
    for (const e of rd.committedEntries) {
      const p = this.pending.get(e.index)
      if (p === undefined) continue
      this.pending.delete(e.index)
      if (e.term === p.term) p.done(null, e.index)
      else p.done(new RaftProposalError(ProposalFailure.Overwritten, `entry ${e.index} of term ${p.term} was replaced by one of term ${e.term}`, this.core.status().leader), e.index)
    }
  }

  private afterAdvance (): void {
    const status = this.core.status()
    // One INFO line per term this node leads (the chaos checker reads them: no two nodes may lead one
    // term). Becoming leader always yields a Ready (the term's empty entry), so this sees it at once.
    if (status.role === StateRole.Leader && status.term !== this.loggedLeaderTerm) {
      this.loggedLeaderTerm = status.term
      this.logger.info({ term: status.term }, 'raft leader elected')
    }
    if (this.pending.size > 0 && (status.role !== StateRole.Leader || status.term !== this.pendingTerm)) {
      this.rejectPending(ProposalFailure.LeadershipLost, `node ${this.id} no longer leads term ${this.pendingTerm}; the outcome is unknown`)
    }
    this.maybeSnapshot()
  }

  /** A local snapshot of the applied state bounds the log (and the time to restart). */
  private maybeSnapshot (): void {
    const every = this.snapshotEveryEntries
    if (every === 0 || this.appliedIndex - this.storage.snapshot().metadata.index < every) return
    this.takeSnapshot(this.appliedIndex, this.stateMachine.snapshot!())
  }

  private takeSnapshot (index: number, data: Uint8Array): void {
    const snapshot = this.storage.createSnapshot(index, this.core.confState(), data)
    assert(typeof snapshot !== 'string', `local snapshot at ${index} is ${String(snapshot)}`)
    const compactIndex = index - this.compactKeepEntries
    if (compactIndex >= this.storage.firstIndex()) this.storage.compact(compactIndex)
  }

  private rejectPending (code: ProposalFailure, message: string): void {
    const leader = this.core.status().leader
    const pending = [...this.pending]
    this.pending.clear()
    for (const [index, p] of pending) p.done(new RaftProposalError(code, message, leader), index)
  }

  /** A storage failure stops the node: nothing more may be acknowledged or sent. */
  private fail (err: Error): void {
    if (this.failure !== null) return
    this.failure = err
    this.closed = true
    this.stopTicks?.()
    this.logger.fatal({ err }, 'raft node stopped: the log could not be persisted')
    this.rejectPending(ProposalFailure.Closed, `the raft node stopped: ${err.message}`)
    this.storage.close()
    if (this.network !== null) void this.network.close()
    this.onFatal(err)
  }
}
