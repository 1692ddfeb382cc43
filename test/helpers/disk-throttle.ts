// Slow disks for chaos tests, with the cgroup v1 blkio throttle: a node's process is moved into a
// cgroup of its own whose I/O to the block device holding its data is capped (IOPS and bytes per
// second, reads and writes), then moved back. Checked here: 40 write+fsync pairs of 4 KiB took 14 ms
// unthrottled and 7.2 s at 20 write IOPS.
//
// What it slows: I/O the process waits for on the device — fsync (the @metadata Raft log, lmdb,
// rivulet.replication.fsync) and reads the page cache misses. Buffered writes land in the page cache
// and are written back by the kernel's flusher, which cgroup v1 does not charge to the cgroup, so an
// append without fsync stays fast, as on a real disk whose cache absorbs it.
//
// What it touches, and nothing more: one cgroup directory per slowed process, named
// `rivulet-test-<this pid>-<n>` under the blkio hierarchy, and only the processes the caller names.
// Cleanup (move the processes back to the cgroup each came from, remove the directory) runs on
// restore(), on restoreAll(), and on exit/SIGINT/SIGTERM/SIGHUP (synchronously, and before the other
// handlers, which kill the nodes). Directories that a test process killed with SIGKILL left behind are
// removed by the next DiskThrottle (their owner's pid is dead; their processes go to the root cgroup).
import { accessSync, constants, existsSync, mkdirSync, readFileSync, readdirSync, readlinkSync, rmdirSync, statSync, writeFileSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { assert } from '../../src/util/assert.ts'
import { onProcessEnd } from './process-end.ts'

const BLKIO = '/sys/fs/cgroup/blkio'
const TAG_PREFIX = `rivulet-test-${process.pid}-`
const TAG = /^rivulet-test-(\d+)-\d+$/

/** The cap while a process is slowed: a few fsyncs a second, as a failing or saturated disk. */
export interface ThrottleLimits {
  readonly readIops: number
  readonly writeIops: number
  readonly readBps: number
  readonly writeBps: number
}

export const SLOW_DISK: ThrottleLimits = { readIops: 50, writeIops: 10, readBps: 1 << 20, writeBps: 512 << 10 }

let made = 0
let hooksInstalled = false
/** Cgroup directories this process made and has not removed yet, each with the cgroup its processes came from. */
const own = new Map<string, string>()

/**
 * Why disks cannot be slowed here (one line), or null when they can: root, the cgroup v1 blkio
 * hierarchy with its throttle files, and `path` on a block device.
 */
export function diskThrottleUnavailable (path: string): string | null {
  if (process.platform !== 'linux') return `slow disks need Linux cgroups (this is ${process.platform})`
  if (process.getuid?.() !== 0) return 'slow disks need root (cgroup blkio throttle): run as root'
  if (!existsSync(join(BLKIO, 'blkio.throttle.write_iops_device'))) return `slow disks need the cgroup v1 blkio throttle (${BLKIO}/blkio.throttle.write_iops_device is missing)`
  try {
    accessSync(BLKIO, constants.W_OK)
  } catch {
    return `slow disks need a writable ${BLKIO}`
  }
  // /proc/<pid>/cgroup paths are relative to the cgroup namespace: where they are not the mount's (a
  // container sharing the host's hierarchy), a process could not be moved back by its path.
  const self = blkioCgroupOf(process.pid)
  if (self === null || !existsSync(join(BLKIO, self, 'cgroup.procs'))) return `slow disks need this process's blkio cgroup (${String(self)}) under ${BLKIO}`
  const device = blockDevice(path)
  if (typeof device === 'string') return device
  return null
}

/** `major:minor` of the whole disk under `path` (the throttle takes disks, not partitions), or why there is none. */
function blockDevice (path: string): { id: string } | string {
  const dev = statSync(path).dev
  const major = Math.floor(dev / 256) & 0xfff
  const minor = (dev & 0xff) | ((Math.floor(dev / 4096) & 0xfff00))
  const sys = `/sys/dev/block/${major}:${minor}`
  if (!existsSync(sys)) return `slow disks need ${path} on a block device (it is on ${major}:${minor}, not one: tmpfs or overlay?)`
  if (!existsSync(join(sys, 'partition'))) return { id: `${major}:${minor}` }
  // A partition: its disk is the directory above it in sysfs.
  const disk = join(dirname(join('/sys/dev/block', readlinkSync(sys))), 'dev')
  return { id: readFileSync(disk, 'utf8').trim() }
}

function alive (pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The blkio cgroup of process `pid`, as a path under the hierarchy ('/' is the root); null without a blkio hierarchy. */
export function blkioCgroupOf (pid: number): string | null {
  const line = readFileSync(`/proc/${pid}/cgroup`, 'utf8').split('\n').find((l) => /^\d+:([^:]*,)?blkio(,[^:]*)?:/.test(l))
  return line === undefined ? null : line.slice(line.lastIndexOf(':') + 1)
}

/** Waits `ms` synchronously (exit handlers cannot await). */
function sleepSync (ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/** rmdir of a cgroup: EBUSY while a process that was just killed is still leaving it, so retried for up to a second. */
function removeCgroup (dir: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      rmdirSync(dir)
      return
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EBUSY' || attempt >= 20) throw err
      sleepSync(50)
    }
  }
}

/** Moves every process of cgroup `dir` back to cgroup `back` and removes `dir`; says what failed, never throws. */
function release (dir: string, back: string): void {
  try {
    if (existsSync(dir)) {
      for (const pid of readFileSync(join(dir, 'cgroup.procs'), 'utf8').split('\n').filter((l) => l !== '')) {
        try {
          writeFileSync(join(BLKIO, back, 'cgroup.procs'), pid)
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err // ESRCH: it exited meanwhile
        }
      }
      removeCgroup(dir)
    }
    own.delete(dir)
  } catch (err) {
    // An exit handler that throws would hide why the process is exiting: say it and go on.
    process.stderr.write(`disk-throttle: could not remove ${dir}: ${(err as Error).message}\n`)
  }
}

/** Removes every cgroup this process made. Synchronous: exit handlers call it. */
export function restoreAllDisks (): void {
  for (const [dir, back] of [...own]) release(dir, back)
}

function installHooks (): void {
  if (hooksInstalled) return
  hooksInstalled = true
  // First, before the handlers that kill the nodes: a process moved back while alive leaves the cgroup empty.
  onProcessEnd(restoreAllDisks, { first: true })
}

export class DiskThrottle {
  private readonly device: string
  private readonly slowed = new Map<number, string>()

  /** `path`: where the slowed processes keep their data (its disk is the one throttled). */
  constructor (path: string, private readonly limits: ThrottleLimits = SLOW_DISK) {
    const why = diskThrottleUnavailable(path)
    assert(why === null, why ?? '')
    this.device = (blockDevice(path) as { id: string }).id
    installHooks()
    // Left by a test process that was killed (its pid is dead, or is ours again and the directory is
    // not one we made): nothing else would ever remove them.
    for (const name of readdirSync(BLKIO)) {
      const m = TAG.exec(name)
      const dir = join(BLKIO, name)
      if (m !== null && !own.has(dir) && (Number(m[1]) === process.pid || !alive(Number(m[1])))) release(dir, '/')
    }
  }

  /** Caps the disk I/O of process `pid` until restore(pid). */
  slow (pid: number): void {
    assert(!this.slowed.has(pid), `process ${pid} is slowed already`)
    const back = blkioCgroupOf(pid)
    assert(back !== null, `process ${pid} has no blkio cgroup`)
    const dir = join(BLKIO, `${TAG_PREFIX}${++made}`)
    own.set(dir, back)
    try {
      // mkdir of a cgroup directory creates its control files.
      mkdirSync(dir)
      const l = this.limits
      for (const [file, value] of [['read_iops_device', l.readIops], ['write_iops_device', l.writeIops], ['read_bps_device', l.readBps], ['write_bps_device', l.writeBps]] as const) {
        writeFileSync(join(dir, `blkio.throttle.${file}`), `${this.device} ${value}`)
      }
      writeFileSync(join(dir, 'cgroup.procs'), String(pid))
    } catch (err) {
      release(dir, back) // half made (or the process is gone): nothing of it stays
      throw err
    }
    this.slowed.set(pid, dir)
  }

  /** Lifts the cap of `pid` (a process that exited meanwhile needs nothing more). */
  restore (pid: number): void {
    const dir = this.slowed.get(pid)
    if (dir === undefined) return
    this.slowed.delete(pid)
    release(dir, own.get(dir) ?? '/')
  }

  /** Lifts every cap this throttle set. */
  restoreAll (): void {
    for (const pid of [...this.slowed.keys()]) this.restore(pid)
  }

  /** The processes slowed now. */
  pids (): number[] {
    return [...this.slowed.keys()]
  }
}
