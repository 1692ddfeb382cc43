// Heartbeat (key 12): serves v0-v4 (spec 3.8.0: validVersions 0-4, flexible 4+).
// Keeps a member's session alive; REBALANCE_IN_PROGRESS tells it to rejoin; ILLEGAL_GENERATION,
// UNKNOWN_MEMBER_ID and (v3+, static members) FENCED_INSTANCE_ID as Kafka answers them.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { defaultHeartbeatResponse } from '../../protocol/generated/messages/heartbeat.ts'
import { defineHandler, brokerOf } from './registry.ts'

export const heartbeatHandler = defineHandler({
  apiKey: ApiKey.Heartbeat,
  minVersion: 0,
  maxVersion: 4,
  async handle (ctx, request) {
    const broker = brokerOf(ctx)
    const response = defaultHeartbeatResponse()
    response.errorCode = await broker.groups.heartbeat(request.groupId, { memberId: request.memberId, groupInstanceId: ctx.header.requestApiVersion >= 3 ? request.groupInstanceId : null, generationId: request.generationId }, Date.now())
    return response
  }
})
