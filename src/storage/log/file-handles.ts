// A bounded cache of the file descriptors of segment and index files, shared by every partition log
// of a log directory. Files are opened on first use and the least recently used one is closed when the
// bound is reached, so the descriptors held stay under `openFilesMax` however many partitions and
// segments there are (thousands of partitions fit an ordinary `ulimit -n`). Reads and writes use
// explicit positions (pread/pwrite), so a file closed here and opened again later loses nothing; on
// Linux an fsync through a new descriptor flushes what was written through an older one.
//
// Rule for callers: ask for the descriptor right before each system call and keep it in no variable
// across another call that may open a file, since that may close it. A descriptor that must outlive
// one synchronous step (an asynchronous fsync) is pinned, and a pinned file is never closed under it.
import { closeSync, constants, openSync } from 'node:fs'
import { assert } from '../../util/assert.ts'
import { isDescriptorExhaustion, storageErrorOf } from './storage-error.ts'

/** Default bound (rivulet.log.open.files.max): leaves most of a 1024-descriptor ulimit to sockets. */
export const OPEN_FILES_MAX_DEFAULT = 256

/** Flags of an existing file opened for reading and writing (a log segment must exist). */
export const OPEN_EXISTING = constants.O_RDWR
/** Flags of a file created when missing (indexes: a missing index is an empty one). */
export const OPEN_OR_CREATE = constants.O_RDWR | constants.O_CREAT
/** Flags of a new, empty file (a new segment). */
const CREATE_EMPTY = constants.O_RDWR | constants.O_CREAT | constants.O_TRUNC

interface Handle {
  readonly fd: number
  pins: number
  /** close() was asked while pinned: closed at the last unpin. */
  doomed: boolean
}

export class FileHandleCache {
  readonly openFilesMax: number
  /** Map order is recency: the first key is the least recently used. */
  private readonly handles = new Map<string, Handle>()
  private mostRecent: string | null = null
  /** Files opened and closed since start (for metrics and tests). */
  opened = 0
  evicted = 0

  constructor (openFilesMax: number = OPEN_FILES_MAX_DEFAULT) {
    assert(Number.isSafeInteger(openFilesMax) && openFilesMax >= 2, 'the open file bound allows at least a log and its index')
    this.openFilesMax = openFilesMax
  }

  openCount (): number {
    return this.handles.size
  }

  /** The descriptor of `path`, opened with `flags` when it is not open. Throws KafkaStorageError. */
  fd (path: string, flags: number = OPEN_EXISTING): number {
    const handle = this.handles.get(path)
    if (handle === undefined) return this.open(path, flags).fd
    if (this.mostRecent !== path) {
      this.handles.delete(path)
      this.handles.set(path, handle)
      this.mostRecent = path
    }
    return handle.fd
  }

  /** Creates `path` empty (truncating an existing file) and returns its descriptor. */
  create (path: string): number {
    this.close(path)
    return this.open(path, CREATE_EMPTY).fd
  }

  /** The descriptor of an open file without opening it; -1 when it is not open. */
  peek (path: string): number {
    return this.handles.get(path)?.fd ?? -1
  }

  /** Opens `path` if needed and keeps it open until unpin(). */
  pin (path: string): number {
    const fd = this.fd(path)
    this.handles.get(path)!.pins++
    return fd
  }

  unpin (path: string): void {
    const handle = this.handles.get(path)
    assert(handle !== undefined && handle.pins > 0, 'unpin of a file that is pinned')
    handle.pins--
    if (handle.pins === 0 && handle.doomed) this.close(path)
  }

  /** Closes `path` if open (before it is renamed or removed); a pinned file closes at its last unpin. */
  close (path: string): void {
    const handle = this.handles.get(path)
    if (handle === undefined) return
    if (handle.pins > 0) { handle.doomed = true; return }
    this.handles.delete(path)
    if (this.mostRecent === path) this.mostRecent = null
    closeSync(handle.fd)
  }

  closeAll (): void {
    for (const path of [...this.handles.keys()]) this.close(path)
  }

  private open (path: string, flags: number): Handle {
    this.evictDownTo(this.openFilesMax - 1)
    let fd: number
    try {
      fd = openSync(path, flags)
    } catch (err) {
      if (!isDescriptorExhaustion(err) || this.handles.size === 0) throw storageErrorOf(err, 'open', path)
      // The process is out of descriptors (sockets, other files): give back our idle ones, retry once.
      this.evictDownTo(0)
      try { fd = openSync(path, flags) } catch (again) { throw storageErrorOf(again, 'open', path) }
    }
    this.opened++
    const handle: Handle = { fd, pins: 0, doomed: false }
    this.handles.set(path, handle)
    this.mostRecent = path
    return handle
  }

  /** Closes least recently used, unpinned files until at most `count` are open (pinned ones stay). */
  private evictDownTo (count: number): void {
    if (this.handles.size <= count) return
    for (const [path, handle] of this.handles) {
      if (this.handles.size <= count) break
      if (handle.pins > 0) continue
      this.handles.delete(path)
      if (this.mostRecent === path) this.mostRecent = null
      closeSync(handle.fd)
      this.evicted++
    }
  }
}
