// The file-backed Raft storage: what survives a reopen, what a torn tail loses (only the tail), what
// damage is refused loudly, and how snapshots and compaction bound the files.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FileRaftStorage, RaftStorageIOError, type FileStorageOptions } from '../../../../src/controller/raft/storage/file-storage.ts'
import { RaftLogCorruptError } from '../../../../src/controller/raft/storage/segment-replay.ts'
import { EntryType, type ConfState, type Entry } from '../../../../src/controller/raft/core/types.ts'
import { CrashFileIO } from './crash-file-io.ts'

const VOTERS: ConfState = { voters: [1, 2, 3], learners: [], votersOutgoing: [] }
const encoder = new TextEncoder()

function entries (from: number, to: number, term: number, tag = ''): Entry[] {
  const out: Entry[] = []
  for (let i = from; i <= to; i++) out.push({ index: i, term, type: EntryType.Normal, data: encoder.encode(`e${i}t${term}${tag}`) })
  return out
}

function withDir (body: (dir: string) => Promise<void> | void): () => Promise<void> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rivulet-raft-storage-'))
    try {
      await body(dir)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

function open (dir: string, extra: Partial<FileStorageOptions> = {}): FileRaftStorage {
  return FileRaftStorage.open({ dir, bootstrapConfState: VOTERS, ...extra })
}

function allEntries (s: FileRaftStorage): readonly Entry[] {
  if (s.lastIndex() < s.firstIndex()) return []
  const got = s.entries(s.firstIndex(), s.lastIndex() + 1, Infinity)
  assert.ok(typeof got !== 'string', `entries are ${String(got)}`)
  return got
}

function segmentPath (dir: string): string {
  const logs = readdirSync(dir).filter((n) => n.endsWith('.log')).sort()
  return join(dir, logs.at(-1)!)
}

test('a fresh directory starts from the bootstrap membership; entries and hard state round-trip across reopen', withDir(async (dir) => {
  let s = open(dir)
  assert.deepEqual(s.initialState().confState, VOTERS)
  assert.equal(s.firstIndex(), 1)
  assert.equal(s.lastIndex(), 0)
  s.append(entries(1, 10, 1))
  s.setHardState({ term: 2, vote: 3, commit: 7 })
  await s.synced()
  s.close()
  s = open(dir, { bootstrapConfState: { voters: [9], learners: [], votersOutgoing: [] } })
  assert.deepEqual(s.initialState(), { hardState: { term: 2, vote: 3, commit: 7 }, confState: VOTERS }, 'the persisted membership wins over the bootstrap one')
  assert.deepEqual(allEntries(s), entries(1, 10, 1))
  assert.equal(s.term(0), 0)
  assert.equal(s.term(10), 1)
  assert.equal(s.term(11), 'unavailable')
  assert.equal(s.truncatedBytes, 0)
  s.close()
}))

test('a conflicting suffix is cut when entries overwrite it, and stays cut after reopen', withDir(async (dir) => {
  let s = open(dir)
  s.append(entries(1, 10, 1))
  s.append(entries(6, 8, 2, 'new'))
  assert.equal(s.lastIndex(), 8)
  s.setHardState({ term: 2, vote: 0, commit: 5 })
  await s.synced()
  s.close()
  s = open(dir)
  assert.deepEqual(allEntries(s), [...entries(1, 5, 1), ...entries(6, 8, 2, 'new')])
  s.append(entries(9, 9, 2))
  s.close()
  s = open(dir)
  assert.equal(s.lastIndex(), 9)
  s.close()
}))

test('a torn last record, cut at every byte, is dropped; everything before it replays unchanged', withDir(async (dir) => {
  let s = open(dir)
  s.append(entries(1, 5, 1))
  s.setHardState({ term: 1, vote: 1, commit: 3 })
  await s.synced()
  const path = segmentPath(dir)
  const before = statSync(path).size
  s.append(entries(6, 6, 1, 'x'.repeat(40)))
  s.close()
  const full = readFileSync(path)
  for (let cut = before; cut < full.length; cut++) {
    writeFileSync(path, full.subarray(0, cut))
    s = open(dir)
    assert.equal(s.lastIndex(), 5, `cut at ${cut}`)
    assert.equal(s.truncatedBytes, cut - before)
    assert.deepEqual(s.initialState().hardState, { term: 1, vote: 1, commit: 3 })
    s.close()
    assert.equal(statSync(path).size, before, 'the torn tail is cut from the file')
  }
  writeFileSync(path, full)
  s = open(dir)
  assert.equal(s.lastIndex(), 6)
  s.close()
}))

test('garbage or zeros after the last record are dropped, and appends continue after the cut', withDir(async (dir) => {
  let s = open(dir)
  s.append(entries(1, 3, 1))
  s.close()
  const path = segmentPath(dir)
  const intact = readFileSync(path)
  for (const tail of [Buffer.alloc(4096), Buffer.from(Array.from({ length: 333 }, (_, i) => (i * 7919 + 13) & 0xff))]) {
    writeFileSync(path, Buffer.concat([intact, tail]))
    s = open(dir)
    assert.equal(s.lastIndex(), 3)
    assert.equal(s.truncatedBytes, tail.length)
    s.append(entries(4, 4, 1))
    s.close()
    s = open(dir)
    assert.equal(s.lastIndex(), 4, 'an append after the cut is readable')
    assert.equal(s.truncatedBytes, 0)
    s.close()
    writeFileSync(path, intact)
  }
}))

test('a flipped byte in a committed record, with intact records after it, is a loud error', withDir(async (dir) => {
  let s = open(dir)
  s.append(entries(1, 20, 1))
  s.setHardState({ term: 1, vote: 1, commit: 20 })
  s.close()
  const path = segmentPath(dir)
  const intact = readFileSync(path)
  const damaged = Buffer.from(intact)
  damaged[Math.floor(intact.length / 2)]! ^= 0x01
  writeFileSync(path, damaged)
  assert.throws(() => open(dir), RaftLogCorruptError)
  assert.deepEqual(readFileSync(path), damaged, 'nothing is cut when the open refuses')
}))

test('damage after the committed index, with nothing committing past it, is cut like a torn tail', withDir(async (dir) => {
  let s = open(dir)
  s.append(entries(1, 5, 1))
  s.setHardState({ term: 1, vote: 1, commit: 2 })
  const path = segmentPath(dir)
  const durable = statSync(path).size
  s.append(entries(6, 9, 1))
  s.close()
  const damaged = readFileSync(path)
  damaged[durable + 12]! ^= 0xff // inside entry 6; entries 7-9 stay intact but cannot follow a hole
  writeFileSync(path, damaged)
  s = open(dir)
  assert.equal(s.lastIndex(), 5)
  assert.equal(s.truncatedBytes, damaged.length - durable)
  s.close()
}))

test('damage in an older segment is a loud error, whatever follows', withDir(async (dir) => {
  let s = open(dir, { segmentBytesMax: 200 })
  for (let i = 1; i <= 30; i++) s.append(entries(i, i, 1))
  s.close()
  const logs = readdirSync(dir).filter((n) => n.endsWith('.log')).sort()
  assert.ok(logs.length > 3, `several segments (${logs.length})`)
  const oldest = join(dir, logs[0]!)
  const bytes = readFileSync(oldest)
  writeFileSync(oldest, bytes.subarray(0, bytes.length - 3))
  assert.throws(() => open(dir, { segmentBytesMax: 200 }), RaftLogCorruptError)
}))

test('a snapshot with compaction deletes whole old segments; reopen starts from the snapshot', withDir(async (dir) => {
  let s = open(dir, { segmentBytesMax: 300 })
  for (let i = 1; i <= 40; i++) s.append(entries(i, i, 1))
  s.setHardState({ term: 1, vote: 2, commit: 40 })
  await s.synced()
  const segmentsBefore = s.segmentSeqs().length
  const snap = s.createSnapshot(30, VOTERS, encoder.encode('state@30'))
  assert.ok(typeof snap !== 'string')
  assert.equal(s.compact(25), null)
  assert.equal(s.firstIndex(), 26)
  assert.equal(s.entries(20, 30, Infinity), 'compacted')
  assert.equal(s.term(25), 1)
  assert.equal(s.term(24), 'compacted')
  assert.ok(s.segmentSeqs().length < segmentsBefore, `segments ${segmentsBefore} -> ${s.segmentSeqs().length}`)
  assert.equal(readdirSync(dir).filter((n) => n.endsWith('.log')).length, s.segmentSeqs().length)
  assert.throws(() => s.compact(31), /beyond the snapshot/)
  s.close()
  s = open(dir, { segmentBytesMax: 300 })
  assert.equal(s.snapshot().metadata.index, 30)
  assert.deepEqual(s.snapshot().data, encoder.encode('state@30'))
  assert.equal(s.firstIndex(), 31)
  assert.deepEqual(allEntries(s), entries(31, 40, 1))
  assert.deepEqual(s.initialState().hardState, { term: 1, vote: 2, commit: 40 })
  assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.snap')), ['00000000000000000030.snap'])
  s.close()
}))

test('a snapshot from the leader replaces the log, and a crash at any step of it loses neither', withDir(async (dir) => {
  const io = new CrashFileIO()
  let s = open(dir, { io })
  s.append(entries(1, 8, 1))
  s.setHardState({ term: 3, vote: 2, commit: 4 })
  await s.synced()
  const leaderSnap = { metadata: { index: 50, term: 3, confState: VOTERS }, data: encoder.encode('leader@50') }
  // The power fails before the snapshot file is in place: the old log and hard state are intact.
  io.failNext = 'writeAtomic'
  assert.throws(() => s.applySnapshot(leaderSnap), RaftStorageIOError)
  io.crash()
  s = open(dir, { io })
  assert.deepEqual(allEntries(s), entries(1, 8, 1))
  assert.deepEqual(s.initialState().hardState, { term: 3, vote: 2, commit: 4 })
  // The power fails once the snapshot is in place but before the old segments' removal is durable:
  // they come back, and must not come back into the log.
  assert.equal(s.applySnapshot(leaderSnap), null)
  assert.equal(s.applySnapshot(leaderSnap), 'snapshot-out-of-date')
  assert.equal(s.lastIndex(), 50)
  assert.equal(s.term(50), 3)
  io.crash()
  s = open(dir, { io })
  assert.equal(s.snapshot().metadata.index, 50)
  assert.deepEqual(s.snapshot().data, encoder.encode('leader@50'))
  assert.equal(s.lastIndex(), 50, 'the old entries 1-8 are gone for good')
  assert.deepEqual(s.initialState().hardState, { term: 3, vote: 2, commit: 4 })
  assert.equal(s.segmentSeqs().length, 1)
  s.append(entries(51, 52, 3))
  s.setHardState({ term: 3, vote: 2, commit: 51 })
  await s.synced()
  io.crash()
  s = open(dir, { io })
  assert.deepEqual(allEntries(s), entries(51, 52, 3))
  assert.deepEqual(s.initialState().hardState, { term: 3, vote: 2, commit: 51 })
  s.close()
}))

test('the hard state survives segment rolls and compaction of every older segment', withDir(async (dir) => {
  let s = open(dir, { segmentBytesMax: 120 })
  s.setHardState({ term: 7, vote: 3, commit: 0 })
  for (let i = 1; i <= 12; i++) s.append(entries(i, i, 7))
  await s.synced()
  s.createSnapshot(12, VOTERS, encoder.encode('s'))
  s.compact(12)
  assert.equal(s.segmentSeqs().length, 1, 'only the active segment is left')
  s.close()
  s = open(dir, { segmentBytesMax: 120 })
  assert.deepEqual(s.initialState().hardState, { term: 7, vote: 3, commit: 0 }, 'written again at the head of each new segment')
  assert.equal(s.lastIndex(), 12)
  s.close()
}))

test('unsynced writes are lost in a power loss; synced ones are not', withDir(async (dir) => {
  const io = new CrashFileIO()
  let s = open(dir, { io })
  s.append(entries(1, 3, 1))
  s.setHardState({ term: 1, vote: 1, commit: 2 })
  await s.synced()
  s.append(entries(4, 9, 2))
  s.setHardState({ term: 2, vote: 2, commit: 2 })
  io.crash()
  s = open(dir, { io })
  assert.equal(s.lastIndex(), 3)
  assert.deepEqual(s.initialState().hardState, { term: 1, vote: 1, commit: 2 })
  s.close()
}))

test('a failed write or fsync leaves the storage refusing further work', withDir(async (dir) => {
  const io = new CrashFileIO()
  const s = open(dir, { io })
  s.append(entries(1, 2, 1))
  io.failNext = 'fsync'
  await assert.rejects(s.synced(), RaftStorageIOError)
  assert.throws(() => s.append(entries(3, 3, 1)), RaftStorageIOError)
  s.close()
  const t = open(dir, { io })
  io.failNext = 'write'
  assert.throws(() => t.setHardState({ term: 1, vote: 0, commit: 0 }), RaftStorageIOError)
  await assert.rejects(t.synced(), RaftStorageIOError)
  t.close()
}))

test('a damaged snapshot file is a loud error', withDir(async (dir) => {
  const s = open(dir)
  s.append(entries(1, 3, 1))
  s.setHardState({ term: 1, vote: 0, commit: 3 })
  s.createSnapshot(3, VOTERS, encoder.encode('xyz'))
  s.close()
  const path = join(dir, '00000000000000000003.snap')
  const bytes = readFileSync(path)
  bytes[bytes.length - 1]! ^= 0x40
  writeFileSync(path, bytes)
  assert.throws(() => open(dir), RaftLogCorruptError)
}))
