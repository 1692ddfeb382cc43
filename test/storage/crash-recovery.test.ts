// Crash recovery: the active segment cut at every byte position of its last batch, and bit flips in
// it; damaged and missing indexes. On reopen the log ends at the last whole valid batch and
// everything before it reads back unchanged.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { cpSync, mkdtempSync, openSync, closeSync, ftruncateSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LocalStore } from '../../src/storage/local/lmdb-store.ts'
import { PartitionLog } from '../../src/storage/log/partition-log.ts'
import * as header from '../../src/protocol/record-batch/batch-header.ts'
import { LogFixture, SMALL_LOG_CONFIG, batchOf, valueRecords } from './log-fixture.ts'
import { seededRandom } from '../protocol/random-values.ts'

function readAll (log: PartitionLog): Buffer {
  const chunks: Buffer[] = []
  let offset = log.logStartOffset()
  while (offset < log.logEndOffset()) {
    const r = log.read(offset, 1 << 20)
    assert.equal(r.errorCode, 0)
    assert.ok(r.records.length > 0)
    chunks.push(r.records)
    let at = 0
    while (at < r.records.length) { offset = header.lastOffset(r.records, at) + 1; at += header.batchSizeBytes(r.records, at) }
  }
  return Buffer.concat(chunks)
}

/** A log of several segments; returns its directory and the bytes of every batch in order. */
function buildLog (f: LogFixture, count: number): Buffer[] {
  const next = seededRandom(count)
  const batches: Buffer[] = []
  for (let i = 0; i < count; i++) {
    const batch = batchOf(valueRecords(next, 1 + (i % 3), 1000 + i), { compression: i % 4 === 0 ? 'gzip' : 'none' })
    const r = f.log.append(batch, { leaderEpoch: 1, nowMs: f.nowMs })
    assert.equal(r.errorCode, 0)
    batches.push(Buffer.from(batch))
  }
  return batches
}

function activeLogFile (dir: string): string {
  const logs = readdirSync(dir).filter((n) => n.endsWith('.log')).sort()
  return join(dir, logs[logs.length - 1]!)
}

test('a torn last batch, cut at every byte position, is dropped and nothing before it changes', async () => {
  const f = new LogFixture()
  try {
    const batches = buildLog(f, 40)
    f.log.close(f.nowMs)
    const expected = Buffer.concat(batches.slice(0, -1))
    const last = batches[batches.length - 1]!
    const lastBase = header.baseOffset(last, 0)
    const activeSize = statSync(activeLogFile(f.dir)).size
    const scratch = mkdtempSync(join(tmpdir(), 'rivulet-crash-'))
    const store = new LocalStore(join(scratch, '.local'))
    try {
      for (let cut = activeSize - last.length; cut < activeSize; cut++) {
        const dir = join(scratch, `orders-${cut}`)
        cpSync(f.dir, dir, { recursive: true })
        const fd = openSync(activeLogFile(dir), 'r+')
        ftruncateSync(fd, cut)
        closeSync(fd)
        const log = PartitionLog.open({ dir, name: `orders-${cut}`, config: SMALL_LOG_CONFIG, store, cleanShutdown: false, nowMs: f.nowMs })
        assert.equal(log.logEndOffset(), lastBase, `cut at ${cut}: the log ends before the torn batch`)
        assert.deepEqual(readAll(log), expected, `cut at ${cut}: everything before reads back unchanged`)
        assert.equal(log.recoveredBytes, cut - (activeSize - last.length))
        // The log accepts appends again right where it ends.
        const again = log.append(batchOf([{ key: null, value: Buffer.from('after') }]), { leaderEpoch: 2, nowMs: f.nowMs })
        assert.equal((again as { baseOffset: number }).baseOffset, lastBase)
        log.close(f.nowMs)
        rmSync(dir, { recursive: true, force: true })
      }
    } finally {
      await store.close()
      rmSync(scratch, { recursive: true, force: true })
    }
  } finally {
    await f.cleanup()
  }
})

test('a bit flipped anywhere the CRC covers, or in the magic, length or CRC fields, drops the batch', async () => {
  const f = new LogFixture()
  try {
    const batches = buildLog(f, 25)
    f.log.close(f.nowMs)
    const last = batches[batches.length - 1]!
    const lastBase = header.baseOffset(last, 0)
    const path = activeLogFile(f.dir)
    const original = readFileSync(path)
    const lastStart = original.length - last.length
    const next = seededRandom(5)
    const scratch = mkdtempSync(join(tmpdir(), 'rivulet-flip-'))
    const store = new LocalStore(join(scratch, '.local'))
    try {
      // Base offset and partition leader epoch (bytes 0-15) are outside the CRC, as in Kafka.
      for (let at = header.BATCH_LENGTH; at < last.length; at++) {
        if (at >= header.PARTITION_LEADER_EPOCH && at < header.MAGIC) continue
        const dir = join(scratch, `flip-${at}`)
        cpSync(f.dir, dir, { recursive: true })
        const damaged = Buffer.from(original)
        damaged[lastStart + at] ^= 1 << Math.floor(next() * 8)
        writeFileSync(activeLogFile(dir), damaged)
        const log = PartitionLog.open({ dir, name: `flip-${at}`, config: SMALL_LOG_CONFIG, store, cleanShutdown: false, nowMs: f.nowMs })
        assert.equal(log.logEndOffset(), lastBase, `flip at byte ${at} of the last batch`)
        assert.deepEqual(readAll(log), Buffer.concat(batches.slice(0, -1)))
        log.close(f.nowMs)
        rmSync(dir, { recursive: true, force: true })
      }
    } finally {
      await store.close()
      rmSync(scratch, { recursive: true, force: true })
    }
  } finally {
    await f.cleanup()
  }
})

test('missing, short, garbage and inconsistent indexes are rebuilt; startup never fails on them', async () => {
  const f = new LogFixture()
  try {
    const batches = buildLog(f, 60)
    const expected = Buffer.concat(batches)
    const damages: Array<[string, (dir: string) => void]> = [
      ['deleted .index files', (dir) => { for (const n of readdirSync(dir)) if (n.endsWith('.index')) unlinkSync(join(dir, n)) }],
      ['deleted .timeindex files', (dir) => { for (const n of readdirSync(dir)) if (n.endsWith('.timeindex')) unlinkSync(join(dir, n)) }],
      ['garbage in every index', (dir) => { for (const n of readdirSync(dir)) if (n.endsWith('index')) writeFileSync(join(dir, n), Buffer.from('not an index at all!!')) }],
      ['indexes pointing past the log', (dir) => {
        for (const n of readdirSync(dir)) {
          if (!n.endsWith('.index')) continue
          const b = Buffer.alloc(16)
          b.writeInt32BE(1, 0); b.writeInt32BE(10, 4); b.writeInt32BE(2, 8); b.writeInt32BE(1 << 30, 12)
          writeFileSync(join(dir, n), b)
        }
      }],
      ['a short index (entries lost)', (dir) => { for (const n of readdirSync(dir)) if (n.endsWith('.index')) { const fd = openSync(join(dir, n), 'r+'); ftruncateSync(fd, 8); closeSync(fd) } }]
    ]
    f.log.close(f.nowMs)
    for (const [name, damage] of damages) {
      for (const clean of [true, false]) {
        damage(f.dir)
        f.log = f.open(clean)
        assert.equal(f.log.logEndOffset(), header.lastOffset(batches[batches.length - 1]!, 0) + 1, `${name} (clean=${clean})`)
        assert.deepEqual(readAll(f.log), expected, `${name} (clean=${clean}): everything reads back`)
        for (let i = 0; i < batches.length; i += 7) {
          const offset = header.baseOffset(batches[i]!, 0)
          assert.deepEqual(f.log.read(offset, 1).records, batches[i], `${name}: read at ${offset}`)
        }
        f.log.close(f.nowMs)
      }
    }
    f.log = f.open(true)
  } finally {
    await f.cleanup()
  }
})

test('zeros after the last batch (a preallocated or torn tail) are cut on recovery', async () => {
  const f = new LogFixture()
  try {
    const batches = buildLog(f, 10)
    f.log.close(f.nowMs)
    const path = activeLogFile(f.dir)
    writeFileSync(path, Buffer.concat([readFileSync(path), Buffer.alloc(500)]))
    f.log = f.open(false)
    assert.equal(f.log.logEndOffset(), header.lastOffset(batches[9]!, 0) + 1)
    assert.equal(f.log.recoveredBytes, 500)
    assert.deepEqual(readAll(f.log), Buffer.concat(batches))
  } finally {
    await f.cleanup()
  }
})
