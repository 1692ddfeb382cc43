// One log segment: `<20-digit baseOffset>.log` holding record batches exactly as they were appended,
// with its sparse `.index` and `.timeindex`. Batches are read and written whole; only their headers
// are looked at (batch-header.ts), never their records. Files are opened through the shared
// FileHandleCache (on demand, closed when idle). A failed system call throws KafkaStorageError; a
// failed append is cut back to the previous end before anything else is written, and reads never see
// past the end of the last whole append.
import { existsSync, ftruncateSync, fsyncSync, readSync, renameSync, statSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import * as header from '../../protocol/record-batch/batch-header.ts'
import { OffsetIndex } from './offset-index.ts'
import { TimeIndex } from './time-index.ts'
import { FileHandleCache, OPEN_EXISTING } from './file-handles.ts'
import { KafkaStorageError, storageErrorOf } from './storage-error.ts'
import { writeFully } from './write-fully.ts'
import { assert } from '../../util/assert.ts'

/** Header bytes a scan sees of each batch: the whole header, so visitors may read any field. */
const SCAN_HEADER_BYTES = header.BATCH_HEADER_BYTES
/** Recovery reads big chunks; a lookup usually needs the first header only, so it reads a little. */
const SCAN_CHUNK_BYTES = 64 * 1024
const LOOKUP_CHUNK_BYTES = 4 * 1024

export function segmentFileName (baseOffset: number, suffix: string): string {
  return `${String(baseOffset).padStart(20, '0')}${suffix}`
}

export interface SegmentOptions {
  readonly indexIntervalBytes: number
  readonly maxIndexBytes: number
  readonly files: FileHandleCache
}

/** Where one batch lies in a segment, from its header. */
export interface BatchLocation {
  position: number
  baseOffset: number
  lastOffset: number
  maxTimestamp: number
  sizeBytes: number
}

export class LogSegment {
  readonly baseOffset: number
  readonly logPath: string
  readonly index: OffsetIndex
  readonly timeIndex: TimeIndex
  private readonly options: SegmentOptions
  private readonly files: FileHandleCache
  /** Bytes of whole appended batches: reads and appends never go past it. */
  sizeBytes: number
  /** The offset after the last batch's last offset; baseOffset when empty; -1 until known. */
  nextOffset: number
  /** Largest batch max timestamp seen, and the last offset of that batch; -1 when unknown. */
  maxTimestamp: number
  offsetOfMaxTimestamp: number
  /** When the segment was created (wall clock), for segment.ms rolling. */
  readonly createdMs: number
  private bytesSinceIndexEntry = 0
  /** A failed append may have left bytes past sizeBytes (or index entries past the persisted ones). */
  private tailDirty = false

  private constructor (dir: string, baseOffset: number, options: SegmentOptions, sizeBytes: number, createdMs: number) {
    this.baseOffset = baseOffset
    this.logPath = join(dir, segmentFileName(baseOffset, '.log'))
    this.index = new OffsetIndex(join(dir, segmentFileName(baseOffset, '.index')), baseOffset, options.maxIndexBytes, options.files)
    this.timeIndex = new TimeIndex(join(dir, segmentFileName(baseOffset, '.timeindex')), baseOffset, options.maxIndexBytes, options.files)
    this.options = options
    this.files = options.files
    this.sizeBytes = sizeBytes
    this.nextOffset = sizeBytes === 0 ? baseOffset : -1
    this.maxTimestamp = -1
    this.offsetOfMaxTimestamp = -1
    this.createdMs = createdMs
  }

  /** Creates an empty segment: stale indexes of that base offset are removed first (no descriptor). */
  static create (dir: string, baseOffset: number, options: SegmentOptions, nowMs: number): LogSegment {
    const segment = new LogSegment(dir, baseOffset, options, 0, nowMs)
    segment.index.reset()
    segment.timeIndex.reset()
    try { options.files.create(segment.logPath) } catch (err) { throw storageErrorOf(err, 'create', segment.logPath) }
    return segment
  }

  /** Opens an existing segment lazily: only a stat now; the file is opened on first use. */
  static open (dir: string, baseOffset: number, options: SegmentOptions): LogSegment {
    const path = join(dir, segmentFileName(baseOffset, '.log'))
    try {
      const stat = statSync(path)
      return new LogSegment(dir, baseOffset, options, stat.size, stat.mtimeMs)
    } catch (err) {
      throw storageErrorOf(err, 'stat', path)
    }
  }

  /** pread from the log file; the descriptor is looked up per call (the cache may have closed it). */
  private readLog (buf: Buffer, length: number, position: number): number {
    try {
      return readSync(this.files.fd(this.logPath), buf, 0, length, position)
    } catch (err) {
      throw storageErrorOf(err, 'read', this.logPath)
    }
  }

  /**
   * Loads the indexes, rebuilding them from the log when missing, short or inconsistent (a damaged
   * index never stops startup), and learns nextOffset and the max timestamp from them.
   */
  loadIndexes (): void {
    if (this.index.isLoaded() && this.timeIndex.isLoaded() && this.nextOffset >= 0) return
    const indexOk = this.index.load(this.sizeBytes)
    const lastIndexed = this.index.lastEntry()
    const from = lastIndexed === null ? 0 : lastIndexed.position
    let next = this.baseOffset
    let broken = !indexOk
    if (!broken) {
      // The index is sparse: scan the batches after its last entry to find the end of the log.
      let seen = 0
      broken = !this.scan(from, (b) => { next = b.lastOffset + 1; seen++; return true })
      if (seen === 0 && this.sizeBytes > 0) broken = true
    }
    const timeOk = !broken && this.timeIndex.load(next)
    if (broken || !timeOk) {
      this.rebuildIndexes()
      return
    }
    this.nextOffset = next
    const lastTime = this.timeIndex.lastEntry()
    this.maxTimestamp = lastTime === null ? -1 : lastTime.timestamp
    this.offsetOfMaxTimestamp = lastTime === null ? -1 : lastTime.offset
    this.bytesSinceIndexEntry = this.sizeBytes - from
  }

  /** Rebuilds both indexes by scanning every batch header (no CRC check: recovery does that). */
  rebuildIndexes (): void {
    this.resetIndexes()
    const end = this.scanValidEnd(false)
    if (end < this.sizeBytes) this.truncateFile(end)
  }

  /**
   * Crash recovery: validates every batch from the start (CRC included), rebuilding the indexes, and
   * truncates the file at the first incomplete or invalid batch. Returns the bytes cut off.
   */
  recover (): number {
    this.resetIndexes()
    const end = this.scanValidEnd(true)
    const cut = this.sizeBytes - end
    if (cut > 0) this.truncateFile(end)
    return cut
  }

  private resetIndexes (): void {
    this.index.reset()
    this.timeIndex.reset()
    this.nextOffset = this.baseOffset
    this.maxTimestamp = -1
    this.offsetOfMaxTimestamp = -1
    this.bytesSinceIndexEntry = 0
  }

  /** Walks batches from 0, indexing them, and returns where the valid ones end. */
  private scanValidEnd (checkCrc: boolean): number {
    let position = 0
    let buf = Buffer.allocUnsafe(SCAN_CHUNK_BYTES)
    let prevLastOffset = this.baseOffset - 1
    while (position + header.LOG_OVERHEAD_BYTES <= this.sizeBytes) {
      let n = this.readLog(buf, Math.min(buf.length, this.sizeBytes - position), position)
      if (n < header.LOG_OVERHEAD_BYTES) break
      const size = header.LOG_OVERHEAD_BYTES + buf.readInt32BE(header.BATCH_LENGTH)
      if (size < header.BATCH_HEADER_BYTES || position + size > this.sizeBytes) break
      if (size > buf.length) {
        buf = Buffer.allocUnsafe(size)
        n = this.readLog(buf, size, position)
      }
      if (n < size) break
      if (header.validateBatch(buf, 0, size, checkCrc, false) !== 0) break
      const baseOffset = header.baseOffset(buf, 0)
      const lastOffset = baseOffset + header.lastOffsetDelta(buf, 0)
      if (baseOffset <= prevLastOffset || lastOffset < baseOffset) break
      this.indexBatch({ position, baseOffset, lastOffset, maxTimestamp: header.maxTimestamp(buf, 0), sizeBytes: size })
      prevLastOffset = lastOffset
      position += size
    }
    return position
  }

  private truncateFile (sizeBytes: number): void {
    this.sizeBytes = sizeBytes
    try {
      ftruncateSync(this.files.fd(this.logPath), sizeBytes)
    } catch (err) {
      this.tailDirty = true
      throw storageErrorOf(err, 'truncate', this.logPath)
    }
  }

  /** Index bookkeeping for one batch appended (or found) at `b.position`. */
  private indexBatch (b: BatchLocation): void {
    if (b.maxTimestamp > this.maxTimestamp) {
      this.maxTimestamp = b.maxTimestamp
      this.offsetOfMaxTimestamp = b.lastOffset
    }
    if (this.bytesSinceIndexEntry > this.options.indexIntervalBytes) {
      this.index.append(b.lastOffset, b.position)
      this.timeIndex.maybeAppend(this.maxTimestamp, this.offsetOfMaxTimestamp)
      this.bytesSinceIndexEntry = 0
    }
    this.bytesSinceIndexEntry += b.sizeBytes
    this.nextOffset = b.lastOffset + 1
  }

  /**
   * Appends already validated batches (their offsets assigned) with one write. `batches` describe
   * them with positions relative to the start of `bytes`.
   */
  append (bytes: Buffer, batches: readonly BatchLocation[]): void {
    this.loadIndexes()
    if (this.tailDirty) this.repairTail()
    const saved = { sizeBytes: this.sizeBytes, nextOffset: this.nextOffset, maxTimestamp: this.maxTimestamp, offsetOfMaxTimestamp: this.offsetOfMaxTimestamp, bytesSinceIndexEntry: this.bytesSinceIndexEntry }
    try {
      writeFully(this.files, this.logPath, OPEN_EXISTING, bytes, saved.sizeBytes)
      for (const b of batches) {
        assert(b.baseOffset >= this.nextOffset, 'offsets increase within a segment')
        this.indexBatch({ position: saved.sizeBytes + b.position, baseOffset: b.baseOffset, lastOffset: b.lastOffset, maxTimestamp: b.maxTimestamp, sizeBytes: b.sizeBytes })
      }
      this.index.persistIfDue()
      this.timeIndex.persistIfDue()
    } catch (err) {
      if (!(err instanceof KafkaStorageError)) throw err
      this.rollBack(saved)
      throw err
    }
    this.sizeBytes += bytes.length
  }

  /**
   * Undoes a failed append: the in-memory state goes back to `saved`, and the files are cut back to
   * it now, or before the next append when that fails too (reads never pass sizeBytes meanwhile).
   */
  private rollBack (saved: { sizeBytes: number, nextOffset: number, maxTimestamp: number, offsetOfMaxTimestamp: number, bytesSinceIndexEntry: number }): void {
    this.sizeBytes = saved.sizeBytes
    this.nextOffset = saved.nextOffset
    this.maxTimestamp = saved.maxTimestamp
    this.offsetOfMaxTimestamp = saved.offsetOfMaxTimestamp
    this.bytesSinceIndexEntry = saved.bytesSinceIndexEntry
    this.index.dropFromPosition(saved.sizeBytes)
    this.timeIndex.dropFromOffset(saved.nextOffset)
    this.tailDirty = true
    try { this.repairTail() } catch (err) {
      // Still failing: the next append repairs first, and reads stay below sizeBytes.
      if (!(err instanceof KafkaStorageError)) throw err
    }
  }

  /** Cuts the files back to what the in-memory state says they hold. */
  private repairTail (): void {
    this.truncateFile(this.sizeBytes)
    this.index.truncateFileToPersisted()
    this.timeIndex.truncateFileToPersisted()
    this.tailDirty = false
  }

  /**
   * Visits the batch headers from `position` on, in order, until `visit` returns false or the
   * segment ends. Returns false when a header is malformed (the caller rebuilds or recovers).
   */
  scan (position: number, visit: (b: BatchLocation, headerBytes: Buffer, headerAt: number) => boolean, chunkBytes = LOOKUP_CHUNK_BYTES): boolean {
    const buf = Buffer.allocUnsafe(chunkBytes)
    let chunkStart = -1
    let chunkLength = 0
    let at = position
    while (at < this.sizeBytes) {
      if (chunkStart < 0 || at + SCAN_HEADER_BYTES > chunkStart + chunkLength) {
        chunkStart = at
        chunkLength = this.readLog(buf, Math.min(buf.length, this.sizeBytes - at), at)
        if (chunkLength < Math.min(SCAN_HEADER_BYTES, this.sizeBytes - at)) return false
      }
      const rel = at - chunkStart
      if (this.sizeBytes - at < SCAN_HEADER_BYTES) return false
      const size = header.LOG_OVERHEAD_BYTES + buf.readInt32BE(rel + header.BATCH_LENGTH)
      if (size < header.BATCH_HEADER_BYTES || at + size > this.sizeBytes) return false
      const baseOffset = header.baseOffset(buf, rel)
      const b: BatchLocation = { position: at, baseOffset, lastOffset: baseOffset + buf.readInt32BE(rel + header.LAST_OFFSET_DELTA), maxTimestamp: header.maxTimestamp(buf, rel), sizeBytes: size }
      if (!visit(b, buf, rel)) return true
      at += size
    }
    return true
  }

  /** The first batch whose last offset is >= `offset`, or null when the segment has none. */
  findBatch (offset: number): BatchLocation | null {
    this.loadIndexes()
    let found: BatchLocation | null = null
    this.scan(this.index.lookup(offset), (b) => {
      if (b.lastOffset >= offset) { found = b; return false }
      return true
    })
    return found
  }

  /**
   * Whole batches from `position`: as many as fit in `maxBytes` with last offsets below
   * `upperBoundOffset`, and at least the first one when `minOneBatch` even if larger (KIP-74).
   * One pread; the returned Buffer is the bytes as stored.
   */
  read (position: number, maxBytes: number, upperBoundOffset: number, minOneBatch: boolean): Buffer {
    const available = this.sizeBytes - position
    if (available <= 0) return Buffer.alloc(0)
    let want = Math.min(available, Math.max(maxBytes, minOneBatch ? SCAN_HEADER_BYTES : 0))
    let buf = Buffer.allocUnsafe(want)
    let n = this.readLog(buf, want, position)
    let end = 0
    while (end + SCAN_HEADER_BYTES <= n) {
      const size = header.LOG_OVERHEAD_BYTES + buf.readInt32BE(end + header.BATCH_LENGTH)
      const last = header.baseOffset(buf, end) + buf.readInt32BE(end + header.LAST_OFFSET_DELTA)
      if (last >= upperBoundOffset) break
      if (end + size > maxBytes) {
        if (end === 0 && minOneBatch) {
          // The first batch is larger than maxBytes: return it whole.
          want = Math.min(size, available)
          buf = Buffer.allocUnsafe(want)
          n = this.readLog(buf, want, position)
          return buf.subarray(0, Math.min(n, size))
        }
        break
      }
      if (end + size > n) break
      end += size
    }
    return buf.subarray(0, end)
  }

  /**
   * Removes every batch whose last offset is >= `offset` (a batch is never split) and returns the
   * new next offset.
   */
  truncateTo (offset: number): number {
    this.loadIndexes()
    const first = this.findBatch(offset)
    if (first === null) return this.nextOffset
    this.truncateFile(first.position)
    this.index.truncateToPosition(first.position)
    this.timeIndex.truncateToOffset(first.baseOffset)
    this.nextOffset = first.baseOffset
    // Recompute the max timestamp and the index interval state from what remains.
    this.maxTimestamp = -1
    this.offsetOfMaxTimestamp = -1
    const lastIndexed = this.index.lastEntry()
    const from = lastIndexed === null ? 0 : lastIndexed.position
    const lastTime = this.timeIndex.lastEntry()
    if (lastTime !== null) { this.maxTimestamp = lastTime.timestamp; this.offsetOfMaxTimestamp = lastTime.offset }
    this.scan(from, (b) => {
      if (b.maxTimestamp > this.maxTimestamp) { this.maxTimestamp = b.maxTimestamp; this.offsetOfMaxTimestamp = b.lastOffset }
      return true
    })
    this.bytesSinceIndexEntry = this.sizeBytes - (lastIndexed === null ? 0 : lastIndexed.position)
    return this.nextOffset
  }

  /** The largest timestamp for retention: the max batch timestamp, else the file's mtime (as Kafka). */
  largestTimestampMs (): number {
    this.loadIndexes()
    if (this.maxTimestamp >= 0) return this.maxTimestamp
    try { return statSync(this.logPath).mtimeMs } catch (err) { throw storageErrorOf(err, 'stat', this.logPath) }
  }

  /**
   * fsyncs the log file (the indexes are rebuilt from it when in doubt, so they are not synced). On
   * Linux a descriptor opened now flushes what older, closed descriptors wrote.
   */
  flush (): void {
    try { fsyncSync(this.files.fd(this.logPath)) } catch (err) { throw storageErrorOf(err, 'fsync', this.logPath) }
  }

  /** Keeps the log file open for an asynchronous fsync (group commit) until unpinFile(). */
  pinFile (): number {
    return this.files.pin(this.logPath)
  }

  unpinFile (): void {
    this.files.unpin(this.logPath)
  }

  /** Writes pending index entries, then releases the descriptors and the in-memory indexes. */
  close (): void {
    this.files.close(this.logPath)
    try {
      this.index.close()
    } finally {
      this.timeIndex.close()
    }
  }

  /**
   * The offset after the last batch, found without loading the index into memory: from the last
   * index entry on disk (when it points inside the file) or else from the start, scanning headers.
   */
  probeNextOffset (): number {
    if (this.sizeBytes === 0) return this.baseOffset
    let from = this.index.isLoaded() ? (this.index.lastEntry()?.position ?? 0) : this.index.lastPersistedPosition()
    if (from >= this.sizeBytes || from < 0) from = 0
    let next = this.baseOffset
    const visit = (b: BatchLocation): boolean => { next = b.lastOffset + 1; return true }
    if (!this.scan(from, visit) && from > 0) {
      next = this.baseOffset
      this.scan(0, visit)
    }
    return next
  }

  /** Releases the descriptors and the in-memory indexes without writing anything. */
  release (): void {
    this.files.close(this.logPath)
    this.index.release()
    this.timeIndex.release()
  }

  /** Renames the files to `*.deleted` (Kafka's two-step delete); `removeFiles` unlinks them. */
  markDeleted (): string[] {
    this.release()
    const renamed: string[] = []
    for (const path of [this.logPath, this.index.path, this.timeIndex.path]) {
      if (!existsSync(path)) continue
      try { renameSync(path, `${path}.deleted`) } catch (err) { throw storageErrorOf(err, 'rename', path) }
      renamed.push(`${path}.deleted`)
    }
    return renamed
  }
}

export function removeFiles (paths: readonly string[]): void {
  for (const path of paths) {
    try { unlinkSync(path) } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw storageErrorOf(err, 'unlink', path)
    }
  }
}
