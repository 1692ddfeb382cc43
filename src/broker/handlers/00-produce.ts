// Produce (key 0): serves v0-v11 (spec 3.8.0: validVersions 0-11, flexible 9+). Advertised from v0
// as Kafka does (librdkafka decides from this entry whether it may compress); requests carrying the
// old v0/v1 message formats get UNSUPPORTED_FOR_MESSAGE_FORMAT from the log, which accepts only
// RecordBatch v2. acks 0 (no response) and 1 are answered after the leader's append, whatever the
// followers do. acks -1 (all): NOT_ENOUGH_REPLICAS before the append when the committed ISR is smaller
// than min.insync.replicas; else the append, then the partition waits in the produce purgatory
// (../purgatory/delayed-produce.ts) until the high watermark covers it (every member of the ISR has
// it; at once when the leader is alone in the ISR), and with rivulet.replication.fsync until the
// leader's log is fsynced: NONE, NOT_ENOUGH_REPLICAS_AFTER_APPEND (the ISR shrank below the minimum
// meanwhile), NOT_LEADER_OR_FOLLOWER (leadership lost), or REQUEST_TIMED_OUT at the request's
// timeout_ms. The response goes once every partition is done. Other acks values get
// INVALID_REQUIRED_ACKS. Batches are validated by their headers and CRC and appended as sent, with
// the broker's leader epoch; records are never decoded unless the topic's config needs it. Per-partition
// errors: UNKNOWN_TOPIC_OR_PARTITION, NOT_LEADER_OR_FOLLOWER (this node is not the leader, or the
// partition's replicas are elsewhere), CORRUPT_MESSAGE, MESSAGE_TOO_LARGE, INVALID_RECORD,
// KAFKA_STORAGE_ERROR (the write or the log's files failed: nothing of the batch is readable, and the
// next request tries again), and (record-validation.ts, only when the topic's config asks for it)
// INVALID_RECORD for a record without a key on a compacted topic and INVALID_TIMESTAMP outside
// message.timestamp.before/after.max.ms. The lookup and the leader check are the Partition's
// (../partitions.ts). v2+: log append time; v5+: log start offset; v8+: error message and record
// errors (a bad record fails its partition's records as a whole); v10+ (KIP-951): NOT_LEADER_OR_FOLLOWER
// and FENCED_LEADER_EPOCH carry the image's current leader and epoch, and the response the leaders'
// endpoints (NodeEndpoints), so producers move without a Metadata round trip.
// Idempotent producers: each partition checks producer epochs and sequence numbers; a retried batch
// is answered with its original offsets and not written again, a gap gets
// OUT_OF_ORDER_SEQUENCE_NUMBER, a stale epoch INVALID_PRODUCER_EPOCH, an unknown producer whose first
// sequence is not 0 UNKNOWN_PRODUCER_ID. The state survives restarts (snapshot plus log replay).
// Not implemented yet: transactional producers (a transactional batch gets INVALID_TXN_STATE).
// RIVULET_TEST_BUG=ack-before-replicate (src/util/test-bugs.ts) breaks acks=all on purpose, for the
// chaos checker's own tests: it is answered as acks=1.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultProduceResponse, type ProduceResponse, type ProduceResponsePartitionProduceResponse } from '../../protocol/generated/messages/produce.ts'
import * as header from '../../protocol/record-batch/batch-header.ts'
import { NO_RESPONSE } from '../../network/router.ts'
import { defineHandler, brokerOf } from './registry.ts'
import type { Broker } from '../broker.ts'
import { LEADER_EPOCH_UNCHECKED } from '../partition.ts'
import { checkRecords } from '../record-validation.ts'
import { isLeaderMovedError, nodeEndpoints } from '../cluster-view.ts'
import { ProducePurgatory, type ProduceWait } from '../purgatory/delayed-produce.ts'

function partitionResult (index: number, errorCode: number, errorMessage: string | null): ProduceResponsePartitionProduceResponse {
  return { index, errorCode, baseOffset: -1n, logAppendTimeMs: -1n, logStartOffset: -1n, recordErrors: [], errorMessage, currentLeader: { leaderId: -1, leaderEpoch: -1 } }
}

/** Refuses what this node cannot yet keep its promises for: transactional batches. */
function unsupportedProducerFeature (records: Buffer): ProduceResponsePartitionProduceResponse | null {
  let at = 0
  // Malformed framing stops the walk here; the log's validation answers it with CORRUPT_MESSAGE.
  while (at + header.BATCH_HEADER_BYTES <= records.length && header.magic(records, at) === 2) {
    if (header.isTransactional(records, at)) return partitionResult(0, ErrorCode.INVALID_TXN_STATE, 'transactions are not supported by this broker yet')
    const size = header.batchSizeBytes(records, at)
    if (size < header.BATCH_HEADER_BYTES) break
    at += size
  }
  return null
}

/** Kafka's messages for the partition errors a produce gets before the log is reached. */
function lookupErrorMessage (broker: Broker, topic: string, index: number, errorCode: number): string | null {
  if (errorCode === ErrorCode.KAFKA_STORAGE_ERROR) return broker.partitions.get(topic, index)?.offlineCause() ?? null
  if (errorCode === ErrorCode.NOT_LEADER_OR_FOLLOWER) return 'This server is not the leader for that topic-partition.'
  return 'This server does not host this topic-partition.'
}

/**
 * Appends one partition's records as the leader. `waits` is null for acks 0 and 1; for acks -1 the
 * appended partition's wait for replication (and fsync) is added to it.
 */
function appendPartition (broker: Broker, topic: string, index: number, records: Buffer | null, waits: ProduceWait[] | null): ProduceResponsePartitionProduceResponse {
  const partition = broker.partitions.lookup(topic, index, LEADER_EPOCH_UNCHECKED, true)
  if (typeof partition === 'number') {
    const result = partitionResult(index, partition, lookupErrorMessage(broker, topic, index, partition))
    // KIP-951: where the leader is, so the producer moves without a Metadata round trip (v10+ writes it).
    if (isLeaderMovedError(partition)) result.currentLeader = broker.partitions.currentLeader(topic, index)
    return result
  }
  if (records === null || records.length === 0) return partitionResult(index, ErrorCode.CORRUPT_MESSAGE, 'empty record set')
  const replication = waits === null ? null : broker.replicationSettings(topic)
  if (replication !== null && partition.isr.length < replication.minInsyncReplicas) {
    return partitionResult(index, ErrorCode.NOT_ENOUGH_REPLICAS, `The size of the current ISR ${partition.isr.length} is insufficient to satisfy the min.isr requirement of ${replication.minInsyncReplicas}`)
  }
  const refused = unsupportedProducerFeature(records)
  if (refused !== null) return { ...refused, index }
  const nowMs = Date.now()
  const rules = broker.recordRules(topic)
  if (rules.active) {
    const rejected = checkRecords(records, rules, nowMs, `${topic}-${index}`)
    if (rejected !== null) return { ...partitionResult(index, rejected.errorCode, rejected.errorMessage), recordErrors: [...rejected.recordErrors] }
  }
  const result = partition.log().append(records, { leaderEpoch: partition.leaderEpoch, nowMs })
  if (result.errorCode !== 0) return partitionResult(index, result.errorCode, 'message' in result ? result.message : null)
  // A high watermark that moves wakes the partition's parked fetches; otherwise the followers' are woken here.
  if (!partition.maybeIncrementHighWatermark()) broker.waiters.wake(topic, index)
  if (!(result as { duplicate: boolean }).duplicate) broker.messagesIn += (result as { recordCount: number }).recordCount
  const info = result as { baseOffset: number, lastOffset: number, logAppendTimeMs: number, logStartOffset: number }
  const response: ProduceResponsePartitionProduceResponse = { index, errorCode: 0, baseOffset: BigInt(info.baseOffset), logAppendTimeMs: BigInt(info.logAppendTimeMs), logStartOffset: BigInt(info.logStartOffset), recordErrors: [], errorMessage: null, currentLeader: { leaderId: -1, leaderEpoch: -1 } }
  if (replication !== null) {
    const wait = ProducePurgatory.entry(partition, info.lastOffset, replication.minInsyncReplicas, !replication.fsync, response)
    waits!.push(wait)
    if (replication.fsync) {
      partition.log().sync().then(() => broker.producePurgatory.synced(wait, ErrorCode.NONE), (err: unknown) => {
        broker.log.error({ err, topic, partition: index }, 'fsync for an acks=all produce failed')
        broker.producePurgatory.synced(wait, ErrorCode.KAFKA_STORAGE_ERROR)
      })
    }
  }
  return response
}

/** KIP-951's NodeEndpoints: the endpoints of the leaders named in CurrentLeader. */
function leaderEndpoints (broker: Broker, response: ProduceResponse, listenerName: string): ProduceResponse['nodeEndpoints'] {
  const leaders: number[] = []
  for (const t of response.responses) {
    for (const p of t.partitionResponses) if (p.currentLeader.leaderId >= 0) leaders.push(p.currentLeader.leaderId)
  }
  return leaders.length === 0 ? [] : nodeEndpoints(broker.image(), leaders, listenerName, broker.fallbackListenerName)
}

/** The response's KIP-951 endpoints (v10+), once every partition is answered. */
function finish (broker: Broker, response: ProduceResponse, version: number, listenerName: string): ProduceResponse {
  if (version >= 10) response.nodeEndpoints = leaderEndpoints(broker, response, listenerName)
  return response
}

export const produceHandler = defineHandler({
  apiKey: ApiKey.Produce,
  minVersion: 0,
  maxVersion: 11,
  handle (ctx, request) {
    const broker = brokerOf(ctx)
    const acks = request.acks
    const response = defaultProduceResponse()
    const acksValid = acks === 0 || acks === 1 || acks === -1
    // RIVULET_TEST_BUG=ack-before-replicate (broker.ackBeforeReplicate, tests of the chaos checker
    // only): acks=all is treated as acks=1, answered at the leader's append without waiting for the ISR.
    const waits: ProduceWait[] | null = acks === -1 && !broker.ackBeforeReplicate ? [] : null
    response.responses = request.topicData.map((t) => ({
      name: t.name,
      partitionResponses: t.partitionData.map((p) => acksValid
        ? appendPartition(broker, t.name, p.index, p.records, waits)
        : partitionResult(p.index, ErrorCode.INVALID_REQUIRED_ACKS, `acks must be 0, 1 or -1, not ${acks}`))
    }))
    if (acks === 0) return NO_RESPONSE
    const parked = waits === null || waits.length === 0 ? null : broker.producePurgatory.wait(waits, request.timeoutMs)
    if (parked === null) return finish(broker, response, ctx.header.requestApiVersion, ctx.listenerName)
    return parked.then(() => {
      // KIP-951: partitions whose leadership moved while they waited say where it went.
      for (const w of waits!) if (isLeaderMovedError(w.result.errorCode)) (w.result as ProduceResponsePartitionProduceResponse).currentLeader = broker.partitions.currentLeader(w.partition.topic, w.partition.partitionId)
      return finish(broker, response, ctx.header.requestApiVersion, ctx.listenerName)
    })
  }
})
