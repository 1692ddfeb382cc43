// The simulation's command line:
//   npm run sim -- --seeds N [--start S] [--nodes 3|5] [--workers W] [--bug NAME] [--ignore R7,R8]
//   npm run sim -- --seed S [--nodes 3|5] [--bug NAME] [--trace]     (one seed, in this process)
// Failures print SEED=<n> with the fault profile; the last line is the summary.
import { parseArgs } from 'node:util'
import { runSeed } from './cluster-sim.ts'
import type { SimBugSwitches, SimOptions } from './profile.ts'
import { describeFailure, summarize, summaryLine, totals, type SeedSummary } from './report.ts'
import { SeedPool } from './seed-pool.ts'

const BUGS = ['countOldTermVotes', 'commitOldTermByCount', 'ackBeforeFsync', 'sendBeforeFsync', 'fsyncLies'] as const

// `npm run sim -- --seed N --trace | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '100' },
    start: { type: 'string', default: '1' },
    seed: { type: 'string' },
    nodes: { type: 'string' },
    workers: { type: 'string', default: '2' },
    bug: { type: 'string' },
    ignore: { type: 'string' },
    'safety-ms': { type: 'string' },
    trace: { type: 'boolean', default: false }
  }
})

function positiveInt (name: string, text: string): number {
  const n = Number(text)
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, got ${text}`)
  return n
}

const options: SimOptions = {
  ...(values.nodes !== undefined ? { nodes: values.nodes === '5' ? 5 : values.nodes === '3' ? 3 : badNodes(values.nodes) } : {}),
  ...(values.bug !== undefined ? { bugs: bugSwitch(values.bug) } : {}),
  ...(values.ignore !== undefined ? { ignore: values.ignore.split(',') } : {}),
  ...(values['safety-ms'] !== undefined ? { safetyMs: positiveInt('safety-ms', values['safety-ms']) } : {})
}

function badNodes (text: string): never {
  throw new Error(`--nodes must be 3 or 5, got ${text}`)
}

function bugSwitch (name: string): SimBugSwitches {
  if (!(BUGS as readonly string[]).includes(name)) throw new Error(`--bug must be one of ${BUGS.join(', ')}`)
  return { [name]: true }
}

const startedMs = performance.now()
let summaries: SeedSummary[]
if (values.seed !== undefined) {
  const seed = positiveInt('seed', values.seed)
  const trace = values.trace ? (line: string) => { process.stdout.write(line + '\n') } : undefined
  summaries = [summarize(runSeed(seed, { ...options, ...(trace !== undefined ? { trace } : {}) }))]
} else {
  const start = positiveInt('start', values.start)
  const count = positiveInt('seeds', values.seeds)
  const pool = new SeedPool(Math.max(1, positiveInt('workers', values.workers)))
  summaries = await pool.run(Array.from({ length: count }, (_, i) => start + i), options)
  await pool.close()
}
for (const s of summaries) if (s.violations.length > 0) console.log(describeFailure(s))
const t = totals(summaries)
console.log(`${((performance.now() - startedMs) / 1000).toFixed(1)}s for ${t.seeds} seeds; failed seeds: ${t.failedSeeds}`)
console.log(summaryLine(t))
process.exitCode = t.violations > 0 ? 1 : 0
