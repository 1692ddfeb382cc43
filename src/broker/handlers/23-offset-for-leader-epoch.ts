// OffsetForLeaderEpoch (key 23): serves v0-v4 (spec 3.8.0: validVersions 0-4, flexible 4+).
// For each partition, the largest leader epoch <= the requested one and the offset where it ended
// (the start of the next epoch, or the log end offset), from the leader epoch cache (KIP-101/279).
// The leader epoch cache answers as Kafka's LeaderEpochFileCache: the latest epoch ends at the log end
// offset; an epoch above every known one (or -1) is { -1, -1 }; one below every entry ends where the
// first starts. A new leader records its epoch at its log end when it takes over, so its own epoch is
// known before it appends (apache/kafka#5678).
// v1+: the epoch found; v2+: current_leader_epoch is checked (FENCED_LEADER_EPOCH,
// UNKNOWN_LEADER_EPOCH); v3+: replica id: followers (>= 0) find where their log diverges after a
// leader change, consumers (-1) validate their position (KIP-320); both are answered alike. Only the
// leader answers, as in Kafka's ReplicaManager (NOT_LEADER_OR_FOLLOWER elsewhere); a partition whose log files fail gets
// KAFKA_STORAGE_ERROR. The lookup and the checks are the Partition's (../partitions.ts).
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultOffsetForLeaderEpochResponse, type OffsetForLeaderEpochRequestOffsetForLeaderPartition, type OffsetForLeaderEpochResponseEpochEndOffset } from '../../protocol/generated/messages/offset-for-leader-epoch.ts'
import { defineHandler, brokerOf } from './registry.ts'
import type { Broker } from '../broker.ts'
import { LEADER_EPOCH_UNCHECKED } from '../partition.ts'

function endOffset (broker: Broker, version: number, topic: string, p: OffsetForLeaderEpochRequestOffsetForLeaderPartition): OffsetForLeaderEpochResponseEpochEndOffset {
  const partition = broker.partitions.lookup(topic, p.partition, version >= 2 ? p.currentLeaderEpoch : LEADER_EPOCH_UNCHECKED, true)
  if (typeof partition === 'number') return { errorCode: partition, partition: p.partition, leaderEpoch: -1, endOffset: -1n }
  const found = partition.log().endOffsetForEpoch(p.leaderEpoch)
  return { errorCode: ErrorCode.NONE, partition: p.partition, leaderEpoch: found.epoch, endOffset: BigInt(found.endOffset) }
}

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
      partitions: t.partitions.map((p) => endOffset(broker, version, t.topic, p))
    }))
    return response
  }
})
