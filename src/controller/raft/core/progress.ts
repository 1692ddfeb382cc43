// What the leader knows about one follower's log (etcd's tracker.Progress):
//  - probe:     we do not know where the follower's log matches; send one append per round trip.
//  - replicate: it matches; stream appends optimistically, bounded by the inflights.
//  - snapshot:  it needs a snapshot; send nothing until the snapshot is reported applied.
import { Inflights } from './inflights.ts'

export const ProgressState = { Probe: 'probe', Replicate: 'replicate', Snapshot: 'snapshot' } as const
export type ProgressState = typeof ProgressState[keyof typeof ProgressState]

export class Progress {
  /** Highest index known to be in the follower's log (matching ours). */
  match: number
  /** Next index to send. Invariant: match < next. */
  next: number
  state: ProgressState = ProgressState.Probe
  /** In snapshot state: the index of the snapshot sent. */
  pendingSnapshot = 0
  /** Heard from since the last check-quorum (a leader's own progress is always active). */
  recentActive: boolean
  /** Probe: one append is out; replicate: inflights are full. Cleared by an ack or a heartbeat response. */
  msgAppFlowPaused = false
  readonly inflights: Inflights
  isLearner: boolean

  constructor (options: { match: number, next: number, maxInflightMsgs: number, maxInflightBytes: number, isLearner: boolean, recentActive: boolean }) {
    this.match = options.match
    this.next = options.next
    this.inflights = new Inflights(options.maxInflightMsgs, options.maxInflightBytes)
    this.isLearner = options.isLearner
    this.recentActive = options.recentActive
  }

  private resetState (state: ProgressState): void {
    this.msgAppFlowPaused = false
    this.pendingSnapshot = 0
    this.state = state
    this.inflights.reset()
  }

  becomeProbe (): void {
    if (this.state === ProgressState.Snapshot) {
      // The snapshot may have been applied: it is safe to probe from just after it.
      const pendingSnapshot = this.pendingSnapshot
      this.resetState(ProgressState.Probe)
      this.next = Math.max(this.match + 1, pendingSnapshot + 1)
    } else {
      this.resetState(ProgressState.Probe)
      this.next = this.match + 1
    }
  }

  becomeReplicate (): void {
    this.resetState(ProgressState.Replicate)
    this.next = this.match + 1
  }

  becomeSnapshot (snapshotIndex: number): void {
    this.resetState(ProgressState.Snapshot)
    this.pendingSnapshot = snapshotIndex
    this.next = snapshotIndex + 1
  }

  /** An append carrying `count` entries (`bytes` of them) was sent. */
  sentEntries (count: number, bytes: number): void {
    if (this.state === ProgressState.Replicate) {
      if (count > 0) {
        this.next += count
        this.inflights.add(this.next - 1, bytes)
      }
      this.msgAppFlowPaused = this.inflights.full()
    } else if (this.state === ProgressState.Probe) {
      if (count > 0) this.msgAppFlowPaused = true
    }
  }

  /** The follower acked up to `index`; false when that is old news. */
  maybeUpdate (index: number): boolean {
    if (index <= this.match) return false
    this.match = index
    this.next = Math.max(this.next, index + 1)
    this.msgAppFlowPaused = false
    return true
  }

  /**
   * The follower rejected an append at `rejected`, hinting that its log may match at `matchHint`.
   * False when the rejection is stale (an answer to an append we have since moved past).
   */
  maybeDecrTo (rejected: number, matchHint: number): boolean {
    if (this.state === ProgressState.Replicate) {
      if (rejected <= this.match) return false
      this.next = this.match + 1
      return true
    }
    // Probes go out one at a time, so a fresh rejection is always about next - 1.
    if (this.next - 1 !== rejected) return false
    this.next = Math.max(Math.min(rejected, matchHint + 1), this.match + 1)
    this.msgAppFlowPaused = false
    return true
  }

  isPaused (): boolean {
    if (this.state === ProgressState.Snapshot) return true
    return this.msgAppFlowPaused
  }
}
