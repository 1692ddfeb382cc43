// ListGroups (key 16): serves v0-v5 (spec 3.8.0: validVersions 0-5, flexible 3+).
// Every group this coordinator knows: groups with members, and groups that only hold committed
// offsets (Empty, as Kafka lists them). v4+ filters by state; v5+ by type (all groups are "classic").
// A node that does not coordinate groups (it does not lead the @metadata quorum) lists none, without
// error, as a Kafka broker that leads no __consumer_offsets partition does: admin clients ask every
// broker and merge the answers. A coordinator still loading answers COORDINATOR_LOAD_IN_PROGRESS.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { defaultListGroupsResponse } from '../../protocol/generated/messages/list-groups.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defineHandler, brokerOf } from './registry.ts'

export const listGroupsHandler = defineHandler({
  apiKey: ApiKey.ListGroups,
  minVersion: 0,
  maxVersion: 5,
  handle (ctx, request) {
    const broker = brokerOf(ctx)
    const version = ctx.header.requestApiVersion
    const listed = new Map<string, { protocolType: string, state: string }>()
    for (const groupId of broker.image().groupOffsets.keys()) listed.set(groupId, { protocolType: '', state: 'Empty' })
    for (const g of broker.groups.groups.values()) {
      if (g.state !== 'Dead') listed.set(g.groupId, { protocolType: g.protocolType ?? '', state: g.state })
    }
    const states = version >= 4 ? request.statesFilter.map((s) => s.toLowerCase()) : []
    const types = version >= 5 ? request.typesFilter.map((t) => t.toLowerCase()) : []
    const response = defaultListGroupsResponse()
    const coordinatorError = broker.groups.coordinatorError()
    if (coordinatorError === ErrorCode.NOT_COORDINATOR) return response
    response.errorCode = coordinatorError
    if (response.errorCode !== ErrorCode.NONE) return response
    response.groups = [...listed]
      .filter(([, g]) => states.length === 0 || states.includes(g.state.toLowerCase()))
      .filter(() => types.length === 0 || types.includes('classic'))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([groupId, g]) => ({ groupId, protocolType: g.protocolType, groupState: g.state, groupType: 'classic' }))
    return response
  }
})
