// The sparse offset index of a segment (`<baseOffset>.index`, Kafka's format): 8-byte entries of
// (offset - baseOffset) int32 and file position int32, both strictly increasing. An entry maps the
// last offset of a batch to the position where that batch starts, so a lookup finds a batch at or
// before the target and a short forward scan finds the batch that contains it.
// Entries are loaded into memory on first use and appended to the file as they are made.
import { IndexFile, grown } from './index-file.ts'
import type { FileHandleCache } from './file-handles.ts'
import { assert } from '../../util/assert.ts'

const ENTRY_BYTES = 8
const PERSIST_BATCH_ENTRIES = 128

export class OffsetIndex {
  readonly path: string
  readonly baseOffset: number
  private readonly maxEntries: number
  private readonly file: IndexFile
  private relOffsets: Int32Array = new Int32Array(0)
  private positions: Int32Array = new Int32Array(0)
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

  /** Loads the file; returns false when it is not a valid index for a log of `logSizeBytes`. */
  load (logSizeBytes: number): boolean {
    this.count = 0
    // A read that throws (no descriptor, an I/O error) leaves the index unloaded, to be tried again.
    const bytes = this.file.readAll()
    this.loaded = true
    if (bytes === null) return false
    const n = bytes.length / ENTRY_BYTES
    this.ensureCapacity(n)
    let lastRel = -1
    let lastPos = -1
    for (let i = 0; i < n; i++) {
      const rel = bytes.readInt32BE(i * ENTRY_BYTES)
      const pos = bytes.readInt32BE(i * ENTRY_BYTES + 4)
      if (rel <= lastRel || pos <= lastPos || pos >= logSizeBytes) return false
      this.relOffsets[i] = rel
      this.positions[i] = pos
      lastRel = rel
      lastPos = pos
    }
    this.count = n
    this.persisted = n
    return true
  }

  private ensureLoaded (): void {
    assert(this.loaded, 'offset index used before load() or reset()')
  }

  private ensureCapacity (n: number): void {
    this.relOffsets = grown(this.relOffsets, n, this.count, (l) => new Int32Array(l))
    this.positions = grown(this.positions, n, this.count, (l) => new Int32Array(l))
  }

  /** Empties the index (before a rebuild). */
  reset (): void {
    this.file.truncateEntries(0)
    this.count = 0
    this.persisted = 0
    this.loaded = true
  }

  entryCount (): number {
    return this.count
  }

  isFull (): boolean {
    return this.count >= this.maxEntries
  }

  lastEntry (): { offset: number, position: number } | null {
    this.ensureLoaded()
    if (this.count === 0) return null
    return { offset: this.baseOffset + this.relOffsets[this.count - 1]!, position: this.positions[this.count - 1]! }
  }

  append (offset: number, position: number): void {
    this.ensureLoaded()
    const rel = offset - this.baseOffset
    assert(rel >= 0 && rel <= 0x7fffffff, 'index entry offset must fit the segment')
    if (this.count > 0 && (rel <= this.relOffsets[this.count - 1]! || position <= this.positions[this.count - 1]!)) return
    if (this.isFull()) return
    this.ensureCapacity(this.count + 1)
    this.relOffsets[this.count] = rel
    this.positions[this.count] = position
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

  /**
   * Writes the entries not yet in the file. Entries are written in groups: an index that lost its
   * newest entries in a crash is still valid (it is sparse), and a damaged one is rebuilt.
   */
  persist (): void {
    if (this.count === this.persisted) return
    const n = this.count - this.persisted
    const bytes = Buffer.allocUnsafe(n * ENTRY_BYTES)
    for (let i = 0; i < n; i++) {
      bytes.writeInt32BE(this.relOffsets[this.persisted + i]!, i * ENTRY_BYTES)
      bytes.writeInt32BE(this.positions[this.persisted + i]!, i * ENTRY_BYTES + 4)
    }
    this.file.writeEntries(this.persisted, bytes)
    this.persisted = this.count
  }

  /** The position of the last indexed batch whose last offset is <= `offset` (0 when none). */
  lookup (offset: number): number {
    this.ensureLoaded()
    const rel = offset - this.baseOffset
    let lo = 0
    let hi = this.count - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      if (this.relOffsets[mid]! <= rel) { found = mid; lo = mid + 1 } else hi = mid - 1
    }
    return found === -1 ? 0 : this.positions[found]!
  }

  /** Drops the entries that point at or beyond `position` (the log was truncated there). */
  truncateToPosition (position: number): void {
    if (this.dropFromPosition(position)) this.file.truncateEntries(this.persisted)
  }

  /** Drops, in memory only, the entries at or beyond `position`; true when some were dropped. */
  dropFromPosition (position: number): boolean {
    this.ensureLoaded()
    let n = this.count
    while (n > 0 && this.positions[n - 1]! >= position) n--
    if (n === this.count) return false
    this.count = n
    if (this.persisted > n) this.persisted = n
    return true
  }

  /** The position of the last entry in the file, without loading it; 0 when there is none. */
  lastPersistedPosition (): number {
    const last = this.file.readLastEntry()
    return last === null ? 0 : last.readInt32BE(4)
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
    // Release the memory of a closed segment's index; it is reloaded on the next use.
    this.relOffsets = new Int32Array(0)
    this.positions = new Int32Array(0)
    this.count = 0
    this.persisted = 0
    this.loaded = false
  }

  isLoaded (): boolean {
    return this.loaded
  }
}
