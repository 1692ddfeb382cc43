// One partition this node hosts, as Kafka's Partition: its log, the leader, leader epoch, replicas and
// ISR the committed image gives it, and the checks every data request makes before it touches the log
// (the current-leader-epoch check of KIP-320, then the leader check), in Kafka's order. The high
// watermark is defined here and nowhere else: on one node (no replication yet) the leader is the whole
// ISR, so it is the log end offset; replication (followers' fetch positions, the ISR's minimum) will
// change `highWatermark()` alone, and add its follower state to this object.
// Not here: the registry of hosted partitions (partitions.ts), replication, delayed operations.
import { ErrorCode } from '../protocol/generated/error-codes.ts'
import type { PartitionImage } from '../controller/metadata/metadata-image.ts'
import type { PartitionLog } from '../storage/log/partition-log.ts'
import { assert } from '../util/assert.ts'

/** Where a partition's log comes from: the log manager, which keeps offline logs and tries them again. */
export interface LogSource {
  /** The open log; undefined while it is offline (the source may try to open it again in this call). */
  get (topic: string, partition: number): PartitionLog | undefined
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
  /** The log once it is open; null while it is offline (then looked up again on each check). */
  private openLog: PartitionLog | null

  constructor (options: { topic: string, topicId: string, localNodeId: number, logs: LogSource, state: PartitionImage }) {
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
    this.openLog = null
  }

  /** Takes the image's state of this partition; a state never goes back to an older partition epoch. */
  update (state: PartitionImage): void {
    assert(state.partitionId === this.partitionId, 'a partition is updated from its own state')
    assert(state.partitionEpoch >= this.partitionEpoch, 'partition epochs never decrease')
    this.leaderId = state.leader
    this.leaderEpoch = state.leaderEpoch
    this.partitionEpoch = state.partitionEpoch
    this.replicas = state.replicas
    this.isr = state.isr
  }

  isLeader (): boolean {
    return this.leaderId === this.localNodeId
  }

  /** Whether the log is open; an offline one is tried again (when its wait is over). */
  isOnline (): boolean {
    if (this.openLog === null) this.openLog = this.logs.get(this.topic, this.partitionId) ?? null
    return this.openLog !== null
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
   * The offset below which records are committed and may be read by consumers. One node: the leader
   * is the whole ISR, so everything appended is committed.
   */
  highWatermark (): number {
    return this.log().logEndOffset()
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
