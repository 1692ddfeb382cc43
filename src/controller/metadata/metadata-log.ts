// The @metadata log: the single source of truth for cluster state. `MetadataLog` is the interface
// the Raft quorum implements (an entry is committed once a majority of voters has it durably);
// `LocalMetadataLog` is the quorum of one voter: an entry is committed once it is fsynced here.
//
// Layout: `<first offset>.log` segments of frames (length int32 | crc32c uint32 of what follows |
// offset int64 | records), and `<offset>.checkpoint` snapshots (crc32c uint32 | offset int64 |
// records that rebuild the image as of that offset). A snapshot replaces the segments before it, so
// replay at start is bounded. Appends that arrive together share one write and one fsync (group
// commit). On open, a torn or corrupt tail is cut off: what was not fsynced was never acknowledged.
import { closeSync, existsSync, fstatSync, ftruncateSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, unlinkSync, writeSync, fsync } from 'node:fs'
import { join } from 'node:path'
import { crc32c } from '../../protocol/record-batch/crc32c.ts'
import { decodeMetadataRecords, encodeMetadataRecords, type MetadataRecord } from './metadata-record.ts'
import { writeFileAtomic, fsyncDirectory } from '../../storage/checkpoint/atomic-file.ts'
import { assert } from '../../util/assert.ts'

export interface MetadataEntry {
  readonly offset: number
  readonly records: readonly MetadataRecord[]
}

export interface MetadataSnapshot {
  /** The offset of the last entry the snapshot covers. */
  readonly offset: number
  readonly records: readonly MetadataRecord[]
}

export interface MetadataLog {
  /** Appends `records` as one entry; resolves with its offset once it is committed. */
  append (records: readonly MetadataRecord[]): Promise<number>
  /** What was committed before this process started: the newest snapshot and the entries after it. */
  replay (): { readonly snapshot: MetadataSnapshot | null, readonly entries: readonly MetadataEntry[] }
  /** The offset the next entry gets. */
  endOffset (): number
  /** Bytes of entries appended since the last snapshot. */
  bytesSinceSnapshot (): number
  /** Replaces the entries up to `offset` (the last committed one) with a snapshot of the image. */
  snapshot (offset: number, records: readonly MetadataRecord[]): Promise<void>
  close (): Promise<void>
}

const FRAME_HEADER_BYTES = 16
/** Bound on entries queued for the next group commit; appends beyond it wait for room. */
const PENDING_ENTRIES_MAX = 10_000

interface Pending {
  readonly frame: Buffer
  readonly offset: number
  readonly resolve: (offset: number) => void
  readonly reject: (err: Error) => void
}

function fileName (offset: number, suffix: string): string {
  return `${String(offset).padStart(20, '0')}${suffix}`
}

function offsetsWith (dir: string, suffix: string): number[] {
  const pattern = new RegExp(`^\\d{20}\\${suffix}$`)
  return readdirSync(dir).filter((n) => pattern.test(n)).map((n) => Number(n.slice(0, 20))).sort((a, b) => a - b)
}

function loadSnapshot (dir: string): MetadataSnapshot | null {
  for (const offset of offsetsWith(dir, '.checkpoint').reverse()) {
    const bytes = readFileSync(join(dir, fileName(offset, '.checkpoint')))
    if (bytes.length < 12 || crc32c(bytes.subarray(4)) !== bytes.readUInt32BE(0) || Number(bytes.readBigInt64BE(4)) !== offset) continue
    return { offset, records: decodeMetadataRecords(bytes.subarray(12)) }
  }
  return null
}

export class LocalMetadataLog implements MetadataLog {
  private readonly dir: string
  private fd: number
  private sizeBytes: number
  private nextOffset: number
  private committedCount: number
  private readonly loaded: { snapshot: MetadataSnapshot | null, entries: MetadataEntry[] }
  private pending: Pending[] = []
  private writing = false
  private closed = false
  private unsnapshottedBytes = 0
  /** Bytes cut from a torn tail when the log was opened. */
  readonly truncatedBytes: number

  private constructor (dir: string, fd: number, sizeBytes: number, snapshot: MetadataSnapshot | null, entries: MetadataEntry[], truncatedBytes: number, unsnapshottedBytes: number) {
    this.dir = dir
    this.fd = fd
    this.sizeBytes = sizeBytes
    this.loaded = { snapshot, entries }
    const last = entries.length > 0 ? entries[entries.length - 1]!.offset : snapshot === null ? -1 : snapshot.offset
    this.nextOffset = last + 1
    this.committedCount = last + 1
    this.truncatedBytes = truncatedBytes
    this.unsnapshottedBytes = unsnapshottedBytes
  }

  static open (dir: string): LocalMetadataLog {
    mkdirSync(dir, { recursive: true })
    const snapshot = loadSnapshot(dir)
    let expected = snapshot === null ? 0 : snapshot.offset + 1
    const entries: MetadataEntry[] = []
    let segments = offsetsWith(dir, '.log')
    // Segments wholly covered by the snapshot are no longer needed.
    while (segments.length > 1 && segments[1]! <= expected) {
      unlinkSync(join(dir, fileName(segments[0]!, '.log')))
      segments = segments.slice(1)
    }
    if (segments.length === 0) segments = [expected]
    let truncated = 0
    let fd = -1
    let size = 0
    let bytesSince = 0
    for (let i = 0; i < segments.length; i++) {
      const path = join(dir, fileName(segments[i]!, '.log'))
      const segmentFd = openSync(path, existsSync(path) ? 'r+' : 'w+')
      const fileSize = fstatSync(segmentFd).size
      const bytes = Buffer.allocUnsafe(fileSize)
      if (fileSize > 0) readSync(segmentFd, bytes, 0, fileSize, 0)
      let at = 0
      while (at + FRAME_HEADER_BYTES <= fileSize) {
        const length = bytes.readInt32BE(at)
        if (length < FRAME_HEADER_BYTES - 4 || at + 4 + length > fileSize) break
        if (crc32c(bytes.subarray(at + 8, at + 4 + length)) !== bytes.readUInt32BE(at + 4)) break
        const offset = Number(bytes.readBigInt64BE(at + 8))
        if (offset > expected) break
        if (offset === expected) {
          entries.push({ offset, records: decodeMetadataRecords(bytes.subarray(at + FRAME_HEADER_BYTES, at + 4 + length)) })
          bytesSince += 4 + length
          expected++
        }
        at += 4 + length
      }
      if (at < fileSize) {
        // A torn or corrupt tail: cut it, and drop any later segment (it cannot continue the log).
        ftruncateSync(segmentFd, at)
        truncated += fileSize - at
        for (const later of segments.slice(i + 1)) unlinkSync(join(dir, fileName(later, '.log')))
        segments = segments.slice(0, i + 1)
      }
      if (i === segments.length - 1) { fd = segmentFd; size = at } else closeSync(segmentFd)
    }
    return new LocalMetadataLog(dir, fd, size, snapshot, entries, truncated, bytesSince)
  }

  replay (): { readonly snapshot: MetadataSnapshot | null, readonly entries: readonly MetadataEntry[] } {
    return this.loaded
  }

  endOffset (): number {
    return this.committedCount
  }

  bytesSinceSnapshot (): number {
    return this.unsnapshottedBytes
  }

  async append (records: readonly MetadataRecord[]): Promise<number> {
    if (this.closed) throw new Error('RIVULET_ERR_METADATA_LOG_CLOSED: the @metadata log is closed')
    while (this.pending.length >= PENDING_ENTRIES_MAX) await new Promise((resolve) => setImmediate(resolve))
    const body = encodeMetadataRecords(records)
    const frame = Buffer.allocUnsafe(FRAME_HEADER_BYTES + body.length)
    const offset = this.nextOffset++
    frame.writeInt32BE(frame.length - 4, 0)
    frame.writeBigInt64BE(BigInt(offset), 8)
    body.copy(frame, FRAME_HEADER_BYTES)
    frame.writeUInt32BE(crc32c(frame.subarray(8)), 4)
    return await new Promise<number>((resolve, reject) => {
      this.pending.push({ frame, offset, resolve, reject })
      if (!this.writing) this.writeBatch()
    })
  }

  /** Writes every queued entry with one write and one fsync, then acknowledges them all. */
  private writeBatch (): void {
    const batch = this.pending
    this.pending = []
    this.writing = true
    const bytes = batch.length === 1 ? batch[0]!.frame : Buffer.concat(batch.map((p) => p.frame))
    try {
      writeSync(this.fd, bytes, 0, bytes.length, this.sizeBytes)
    } catch (err) {
      this.fail(batch, err as Error)
      return
    }
    fsync(this.fd, (err) => {
      if (err !== null) {
        this.fail(batch, err)
        return
      }
      this.sizeBytes += bytes.length
      this.unsnapshottedBytes += bytes.length
      for (const p of batch) {
        assert(p.offset === this.committedCount, '@metadata offsets are contiguous')
        this.committedCount++
      }
      this.writing = false
      for (const p of batch) p.resolve(p.offset)
      if (this.pending.length > 0) this.writeBatch()
    })
  }

  /** A failed write or fsync leaves the log unusable: nothing after it may be acknowledged. */
  private fail (batch: Pending[], err: Error): void {
    this.closed = true
    this.writing = false
    for (const p of [...batch, ...this.pending]) p.reject(new Error(`RIVULET_ERR_METADATA_LOG_IO: ${err.message}`))
    this.pending = []
  }

  async snapshot (offset: number, records: readonly MetadataRecord[]): Promise<void> {
    while (this.writing || this.pending.length > 0) await new Promise((resolve) => setImmediate(resolve))
    assert(offset === this.committedCount - 1, 'a snapshot covers every committed entry')
    const body = encodeMetadataRecords(records)
    const bytes = Buffer.allocUnsafe(12 + body.length)
    bytes.writeBigInt64BE(BigInt(offset), 4)
    body.copy(bytes, 12)
    bytes.writeUInt32BE(crc32c(bytes.subarray(4)), 0)
    writeFileAtomic(join(this.dir, fileName(offset, '.checkpoint')), bytes)
    // New entries go to a new segment; the old ones, now covered by the snapshot, are removed.
    const old = offsetsWith(this.dir, '.log')
    closeSync(this.fd)
    this.fd = openSync(join(this.dir, fileName(offset + 1, '.log')), 'w+')
    this.sizeBytes = 0
    fsyncDirectory(this.dir)
    for (const first of old) if (first !== offset + 1) unlinkSync(join(this.dir, fileName(first, '.log')))
    for (const older of offsetsWith(this.dir, '.checkpoint')) if (older < offset) unlinkSync(join(this.dir, fileName(older, '.checkpoint')))
    this.unsnapshottedBytes = 0
  }

  async close (): Promise<void> {
    while (this.writing || this.pending.length > 0) await new Promise((resolve) => setImmediate(resolve))
    if (!this.closed) {
      this.closed = true
      closeSync(this.fd)
    }
  }
}
