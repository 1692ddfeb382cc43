// DescribeGroups (key 15): serves v0-v5 (spec 3.8.0: validVersions 0-5, flexible 5+).
// State, protocol type and chosen protocol, and each member with its client id and host, its
// metadata for the chosen protocol and its assignment. A group known only by its committed offsets
// is Empty; an unknown group is Dead, as Kafka answers. v4+ group.instance.id.
// Not implemented: authorized operations (no ACLs yet): reported as not requested.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultDescribeGroupsResponse } from '../../protocol/generated/messages/describe-groups.ts'
import { defineHandler, brokerOf } from './registry.ts'

export const describeGroupsHandler = defineHandler({
  apiKey: ApiKey.DescribeGroups,
  minVersion: 0,
  maxVersion: 5,
  handle (ctx, request) {
    const broker = brokerOf(ctx)
    const response = defaultDescribeGroupsResponse()
    const coordinatorError = broker.groups.coordinatorError()
    response.groups = request.groups.map((groupId) => {
      const g = broker.groups.groups.get(groupId)
      const base = { errorCode: coordinatorError, groupId, protocolType: '', protocolData: '', members: [], authorizedOperations: -2147483648 }
      if (coordinatorError !== ErrorCode.NONE) return { ...base, groupState: '' }
      if (g === undefined || g.state === 'Dead') return { ...base, groupState: broker.image().groupOffsets.has(groupId) ? 'Empty' : 'Dead' }
      const stable = g.state === 'Stable'
      return {
        ...base,
        groupState: g.state,
        protocolType: g.protocolType ?? '',
        protocolData: stable ? g.protocolName ?? '' : '',
        members: [...g.members.values()].map((m) => ({
          memberId: m.memberId, groupInstanceId: m.groupInstanceId, clientId: m.clientId, clientHost: m.clientHost,
          memberMetadata: stable ? m.protocols.find((p) => p.name === g.protocolName)?.metadata ?? Buffer.alloc(0) : Buffer.alloc(0),
          memberAssignment: stable ? m.assignment : Buffer.alloc(0)
        }))
      }
    })
    return response
  }
})
