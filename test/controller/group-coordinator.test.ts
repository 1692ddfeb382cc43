// The group coordinator over a real controller and @metadata log on disk: generations survive a
// restart by replay alone, commits that arrive together share one log entry, offsets expire after
// offsets.retention.minutes once the group is empty, and a coordinator that is loading or closed
// answers as Kafka does.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RaftMetadataLog } from '../../src/controller/metadata/metadata-log.ts'
import { silentLogger } from '../../src/util/logger.ts'
import { QuorumController, GroupWritesFullError, GROUP_WRITES_PENDING_MAX } from '../../src/controller/quorum-controller/quorum-controller.ts'
import { GroupCoordinator, type CoordinatorConfig } from '../../src/controller/group/group-coordinator.ts'
import { expireOffsets } from '../../src/controller/group/offset-expiry.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import type { JoinRequest } from '../../src/controller/group/group-state-machine.ts'

const defaults = { numPartitions: 2, replicationFactor: 1, deleteTopicEnable: true, nodePartitionsMax: 20_000 }
const config: CoordinatorConfig = { minSessionTimeoutMs: 1000, maxSessionTimeoutMs: 60_000, maxSize: 10, initialRebalanceDelayMs: 0, offsetsRetentionMs: 60_000, offsetsRetentionCheckIntervalMs: 1_000_000 }

function joinReq (memberId: string, groupInstanceId: string | null = null): JoinRequest {
  return { memberId, groupInstanceId, clientId: 'c', protocolType: 'consumer', protocols: [{ name: 'range', metadata: Buffer.from('sub') }], sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 10_000, requireKnownMemberId: false }
}

async function withController (body: (open: () => Promise<QuorumController>) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-groups-'))
  try {
    await body(async () => QuorumController.replay(await RaftMetadataLog.open({ parentDir: dir, nodeId: 1, logger: silentLogger() }), defaults, 1 << 30))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function withTopic (controller: QuorumController): Promise<void> {
  await controller.registerLocalBroker({ nodeId: 1, endpoints: [{ name: 'PLAINTEXT', host: 'localhost', port: 9092 }], rack: null })
  await controller.createTopics([{ name: 't', numPartitions: 4, replicationFactor: -1, assignments: [], configs: new Map() }], false)
}

/** The topic, a loaded coordinator, and group 'g' Stable with one member. */
async function withStableMember (controller: QuorumController): Promise<{ coordinator: GroupCoordinator, joined: Awaited<ReturnType<GroupCoordinator['join']>> }> {
  await withTopic(controller)
  const coordinator = new GroupCoordinator(config, controller, silentLogger())
  coordinator.load(0)
  const joined = await coordinator.join('g', joinReq(''), 0)
  await coordinator.sync('g', { memberId: joined.memberId, groupInstanceId: null, generationId: joined.generationId, protocolType: null, protocolName: null, assignments: [] }, 0)
  return { coordinator, joined }
}

test('a generation and its assignments survive a restart by replay; members heartbeat on without rejoining', async () => {
  await withController(async (open) => {
    let controller = await open()
    await withTopic(controller)
    let coordinator = new GroupCoordinator(config, controller, silentLogger())
    coordinator.load(0)
    const joined = await coordinator.join('g', joinReq(''), 0)
    assert.equal(joined.errorCode, ErrorCode.NONE)
    const id = joined.memberId
    const synced = await coordinator.sync('g', { memberId: id, groupInstanceId: null, generationId: joined.generationId, protocolType: 'consumer', protocolName: 'range', assignments: [{ memberId: id, assignment: Buffer.from('all') }] }, 1)
    assert.equal(synced.errorCode, ErrorCode.NONE)
    assert.equal(controller.image().groups.get('g')?.generation, joined.generationId, 'the generation is in the image before the leader is answered')
    assert.deepEqual(await controller.commitOffsets('g', [{ topic: 't', partition: 0, offset: 42, leaderEpoch: 0, metadata: 'm' }], coordinator.commitPermission('g', joined.generationId, id, null)), [ErrorCode.NONE])
    coordinator.close()
    await controller.close()

    controller = await open()
    coordinator = new GroupCoordinator(config, controller, silentLogger())
    assert.equal(coordinator.coordinatorError(), ErrorCode.COORDINATOR_LOAD_IN_PROGRESS)
    assert.equal((await coordinator.join('g', joinReq(id), 5)).errorCode, ErrorCode.COORDINATOR_LOAD_IN_PROGRESS)
    assert.equal(await coordinator.heartbeat('g', { memberId: id, groupInstanceId: null, generationId: joined.generationId }, 5), ErrorCode.NONE, 'heartbeats are answered blindly while loading, as Kafka')
    coordinator.load(10)
    const g = coordinator.groups.get('g')!
    assert.deepEqual([g.state, g.generationId, g.members.get(id)?.assignment.toString()], ['Stable', joined.generationId, 'all'])
    assert.equal(await coordinator.heartbeat('g', { memberId: id, groupInstanceId: null, generationId: joined.generationId }, 20), ErrorCode.NONE)
    assert.equal(coordinator.commitPermission('g', joined.generationId, id, null), ErrorCode.NONE, 'the member still commits for its generation')
    assert.equal(controller.image().groupOffsets.get('g')?.size, 1)
    coordinator.close()
    assert.equal((await coordinator.sync('g', { memberId: id, groupInstanceId: null, generationId: 1, protocolType: null, protocolName: null, assignments: [] }, 30)).errorCode, ErrorCode.NOT_COORDINATOR)
    await controller.close()
  })
})

test('offset commits that arrive together share one @metadata log entry; beyond the pending bound they are refused', async () => {
  await withController(async (open) => {
    const controller = await open()
    await withTopic(controller)
    const before = controller.image().offset
    const commits = Array.from({ length: 200 }, (_, i) => controller.commitOffsets(`g${i % 7}`, [{ topic: 't', partition: i % 4, offset: i, leaderEpoch: 0, metadata: null }], ErrorCode.NONE))
    const results = await Promise.all(commits)
    assert.ok(results.every((r) => r[0] === ErrorCode.NONE))
    const entries = controller.image().offset - before
    assert.ok(entries <= 2, `200 concurrent commits took ${entries} log entries (the first may go alone)`)
    assert.equal(controller.image().groupOffsets.get('g0')?.get('t\u00000')?.offset, 196, 'the last commit of each partition wins')
    // Over the bound: the extra write is refused at once, nothing waits unboundedly.
    const flood = Array.from({ length: GROUP_WRITES_PENDING_MAX + 50 }, (_, i) => controller.commitOffsets('flood', [{ topic: 't', partition: 0, offset: i, leaderEpoch: 0, metadata: null }], ErrorCode.NONE).then(() => 'ok', (err) => err instanceof GroupWritesFullError ? 'full' : 'other'))
    const outcomes = await Promise.all(flood)
    assert.ok(outcomes.filter((o) => o === 'full').length >= 49, 'writes beyond the bound are refused')
    assert.equal(outcomes.filter((o) => o === 'other').length, 0)
    await controller.close()
  })
})

test('offsets of an empty consumer group expire after the retention from when it emptied; then the group is removed', async () => {
  await withController(async (open) => {
    const controller = await open()
    const { coordinator, joined } = await withStableMember(controller)
    await controller.commitOffsets('g', [{ topic: 't', partition: 1, offset: 5, leaderEpoch: 0, metadata: null }], ErrorCode.NONE)
    await controller.commitOffsets('simple', [{ topic: 't', partition: 2, offset: 9, leaderEpoch: 0, metadata: null }], ErrorCode.NONE)
    const commitTs = controller.image().groupOffsets.get('simple')!.get('t\u00002')!.commitTimestampMs
    // A group with members keeps its offsets however old they are.
    assert.equal(expireOffsets(controller.image(), coordinator.groups, Date.now() + 10 * 60_000, 60_000).records.filter((r) => r.type === 100 && r.data.groupId === 'g').length, 0)
    const leftAt = Date.now()
    assert.equal(await coordinator.leave('g', joined.memberId, null, leftAt), ErrorCode.NONE)
    assert.equal(controller.image().groups.get('g')?.members.length, 0, 'the emptied group is durable')
    assert.equal(Number(controller.image().groups.get('g')?.stateTimestampMs), leftAt)
    // Before the retention: nothing goes.
    await coordinator.expire(leftAt + 59_999)
    assert.ok(controller.image().groupOffsets.has('g'))
    // The simple group's offset expires from its commit time.
    await coordinator.expire(Math.max(commitTs + 60_000, leftAt + 59_999))
    assert.ok(!controller.image().groupOffsets.has('simple'))
    await coordinator.expire(leftAt + 60_000)
    assert.ok(!controller.image().groupOffsets.has('g'), 'the empty group\'s offsets expired')
    assert.ok(!controller.image().groups.has('g') && !coordinator.groups.has('g'), 'and the group is gone')
    coordinator.close()
    await controller.close()
  })
})

test('DeleteGroups removes the durable group and its offsets; a group with members is NON_EMPTY_GROUP; unknown is GROUP_ID_NOT_FOUND', async () => {
  await withController(async (open) => {
    let controller = await open()
    const stable = await withStableMember(controller)
    let coordinator = stable.coordinator
    const joined = stable.joined
    await controller.commitOffsets('g', [{ topic: 't', partition: 1, offset: 5, leaderEpoch: 0, metadata: null }], ErrorCode.NONE)
    assert.equal(await coordinator.deleteGroup('g'), ErrorCode.NON_EMPTY_GROUP)
    assert.equal(await coordinator.deleteGroup('nope'), ErrorCode.GROUP_ID_NOT_FOUND)
    await coordinator.leave('g', joined.memberId, null, 1)
    assert.equal(await coordinator.deleteGroup('g'), ErrorCode.NONE)
    coordinator.close()
    await controller.close()
    controller = await open()
    coordinator = new GroupCoordinator(config, controller, silentLogger())
    coordinator.load(0)
    assert.ok(!coordinator.knows('g'), 'still gone after replay')
    coordinator.close()
    await controller.close()
  })
})
