// One partition this node hosts, as Kafka's Partition: its log, the leader, leader epoch, replicas and
// ISR the committed image gives it, and the checks every data request makes before it touches the log
// (the current-leader-epoch check of KIP-320, then the leader check), in Kafka's order.
// Leader state: each follower's fetch state (its fetch offset is its log end offset; when it was last
// caught up), and the high watermark, which is decided here and nowhere else: on the leader the
// smallest log end offset over the maximal ISR (the committed ISR plus a proposed addition; a proposed
// removal still counts until committed), never moving back within a leadership; with the leader alone
// in the ISR it is the log end offset at once (set after each append). A follower takes its leader's
// (`updateFollowerHighWatermark`), bounded by its own log end. The value lives in the log (Kafka's
// UnifiedLog.highWatermark) and is checkpointed with the recovery points, so a restart starts from
// min(checkpoint, log end). On becoming leader (a new leader epoch) the epoch is recorded at the log end
// in the leader epoch cache (apache/kafka#5678: a leader that appends nothing still answers
// OffsetForLeaderEpoch for its epoch), and every follower starts unknown and caught up "now" (no
// follower leaves the ISR before replica.lag.time.max.ms). The ISR decisions themselves are pure
// (replica-state.ts); the events (high watermark up, leadership lost, an ISR change wanted) go to the
// broker through PartitionEvents.
// Not here: the registry of hosted partitions (partitions.ts), sending AlterPartition (isr-changes.ts),
// the follower's fetching (replication/), the purgatories.
import { ErrorCode } from '../protocol/generated/error-codes.ts'
import type { PartitionImage } from '../controller/metadata/metadata-image.ts'
import type { PartitionLog } from '../storage/log/partition-log.ts'
import { assert } from '../util/assert.ts'
import { mayJoinIsr, newFollowerState, nextHighWatermark, outOfSyncReplicas, recordFetch, isrWithout, type FollowerState } from './replica-state.ts'

/** What a Partition tells the broker (the purgatories, the fetch waiters, the ISR changes). */
export interface PartitionEvents {
  /** The high watermark of a partition led here moved up: parked fetches and acks=all produces may complete. */
  highWatermarkAdvanced (partition: Partition): void
  /** This node no longer leads the partition (or no longer hosts it): waiting produces fail. */
  leadershipLost (partition: Partition): void
  /** This node starts to lead the partition at a new leader epoch (once per leadership, from the image). */
  leadershipGained (partition: Partition): void
  /** A follower may join the ISR (its fetch reached the high watermark): propose it to the controller. */
  followerCaughtUp (partition: Partition, followerId: number): void
}

/** Events nobody listens to (a Partition used alone, in tests of its checks). */
export const NO_PARTITION_EVENTS: PartitionEvents = {
  highWatermarkAdvanced: () => {},
  leadershipLost: () => {},
  leadershipGained: () => {},
  followerCaughtUp: () => {}
}

/** Where a partition's log comes from: the log manager, which keeps offline logs and tries them again. */
export interface LogSource {
  /**
   * The open log of the partition of topic `topicId`; undefined while it is offline (the source may
   * try to open it again in this call), while it is another topic's (a topic deleted and created again
   * under its name) or while its deletion is queued (a replica removed and added again): a Partition
   * never takes a log that is to be deleted under it.
   */
  get (topic: string, partition: number, topicId: string): PartitionLog | undefined
  /** Why the log is offline (a storage error), or null. */
  offlineCause (topic: string, partition: number): string | null
}

/** A request's current_leader_epoch of -1: the client asks for no check (KIP-320). */
export const LEADER_EPOCH_UNCHECKED = -1

/** What the leader checks look at: the image's leader and epoch, and this node. */
export interface LeaderState {
  readonly localNodeId: number
  readonly leaderId: number
  readonly leaderEpoch: number
}

/**
 * The error for a request's current_leader_epoch against the partition's, or NONE: an older epoch is
 * fenced, a newer one means this node has not seen that leadership yet; a negative one skips the check.
 */
export function leaderEpochError (requestedLeaderEpoch: number, leaderEpoch: number): number {
  if (requestedLeaderEpoch < 0 || requestedLeaderEpoch === leaderEpoch) return ErrorCode.NONE
  return requestedLeaderEpoch < leaderEpoch ? ErrorCode.FENCED_LEADER_EPOCH : ErrorCode.UNKNOWN_LEADER_EPOCH
}

/**
 * The error Kafka's Partition answers a request on a hosted partition (getLocalLog): the epoch check
 * first, then, when the request needs the leader, NOT_LEADER_OR_FOLLOWER on any other replica.
 */
export function leaderError (state: LeaderState, requestedLeaderEpoch: number, requireLeader: boolean): number {
  const epochError = leaderEpochError(requestedLeaderEpoch, state.leaderEpoch)
  if (epochError !== ErrorCode.NONE) return epochError
  if (requireLeader && state.leaderId !== state.localNodeId) return ErrorCode.NOT_LEADER_OR_FOLLOWER
  return ErrorCode.NONE
}

export class Partition implements LeaderState {
  readonly topic: string
  readonly topicId: string
  readonly partitionId: number
  readonly localNodeId: number
  /** From the committed image (kept in step by the registry). */
  leaderId: number
  leaderEpoch: number
  partitionEpoch: number
  replicas: readonly number[]
  isr: readonly number[]
  private readonly logs: LogSource
  private readonly events: PartitionEvents
  /**
   * The log once it is open; null while it is offline, not created yet or its old log still waits for
   * deletion (then looked up again on each check). Once set it stays for the life of this Partition:
   * the log source never hands out a log whose deletion is queued, and a log is deleted only once the
   * image stopped placing the replica here (this Partition is then dropped from the registry).
   */
  private openLog: PartitionLog | null
  /** Leader: the other replicas' fetch states, by broker id (empty on a follower). */
  readonly followers = new Map<number, FollowerState>()
  /** Leader: the log end offset when this leadership (leader epoch) began; -1 until the log was open. */
  leaderEpochStartOffset = -1
  /** Set by `removed()`: the registry dropped this Partition. */
  private dropped = false
  /** The becoming-leader work waits for the log (not created yet, offline, or its epoch file failed). */
  private leaderInitPending = false
  /** Leader: the ISR proposed to the controller and not yet committed (Kafka's PendingExpand/ShrinkIsr). */
  private pendingIsr: readonly number[] | null = null
  /** The committed ISR with the proposed one (Kafka's maximalIsr): who the high watermark waits for. */
  private maximal: readonly number[]

  constructor (options: { topic: string, topicId: string, localNodeId: number, logs: LogSource, state: PartitionImage, events?: PartitionEvents, nowMs?: number }) {
    this.topic = options.topic
    this.topicId = options.topicId
    this.partitionId = options.state.partitionId
    this.localNodeId = options.localNodeId
    this.leaderId = options.state.leader
    this.leaderEpoch = options.state.leaderEpoch
    this.partitionEpoch = options.state.partitionEpoch
    this.replicas = options.state.replicas
    this.isr = options.state.isr
    this.logs = options.logs
    this.events = options.events ?? NO_PARTITION_EVENTS
    this.openLog = null
    this.maximal = this.isr
    if (this.isLeader()) this.becomeLeader(options.nowMs ?? Date.now())
  }

  /**
   * Takes the image's state of this partition; a state never goes back to an older partition epoch.
   * A new leadership (this node becomes leader, or its leader epoch changes) starts the leader state
   * afresh; losing it clears the leader state and tells the broker (waiting produces fail).
   */
  update (state: PartitionImage, nowMs: number = Date.now()): void {
    assert(state.partitionId === this.partitionId, 'a partition is updated from its own state')
    assert(state.partitionEpoch >= this.partitionEpoch, 'partition epochs never decrease')
    const wasLeader = this.isLeader()
    const newEpoch = state.leaderEpoch !== this.leaderEpoch
    const newPartitionEpoch = state.partitionEpoch !== this.partitionEpoch
    this.leaderId = state.leader
    this.leaderEpoch = state.leaderEpoch
    this.partitionEpoch = state.partitionEpoch
    this.replicas = state.replicas
    this.isr = state.isr
    // The committed state is the truth: a proposal it answers (or makes moot) is no longer pending.
    if (newPartitionEpoch || newEpoch) this.pendingIsr = null
    this.maximal = this.pendingIsr === null ? this.isr : union(this.isr, this.pendingIsr)
    if (this.isLeader()) {
      if (!wasLeader || newEpoch) this.becomeLeader(nowMs)
      else {
        this.syncFollowers(nowMs)
        this.maybeIncrementHighWatermark()
      }
    } else if (wasLeader) {
      this.followers.clear()
      this.leaderEpochStartOffset = -1
      this.leaderInitPending = false
      this.events.leadershipLost(this)
    }
  }

  /**
   * This node no longer hosts the partition (the image moved or deleted it). A log not taken yet is
   * never taken now: a replica added here again gets a Partition (and a log) of its own.
   */
  removed (): void {
    if (this.isLeader()) this.events.leadershipLost(this)
    this.followers.clear()
    this.dropped = true
  }

  /** A new leadership: fresh follower states, the epoch in the cache once the log is open. */
  private becomeLeader (nowMs: number): void {
    this.events.leadershipGained(this)
    this.followers.clear()
    this.syncFollowers(nowMs)
    this.leaderEpochStartOffset = -1
    this.leaderInitPending = true
    if (this.openLog !== null) this.initLeader()
  }

  /** The followers are the other replicas: new ones start unknown, removed ones are forgotten. */
  private syncFollowers (nowMs: number): void {
    for (const id of this.replicas) if (id !== this.localNodeId && !this.followers.has(id)) this.followers.set(id, newFollowerState(id, nowMs))
    for (const id of this.followers.keys()) if (!this.replicas.includes(id)) this.followers.delete(id)
  }

  /**
   * The becoming-leader work that needs the log: the leader epoch at the log end in the epoch cache,
   * and the high watermark from the ISR. A failure to write the epoch file leaves it pending: the
   * partition answers KAFKA_STORAGE_ERROR until it is written.
   */
  private initLeader (): void {
    const log = this.openLog!
    try {
      log.epochs.assign(this.leaderEpoch, log.logEndOffset())
    } catch {
      return
    }
    this.leaderInitPending = false
    this.leaderEpochStartOffset = log.logEndOffset()
    this.maybeIncrementHighWatermark()
  }

  isLeader (): boolean {
    return this.leaderId === this.localNodeId
  }

  /** Whether the log is open (and a new leadership's epoch recorded); an offline one is tried again (when its wait is over). */
  isOnline (): boolean {
    if (this.openLog === null || this.leaderInitPending) {
      if (this.dropped) return false
      this.openLog ??= this.logs.get(this.topic, this.partitionId, this.topicId) ?? null
      if (this.openLog !== null && this.leaderInitPending) this.initLeader()
      return this.openLog !== null && !this.leaderInitPending
    }
    return true
  }

  /**
   * The error for a request on this partition, or NONE, after which `log()` may be used: an offline
   * log KAFKA_STORAGE_ERROR (Kafka's offline partition), then the leader checks (`leaderError`).
   */
  check (requestedLeaderEpoch: number, requireLeader: boolean): number {
    if (!this.isOnline()) return ErrorCode.KAFKA_STORAGE_ERROR
    return leaderError(this, requestedLeaderEpoch, requireLeader)
  }

  /** Why the log is offline, or null (for the error message of KAFKA_STORAGE_ERROR). */
  offlineCause (): string | null {
    return this.logs.offlineCause(this.topic, this.partitionId)
  }

  /** The log; only once `check` (or `isOnline`) found it open. */
  log (): PartitionLog {
    // A constant message: this runs for every partition of every produce and fetch.
    assert(this.openLog !== null, 'a partition log is used only once check() or isOnline() found it open')
    return this.openLog
  }

  /**
   * The offset below which records are committed and may be read by consumers: on the leader, what
   * every member of the maximal ISR has (the log end offset at once when the leader is alone in it);
   * on a follower, its leader's bounded by its own log end.
   */
  highWatermark (): number {
    return this.log().highWatermark()
  }

  /** The ISR the high watermark waits for: the committed one with a proposed change (Kafka's maximalIsr). */
  maximalIsr (): readonly number[] {
    return this.maximal
  }

  /**
   * Leader, after an append (or a follower's fetch, or an ISR change): moves the high watermark up to
   * what the maximal ISR has; tells the broker when it moved. Returns whether it moved.
   */
  maybeIncrementHighWatermark (): boolean {
    const log = this.openLog
    if (log === null || !this.isLeader() || this.leaderInitPending) return false
    const current = log.highWatermark()
    const leo = log.logEndOffset()
    // The single-node case (the leader alone in the ISR) costs a comparison.
    const next = this.maximal.length === 1 ? leo : nextHighWatermark(current, leo, this.followers, this.maximal, this.localNodeId)
    if (next <= current) return false
    log.updateHighWatermark(next)
    this.events.highWatermarkAdvanced(this)
    return true
  }

  /** Follower: its leader's high watermark from a fetch response, bounded by its own log end (Kafka's updateFollowerHighWatermark). */
  updateFollowerHighWatermark (leaderHw: number): void {
    const log = this.log()
    log.updateHighWatermark(Math.min(leaderHw, log.logEndOffset()))
  }

  /**
   * Leader: the follower whose fetch this is, or NOT_LEADER_OR_FOLLOWER's reason: not a replica, or its
   * fetch carries an older broker epoch than one it fetched with before (a stale incarnation).
   */
  follower (replicaId: number, brokerEpoch: number): FollowerState | null {
    const f = this.followers.get(replicaId)
    if (f === undefined) return null
    if (brokerEpoch >= 0 && f.brokerEpoch > brokerEpoch) return null
    return f
  }

  /**
   * Leader: a follower fetched from `fetchOffset` (its log end offset) at `nowMs`: its state moves,
   * the high watermark may move up, and a follower outside the ISR that reached the high watermark
   * and the start of this leader epoch is proposed for the ISR.
   */
  followerFetched (follower: FollowerState, fetchOffset: number, nowMs: number, brokerEpoch: number): void {
    const log = this.log()
    recordFetch(follower, fetchOffset, log.logEndOffset(), nowMs, brokerEpoch)
    this.maybeIncrementHighWatermark()
    if (this.pendingIsr === null && !this.maximal.includes(follower.brokerId) && mayJoinIsr(follower, log.highWatermark(), this.leaderEpochStartOffset)) {
      this.events.followerCaughtUp(this, follower.brokerId)
    }
  }

  /** Leader: whether an ISR change is proposed and not yet committed (one at a time). */
  isrChangePending (): boolean {
    return this.pendingIsr !== null
  }

  /** Leader: the ISR without the followers not caught up for `lagMaxMs` (Kafka's maybeShrinkIsr), or null when none is to go. */
  shrinkProposal (nowMs: number, lagMaxMs: number): number[] | null {
    if (!this.isLeader() || this.pendingIsr !== null || this.openLog === null || this.leaderInitPending) return null
    const out = outOfSyncReplicas(this.isr, this.followers, this.localNodeId, this.openLog.logEndOffset(), nowMs, lagMaxMs)
    return out.length === 0 ? null : isrWithout(this.isr, out)
  }

  /** Leader: an ISR change was sent to the controller; the high watermark waits for its members too. */
  proposeIsr (isr: readonly number[]): void {
    assert(this.pendingIsr === null, 'one ISR change in flight per partition')
    this.pendingIsr = isr
    this.maximal = union(this.isr, isr)
  }

  /** Leader: whether `isr` is the proposal pending (the very one: a later proposal is another). */
  pendingIsrIs (isr: readonly number[]): boolean {
    return this.pendingIsr === isr
  }

  /**
   * Leader: the controller proved the proposal was not applied (Kafka's INELIGIBLE_REPLICA,
   * OPERATION_NOT_ATTEMPTED, ...): the committed ISR is again the one the high watermark waits for.
   * Every other outcome leaves the proposal pending until `update` sees a newer partition epoch.
   */
  isrChangeEnded (isr: readonly number[]): void {
    if (this.pendingIsr !== isr) return
    this.pendingIsr = null
    this.maximal = this.isr
    this.maybeIncrementHighWatermark()
  }

  /** The end of what read_committed consumers may read; the high watermark while there are no transactions. */
  lastStableOffset (): number {
    return this.highWatermark()
  }

  logStartOffset (): number {
    return this.log().logStartOffset()
  }

  logEndOffset (): number {
    return this.log().logEndOffset()
  }
}

/** The members of `a`, then those of `b` not in `a`. */
function union (a: readonly number[], b: readonly number[]): readonly number[] {
  let out: number[] | null = null
  for (const id of b) {
    if (a.includes(id)) continue
    out ??= [...a]
    out.push(id)
  }
  return out ?? a
}
