// Files removed underneath: a log loaded with segments missing (its end, its middle, its head, all of
// it) is compared with its checkpoints (recovery point and log start offset in lmdb, the leader epoch
// checkpoint, the producer snapshot) and every loss is one WARN naming the partition and the expected
// and found offsets, before any offset is handed out again. A healthy log is never reported.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, statSync, truncateSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import * as header from '../../src/protocol/record-batch/batch-header.ts'
import { checkContinuity } from '../../src/storage/log/log-continuity.ts'
import { LogFixture, batchOf } from './log-fixture.ts'
import { capturingLogger, type LogLine } from '../helpers/storage-faults.ts'

const WARN = 40

/** A log of `count` one-record batches of ~500 bytes: several 4 KiB segments. */
function fill (f: LogFixture, count: number): void {
  for (let i = 0; i < count; i++) {
    const r = f.log.append(batchOf([{ key: null, value: Buffer.alloc(500, i) }]), { leaderEpoch: 1, nowMs: f.nowMs })
    assert.equal(r.errorCode, 0)
  }
}

function segmentBases (f: LogFixture): number[] {
  return readdirSync(f.dir).filter((n) => n.endsWith('.log')).map((n) => Number(n.slice(0, 20))).sort((a, b) => a - b)
}

/** Removes a segment's files, as an operator's `rm` would. */
function removeSegment (f: LogFixture, base: number): void {
  const prefix = String(base).padStart(20, '0')
  for (const n of readdirSync(f.dir)) if (n.startsWith(`${prefix}.`) && !n.endsWith('.snapshot')) unlinkSync(join(f.dir, n))
}

function losses (lines: readonly LogLine[]): Array<{ kind: unknown, expectedOffset: unknown, foundOffset: unknown }> {
  return lines.filter((l) => l.level === WARN && l.msg.startsWith('offsets lost')).map((l) => {
    assert.equal(l.partition, 'orders-0', 'the line names the partition')
    return { kind: l.kind, expectedOffset: l.expectedOffset, foundOffset: l.foundOffset }
  })
}

async function withLog (body: (f: LogFixture, lines: LogLine[]) => Promise<void>): Promise<void> {
  const f = new LogFixture()
  const { logger, lines } = capturingLogger()
  f.logger = logger
  try {
    await body(f, lines)
  } finally {
    await f.cleanup()
  }
}

test('the pure check: gaps, a head missing, and ends below each checkpoint', () => {
  const healthy = { segments: [{ baseOffset: 0, nextOffset: 10 }, { baseOffset: 10, nextOffset: 25 }], logStartCheckpoint: 0, recoveryPoint: 25, latestEpochStartOffset: 25, producerSnapshotOffset: 25 }
  assert.deepEqual(checkContinuity(healthy), [], 'an epoch may start at the log end (assigned just before an append that never landed)')
  const damaged = checkContinuity({ segments: [{ baseOffset: 5, nextOffset: 10 }, { baseOffset: 20, nextOffset: 22 }], logStartCheckpoint: 0, recoveryPoint: 30, latestEpochStartOffset: 26, producerSnapshotOffset: 30 })
  assert.deepEqual(damaged.map((d) => [d.kind, d.expectedOffset, d.foundOffset]), [
    ['segment-gap', 10, 20], ['head-missing', 0, 5], ['below-recovery-point', 30, 22], ['below-leader-epoch', 26, 22], ['below-producer-snapshot', 30, 22]
  ])
  assert.deepEqual(checkContinuity({ segments: [{ baseOffset: 40, nextOffset: 41 }], logStartCheckpoint: 50, recoveryPoint: 0, latestEpochStartOffset: -1, producerSnapshotOffset: -1 }).map((d) => d.kind), ['below-log-start'])
})

test('a healthy log is never reported: restarts, crashes, retention, DeleteRecords and truncation', async () => {
  await withLog(async (f, lines) => {
    fill(f, 30)
    f.restart()
    f.log.flush(f.nowMs)
    f.crashAndReopen()
    f.log.deleteRecordsBefore(12)
    f.restart()
    f.log.updateConfig({ ...f.config, retentionBytes: 6000 })
    f.log.applyRetention(f.nowMs)
    f.restart()
    f.log.truncateTo(f.log.logEndOffset() - 5)
    f.crashAndReopen()
    fill(f, 3)
    f.restart()
    assert.deepEqual(losses(lines), [])
  })
})

test('the active segment removed between restarts: one WARN per checkpoint passed, then the log continues from its end', async () => {
  await withLog(async (f, lines) => {
    fill(f, 30)
    const end = f.log.logEndOffset()
    f.log.close(f.nowMs)
    const last = segmentBases(f).at(-1)!
    removeSegment(f, last)
    f.log = f.open(true)
    assert.deepEqual(losses(lines), [
      { kind: 'below-recovery-point', expectedOffset: end, foundOffset: last },
      { kind: 'below-producer-snapshot', expectedOffset: end, foundOffset: last }
    ])
    assert.equal(f.log.logEndOffset(), last)
    const r = f.log.append(batchOf([{ key: null, value: Buffer.from('again') }]), { leaderEpoch: 2, nowMs: f.nowMs })
    assert.equal((r as { baseOffset: number }).baseOffset, last, 'as Kafka: offsets from the end are handed out again, after the WARN')
    f.restart()
    assert.equal(losses(lines).length, 2, 'said once: the next restart finds the checkpoints in line')
  })
})

test('a middle segment removed: a gap WARN with both ends; reads skip it and no offset is handed out twice', async () => {
  await withLog(async (f, lines) => {
    fill(f, 30)
    const end = f.log.logEndOffset()
    f.log.close(f.nowMs)
    const bases = segmentBases(f)
    assert.ok(bases.length >= 3)
    removeSegment(f, bases[1]!)
    f.log = f.open(true)
    assert.deepEqual(losses(lines), [{ kind: 'segment-gap', expectedOffset: bases[1], foundOffset: bases[2] }])
    assert.equal(f.log.logEndOffset(), end)
    const read = f.log.read(bases[1]!, 1 << 20)
    assert.equal(header.baseOffset(read.records, 0), bases[2], 'a read in the gap gets the first batch after it')
    const r = f.log.append(batchOf([{ key: null, value: Buffer.from('next') }]), { leaderEpoch: 1, nowMs: f.nowMs })
    assert.equal((r as { baseOffset: number }).baseOffset, end)
  })
})

test('the first segment removed: the log start moves up to the first segment left, with a WARN', async () => {
  await withLog(async (f, lines) => {
    fill(f, 30)
    f.log.close(f.nowMs)
    const bases = segmentBases(f)
    removeSegment(f, bases[0]!)
    f.log = f.open(true)
    assert.deepEqual(losses(lines), [{ kind: 'head-missing', expectedOffset: 0, foundOffset: bases[1] }])
    assert.equal(f.log.logStartOffset(), bases[1])
    f.restart()
    assert.equal(losses(lines).length, 1, 'the new start is checkpointed')
  })
})

test('every segment removed after a crash: the WARN names the recovery point; a log torn below its start restarts empty there (Kafka)', async () => {
  await withLog(async (f, lines) => {
    fill(f, 20)
    f.log.flush(f.nowMs)
    // What the log manager's flush timer does: checkpoint the recovery point that moved.
    f.store.setRecoveryPoints([['orders-0', f.log.recoveryPointToCheckpoint()]])
    const end = f.log.logEndOffset()
    for (const base of segmentBases(f)) removeSegment(f, base)
    f.crashAndReopen()
    assert.deepEqual(losses(lines).map((l) => [l.kind, l.expectedOffset, l.foundOffset]), [['below-recovery-point', end, 0]])
    assert.equal(f.log.logEndOffset(), 0)

    // Below the log start: everything left is deleted and the log restarts empty at its start offset.
    fill(f, 20)
    const start = f.log.logEndOffset()
    assert.equal(f.log.deleteRecordsBefore(start).errorCode, 0)
    f.log.close(f.nowMs)
    const active = join(f.dir, `${String(segmentBases(f).at(-1)!).padStart(20, '0')}.log`)
    truncateSync(active, statSync(active).size - 10) // the last batch torn: the log now ends below its start
    lines.length = 0
    f.log = f.open(true)
    assert.ok(losses(lines).some((l) => l.kind === 'below-log-start' && l.expectedOffset === start), JSON.stringify(losses(lines)))
    assert.equal(f.log.logStartOffset(), start)
    assert.equal(f.log.logEndOffset(), start, 'offsets below the start are never handed out again')
    assert.deepEqual(segmentBases(f), [start])
  })
})
