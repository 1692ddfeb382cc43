// The time index of a segment (`<baseOffset>.timeindex`, Kafka's format): 12-byte entries of
// timestamp int64 and (offset - baseOffset) int32, timestamps strictly increasing. An entry records
// that the batch ending at that offset has that max timestamp; ListOffsets by time starts its scan from
// the last entry whose timestamp is below the target.
import { closeSync, existsSync, fstatSync, ftruncateSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs'
import { assert } from '../../util/assert.ts'

const ENTRY_BYTES = 12
const PERSIST_BATCH_ENTRIES = 128

export class TimeIndex {
  readonly path: string
  readonly baseOffset: number
  private readonly maxEntries: number
  private fd: number | null = null
  private timestamps: Float64Array = new Float64Array(0)
  private relOffsets: Int32Array = new Int32Array(0)
  private count = 0
  private loaded = false
  /** Entries [persisted, count) are in memory only; persist() writes them with one write. */
  private persisted = 0

  constructor (path: string, baseOffset: number, maxIndexBytes: number) {
    this.path = path
    this.baseOffset = baseOffset
    this.maxEntries = Math.max(1, Math.floor(maxIndexBytes / ENTRY_BYTES))
  }

  private open (): number {
    if (this.fd === null) this.fd = openSync(this.path, existsSync(this.path) ? 'r+' : 'w+')
    return this.fd
  }

  /** Loads the file; returns false when it is not a valid time index for offsets below `nextOffset`. */
  load (nextOffset: number): boolean {
    const fd = this.open()
    const size = fstatSync(fd).size
    this.loaded = true
    this.count = 0
    if (size % ENTRY_BYTES !== 0) return false
    const n = size / ENTRY_BYTES
    const bytes = Buffer.allocUnsafe(size)
    if (size > 0 && readSync(fd, bytes, 0, size, 0) !== size) return false
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
    if (n <= this.timestamps.length) return
    const capacity = Math.max(n, this.timestamps.length * 2, 16)
    const ts = new Float64Array(capacity)
    ts.set(this.timestamps.subarray(0, this.count))
    const rel = new Int32Array(capacity)
    rel.set(this.relOffsets.subarray(0, this.count))
    this.timestamps = ts
    this.relOffsets = rel
  }

  reset (): void {
    ftruncateSync(this.open(), 0)
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
    if (this.count - this.persisted >= PERSIST_BATCH_ENTRIES) this.persist()
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
    writeSync(this.open(), bytes, 0, bytes.length, this.persisted * ENTRY_BYTES)
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
    assert(this.loaded, 'time index used before load() or reset()')
    let n = this.count
    while (n > 0 && this.baseOffset + this.relOffsets[n - 1]! >= offset) n--
    if (n === this.count) return
    this.count = n
    if (this.persisted > n) this.persisted = n
    ftruncateSync(this.open(), this.persisted * ENTRY_BYTES)
  }

  flush (): void {
    this.persist()
    if (this.fd !== null) fsyncSync(this.fd)
  }

  close (): void {
    if (this.loaded) this.persist()
    if (this.fd !== null) closeSync(this.fd)
    this.fd = null
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
