// RIVULET_TEST_BUG=ack-before-replicate (src/util/test-bugs.ts, handed to the node as
// testBugs.ackBeforeReplicate): a broker leading a partition whose ISR also holds a follower that never
// fetches answers an acks=all produce REQUEST_TIMED_OUT without the switch (the records are not
// replicated), and NONE at once with it, while the high watermark shows nothing is replicated.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startBroker, type RunningBroker } from '../../src/node/node.ts'
import { RaftMetadataLog } from '../../src/controller/metadata/metadata-log.ts'
import { record } from '../../src/controller/metadata/metadata-record.ts'
import { MetadataRecordType as T } from '../../src/protocol/generated/metadata-records/index.ts'
import { defaultPartitionChangeRecord } from '../../src/protocol/generated/metadata-records/partition-change-record.ts'
import { WireClient, call } from '../helpers/wire-client.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { buildRecordBatch } from '../../src/protocol/record-batch/records.ts'
import type { ProduceResponse } from '../../src/protocol/generated/messages/produce.ts'
import { NO_TEST_BUGS, type TestBugs } from '../../src/util/test-bugs.ts'
import { silentLogger } from '../../src/util/logger.ts'

const LOCAL = 1
const FOLLOWER = 2

function start (dir: string, testBugs: TestBugs): Promise<RunningBroker> {
  return startBroker({ config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': dir, 'auto.create.topics.enable': 'false' }, testBugs })
}

/** A node leading topic 'rep' (min.insync.replicas 2) with node 2, which never fetches, in the ISR. */
async function prepare (dir: string): Promise<void> {
  const broker = await start(dir, NO_TEST_BUGS)
  try {
    const c = await WireClient.connect(broker.port)
    await call(c, ApiKey.CreateTopics, 7, { topics: [{ name: 'rep', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [{ name: 'min.insync.replicas', value: '2' }] }], timeoutMs: 1000, validateOnly: false })
    c.close()
  } finally {
    await broker.close()
  }
  const topicId = broker.broker.image().topic('rep')!.id
  const metadataLog = await RaftMetadataLog.open({ parentDir: dir, nodeId: LOCAL, logger: silentLogger() })
  await metadataLog.append([record(T.PartitionChange, { ...defaultPartitionChangeRecord(), topicId, partitionId: 0, leader: LOCAL, replicas: [LOCAL, FOLLOWER], isr: [LOCAL, FOLLOWER] })])
  await metadataLog.close()
}

/** One acks=all produce of 3 records with a 300 ms timeout: [error code, base offset, ms to the answer, high watermark after]. */
async function produceAcksAll (testBugs: TestBugs): Promise<[number, bigint, number, number]> {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-test-bug-acks-'))
  let broker: RunningBroker | null = null
  try {
    await prepare(dir)
    broker = await start(dir, testBugs)
    const c = await WireClient.connect(broker.port)
    const records = buildRecordBatch({ records: [0, 1, 2].map((i) => ({ key: null, value: Buffer.from(`r${i}`) })) })
    const startedMs = performance.now()
    const r = await call<ProduceResponse>(c, ApiKey.Produce, 9, { transactionalId: null, acks: -1, timeoutMs: 300, topicData: [{ name: 'rep', partitionData: [{ index: 0, records }] }] })
    const elapsedMs = performance.now() - startedMs
    c.close()
    const p = r.responses[0]!.partitionResponses[0]!
    const partition = broker.broker.partitions.get('rep', 0)!
    assert.deepEqual(partition.isr, [LOCAL, FOLLOWER])
    assert.equal(partition.logEndOffset(), 3, 'appended either way')
    return [p.errorCode, p.baseOffset, elapsedMs, partition.highWatermark()]
  } finally {
    await broker?.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

test('acks=all with a follower in the ISR that never fetches: REQUEST_TIMED_OUT; with ack-before-replicate, NONE at the append', { timeout: 60_000 }, async () => {
  const [code, , waitedMs, highWatermark] = await produceAcksAll(NO_TEST_BUGS)
  assert.equal(code, ErrorCode.REQUEST_TIMED_OUT)
  assert.ok(waitedMs >= 250, `answered at the timeout, not before (${waitedMs} ms)`)
  assert.equal(highWatermark, 0)
  // NONE while the high watermark is 0 can only be an answer at the append (no timing asserted: a loaded machine).
  const [bugCode, bugOffset, , bugHighWatermark] = await produceAcksAll({ ...NO_TEST_BUGS, ackBeforeReplicate: true })
  assert.equal(bugCode, ErrorCode.NONE)
  assert.equal(bugOffset, 0n)
  assert.equal(bugHighWatermark, 0, 'acknowledged, yet not replicated: the guarantee this switch breaks')
})
