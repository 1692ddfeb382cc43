// The file under a sparse index (.index, .timeindex): fixed-width entries, read whole at load,
// appended in groups, truncated by entry count. The typed in-memory views live in the index classes.
// Its descriptor comes from the shared FileHandleCache (opened on demand, closed when idle); a failed
// system call throws KafkaStorageError. An index is rebuilt from its log when in doubt, so a write
// that fails here never loses data, only the index's shortcut.
import { fstatSync, ftruncateSync, fsyncSync, readSync, statSync, unlinkSync } from 'node:fs'
import { FileHandleCache, OPEN_OR_CREATE } from './file-handles.ts'
import { storageErrorOf } from './storage-error.ts'
import { writeFully } from './write-fully.ts'

export class IndexFile {
  readonly path: string
  readonly entryBytes: number
  private readonly files: FileHandleCache

  constructor (path: string, entryBytes: number, files: FileHandleCache) {
    this.path = path
    this.entryBytes = entryBytes
    this.files = files
  }

  /** The whole file (empty when missing), or null when its size is not a whole number of entries. */
  readAll (): Buffer | null {
    try {
      const size = fstatSync(this.files.fd(this.path, OPEN_OR_CREATE)).size
      if (size % this.entryBytes !== 0) return null
      const bytes = Buffer.allocUnsafe(size)
      if (size > 0 && readSync(this.files.fd(this.path, OPEN_OR_CREATE), bytes, 0, size, 0) !== size) return null
      return bytes
    } catch (err) {
      throw storageErrorOf(err, 'read', this.path)
    }
  }

  /** The last whole entry of the file (no index load), or null when there is none or the file is missing. */
  readLastEntry (): Buffer | null {
    try {
      const size = statSync(this.path).size
      if (size < this.entryBytes || size % this.entryBytes !== 0) return null
      const at = size - this.entryBytes
      const bytes = Buffer.allocUnsafe(this.entryBytes)
      return readSync(this.files.fd(this.path, OPEN_OR_CREATE), bytes, 0, this.entryBytes, at) === this.entryBytes ? bytes : null
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw storageErrorOf(err, 'read', this.path)
    }
  }

  /** Writes encoded entries starting at entry number `firstEntry`. */
  writeEntries (firstEntry: number, bytes: Buffer): void {
    writeFully(this.files, this.path, OPEN_OR_CREATE, bytes, firstEntry * this.entryBytes)
  }

  /** Keeps the first `count` entries; an empty index is removed (it needs no descriptor then). */
  truncateEntries (count: number): void {
    try {
      if (count === 0) {
        this.files.close(this.path)
        try { unlinkSync(this.path) } catch (err) { if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err }
        return
      }
      ftruncateSync(this.files.fd(this.path, OPEN_OR_CREATE), count * this.entryBytes)
    } catch (err) {
      throw storageErrorOf(err, 'truncate', this.path)
    }
  }

  sync (): void {
    const fd = this.files.peek(this.path)
    if (fd < 0) return
    try { fsyncSync(fd) } catch (err) { throw storageErrorOf(err, 'fsync', this.path) }
  }

  close (): void {
    this.files.close(this.path)
  }
}

/** A typed array with room for at least `needed` entries, keeping the first `used`. */
export function grown<T extends Int32Array | Float64Array> (array: T, needed: number, used: number, make: (length: number) => T): T {
  if (needed <= array.length) return array
  const bigger = make(Math.max(needed, array.length * 2, 16))
  bigger.set(array.subarray(0, used))
  return bigger
}
