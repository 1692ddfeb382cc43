// The npm run chaos command line: seeds, fault kinds, refusals; the totals line.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseCli, totalsLine } from './run.ts'
import { FAULT_KINDS } from './nemesis.ts'
import type { RunResult } from './harness.ts'
import { DuplicateOrigin } from '../check/duplicate-origins.ts'

test('seeds come from --seed and --runs, or --seeds A..B; faults default to every kind', () => {
  assert.deepEqual(parseCli(['--seed', '5', '--time', '30']).seeds, [5])
  assert.deepEqual(parseCli(['--seed', '5', '--runs', '3']).seeds, [5, 6, 7])
  assert.deepEqual(parseCli(['--seeds', '10..12']).seeds, [10, 11, 12])
  assert.deepEqual(parseCli([]).seeds, [1])
  const cli = parseCli(['--seed', '1', '--time', '45', '--faults', 'kill-leader,pause', '--keep', '--bug', 'ack-before-replicate'])
  assert.deepEqual(cli.faults, ['kill-leader', 'pause'])
  assert.equal(cli.timeSeconds, 45)
  assert.equal(cli.keep, true)
  assert.equal(cli.bug, 'ack-before-replicate')
  assert.deepEqual(parseCli(['--seed', '1']).faults, [...FAULT_KINDS])
})

test('bad arguments are refused with the reason', () => {
  assert.throws(() => parseCli(['--seeds', '5..2']), /A\.\.B/)
  assert.throws(() => parseCli(['--seeds', '1..2', '--seed', '1']), /excludes/)
  assert.throws(() => parseCli(['--faults', 'kill-leader,meteor']), /unknown fault kind "meteor"/)
  assert.throws(() => parseCli(['--time', '0']), /positive/)
  assert.throws(() => parseCli(['--seed', '-1']), /non-negative integer|ERR_PARSE_ARGS/)
  assert.throws(() => parseCli(['--wat']), /Unknown option/)
})

test('the totals line counts runs, valid runs and violations by kind, and names the failing seeds', () => {
  const run = (seed: number, kinds: string[], acknowledged: number, duplicateOrigins = new Map<DuplicateOrigin, number>()): RunResult => ({
    seed,
    violations: kinds.map((kind) => ({ kind, detail: '' })),
    duplicateOrigins,
    stats: { acknowledged, indeterminate: 0, failed: 0, lost: 0, unseen: 0, duplicated: 0, reordered: 0, polled: 0, finalRead: 0 },
    unavailableSeconds: {},
    faultsByKind: {},
    skippedSteps: 0,
    summary: '',
    runDir: null,
    timings: { startMs: 0, faultsMs: 0, healMs: 0, finalMs: 0, checkMs: 0, totalMs: 0 }
  })
  assert.equal(totalsLine([run(3, [], 10), run(4, ['lost-write', 'lost-write', 'unseen'], 5), run(5, [], 1)], 61_000),
    'chaos runs=3 valid=2 acknowledged=16 violations={lost-write:2,unseen:1} seeds=3..5 failing=4 wall=61s')
  const dup = (seed: number, n: number): RunResult => run(seed, Array<string>(n).fill('duplicate'), 7, new Map([[DuplicateOrigin.EpochBump, n]]))
  assert.equal(totalsLine([dup(9, 2), run(10, [], 3), dup(11, 1)], 5_000),
    'chaos runs=3 valid=1 acknowledged=17 violations={duplicate:3} duplicates={epoch-bump:3} seeds=9..11 failing=9,11 wall=5s')
})
