// The log view: stable (MemoryStorage) + unstable tail, conflicts, commit/apply cursors, slices
// across the boundary, and the storage's own compaction and snapshot rules.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { MemoryStorage, emptySnapshot } from '../../../src/controller/raft/core/memory-storage.ts'
import { RaftLog } from '../../../src/controller/raft/core/raft-log.ts'
import { ENTRY_OVERHEAD_BYTES } from '../../../src/controller/raft/core/entry-size.ts'
import { EntryType, type Entry } from '../../../src/controller/raft/core/types.ts'

const conf = { voters: [1], learners: [], votersOutgoing: [] }
function e (index: number, term: number, bytes = 0): Entry {
  return { index, term, type: EntryType.Normal, data: new Uint8Array(bytes) }
}
function terms (entries: readonly Entry[] | string): string {
  assert.ok(typeof entries !== 'string', `expected entries, got ${String(entries)}`)
  return entries.map((x) => `${x.index}/${x.term}`).join(' ')
}
/** A log with entries 1..n stable (terms given) and the rest unstable. */
function logWith (stableTerms: number[], unstableTerms: number[] = []): { log: RaftLog, storage: MemoryStorage } {
  const storage = new MemoryStorage(emptySnapshot(conf))
  storage.append(stableTerms.map((t, i) => e(i + 1, t)))
  const log = new RaftLog(storage, Infinity)
  log.append(unstableTerms.map((t, i) => e(stableTerms.length + i + 1, t)))
  return { log, storage }
}

test('first/last index and terms span storage and the unstable tail', () => {
  const { log } = logWith([1, 1, 2], [3, 3])
  assert.equal(log.firstIndex(), 1)
  assert.equal(log.lastIndex(), 5)
  assert.equal(log.lastTerm(), 3)
  assert.deepEqual([0, 1, 2, 3, 4, 5].map((i) => log.term(i)), [0, 1, 1, 2, 3, 3])
  assert.equal(log.term(6), 'unavailable')
  assert.equal(terms(log.slice(2, 6, Infinity)), '2/1 3/2 4/3 5/3')
})

test('up-to-date comparison is by last term, then last index (Raft §5.4.1)', () => {
  const { log } = logWith([1, 2, 2])
  assert.equal(log.isUpToDate(3, 2), true)
  assert.equal(log.isUpToDate(2, 2), false, 'same term, shorter')
  assert.equal(log.isUpToDate(1, 3), true, 'later term wins even if shorter')
  assert.equal(log.isUpToDate(9, 1), false, 'earlier term loses even if longer')
})

test('maybeAppend: rejects a mismatching prev entry, truncates a conflicting tail, keeps matching entries', () => {
  const { log } = logWith([1, 1, 1], [2, 2])
  assert.equal(log.maybeAppend(5, 3, 0, [e(6, 3)]), null, 'prev (5, 3) does not match (5, 2)')
  assert.equal(log.maybeAppend(3, 1, 3, [e(4, 2), e(5, 2)]), 5, 'all already present')
  assert.equal(log.committed, 3)
  assert.equal(log.maybeAppend(3, 1, 4, [e(4, 4), e(5, 4), e(6, 4)]), 6)
  assert.equal(terms(log.slice(1, 7, Infinity)), '1/1 2/1 3/1 4/4 5/4 6/4')
  assert.equal(log.committed, 4, 'commit = min(leader commit, last new index)')
})

test('a conflict at or below the commit index is a bug', () => {
  const { log } = logWith([1, 1, 1])
  log.commitTo(3)
  assert.throws(() => log.maybeAppend(1, 1, 3, [e(2, 5)]), /conflicts with committed/)
})

test('findConflict and findConflictByTerm', () => {
  const { log } = logWith([1, 1, 2, 2, 4])
  assert.equal(log.findConflict([e(2, 1), e(3, 2)]), 0)
  assert.equal(log.findConflict([e(3, 2), e(4, 3)]), 4)
  assert.equal(log.findConflict([e(5, 4), e(6, 4)]), 6, 'new entries beyond the end are a "conflict" too')
  assert.deepEqual(log.findConflictByTerm(5, 3), { index: 4, term: 2 }, 'skip the term-4 entry')
  assert.deepEqual(log.findConflictByTerm(5, 4), { index: 5, term: 4 })
  assert.deepEqual(log.findConflictByTerm(5, 0), { index: 0, term: 0 })
})

test('commit never goes back and never past the last index; applied follows commit', () => {
  const { log } = logWith([1, 1, 1])
  log.commitTo(2)
  log.commitTo(1)
  assert.equal(log.committed, 2)
  assert.throws(() => log.commitTo(4), /out of range/)
  assert.throws(() => log.appliedTo(3), /out of range/)
  log.appliedTo(2)
  assert.throws(() => log.appliedTo(1), /went back/)
})

test('maybeCommit commits only an entry of the given term (figure 8)', () => {
  const { log } = logWith([1, 2, 2], [3])
  assert.equal(log.maybeCommit(3, 3, false), false, 'entry 3 is of term 2, not 3')
  assert.equal(log.committed, 0)
  assert.equal(log.maybeCommit(4, 3, false), true)
  assert.equal(log.committed, 4)
  const other = logWith([1, 2, 2]).log
  assert.equal(other.maybeCommit(3, 3, true), true, 'the bug switch counts any term')
})

test('next committed entries are paginated by bytes but always at least one', () => {
  const storage = new MemoryStorage(emptySnapshot(conf))
  storage.append([e(1, 1, 100), e(2, 1, 100), e(3, 1, 100)])
  const log = new RaftLog(storage, 2 * (100 + ENTRY_OVERHEAD_BYTES))
  log.commitTo(3)
  assert.equal(terms(log.nextCommittedEntries()), '1/1 2/1')
  log.appliedTo(2)
  assert.equal(terms(log.nextCommittedEntries()), '3/1')
  const tiny = new RaftLog(storage, 1)
  tiny.commitTo(3)
  assert.equal(terms(tiny.nextCommittedEntries()), '1/1', 'one entry even when it is over the limit')
})

test('stableTo moves the unstable offset, but not for entries replaced meanwhile', () => {
  const { log } = logWith([1], [1, 1])
  log.stableTo(3, 1)
  assert.equal(log.unstable.entries.length, 0)
  assert.equal(log.unstable.offset, 4)
  const other = logWith([1], [1, 1]).log
  other.append([e(3, 2)]) // replaced before the driver reported it stable
  other.stableTo(3, 1)
  assert.equal(terms(other.unstable.entries), '2/1 3/2', 'term 1 at index 3 is gone: nothing to mark stable')
})

test('slices stop at a storage size cut rather than splicing the unstable tail after a gap', () => {
  const storage = new MemoryStorage(emptySnapshot(conf))
  storage.append([e(1, 1, 50), e(2, 1, 50)])
  const log = new RaftLog(storage, Infinity)
  log.append([e(3, 1, 50)])
  assert.equal(terms(log.slice(1, 4, 70)), '1/1')
  assert.equal(terms(log.slice(1, 4, Infinity)), '1/1 2/1 3/1')
})

test('compaction and snapshots in MemoryStorage; the log then starts after the snapshot', () => {
  const storage = new MemoryStorage(emptySnapshot(conf))
  storage.append([e(1, 1), e(2, 1), e(3, 2), e(4, 2)])
  const snap = storage.createSnapshot(3, conf, Uint8Array.of(7))
  assert.ok(typeof snap !== 'string')
  assert.deepEqual([snap.metadata.index, snap.metadata.term], [3, 2])
  assert.equal(storage.createSnapshot(2, conf, Uint8Array.of(7)), 'snapshot-out-of-date')
  assert.equal(storage.compact(3), null)
  assert.equal(storage.compact(3), 'compacted')
  assert.equal(storage.firstIndex(), 4)
  assert.equal(storage.term(3), 2, 'the snapshot index keeps its term')
  assert.equal(storage.term(2), 'compacted')
  assert.equal(storage.entries(3, 5, Infinity), 'compacted')
  const log = new RaftLog(storage, Infinity)
  assert.deepEqual([log.committed, log.applied], [3, 3], 'everything in the snapshot is committed and applied')
  assert.equal(log.slice(2, 4, Infinity), 'compacted')
  assert.equal(terms(log.entriesFrom(4, Infinity)), '4/2')
})

test('MemoryStorage.append overwrites a divergent tail and refuses a gap', () => {
  const storage = new MemoryStorage(emptySnapshot(conf))
  storage.append([e(1, 1), e(2, 1), e(3, 1)])
  storage.append([e(2, 2)])
  assert.equal(storage.lastIndex(), 2)
  assert.equal(storage.term(2), 2)
  assert.throws(() => storage.append([e(5, 2)]), /missing log entry/)
  storage.compact(2)
  storage.append([e(1, 1), e(2, 2), e(3, 3)]) // the compacted part is skipped
  assert.equal(storage.lastIndex(), 3)
  assert.equal(storage.applySnapshot({ metadata: { index: 2, term: 2, confState: conf }, data: new Uint8Array() }), null)
  assert.equal(storage.applySnapshot({ metadata: { index: 1, term: 1, confState: conf }, data: new Uint8Array() }), 'snapshot-out-of-date')
  assert.equal(storage.lastIndex(), 2, 'applying a snapshot drops the log')
})

test('restore from an incoming snapshot replaces the log view', () => {
  const { log } = logWith([1, 1], [1])
  log.restore({ metadata: { index: 10, term: 3, confState: conf }, data: new Uint8Array() })
  assert.equal(log.firstIndex(), 11)
  assert.equal(log.lastIndex(), 10)
  assert.equal(log.term(10), 3)
  assert.equal(log.committed, 10)
  assert.equal(log.hasPendingSnapshot(), true)
  log.stableSnapTo(10)
  assert.equal(log.hasPendingSnapshot(), false)
})
