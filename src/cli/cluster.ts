// `rivulet cluster [--nodes 3] [--data-dir ./data] [--client-port 9092] [--controller-port 9093]
// [--admin-port 9644] [--key=value ...]` (`npm run cluster`): a local cluster of combined nodes
// (process.roles=broker,controller), one child process each, node N on its own loopback address
// 127.0.0.N: Kafka listener 127.0.0.N:9092, controller listener 127.0.0.N:9093, admin API
// http://127.0.0.N:(9643+N) (a port of its own, so that each is reachable as localhost:port too). Every socket of a node is bound to its own address, so that a fault can
// later be injected per node. Data lives in <data-dir>/node-N; at the first run every node is formatted
// with one new cluster id (as `rivulet format`), or with RIVULET_CLUSTER_ID when it is set (the nodes
// inherit the environment and check their directories against it at start: src/cli/format.ts), later
// runs keep it. Other --key=value flags go to every
// node. Each child's output lines are prefixed `[node-N]`.
//
// Stopping: SIGINT (Ctrl-C) or SIGTERM asks every node for a controlled shutdown (SIGTERM) and waits for
// all of them; a second signal, later than a moment after the first, SIGKILLs them. The children lead
// their own process groups, so the terminal's Ctrl-C reaches only this supervisor, and npm's forwarding
// of the same Ctrl-C (npm run passes SIGINT on to its script, which got it from the terminal too) is
// not taken for a second one. A node that exits on its own is reported; the others keep running.
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { CLUSTER_ID_ENV, loadConfig } from '../config/load-config.ts'
import { ConfigError } from '../config/config-def.ts'
import { formatStorage, identityDirs, randomUuid, readMetaProperties, StorageIdentityError } from '../node/meta-properties.ts'
import type { CommandOutput } from './format.ts'

const NODES_DEFAULT = 3
/** 127.0.0.N is one address per node: 127.0.0.255 is the loopback net's broadcast address. */
const NODES_MAX = 254
const CLIENT_PORT_DEFAULT = 9092
const CONTROLLER_PORT_DEFAULT = 9093
/** Node 1's admin port; node N's is this + N - 1. */
const ADMIN_PORT_DEFAULT = 9644
/** Signals closer than this to the first one are the same Ctrl-C (the terminal's and npm's forwarded copy). */
const REPEATED_SIGNAL_WINDOW_MS = 1000

export interface ClusterLayout {
  readonly nodes: number
  readonly dataDir: string
  readonly clientPort: number
  readonly controllerPort: number
  /** Node 1's admin port; node N's is this + N - 1. */
  readonly adminPort: number
  /** Flags given to every node after the cluster's own. */
  readonly extraFlags: readonly string[]
}

export function nodeHost (id: number): string {
  return `127.0.0.${id}`
}

/** The command-line flags of node `id` of the cluster. */
export function clusterNodeFlags (id: number, layout: ClusterLayout): string[] {
  const voters = Array.from({ length: layout.nodes }, (_, i) => `${i + 1}@${nodeHost(i + 1)}:${layout.controllerPort}`).join(',')
  const host = nodeHost(id)
  return [
    `--node.id=${id}`,
    '--process.roles=broker,controller',
    `--controller.quorum.voters=${voters}`,
    `--listeners=PLAINTEXT://${host}:${layout.clientPort},CONTROLLER://${host}:${layout.controllerPort}`,
    `--advertised.listeners=PLAINTEXT://${host}:${layout.clientPort}`,
    '--controller.listener.names=CONTROLLER',
    '--inter.broker.listener.name=PLAINTEXT',
    `--log.dirs=${join(layout.dataDir, `node-${id}`)}`,
    `--rivulet.admin.listener=http://${host}:${layout.adminPort + id - 1}`,
    ...layout.extraFlags
  ]
}

/** Parses the command's own flags; the rest are node configuration. Throws ConfigError on a bad value. */
export function parseClusterArgs (args: readonly string[]): ClusterLayout {
  const numbers = new Map<string, number>([['--nodes', NODES_DEFAULT], ['--client-port', CLIENT_PORT_DEFAULT], ['--controller-port', CONTROLLER_PORT_DEFAULT], ['--admin-port', ADMIN_PORT_DEFAULT]])
  let dataDir = './data'
  const extraFlags: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, null]
    if (numbers.has(name) || name === '--data-dir') {
      const value = inline ?? args[++i]
      if (value === undefined) throw new ConfigError(name, `rivulet cluster: ${name} needs a value`)
      if (name === '--data-dir') {
        dataDir = value
        continue
      }
      const n = Number(value)
      const max = name === '--nodes' ? NODES_MAX : 65535
      if (!Number.isInteger(n) || n < 1 || n > max) throw new ConfigError(name, `rivulet cluster: ${name} ${value} must be a whole number from 1 to ${max}${name === '--nodes' ? ' (one loopback address each)' : ''}`)
      numbers.set(name, n)
      continue
    }
    extraFlags.push(arg)
    if (inline === null && args[i + 1] !== undefined && !args[i + 1]!.startsWith('--')) extraFlags.push(args[++i]!)
  }
  const nodes = numbers.get('--nodes')!
  const adminPort = numbers.get('--admin-port')!
  if (adminPort + nodes - 1 > 65535) throw new ConfigError('--admin-port', `rivulet cluster: --admin-port ${adminPort} leaves no port for node ${nodes}`)
  return { nodes, dataDir, clientPort: numbers.get('--client-port')!, controllerPort: numbers.get('--controller-port')!, adminPort, extraFlags }
}

/**
 * Formats every node that has no meta.properties yet, with RIVULET_CLUSTER_ID when it is set (the
 * nodes inherit it and would refuse directories of another id), else with the cluster id the formatted
 * ones already share (a new one at the first run); refuses when the nodes' directories name different
 * clusters, or another cluster than RIVULET_CLUSTER_ID.
 */
export function formatClusterNodes (layout: ClusterLayout, env: Readonly<Record<string, string | undefined>>, output: CommandOutput): string {
  const nodes = Array.from({ length: layout.nodes }, (_, i) => {
    const config = loadConfig({ argv: clusterNodeFlags(i + 1, layout), env })
    return { id: i + 1, dirs: identityDirs(config.list('log.dirs'), config.string('metadata.log.dir')) }
  })
  const found = new Map<string, string>()
  for (const node of nodes) {
    for (const dir of node.dirs) {
      const props = readMetaProperties(dir)
      if (props !== null) found.set(dir, props.clusterId)
    }
  }
  const ids = new Set(found.values())
  if (ids.size > 1) throw new StorageIdentityError('RIVULET_ERR_CLUSTER_ID', `the nodes under ${layout.dataDir} belong to different clusters (${[...found].map(([d, id]) => `${d}: ${id}`).join(', ')}); remove ${layout.dataDir} to start afresh`)
  const given = env[CLUSTER_ID_ENV]
  const fromEnv = given !== undefined && given !== '' ? given : null
  if (fromEnv !== null && ids.size === 1 && !ids.has(fromEnv)) {
    throw new StorageIdentityError('RIVULET_ERR_CLUSTER_ID', `the nodes under ${layout.dataDir} belong to cluster ${[...ids][0]!}, not ${CLUSTER_ID_ENV}=${fromEnv}; unset ${CLUSTER_ID_ENV} or remove ${layout.dataDir} to start afresh`)
  }
  const clusterId = fromEnv ?? (ids.size === 1 ? [...ids][0]! : randomUuid())
  for (const node of nodes) {
    const result = formatStorage(node.dirs, clusterId, node.id)
    for (const dir of result.formatted) output.out(`[cluster] formatting ${dir} with cluster.id ${clusterId} and node.id ${node.id}`)
  }
  return clusterId
}

function plural (n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** Forwards a child's output, a line at a time, prefixed with its node's name. */
function prefixLines (child: ChildProcess, prefix: string, output: CommandOutput): void {
  createInterface({ input: child.stdout! }).on('line', (line) => output.out(`${prefix} ${line}`))
  createInterface({ input: child.stderr! }).on('line', (line) => output.err(`${prefix} ${line}`))
}

/** Runs the cluster until it is stopped; resolves with the exit code. */
export async function clusterCommand (args: readonly string[], env: NodeJS.ProcessEnv, output: CommandOutput): Promise<number> {
  let layout: ClusterLayout
  let clusterId: string
  try {
    layout = parseClusterArgs(args)
    clusterId = formatClusterNodes(layout, env, output)
  } catch (err) {
    if (err instanceof ConfigError) {
      output.err(`rivulet: ${err.message}`)
      return 2
    }
    if (err instanceof StorageIdentityError) {
      output.err(`rivulet cluster: ${err.message}`)
      return 1
    }
    throw err
  }
  output.out(`[cluster] starting ${plural(layout.nodes, 'node')} of cluster ${clusterId}: bootstrap servers ${Array.from({ length: layout.nodes }, (_, i) => `${nodeHost(i + 1)}:${layout.clientPort}`).join(',')}`)
  // The same program this process runs (dist/cli/rivulet.js, or src/cli/rivulet.ts under tsx), with the same node options.
  const script = process.argv[1]!
  const children = new Map<number, ChildProcess>()
  const exits: Array<Promise<number>> = []
  let stopping = false
  let firstSignalMs = 0
  for (let id = 1; id <= layout.nodes; id++) {
    const child = spawn(process.execPath, [...process.execArgv, script, ...clusterNodeFlags(id, layout)], { stdio: ['ignore', 'pipe', 'pipe'], env, detached: true })
    const prefix = `[node-${id}]`
    children.set(id, child)
    prefixLines(child, prefix, output)
    exits.push(new Promise((resolve) => {
      child.on('error', (err) => {
        output.err(`[cluster] node-${id} did not start: ${err.message}`)
        resolve(1)
      })
      child.on('exit', (code, signal) => {
        children.delete(id)
        const how = signal !== null ? `was killed by ${signal}` : `exited with code ${code}`
        if (!stopping && children.size > 0) output.err(`[cluster] node-${id} ${how}; ${children.size} of ${layout.nodes} nodes still run (Ctrl-C stops them)`)
        else if (!stopping) output.err(`[cluster] node-${id} ${how}; no node runs any more`)
        else output.out(`[cluster] node-${id} ${how}`)
        resolve(code === 0 ? 0 : 1)
      })
    }))
  }
  const onSignal = (signal: NodeJS.Signals): void => {
    const nowMs = Date.now()
    if (!stopping) {
      stopping = true
      firstSignalMs = nowMs
      output.out(`[cluster] ${signal}: stopping ${plural(children.size, 'node')} (controlled shutdown; a second Ctrl-C kills them)`)
      for (const child of children.values()) child.kill('SIGTERM')
      return
    }
    if (nowMs - firstSignalMs < REPEATED_SIGNAL_WINDOW_MS) return
    output.err(`[cluster] ${signal} again: killing ${plural(children.size, 'node')}`)
    for (const child of children.values()) child.kill('SIGKILL')
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  // If this process exits any other way, its nodes must not outlive it.
  process.on('exit', () => { for (const child of children.values()) child.kill('SIGKILL') })
  const codes = await Promise.all(exits)
  process.off('SIGINT', onSignal)
  process.off('SIGTERM', onSignal)
  return stopping && codes.every((c) => c === 0) ? 0 : 1
}
