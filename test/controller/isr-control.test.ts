// The active controller's AlterPartition decision (isr-control.ts), as KRaft makes it: a leader's ISR
// proposal is committed with the partition epoch, or refused when stale or invalid. Pure: images in,
// records and responses out; each record is folded into the image to check what it commits.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { alterPartition, type AlterPartitionRequest } from '../../src/controller/quorum-controller/isr-control.ts'
import { MetadataRecordType as T } from '../../src/protocol/generated/metadata-records/index.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { record } from '../../src/controller/metadata/metadata-record.ts'
import type { MetadataImage } from '../../src/controller/metadata/metadata-image.ts'
import { clusterImage, topicId } from '../helpers/cluster-image.ts'

// Broker epochs: 10n, 20n, 30n, 40n (clusterImage's id * 10). Partition 0 of "t": replicas 1,2,3, leader 1.
function image (): MetadataImage {
  return clusterImage([{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }], { t: [{ replicas: [1, 2, 3] }, { replicas: [2, 3, 1], isr: [2, 3] }] })
}

interface Proposal {
  readonly isr: ReadonlyArray<number | [number, bigint]>
  readonly partition?: number
  readonly leaderEpoch?: number
  readonly partitionEpoch?: number
  readonly topic?: string
  readonly leaderRecoveryState?: number
}

/** A v3 request from `brokerId` (epoch `brokerEpoch`); ISR members without an epoch get their registered one. */
function request (brokerId: number, proposals: readonly Proposal[], brokerEpoch = BigInt(brokerId * 10)): AlterPartitionRequest {
  return {
    brokerId,
    brokerEpoch,
    topics: proposals.map((p) => ({
      topicName: '',
      topicId: topicId(p.topic ?? 't'),
      partitions: [{
        partitionIndex: p.partition ?? 0,
        leaderEpoch: p.leaderEpoch ?? 0,
        newIsr: [],
        newIsrWithEpochs: p.isr.map((m) => Array.isArray(m) ? { brokerId: m[0], brokerEpoch: m[1] } : { brokerId: m, brokerEpoch: BigInt(m * 10) }),
        leaderRecoveryState: p.leaderRecoveryState ?? 0,
        partitionEpoch: p.partitionEpoch ?? 0
      }]
    }))
  }
}

function errorOf (img: MetadataImage, req: AlterPartitionRequest, version = 3): number {
  const { records, response } = alterPartition(img, req, version)
  assert.equal(response.errorCode, ErrorCode.NONE)
  const p = response.topics[0]!.partitions[0]!
  if (p.errorCode !== ErrorCode.NONE) assert.deepEqual(records, [], 'a refused proposal writes nothing')
  return p.errorCode
}

test('shrink: a PartitionChangeRecord with the ISR only; the leader and its epoch stay, the partition epoch moves on', () => {
  const img = image()
  const { records, response } = alterPartition(img, request(1, [{ isr: [1, 3] }]))
  assert.equal(records.length, 1)
  const r = records[0]!
  assert.equal(r.type, T.PartitionChange)
  assert.deepEqual(r.data, {
    partitionId: 0, topicId: topicId('t'), isr: [1, 3], leader: -2, replicas: null, removingReplicas: null, addingReplicas: null,
    leaderRecoveryState: -1, directories: null, eligibleLeaderReplicas: null, lastKnownElr: null
  })
  assert.deepEqual(response, {
    throttleTimeMs: 0,
    errorCode: ErrorCode.NONE,
    topics: [{ topicName: '', topicId: topicId('t'), partitions: [{ partitionIndex: 0, errorCode: ErrorCode.NONE, leaderId: 1, leaderEpoch: 0, isr: [1, 3], leaderRecoveryState: 0, partitionEpoch: 1 }] }]
  })
  // The response is what the image shows once the record is applied.
  const after = img.apply(records, 101).topic('t')!.partitions.get(0)!
  assert.deepEqual({ leader: after.leader, leaderEpoch: after.leaderEpoch, isr: after.isr, partitionEpoch: after.partitionEpoch }, { leader: 1, leaderEpoch: 0, isr: [1, 3], partitionEpoch: 1 })
})

test('expand: a follower back in the ISR; the next proposal must carry the new partition epoch', () => {
  const img = image()
  const { records, response } = alterPartition(img, request(2, [{ partition: 1, isr: [2, 3, 1] }]))
  assert.equal(records.length, 1)
  assert.deepEqual(response.topics[0]!.partitions[0], { partitionIndex: 1, errorCode: ErrorCode.NONE, leaderId: 2, leaderEpoch: 0, isr: [2, 3, 1], leaderRecoveryState: 0, partitionEpoch: 1 })
  const after = img.apply(records, 101)
  assert.deepEqual(after.topic('t')!.partitions.get(1)!.isr, [2, 3, 1])
  // The same proposal again, with the old partition epoch: stale.
  assert.equal(errorOf(after, request(2, [{ partition: 1, isr: [2, 3] }])), ErrorCode.INVALID_UPDATE_VERSION)
  assert.equal(errorOf(after, request(2, [{ partition: 1, isr: [2, 3], partitionEpoch: 1 }])), ErrorCode.NONE)
})

test('an ISR equal to the committed one succeeds with no record and the current state', () => {
  const { records, response } = alterPartition(image(), request(1, [{ isr: [1, 2, 3] }]))
  assert.deepEqual(records, [])
  assert.deepEqual(response.topics[0]!.partitions[0], { partitionIndex: 0, errorCode: ErrorCode.NONE, leaderId: 1, leaderEpoch: 0, isr: [1, 2, 3], leaderRecoveryState: 0, partitionEpoch: 0 })
})

test('STALE_BROKER_EPOCH: the sender of another incarnation, or not registered, for the whole request', () => {
  for (const req of [request(1, [{ isr: [1, 2] }], 11n), request(9, [{ isr: [1, 2] }])]) {
    const { records, response } = alterPartition(image(), req)
    assert.deepEqual(records, [])
    assert.deepEqual(response, { throttleTimeMs: 0, errorCode: ErrorCode.STALE_BROKER_EPOCH, topics: [] })
  }
})

test('UNKNOWN_TOPIC_ID for an unknown topic id (v2+), UNKNOWN_TOPIC_OR_PARTITION for an unknown name (v0-v1) or partition', () => {
  assert.equal(errorOf(image(), request(1, [{ topic: 'x', isr: [1] }])), ErrorCode.UNKNOWN_TOPIC_ID)
  assert.equal(errorOf(image(), request(1, [{ partition: 7, isr: [1] }])), ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
  const byName = (topicName: string, partitionIndex: number): AlterPartitionRequest => ({
    brokerId: 1, brokerEpoch: 10n,
    topics: [{ topicName, topicId: '', partitions: [{ partitionIndex, leaderEpoch: 0, newIsr: [1, 2], newIsrWithEpochs: [], leaderRecoveryState: 0, partitionEpoch: 0 }] }]
  })
  assert.equal(errorOf(image(), byName('x', 0), 1), ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
  assert.equal(errorOf(image(), byName('t', 7), 0), ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
  // v0-v1 by name, v0-v2 with newIsr (no broker epochs): accepted.
  const { records, response } = alterPartition(image(), byName('t', 0), 1)
  assert.equal(response.topics[0]!.partitions[0]!.errorCode, ErrorCode.NONE)
  assert.deepEqual((records[0]!.data as { isr: number[] }).isr, [1, 2])
})

test('FENCED_LEADER_EPOCH on an older leader epoch; INVALID_REQUEST from a sender that does not lead (as Kafka)', () => {
  // Epoch 2, led by 3, partition epoch 1.
  const img = image().apply([record(T.PartitionChange, { partitionId: 0, topicId: topicId('t'), isr: null, leader: 3, replicas: null, removingReplicas: null, addingReplicas: null, leaderRecoveryState: -1, directories: null, eligibleLeaderReplicas: null, lastKnownElr: null })], 101)
  assert.equal(errorOf(img, request(3, [{ isr: [3, 1], leaderEpoch: 0, partitionEpoch: 1 }])), ErrorCode.FENCED_LEADER_EPOCH)
  assert.equal(errorOf(img, request(3, [{ isr: [3, 1], leaderEpoch: 1, partitionEpoch: 1 }])), ErrorCode.NONE)
  // The leader epoch is checked first, as Kafka does: the deposed leader, with its old epoch, is fenced.
  assert.equal(errorOf(img, request(1, [{ isr: [1, 2], leaderEpoch: 0, partitionEpoch: 1 }])), ErrorCode.FENCED_LEADER_EPOCH)
  assert.equal(errorOf(image(), request(2, [{ isr: [1, 2] }])), ErrorCode.INVALID_REQUEST)
})

test('INVALID_UPDATE_VERSION on an older partition epoch', () => {
  const img = image().apply(alterPartition(image(), request(1, [{ isr: [1, 2] }])).records, 101)
  assert.equal(errorOf(img, request(1, [{ isr: [1, 2, 3], partitionEpoch: 0 }])), ErrorCode.INVALID_UPDATE_VERSION)
  assert.equal(errorOf(img, request(1, [{ isr: [1, 2, 3], partitionEpoch: -1 }])), ErrorCode.INVALID_UPDATE_VERSION)
})

test('NOT_CONTROLLER on a leader or partition epoch above the committed one (the sender saw a newer controller)', () => {
  assert.equal(errorOf(image(), request(1, [{ isr: [1, 2], leaderEpoch: 1 }])), ErrorCode.NOT_CONTROLLER)
  assert.equal(errorOf(image(), request(1, [{ isr: [1, 2], partitionEpoch: 1 }])), ErrorCode.NOT_CONTROLLER)
  assert.equal(errorOf(image(), request(2, [{ isr: [1, 2], leaderEpoch: 3 }])), ErrorCode.NOT_CONTROLLER, 'before the leader check')
})

test('INVALID_REQUEST: an ISR without the leader, empty, with a duplicate, naming a broker that is not a replica, or a RECOVERING leader', () => {
  assert.equal(errorOf(image(), request(1, [{ isr: [1, 4] }])), ErrorCode.INVALID_REQUEST, 'not a replica')
  assert.equal(errorOf(image(), request(1, [{ isr: [2, 3] }])), ErrorCode.INVALID_REQUEST)
  assert.equal(errorOf(image(), request(1, [{ isr: [] }])), ErrorCode.INVALID_REQUEST)
  assert.equal(errorOf(image(), request(1, [{ isr: [1, 2, 2] }])), ErrorCode.INVALID_REQUEST)
  assert.equal(errorOf(image(), request(1, [{ isr: [1], leaderRecoveryState: 1 }])), ErrorCode.INVALID_REQUEST)
})

test('INELIGIBLE_REPLICA: fenced, in controlled shutdown, unregistered, or of another broker epoch (KIP-903)', () => {
  const fenced = image().apply([record(T.FenceBroker, { id: 3, epoch: 30n })], 101)
  assert.equal(errorOf(fenced, request(1, [{ isr: [1, 3] }])), ErrorCode.INELIGIBLE_REPLICA, 'fenced')
  assert.equal(errorOf(fenced, request(1, [{ isr: [1, 2] }])), ErrorCode.NONE, 'a proposal without the fenced broker')
  const shuttingDown = image().apply([record(T.BrokerRegistrationChange, { brokerId: 2, brokerEpoch: 20n, fenced: 0, inControlledShutdown: 1, logDirs: [] })], 101)
  assert.equal(errorOf(shuttingDown, request(1, [{ isr: [1, 2] }])), ErrorCode.INELIGIBLE_REPLICA, 'in controlled shutdown')
  const unregistered = clusterImage([{ id: 1 }, { id: 2 }], { t: [{ replicas: [1, 2, 3], isr: [1, 2] }] })
  assert.equal(errorOf(unregistered, request(1, [{ isr: [1, 2, [3, 30n]] }])), ErrorCode.INELIGIBLE_REPLICA, 'not registered')
  // KIP-903: the follower the leader saw fetching was an earlier incarnation (epoch 25, now 30).
  assert.equal(errorOf(image(), request(1, [{ isr: [1, 2, [3, 25n]] }])), ErrorCode.INELIGIBLE_REPLICA, 'stale broker epoch')
  // -1: the leader does not know the follower's epoch; not checked.
  assert.equal(errorOf(image(), request(1, [{ isr: [1, [2, -1n]] }])), ErrorCode.NONE, 'epoch unknown')
  // Before v2 the error did not exist: OPERATION_NOT_ATTEMPTED.
  const v1: AlterPartitionRequest = { brokerId: 1, brokerEpoch: 10n, topics: [{ topicName: 't', topicId: '', partitions: [{ partitionIndex: 0, leaderEpoch: 0, newIsr: [1, 3], newIsrWithEpochs: [], leaderRecoveryState: 0, partitionEpoch: 0 }] }] }
  assert.equal(errorOf(fenced, v1, 1), ErrorCode.OPERATION_NOT_ATTEMPTED)
})

test('a request of many partitions: each answered on its own, one record per accepted change', () => {
  const req = request(1, [{ isr: [1, 2] }, { topic: 'x', isr: [1] }, { isr: [1, 2, 3], partition: 1 }])
  const { records, response } = alterPartition(image(), req)
  assert.deepEqual(response.topics.map((t) => t.partitions[0]!.errorCode), [ErrorCode.NONE, ErrorCode.UNKNOWN_TOPIC_ID, ErrorCode.INVALID_REQUEST])
  assert.equal(records.length, 1)
  // The same partition twice in one request: the second proposal sees the first's partition epoch.
  const twice = alterPartition(image(), request(1, [{ isr: [1, 2] }, { isr: [1], partitionEpoch: 0 }]))
  assert.deepEqual(twice.response.topics.map((t) => t.partitions[0]!.errorCode), [ErrorCode.NONE, ErrorCode.INVALID_UPDATE_VERSION])
  assert.equal(twice.records.length, 1)
})
