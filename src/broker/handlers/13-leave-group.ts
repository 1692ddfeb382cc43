// LeaveGroup (key 13): serves v0-v5 (spec 3.8.0: validVersions 0-5, flexible 4+).
// v0-v2 one member by id; v3+ a batch of members by id or group.instance.id (KIP-345), each with
// its own error; the remaining members rebalance. The last member's leave empties the group, which is
// stored in the @metadata log first (a failed write: NOT_COORDINATOR, and the member stays).
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultLeaveGroupResponse } from '../../protocol/generated/messages/leave-group.ts'
import { defineHandler, brokerOf } from './registry.ts'

export const leaveGroupHandler = defineHandler({
  apiKey: ApiKey.LeaveGroup,
  minVersion: 0,
  maxVersion: 5,
  async handle (ctx, request) {
    const broker = brokerOf(ctx)
    const now = Date.now()
    const response = defaultLeaveGroupResponse()
    if (ctx.header.requestApiVersion < 3) {
      response.errorCode = await broker.groups.leave(request.groupId, request.memberId, null, now)
      return response
    }
    const coordinatorError = broker.groups.coordinatorError()
    if (coordinatorError !== ErrorCode.NONE) {
      response.errorCode = coordinatorError
      return response
    }
    for (const m of request.members) {
      response.members.push({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, errorCode: await broker.groups.leave(request.groupId, m.memberId, m.groupInstanceId, now) })
    }
    response.errorCode = ErrorCode.NONE
    return response
  }
})
