// Run by child-processes.test.ts under a `node --test` of its own, never by `npm test` (the name does
// not end in .test.ts): tests that leave processes running and then time out, fail, pass, or wait to
// be killed. Each process started here (and the sleep each one starts in turn) writes its pid to the
// file named by CHILD_PIDS_FILE, one line each, so the outer test can check that all of them died.
//   FIXTURE_SCENARIO=end   a `before` hook and three tests (timed out, failed, passed) each leave one
//   FIXTURE_SCENARIO=wait  one test leaves one, writes "waiting", and waits to be killed
import { before, test } from 'node:test'
import { appendFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { spawnChild } from './child-processes.ts'

const pidsFile = process.env.CHILD_PIDS_FILE!

/** A shell that leads its group and runs a sleep as its own child: the group kill must reach both. */
async function leaveProcessRunning (): Promise<void> {
  const { child } = spawnChild('sh', ['-c', 'sleep 600 & echo $!; wait'])
  const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve))
  appendFileSync(pidsFile, `${child.pid!}\n${line}\n`)
}

if (process.env.FIXTURE_SCENARIO === 'end') {
  before(leaveProcessRunning)
  test('times out', { timeout: 500 }, async () => {
    await leaveProcessRunning()
    await new Promise(() => {})
  })
  test('fails', async () => {
    await leaveProcessRunning()
    throw new Error('planned failure')
  })
  test('passes', async () => {
    await leaveProcessRunning()
  })
} else {
  test('waits to be killed', async () => {
    await leaveProcessRunning()
    appendFileSync(pidsFile, `waiting ${process.pid}\n`)
    await new Promise((resolve) => setTimeout(resolve, 600_000))
  })
}
