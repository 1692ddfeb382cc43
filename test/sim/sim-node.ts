// One simulated node: the real RaftNode (src/controller/raft/raft-node.ts), its driver loop
// included, over the real FileRaftStorage on the node's simulated files, an endpoint of the
// simulated network, and a scheduler whose ticks, deferred loop turns and fsync completions are
// events of the simulation's agenda; the key-value state machine on top. Crashes drop the process
// (the RaftNode, memory, unsynced bytes, maybe a torn tail); restarts open a new FileRaftStorage
// and RaftNode from the files alone.
import pino from 'pino'
import { RaftNode, RaftProposalError, type RaftStateMachine } from '../../src/controller/raft/raft-node.ts'
import type { RaftScheduler } from '../../src/controller/raft/raft-scheduler.ts'
import type { RaftNetwork } from '../../src/controller/raft/transport/raft-network.ts'
import type { PeerAddress } from '../../src/controller/raft/transport/peer-link.ts'
import { EMPTY_CONF_STATE } from '../../src/controller/raft/core/memory-storage.ts'
import { EntryType, MessageType, StateRole, type Entry, type HardState, type Message, type NodeId, type Snapshot } from '../../src/controller/raft/core/types.ts'
import { FileRaftStorage } from '../../src/controller/raft/storage/file-storage.ts'
import type { KvOutput } from '../check/kv-model.ts'
import { KvStateMachine } from './kv-state-machine.ts'
import type { FaultProfile } from './profile.ts'
import type { Prng } from './prng.ts'
import type { SimDisk } from './sim-disk.ts'
import type { SimFileSystem } from './sim-file-system.ts'
import { SimStorage } from './sim-storage.ts'

/** Where a node reports what it does, for the invariant checks. */
export interface NodeObserver {
  /** Before entries are written: `prevTerm` is the term of the entry just before them. */
  onAppend (node: SimNode, entries: readonly Entry[], prevTerm: number | string): void
  onHardStateWritten (node: SimNode, hardState: HardState): void
  /** After the Ready's writes are durable (as durable as the Ready asked): entries now known committed. */
  onCommitted (node: SimNode, entries: readonly Entry[]): void
  onSend (node: SimNode, m: Message): void
  onSnapshotLoaded (node: SimNode, snapshot: Snapshot, digest: string): void
  onApplied (node: SimNode, entry: Entry, digest: string): void
  onRestart (node: SimNode): void
  /** `changes` conf change entries were applied, moving the voters from before to after. */
  onConfigurationApplied (node: SimNode, votersBefore: readonly NodeId[], votersAfter: readonly NodeId[], changes: number): void
}

export interface NodeHost {
  readonly nowMs: number
  readonly profile: FaultProfile
  readonly rng: Prng
  readonly observer: NodeObserver
  /** The node's tick timer: the first tick within one interval, then every `intervalMs`. */
  startTicks (node: SimNode, intervalMs: number): void
  /** Runs `callback` after the current event, in order of deferral, if this incarnation still runs. */
  defer (node: SimNode, callback: () => void): void
  /** The fsync in flight completes at `atMs` (node.completeSync()). */
  scheduleFsync (node: SimNode, atMs: number): void
  send (m: Message): void
  /** A client operation proposed on this node was applied here. */
  onOpApplied (node: SimNode, opId: number, output: KvOutput): void
  /** The RaftNode stopped on an error (an assertion of the core or the driver): a finding. */
  onFatal (node: SimNode, err: Error): void
  /** After a power loss the storage recovered a state the writes and fsyncs do not allow: a finding. */
  onStorageLoss (node: SimNode, what: string): void
}

const SILENT = pino({ level: 'silent' })
/** Where a node keeps its Raft log, on its own file system. */
export const RAFT_DIR = '/raft'

export class SimNode {
  readonly id: NodeId
  readonly tickMs: number
  /** The node's files (what the real storage reads and writes) and the model of what is durable in them. */
  readonly files: SimFileSystem
  readonly disk: SimDisk
  up = false
  /** Stopped by the harness (removed from the cluster): never restarts. */
  retired = false
  incarnation = 0
  raft: RaftNode | null = null
  storage: SimStorage | null = null
  kv: KvStateMachine | null = null
  /** Client operations proposed here and not yet answered. */
  readonly waiting = new Set<number>()
  /** Highest commit index whose entries were checked against the global record. */
  checkedCommit = 0
  /** Highest term this node has revealed in a message, over all incarnations. */
  maxTermSent = 0
  /** Voters before the last membership change this node applied (for R7). */
  previousVoters: readonly NodeId[] = []
  /** The voters in force at the last crash, and the ones before them (for R7 on restart). */
  votersAtCrash: ReadonlyArray<readonly NodeId[]> = []
  // Per-event checks: the last observed term and leadership.
  lastTerm = 0
  leaderTerm = 0
  leaderCommit = 0
  /** The running incarnation's seams, called by the simulation. */
  private tickCallback: (() => void) | null = null
  private syncCompletion: (() => void) | null = null
  private messageHandler: ((m: Message) => void) | null = null
  private snapshotStatusHandler: ((peer: NodeId, delivered: boolean) => void) | null = null
  /** Voters just before the driver applied entries (and then advanced): a membership change shows after. */
  private votersBeforeApply: readonly NodeId[] | null = null
  private confChangesApplied = 0

  constructor (id: NodeId, tickMs: number, files: SimFileSystem, disk: SimDisk) {
    this.id = id
    this.tickMs = tickMs
    this.files = files
    this.disk = disk
  }

  /** Boots (or reboots) from its files: a new FileRaftStorage recovers them, a new RaftNode runs over it. */
  start (host: NodeHost): void {
    const p = host.profile
    this.incarnation++
    this.up = true
    this.tickCallback = null
    this.syncCompletion = null
    this.votersBeforeApply = null
    this.confChangesApplied = 0
    this.files.host = { scheduleFsync: (completed) => this.scheduleFsync(host, completed) }
    const storage = new SimStorage(this.openFiles(host), this.disk, {
      onAppend: (entries, prevTerm) => host.observer.onAppend(this, entries, prevTerm),
      onHardStateWritten: (hardState) => host.observer.onHardStateWritten(this, hardState)
    })
    this.storage = storage
    const snapshot = storage.snapshot()
    this.kv = KvStateMachine.fromSnapshot(snapshot.metadata.index, snapshot.data)
    this.checkedCommit = Math.max(storage.initialState().hardState.commit, snapshot.metadata.index)
    const random = host.rng.fork()
    this.raft = RaftNode.openStarted({
      nodeId: this.id,
      stateMachine: this.stateMachine(host),
      logger: SILENT,
      tickMs: this.tickMs,
      electionTicks: p.electionTicks,
      heartbeatTicks: p.heartbeatTicks,
      random: () => random.next(),
      preVote: p.preVote,
      checkQuorum: p.checkQuorum,
      maxInflightMsgs: p.maxInflightMsgs,
      maxInflightBytes: p.maxInflightBytes,
      maxSizePerMsg: p.maxSizePerMsg,
      snapshotEveryEntries: p.snapshotEveryEntries,
      compactKeepEntries: p.compactKeepEntries,
      scheduler: this.scheduler(host),
      bugs: p.bugs,
      onFatal: (err) => host.onFatal(this, err)
    }, storage, this.network(host))
    this.previousVoters = this.raft.confState().voters
    this.lastTerm = this.raft.status().term
    this.leaderTerm = 0
    host.observer.onRestart(this)
  }

  /** Power loss: the process and its unsynced writes are gone. */
  crash (host: NodeHost): void {
    if (this.raft !== null) this.votersAtCrash = [this.raft.confState().voters, this.previousVoters]
    this.files.host = null
    this.files.crash(host.rng, host.profile.tornWriteRate)
    // What a restart will read: the real storage recovers it from the files now, and the model of
    // what is durable must allow it (nothing durable lost, nothing made up).
    const recovered = this.openFiles(host)
    const after = recovered.snapshot().metadata.index + 1
    const entries = after <= recovered.lastIndex() ? recovered.entries(after, recovered.lastIndex() + 1, Infinity) : []
    if (typeof entries === 'string') throw new Error(`node ${this.id}: recovered entries are ${entries}`)
    const verdict = this.disk.recover({ snapshot: recovered.snapshot(), entries, hardState: recovered.initialState().hardState })
    recovered.close()
    if (verdict !== null) host.onStorageLoss(this, verdict)
    this.up = false
    this.raft = null
    this.storage = null
    this.kv = null
    this.tickCallback = null
    this.syncCompletion = null
    this.messageHandler = null
    this.snapshotStatusHandler = null
    this.waiting.clear()
  }

  /** The tick timer fired; the OS may write back unsynced data on its own meanwhile. */
  tick (host: NodeHost): void {
    this.tickCallback?.()
    if (host.rng.chance(host.profile.writebackPerTick)) {
      this.files.writeBack()
      this.disk.sync()
    }
  }

  /** The fsync in flight completed. */
  completeSync (): void {
    const completion = this.syncCompletion
    this.syncCompletion = null
    completion?.()
  }

  deliver (m: Message): void {
    this.messageHandler?.(m)
  }

  /** The network learned whether a snapshot this node sent got through. */
  snapshotStatus (peer: NodeId, delivered: boolean): void {
    this.snapshotStatusHandler?.(peer, delivered)
  }

  isLeader (): boolean {
    return this.up && this.raft!.status().role === StateRole.Leader
  }

  /**
   * R10 and R7's previous voters: a membership change takes effect when the driver advances past
   * the conf change entries it applied. Called after every event and deferred turn, and when the
   * next Ready is sent (nothing is stepped in between, so the change is the advance's alone).
   */
  checkMembership (host: NodeHost): void {
    const before = this.votersBeforeApply
    if (before === null || this.raft === null) return
    this.votersBeforeApply = null
    const after = this.raft.confState().voters
    if (after.join() !== before.join()) {
      this.previousVoters = before
      host.observer.onConfigurationApplied(this, before, after, this.confChangesApplied)
    }
    this.confChangesApplied = 0
  }

  /** RaftNode sends once per Ready, after its writes are durable and before it applies: its commit is exposed now. */
  private observeCommit (host: NodeHost): void {
    const storage = this.storage!
    const commit = storage.initialState().hardState.commit
    if (commit <= this.checkedCommit) return
    const lo = Math.max(this.checkedCommit + 1, storage.firstIndex())
    if (lo <= commit) {
      const entries = storage.entries(lo, commit + 1, Infinity)
      if (typeof entries === 'string') throw new Error(`node ${this.id}: committed entries ${lo}..${commit} are ${entries}`)
      host.observer.onCommitted(this, entries)
    }
    this.checkedCommit = commit
  }

  // ---- the seams of one incarnation ------------------------------------------------------------

  private openFiles (host: NodeHost): FileRaftStorage {
    // A node that was never a voter starts with no membership: the leader's snapshot brings it.
    return FileRaftStorage.open({ dir: RAFT_DIR, bootstrapConfState: EMPTY_CONF_STATE, io: this.files, segmentBytesMax: host.profile.segmentBytesMax })
  }

  private scheduleFsync (host: NodeHost, completed: () => void): void {
    this.syncCompletion = completed
    const fsyncMs = host.rng.int(host.profile.fsyncMs[0], host.profile.fsyncMs[1])
    // An instant fsync completes in this turn, after what is already under way.
    if (fsyncMs > 0) host.scheduleFsync(this, host.nowMs + fsyncMs)
    else host.defer(this, () => this.completeSync())
  }

  private scheduler (host: NodeHost): RaftScheduler {
    return {
      repeat: (intervalMs, callback) => {
        this.tickCallback = callback
        host.startTicks(this, intervalMs)
        return () => { if (this.tickCallback === callback) this.tickCallback = null }
      },
      defer: (callback) => host.defer(this, callback)
    }
  }

  private network (host: NodeHost): RaftNetwork {
    const address: PeerAddress = { host: 'sim', port: this.id }
    return {
      onMessage: (handler) => { this.messageHandler = handler },
      onUnreachable: () => {}, // the simulated network never reports a peer down: messages are lost silently
      onSnapshotStatus: (handler) => { this.snapshotStatusHandler = handler },
      start: async () => {},
      send: (messages) => {
        this.checkMembership(host)
        this.observeCommit(host)
        for (const m of messages) {
          host.observer.onSend(this, m)
          // Pre-vote messages carry the term a pre-candidate would campaign in, never persisted.
          const isPreVote = m.type === MessageType.PreVote || m.type === MessageType.PreVoteResp
          if (!isPreVote && m.term > this.maxTermSent) this.maxTermSent = m.term
          host.send(m)
        }
      },
      address: () => address,
      addPeer: () => {},
      close: async () => {}
    }
  }

  private stateMachine (host: NodeHost): RaftStateMachine {
    return {
      apply: (entries) => {
        if (this.votersBeforeApply === null) this.votersBeforeApply = this.raft!.confState().voters
        for (const e of entries) {
          const kv = this.kv!
          if (e.index <= kv.appliedIndex) throw new Error(`node ${this.id}: entry ${e.index} applied twice (applied ${kv.appliedIndex})`)
          const result = kv.apply(e)
          if (e.type === EntryType.ConfChange) this.confChangesApplied++
          host.observer.onApplied(this, e, kv.digest())
          if (result !== null && this.waiting.delete(result.opId)) host.onOpApplied(this, result.opId, result.output)
        }
      },
      restore: (snapshot) => {
        this.kv = KvStateMachine.fromSnapshot(snapshot.metadata.index, snapshot.data)
        host.observer.onSnapshotLoaded(this, snapshot, this.kv.digest())
      },
      snapshot: () => this.kv!.snapshotData()
    }
  }
}

/** A client's proposal: its index, or null when the node refused it (not leader, dropped, ...). */
export function submitProposal (node: SimNode, data: Uint8Array): number | null {
  try {
    // The answer reaches the client when this node applies the entry (the state machine's output).
    return node.raft!.submit(data, ignoreOutcome)
  } catch (err) {
    if (err instanceof RaftProposalError) return null
    throw err
  }
}

function ignoreOutcome (): void {}
