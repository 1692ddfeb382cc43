// Partition reassignment (reassignment.ts), as Kafka's KRaft controller decides it (KIP-455): starting
// one (replicas = target then the removed, adding/removing), its errors, completing it once the
// target is in the ISR (a new leader when the old one leaves), cancelling it, and listing.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { alterReassignments, anyReassigning, completeReassignments, listReassignments, type ReassignmentContext } from '../../src/controller/quorum-controller/reassignment.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { MetadataRecordType as T } from '../../src/protocol/generated/metadata-records/index.ts'
import { record } from '../../src/controller/metadata/metadata-record.ts'
import type { MetadataImage, PartitionImage } from '../../src/controller/metadata/metadata-image.ts'
import { imageToRecords } from '../../src/controller/metadata/image-records.ts'
import { MetadataImage as Image } from '../../src/controller/metadata/metadata-image.ts'
import { clusterImage, topicId } from '../helpers/cluster-image.ts'

const CTX: ReassignmentContext = { uncleanEnabled: () => false, nodePartitionsMax: 1000 }
const BROKERS = [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }]

function part (image: MetadataImage, topic: string, id: number): Omit<PartitionImage, 'partitionId'> {
  const { partitionId: _, ...rest } = image.topic(topic)!.partitions.get(id)!
  return rest
}

function reassign (image: MetadataImage, topic: string, partition: number, replicas: number[] | null, ctx = CTX): { image: MetadataImage, errorCode: number, errorMessage: string | null, records: number } {
  const { records, results } = alterReassignments(image, [{ name: topic, partitions: [{ partitionIndex: partition, replicas }] }], ctx)
  const r = results[0]!.partitions[0]!
  return { image: records.length === 0 ? image : image.apply(records, image.offset + 1), errorCode: r.errorCode, errorMessage: r.errorMessage, records: records.length }
}

/** The leader's AlterPartition as the controller commits it: a new ISR. */
function isr (image: MetadataImage, topic: string, partition: number, members: number[]): MetadataImage {
  return image.apply([record(T.PartitionChange, {
    partitionId: partition, topicId: topicId(topic), isr: members, leader: -2, replicas: null, removingReplicas: null, addingReplicas: null,
    leaderRecoveryState: -1, directories: null, eligibleLeaderReplicas: null, lastKnownElr: null
  })], image.offset + 1)
}

test('a move from {1,2,3} to {2,3,4}: replicas are the target then the removed, the ISR waits for 4, then completion drops 1 and moves the leadership', () => {
  const image = clusterImage(BROKERS, { t: [{ replicas: [1, 2, 3], leader: 1 }] })
  const started = reassign(image, 't', 0, [2, 3, 4])
  assert.equal(started.errorCode, ErrorCode.NONE)
  assert.deepEqual(part(started.image, 't', 0), { replicas: [2, 3, 4, 1], isr: [1, 2, 3], addingReplicas: [4], removingReplicas: [1], leader: 1, leaderEpoch: 0, partitionEpoch: 1 }, 'adding replicas bumps only the partition epoch (the followers go on fetching)')
  assert.deepEqual([...started.image.replicaCounts].sort(), [[1, 1], [2, 1], [3, 1], [4, 1]], 'the new replica is hosted (its broker creates the log) while the old one stays')
  assert.deepEqual(completeReassignments(started.image), [], 'not complete while 4 is out of the ISR')
  const caughtUp = isr(started.image, 't', 0, [1, 2, 3, 4])
  const records = completeReassignments(caughtUp)
  assert.equal(records.length, 1)
  const done = caughtUp.apply(records, caughtUp.offset + 1)
  assert.deepEqual(part(done, 't', 0), { replicas: [2, 3, 4], isr: [2, 3, 4], addingReplicas: [], removingReplicas: [], leader: 2, leaderEpoch: 1, partitionEpoch: 3 })
  assert.deepEqual([...done.replicaCounts].sort(), [[2, 1], [3, 1], [4, 1]])
  assert.equal(anyReassigning(done), false)
  assert.deepEqual(completeReassignments(done), [])
})

test('completion keeps a leader that stays; a new leader is the first target replica in the ISR that may lead, else none', () => {
  const image = clusterImage([{ id: 1 }, { id: 2, fenced: true }, { id: 3 }, { id: 4 }], { t: [{ replicas: [1, 2, 3], leader: 3 }, { replicas: [1, 2, 3], leader: 1 }, { replicas: [1, 3], leader: 1 }] })
  let img = reassign(image, 't', 0, [2, 3, 4]).image
  img = reassign(img, 't', 1, [2, 3, 4]).image
  img = reassign(img, 't', 2, [2, 4]).image
  img = isr(img, 't', 0, [1, 2, 3, 4])
  img = isr(img, 't', 1, [1, 2, 3, 4])
  img = isr(img, 't', 2, [1, 2, 4])
  const done = img.apply(completeReassignments(img), img.offset + 1)
  assert.equal(part(done, 't', 0).leader, 3, 'the leader stays in the target: kept')
  assert.equal(part(done, 't', 0).leaderEpoch, 1, 'a replica left: the leader epoch bumps though the leader stays (KRaft), so the removed replica is fenced')
  assert.equal(part(done, 't', 1).leader, 3, '2 is fenced: 3 is the first target replica in the ISR that may lead')
  assert.equal(part(done, 't', 2).leader, 4)
  const none = clusterImage([{ id: 1 }, { id: 2, fenced: true }], { t: [{ replicas: [1], leader: 1 }] })
  const moved = isr(reassign(none, 't', 0, [2]).image, 't', 0, [1, 2])
  const after = moved.apply(completeReassignments(moved), moved.offset + 1)
  assert.deepEqual([part(after, 't', 0).replicas, part(after, 't', 0).isr, part(after, 't', 0).leader], [[2], [2], -1], 'no target replica may lead: NO_LEADER (elected when 2 is unfenced)')
})

test('a reassignment whose target is in the ISR already completes at once: a reorder, a smaller replication factor', () => {
  const image = clusterImage(BROKERS, { t: [{ replicas: [1, 2, 3], leader: 1 }, { replicas: [1, 2, 3], leader: 1 }] })
  const reorder = reassign(image, 't', 0, [3, 2, 1])
  assert.equal(reorder.records, 1)
  assert.deepEqual(part(reorder.image, 't', 0), { replicas: [3, 2, 1], isr: [1, 2, 3], addingReplicas: [], removingReplicas: [], leader: 1, leaderEpoch: 0, partitionEpoch: 1 })
  const shrink = reassign(image, 't', 1, [2, 3])
  assert.deepEqual(part(shrink.image, 't', 1), { replicas: [2, 3], isr: [2, 3], addingReplicas: [], removingReplicas: [], leader: 2, leaderEpoch: 1, partitionEpoch: 1 })
  const same = reassign(image, 't', 0, [1, 2, 3])
  assert.deepEqual([same.errorCode, same.records], [ErrorCode.NONE, 0], 'the current assignment: nothing to do')
})

test('errors: unknown topic or partition, empty, duplicate or unregistered replicas, cancel of none; the other partitions go on', () => {
  const image = clusterImage(BROKERS, { t: [{ replicas: [1, 2, 3] }, { replicas: [1, 2, 3] }] })
  const { records, results } = alterReassignments(image, [
    { name: 't', partitions: [{ partitionIndex: 0, replicas: [] }, { partitionIndex: 1, replicas: [2, 2, 4] }, { partitionIndex: 0, replicas: [2, 9] }, { partitionIndex: 7, replicas: [1] }, { partitionIndex: 0, replicas: null }, { partitionIndex: 1, replicas: [2, 3, 4] }] },
    { name: 'nope', partitions: [{ partitionIndex: 0, replicas: [1] }] }
  ], CTX)
  assert.deepEqual(results.map((t) => [t.name, t.partitions.map((p) => [p.partitionIndex, p.errorCode])]), [
    ['t', [[0, ErrorCode.INVALID_REPLICA_ASSIGNMENT], [1, ErrorCode.INVALID_REPLICA_ASSIGNMENT], [0, ErrorCode.INVALID_REPLICA_ASSIGNMENT], [7, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION], [0, ErrorCode.NO_REASSIGNMENT_IN_PROGRESS], [1, ErrorCode.NONE]]],
    ['nope', [[0, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]]]
  ])
  assert.match(results[0]!.partitions[0]!.errorMessage!, /empty replica list/)
  assert.match(results[0]!.partitions[1]!.errorMessage!, /broker 2 more than once/)
  assert.match(results[0]!.partitions[2]!.errorMessage!, /broker 9, but no such broker is registered/)
  assert.equal(records.length, 1, 'only the valid one is written')
})

test('rivulet.node.partitions.max bounds the replicas a reassignment adds to a node (POLICY_VIOLATION)', () => {
  const image = clusterImage(BROKERS, { t: [{ replicas: [1] }, { replicas: [1] }], u: [{ replicas: [4] }] })
  const { records, results } = alterReassignments(image, [{ name: 't', partitions: [{ partitionIndex: 0, replicas: [4] }, { partitionIndex: 1, replicas: [4] }] }], { ...CTX, nodePartitionsMax: 2 })
  assert.deepEqual(results[0]!.partitions.map((p) => p.errorCode), [ErrorCode.NONE, ErrorCode.POLICY_VIOLATION])
  assert.equal(records.length, 1)
})

test('cancel reverts to the original replicas: the added leave the replicas and the ISR, a leader among them is replaced', () => {
  const image = clusterImage(BROKERS, { t: [{ replicas: [1, 2, 3], leader: 1 }] })
  const started = reassign(image, 't', 0, [2, 3, 4]).image
  // 4 caught up and was elected leader (say, by a preferred election) before the cancel.
  const withLeader4 = started.apply([record(T.PartitionChange, {
    partitionId: 0, topicId: topicId('t'), isr: [1, 2, 3, 4], leader: 4, replicas: null, removingReplicas: null, addingReplicas: null,
    leaderRecoveryState: -1, directories: null, eligibleLeaderReplicas: null, lastKnownElr: null
  })], started.offset + 1)
  const cancelled = reassign(withLeader4, 't', 0, null)
  assert.equal(cancelled.errorCode, ErrorCode.NONE)
  const p = part(cancelled.image, 't', 0)
  assert.deepEqual([p.replicas, p.isr, p.addingReplicas, p.removingReplicas, p.leader], [[2, 3, 1], [1, 2, 3], [], [], 2])
  assert.deepEqual([...cancelled.image.replicaCounts].sort(), [[1, 1], [2, 1], [3, 1]], 'broker 4 hosts nothing any more (its log is deleted)')
  assert.equal(reassign(cancelled.image, 't', 0, null).errorCode, ErrorCode.NO_REASSIGNMENT_IN_PROGRESS)
})

test('a cancel that would leave only added replicas in the ISR is an unclean election: refused unless unclean.leader.election.enable', () => {
  const image = clusterImage(BROKERS, { t: [{ replicas: [1], leader: 1 }] })
  const started = reassign(image, 't', 0, [1, 4]).image
  const onlyNew = started.apply([record(T.PartitionChange, {
    partitionId: 0, topicId: topicId('t'), isr: [4], leader: 4, replicas: null, removingReplicas: null, addingReplicas: null,
    leaderRecoveryState: -1, directories: null, eligibleLeaderReplicas: null, lastKnownElr: null
  })], started.offset + 1)
  const refused = reassign(onlyNew, 't', 0, null)
  assert.equal(refused.errorCode, ErrorCode.INVALID_REPLICA_ASSIGNMENT)
  assert.match(refused.errorMessage!, /unclean leader election/)
  const allowed = reassign(onlyNew, 't', 0, null, { ...CTX, uncleanEnabled: (topic) => topic === 't' })
  assert.deepEqual([part(allowed.image, 't', 0).replicas, part(allowed.image, 't', 0).isr, part(allowed.image, 't', 0).leader], [[1], [1], 1])
})

test('a new target replaces the reassignment in progress: replicas still being added stay adding, going back cancels the move', () => {
  const image = clusterImage(BROKERS, { t: [{ replicas: [1, 2, 3], leader: 1 }] })
  const first = reassign(image, 't', 0, [2, 3, 4]).image
  const second = reassign(first, 't', 0, [3, 4])
  assert.deepEqual([part(second.image, 't', 0).replicas, part(second.image, 't', 0).addingReplicas, part(second.image, 't', 0).removingReplicas], [[3, 4, 1, 2], [4], [1, 2]])
  const back = reassign(first, 't', 0, [1, 2, 3])
  const p = part(back.image, 't', 0)
  assert.deepEqual([p.replicas, p.isr, p.addingReplicas, p.removingReplicas], [[1, 2, 3], [1, 2, 3], [], []], 'the original replicas are all in the ISR: complete at once')
})

test('list: every reassignment in progress, or those of the listed partitions (unknown ones left out)', () => {
  const image = clusterImage(BROKERS, { b: [{ replicas: [1] }, { replicas: [1] }], a: [{ replicas: [1] }], c: [{ replicas: [1] }] })
  const { records } = alterReassignments(image, [{ name: 'b', partitions: [{ partitionIndex: 1, replicas: [2] }, { partitionIndex: 0, replicas: [1, 3] }] }, { name: 'a', partitions: [{ partitionIndex: 0, replicas: [4] }] }], CTX)
  const after = image.apply(records, 101)
  assert.deepEqual(listReassignments(after, null), [
    { name: 'a', partitions: [{ partitionIndex: 0, replicas: [4, 1], addingReplicas: [4], removingReplicas: [1] }] },
    { name: 'b', partitions: [{ partitionIndex: 0, replicas: [1, 3], addingReplicas: [3], removingReplicas: [] }, { partitionIndex: 1, replicas: [2, 1], addingReplicas: [2], removingReplicas: [1] }] }
  ])
  assert.deepEqual(listReassignments(after, [{ name: 'b', partitionIndexes: [1, 5] }, { name: 'c', partitionIndexes: [0] }, { name: 'nope', partitionIndexes: [0] }]), [
    { name: 'b', partitions: [{ partitionIndex: 1, replicas: [2, 1], addingReplicas: [2], removingReplicas: [1] }] }
  ])
  assert.deepEqual(listReassignments(image, null), [])
  // A snapshot keeps the reassignments in progress.
  const rebuilt = Image.empty().apply(imageToRecords(after), after.offset)
  assert.deepEqual(listReassignments(rebuilt, null), listReassignments(after, null))
})

test('one request writes at most 10,000 records (Kafka\'s bound on an operation): past it, nothing and POLICY_VIOLATION for all', () => {
  const partitions = Array.from({ length: 10_001 }, () => ({ replicas: [1] }))
  const image = clusterImage(BROKERS, { big: partitions })
  const { records, results } = alterReassignments(image, [{ name: 'big', partitions: partitions.map((_, i) => ({ partitionIndex: i, replicas: [2] })) }], { ...CTX, nodePartitionsMax: 100_000 })
  assert.equal(records.length, 0)
  assert.ok(results[0]!.partitions.every((p) => p.errorCode === ErrorCode.POLICY_VIOLATION))
  const fits = alterReassignments(image, [{ name: 'big', partitions: partitions.slice(0, 10_000).map((_, i) => ({ partitionIndex: i, replicas: [2] })) }], { ...CTX, nodePartitionsMax: 100_000 })
  assert.equal(fits.records.length, 10_000)
})
