// The classic group membership state machine, driven step by step with a fake clock: Kafka's
// transitions and error codes for joins, syncs, heartbeats, leaves, static members and expiries.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Group, GroupStateMachine, GroupError, groupFromRecord, groupRecord, type Delivery, type JoinRequest } from '../../src/controller/group/group-state-machine.ts'

const config = { minSessionTimeoutMs: 6000, maxSessionTimeoutMs: 1_800_000, maxSize: 3, initialRebalanceDelayMs: 0 }
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
  const expired = m.tick(g, 1000 + 30_000).deliveries
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
  const deliveries = m.tick(g, 10).deliveries
  assert.deepEqual(deliveries.filter((d) => d.memberId === b).map((d) => [d.kind, d.kind === 'sync' ? d.result.errorCode : -1]), [['sync', GroupError.UNKNOWN_MEMBER_ID]])
  assert.ok(!g.members.has(b))
})

/** A static member joins in one step (KIP-345: no MEMBER_ID_REQUIRED); returns its member id. */
function joinStatic (m: GroupStateMachine, g: Group, now: number, instanceId: string): string {
  assert.equal(m.join(g, joinReq('', { groupInstanceId: instanceId }), now).immediate, null)
  return g.staticMembers.get(instanceId)!
}

test('durable points: the leader sync, a static replacement in Stable and an emptied group each give one record; joins and heartbeats give none', () => {
  const m = machine()
  const g = new Group('g')
  const a = { id: joinStatic(m, g, 0, 'i-a') }
  assert.equal(m.join(g, joinReq(a.id, { groupInstanceId: 'i-a' }), 0).records.length, 0)
  const synced = m.sync(g, { memberId: a.id, groupInstanceId: 'i-a', generationId: g.generationId, protocolType: null, protocolName: null, assignments: [{ memberId: a.id, assignment: meta('p0') }] }, 10)
  assert.equal(synced.records.length, 1)
  const rec = synced.records[0]!
  assert.ok(rec.type === 101)
  assert.deepEqual([rec.data.generation, rec.data.leader, rec.data.protocolName, rec.data.stateTimestampMs, rec.data.members.map((x) => [x.memberId, x.groupInstanceId, x.subscription.toString(), x.assignment.toString()])],
    [g.generationId, a.id, 'range', 10n, [[a.id, 'i-a', 'r', 'p0']]])
  assert.equal(m.heartbeat(g, { memberId: a.id, groupInstanceId: 'i-a', generationId: g.generationId }, 20), GroupError.NONE)
  // The static member restarts: new member id, same assignment, no rebalance, and a record of the new id.
  const replaced = m.join(g, joinReq('', { groupInstanceId: 'i-a' }), 30)
  assert.equal(replaced.immediate!.errorCode, GroupError.NONE)
  assert.equal(g.state, 'Stable')
  assert.equal(replaced.records.length, 1)
  const newId = replaced.immediate!.memberId
  const r2 = replaced.records[0]!
  assert.ok(r2.type === 101 && r2.data.members[0]!.memberId === newId && r2.data.leader === newId)
  const left = m.leave(g, newId, null, 40)
  assert.equal(g.state, 'Empty')
  assert.equal(left.records.length, 1)
  const r3 = left.records[0]!
  assert.ok(r3.type === 101 && r3.data.members.length === 0 && r3.data.stateTimestampMs === 40n && r3.data.protocolType === 'consumer')
})

test('replay: a group rebuilt from its record is Stable with the same generation, assignments and static ids, and its members heartbeat on', () => {
  const m = machine()
  const g = new Group('g')
  const a = joinStatic(m, g, 0, 'i-a')
  const b = joinNew(m, g, 0).id
  m.join(g, joinReq(a, { groupInstanceId: 'i-a' }), 0)
  m.sync(g, { memberId: b, groupInstanceId: null, generationId: g.generationId, protocolType: null, protocolName: null, assignments: [] }, 0)
  const { records } = m.sync(g, { memberId: a, groupInstanceId: 'i-a', generationId: g.generationId, protocolType: null, protocolName: null, assignments: [{ memberId: a, assignment: meta('A') }, { memberId: b, assignment: meta('B') }] }, 5)
  const rec = records[0]!
  assert.ok(rec.type === 101)
  const back = groupFromRecord(rec.data, 1000)
  assert.deepEqual([back.state, back.generationId, back.leaderId, back.protocolName, back.protocolType], ['Stable', g.generationId, a, 'range', 'consumer'])
  assert.equal(back.members.get(b)!.assignment.toString(), 'B')
  assert.equal(back.staticMembers.get('i-a'), a)
  assert.equal(back.members.get(a)!.heartbeatDeadlineMs, 1000 + 10_000, 'a fresh session from the load')
  assert.equal(m.heartbeat(back, { memberId: b, groupInstanceId: null, generationId: g.generationId }, 1001), GroupError.NONE)
  assert.equal(m.heartbeat(back, { memberId: b, groupInstanceId: null, generationId: g.generationId - 1 }, 1001), GroupError.ILLEGAL_GENERATION)
  // A member that never comes back expires and the rest rebalance.
  const expired = m.tick(back, 1000 + 10_001)
  assert.equal(back.state, 'Empty', 'both sessions ran out')
  assert.equal(expired.records.length, 1)
  assert.deepEqual(groupRecord(back).type, 101)
})

test('initial rebalance delay: the first join of an empty group waits for more members, extending up to the rebalance timeout', () => {
  let n = 0
  const m = new GroupStateMachine({ ...config, initialRebalanceDelayMs: 3000 }, (c) => `${c}-${++n}`)
  const g = new Group('g')
  const a = m.join(g, joinReq('', { requireKnownMemberId: false, rebalanceTimeoutMs: 5000 }), 0)
  assert.equal(a.immediate, null)
  assert.equal(g.state, 'PreparingRebalance')
  assert.deepEqual(m.tick(g, 2999).deliveries, [], 'still within the delay')
  m.join(g, joinReq('', { requireKnownMemberId: false, rebalanceTimeoutMs: 5000 }), 2000)
  assert.deepEqual(m.tick(g, 4999).deliveries, [], 'a new member extended the delay (2000 + 3000)')
  const done = m.tick(g, 5000)
  assert.equal(joins(done.deliveries).size, 2, 'both members in generation 1')
  assert.equal(g.state, 'CompletingRebalance')
  assert.equal(g.generationId, 1)
})
