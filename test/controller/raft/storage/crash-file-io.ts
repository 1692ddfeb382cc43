// A RaftFileIO over the real file system that can simulate a power loss: what was not fsynced is
// lost, except a torn prefix of it the test chooses; files created since their directory was last
// fsynced vanish; files unlinked since then come back with their durable content. (SIGKILL cannot
// test this: a killed process's writes survive in the page cache.)
import { existsSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { nodeFileIO, type RaftFileIO } from '../../../../src/controller/raft/storage/file-io.ts'

export class CrashFileIO implements RaftFileIO {
  private readonly paths = new Map<number, string>()
  /** Bytes of each file known durable (file content is only ever appended or cut). */
  private readonly durableBytes = new Map<string, number>()
  private readonly createdUnsynced = new Set<string>()
  private readonly unlinkedUnsynced = new Map<string, Buffer>()
  /** Set to make the next write or fsync throw (a failing disk). */
  failNext: 'write' | 'fsync' | 'writeAtomic' | null = null

  mkdirp (dir: string): void { nodeFileIO.mkdirp(dir) }
  list (dir: string): string[] { return nodeFileIO.list(dir) }
  readAll (path: string): Buffer { return nodeFileIO.readAll(path) }
  sizeBytes (fd: number): number { return nodeFileIO.sizeBytes(fd) }

  open (path: string): number {
    const existed = existsSync(path)
    const fd = nodeFileIO.open(path)
    this.paths.set(fd, path)
    if (!existed) {
      this.createdUnsynced.add(path)
      this.durableBytes.set(path, 0)
    } else if (!this.durableBytes.has(path)) {
      this.durableBytes.set(path, statSync(path).size)
    }
    return fd
  }

  write (fd: number, bytes: Uint8Array, position: number): void {
    if (this.failNext === 'write') { this.failNext = null; throw new Error('EIO: injected write failure') }
    nodeFileIO.write(fd, bytes, position)
  }

  truncate (fd: number, lengthBytes: number): void {
    nodeFileIO.truncate(fd, lengthBytes)
    const path = this.paths.get(fd)!
    this.durableBytes.set(path, Math.min(this.durableBytes.get(path) ?? 0, lengthBytes))
  }

  fsync (fd: number, done: (err: Error | null) => void): void {
    if (this.failNext === 'fsync') {
      this.failNext = null
      setImmediate(() => done(new Error('EIO: injected fsync failure')))
      return
    }
    const sizeBytes = nodeFileIO.sizeBytes(fd)
    nodeFileIO.fsync(fd, (err) => {
      if (err === null) this.durableBytes.set(this.paths.get(fd)!, sizeBytes)
      done(err)
    })
  }

  fsyncSync (fd: number): void {
    nodeFileIO.fsyncSync(fd)
    this.durableBytes.set(this.paths.get(fd)!, nodeFileIO.sizeBytes(fd))
  }

  close (fd: number): void {
    nodeFileIO.close(fd)
    this.paths.delete(fd)
  }

  unlink (path: string): void {
    if (!this.createdUnsynced.delete(path)) {
      const content = readFileSync(path)
      this.unlinkedUnsynced.set(path, content.subarray(0, this.durableBytes.get(path) ?? content.length))
    }
    this.durableBytes.delete(path)
    nodeFileIO.unlink(path)
  }

  fsyncDir (dir: string): void {
    nodeFileIO.fsyncDir(dir)
    for (const path of [...this.createdUnsynced]) if (dirname(path) === dir) this.createdUnsynced.delete(path)
    for (const path of [...this.unlinkedUnsynced.keys()]) if (dirname(path) === dir) this.unlinkedUnsynced.delete(path)
  }

  writeAtomic (path: string, bytes: Uint8Array): void {
    if (this.failNext === 'writeAtomic') { this.failNext = null; throw new Error('EIO: injected failure of an atomic write') }
    nodeFileIO.writeAtomic(path, bytes)
    this.createdUnsynced.delete(path)
    this.durableBytes.set(path, bytes.byteLength)
  }

  /**
   * Power loss. Open files are closed (the process is gone); each file keeps its durable bytes plus
   * the first `keepUnsyncedBytes(path, unsyncedBytes)` of what followed them.
   */
  crash (keepUnsyncedBytes: (path: string, unsyncedBytes: number) => number = () => 0): void {
    for (const fd of this.paths.keys()) nodeFileIO.close(fd)
    this.paths.clear()
    for (const path of this.createdUnsynced) rmSync(path, { force: true })
    for (const [path, durable] of this.durableBytes) {
      if (this.createdUnsynced.has(path) || !existsSync(path)) continue
      const sizeBytes = statSync(path).size
      if (sizeBytes > durable) truncateSync(path, durable + Math.min(sizeBytes - durable, keepUnsyncedBytes(path, sizeBytes - durable)))
    }
    for (const [path, content] of this.unlinkedUnsynced) writeFileSync(path, content)
    this.createdUnsynced.clear()
    this.unlinkedUnsynced.clear()
    this.durableBytes.clear()
  }
}
