// One chaos run (issue 14, reliability.md §6.1): three nodes as processes on 127.0.0.11-13, the
// workload topic, real clients writing histories, the seed's fault schedule, heal, a final read, and the
// checks. In order:
//   1. start the cluster (CHAOS_NODE_CONFIG: short timeouts), create the topic (RF 3, min ISR 2);
//   2. start the workload: 2 librdkafka producers and 1 kafkajs producer (idempotent, acks=all), a
//      librdkafka group consumer with manual commits, a kafkajs group consumer with auto commits, a
//      librdkafka consumer by assignment; each writes <runDir>/history/<process>.jsonl;
//   3. sample each group's coordinator (GET /v1/groups/:id) every SAMPLE_INTERVAL_MS;
//   4. run the fault schedule (nemesis.ts, faults.ts) for `timeSeconds`;
//   5. heal everything and wait for recovery; let the clients work a little; stop them (SIGTERM);
//   6. wait until every replica is at one log end with its high watermark there: the ends to read;
//   7. the final reader reads every partition from 0 to those ends;
//   8. collect: the metadata images at one offset, each replica's digest of each partition up to its
//      end, the leader claims in the node logs;
//   9. check (test/check: queue, cluster, availability) and print one summary line.
// The run dir (a temp dir: history/, nemesis.jsonl, logs/, clients/, data/ when kept) is kept on a
// violation or with `keep`, and removed otherwise. Whatever the run started is stopped, and every
// iptables rule it made removed, on success, on failure and on Ctrl-C (child-processes.ts and
// loopback-partition.ts install the signal and exit hooks).
import { cpSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { ProcessCluster } from '../helpers/cluster-processes.ts'
import { spawnChild, runChild, killGroup, type ChildExit } from '../helpers/child-processes.ts'
import { adminGet, digestOf, waitForConvergence } from '../helpers/replication.ts'
import { partitionUnavailable } from '../helpers/loopback-partition.ts'
import { Faults } from './faults.ts'
import { schedule, describeStep, conflicts, type FaultKind, type FaultStep } from './nemesis.ts'
import { CHAOS_HOST_BASE, CHAOS_NODE_CONFIG, BROKER_SESSION_TIMEOUT_MS, ELECTION_TIMEOUT_MS, createWorkloadTopic } from './config.ts'
import { readHistoryFiles, finalRead, type HistoryEvent } from './history.ts'
import { checkQueue, type GroupSample, type CommittedSample, type Violation, type QueueStats } from '../check/queue-checker.ts'
import { duplicatePositions, explainDuplicates, type DuplicateOrigin } from '../check/duplicate-origins.ts'
import { readStamps } from './producer-stamps.ts'
import { checkCluster, leaderClaimsFromLog, type LeaderClaim, type PartitionCopies, type ReplicaDigest } from '../check/cluster-checker.ts'
import { unavailability } from '../check/availability.ts'
import { formatSummary } from '../check/summary.ts'

export interface RunOptions {
  readonly seed: number
  readonly timeSeconds: number
  readonly faults: readonly FaultKind[]
  /** RIVULET_TEST_BUG for the nodes (comma-separated names); default: this process's environment. */
  readonly bug?: string
  /** Keep the run dir even without a violation. */
  readonly keep?: boolean
  /** Default 4. */
  readonly partitions?: number
  /** Messages per second of each producer (default 50). */
  readonly rate?: number
  /** Progress lines (default: none). */
  readonly progress?: (line: string) => void
}

export interface RunTimings {
  readonly startMs: number
  readonly faultsMs: number
  readonly healMs: number
  readonly finalMs: number
  readonly checkMs: number
  readonly totalMs: number
}

export interface RunResult {
  readonly seed: number
  readonly violations: Violation[]
  readonly stats: QueueStats | null
  /** Seconds without an ok send, by fault kind. */
  readonly unavailableSeconds: Record<string, number>
  readonly faultsByKind: Record<string, number>
  /** Duplicates by where their copies came from (duplicate-origins.ts); empty without duplicates. */
  readonly duplicateOrigins: ReadonlyMap<DuplicateOrigin, number>
  readonly skippedSteps: number
  readonly summary: string
  /** The kept run dir, or null when it was removed. */
  readonly runDir: string | null
  readonly timings: RunTimings
}

const TOPIC = 'chaos'
const GROUPS = ['chaos-rk', 'chaos-js'] as const
const PARTITIONS_DEFAULT = 4
const RATE_DEFAULT = 50
const SAMPLE_INTERVAL_MS = 500
/** Clients connect and the groups form before the first fault. */
const WARMUP_MS = 3000
/** After recovery, the clients work on a healthy cluster this long before they are stopped. */
const SETTLE_MS = 5000
const RECOVERY_TIMEOUT_MS = 120_000
/** A producer flushes for up to 30 s on SIGTERM (BRIEF-14.md); past this it is killed. */
const CLIENT_STOP_TIMEOUT_MS = 60_000
const FINAL_READ_TIMEOUT_S = 90
const CONVERGENCE_TIMEOUT_MS = 60_000
const CLUSTER_START_TIMEOUT_MS = 90_000
const CLIENTS_DIR = new URL('./clients/', import.meta.url).pathname
const PYTHON = '/usr/bin/python3'

interface WorkloadClient {
  readonly name: string
  readonly logPath: string
  readonly child: ChildProcess
  readonly closed: Promise<ChildExit>
}

/** One run of seed `options.seed`. Rejects only for a harness failure (the cluster would not start); a cluster that does not recover is a violation. */
export async function runOnce (options: RunOptions): Promise<RunResult> {
  const began = Date.now()
  const progress = options.progress ?? (() => {})
  const partitions = options.partitions ?? PARTITIONS_DEFAULT
  const steps = schedule(options.seed, { timeSeconds: options.timeSeconds, faults: options.faults, partitions, groups: GROUPS.length })
  if (options.faults.includes('partition')) {
    const why = partitionUnavailable()
    if (why !== null) throw new Error(`fault kind partition: ${why}`)
  }
  const runDir = mkdtempSync(join(tmpdir(), `rivulet-chaos-${options.seed}-`))
  for (const d of ['history', 'logs', 'clients']) mkdirSync(join(runDir, d))
  writeFileSync(join(runDir, 'schedule.txt'), steps.map(describeStep).join('\n') + '\n')
  progress(`seed ${options.seed}: ${steps.length} steps, run dir ${runDir}`)

  const savedBug = process.env.RIVULET_TEST_BUG
  if (options.bug !== undefined) process.env.RIVULET_TEST_BUG = options.bug
  const violations: Violation[] = []
  const clients: WorkloadClient[] = []
  const timings = { startMs: 0, faultsMs: 0, healMs: 0, finalMs: 0, checkMs: 0, totalMs: 0 }
  let cluster: ProcessCluster | null = null
  let faults: Faults | null = null
  let sampler: GroupSampler | null = null
  let stats: QueueStats | null = null
  let unavailable: Record<string, number> = {}
  let duplicateOrigins: ReadonlyMap<DuplicateOrigin, number> = new Map()
  try {
    cluster = await ProcessCluster.start({ voters: 3, hostBase: CHAOS_HOST_BASE, config: CHAOS_NODE_CONFIG, startTimeoutMs: CLUSTER_START_TIMEOUT_MS })
    await createWorkloadTopic(cluster, TOPIC, partitions)
    faults = new Faults(cluster, { topic: TOPIC, partitions, groups: GROUPS, nemesisLog: join(runDir, 'nemesis.jsonl') })
    if (faults.diskUnavailable !== null && steps.some((s) => s.kind === 'slow-disk')) progress(`seed ${options.seed}: its slow-disk steps are skipped: ${faults.diskUnavailable}`)
    const bootstrap = [...cluster.nodes.values()].map((n) => `${n.host}:${n.clientPort}`).join(',')
    startWorkload(clients, runDir, bootstrap, partitions, options.rate ?? RATE_DEFAULT)
    sampler = new GroupSampler(cluster, faults)
    sampler.start()
    await sleep(WARMUP_MS)
    timings.startMs = Date.now() - began

    // Faults.
    const phaseStart = Date.now()
    await runSchedule(faults, steps, phaseStart, progress)
    const remaining = phaseStart + options.timeSeconds * 1000 - Date.now()
    if (remaining > 0) await sleep(remaining)
    timings.faultsMs = Date.now() - phaseStart

    // Heal, recover, stop the clients, converge.
    const healStart = Date.now()
    await faults.healAll()
    let recovered = true
    try {
      await faults.waitRecovered(RECOVERY_TIMEOUT_MS)
    } catch (err) {
      recovered = false
      violations.push({ kind: 'no-recovery', detail: `the cluster did not recover within ${RECOVERY_TIMEOUT_MS} ms of the heal: ${firstLine(err)}` })
    }
    if (recovered) await sleep(SETTLE_MS)
    await stopWorkload(clients, violations)
    sampler.stop()
    let ends: number[] | null = null
    if (recovered) {
      try {
        ends = await waitForConvergence(cluster, TOPIC, partitions, [...cluster.nodes.keys()], CONVERGENCE_TIMEOUT_MS)
      } catch (err) {
        violations.push({ kind: 'no-convergence', detail: `the replicas did not reach one log end with the high watermark there: ${firstLine(err)}` })
      }
    }
    timings.healMs = Date.now() - healStart

    // The final read and what the nodes hold.
    const finalStart = Date.now()
    let images = new Map<number, { offset: number, digest: string }>()
    const copies: PartitionCopies[] = []
    if (ends !== null) {
      const final = await runChild(PYTHON, [join(CLIENTS_DIR, 'rk_client.py'), 'final', '--bootstrap', bootstrap, '--topic', TOPIC, '--partitions', String(partitions),
        '--ends', ends.map((o, p) => `${p}:${o}`).join(','), '--timeout-s', String(FINAL_READ_TIMEOUT_S), '--history', join(runDir, 'history', 'final.jsonl')], { timeoutMs: (FINAL_READ_TIMEOUT_S + 30) * 1000 })
      writeFileSync(join(runDir, 'clients', 'final.log'), `${final.stdout}${final.stderr}`)
      if (final.code !== 0) violations.push({ kind: 'final-read', detail: `the final reader exited ${final.code ?? final.signal ?? '?'}: ${final.stderr.trim().split('\n').slice(-3).join(' | ')}` })
      images = await cluster.imagesAtOneOffset(30_000)
      for (let p = 0; p < partitions; p++) {
        const replicas = new Map<number, ReplicaDigest>()
        for (const id of cluster.nodes.keys()) {
          const d = await digestOf(cluster, id, TOPIC, p, ends[p]!).catch((err: Error) => ({ error: firstLine(err) }))
          replicas.set(id, 'error' in d ? d : { startOffset: d.startOffset, endOffset: d.endOffset, sha256: d.sha256 })
        }
        copies.push({ topic: TOPIC, partition: p, highWatermark: ends[p]!, replicas })
      }
    }
    timings.finalMs = Date.now() - finalStart

    // Check.
    const checkStart = Date.now()
    const claims: LeaderClaim[] = []
    for (const n of cluster.nodes.values()) {
      writeFileSync(join(runDir, 'logs', `node-${n.id}.log`), n.logLines.join('\n') + '\n')
      claims.push(...leaderClaimsFromLog(n.id, n.logLines))
    }
    const history = readHistoryFiles(join(runDir, 'history'))
    const events: HistoryEvent[] = history.events
    if (ends !== null) {
      const result = checkQueue({
        events,
        final: finalRead(events),
        groupSamples: sampler.groups,
        committed: sampler.committed,
        highWatermarks: new Map(ends.map((o, p) => [p, o]))
      })
      const explained = await withDuplicateOrigins(cluster, result.violations, progress)
      violations.push(...explained.violations)
      duplicateOrigins = explained.byOrigin
      stats = result.stats
      violations.push(...checkCluster({ images, copies, leaderClaims: claims }))
    }
    unavailable = Object.fromEntries(unavailability(events, faults.lines, { partitions }))
    timings.checkMs = Date.now() - checkStart
  } catch (err) {
    violations.push({ kind: 'harness-error', detail: firstLine(err) })
    progress(`seed ${options.seed}: ${(err as Error).stack ?? String(err)}`)
  } finally {
    sampler?.stop()
    faults?.removeRulesNow()
    for (const c of clients) killGroup(c.child, 'SIGKILL')
    if (cluster !== null) {
      for (const n of cluster.nodes.values()) {
        if (!cluster.running(n.id)) continue
        await cluster.kill(n.id).catch(() => null)
      }
    }
    if (savedBug === undefined) delete process.env.RIVULET_TEST_BUG; else process.env.RIVULET_TEST_BUG = savedBug
  }

  const faultsByKind: Record<string, number> = {}
  for (const l of faults?.lines ?? []) if (l.phase === 'start') faultsByKind[l.kind] = (faultsByKind[l.kind] ?? 0) + 1
  timings.totalMs = Date.now() - began
  const keep = violations.length > 0 || options.keep === true
  if (keep) writeFileSync(join(runDir, 'violations.json'), JSON.stringify(violations, null, 2) + '\n')
  if (keep && cluster !== null) {
    if (faults !== null) writeFileSync(join(runDir, 'skipped.jsonl'), faults.skipped.map((s) => JSON.stringify({ step: describeStep(s.step), reason: s.reason })).join('\n') + '\n')
    for (const n of cluster.nodes.values()) {
      writeFileSync(join(runDir, 'logs', `node-${n.id}.log`), n.logLines.join('\n') + '\n')
      cpSync(n.dataDir, join(runDir, 'data', `node-${n.id}`), { recursive: true })
    }
  }
  if (!keep) rmSync(runDir, { recursive: true, force: true })
  const summary = formatSummary({
    seed: options.seed,
    durationSeconds: timings.totalMs / 1000,
    faults: faultsByKind,
    stats,
    unavailableSeconds: unavailable,
    violations,
    sessionTimeoutMs: BROKER_SESSION_TIMEOUT_MS,
    electionTimeoutMs: ELECTION_TIMEOUT_MS.min
  })
  return { seed: options.seed, violations, stats, unavailableSeconds: unavailable, faultsByKind, duplicateOrigins, skippedSteps: faults?.skipped.length ?? 0, summary, runDir: keep ? runDir : null, timings }
}

/**
 * The queue checker's violations, each duplicate with the producer id, epoch and sequence of its copies
 * and their origin (read from the partition leaders), and the duplicates counted by origin. When the
 * stamps cannot be read the violations stay as they are and a progress line says why.
 */
async function withDuplicateOrigins (cluster: ProcessCluster, violations: readonly Violation[], progress: (line: string) => void): Promise<{ violations: readonly Violation[], byOrigin: ReadonlyMap<DuplicateOrigin, number> }> {
  const wanted = duplicatePositions(violations)
  if (wanted.size === 0) return { violations, byOrigin: new Map() }
  try {
    const { stamps, unread } = await readStamps(cluster, TOPIC, wanted)
    for (const why of unread) progress(`the duplicates' producer stamps of ${why} could not be read: their origin is unknown`)
    return explainDuplicates(violations, stamps)
  } catch (err) {
    progress(`the duplicates' producer stamps could not be read: ${firstLine(err)}`)
    return { violations, byOrigin: new Map() }
  }
}

/**
 * Begins and heals each step at its time (from `phaseStart`), each step on its own, so that a slow
 * restart does not hold back another step's heal. A step that conflicts with an earlier one (nemesis.ts
 * conflicts: two nodes down, two partitions) also waits until that one is healed, if its heal ran late.
 */
async function runSchedule (faults: Faults, steps: readonly FaultStep[], phaseStart: number, progress: (line: string) => void): Promise<void> {
  const healed = new Map<number, Promise<void>>()
  const at = (ms: number): string => `${((ms - phaseStart) / 1000).toFixed(1)}s`
  for (const step of steps) {
    const earlier = steps.filter((s) => s.index < step.index && conflicts(s, step)).map((s) => healed.get(s.index)!)
    healed.set(step.index, (async () => {
      await sleep(phaseStart + step.startMs - Date.now())
      await Promise.all(earlier)
      const began = Date.now()
      const fault = await faults.begin(step)
      progress(`  ${at(Date.now())} ${fault === null ? 'skipped' : 'begin'} ${describeStep(step)}${fault === null ? ` (${faults.skipped.at(-1)?.reason ?? ''})` : ` -> nodes ${fault.targets.join(',')}`}`)
      if (fault === null) return
      // A step that began late (it waited for a conflicting one) still lasts its duration.
      await sleep(Math.max(phaseStart + step.healMs, began + step.healMs - step.startMs) - Date.now())
      await faults.end(fault)
      progress(`  ${at(Date.now())} healed step ${step.index} (${step.kind})`)
    })())
  }
  // Every step settles before the heal (none left restarting a node behind it); then the first failure.
  const failed = (await Promise.allSettled(healed.values())).find((r) => r.status === 'rejected')
  if (failed !== undefined) throw failed.reason
}

function startWorkload (clients: WorkloadClient[], runDir: string, bootstrap: string, partitions: number, rate: number): void {
  const common = (name: string): string[] => ['--bootstrap', bootstrap, '--topic', TOPIC, '--partitions', String(partitions), '--process', name, '--history', join(runDir, 'history', `${name}.jsonl`)]
  const rk = (mode: string, name: string, extra: string[]): void => { start(clients, runDir, name, PYTHON, [join(CLIENTS_DIR, 'rk_client.py'), mode, ...common(name), ...extra]) }
  const js = (mode: string, name: string, extra: string[]): void => { start(clients, runDir, name, process.execPath, ['--import', 'tsx', join(CLIENTS_DIR, 'js-client.ts'), mode, ...common(name), ...extra]) }
  rk('producer', 'rk-producer-1', ['--rate', String(rate)])
  rk('producer', 'rk-producer-2', ['--rate', String(rate)])
  js('producer', 'js-producer-1', ['--rate', String(rate)])
  rk('consumer', 'rk-consumer-1', ['--group', GROUPS[0], '--commit', 'manual'])
  js('consumer', 'js-consumer-1', ['--group', GROUPS[1], '--commit', 'auto'])
  rk('consumer', 'rk-assign-1', [])
}

function start (clients: WorkloadClient[], runDir: string, name: string, command: string, args: string[]): void {
  const logPath = join(runDir, 'clients', `${name}.log`)
  const fd = openSync(logPath, 'a')
  try {
    const { child, closed } = spawnChild(command, args, { stdio: ['ignore', fd, fd] })
    clients.push({ name, logPath, child, closed })
  } finally {
    closeSync(fd)
  }
}

/** SIGTERM to every client, then waits for each to finish (a producer flushes); one that does not, or exits non-zero, is a violation. */
async function stopWorkload (clients: readonly WorkloadClient[], violations: Violation[]): Promise<void> {
  for (const c of clients) killGroup(c.child, 'SIGTERM')
  await Promise.all(clients.map(async (c) => {
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<'timeout'>((resolve) => { timer = setTimeout(() => resolve('timeout'), CLIENT_STOP_TIMEOUT_MS) })
    const exit = await Promise.race([c.closed.catch((err: Error) => ({ code: null, signal: null, error: err.message })), timedOut])
    clearTimeout(timer)
    if (exit === 'timeout') {
      killGroup(c.child, 'SIGKILL')
      violations.push({ kind: 'client-error', detail: `${c.name} did not stop within ${CLIENT_STOP_TIMEOUT_MS} ms of SIGTERM (killed)` })
    } else if (exit.code !== 0) {
      // A client that gave up (a fatal client error) ends its run early: the run did not test what it should have.
      violations.push({ kind: 'client-error', detail: `${c.name} exited ${exit.code ?? exit.signal ?? '?'}${'error' in exit ? `: ${exit.error}` : ''}: ${lastErrorLine(c.logPath)} (its log: clients/${c.name}.log)` })
    }
  }))
}

/** Samples each group's coordinator (/v1/groups/:id) every SAMPLE_INTERVAL_MS, skipping a tick while the last is in flight. */
class GroupSampler {
  readonly groups: GroupSample[] = []
  readonly committed: CommittedSample[] = []
  private readonly coordinators = new Map<string, number>()
  private timer: NodeJS.Timeout | null = null
  private busy = false

  constructor (private readonly cluster: ProcessCluster, private readonly faults: Faults) {}

  start (): void {
    this.timer = setInterval(() => {
      if (this.busy) return
      this.busy = true
      void Promise.all(GROUPS.map(async (g) => await this.sample(g))).finally(() => { this.busy = false })
    }, SAMPLE_INTERVAL_MS)
  }

  stop (): void {
    if (this.timer !== null) clearInterval(this.timer)
    this.timer = null
  }

  private async sample (group: string): Promise<void> {
    const answering = this.faults.answering()
    let node = this.coordinators.get(group)
    if (node === undefined || !answering.includes(node)) {
      node = undefined
      for (const id of answering) {
        const c = await this.cluster.findCoordinator(id, group).catch(() => null)
        if (c?.nodeId != null && answering.includes(c.nodeId)) { node = c.nodeId; break }
      }
      if (node === undefined) return
      this.coordinators.set(group, node)
    }
    try {
      const g = await adminGet<DescribedGroup>(this.cluster, node, `/v1/groups/${encodeURIComponent(group)}`)
      const t = Date.now()
      this.groups.push({ t, node, groupId: g.groupId, state: g.state, generation: g.generation, members: g.members.map((m) => ({ memberId: m.memberId, assignment: m.assignment })) })
      for (const o of g.offsets) if (o.topic === TOPIC) this.committed.push({ t, node, group, partition: o.partition, offset: o.committedOffset })
    } catch {
      // Unknown yet (404), or the node stopped being reachable: ask who coordinates next time.
      this.coordinators.delete(group)
    }
  }
}

/** src/admin/group-view.ts describeGroup's answer (the fields read here). */
interface DescribedGroup {
  readonly groupId: string
  readonly state: string
  readonly generation: number
  readonly members: ReadonlyArray<{ memberId: string, assignment: Array<{ topic: string, partitions: number[] }> }>
  readonly offsets: ReadonlyArray<{ topic: string, partition: number, committedOffset: number | null }>
}

/** The last line of a client's log that names an error (a fatal one first), cut short. */
function lastErrorLine (path: string): string {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').reverse()
  const line = lines.find((l) => /fatal/i.test(l)) ?? lines.find((l) => /error|exception/i.test(l)) ?? lines[0] ?? '(empty log)'
  return line.length > 300 ? `${line.slice(0, 300)}…` : line
}

function firstLine (err: unknown): string {
  return ((err as Error).message ?? String(err)).split('\n')[0]!
}

async function sleep (ms: number): Promise<void> {
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms))
}
