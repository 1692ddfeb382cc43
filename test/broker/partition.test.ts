// The Partition's checks as Kafka's Partition and ReplicaManager make them: the pure decision (epoch
// first, then the leader), and the registry kept in step with real images over a real LogManager
// (unknown, hosted elsewhere, offline, fenced, unknown epoch, not the leader), one Partition object per
// replica for as long as the replica stays on this node.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { leaderError, leaderEpochError, Partition, LEADER_EPOCH_UNCHECKED } from '../../src/broker/partition.ts'
import { Partitions } from '../../src/broker/partitions.ts'
import { MetadataImage } from '../../src/controller/metadata/metadata-image.ts'
import { record, type MetadataRecord } from '../../src/controller/metadata/metadata-record.ts'
import { MetadataRecordType as T } from '../../src/protocol/generated/metadata-records/index.ts'
import { defaultPartitionChangeRecord } from '../../src/protocol/generated/metadata-records/partition-change-record.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { LogManager, OFFLINE_RETRY_MS } from '../../src/storage/log/log-manager.ts'
import { DEFAULT_LOG_CONFIG } from '../../src/storage/log/partition-log.ts'

const LOCAL = 1
const TOPIC_ID = Buffer.alloc(16, 7).toString('base64url')
const OTHER_ID = Buffer.alloc(16, 9).toString('base64url')

test('the epoch check: -1 skips it, older is fenced, newer is unknown', () => {
  assert.equal(leaderEpochError(LEADER_EPOCH_UNCHECKED, 5), ErrorCode.NONE)
  assert.equal(leaderEpochError(5, 5), ErrorCode.NONE)
  assert.equal(leaderEpochError(4, 5), ErrorCode.FENCED_LEADER_EPOCH)
  assert.equal(leaderEpochError(0, 5), ErrorCode.FENCED_LEADER_EPOCH)
  assert.equal(leaderEpochError(6, 5), ErrorCode.UNKNOWN_LEADER_EPOCH)
})

test('the leader checks: the epoch is decided before the leader, as Kafka\'s Partition.getLocalLog does', () => {
  const leader = { localNodeId: LOCAL, leaderId: LOCAL, leaderEpoch: 3 }
  const follower = { localNodeId: LOCAL, leaderId: 2, leaderEpoch: 3 }
  const cases: Array<[typeof leader, number, boolean, number]> = [
    [leader, -1, true, ErrorCode.NONE],
    [leader, 3, true, ErrorCode.NONE],
    [leader, 2, true, ErrorCode.FENCED_LEADER_EPOCH],
    [leader, 4, true, ErrorCode.UNKNOWN_LEADER_EPOCH],
    [follower, -1, true, ErrorCode.NOT_LEADER_OR_FOLLOWER],
    [follower, 3, true, ErrorCode.NOT_LEADER_OR_FOLLOWER],
    [follower, 2, true, ErrorCode.FENCED_LEADER_EPOCH],
    [follower, 4, true, ErrorCode.UNKNOWN_LEADER_EPOCH],
    [follower, -1, false, ErrorCode.NONE],
    [follower, 2, false, ErrorCode.FENCED_LEADER_EPOCH]
  ]
  for (const [state, requested, requireLeader, expected] of cases) {
    assert.equal(leaderError(state, requested, requireLeader), expected, `leader ${state.leaderId}, epoch ${state.leaderEpoch}, requested ${requested}, requireLeader ${requireLeader}`)
  }
})

function topicRecords (name: string, id: string, replicasByPartition: number[][]): MetadataRecord[] {
  return [
    record(T.Topic, { name, topicId: id }),
    ...replicasByPartition.map((replicas, partitionId) => record(T.Partition, {
      partitionId, topicId: id, replicas, isr: replicas, removingReplicas: [], addingReplicas: [], leader: replicas[0]!,
      leaderRecoveryState: 0, leaderEpoch: 0, partitionEpoch: 0, directories: [], eligibleLeaderReplicas: null, lastKnownElr: null
    }))
  ]
}

function change (partitionId: number, fields: { leader?: number, replicas?: number[], isr?: number[] }): MetadataRecord {
  return record(T.PartitionChange, { ...defaultPartitionChangeRecord(), topicId: TOPIC_ID, partitionId, leader: fields.leader ?? -2, replicas: fields.replicas ?? null, isr: fields.isr ?? null })
}

async function withLogs (body: (logs: LogManager, dir: string) => Promise<void> | void, clock = (): number => 1_000_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-partition-'))
  const logs = LogManager.open({ logDir: dir, configFor: () => DEFAULT_LOG_CONFIG, retentionCheckIntervalMs: 300_000, flushCheckIntervalMs: 1000, clock })
  try {
    await body(logs, dir)
  } finally {
    await logs.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

test('lookup answers Kafka\'s error for each partition, and the hosted Partition otherwise', async () => {
  await withLogs((logs) => {
    // p0 led here, p1 led by node 2 with a replica here, p2 only on node 2; p3 led here, its log offline.
    let image = MetadataImage.empty().apply(topicRecords('t', TOPIC_ID, [[LOCAL], [2, LOCAL], [2], [LOCAL]]), 0)
    for (const p of [0, 1]) logs.create('t', p, TOPIC_ID)
    const partitions = new Partitions(LOCAL, logs)
    partitions.update(image)
    const p0 = partitions.lookup('t', 0, LEADER_EPOCH_UNCHECKED, true)
    assert.ok(p0 instanceof Partition)
    assert.equal(p0.highWatermark(), 0)
    assert.equal(partitions.lookup('t', 1, LEADER_EPOCH_UNCHECKED, true), ErrorCode.NOT_LEADER_OR_FOLLOWER)
    assert.ok(partitions.lookup('t', 1, LEADER_EPOCH_UNCHECKED, false) instanceof Partition, 'a follower serves what does not need the leader')
    assert.equal(partitions.lookup('t', 2, LEADER_EPOCH_UNCHECKED, true), ErrorCode.NOT_LEADER_OR_FOLLOWER, 'known to the image, hosted elsewhere')
    assert.equal(partitions.lookup('t', 3, LEADER_EPOCH_UNCHECKED, true), ErrorCode.KAFKA_STORAGE_ERROR, 'hosted here, no log')
    assert.equal(partitions.lookup('t', 9, LEADER_EPOCH_UNCHECKED, true), ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
    assert.equal(partitions.lookup('nope', 0, LEADER_EPOCH_UNCHECKED, true), ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
    assert.ok(partitions.lookupById(TOPIC_ID, 0, 0, true) instanceof Partition)
    assert.equal(partitions.lookupById(OTHER_ID, 0, -1, true), ErrorCode.UNKNOWN_TOPIC_ID)
    assert.equal(partitions.lookupById(TOPIC_ID, 9, -1, true), ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)

    // A new leader epoch for p0 (same leader): the same Partition object takes it; old epochs are fenced.
    image = image.apply([change(0, { leader: LOCAL })], 1)
    partitions.update(image)
    assert.equal(partitions.get('t', 0), p0, 'one Partition object for as long as the replica stays here')
    assert.equal(p0.leaderEpoch, 1)
    assert.equal(partitions.lookup('t', 0, 0, true), ErrorCode.FENCED_LEADER_EPOCH)
    assert.equal(partitions.lookup('t', 0, 2, true), ErrorCode.UNKNOWN_LEADER_EPOCH)
    assert.equal(partitions.lookup('t', 0, 1, true), p0)

    // p0's replica moves to node 2: the Partition is dropped and the partition is hosted elsewhere.
    image = image.apply([change(0, { leader: 2, replicas: [2], isr: [2] })], 2)
    partitions.update(image)
    assert.equal(partitions.get('t', 0), undefined)
    assert.equal(partitions.lookup('t', 0, LEADER_EPOCH_UNCHECKED, true), ErrorCode.NOT_LEADER_OR_FOLLOWER)
    assert.deepEqual([0, 1, 2, 3].map((p) => partitions.get('t', p)?.partitionId), [undefined, 1, undefined, 3])
  })
})

test('an offline log is KAFKA_STORAGE_ERROR until the log manager opens it again', async () => {
  let nowMs = 1_000_000
  await withLogs((logs, dir) => {
    // A file where the partition's directory must go: creating the log fails with a storage error.
    writeFileSync(join(dir, 't-0'), 'not a directory')
    const image = MetadataImage.empty().apply(topicRecords('t', TOPIC_ID, [[LOCAL]]), 0)
    assert.equal(logs.create('t', 0, TOPIC_ID), undefined)
    const partitions = new Partitions(LOCAL, logs)
    partitions.update(image)
    assert.equal(partitions.lookup('t', 0, LEADER_EPOCH_UNCHECKED, true), ErrorCode.KAFKA_STORAGE_ERROR)
    assert.notEqual(partitions.get('t', 0)!.offlineCause(), null)
    rmSync(join(dir, 't-0'))
    nowMs += OFFLINE_RETRY_MS
    const partition = partitions.lookup('t', 0, LEADER_EPOCH_UNCHECKED, true)
    assert.ok(partition instanceof Partition, 'opened on the request after the retry wait')
    assert.equal(partition.highWatermark(), 0)
  }, () => nowMs)
})

test('a Partition never goes back to an older partition epoch', async () => {
  await withLogs((logs) => {
    const state = { partitionId: 0, replicas: [LOCAL], isr: [LOCAL], addingReplicas: [], removingReplicas: [], leader: LOCAL, leaderEpoch: 2, partitionEpoch: 4 }
    const partition = new Partition({ topic: 't', topicId: TOPIC_ID, localNodeId: LOCAL, logs, state })
    assert.throws(() => partition.update({ ...state, partitionEpoch: 3 }), /partition epochs never decrease/)
  })
})

test('an image change rebuilds only the topics it changed: the others keep their Partition objects', async () => {
  await withLogs((logs) => {
    const THIRD_ID = Buffer.alloc(16, 11).toString('base64url')
    let image = MetadataImage.empty().apply(topicRecords('t', TOPIC_ID, [[LOCAL]]), 0)
    logs.create('t', 0, TOPIC_ID)
    const partitions = new Partitions(LOCAL, logs)
    partitions.update(image)
    const t0 = partitions.get('t', 0)
    assert.ok(t0 !== undefined)

    image = image.apply(topicRecords('u', OTHER_ID, [[LOCAL], [2]]), 1)
    logs.create('u', 0, OTHER_ID)
    partitions.update(image)
    assert.equal(partitions.get('t', 0), t0, 'an unchanged topic keeps its Partition')
    assert.equal(partitions.get('u', 0)?.topicId, OTHER_ID)
    assert.equal(partitions.lookup('u', 1, LEADER_EPOCH_UNCHECKED, true), ErrorCode.NOT_LEADER_OR_FOLLOWER)
    const u0 = partitions.get('u', 0)

    // 't' deleted and created again under its name with a new id: a new Partition for the new topic.
    image = image.apply([record(T.RemoveTopic, { topicId: TOPIC_ID })], 2)
    partitions.update(image)
    assert.equal(partitions.get('t', 0), undefined)
    assert.equal(partitions.lookup('t', 0, LEADER_EPOCH_UNCHECKED, true), ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
    assert.equal(partitions.lookupById(TOPIC_ID, 0, -1, true), ErrorCode.UNKNOWN_TOPIC_ID)
    image = image.apply(topicRecords('t', THIRD_ID, [[LOCAL]]), 3)
    partitions.update(image)
    assert.notEqual(partitions.get('t', 0), t0)
    assert.equal(partitions.get('t', 0)?.topicId, THIRD_ID)
    assert.equal(partitions.get('u', 0), u0, 'the other topic was not rebuilt')
  })
})

test('a Partition never takes a log recorded for another topic id (a topic deleted and created again under its name)', async () => {
  await withLogs((logs) => {
    const state = { partitionId: 0, replicas: [LOCAL], isr: [LOCAL], addingReplicas: [], removingReplicas: [], leader: LOCAL, leaderEpoch: 0, partitionEpoch: 0 }
    const old = logs.create('t', 0, TOPIC_ID)!
    assert.equal(old.topicId, TOPIC_ID)
    assert.equal(logs.get('t', 0, OTHER_ID), undefined)
    assert.equal(logs.get('t', 0, TOPIC_ID), old)
    const partition = new Partition({ topic: 't', topicId: OTHER_ID, localNodeId: LOCAL, logs, state })
    assert.equal(partition.check(LEADER_EPOCH_UNCHECKED, true), ErrorCode.KAFKA_STORAGE_ERROR)
    logs.delete('t', 0)
    logs.create('t', 0, OTHER_ID)
    assert.equal(partition.check(LEADER_EPOCH_UNCHECKED, true), ErrorCode.NONE)
    assert.equal(partition.log().topicId, OTHER_ID)
  })
})

test('the topic id of a log found on disk is read from its partition.metadata', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-partition-'))
  const open = (): LogManager => LogManager.open({ logDir: dir, configFor: () => DEFAULT_LOG_CONFIG, retentionCheckIntervalMs: 300_000, flushCheckIntervalMs: 1000, clock: () => 1_000_000 })
  try {
    let logs = open()
    logs.create('t', 0, TOPIC_ID)
    await logs.close()
    logs = open()
    assert.equal(logs.get('t', 0)?.topicId, TOPIC_ID)
    assert.equal(logs.storedTopicId('t', 0), TOPIC_ID)
    assert.equal(logs.get('t', 0, OTHER_ID), undefined)
    await logs.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a Partition dropped by the registry before its log existed never takes the log created later', async () => {
  await withLogs((logs) => {
    let image = MetadataImage.empty().apply(topicRecords('t', TOPIC_ID, [[LOCAL]]), 0)
    const partitions = new Partitions(LOCAL, logs)
    partitions.update(image)
    const dropped = partitions.get('t', 0)!
    assert.equal(dropped.isOnline(), false)
    image = image.apply([change(0, { leader: 2, replicas: [2], isr: [2] })], 1)
    partitions.update(image)
    image = image.apply([change(0, { leader: LOCAL, replicas: [LOCAL], isr: [LOCAL] })], 2)
    partitions.update(image)
    logs.create('t', 0, TOPIC_ID)
    assert.equal(dropped.isOnline(), false, 'the replica added again has a Partition of its own')
    const readded = partitions.get('t', 0)!
    assert.notEqual(readded, dropped)
    assert.ok(readded.isOnline())
  })
})
