// The file storage and MemoryStorage answer alike: etcd's storage cases (storage_test.go: Term,
// Entries, LastIndex, FirstIndex, Compact, CreateSnapshot, Append, ApplySnapshot), then random
// operation sequences, each step compared, and a reopen compared with a MemoryStorage rebuilt the
// way a restart rebuilds one (the snapshot, then the entries after it).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { MemoryStorage } from '../../../../src/controller/raft/core/memory-storage.ts'
import { entrySizeBytes } from '../../../../src/controller/raft/core/entry-size.ts'
import { EntryType, type ConfState, type Entry, type Snapshot } from '../../../../src/controller/raft/core/types.ts'
import { FileRaftStorage } from '../../../../src/controller/raft/storage/file-storage.ts'

// Real fsyncs prove nothing here (the crash is simulated, or there is none), and tmpfs makes them free.
const SCRATCH_DIR = existsSync('/dev/shm') ? '/dev/shm' : tmpdir()
const CS: ConfState = { voters: [1, 2, 3], learners: [], votersOutgoing: [] }
const DATA = new TextEncoder().encode('data')

function e (index: number, term: number): Entry {
  return { index, term, type: EntryType.Normal, data: new Uint8Array([index & 0xff, term & 0xff]) }
}

function snap (index: number, term: number): Snapshot {
  return { metadata: { index, term, confState: CS }, data: DATA }
}

type Op =
  | { readonly op: 'append', readonly entries: readonly Entry[] }
  | { readonly op: 'hardState', readonly term: number, readonly vote: number, readonly commit: number }
  | { readonly op: 'createSnapshot', readonly index: number }
  | { readonly op: 'compact', readonly index: number }
  | { readonly op: 'applySnapshot', readonly index: number, readonly term: number }

interface Pair { readonly memory: MemoryStorage, file: FileRaftStorage, readonly dir: string }

function pairFrom (snapshot: Snapshot, entries: readonly Entry[]): Pair {
  const dir = mkdtempSync(join(SCRATCH_DIR, 'rivulet-raft-contract-'))
  const memory = new MemoryStorage(snapshot)
  memory.append(entries)
  const file = FileRaftStorage.open({ dir, bootstrapConfState: CS })
  if (snapshot.metadata.index > 0) file.applySnapshot(snapshot)
  file.append(entries)
  return { memory, file, dir }
}

function apply (s: MemoryStorage | FileRaftStorage, o: Op): unknown {
  switch (o.op) {
    case 'append': return s.append(o.entries)
    case 'hardState': return s.setHardState({ term: o.term, vote: o.vote, commit: o.commit })
    case 'createSnapshot': {
      const r = s.createSnapshot(o.index, CS, DATA)
      return typeof r === 'string' ? r : r.metadata
    }
    case 'compact': return s.compact(o.index)
    case 'applySnapshot': return s.applySnapshot(snap(o.index, o.term))
  }
}

/** Everything the core can ask, around the whole held range. */
function view (s: MemoryStorage | FileRaftStorage): unknown {
  const first = s.firstIndex()
  const last = s.lastIndex()
  const terms: Array<number | string> = []
  for (let i = Math.max(0, first - 2); i <= last + 1; i++) terms.push(s.term(i))
  const slices: unknown[] = []
  for (let lo = Math.max(1, first - 1); lo <= last; lo++) {
    slices.push(s.entries(lo, last + 1, Infinity))
    slices.push(s.entries(lo, last + 1, 0)) // at least one entry, whatever the limit
  }
  return { first, last, terms, slices, snapshot: s.snapshot().metadata, initial: s.initialState() }
}

function compare (pair: Pair, ops: readonly Op[]): void {
  try {
    for (const o of ops) {
      assert.deepEqual(apply(pair.file, o), apply(pair.memory, o), `result of ${JSON.stringify(o)}`)
      assert.deepEqual(view(pair.file), view(pair.memory), `after ${JSON.stringify(o)}`)
    }
    // A restart sees the snapshot and the log after it.
    pair.file.close()
    pair.file = FileRaftStorage.open({ dir: pair.dir, bootstrapConfState: { voters: [], learners: [], votersOutgoing: [] } })
    const rebuilt = new MemoryStorage(pair.memory.snapshot())
    const after = pair.memory.snapshot().metadata.index + 1
    if (after <= pair.memory.lastIndex()) rebuilt.append(pair.memory.entries(after, pair.memory.lastIndex() + 1, Infinity) as Entry[])
    rebuilt.setHardState(pair.memory.initialState().hardState)
    assert.deepEqual(view(pair.file), view(rebuilt), 'after reopen')
  } finally {
    pair.file.close()
    rmSync(pair.dir, { recursive: true, force: true })
  }
}

// etcd's fixture: a snapshot at (3, 3) followed by entries 4 and 5.
const fixture = (): Pair => pairFrom(snap(3, 3), [e(4, 4), e(5, 5)])

test('etcd cases: term, entries (with size limits), first and last index', () => {
  const pair = fixture()
  const half = entrySizeBytes(e(4, 4)) + entrySizeBytes(e(5, 5)) / 2
  for (const s of [pair.memory, pair.file]) {
    assert.deepEqual([2, 3, 4, 5, 6].map((i) => s.term(i)), ['compacted', 3, 4, 5, 'unavailable'])
    assert.equal(s.entries(2, 6, Infinity), 'compacted')
    assert.equal(s.entries(3, 4, Infinity), 'compacted')
    assert.deepEqual(s.entries(4, 5, Infinity), [e(4, 4)])
    assert.deepEqual(s.entries(4, 6, Infinity), [e(4, 4), e(5, 5)])
    assert.deepEqual(s.entries(4, 6, 0), [e(4, 4)])
    assert.deepEqual(s.entries(4, 6, half), [e(4, 4)])
    assert.equal(s.firstIndex(), 4)
    assert.equal(s.lastIndex(), 5)
  }
  compare(pair, [{ op: 'append', entries: [e(6, 5)] }])
})

test('etcd cases: compact (within the snapshot) and createSnapshot', () => {
  compare(fixture(), [
    { op: 'createSnapshot', index: 3 },
    { op: 'createSnapshot', index: 4 },
    { op: 'compact', index: 2 },
    { op: 'compact', index: 3 },
    { op: 'compact', index: 4 },
    { op: 'createSnapshot', index: 5 },
    { op: 'compact', index: 5 }
  ])
})

test('etcd cases: append (overlaps, conflicts, compacted prefixes, extensions) and applySnapshot', () => {
  const cases: Entry[][] = [
    [e(3, 3), e(4, 4), e(5, 5)],
    [e(3, 3), e(4, 6), e(5, 6)],
    [e(3, 3), e(4, 4), e(5, 5), e(6, 5)],
    [e(2, 3), e(3, 3), e(4, 5)],
    [e(4, 5)],
    [e(6, 5)],
    [e(1, 1), e(2, 2)]
  ]
  for (const entries of cases) compare(fixture(), [{ op: 'append', entries }])
  compare(fixture(), [{ op: 'applySnapshot', index: 4, term: 4 }, { op: 'applySnapshot', index: 3, term: 3 }, { op: 'append', entries: [e(5, 5)] }])
})

/** Random but legal driver histories: appends never cut below the commit, terms never go back. */
const history = fc.array(fc.record({ kind: fc.integer({ min: 0, max: 9 }), a: fc.nat(), b: fc.nat() }), { maxLength: 40 }).map((steps) => {
  const model = new MemoryStorage()
  let term = 1
  let commit = 0
  const ops: Op[] = []
  for (const { kind, a, b } of steps) {
    const last = model.lastIndex()
    const first = model.firstIndex()
    const snapIndex = model.snapshot().metadata.index
    let o: Op | null = null
    if (kind <= 4) {
      const start = Math.max(commit + 1, first, last + 1 - (a % 4))
      if (start <= last) term++
      o = { op: 'append', entries: Array.from({ length: 1 + (b % 4) }, (_, i) => e(start + i, term)) }
    } else if (kind === 5 && last > commit) {
      commit += 1 + (a % (last - commit))
      o = { op: 'hardState', term, vote: b % 4, commit }
    } else if (kind === 6 && commit > snapIndex) {
      o = { op: 'createSnapshot', index: snapIndex + 1 + (a % (commit - snapIndex)) }
    } else if (kind === 7 && snapIndex >= first) {
      o = { op: 'compact', index: first + (a % (snapIndex - first + 1)) }
    } else if (kind === 8) {
      term++
      commit = last + 1 + (a % 3)
      o = { op: 'applySnapshot', index: commit, term }
    }
    if (o !== null) { apply(model, o); ops.push(o) }
  }
  return ops
})

test('random histories: the file storage answers as MemoryStorage at every step and after reopen', () => {
  fc.assert(fc.property(history, (ops) => { compare(pairFrom(snap(0, 0), []), ops) }), { numRuns: 200 })
})
