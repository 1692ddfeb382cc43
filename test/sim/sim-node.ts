// One simulated node: a RaftCore driven the way raft-node drives it (persist the Ready, fsync when
// it says so, then send, then apply, then advance), over a simulated disk, with the key-value state
// machine on top. Crashes drop the process (core, memory, unsynced writes); restarts rebuild it
// from the disk alone.
import { RaftCore } from '../../src/controller/raft/core/raft-core.ts'
import type { Ready } from '../../src/controller/raft/core/ready.ts'
import type { MemoryStorage } from '../../src/controller/raft/core/memory-storage.ts'
import { EntryType, MessageType, StateRole, type Entry, type HardState, type Message, type NodeId, type Snapshot } from '../../src/controller/raft/core/types.ts'
import type { KvOutput } from '../check/kv-model.ts'
import { KvStateMachine } from './kv-state-machine.ts'
import type { FaultProfile } from './profile.ts'
import type { Prng } from './prng.ts'
import { SimDisk } from './sim-disk.ts'

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
  scheduleFsync (node: SimNode, atMs: number): void
  send (m: Message): void
  /** A client operation proposed on this node was applied here. */
  onOpApplied (node: SimNode, opId: number, output: KvOutput): void
}

export class SimNode {
  readonly id: NodeId
  readonly tickMs: number
  readonly disk: SimDisk
  up = false
  /** Stopped by the harness (removed from the cluster): never restarts. */
  retired = false
  incarnation = 0
  core: RaftCore | null = null
  storage: MemoryStorage | null = null
  kv: KvStateMachine | null = null
  private inFlight: Ready | null = null
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

  constructor (id: NodeId, tickMs: number, disk: SimDisk) {
    this.id = id
    this.tickMs = tickMs
    this.disk = disk
  }

  /** Boots (or reboots) from the disk. */
  start (host: NodeHost): void {
    const p = host.profile
    this.incarnation++
    this.up = true
    this.inFlight = null
    this.storage = this.disk.load()
    const snapshot = this.storage.snapshot()
    this.kv = KvStateMachine.fromSnapshot(snapshot.metadata.index, snapshot.data)
    const random = host.rng.fork()
    this.core = new RaftCore({
      id: this.id,
      storage: this.storage,
      electionTicks: p.electionTicks,
      heartbeatTicks: p.heartbeatTicks,
      random: () => random.next(),
      preVote: p.preVote,
      checkQuorum: p.checkQuorum,
      maxInflightMsgs: p.maxInflightMsgs,
      maxInflightBytes: p.maxInflightBytes,
      maxSizePerMsg: p.maxSizePerMsg,
      // Clients only propose to the node they see as leader (no forwarding, so a duplicated
      // forward can never append one proposal twice).
      disableProposalForwarding: true,
      bugs: p.bugs
    })
    this.previousVoters = this.core.confState().voters
    const status = this.core.status()
    this.lastTerm = status.term
    this.leaderTerm = 0
    this.checkedCommit = Math.max(this.storage.initialState().hardState.commit, snapshot.metadata.index)
    host.observer.onRestart(this)
  }

  /** Power loss: the process and its unsynced writes are gone. */
  crash (host: NodeHost): void {
    if (this.core !== null) this.votersAtCrash = [this.core.confState().voters, this.previousVoters]
    this.disk.crash(host.rng, host.profile.tornWriteRate)
    this.up = false
    this.core = null
    this.storage = null
    this.kv = null
    this.inFlight = null
    this.waiting.clear()
  }

  tick (host: NodeHost): void {
    this.core!.tick()
    if (host.rng.chance(host.profile.writebackPerTick)) this.disk.sync()
  }

  /** Hands out Readys until one waits for an fsync or there is nothing to do. */
  drive (host: NodeHost): void {
    while (this.up && this.inFlight === null && this.core!.hasReady()) {
      const rd = this.core!.ready()
      this.persist(host, rd)
      this.inFlight = rd
      if (rd.mustSync) {
        const fsyncMs = host.rng.int(host.profile.fsyncMs[0], host.profile.fsyncMs[1])
        if (fsyncMs > 0) {
          host.scheduleFsync(this, host.nowMs + fsyncMs)
          return
        }
      }
      this.finish(host)
    }
  }

  /** The fsync of the Ready in flight completed. */
  fsyncDone (host: NodeHost): void {
    if (!this.up || this.inFlight === null) return
    this.finish(host)
    this.drive(host)
  }

  /** 1. write the snapshot, the entries, the hard state (to memory and to the disk, unsynced). */
  private persist (host: NodeHost, rd: Ready): void {
    const storage = this.storage!
    if (rd.snapshot !== null) {
      const outcome = storage.applySnapshot(rd.snapshot)
      if (outcome !== null) throw new Error(`node ${this.id}: snapshot ${rd.snapshot.metadata.index} is ${outcome}`)
      this.disk.write({ kind: 'snapshot', snapshot: rd.snapshot })
    }
    if (rd.entries.length > 0) {
      host.observer.onAppend(this, rd.entries, storage.term(rd.entries[0]!.index - 1))
      storage.append(rd.entries)
      this.disk.write({ kind: 'entries', entries: rd.entries })
    }
    if (rd.hardState !== null) {
      host.observer.onHardStateWritten(this, rd.hardState)
      storage.setHardState(rd.hardState)
      this.disk.write({ kind: 'hard-state', hardState: rd.hardState })
    }
  }

  /** 2. fsync (if asked), 3. send, 4. apply, 5. advance. */
  private finish (host: NodeHost): void {
    const rd = this.inFlight!
    if (rd.mustSync) this.disk.sync()
    this.observeCommit(host, rd)
    for (const m of rd.messages) {
      host.observer.onSend(this, m)
      // Pre-vote messages carry the term a pre-candidate would campaign in, never persisted.
      const isPreVote = m.type === MessageType.PreVote || m.type === MessageType.PreVoteResp
      if (!isPreVote && m.term > this.maxTermSent) this.maxTermSent = m.term
      host.send(m)
    }
    this.apply(host, rd)
    const votersBefore = this.core!.confState().voters
    this.core!.advance(rd) // conf changes among the applied entries take effect here
    const votersAfter = this.core!.confState().voters
    if (votersAfter.join() !== votersBefore.join()) {
      this.previousVoters = votersBefore
      const changes = rd.committedEntries.filter((e) => e.type === EntryType.ConfChange).length
      host.observer.onConfigurationApplied(this, votersBefore, votersAfter, changes)
    }
    this.inFlight = null
    this.maybeSnapshot(host)
  }

  private observeCommit (host: NodeHost, rd: Ready): void {
    const commit = rd.hardState?.commit ?? this.checkedCommit
    if (commit <= this.checkedCommit) return
    const storage = this.storage!
    const lo = Math.max(this.checkedCommit + 1, storage.firstIndex())
    if (lo <= commit) {
      const entries = storage.entries(lo, commit + 1, Infinity)
      if (typeof entries === 'string') throw new Error(`node ${this.id}: committed entries ${lo}..${commit} are ${entries}`)
      host.observer.onCommitted(this, entries)
    }
    this.checkedCommit = commit
  }

  private apply (host: NodeHost, rd: Ready): void {
    if (rd.snapshot !== null) {
      this.kv = KvStateMachine.fromSnapshot(rd.snapshot.metadata.index, rd.snapshot.data)
      host.observer.onSnapshotLoaded(this, rd.snapshot, this.kv.digest())
    }
    const kv = this.kv!
    for (const e of rd.committedEntries) {
      if (e.index <= kv.appliedIndex) throw new Error(`node ${this.id}: entry ${e.index} applied twice (applied ${kv.appliedIndex})`)
      const result = kv.apply(e)
      host.observer.onApplied(this, e, kv.digest())
      if (result !== null && this.waiting.delete(result.opId)) host.onOpApplied(this, result.opId, result.output)
    }
  }

  /** The application snapshots its state every so many entries and compacts the log behind it. */
  private maybeSnapshot (host: NodeHost): void {
    const every = host.profile.snapshotEveryEntries
    const storage = this.storage!
    const kv = this.kv!
    if (every === 0 || kv.appliedIndex - storage.snapshot().metadata.index < every) return
    const snapshot = storage.createSnapshot(kv.appliedIndex, this.core!.confState(), kv.snapshotData())
    if (typeof snapshot === 'string') throw new Error(`node ${this.id}: local snapshot at ${kv.appliedIndex} is ${snapshot}`)
    const compactIndex = Math.max(storage.firstIndex() - 1, kv.appliedIndex - host.profile.compactKeepEntries)
    if (compactIndex >= storage.firstIndex()) storage.compact(compactIndex)
    this.disk.saveLocalSnapshot(snapshot, compactIndex)
  }

  isLeader (): boolean {
    return this.up && this.core!.status().role === StateRole.Leader
  }
}
