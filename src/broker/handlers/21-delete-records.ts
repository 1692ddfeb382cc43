// DeleteRecords (key 21): serves v0-v2 (spec 3.8.0: validVersions 0-2, flexible 2+).
// Moves each partition's log start offset to the given offset (-1: the high watermark), durably,
// deleting whole segments below it; answers the new low watermark. An offset above the high
// watermark gets OFFSET_OUT_OF_RANGE.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultDeleteRecordsResponse } from '../../protocol/generated/messages/delete-records.ts'
import { defineHandler, brokerOf } from './registry.ts'

export const deleteRecordsHandler = defineHandler({
  apiKey: ApiKey.DeleteRecords,
  minVersion: 0,
  maxVersion: 2,
  handle (ctx, request) {
    const broker = brokerOf(ctx)
    const response = defaultDeleteRecordsResponse()
    response.topics = request.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => {
        const log = broker.partitionLog(t.name, p.partitionIndex)
        if (log === undefined) return { partitionIndex: p.partitionIndex, lowWatermark: -1n, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION }
        const highWatermark = log.logEndOffset()
        const offset = p.offset === -1n ? highWatermark : Number(p.offset)
        if (offset < 0 || offset > highWatermark) return { partitionIndex: p.partitionIndex, lowWatermark: BigInt(log.logStartOffset()), errorCode: ErrorCode.OFFSET_OUT_OF_RANGE }
        const result = log.deleteRecordsBefore(offset)
        return { partitionIndex: p.partitionIndex, lowWatermark: BigInt(result.lowWatermark), errorCode: result.errorCode }
      })
    }))
    return response
  }
})
