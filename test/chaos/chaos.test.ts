// The short chaos run of `npm test` (issue 14): a fixed seed whose schedule has every available fault
// kind and every partition topology must pass with no violation; and the checks of the checks: with a
// planted bug (RIVULET_TEST_BUG, src/util/test-bugs.ts) the same harness must report lost writes.
// Each run is a real three-node cluster with real clients (harness.ts). The runs need root for
// iptables (partition faults): without it the tests are skipped with the reason, never passed.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { runOnce, type RunResult } from './harness.ts'
import { schedule, FAULT_KINDS, type FaultKind } from './nemesis.ts'
import { partitionUnavailable } from '../helpers/loopback-partition.ts'
import { diskThrottleUnavailable } from '../helpers/disk-throttle.ts'

const UNAVAILABLE = partitionUnavailable()
const RUN_TIMEOUT_MS = 420_000

/**
 * Seed 69439 over 45 s schedules all eight kinds and the three topologies (asserted below; found by
 * search, as few 45 s seeds do). Where the machine cannot slow a disk, that step is skipped and said.
 */
const CLEAN = { seed: 69439, timeSeconds: 45, faults: FAULT_KINDS }
/**
 * ack-before-replicate: the leader acknowledges acks=all at its own append. Isolating the leader of a
 * partition (clients still reach it) keeps it acknowledging what no follower will ever fetch; its
 * successor does not have those records, and the old leader truncates them when it comes back. Seed 21
 * isolates a node twice in 30 s (then a one-way cut and a bridge).
 */
const ACK_BEFORE_REPLICATE = { seed: 21, timeSeconds: 30, faults: ['partition'] as FaultKind[], bug: 'ack-before-replicate' }
/**
 * unclean-election: a broker that comes back (unfenced) takes the leadership of the partitions it
 * replicates outside their ISR. A node paused past the session timeout is fenced and dropped from the
 * ISRs while the others acknowledge writes; resumed, it is unfenced and leads again with a log that
 * lacks them. (A killed node rarely shows it: its restart starts its fetchers, which catch up before
 * it registers and is unfenced.) Seed 21 pauses five times in 30 s.
 */
const UNCLEAN_ELECTION = { seed: 21, timeSeconds: 30, faults: ['pause'] as FaultKind[], bug: 'unclean-election' }

function report (r: RunResult): string {
  return `${r.summary}\n${r.violations.slice(0, 10).map((v) => `  ${v.kind}: ${v.detail}`).join('\n')}${r.runDir === null ? '' : `\n  run dir: ${r.runDir}`}`
}

test('the fixed seed covers every fault kind and topology', () => {
  const steps = schedule(CLEAN.seed, CLEAN)
  const kinds = new Set(steps.map((s) => s.kind === 'partition' ? `partition/${s.topology!.kind}` : s.kind))
  for (const k of [...FAULT_KINDS.filter((k) => k !== 'partition'), 'partition/isolate', 'partition/bridge', 'partition/one-way']) assert.ok(kinds.has(k), `seed ${CLEAN.seed} lacks ${k}`)
})

test(`a ${CLEAN.timeSeconds} s run of seed ${CLEAN.seed} with every fault kind: no violation`, { skip: UNAVAILABLE ?? false, timeout: RUN_TIMEOUT_MS }, async (t) => {
  const r = await runOnce(CLEAN)
  t.diagnostic(report(r))
  assert.deepEqual(r.violations, [], report(r))
  assert.ok(r.stats !== null && r.stats.acknowledged > 1000, `few writes acknowledged: ${report(r)}`)
  assert.ok(Object.keys(r.faultsByKind).length >= 5, `few fault kinds carried out: ${JSON.stringify(r.faultsByKind)}`)
  if (diskThrottleUnavailable(tmpdir()) === null) assert.ok((r.faultsByKind['slow-disk'] ?? 0) >= 1, `no slow disk carried out: ${JSON.stringify(r.faultsByKind)}`)
})

test('check of the checks: ack-before-replicate is reported as lost writes', { skip: UNAVAILABLE ?? false, timeout: RUN_TIMEOUT_MS }, async (t) => {
  const r = await runOnce(ACK_BEFORE_REPLICATE)
  t.diagnostic(report(r))
  assert.ok(r.violations.some((v) => v.kind === 'lost-write'), `no lost-write with ack-before-replicate: ${report(r)}`)
  // Caught as it must be: its run dir (kept for the violations) is of no further use.
  if (r.runDir !== null) rmSync(r.runDir, { recursive: true, force: true })
})

test('check of the checks: unclean-election is reported as lost writes', { skip: UNAVAILABLE ?? false, timeout: RUN_TIMEOUT_MS }, async (t) => {
  const r = await runOnce(UNCLEAN_ELECTION)
  t.diagnostic(report(r))
  assert.ok(r.violations.some((v) => v.kind === 'lost-write'), `no lost-write with unclean-election: ${report(r)}`)
  if (r.runDir !== null) rmSync(r.runDir, { recursive: true, force: true })
})
