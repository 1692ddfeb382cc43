// RIVULET_TEST_BUG=unclean-election (src/util/test-bugs.ts): with the switch (electOutsideIsr) every
// election of the controller takes a live replica outside the ISR (its ISR reset to it alone), and an
// unfenced broker takes the partitions it replicates outside their ISR; without it the same images get
// the correct, clean decisions. Pure decisions first, then a QuorumController over a one-voter
// @metadata log, to show the option reaches them.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brokerHeartbeat, fenceBrokers } from '../../src/controller/quorum-controller/broker-control.ts'
import { ElectionType, electLeaders, uncleanElections } from '../../src/controller/quorum-controller/leader-election.ts'
import { QuorumController, randomUuid } from '../../src/controller/quorum-controller/quorum-controller.ts'
import type { BrokerHeartbeatRequest } from '../../src/controller/quorum-controller/controller-api.ts'
import { RaftMetadataLog } from '../../src/controller/metadata/metadata-log.ts'
import type { MetadataImage } from '../../src/controller/metadata/metadata-image.ts'
import type { MetadataRecord } from '../../src/controller/metadata/metadata-record.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { silentLogger } from '../../src/util/logger.ts'
import { clusterImage } from '../helpers/cluster-image.ts'

/** Partition `id` of topic t after `records`: [leader, isr]. */
function leaderAndIsr (image: MetadataImage, records: readonly MetadataRecord[], id = 0): [number, readonly number[]] {
  const p = image.apply(records, 101).topic('t')!.partitions.get(id)!
  return [p.leader, p.isr]
}

function heartbeat (brokerId: number, brokerEpoch: bigint, extra: Partial<BrokerHeartbeatRequest> = {}): BrokerHeartbeatRequest {
  return { brokerId, brokerEpoch, currentMetadataOffset: 1000n, wantFence: false, wantShutDown: false, offlineLogDirs: [], ...extra }
}

test('fencing the leader: the next ISR member leads; with the bug the live replica outside the ISR does', () => {
  const image = clusterImage([{ id: 1 }, { id: 2 }, { id: 3 }], { t: [{ replicas: [1, 2, 3], isr: [1, 2], leader: 1 }] })
  assert.deepEqual(leaderAndIsr(image, fenceBrokers(image, [1])), [2, [2]])
  assert.deepEqual(leaderAndIsr(image, fenceBrokers(image, [1], true)), [3, [3]])
  // Nobody outside the ISR may lead (3 fenced): the bug changes nothing.
  const noneOutside = clusterImage([{ id: 1 }, { id: 2 }, { id: 3, fenced: true }], { t: [{ replicas: [1, 2, 3], isr: [1, 2], leader: 1 }] })
  assert.deepEqual(leaderAndIsr(noneOutside, fenceBrokers(noneOutside, [1], true)), [2, [2]])
})

test('unfencing a broker outside the ISR: nothing moves; with the bug it takes the leadership', () => {
  const image = clusterImage([{ id: 1 }, { id: 2 }, { id: 3, epoch: 30n, fenced: true }], {
    t: [{ replicas: [1, 2, 3], isr: [1, 2], leader: 1 }, { replicas: [3, 2], isr: [3], leader: -1 }]
  })
  const clean = brokerHeartbeat(image, heartbeat(3, 30n))
  assert.equal(clean.reply.isFenced, false)
  assert.deepEqual(leaderAndIsr(image, clean.records), [1, [1, 2]])
  assert.deepEqual(leaderAndIsr(image, clean.records, 1), [3, [3]], 'a leaderless partition whose ISR holds it is elected either way')
  const buggy = brokerHeartbeat(image, heartbeat(3, 30n), true)
  assert.equal(buggy.reply.isFenced, false)
  assert.deepEqual(leaderAndIsr(image, buggy.records), [3, [3]])
  assert.deepEqual(leaderAndIsr(image, buggy.records, 1), [3, [3]])
})

test('ElectLeaders: PREFERRED outside the ISR is refused, elected with the bug; UNCLEAN takes the ISR member, with the bug the one outside', () => {
  const image = clusterImage([{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4, fenced: true }], {
    t: [
      { replicas: [1, 2], isr: [2], leader: 2 }, // preferred (1) outside the ISR
      { replicas: [4, 2, 3], isr: [4, 2], leader: -1 } // leaderless: 2 in the ISR, 3 outside
    ]
  })
  const preferred = electLeaders(image, ElectionType.PREFERRED, [{ topic: 't', partitions: [0] }])
  assert.equal(preferred.results[0]!.partitionResult[0]!.errorCode, ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE)
  assert.deepEqual(preferred.records, [])
  const preferredBug = electLeaders(image, ElectionType.PREFERRED, [{ topic: 't', partitions: [0] }], true)
  assert.equal(preferredBug.results[0]!.partitionResult[0]!.errorCode, ErrorCode.NONE)
  assert.deepEqual(leaderAndIsr(image, preferredBug.records), [1, [1]])
  const unclean = electLeaders(image, ElectionType.UNCLEAN, [{ topic: 't', partitions: [1] }])
  assert.deepEqual(leaderAndIsr(image, unclean.records, 1), [2, [4, 2]])
  const uncleanBug = electLeaders(image, ElectionType.UNCLEAN, [{ topic: 't', partitions: [1] }], true)
  assert.deepEqual(leaderAndIsr(image, uncleanBug.records, 1), [3, [3]])
})

test('the controller\'s own elections: none where unclean.leader.election.enable=false; with the bug, outside the ISR anyway', () => {
  const image = clusterImage([{ id: 1 }, { id: 2, fenced: true }], { t: [{ replicas: [2, 1], isr: [2], leader: -1 }] })
  assert.deepEqual(uncleanElections(image, () => false), [])
  assert.deepEqual(leaderAndIsr(image, uncleanElections(image, () => false, true)), [1, [1]])
})

const CLUSTER = 'test-bug-unclean'

/**
 * Brokers 1-3 registered and unfenced on a controller over a one-voter log, topic t on [1, 2, 3]; broker
 * 3 asks to be fenced (it leaves the ISR), then heartbeats as caught up (it is unfenced): [leader, isr] after.
 */
async function fenceAndReturn (electOutsideIsr: boolean): Promise<[number, readonly number[]]> {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-test-bug-unclean-'))
  const controller = QuorumController.replay(await RaftMetadataLog.open({ parentDir: dir, nodeId: 1, logger: silentLogger() }),
    { numPartitions: 1, replicationFactor: 3, deleteTopicEnable: true, nodePartitionsMax: 20_000 }, 1 << 30, { clusterId: CLUSTER, electOutsideIsr })
  try {
    const epochs = new Map<number, bigint>()
    for (const id of [1, 2, 3]) {
      const reg = await controller.registerBroker({ brokerId: id, clusterId: CLUSTER, incarnationId: randomUuid(), listeners: [{ name: 'PLAINTEXT', host: `127.0.0.${id}`, port: 9092, securityProtocol: 0 }], features: [], rack: null, isMigratingZkBroker: false, logDirs: [], previousBrokerEpoch: -1n }, 1000)
      epochs.set(id, reg.brokerEpoch)
      const beat = await controller.brokerHeartbeat(heartbeat(id, reg.brokerEpoch, { currentMetadataOffset: reg.brokerEpoch }), 1000)
      assert.equal(beat.isFenced, false)
    }
    const [created] = await controller.createTopics([{ name: 't', numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 0, brokerIds: [1, 2, 3] }], configs: new Map() }], false)
    assert.equal(created!.errorCode, ErrorCode.NONE)
    await controller.brokerHeartbeat(heartbeat(3, epochs.get(3)!, { wantFence: true }), 1100)
    const fenced = controller.image().topic('t')!.partitions.get(0)!
    assert.deepEqual([fenced.leader, fenced.isr], [1, [1, 2]])
    const back = await controller.brokerHeartbeat(heartbeat(3, epochs.get(3)!, { currentMetadataOffset: BigInt(controller.publisher.appliedOffset()) }), 1200)
    assert.equal(back.isFenced, false)
    const p = controller.image().topic('t')!.partitions.get(0)!
    return [p.leader, p.isr]
  } finally {
    await controller.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

test('a QuorumController with electOutsideIsr hands it to its elections (a broker back from fencing takes the leadership)', async () => {
  assert.deepEqual(await fenceAndReturn(false), [1, [1, 2]])
  assert.deepEqual(await fenceAndReturn(true), [3, [3]])
})
