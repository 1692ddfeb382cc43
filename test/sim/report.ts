// Turning seed results into what a person reads: the failing seeds with their fault profiles, and
// the one summary line.
import { describeProfile } from './profile.ts'
import type { SeedResult } from './cluster-sim.ts'

/** What a seed result shrinks to when it crosses a worker boundary (profiles only for failures). */
export interface SeedSummary {
  readonly seed: number
  readonly voters: number
  readonly events: number
  readonly elections: number
  readonly crashes: number
  readonly partitions: number
  readonly confChanges: number
  readonly transfers: number
  readonly operations: number
  readonly unknownOutcomes: number
  readonly livenessMs: number
  readonly linearizability: 'ok' | 'illegal' | 'unknown'
  readonly violations: readonly string[]
  /** Set only when the seed failed. */
  readonly profile: string | null
}

export function summarize (result: SeedResult): SeedSummary {
  const s = result.stats
  const violations = result.violations.map((v) => `${v.code} @${v.atMs}ms: ${v.message}`)
  return {
    seed: result.seed,
    voters: result.profile.voterCount,
    events: s.events,
    elections: s.elections,
    crashes: s.crashes,
    partitions: s.partitions,
    confChanges: s.confChanges,
    transfers: s.transfers,
    operations: s.operations,
    unknownOutcomes: s.unknownOutcomes,
    livenessMs: s.livenessMs,
    linearizability: s.linearizability,
    violations,
    profile: violations.length > 0 ? describeProfile(result.profile) : null
  }
}

export function describeFailure (s: SeedSummary): string {
  return [`SEED=${s.seed}`, s.profile ?? '', ...s.violations.map((v) => `  ${v}`), `  reproduce: npm run sim -- --seed ${s.seed}`].join('\n')
}

export interface Totals {
  seeds: number
  events: number
  elections: number
  crashes: number
  partitions: number
  confChanges: number
  transfers: number
  operations: number
  unknownOutcomes: number
  violations: number
  failedSeeds: number
  linearizabilityUnknown: number
  maxLivenessMs: number
}

export function totals (summaries: readonly SeedSummary[]): Totals {
  const t: Totals = { seeds: 0, events: 0, elections: 0, crashes: 0, partitions: 0, confChanges: 0, transfers: 0, operations: 0, unknownOutcomes: 0, violations: 0, failedSeeds: 0, linearizabilityUnknown: 0, maxLivenessMs: 0 }
  for (const s of summaries) {
    t.seeds++
    t.events += s.events
    t.elections += s.elections
    t.crashes += s.crashes
    t.partitions += s.partitions
    t.confChanges += s.confChanges
    t.transfers += s.transfers
    t.operations += s.operations
    t.unknownOutcomes += s.unknownOutcomes
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
