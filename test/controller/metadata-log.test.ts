// The single-voter @metadata log: appends are acknowledged only after fsync, concurrent appends share
// one, and a restart replays exactly the acknowledged entries, cutting a torn tail.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, openSync, closeSync, ftruncateSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LocalMetadataLog } from '../../src/controller/metadata/metadata-log.ts'
import { record, type MetadataRecord } from '../../src/controller/metadata/metadata-record.ts'
import { MetadataRecordType as T } from '../../src/protocol/generated/metadata-records/index.ts'

const topic = (i: number): MetadataRecord => record(T.Topic, { name: `t${i}`, topicId: Buffer.alloc(16, i).toString('base64url') })

test('appends get contiguous offsets, and a restart replays them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-meta-'))
  try {
    let log = LocalMetadataLog.open(dir)
    const offsets = await Promise.all(Array.from({ length: 50 }, (_, i) => log.append([topic(i), record(T.NoOp, {})])))
    assert.deepEqual(offsets, Array.from({ length: 50 }, (_, i) => i))
    await log.close()
    log = LocalMetadataLog.open(dir)
    assert.equal(log.replay().entries.length, 50)
    assert.deepEqual(log.replay().entries[7]!.records[0], topic(7))
    assert.equal(await log.append([topic(99)]), 50)
    await log.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a torn last entry, cut at any byte, is dropped; earlier entries replay unchanged', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-meta-'))
  try {
    const log = LocalMetadataLog.open(dir)
    for (let i = 0; i < 5; i++) await log.append([topic(i)])
    const path = join(dir, '00000000000000000000.log')
    const before = statSync(path).size
    await log.append([topic(5), topic(6)])
    await log.close()
    const full = readFileSync(path)
    for (let cut = before; cut < full.length; cut++) {
      writeFileSync(path, full.subarray(0, cut))
      const reopened = LocalMetadataLog.open(dir)
      assert.equal(reopened.replay().entries.length, 5, `cut at ${cut}`)
      assert.equal(reopened.truncatedBytes, cut - before)
      await reopened.close()
    }
    const flipped = Buffer.from(full)
    flipped[full.length - 3] ^= 0x10
    writeFileSync(path, flipped)
    const reopened = LocalMetadataLog.open(dir)
    assert.equal(reopened.replay().entries.length, 5, 'a corrupt last entry is dropped')
    await reopened.close()
    const fd = openSync(path, 'r+')
    ftruncateSync(fd, 0)
    closeSync(fd)
    const empty = LocalMetadataLog.open(dir)
    assert.equal(empty.replay().entries.length, 0)
    await empty.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a snapshot replaces the entries before it; replay is the snapshot plus what follows', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-meta-'))
  try {
    let log = LocalMetadataLog.open(dir)
    for (let i = 0; i < 10; i++) await log.append([topic(i)])
    assert.ok(log.bytesSinceSnapshot() > 0)
    await log.snapshot(9, [topic(100)])
    assert.equal(log.bytesSinceSnapshot(), 0)
    assert.equal(await log.append([topic(10)]), 10)
    await log.close()
    assert.deepEqual(readdirSync(dir).sort(), ['00000000000000000009.checkpoint', '00000000000000000010.log'])
    log = LocalMetadataLog.open(dir)
    const { snapshot, entries } = log.replay()
    assert.deepEqual(snapshot, { offset: 9, records: [topic(100)] })
    assert.deepEqual(entries.map((e) => e.offset), [10])
    assert.equal(log.endOffset(), 11)
    await log.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('the controller snapshots past metadata.log.max.record.bytes.between.snapshots and restarts to the same image', async () => {
  const { QuorumController } = await import('../../src/controller/quorum-controller/quorum-controller.ts')
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-meta-'))
  const defaults = { numPartitions: 2, replicationFactor: 1, deleteTopicEnable: true }
  try {
    let controller = QuorumController.replay(LocalMetadataLog.open(dir), defaults, 500)
    await controller.registerBroker({ nodeId: 1, endpoints: [{ name: 'PLAINTEXT', host: 'localhost', port: 9092 }], rack: null })
    for (let i = 0; i < 20; i++) await controller.createTopics([{ name: `t${i}`, numPartitions: -1, replicationFactor: -1, assignments: [], configs: new Map([['retention.ms', String(i + 1)]]) }], false)
    await controller.deleteTopics([{ name: 't3', topicId: null }])
    const before = controller.image()
    await controller.close()
    assert.ok(readdirSync(dir).some((n) => n.endsWith('.checkpoint')), 'a snapshot was taken')
    controller = QuorumController.replay(LocalMetadataLog.open(dir), defaults, 500)
    assert.deepEqual(controller.image(), before)
    await controller.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
