// SIM-4 (reliability.md §6.2 item 6): checks of the checks. Each Raft bug switch must make the
// simulation report a violation within a stated number of seeds; the tests print how many seeds
// it took and which invariant saw it first.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { SimBugSwitches } from './profile.ts'
import type { PoolSimOptions } from './seed-pool.ts'
import { SeedPool } from './seed-pool.ts'
import type { SeedSummary } from './report.ts'

/** Seeds run per round, in order, so the first failing seed is exact. */
const SEEDS_PER_ROUND = 20

async function seedsToCatch (pool: SeedPool, options: PoolSimOptions, budget: number): Promise<SeedSummary | null> {
  for (let start = 1; start <= budget; start += SEEDS_PER_ROUND) {
    const seeds = Array.from({ length: Math.min(SEEDS_PER_ROUND, budget - start + 1) }, (_, i) => start + i)
    const failed = (await pool.run(seeds, options)).find((s) => s.violations.length > 0)
    if (failed !== undefined) return failed
  }
  return null
}

const cases: Array<{ bug: keyof SimBugSwitches, ignore: string[], budget: number, why: string }> = [
  { bug: 'countOldTermVotes', ignore: [], budget: 1000, why: 'two leaders in one term (R1)' },
  { bug: 'commitOldTermByCount', ignore: [], budget: 1000, why: 'an old-term entry committed by counting (R8)' },
  { bug: 'ackBeforeFsync', ignore: [], budget: 1000, why: 'a commit not durable on a majority (R7)' },
  // Without the direct invariant, the end-to-end ones still see the loss it causes.
  { bug: 'ackBeforeFsync', ignore: ['R7'], budget: 1000, why: 'terms, votes or logs lost in a crash (R2, R3, R5, R6, or the core asserting)' },
  // A bug of the driver (RaftNode), not of the core: seen only because the simulation runs the real driver.
  { bug: 'sendBeforeFsync', ignore: [], budget: 1000, why: 'the driver sends votes and acks before its fsync: a term gone back after a crash (R2) or a commit not durable on a majority (R7)' },
  { bug: 'sendBeforeFsync', ignore: ['R7'], budget: 1000, why: 'the driver sends before its fsync: terms, votes or logs lost in a crash' },
  // A disk whose fsync lies: the files the real storage recovers from lack what the model holds durable.
  { bug: 'fsyncLies', ignore: [], budget: 1000, why: 'a power loss recovers less than was fsynced (STORAGE)' }
]

const pool = new SeedPool(2)
test.after(async () => { await pool.close() })

for (const c of cases) {
  const label = c.ignore.length > 0 ? `${c.bug} (not checking ${c.ignore.join(',')})` : c.bug
  test(`bug switch ${label} is caught within ${c.budget} seeds: ${c.why}`, async (t) => {
    const failed = await seedsToCatch(pool, { bugs: { [c.bug]: true }, ignore: c.ignore }, c.budget)
    assert.ok(failed !== null, `${label} was not caught within ${c.budget} seeds`)
    const first = failed.violations[0]!
    const line = `${label}: caught at seed ${failed.seed} (budget ${c.budget}) by ${first.split(':')[0]}`
    t.diagnostic(line)
    console.log(line)
  })
}
