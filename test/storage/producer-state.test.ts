// Idempotent producer state: duplicates answered with their original offsets, gaps and stale epochs
// refused, and the state rebuilt after clean restarts and crashes.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ProducerStateManager, ProducerError } from '../../src/storage/log/producer-state.ts'
import { LogFixture, batchOf } from './log-fixture.ts'
import { buildRecordBatch } from '../../src/protocol/record-batch/records.ts'
import * as header from '../../src/protocol/record-batch/batch-header.ts'
import type { AppendInfo, AppendFailure } from '../../src/storage/log/partition-log.ts'

test('sequence rules: in order, duplicates of the last five, gaps, epochs, unknown producers, wrap-around', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-pid-'))
  try {
    const s = new ProducerStateManager(dir)
    assert.deepEqual(s.check(7n, 0, 3, 3), { kind: 'error', errorCode: ProducerError.UNKNOWN_PRODUCER_ID, message: 'This broker has no state for producer 7, and its first sequence is 3, not 0' })
    let offset = 0
    for (let seq = 0; seq < 30; seq += 5) {
      assert.equal(s.check(7n, 0, seq, seq + 4).kind, 'append')
      s.update(7n, 0, { firstSeq: seq, lastSeq: seq + 4, firstOffset: offset, lastOffset: offset + 4 })
      offset += 5
    }
    assert.deepEqual(s.check(7n, 0, 25, 29), { kind: 'duplicate', batch: { firstSeq: 25, lastSeq: 29, firstOffset: 25, lastOffset: 29 } })
    assert.equal(s.check(7n, 0, 5, 9).kind, 'duplicate', 'the fifth-newest batch is still known')
    assert.equal(s.check(7n, 0, 0, 4).kind, 'error', 'older than the last five batches: out of order')
    assert.equal((s.check(7n, 0, 31, 31) as { errorCode: number }).errorCode, ProducerError.OUT_OF_ORDER_SEQUENCE_NUMBER)
    assert.equal(s.check(7n, 1, 0, 0).kind, 'append', 'a new epoch starts at 0')
    assert.equal((s.check(7n, 1, 4, 4) as { errorCode: number }).errorCode, ProducerError.OUT_OF_ORDER_SEQUENCE_NUMBER)
    s.update(7n, 1, { firstSeq: 0, lastSeq: 0, firstOffset: 30, lastOffset: 30 })
    assert.equal((s.check(7n, 0, 31, 31) as { errorCode: number }).errorCode, ProducerError.INVALID_PRODUCER_EPOCH)
    s.update(9n, 0, { firstSeq: 2147483646, lastSeq: 2147483647, firstOffset: 31, lastOffset: 32 })
    assert.equal(s.check(9n, 0, 0, 3).kind, 'append', 'sequences wrap at Int32.MAX')
    s.snapshot(33)
    const loaded = new ProducerStateManager(dir)
    assert.equal(loaded.load(33), 33)
    assert.equal(loaded.check(7n, 1, 0, 0).kind, 'duplicate')
    assert.equal(loaded.producerCount(), 2)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

function idempotent (producerId: number, epoch: number, baseSequence: number, values: string[]): Buffer {
  return buildRecordBatch({ records: values.map((v) => ({ key: null, value: Buffer.from(v) })), producerId, producerEpoch: epoch, baseSequence })
}

test('a retried batch is answered with its original offsets and written once, across restarts and crashes', async () => {
  const f = new LogFixture()
  try {
    const first = f.log.append(idempotent(1000, 0, 0, ['a', 'b']), { leaderEpoch: 0, nowMs: 0 }) as AppendInfo
    f.log.append(batchOf([{ key: null, value: Buffer.from('plain') }]), { leaderEpoch: 0, nowMs: 0 })
    const retry = f.log.append(idempotent(1000, 0, 0, ['a', 'b']), { leaderEpoch: 0, nowMs: 0 }) as AppendInfo
    assert.deepEqual([retry.duplicate, retry.baseOffset, retry.lastOffset], [true, first.baseOffset, first.lastOffset])
    assert.equal(f.log.logEndOffset(), 3, 'nothing written for the retry')
    const gap = f.log.append(idempotent(1000, 0, 5, ['x']), { leaderEpoch: 0, nowMs: 0 }) as AppendFailure
    assert.equal(gap.errorCode, ProducerError.OUT_OF_ORDER_SEQUENCE_NUMBER)
    assert.equal(f.log.logEndOffset(), 3)
    f.restart()
    assert.equal((f.log.append(idempotent(1000, 0, 0, ['a', 'b']), { leaderEpoch: 0, nowMs: 0 }) as AppendInfo).duplicate, true, 'after a clean restart (snapshot)')
    const next = f.log.append(idempotent(1000, 0, 2, ['c']), { leaderEpoch: 0, nowMs: 0 }) as AppendInfo
    assert.equal(next.baseOffset, 3)
    f.crashAndReopen()
    assert.equal((f.log.append(idempotent(1000, 0, 2, ['c']), { leaderEpoch: 0, nowMs: 0 }) as AppendInfo).duplicate, true, 'after a crash (snapshot plus replay of the log tail)')
    assert.equal(f.log.logEndOffset(), 4)
  } finally {
    await f.cleanup()
  }
})

test('producer state follows a follower\'s truncation: rebuilt from the log, so a retry after the follower became leader is still a duplicate', async () => {
  const f = new LogFixture()
  try {
    // A follower got seven batches of one producer (sequences 0-6) at the leader's offsets; the state keeps the last five (2-6).
    for (let seq = 0; seq < 7; seq++) {
      const batch = idempotent(2000, 0, seq, [`v${seq}`])
      header.patchBaseOffset(batch, 0, seq)
      header.patchPartitionLeaderEpoch(batch, 0, 3)
      assert.equal(f.log.appendAsFollower(batch, 0).errorCode, 0)
    }
    // The new leader never had sequences 5 and 6: the follower truncates them, then is elected.
    f.log.truncateTo(5)
    assert.equal(f.log.logEndOffset(), 5)
    // The producer retries sequence 1 (its acknowledgements of 1-4 were lost with the old leader).
    const retry = f.log.append(idempotent(2000, 0, 1, ['v1']), { leaderEpoch: 4, nowMs: 0 }) as AppendInfo
    assert.deepEqual([retry.errorCode, retry.duplicate, retry.baseOffset, retry.lastOffset], [0, true, 1, 1], 'deduplicated with its original offsets')
    assert.equal(f.log.logEndOffset(), 5, 'nothing written for the retry')
    // And the state equals one rebuilt from the log by a restart.
    const next = f.log.append(idempotent(2000, 0, 5, ['v5-again']), { leaderEpoch: 4, nowMs: 0 }) as AppendInfo
    assert.deepEqual([next.errorCode, next.duplicate, next.baseOffset], [0, false, 5])
    f.crashAndReopen()
    assert.equal((f.log.append(idempotent(2000, 0, 1, ['v1']), { leaderEpoch: 4, nowMs: 0 }) as AppendInfo).duplicate, true)
  } finally {
    await f.cleanup()
  }
})

test('a producer epoch bumped only in the truncated part goes back to the epoch the log has', async () => {
  const f = new LogFixture()
  try {
    f.log.append(idempotent(3000, 0, 0, ['a']), { leaderEpoch: 0, nowMs: 0 })
    f.log.append(idempotent(3000, 1, 0, ['b']), { leaderEpoch: 0, nowMs: 0 })
    f.log.truncateTo(1)
    const retry = f.log.append(idempotent(3000, 0, 0, ['a']), { leaderEpoch: 1, nowMs: 0 }) as AppendInfo
    assert.deepEqual([retry.errorCode, retry.duplicate, retry.baseOffset], [0, true, 0], 'epoch 0 is current again, not fenced by the cut epoch 1')
  } finally {
    await f.cleanup()
  }
})
