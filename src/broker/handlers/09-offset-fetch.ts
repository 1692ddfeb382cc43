// OffsetFetch (key 9): serves v0-v8 (spec 3.8.0: validVersions 0-9, flexible 6+; v9 belongs to the
// KIP-848 consumer protocol and is not advertised). Committed offsets from the image; a partition
// without one gets offset -1. v2+: null topics fetch every committed partition of the group; v5+:
// the committed leader epoch (-1 when unknown); v7+: require_stable (no transactions yet, so every
// offset is stable); v8+: several groups in one request. Metadata is never null (an empty string),
// because pinned clients need it so.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultOffsetFetchResponse, type OffsetFetchResponsePartitions } from '../../protocol/generated/messages/offset-fetch.ts'
import { offsetKey } from '../../controller/metadata/metadata-image.ts'
import { defineHandler, brokerOf } from './registry.ts'
import type { Broker } from '../broker.ts'

type TopicRequest = { name: string, partitionIndexes: number[] }

/** Every committed partition of a group, by topic (for a request with null topics). */
function committedTopics (committed: ReadonlyMap<string, unknown> | undefined): TopicRequest[] {
  const byTopic = new Map<string, number[]>()
  for (const key of committed?.keys() ?? []) {
    const split = key.lastIndexOf('\u0000')
    const topic = key.slice(0, split)
    const partitions = byTopic.get(topic) ?? []
    partitions.push(Number(key.slice(split + 1)))
    byTopic.set(topic, partitions)
  }
  return [...byTopic].map(([name, partitionIndexes]) => ({ name, partitionIndexes: partitionIndexes.sort((a, b) => a - b) }))
}

function fetchGroup (broker: Broker, groupId: string, topics: readonly TopicRequest[] | null): Array<{ name: string, partitions: OffsetFetchResponsePartitions[] }> {
  const committed = broker.image().groupOffsets.get(groupId)
  return (topics ?? committedTopics(committed)).map((t) => ({
    name: t.name,
    partitions: t.partitionIndexes.map((partitionIndex) => {
      const c = committed?.get(offsetKey(t.name, partitionIndex))
      return { partitionIndex, committedOffset: BigInt(c?.offset ?? -1), committedLeaderEpoch: c?.leaderEpoch ?? -1, metadata: c?.metadata ?? '', errorCode: ErrorCode.NONE }
    })
  }))
}

export const offsetFetchHandler = defineHandler({
  apiKey: ApiKey.OffsetFetch,
  minVersion: 0,
  maxVersion: 8,
  handle (ctx, request) {
    const broker = brokerOf(ctx)
    const response = defaultOffsetFetchResponse()
    const coordinatorError = broker.groups.coordinatorError()
    if (ctx.header.requestApiVersion >= 8) {
      response.groups = request.groups.map((g) => ({ groupId: g.groupId, topics: coordinatorError === ErrorCode.NONE ? fetchGroup(broker, g.groupId, g.topics) : [], errorCode: coordinatorError }))
      return response
    }
    if (coordinatorError !== ErrorCode.NONE) {
      // v0-v1 have no top-level error code: each asked partition carries it.
      response.errorCode = coordinatorError
      response.topics = (request.topics ?? []).map((t) => ({ name: t.name, partitions: t.partitionIndexes.map((partitionIndex) => ({ partitionIndex, committedOffset: -1n, committedLeaderEpoch: -1, metadata: '', errorCode: coordinatorError })) }))
      return response
    }
    response.topics = fetchGroup(broker, request.groupId, request.topics)
    return response
  }
})
