// npm run chaos -- --seed S --time SECONDS [--faults kill-leader,pause,...] [--runs N | --seeds A..B]
//                  [--keep] [--bug NAME] [--partitions N] [--rate MSGS_PER_S]
// Runs the chaos harness (harness.ts) once per seed, one after another (a second cluster would starve
// the first on 2 cores). Each run prints its progress to stderr and its summary line to stdout, and the
// run dir when it is kept (a violation, or --keep); the last line totals the runs. Exit code 1 when any
// run found a violation, 2 for bad arguments.
// RIVULET_TEST_BUG in the environment reaches the nodes as it is; --bug NAME sets it.
import { parseArgs } from 'node:util'
import { runOnce, type RunResult } from './harness.ts'
import { FAULT_KINDS, type FaultKind } from './nemesis.ts'

const USAGE = `usage: npm run chaos -- --seed S --time SECONDS [--faults ${FAULT_KINDS.join(',')}]
                      [--runs N | --seeds A..B] [--keep] [--bug NAME] [--partitions N] [--rate MSGS_PER_S]`

interface Cli {
  readonly seeds: number[]
  readonly timeSeconds: number
  readonly faults: FaultKind[]
  readonly keep: boolean
  readonly bug: string | undefined
  readonly partitions: number | undefined
  readonly rate: number | undefined
}

export function parseCli (argv: readonly string[]): Cli {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      seed: { type: 'string' },
      seeds: { type: 'string' },
      runs: { type: 'string' },
      time: { type: 'string', default: '60' },
      faults: { type: 'string' },
      keep: { type: 'boolean', default: false },
      bug: { type: 'string' },
      partitions: { type: 'string' },
      rate: { type: 'string' },
      help: { type: 'boolean', default: false }
    },
    strict: true
  })
  if (values.help === true) throw new UsageError('')
  const int = (name: string, text: string | undefined): number | undefined => {
    if (text === undefined) return undefined
    if (!/^\d+$/.test(text)) throw new UsageError(`--${name} must be a non-negative integer, not ${JSON.stringify(text)}`)
    return Number(text)
  }
  let seeds: number[]
  if (values.seeds !== undefined) {
    const m = /^(\d+)\.\.(\d+)$/.exec(values.seeds)
    if (m === null || Number(m[2]) < Number(m[1])) throw new UsageError(`--seeds must be A..B with A <= B, not ${JSON.stringify(values.seeds)}`)
    seeds = Array.from({ length: Number(m[2]) - Number(m[1]) + 1 }, (_, i) => Number(m[1]) + i)
    if (values.seed !== undefined || values.runs !== undefined) throw new UsageError('--seeds excludes --seed and --runs')
  } else {
    const first = int('seed', values.seed) ?? 1
    const runs = int('runs', values.runs) ?? 1
    if (runs < 1) throw new UsageError('--runs must be at least 1')
    seeds = Array.from({ length: runs }, (_, i) => first + i)
  }
  const timeSeconds = Number(values.time)
  if (!(timeSeconds > 0)) throw new UsageError(`--time must be a positive number of seconds, not ${JSON.stringify(values.time)}`)
  const faults = values.faults === undefined ? [...FAULT_KINDS] : values.faults.split(',').filter((k) => k !== '')
  for (const k of faults) {
    if (!(FAULT_KINDS as readonly string[]).includes(k)) throw new UsageError(`unknown fault kind ${JSON.stringify(k)}; known: ${FAULT_KINDS.join(', ')}`)
  }
  return { seeds, timeSeconds, faults: faults as FaultKind[], keep: values.keep === true, bug: values.bug, partitions: int('partitions', values.partitions), rate: int('rate', values.rate) }
}

class UsageError extends Error {}

/** `k:n,k:n` of a count per name. */
function countsText (counts: ReadonlyMap<string, number>): string {
  return [...counts].map(([k, n]) => `${k}:${n}`).join(',')
}

/** The last line: runs, valid runs, violations by kind, duplicates by origin (when any), seeds, wall time. */
export function totalsLine (results: readonly RunResult[], wallMs: number): string {
  const byKind = new Map<string, number>()
  for (const r of results) for (const v of r.violations) byKind.set(v.kind, (byKind.get(v.kind) ?? 0) + 1)
  const byOrigin = new Map<string, number>()
  for (const r of results) for (const [o, n] of r.duplicateOrigins) byOrigin.set(o, (byOrigin.get(o) ?? 0) + n)
  const valid = results.filter((r) => r.violations.length === 0).length
  const acknowledged = results.reduce((sum, r) => sum + (r.stats?.acknowledged ?? 0), 0)
  const failing = results.filter((r) => r.violations.length > 0).map((r) => r.seed)
  const seeds = results.length === 0 ? '-' : `${results[0]!.seed}..${results.at(-1)!.seed}`
  return `chaos runs=${results.length} valid=${valid} acknowledged=${acknowledged} violations={${countsText(byKind)}}` +
    `${byOrigin.size > 0 ? ` duplicates={${countsText(byOrigin)}}` : ''} seeds=${seeds}` +
    `${failing.length > 0 ? ` failing=${failing.join(',')}` : ''} wall=${(wallMs / 1000).toFixed(0)}s`
}

async function main (): Promise<number> {
  let cli: Cli
  try {
    cli = parseCli(process.argv.slice(2))
  } catch (err) {
    const message = (err as Error).message
    process.stderr.write(`${message === '' ? '' : `${message}\n`}${USAGE}\n`)
    return err instanceof UsageError && message === '' ? 0 : 2
  }
  const began = Date.now()
  const results: RunResult[] = []
  for (const seed of cli.seeds) {
    const result = await runOnce({
      seed,
      timeSeconds: cli.timeSeconds,
      faults: cli.faults,
      keep: cli.keep,
      ...(cli.bug === undefined ? {} : { bug: cli.bug }),
      ...(cli.partitions === undefined ? {} : { partitions: cli.partitions }),
      ...(cli.rate === undefined ? {} : { rate: cli.rate }),
      progress: (line) => process.stderr.write(`${line}\n`)
    })
    results.push(result)
    const t = result.timings
    const s = (ms: number): string => `${(ms / 1000).toFixed(0)}s`
    process.stderr.write(`seed ${seed}: start ${s(t.startMs)}, faults ${s(t.faultsMs)}, heal and stop ${s(t.healMs)}, final read ${s(t.finalMs)}, checks ${s(t.checkMs)}, total ${s(t.totalMs)}; ${result.skippedSteps} steps skipped\n`)
    process.stdout.write(`${result.summary}\n`)
    // The first of each kind (all of them are in the run dir's violations.json).
    const seen = new Set<string>()
    for (const v of result.violations) {
      if (seen.has(v.kind)) continue
      seen.add(v.kind)
      process.stdout.write(`  ${v.kind}: ${v.detail}\n`)
    }
    if (result.violations.length > seen.size) process.stdout.write(`  (${result.violations.length} violations in all: the run dir's violations.json)\n`)
    if (result.duplicateOrigins.size > 0) process.stdout.write(`  duplicates by origin (test/check/duplicate-origins.ts): ${countsText(result.duplicateOrigins)}\n`)
    if (result.runDir !== null) process.stdout.write(`  run dir kept: ${result.runDir}\n`)
  }
  process.stdout.write(`${totalsLine(results, Date.now() - began)}\n`)
  return results.some((r) => r.violations.length > 0) ? 1 : 0
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // process.exit: its exit hooks (child-processes.ts, loopback-partition.ts) stop what is left.
  main().then((code) => process.exit(code), (err: Error) => {
    process.stderr.write(`chaos: ${err.stack ?? err.message}\n`)
    process.exit(1)
  })
}
