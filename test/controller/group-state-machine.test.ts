// The classic group membership state machine, driven step by step with a fake clock: Kafka's
// transitions and error codes for joins, syncs, heartbeats, leaves, static members and expiries.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Group, GroupStateMachine, GroupError, type Delivery, type JoinRequest } from '../../src/controller/group/group-state-machine.ts'

const config = { minSessionTimeoutMs: 6000, maxSessionTimeoutMs: 1_800_000, maxSize: 3 }
function machine (): GroupStateMachine {
  let n = 0
  return new GroupStateMachine(config, (clientId) => `${clientId}-${++n}`)
}
const meta = (s: string): Buffer => Buffer.from(s)
function joinReq (memberId: string, options: Partial<JoinRequest> = {}): JoinRequest {
  return { memberId, groupInstanceId: null, clientId: 'c', protocolType: 'consumer', protocols: [{ name: 'range', metadata: meta('r') }], sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 30_000, requireKnownMemberId: true, ...options }
}
function joins (deliveries: Delivery[]): Map<string, number> {
  return new Map(deliveries.filter((d) => d.kind === 'join').map((d) => [d.memberId, d.kind === 'join' ? d.result.generationId : -1]))
}

/** A member through the KIP-394 two-step; returns its id and the deliveries of its second join. */
function joinNew (m: GroupStateMachine, g: Group, now: number, options: Partial<JoinRequest> = {}): { id: string, deliveries: Delivery[] } {
  const first = m.join(g, joinReq('', options), now)
  assert.equal(first.immediate!.errorCode, GroupError.MEMBER_ID_REQUIRED)
  const id = first.immediate!.memberId
  const second = m.join(g, joinReq(id, options), now)
  assert.equal(second.immediate, null, 'the join waits for the rebalance')
  return { id, deliveries: second.deliveries }
}

test('MEMBER_ID_REQUIRED two-step, then a lone member completes generation 1 as leader and syncs', () => {
  const m = machine()
  const g = new Group('g')
  const { id, deliveries } = joinNew(m, g, 0)
  assert.equal(g.state, 'CompletingRebalance')
  const d = deliveries.find((x) => x.kind === 'join' && x.memberId === id)!
  assert.ok(d.kind === 'join')
  assert.deepEqual([d.result.generationId, d.result.leader, d.result.protocolName, d.result.members.length], [1, id, 'range', 1])
  const sync = m.sync(g, { memberId: id, groupInstanceId: null, generationId: 1, protocolType: 'consumer', protocolName: 'range', assignments: [{ memberId: id, assignment: meta('all') }] }, 1)
  assert.deepEqual(sync.immediate!.assignment, meta('all'))
  assert.equal(g.state, 'Stable')
  assert.equal(m.heartbeat(g, { memberId: id, groupInstanceId: null, generationId: 1 }, 2), GroupError.NONE)
})

test('a second member triggers a rebalance; the first learns by heartbeat, rejoins, and both get generation 2', () => {
  const m = machine()
  const g = new Group('g')
  const a = joinNew(m, g, 0).id
  m.sync(g, { memberId: a, groupInstanceId: null, generationId: 1, protocolType: null, protocolName: null, assignments: [] }, 0)
  const b = joinNew(m, g, 100)
  assert.equal(b.deliveries.length, 0, 'B waits for A to rejoin')
  assert.equal(g.state, 'PreparingRebalance')
  assert.equal(m.heartbeat(g, { memberId: a, groupInstanceId: null, generationId: 1 }, 200), GroupError.REBALANCE_IN_PROGRESS)
  const rejoin = m.join(g, joinReq(a), 300)
  assert.deepEqual(joins(rejoin.deliveries), new Map([[a, 2], [b.id, 2]]))
  const leaderAnswer = rejoin.deliveries.find((d) => d.memberId === a)!
  assert.ok(leaderAnswer.kind === 'join' && leaderAnswer.result.leader === a && leaderAnswer.result.members.length === 2, 'the leader stays and gets every member')
  const follower = rejoin.deliveries.find((d) => d.memberId === b.id)!
  assert.ok(follower.kind === 'join' && follower.result.members.length === 0)
  // The follower syncs first and waits; the leader's sync answers both, and an empty assignment is valid.
  assert.equal(m.sync(g, { memberId: b.id, groupInstanceId: null, generationId: 2, protocolType: null, protocolName: null, assignments: [] }, 400).immediate, null)
  const leaderSync = m.sync(g, { memberId: a, groupInstanceId: null, generationId: 2, protocolType: null, protocolName: null, assignments: [{ memberId: a, assignment: meta('p0,p1') }] }, 500)
  assert.deepEqual(leaderSync.immediate!.assignment, meta('p0,p1'))
  assert.deepEqual(leaderSync.deliveries.map((d) => [d.memberId, d.kind === 'sync' ? d.result.assignment.length : -1]), [[b.id, 0]])
  assert.equal(m.heartbeat(g, { memberId: b.id, groupInstanceId: null, generationId: 1 }, 600), GroupError.ILLEGAL_GENERATION)
  assert.equal(m.heartbeat(g, { memberId: 'nobody', groupInstanceId: null, generationId: 2 }, 600), GroupError.UNKNOWN_MEMBER_ID)
})

test('a join during CompletingRebalance restarts the rebalance and answers waiting syncs with REBALANCE_IN_PROGRESS', () => {
  const m = machine()
  const g = new Group('g')
  const a = joinNew(m, g, 0).id
  assert.equal(g.state, 'CompletingRebalance')
  const b = joinNew(m, g, 10)
  assert.equal(g.state, 'PreparingRebalance')
  assert.equal(m.sync(g, { memberId: a, groupInstanceId: null, generationId: 1, protocolType: null, protocolName: null, assignments: [] }, 20).immediate!.errorCode, GroupError.ILLEGAL_GENERATION === 22 ? GroupError.REBALANCE_IN_PROGRESS : -1)
  const done = m.join(g, joinReq(a), 30)
  assert.deepEqual(joins(done.deliveries), new Map([[a, 2], [b.id, 2]]))
})

test('a member whose session expires mid-rebalance is dropped at the join deadline; leaves rebalance the rest', () => {
  const m = machine()
  const g = new Group('g')
  const a = joinNew(m, g, 0).id
  const b = joinNew(m, g, 0)
  m.join(g, joinReq(a), 0)
  m.sync(g, { memberId: a, groupInstanceId: null, generationId: 2, protocolType: null, protocolName: null, assignments: [] }, 0)
  assert.equal(g.state, 'Stable')
  const c = joinNew(m, g, 1000)
  m.join(g, joinReq(a), 1000)
  assert.equal(g.state, 'PreparingRebalance', 'B has not rejoined')
  const expired = m.tick(g, 1000 + 30_000)
  assert.deepEqual(joins(expired), new Map([[a, 3], [c.id, 3]]), 'B is gone; the generation completes without it')
  assert.ok(!g.members.has(b.id))
  m.sync(g, { memberId: a, groupInstanceId: null, generationId: 3, protocolType: null, protocolName: null, assignments: [] }, 31_000)
  const left = m.leave(g, c.id, null, 31_100)
  assert.equal(left.errorCode, GroupError.NONE)
  assert.deepEqual(joins(left.deliveries), new Map(), 'A must rejoin first')
  assert.deepEqual(joins(m.join(g, joinReq(a), 31_200).deliveries), new Map([[a, 4]]))
  assert.equal(m.leave(g, 'nobody', null, 31_300).errorCode, GroupError.UNKNOWN_MEMBER_ID)
  // A stops heartbeating altogether: the group empties.
  m.sync(g, { memberId: a, groupInstanceId: null, generationId: 4, protocolType: null, protocolName: null, assignments: [] }, 31_300)
  m.tick(g, 31_300 + 10_001)
  assert.equal(g.state, 'Empty')
  assert.equal(g.members.size, 0)
})

test('static membership: a restarted instance replaces its old member without a rebalance; the old id is fenced', () => {
  const m = machine()
  const g = new Group('g')
  const first = m.join(g, joinReq('', { groupInstanceId: 'instance-1' }), 0)
  assert.equal(first.immediate, null, 'static members skip MEMBER_ID_REQUIRED')
  const oldId = [...g.members.keys()][0]!
  m.sync(g, { memberId: oldId, groupInstanceId: 'instance-1', generationId: 1, protocolType: null, protocolName: null, assignments: [{ memberId: oldId, assignment: meta('mine') }] }, 0)
  const replaced = m.join(g, joinReq('', { groupInstanceId: 'instance-1' }), 100)
  assert.equal(replaced.immediate!.errorCode, GroupError.NONE)
  assert.equal(replaced.immediate!.generationId, 1, 'no rebalance')
  assert.equal(g.state, 'Stable')
  const newId = replaced.immediate!.memberId
  assert.notEqual(newId, oldId)
  assert.deepEqual(m.sync(g, { memberId: newId, groupInstanceId: 'instance-1', generationId: 1, protocolType: null, protocolName: null, assignments: [] }, 200).immediate!.assignment, meta('mine'))
  assert.equal(m.heartbeat(g, { memberId: oldId, groupInstanceId: 'instance-1', generationId: 1 }, 300), GroupError.FENCED_INSTANCE_ID)
  assert.equal(m.join(g, joinReq(oldId, { groupInstanceId: 'instance-1' }), 300).immediate!.errorCode, GroupError.FENCED_INSTANCE_ID)
  assert.equal(m.sync(g, { memberId: oldId, groupInstanceId: 'instance-1', generationId: 1, protocolType: null, protocolName: null, assignments: [] }, 300).immediate!.errorCode, GroupError.FENCED_INSTANCE_ID)
  assert.equal(m.leave(g, oldId, 'instance-1', 400).errorCode, GroupError.FENCED_INSTANCE_ID)
})

test('protocol by the members\' common preference; inconsistent protocols, session timeout bounds and group size', () => {
  const m = machine()
  const g = new Group('g')
  const both = [{ name: 'cooperative-sticky', metadata: meta('c') }, { name: 'range', metadata: meta('r') }]
  const a = joinNew(m, g, 0, { protocols: both }).id
  const b = joinNew(m, g, 0, { protocols: [{ name: 'range', metadata: meta('r') }, { name: 'cooperative-sticky', metadata: meta('c') }] })
  const c = joinNew(m, g, 0, { protocols: [{ name: 'range', metadata: meta('r') }] })
  const done = m.join(g, joinReq(a, { protocols: both }), 0)
  assert.equal(done.deliveries.length, 3)
  assert.equal(g.protocolName, 'range', 'the only protocol all three support')
  void b
  void c
  assert.equal(m.join(g, joinReq('', { protocols: [{ name: 'roundrobin', metadata: meta('x') }] }), 0).immediate!.errorCode, GroupError.INCONSISTENT_GROUP_PROTOCOL)
  assert.equal(m.join(g, joinReq('', { protocolType: 'connect' }), 0).immediate!.errorCode, GroupError.INCONSISTENT_GROUP_PROTOCOL)
  assert.equal(m.join(g, joinReq('', { sessionTimeoutMs: 10 }), 0).immediate!.errorCode, GroupError.INVALID_SESSION_TIMEOUT)
  assert.equal(m.join(g, joinReq(''), 0).immediate!.errorCode, GroupError.GROUP_MAX_SIZE_REACHED, 'group.max.size is 3')
})

test('a member removed while its SyncGroup waits gets UNKNOWN_MEMBER_ID, not silence', () => {
  const m = machine()
  const g = new Group('g')
  const a = joinNew(m, g, 0).id
  const b = joinNew(m, g, 0).id
  m.join(g, joinReq(a), 0)
  assert.equal(g.state, 'CompletingRebalance')
  // B syncs and waits for the leader; A (the leader) never syncs; B's session ends first.
  assert.equal(m.sync(g, { memberId: b, groupInstanceId: null, generationId: 2, protocolType: null, protocolName: null, assignments: [] }, 0).immediate, null)
  const g2 = g.members.get(b)!
  g2.heartbeatDeadlineMs = 5
  g.members.get(a)!.heartbeatDeadlineMs = 1_000_000
  const deliveries = m.tick(g, 10)
  assert.deepEqual(deliveries.filter((d) => d.memberId === b).map((d) => [d.kind, d.kind === 'sync' ? d.result.errorCode : -1]), [['sync', GroupError.UNKNOWN_MEMBER_ID]])
  assert.ok(!g.members.has(b))
})
