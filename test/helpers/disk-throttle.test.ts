// The slow-disk fault's mechanism on a real process: moved into a throttled blkio cgroup, a child that
// writes and fsyncs is held to the cap (a lower bound on its time: the cap can only make it slower);
// restored, it is back in its own cgroup and the cgroup is gone. Skipped where the machine has no
// blkio throttle (with the reason).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { spawnChild, tempDir } from './child-processes.ts'
import { DiskThrottle, blkioCgroupOf, diskThrottleUnavailable, restoreAllDisks } from './disk-throttle.ts'

const DIR = tempDir('rivulet-disk-throttle-')
const UNAVAILABLE = diskThrottleUnavailable(DIR)
const FSYNCS = 40
const WRITE_IOPS = 10

// Waits for a line on stdin, then writes and fsyncs FSYNCS times and prints the milliseconds taken.
const CHILD = `
const fs = require('fs')
process.stdin.once('data', () => {
  const fd = fs.openSync(process.argv[1] + '/f', 'w')
  const b = Buffer.alloc(4096, 1)
  const t = Date.now()
  for (let i = 0; i < ${FSYNCS}; i++) { fs.writeSync(fd, b); fs.fsyncSync(fd) }
  console.log(Date.now() - t)
  process.exit(0)
})`

test('a slowed process waits for the capped disk; restored, it is back where it was and the cgroup is gone', { skip: UNAVAILABLE ?? false, timeout: 60_000 }, async () => {
  const throttle = new DiskThrottle(DIR, { readIops: 100, writeIops: WRITE_IOPS, readBps: 1 << 20, writeBps: 1 << 20 })
  const { child, closed } = spawnChild(process.execPath, ['-e', CHILD, DIR], { stdio: ['pipe', 'pipe', 'pipe'] })
  const pid = child.pid!
  let out = ''
  child.stdout!.on('data', (d: Buffer) => { out += d.toString() })
  try {
    throttle.slow(pid)
    const cgroup = blkioCgroupOf(pid) ?? ''
    assert.match(cgroup, /^\/rivulet-test-\d+-\d+$/)
    assert.deepEqual(throttle.pids(), [pid])
    child.stdin!.write('go\n')
    await closed
    // Each write+fsync is at least one write I/O (the throttle lets the first through at once, and the
    // flusher may write a page back for us): half of them at WRITE_IOPS is a safe lower bound.
    const ms = Number(out.trim())
    assert.ok(ms >= (FSYNCS / 2 / WRITE_IOPS) * 1000, `${FSYNCS} fsyncs took ${ms} ms under a cap of ${WRITE_IOPS} write IOPS`)
    const serviced = readFileSync(`/sys/fs/cgroup/blkio${cgroup}/blkio.throttle.io_serviced`, 'utf8')
    assert.match(serviced, /Write [1-9]/, `the cgroup counted the writes: ${serviced}`)
    throttle.restore(pid)
    assert.equal(existsSync(`/sys/fs/cgroup/blkio${cgroup}`), false)
    assert.deepEqual(throttle.pids(), [])
  } finally {
    restoreAllDisks()
  }
  assert.deepEqual(readdirSync('/sys/fs/cgroup/blkio').filter((n) => n.startsWith(`rivulet-test-${process.pid}-`)), [])
})

test('a process restored while running goes back to its own cgroup', { skip: UNAVAILABLE ?? false, timeout: 30_000 }, async () => {
  const throttle = new DiskThrottle(DIR)
  const { child, closed } = spawnChild(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], {})
  const pid = child.pid!
  const before = blkioCgroupOf(pid)
  try {
    throttle.slow(pid)
    assert.notEqual(blkioCgroupOf(pid), before)
    throttle.restoreAll()
    assert.equal(blkioCgroupOf(pid), before)
  } finally {
    restoreAllDisks()
    child.kill('SIGKILL')
    await closed
  }
})
