// `npm start` runs compiled JavaScript: scripts/build.mjs decides when dist/ must be rebuilt (missing,
// or older than src/ or the TypeScript settings, a deleted file included), and the node it builds starts
// from dist/, listens, and stops with exit code 0 on SIGTERM.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { staleness } from '../../scripts/build.mjs'
import { runChild, spawnChild, tempDir } from '../helpers/child-processes.ts'

/** A tree like the repository's, every file and directory dated `atS` seconds after the epoch. */
function tree (atS: number): string {
  const root = tempDir('rivulet-build-')
  mkdirSync(join(root, 'src', 'cli'), { recursive: true })
  for (const file of ['src/cli/rivulet.ts', 'src/index.ts', 'tsconfig.json', 'tsconfig.build.json']) writeFileSync(join(root, file), '')
  for (const path of ['src/cli/rivulet.ts', 'src/index.ts', 'src/cli', 'src', 'tsconfig.json', 'tsconfig.build.json']) utimesSync(join(root, path), atS, atS)
  return root
}

function stamp (root: string, atS: number): void {
  mkdirSync(join(root, 'dist'), { recursive: true })
  writeFileSync(join(root, 'dist', '.build-stamp'), '')
  utimesSync(join(root, 'dist', '.build-stamp'), atS, atS)
}

test('dist/ is stale without a complete build, and up to date when built after every input', () => {
  const root = tree(1000)
  assert.deepEqual(staleness(root), { stale: true, reason: 'no complete build in dist/' })
  stamp(root, 2000)
  assert.deepEqual(staleness(root), { stale: false, reason: 'dist/ is up to date' })
})

test('a source changed, a source deleted, or the TypeScript settings changed since the build: stale', () => {
  const changed = tree(1000)
  stamp(changed, 2000)
  utimesSync(join(changed, 'src/cli/rivulet.ts'), 3000, 3000)
  assert.deepEqual(staleness(changed), { stale: true, reason: 'src changed since the last build' })

  const deleted = tree(1000)
  stamp(deleted, 2000)
  rmSync(join(deleted, 'src/cli/rivulet.ts'))
  assert.equal(staleness(deleted).stale, true, 'the directory of a deleted file is newer than the build')

  const settings = tree(1000)
  stamp(settings, 2000)
  utimesSync(join(settings, 'tsconfig.build.json'), 3000, 3000)
  assert.deepEqual(staleness(settings), { stale: true, reason: 'tsconfig.build.json changed since the last build' })
})

test('without src/ (an image that ships dist/ alone) a complete build is never stale', () => {
  const root = tree(1000)
  stamp(root, 500)
  rmSync(join(root, 'src'), { recursive: true })
  assert.deepEqual(staleness(root), { stale: false, reason: 'no src/ to build from' })
})

test('the compiled node (dist/cli/rivulet.js, built when stale) starts, listens, and exits 0 on SIGTERM', { timeout: 180_000 }, async () => {
  const built = await runChild(process.execPath, ['scripts/build.mjs', '--if-stale'], { timeoutMs: 150_000 })
  assert.equal(built.code, 0, `${built.stdout}${built.stderr}`)
  assert.equal(staleness('.').stale, false)
  const dataDir = tempDir('rivulet-dist-')
  const { child, closed } = spawnChild(process.execPath, ['dist/cli/rivulet.js', '--listeners=PLAINTEXT://127.0.0.1:0', '--rivulet.admin.listener=http://127.0.0.1:0', `--log.dirs=${dataDir}`], {
    env: { ...process.env, RIVULET_LOG_LEVEL: 'info' }
  })
  const lines: string[] = []
  const started = new Promise<{ port: number, adminPort: number }>((resolve) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line)
      const entry = JSON.parse(line) as { msg?: string, port?: number, adminPort?: number }
      if (entry.msg === 'rivulet started') resolve({ port: entry.port!, adminPort: entry.adminPort! })
    })
  })
  const { adminPort } = await Promise.race([started, closed.then((exit) => { throw new Error(`exited ${exit.code ?? exit.signal} before starting:\n${lines.join('\n')}`) })])
  const health = await fetch(`http://127.0.0.1:${adminPort}/healthz`)
  assert.equal(health.status, 200)
  child.kill('SIGTERM')
  assert.deepEqual(await closed, { code: 0, signal: null })
  assert.ok(lines.some((l) => l.includes('"msg":"stopped"')), lines.join('\n'))
})
