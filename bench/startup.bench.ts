// Time from spawning a node to its "rivulet started" line (listening on its client and admin ports):
// `npm start` as shipped (npm, the prestart staleness check, then the compiled JavaScript in dist/), the
// compiled JavaScript alone, and the baselines in the same run: the sources through tsx, which is what
// `npm start` ran before dist/ existed, with tsx's compile cache warm and empty (a first start, or the
// first after a change). RUNS starts each; median, min and max.
import { spawnSync } from 'node:child_process'
import { createInterface } from 'node:readline'
import { spawnChild, tempDir } from '../test/helpers/child-processes.ts'
import { fmt, nowNs, percentile } from './measure.ts'

const RUNS = 7
const START_TIMEOUT_MS = 30_000

async function startMs (command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const dataDir = tempDir('rivulet-startup-')
  const flags = ['--listeners=PLAINTEXT://127.0.0.1:0', '--rivulet.admin.listener=http://127.0.0.1:0', `--log.dirs=${dataDir}`]
  const t0 = nowNs()
  const { child, closed } = spawnChild(command, [...args, ...flags], { env: { ...process.env, ...env, RIVULET_LOG_LEVEL: 'info' } })
  const elapsedMs = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} ${args.join(' ')}: not started within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS)
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.includes('"msg":"rivulet started"')) return
      clearTimeout(timer)
      resolve(Number(nowNs() - t0) / 1e6)
    })
    closed.then((exit) => reject(new Error(`${command} exited (${exit.code ?? exit.signal}) before starting`)), reject)
  })
  // npm passes SIGTERM on to the node it runs.
  child.kill('SIGTERM')
  const exit = await closed
  if (exit.code !== 0) throw new Error(`${command} ${args.join(' ')}: exit ${exit.code ?? exit.signal} after SIGTERM`)
  return elapsedMs
}

export default async function (): Promise<void> {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { stdio: 'inherit' })
  if (build.status !== 0) throw new Error('the build failed')
  const tsx = ['--import', 'tsx', 'src/cli/rivulet.ts']
  // tsx keeps its compile cache under the temp dir: a new one per start is an empty cache.
  const emptyCache = (): NodeJS.ProcessEnv => ({ TMPDIR: tempDir('rivulet-tsx-cache-') })
  const cases: Array<[string, string, string[], () => NodeJS.ProcessEnv]> = [
    ['npm start (compiled, via npm and prestart)', 'npm', ['start', '--silent', '--'], () => ({})],
    ['node dist/cli/rivulet.js', process.execPath, ['dist/cli/rivulet.js'], () => ({})],
    ['baseline: tsx src/cli/rivulet.ts, warm cache', process.execPath, tsx, () => ({})],
    ['baseline: tsx src/cli/rivulet.ts, empty cache', process.execPath, tsx, emptyCache]
  ]
  for (const [name, command, args, env] of cases) {
    const times: number[] = []
    for (let i = 0; i < RUNS; i++) times.push(await startMs(command, args, env()))
    console.log(`${name.padEnd(48)} median ${fmt(percentile(times, 50))} ms  (min ${fmt(Math.min(...times))}, max ${fmt(Math.max(...times))}, ${RUNS} runs)`)
  }
}
