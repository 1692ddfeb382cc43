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
  /** fault kind -> how many started (faultCounts of the nemesis log) */
  readonly faults: Readonly<Record<string, number>>
  /** null when the run ended before its history was checked (printed as "-") */
  readonly stats: Pick<QueueStats, 'acknowledged' | 'indeterminate' | 'lost' | 'duplicated' | 'reordered'> | null
  /** unavailability() as an object: fault kind (and OVERALL) -> seconds */
  readonly unavailableSeconds: Readonly<Record<string, number>>
  readonly sessionTimeoutMs: number
  readonly electionTimeoutMs: number
  /** every checker's violations */
  readonly violations: readonly Violation[]
}

/** fault kind -> how many faults of it started (the nemesis log's start lines). */
export function faultCounts (nemesis: readonly NemesisEvent[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const e of nemesis) if (e.phase === 'start') counts[e.kind] = (counts[e.kind] ?? 0) + 1
  return counts
}

/**
 * e.g. `chaos seed=7 duration=120s faults=kill-leader:2,pause:1 acknowledged=5120 indeterminate=3
 * lost=0 duplicated=0 reordered=0 unavailable=kill-leader:3.6s,pause:0.4s,overall:3.6s
 * session.timeout.ms=10000 election.timeout.ms=1000 violations=0` (one line; with violations,
 * `violations=3(lost-write:2,unseen:1)`).
 */
export function formatSummary (input: SummaryInput): string {
  const kinds = sortedEntries(input.faults)
  const unavailable = sortedEntries(input.unavailableSeconds).filter(([kind]) => kind !== OVERALL)
  const overall = input.unavailableSeconds[OVERALL]
  if (overall !== undefined) unavailable.push([OVERALL, overall])
  const violationKinds: Record<string, number> = {}
  for (const v of input.violations) violationKinds[v.kind] = (violationKinds[v.kind] ?? 0) + 1
  const stat = (name: keyof NonNullable<SummaryInput['stats']>): string => `${name}=${input.stats === null ? '-' : input.stats[name]}`
  const byKind = sortedEntries(violationKinds).map(([k, n]) => `${k}:${n}`).join(',')
  return [
    'chaos',
    `seed=${input.seed}`,
    `duration=${Math.round(input.durationSeconds)}s`,
    `faults=${list(kinds.map(([k, n]) => `${k}:${n}`))}`,
    stat('acknowledged'),
    stat('indeterminate'),
    stat('lost'),
    stat('duplicated'),
    stat('reordered'),
    `unavailable=${list(unavailable.map(([k, seconds]) => `${k}:${seconds.toFixed(1)}s`))}`,
    `session.timeout.ms=${input.sessionTimeoutMs}`,
    `election.timeout.ms=${input.electionTimeoutMs}`,
    `violations=${input.violations.length}${byKind === '' ? '' : `(${byKind})`}`
  ].join(' ')
}

function sortedEntries (o: Readonly<Record<string, number>>): Array<[string, number]> {
  return Object.entries(o).sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)
}

function list (items: string[]): string {
  return items.length === 0 ? 'none' : items.join(',')
}
