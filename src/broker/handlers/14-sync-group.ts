// SyncGroup (key 14): serves v0-v5 (spec 3.8.0: validVersions 0-5, flexible 4+).
// Members wait for the leader's assignments; every member gets a valid assignment, even an empty
// one. v3+ static members (FENCED_INSTANCE_ID); v5 protocol type and name are checked
// (INCONSISTENT_GROUP_PROTOCOL) and returned. ILLEGAL_GENERATION, UNKNOWN_MEMBER_ID and
// REBALANCE_IN_PROGRESS as Kafka answers them. The leader's assignments are stored in the @metadata
// log before anyone is answered; when that write fails, nothing changes and the waiting members and
// the leader get NOT_COORDINATOR (COORDINATOR_NOT_AVAILABLE when the log is only overloaded).
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { defaultSyncGroupResponse } from '../../protocol/generated/messages/sync-group.ts'
import { defineHandler, brokerOf } from './registry.ts'

export const syncGroupHandler = defineHandler({
  apiKey: ApiKey.SyncGroup,
  minVersion: 0,
  maxVersion: 5,
  async handle (ctx, request) {
    const broker = brokerOf(ctx)
    const version = ctx.header.requestApiVersion
    const result = await broker.groups.sync(request.groupId, {
      memberId: request.memberId,
      groupInstanceId: version >= 3 ? request.groupInstanceId : null,
      generationId: request.generationId,
      protocolType: version >= 5 ? request.protocolType : null,
      protocolName: version >= 5 ? request.protocolName : null,
      assignments: request.assignments
    }, Date.now())
    const response = defaultSyncGroupResponse()
    response.errorCode = result.errorCode
    response.protocolType = result.protocolType
    response.protocolName = result.protocolName
    response.assignment = result.assignment
    return response
  }
})
