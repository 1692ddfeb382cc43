// Leader elections (leader-election.ts): ElectLeaders PREFERRED and UNCLEAN with ElectLeaders'
// per-partition error codes, the controller's own unclean elections (unclean.leader.election.enable)
// and the auto rebalance (leader.imbalance.per.broker.percentage).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ElectionType, electLeaders, rebalanceLeaders, uncleanElections } from '../../src/controller/quorum-controller/leader-election.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { clusterImage } from '../helpers/cluster-image.ts'

test('PREFERRED: the preferred replica leads again when it is unfenced and in the ISR', () => {
  const image = clusterImage([{ id: 1 }, { id: 2 }, { id: 3, fenced: true }], {
    t: [
      { replicas: [1, 2], isr: [1, 2], leader: 2 }, // elected
      { replicas: [1, 2], isr: [1, 2], leader: 1 }, // already
      { replicas: [1, 2], isr: [2], leader: 2 }, // preferred out of the ISR
      { replicas: [3, 2], isr: [3, 2], leader: 2 } // preferred fenced
    ]
  })
  const { records, results } = electLeaders(image, ElectionType.PREFERRED, [{ topic: 't', partitions: [0, 1, 2, 3, 9] }, { topic: 'nope', partitions: [0] }])
  assert.deepEqual(results.map((r) => [r.topic, r.partitionResult.map((p) => [p.partitionId, p.errorCode])]), [
    ['t', [[0, ErrorCode.NONE], [1, ErrorCode.ELECTION_NOT_NEEDED], [2, ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE], [3, ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE], [9, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]]],
    ['nope', [[0, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]]]
  ])
  const after = image.apply(records, 101)
  const p0 = after.topic('t')!.partitions.get(0)!
  assert.equal(p0.leader, 1)
  assert.equal(p0.leaderEpoch, 1)
  assert.equal(p0.partitionEpoch, 1)
  // Every partition (null): those needing no election are left out, as Kafka does.
  const all = electLeaders(image, ElectionType.PREFERRED, null)
  assert.deepEqual(all.results.map((r) => r.partitionResult.map((p) => p.partitionId)), [[0, 2, 3]])
})

test('UNCLEAN: only a leaderless partition; an ISR member first, else any unfenced replica (the ISR becomes it)', () => {
  const image = clusterImage([{ id: 1 }, { id: 2, fenced: true }, { id: 3, fenced: true }], {
    t: [
      { replicas: [2, 1], isr: [2], leader: -1 }, // unclean: 1
      { replicas: [1, 2], isr: [1, 2], leader: 1 }, // has a leader
      { replicas: [2, 3], isr: [2], leader: -1 }, // nobody can lead
      { replicas: [2, 1], isr: [2, 1], leader: -1 } // clean: 1 is in the ISR
    ]
  })
  const { records, results } = electLeaders(image, ElectionType.UNCLEAN, [{ topic: 't', partitions: [0, 1, 2, 3] }])
  assert.deepEqual(results[0]!.partitionResult.map((p) => p.errorCode), [ErrorCode.NONE, ErrorCode.ELECTION_NOT_NEEDED, ErrorCode.ELIGIBLE_LEADERS_NOT_AVAILABLE, ErrorCode.NONE])
  const t = image.apply(records, 101).topic('t')!
  assert.deepEqual([t.partitions.get(0)!.leader, t.partitions.get(0)!.isr], [1, [1]])
  assert.deepEqual([t.partitions.get(3)!.leader, t.partitions.get(3)!.isr], [1, [2, 1]])
})

test('the controller\'s own unclean elections happen only where unclean.leader.election.enable allows', () => {
  const image = clusterImage([{ id: 1 }, { id: 2, fenced: true }], {
    a: [{ replicas: [2, 1], isr: [2], leader: -1 }],
    b: [{ replicas: [2, 1], isr: [2], leader: -1 }]
  })
  const records = uncleanElections(image, (topic) => topic === 'a')
  const after = image.apply(records, 101)
  assert.equal(after.topic('a')!.partitions.get(0)!.leader, 1)
  assert.equal(after.topic('b')!.partitions.get(0)!.leader, -1)
  assert.deepEqual(uncleanElections(image, () => false), [])
})

test('auto rebalance: preferred leaders return where a broker\'s imbalance passes the percentage', () => {
  const partitions = Array.from({ length: 10 }, (_, i) => ({ replicas: [1, 2], isr: [1, 2], leader: i < 2 ? 2 : 1 }))
  const image = clusterImage([{ id: 1 }, { id: 2 }], { t: partitions })
  // Broker 1 prefers 10 partitions and leads 8: 20 % imbalance.
  assert.deepEqual(rebalanceLeaders(image, 20), [], 'at the threshold: nothing moves')
  const records = rebalanceLeaders(image, 10)
  assert.equal(records.length, 2)
  const after = image.apply(records, 101)
  assert.ok([...after.topic('t')!.partitions.values()].every((p) => p.leader === 1))
  // A preferred leader that is fenced, or out of the ISR, is not moved to.
  const fenced = clusterImage([{ id: 1, fenced: true }, { id: 2 }], { t: partitions })
  assert.deepEqual(rebalanceLeaders(fenced, 10), [])
  const outOfIsr = clusterImage([{ id: 1 }, { id: 2 }], { t: [{ replicas: [1, 2], isr: [2], leader: 2 }] })
  assert.deepEqual(rebalanceLeaders(outOfIsr, 10), [])
})
