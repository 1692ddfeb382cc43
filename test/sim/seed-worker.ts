// A worker thread running simulation seeds for seed-pool.ts: receives { seeds, options } jobs and
// answers each with the seeds' summaries, in order.
import { parentPort } from 'node:worker_threads'
import { runSeed } from './cluster-sim.ts'
import type { SimOptions } from './profile.ts'
import { summarize, type SeedSummary } from './report.ts'

export interface SeedJob {
  readonly seeds: readonly number[]
  readonly options: SimOptions
}

if (parentPort === null) throw new Error('seed-worker.ts runs as a worker thread')
const port = parentPort
port.on('message', (job: SeedJob) => {
  const summaries: SeedSummary[] = job.seeds.map((seed) => summarize(runSeed(seed, job.options)))
  port.postMessage(summaries)
})
