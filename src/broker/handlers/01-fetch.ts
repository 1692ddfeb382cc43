// Fetch (key 1): serves v4-v16 (spec 3.8.0: validVersions 0-16, flexible 12+).
// v0-v3 are not advertised: they need down-conversion to the old message formats, which Rivulet
// does not do. Whole batches are read from the log as stored (never re-encoded) up to the high
// watermark, starting with the batch that contains the fetch offset; partition_max_bytes and the
// response max_bytes bound the answer, except that the first non-empty partition always carries at
// least one whole batch (KIP-74). When less than min_bytes is ready the request waits, up to
// max_wait_ms, for an append to one of its partitions (long polling). read_committed returns no
// aborted transactions (there are none: transactional batches are not accepted yet) and the last
// stable offset equals the high watermark. v9+: current_leader_epoch is checked (FENCED_LEADER_EPOCH,
// UNKNOWN_LEADER_EPOCH); v13+: topics by id (UNKNOWN_TOPIC_ID); an empty partition result carries an
// empty, not null, record set.
// Not implemented yet: incremental fetch sessions (KIP-227): a request to create a session is answered
// with session id 0, which tells the client the broker declined and keeps it on full fetch requests;
// a request naming a session gets FETCH_SESSION_ID_NOT_FOUND. Follower fetches (replica_id >= 0) get
// NOT_LEADER_OR_FOLLOWER: there is no replication yet. Preferred read replicas (KIP-392) are not used.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultFetchResponse, type FetchRequest, type FetchResponsePartitionData, type FetchResponse } from '../../protocol/generated/messages/fetch.ts'
import { defineHandler, brokerOf } from './registry.ts'
import type { Broker } from '../broker.ts'

const EMPTY = Buffer.alloc(0)

function partitionData (partitionIndex: number, errorCode: number, highWatermark = -1, logStartOffset = -1, records: Buffer = EMPTY): FetchResponsePartitionData {
  return {
    partitionIndex, errorCode, highWatermark: BigInt(highWatermark), lastStableOffset: BigInt(highWatermark), logStartOffset: BigInt(logStartOffset),
    divergingEpoch: { epoch: -1, endOffset: -1n }, currentLeader: { leaderId: -1, leaderEpoch: -1 }, snapshotId: { endOffset: -1n, epoch: -1 },
    abortedTransactions: [], preferredReadReplica: -1, records
  }
}

/** One pass over every requested partition; returns the response and the bytes it carries. */
function readAll (broker: Broker, request: FetchRequest, version: number): { response: FetchResponse, bytes: number, partitions: Array<readonly [string, number]> } {
  const image = broker.image()
  const response = defaultFetchResponse()
  let bytes = 0
  const partitions: Array<readonly [string, number]> = []
  for (const t of request.topics) {
    const topic = version >= 13 ? image.topicsById.get(t.topicId) : image.topic(t.topic)
    const unknownCode = version >= 13 ? ErrorCode.UNKNOWN_TOPIC_ID : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
    const results: FetchResponsePartitionData[] = []
    for (const p of t.partitions) {
      const meta = topic?.partitions.get(p.partition)
      const log = topic === undefined ? undefined : broker.partitionLog(topic.name, p.partition)
      if (topic === undefined || meta === undefined || log === undefined) { results.push(partitionData(p.partition, unknownCode)); continue }
      if (request.replicaId >= 0 || meta.leader !== broker.nodeId) { results.push(partitionData(p.partition, ErrorCode.NOT_LEADER_OR_FOLLOWER)); continue }
      if (version >= 9 && p.currentLeaderEpoch >= 0 && p.currentLeaderEpoch !== meta.leaderEpoch) {
        results.push(partitionData(p.partition, p.currentLeaderEpoch < meta.leaderEpoch ? ErrorCode.FENCED_LEADER_EPOCH : ErrorCode.UNKNOWN_LEADER_EPOCH))
        continue
      }
      const highWatermark = log.logEndOffset()
      const remaining = request.maxBytes - bytes
      const fetchOffset = Number(p.fetchOffset)
      if (remaining <= 0 && bytes > 0) { results.push(partitionData(p.partition, 0, highWatermark, log.logStartOffset())); continue }
      const read = log.read(fetchOffset, Math.min(p.partitionMaxBytes, Math.max(remaining, 0)), highWatermark, bytes === 0)
      partitions.push([topic.name, p.partition])
      bytes += read.records.length
      results.push(partitionData(p.partition, read.errorCode, highWatermark, log.logStartOffset(), read.records))
    }
    response.responses.push({ topic: version >= 13 ? '' : t.topic, topicId: topic?.id ?? t.topicId, partitions: results })
  }
  return { response, bytes, partitions }
}

export const fetchHandler = defineHandler({
  apiKey: ApiKey.Fetch,
  minVersion: 4,
  maxVersion: 16,
  async handle (ctx, request) {
    const broker = brokerOf(ctx)
    const version = ctx.header.requestApiVersion
    if (version >= 7 && request.sessionId !== 0) {
      const response = defaultFetchResponse()
      response.errorCode = ErrorCode.FETCH_SESSION_ID_NOT_FOUND
      return response
    }
    const deadline = Date.now() + request.maxWaitMs
    let pass = readAll(broker, request, version)
    // Long polling: wait for appends until min_bytes is ready or max_wait_ms has passed.
    while (pass.bytes < request.minBytes && Date.now() < deadline) {
      const woken = await broker.waiters.wait(pass.partitions, deadline - Date.now())
      if (!woken) break
      pass = readAll(broker, request, version)
    }
    return pass.response
  }
})
