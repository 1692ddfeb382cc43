// The `rivulet` command: an invalid configuration stops startup with one clear line naming the key;
// `random-uuid` and `format` set up a node's identity; a node formatted for another node id, or a
// multi-node cluster's node not formatted, refuses to start with one line.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

test('an invalid or unknown key stops startup with exit code 2 and one line naming it', () => {
  for (const [flag, key] of [['--num.partitions=0', 'num.partitions'], ['--no.such.key=1', 'no.such.key'], ['--listeners=PLAINTEXT:9092', 'listeners']] as const) {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/rivulet.ts', flag, '--log.dirs=/tmp/rivulet-cli-never-created'], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, RIVULET_LOG_LEVEL: 'silent' } })
    assert.equal(result.status, 2, `${flag}: ${result.stderr}`)
    const lines = result.stderr.trim().split('\n')
    assert.equal(lines.length, 1, result.stderr)
    assert.match(lines[0]!, new RegExp(`^rivulet: .*${key.replace(/\./g, '\\.')}`))
  }
})

// Storage identity, as Kafka's kafka-storage: `rivulet random-uuid`, `rivulet format --cluster-id`.
const rivulet = (args: readonly string[]): SpawnSyncReturns<string> =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/rivulet.ts', ...args], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, RIVULET_LOG_LEVEL: 'silent' } })

test('random-uuid prints a Kafka uuid; format writes meta.properties, again is harmless, another id is refused with one line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-cli-format-'))
  try {
    const uuid = rivulet(['random-uuid'])
    assert.equal(uuid.status, 0, uuid.stderr)
    const id = uuid.stdout.trim()
    assert.match(id, /^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/)
    const config = join(dir, 'server.properties')
    writeFileSync(config, `node.id=2\nprocess.roles=broker,controller\ncontroller.quorum.voters=1@127.0.0.1:19093,2@127.0.0.2:19093,3@127.0.0.3:19093\nlisteners=PLAINTEXT://127.0.0.2:19092,CONTROLLER://127.0.0.2:19093\nlog.dirs=${join(dir, 'logs')}\n`)
    const first = rivulet(['format', '--cluster-id', id, '--config', config, `--metadata.log.dir=${join(dir, 'meta')}`])
    assert.equal(first.status, 0, first.stderr)
    for (const sub of ['logs', 'meta']) assert.match(readFileSync(join(dir, sub, 'meta.properties'), 'utf8'), new RegExp(`^cluster\\.id=${id}$[\\s\\S]*^node\\.id=2$`, 'm'))
    const again = rivulet(['format', `--cluster-id=${id}`, '--config', config, `--metadata.log.dir=${join(dir, 'meta')}`])
    assert.equal(again.status, 0, again.stderr)
    const other = rivulet(['format', '-t', rivulet(['random-uuid']).stdout.trim(), '--config', config])
    assert.equal(other.status, 1)
    assert.equal(other.stderr.trim().split('\n').length, 1, other.stderr)
    assert.match(other.stderr, /^rivulet format: RIVULET_ERR_CLUSTER_ID: .*already formatted with cluster\.id/)
    assert.match(readFileSync(join(dir, 'logs', 'meta.properties'), 'utf8'), new RegExp(`^cluster\\.id=${id}$`, 'm'))
    const missing = rivulet(['format', '--config', config])
    assert.equal(missing.status, 2)
    assert.match(missing.stderr, /--cluster-id is required/)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a node whose meta.properties names another node.id refuses to start with one line, and leaves it as it is', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-cli-node-id-'))
  try {
    const id = rivulet(['random-uuid']).stdout.trim()
    assert.equal(rivulet(['format', '--cluster-id', id, `--log.dirs=${dir}`]).status, 0)
    const before = readFileSync(join(dir, 'meta.properties'), 'utf8')
    const start = rivulet(['--node.id=2', '--controller.quorum.voters=2@127.0.0.1:19093', '--listeners=PLAINTEXT://127.0.0.1:0', '--rivulet.admin.listener=', `--log.dirs=${dir}`])
    assert.equal(start.status, 1, start.stderr)
    assert.equal(start.stderr.trim().split('\n').length, 1, start.stderr)
    assert.match(start.stderr, /^rivulet: RIVULET_ERR_NODE_ID: .*belongs to node\.id 1, but this node is configured with node\.id 2/)
    assert.equal(readFileSync(join(dir, 'meta.properties'), 'utf8'), before)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a node of a three-voter quorum without meta.properties refuses to start with one line naming the format command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-cli-unformatted-'))
  try {
    const start = rivulet(['--node.id=1', '--controller.quorum.voters=1@127.0.0.1:19093,2@127.0.0.2:19093,3@127.0.0.3:19093',
      '--listeners=PLAINTEXT://127.0.0.1:0,CONTROLLER://127.0.0.1:19093', '--rivulet.admin.listener=', `--log.dirs=${dir}`])
    assert.equal(start.status, 1, start.stderr)
    assert.equal(start.stderr.trim().split('\n').length, 1, start.stderr)
    assert.match(start.stderr, /^rivulet: RIVULET_ERR_NOT_FORMATTED: .*meta\.properties not found.*rivulet format --cluster-id/)
    assert.deepEqual(readdirSync(dir), [], 'nothing written')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
