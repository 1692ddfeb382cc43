// Replica placement (placement.ts) and its use by CreateTopics/CreatePartitions: Kafka's assignment
// over unfenced brokers, leaders round-robin, followers spread, rack-aware when racks are set, and
// INVALID_REPLICATION_FACTOR when the factor exceeds the unfenced brokers.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { placeReplicas, rackAlternatedBrokers } from '../../src/controller/quorum-controller/placement.ts'
import { createPartitions, createTopics } from '../../src/controller/quorum-controller/topic-control.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { clusterImage } from '../helpers/cluster-image.ts'

const defaults = { numPartitions: 6, replicationFactor: 3, deleteTopicEnable: true, nodePartitionsMax: 20_000 }
const ids = (): string => 'AQEBAQEBAQEBAQEBAQEBAQ'

function counts (values: readonly number[]): Map<number, number> {
  const m = new Map<number, number>()
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1)
  return m
}

test('without racks: Kafka\'s assignment, leaders round-robin, every replica set distinct', () => {
  const brokers = [0, 1, 2, 3, 4].map((id) => ({ id, rack: null }))
  // Kafka's AdminUtilsTest.testReplicaAssignment: 10 partitions, factor 3, start index 0.
  const expected = [[0, 1, 2], [1, 2, 3], [2, 3, 4], [3, 4, 0], [4, 0, 1], [0, 2, 3], [1, 3, 4], [2, 4, 0], [3, 0, 1], [4, 1, 2]]
  assert.deepEqual(placeReplicas(10, 3, brokers, 0), expected)
  const placed = placeReplicas(30, 3, brokers, 2)
  for (const replicas of placed) assert.equal(new Set(replicas).size, 3)
  assert.deepEqual([...counts(placed.map((r) => r[0]!)).values()], [6, 6, 6, 6, 6], 'leaders spread evenly')
  assert.deepEqual([...counts(placed.flat()).values()], [18, 18, 18, 18, 18], 'replicas spread evenly')
})

test('with racks: brokers alternate rack by rack and each partition spans as many racks as it can', () => {
  const brokers = [{ id: 0, rack: 'a' }, { id: 1, rack: 'a' }, { id: 2, rack: 'b' }, { id: 3, rack: 'b' }, { id: 4, rack: 'c' }, { id: 5, rack: 'c' }]
  assert.deepEqual(rackAlternatedBrokers(brokers).map((b) => b.id), [0, 2, 4, 1, 3, 5])
  const rackOf = new Map(brokers.map((b) => [b.id, b.rack]))
  for (const replicas of placeReplicas(12, 3, brokers, 1)) {
    assert.equal(new Set(replicas.map((id) => rackOf.get(id))).size, 3, `${replicas.join(',')} spans three racks`)
  }
  // Two racks, factor 3: both racks hold a replica, no broker twice.
  const two = [{ id: 1, rack: 'x' }, { id: 2, rack: 'y' }, { id: 3, rack: 'x' }, { id: 4, rack: 'y' }]
  for (const replicas of placeReplicas(8, 3, two, 0)) {
    assert.equal(new Set(replicas).size, 3)
    assert.equal(new Set(replicas.map((id) => two.find((b) => b.id === id)!.rack)).size, 2)
  }
})

test('CreateTopics places over unfenced brokers only, first replica leads; too few brokers: INVALID_REPLICATION_FACTOR', () => {
  const image = clusterImage([{ id: 1, rack: 'a' }, { id: 2, rack: 'b' }, { id: 3, rack: 'c' }, { id: 4, rack: 'a', fenced: true }])
  const { records, results } = createTopics(image, [{ name: 'spread', numPartitions: 6, replicationFactor: 3, assignments: [], configs: new Map() }], defaults, ids)
  assert.equal(results[0]!.errorCode, ErrorCode.NONE)
  const topic = image.apply(records, 101).topic('spread')!
  for (const p of topic.partitions.values()) {
    assert.ok(!p.replicas.includes(4), 'no replica on the fenced broker')
    assert.equal(p.leader, p.replicas[0])
    assert.deepEqual(p.isr, p.replicas)
  }
  assert.deepEqual([...counts([...topic.partitions.values()].map((p) => p.leader)).values()], [2, 2, 2])
  const tooMany = createTopics(image, [{ name: 'big', numPartitions: 1, replicationFactor: 4, assignments: [], configs: new Map() }], defaults, ids)
  assert.equal(tooMany.results[0]!.errorCode, ErrorCode.INVALID_REPLICATION_FACTOR)
  assert.equal(tooMany.records.length, 0)
})

test('CreatePartitions continues the topic\'s stripe over unfenced brokers; too few brokers: INVALID_REPLICATION_FACTOR', () => {
  const image = clusterImage([{ id: 1 }, { id: 2 }, { id: 3 }], { t: [{ replicas: [2, 3] }, { replicas: [3, 1] }] })
  const { records, results } = createPartitions(image, [{ name: 't', count: 5, assignments: null }], defaults)
  assert.equal(results[0]!.errorCode, ErrorCode.NONE)
  const topic = image.apply(records, 101).topic('t')!
  const leaders = [2, 3, 4].map((id) => topic.partitions.get(id)!.leader)
  assert.deepEqual(leaders, [1, 2, 3], 'partition p led by the broker (p + the stripe start) mod n')
  const fenced = clusterImage([{ id: 1 }, { id: 2, fenced: true }, { id: 3, fenced: true }], { t: [{ replicas: [1, 2] }] })
  assert.equal(createPartitions(fenced, [{ name: 't', count: 2, assignments: null }], defaults).results[0]!.errorCode, ErrorCode.INVALID_REPLICATION_FACTOR)
})
