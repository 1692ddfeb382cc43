// The chaos workload clients (test/chaos/clients/) against a healthy 3-node cluster: each kind runs for
// a few seconds, stops on SIGTERM, and the final reader reads the topic back. The histories must parse,
// every ok send must be in the final read at its offset (and nothing else be there), every poll must
// match the final read, the consumers must have read everything, and the last manual commit of each
// partition must be what the coordinator holds. Then, with two nodes killed, the producers are started
// and stopped again: every send still open at the stop must be written as info. This proves the clients
// and their history lines, not the broker (the chaos runs do that).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { withCluster, type ProcessCluster } from '../helpers/cluster-processes.ts'
import { runChild, spawnChild, tempDir, type ChildExit } from '../helpers/child-processes.ts'
import { adminGet, waitForConvergence, waitForPartitions } from '../helpers/replication.ts'
import { finalRead, readHistoryFiles, type HistoryEvent, type PolledRecord } from './history.ts'

const TOPIC = 'chaos-clients'
const PARTITIONS = 3
const RK_CLIENT = 'test/chaos/clients/rk_client.py'
const JS_CLIENT = 'test/chaos/clients/js-client.ts'
/** Acknowledged sends per producer before they are stopped. */
const OK_SENDS = 100
const STDERR_LINES = 20
/** How long the producers try to send with two nodes down before they are stopped. */
const STUCK_MS = 2000

interface Client {
  readonly name: string
  readonly child: ChildProcess
  readonly closed: Promise<ChildExit>
  readonly stderr: string[]
}

interface Spec { readonly name: string, readonly kind: 'rk' | 'js', readonly role: 'producer' | 'consumer', readonly flags: readonly string[] }

const PRODUCERS: Spec[] = [
  { name: 'rk-producer-1', kind: 'rk', role: 'producer', flags: ['--rate', '100'] },
  { name: 'js-producer-1', kind: 'js', role: 'producer', flags: ['--rate', '100'] }
]
/** Groups by library (kafkajs and librdkafka name their assignors differently), each kind of commit. */
const CONSUMERS: Spec[] = [
  { name: 'rk-consumer-1', kind: 'rk', role: 'consumer', flags: ['--group', 'rk-manual', '--commit', 'manual'] },
  { name: 'rk-consumer-2', kind: 'rk', role: 'consumer', flags: ['--group', 'rk-manual', '--commit', 'manual'] },
  { name: 'rk-consumer-3', kind: 'rk', role: 'consumer', flags: ['--group', 'rk-auto', '--commit', 'auto'] },
  { name: 'rk-consumer-4', kind: 'rk', role: 'consumer', flags: [] },
  { name: 'js-consumer-1', kind: 'js', role: 'consumer', flags: ['--group', 'js-manual', '--commit', 'manual'] },
  { name: 'js-consumer-2', kind: 'js', role: 'consumer', flags: ['--group', 'js-auto', '--commit', 'auto'] }
]

function start (spec: Spec, bootstrap: string, dir: string): Client {
  const common = ['--bootstrap', bootstrap, '--topic', TOPIC, '--partitions', String(PARTITIONS), '--process', spec.name, '--history', join(dir, `${spec.name}.jsonl`), ...spec.flags]
  const { child, closed } = spec.kind === 'rk'
    ? spawnChild('/usr/bin/python3', [RK_CLIENT, spec.role, ...common], { stdio: ['ignore', 'ignore', 'pipe'] })
    : spawnChild(process.execPath, ['--import', 'tsx', JS_CLIENT, spec.role, ...common], { stdio: ['ignore', 'ignore', 'pipe'] })
  const stderr: string[] = []
  createInterface({ input: child.stderr! }).on('line', (line) => {
    stderr.push(line)
    if (stderr.length > STDERR_LINES) stderr.shift()
  })
  return { name: spec.name, child, closed, stderr }
}

async function stop (clients: readonly Client[]): Promise<void> {
  for (const c of clients) c.child.kill('SIGTERM')
  for (const c of clients) {
    const exit = await c.closed
    assert.deepEqual(exit, { code: 0, signal: null }, `${c.name} exited ${JSON.stringify(exit)}: ${c.stderr.join('\n')}`)
  }
}

function byProcess (events: readonly HistoryEvent[], process: string): HistoryEvent[] {
  return events.filter((e) => e.process === process)
}

function polled (events: readonly HistoryEvent[], processes: readonly string[]): PolledRecord[] {
  return events.flatMap((e) => e.f === 'poll' && processes.includes(e.process) ? e.records : [])
}

/** Every offset below its partition's end is among `records`. */
function coversEnds (records: readonly PolledRecord[], ends: readonly number[]): boolean {
  const seen = ends.map(() => new Set<number>())
  for (const r of records) seen[r.partition]!.add(r.offset)
  return ends.every((end, p) => seen[p]!.size >= end && [...Array(end).keys()].every((o) => seen[p]!.has(o)))
}

test('the chaos clients (librdkafka and kafkajs producers, consumers in groups and by assignment, the final reader) write histories that match what the cluster holds', { timeout: 120_000 }, async () => {
  await withCluster({ voters: 3 }, async (cluster) => {
    await cluster.waitForBrokers([1, 2, 3])
    const controller = await cluster.activeController()
    const created = await cluster.createTopics(controller, [{ name: TOPIC, partitions: PARTITIONS, replicationFactor: 3, configs: { 'min.insync.replicas': '2' } }])
    assert.equal(created.topics[0]!.errorCode, 0, created.topics[0]!.errorMessage ?? '')
    await waitForPartitions(cluster, TOPIC, PARTITIONS, 'a leader and three in sync', (s) => s.leader > 0 && s.isr.length === 3)
    const bootstrap = cluster.bootstrap(1, 2, 3)
    const dir = tempDir('chaos-clients-')
    const clients: Client[] = []
    const waitFor = async (what: string, probe: (events: HistoryEvent[]) => boolean, timeoutMs = 30_000, from = dir): Promise<void> => {
      try {
        await cluster.until(what, async () => probe(readHistoryFiles(from).events) ? true : null, timeoutMs)
      } catch (err) {
        throw new Error(`${(err as Error).message.split('\n')[0]!}\n${clients.map((c) => `=== ${c.name} stderr:\n${c.stderr.join('\n')}`).join('\n')}`)
      }
    }
    const started = Date.now()

    const consumers = CONSUMERS.map((spec) => start(spec, bootstrap, dir))
    clients.push(...consumers)
    await waitFor('every consumer to own partitions', (events) => CONSUMERS.every((s) => events.some((e) => e.process === s.name && e.f === 'assign' && e.partitions.length > 0)))
    const producers = PRODUCERS.map((spec) => start(spec, bootstrap, dir))
    clients.push(...producers)
    await waitFor(`${OK_SENDS} acknowledged sends of each producer`, (events) => PRODUCERS.every((s) => events.filter((e) => e.process === s.name && e.f === 'send' && e.type === 'ok').length >= OK_SENDS))
    await stop(producers)
    const ends = await waitForConvergence(cluster, TOPIC, PARTITIONS, [1, 2, 3])
    const groups = new Map<string, string[]>()
    for (const s of CONSUMERS) groups.set(s.flags[1] ?? s.name, [...(groups.get(s.flags[1] ?? s.name) ?? []), s.name])
    await waitFor('every group (and the assigning consumer) to have read to the ends', (events) => [...groups.values()].every((names) => coversEnds(polled(events, names), ends)))
    await stop(consumers)
    const final = await runChild('/usr/bin/python3', [RK_CLIENT, 'final', '--bootstrap', bootstrap, '--topic', TOPIC, '--partitions', String(PARTITIONS), '--history', join(dir, 'final.jsonl'), '--ends', ends.map((e, p) => `${p}:${e}`).join(',')], { timeoutMs: 90_000 })
    assert.equal(final.code, 0, `final reader: ${final.stderr}`)
    const workload = Date.now() - started

    await checkHistories(cluster, dir, ends)
    const { events } = readHistoryFiles(dir)
    const sends = events.filter((e) => e.f === 'send' && e.type === 'ok').length
    process.stderr.write(`# ${sends} sends acknowledged, ends ${ends.join(',')}, ${events.length} history lines; clients ran ${workload} ms\n`)

    // Sends that cannot complete (two of the three nodes gone): a stop writes each one as info.
    await cluster.kill(2)
    await cluster.kill(3)
    const stuckDir = tempDir('chaos-clients-stuck-')
    const stuck = PRODUCERS.map((spec) => start({ ...spec, flags: [...spec.flags, '--stop-timeout-s', '2'] }, cluster.bootstrap(1), stuckDir))
    clients.push(...stuck)
    await waitFor('sends of each producer with two nodes down', (events) => PRODUCERS.every((s) => events.some((e) => e.process === s.name && e.f === 'send')), 30_000, stuckDir)
    await new Promise((resolve) => setTimeout(resolve, STUCK_MS))
    await stop(stuck)
    checkStuckSends(readHistoryFiles(stuckDir).events)
  })
})

/**
 * No send of the producers started with two nodes down completes as ok or fail: each ends info once,
 * and those still open at the stop as _OUTSTANDING_AT_STOP. (A kafkajs send may give up earlier with a
 * connection error to a dead leader, info too: whether it does within the run is a race.)
 */
function checkStuckSends (events: readonly HistoryEvent[]): void {
  for (const s of PRODUCERS) {
    const sends = byProcess(events, s.name).filter((e) => e.f === 'send')
    const invoked = sends.filter((e) => e.type === 'invoke').map((e) => e.value)
    const completed = sends.filter((e) => e.type !== 'invoke')
    assert.ok(invoked.length > 0, `${s.name}: sends invoked`)
    assert.deepEqual(completed.map((e) => e.value).sort(), invoked.sort(), `${s.name}: each send completed once`)
    for (const e of completed) assert.equal(e.type, 'info', `${s.name}: ${JSON.stringify(e)}`)
    assert.ok(completed.some((e) => e.type === 'info' && e.error === '_OUTSTANDING_AT_STOP'), `${s.name}: sends open at the stop are written _OUTSTANDING_AT_STOP: ${JSON.stringify(completed.slice(-3))}`)
    assert.equal(byProcess(events, s.name).at(-1)?.f, 'stop', `${s.name}: its stop line last`)
  }
}

async function checkHistories (cluster: ProcessCluster, dir: string, ends: readonly number[]): Promise<void> {
  const { events, torn } = readHistoryFiles(dir)
  assert.deepEqual(torn, [], 'no client was killed: no torn lines')
  for (const name of [...PRODUCERS, ...CONSUMERS].map((s) => s.name).concat('final')) {
    const lines = byProcess(events, name)
    assert.equal(lines[0]?.f, 'start', `${name} starts with a start line`)
    const last = lines.at(-1)
    assert.ok(last?.f === 'stop' && last.reason === (name === 'final' ? 'read to the ends' : 'SIGTERM'), `${name} ends with its stop line: ${JSON.stringify(last)}`)
  }

  // The final read: every offset below each end once, no value twice.
  const final = finalRead(events)
  const at = (partition: number, offset: number): PolledRecord | undefined => final.get(partition)?.[offset]
  for (let p = 0; p < PARTITIONS; p++) assert.deepEqual((final.get(p) ?? []).map((r) => r.offset), [...Array(ends[p]!).keys()], `final read of partition ${p}`)
  const values = [...final.values()].flat().map((r) => r.value)
  assert.equal(new Set(values).size, values.length, 'a value twice in the final read')

  // Sends: each invoke completed once, ok (a healthy cluster), at its offset in the final read; nothing else there.
  let okSends = 0
  for (const s of PRODUCERS) {
    const sends = byProcess(events, s.name).filter((e) => e.f === 'send')
    const open = new Map<string, string>()
    let n = 0
    for (const e of sends) {
      if (e.type === 'invoke') {
        assert.equal(e.value, `${s.name}:${n++}`, `${s.name}: values numbered in order`)
        open.set(e.value, e.key)
        continue
      }
      assert.equal(open.get(e.value), e.key, `${s.name}: ${e.type} of ${e.value} without its invoke`)
      open.delete(e.value)
      assert.equal(e.type, 'ok', `${s.name}: ${JSON.stringify(e)}`)
      if (e.type !== 'ok') continue
      okSends++
      assert.equal(e.partition, Number(e.key) % PARTITIONS, `${e.value}: key ${e.key} sent to partition ${e.partition}`)
      assert.deepEqual(at(e.partition, e.offset), { partition: e.partition, offset: e.offset, key: e.key, value: e.value }, `${e.value} acknowledged at ${e.partition}@${e.offset}`)
    }
    assert.deepEqual([...open.keys()], [], `${s.name}: sends never completed`)
    assert.ok(sends.filter((e) => e.type === 'ok').length >= OK_SENDS, `${s.name}: ${OK_SENDS} ok sends`)
  }
  assert.equal(okSends, values.length, 'records in the final read that no ok send wrote')

  // Polls: every record any consumer was given is the final read's at that offset.
  for (const r of polled(events, CONSUMERS.map((s) => s.name))) assert.deepEqual(at(r.partition, r.offset), r, `polled ${JSON.stringify(r)}`)

  // Assignments: the assigning consumer owns every partition; group members wrote their rebalances.
  assert.deepEqual(byProcess(events, 'rk-consumer-4').filter((e) => e.f === 'assign'), [{ ...byProcess(events, 'rk-consumer-4').find((e) => e.f === 'assign')!, partitions: [0, 1, 2], mode: 'assign' }])
  for (const s of CONSUMERS.filter((c) => c.flags.includes('--group'))) {
    const assigns = byProcess(events, s.name).filter((e) => e.f === 'assign')
    assert.ok(assigns.length > 0 && assigns.every((e) => e.f === 'assign' && e.mode === 'subscribe'), `${s.name}: assign lines ${JSON.stringify(assigns)}`)
    assert.ok(byProcess(events, s.name).some((e) => e.f === 'revoke'), `${s.name}: revoked its partitions when it left`)
  }

  // Commits: manual ones written; the last ok commit of each partition is what the coordinator holds.
  for (const group of ['rk-manual', 'js-manual']) {
    const members = CONSUMERS.filter((s) => s.flags[1] === group).map((s) => s.name)
    const last = new Map<number, number>()
    for (const e of events) {
      if (e.f !== 'commit' || !members.includes(e.process)) continue
      if (e.type === 'ok') for (const o of e.offsets) last.set(o.partition, Math.max(o.offset, last.get(o.partition) ?? 0))
    }
    assert.ok(last.size > 0, `${group}: ok commits written`)
    const view = await adminGet<{ offsets: Array<{ topic: string, partition: number, committedOffset: number | null }> }>(cluster, 1, `/v1/groups/${group}`)
    const held = new Map(view.offsets.filter((o) => o.topic === TOPIC).map((o) => [o.partition, o.committedOffset]))
    for (let p = 0; p < PARTITIONS; p++) assert.equal(held.get(p), last.get(p) ?? null, `${group} partition ${p}: committed by the coordinator vs the history's last ok commit`)
  }
  for (const e of events) if (e.f === 'commit' && e.process !== 'final') assert.ok(e.offsets.every((o) => o.offset >= 1 && o.offset <= ends[o.partition]!), `commit past the end: ${JSON.stringify(e)}`)
  for (const auto of ['rk-consumer-3', 'js-consumer-2']) assert.ok(!byProcess(events, auto).some((e) => e.f === 'commit'), `${auto} commits automatically: no commit lines`)
}
