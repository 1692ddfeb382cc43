// PartitionLog behaviours one by one: validation errors, reads at the edges, timestamps, retention,
// DeleteRecords, leader epochs, flush policy and group commit.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, readdirSync, rmdirSync } from 'node:fs'
import { join } from 'node:path'
import { LogFixture, SMALL_LOG_CONFIG, batchOf } from './log-fixture.ts'
import { decodeRecordBatches } from '../../src/protocol/record-batch/records.ts'
import * as header from '../../src/protocol/record-batch/batch-header.ts'
import { LogError, type AppendInfo } from '../../src/storage/log/partition-log.ts'

function one (value: string, timestamp = 1000): Buffer {
  return batchOf([{ key: null, value: Buffer.from(value), timestamp }])
}

test('append validates before writing anything and answers with Kafka error codes', async () => {
  const f = new LogFixture({ ...SMALL_LOG_CONFIG, maxMessageBytes: 200 })
  try {
    const good = one('ok')
    const corrupt = one('bad')
    corrupt[corrupt.length - 1] ^= 0xff
    assert.equal(f.log.append(Buffer.concat([good, corrupt]), { leaderEpoch: 0, nowMs: 0 }).errorCode, LogError.CORRUPT_MESSAGE)
    assert.equal(f.log.logEndOffset(), 0, 'nothing written when one batch of the request is bad')
    assert.equal(f.log.append(one('x'.repeat(300)), { leaderEpoch: 0, nowMs: 0 }).errorCode, LogError.MESSAGE_TOO_LARGE)
    const old = one('v1')
    old.writeInt8(1, header.MAGIC)
    assert.equal(f.log.append(old, { leaderEpoch: 0, nowMs: 0 }).errorCode, LogError.UNSUPPORTED_FOR_MESSAGE_FORMAT)
    assert.equal(f.log.append(Buffer.alloc(0), { leaderEpoch: 0, nowMs: 0 }).errorCode, LogError.CORRUPT_MESSAGE)
    const two = Buffer.concat([good, one('second')])
    const result = f.log.append(two, { leaderEpoch: 7, nowMs: 0 }) as AppendInfo
    assert.deepEqual([result.baseOffset, result.lastOffset, result.recordCount], [0, 1, 2])
    const read = f.log.read(0, 10_000)
    assert.deepEqual(decodeRecordBatches(read.records).map((b) => [b.baseOffset, b.partitionLeaderEpoch]), [[0, 7], [1, 7]], 'base offsets and the broker leader epoch patched in place')
  } finally {
    await f.cleanup()
  }
})

test('reads: out of range outside [start, end], empty at the end, whole batches, at least one batch (KIP-74), upper bound', async () => {
  const f = new LogFixture()
  try {
    for (let i = 0; i < 10; i++) f.log.append(batchOf([{ key: null, value: Buffer.alloc(100, i) }, { key: null, value: Buffer.alloc(100, i) }]), { leaderEpoch: 0, nowMs: 0 })
    assert.equal(f.log.read(-1, 100).errorCode, LogError.OFFSET_OUT_OF_RANGE)
    assert.equal(f.log.read(21, 100).errorCode, LogError.OFFSET_OUT_OF_RANGE)
    const atEnd = f.log.read(20, 100)
    assert.equal(atEnd.errorCode, 0)
    assert.equal(atEnd.records.length, 0)
    const middle = f.log.read(5, 1)
    assert.equal(header.baseOffset(middle.records, 0), 4, 'the whole batch containing offset 5')
    assert.equal(middle.records.length, header.batchSizeBytes(middle.records, 0), 'one batch even though it exceeds maxBytes')
    const bounded = f.log.read(0, 1 << 20, 6)
    assert.deepEqual(decodeRecordBatches(bounded.records).map((b) => b.baseOffset), [0, 2, 4], 'only batches below the upper bound (high watermark)')
    assert.equal(f.log.read(6, 1 << 20, 6).records.length, 0)
  } finally {
    await f.cleanup()
  }
})

test('offset for timestamp finds the first record at or after it; max timestamp; LogAppendTime', async () => {
  const f = new LogFixture()
  try {
    for (let i = 0; i < 40; i++) {
      f.log.append(batchOf([0, 1, 2].map((r) => ({ key: null, value: Buffer.alloc(50), timestamp: 10_000 + i * 100 + r * 10 }))), { leaderEpoch: 0, nowMs: 0 })
    }
    assert.deepEqual(f.log.offsetForTimestamp(0), { offset: 0, timestamp: 10_000 })
    assert.deepEqual(f.log.offsetForTimestamp(10_000 + 17 * 100 + 15), { offset: 17 * 3 + 2, timestamp: 10_000 + 17 * 100 + 20 })
    assert.deepEqual(f.log.offsetForTimestamp(10_000 + 25 * 100), { offset: 75, timestamp: 12_500 })
    assert.equal(f.log.offsetForTimestamp(99_999), null)
    assert.deepEqual(f.log.maxTimestampOffset(), { offset: 119, timestamp: 10_000 + 39 * 100 + 20 })
    f.log.updateConfig({ ...f.config, messageTimestampType: 'LogAppendTime' })
    const result = f.log.append(one('late', 5), { leaderEpoch: 0, nowMs: 777_777 }) as AppendInfo
    assert.equal(result.logAppendTimeMs, 777_777)
    const [batch] = decodeRecordBatches(f.log.read(result.baseOffset, 1000).records)
    assert.equal(batch!.timestampType, 'log-append')
    assert.equal(batch!.maxTimestamp, 777_777)
  } finally {
    await f.cleanup()
  }
})

test('retention by time and by size deletes whole old segments below the high watermark, never the active one, via .deleted files', async () => {
  const f = new LogFixture({ ...SMALL_LOG_CONFIG, segmentBytes: 1024, fileDeleteDelayMs: 60_000 })
  try {
    for (let i = 0; i < 40; i++) f.log.append(one('x'.repeat(100), i < 20 ? 1_000 : 9_000_000), { leaderEpoch: 0, nowMs: 0 })
    const segmentsBefore = f.log.segmentCount()
    f.log.updateConfig({ ...f.config, retentionMs: 1_000_000 })
    // Only segments wholly below the high watermark may go (records not yet replicated stay).
    assert.equal(f.log.highWatermark(), 0)
    assert.equal(f.log.applyRetention(5_000_000), 0, 'nothing below the high watermark')
    f.log.updateHighWatermark(f.log.logEndOffset())
    const deleted = f.log.applyRetention(5_000_000)
    assert.ok(deleted > 0 && f.log.segmentCount() === segmentsBefore - deleted)
    assert.ok(f.log.logStartOffset() > 0 && f.log.logStartOffset() <= 20, 'segments holding only old records are gone')
    assert.ok(readdirSync(f.dir).some((n) => n.endsWith('.log.deleted')), 'renamed to .deleted before removal')
    f.log.updateConfig({ ...f.config, retentionMs: -1, retentionBytes: 1 })
    // The high watermark inside the log: segments before the one holding it go, that one stays.
    const startBefore = f.log.logStartOffset()
    const hw = startBefore + 13
    f.log.updateHighWatermark(hw)
    assert.ok(f.log.applyRetention(5_000_000) > 0)
    assert.ok(f.log.logStartOffset() > startBefore && f.log.logStartOffset() <= hw, 'the segment holding the high watermark stays')
    assert.ok(f.log.segmentCount() > 1)
    f.log.updateHighWatermark(f.log.logEndOffset())
    f.log.applyRetention(5_000_000)
    assert.equal(f.log.segmentCount(), 1, 'the active segment is never deleted')
    assert.equal(f.log.read(f.log.logStartOffset(), 100).errorCode, 0)
    const start = f.log.logStartOffset()
    f.restart()
    assert.ok(!readdirSync(f.dir).some((n) => n.endsWith('.deleted')), 'leftover .deleted files are removed at start')
    assert.equal(f.log.logStartOffset(), start)
  } finally {
    await f.cleanup()
  }
})

test('DeleteRecords moves the log start durably and removes segments wholly below it', async () => {
  const f = new LogFixture({ ...SMALL_LOG_CONFIG, segmentBytes: 1024 })
  try {
    for (let i = 0; i < 40; i++) f.log.append(one('y'.repeat(100)), { leaderEpoch: 0, nowMs: 0 })
    const before = f.log.segmentCount()
    assert.deepEqual(f.log.deleteRecordsBefore(25), { errorCode: 0, lowWatermark: 25 })
    assert.ok(f.log.segmentCount() < before)
    assert.equal(f.log.read(24, 100).errorCode, LogError.OFFSET_OUT_OF_RANGE)
    assert.equal(header.baseOffset(f.log.read(25, 100).records, 0), 25)
    assert.equal(f.log.deleteRecordsBefore(41).errorCode, LogError.OFFSET_OUT_OF_RANGE)
    f.crashAndReopen()
    assert.equal(f.log.logStartOffset(), 25, 'survives a crash')
  } finally {
    await f.cleanup()
  }
})

test('leader epochs: checkpoint, end offsets per epoch, truncation', async () => {
  const f = new LogFixture()
  try {
    for (const [epoch, count] of [[0, 3], [2, 4], [5, 2]] as const) {
      for (let i = 0; i < count; i++) f.log.append(one('e'), { leaderEpoch: epoch, nowMs: 0 })
    }
    assert.deepEqual(f.log.endOffsetForEpoch(0), { epoch: 0, endOffset: 3 })
    assert.deepEqual(f.log.endOffsetForEpoch(1), { epoch: 0, endOffset: 3 })
    assert.deepEqual(f.log.endOffsetForEpoch(2), { epoch: 2, endOffset: 7 })
    assert.deepEqual(f.log.endOffsetForEpoch(5), { epoch: 5, endOffset: 9 })
    // As Kafka's LeaderEpochFileCache: an epoch above every entry, and -1, are unknown.
    assert.deepEqual(f.log.endOffsetForEpoch(9), { epoch: -1, endOffset: -1 })
    assert.deepEqual(f.log.endOffsetForEpoch(-1), { epoch: -1, endOffset: -1 })
    f.log.truncateTo(5)
    assert.deepEqual(f.log.endOffsetForEpoch(2), { epoch: 2, endOffset: 5 })
    assert.deepEqual(f.log.endOffsetForEpoch(4), { epoch: -1, endOffset: -1 })
    // An epoch below every entry (its records deleted): itself, ending where the first entry starts.
    f.log.deleteRecordsBefore(4)
    assert.deepEqual(f.log.epochs.all(), [{ epoch: 2, startOffset: 4 }])
    assert.deepEqual(f.log.endOffsetForEpoch(1), { epoch: 1, endOffset: 4 })
    f.restart()
    assert.deepEqual(f.log.epochs.all(), [{ epoch: 2, startOffset: 4 }])
  } finally {
    await f.cleanup()
  }
})

test('a truncation at or past the log end removes no record but drops the epochs that start at the end (an epoch led without appending), durably', async () => {
  const f = new LogFixture()
  try {
    for (let i = 0; i < 3; i++) f.log.append(one('e'), { leaderEpoch: 5, nowMs: 0 })
    // Became leader in epoch 7 at the log end, lost leadership before appending.
    f.log.epochs.assign(7, 3)
    assert.equal(f.log.epochs.latestEpoch(), 7)
    f.log.truncateTo(3)
    assert.equal(f.log.logEndOffset(), 3)
    assert.deepEqual(f.log.epochs.all(), [{ epoch: 5, startOffset: 0 }])
    f.log.epochs.assign(8, 3)
    f.log.truncateTo(10)
    assert.deepEqual(f.log.epochs.all(), [{ epoch: 5, startOffset: 0 }], 'a cut past the end too')
    f.restart()
    assert.deepEqual(f.log.epochs.all(), [{ epoch: 5, startOffset: 0 }])
    assert.equal(f.log.logEndOffset(), 3)
  } finally {
    await f.cleanup()
  }
})

test('flush.messages advances the recovery point; group commit makes concurrent appends share fsyncs', async () => {
  const f = new LogFixture({ ...SMALL_LOG_CONFIG, flushMessages: 3 })
  try {
    f.log.append(one('a'), { leaderEpoch: 0, nowMs: 0 })
    f.log.append(one('b'), { leaderEpoch: 0, nowMs: 0 })
    assert.equal(f.log.recoveryPointOffset(), 0)
    f.log.append(one('c'), { leaderEpoch: 0, nowMs: 0 })
    assert.equal(f.log.recoveryPointOffset(), 3, 'fsynced after 3 messages')
    const appends = Array.from({ length: 50 }, (_, i) => { f.log.append(one(`g${i}`), { leaderEpoch: 0, nowMs: 0 }); return f.log.sync() })
    await Promise.all(appends)
    assert.equal(f.log.recoveryPointOffset(), 53)
    assert.ok(f.log.groupCommitRounds <= 2, `50 appends shared ${f.log.groupCommitRounds} fsync rounds`)
    assert.ok(existsSync(join(f.dir, '00000000000000000000.log')))
  } finally {
    await f.cleanup()
  }
})

test('DeleteRecords whose checkpoint cannot be written answers KAFKA_STORAGE_ERROR instead of throwing, and works again after', async () => {
  const f = new LogFixture()
  try {
    for (let i = 0; i < 4; i++) assert.equal(f.log.append(batchOf([{ key: null, value: Buffer.from(`v${i}`) }]), { leaderEpoch: 3, nowMs: 0 }).errorCode, 0)
    // A directory where the epoch checkpoint's temporary file must go: its write fails with EISDIR.
    const trap = join(f.dir, 'leader-epoch-checkpoint.tmp')
    mkdirSync(trap)
    assert.deepEqual(f.log.deleteRecordsBefore(2), { errorCode: 56, lowWatermark: 2 }, 'the start moved durably; the epochs could not be cut')
    rmdirSync(trap)
    assert.deepEqual(f.log.deleteRecordsBefore(3), { errorCode: 0, lowWatermark: 3 })
    f.restart()
    assert.equal(f.log.logStartOffset(), 3)
  } finally {
    await f.cleanup()
  }
})

test('truncateFullyAndStartAt empties the log and restarts it at an offset, durably; a cut below the first segment does the same', async () => {
  const f = new LogFixture({ ...SMALL_LOG_CONFIG, segmentBytes: 1024 })
  try {
    for (let i = 0; i < 20; i++) f.log.append(one('z'.repeat(100)), { leaderEpoch: 2, nowMs: 0 })
    assert.ok(f.log.segmentCount() > 1)
    f.log.truncateFullyAndStartAt(500)
    assert.deepEqual([f.log.logStartOffset(), f.log.logEndOffset(), f.log.segmentCount(), f.log.recoveryPointOffset(), f.log.highWatermark()], [500, 500, 1, 500, 500])
    assert.deepEqual(f.log.epochs.all(), [])
    assert.equal(f.log.read(499, 100).errorCode, LogError.OFFSET_OUT_OF_RANGE)
    // The leader's batches continue it at the leader's offsets.
    const batch = batchOf([{ key: null, value: Buffer.from('from-leader') }], { baseOffset: 500, partitionLeaderEpoch: 7 })
    assert.equal(f.log.appendAsFollower(batch, 0).errorCode, 0)
    assert.deepEqual([f.log.logEndOffset(), f.log.epochs.latestEpoch()], [501, 7])
    f.crashAndReopen()
    assert.deepEqual([f.log.logStartOffset(), f.log.logEndOffset()], [500, 501], 'survives a crash')
    assert.equal(header.baseOffset(f.log.read(500, 100).records, 0), 500)
    f.log.truncateTo(100)
    assert.deepEqual([f.log.logStartOffset(), f.log.logEndOffset(), f.log.segmentCount()], [100, 100, 1], 'a cut below the first segment restarts the log there')
    f.restart()
    assert.deepEqual([f.log.logStartOffset(), f.log.logEndOffset()], [100, 100])
  } finally {
    await f.cleanup()
  }
})
