// Turning seed results into what a person reads: the failing seeds with their fault profiles, and
// the one summary line.
import { describeProfile } from './profile.ts'
import type { SeedResult, SeedStats } from './cluster-sim.ts'

/** The per-seed counters that add up over a run (and cross a worker boundary as they are). */
const COUNTERS = ['events', 'elections', 'crashes', 'partitions', 'confChanges', 'transfers', 'operations', 'unknownOutcomes'] as const
type Counters = Readonly<Pick<SeedStats, typeof COUNTERS[number]>>

/** What a seed result shrinks to when it crosses a worker boundary (profiles only for failures). */
export interface SeedSummary extends Counters {
  readonly seed: number
  readonly voters: number
  readonly livenessMs: number
  readonly linearizability: 'ok' | 'illegal' | 'unknown'
  readonly violations: readonly string[]
  /** Set only when the seed failed. */
  readonly profile: string | null
}

export function summarize (result: SeedResult): SeedSummary {
  const s = result.stats
  const violations = result.violations.map((v) => `${v.code} @${v.atMs}ms: ${v.message}`)
  const counters = Object.fromEntries(COUNTERS.map((k) => [k, s[k]])) as unknown as Counters
  return {
    ...counters,
    seed: result.seed,
    voters: result.profile.voterCount,
    livenessMs: s.livenessMs,
    linearizability: s.linearizability,
    violations,
    profile: violations.length > 0 ? describeProfile(result.profile) : null
  }
}

export function describeFailure (s: SeedSummary): string {
  return [`SEED=${s.seed}`, s.profile ?? '', ...s.violations.map((v) => `  ${v}`), `  reproduce: npm run sim -- --seed ${s.seed}`].join('\n')
}

export type Totals = { -readonly [K in keyof Counters]: number } & {
  seeds: number
  violations: number
  failedSeeds: number
  linearizabilityUnknown: number
  maxLivenessMs: number
}

export function totals (summaries: readonly SeedSummary[]): Totals {
  const t: Totals = { ...Object.fromEntries(COUNTERS.map((k) => [k, 0])) as unknown as Counters, seeds: 0, violations: 0, failedSeeds: 0, linearizabilityUnknown: 0, maxLivenessMs: 0 }
  for (const s of summaries) {
    t.seeds++
    for (const k of COUNTERS) t[k] += s[k]
    t.violations += s.violations.length
    if (s.violations.length > 0) t.failedSeeds++
    if (s.linearizability === 'unknown') t.linearizabilityUnknown++
    t.maxLivenessMs = Math.max(t.maxLivenessMs, s.livenessMs)
  }
  return t
}

export function summaryLine (t: Totals): string {
  return `seeds=${t.seeds} events=${t.events} elections=${t.elections} crashes=${t.crashes} partitions=${t.partitions} ` +
    `confChanges=${t.confChanges} transfers=${t.transfers} ops=${t.operations} unknownOutcomes=${t.unknownOutcomes} ` +
    `linearizabilityUnknown=${t.linearizabilityUnknown} maxLivenessMs=${t.maxLivenessMs} violations=${t.violations}`
}
