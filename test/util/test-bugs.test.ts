// RIVULET_TEST_BUG (src/util/test-bugs.ts): the comma-separated list is parsed once, an unknown name
// stops the `rivulet` command with exit code 2 and one line, and each switch that is on is logged at
// warn at start (the variable is not taken for a config key). What each switch changes is tested where
// it acts: test/broker/test-bug-ack-before-replicate.test.ts, test/controller/test-bug-unclean-election.test.ts.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NO_TEST_BUGS, TestBugError, activeTestBugs, parseTestBugs } from '../../src/util/test-bugs.ts'

test('parse: unset or blank is no bug; names, spaces and repeats; an unknown name is an error naming it and the known ones', () => {
  assert.deepEqual(parseTestBugs(undefined), NO_TEST_BUGS)
  assert.deepEqual(parseTestBugs(' '), NO_TEST_BUGS)
  assert.deepEqual(parseTestBugs('ack-before-replicate'), { ackBeforeReplicate: true, uncleanElection: false })
  assert.deepEqual(parseTestBugs('unclean-election'), { ackBeforeReplicate: false, uncleanElection: true })
  assert.deepEqual(parseTestBugs(' unclean-election , ack-before-replicate,,unclean-election'), { ackBeforeReplicate: true, uncleanElection: true })
  assert.deepEqual(activeTestBugs(parseTestBugs('unclean-election,ack-before-replicate')), ['ack-before-replicate', 'unclean-election'])
  assert.throws(() => parseTestBugs('ack-before-replicate,ack-before-replcate'), (err: unknown) =>
    err instanceof TestBugError && err.message === "RIVULET_TEST_BUG: unknown test bug 'ack-before-replcate' (known: ack-before-replicate, unclean-election)")
})

const rivulet = (args: readonly string[], testBug: string): ReturnType<typeof spawnSync> =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/rivulet.ts', ...args], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, RIVULET_LOG_LEVEL: 'warn', RIVULET_TEST_BUG: testBug } })

test('the rivulet command: an unknown name stops it with exit code 2 and one line; known ones are logged at warn once each', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-test-bug-'))
  try {
    const unknown = rivulet(['--log.dirs=/tmp/rivulet-test-bug-never-created'], 'ack-before-replicate,nope')
    assert.equal(unknown.status, 2, String(unknown.stderr))
    assert.deepEqual(String(unknown.stderr).trim().split('\n'), ["rivulet: RIVULET_TEST_BUG: unknown test bug 'nope' (known: ack-before-replicate, unclean-election)"])
    // A node that then refuses to start (a quorum member not formatted): the switches were logged
    // before it, and RIVULET_TEST_BUG was not read as a config key (that would be exit code 2).
    const start = rivulet(['--node.id=1', '--controller.quorum.voters=1@127.0.0.1:19093,2@127.0.0.2:19093,3@127.0.0.3:19093',
      '--listeners=PLAINTEXT://127.0.0.1:0,CONTROLLER://127.0.0.1:19093', '--rivulet.admin.listener=', `--log.dirs=${dir}`], 'unclean-election,ack-before-replicate')
    assert.equal(start.status, 1, String(start.stderr))
    const warned = String(start.stdout).trim().split('\n').map((line) => JSON.parse(line) as { level: number, msg: string, testBug?: string }).filter((l) => l.testBug !== undefined)
    assert.deepEqual(warned.map((l) => [l.level, l.testBug, l.msg]), [
      [40, 'ack-before-replicate', 'RIVULET_TEST_BUG=ack-before-replicate is on: this node breaks a guarantee on purpose (tests only)'],
      [40, 'unclean-election', 'RIVULET_TEST_BUG=unclean-election is on: this node breaks a guarantee on purpose (tests only)']
    ])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
