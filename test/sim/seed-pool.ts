// Runs simulation seeds on worker threads (2 by default: this machine has 2 cores). Seeds are
// independent and each is a pure function of its number, so the split does not change results.
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { SimOptions } from './profile.ts'
import type { SeedSummary } from './report.ts'
import type { SeedJob } from './seed-worker.ts'

/** Options that can cross to a worker (no trace callback). */
export type PoolSimOptions = Omit<SimOptions, 'trace'>

/**
 * Workers get their own module loader, and Node 20 ignores `--import tsx` in a worker's execArgv:
 * a plain-JS entry registers tsx there, then loads the TypeScript worker.
 */
const WORKER_BOOTSTRAP = `
  import('tsx/esm/api')
    .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./seed-worker.ts', import.meta.url).href)}) })
`

/** Seeds per job handed to a worker: small enough to balance, large enough to amortise messaging. */
const SEEDS_PER_JOB = 10

export class SeedPool {
  private readonly workers: Worker[]

  constructor (workerCount: number = Math.min(2, availableParallelism())) {
    this.workers = []
    for (let i = 0; i < workerCount; i++) {
      this.workers.push(new Worker(WORKER_BOOTSTRAP, { eval: true }))
    }
  }

  /** Runs `seeds`; summaries come back in the order of `seeds`. */
  async run (seeds: readonly number[], options: PoolSimOptions): Promise<SeedSummary[]> {
    const jobs: number[][] = []
    for (let i = 0; i < seeds.length; i += SEEDS_PER_JOB) jobs.push(seeds.slice(i, i + SEEDS_PER_JOB))
    const results: SeedSummary[][] = new Array<SeedSummary[]>(jobs.length)
    let next = 0
    const drain = async (worker: Worker): Promise<void> => {
      while (next < jobs.length) {
        const index = next++
        results[index] = await runJob(worker, { seeds: jobs[index]!, options })
      }
    }
    await Promise.all(this.workers.map(drain))
    return results.flat()
  }

  async close (): Promise<void> {
    await Promise.all(this.workers.map(async (w) => await w.terminate()))
  }
}

async function runJob (worker: Worker, job: SeedJob): Promise<SeedSummary[]> {
  return await new Promise((resolve, reject) => {
    const onMessage = (summaries: SeedSummary[]): void => {
      worker.off('error', onError)
      resolve(summaries)
    }
    const onError = (error: Error): void => {
      worker.off('message', onMessage)
      reject(error)
    }
    worker.once('message', onMessage)
    worker.once('error', onError)
    worker.postMessage(job)
  })
}
