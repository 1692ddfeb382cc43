// Runs every test/**/*.test.ts with node:test through the tsx loader.
// Node 20's test runner does not expand globs itself, hence this small lister.
// Usage: node scripts/run-tests.mjs [path-substring ...]  (filters the file list)
// The runner stops with this script: SIGINT, SIGTERM and SIGHUP are passed on to it (it then stops its
// test files, which stop their children: test/helpers/child-processes.ts), and so is this script's
// parent going away (`npm test` stopped with SIGTERM: npm signals only the shell that runs us).
import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { spawn } from 'node:child_process'

const PARENT_CHECK_INTERVAL_MS = 1000

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
const runner = spawn(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...files], { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => runner.kill(signal))
const parentPid = process.ppid
const parentCheck = setInterval(() => {
  if (process.ppid !== parentPid) runner.kill('SIGTERM')
}, PARENT_CHECK_INTERVAL_MS)
runner.on('error', (err) => {
  console.error(`run-tests: the test runner did not start: ${err.message}`)
  process.exit(1)
})
runner.on('exit', (code, signal) => {
  clearInterval(parentCheck)
  process.exit(code ?? (signal === null ? 1 : 128))
})
