// Topic creation and deletion decisions: Kafka's validation and error codes, and the records made.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createPartitions, createTopics, deleteTopics, invalidTopicName, type NewTopic } from '../../src/controller/quorum-controller/topic-control.ts'
import { MetadataImage } from '../../src/controller/metadata/metadata-image.ts'
import { record } from '../../src/controller/metadata/metadata-record.ts'
import { MetadataRecordType as T } from '../../src/protocol/generated/metadata-records/index.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'

const defaults = { numPartitions: 3, replicationFactor: 1, deleteTopicEnable: true, nodePartitionsMax: 20_000 }
let counter = 0
const ids = (): string => Buffer.alloc(16, ++counter).toString('base64url')

function withBroker (): MetadataImage {
  return MetadataImage.empty().apply([record(T.RegisterBroker, { brokerId: 1, isMigratingZkBroker: false, incarnationId: ids(), brokerEpoch: 0n, endPoints: [], features: [], rack: null, fenced: false, inControlledShutdown: false, logDirs: [] })], 0)
}

function topic (name: string, options: Partial<NewTopic> = {}): NewTopic {
  return { name, numPartitions: -1, replicationFactor: -1, assignments: [], configs: new Map(), ...options }
}

test('topic names follow Kafka\'s rules', () => {
  assert.equal(invalidTopicName('orders.v2_x-1'), null)
  for (const bad of ['', '.', '..', 'a b', 'ünïcode', 'x'.repeat(250), 'slash/name']) assert.notEqual(invalidTopicName(bad), null, bad)
  assert.equal(invalidTopicName('x'.repeat(249)), null)
})

test('create: defaults, explicit counts and configs become Topic, Partition and Config records', () => {
  const { records, results } = createTopics(withBroker(), [topic('orders'), topic('payments', { numPartitions: 2, configs: new Map([['cleanup.policy', 'compact']]) })], defaults, ids)
  assert.deepEqual(results.map((r) => [r.name, r.errorCode, r.numPartitions, r.replicationFactor]), [['orders', 0, 3, 1], ['payments', 0, 2, 1]])
  assert.deepEqual(records.map((r) => r.type), [T.Topic, T.Partition, T.Partition, T.Partition, T.Topic, T.Partition, T.Partition, T.Config])
  const image = withBroker().apply(records, 1)
  assert.equal(image.topic('orders')!.partitions.get(2)!.leader, 1)
  assert.deepEqual([...image.topicConfig('payments')], [['cleanup.policy', 'compact']])
})

test('create: each invalid request gets Kafka\'s error code and nothing is recorded for it', () => {
  const image = withBroker().apply(createTopics(withBroker(), [topic('exists'), topic('dot.ted')], defaults, ids).records, 1)
  const cases: Array<[NewTopic, number]> = [
    [topic('bad name'), ErrorCode.INVALID_TOPIC_EXCEPTION],
    [topic('exists'), ErrorCode.TOPIC_ALREADY_EXISTS],
    [topic('dot_ted'), ErrorCode.INVALID_TOPIC_EXCEPTION],
    [topic('zero', { numPartitions: 0 }), ErrorCode.INVALID_PARTITIONS],
    [topic('rf0', { replicationFactor: 0 }), ErrorCode.INVALID_REPLICATION_FACTOR],
    [topic('rf3', { replicationFactor: 3 }), ErrorCode.INVALID_REPLICATION_FACTOR],
    [topic('cfg', { configs: new Map([['retention.ms', 'soon']]) }), ErrorCode.INVALID_CONFIG],
    [topic('unknowncfg', { configs: new Map([['no.such', '1']]) }), ErrorCode.INVALID_CONFIG],
    [topic('both', { numPartitions: 2, assignments: [{ partitionIndex: 0, brokerIds: [1] }] }), ErrorCode.INVALID_REQUEST],
    [topic('gap', { assignments: [{ partitionIndex: 1, brokerIds: [1] }] }), ErrorCode.INVALID_REPLICA_ASSIGNMENT],
    [topic('nobroker', { assignments: [{ partitionIndex: 0, brokerIds: [9] }] }), ErrorCode.INVALID_REPLICA_ASSIGNMENT]
  ]
  for (const [t, code] of cases) {
    const { records, results } = createTopics(image, [t], defaults, ids)
    assert.equal(results[0]!.errorCode, code, t.name)
    assert.ok(results[0]!.errorMessage !== null && results[0]!.errorMessage.length > 0)
    assert.equal(records.length, 0, `${t.name}: no records`)
  }
  const dup = createTopics(image, [topic('twice'), topic('twice')], defaults, ids)
  assert.deepEqual(dup.results.map((r) => r.errorCode), [0, ErrorCode.TOPIC_ALREADY_EXISTS])
  const explicit = createTopics(image, [topic('manual', { assignments: [{ partitionIndex: 1, brokerIds: [1] }, { partitionIndex: 0, brokerIds: [1] }] })], defaults, ids)
  assert.deepEqual(explicit.results.map((r) => [r.errorCode, r.numPartitions]), [[0, 2]])
})

test('delete by name and by id; unknown topics and disabled deletion get their error codes', () => {
  const created = createTopics(withBroker(), [topic('a'), topic('b')], defaults, ids)
  const image = withBroker().apply(created.records, 1)
  const idB = image.topicIdsByName.get('b')!
  const { records, results } = deleteTopics(image, [{ name: 'a', topicId: null }, { name: null, topicId: idB }, { name: 'nope', topicId: null }, { name: null, topicId: ids() }], defaults)
  assert.deepEqual(results.map((r) => r.errorCode), [0, 0, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.UNKNOWN_TOPIC_ID])
  assert.deepEqual(results[1]!.name, 'b')
  assert.equal(records.length, 2)
  assert.equal(image.apply(records, 2).topicIdsByName.size, 0)
  assert.equal(deleteTopics(image, [{ name: 'a', topicId: null }], { ...defaults, deleteTopicEnable: false }).results[0]!.errorCode, ErrorCode.TOPIC_DELETION_DISABLED)
})

test('the image counts the replicas each broker hosts; the node limit reads them, and deletion or reassignment gives them back', () => {
  const limited = { ...defaults, nodePartitionsMax: 5 }
  const first = createTopics(withBroker(), [topic('a', { numPartitions: 3 }), topic('b', { numPartitions: 3 }), topic('c', { numPartitions: 2 })], limited, ids)
  assert.deepEqual(first.results.map((r) => r.errorCode), [ErrorCode.NONE, ErrorCode.POLICY_VIOLATION, ErrorCode.NONE], 'b would make 6 on broker 1')
  assert.match(first.results[1]!.errorMessage!, /rivulet\.node\.partitions\.max/)
  let image = withBroker().apply(first.records, 1)
  assert.deepEqual([...image.replicaCounts], [[1, 5]])
  assert.equal(createPartitions(image, [{ name: 'a', count: 4, assignments: null }], limited).results[0]!.errorCode, ErrorCode.POLICY_VIOLATION)
  const idA = image.topicIdsByName.get('a')!
  // A reassignment that moves a partition away from broker 1 (to an unregistered 2: the image only counts).
  image = image.apply([record(T.PartitionChange, { partitionId: 0, topicId: idA, isr: null, leader: -2, replicas: [2], removingReplicas: null, addingReplicas: null, leaderRecoveryState: -1, directories: null, eligibleLeaderReplicas: null, lastKnownElr: null })], 2)
  assert.deepEqual([...image.replicaCounts].sort(), [[1, 4], [2, 1]])
  image = image.apply(deleteTopics(image, [{ name: 'a', topicId: null }], limited).records, 3)
  assert.deepEqual([...image.replicaCounts], [[1, 2]])
  const grown = createPartitions(image, [{ name: 'c', count: 5, assignments: null }], limited)
  assert.equal(grown.results[0]!.errorCode, ErrorCode.NONE)
  assert.deepEqual([...image.apply(grown.records, 4).replicaCounts], [[1, 5]])
})

test('per-operation bounds: Kafka counts requested partitions (defaults included) and records', () => {
  const image = withBroker()
  const many = Array.from({ length: 3334 }, (_, i) => topic(`t${i}`))
  assert.equal(createTopics(image, many.slice(0, 3333), { ...defaults, nodePartitionsMax: 100_000 }, ids).results[0]!.errorCode, ErrorCode.POLICY_VIOLATION, '3,333 topics of 3 default partitions are 13,332 records')
  const byDefault = createTopics(image, many, { ...defaults, nodePartitionsMax: 100_000 }, ids)
  assert.deepEqual(new Set(byDefault.results.map((r) => r.errorMessage)), new Set(['Excessively large number of partitions per request.']), '3,334 x 3 default partitions = 10,002')
  assert.equal(byDefault.records.length, 0)
  const invalidCounts = createTopics(image, [topic('zero', { numPartitions: 0 }), topic('neg', { numPartitions: -5 }), topic('ok', { numPartitions: 2 })], defaults, ids)
  assert.deepEqual(invalidCounts.results.map((r) => r.errorCode), [ErrorCode.INVALID_PARTITIONS, ErrorCode.INVALID_PARTITIONS, ErrorCode.NONE])
})
