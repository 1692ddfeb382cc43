// The group coordinator follows the @metadata quorum's leadership: the decision (nextActivation)
// stepped by hand, then three voters in one process (127.0.0.1-3), each with its controller, group
// coordinator and activation: the leader's coordinator serves (NONE) and the others answer
// NOT_COORDINATOR; the leader killed, the next leader's coordinator rebuilds the group committed
// through the old one from the replicated log; that leader cut off from its followers steps down and
// its coordinator unloads (NOT_COORDINATOR, groups dropped). Waits for state, never a fixed time.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { nextActivation, CoordinatorActivation, type Activation } from '../../src/node/coordinator-activation.ts'
import { RaftMetadataLog } from '../../src/controller/metadata/metadata-log.ts'
import { MetadataPublisher } from '../../src/controller/metadata/metadata-publisher.ts'
import { QuorumController } from '../../src/controller/quorum-controller/quorum-controller.ts'
import { GroupCoordinator, type CoordinatorConfig } from '../../src/controller/group/group-coordinator.ts'
import { record } from '../../src/controller/metadata/metadata-record.ts'
import { MetadataRecordType as T } from '../../src/protocol/generated/metadata-records/index.ts'
import { defaultGroupMetadataRecord, defaultGroupMetadataRecordGroupMemberMetadata as defaultGroupMemberMetadata } from '../../src/protocol/generated/metadata-records/group-metadata-record.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { silentLogger, type Logger } from '../../src/util/logger.ts'
import { pino } from 'pino'
import { loopbackVoters, waitFor } from '../helpers/raft-cluster.ts'
import type { PeerAddress } from '../../src/controller/raft/transport/tcp-transport.ts'

const INITIAL: Activation = { kind: 'initial' }

test('nextActivation: leader -> loading until its term is applied -> active; not leader -> unloaded', () => {
  assert.deepEqual(nextActivation(INITIAL, { isLeader: false, appliedOffset: 5, logEndOffset: 9 }), { state: { kind: 'inactive' }, actions: ['unload'] })
  const inactive: Activation = { kind: 'inactive' }
  assert.deepEqual(nextActivation(inactive, { isLeader: false, appliedOffset: 5, logEndOffset: 9 }), { state: inactive, actions: [] })
  const leading = nextActivation(inactive, { isLeader: true, appliedOffset: 5, logEndOffset: 9 })
  assert.deepEqual(leading, { state: { kind: 'loading', loadAtOffset: 8 }, actions: ['begin-loading'] })
  assert.deepEqual(nextActivation(leading.state, { isLeader: true, appliedOffset: 7, logEndOffset: 12 }), { state: { kind: 'loading', loadAtOffset: 8 }, actions: [] }, 'the offset is fixed when the leadership came')
  assert.deepEqual(nextActivation(leading.state, { isLeader: true, appliedOffset: 8, logEndOffset: 12 }), { state: { kind: 'active' }, actions: ['load'] })
  assert.deepEqual(nextActivation(INITIAL, { isLeader: true, appliedOffset: 3, logEndOffset: 4 }), { state: { kind: 'active' }, actions: ['begin-loading', 'load'] }, 'a one-voter log loads at once')
  assert.deepEqual(nextActivation({ kind: 'active' }, { isLeader: true, appliedOffset: 30, logEndOffset: 40 }), { state: { kind: 'active' }, actions: [] })
  assert.deepEqual(nextActivation({ kind: 'active' }, { isLeader: false, appliedOffset: 30, logEndOffset: 40 }), { state: { kind: 'inactive' }, actions: ['unload'] })
  assert.deepEqual(nextActivation({ kind: 'loading', loadAtOffset: 8 }, { isLeader: false, appliedOffset: 3, logEndOffset: 9 }), { state: { kind: 'inactive' }, actions: ['unload'] })
})

const CONFIG: CoordinatorConfig = { minSessionTimeoutMs: 1000, maxSessionTimeoutMs: 60_000, maxSize: 10, initialRebalanceDelayMs: 0, offsetsRetentionMs: 60_000, offsetsRetentionCheckIntervalMs: 1_000_000 }

interface Member {
  readonly log: RaftMetadataLog
  readonly publisher: MetadataPublisher
  readonly controller: QuorumController
  readonly groups: GroupCoordinator
  readonly activation: CoordinatorActivation
}

async function startMember (root: string, voters: Map<number, PeerAddress>, id: number, groupLogger: Logger = silentLogger()): Promise<Member> {
  const log = await RaftMetadataLog.open({
    parentDir: join(root, `node-${id}`),
    nodeId: id,
    logger: silentLogger(),
    quorum: { clusterId: 'activation-test', voters, listen: voters.get(id)!, tickMs: 10, electionTicks: 10, heartbeatTicks: 2, compactKeepEntries: 2 }
  })
  const publisher = MetadataPublisher.open(log, 1 << 30, silentLogger())
  const controller = new QuorumController(log, publisher, { numPartitions: 1, replicationFactor: 1, deleteTopicEnable: true, nodePartitionsMax: 1000 })
  const groups = new GroupCoordinator(CONFIG, controller, groupLogger)
  const activation = new CoordinatorActivation({ log, applied: publisher, coordinator: groups, logger: silentLogger() })
  activation.start()
  return { log, publisher, controller, groups, activation }
}

async function stopMember (m: Member): Promise<void> {
  m.activation.close()
  m.groups.close()
  await m.publisher.close()
  await m.log.close()
}

test('the group coordinator loads on the quorum leader, moves with the leadership, and unloads on a leader that steps down', { timeout: 60_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'rivulet-coordinator-activation-'))
  const members = new Map<number, Member>()
  try {
    const voters = await loopbackVoters(3)
    for (const id of voters.keys()) members.set(id, await startMember(root, voters, id))
    const leaderOf = (): number | null => {
      const leaders = [...members].filter(([, m]) => m.log.isLeader()).map(([id]) => id)
      return leaders.length === 1 ? leaders[0]! : null
    }
    const servingAsExpected = (): boolean => {
      const leader = leaderOf()
      if (leader === null) return false
      return [...members].every(([id, m]) => m.groups.coordinatorError() === (id === leader ? ErrorCode.NONE : ErrorCode.NOT_COORDINATOR))
    }
    await waitFor('the leader\'s coordinator to serve and the others to answer NOT_COORDINATOR', servingAsExpected)
    const first = leaderOf()!

    // A generation committed through the first leader's coordinator store.
    const group = { ...defaultGroupMetadataRecord(), groupId: 'g', protocolType: 'consumer', generation: 3, protocolName: 'range', leader: 'm-1', members: [{ ...defaultGroupMemberMetadata(), memberId: 'm-1', clientId: 'c', clientHost: '/127.0.0.1', rebalanceTimeoutMs: 30_000, sessionTimeoutMs: 10_000 }] }
    await members.get(first)!.controller.writeGroupRecords([record(T.GroupMetadata, group)])
    assert.equal(members.get(first)!.groups.groups.get('g')?.generationId, 3)

    await stopMember(members.get(first)!)
    members.delete(first)
    await waitFor('a new leader\'s coordinator to serve', servingAsExpected, 20_000)
    const second = leaderOf()!
    assert.notEqual(second, first)
    const rebuilt = members.get(second)!.groups.groups.get('g')
    assert.equal(rebuilt?.generationId, 3, 'rebuilt from the replicated log')
    assert.deepEqual([...rebuilt!.members.keys()], ['m-1'])

    // The other survivor stops: the leader has no majority, steps down (check quorum), and unloads.
    const other = [...members.keys()].find((id) => id !== second)!
    await stopMember(members.get(other)!)
    members.delete(other)
    const survivor = members.get(second)!
    await waitFor('the leader without a majority to step down and unload', () => !survivor.log.isLeader() && survivor.groups.coordinatorError() === ErrorCode.NOT_COORDINATOR, 20_000)
    assert.equal(survivor.groups.groups.size, 0, 'groups dropped from memory; the log keeps them')
    assert.equal(survivor.activation.isActive(), false)
  } finally {
    for (const m of members.values()) await stopMember(m)
    rmSync(root, { recursive: true, force: true })
  }
})

test('group writes cut off by a lost quorum leadership answer NOT_COORDINATOR (clients find the coordinator again), logged once as a leadership loss', { timeout: 60_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'rivulet-coordinator-lost-'))
  const members = new Map<number, Member>()
  const lines = new Map<number, Array<{ level: number, msg: string }>>()
  try {
    const voters = await loopbackVoters(3)
    for (const id of voters.keys()) {
      const kept: Array<{ level: number, msg: string }> = []
      lines.set(id, kept)
      members.set(id, await startMember(root, voters, id, pino({ level: 'debug' }, { write: (line: string) => { kept.push(JSON.parse(line)) } })))
    }
    let leaderId = 0
    await waitFor('one coordinator to serve', () => {
      const serving = [...members].filter(([, m]) => m.log.isLeader() && m.groups.coordinatorError() === ErrorCode.NONE)
      if (serving.length !== 1) return false
      leaderId = serving[0]![0]
      return true
    })
    const leader = members.get(leaderId)!
    await leader.controller.registerLocalBroker({ nodeId: leaderId, endpoints: [{ name: 'PLAINTEXT', host: '127.0.0.1', port: 9092 }], rack: null })
    await leader.controller.createTopics([{ name: 't', numPartitions: 1, replicationFactor: 1, assignments: [], configs: new Map() }], false)
    const joined = await leader.groups.join('g', { memberId: '', groupInstanceId: null, clientId: 'c', protocolType: 'consumer', protocols: [{ name: 'range', metadata: Buffer.from('sub') }], sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 10_000, requireKnownMemberId: false }, Date.now())
    const a = joined.memberId
    assert.equal((await leader.groups.sync('g', { memberId: a, groupInstanceId: null, generationId: joined.generationId, protocolType: null, protocolName: null, assignments: [{ memberId: a, assignment: Buffer.from('t-0') }] }, Date.now())).errorCode, ErrorCode.NONE)
    const member = { generationId: joined.generationId, memberId: a, groupInstanceId: null }
    const entry = { topic: 't', partition: 0, offset: 5, leaderEpoch: -1, metadata: null }
    assert.deepEqual(await leader.groups.commitOffsets('g', [entry], member), [ErrorCode.NONE])

    // The leader loses its followers: writes wait for a commit that cannot come, then fail as it steps down.
    for (const id of [...members.keys()]) {
      if (id === leaderId) continue
      await stopMember(members.get(id)!)
      members.delete(id)
    }
    const commit = leader.groups.commitOffsets('g', [{ ...entry, offset: 6 }], member)
    const deleteOffsets = leader.groups.deleteOffsets('g', [{ topic: 't', partition: 0 }])
    const leave = leader.groups.leave('g', a, null, Date.now())
    assert.deepEqual(await commit, [ErrorCode.NOT_COORDINATOR])
    assert.equal(await deleteOffsets, ErrorCode.NOT_COORDINATOR)
    assert.equal(await leave, ErrorCode.NOT_COORDINATOR)
    const now = Date.now()
    assert.equal((await leader.groups.join('g', { memberId: '', groupInstanceId: null, clientId: 'c', protocolType: 'consumer', protocols: [{ name: 'range', metadata: Buffer.from('sub') }], sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 10_000, requireKnownMemberId: false }, now)).errorCode, ErrorCode.NOT_COORDINATOR)
    assert.equal((await leader.groups.sync('g', { memberId: a, groupInstanceId: null, generationId: joined.generationId, protocolType: null, protocolName: null, assignments: [] }, now)).errorCode, ErrorCode.NOT_COORDINATOR)
    assert.equal(await leader.groups.heartbeat('g', { memberId: a, groupInstanceId: null, generationId: joined.generationId }, now), ErrorCode.NOT_COORDINATOR)
    assert.equal(await leader.groups.deleteGroup('g'), ErrorCode.NOT_COORDINATOR)
    assert.equal(leader.controller.image().groupOffsets.get('g')?.size, 1, 'the committed offset is kept')

    // A leadership loss is no storage failure: nothing at ERROR, and one WARN for the cut-off writes at most.
    const logged = lines.get(leaderId)!
    assert.deepEqual(logged.filter((l) => l.level >= 50).map((l) => l.msg), [])
    assert.ok(logged.filter((l) => l.level === 40).length <= 1, logged.map((l) => l.msg).join('\n'))
  } finally {
    for (const m of members.values()) await stopMember(m)
    rmSync(root, { recursive: true, force: true })
  }
})
