// `npm run build`: compiles src/ to JavaScript in dist/ with tsc (tsconfig.build.json: imports of .ts
// files rewritten to .js), and copies the other files src/ reads at run time (raft.proto), so that
// `npm start` (and a Docker image) runs `node dist/cli/rivulet.js` instead of compiling every module
// at every start. dist/.build-stamp marks a complete build.
//   node scripts/build.mjs             build (dist/ is emptied first)
//   node scripts/build.mjs --if-stale  build only when dist/ is missing or older than its inputs
//                                      (npm's prestart: a fresh clone's `npm ci && npm start` builds once)
// Plain JavaScript, so that the staleness check costs a node start and a walk of src/, not a compile.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const STAMP = '.build-stamp'
/** Besides src/: what changes the output. */
const CONFIG_INPUTS = ['tsconfig.json', 'tsconfig.build.json', 'scripts/build.mjs']

/** The newest mtime under `path`: files and directories (a deleted or renamed file changes its directory's). */
export function newestMtimeMs (path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtimeMs(join(path, name)))
  return newest
}

/**
 * Whether `root`/dist needs a build, and why. Without src/ (an image that ships dist/ alone) a complete
 * build is never stale.
 * @param {string} root
 * @returns {{ stale: boolean, reason: string }}
 */
export function staleness (root) {
  const stamp = join(root, 'dist', STAMP)
  if (!existsSync(stamp)) return { stale: true, reason: 'no complete build in dist/' }
  if (!existsSync(join(root, 'src'))) return { stale: false, reason: 'no src/ to build from' }
  const builtMs = statSync(stamp).mtimeMs
  for (const input of ['src', ...CONFIG_INPUTS]) {
    const path = join(root, input)
    if (existsSync(path) && newestMtimeMs(path) > builtMs) return { stale: true, reason: `${input} changed since the last build` }
  }
  return { stale: false, reason: 'dist/ is up to date' }
}

/** Copies every file under `from` that tsc does not compile (not .ts) to the same place under `to`. */
function copyAssets (from, to) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name)
    if (entry.isDirectory()) copyAssets(source, join(to, entry.name))
    else if (!entry.name.endsWith('.ts')) {
      mkdirSync(to, { recursive: true })
      copyFileSync(source, join(to, entry.name))
    }
  }
}

/** @param {string} root */
export function build (root) {
  const dist = join(root, 'dist')
  rmSync(dist, { recursive: true, force: true })
  let tsc
  try {
    tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc')
  } catch {
    throw new Error('TypeScript is not installed (it is a devDependency: `npm ci` without --omit=dev)')
  }
  const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`tsc failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`})`)
  copyAssets(join(root, 'src'), dist)
  writeFileSync(join(dist, STAMP), `${new Date().toISOString()}\n`)
}

function main () {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..')
  const ifStale = process.argv.includes('--if-stale')
  const state = staleness(root)
  if (ifStale && !state.stale) return
  if (ifStale) process.stderr.write(`rivulet: building ${relative(process.cwd(), join(root, 'dist')) || 'dist'}/ (${state.reason}): npm run build\n`)
  try {
    build(root)
  } catch (err) {
    process.stderr.write(`rivulet: build failed: ${err.message}\n`)
    process.exit(1)
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main()
