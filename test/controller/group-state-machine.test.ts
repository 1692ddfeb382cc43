// The classic group membership state machine, driven step by step with a fake clock: Kafka's
// transitions and error codes for joins, syncs, heartbeats, leaves, static members and expiries.
// Every step checks that the operation left the group it was given untouched, and installs its
// outcome as the coordinator does once the records are committed: through applyGroupRecord.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Group, GroupStateMachine, applyGroupRecord, groupRecord, type Delivery, type JoinRequest, type SyncRequest, type Transition } from '../../src/controller/group/group-state-machine.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'

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

/** Every field of a group, for comparing states (maps as sorted entries). */
function snapshot (g: Group): string {
  return JSON.stringify({
    ...g,
    members: [...g.members].sort(([a], [b]) => a.localeCompare(b)),
    pendingMemberIds: [...g.pendingMemberIds].sort(),
    staticMembers: [...g.staticMembers].sort(([a], [b]) => a.localeCompare(b))
  })
}

/** Installs a transition as if its records were committed: each applied through applyGroupRecord. */
function commit (t: Transition): Group {
  let g = t.next
  for (const r of t.records) {
    assert.ok(r.type === 101 && !r.data.removed)
    g = applyGroupRecord(r.data, t.next, 0)
  }
  assert.equal(snapshot(g), snapshot(t.next), 'applying the committed record installs the group the operation computed')
  return g
}

/** The group as the coordinator holds it, changed only by installing each step's outcome. */
class Steps {
  g: Group
  readonly m: GroupStateMachine
  constructor (m: GroupStateMachine, g: Group) {
    this.m = m
    this.g = g
  }

  private install<R extends Transition> (run: (g: Group) => R): R {
    const before = snapshot(this.g)
    const t = run(this.g)
    assert.equal(snapshot(this.g), before, 'the operation left the group it was given untouched')
    this.g = commit(t)
    return t
  }

  join (req: JoinRequest, now: number): ReturnType<GroupStateMachine['join']> { return this.install((g) => this.m.join(g, req, now)) }
  sync (req: SyncRequest, now: number): ReturnType<GroupStateMachine['sync']> { return this.install((g) => this.m.sync(g, req, now)) }
  leave (memberId: string, instanceId: string | null, now: number): ReturnType<GroupStateMachine['leave']> { return this.install((g) => this.m.leave(g, memberId, instanceId, now)) }
  tick (now: number): Transition { return this.install((g) => this.m.tick(g, now)) }
  heartbeat (req: { memberId: string, groupInstanceId: string | null, generationId: number }, now: number): number {
    return this.install((g) => ({ ...this.m.heartbeat(g, req, now), records: [], deliveries: [] })).errorCode
  }
}

/** A member through the KIP-394 two-step; returns its id and the deliveries of its second join. */
function joinNew (s: Steps, now: number, options: Partial<JoinRequest> = {}): { id: string, deliveries: Delivery[] } {
  const first = s.join(joinReq('', options), now)
  assert.equal(first.immediate!.errorCode, ErrorCode.MEMBER_ID_REQUIRED)
  const id = first.immediate!.memberId
  const second = s.join(joinReq(id, options), now)
  assert.equal(second.immediate, null, 'the join waits for the rebalance')
  return { id, deliveries: second.deliveries }
}

test('MEMBER_ID_REQUIRED two-step, then a lone member completes generation 1 as leader and syncs', () => {
  const m = machine()
  const s = new Steps(m, new Group('g'))
  const { id, deliveries } = joinNew(s, 0)
  assert.equal(s.g.state, 'CompletingRebalance')
  const d = deliveries.find((x) => x.kind === 'join' && x.memberId === id)!
  assert.ok(d.kind === 'join')
  assert.deepEqual([d.result.generationId, d.result.leader, d.result.protocolName, d.result.members.length], [1, id, 'range', 1])
  const sync = s.sync({ memberId: id, groupInstanceId: null, generationId: 1, protocolType: 'consumer', protocolName: 'range', assignments: [{ memberId: id, assignment: meta('all') }] }, 1)
  assert.deepEqual(sync.immediate!.assignment, meta('all'))
  assert.equal(s.g.state, 'Stable')
  assert.equal(s.heartbeat({ memberId: id, groupInstanceId: null, generationId: 1 }, 2), ErrorCode.NONE)
})

test('a second member triggers a rebalance; the first learns by heartbeat, rejoins, and both get generation 2', () => {
  const m = machine()
  const s = new Steps(m, new Group('g'))
  const a = joinNew(s, 0).id
  s.sync({ memberId: a, groupInstanceId: null, generationId: 1, protocolType: null, protocolName: null, assignments: [] }, 0)
  const b = joinNew(s, 100)
  assert.equal(b.deliveries.length, 0, 'B waits for A to rejoin')
  assert.equal(s.g.state, 'PreparingRebalance')
  assert.equal(s.heartbeat({ memberId: a, groupInstanceId: null, generationId: 1 }, 200), ErrorCode.REBALANCE_IN_PROGRESS)
  const rejoin = s.join(joinReq(a), 300)
  assert.deepEqual(joins(rejoin.deliveries), new Map([[a, 2], [b.id, 2]]))
  const leaderAnswer = rejoin.deliveries.find((d) => d.memberId === a)!
  assert.ok(leaderAnswer.kind === 'join' && leaderAnswer.result.leader === a && leaderAnswer.result.members.length === 2, 'the leader stays and gets every member')
  const follower = rejoin.deliveries.find((d) => d.memberId === b.id)!
  assert.ok(follower.kind === 'join' && follower.result.members.length === 0)
  // The follower syncs first and waits; the leader's sync answers both, and an empty assignment is valid.
  assert.equal(s.sync({ memberId: b.id, groupInstanceId: null, generationId: 2, protocolType: null, protocolName: null, assignments: [] }, 400).immediate, null)
  const leaderSync = s.sync({ memberId: a, groupInstanceId: null, generationId: 2, protocolType: null, protocolName: null, assignments: [{ memberId: a, assignment: meta('p0,p1') }] }, 500)
  assert.deepEqual(leaderSync.immediate!.assignment, meta('p0,p1'))
  assert.deepEqual(leaderSync.deliveries.map((d) => [d.memberId, d.kind === 'sync' ? d.result.assignment.length : -1]), [[b.id, 0]])
  assert.equal(s.heartbeat({ memberId: b.id, groupInstanceId: null, generationId: 1 }, 600), ErrorCode.ILLEGAL_GENERATION)
  assert.equal(s.heartbeat({ memberId: 'nobody', groupInstanceId: null, generationId: 2 }, 600), ErrorCode.UNKNOWN_MEMBER_ID)
})

test('a join during CompletingRebalance restarts the rebalance and answers waiting syncs with REBALANCE_IN_PROGRESS', () => {
  const m = machine()
  const s = new Steps(m, new Group('g'))
  const a = joinNew(s, 0).id
  assert.equal(s.g.state, 'CompletingRebalance')
  const b = joinNew(s, 10)
  assert.equal(s.g.state, 'PreparingRebalance')
  assert.equal(s.sync({ memberId: a, groupInstanceId: null, generationId: 1, protocolType: null, protocolName: null, assignments: [] }, 20).immediate!.errorCode, ErrorCode.ILLEGAL_GENERATION === 22 ? ErrorCode.REBALANCE_IN_PROGRESS : -1)
  const done = s.join(joinReq(a), 30)
  assert.deepEqual(joins(done.deliveries), new Map([[a, 2], [b.id, 2]]))
})

test('a member whose session expires mid-rebalance is dropped at the join deadline; leaves rebalance the rest', () => {
  const m = machine()
  const s = new Steps(m, new Group('g'))
  const a = joinNew(s, 0).id
  const b = joinNew(s, 0)
  s.join(joinReq(a), 0)
  s.sync({ memberId: a, groupInstanceId: null, generationId: 2, protocolType: null, protocolName: null, assignments: [] }, 0)
  assert.equal(s.g.state, 'Stable')
  const c = joinNew(s, 1000)
  s.join(joinReq(a), 1000)
  assert.equal(s.g.state, 'PreparingRebalance', 'B has not rejoined')
  const expired = s.tick(1000 + 30_000).deliveries
  assert.deepEqual(joins(expired), new Map([[a, 3], [c.id, 3]]), 'B is gone; the generation completes without it')
  assert.ok(!s.g.members.has(b.id))
  s.sync({ memberId: a, groupInstanceId: null, generationId: 3, protocolType: null, protocolName: null, assignments: [] }, 31_000)
  const left = s.leave(c.id, null, 31_100)
  assert.equal(left.errorCode, ErrorCode.NONE)
  assert.deepEqual(joins(left.deliveries), new Map(), 'A must rejoin first')
  assert.deepEqual(joins(s.join(joinReq(a), 31_200).deliveries), new Map([[a, 4]]))
  assert.equal(s.leave('nobody', null, 31_300).errorCode, ErrorCode.UNKNOWN_MEMBER_ID)
  // A stops heartbeating altogether: the group empties.
  s.sync({ memberId: a, groupInstanceId: null, generationId: 4, protocolType: null, protocolName: null, assignments: [] }, 31_300)
  s.tick(31_300 + 10_001)
  assert.equal(s.g.state, 'Empty')
  assert.equal(s.g.members.size, 0)
})

test('static membership: a restarted instance replaces its old member without a rebalance; the old id is fenced', () => {
  const m = machine()
  const s = new Steps(m, new Group('g'))
  const first = s.join(joinReq('', { groupInstanceId: 'instance-1' }), 0)
  assert.equal(first.immediate, null, 'static members skip MEMBER_ID_REQUIRED')
  const oldId = first.memberId
  assert.deepEqual([...s.g.members.keys()], [oldId])
  s.sync({ memberId: oldId, groupInstanceId: 'instance-1', generationId: 1, protocolType: null, protocolName: null, assignments: [{ memberId: oldId, assignment: meta('mine') }] }, 0)
  const replaced = s.join(joinReq('', { groupInstanceId: 'instance-1' }), 100)
  assert.equal(replaced.immediate!.errorCode, ErrorCode.NONE)
  assert.equal(replaced.immediate!.generationId, 1, 'no rebalance')
  assert.equal(s.g.state, 'Stable')
  const newId = replaced.immediate!.memberId
  assert.notEqual(newId, oldId)
  assert.deepEqual(s.sync({ memberId: newId, groupInstanceId: 'instance-1', generationId: 1, protocolType: null, protocolName: null, assignments: [] }, 200).immediate!.assignment, meta('mine'))
  assert.equal(s.heartbeat({ memberId: oldId, groupInstanceId: 'instance-1', generationId: 1 }, 300), ErrorCode.FENCED_INSTANCE_ID)
  assert.equal(s.join(joinReq(oldId, { groupInstanceId: 'instance-1' }), 300).immediate!.errorCode, ErrorCode.FENCED_INSTANCE_ID)
  assert.equal(s.sync({ memberId: oldId, groupInstanceId: 'instance-1', generationId: 1, protocolType: null, protocolName: null, assignments: [] }, 300).immediate!.errorCode, ErrorCode.FENCED_INSTANCE_ID)
  assert.equal(s.leave(oldId, 'instance-1', 400).errorCode, ErrorCode.FENCED_INSTANCE_ID)
})

test('protocol by the members\' common preference; inconsistent protocols, session timeout bounds and group size', () => {
  const m = machine()
  const s = new Steps(m, new Group('g'))
  const both = [{ name: 'cooperative-sticky', metadata: meta('c') }, { name: 'range', metadata: meta('r') }]
  const a = joinNew(s, 0, { protocols: both }).id
  const b = joinNew(s, 0, { protocols: [{ name: 'range', metadata: meta('r') }, { name: 'cooperative-sticky', metadata: meta('c') }] })
  const c = joinNew(s, 0, { protocols: [{ name: 'range', metadata: meta('r') }] })
  const done = s.join(joinReq(a, { protocols: both }), 0)
  assert.equal(done.deliveries.length, 3)
  assert.equal(s.g.protocolName, 'range', 'the only protocol all three support')
  void b
  void c
  assert.equal(s.join(joinReq('', { protocols: [{ name: 'roundrobin', metadata: meta('x') }] }), 0).immediate!.errorCode, ErrorCode.INCONSISTENT_GROUP_PROTOCOL)
  assert.equal(s.join(joinReq('', { protocolType: 'connect' }), 0).immediate!.errorCode, ErrorCode.INCONSISTENT_GROUP_PROTOCOL)
  assert.equal(s.join(joinReq('', { sessionTimeoutMs: 10 }), 0).immediate!.errorCode, ErrorCode.INVALID_SESSION_TIMEOUT)
  assert.equal(s.join(joinReq(''), 0).immediate!.errorCode, ErrorCode.GROUP_MAX_SIZE_REACHED, 'group.max.size is 3')
})

test('a member removed while its SyncGroup waits gets UNKNOWN_MEMBER_ID, not silence', () => {
  const m = machine()
  const s = new Steps(m, new Group('g'))
  const a = joinNew(s, 0).id
  const b = joinNew(s, 0).id
  s.join(joinReq(a), 0)
  assert.equal(s.g.state, 'CompletingRebalance')
  // B syncs and waits for the leader; A (the leader) never syncs; B's session ends first.
  assert.equal(s.sync({ memberId: b, groupInstanceId: null, generationId: 2, protocolType: null, protocolName: null, assignments: [] }, 0).immediate, null)
  const g2 = s.g.members.get(b)!
  g2.heartbeatDeadlineMs = 5
  s.g.members.get(a)!.heartbeatDeadlineMs = 1_000_000
  const deliveries = s.tick(10).deliveries
  assert.deepEqual(deliveries.filter((d) => d.memberId === b).map((d) => [d.kind, d.kind === 'sync' ? d.result.errorCode : -1]), [['sync', ErrorCode.UNKNOWN_MEMBER_ID]])
  assert.ok(!s.g.members.has(b))
})

/** A static member joins in one step (KIP-345: no MEMBER_ID_REQUIRED); returns its member id. */
function joinStatic (s: Steps, now: number, instanceId: string): string {
  const joined = s.join(joinReq('', { groupInstanceId: instanceId }), now)
  assert.equal(joined.immediate, null)
  assert.equal(s.g.staticMembers.get(instanceId), joined.memberId, 'the join returns the member id it gave')
  return joined.memberId
}

test('durable points: the leader sync, a static replacement in Stable and an emptied group each give one record; joins and heartbeats give none', () => {
  const m = machine()
  const s = new Steps(m, new Group('g'))
  const a = { id: joinStatic(s, 0, 'i-a') }
  assert.equal(s.join(joinReq(a.id, { groupInstanceId: 'i-a' }), 0).records.length, 0)
  const synced = s.sync({ memberId: a.id, groupInstanceId: 'i-a', generationId: s.g.generationId, protocolType: null, protocolName: null, assignments: [{ memberId: a.id, assignment: meta('p0') }] }, 10)
  assert.equal(synced.records.length, 1)
  const rec = synced.records[0]!
  assert.ok(rec.type === 101)
  assert.deepEqual([rec.data.generation, rec.data.leader, rec.data.protocolName, rec.data.stateTimestampMs, rec.data.members.map((x) => [x.memberId, x.groupInstanceId, x.subscription.toString(), x.assignment.toString()])],
    [s.g.generationId, a.id, 'range', 10n, [[a.id, 'i-a', 'r', 'p0']]])
  assert.equal(s.heartbeat({ memberId: a.id, groupInstanceId: 'i-a', generationId: s.g.generationId }, 20), ErrorCode.NONE)
  // The static member restarts: new member id, same assignment, no rebalance, and a record of the new id.
  const replaced = s.join(joinReq('', { groupInstanceId: 'i-a' }), 30)
  assert.equal(replaced.immediate!.errorCode, ErrorCode.NONE)
  assert.equal(s.g.state, 'Stable')
  assert.equal(replaced.records.length, 1)
  const newId = replaced.immediate!.memberId
  const r2 = replaced.records[0]!
  assert.ok(r2.type === 101 && r2.data.members[0]!.memberId === newId && r2.data.leader === newId)
  const left = s.leave(newId, null, 40)
  assert.equal(s.g.state, 'Empty')
  assert.equal(left.records.length, 1)
  const r3 = left.records[0]!
  assert.ok(r3.type === 101 && r3.data.members.length === 0 && r3.data.stateTimestampMs === 40n && r3.data.protocolType === 'consumer')
})

test('replay: a group rebuilt from its record is Stable with the same generation, assignments and static ids, and its members heartbeat on', () => {
  const m = machine()
  const s = new Steps(m, new Group('g'))
  const a = joinStatic(s, 0, 'i-a')
  const b = joinNew(s, 0).id
  s.join(joinReq(a, { groupInstanceId: 'i-a' }), 0)
  s.sync({ memberId: b, groupInstanceId: null, generationId: s.g.generationId, protocolType: null, protocolName: null, assignments: [] }, 0)
  const { records } = s.sync({ memberId: a, groupInstanceId: 'i-a', generationId: s.g.generationId, protocolType: null, protocolName: null, assignments: [{ memberId: a, assignment: meta('A') }, { memberId: b, assignment: meta('B') }] }, 5)
  const rec = records[0]!
  assert.ok(rec.type === 101)
  const back = new Steps(m, applyGroupRecord(rec.data, null, 1000))
  assert.deepEqual([back.g.state, back.g.generationId, back.g.leaderId, back.g.protocolName, back.g.protocolType], ['Stable', s.g.generationId, a, 'range', 'consumer'])
  assert.equal(back.g.members.get(b)!.assignment.toString(), 'B')
  assert.equal(back.g.staticMembers.get('i-a'), a)
  assert.equal(back.g.members.get(a)!.heartbeatDeadlineMs, 1000 + 10_000, 'a fresh session from the load')
  assert.equal(back.heartbeat({ memberId: b, groupInstanceId: null, generationId: s.g.generationId }, 1001), ErrorCode.NONE)
  assert.equal(back.heartbeat({ memberId: b, groupInstanceId: null, generationId: s.g.generationId - 1 }, 1001), ErrorCode.ILLEGAL_GENERATION)
  // A member that never comes back expires and the rest rebalance.
  const expired = back.tick(1000 + 10_001)
  assert.equal(back.g.state, 'Empty', 'both sessions ran out')
  assert.equal(expired.records.length, 1)
  assert.deepEqual(groupRecord(back.g).type, 101)
})

test('initial rebalance delay: the first join of an empty group waits for more members, extending up to the rebalance timeout', () => {
  let n = 0
  const m = new GroupStateMachine({ ...config, initialRebalanceDelayMs: 3000 }, (c) => `${c}-${++n}`)
  const s = new Steps(m, new Group('g'))
  const a = s.join(joinReq('', { requireKnownMemberId: false, rebalanceTimeoutMs: 5000 }), 0)
  assert.equal(a.immediate, null)
  assert.equal(s.g.state, 'PreparingRebalance')
  assert.deepEqual(s.tick(2999).deliveries, [], 'still within the delay')
  s.join(joinReq('', { requireKnownMemberId: false, rebalanceTimeoutMs: 5000 }), 2000)
  assert.deepEqual(s.tick(4999).deliveries, [], 'a new member extended the delay (2000 + 3000)')
  const done = s.tick(5000)
  assert.equal(joins(done.deliveries).size, 2, 'both members in generation 1')
  assert.equal(s.g.state, 'CompletingRebalance')
  assert.equal(s.g.generationId, 1)
})

test('a transition whose records are never committed leaves nothing behind: the group is as before and the same request computes the same record again', () => {
  const m = machine()
  const s = new Steps(m, new Group('g'))
  const a = joinNew(s, 0).id
  const b = joinNew(s, 0).id
  s.join(joinReq(a), 0)
  assert.equal(s.sync({ memberId: b, groupInstanceId: null, generationId: 2, protocolType: null, protocolName: null, assignments: [] }, 1).immediate, null)
  const held = s.g
  const before = snapshot(held)
  const leaderSync = { memberId: a, groupInstanceId: null, generationId: 2, protocolType: null, protocolName: null, assignments: [{ memberId: a, assignment: meta('A') }, { memberId: b, assignment: meta('B') }] }
  // The coordinator proposes this; the write fails, so nothing is installed.
  const lost = m.sync(held, leaderSync, 2)
  assert.equal(lost.records.length, 1)
  assert.deepEqual([lost.next.state, held.state], ['Stable', 'CompletingRebalance'])
  assert.equal(snapshot(held), before, 'the held group is untouched: there is nothing to roll back')
  assert.equal(held.members.get(b)!.awaitingSync, true, 'the follower still waits for the assignments')
  const retry = m.sync(held, leaderSync, 2)
  assert.deepEqual(retry.records, lost.records)
  assert.deepEqual(retry.deliveries.map((d) => d.memberId), [b])
})

test('a record applied over a group in another state (one this coordinator did not propose) ends the rebalance held in memory and keeps the sessions', () => {
  const m = machine()
  const s = new Steps(m, new Group('g'))
  const a = joinNew(s, 0).id
  const stored = s.sync({ memberId: a, groupInstanceId: null, generationId: 1, protocolType: null, protocolName: null, assignments: [{ memberId: a, assignment: meta('A') }] }, 5).records[0]!
  assert.ok(stored.type === 101)
  joinNew(s, 100)
  assert.equal(s.g.state, 'PreparingRebalance')
  const renewed = s.g.members.get(a)!.heartbeatDeadlineMs
  const g = applyGroupRecord(stored.data, s.g, 999_999)
  assert.deepEqual([g.state, g.generationId, [...g.members.keys()], g.members.get(a)!.joined, g.phaseDeadlineMs], ['Stable', 1, [a], false, 0])
  assert.equal(g.members.get(a)!.heartbeatDeadlineMs, renewed, 'the member\'s session is the one memory held')
})
