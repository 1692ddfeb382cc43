// The leader's ISR changes through the controller (Kafka's AlterPartitionManager with the ISR parts of
// Partition): a shrink proposed by the periodic check (every replica.lag.time.max.ms / 2: the ISR
// members not caught up for replica.lag.time.max.ms leave it), an expansion proposed when a follower's
// fetch reaches the high watermark and the start of this leader epoch. One AlterPartition in flight per
// partition, carrying the partition epoch it was decided on (the controller refuses a stale one) and,
// for each member, its broker epoch (KIP-903: the one it fetched with, else the image's). The committed
// image is the truth: the proposal stays pending (and the high watermark keeps waiting for the maximal
// ISR, the committed one with the proposed one) until Partition.update sees a newer partition epoch,
// as Kafka's Partition.handleAlterPartitionError: an answer may be lost (a controller failover) and a
// retry refused with INVALID_UPDATE_VERSION although the first send was committed, so only the errors
// proving the change was not applied (INELIGIBLE_REPLICA, OPERATION_NOT_ATTEMPTED, UNKNOWN_TOPIC_ID,
// UNKNOWN_TOPIC_OR_PARTITION, INVALID_REQUEST) drop it early; INVALID_UPDATE_VERSION and
// FENCED_LEADER_EPOCH wait for the image (the controller has a newer state), a success whose image has
// not arrived waits for it, and a request that found no controller (or any other error) is sent again
// after `retryBackoffMs` while the partition's leadership and partition epoch are unchanged. After a
// refusal no new proposal is made for `retryBackoffMs`. Followers the image shows fenced, shutting
// down or unregistered are never proposed (Kafka's isReplicaIsrEligible).
import type { Logger } from 'pino'
import type { AlterPartitionRequest, AlterPartitionResponse } from '../protocol/generated/messages/alter-partition.ts'
import type { MetadataImage } from '../controller/metadata/metadata-image.ts'
import { ErrorCode } from '../protocol/generated/error-codes.ts'
import type { Partition } from './partition.ts'

/** Errors proving the controller did not apply a proposal: it is dropped at once (Kafka's handleAlterPartitionError). */
const NOT_APPLIED: ReadonlySet<number> = new Set([ErrorCode.INELIGIBLE_REPLICA, ErrorCode.OPERATION_NOT_ATTEMPTED, ErrorCode.UNKNOWN_TOPIC_ID, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.INVALID_REQUEST])
/** Errors saying the controller has a newer state of the partition: the proposal waits for the image. */
const WAIT_FOR_IMAGE: ReadonlySet<number> = new Set([ErrorCode.INVALID_UPDATE_VERSION, ErrorCode.FENCED_LEADER_EPOCH])

/** LeaderRecoveryState RECOVERED (KIP-704): the only state Rivulet's leaders are in. */
const RECOVERED = 0

export interface IsrChangeOptions {
  readonly localNodeId: number
  readonly image: () => MetadataImage
  readonly send: (request: AlterPartitionRequest) => Promise<AlterPartitionResponse>
  readonly retryBackoffMs: number
  readonly logger: Logger
  readonly clock?: () => number
}

export class IsrChanges {
  private readonly options: IsrChangeOptions
  private readonly clock: () => number
  /** Partitions with an AlterPartition in flight (or waiting to be sent again). */
  private readonly inFlight = new Set<Partition>()
  /** Partitions whose last proposal was refused, until when no new one is made. */
  private readonly heldUntil = new Map<Partition, number>()
  private readonly retryTimers = new Set<NodeJS.Timeout>()
  private closed = false
  /** AlterPartition requests sent (a metric, and for tests). */
  sent = 0

  constructor (options: IsrChangeOptions) {
    this.options = options
    this.clock = options.clock ?? Date.now
  }

  /** The periodic check: every led partition with ISR members out of sync proposes their removal. */
  checkShrinks (partitions: Iterable<Partition>, lagMaxMs: number): void {
    const nowMs = this.clock()
    this.pruneHolds(nowMs)
    for (const p of partitions) {
      if (!p.isLeader() || this.busy(p, nowMs)) continue
      const isr = p.shrinkProposal(nowMs, lagMaxMs)
      if (isr !== null) this.propose(p, isr)
    }
  }

  /** A follower's fetch reached the high watermark: propose it for the ISR when it is eligible. */
  expand (partition: Partition, followerId: number): void {
    if (this.busy(partition, this.clock()) || partition.isrChangePending()) return
    const broker = this.options.image().brokers.get(followerId)
    if (broker === undefined || broker.fenced || broker.inControlledShutdown) return
    const follower = partition.followers.get(followerId)
    if (follower !== undefined && follower.brokerEpoch >= 0 && BigInt(follower.brokerEpoch) !== broker.epoch) return
    this.propose(partition, [...partition.isr, followerId])
  }

  /** Whether a proposal for the partition is in flight or held back after a refusal. */
  private busy (partition: Partition, nowMs: number): boolean {
    if (this.closed || this.inFlight.has(partition)) return true
    const until = this.heldUntil.get(partition)
    if (until === undefined) return false
    if (nowMs < until) return true
    this.heldUntil.delete(partition)
    return false
  }

  /** Forgets the holds that are over or whose partition is no longer led here (so the map stays bounded). */
  private pruneHolds (nowMs: number): void {
    for (const [partition, until] of this.heldUntil) if (nowMs >= until || !partition.isLeader()) this.heldUntil.delete(partition)
  }

  /** How many partitions are held back after a refusal (for tests). */
  heldCount (): number {
    return this.heldUntil.size
  }

  private propose (partition: Partition, isr: readonly number[]): void {
    partition.proposeIsr(isr)
    this.inFlight.add(partition)
    this.sendProposal(partition, isr, partition.leaderEpoch, partition.partitionEpoch)
  }

  private requestOf (partition: Partition, isr: readonly number[], leaderEpoch: number, partitionEpoch: number): AlterPartitionRequest {
    const image = this.options.image()
    const epochOf = (id: number): bigint => {
      const fetched = partition.followers.get(id)?.brokerEpoch ?? -1
      return fetched >= 0 ? BigInt(fetched) : (image.brokers.get(id)?.epoch ?? -1n)
    }
    return {
      brokerId: this.options.localNodeId,
      brokerEpoch: image.brokers.get(this.options.localNodeId)?.epoch ?? -1n,
      topics: [{
        topicName: '',
        topicId: partition.topicId,
        partitions: [{ partitionIndex: partition.partitionId, leaderEpoch, newIsr: [], newIsrWithEpochs: isr.map((brokerId) => ({ brokerId, brokerEpoch: epochOf(brokerId) })), leaderRecoveryState: RECOVERED, partitionEpoch }]
      }]
    }
  }

  /** `attempt`: 0 for the first send; a proposal that keeps finding no controller is logged once. */
  private sendProposal (partition: Partition, isr: readonly number[], leaderEpoch: number, partitionEpoch: number, attempt = 0): void {
    this.sent++
    // Current: the same leadership and partition epoch, and this proposal still pending (not answered by the image).
    const stillCurrent = (): boolean => !this.closed && partition.isLeader() && partition.leaderEpoch === leaderEpoch && partition.partitionEpoch === partitionEpoch && partition.pendingIsrIs(isr)
    const retry = (): void => {
      const timer = setTimeout(() => {
        this.retryTimers.delete(timer)
        if (stillCurrent()) this.sendProposal(partition, isr, leaderEpoch, partitionEpoch, attempt + 1)
        else this.inFlight.delete(partition)
      }, this.options.retryBackoffMs)
      this.retryTimers.add(timer)
    }
    this.options.send(this.requestOf(partition, isr, leaderEpoch, partitionEpoch)).then((response) => {
      const error = response.errorCode !== ErrorCode.NONE ? response.errorCode : (response.topics[0]?.partitions[0]?.errorCode ?? ErrorCode.UNKNOWN_SERVER_ERROR)
      if (error === ErrorCode.NONE || !stillCurrent()) {
        // Committed (the image, applied by Partition.update, ends the pending state), or already moot.
        this.inFlight.delete(partition)
        return
      }
      this.options.logger.info({ topic: partition.topic, partition: partition.partitionId, isr, errorCode: error }, 'the controller refused an ISR change')
      if (NOT_APPLIED.has(error)) {
        this.heldUntil.set(partition, this.clock() + this.options.retryBackoffMs)
        this.inFlight.delete(partition)
        partition.isrChangeEnded(isr)
      } else if (WAIT_FOR_IMAGE.has(error)) {
        // The controller has a newer partition state (maybe this very change, its answer lost): the
        // proposal stays pending until the image brings that state.
        this.inFlight.delete(partition)
      } else {
        retry()
      }
    }, (err: unknown) => {
      if (!stillCurrent()) { this.inFlight.delete(partition); return }
      if (attempt === 0) this.options.logger.warn({ err, topic: partition.topic, partition: partition.partitionId, isr }, 'an ISR change found no controller: sent again after each backoff until one answers')
      retry()
    })
  }

  inFlightCount (): number {
    return this.inFlight.size
  }

  close (): void {
    this.closed = true
    for (const timer of this.retryTimers) clearTimeout(timer)
    this.retryTimers.clear()
  }
}
