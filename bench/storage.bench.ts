// Storage engine throughput next to raw sequential fs I/O of the same bytes, measured in the same run:
// appends of 16 KiB batches without fsync and with group-commit fsync, sequential reads, and the
// open time and memory of a partition with 1,000 segments.
import { closeSync, fsyncSync, mkdtempSync, openSync, readSync, rmSync, writeSync, fsync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LocalStore } from '../src/storage/local/lmdb-store.ts'
import { PartitionLog, DEFAULT_LOG_CONFIG, type LogConfig } from '../src/storage/log/partition-log.ts'
import { buildRecordBatch } from '../src/protocol/record-batch/records.ts'
import { fmt, nowNs } from './measure.ts'

const APPEND_TOTAL_BYTES = 192 * 1024 * 1024
const APPEND_ROUNDS = 6
const READ_ROUNDS = 5
const SYNC_TOTAL_BYTES = 64 * 1024 * 1024
const GROUP_COMMIT_WRITERS = 64

function batch16k (): Buffer {
  const records = Array.from({ length: 16 }, (_, i) => ({ key: Buffer.from(`key-${i}`), value: Buffer.alloc(1000, i) }))
  const b = buildRecordBatch({ records })
  return b
}

function seconds (start: bigint): number {
  return Number(nowNs() - start) / 1e9
}

function line (label: string, bytes: number, batches: number, secs: number, baselineMbPerSec: number, baselineLabel: string): void {
  const mb = bytes / secs / 1e6
  console.log(`${label.padEnd(34)} ${fmt(mb).padStart(6)} MB/s ${fmt(batches / secs).padStart(8)} batches/s | ${baselineLabel} ${fmt(baselineMbPerSec)} MB/s | ratio ${fmt(mb / baselineMbPerSec, 2)}`)
}

export default async function (): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'rivulet-bench-storage-'))
  const store = new LocalStore(join(root, '.local'))
  try {
    const template = batch16k()
    const batchBytes = template.length
    const count = Math.floor(APPEND_TOTAL_BYTES / batchBytes)
    const config: LogConfig = { ...DEFAULT_LOG_CONFIG, segmentBytes: 128 * 1024 * 1024 }

    // Raw baseline: the same batches written sequentially to one file. Raw and log phases alternate
    // over several rounds, each followed by an untimed fsync, so that neither inherits the other's
    // dirty pages (writeback throttling otherwise punishes whichever phase runs second).
    const rawPath = join(root, 'raw.bin')
    const rawRates: number[] = []
    const logRates: number[] = []
    let lastLog: PartitionLog | null = null
    for (let round = 0; round < APPEND_ROUNDS; round++) {
      // A fresh file each round, as the log's segments are: rewriting cached pages would be cheaper.
      rmSync(rawPath, { force: true })
      const rfd = openSync(rawPath, 'w')
      let begin = nowNs()
      for (let i = 0, pos = 0; i < count; i++, pos += batchBytes) writeSync(rfd, template, 0, batchBytes, pos)
      if (round > 0) rawRates.push(count * batchBytes / seconds(begin) / 1e6)
      fsyncSync(rfd)
      closeSync(rfd)
      if (lastLog !== null) lastLog.close(0)
      rmSync(join(root, 'bench-0'), { recursive: true, force: true })
      const log = lastLog = PartitionLog.open({ dir: join(root, 'bench-0'), name: 'bench-0', config, store, cleanShutdown: true, nowMs: Date.now() })
      begin = nowNs()
      for (let i = 0; i < count; i++) log.append(template, { leaderEpoch: 0, nowMs: 0 })
      if (round > 0) logRates.push(count * batchBytes / seconds(begin) / 1e6) // round 0 warms up the JIT
      log.flush(0)
    }
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
    const appendSecs = count * batchBytes / 1e6 / median(logRates)
    line(`append, no fsync (${batchBytes} B batches)`, count * batchBytes, count, appendSecs, median(rawRates), 'raw sequential write')
    console.log(`  (median of ${APPEND_ROUNDS - 1} alternating rounds after a warm-up; log ${logRates.map((r) => fmt(r)).join(', ')} MB/s; raw ${rawRates.map((r) => fmt(r)).join(', ')} MB/s)`)
    let fd: number
    let start: bigint
    const log = lastLog!

    // Reads: the whole log in 1 MiB fetches, next to raw 1 MiB preads of the raw file; both from the
    // page cache, alternating over several rounds (the first warms the cache), median reported.
    // A fetch hands its bytes to the socket, so each read needs a buffer of its own: the baseline
    // reads into a fresh buffer each time too (and, for reference, into one reused buffer).
    const rawReadMbPerSec = (fresh: boolean): number => {
      const rfd = openSync(rawPath, 'r')
      const reused = Buffer.allocUnsafe(1024 * 1024)
      const begin = nowNs()
      let total = 0
      for (let pos = 0; ; pos += reused.length) {
        const target = fresh ? Buffer.allocUnsafe(1024 * 1024) : reused
        const n = readSync(rfd, target, 0, target.length, pos)
        total += n
        if (n < target.length) break
      }
      const rate = total / seconds(begin) / 1e6
      closeSync(rfd)
      return rate
    }
    const logReadMbPerSec = (): number => {
      const begin = nowNs()
      let offset = 0
      let total = 0
      while (offset < log.logEndOffset()) {
        const r = log.read(offset, 1024 * 1024)
        total += r.records.length
        offset += r.records.length / batchBytes * 16
      }
      return total / seconds(begin) / 1e6
    }
    const rawReads: number[] = []
    const logReads: number[] = []
    for (let round = 0; round < READ_ROUNDS; round++) {
      rawReads.push(rawReadMbPerSec(true))
      logReads.push(logReadMbPerSec())
    }
    const readSecs = count * batchBytes / 1e6 / median(logReads)
    line('read, 1 MiB fetches', count * batchBytes, count, readSecs, median(rawReads), 'raw sequential read')
    console.log(`  (median of ${READ_ROUNDS} rounds; raw read into one reused buffer, which no fetch can do: ${fmt(rawReadMbPerSec(false))} MB/s)`)
    log.close(0)
    rmSync(join(root, 'bench-0'), { recursive: true, force: true })

    // Group commit: many writers each appending and waiting for durability; baseline: raw writes with
    // one fsync per group of the same size.
    const syncCount = Math.floor(SYNC_TOTAL_BYTES / batchBytes)
    fd = openSync(join(root, 'raw-sync.bin'), 'w')
    start = nowNs()
    for (let i = 0, pos = 0; i < syncCount; i++, pos += batchBytes) {
      writeSync(fd, template, 0, batchBytes, pos)
      if ((i + 1) % GROUP_COMMIT_WRITERS === 0) fsyncSync(fd)
    }
    fsyncSync(fd)
    const rawSync = syncCount * batchBytes / seconds(start) / 1e6
    closeSync(fd)
    const synced = PartitionLog.open({ dir: join(root, 'sync-0'), name: 'sync-0', config, store, cleanShutdown: true, nowMs: Date.now() })
    start = nowNs()
    let issued = 0
    const writer = async (): Promise<void> => {
      while (issued < syncCount) {
        issued++
        synced.append(template, { leaderEpoch: 0, nowMs: 0 })
        await synced.sync()
      }
    }
    await Promise.all(Array.from({ length: GROUP_COMMIT_WRITERS }, writer))
    line(`append + group-commit fsync (${GROUP_COMMIT_WRITERS} writers)`, syncCount * batchBytes, syncCount, seconds(start), rawSync, `raw write, fsync per ${GROUP_COMMIT_WRITERS}`)
    console.log(`  group commit: ${syncCount} durable appends shared ${synced.groupCommitRounds} fsyncs (${fmt(syncCount / synced.groupCommitRounds, 1)} per fsync)`)
    synced.close(0)
    await new Promise<void>((resolve) => fsync(0, () => resolve()))

    // 1,000 segments: open time after a clean shutdown, and heap held, for small and many records.
    // Opened logs stay referenced until the end, so a later measurement is not offset by an earlier
    // one being collected.
    const opened: PartitionLog[] = []
    for (const recordsPerBatch of [1, 50]) {
      const dir = join(root, `many-${recordsPerBatch}`)
      const small = buildRecordBatch({ records: Array.from({ length: recordsPerBatch }, () => ({ key: null, value: Buffer.alloc(Math.floor(4000 / recordsPerBatch)) })) })
      const manyConfig: LogConfig = { ...DEFAULT_LOG_CONFIG, segmentBytes: small.length * 4 }
      // Written in a function so that the writer's objects are garbage before the heap is measured.
      const records = ((): number => {
        const writerLog = PartitionLog.open({ dir, name: `many-${recordsPerBatch}`, config: manyConfig, store, cleanShutdown: true, nowMs: 0 })
        while (writerLog.segmentCount() < 1000) writerLog.append(small, { leaderEpoch: 0, nowMs: 0 })
        const end = writerLog.logEndOffset()
        writerLog.close(0)
        return end
      })()
      globalThis.gc?.()
      const heapBefore = process.memoryUsage().heapUsed
      start = nowNs()
      const reopened = PartitionLog.open({ dir, name: `many-${recordsPerBatch}`, config: manyConfig, store, cleanShutdown: true, nowMs: 0 })
      const openMs = seconds(start) * 1000
      globalThis.gc?.()
      const heapAfter = process.memoryUsage().heapUsed
      console.log(`open ${reopened.segmentCount()} segments (${fmt(records)} records) after clean shutdown: ${fmt(openMs, 1)} ms, heap +${fmt((heapAfter - heapBefore) / 1024)} KiB (${fmt((heapAfter - heapBefore) / reopened.segmentCount())} B/segment${globalThis.gc === undefined ? '; run with --expose-gc for exact heap figures' : ''})`)
      opened.push(reopened)
    }
    for (const log of opened) log.close(0)
  } finally {
    await store.close()
    rmSync(root, { recursive: true, force: true })
  }
}
