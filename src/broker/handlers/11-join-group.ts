// JoinGroup (key 11): serves v0-v9 (spec 3.8.0: validVersions 0-9, flexible 6+).
// The classic rebalance protocol through the group coordinator: v0 uses the session timeout as the
// rebalance timeout; v4+ asks a new member to rejoin with the member id it is given
// (MEMBER_ID_REQUIRED, KIP-394); v5+ static membership (group.instance.id, KIP-345: a restarted
// instance replaces its member without a rebalance; an old member id is FENCED_INSTANCE_ID);
// v7+ protocol type and name in the response; v8+ a reason (logged nowhere yet); v9 skip_assignment
// is always false (the leader assigns). Session timeouts outside group.min/max.session.timeout.ms get
// INVALID_SESSION_TIMEOUT; a full group GROUP_MAX_SIZE_REACHED.
// A generation is stored in the @metadata log with its assignments when the leader's SyncGroup
// completes it (as Kafka stores it); the join phase itself is held in memory, so a coordinator restart
// between JoinGroup and SyncGroup sends members back to rejoin. A join whose write fails (a static
// member replacing its old id) is answered NOT_COORDINATOR or COORDINATOR_NOT_AVAILABLE.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { defaultJoinGroupResponse } from '../../protocol/generated/messages/join-group.ts'
import { defineHandler, brokerOf } from './registry.ts'

export const joinGroupHandler = defineHandler({
  apiKey: ApiKey.JoinGroup,
  minVersion: 0,
  maxVersion: 9,
  async handle (ctx, request) {
    const broker = brokerOf(ctx)
    const version = ctx.header.requestApiVersion
    const result = await broker.groups.join(request.groupId, {
      memberId: request.memberId,
      groupInstanceId: version >= 5 ? request.groupInstanceId : null,
      clientId: ctx.header.clientId ?? '',
      clientHost: `/${ctx.remoteAddress.slice(0, ctx.remoteAddress.lastIndexOf(':'))}`,
      protocolType: request.protocolType,
      protocols: request.protocols,
      sessionTimeoutMs: request.sessionTimeoutMs,
      rebalanceTimeoutMs: version >= 1 ? request.rebalanceTimeoutMs : request.sessionTimeoutMs,
      requireKnownMemberId: version >= 4
    }, Date.now())
    const response = defaultJoinGroupResponse()
    response.errorCode = result.errorCode
    response.generationId = result.generationId
    response.protocolType = result.protocolType
    // protocol_name is nullable only from v7; older versions carry an empty string instead.
    response.protocolName = result.protocolName ?? (version >= 7 ? null : '')
    response.leader = result.leader
    response.memberId = result.memberId
    response.members = result.members.map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, metadata: m.metadata }))
    return response
  }
})
