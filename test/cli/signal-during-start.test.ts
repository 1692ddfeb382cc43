// The `rivulet` command's signal handlers are in place before the start (src/cli/rivulet.ts): a node
// whose quorum cannot form waits to run without end, and SIGTERM then aborts the start, closes what it
// opened and exits 0 at once (in a container, PID 1 without a handler would ignore SIGTERM until the
// engine's SIGKILL). Its data is left intact: the node starts again on it.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { spawnChild, tempDir, type ChildExit } from '../helpers/child-processes.ts'
import { freePort } from '../helpers/group-admin.ts'
import { randomUuid } from '../../src/node/meta-properties.ts'

const RIVULET = new URL('../../src/cli/rivulet.ts', import.meta.url).pathname

/** Starts the node, waits for its client listener, sends SIGTERM; returns its exit, how long it took to exit, and its output. */
async function startThenTerm (env: NodeJS.ProcessEnv): Promise<{ exit: ChildExit, exitMs: number, out: string }> {
  const { child, closed } = spawnChild(process.execPath, ['--import', 'tsx', RIVULET], { env })
  let out = ''
  let onLine = (): void => {}
  child.stdout!.on('data', (d: Buffer) => { out += d.toString(); onLine() })
  child.stderr!.on('data', (d: Buffer) => { out += d.toString() })
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the node did not reach its listener in 30 s: ${out}`)), 30_000)
    onLine = () => { if (out.includes('"msg":"listening"')) { clearTimeout(timer); resolve() } }
    void closed.then((e) => { clearTimeout(timer); reject(new Error(`the node exited (${JSON.stringify(e)}): ${out}`)) })
  })
  // Still waiting for a quorum of three voters, two of which never start.
  await new Promise((resolve) => setTimeout(resolve, 500))
  assert.ok(!out.includes('rivulet started'), out)
  const sentMs = performance.now()
  child.kill('SIGTERM')
  const exit = await Promise.race([closed, new Promise<ChildExit>((resolve) => setTimeout(() => resolve({ code: null, signal: null }), 10_000))])
  return { exit, exitMs: performance.now() - sentMs, out }
}

test('SIGTERM while the node waits for a quorum that cannot form aborts the start: exit 0 at once, the @metadata log closed, the data usable again', { timeout: 90_000 }, async () => {
  const root = tempDir('rivulet-signal-start-')
  const [client, c1, c2, c3] = [await freePort(), await freePort(), await freePort(), await freePort()]
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('RIVULET_')))
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    RIVULET_CLUSTER_ID: randomUuid(),
    RIVULET_NODE_ID: '1',
    RIVULET_PROCESS_ROLES: 'broker,controller',
    RIVULET_CONTROLLER_QUORUM_VOTERS: `1@127.0.0.1:${c1},2@127.0.0.1:${c2},3@127.0.0.1:${c3}`,
    RIVULET_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
    RIVULET_LISTENERS: `PLAINTEXT://127.0.0.1:${client},CONTROLLER://127.0.0.1:${c1}`,
    RIVULET_RIVULET_ADMIN_LISTENER: '',
    RIVULET_LOG_DIRS: join(root, 'data')
  }
  for (const run of ['first start', 'restart on the same data']) {
    const { exit, exitMs, out } = await startThenTerm(env)
    assert.deepEqual(exit, { code: 0, signal: null }, `${run}: exit 0 within 10 s of SIGTERM: ${out}`)
    assert.ok(exitMs < 10_000, `${run}: exited in ${Math.round(exitMs)} ms`)
    assert.match(out, /signal during the start: aborting it/, run)
    assert.match(out, /raft node closed/, `${run}: the @metadata log was closed: ${out}`)
    assert.match(out, /start aborted: stopped/, run)
  }
})
