// `rivulet cluster` (`npm run cluster`): formats <data-dir>/node-N with one cluster id at the first run
// (and keeps it after), starts the nodes as child processes on 127.0.0.N with their output prefixed
// `[node-N]`, says so when a node dies, and on SIGINT stops every node and waits for them. Ports are
// picked free for the run (the command's defaults are Kafka's 9092/9093).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { spawnChild, tempDir, type ChildExit } from '../helpers/child-processes.ts'
import { freePort } from '../helpers/raft-cluster.ts'
import { call } from '../helpers/cluster-processes.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import type { MetadataResponse } from '../../src/protocol/generated/messages/metadata.ts'

interface Supervisor {
  readonly lines: string[]
  readonly closed: Promise<ChildExit>
  /** The node processes' pids, from their log lines (they lead their own process groups). */
  readonly nodePids: Map<number, number>
  readonly child: ReturnType<typeof spawnChild>['child']
  waitForLine (pattern: RegExp, timeoutMs: number): Promise<string>
}

function startSupervisor (args: readonly string[]): Supervisor {
  const { child, closed } = spawnChild(process.execPath, ['--import', 'tsx', 'src/cli/rivulet.ts', 'cluster', ...args], { env: { ...process.env, RIVULET_LOG_LEVEL: 'info' } })
  const lines: string[] = []
  const nodePids = new Map<number, number>()
  const listeners = new Set<() => void>()
  let ended = false
  const add = (line: string): void => {
    lines.push(line)
    const match = /^\[node-(\d+)\] .*"pid":(\d+)/.exec(line)
    if (match !== null) nodePids.set(Number(match[1]), Number(match[2]))
    for (const l of listeners) l()
  }
  createInterface({ input: child.stdout! }).on('line', add)
  createInterface({ input: child.stderr! }).on('line', add)
  // The nodes are not in the supervisor's process group: whatever happens to the test, they go.
  void closed.finally(() => {
    ended = true
    for (const l of listeners) l()
    for (const pid of nodePids.values()) try { process.kill(pid, 'SIGKILL') } catch { /* gone */ }
  })
  return {
    lines,
    closed,
    nodePids,
    child,
    async waitForLine (pattern, timeoutMs) {
      const found = (): string | undefined => lines.find((l) => pattern.test(l))
      if (found() !== undefined) return found()!
      return await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => { listeners.delete(check); reject(new Error(`no line matching ${pattern} in ${timeoutMs} ms:\n${lines.slice(-30).map((l) => l.slice(0, 400)).join('\n')}`)) }, timeoutMs)
        const check = (): void => {
          const line = found()
          if (line === undefined && ended) {
            clearTimeout(timer)
            listeners.delete(check)
            reject(new Error(`the supervisor exited without a line matching ${pattern}:\n${lines.slice(-30).map((l) => l.slice(0, 400)).join('\n')}`))
          }
          if (line === undefined) return
          clearTimeout(timer)
          listeners.delete(check)
          resolve(line)
        }
        listeners.add(check)
      })
    }
  }
}

async function ports (): Promise<string[]> {
  // Free on 127.0.0.1; the other loopback addresses of a test machine hold nothing else.
  return ['--client-port', String(await freePort('127.0.0.1')), '--controller-port', String(await freePort('127.0.0.1')), '--admin-port', String(await freePort('127.0.0.1'))]
}

function clusterIdOf (dir: string): string {
  return /^cluster\.id=(.+)$/m.exec(readFileSync(join(dir, 'meta.properties'), 'utf8'))![1]!
}

test('rivulet cluster --nodes 1: formats node-1, prefixes its output, stops it on SIGINT; a second run keeps the cluster id', { timeout: 90_000 }, async () => {
  const data = tempDir('rivulet-cluster-cmd-')
  const args = ['--nodes', '1', '--data-dir', data, ...await ports()]
  const first = startSupervisor(args)
  await first.waitForLine(/^\[node-1\] .*"msg":"rivulet started"/, 60_000)
  assert.ok(first.lines.some((l) => /^\[cluster\] formatting .*node-1 with cluster\.id \S+ and node\.id 1$/.test(l)))
  const id = clusterIdOf(join(data, 'node-1'))
  first.child.kill('SIGINT')
  assert.deepEqual(await first.closed, { code: 0, signal: null }, first.lines.slice(-10).join('\n'))
  assert.ok(first.lines.some((l) => /^\[cluster\] node-1 exited with code 0$/.test(l)))

  const second = startSupervisor(args)
  await second.waitForLine(/^\[node-1\] .*"msg":"rivulet started"/, 60_000)
  assert.ok(!second.lines.some((l) => l.includes('formatting')), 'formatted once')
  assert.equal(clusterIdOf(join(data, 'node-1')), id)
  second.child.kill('SIGTERM')
  assert.equal((await second.closed).code, 0)
})

test('rivulet cluster (three nodes): one cluster id, three brokers on 127.0.0.1-3, a dead node is reported, SIGINT stops the others', { timeout: 120_000 }, async () => {
  const data = tempDir('rivulet-cluster-cmd-')
  const portArgs = await ports()
  const supervisor = startSupervisor(['--data-dir', data, ...portArgs])
  for (const id of [1, 2, 3]) await supervisor.waitForLine(new RegExp(`^\\[node-${id}\\] .*"msg":"rivulet started"`), 90_000)
  assert.equal(new Set([1, 2, 3].map((id) => clusterIdOf(join(data, `node-${id}`)))).size, 1, 'one cluster id')
  const clientPort = Number(portArgs[1])
  const deadline = Date.now() + 30_000
  let brokers: number[] = []
  while (Date.now() < deadline) {
    const metadata = await call<MetadataResponse>('127.0.0.2', clientPort, ApiKey.Metadata, 12, { topics: null, allowAutoTopicCreation: false, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false }).catch(() => null)
    brokers = metadata?.brokers.map((b) => b.nodeId).sort() ?? []
    if (brokers.length === 3) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  assert.deepEqual(brokers, [1, 2, 3])

  process.kill(supervisor.nodePids.get(2)!, 'SIGKILL')
  await supervisor.waitForLine(/^\[cluster\] node-2 was killed by SIGKILL; 2 of 3 nodes still run/, 10_000)
  supervisor.child.kill('SIGINT')
  const exit = await supervisor.closed
  assert.equal(exit.code, 1, 'a node failed during the run')
  for (const id of [1, 3]) assert.ok(supervisor.lines.some((l) => l === `[cluster] node-${id} exited with code 0`), `node-${id} stopped cleanly`)
})
