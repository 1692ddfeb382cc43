// The @metadata log: the single source of truth for cluster state. `MetadataLog` is the interface
// the Raft quorum implements (an entry is committed once a majority of voters has it durably);
// `LocalMetadataLog` is the quorum of one voter: an entry is committed once it is fsynced here.
//
// Entries are frames in one file: length int32 | crc32c uint32 (of what follows) | offset int64 |
// records. Appends that arrive together share one write and one fsync (group commit). On open, a torn
// or corrupt tail is cut off: what was not fsynced was never acknowledged.
import { closeSync, existsSync, fstatSync, ftruncateSync, mkdirSync, openSync, readSync, writeSync, fsync } from 'node:fs'
import { join } from 'node:path'
import { crc32c } from '../../protocol/record-batch/crc32c.ts'
import { decodeMetadataRecords, encodeMetadataRecords, type MetadataRecord } from './metadata-record.ts'
import { assert } from '../../util/assert.ts'

export interface MetadataEntry {
  readonly offset: number
  readonly records: readonly MetadataRecord[]
}

export interface MetadataLog {
  /** Appends `records` as one entry; resolves with its offset once it is committed. */
  append (records: readonly MetadataRecord[]): Promise<number>
  /** The entries committed before this process started, oldest first (replayed at start). */
  committedEntries (): readonly MetadataEntry[]
  /** The offset the next entry gets. */
  endOffset (): number
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

export class LocalMetadataLog implements MetadataLog {
  private readonly fd: number
  private sizeBytes: number
  private nextOffset: number
  private readonly entries: MetadataEntry[]
  private committedCount: number
  private pending: Pending[] = []
  private writing = false
  private closed = false
  /** Bytes cut from a torn tail when the log was opened. */
  readonly truncatedBytes: number

  private constructor (fd: number, sizeBytes: number, entries: MetadataEntry[], truncatedBytes: number) {
    this.fd = fd
    this.sizeBytes = sizeBytes
    this.entries = entries
    this.nextOffset = entries.length
    this.committedCount = entries.length
    this.truncatedBytes = truncatedBytes
  }

  static open (dir: string): LocalMetadataLog {
    mkdirSync(dir, { recursive: true })
    const path = join(dir, '00000000000000000000.log')
    const fd = openSync(path, existsSync(path) ? 'r+' : 'w+')
    const size = fstatSync(fd).size
    const bytes = Buffer.allocUnsafe(size)
    if (size > 0) readSync(fd, bytes, 0, size, 0)
    const entries: MetadataEntry[] = []
    let at = 0
    while (at + FRAME_HEADER_BYTES <= size) {
      const length = bytes.readInt32BE(at)
      if (length < FRAME_HEADER_BYTES - 4 || at + 4 + length > size) break
      if (crc32c(bytes.subarray(at + 8, at + 4 + length)) !== bytes.readUInt32BE(at + 4)) break
      const offset = Number(bytes.readBigInt64BE(at + 8))
      if (offset !== entries.length) break
      entries.push({ offset, records: decodeMetadataRecords(bytes.subarray(at + FRAME_HEADER_BYTES, at + 4 + length)) })
      at += 4 + length
    }
    if (at < size) ftruncateSync(fd, at)
    return new LocalMetadataLog(fd, at, entries, size - at)
  }

  committedEntries (): readonly MetadataEntry[] {
    return this.entries
  }

  endOffset (): number {
    return this.committedCount
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

  async close (): Promise<void> {
    while (this.writing || this.pending.length > 0) await new Promise((resolve) => setImmediate(resolve))
    if (!this.closed) {
      this.closed = true
      closeSync(this.fd)
    }
  }
}
