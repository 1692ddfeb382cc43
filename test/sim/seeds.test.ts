// SIM-1/SIM-3 (reliability.md §6.3): 1,000 seeds of the swarm simulation, 3- and 5-voter
// clusters mixed, must hold R1-R9 after every event, converge after the heal (R11) and give
// linearizable client histories (R12); and a seed must replay exactly.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { runSeed } from './cluster-sim.ts'
import { describeFailure, summarize, summaryLine, totals } from './report.ts'
import { SeedPool } from './seed-pool.ts'

const SEEDS = 1000

test(`${SEEDS} seeds: no invariant violated, every run converges, every history linearizable`, async (t) => {
  const pool = new SeedPool(2)
  try {
    const started = performance.now()
    const summaries = await pool.run(Array.from({ length: SEEDS }, (_, i) => i + 1), {})
    const all = totals(summaries)
    t.diagnostic(`${((performance.now() - started) / 1000).toFixed(1)}s: ${summaryLine(all)}`)
    const failures = summaries.filter((s) => s.violations.length > 0)
    assert.equal(failures.length, 0, failures.slice(0, 3).map(describeFailure).join('\n'))
    // "unknown" is not a pass: a history the checker could not decide fails the run.
    const undecided = summaries.filter((s) => s.linearizability !== 'ok').map((s) => s.seed)
    assert.deepEqual(undecided, [], `histories not shown linearizable: seeds ${undecided.join(',')}`)
    // The run really was the mixed, faulty one it claims to be.
    assert.equal(all.seeds, SEEDS)
    const threes = summaries.filter((s) => s.voters === 3).length
    assert.ok(threes > SEEDS / 4 && threes < (3 * SEEDS) / 4, `3-voter seeds: ${threes}`)
    assert.ok(all.elections >= SEEDS, `elections: ${all.elections}`)
    for (const [what, count] of [['crashes', all.crashes], ['partitions', all.partitions], ['conf changes', all.confChanges], ['transfers', all.transfers], ['unknown outcomes', all.unknownOutcomes]] as const) {
      assert.ok(count > SEEDS / 10, `${what}: ${count}`)
    }
    assert.ok(summaries.every((s) => s.livenessMs >= 0), 'every seed reached convergence')
  } finally {
    await pool.close()
  }
})

test('a seed replays exactly: same run in this process twice and on a worker', async () => {
  const seeds = [7, 8, 9]
  const here = seeds.map((seed) => summarize(runSeed(seed)))
  const again = seeds.map((seed) => summarize(runSeed(seed)))
  assert.deepEqual(again, here)
  const pool = new SeedPool(1)
  try {
    assert.deepEqual(await pool.run(seeds, {}), here)
  } finally {
    await pool.close()
  }
})

/** A digest of a seed's whole trace (every message, fault and state change, with its time) and its line count. */
function traceDigest (seed: number): { digest: string, lines: number } {
  const hash = createHash('sha256')
  let lines = 0
  runSeed(seed, { trace: (line) => { hash.update(line).update('\n'); lines++ } })
  return { digest: hash.digest('hex'), lines }
}

test('a seed replays the same event trace: the real RaftNode runs in virtual time, in one order per seed', () => {
  // Seeds with crashes, partitions, snapshots and membership changes among them (2 is a 5-voter seed).
  const seeds = [2, 7, 8, 9, 21]
  const first = seeds.map(traceDigest)
  const second = seeds.map(traceDigest)
  assert.deepEqual(second, first)
  for (const t of first) assert.ok(t.lines > 1000, `a trace of ${t.lines} lines is too short to show anything`)
  // The digest tells runs apart: different seeds, different traces.
  assert.equal(new Set(first.map((t) => t.digest)).size, seeds.length)
})

test('a failing seed reports SEED=<n>, its fault profile and how to reproduce it', () => {
  let failing = null
  for (let seed = 1; failing === null && seed <= 50; seed++) {
    const s = summarize(runSeed(seed, { bugs: { ackBeforeFsync: true } }))
    if (s.violations.length > 0) failing = s
  }
  assert.ok(failing !== null, 'ackBeforeFsync is caught within 50 seeds')
  const text = describeFailure(failing)
  assert.match(text, new RegExp(`^SEED=${failing.seed}\\n`))
  assert.match(text, /voters=\d spares=\d preVote=(true|false)/)
  assert.match(text, /BUGS=ackBeforeFsync/)
  assert.match(text, new RegExp(`npm run sim -- --seed ${failing.seed}`))
  // And the seed alone reproduces the same violations.
  assert.deepEqual(summarize(runSeed(failing.seed, { bugs: { ackBeforeFsync: true } })).violations, failing.violations)
})
