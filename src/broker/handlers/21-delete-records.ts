// DeleteRecords (key 21): serves v0-v2 (spec 3.8.0: validVersions 0-2, flexible 2+).
// Moves each partition's log start offset to the given offset (-1: the high watermark), durably,
// deleting whole segments below it; answers the new low watermark. An offset above the high
// watermark gets OFFSET_OUT_OF_RANGE. Only the leader deletes, as in Kafka: the lookup and the leader
// check are the Partition's (UNKNOWN_TOPIC_OR_PARTITION, NOT_LEADER_OR_FOLLOWER, KAFKA_STORAGE_ERROR, which a
// failed write of the new log start answers too;
// the request carries no leader epoch).
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultDeleteRecordsResponse, type DeleteRecordsResponseDeleteRecordsPartitionResult } from '../../protocol/generated/messages/delete-records.ts'
import { defineHandler, brokerOf } from './registry.ts'
import type { Broker } from '../broker.ts'
import { LEADER_EPOCH_UNCHECKED } from '../partition.ts'

/** DeleteRecords' offset -1: up to the high watermark. */
const HIGH_WATERMARK_OFFSET = -1n

function deletePartition (broker: Broker, topic: string, partitionIndex: number, requested: bigint): DeleteRecordsResponseDeleteRecordsPartitionResult {
  const partition = broker.partitions.lookup(topic, partitionIndex, LEADER_EPOCH_UNCHECKED, true)
  if (typeof partition === 'number') return { partitionIndex, lowWatermark: -1n, errorCode: partition }
  const highWatermark = partition.highWatermark()
  const offset = requested === HIGH_WATERMARK_OFFSET ? highWatermark : Number(requested)
  if (offset < 0 || offset > highWatermark) return { partitionIndex, lowWatermark: BigInt(partition.logStartOffset()), errorCode: ErrorCode.OFFSET_OUT_OF_RANGE }
  const result = partition.log().deleteRecordsBefore(offset)
  return { partitionIndex, lowWatermark: BigInt(result.lowWatermark), errorCode: result.errorCode }
}

export const deleteRecordsHandler = defineHandler({
  apiKey: ApiKey.DeleteRecords,
  minVersion: 0,
  maxVersion: 2,
  handle (ctx, request) {
    const broker = brokerOf(ctx)
    const response = defaultDeleteRecordsResponse()
    response.topics = request.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => deletePartition(broker, t.name, p.partitionIndex, p.offset))
    }))
    return response
  }
})
