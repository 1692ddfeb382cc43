// Produce and consume throughput of a real broker process, driven by librdkafka's own load generator
// (rdkafka_performance, built from ../shared/tools/rdkafka-perf into a temporary folder), for 100-byte
// and 1 KiB messages with acks=1 and acks=-1; produce latency p50/p99 at a fixed moderate rate; next
// to the storage engine's raw append rate for the same message sizes, measured in the same run.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawn } from 'node:child_process'
import { startBrokerProcess } from '../test/helpers/broker-process.ts'
import { LocalStore } from '../src/storage/local/lmdb-store.ts'
import { PartitionLog, DEFAULT_LOG_CONFIG } from '../src/storage/log/partition-log.ts'
import { buildRecordBatch } from '../src/protocol/record-batch/records.ts'
import { fmt, nowNs } from './measure.ts'

const PERF_TOOL = '../shared/tools/rdkafka-perf'
const COUNTS: Record<number, number> = { 100: 1_000_000, 1024: 300_000 }

async function run (command: string, args: string[], timeoutMs = 120_000): Promise<string> {
  return await new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (d: Buffer) => { out += d.toString() })
    child.stderr.on('data', (d: Buffer) => { out += d.toString() })
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('exit', () => { clearTimeout(timer); resolve(out) })
  })
}

/** The last table row rdkafka_performance printed, as numbers. */
function lastRow (output: string): number[] {
  const rows = output.split('\n').filter((l) => /^\|\s+\d/.test(l))
  return rows[rows.length - 1]!.split('|').map((c) => c.trim()).filter((c) => c !== '').map(Number)
}

/** The storage engine alone: batches of 1,000 messages of `size` bytes appended for about a second. */
function rawAppend (size: number): { msgsPerSec: number, mbPerSec: number } {
  const root = mkdtempSync(join(tmpdir(), 'rivulet-raw-append-'))
  const store = new LocalStore(join(root, '.local'))
  try {
    const batch = buildRecordBatch({ records: Array.from({ length: 1000 }, () => ({ key: null, value: Buffer.alloc(size, 7) })) })
    const log = PartitionLog.open({ dir: join(root, 'raw-0'), name: 'raw-0', config: { ...DEFAULT_LOG_CONFIG, segmentBytes: 256 * 1024 * 1024 }, store, cleanShutdown: true, nowMs: 0 })
    for (let i = 0; i < 20; i++) log.append(batch, { leaderEpoch: 0, nowMs: 0 })
    const start = nowNs()
    let n = 0
    while (Number(nowNs() - start) < 1e9) { log.append(batch, { leaderEpoch: 0, nowMs: 0 }); n++ }
    const secs = Number(nowNs() - start) / 1e9
    log.close(0)
    return { msgsPerSec: n * 1000 / secs, mbPerSec: n * 1000 * size / secs / 1e6 }
  } finally {
    void store.close()
    rmSync(root, { recursive: true, force: true })
  }
}

export default async function (): Promise<void> {
  if (!existsSync(join(PERF_TOOL, 'build.sh'))) {
    console.log(`broker bench skipped: ${PERF_TOOL} (the librdkafka load generator) is not beside this checkout`)
    return
  }
  const work = mkdtempSync(join(tmpdir(), 'rivulet-perf-'))
  cpSync(PERF_TOOL, work, { recursive: true })
  const built = await run('bash', [join(work, 'build.sh')])
  const tool = join(work, 'rdkafka_performance')
  if (!existsSync(tool)) {
    console.log(`broker bench skipped: rdkafka_performance did not build:\n${built}`)
    return
  }
  const broker = await startBrokerProcess(['--log.segment.bytes=268435456'])
  const bootstrap = `127.0.0.1:${broker.port}`
  try {
    console.log(`command: ${tool} -P|-C -t TOPIC -b ${bootstrap} -s SIZE -c COUNT -X acks=ACKS -u  (librdkafka defaults otherwise)`)
    for (const size of [100, 1024]) {
      const raw = rawAppend(size)
      for (const acks of [1, -1]) {
        const topic = `perf-${size}-${acks === 1 ? 'one' : 'all'}`
        const count = COUNTS[size]!
        const produced = lastRow(await run(tool, ['-P', '-t', topic, '-b', bootstrap, '-s', String(size), '-c', String(count), '-X', `acks=${acks}`, '-u']))
        const consumed = lastRow(await run(tool, ['-C', '-t', topic, '-b', bootstrap, '-p', '0', '-o', 'beginning', '-c', String(count), '-u']))
        // Produce row: elapsed, msgs, bytes, rtt, dr, dr_m/s, dr_MB/s, ...; consume row: elapsed, msgs, bytes, rtt, m/s, MB/s, ...
        console.log(`${String(size).padStart(4)} B acks=${String(acks).padEnd(2)} produce ${fmt(produced[5]!).padStart(9)} msgs/s ${fmt(produced[6]!, 1).padStart(6)} MB/s | consume ${fmt(consumed[4]!).padStart(9)} msgs/s ${fmt(consumed[5]!, 1).padStart(6)} MB/s | storage raw append ${fmt(raw.msgsPerSec)} msgs/s ${fmt(raw.mbPerSec, 1)} MB/s (produce ${fmt(produced[6]! / raw.mbPerSec, 2)}x)`)
      }
    }
    for (const acks of ['1', 'all']) {
      const probe = await run('/usr/bin/python3', ['bench/latency_probe.py', bootstrap, `latency-${acks}`, '1000', '5000', acks])
      const figures = JSON.parse(probe.trim().split('\n').pop()!) as { count: number, p50: number, p99: number, max: number }
      console.log(`produce latency at 1,000 msgs/s (100 B, acks=${acks}, linger.ms=0, python confluent-kafka): p50 ${fmt(figures.p50, 2)} ms, p99 ${fmt(figures.p99, 2)} ms, max ${fmt(figures.max, 2)} ms over ${figures.count} messages`)
    }
  } finally {
    await broker.stop()
    broker.cleanup()
    rmSync(work, { recursive: true, force: true })
  }
}
