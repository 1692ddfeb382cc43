// The chaos summary line, from hand-made results.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { faultCounts, formatSummary, type SummaryInput } from './summary.ts'
import { OVERALL } from './availability.ts'
import type { NemesisEvent } from './history-types.ts'

const nemesis: NemesisEvent[] = [
  { t: 1, kind: 'pause', phase: 'start', targets: [2] },
  { t: 2, kind: 'pause', phase: 'end', targets: [2] },
  { t: 3, kind: 'kill-leader', phase: 'start', targets: [1] },
  { t: 4, kind: 'kill-leader', phase: 'end', targets: [1] },
  { t: 5, kind: 'kill-leader', phase: 'start', targets: [3] }
]
const base: SummaryInput = {
  seed: 7,
  durationSeconds: 120.4,
  faults: faultCounts(nemesis),
  stats: { acknowledged: 5120, indeterminate: 3, lost: 0, duplicated: 0, reordered: 0 },
  unavailableSeconds: { [OVERALL]: 3.64, pause: 0.43, 'kill-leader': 3.64 },
  sessionTimeoutMs: 10_000,
  electionTimeoutMs: 1000,
  violations: []
}

test('faultCounts counts start lines by kind', () => {
  assert.deepEqual(faultCounts(nemesis), { pause: 1, 'kill-leader': 2 })
})

test('a clean run\'s line: kinds in name order, overall last, seconds to a tenth', () => {
  assert.equal(formatSummary(base),
    'chaos seed=7 duration=120s faults=kill-leader:2,pause:1 acknowledged=5120 indeterminate=3 lost=0 duplicated=0 reordered=0 ' +
    'unavailable=kill-leader:3.6s,pause:0.4s,overall:3.6s session.timeout.ms=10000 election.timeout.ms=1000 violations=0')
})

test('violations by kind, and a run without faults', () => {
  const line = formatSummary({
    ...base,
    faults: {},
    stats: { ...base.stats!, lost: 2 },
    unavailableSeconds: { [OVERALL]: 0.2 },
    violations: [{ kind: 'unseen', detail: '' }, { kind: 'lost-write', detail: '' }, { kind: 'lost-write', detail: '' }]
  })
  assert.match(line, / faults=none /)
  assert.match(line, / lost=2 /)
  assert.match(line, / unavailable=overall:0\.2s /)
  assert.match(line, / violations=3\(lost-write:2,unseen:1\)$/)
  assert.doesNotMatch(line, /\n/)
})

test('a run that ended before its history was checked prints its counts as "-"', () => {
  const line = formatSummary({ ...base, stats: null, violations: [{ kind: 'harness-error', detail: 'x' }] })
  assert.match(line, / acknowledged=- indeterminate=- lost=- duplicated=- reordered=- /)
  assert.match(line, / violations=1\(harness-error:1\)$/)
})
