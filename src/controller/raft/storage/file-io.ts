// The file operations the Raft storage needs, and nothing more: a narrow seam so that tests can
// stand a crash-simulating implementation (unsynced bytes lost, a torn tail kept) in for the node
// one. Paths are absolute; a failing operation throws (the storage then refuses further work).
import { closeSync, constants, fstatSync, fsync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, readdirSync, unlinkSync, writeSync } from 'node:fs'
import { writeFileAtomic, fsyncDirectory } from '../../../storage/checkpoint/atomic-file.ts'

export interface RaftFileIO {
  mkdirp (dir: string): void
  /** File names (not paths) in `dir`. */
  list (dir: string): string[]
  readAll (path: string): Buffer
  /** Opens for reading and writing, creating an empty file when there is none. */
  open (path: string): number
  sizeBytes (fd: number): number
  /** Writes all of `bytes` at `position`. */
  write (fd: number, bytes: Uint8Array, position: number): void
  truncate (fd: number, lengthBytes: number): void
  /**
   * fsync off the event loop: the driver keeps accepting proposals meanwhile (group commit). `done`
   * is called once, later, with null or the error (a callback, not a promise: a simulated disk
   * completes it as an event of its own).
   */
  fsync (fd: number, done: (err: Error | null) => void): void
  fsyncSync (fd: number): void
  close (fd: number): void
  unlink (path: string): void
  /** Makes creations, renames and unlinks in `dir` durable. */
  fsyncDir (dir: string): void
  /** Replaces `path` durably: a crash leaves the old content or the new one, never a mix. */
  writeAtomic (path: string, bytes: Uint8Array): void
}

export const nodeFileIO: RaftFileIO = {
  mkdirp: (dir) => { mkdirSync(dir, { recursive: true }) },
  list: (dir) => readdirSync(dir),
  readAll: (path) => readFileSync(path),
  // Not 'a+': O_APPEND would force every write to the end whatever its position.
  open: (path) => openSync(path, constants.O_RDWR | constants.O_CREAT, 0o644),
  sizeBytes: (fd) => fstatSync(fd).size,
  write: (fd, bytes, position) => {
    let done = 0
    while (done < bytes.byteLength) done += writeSync(fd, bytes, done, bytes.byteLength - done, position + done)
  },
  truncate: (fd, lengthBytes) => { ftruncateSync(fd, lengthBytes) },
  fsync: (fd, done) => { fsync(fd, done) },
  fsyncSync: (fd) => { fsyncSync(fd) },
  close: (fd) => { closeSync(fd) },
  unlink: (path) => { unlinkSync(path) },
  fsyncDir: (dir) => { fsyncDirectory(dir) },
  writeAtomic: (path, bytes) => { writeFileAtomic(path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) }
}

