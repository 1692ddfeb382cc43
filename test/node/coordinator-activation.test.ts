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
import { silentLogger } from '../../src/util/logger.ts'
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

async function startMember (root: string, voters: Map<number, PeerAddress>, id: number): Promise<Member> {
  const log = await RaftMetadataLog.open({
    parentDir: join(root, `node-${id}`),
    nodeId: id,
    logger: silentLogger(),
    quorum: { clusterId: 'activation-test', voters, listen: voters.get(id)!, tickMs: 10, electionTicks: 10, heartbeatTicks: 2, compactKeepEntries: 2 }
  })
  const publisher = MetadataPublisher.open(log, 1 << 30, silentLogger())
  const controller = new QuorumController(log, publisher, { numPartitions: 1, replicationFactor: 1, deleteTopicEnable: true, nodePartitionsMax: 1000 })
  const groups = new GroupCoordinator(CONFIG, controller, silentLogger())
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
