// RaftCore: the API a driver uses (etcd's RawNode). It feeds ticks, messages and proposals into the
// state machine and hands its output out as Readys, one at a time: ready(), then advance(ready)
// once the driver has persisted, sent and applied it.
import { assert } from '../../../util/assert.ts'
import { decodeConfChange, encodeConfChange } from './conf-change.ts'
import type { RaftConfig } from './config.ts'
import type { StorageError } from './log-storage.ts'
import { isLocalMessage, isResponseMessage, message } from './messages.ts'
import type { ProgressState } from './progress.ts'
import { Raft } from './raft.ts'
import { isHardStateEqual, mustSync, type Ready } from './ready.ts'
import {
  EntryType, MessageType, StateRole,
  type ConfChange, type ConfState, type HardState, type Message, type NodeId
} from './types.ts'

export interface ProgressStatus {
  readonly match: number
  readonly next: number
  readonly state: ProgressState
  readonly isLearner: boolean
  readonly recentActive: boolean
  readonly inflightCount: number
}

export interface RaftStatus {
  readonly id: NodeId
  readonly term: number
  readonly vote: NodeId
  readonly commit: number
  readonly applied: number
  readonly lastIndex: number
  readonly firstIndex: number
  readonly role: StateRole
  readonly leader: NodeId
  readonly leadTransferee: NodeId
}

export class RaftCore {
  private readonly raft: Raft
  private previousHardState: HardState
  private inFlight: Ready | null = null

  constructor (config: RaftConfig) {
    this.raft = new Raft(config)
    this.previousHardState = config.storage.initialState().hardState
  }

  /** One logical clock tick; the driver owns the real timer. */
  tick (): void {
    this.raft.tick()
  }

  /**
   * A message from a peer. Local-only types and answers from non-members are bad input from the
   * network and are dropped (false), never asserted on.
   */
  step (m: Message): boolean {
    if (isLocalMessage(m.type)) return false
    if (isResponseMessage(m.type) && !this.raft.tracker.progress.has(m.from)) return false
    this.raft.step(m)
    return true
  }

  /** Starts an election now (tests, or an operator's request). */
  campaign (): void {
    this.raft.step(message({ type: MessageType.Hup, to: this.raft.id, from: this.raft.id }))
  }

  /** Proposes data for the log; false when dropped (no leader known, transfer under way, quota). */
  propose (data: Uint8Array): boolean {
    const entries = [{ term: 0, index: 0, type: EntryType.Normal, data }]
    return this.raft.step(message({ type: MessageType.Prop, to: this.raft.id, from: this.raft.id, entries }))
  }

  /** Proposes one membership change; false when dropped (also while another is pending). */
  proposeConfChange (change: ConfChange): boolean {
    const entries = [{ term: 0, index: 0, type: EntryType.ConfChange, data: encodeConfChange(change) }]
    return this.raft.step(message({ type: MessageType.Prop, to: this.raft.id, from: this.raft.id, entries }))
  }

  /** Asks the leader (through us, if we are not it) to hand leadership to `to`. */
  transferLeadership (to: NodeId): void {
    this.raft.step(message({ type: MessageType.TransferLeader, to: this.raft.id, from: to }))
  }

  /** The transport could not reach `id`: replication to it falls back to probing. */
  reportUnreachable (id: NodeId): void {
    this.raft.step(message({ type: MessageType.Unreachable, to: this.raft.id, from: id }))
  }

  /** Whether the snapshot sent to `id` was delivered and applied. */
  reportSnapshot (id: NodeId, delivered: boolean): void {
    this.raft.step(message({ type: MessageType.SnapStatus, to: this.raft.id, from: id, reject: !delivered }))
  }

  hasReady (): boolean {
    if (this.inFlight !== null) return false
    const r = this.raft
    return r.msgs.length > 0 ||
      r.log.unstable.entries.length > 0 ||
      r.log.hasPendingSnapshot() ||
      r.log.hasNextCommittedEntries() ||
      !isHardStateEqual(r.hardState(), this.previousHardState)
  }

  /** The next batch of work; the previous one must have been advanced. */
  ready (): Ready {
    assert(this.inFlight === null, 'advance the previous Ready before asking for another')
    const r = this.raft
    const hardState = r.hardState()
    const entries = r.log.unstable.entries.slice()
    const snapshot = r.log.unstable.snapshot
    const sync = mustSync(hardState, this.previousHardState, entries.length, snapshot !== null)
    const rd: Ready = {
      hardState: isHardStateEqual(hardState, this.previousHardState) ? null : hardState,
      entries,
      snapshot,
      messages: r.msgs,
      committedEntries: r.log.nextCommittedEntries(),
      // BUG SWITCH (tests only): claim nothing needs an fsync.
      mustSync: r.config.bugs.ackBeforeFsync ? false : sync
    }
    r.msgs = []
    this.inFlight = rd
    return rd
  }

  /**
   * The driver has persisted, sent and applied `rd`. Conf changes among its committed entries
   * take effect now, as they are applied (etcd's rule).
   */
  advance (rd: Ready): void {
    assert(this.inFlight === rd, 'advance() takes the Ready last handed out')
    this.inFlight = null
    const r = this.raft
    if (rd.hardState !== null) this.previousHardState = rd.hardState
    for (const e of rd.committedEntries) {
      if (e.type === EntryType.ConfChange) r.applyConfChange(decodeConfChange(e.data))
    }
    r.reduceUncommittedBytes(rd.committedEntries)
    const lastApplied = rd.committedEntries.at(-1)?.index ?? rd.snapshot?.metadata.index ?? 0
    if (lastApplied > 0) r.log.appliedTo(lastApplied)
    const lastEntry = rd.entries.at(-1)
    if (lastEntry !== undefined) r.log.stableTo(lastEntry.index, lastEntry.term)
    if (rd.snapshot !== null) r.log.stableSnapTo(rd.snapshot.metadata.index)
  }

  confState (): ConfState {
    return this.raft.tracker.confState()
  }

  /** Only on a leader (empty otherwise): what it knows of each member's log. */
  progress (): ReadonlyMap<NodeId, ProgressStatus> {
    const r = this.raft
    const progress = new Map<NodeId, ProgressStatus>()
    if (r.role !== StateRole.Leader) return progress
    for (const id of r.tracker.ids) {
      const pr = r.tracker.progress.get(id)!
      progress.set(id, { match: pr.match, next: pr.next, state: pr.state, isLearner: pr.isLearner, recentActive: pr.recentActive, inflightCount: pr.inflights.count() })
    }
    return progress
  }

  /** Term of the entry at `index` in this node's log (stable or not). */
  logTerm (index: number): number | StorageError {
    return this.raft.log.term(index)
  }

  status (): RaftStatus {
    const r = this.raft
    return {
      id: r.id,
      term: r.term,
      vote: r.vote,
      commit: r.log.committed,
      applied: r.log.applied,
      lastIndex: r.log.lastIndex(),
      firstIndex: r.log.firstIndex(),
      role: r.role,
      leader: r.lead,
      leadTransferee: r.leadTransferee
    }
  }
}
