// The `rivulet` command: an invalid configuration stops startup with one clear line naming the key.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'

test('an invalid or unknown key stops startup with exit code 2 and one line naming it', () => {
  for (const [flag, key] of [['--num.partitions=0', 'num.partitions'], ['--no.such.key=1', 'no.such.key'], ['--listeners=PLAINTEXT:9092', 'listeners']] as const) {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/rivulet.ts', flag, '--log.dirs=/tmp/rivulet-cli-never-created'], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, RIVULET_LOG_LEVEL: 'silent' } })
    assert.equal(result.status, 2, `${flag}: ${result.stderr}`)
    const lines = result.stderr.trim().split('\n')
    assert.equal(lines.length, 1, result.stderr)
    assert.match(lines[0]!, new RegExp(`^rivulet: .*${key.replace(/\./g, '\\.')}`))
  }
})
