// Storage failures get Kafka's answer, not a dropped connection: a log directory on a tmpfs that fills
// under a producer answers KAFKA_STORAGE_ERROR, logs it once, leaves nothing partial readable, and
// takes appends again with contiguous offsets once space is freed; a partition whose log cannot be
// created (or, at start, opened) answers KAFKA_STORAGE_ERROR while the others are served, and is
// opened once it can be.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, rmdirSync, statSync, statfsSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startBroker, type RunningBroker } from '../../src/index.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import type { ListOffsetsResponse } from '../../src/protocol/generated/messages/list-offsets.ts'
import { buildRecordBatch } from '../../src/protocol/record-batch/records.ts'
import * as header from '../../src/protocol/record-batch/batch-header.ts'
import { OFFLINE_RETRY_MS } from '../../src/storage/log/log-manager.ts'
import { PartitionClient, canMountTmpfs, capturingLogger, withTmpfs, type LogLine } from '../helpers/storage-faults.ts'

const TMPFS_BYTES = 2 * 1024 * 1024
const VALUE_BYTES = 20_000

async function start (logDir: string, logger: ReturnType<typeof capturingLogger>['logger']): Promise<RunningBroker> {
  return await startBroker({ logger, config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': logDir, 'auto.create.topics.enable': 'false' } })
}

/** The batches of a fetch, each checked whole and CRC-valid; returns [baseOffset, lastOffset] pairs. */
function wholeBatches (records: Buffer): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let at = 0
  while (at < records.length) {
    assert.equal(header.validateBatch(records, at, records.length, true, false), 0, `the batch at byte ${at} is whole and CRC-valid`)
    out.push([header.baseOffset(records, at), header.lastOffset(records, at)])
    at += header.batchSizeBytes(records, at)
  }
  return out
}

function storageLines (lines: readonly LogLine[], text: string): LogLine[] {
  return lines.filter((l) => l.msg.includes(text) && l.partition === 'fill-0')
}

const mountable = canMountTmpfs()

test('a log directory that fills under a producer answers KAFKA_STORAGE_ERROR, keeps the connection, and takes appends again when space returns', { skip: mountable ? false : 'needs root and mount (tmpfs)' }, async () => {
  await withTmpfs(TMPFS_BYTES, async (logDir) => {
    const { logger, lines } = capturingLogger()
    let broker = await start(logDir, logger)
    let client = await PartitionClient.connect(broker.port)
    const filler = join(logDir, 'filler')
    try {
      assert.equal(await client.createTopic('fill', 1), ErrorCode.NONE)
      // Leave about ten batches of room: the disk fills part way through a write.
      const free = statfsSync(logDir).bavail * statfsSync(logDir).bsize
      writeFileSync(filler, Buffer.alloc(Math.max(0, free - 10 * VALUE_BYTES - 7000)))
      let acknowledged = 0
      let failure = -1
      for (let i = 0; i < 100 && failure < 0; i++) {
        const r = await client.produce('fill', 0, buildRecordBatch({ records: [{ key: null, value: Buffer.alloc(VALUE_BYTES, i) }] }))
        if (r.errorCode === ErrorCode.NONE) {
          assert.equal(r.baseOffset, acknowledged, 'offsets are contiguous')
          acknowledged++
        } else {
          failure = r.errorCode
        }
      }
      assert.equal(failure, ErrorCode.KAFKA_STORAGE_ERROR, 'a full disk is KAFKA_STORAGE_ERROR')
      assert.ok(acknowledged > 3, `some batches fit first (${acknowledged})`)
      for (let i = 0; i < 5; i++) {
        const r = await client.produce('fill', 0, buildRecordBatch({ records: [{ key: null, value: Buffer.alloc(VALUE_BYTES, 7) }] }))
        assert.equal(r.errorCode, ErrorCode.KAFKA_STORAGE_ERROR, 'the same connection keeps getting answers')
      }
      assert.equal(storageLines(lines, 'storage error').length, 1, 'logged once, not once per request')
      assert.match(String(storageLines(lines, 'storage error')[0]!.error), /ENOSPC|SHORT_WRITE/, 'with its cause')

      // Nothing partial: the file holds exactly the acknowledged batches, and a fetch sees only them.
      const log = broker.broker.logs.get('fill', 0)!
      const segment = join(logDir, 'fill-0', readdirSync(join(logDir, 'fill-0')).find((n) => n.endsWith('.log'))!)
      assert.equal(statSync(segment).size, log.sizeBytes(), 'the failed write was cut back on disk')
      const before = await client.fetch('fill', 0, 0)
      assert.equal(before.errorCode, ErrorCode.NONE)
      assert.deepEqual(wholeBatches(before.records), Array.from({ length: acknowledged }, (_, i) => [i, i]))

      unlinkSync(filler)
      const again = await client.produce('fill', 0, buildRecordBatch({ records: [{ key: null, value: Buffer.from('after') }] }))
      assert.deepEqual(again, { errorCode: ErrorCode.NONE, baseOffset: acknowledged }, 'appends resume at the next offset')
      assert.equal(storageLines(lines, 'storage recovered').length, 1, 'the recovery is logged once')
      const after = await client.fetch('fill', 0, 0)
      assert.deepEqual(wholeBatches(after.records), Array.from({ length: acknowledged + 1 }, (_, i) => [i, i]))

      // A clean restart finds the same log and nothing lost.
      client.close()
      await broker.close()
      broker = await start(logDir, logger)
      client = await PartitionClient.connect(broker.port)
      assert.equal(broker.broker.logs.get('fill', 0)!.logEndOffset(), acknowledged + 1)
      assert.deepEqual(lines.filter((l) => l.msg.includes('offsets lost')), [], 'no loss reported after a restart')
    } finally {
      client.close()
      await broker.close()
    }
  })
})

test('a partition whose log cannot be created answers KAFKA_STORAGE_ERROR while the others are served, and is created once it can be', async () => {
  const logDir = mkdtempSync(join(tmpdir(), 'rivulet-offline-'))
  const { logger, lines } = capturingLogger()
  const broker = await start(logDir, logger)
  const client = await PartitionClient.connect(broker.port)
  try {
    // A file where partition 1's directory must go: creating its log fails with a system error.
    writeFileSync(join(logDir, 'blocked-1'), 'not a directory')
    assert.equal(await client.createTopic('blocked', 2), ErrorCode.NONE, 'the topic exists in the metadata')
    const batch = (text: string): Buffer => buildRecordBatch({ records: [{ key: null, value: Buffer.from(text) }] })
    assert.deepEqual(await client.produce('blocked', 0, batch('a')), { errorCode: ErrorCode.NONE, baseOffset: 0 }, 'the other partition is served')
    for (let i = 0; i < 3; i++) assert.equal((await client.produce('blocked', 1, batch('b'))).errorCode, ErrorCode.KAFKA_STORAGE_ERROR)
    assert.equal((await client.fetch('blocked', 1, 0)).errorCode, ErrorCode.KAFKA_STORAGE_ERROR)
    assert.equal(lines.filter((l) => l.msg.includes('cannot open a partition log') && l.partition === 1).length, 1, 'logged once')

    unlinkSync(join(logDir, 'blocked-1'))
    assert.deepEqual(await produceUntilServed(client, 'blocked', 1, batch('b')), { errorCode: ErrorCode.NONE, baseOffset: 0 }, 'created on a request once it can be')
    assert.equal((await client.fetch('blocked', 1, 0)).errorCode, ErrorCode.NONE)
  } finally {
    client.close()
    await broker.close()
    rmSync(logDir, { recursive: true, force: true })
  }
})

/** Produces until the answer is not KAFKA_STORAGE_ERROR (an offline log is tried again after OFFLINE_RETRY_MS). */
async function produceUntilServed (client: PartitionClient, topic: string, partition: number, records: Buffer): Promise<{ errorCode: number, baseOffset: number }> {
  const deadline = Date.now() + 20 * OFFLINE_RETRY_MS
  let answer = await client.produce(topic, partition, records)
  while (answer.errorCode === ErrorCode.KAFKA_STORAGE_ERROR && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20))
    answer = await client.produce(topic, partition, records)
  }
  return answer
}

test('a log that cannot be opened at start: the node starts, serves the other logs, answers KAFKA_STORAGE_ERROR for it, and opens it once it can', async () => {
  const logDir = mkdtempSync(join(tmpdir(), 'rivulet-offline-start-'))
  const { logger, lines } = capturingLogger()
  let broker = await start(logDir, logger)
  let client = await PartitionClient.connect(broker.port)
  const batch = (text: string): Buffer => buildRecordBatch({ records: [{ key: null, value: Buffer.from(text) }] })
  try {
    assert.equal(await client.createTopic('stuck', 2), ErrorCode.NONE)
    for (let i = 0; i < 3; i++) for (const p of [0, 1]) assert.equal((await client.produce('stuck', p, batch(`v${i}`))).errorCode, ErrorCode.NONE)
    client.close()
    await broker.close()
    // Partition 1's segment cannot be opened: a directory stands where its file was.
    const segment = join(logDir, 'stuck-1', '00000000000000000000.log')
    renameSync(segment, `${segment}.aside`)
    mkdirSync(segment)

    broker = await start(logDir, logger)
    client = await PartitionClient.connect(broker.port)
    assert.deepEqual(await client.produce('stuck', 0, batch('a')), { errorCode: ErrorCode.NONE, baseOffset: 3 }, 'the other log is served')
    assert.equal((await client.produce('stuck', 1, batch('b'))).errorCode, ErrorCode.KAFKA_STORAGE_ERROR)
    assert.equal((await client.fetch('stuck', 1, 0)).errorCode, ErrorCode.KAFKA_STORAGE_ERROR)
    const offsets = await client.call<ListOffsetsResponse>(ApiKey.ListOffsets, 7, { replicaId: -1, isolationLevel: 0, topics: [{ name: 'stuck', partitions: [{ partitionIndex: 1, currentLeaderEpoch: -1, timestamp: -1n, maxNumOffsets: 1 }] }] })
    assert.equal(offsets.topics[0]!.partitions[0]!.errorCode, ErrorCode.KAFKA_STORAGE_ERROR)
    assert.equal(lines.filter((l) => l.msg.includes('cannot open a partition log') && l.partition === 1).length, 1, 'logged once')

    rmdirSync(segment)
    renameSync(`${segment}.aside`, segment)
    assert.deepEqual(await produceUntilServed(client, 'stuck', 1, batch('b')), { errorCode: ErrorCode.NONE, baseOffset: 3 }, 'opened once it can be, with its records')
  } finally {
    client.close()
    await broker.close()
    rmSync(logDir, { recursive: true, force: true })
  }
})
