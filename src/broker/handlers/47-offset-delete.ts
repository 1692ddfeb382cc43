// OffsetDelete (key 47): serves v0 (spec 3.8.0: validVersions 0-0).
// Removes committed offsets of a group for the given partitions, written to the @metadata log first
// (a failed write answers NOT_COORDINATOR or COORDINATOR_NOT_AVAILABLE and removes nothing).
// A partition of a topic that the group's members subscribe to gets GROUP_SUBSCRIBED_TO_TOPIC (read
// from the members' consumer-protocol subscriptions); an unknown group GROUP_ID_NOT_FOUND.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultOffsetDeleteResponse } from '../../protocol/generated/messages/offset-delete.ts'
import { subscribedTopics } from '../../controller/group/consumer-protocol.ts'
import { defineHandler, brokerOf } from './registry.ts'
import type { Broker } from '../broker.ts'

/** Topics the group's members subscribe to (consumer protocol only). */
function subscribed (broker: Broker, groupId: string): Set<string> {
  const topics = new Set<string>()
  const group = broker.groups.groups.get(groupId)
  if (group === undefined || group.protocolType !== 'consumer') return topics
  for (const m of group.members.values()) {
    for (const p of m.protocols) for (const t of subscribedTopics(p.metadata)) topics.add(t)
  }
  return topics
}

export const offsetDeleteHandler = defineHandler({
  apiKey: ApiKey.OffsetDelete,
  minVersion: 0,
  maxVersion: 0,
  async handle (ctx, request) {
    const broker = brokerOf(ctx)
    const response = defaultOffsetDeleteResponse()
    response.errorCode = broker.groups.coordinatorError()
    if (response.errorCode !== ErrorCode.NONE) return response
    if (!broker.groups.knows(request.groupId)) {
      response.errorCode = ErrorCode.GROUP_ID_NOT_FOUND
      return response
    }
    const subscribedTo = subscribed(broker, request.groupId)
    const deletable: Array<{ topic: string, partition: number }> = []
    response.topics = request.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => {
        if (subscribedTo.has(t.name)) return { partitionIndex: p.partitionIndex, errorCode: ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC }
        deletable.push({ topic: t.name, partition: p.partitionIndex })
        return { partitionIndex: p.partitionIndex, errorCode: ErrorCode.NONE }
      })
    }))
    const errorCode = await broker.groups.deleteOffsets(request.groupId, deletable)
    if (errorCode !== ErrorCode.NONE) {
      // Nothing was removed: the whole request carries the write's error, as Kafka answers it.
      response.errorCode = errorCode
      response.topics = []
    }
    return response
  }
})
