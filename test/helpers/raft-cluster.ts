// Pieces for running real RaftNodes (real storage, real TCP transport) in tests and benchmarks: a
// state machine that records what it applies, addresses on 127.0.0.x, and waiting on a condition.
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RaftNode, type RaftNodeConfig, type RaftStateMachine } from '../../src/controller/raft/raft-node.ts'
import { nodeFileIO, type RaftFileIO } from '../../src/controller/raft/storage/file-io.ts'
import { EntryType, StateRole, type Entry, type NodeId, type Snapshot } from '../../src/controller/raft/core/types.ts'
import type { PeerAddress } from '../../src/controller/raft/transport/tcp-transport.ts'
import { silentLogger } from '../../src/util/logger.ts'

const decoder = new TextDecoder()
const encoder = new TextEncoder()

/** Applies each non-empty normal entry by appending its payload (as text) to a list. */
export class ListStateMachine implements RaftStateMachine {
  values: string[] = []
  appliedIndex = 0

  apply (entries: readonly Entry[]): void {
    for (const e of entries) {
      if (e.type === EntryType.Normal && e.data.byteLength > 0) this.values.push(decoder.decode(e.data))
      this.appliedIndex = e.index
    }
  }

  restore (snapshot: Snapshot): void {
    this.values = snapshot.data.byteLength === 0 ? [] : JSON.parse(decoder.decode(snapshot.data)) as string[]
    this.appliedIndex = snapshot.metadata.index
  }

  snapshot (): Uint8Array {
    return encoder.encode(JSON.stringify(this.values))
  }
}

/** Ports tests hand out: below Linux's ephemeral range (ip_local_port_range, 32768-60999 by default). */
const TEST_PORT_MIN = 10_000
const TEST_PORT_MAX = 32_000

/**
 * The host ports docker/docker-compose.yml publishes, which test/docker/compose.test.ts binds as they
 * are: never handed out, so a cluster test beside it cannot take one first.
 */
const COMPOSE_PORTS: ReadonlySet<number> = new Set([19092, 29092, 39092, 19644, 29644, 39644])

/**
 * Every port this process has handed out, never handed out again: a port is free when checked but not
 * yet bound, so without this one node's client and admin ports could be the same number (a CI run
 * failed on EADDRINUSE that way). 22,000 ports outlast any test file's clusters.
 */
const HANDED_OUT = new Set<number>()
const FREE_PORT_ATTEMPTS_MAX = 1000

/**
 * A port free on `host` right now, chosen at random below the ephemeral range: a port the OS picked
 * (listen on 0) can be taken, before the node binds it, by an outgoing connection of another cluster
 * running at the same time on the same loopback address (their source ports come from that range).
 * Only another harness choosing the same number could collide, and the bind check catches most of that.
 */
export async function freePort (host: string): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    // Counts draws of handed-out ports too, so that the loop ends even once the range is used up.
    if (attempt >= FREE_PORT_ATTEMPTS_MAX) throw new Error(`no free port on ${host} in ${TEST_PORT_MIN}-${TEST_PORT_MAX} after ${FREE_PORT_ATTEMPTS_MAX} tries (${HANDED_OUT.size} handed out)`)
    const port = TEST_PORT_MIN + Math.floor(Math.random() * (TEST_PORT_MAX - TEST_PORT_MIN))
    if (COMPOSE_PORTS.has(port) || HANDED_OUT.has(port)) continue
    const server = createServer()
    const bound = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false))
      server.listen(port, host, () => resolve(true))
    })
    if (bound) {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      HANDED_OUT.add(port)
      return port
    }
  }
}

/** Voters 1..n on 127.0.0.1..n (one loopback address each, so that a node can be cut off alone). */
export async function loopbackVoters (n: number): Promise<Map<NodeId, PeerAddress>> {
  const voters = new Map<NodeId, PeerAddress>()
  for (let id = 1; id <= n; id++) {
    const host = `127.0.0.${id}`
    voters.set(id, { host, port: await freePort(host) })
  }
  return voters
}

/** Polls `condition` every few milliseconds until it holds; throws with `what` after `timeoutMs`. */
export async function waitFor (what: string, condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

/**
 * Three (or n) RaftNodes in this process over real TCP on 127.0.0.x, real storage under `root`,
 * with fsyncs counted per node.
 */
export class RaftCluster {
  readonly nodes = new Map<NodeId, RaftNode>()
  readonly machines = new Map<NodeId, ListStateMachine>()
  readonly fsyncs = new Map<NodeId, number>()

  constructor (readonly root: string, readonly voters: Map<NodeId, PeerAddress>, readonly extra: Partial<RaftNodeConfig> = {}) {}

  static async create (extra: Partial<RaftNodeConfig> = {}, root = mkdtempSync(join(tmpdir(), 'rivulet-raft-node-')), size = 3): Promise<RaftCluster> {
    const cluster = new RaftCluster(root, await loopbackVoters(size), extra)
    for (const id of cluster.voters.keys()) await cluster.start(id)
    return cluster
  }

  async start (id: NodeId): Promise<RaftNode> {
    const machine = new ListStateMachine()
    this.fsyncs.set(id, 0)
    const counting: RaftFileIO = { ...nodeFileIO, fsync: (fd, done) => { this.fsyncs.set(id, this.fsyncs.get(id)! + 1); nodeFileIO.fsync(fd, done) } }
    const node = await RaftNode.start({
      nodeId: id,
      clusterId: 'test',
      voters: this.voters,
      dataDir: join(this.root, `node-${id}`),
      stateMachine: machine,
      logger: silentLogger(),
      tickMs: 10,
      electionTicks: 10,
      heartbeatTicks: 2,
      storageIO: counting,
      ...this.extra
    })
    this.nodes.set(id, node)
    this.machines.set(id, machine)
    return node
  }

  async stop (id: NodeId): Promise<void> {
    await this.nodes.get(id)!.close()
    this.nodes.delete(id)
  }

  async leader (): Promise<RaftNode> {
    let found: RaftNode | undefined
    await waitFor('a leader', () => {
      const leaders = [...this.nodes.values()].filter((n) => n.status().role === StateRole.Leader)
      found = leaders.length === 1 ? leaders[0] : undefined
      return found !== undefined
    })
    return found!
  }

  /** Every running node has applied exactly `values`, in order. */
  async converged (values: readonly string[]): Promise<void> {
    await waitFor(`all nodes to apply ${values.length} values`, () => [...this.nodes.keys()].every((id) => this.machines.get(id)!.values.length >= values.length))
    for (const id of this.nodes.keys()) assert.deepEqual(this.machines.get(id)!.values, values, `node ${id}`)
  }

  async close (): Promise<void> {
    for (const id of [...this.nodes.keys()]) await this.stop(id)
    rmSync(this.root, { recursive: true, force: true })
  }
}
