// The one summary line of a chaos run (issue 14): seed, duration, faults by kind, writes acknowledged,
// lost, duplicated, reordered, unavailable seconds per fault kind next to the session and election
// timeouts in force, and the violations by kind. key=value fields without spaces inside, so a long run's
// lines can be grepped and summed. Pure.
import type { NemesisEvent } from './history-types.ts'
import type { QueueStats, Violation } from './queue-checker.ts'
import { OVERALL } from './availability.ts'

export interface SummaryInput {
  readonly seed: number | string
  readonly durationSeconds: number
  /** the nemesis log: faults are counted by their start lines */
  readonly nemesis: readonly NemesisEvent[]
  readonly stats: Pick<QueueStats, 'acknowledged' | 'indeterminate' | 'lost' | 'duplicated' | 'reordered'>
  /** unavailability(): fault kind (and OVERALL) -> seconds */
  readonly unavailable: ReadonlyMap<string, number>
  readonly sessionTimeoutMs: number
  readonly electionTimeoutMs: number
  /** every checker's violations */
  readonly violations: readonly Violation[]
}

/** fault kind -> how many faults of it started. */
export function faultCounts (nemesis: readonly NemesisEvent[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const e of nemesis) if (e.phase === 'start') counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1)
  return counts
}

/**
 * e.g. `chaos seed=7 duration=120s faults=kill-leader:2,pause:1 acknowledged=5120 indeterminate=3
 * lost=0 duplicated=0 reordered=0 unavailable=kill-leader:3.6s,pause:0.4s,overall:3.6s
 * session.timeout.ms=10000 election.timeout.ms=1000 violations=0` (one line; with violations,
 * `violations=3(lost-write:2,unseen:1)`).
 */
export function formatSummary (input: SummaryInput): string {
  const kinds = sortedEntries(faultCounts(input.nemesis))
  const unavailable = sortedEntries(input.unavailable).filter(([kind]) => kind !== OVERALL)
  const overall = input.unavailable.get(OVERALL)
  if (overall !== undefined) unavailable.push([OVERALL, overall])
  const violationKinds = new Map<string, number>()
  for (const v of input.violations) violationKinds.set(v.kind, (violationKinds.get(v.kind) ?? 0) + 1)
  const s = input.stats
  return [
    'chaos',
    `seed=${input.seed}`,
    `duration=${Math.round(input.durationSeconds)}s`,
    `faults=${list(kinds.map(([k, n]) => `${k}:${n}`))}`,
    `acknowledged=${s.acknowledged}`,
    `indeterminate=${s.indeterminate}`,
    `lost=${s.lost}`,
    `duplicated=${s.duplicated}`,
    `reordered=${s.reordered}`,
    `unavailable=${list(unavailable.map(([k, seconds]) => `${k}:${seconds.toFixed(1)}s`))}`,
    `session.timeout.ms=${input.sessionTimeoutMs}`,
    `election.timeout.ms=${input.electionTimeoutMs}`,
    `violations=${input.violations.length}${violationKinds.size === 0 ? '' : `(${sortedEntries(violationKinds).map(([k, n]) => `${k}:${n}`).join(',')})`}`
  ].join(' ')
}

function sortedEntries<V> (m: ReadonlyMap<string, V>): Array<[string, V]> {
  return [...m].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)
}

function list (items: string[]): string {
  return items.length === 0 ? 'none' : items.join(',')
}
