// DeleteGroups (key 42): serves v0-v2 (spec 3.8.0: validVersions 0-2, flexible 2+).
// Deletes groups without members and their committed offsets (written to the @metadata log first).
// A group with members gets NON_EMPTY_GROUP; an unknown group GROUP_ID_NOT_FOUND; a failed write
// NOT_COORDINATOR (COORDINATOR_NOT_AVAILABLE when the log is only overloaded), and the group stays.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { defaultDeleteGroupsResponse } from '../../protocol/generated/messages/delete-groups.ts'
import { defineHandler, brokerOf } from './registry.ts'

export const deleteGroupsHandler = defineHandler({
  apiKey: ApiKey.DeleteGroups,
  minVersion: 0,
  maxVersion: 2,
  async handle (ctx, request) {
    const broker = brokerOf(ctx)
    const response = defaultDeleteGroupsResponse()
    for (const groupId of request.groupsNames) {
      response.results.push({ groupId, errorCode: await broker.groups.deleteGroup(groupId) })
    }
    return response
  }
})
