// The durable Raft log: term, vote, commit, entries and the latest snapshot, in one directory.
//
// Layout:
//   <seq>.log    segments of CRC-framed records (record-codec.ts): entries and hard states,
//                appended in write order. Every segment starts with the hard state current when it
//                was started, so deleting older segments never loses the term or the vote. A segment
//                is fsynced before the next one is started; only the newest can have a torn tail.
//   <index>.snap the latest snapshot (written atomically), with `firstSegmentSeq`: older segments
//                hold nothing the log needs. A snapshot received from the leader replaces the log,
//                so it starts a fresh segment and names it there.
// Disk use is bounded by snapshots: compact(index) deletes the oldest segments whose entries all
// lie at or below `index`. All entries after the snapshot are also kept in memory (a MemoryStorage
// answers the core's reads), so memory is bounded by the snapshot cadence as well.
//
// Durability contract for the driver: append() and setHardState() write (to the page cache) at
// once; they are durable only after sync() calls back. A failed write or fsync leaves the storage
// failed: every later call throws (the process must restart and recover from what is on disk).
import { join } from 'node:path'
import { assert } from '../../../util/assert.ts'
import { emptySnapshot, MemoryStorage, type SnapshotOutOfDate } from '../core/memory-storage.ts'
import type { InitialState, StorageError } from '../core/log-storage.ts'
import type { RaftStorage } from './raft-storage.ts'
import type { ConfState, Entry, HardState, Snapshot } from '../core/types.ts'
import { nodeFileIO, type RaftFileIO } from './file-io.ts'
import {
  decodeSnapshotFile, encodeSnapshotFile, entryFrameBytes, HARD_STATE_FRAME_BYTES,
  writeEntryFrame, writeHardStateFrame, type SnapshotFile
} from './record-codec.ts'
import { RaftLogCorruptError, replaySegments, type SegmentBytes, type SegmentInfo } from './segment-replay.ts'

export const SEGMENT_BYTES_MAX_DEFAULT = 16 * 1024 * 1024

export interface FileStorageOptions {
  readonly dir: string
  /** The membership to start from when the directory holds no Raft state yet. */
  readonly bootstrapConfState: ConfState
  /** A segment is closed and a new one started once it reaches this size. */
  readonly segmentBytesMax?: number
  readonly io?: RaftFileIO
}

export class RaftStorageIOError extends Error {
  override name = 'RaftStorageIOError'
  readonly code = 'RIVULET_ERR_RAFT_STORAGE_IO'
}

const SEGMENT_NAME = /^(\d{20})\.log$/
const SNAPSHOT_NAME = /^(\d{20})\.snap$/

function segmentName (seq: number): string {
  return `${String(seq).padStart(20, '0')}.log`
}

function snapshotName (index: number): string {
  return `${String(index).padStart(20, '0')}.snap`
}

function numbered (names: readonly string[], pattern: RegExp): number[] {
  const found: number[] = []
  for (const n of names) {
    const m = pattern.exec(n)
    if (m !== null) found.push(Number(m[1]))
  }
  return found.sort((a, b) => a - b)
}

export class FileRaftStorage implements RaftStorage {
  /** Bytes of a torn tail cut from the newest segment at open. */
  readonly truncatedBytes: number
  private readonly dir: string
  private readonly io: RaftFileIO
  private readonly segmentBytesMax: number
  private readonly memory: MemoryStorage
  /** Oldest first; the last one is being appended to. */
  private readonly segments: SegmentInfo[]
  private activeFd: number
  private activeSizeBytes: number
  private hardState: HardState
  /** A segment or snapshot file was created or removed since the directory was last fsynced. */
  private dirDirty = false
  private syncing = false
  private failure: Error | null = null
  private closed = false

  private constructor (options: FileStorageOptions, io: RaftFileIO, memory: MemoryStorage, segments: SegmentInfo[], activeFd: number, activeSizeBytes: number, truncatedBytes: number) {
    this.dir = options.dir
    this.io = io
    this.segmentBytesMax = options.segmentBytesMax ?? SEGMENT_BYTES_MAX_DEFAULT
    assert(this.segmentBytesMax > HARD_STATE_FRAME_BYTES, 'segmentBytesMax must hold at least a hard state record')
    this.memory = memory
    this.segments = segments
    this.activeFd = activeFd
    this.activeSizeBytes = activeSizeBytes
    this.hardState = memory.initialState().hardState
    this.truncatedBytes = truncatedBytes
  }

  /** Opens (or creates) the storage in `options.dir`, cutting a torn tail; throws RaftLogCorruptError on damage. */
  static open (options: FileStorageOptions): FileRaftStorage {
    const io = options.io ?? nodeFileIO
    const dir = options.dir
    io.mkdirp(dir)
    const names = io.list(dir)
    for (const n of names) if (n.endsWith('.tmp')) io.unlink(join(dir, n)) // an atomic write cut short
    const snapFile = loadSnapshot(io, dir, names, options.bootstrapConfState)
    const snap = snapFile.snapshot.metadata
    const segments: SegmentBytes[] = []
    for (const seq of numbered(names, SEGMENT_NAME)) {
      const name = segmentName(seq)
      // Left behind by a crash while a received snapshot replaced the log.
      if (seq < snapFile.firstSegmentSeq) io.unlink(join(dir, name))
      else segments.push({ seq, name: join(dir, name), bytes: io.readAll(join(dir, name)) })
    }
    const replayed = replaySegments(segments, snap.index)
    const memory = new MemoryStorage(snapFile.snapshot)
    memory.append(replayed.entries)
    memory.setHardState(replayed.hardState)
    let fd: number
    let sizeBytes: number
    const infos = replayed.segments
    if (infos.length === 0) {
      const seq = snapFile.firstSegmentSeq
      fd = startSegment(io, dir, seq, replayed.hardState)
      infos.push({ seq, maxIndex: 0 })
      sizeBytes = HARD_STATE_FRAME_BYTES
    } else {
      fd = io.open(join(dir, segmentName(infos.at(-1)!.seq)))
      sizeBytes = replayed.lastValidBytes
      if (replayed.truncatedBytes > 0) {
        // Durably, before anything is appended: a resurrected torn tail in front of new records
        // would read as damage in the middle of the log.
        io.truncate(fd, sizeBytes)
        io.fsyncSync(fd)
      }
    }
    io.fsyncDir(dir)
    return new FileRaftStorage(options, io, memory, infos, fd, sizeBytes, replayed.truncatedBytes)
  }

  // ---- read side (the core's LogStorage): answered from memory ----

  initialState (): InitialState {
    return this.memory.initialState()
  }

  entries (lo: number, hi: number, maxBytes: number): readonly Entry[] | StorageError {
    return this.memory.entries(lo, hi, maxBytes)
  }

  term (index: number): number | StorageError {
    return this.memory.term(index)
  }

  lastIndex (): number {
    return this.memory.lastIndex()
  }

  firstIndex (): number {
    return this.memory.firstIndex()
  }

  snapshot (): Snapshot {
    return this.memory.snapshot()
  }

  // ---- write side (the driver) ----

  /** Appends entries, cutting any conflicting suffix of ours; durable after sync(). */
  append (entries: readonly Entry[]): void {
    this.checkWritable()
    if (entries.length === 0) return
    const first = this.memory.firstIndex()
    if (entries.at(-1)!.index < first) return // all already compacted (as MemoryStorage)
    const fresh = entries[0]!.index < first ? entries.slice(first - entries[0]!.index) : entries
    assert(fresh[0]!.index <= this.memory.lastIndex() + 1, `missing log entry [last: ${this.memory.lastIndex()}, append at: ${fresh[0]!.index}]`)
    if (this.activeSizeBytes >= this.segmentBytesMax) this.roll()
    let bytes = 0
    for (const e of fresh) {
      assert(e.data instanceof Uint8Array, `entry ${e.index}: data must be a Uint8Array, got ${Object.prototype.toString.call(e.data)}`)
      bytes += entryFrameBytes(e)
    }
    const buf = Buffer.allocUnsafe(bytes)
    let at = 0
    for (const e of fresh) at = writeEntryFrame(buf, at, e)
    this.writeActive(buf)
    const active = this.segments.at(-1)!
    active.maxIndex = Math.max(active.maxIndex, fresh.at(-1)!.index)
    this.memory.append(fresh)
  }

  /** Records term, vote and commit; durable after sync(). */
  setHardState (hardState: HardState): void {
    this.checkWritable()
    const buf = Buffer.allocUnsafe(HARD_STATE_FRAME_BYTES)
    writeHardStateFrame(buf, 0, hardState)
    this.writeActive(buf)
    this.memory.setHardState(hardState)
    this.hardState = hardState
  }

  /**
   * Replaces the whole log by a snapshot received from the leader. Durable when it returns (it is
   * rare and large: it gets its own fsyncs).
   */
  applySnapshot (snapshot: Snapshot): SnapshotOutOfDate | null {
    this.checkWritable()
    if (snapshot.metadata.index <= this.memory.snapshot().metadata.index) return 'snapshot-out-of-date'
    this.guard(() => {
      // The fresh segment (holding the hard state) exists before the snapshot names it first:
      // a crash in between must not leave a log without our term and vote.
      const seq = this.segments.at(-1)!.seq + 1
      const fd = startSegment(this.io, this.dir, seq, this.hardState)
      this.io.fsyncDir(this.dir)
      this.io.writeAtomic(join(this.dir, snapshotName(snapshot.metadata.index)), encodeSnapshotFile({ snapshot, firstSegmentSeq: seq }))
      this.io.close(this.activeFd)
      for (const old of this.segments) this.io.unlink(join(this.dir, segmentName(old.seq)))
      this.segments.length = 0
      this.segments.push({ seq, maxIndex: 0 })
      this.activeFd = fd
      this.activeSizeBytes = HARD_STATE_FRAME_BYTES
      this.removeSnapshotsBefore(snapshot.metadata.index)
    })
    this.memory.applySnapshot(snapshot)
    return null
  }

  /**
   * Records the application's snapshot at `index` (applied by it), durably when it returns. The
   * log is kept until compact().
   */
  createSnapshot (index: number, confState: ConfState, data: Uint8Array): Snapshot | SnapshotOutOfDate {
    this.checkWritable()
    const snapshot = this.memory.createSnapshot(index, confState, data)
    if (typeof snapshot === 'string') return snapshot
    const file: SnapshotFile = { snapshot, firstSegmentSeq: this.segments[0]!.seq }
    this.guard(() => {
      this.io.writeAtomic(join(this.dir, snapshotName(index)), encodeSnapshotFile(file))
      this.removeSnapshotsBefore(index)
    })
    return snapshot
  }

  /**
   * Discards entries up to and including `index`, deleting the segments that hold nothing after
   * it. Only what the snapshot covers may go: after a restart the log starts after the snapshot.
   */
  compact (index: number): StorageError | null {
    this.checkWritable()
    assert(index <= this.memory.snapshot().metadata.index, `compact ${index} beyond the snapshot ${this.memory.snapshot().metadata.index}`)
    const outcome = this.memory.compact(index)
    if (outcome !== null) return outcome
    this.guard(() => {
      while (this.segments.length > 1 && this.segments[0]!.maxIndex <= index) {
        this.io.unlink(join(this.dir, segmentName(this.segments.shift()!.seq)))
        this.dirDirty = true
      }
    })
    return null
  }

  /** Makes every write so far durable, then calls `done` (never from within). One at a time; no writes while it runs. */
  sync (done: (err: Error | null) => void): void {
    this.checkWritable()
    this.syncing = true
    const dirDirty = this.dirDirty
    this.dirDirty = false
    this.io.fsync(this.activeFd, (fsyncErr) => {
      let err = fsyncErr
      if (err === null && dirDirty) {
        try {
          this.io.fsyncDir(this.dir)
        } catch (e) {
          err = e as Error
        }
      }
      this.syncing = false
      if (err === null) {
        done(null)
        return
      }
      this.failure = err
      done(new RaftStorageIOError(`fsync of the Raft log failed: ${err.message}`, { cause: err }))
    })
  }

  /** sync() as a promise (tests and callers outside the driver). */
  async synced (): Promise<void> {
    await new Promise<void>((resolve, reject) => { this.sync((err) => { if (err === null) resolve(); else reject(err) }) })
  }

  /** Closes the files (after a last fsync, when healthy). */
  close (): void {
    if (this.closed) return
    assert(!this.syncing, 'close the storage only after sync() has settled')
    this.closed = true
    try {
      if (this.failure === null) {
        this.io.fsyncSync(this.activeFd)
        if (this.dirDirty) this.io.fsyncDir(this.dir)
      }
    } finally {
      this.io.close(this.activeFd)
    }
  }

  /** Segment sequence numbers on disk, oldest first (tests and diagnostics). */
  segmentSeqs (): number[] {
    return this.segments.map((s) => s.seq)
  }

  private checkWritable (): void {
    if (this.failure !== null) throw new RaftStorageIOError(`the Raft storage failed earlier: ${this.failure.message}`, { cause: this.failure })
    assert(!this.closed, 'the Raft storage is closed')
    assert(!this.syncing, 'no write while sync() runs: the driver persists one Ready at a time')
  }

  private guard (body: () => void): void {
    try {
      body()
    } catch (err) {
      this.failure = err as Error
      throw new RaftStorageIOError(`Raft storage write failed: ${(err as Error).message}`, { cause: err })
    }
  }

  private writeActive (buf: Buffer): void {
    this.guard(() => this.io.write(this.activeFd, buf, this.activeSizeBytes))
    this.activeSizeBytes += buf.length
  }

  /** Closes the full segment durably and starts the next, beginning with the current hard state. */
  private roll (): void {
    this.guard(() => {
      this.io.fsyncSync(this.activeFd)
      this.io.close(this.activeFd)
      const seq = this.segments.at(-1)!.seq + 1
      this.activeFd = startSegment(this.io, this.dir, seq, this.hardState)
      this.segments.push({ seq, maxIndex: 0 })
      this.activeSizeBytes = HARD_STATE_FRAME_BYTES
      this.dirDirty = true
    })
  }

  private removeSnapshotsBefore (index: number): void {
    for (const older of numbered(this.io.list(this.dir), SNAPSHOT_NAME)) {
      if (older < index) this.io.unlink(join(this.dir, snapshotName(older)))
    }
    this.dirDirty = true
  }
}

/** A new segment holding the hard state, fsynced (the caller fsyncs the directory). */
function startSegment (io: RaftFileIO, dir: string, seq: number, hardState: HardState): number {
  const fd = io.open(join(dir, segmentName(seq)))
  const buf = Buffer.allocUnsafe(HARD_STATE_FRAME_BYTES)
  writeHardStateFrame(buf, 0, hardState)
  io.truncate(fd, 0)
  io.write(fd, buf, 0)
  io.fsyncSync(fd)
  return fd
}

/** The newest snapshot (older ones are removed), or a bootstrap one written for a fresh directory. */
function loadSnapshot (io: RaftFileIO, dir: string, names: readonly string[], bootstrap: ConfState): SnapshotFile {
  const indexes = numbered(names, SNAPSHOT_NAME)
  if (indexes.length === 0) {
    const file: SnapshotFile = { snapshot: emptySnapshot(bootstrap), firstSegmentSeq: numbered(names, SEGMENT_NAME)[0] ?? 1 }
    io.writeAtomic(join(dir, snapshotName(0)), encodeSnapshotFile(file))
    return file
  }
  const newest = indexes.at(-1)!
  const file = decodeSnapshotFile(io.readAll(join(dir, snapshotName(newest))))
  if (file === null || file.snapshot.metadata.index !== newest) {
    throw new RaftLogCorruptError(`${join(dir, snapshotName(newest))} is damaged (it was written atomically, so this is not a torn write)`)
  }
  for (const older of indexes.slice(0, -1)) io.unlink(join(dir, snapshotName(older)))
  return file
}
