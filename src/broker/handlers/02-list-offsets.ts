// ListOffsets (key 2): serves v0-v8 (spec 3.8.0: validVersions 0-8, flexible 6+).
// Timestamps: -1 latest (for consumers, replica_id -1, the high watermark; with read_committed, v2+,
// the last stable offset, which is the same while no transactions exist; for any other replica id the
// log end offset, as Kafka's fetchOffsetForTimestamp without isolation), -2 earliest (the log start
// offset), -3 the batch with the largest timestamp (v7+, KIP-734), -4 earliest local (v8+, KIP-405: the
// log start offset, all data being local), otherwise the first record whose timestamp is at or after it
// (v1+), or -1 when there is none. For consumers -3 and timestamp lookups find only offsets below that
// same bound (records not yet committed are not visible), and a new leader whose high watermark is below
// the start of its leader epoch answers latest, and lookups that find nothing, with
// OFFSET_NOT_AVAILABLE (KIP-207), as Kafka. v0 answers in old_style_offsets (one offset). v4+: the leader epoch of the offset; the request's
// current_leader_epoch is checked (FENCED_LEADER_EPOCH, UNKNOWN_LEADER_EPOCH). A partition whose log
// files fail (or could not be opened) gets KAFKA_STORAGE_ERROR; one this node does not lead
// NOT_LEADER_OR_FOLLOWER, unless replica_id is -2 (debugging), as in Kafka. The lookup, the checks and
// the high watermark are the Partition's (../partitions.ts).
// Not implemented: a v0 max_num_offsets above 1 still returns one offset (Kafka returns segment base
// offsets; no current client asks for more than one).
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultListOffsetsResponse, type ListOffsetsRequest, type ListOffsetsRequestListOffsetsPartition, type ListOffsetsResponseListOffsetsPartitionResponse } from '../../protocol/generated/messages/list-offsets.ts'
import { defineHandler, brokerOf } from './registry.ts'
import type { Broker } from '../broker.ts'
import { LEADER_EPOCH_UNCHECKED } from '../partition.ts'
import { KafkaStorageError } from '../../storage/log/storage-error.ts'

const LATEST = -1n
const EARLIEST = -2n
const MAX_TIMESTAMP = -3n
const EARLIEST_LOCAL = -4n
/** replica_id -1: a consumer (Kafka's ListOffsetsRequest.CONSUMER_REPLICA_ID), the only one isolation applies to. */
const CONSUMER_REPLICA_ID = -1
/** replica_id -2: a debugging client, served by any replica (Kafka's ListOffsetsRequest.DEBUGGING_REPLICA_ID). */
const DEBUGGING_REPLICA_ID = -2
const READ_COMMITTED = 1

function result (partitionIndex: number, errorCode: number, offset = -1, timestamp = -1, leaderEpoch = -1): ListOffsetsResponseListOffsetsPartitionResponse {
  return { partitionIndex, errorCode, oldStyleOffsets: [], timestamp: BigInt(timestamp), offset: BigInt(offset), leaderEpoch }
}

/** v0 carries the offset in old_style_offsets only. */
function inVersion (r: ListOffsetsResponseListOffsetsPartitionResponse, version: number): ListOffsetsResponseListOffsetsPartitionResponse {
  if (version > 0) return r
  return { ...r, oldStyleOffsets: r.offset >= 0n ? [r.offset] : [], offset: -1n, timestamp: -1n }
}

function answer (broker: Broker, version: number, request: ListOffsetsRequest, topic: string, p: ListOffsetsRequestListOffsetsPartition): ListOffsetsResponseListOffsetsPartitionResponse {
  // As Kafka: only the debugging replica id may read a follower; the epoch is checked from v4.
  const partition = broker.partitions.lookup(topic, p.partitionIndex, version >= 4 ? p.currentLeaderEpoch : LEADER_EPOCH_UNCHECKED, request.replicaId !== DEBUGGING_REPLICA_ID)
  if (typeof partition === 'number') return result(p.partitionIndex, partition)
  const epoch = partition.leaderEpoch
  // As Kafka's fetchOffsetForTimestamp: a consumer (replica_id -1) reads up to the high watermark
  // (read_committed: the last stable offset); any other replica id up to the log end.
  const client = request.replicaId === CONSUMER_REPLICA_ID
  const lastFetchableOffset = !client ? partition.logEndOffset() : request.isolationLevel === READ_COMMITTED ? partition.lastStableOffset() : partition.highWatermark()
  // KIP-207: a new leader whose high watermark has not reached the start of its leader epoch does not
  // yet know what is committed: consumers asking for the latest offset (or a timestamp lookup that finds
  // nothing below the high watermark) get OFFSET_NOT_AVAILABLE, to retry.
  const hwLagging = client && partition.leaderEpochStartOffset > partition.highWatermark()
  if (p.timestamp === LATEST) {
    if (hwLagging) return result(p.partitionIndex, ErrorCode.OFFSET_NOT_AVAILABLE)
    return result(p.partitionIndex, 0, lastFetchableOffset, -1, epoch)
  }
  if (p.timestamp === EARLIEST || (p.timestamp === EARLIEST_LOCAL && version >= 8)) return result(p.partitionIndex, 0, partition.logStartOffset(), -1, epoch)
  if (p.timestamp < 0n && !(p.timestamp === MAX_TIMESTAMP && version >= 7)) return result(p.partitionIndex, ErrorCode.UNSUPPORTED_VERSION)
  const log = partition.log()
  let found: { offset: number, timestamp: number } | null
  try {
    // Both read segment files (the partition log logs its own storage failures).
    found = p.timestamp === MAX_TIMESTAMP ? log.maxTimestampOffset() : log.offsetForTimestamp(Number(p.timestamp))
  } catch (err) {
    if (err instanceof KafkaStorageError) return result(p.partitionIndex, ErrorCode.KAFKA_STORAGE_ERROR)
    throw err
  }
  // Records at or past the last fetchable offset are not visible to a consumer (not yet committed).
  if (found !== null && client && found.offset >= lastFetchableOffset) found = null
  if (found === null) return hwLagging ? result(p.partitionIndex, ErrorCode.OFFSET_NOT_AVAILABLE) : result(p.partitionIndex, 0)
  return result(p.partitionIndex, 0, found.offset, found.timestamp, epoch)
}

export const listOffsetsHandler = defineHandler({
  apiKey: ApiKey.ListOffsets,
  minVersion: 0,
  maxVersion: 8,
  handle (ctx, request) {
    const broker = brokerOf(ctx)
    const version = ctx.header.requestApiVersion
    const response = defaultListOffsetsResponse()
    response.topics = request.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => inVersion(answer(broker, version, request, t.name, p), version))
    }))
    return response
  }
})
