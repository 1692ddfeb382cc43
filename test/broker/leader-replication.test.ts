// The leader side of replication over the wire, on a broker whose @metadata log gives it partitions
// with another broker (2) as follower in the ISR: follower fetches (replica id 2) read to the log end
// and move the high watermark, which answers a waiting acks=all produce and lets consumers read;
// consumers and ListOffsets see only what is below the high watermark (followers the log end); a
// follower gets Kafka's errors (not a replica, stale or unknown epoch, beyond the log end), a diverging
// epoch (Fetch v12+), and long-polls when caught up; acks=all answers NOT_ENOUGH_REPLICAS under
// min.insync.replicas and REQUEST_TIMED_OUT when the follower does not fetch, acks=1 at once; the
// topic setting rivulet.replication.fsync makes acks=all fsync the leader's log.
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
import type { ProduceResponse } from '../../src/protocol/generated/messages/produce.ts'
import type { FetchResponse, FetchResponsePartitionData } from '../../src/protocol/generated/messages/fetch.ts'
import type { ListOffsetsResponse } from '../../src/protocol/generated/messages/list-offsets.ts'
import type { OffsetForLeaderEpochResponse } from '../../src/protocol/generated/messages/offset-for-leader-epoch.ts'
import { silentLogger } from '../../src/util/logger.ts'

const LOCAL = 1
const FOLLOWER = 2

function start (dir: string): Promise<RunningBroker> {
  return startBroker({ config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': dir, 'auto.create.topics.enable': 'false' } })
}

const batch = (n: number): Buffer => buildRecordBatch({ records: Array.from({ length: n }, (_, i) => ({ key: null, value: Buffer.from(`r${i}`) })) })

interface FetchAt {
  readonly partition: number
  readonly offset: number
  readonly currentLeaderEpoch?: number
  readonly lastFetchedEpoch?: number
}

async function fetch (c: WireClient, replicaId: number, at: FetchAt[], maxWaitMs = 0, maxBytes = 1 << 20): Promise<FetchResponsePartitionData[]> {
  const r = await call<FetchResponse>(c, ApiKey.Fetch, 12, {
    clusterId: null, replicaId, replicaState: { replicaId: -1, replicaEpoch: -1n }, maxWaitMs, minBytes: 1, maxBytes, isolationLevel: 0, sessionId: 0, sessionEpoch: -1,
    topics: [{ topic: 'rep', topicId: 'AAAAAAAAAAAAAAAAAAAAAA', partitions: at.map((a) => ({ partition: a.partition, currentLeaderEpoch: a.currentLeaderEpoch ?? -1, fetchOffset: BigInt(a.offset), lastFetchedEpoch: a.lastFetchedEpoch ?? -1, logStartOffset: -1n, partitionMaxBytes: 1 << 16 })) }],
    forgottenTopicsData: [], rackId: ''
  })
  return r.responses.flatMap((t) => t.partitions)
}

function produce (c: WireClient, acks: number, partitions: number[], timeoutMs = 30_000, records = batch(3)): Promise<ProduceResponse> {
  return call<ProduceResponse>(c, ApiKey.Produce, 9, { transactionalId: null, acks, timeoutMs, topicData: [{ name: 'rep', partitionData: partitions.map((index) => ({ index, records })) }] })
}

/** ListOffsets v7 for partition 0 of 'rep' at `timestamp`: [error code, offset]. */
async function listOffset (c: WireClient, replicaId: number, timestamp: bigint): Promise<[number, bigint]> {
  const r = await call<ListOffsetsResponse>(c, ApiKey.ListOffsets, 7, { replicaId, isolationLevel: 0, topics: [{ name: 'rep', partitions: [{ partitionIndex: 0, currentLeaderEpoch: -1, timestamp, maxNumOffsets: 1 }] }] })
  const p = r.topics[0]!.partitions[0]!
  return [p.errorCode, p.offset]
}

async function latest (c: WireClient, replicaId: number): Promise<bigint> {
  const r = await call<ListOffsetsResponse>(c, ApiKey.ListOffsets, 7, { replicaId, isolationLevel: 0, topics: [{ name: 'rep', partitions: [{ partitionIndex: 0, currentLeaderEpoch: -1, timestamp: -1n, maxNumOffsets: 1 }] }] })
  return r.topics[0]!.partitions[0]!.offset
}

test('follower fetches move the high watermark; acks=all, consumers and ListOffsets follow it', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-leader-replication-'))
  let broker: RunningBroker | null = null
  const clients: WireClient[] = []
  try {
    // Two partitions led here with min.insync.replicas 2; then the metadata log makes node 2 their
    // follower: partition 0 with node 2 in the ISR, partition 1 with the leader alone in it.
    broker = await start(dir)
    let c = await WireClient.connect(broker.port)
    await call(c, ApiKey.CreateTopics, 7, { topics: [{ name: 'rep', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [{ name: 'min.insync.replicas', value: '2' }] }], timeoutMs: 1000, validateOnly: false })
    const topicId = broker.broker.image().topic('rep')!.id
    c.close()
    await broker.close()
    broker = null
    const metadataLog = await RaftMetadataLog.open({ parentDir: dir, nodeId: LOCAL, logger: silentLogger() })
    const change = (partitionId: number, isr: number[]): MetadataRecord =>
      record(T.PartitionChange, { ...defaultPartitionChangeRecord(), topicId, partitionId, leader: LOCAL, replicas: [LOCAL, FOLLOWER], isr })
    await metadataLog.append([change(0, [LOCAL, FOLLOWER]), change(1, [LOCAL])])
    await metadataLog.close()

    broker = await start(dir)
    const producer = await WireClient.connect(broker.port)
    const follower = await WireClient.connect(broker.port)
    c = await WireClient.connect(broker.port)
    clients.push(producer, follower, c)
    const partition = broker.broker.partitions.get('rep', 0)!
    assert.equal(partition.leaderEpoch, 1)

    // acks=all: appended, then parked until the follower has the records.
    let answered: ProduceResponse | null = null
    const waiting = produce(producer, -1, [0]).then((r) => { answered = r; return r })
    waiting.catch(() => {})
    while (!partition.isOnline() || partition.logEndOffset() < 3) await new Promise((resolve) => setTimeout(resolve, 5))
    assert.equal(answered, null)
    assert.equal(broker.broker.producePurgatory.parkedCount(), 1)
    assert.equal(await latest(c, -1), 0n, 'consumers: the high watermark')
    assert.equal(await latest(c, FOLLOWER), 3n, 'followers: the log end offset')
    // Timestamp lookups (and -3, the largest timestamp) see only what consumers may read, as Kafka's fetchOffsetForTimestamp.
    assert.deepEqual(await listOffset(c, -1, -3n), [ErrorCode.NONE, -1n], 'consumers: nothing below the high watermark')
    assert.deepEqual(await listOffset(c, -1, 0n), [ErrorCode.NONE, -1n])
    const [followerError, followerMax] = await listOffset(c, FOLLOWER, -3n)
    assert.ok(followerError === ErrorCode.NONE && followerMax >= 0n && followerMax < 3n, 'followers: up to the log end')
    assert.deepEqual(await listOffset(c, FOLLOWER, 0n), [ErrorCode.NONE, 0n])
    const [consumerBefore] = await fetch(c, -1, [{ partition: 0, offset: 0 }])
    assert.deepEqual([consumerBefore!.errorCode, consumerBefore!.highWatermark, consumerBefore!.records!.length], [ErrorCode.NONE, 0n, 0])

    // The follower reads up to the log end; its next fetch (from 3) tells the leader it has them.
    const [first] = await fetch(follower, FOLLOWER, [{ partition: 0, offset: 0, currentLeaderEpoch: 1 }])
    assert.equal(first!.errorCode, ErrorCode.NONE)
    assert.ok(first!.records!.length > 0)
    assert.equal(first!.highWatermark, 0n)
    const [second] = await fetch(follower, FOLLOWER, [{ partition: 0, offset: 3, currentLeaderEpoch: 1, lastFetchedEpoch: 1 }])
    assert.deepEqual([second!.errorCode, second!.highWatermark, second!.records!.length], [ErrorCode.NONE, 3n, 0], 'the response carries the high watermark it moved')
    const produced = await waiting
    assert.deepEqual(produced.responses[0]!.partitionResponses.map((p) => [p.errorCode, p.baseOffset]), [[ErrorCode.NONE, 0n]])
    const [consumerAfter] = await fetch(c, -1, [{ partition: 0, offset: 0 }])
    assert.equal(consumerAfter!.highWatermark, 3n)
    assert.ok(consumerAfter!.records!.length > 0)
    assert.equal(await latest(c, -1), 3n)

    // Kafka's errors for a follower, and nothing changes: not a replica, stale and unknown epochs, beyond the log end.
    const errors = await fetch(follower, 3, [{ partition: 0, offset: 3 }])
    assert.equal(errors[0]!.errorCode, ErrorCode.NOT_LEADER_OR_FOLLOWER, 'node 3 is not a replica')
    const checked = await fetch(follower, FOLLOWER, [{ partition: 0, offset: 3, currentLeaderEpoch: 0 }, { partition: 0, offset: 3, currentLeaderEpoch: 2 }, { partition: 0, offset: 9, currentLeaderEpoch: 1 }])
    assert.deepEqual(checked.map((p) => p.errorCode), [ErrorCode.FENCED_LEADER_EPOCH, ErrorCode.UNKNOWN_LEADER_EPOCH, ErrorCode.OFFSET_OUT_OF_RANGE])
    assert.equal(partition.followers.get(FOLLOWER)!.logEndOffset, 3, 'the failed fetches recorded nothing')

    // Diverging epoch (v12+): the follower's last epoch 0 ended at offset 0 here (epoch 1 started
    // there), below its fetch offset 3: no records, where to truncate.
    const [diverged] = await fetch(follower, FOLLOWER, [{ partition: 0, offset: 3, currentLeaderEpoch: 1, lastFetchedEpoch: 0 }])
    assert.deepEqual([diverged!.errorCode, diverged!.divergingEpoch.epoch, diverged!.divergingEpoch.endOffset, diverged!.records!.length], [ErrorCode.NONE, 0, 0n, 0])
    const [unknownEpoch] = await fetch(follower, FOLLOWER, [{ partition: 0, offset: 3, currentLeaderEpoch: 1, lastFetchedEpoch: 7 }])
    assert.equal(unknownEpoch!.errorCode, ErrorCode.OFFSET_OUT_OF_RANGE, 'an epoch the leader does not know')
    const epochs = await call<OffsetForLeaderEpochResponse>(c, ApiKey.OffsetForLeaderEpoch, 4, { replicaId: FOLLOWER, topics: [{ topic: 'rep', partitions: [{ partition: 0, currentLeaderEpoch: 1, leaderEpoch: 0 }, { partition: 0, currentLeaderEpoch: 1, leaderEpoch: 1 }] }] })
    assert.deepEqual(epochs.topics[0]!.partitions.map((p) => [p.errorCode, p.leaderEpoch, p.endOffset]), [[ErrorCode.NONE, 0, 0n], [ErrorCode.NONE, 1, 3n]], 'a follower asks the leader where its epochs end')

    // A caught-up follower long-polls; an acks=1 produce (answered at once) wakes it with the records.
    const started = Date.now()
    const polling = fetch(follower, FOLLOWER, [{ partition: 0, offset: 3, currentLeaderEpoch: 1, lastFetchedEpoch: 1 }], 10_000)
    while (broker.broker.waiters.parkedCount() === 0) await new Promise((resolve) => setTimeout(resolve, 5))
    const acksOne = await produce(producer, 1, [0])
    assert.deepEqual(acksOne.responses[0]!.partitionResponses.map((p) => [p.errorCode, p.baseOffset]), [[ErrorCode.NONE, 3n]], 'acks=1: after the leader\'s append')
    const [woken] = await polling
    assert.ok(woken!.records!.length > 0)
    assert.ok(Date.now() - started < 5_000, 'woken by the append, not by max_wait_ms')

    // acks=all: NOT_ENOUGH_REPLICAS before the append where the ISR is below min.insync.replicas
    // (partition 1), REQUEST_TIMED_OUT when the follower does not fetch (partition 0), in one response.
    const p1 = broker.broker.partitions.get('rep', 1)!
    assert.ok(p1.isOnline())
    const leoBefore = p1.logEndOffset()
    const mixed = await produce(producer, -1, [0, 1], 200)
    assert.deepEqual(mixed.responses[0]!.partitionResponses.map((p) => p.errorCode), [ErrorCode.REQUEST_TIMED_OUT, ErrorCode.NOT_ENOUGH_REPLICAS])
    assert.equal(p1.logEndOffset(), leoBefore, 'nothing appended under min.insync.replicas')
    assert.equal(broker.broker.producePurgatory.parkedCount(), 0)

    // A follower fetch whose response is full after partition 0 (max bytes 1: one batch) still
    // records the follower's position on partition 1 (which gets no records), as Kafka does.
    assert.equal(p1.followers.get(FOLLOWER)!.logEndOffset, -1)
    const full = await fetch(follower, FOLLOWER, [{ partition: 0, offset: 0, currentLeaderEpoch: 1 }, { partition: 1, offset: leoBefore, currentLeaderEpoch: 1 }], 0, 1)
    assert.ok(full[0]!.records!.length > 0)
    assert.deepEqual([full[1]!.errorCode, full[1]!.records!.length], [ErrorCode.NONE, 0])
    assert.equal(p1.followers.get(FOLLOWER)!.logEndOffset, leoBefore, 'the follower\'s position on partition 1 recorded')

    // KIP-207: restarted as the leader of a new epoch, its high watermark (from the checkpoint) below
    // the epoch's start (its log end): consumers asking for the latest offset, or a lookup finding
    // nothing below the high watermark, get OFFSET_NOT_AVAILABLE; a lookup below it is answered.
    const hw = partition.highWatermark()
    const leo = partition.logEndOffset()
    assert.ok(hw > 0 && hw < leo)
    for (const client of clients) client.close()
    clients.length = 0
    await broker.close()
    broker = null
    const again = await RaftMetadataLog.open({ parentDir: dir, nodeId: LOCAL, logger: silentLogger() })
    await again.append([change(0, [LOCAL, FOLLOWER])])
    await again.close()
    broker = await start(dir)
    c = await WireClient.connect(broker.port)
    clients.push(c)
    const restarted = broker.broker.partitions.get('rep', 0)!
    while (!restarted.isOnline()) await new Promise((resolve) => setTimeout(resolve, 5))
    assert.deepEqual([restarted.leaderEpoch, restarted.leaderEpochStartOffset, restarted.highWatermark()], [2, leo, hw])
    assert.deepEqual(await listOffset(c, -1, -1n), [ErrorCode.OFFSET_NOT_AVAILABLE, -1n])
    assert.deepEqual(await listOffset(c, -1, -3n), [ErrorCode.OFFSET_NOT_AVAILABLE, -1n])
    assert.deepEqual(await listOffset(c, -1, 0n), [ErrorCode.NONE, 0n])
    assert.deepEqual(await listOffset(c, -1, -2n), [ErrorCode.NONE, 0n], 'earliest is always answered')
    assert.deepEqual(await listOffset(c, FOLLOWER, -1n), [ErrorCode.NONE, BigInt(leo)])
  } finally {
    for (const client of clients) client.close()
    await broker?.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('rivulet.replication.fsync: acks=all waits for the leader\'s group-committed fsync; without it, and with acks=1, no fsync', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-replication-fsync-'))
  let broker: RunningBroker | null = null
  let c: WireClient | null = null
  try {
    broker = await start(dir)
    c = await WireClient.connect(broker.port)
    await call(c, ApiKey.CreateTopics, 7, {
      topics: [
        { name: 'durable', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [{ name: 'rivulet.replication.fsync', value: 'true' }] },
        { name: 'rep', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }
      ],
      timeoutMs: 1000,
      validateOnly: false
    })
    const send = async (topic: string, acks: number): Promise<number> => {
      const r = await call<ProduceResponse>(c!, ApiKey.Produce, 9, { transactionalId: null, acks, timeoutMs: 10_000, topicData: [{ name: topic, partitionData: [{ index: 0, records: batch(2) }] }] })
      return r.responses[0]!.partitionResponses[0]!.errorCode
    }
    const rounds = (topic: string): number => {
      const p = broker!.broker.partitions.get(topic, 0)!
      assert.ok(p.isOnline())
      return p.log().groupCommitRounds
    }
    assert.equal(await send('durable', 1), ErrorCode.NONE)
    assert.equal(rounds('durable'), 0, 'acks=1 never waits for an fsync')
    assert.equal(await send('durable', -1), ErrorCode.NONE)
    assert.equal(rounds('durable'), 1, 'acks=all with the setting: one fsync round (the purgatory test shows the answer waits for it)')
    assert.equal(await send('rep', -1), ErrorCode.NONE)
    assert.equal(rounds('rep'), 0, 'Kafka\'s default: acks=all without fsync')
  } finally {
    c?.close()
    await broker?.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
