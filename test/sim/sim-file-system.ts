// One node's file system, in memory, under the RaftFileIO the real FileRaftStorage writes through.
// Each file has its bytes and the length of them known durable (Raft's files are only appended to
// or cut); a power loss keeps the durable bytes and, sometimes, a torn prefix of what followed.
// Creations and unlinks are durable once their directory is fsynced: files created since vanish,
// files unlinked since come back with their durable content. fsync completes as an event of the
// simulation (its latency drawn per fsync); the OS may also write everything back on its own.
import { dirname } from 'node:path'
import type { RaftFileIO } from '../../src/controller/raft/storage/file-io.ts'
import type { Prng } from './prng.ts'

interface SimFile {
  bytes: Buffer
  sizeBytes: number
  durableBytes: number
}

/** Deliberate faults of the simulated disk, for the checks of the checks only. */
export interface DiskBugSwitches {
  /** fsync reports success without making anything durable (a disk that lies about its cache). */
  readonly fsyncLies?: boolean
}

export interface FileSystemHost {
  /** Calls `completed` once the fsync is done (later, as an event of the simulation). */
  scheduleFsync (completed: () => void): void
}

export class SimFileSystem implements RaftFileIO {
  private readonly files = new Map<string, SimFile>()
  private readonly fds = new Map<number, string>()
  private nextFd = 3
  private readonly createdUnsynced = new Set<string>()
  private readonly unlinkedUnsynced = new Map<string, Buffer>()
  /** Set by the node that runs on it (a new host per incarnation). */
  host: FileSystemHost | null = null
  private readonly fsyncLies: boolean

  constructor (bugs: DiskBugSwitches = {}) {
    this.fsyncLies = bugs.fsyncLies ?? false
  }

  mkdirp (_dir: string): void {}

  list (dir: string): string[] {
    const names: string[] = []
    for (const path of this.files.keys()) if (dirname(path) === dir) names.push(path.slice(dir.length + 1))
    return names.sort()
  }

  readAll (path: string): Buffer {
    const f = this.file(path)
    return Buffer.from(f.bytes.subarray(0, f.sizeBytes))
  }

  open (path: string): number {
    if (!this.files.has(path)) {
      this.files.set(path, { bytes: Buffer.alloc(256), sizeBytes: 0, durableBytes: 0 })
      this.createdUnsynced.add(path)
    }
    const fd = this.nextFd++
    this.fds.set(fd, path)
    return fd
  }

  sizeBytes (fd: number): number {
    return this.byFd(fd).sizeBytes
  }

  write (fd: number, bytes: Uint8Array, position: number): void {
    const f = this.byFd(fd)
    const end = position + bytes.byteLength
    if (end > f.bytes.length) {
      const grown = Buffer.alloc(Math.max(end, 2 * f.bytes.length))
      f.bytes.copy(grown, 0, 0, f.sizeBytes)
      f.bytes = grown
    }
    f.bytes.set(bytes, position)
    if (position < f.durableBytes) f.durableBytes = position // rewriting durable bytes: durable only up to there
    f.sizeBytes = Math.max(f.sizeBytes, end)
  }

  truncate (fd: number, lengthBytes: number): void {
    const f = this.byFd(fd)
    f.sizeBytes = Math.min(f.sizeBytes, lengthBytes)
    f.durableBytes = Math.min(f.durableBytes, lengthBytes)
  }

  fsync (fd: number, done: (err: Error | null) => void): void {
    const path = this.fds.get(fd)
    const sizeBytes = this.byFd(fd).sizeBytes
    this.host!.scheduleFsync(() => {
      const f = path === undefined || this.fsyncLies ? undefined : this.files.get(path)
      if (f !== undefined) f.durableBytes = Math.max(f.durableBytes, Math.min(sizeBytes, f.sizeBytes))
      done(null)
    })
  }

  fsyncSync (fd: number): void {
    const f = this.byFd(fd)
    f.durableBytes = f.sizeBytes
  }

  close (fd: number): void {
    this.fds.delete(fd)
  }

  unlink (path: string): void {
    const f = this.file(path)
    if (!this.createdUnsynced.delete(path) && !this.unlinkedUnsynced.has(path)) {
      this.unlinkedUnsynced.set(path, Buffer.from(f.bytes.subarray(0, f.durableBytes)))
    }
    this.files.delete(path)
  }

  fsyncDir (dir: string): void {
    for (const path of [...this.createdUnsynced]) if (dirname(path) === dir) this.createdUnsynced.delete(path)
    for (const path of [...this.unlinkedUnsynced.keys()]) if (dirname(path) === dir) this.unlinkedUnsynced.delete(path)
  }

  writeAtomic (path: string, bytes: Uint8Array): void {
    // Written to a temporary file, fsynced, renamed over, directory fsynced: the new content, durably.
    this.files.set(path, { bytes: Buffer.from(bytes), sizeBytes: bytes.byteLength, durableBytes: bytes.byteLength })
    this.createdUnsynced.delete(path)
    this.unlinkedUnsynced.delete(path)
  }

  /** The OS writes back everything on its own (data and directories). */
  writeBack (): void {
    for (const f of this.files.values()) f.durableBytes = f.sizeBytes
    this.createdUnsynced.clear()
    this.unlinkedUnsynced.clear()
  }

  /**
   * Power loss: open files are gone with the process; each file keeps its durable bytes and, with
   * chance `tornWriteRate`, a random prefix of what followed them (a torn tail, cut anywhere).
   */
  crash (rng: Prng, tornWriteRate: number): void {
    this.fds.clear()
    for (const path of this.createdUnsynced) this.files.delete(path)
    this.createdUnsynced.clear()
    for (const f of this.files.values()) {
      const unsynced = f.sizeBytes - f.durableBytes
      const kept = unsynced > 0 && rng.chance(tornWriteRate) ? rng.int(0, unsynced) : 0
      f.sizeBytes = f.durableBytes + kept
      f.durableBytes = f.sizeBytes
    }
    for (const [path, content] of this.unlinkedUnsynced) this.files.set(path, { bytes: content, sizeBytes: content.length, durableBytes: content.length })
    this.unlinkedUnsynced.clear()
  }

  private file (path: string): SimFile {
    const f = this.files.get(path)
    if (f === undefined) throw new Error(`ENOENT: ${path}`)
    return f
  }

  private byFd (fd: number): SimFile {
    const path = this.fds.get(fd)
    if (path === undefined) throw new Error(`EBADF: ${fd}`)
    return this.file(path)
  }
}
