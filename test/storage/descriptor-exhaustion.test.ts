// Out of file descriptors (EMFILE): run in a child process under `ulimit -n 256`, so that the test can
// take every descriptor the process has (children/descriptor-exhaustion.ts holds the checks).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

test('with no descriptor left, appends, reads and new logs answer KAFKA_STORAGE_ERROR; all recover when descriptors return', () => {
  const logDir = mkdtempSync(join(tmpdir(), 'rivulet-emfile-'))
  try {
    const child = spawnSync('bash', ['-c', 'ulimit -n 256 && exec "$@"', 'bash', process.execPath, '--import', 'tsx', 'test/storage/children/descriptor-exhaustion.ts', logDir], { encoding: 'utf8', timeout: 60_000 })
    assert.equal(child.status, 0, `${child.stdout}\n${child.stderr}`)
    assert.match(child.stdout, /descriptor exhaustion handled/)
  } finally {
    rmSync(logDir, { recursive: true, force: true })
  }
})
