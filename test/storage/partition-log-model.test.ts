// Model-based test of the partition log: thousands of seeded random operations (appends, follower
// appends, reads, truncations, rolls, DeleteRecords, retention, clean restarts, crashes and torn
// writes) checked against an in-memory model of what the log must hold.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { openSync, closeSync, ftruncateSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { LogFixture, SMALL_LOG_CONFIG, batchOf, valueRecords } from './log-fixture.ts'
import { seededRandom } from '../protocol/random-values.ts'
import * as header from '../../src/protocol/record-batch/batch-header.ts'

interface ModelBatch { baseOffset: number, lastOffset: number, bytes: Buffer }

class LogModel {
  batches: ModelBatch[] = []
  logStart = 0
  logEnd = 0

  append (bytes: Buffer): void {
    const base = header.baseOffset(bytes, 0)
    const last = header.lastOffset(bytes, 0)
    this.batches.push({ baseOffset: base, lastOffset: last, bytes: Buffer.from(bytes) })
    this.logEnd = last + 1
  }

  truncateTo (offset: number): void {
    const i = this.batches.findIndex((b) => b.lastOffset >= offset)
    if (i === -1) return
    this.logEnd = this.batches[i]!.baseOffset
    this.batches.length = i
    if (this.logStart > this.logEnd) this.logStart = this.logEnd
  }

  dropLastBatch (): void {
    const dropped = this.batches.pop()!
    this.logEnd = dropped.baseOffset
    // A torn tail below a DeleteRecords point: as Kafka's LogLoader, the log is emptied and restarts
    // at its start offset, so the offsets below it are never handed out again.
    if (this.logStart > this.logEnd) {
      this.batches = []
      this.logEnd = this.logStart
    }
  }

  /** Bytes of the batches from the one containing `offset` to the end. */
  bytesFrom (offset: number): Buffer {
    const i = this.batches.findIndex((b) => b.lastOffset >= offset)
    return i === -1 ? Buffer.alloc(0) : Buffer.concat(this.batches.slice(i).map((b) => b.bytes))
  }
}

function checkRead (f: LogFixture, model: LogModel, offset: number, maxBytes: number, context: string): void {
  const result = f.log.read(offset, maxBytes)
  if (offset < model.logStart || offset > model.logEnd) {
    assert.equal(result.errorCode, 1, `${context}: read(${offset}) outside [${model.logStart}, ${model.logEnd}] is OFFSET_OUT_OF_RANGE`)
    return
  }
  assert.equal(result.errorCode, 0, `${context}: read(${offset})`)
  const expected = model.bytesFrom(offset)
  if (offset < model.logEnd) assert.ok(result.records.length > 0, `${context}: read(${offset}) returns at least one batch`)
  assert.ok(result.records.length <= expected.length, `${context}: no more bytes than the log holds`)
  assert.deepEqual(result.records, expected.subarray(0, result.records.length), `${context}: read(${offset}, ${maxBytes}) is a prefix of the log from the batch containing it`)
  if (result.records.length > 0) {
    const firstSize = header.batchSizeBytes(result.records, 0)
    assert.ok(result.records.length <= Math.max(maxBytes, firstSize), `${context}: at most maxBytes unless one batch is larger`)
    // Whole batches only.
    let at = 0
    while (at < result.records.length) at += header.batchSizeBytes(result.records, at)
    assert.equal(at, result.records.length, `${context}: whole batches`)
  }
}

/** Reads the whole log back and compares it with the model. */
function checkAll (f: LogFixture, model: LogModel, context: string): void {
  assert.equal(f.log.logEndOffset(), model.logEnd, `${context}: log end offset`)
  assert.equal(f.log.logStartOffset(), model.logStart, `${context}: log start offset`)
  let offset = model.logStart
  const chunks: Buffer[] = []
  while (offset < model.logEnd) {
    const r = f.log.read(offset, 1 + Math.floor(3000))
    assert.equal(r.errorCode, 0)
    assert.ok(r.records.length > 0, `${context}: progress at ${offset}`)
    chunks.push(r.records)
    let at = 0
    let last = offset
    while (at < r.records.length) { last = header.lastOffset(r.records, at); at += header.batchSizeBytes(r.records, at) }
    offset = last + 1
  }
  assert.deepEqual(Buffer.concat(chunks), model.bytesFrom(model.logStart), `${context}: full read-back`)
}

/** Cuts the active segment's .log file inside its last batch, as a torn write at power loss would. */
function tearLastBatch (f: LogFixture, model: LogModel, next: () => number): boolean {
  const logs = readdirSync(f.dir).filter((n) => n.endsWith('.log')).sort()
  const active = join(f.dir, logs[logs.length - 1]!)
  const size = statSync(active).size
  const last = model.batches[model.batches.length - 1]
  if (last === undefined || size < last.bytes.length) return false
  const cut = size - 1 - Math.floor(next() * (last.bytes.length - 1))
  const fd = openSync(active, 'r+')
  ftruncateSync(fd, cut)
  closeSync(fd)
  return true
}

for (const seed of [1, 2, 3, 4]) {
  test(`partition log matches its model over seeded random operations (seed ${seed})`, async () => {
    const next = seededRandom(seed * 1_000_003)
    const f = new LogFixture({ ...SMALL_LOG_CONFIG, segmentBytes: 2048 + Math.floor(next() * 6000) })
    const model = new LogModel()
    let epoch = 0
    const counts: Record<string, number> = {}
    try {
      for (let step = 0; step < 2500; step++) {
        const roll = next()
        const op = roll < 0.45 ? 'append' : roll < 0.55 ? 'follower' : roll < 0.75 ? 'read' : roll < 0.8 ? 'truncate' : roll < 0.83 ? 'roll' : roll < 0.86 ? 'delete-records' : roll < 0.88 ? 'retention' : roll < 0.92 ? 'restart' : roll < 0.96 ? 'crash' : 'torn'
        counts[op] = (counts[op] ?? 0) + 1
        const context = `seed ${seed} step ${step} ${op}`
        if (process.env.MODEL_TRACE !== undefined) console.log(context, { start: model.logStart, end: model.logEnd, segments: f.log.segmentCount() })
        f.nowMs += Math.floor(next() * 1000)
        switch (op) {
          case 'append': {
            if (next() < 0.1) epoch++
            const batch = batchOf(valueRecords(next, 1 + Math.floor(next() * 4), f.nowMs), { compression: next() < 0.2 ? 'gzip' : 'none' })
            const result = f.log.append(batch, { leaderEpoch: epoch, nowMs: f.nowMs })
            assert.equal(result.errorCode, 0, context)
            assert.equal((result as { baseOffset: number }).baseOffset, model.logEnd, context)
            model.append(batch)
            break
          }
          case 'follower': {
            const batch = batchOf(valueRecords(next, 1 + Math.floor(next() * 3), f.nowMs), { baseOffset: model.logEnd, partitionLeaderEpoch: epoch })
            assert.equal(f.log.appendAsFollower(batch, f.nowMs).errorCode, 0, context)
            model.append(batch)
            const behind = batchOf(valueRecords(next, 1, f.nowMs), { baseOffset: Math.max(0, model.logEnd - 1) })
            assert.equal(f.log.appendAsFollower(behind, f.nowMs).errorCode, 1, `${context}: a batch that does not continue the log is refused`)
            break
          }
          case 'read':
            checkRead(f, model, model.logStart - 2 + Math.floor(next() * (model.logEnd - model.logStart + 5)), 1 + Math.floor(next() * 2000), context)
            break
          case 'truncate': {
            const offset = model.logStart + Math.floor(next() * (model.logEnd - model.logStart + 1))
            f.log.truncateTo(offset)
            model.truncateTo(offset)
            break
          }
          case 'roll':
            f.log.roll(f.nowMs)
            break
          case 'delete-records': {
            const offset = model.logStart + Math.floor(next() * (model.logEnd - model.logStart + 1))
            assert.equal(f.log.deleteRecordsBefore(offset).errorCode, 0, context)
            model.logStart = Math.max(model.logStart, offset)
            break
          }
          case 'retention': {
            f.config = { ...f.config, retentionBytes: Math.floor(next() * 8000) }
            f.log.updateConfig(f.config)
            f.log.applyRetention(f.nowMs)
            const start = f.log.logStartOffset()
            assert.ok(start >= model.logStart && start <= model.logEnd, `${context}: retention moves the start forward within the log`)
            model.logStart = start
            f.config = { ...f.config, retentionBytes: -1 }
            f.log.updateConfig(f.config)
            break
          }
          case 'restart':
            f.restart()
            checkAll(f, model, context)
            break
          case 'crash':
            if (next() < 0.5) f.log.flush(f.nowMs)
            f.crashAndReopen()
            checkAll(f, model, context)
            break
          case 'torn':
            if (tearLastBatch(f, model, next)) {
              model.dropLastBatch()
              f.crashAndReopen()
              checkAll(f, model, context)
            }
            break
        }
      }
      f.restart()
      checkAll(f, model, `seed ${seed} final`)
      assert.ok((counts.crash ?? 0) > 10 && (counts.torn ?? 0) > 10 && (counts.append ?? 0) > 500, JSON.stringify(counts))
    } finally {
      await f.cleanup()
    }
  })
}
