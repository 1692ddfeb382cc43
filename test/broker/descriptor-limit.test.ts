// Open segment files are bounded: a real broker process under a low `ulimit -n` hosts more partitions
// × segments (each a .log, .index and .timeindex) than it has descriptors, serves every one of them,
// and starts again under the same limit, after a clean stop and after SIGKILL (recovery scans).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { startBrokerProcess, type BrokerProcess } from '../helpers/broker-process.ts'
import { PartitionClient } from '../helpers/storage-faults.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { buildRecordBatch } from '../../src/protocol/record-batch/records.ts'
import * as header from '../../src/protocol/record-batch/batch-header.ts'

// 256, not less: tsx loads the sources with many files open at once, so a lower limit fails the start
// itself (EMFILE in the module loader) before any log is opened. 300 segment files still exceed it.
const DESCRIPTORS_MAX = 256
const OPEN_FILES_MAX = 32
const PARTITIONS = 100
const BATCHES_PER_PARTITION = 6
/** Two batches per segment: every partition rolls three segments. */
const SEGMENT_BYTES = 1024
const VALUE_BYTES = 400

function valueOf (partition: number, i: number): Buffer {
  return Buffer.alloc(VALUE_BYTES, `${partition}:${i};`)
}

function segmentFiles (dataDir: string, pattern: RegExp): number {
  let count = 0
  for (const dir of readdirSync(dataDir)) if (dir.startsWith('many-')) count += readdirSync(join(dataDir, dir)).filter((n) => pattern.test(n)).length
  return count
}

function openDescriptors (pid: number): number {
  return readdirSync(`/proc/${pid}/fd`).length
}

/** Every partition reads back exactly the batches written, in order. */
async function checkAll (client: PartitionClient): Promise<void> {
  for (let p = 0; p < PARTITIONS; p++) {
    // A fetch answers from one segment at a time, as Kafka's does: fetch on from where it ended.
    let i = 0
    while (i < BATCHES_PER_PARTITION) {
      const r = await client.fetch('many', p, i)
      assert.equal(r.errorCode, ErrorCode.NONE, `partition ${p}`)
      assert.equal(r.highWatermark, BATCHES_PER_PARTITION, `partition ${p}`)
      assert.ok(r.records.length > 0, `partition ${p} has a batch at ${i}`)
      let at = 0
      while (at < r.records.length) {
        assert.equal(header.validateBatch(r.records, at, r.records.length, true, false), 0)
        assert.equal(header.baseOffset(r.records, at), i)
        assert.deepEqual(r.records.subarray(at + header.batchSizeBytes(r.records, at) - VALUE_BYTES - 1, at + header.batchSizeBytes(r.records, at) - 1), valueOf(p, i), `partition ${p} batch ${i} holds its value`)
        at += header.batchSizeBytes(r.records, at)
        i++
      }
    }
  }
}

async function startLimited (dataDir?: string): Promise<BrokerProcess> {
  return await startBrokerProcess([`--rivulet.log.open.files.max=${OPEN_FILES_MAX}`], 30_000, dataDir, DESCRIPTORS_MAX)
}

test(`${PARTITIONS} partitions × 3 segments (${PARTITIONS * 9} files) under ulimit -n ${DESCRIPTORS_MAX}: served, and restarted after a stop and a SIGKILL`, async () => {
  let broker = await startLimited()
  const dataDir = broker.dataDir
  let client = await PartitionClient.connect(broker.port).catch((err: unknown) => { broker.cleanup(); throw err })
  try {
    assert.equal(await client.createTopic('many', PARTITIONS, [{ name: 'segment.bytes', value: String(SEGMENT_BYTES) }, { name: 'index.interval.bytes', value: '100' }]), ErrorCode.NONE)
    for (let i = 0; i < BATCHES_PER_PARTITION; i++) {
      for (let p = 0; p < PARTITIONS; p++) {
        const r = await client.produce('many', p, buildRecordBatch({ records: [{ key: null, value: valueOf(p, i) }] }))
        assert.deepEqual(r, { errorCode: ErrorCode.NONE, baseOffset: i }, `partition ${p} batch ${i}`)
      }
    }
    assert.ok(segmentFiles(dataDir, /\.log$/) > DESCRIPTORS_MAX, 'more segments than the process may open')
    await checkAll(client)
    assert.ok(openDescriptors(broker.child.pid!) < DESCRIPTORS_MAX, 'the process stays under its limit')

    client.close()
    assert.equal(await broker.stop('SIGTERM'), 0)
    // Indexes are written at the latest at close: now every segment has its three files.
    assert.ok(segmentFiles(dataDir, /\.(log|index|timeindex)$/) > 3 * DESCRIPTORS_MAX, 'segment and index files, several times the limit')
    broker = await startLimited(dataDir)
    client = await PartitionClient.connect(broker.port)
    await checkAll(client)

    client.close()
    await broker.stop('SIGKILL')
    broker = await startLimited(dataDir)
    client = await PartitionClient.connect(broker.port)
    await checkAll(client)
    assert.deepEqual(broker.logLines.filter((l) => l.includes('EMFILE') || l.includes('offsets lost')), [], 'no descriptor error and no loss reported')
  } finally {
    client.close()
    broker.cleanup()
  }
})
