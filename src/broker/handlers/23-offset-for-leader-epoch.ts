// OffsetForLeaderEpoch (key 23): serves v0-v4 (spec 3.8.0: validVersions 0-4, flexible 4+).
// For each partition, the largest leader epoch <= the requested one and the offset where it ended
// (the start of the next epoch, or the log end offset), from the leader epoch cache (KIP-101/279).
// v1+: the epoch found; v2+: current_leader_epoch is checked (FENCED_LEADER_EPOCH,
// UNKNOWN_LEADER_EPOCH); v3+: replica id (consumers send -1; there are no followers yet).
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultOffsetForLeaderEpochResponse } from '../../protocol/generated/messages/offset-for-leader-epoch.ts'
import { defineHandler, brokerOf } from './registry.ts'
import { leaderEpochError } from '../leader-epoch-check.ts'

export const offsetForLeaderEpochHandler = defineHandler({
  apiKey: ApiKey.OffsetForLeaderEpoch,
  minVersion: 0,
  maxVersion: 4,
  handle (ctx, request) {
    const broker = brokerOf(ctx)
    const version = ctx.header.requestApiVersion
    const response = defaultOffsetForLeaderEpochResponse()
    response.topics = request.topics.map((t) => ({
      topic: t.topic,
      partitions: t.partitions.map((p) => {
        const meta = broker.image().topic(t.topic)?.partitions.get(p.partition)
        const log = broker.partitionLog(t.topic, p.partition)
        if (meta === undefined || log === undefined) return { errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, partition: p.partition, leaderEpoch: -1, endOffset: -1n }
        const epochError = version >= 2 ? leaderEpochError(p.currentLeaderEpoch, meta.leaderEpoch) : ErrorCode.NONE
        if (epochError !== ErrorCode.NONE) return { errorCode: epochError, partition: p.partition, leaderEpoch: -1, endOffset: -1n }
        const found = log.endOffsetForEpoch(p.leaderEpoch)
        return { errorCode: ErrorCode.NONE, partition: p.partition, leaderEpoch: found.epoch, endOffset: BigInt(found.endOffset) }
      })
    }))
    return response
  }
})
