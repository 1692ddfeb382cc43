// One replica fetcher: the partitions this node follows from one leader broker, fetched with one
// Fetch request at a time over the replication client's connection to that leader (Kafka's
// ReplicaFetcherThread, one per source broker). The decisions are fetch-decisions.ts's; this file does
// the I/O around them:
// - The loop: build one request for every partition that is ready (not fenced, not delayed, log
//   online), send it (the leader long-polls it up to replica.fetch.wait.max.ms), handle each
//   partition's answer, fsync the logs appended to when their topic asks for it
//   (rivulet.replication.fsync: a follower's fetch offset is then durable), then the out-of-range
//   partitions (ListOffsets to the leader), then fetch again. With nothing ready it sleeps until the
//   first delay ends or the manager wakes it (a partition added, a log created): it never spins (an
//   answer that changes nothing, a truncation that moves nothing or an out-of-range fetch inside
//   the leader's log, waits replica.fetch.backoff.ms). A failed fsync is retried before the
//   partition is fetched again. A partition that got records moves to the end of the next request.
// - Appends keep the leader's bytes, offsets and epochs (PartitionLog.appendAsFollower, no record is
//   decoded), then the follower's high watermark is the leader's bounded by its own log end, and its
//   log start follows the leader's (KIP-107).
// - A partition whose state changed while its request was in flight (removed, moved to another
//   leader, its epoch bumped: the manager replaced its FollowedPartition) ignores the answer.
// - A failed request (connection lost, timeout) delays every partition it carried by
//   replica.fetch.backoff.ms; the client reconnects at the next request.
// Memory: one request in flight, its response at most replica.fetch.response.max.bytes (at least one
// batch, as KIP-74), released once appended.
import type { Logger } from 'pino'
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import type { FetchResponse, FetchResponsePartitionData } from '../../protocol/generated/messages/fetch.ts'
import type { KafkaClient } from '../../network/kafka-client.ts'
import * as header from '../../protocol/record-batch/batch-header.ts'
import type { PartitionLog } from '../../storage/log/partition-log.ts'
import type { Partition } from '../partition.ts'
import {
  EARLIEST_TIMESTAMP, LATEST_TIMESTAMP, REPLICA_FETCH_VERSION, REPLICA_LIST_OFFSETS_VERSION, followerLogStart, outOfRangeAction,
  partitionOutcome, replicaFetchRequest, truncationForDivergence, type Endpoint, type FetchPosition, type ReplicaFetchSettings
} from './fetch-decisions.ts'

/** What a fetcher needs of the node. */
export interface FetcherContext {
  readonly nodeId: number
  readonly settings: ReplicaFetchSettings
  readonly client: Pick<KafkaClient, 'send'>
  /** This broker's epoch in the image (ReplicaState.replicaEpoch); -1 when not registered. */
  readonly brokerEpoch: () => bigint
  /** Whether the topic's rivulet.replication.fsync asks followers to fsync before they fetch again. */
  readonly fsyncOf: (topic: string) => boolean
  readonly log: Logger
}

export function partitionKey (topicId: string, partition: number): string {
  return `${topicId}:${partition}`
}

/** A hosted partition followed from one leader in one leader epoch; a new epoch or leader gets a new one. */
export class FollowedPartition {
  readonly partition: Partition
  readonly key: string
  readonly leaderId: number
  readonly leaderEpoch: number
  /** FENCED_LEADER_EPOCH: not fetched until the image gives it a new epoch (a new FollowedPartition). */
  fenced = false
  /** Its log is not open yet (being created) or offline: retried when the manager says logs are ready, or after the backoff. */
  awaitingLog = false
  /** Date.now() before which it is not fetched (after an error). */
  delayUntilMs = 0
  /** rivulet.replication.fsync: its last fsync failed; synced again before it is fetched again. */
  syncPending = false
  /** The request it was last sent in, and the log end offset it was sent with. */
  requestId = 0
  sentOffset = -1
  /** The leader's high watermark minus this log's end, after the last answer (-1: none yet). */
  lag = -1

  constructor (partition: Partition, leaderId: number, leaderEpoch: number) {
    this.partition = partition
    this.key = partitionKey(partition.topicId, partition.partitionId)
    this.leaderId = leaderId
    this.leaderEpoch = leaderEpoch
  }
}

export class ReplicaFetcher {
  readonly leaderId: number
  /** The leader's endpoint on the inter-broker listener; the manager updates it when the image does. */
  endpoint: Endpoint
  private readonly ctx: FetcherContext
  private readonly followed = new Map<string, FollowedPartition>()
  private stopped = false
  private wakeUp: (() => void) | null = null
  private requests = 0
  /** The last request failed as a whole (logged once until one succeeds again). */
  private failing = false
  readonly done: Promise<void>

  constructor (leaderId: number, endpoint: Endpoint, ctx: FetcherContext) {
    this.leaderId = leaderId
    this.endpoint = endpoint
    this.ctx = ctx
    this.done = this.run()
  }

  add (fp: FollowedPartition): void {
    this.followed.set(fp.key, fp)
    this.wake()
  }

  remove (fp: FollowedPartition): void {
    if (this.followed.get(fp.key) === fp) this.followed.delete(fp.key)
  }

  partitionCount (): number {
    return this.followed.size
  }

  /** Partitions waiting for their log are tried again now. */
  logsReady (): void {
    let any = false
    for (const fp of this.followed.values()) {
      if (!fp.awaitingLog) continue
      fp.awaitingLog = false
      fp.delayUntilMs = 0
      any = true
    }
    if (any) this.wake()
  }

  /** Stops after the request in flight (closing the client ends that at once). */
  stop (): void {
    this.stopped = true
    this.wake()
  }

  private wake (): void {
    const wakeUp = this.wakeUp
    this.wakeUp = null
    wakeUp?.()
  }

  private async run (): Promise<void> {
    while (!this.stopped) {
      const nowMs = Date.now()
      const ready: FollowedPartition[] = []
      let nextMs = Number.POSITIVE_INFINITY
      for (const fp of this.followed.values()) {
        if (fp.fenced) continue
        if (fp.delayUntilMs > nowMs) {
          nextMs = Math.min(nextMs, fp.delayUntilMs)
          continue
        }
        if (!fp.partition.isOnline()) {
          fp.awaitingLog = true
          fp.delayUntilMs = nowMs + this.ctx.settings.backoffMs
          nextMs = Math.min(nextMs, fp.delayUntilMs)
          continue
        }
        ready.push(fp)
      }
      if (ready.length === 0) {
        await this.idle(nextMs === Number.POSITIVE_INFINITY ? null : Math.max(1, nextMs - nowMs))
        continue
      }
      try {
        await this.fetchOnce(ready)
      } catch (err) {
        // A bug or a storage failure outside the append (truncation): logged, the partitions wait.
        this.ctx.log.error({ err, leaderId: this.leaderId }, 'replica fetcher failed; its partitions retry after replica.fetch.backoff.ms')
        this.delay(ready)
      }
    }
  }

  /** Sleeps until `ms` passes (null: until woken) or the manager wakes it. */
  private async idle (ms: number | null): Promise<void> {
    await new Promise<void>((resolve) => {
      let timer: NodeJS.Timeout | null = null
      const done = (): void => {
        if (timer !== null) clearTimeout(timer)
        this.wakeUp = null
        resolve()
      }
      if (ms !== null) timer = setTimeout(done, ms)
      this.wakeUp = done
    })
  }

  private delay (partitions: readonly FollowedPartition[]): void {
    const until = Date.now() + this.ctx.settings.backoffMs
    for (const fp of partitions) fp.delayUntilMs = until
  }

  /** Whether `fp` is still followed here as it was when request `requestId` carried it. */
  private current (fp: FollowedPartition | undefined, requestId: number): fp is FollowedPartition {
    return fp !== undefined && !this.stopped && fp.requestId === requestId && this.followed.get(fp.key) === fp && fp.partition.isOnline() &&
      fp.partition.log().logEndOffset() === fp.sentOffset
  }

  private async fetchOnce (candidates: readonly FollowedPartition[]): Promise<void> {
    const ready = await this.resyncFailed(candidates)
    if (ready.length === 0) return
    const requestId = ++this.requests
    const positions: FetchPosition[] = []
    for (const fp of ready) {
      const log = fp.partition.log()
      fp.requestId = requestId
      fp.sentOffset = log.logEndOffset()
      positions.push({ topicId: fp.partition.topicId, partition: fp.partition.partitionId, currentLeaderEpoch: fp.leaderEpoch, fetchOffset: fp.sentOffset, lastFetchedEpoch: log.epochs.latestEpoch(), logStartOffset: log.logStartOffset() })
    }
    const request = replicaFetchRequest(this.ctx.nodeId, this.ctx.brokerEpoch(), this.ctx.settings, positions)
    let response: FetchResponse
    try {
      response = await this.ctx.client.send(this.endpoint, ApiKey.Fetch, REPLICA_FETCH_VERSION, request, this.ctx.settings.socketTimeoutMs)
    } catch (err) {
      if (this.stopped) return
      this.requestFailed(err as Error)
      this.delay(ready)
      return
    }
    if (response.errorCode !== ErrorCode.NONE) {
      this.requestFailed(new Error(`Fetch answered error code ${response.errorCode}`))
      this.delay(ready)
      return
    }
    if (this.failing) {
      this.failing = false
      this.ctx.log.info({ leaderId: this.leaderId, leader: `${this.endpoint.host}:${this.endpoint.port}` }, 'replica fetcher reaches its leader again')
    }
    const synced: Array<{ fp: FollowedPartition, log: PartitionLog }> = []
    const outOfRange: FollowedPartition[] = []
    for (const topic of response.responses) {
      for (const p of topic.partitions) {
        const fp = this.followed.get(partitionKey(topic.topicId, p.partitionIndex))
        if (!this.current(fp, requestId)) continue
        const outcome = partitionOutcome(p.errorCode, p.divergingEpoch)
        switch (outcome.kind) {
          case 'append':
            if (this.append(fp, p)) {
              // Fairness (Kafka's PartitionStates.updateAndMoveToEnd): a partition that got records goes
              // to the end of the next request, so the ones left without bytes by the response's
              // replica.fetch.response.max.bytes come first next time instead of starving.
              this.followed.delete(fp.key)
              this.followed.set(fp.key, fp)
              if (this.ctx.fsyncOf(fp.partition.topic)) synced.push({ fp, log: fp.partition.log() })
            }
            break
          case 'diverged':
            this.truncateOnDivergence(fp, outcome.divergingEpoch.epoch, Number(outcome.divergingEpoch.endOffset))
            break
          case 'outOfRange':
            outOfRange.push(fp)
            break
          case 'fenced':
            fp.fenced = true
            this.ctx.log.info({ topic: fp.partition.topic, partition: fp.partition.partitionId, leaderId: this.leaderId, leaderEpoch: fp.leaderEpoch }, 'follower fenced by its leader (FENCED_LEADER_EPOCH): waiting for a newer leader epoch in the metadata')
            break
          case 'backoff':
            fp.delayUntilMs = Date.now() + this.ctx.settings.backoffMs
            this.ctx.log.debug({ topic: fp.partition.topic, partition: fp.partition.partitionId, leaderId: this.leaderId, errorCode: p.errorCode }, 'replica fetch error; retrying after replica.fetch.backoff.ms')
            break
        }
      }
    }
    // rivulet.replication.fsync: the next fetch offset the leader sees is durable here (group commit:
    // the partitions of one response share their fsyncs).
    if (synced.length > 0) {
      await Promise.all(synced.map(async ({ fp, log }) => {
        try {
          await log.sync()
        } catch (err) {
          this.ctx.log.error({ err, topic: fp.partition.topic, partition: fp.partition.partitionId }, 'follower fsync failed; retrying after replica.fetch.backoff.ms')
          fp.syncPending = true
          fp.delayUntilMs = Date.now() + this.ctx.settings.backoffMs
        }
      }))
    }
    for (const fp of outOfRange) await this.handleOutOfRange(fp)
  }

  /**
   * rivulet.replication.fsync: a partition whose last fsync failed is synced again before it is
   * fetched (its fetch offset, the log end, is then durable); one that fails again waits another
   * replica.fetch.backoff.ms. Returns the partitions that may be fetched.
   */
  private async resyncFailed (candidates: readonly FollowedPartition[]): Promise<FollowedPartition[]> {
    const pending = candidates.filter((fp) => fp.syncPending)
    if (pending.length === 0) return [...candidates]
    await Promise.all(pending.map(async (fp) => {
      try {
        await fp.partition.log().sync()
        fp.syncPending = false
      } catch (err) {
        this.ctx.log.error({ err, topic: fp.partition.topic, partition: fp.partition.partitionId }, 'follower fsync failed again; retrying after replica.fetch.backoff.ms')
        fp.delayUntilMs = Date.now() + this.ctx.settings.backoffMs
      }
    }))
    return candidates.filter((fp) => !fp.syncPending && !this.stopped)
  }

  private requestFailed (err: Error): void {
    const fields = { leaderId: this.leaderId, leader: `${this.endpoint.host}:${this.endpoint.port}`, err: err.message, backoffMs: this.ctx.settings.backoffMs }
    if (this.failing) {
      this.ctx.log.debug(fields, 'replica fetch failed again')
      return
    }
    this.failing = true
    this.ctx.log.warn(fields, 'replica fetch failed; retrying after replica.fetch.backoff.ms')
  }

  /** Appends the leader's batches as they came, then takes its high watermark and log start. True when something was appended. */
  private append (fp: FollowedPartition, p: FetchResponsePartitionData): boolean {
    const log = fp.partition.log()
    const records = p.records
    let appended = false
    if (records !== null && records.length > 0) {
      let info = log.appendAsFollower(records, Date.now())
      if (info.errorCode === ErrorCode.OFFSET_OUT_OF_RANGE && this.restartsInsideFirstBatch(log, records)) {
        // The leader's log start fell inside a batch (DeleteRecords) and this log was restarted there:
        // the batch begins below it. As Kafka's Partition (KAFKA-6361): restart at the batch's base.
        log.truncateFullyAndStartAt(header.baseOffset(records, 0))
        info = log.appendAsFollower(records, Date.now())
      }
      if ('message' in info) {
        this.ctx.log.warn({ topic: fp.partition.topic, partition: fp.partition.partitionId, errorCode: info.errorCode, reason: info.message }, 'follower append failed; retrying after replica.fetch.backoff.ms')
        fp.delayUntilMs = Date.now() + this.ctx.settings.backoffMs
        return false
      }
      appended = info.recordCount > 0
    }
    const leaderHw = Number(p.highWatermark)
    if (leaderHw >= 0) fp.partition.updateFollowerHighWatermark(leaderHw)
    const start = followerLogStart(Number(p.logStartOffset), log.logStartOffset(), fp.partition.highWatermark())
    if (start !== null) log.deleteRecordsBefore(start)
    fp.lag = leaderHw < 0 ? -1 : Math.max(0, leaderHw - log.logEndOffset())
    return appended
  }

  /** An empty log whose end falls inside the first batch the leader sent. */
  private restartsInsideFirstBatch (log: PartitionLog, records: Buffer): boolean {
    if (log.logStartOffset() !== log.logEndOffset() || records.length < header.BATCH_HEADER_BYTES) return false
    const base = header.baseOffset(records, 0)
    return base < log.logEndOffset() && base + header.lastOffsetDelta(records, 0) >= log.logEndOffset()
  }

  private truncateOnDivergence (fp: FollowedPartition, epoch: number, endOffset: number): void {
    const log = fp.partition.log()
    const before = log.logEndOffset()
    const cut = truncationForDivergence({ epoch, endOffset }, { endOffsetFor: (e) => log.endOffsetForEpoch(e), logEndOffset: () => log.logEndOffset() })
    const fields = { topic: fp.partition.topic, partition: fp.partition.partitionId, leaderId: this.leaderId, leaderEpoch: fp.leaderEpoch, divergingEpoch: epoch, divergingEndOffset: endOffset, logEndOffset: before, truncateTo: cut.offset, complete: cut.complete }
    if (cut.offset < fp.partition.highWatermark()) this.ctx.log.warn(fields, 'follower truncating below its high watermark (the leader diverged from committed records: an unclean election?)')
    else this.ctx.log.info(fields, 'follower log diverged from its leader: truncating')
    const latestEpoch = log.epochs.latestEpoch()
    log.truncateTo(cut.offset)
    if (log.logEndOffset() === before && log.epochs.latestEpoch() === latestEpoch) {
      // Nothing moved: the next fetch would be the same and get the same answer. Not a spin.
      this.ctx.log.warn(fields, 'follower truncation on a diverging epoch changed nothing; retrying after replica.fetch.backoff.ms')
      fp.delayUntilMs = Date.now() + this.ctx.settings.backoffMs
    }
  }

  /** OFFSET_OUT_OF_RANGE: asks the leader's log end and start, then truncates or restarts the log. */
  private async handleOutOfRange (fp: FollowedPartition): Promise<void> {
    const requestId = fp.requestId
    const end = await this.leaderOffset(fp, LATEST_TIMESTAMP)
    const start = end === null ? null : await this.leaderOffset(fp, EARLIEST_TIMESTAMP)
    if (!this.current(fp, requestId)) return
    if (end === null || start === null) {
      fp.delayUntilMs = Date.now() + this.ctx.settings.backoffMs
      return
    }
    const log = fp.partition.log()
    const action = outOfRangeAction(start, end, log.logEndOffset())
    const fields = { topic: fp.partition.topic, partition: fp.partition.partitionId, leaderId: this.leaderId, leaderLogStartOffset: start, leaderLogEndOffset: end, logEndOffset: log.logEndOffset() }
    if (action.kind === 'truncate') {
      this.ctx.log.warn(fields, 'follower log ends past its leader\'s (an unclean election?): truncating to the leader\'s log end')
      log.truncateTo(action.offset)
    } else if (action.kind === 'restartAt') {
      this.ctx.log.info(fields, 'follower log ends below its leader\'s log start: restarting it at the leader\'s log start')
      log.truncateFullyAndStartAt(action.offset)
    } else {
      // The leader's offsets say ours is in range, yet its fetch answered OFFSET_OUT_OF_RANGE (its log
      // moved in between, or it disagrees with itself): fetch again, but not at once, so a leader that
      // keeps answering so cannot make this follower spin.
      this.ctx.log.debug(fields, 'follower fetch offset out of range, yet inside the leader\'s log: retrying after replica.fetch.backoff.ms')
      fp.delayUntilMs = Date.now() + this.ctx.settings.backoffMs
    }
  }

  /** The leader's log end (LATEST, as a replica sees it) or start (EARLIEST); null on any error. */
  private async leaderOffset (fp: FollowedPartition, timestamp: bigint): Promise<number | null> {
    try {
      const response = await this.ctx.client.send(this.endpoint, ApiKey.ListOffsets, REPLICA_LIST_OFFSETS_VERSION, {
        replicaId: this.ctx.nodeId,
        isolationLevel: 0,
        topics: [{ name: fp.partition.topic, partitions: [{ partitionIndex: fp.partition.partitionId, currentLeaderEpoch: fp.leaderEpoch, timestamp, maxNumOffsets: 1 }] }]
      }, this.ctx.settings.socketTimeoutMs)
      const answer = response.topics[0]?.partitions[0]
      if (answer === undefined || answer.errorCode !== ErrorCode.NONE) {
        if (answer?.errorCode === ErrorCode.FENCED_LEADER_EPOCH) fp.fenced = true
        return null
      }
      return Number(answer.offset)
    } catch (err) {
      if (!this.stopped) this.requestFailed(err as Error)
      return null
    }
  }
}
