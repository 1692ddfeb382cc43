// The file under a sparse index (.index, .timeindex): fixed-width entries, read whole at load,
// appended in groups, truncated by entry count. The typed in-memory views live in the index classes.
import { closeSync, existsSync, fstatSync, ftruncateSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs'

export class IndexFile {
  readonly path: string
  readonly entryBytes: number
  private fd: number | null = null

  constructor (path: string, entryBytes: number) {
    this.path = path
    this.entryBytes = entryBytes
  }

  private open (): number {
    if (this.fd === null) this.fd = openSync(this.path, existsSync(this.path) ? 'r+' : 'w+')
    return this.fd
  }

  /** The whole file, or null when its size is not a whole number of entries. */
  readAll (): Buffer | null {
    const fd = this.open()
    const size = fstatSync(fd).size
    if (size % this.entryBytes !== 0) return null
    const bytes = Buffer.allocUnsafe(size)
    if (size > 0 && readSync(fd, bytes, 0, size, 0) !== size) return null
    return bytes
  }

  /** Writes encoded entries starting at entry number `firstEntry`. */
  writeEntries (firstEntry: number, bytes: Buffer): void {
    writeSync(this.open(), bytes, 0, bytes.length, firstEntry * this.entryBytes)
  }

  truncateEntries (count: number): void {
    ftruncateSync(this.open(), count * this.entryBytes)
  }

  sync (): void {
    if (this.fd !== null) fsyncSync(this.fd)
  }

  close (): void {
    if (this.fd !== null) closeSync(this.fd)
    this.fd = null
  }
}

/** A typed array with room for at least `needed` entries, keeping the first `used`. */
export function grown<T extends Int32Array | Float64Array> (array: T, needed: number, used: number, make: (length: number) => T): T {
  if (needed <= array.length) return array
  const bigger = make(Math.max(needed, array.length * 2, 16))
  bigger.set(array.subarray(0, used))
  return bigger
}
