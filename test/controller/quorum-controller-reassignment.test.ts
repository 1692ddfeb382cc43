// The QuorumController's reassignment commands over a real one-voter @metadata log: a reassignment
// starts (AlterPartitionReassignments), is listed, and tick() completes it once its target is in the
// ISR: after the leader's AlterPartition adds the new replica (the usual path), or after the
// controller's own ISR changes (a fenced broker, an UNCLEAN election). A cancel goes back to the
// replicas from before.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RaftMetadataLog } from '../../src/controller/metadata/metadata-log.ts'
import { QuorumController, randomUuid } from '../../src/controller/quorum-controller/quorum-controller.ts'
import { ElectionType } from '../../src/controller/quorum-controller/leader-election.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { silentLogger } from '../../src/util/logger.ts'

async function withController (body: (controller: QuorumController, brokerEpochs: Map<number, bigint>) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-reassign-controller-'))
  const log = await RaftMetadataLog.open({ parentDir: dir, nodeId: 1, logger: silentLogger() })
  const controller = QuorumController.replay(log, { numPartitions: 1, replicationFactor: 1, deleteTopicEnable: true, nodePartitionsMax: 1000 }, 1 << 30, { autoLeaderRebalanceEnable: false })
  try {
    const epochs = new Map<number, bigint>()
    for (const brokerId of [1, 2]) {
      const registered = await controller.registerBroker({
        brokerId, clusterId: '', incarnationId: randomUuid(), listeners: [{ name: 'PLAINTEXT', host: `127.0.0.${brokerId}`, port: 9092, securityProtocol: 0 }],
        features: [], rack: null, isMigratingZkBroker: false, logDirs: [], previousBrokerEpoch: -1n
      }, Date.now())
      assert.equal(registered.errorCode, ErrorCode.NONE)
      epochs.set(brokerId, registered.brokerEpoch)
      const beat = await controller.brokerHeartbeat({ brokerId, brokerEpoch: registered.brokerEpoch, currentMetadataOffset: BigInt(controller.publisher.appliedOffset()), wantFence: false, wantShutDown: false, offlineLogDirs: [] }, Date.now())
      assert.equal(beat.isFenced, false)
    }
    await body(controller, epochs)
  } finally {
    await controller.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

test('a move from [1] to [2] is listed, and completed by tick() once 2 is the ISR (here after 1 is fenced and 2 elected UNCLEAN)', { timeout: 30_000 }, async () => {
  await withController(async (controller, epochs) => {
    const created = await controller.createTopics([{ name: 't', numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 0, brokerIds: [1] }], configs: new Map() }], false)
    assert.equal(created[0]!.errorCode, ErrorCode.NONE)
    const results = await controller.alterPartitionReassignments([{ name: 't', partitions: [{ partitionIndex: 0, replicas: [2] }] }])
    assert.deepEqual(results, [{ name: 't', partitions: [{ partitionIndex: 0, errorCode: ErrorCode.NONE, errorMessage: null }] }])
    assert.deepEqual(await controller.listPartitionReassignments(null), [{ name: 't', partitions: [{ partitionIndex: 0, replicas: [2, 1], addingReplicas: [2], removingReplicas: [1] }] }])
    assert.deepEqual(await controller.tick(Date.now()), { fenced: [], records: 0 }, 'nothing to complete while 2 is out of the ISR')

    // Broker 1 fenced (the partition has no leader, its ISR stays [1]); an UNCLEAN election makes 2 the ISR.
    await controller.brokerHeartbeat({ brokerId: 1, brokerEpoch: epochs.get(1)!, currentMetadataOffset: BigInt(controller.publisher.appliedOffset()), wantFence: true, wantShutDown: false, offlineLogDirs: [] }, Date.now())
    const elected = await controller.electLeaders(ElectionType.UNCLEAN, [{ topic: 't', partitions: [0] }])
    assert.equal(elected[0]!.partitionResult[0]!.errorCode, ErrorCode.NONE)
    const before = controller.publisher.image().topic('t')!.partitions.get(0)!
    assert.deepEqual([before.replicas, before.isr, before.leader], [[2, 1], [2], 2])

    const tick = await controller.tick(Date.now())
    assert.equal(tick.records, 1)
    const after = controller.publisher.image().topic('t')!.partitions.get(0)!
    assert.deepEqual({ replicas: after.replicas, isr: after.isr, adding: after.addingReplicas, removing: after.removingReplicas, leader: after.leader }, { replicas: [2], isr: [2], adding: [], removing: [], leader: 2 })
    assert.equal(after.leaderEpoch, before.leaderEpoch + 1, 'replica 1 left: the leader epoch bumps')
    assert.deepEqual(await controller.listPartitionReassignments(null), [])
    assert.deepEqual(await controller.tick(Date.now()), { fenced: [], records: 0 })
  })
})

test('a cancel through the controller reverts to the replicas from before; a second cancel has none to revert', { timeout: 30_000 }, async () => {
  await withController(async (controller) => {
    await controller.createTopics([{ name: 't', numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 0, brokerIds: [1] }], configs: new Map() }], false)
    await controller.alterPartitionReassignments([{ name: 't', partitions: [{ partitionIndex: 0, replicas: [1, 2] }] }])
    assert.deepEqual(controller.publisher.image().topic('t')!.partitions.get(0)!.replicas, [1, 2])
    const cancelled = await controller.alterPartitionReassignments([{ name: 't', partitions: [{ partitionIndex: 0, replicas: null }] }])
    assert.equal(cancelled[0]!.partitions[0]!.errorCode, ErrorCode.NONE)
    const p = controller.publisher.image().topic('t')!.partitions.get(0)!
    assert.deepEqual([p.replicas, p.isr, p.addingReplicas, p.removingReplicas, p.leader], [[1], [1], [], [], 1])
    const again = await controller.alterPartitionReassignments([{ name: 't', partitions: [{ partitionIndex: 0, replicas: null }] }])
    assert.equal(again[0]!.partitions[0]!.errorCode, ErrorCode.NO_REASSIGNMENT_IN_PROGRESS)
  })
})

test('the usual path: the leader adds the new replica to the ISR (AlterPartition) and the next tick() completes the move, electing a target replica', { timeout: 30_000 }, async () => {
  await withController(async (controller, epochs) => {
    await controller.createTopics([{ name: 't', numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 0, brokerIds: [1] }], configs: new Map() }], false)
    await controller.alterPartitionReassignments([{ name: 't', partitions: [{ partitionIndex: 0, replicas: [2] }] }])
    const moving = controller.publisher.image().topic('t')!
    const p = moving.partitions.get(0)!
    const response = await controller.alterPartition({
      brokerId: 1,
      brokerEpoch: epochs.get(1)!,
      topics: [{
        topicName: '',
        topicId: moving.id,
        partitions: [{ partitionIndex: 0, leaderEpoch: p.leaderEpoch, newIsr: [], newIsrWithEpochs: [{ brokerId: 1, brokerEpoch: epochs.get(1)! }, { brokerId: 2, brokerEpoch: epochs.get(2)! }], leaderRecoveryState: 0, partitionEpoch: p.partitionEpoch }]
      }]
    })
    assert.equal(response.errorCode, ErrorCode.NONE)
    assert.equal(response.topics[0]!.partitions[0]!.errorCode, ErrorCode.NONE)
    assert.deepEqual(controller.publisher.image().topic('t')!.partitions.get(0)!.isr, [1, 2])
    assert.equal((await controller.tick(Date.now())).records, 1)
    const done = controller.publisher.image().topic('t')!.partitions.get(0)!
    assert.deepEqual({ replicas: done.replicas, isr: done.isr, adding: done.addingReplicas, removing: done.removingReplicas, leader: done.leader, leaderEpoch: done.leaderEpoch }, { replicas: [2], isr: [2], adding: [], removing: [], leader: 2, leaderEpoch: p.leaderEpoch + 1 })
  })
})
