// The MetadataImage is a pure fold of @metadata records: replaying the same records (after encoding
// and decoding them) always gives the same image, and unchanged parts are shared between images.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { MetadataImage, ConfigResourceType } from '../../src/controller/metadata/metadata-image.ts'
import { record, encodeMetadataRecords, decodeMetadataRecords, type MetadataRecord } from '../../src/controller/metadata/metadata-record.ts'
import { MetadataRecordType as T } from '../../src/protocol/generated/metadata-records/index.ts'
import { DecodeError } from '../../src/protocol/primitives/reader.ts'

const ORDERS = 'b3JkZXJzLXRvcGljLWlkAA'
const PAYMENTS = 'cGF5bWVudHMtdG9waWMtQQ'

function partition (topicId: string, partitionId: number, leader = 1): MetadataRecord {
  return record(T.Partition, { partitionId, topicId, replicas: [1], isr: [1], removingReplicas: [], addingReplicas: [], leader, leaderRecoveryState: 0, leaderEpoch: 0, partitionEpoch: 0, directories: [], eligibleLeaderReplicas: null, lastKnownElr: null })
}

const HISTORY: MetadataRecord[] = [
  record(T.RegisterBroker, { brokerId: 1, isMigratingZkBroker: false, incarnationId: 'aW5jYXJuYXRpb24tMDAwMQ', brokerEpoch: 7n, endPoints: [{ name: 'PLAINTEXT', host: 'localhost', port: 9092, securityProtocol: 0 }], features: [], rack: null, fenced: true, inControlledShutdown: false, logDirs: [] }),
  record(T.UnfenceBroker, { id: 1, epoch: 7n }),
  record(T.Topic, { name: 'orders', topicId: ORDERS }),
  partition(ORDERS, 0),
  partition(ORDERS, 1),
  record(T.Config, { resourceType: ConfigResourceType.TOPIC, resourceName: 'orders', name: 'retention.ms', value: '1000' }),
  record(T.Topic, { name: 'payments', topicId: PAYMENTS }),
  partition(PAYMENTS, 0),
  record(T.PartitionChange, { partitionId: 1, topicId: ORDERS, isr: null, leader: -1, replicas: null, removingReplicas: null, addingReplicas: null, leaderRecoveryState: -1, directories: null, eligibleLeaderReplicas: null, lastKnownElr: null }),
  // A reassignment of orders-0 from [1] to [2] in progress: replicas are the target then the removed.
  record(T.PartitionChange, { partitionId: 0, topicId: ORDERS, isr: null, leader: -2, replicas: [2, 1], removingReplicas: [1], addingReplicas: [2], leaderRecoveryState: -1, directories: null, eligibleLeaderReplicas: null, lastKnownElr: null }),
  record(T.ProducerIds, { brokerId: 1, brokerEpoch: 7n, nextProducerId: 1000n }),
  record(T.RemoveTopic, { topicId: PAYMENTS }),
  record(T.Config, { resourceType: ConfigResourceType.TOPIC, resourceName: 'orders', name: 'cleanup.policy', value: 'compact' }),
  record(T.Config, { resourceType: ConfigResourceType.TOPIC, resourceName: 'orders', name: 'retention.ms', value: null }),
  record(T.OffsetCommit, { groupId: 'g1', topic: 'orders', partition: 0, removed: false, offset: 5n, leaderEpoch: 0, metadata: 'm', commitTimestampMs: 1000n }),
  record(T.OffsetCommit, { groupId: 'g1', topic: 'orders', partition: 1, removed: false, offset: 9n, leaderEpoch: -1, metadata: '', commitTimestampMs: 1001n }),
  record(T.OffsetCommit, { groupId: 'g1', topic: 'orders', partition: 1, removed: true, offset: -1n, leaderEpoch: -1, metadata: '', commitTimestampMs: 1002n }),
  record(T.OffsetCommit, { groupId: 'g1', topic: 'orders', partition: 2, removed: false, offset: -2n, leaderEpoch: -1, metadata: '', commitTimestampMs: 1002n }),
  record(T.GroupMetadata, { groupId: 'g1', removed: false, protocolType: 'consumer', generation: 3, protocolName: 'range', leader: 'm1', stateTimestampMs: 1003n, members: [{ memberId: 'm1', groupInstanceId: 'i1', clientId: 'c', clientHost: '/127.0.0.1', rebalanceTimeoutMs: 30000, sessionTimeoutMs: 10000, subscription: Buffer.from('sub'), assignment: Buffer.from('asg') }] }),
  record(T.GroupMetadata, { groupId: 'gone', removed: false, protocolType: 'consumer', generation: 1, protocolName: null, leader: null, stateTimestampMs: 1004n, members: [] }),
  record(T.GroupMetadata, { groupId: 'gone', removed: true, protocolType: null, generation: -1, protocolName: null, leader: null, stateTimestampMs: -1n, members: [] })
]

test('folding the records gives the expected image', () => {
  const image = MetadataImage.empty().apply(HISTORY, HISTORY.length - 1)
  assert.equal(image.offset, HISTORY.length - 1)
  assert.deepEqual([...image.topicIdsByName.keys()], ['orders'])
  const orders = image.topic('orders')!
  assert.equal(orders.partitions.size, 2)
  assert.deepEqual(orders.partitions.get(1), { partitionId: 1, replicas: [1], isr: [1], addingReplicas: [], removingReplicas: [], leader: -1, leaderEpoch: 1, partitionEpoch: 1 })
  assert.deepEqual(orders.partitions.get(0), { partitionId: 0, replicas: [2, 1], isr: [1], addingReplicas: [2], removingReplicas: [1], leader: 1, leaderEpoch: 0, partitionEpoch: 1 }, 'new replicas alone bump only the partition epoch')
  assert.deepEqual([...image.replicaCounts].sort(), [[1, 2], [2, 1]])
  assert.deepEqual([...image.topicConfig('orders')], [['cleanup.policy', 'compact']])
  assert.equal(image.brokers.get(1)!.fenced, false)
  assert.equal(image.nextProducerId, 1000n)
  assert.equal(image.topic('payments'), undefined)
  // A committed -2 (an admin's reset to earliest) is stored as sent; only Removed deletes.
  assert.deepEqual([...image.groupOffsets.get('g1')!.values()], [{ offset: 5, leaderEpoch: 0, metadata: 'm', commitTimestampMs: 1000 }, { offset: -2, leaderEpoch: -1, metadata: '', commitTimestampMs: 1002 }])
})

test('an OffsetCommitRecord of version 0 with a negative offset is read as a removal, as version 0 meant it', () => {
  // Version 0 had no Removed field: type 100, version 0, then the body (flexible strings are length+1).
  const body = Buffer.concat([
    Buffer.from([100, 0]), Buffer.from([3]), Buffer.from('g1'), Buffer.from([7]), Buffer.from('orders'),
    Buffer.from([0, 0, 0, 0]), Buffer.from('ffffffffffffffff', 'hex'), Buffer.from('ffffffff', 'hex'), Buffer.from([1]),
    Buffer.from('00000000000003e8', 'hex'), Buffer.from([0])
  ])
  const [decoded] = decodeMetadataRecords(body)
  assert.equal(decoded!.type, T.OffsetCommit)
  assert.equal((decoded!.data as { removed: boolean }).removed, true)
})

test('replay after encoding is the same image, record by record or all at once', () => {
  const decoded = decodeMetadataRecords(encodeMetadataRecords(HISTORY))
  assert.deepEqual(decoded, HISTORY)
  let stepwise = MetadataImage.empty()
  decoded.forEach((r, i) => { stepwise = stepwise.apply([r], i) })
  assert.deepEqual(stepwise, MetadataImage.empty().apply(HISTORY, HISTORY.length - 1))
})

test('unchanged parts of the image are shared; the image never moves backwards', () => {
  const a = MetadataImage.empty().apply(HISTORY, 10)
  const b = a.apply([record(T.Config, { resourceType: ConfigResourceType.BROKER, resourceName: '1', name: 'num.partitions', value: '3' })], 11)
  assert.equal(b.topicsById, a.topicsById)
  assert.equal(b.brokers, a.brokers)
  assert.notEqual(b.configs, a.configs)
  assert.throws(() => b.apply([], 5), /only moves forward/)
})

test('unknown record types and newer versions are refused when decoding', () => {
  assert.throws(() => decodeMetadataRecords(Buffer.from([0x7f, 0x00])), DecodeError)
  assert.throws(() => decodeMetadataRecords(Buffer.from([0x02, 0x09, 0x00])), /newer than this node knows/)
})

test('the records of an image rebuild the same image (what a snapshot relies on)', async () => {
  const { imageToRecords } = await import('../../src/controller/metadata/image-records.ts')
  const image = MetadataImage.empty().apply(HISTORY, HISTORY.length - 1)
  const rebuilt = MetadataImage.empty().apply(decodeMetadataRecords(encodeMetadataRecords(imageToRecords(image))), image.offset)
  assert.deepEqual(rebuilt, image)
  assert.deepEqual([...image.groups.keys()], ['g1'], 'a removed group is gone from the image')
  assert.deepEqual(imageToRecords(MetadataImage.empty()), [])
})

test('the replica sets of a reassignment follow the PartitionChangeRecords: null keeps them, empty lists end them', () => {
  const start = MetadataImage.empty().apply([record(T.Topic, { name: 'orders', topicId: ORDERS }), partition(ORDERS, 0)], 1)
  const change = (fields: { replicas?: number[], isr?: number[], adding?: number[], removing?: number[], leader?: number }): MetadataRecord => record(T.PartitionChange, {
    partitionId: 0, topicId: ORDERS, isr: fields.isr ?? null, leader: fields.leader ?? -2, replicas: fields.replicas ?? null, removingReplicas: fields.removing ?? null, addingReplicas: fields.adding ?? null,
    leaderRecoveryState: -1, directories: null, eligibleLeaderReplicas: null, lastKnownElr: null
  })
  const moving = start.apply([change({ replicas: [2, 3, 1], adding: [2, 3], removing: [1] })], 2)
  assert.deepEqual([...moving.replicaCounts].sort(), [[1, 1], [2, 1], [3, 1]])
  const caughtUp = moving.apply([change({ isr: [1, 2, 3] })], 3)
  const p = caughtUp.topic('orders')!.partitions.get(0)!
  assert.deepEqual([p.addingReplicas, p.removingReplicas, p.isr], [[2, 3], [1], [1, 2, 3]], 'an ISR change leaves the reassignment as it was')
  const done = caughtUp.apply([change({ replicas: [2, 3], isr: [2, 3], adding: [], removing: [], leader: 2 })], 4)
  const q = done.topic('orders')!.partitions.get(0)!
  assert.deepEqual({ replicas: q.replicas, isr: q.isr, adding: q.addingReplicas, removing: q.removingReplicas, leader: q.leader }, { replicas: [2, 3], isr: [2, 3], adding: [], removing: [], leader: 2 })
  assert.deepEqual([...done.replicaCounts].sort(), [[2, 1], [3, 1]], 'the removed broker hosts nothing any more')
})
