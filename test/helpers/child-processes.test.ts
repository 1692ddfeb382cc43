// Processes started by tests die with the test, however it ends: child-processes.fixture.ts is run
// under its own test runner, and every process it left behind must be gone when its test timed out,
// failed or passed, when the test runner was killed, and when the test file's process was killed.
// A program that is not installed fails at once instead of hanging.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runChild, spawnChild, tempDir, type TestChild } from './child-processes.ts'
import { until } from './group-admin.ts'

const WAIT_MS = 20_000

function isAlive (pid: number): boolean {
  // A zombie (state Z) has died; it only waits for a parent that may never reap it.
  const stat = `/proc/${pid}/stat`
  return existsSync(stat) && readFileSync(stat, 'utf8').split(') ')[1]![0] !== 'Z'
}

function fixture (scenario: string): { runner: TestChild, output: () => string, lines: () => string[] } {
  const pidsFile = join(tempDir('rivulet-fixture-'), 'pids')
  const runner = spawnChild(process.execPath, ['--import', 'tsx', '--test', 'test/helpers/child-processes.fixture.ts'], {
    env: { ...process.env, FIXTURE_SCENARIO: scenario, CHILD_PIDS_FILE: pidsFile }
  })
  let output = ''
  runner.child.stdout!.on('data', (d: Buffer) => { output += d.toString() })
  runner.child.stderr!.on('data', (d: Buffer) => { output += d.toString() })
  const lines = (): string[] => existsSync(pidsFile) ? readFileSync(pidsFile, 'utf8').trim().split('\n') : []
  return { runner, output: () => output, lines }
}

function pidsIn (lines: string[]): number[] {
  return lines.filter((l) => /^\d+$/.test(l)).map(Number)
}

async function assertAllDie (pids: number[], why: string): Promise<void> {
  await until(() => pids.every((pid) => !isAlive(pid)), WAIT_MS, () => `${why}: still alive: ${pids.filter(isAlive).join(', ')}`)
}

test('processes left by a test that times out, fails or passes (and by a before hook) are killed, and the file ends', { timeout: 60_000 }, async () => {
  const { runner, output, lines } = fixture('end')
  const exit = await runner.closed
  assert.equal(exit.code, 1, output())
  assert.match(output(), /# pass 1\n# fail 1\n# cancelled 1/, output())
  const pids = pidsIn(lines())
  assert.equal(pids.length, 8, 'four shells and their sleeps')
  await assertAllDie(pids, 'after the file ended')
})

test('killing the test runner (SIGKILL) kills the processes its test file started', { timeout: 60_000 }, async () => {
  const { runner, output, lines } = fixture('wait')
  await until(() => lines().some((l) => l.startsWith('waiting')), WAIT_MS, () => `the fixture did not start:\n${output()}`)
  const filePid = Number(lines().find((l) => l.startsWith('waiting'))!.split(' ')[1])
  runner.child.kill('SIGKILL')
  await assertAllDie([filePid, ...pidsIn(lines())], 'after the runner was killed')
})

test('killing the test file (SIGKILL) kills the processes it started', { timeout: 60_000 }, async () => {
  const { runner, output, lines } = fixture('wait')
  await until(() => lines().some((l) => l.startsWith('waiting')), WAIT_MS, () => `the fixture did not start:\n${output()}`)
  const filePid = Number(lines().find((l) => l.startsWith('waiting'))!.split(' ')[1])
  process.kill(filePid, 'SIGKILL')
  await assertAllDie(pidsIn(lines()), 'after the test file was killed')
  assert.equal((await runner.closed).code, 1, 'the runner reports the killed file as failed')
})

test('a program that is not installed fails at once with a line naming it, instead of never exiting', async () => {
  await assert.rejects(runChild('rivulet-no-such-program', ['-x']), /^Error: rivulet-no-such-program: not installed \(ENOENT\)/)
  const { closed } = spawnChild('rivulet-no-such-program', [])
  await assert.rejects(closed, /rivulet-no-such-program: not installed/)
})
