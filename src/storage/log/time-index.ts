// The time index of a segment (`<baseOffset>.timeindex`, Kafka's format): 12-byte entries of
// timestamp int64 and (offset - baseOffset) int32, timestamps strictly increasing. An entry records
// that the batch ending at that offset has that max timestamp; ListOffsets by time starts its scan from
// the last entry whose timestamp is below the target.
import { IndexFile, grown } from './index-file.ts'
import type { FileHandleCache } from './file-handles.ts'
import { assert } from '../../util/assert.ts'

const ENTRY_BYTES = 12
const PERSIST_BATCH_ENTRIES = 128

export class TimeIndex {
  readonly path: string
  readonly baseOffset: number
  private readonly maxEntries: number
  private readonly file: IndexFile
  private timestamps: Float64Array = new Float64Array(0)
  private relOffsets: Int32Array = new Int32Array(0)
  private count = 0
  private loaded = false
  /** Entries [persisted, count) are in memory only; persist() writes them with one write. */
  private persisted = 0

  constructor (path: string, baseOffset: number, maxIndexBytes: number, files: FileHandleCache) {
    this.path = path
    this.file = new IndexFile(path, ENTRY_BYTES, files)
    this.baseOffset = baseOffset
    this.maxEntries = Math.max(1, Math.floor(maxIndexBytes / ENTRY_BYTES))
  }

  /** Loads the file; returns false when it is not a valid time index for offsets below `nextOffset`. */
  load (nextOffset: number): boolean {
    this.count = 0
    // A read that throws (no descriptor, an I/O error) leaves the index unloaded, to be tried again.
    const bytes = this.file.readAll()
    this.loaded = true
    if (bytes === null) return false
    const n = bytes.length / ENTRY_BYTES
    this.ensureCapacity(n)
    let lastTs = -Infinity
    let lastRel = -1
    for (let i = 0; i < n; i++) {
      const ts = Number(bytes.readBigInt64BE(i * ENTRY_BYTES))
      const rel = bytes.readInt32BE(i * ENTRY_BYTES + 8)
      if (ts <= lastTs || rel < lastRel || this.baseOffset + rel >= nextOffset) return false
      this.timestamps[i] = ts
      this.relOffsets[i] = rel
      lastTs = ts
      lastRel = rel
    }
    this.count = n
    this.persisted = n
    return true
  }

  private ensureCapacity (n: number): void {
    this.timestamps = grown(this.timestamps, n, this.count, (l) => new Float64Array(l))
    this.relOffsets = grown(this.relOffsets, n, this.count, (l) => new Int32Array(l))
  }

  reset (): void {
    this.file.truncateEntries(0)
    this.count = 0
    this.persisted = 0
    this.loaded = true
  }

  isFull (): boolean {
    return this.count >= this.maxEntries
  }

  lastEntry (): { timestamp: number, offset: number } | null {
    assert(this.loaded, 'time index used before load() or reset()')
    if (this.count === 0) return null
    return { timestamp: this.timestamps[this.count - 1]!, offset: this.baseOffset + this.relOffsets[this.count - 1]! }
  }

  /** Adds an entry when `timestamp` is larger than the last one's. */
  maybeAppend (timestamp: number, offset: number): void {
    assert(this.loaded, 'time index used before load() or reset()')
    if (this.count > 0 && timestamp <= this.timestamps[this.count - 1]!) return
    if (this.isFull()) return
    this.ensureCapacity(this.count + 1)
    const rel = offset - this.baseOffset
    this.timestamps[this.count] = timestamp
    this.relOffsets[this.count] = rel
    this.count++
  }

  /** Writes the new entries once enough have gathered (the segment calls it after an append). */
  persistIfDue (): void {
    if (this.count - this.persisted >= PERSIST_BATCH_ENTRIES) this.persist()
  }

  /** Cuts the file back to the entries persisted (after a failed write left more behind). */
  truncateFileToPersisted (): void {
    this.file.truncateEntries(this.persisted)
  }

  /** Writes the entries not yet in the file, in one write (see OffsetIndex.persist). */
  persist (): void {
    if (this.count === this.persisted) return
    const n = this.count - this.persisted
    const bytes = Buffer.allocUnsafe(n * ENTRY_BYTES)
    for (let i = 0; i < n; i++) {
      bytes.writeBigInt64BE(BigInt(this.timestamps[this.persisted + i]!), i * ENTRY_BYTES)
      bytes.writeInt32BE(this.relOffsets[this.persisted + i]!, i * ENTRY_BYTES + 8)
    }
    this.file.writeEntries(this.persisted, bytes)
    this.persisted = this.count
  }

  /** The offset of the last entry with a timestamp below `timestamp`, or -1 when none: a scan starts after it. */
  lookupBefore (timestamp: number): number {
    assert(this.loaded, 'time index used before load() or reset()')
    let lo = 0
    let hi = this.count - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      if (this.timestamps[mid]! < timestamp) { found = mid; lo = mid + 1 } else hi = mid - 1
    }
    return found === -1 ? -1 : this.baseOffset + this.relOffsets[found]!
  }

  truncateToOffset (offset: number): void {
    if (this.dropFromOffset(offset)) this.file.truncateEntries(this.persisted)
  }

  /** Drops, in memory only, the entries for offsets >= `offset`; true when some were dropped. */
  dropFromOffset (offset: number): boolean {
    assert(this.loaded, 'time index used before load() or reset()')
    let n = this.count
    while (n > 0 && this.baseOffset + this.relOffsets[n - 1]! >= offset) n--
    if (n === this.count) return false
    this.count = n
    if (this.persisted > n) this.persisted = n
    return true
  }

  flush (): void {
    this.persist()
    this.file.sync()
  }

  /** Persists the entries not yet written, then releases the file and the memory. */
  close (): void {
    try {
      if (this.loaded) this.persist()
    } finally {
      this.release()
    }
  }

  /** Releases the file and the memory without writing (the segment is being deleted). */
  release (): void {
    this.file.close()
    this.timestamps = new Float64Array(0)
    this.relOffsets = new Int32Array(0)
    this.count = 0
    this.persisted = 0
    this.loaded = false
  }

  isLoaded (): boolean {
    return this.loaded
  }
}
