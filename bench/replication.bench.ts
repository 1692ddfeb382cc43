// `npm run bench replication`: partition replication on a three-node cluster of real processes on
// 127.0.0.1-3 (test/helpers/cluster-processes.ts, Kafka's default timings), driven by librdkafka's own
// load generator (rdkafka_performance, built from ../shared/tools/rdkafka-perf into the git-ignored
// .bench-tmp/ when absent). Every topic has one partition and is new for its measurement.
//   - produce throughput, 100 B and 1 KiB messages: RF 1 acks=1 (the baseline), RF 3 acks=1, RF 3
//     acks=all with min.insync.replicas=2, the last as a ratio of the first (goal >= 0.6), and RF 3
//     acks=all with rivulet.replication.fsync=true (acks=all also waits for every ISR member's fsync,
//     next to the disk's raw fsync rate measured in the same run); the median of 3 rounds in which the
//     configurations take turns (the machine is shared: the load average is printed at both ends);
//   - produce latency p50/p99 at a fixed moderate rate (100 B, linger.ms=0, rdkafka_performance -l -r 1000:
//     produce() to the delivery report; its limiter sleeps after each message, so it reaches about half
//     the rate asked on this machine, printed) for RF 3 acks=all, without and with the fsync setting;
//   - leader failover: kill -9 of the partition's leader (never the active controller, so that the
//     figure is the partition's, not a controller failover's) until an acks=all produce to that
//     partition succeeds again, seen by a producer that retries continuously (python confluent-kafka,
//     bench/failover_probe.py); median and max of 5 rounds, the node restarted between rounds. The
//     controller moves leadership only once it fences the dead broker (broker.session.timeout.ms).
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { execFileSync } from 'node:child_process'
import { createInterface } from 'node:readline'
import { ProcessCluster, call, type TopicSpec } from '../test/helpers/cluster-processes.ts'
import { runChild, spawnChild, killGroup } from '../test/helpers/child-processes.ts'
import { ErrorCode } from '../src/protocol/generated/error-codes.ts'
import { ApiKey } from '../src/protocol/generated/api-keys.ts'
import { ZERO_UUID } from '../src/protocol/primitives/uuid.ts'
import type { DeleteTopicsResponse } from '../src/protocol/generated/messages/delete-topics.ts'
import { fmt, fsyncRate, percentile } from './measure.ts'

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const PERF_DIR = join(REPO, '.bench-tmp', 'rdkafka-perf')
const PERF_TOOL = join(PERF_DIR, 'rdkafka_performance')
const PYTHON = '/usr/bin/python3'
const SIZES = [100, 1024] as const
const COUNTS: Record<number, number> = { 100: 600_000, 1024: 200_000 }
/** A throughput run is stopped here; its last row (cumulative rates) is still reported, marked. */
const RUN_CAP_MS = 40_000
const LATENCY_RATE = 1000
const LATENCY_COUNT = 5000
const FAILOVER_ROUNDS = 5
const THROUGHPUT_ROUNDS = 3
const FAILOVER_TIMEOUT_MS = 60_000
const SESSION_TIMEOUT_MS = 9000
const MIN_INSYNC = '2'
const FSYNC_KEY = 'rivulet.replication.fsync'
const RATIO_GOAL = 0.6

/** Ends the bench with one line (a missing tool), after the cluster is cleaned up. */
class BenchStop extends Error {}

/** The commit and the machine, so that figures can be told apart. */
function machineLine (): string {
  let commit = 'unknown'
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim()
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: REPO, encoding: 'utf8' }).trim() !== ''
    if (dirty) commit += ' (with uncommitted changes)'
  } catch { /* not a git checkout */ }
  const cpu = cpus()
  return `commit ${commit}; node ${process.version}; ${cpu.length} x ${cpu[0]?.model.trim() ?? '?'}; ${fmt(totalmem() / 2 ** 30)} GiB; Linux ${release()}; ${loadText()}`
}

/** The machine is shared: the load beside the figures tells how much else ran. */
function loadText (): string {
  return `load average ${loadavg().map((l) => fmt(l, 2)).join(' ')}`
}

/** The rdkafka-perf folder of shared/tools beside this checkout (or one of its parents), else null. */
function perfSource (): string | null {
  const env = process.env.RIVULET_RDKAFKA_PERF_DIR
  if (env !== undefined && existsSync(join(env, 'build.sh'))) return env
  for (let dir = dirname(REPO); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'tools', 'rdkafka-perf')
    if (existsSync(join(candidate, 'build.sh'))) return candidate
    if (dirname(dir) === dir) return null
  }
}

/** rdkafka_performance, built into .bench-tmp/ when absent. */
async function perfTool (): Promise<string> {
  if (existsSync(PERF_TOOL)) return PERF_TOOL
  const source = perfSource()
  if (source === null) throw new BenchStop('shared/tools/rdkafka-perf (the librdkafka load generator) is not beside this checkout; set RIVULET_RDKAFKA_PERF_DIR')
  mkdirSync(PERF_DIR, { recursive: true })
  cpSync(source, PERF_DIR, { recursive: true })
  const built = await runChild('bash', [join(PERF_DIR, 'build.sh')], { timeoutMs: 300_000 })
  if (!existsSync(PERF_TOOL)) {
    const last = `${built.stdout}${built.stderr}`.trim().split('\n').pop() ?? ''
    throw new BenchStop(`rdkafka_performance did not build (needs gcc and librdkafka-dev: apt-get install -y gcc librdkafka-dev): ${last}`)
  }
  return PERF_TOOL
}

/** The python that the failover probe needs: /usr/bin/python3 with confluent_kafka (Debian python3-confluent-kafka). */
async function checkPython (): Promise<void> {
  const r = await runChild(PYTHON, ['-c', 'import confluent_kafka'], { timeoutMs: 30_000 }).catch((err: Error) => ({ code: -1, stderr: err.message }))
  if (r.code !== 0) throw new BenchStop(`${PYTHON} cannot import confluent_kafka (apt-get install -y python3-confluent-kafka): ${r.stderr.trim().split('\n').pop() ?? ''}`)
}

/** Creates a one-partition topic and waits until every node shows it with a leader and a full ISR. */
async function createTopic (cluster: ProcessCluster, spec: Omit<TopicSpec, 'partitions'>): Promise<void> {
  const rf = spec.assignments?.[0]?.length ?? spec.replicationFactor
  const created = await cluster.createTopics(1, [{ ...spec, partitions: 1 }])
  const t = created.topics[0]!
  if (t.errorCode !== ErrorCode.NONE) throw new Error(`CreateTopics ${spec.name}: error ${t.errorCode} ${t.errorMessage ?? ''}`)
  for (const n of cluster.live()) {
    await cluster.waitForTopic(n.id, spec.name, (m) => m.partitions.every((p) => p.isrNodes.length === rf), 60_000)
  }
}

/** DeleteTopics v6 (the files go after file.delete.delay.ms), so that a run does not fill the disk. */
async function deleteTopic (cluster: ProcessCluster, name: string): Promise<void> {
  const n = cluster.node(cluster.liveBrokers()[0]!.id)
  const r = await call<DeleteTopicsResponse>(n.host, n.clientPort, ApiKey.DeleteTopics, 6, { topicNames: [], topics: [{ name, topicId: ZERO_UUID }], timeoutMs: 30_000 }, 35_000)
  const code = r.responses[0]?.errorCode ?? -1
  if (code !== ErrorCode.NONE) throw new Error(`DeleteTopics ${name}: error ${code}`)
}

interface Throughput { msgsPerSec: number, mbPerSec: number, delivered: number, errors: number, capped: boolean }

/** The last table row rdkafka_performance printed, as numbers. */
function lastRow (output: string): number[] | null {
  const rows = output.split('\n').filter((l) => /^\|\s+\d/.test(l))
  if (rows.length === 0) return null
  return rows[rows.length - 1]!.split('|').map((c) => c.trim()).filter((c) => c !== '').map(Number)
}

async function produceThroughput (tool: string, bootstrap: string, topic: string, size: number, acks: string): Promise<Throughput> {
  const count = COUNTS[size]!
  const r = await runChild(tool, ['-P', '-t', topic, '-p', '0', '-b', bootstrap, '-s', String(size), '-c', String(count), '-X', `acks=${acks}`, '-u'], { timeoutMs: RUN_CAP_MS })
  const row = lastRow(r.stdout)
  if (row === null) throw new Error(`rdkafka_performance printed no figures for ${topic}:\n${r.stdout}${r.stderr}`)
  // Produce row: elapsed, msgs, bytes, rtt, dr, dr_m/s, dr_MB/s, dr_err, tx_err, outq, offset
  return { delivered: row[4]!, msgsPerSec: row[5]!, mbPerSec: row[6]!, errors: row[7]!, capped: r.signal !== null }
}

interface Latency { count: number, p50: number, p99: number, max: number, achievedRate: number }

/** rdkafka_performance -l at LATENCY_RATE msgs/s: produce() to delivery report per message, in ms. */
async function produceLatency (tool: string, bootstrap: string, topic: string): Promise<Latency> {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-latency-'))
  try {
    const file = join(dir, 'latency.txt')
    const r = await runChild(tool, ['-P', '-t', topic, '-p', '0', '-b', bootstrap, '-s', '100', '-c', String(LATENCY_COUNT), '-r', String(LATENCY_RATE), '-l', '-A', file, '-X', 'acks=all', '-X', 'linger.ms=0', '-u'], { timeoutMs: LATENCY_COUNT / LATENCY_RATE * 1000 + 60_000 })
    const micros = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => l !== '').map(Number) : []
    if (micros.length === 0) throw new Error(`rdkafka_performance -l measured nothing for ${topic}:\n${r.stdout.slice(-2000)}${r.stderr}`)
    const ms = micros.map((us) => us / 1000)
    // The rate limiter sleeps after each produce(): on a busy machine the rate reached is lower than asked.
    const row = lastRow(r.stdout)
    const achievedRate = row === null ? Number.NaN : row[4]! / (row[0]! / 1000)
    return { count: ms.length, p50: percentile(ms, 50), p99: percentile(ms, 99), max: Math.max(...ms), achievedRate }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function latencyText (l: Latency): string {
  const short = l.count < LATENCY_COUNT ? ` (only ${fmt(l.count)} of ${fmt(LATENCY_COUNT)} delivered)` : ''
  return `p50 ${fmt(l.p50, 2)} ms, p99 ${fmt(l.p99, 2)} ms, max ${fmt(l.max, 1)} ms over ${fmt(l.count)} messages${short} (rate reached ${fmt(l.achievedRate)} msgs/s)`
}

/** The probe's lines, as they come. */
class LineQueue {
  private readonly lines: string[] = []
  private waiter: (() => void) | null = null
  private ended = false

  push (line: string): void {
    this.lines.push(line)
    this.waiter?.()
  }

  end (): void {
    this.ended = true
    this.waiter?.()
  }

  /** The next line that `accept` takes (others are dropped), or null at the end or after `timeoutMs`. */
  async next (accept: (line: string) => boolean, timeoutMs: number): Promise<string | null> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      while (this.lines.length > 0) {
        const line = this.lines.shift()!
        if (accept(line)) return line
      }
      if (this.ended || Date.now() >= deadline) return null
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, deadline - Date.now())
        this.waiter = () => { clearTimeout(timer); this.waiter = null; resolve() }
      })
    }
  }
}

/** One round: kill -9 of the partition's leader until an acks=all produce to it succeeds again; ms. */
async function failoverRound (cluster: ProcessCluster, round: number): Promise<{ ms: number, killed: number, newLeader: number, errors: number }> {
  const controller = await cluster.activeController(60_000)
  const others = [1, 2, 3].filter((id) => id !== controller)
  const leader = others[round % others.length]!
  const topic = `failover-${round}`
  await createTopic(cluster, { name: topic, replicationFactor: -1, assignments: [[leader, ...[1, 2, 3].filter((id) => id !== leader)]], configs: { 'min.insync.replicas': MIN_INSYNC } })
  const { child, closed } = spawnChild(PYTHON, [join(REPO, 'bench', 'failover_probe.py'), cluster.bootstrap(), topic, '0'], { stdio: ['pipe', 'pipe', 'pipe'] })
  const lines = new LineQueue()
  let stderr = ''
  createInterface({ input: child.stdout! }).on('line', (l) => lines.push(l)).on('close', () => lines.end())
  child.stderr!.on('data', (d: Buffer) => { stderr += d.toString() })
  child.stdin!.on('error', () => { /* the probe exited: its output tells why */ })
  try {
    let errors = 0
    const ready = await lines.next((l) => { if (l.startsWith('error')) errors++; return l === 'ready' }, 60_000)
    if (ready === null) throw new Error(`the failover probe did not get 20 acks=all produces through (round ${round}):\n${stderr.slice(-2000)}`)
    const killedMs = Date.now()
    await cluster.kill(leader)
    child.stdin!.write(`mark ${Date.now()}\n`)
    const recovered = await lines.next((l) => { if (l.startsWith('error')) errors++; return l.startsWith('recovered ') }, FAILOVER_TIMEOUT_MS)
    if (recovered === null) throw new Error(`no acks=all produce to ${topic} succeeded within ${FAILOVER_TIMEOUT_MS / 1000} s of the kill of its leader ${leader}:\n${stderr.slice(-2000)}\n${cluster.report()}`)
    const ms = Number(recovered.split(' ')[1]) - killedMs
    const survivor = others.find((id) => id !== leader) ?? controller
    const t = (await cluster.metadata(survivor, [topic])).topics[0]
    return { ms, killed: leader, newLeader: t?.partitions[0]?.leaderId ?? -1, errors }
  } finally {
    killGroup(child, 'SIGKILL')
    await closed.catch(() => null)
    if (!cluster.running(leader)) {
      await cluster.restart(leader)
      await cluster.waitForBrokers([1, 2, 3], 60_000)
    }
  }
}

interface Config { readonly name: string, readonly rf: number, readonly acks: string, readonly fsync: boolean }

const CONFIGS: readonly Config[] = [
  { name: 'RF 1 acks=1', rf: 1, acks: '1', fsync: false },
  { name: 'RF 3 acks=1', rf: 3, acks: '1', fsync: false },
  { name: 'RF 3 acks=all', rf: 3, acks: 'all', fsync: false },
  { name: `RF 3 acks=all ${FSYNC_KEY}=true`, rf: 3, acks: 'all', fsync: true }
]

function topicConfigs (c: Config): Record<string, string> {
  return { ...(c.rf === 1 ? {} : { 'min.insync.replicas': MIN_INSYNC }), ...(c.fsync ? { [FSYNC_KEY]: 'true' } : {}) }
}

/** Whether the broker knows the fsync setting (it is refused as an unknown topic config before replication). */
async function fsyncKnown (cluster: ProcessCluster): Promise<boolean> {
  try {
    await createTopic(cluster, { name: 'fsync-probe', replicationFactor: 3, configs: { [FSYNC_KEY]: 'true' } })
    await deleteTopic(cluster, 'fsync-probe')
    return true
  } catch (err) {
    console.log(`${FSYNC_KEY}=true: not accepted by this broker (${(err as Error).message.split('\n')[0]!}); its figures are left out`)
    return false
  }
}

/** Median over the rounds, and the spread. */
function medianText (values: readonly number[], digits = 0): string {
  return `${fmt(percentile(values, 50), digits)} (${values.map((v) => fmt(v, digits)).join(' / ')})`
}

async function throughputs (cluster: ProcessCluster, tool: string, withFsync: boolean): Promise<void> {
  const bootstrap = cluster.bootstrap()
  const configs = CONFIGS.filter((c) => withFsync || !c.fsync)
  // results[size][config][round]
  const results = new Map<number, Throughput[][]>(SIZES.map((size) => [size, configs.map(() => [])]))
  for (let round = 0; round < THROUGHPUT_ROUNDS; round++) {
    for (const size of SIZES) {
      for (const [i, c] of configs.entries()) {
        const topic = `tput-${round}-${size}-${c.rf}-${c.acks}${c.fsync ? '-fsync' : ''}`
        await createTopic(cluster, { name: topic, replicationFactor: c.rf, configs: topicConfigs(c) })
        results.get(size)![i]!.push(await produceThroughput(tool, bootstrap, topic, size, c.acks))
        await deleteTopic(cluster, topic)
      }
    }
  }
  console.log(`produce throughput, msgs/s: median of ${THROUGHPUT_ROUNDS} rounds (each round's figure), configurations interleaved; min.insync.replicas=${MIN_INSYNC} at RF 3`)
  for (const size of SIZES) {
    const label = size === 100 ? '100 B' : '1 KiB'
    const bySize = results.get(size)!
    for (const [i, c] of configs.entries()) {
      const runs = bySize[i]!
      const mb = percentile(runs.map((t) => t.mbPerSec), 50)
      const notes = runs.flatMap((t, round) => [
        ...(t.capped ? [`round ${round + 1} stopped at the ${RUN_CAP_MS / 1000} s cap after ${fmt(t.delivered)} of ${fmt(COUNTS[size]!)}`] : []),
        ...(t.errors > 0 ? [`round ${round + 1}: ${fmt(t.errors)} delivery errors`] : [])
      ])
      console.log(`  ${label} ${c.name.padEnd(40)} ${medianText(runs.map((t) => t.msgsPerSec))} msgs/s, ${fmt(mb, 1)} MB/s${notes.length > 0 ? ` [${notes.join('; ')}]` : ''}`)
    }
    const ratios = (i: number): number[] => bySize[i]!.map((t, round) => t.msgsPerSec / bySize[0]![round]!.msgsPerSec)
    const all = ratios(2)
    const ratio = percentile(all, 50)
    console.log(`  ${label} RF 3 acks=all / RF 1 acks=1 = ${medianText(all, 2)}  goal >= ${RATIO_GOAL}: ${ratio >= RATIO_GOAL ? 'met' : 'NOT met'}`)
    console.log(`  ${label} RF 3 acks=1 / RF 1 acks=1 = ${medianText(ratios(1), 2)}`)
    if (withFsync) console.log(`  ${label} RF 3 acks=all ${FSYNC_KEY}=true / RF 1 acks=1 = ${medianText(ratios(3), 2)}; / RF 3 acks=all without it = ${medianText(bySize[3]!.map((t, round) => t.msgsPerSec / bySize[2]![round]!.msgsPerSec), 2)}`)
  }
}

async function measure (cluster: ProcessCluster, tool: string): Promise<void> {
  const bootstrap = cluster.bootstrap()
  const usage = await runChild(tool, [], { timeoutMs: 10_000 })
  const version = /librdkafka version (\S+)/.exec(`${usage.stdout}${usage.stderr}`)?.[1] ?? '?'
  console.log(`command: ${tool} -P -t TOPIC -p 0 -b ${bootstrap} -s SIZE -c COUNT -X acks=ACKS -u  (COUNT ${fmt(COUNTS[100]!)} of 100 B, ${fmt(COUNTS[1024]!)} of 1 KiB; librdkafka ${version}, its defaults otherwise; one partition, a new topic per run)`)
  const withFsync = await fsyncKnown(cluster)
  if (withFsync) {
    const fsyncs = fsyncRate(tmpdir(), 1000)
    console.log(`raw fsync of the same disk (4 KiB write + fsync, the baseline for ${FSYNC_KEY}=true): ${fmt(fsyncs)}/s, ${fmt(1000 / fsyncs, 2)} ms each`)
  }
  // Warm-up: the first figures should not pay for the nodes' JIT.
  await createTopic(cluster, { name: 'warm-up', replicationFactor: 3, configs: { 'min.insync.replicas': MIN_INSYNC } })
  await runChild(tool, ['-P', '-t', 'warm-up', '-p', '0', '-b', bootstrap, '-s', '100', '-c', '300000', '-X', 'acks=all', '-u'], { timeoutMs: RUN_CAP_MS })
  await deleteTopic(cluster, 'warm-up')

  let sectionMs = performance.now()
  const section = (): string => { const s = (performance.now() - sectionMs) / 1000; sectionMs = performance.now(); return `[${fmt(s)} s]` }
  await throughputs(cluster, tool, withFsync)
  console.log(`  ${section()}`)

  for (const fsync of withFsync ? [false, true] : [false]) {
    const topic = `latency-all${fsync ? '-fsync' : ''}`
    await createTopic(cluster, { name: topic, replicationFactor: 3, configs: topicConfigs({ name: '', rf: 3, acks: 'all', fsync }) })
    const l = await produceLatency(tool, bootstrap, topic)
    console.log(`produce latency, rate asked ${fmt(LATENCY_RATE)} msgs/s, 100 B, linger.ms=0, RF 3 acks=all${fsync ? ` ${FSYNC_KEY}=true` : ''} (rdkafka_performance -l -r ${LATENCY_RATE}): ${latencyText(l)}`)
  }
  console.log(`  ${section()}`)

  const rounds: Array<{ ms: number, killed: number, newLeader: number, errors: number }> = []
  for (let round = 0; round < FAILOVER_ROUNDS; round++) rounds.push(await failoverRound(cluster, round))
  const ms = rounds.map((r) => r.ms)
  console.log(`leader failover: kill -9 of the partition leader until an acks=all produce to it succeeds again (python confluent-kafka retrying), broker.session.timeout.ms=${SESSION_TIMEOUT_MS}: median ${fmt(percentile(ms, 50))} ms, max ${fmt(Math.max(...ms))} ms (${rounds.map((r) => `${fmt(r.ms)} ms node ${r.killed}->${r.newLeader}${r.errors > 0 ? ` ${r.errors} delivery errors` : ''}`).join(', ')})`)
  console.log(`  ${section()}`)
  console.log(`at the end: ${loadText()}`)
}

export default async function (): Promise<void> {
  console.log(machineLine())
  let cluster: ProcessCluster | null = null
  try {
    const tool = await perfTool()
    await checkPython()
    cluster = await ProcessCluster.start({ voters: 3, testSettings: false, config: { 'broker.session.timeout.ms': String(SESSION_TIMEOUT_MS) } })
    await cluster.waitForBrokers([1, 2, 3], 60_000)
    await measure(cluster, tool)
  } catch (err) {
    if (!(err instanceof BenchStop)) throw err
    console.log(`replication bench stopped: ${err.message}`)
  } finally {
    if (cluster !== null) await Promise.all(cluster.live().map(async (n) => await cluster!.kill(n.id)))
  }
}
