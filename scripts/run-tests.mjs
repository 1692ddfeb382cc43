// Runs every test/**/*.test.ts with node:test through the tsx loader.
// Node 20's test runner does not expand globs itself, hence this small lister.
// Usage: node scripts/run-tests.mjs [path-substring ...]  (filters the file list)
import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { spawnSync } from 'node:child_process'

function listTests (dir) {
  const found = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) found.push(...listTests(path))
    else if (name.endsWith('.test.ts')) found.push(path)
  }
  return found
}

const filters = process.argv.slice(2)
const files = listTests('test')
  .map((f) => relative('.', f))
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort()
if (files.length === 0) {
  console.error('no test files matched')
  process.exit(1)
}
const concurrency = process.env.TEST_CONCURRENCY ?? '2'
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...files], { stdio: 'inherit' })
process.exit(result.status ?? 1)
