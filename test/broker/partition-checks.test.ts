// Every data API answers a partition's leader and epoch checks as Kafka does, over the wire: a node
// whose @metadata log moved partitions' leadership (a new leader epoch here, a leader elsewhere, a
// replica only elsewhere) answers Produce, Fetch, ListOffsets, DeleteRecords and OffsetForLeaderEpoch
// with FENCED_LEADER_EPOCH for an older current leader epoch, UNKNOWN_LEADER_EPOCH for a newer one (the
// epoch before the leader, as Kafka's Partition.getLocalLog), and NOT_LEADER_OR_FOLLOWER where this
// node is not the leader or hosts no replica of a partition the metadata knows.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startBroker, type RunningBroker } from '../../src/node/node.ts'
import { RaftMetadataLog } from '../../src/controller/metadata/metadata-log.ts'
import { record, type MetadataRecord } from '../../src/controller/metadata/metadata-record.ts'
import { MetadataRecordType as T } from '../../src/protocol/generated/metadata-records/index.ts'
import { defaultPartitionChangeRecord } from '../../src/protocol/generated/metadata-records/partition-change-record.ts'
import { WireClient, call } from '../helpers/wire-client.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { buildRecordBatch } from '../../src/protocol/record-batch/records.ts'
import { silentLogger } from '../../src/util/logger.ts'
import type { ProduceResponse } from '../../src/protocol/generated/messages/produce.ts'
import type { FetchResponse } from '../../src/protocol/generated/messages/fetch.ts'
import type { ListOffsetsResponse } from '../../src/protocol/generated/messages/list-offsets.ts'
import type { DeleteRecordsResponse } from '../../src/protocol/generated/messages/delete-records.ts'
import type { OffsetForLeaderEpochResponse } from '../../src/protocol/generated/messages/offset-for-leader-epoch.ts'

const { NONE, FENCED_LEADER_EPOCH: FENCED, UNKNOWN_LEADER_EPOCH: UNKNOWN_EPOCH, NOT_LEADER_OR_FOLLOWER: NOT_LEADER, UNKNOWN_TOPIC_OR_PARTITION: UNKNOWN } = ErrorCode
/** This node's id (the default node.id) and another node's. */
const LOCAL = 1
const OTHER = 2

function start (dir: string): Promise<RunningBroker> {
  return startBroker({ config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': dir, 'auto.create.topics.enable': 'false' } })
}

test('leader and leader-epoch checks answer as Kafka in every data API', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-partition-checks-'))
  let broker: RunningBroker | null = null
  let client: WireClient | null = null
  try {
    // Three partitions with two records each, led here at leader epoch 0.
    broker = await start(dir)
    client = await WireClient.connect(broker.port)
    await call(client, ApiKey.CreateTopics, 7, { topics: [{ name: 'moved', numPartitions: 3, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 1000, validateOnly: false })
    const batch = buildRecordBatch({ records: [{ key: null, value: Buffer.from('a') }, { key: null, value: Buffer.from('b') }] })
    const produced = await call<ProduceResponse>(client, ApiKey.Produce, 9, { transactionalId: null, acks: 1, timeoutMs: 1000, topicData: [{ name: 'moved', partitionData: [0, 1, 2].map((index) => ({ index, records: batch })) }] })
    assert.deepEqual(produced.responses[0]!.partitionResponses.map((p) => p.errorCode), [NONE, NONE, NONE])
    const topicId = broker.broker.image().topic('moved')!.id
    client.close()
    client = null
    await broker.close()
    broker = null

    // The metadata log moves leadership: partition 0 gets a new leader epoch (1) with this node still
    // leading; partition 1 is led by node 2 with a follower replica here (epoch 1); partition 2 lives on
    // node 2 only.
    const metadataLog = await RaftMetadataLog.open({ parentDir: dir, nodeId: LOCAL, logger: silentLogger() })
    const change = (partitionId: number, leader: number, replicas: number[] | null): MetadataRecord =>
      record(T.PartitionChange, { ...defaultPartitionChangeRecord(), topicId, partitionId, leader, replicas, isr: replicas })
    await metadataLog.append([change(0, LOCAL, null), change(1, OTHER, [OTHER, LOCAL]), change(2, OTHER, [OTHER])])
    await metadataLog.close()

    broker = await start(dir)
    client = await WireClient.connect(broker.port)
    const c = client

    // ListOffsets v7 (latest): partition, current leader epoch, replica id -> error, offset, leader epoch.
    const listOffsets = async (cases: Array<[number, number]>, replicaId = -1): Promise<Array<[number, number, bigint, number]>> => {
      const r = await call<ListOffsetsResponse>(c, ApiKey.ListOffsets, 7, { replicaId, isolationLevel: 0, topics: [{ name: 'moved', partitions: cases.map(([partitionIndex, currentLeaderEpoch]) => ({ partitionIndex, currentLeaderEpoch, timestamp: -1n, maxNumOffsets: 1 })) }] })
      return r.topics[0]!.partitions.map((p) => [p.partitionIndex, p.errorCode, p.offset, p.leaderEpoch])
    }
    assert.deepEqual(await listOffsets([[0, 0], [0, 2], [0, 1], [0, -1], [1, -1], [1, 0], [1, 2], [2, -1], [7, -1]]), [
      [0, FENCED, -1n, -1], [0, UNKNOWN_EPOCH, -1n, -1], [0, NONE, 2n, 1], [0, NONE, 2n, 1],
      [1, NOT_LEADER, -1n, -1], [1, FENCED, -1n, -1], [1, UNKNOWN_EPOCH, -1n, -1],
      [2, NOT_LEADER, -1n, -1], [7, UNKNOWN, -1n, -1]
    ])
    assert.deepEqual(await listOffsets([[1, 1]], -2), [[1, NONE, 2n, 1]], 'the debugging replica id reads a follower, as in Kafka')

    // OffsetForLeaderEpoch v4: only the leader answers; the epoch is checked first.
    const epochs = await call<OffsetForLeaderEpochResponse>(c, ApiKey.OffsetForLeaderEpoch, 4, {
      replicaId: -1, topics: [{ topic: 'moved', partitions: [[0, 0], [0, 2], [0, 1], [1, -1], [1, 0], [2, -1]].map(([partition, currentLeaderEpoch]) => ({ partition, currentLeaderEpoch, leaderEpoch: 0 })) }]
    })
    assert.deepEqual(epochs.topics[0]!.partitions.map((p) => [p.partition, p.errorCode, p.endOffset]), [
      [0, FENCED, -1n], [0, UNKNOWN_EPOCH, -1n], [0, NONE, 2n], [1, NOT_LEADER, -1n], [1, FENCED, -1n], [2, NOT_LEADER, -1n]
    ])

    // Fetch v12: the same checks before any read.
    const fetched = await call<FetchResponse>(c, ApiKey.Fetch, 12, {
      clusterId: null, replicaId: -1, replicaState: { replicaId: -1, replicaEpoch: -1n }, maxWaitMs: 0, minBytes: 0, maxBytes: 1 << 20, isolationLevel: 0, sessionId: 0, sessionEpoch: -1,
      topics: [{ topic: 'moved', topicId: 'AAAAAAAAAAAAAAAAAAAAAA', partitions: [[0, 0], [0, 2], [0, 1], [1, -1], [2, -1]].map(([partition, currentLeaderEpoch]) => ({ partition, currentLeaderEpoch, fetchOffset: 0n, lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 1 << 16 })) }],
      forgottenTopicsData: [], rackId: ''
    })
    assert.deepEqual(fetched.responses[0]!.partitions.map((p) => [p.partitionIndex, p.errorCode, p.highWatermark, p.records!.length > 0]), [
      [0, FENCED, -1n, false], [0, UNKNOWN_EPOCH, -1n, false], [0, NONE, 2n, true], [1, NOT_LEADER, -1n, false], [2, NOT_LEADER, -1n, false]
    ])

    // DeleteRecords (no epoch in the request): only the leader deletes.
    const deleted = await call<DeleteRecordsResponse>(c, ApiKey.DeleteRecords, 2, { topics: [{ name: 'moved', partitions: [0, 1, 2].map((partitionIndex) => ({ partitionIndex, offset: 1n })) }], timeoutMs: 1000 })
    assert.deepEqual(deleted.topics[0]!.partitions.map((p) => [p.partitionIndex, p.errorCode, p.lowWatermark]), [[0, NONE, 1n], [1, NOT_LEADER, -1n], [2, NOT_LEADER, -1n]])
    const earliest = await call<ListOffsetsResponse>(c, ApiKey.ListOffsets, 7, { replicaId: -2, isolationLevel: 0, topics: [{ name: 'moved', partitions: [{ partitionIndex: 1, currentLeaderEpoch: -1, timestamp: -2n, maxNumOffsets: 1 }] }] })
    assert.equal(earliest.topics[0]!.partitions[0]!.offset, 0n, 'the follower\'s records were not deleted')

    // Produce: the leader's new epoch is written; elsewhere NOT_LEADER_OR_FOLLOWER.
    const produce = await call<ProduceResponse>(c, ApiKey.Produce, 9, { transactionalId: null, acks: 1, timeoutMs: 1000, topicData: [{ name: 'moved', partitionData: [0, 1, 2].map((index) => ({ index, records: batch })) }] })
    assert.deepEqual(produce.responses[0]!.partitionResponses.map((p) => [p.index, p.errorCode, p.baseOffset]), [[0, NONE, 2n], [1, NOT_LEADER, -1n], [2, NOT_LEADER, -1n]])
    const afterProduce = await call<OffsetForLeaderEpochResponse>(c, ApiKey.OffsetForLeaderEpoch, 4, { replicaId: -1, topics: [{ topic: 'moved', partitions: [{ partition: 0, currentLeaderEpoch: 1, leaderEpoch: 0 }] }] })
    assert.deepEqual(afterProduce.topics[0]!.partitions.map((p) => [p.errorCode, p.leaderEpoch, p.endOffset]), [[NONE, 0, 2n]], 'epoch 0 ends where the batch of epoch 1 starts')
  } finally {
    client?.close()
    await broker?.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
