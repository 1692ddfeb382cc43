// `npm test`'s preflight: what it decides for each machine (nothing missing, root with apt-get, a user,
// no apt-get), what it finds missing when its probe points lack the programs (a PATH without kcat, a
// python that does not exist), and the whole script stopping at once with one line on such a machine.
// (The install branch is checked by its decision only: a test never runs apt-get.)
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { CONFLUENT_KAFKA, DOCKER_COMPOSE, IPTABLES, KAFKA_PYTHON, KCAT, decide } from '../../scripts/preflight/plan.ts'
import { findOnPath, missingRequirements } from '../../scripts/preflight/probe.ts'
import { runChild, tempDir } from '../helpers/child-processes.ts'

test('nothing missing: nothing to do, whoever runs it', () => {
  assert.deepEqual(decide({ missing: [], isRoot: false, hasAptGet: false }), { action: 'ready' })
  assert.deepEqual(decide({ missing: [], isRoot: true, hasAptGet: true }), { action: 'ready' })
})

test('root with apt-get: apt-get update, then install the missing packages, said in one line', () => {
  const decision = decide({ missing: [KCAT, KAFKA_PYTHON], isRoot: true, hasAptGet: true })
  assert.deepEqual(decision, {
    action: 'install',
    line: 'npm test: kcat, python3 module kafka missing; installing: apt-get update && apt-get install -y kcat python3-kafka',
    commands: [['apt-get', 'update'], ['apt-get', 'install', '-y', 'kcat', 'python3-kafka']],
    optionalCommands: []
  })
})

test('iptables (optional) missing: root with apt-get installs it, after the required packages, and may fail without stopping the run', () => {
  assert.deepEqual(decide({ missing: [], optionalMissing: [IPTABLES], isRoot: true, hasAptGet: true }), {
    action: 'install',
    line: 'npm test: iptables missing; installing: apt-get update && apt-get install -y iptables',
    commands: [],
    optionalCommands: [['apt-get', 'update'], ['apt-get', 'install', '-y', 'iptables']]
  })
  assert.deepEqual(decide({ missing: [KCAT], optionalMissing: [IPTABLES], isRoot: true, hasAptGet: true }), {
    action: 'install',
    line: 'npm test: kcat, iptables missing; installing: apt-get update && apt-get install -y kcat && apt-get install -y iptables',
    commands: [['apt-get', 'update'], ['apt-get', 'install', '-y', 'kcat']],
    optionalCommands: [['apt-get', 'install', '-y', 'iptables']]
  })
})

test('iptables (optional) missing where it cannot be installed: no stop for it (its tests skip), only for what is required', () => {
  assert.deepEqual(decide({ missing: [], optionalMissing: [IPTABLES], isRoot: false, hasAptGet: true }), { action: 'ready' })
  assert.deepEqual(decide({ missing: [], optionalMissing: [IPTABLES], isRoot: true, hasAptGet: false }), { action: 'ready' })
  assert.deepEqual(decide({ missing: [KCAT], optionalMissing: [IPTABLES], isRoot: false, hasAptGet: true }), {
    action: 'stop',
    line: 'npm test: kcat missing (the real-client tests run them); install with: sudo apt-get install -y kcat'
  })
})

test('not root: stop with one line naming what is missing and the sudo command that installs it', () => {
  const decision = decide({ missing: [CONFLUENT_KAFKA], isRoot: false, hasAptGet: true })
  assert.deepEqual(decision, {
    action: 'stop',
    line: 'npm test: python3 module confluent_kafka missing (the real-client tests run them); install with: sudo apt-get install -y python3-confluent-kafka'
  })
})

test('no apt-get: stop, even as root, naming the Debian command and saying where it applies', () => {
  const decision = decide({ missing: [KCAT, CONFLUENT_KAFKA, KAFKA_PYTHON], isRoot: true, hasAptGet: false })
  assert.equal(decision.action, 'stop')
  assert.ok(decision.action === 'stop')
  assert.match(decision.line, /^npm test: kcat, python3 module confluent_kafka, python3 module kafka missing .*install with: apt-get install -y kcat python3-confluent-kafka python3-kafka \(Debian\/Ubuntu/)
  assert.ok(!decision.line.includes('\n'))
})

test('the probe finds kcat and docker-compose missing from a PATH without them, and every module missing without a python', () => {
  const empty = tempDir('rivulet-preflight-path-')
  assert.equal(findOnPath('kcat', empty), null)
  assert.deepEqual(missingRequirements({ path: empty, python: `${empty}/python3` }), [KCAT, DOCKER_COMPOSE, CONFLUENT_KAFKA, KAFKA_PYTHON])
})

test('the probe finds what is installed: kcat and docker-compose on the PATH, the modules under /usr/bin/python3', () => {
  // npm test's preflight has installed them (or stopped) before any test runs.
  assert.deepEqual(missingRequirements({ path: process.env.PATH ?? '', python: '/usr/bin/python3' }), [])
})

test('on a machine without them and without apt-get, the preflight stops at once with one line, exit 1', async () => {
  const empty = tempDir('rivulet-preflight-path-')
  const result = await runChild(process.execPath, ['--import', 'tsx', 'scripts/preflight.ts'], {
    env: { ...process.env, PATH: empty, RIVULET_PREFLIGHT_PYTHON: `${empty}/python3` },
    timeoutMs: 30_000
  })
  assert.equal(result.code, 1, result.stderr)
  assert.equal(result.stdout, '')
  const lines = result.stderr.trimEnd().split('\n')
  assert.equal(lines.length, 1, result.stderr)
  assert.match(lines[0]!, /^npm test: kcat, docker-compose, python3 module confluent_kafka, python3 module kafka missing .*install with: (sudo )?apt-get install -y kcat docker-compose python3-confluent-kafka python3-kafka/)
})

test('on a machine with them, the preflight says nothing and exits 0', async () => {
  const result = await runChild(process.execPath, ['--import', 'tsx', 'scripts/preflight.ts'], { timeoutMs: 30_000 })
  assert.deepEqual([result.code, result.stdout, result.stderr], [0, '', ''])
})
