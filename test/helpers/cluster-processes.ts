// A Rivulet cluster as real processes (`node --import tsx src/cli/rivulet.ts`), node N on its own
// loopback address 127.0.0.N with ports picked free for this run (so that tests running side by side do
// not collide), every node formatted with one cluster id (as `rivulet format`). Built on
// child-processes.ts: the processes and the data die with the test that started them.
//
// Tests wait for state, never for time: `until` polls a probe (Metadata, DescribeQuorum, the admin API)
// and, when it gives up, throws with the tail of every node's log, so a failure shows what each node
// said. A node can be killed (SIGKILL, SIGTERM: the process exit is awaited), paused (SIGSTOP) and
// resumed, and restarted on the same data and ports. `imageOf` reads the admin API's digest of a node's
// committed image (GET /v1/metadata/image).
import type { ChildProcess } from 'node:child_process'
import { get as httpGet } from 'node:http'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { spawnChild, tempDir, killGroup, type ChildExit } from './child-processes.ts'
import { freePort } from './raft-cluster.ts'
import { WireClient, encodeRequest, decodeResponse } from './wire-client.ts'
import { formatStorage, randomUuid } from '../../src/node/meta-properties.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { ZERO_UUID } from '../../src/protocol/primitives/uuid.ts'
import type { MetadataResponse, MetadataResponseTopic } from '../../src/protocol/generated/messages/metadata.ts'
import type { CreateTopicsResponse } from '../../src/protocol/generated/messages/create-topics.ts'
import type { FindCoordinatorResponse } from '../../src/protocol/generated/messages/find-coordinator.ts'
import type { DescribeQuorumResponse, DescribeQuorumResponsePartitionData } from '../../src/protocol/generated/messages/describe-quorum.ts'

export type NodeRoles = 'broker,controller' | 'broker' | 'controller'

/** Settings that keep a test short: quick heartbeats and fencing, quick group starts, quick shutdowns. */
export const TEST_NODE_CONFIG: Readonly<Record<string, string>> = {
  'broker.session.timeout.ms': '2000',
  'broker.heartbeat.interval.ms': '200',
  'group.initial.rebalance.delay.ms': '0',
  'rivulet.shutdown.timeout.ms': '3000'
}

const START_TIMEOUT_MS_DEFAULT = 60_000
const REQUEST_TIMEOUT_MS_DEFAULT = 5000
const LOG_TAIL_LINES = 25
/** A log line in a failure report is cut here (the effective-configuration line alone is 4 KB). */
const LOG_LINE_CHARS_MAX = 600
/** Kafka's name of the metadata partition in DescribeQuorum. */
const METADATA_TOPIC = '__cluster_metadata'

export interface ClusterNode {
  readonly id: number
  readonly roles: NodeRoles
  readonly host: string
  readonly clientPort: number
  /** null for a broker-only node. */
  readonly controllerPort: number | null
  readonly adminPort: number
  readonly dataDir: string
  /** Every line the node printed, across its restarts. */
  readonly logLines: string[]
  /** Flags of this node beyond the cluster's (per node overrides). */
  readonly config: Readonly<Record<string, string>>
  child: ChildProcess | null
  exited: Promise<ChildExit> | null
}

export interface ClusterOptions {
  /** Combined voters 1..voters (default 3). */
  readonly voters?: number
  /** Roles of the voters (default broker,controller). */
  readonly voterRoles?: 'broker,controller' | 'controller'
  /** Flags for every node, over TEST_NODE_CONFIG. */
  readonly config?: Readonly<Record<string, string>>
  /** false: Kafka's defaults instead of TEST_NODE_CONFIG (for benchmarks). Default true. */
  readonly testSettings?: boolean
  readonly startTimeoutMs?: number
  /**
   * The nodes (restarts too) belong to the test file, not to the test that starts them: for a cluster
   * started in `before` and shared by the file's tests. Default: they die with the test that starts them.
   */
  readonly sharedByFile?: boolean
  /**
   * Source address of the test's own requests (Kafka and admin API). Default: the kernel's, which is
   * 127.0.0.1 on loopback, node 1's address; a test that cuts links between node addresses
   * (loopback-partition.ts) sends from an address no node has, so its view of every node stays.
   */
  readonly clientHost?: string
  /**
   * Node N listens on 127.0.0.(hostBase + N) (default 0: 127.0.0.N). A client that cannot choose its
   * source address (librdkafka) connects from 127.0.0.1, the kernel's source for all of 127/8: with
   * hostBase 10 no node has that address, so cutting links between node addresses leaves clients alone.
   */
  readonly hostBase?: number
}

export interface TopicSpec {
  readonly name: string
  readonly partitions: number
  readonly replicationFactor: number
  readonly configs?: Readonly<Record<string, string>>
  /** Replicas of each partition by index; when given, partitions and replicationFactor are sent as -1. */
  readonly assignments?: ReadonlyArray<readonly number[]>
}

/** Sends one request on a fresh connection and reads its answer; rejects after `timeoutMs` (a paused node answers nothing). */
export async function call<T> (host: string, port: number, apiKey: number, version: number, body: unknown, timeoutMs = REQUEST_TIMEOUT_MS_DEFAULT, localAddress?: string): Promise<T> {
  let client: WireClient | null = null
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_resolve, reject) => { timer = setTimeout(() => reject(new Error(`no answer from ${host}:${port} (api ${apiKey}) in ${timeoutMs} ms`)), timeoutMs) })
  try {
    return await Promise.race([timeout, (async () => {
      client = await WireClient.connect(port, host, localAddress)
      client.send(encodeRequest(apiKey, version, 1, body))
      const frame = await client.nextFrame()
      if (frame === null) throw new Error(`${host}:${port} closed the connection (api ${apiKey} v${version})`)
      return decodeResponse<T>(frame, apiKey, version).body
    })()])
  } finally {
    clearTimeout(timer)
    ;(client as WireClient | null)?.close()
  }
}

export class ProcessCluster {
  readonly clusterId = randomUuid()
  readonly root: string
  readonly nodes = new Map<number, ClusterNode>()
  /** controller.quorum.voters, as every node is given it. */
  private votersText = ''
  private readonly config: Readonly<Record<string, string>>
  private readonly startTimeoutMs: number
  private readonly sharedByFile: boolean
  /** ClusterOptions.clientHost. */
  readonly clientHost: string | undefined
  private readonly hostBase: number

  private constructor (options: ClusterOptions) {
    this.sharedByFile = options.sharedByFile === true
    this.clientHost = options.clientHost
    this.hostBase = options.hostBase ?? 0
    this.root = tempDir('rivulet-cluster-')
    this.config = { ...(options.testSettings === false ? {} : TEST_NODE_CONFIG), ...options.config }
    this.startTimeoutMs = options.startTimeoutMs ?? START_TIMEOUT_MS_DEFAULT
  }

  /** Formats and starts the voters together (each waits for a quorum to register), resolving once each says it started. */
  static async start (options: ClusterOptions = {}): Promise<ProcessCluster> {
    const cluster = new ProcessCluster(options)
    const count = options.voters ?? 3
    for (let id = 1; id <= count; id++) await cluster.define(id, options.voterRoles ?? 'broker,controller', {})
    cluster.votersText = [...cluster.nodes.values()].map((n) => `${n.id}@${n.host}:${n.controllerPort!}`).join(',')
    await Promise.all([...cluster.nodes.keys()].map(async (id) => await cluster.launch(id)))
    return cluster
  }

  /** Adds node `id` (127.0.0.id), by default broker-only (an observer of the quorum), formatted and started. */
  async addNode (id: number, roles: NodeRoles = 'broker', config: Readonly<Record<string, string>> = {}): Promise<ClusterNode> {
    const node = await this.define(id, roles, config)
    await this.launch(id)
    return node
  }

  private async define (id: number, roles: NodeRoles, config: Readonly<Record<string, string>>): Promise<ClusterNode> {
    if (this.nodes.has(id)) throw new Error(`node ${id} exists`)
    const host = `127.0.0.${this.hostBase + id}`
    const node: ClusterNode = {
      id,
      roles,
      host,
      clientPort: roles === 'controller' ? 0 : await freePort(host),
      controllerPort: roles === 'broker' ? null : await freePort(host),
      adminPort: await freePort(host),
      dataDir: join(this.root, `node-${id}`),
      logLines: [],
      config,
      child: null,
      exited: null
    }
    formatStorage([node.dataDir], this.clusterId, id)
    this.nodes.set(id, node)
    return node
  }

  node (id: number): ClusterNode {
    const node = this.nodes.get(id)
    if (node === undefined) throw new Error(`no node ${id}`)
    return node
  }

  /** The node's flags: its identity and listeners, then the cluster's test settings, then its own. */
  flags (id: number): string[] {
    const n = this.node(id)
    const listeners = [
      ...(n.roles === 'controller' ? [] : [`PLAINTEXT://${n.host}:${n.clientPort}`]),
      ...(n.controllerPort === null ? [] : [`CONTROLLER://${n.host}:${n.controllerPort}`])
    ]
    const flags: Record<string, string> = {
      'node.id': String(id),
      'process.roles': n.roles,
      'controller.quorum.voters': this.votersText,
      listeners: listeners.join(','),
      'controller.listener.names': 'CONTROLLER',
      'log.dirs': n.dataDir,
      'rivulet.admin.listener': `http://${n.host}:${n.adminPort}`,
      ...(n.roles === 'controller' ? {} : { 'advertised.listeners': `PLAINTEXT://${n.host}:${n.clientPort}`, 'inter.broker.listener.name': 'PLAINTEXT' }),
      ...this.config,
      ...n.config
    }
    return Object.entries(flags).map(([k, v]) => `--${k}=${v}`)
  }

  /** Starts node `id`'s process on its data and ports; resolves once it logs 'rivulet started'. */
  async launch (id: number): Promise<void> {
    const node = this.node(id)
    if (node.child !== null) throw new Error(`node ${id} is running`)
    const { child, closed } = spawnChild(process.execPath, ['--import', 'tsx', 'src/cli/rivulet.ts', ...this.flags(id)], {
      env: { ...process.env, RIVULET_LOG_LEVEL: process.env.RIVULET_LOG_LEVEL ?? 'info' },
      ownedByFile: this.sharedByFile
    })
    node.child = child
    node.logLines.push(`--- start of node ${id} (pid ${child.pid ?? '?'}) ---`)
    node.exited = closed.then((exit) => {
      node.logLines.push(`--- node ${id} exited: ${exit.signal ?? `code ${exit.code}`} ---`)
      if (node.child === child) node.child = null
      return exit
    })
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`node ${id} did not start within ${this.startTimeoutMs} ms\n${this.report()}`)), this.startTimeoutMs)
      createInterface({ input: child.stdout! }).on('line', (line) => {
        node.logLines.push(line)
        if (line.includes('"msg":"rivulet started"')) {
          clearTimeout(timer)
          resolve()
        }
      })
      createInterface({ input: child.stderr! }).on('line', (line) => node.logLines.push(`stderr: ${line}`))
      node.exited!.then((exit) => {
        clearTimeout(timer)
        reject(new Error(`node ${id} exited (${exit.signal ?? exit.code}) before it started\n${this.report([id])}`))
      }, (err: Error) => { clearTimeout(timer); reject(err) })
    })
  }

  running (id: number): boolean {
    return this.node(id).child !== null
  }

  /** The nodes now running, in id order. */
  live (): ClusterNode[] {
    return [...this.nodes.values()].filter((n) => n.child !== null).sort((a, b) => a.id - b.id)
  }

  /** The live nodes that serve Kafka clients. */
  liveBrokers (): ClusterNode[] {
    return this.live().filter((n) => n.roles !== 'controller')
  }

  /** Sends `signal` to node `id` and, for one that ends the process, waits for its exit. */
  async signal (id: number, signal: 'SIGKILL' | 'SIGTERM'): Promise<ChildExit> {
    const node = this.node(id)
    if (node.child === null || node.exited === null) throw new Error(`node ${id} is not running`)
    const exited = node.exited
    node.logLines.push(`--- the test sends ${signal} to node ${id} ---`)
    killGroup(node.child, signal)
    return await exited
  }

  async kill (id: number): Promise<ChildExit> {
    return await this.signal(id, 'SIGKILL')
  }

  /** The process id of running node `id`. */
  pid (id: number): number {
    const child = this.node(id).child
    if (child === null || child.pid === undefined || !this.running(id)) throw new Error(`node ${id} is not running`)
    return child.pid
  }

  /** SIGSTOP: the process stays, answers nothing, sends nothing (until resume). */
  pause (id: number): void {
    this.node(id).logLines.push(`--- the test sends SIGSTOP to node ${id} ---`)
    killGroup(this.node(id).child!, 'SIGSTOP')
  }

  resume (id: number): void {
    killGroup(this.node(id).child!, 'SIGCONT')
  }

  /** Starts a stopped node again on the same data and ports. */
  async restart (id: number): Promise<void> {
    await this.launch(id)
  }

  /** `127.0.0.N:port` of the given nodes' client listeners (every live broker when none given). */
  bootstrap (...ids: number[]): string {
    const nodes = ids.length === 0 ? this.liveBrokers() : ids.map((id) => this.node(id))
    return nodes.map((n) => `${n.host}:${n.clientPort}`).join(',')
  }

  /** Metadata v12 of every topic (or the given ones), asked of node `id`. */
  async metadata (id: number, topics: readonly string[] | null = null): Promise<MetadataResponse> {
    const n = this.node(id)
    return await call<MetadataResponse>(n.host, n.clientPort, ApiKey.Metadata, 12, {
      topics: topics === null ? null : topics.map((name) => ({ topicId: ZERO_UUID, name })),
      allowAutoTopicCreation: false,
      includeClusterAuthorizedOperations: false,
      includeTopicAuthorizedOperations: false
    }, REQUEST_TIMEOUT_MS_DEFAULT, this.clientHost)
  }

  /** CreateTopics v7 sent to node `id` (any broker: it forwards to the active controller). */
  async createTopics (id: number, topics: readonly TopicSpec[], timeoutMs = 10_000): Promise<CreateTopicsResponse> {
    const n = this.node(id)
    return await call<CreateTopicsResponse>(n.host, n.clientPort, ApiKey.CreateTopics, 7, {
      topics: topics.map((t) => ({
        name: t.name,
        numPartitions: t.assignments === undefined ? t.partitions : -1,
        replicationFactor: t.assignments === undefined ? t.replicationFactor : -1,
        assignments: (t.assignments ?? []).map((brokerIds, partitionIndex) => ({ partitionIndex, brokerIds: [...brokerIds] })),
        configs: Object.entries(t.configs ?? {}).map(([name, value]) => ({ name, value }))
      })),
      timeoutMs,
      validateOnly: false
    }, timeoutMs + REQUEST_TIMEOUT_MS_DEFAULT, this.clientHost)
  }

  /** FindCoordinator v4 for group `group`, asked of node `id`: the coordinator's node id, or null with its error. */
  async findCoordinator (id: number, group: string): Promise<{ nodeId: number | null, errorCode: number }> {
    const n = this.node(id)
    const response = await call<FindCoordinatorResponse>(n.host, n.clientPort, ApiKey.FindCoordinator, 4, { key: '', keyType: 0, coordinatorKeys: [group] }, REQUEST_TIMEOUT_MS_DEFAULT, this.clientHost)
    const c = response.coordinators[0]!
    return { nodeId: c.errorCode === 0 ? c.nodeId : null, errorCode: c.errorCode }
  }

  /**
   * DescribeQuorum v1 of the @metadata partition asked of node `id` (its client listener, which forwards
   * to the active controller as Kafka's brokers do; a controller-only node's controller listener); null
   * when no leader answers.
   */
  async describeQuorum (id: number): Promise<DescribeQuorumResponsePartitionData | null> {
    const n = this.node(id)
    const port = n.roles === 'controller' ? n.controllerPort! : n.clientPort
    const response = await call<DescribeQuorumResponse>(n.host, port, ApiKey.DescribeQuorum, 1, {
      topics: [{ topicName: METADATA_TOPIC, partitions: [{ partitionIndex: 0 }] }]
    }, REQUEST_TIMEOUT_MS_DEFAULT, this.clientHost)
    const partition = response.topics[0]?.partitions[0]
    if (response.errorCode !== 0 || partition === undefined || partition.errorCode !== 0) return null
    return partition
  }

  /** The active controller: the quorum leader a live voter names in DescribeQuorum, once it is a live node. */
  async activeController (timeoutMs = 20_000): Promise<number> {
    return await this.until('a live active controller named by DescribeQuorum', async () => {
      for (const n of this.live()) {
        const quorum = await this.describeQuorum(n.id).catch(() => null)
        if (quorum !== null && quorum.leaderId >= 0 && this.nodes.get(quorum.leaderId)?.child != null) return quorum.leaderId
      }
      return null
    }, timeoutMs)
  }

  /**
   * Waits until every live broker's Metadata lists exactly `brokers` (default: the live brokers) and
   * names one controller, the same on every node; returns that Metadata of the first live broker.
   */
  async waitForBrokers (brokers: readonly number[] = this.liveBrokers().map((n) => n.id), timeoutMs = 30_000): Promise<MetadataResponse> {
    const want = [...brokers].sort((a, b) => a - b).join(',')
    return await this.until(`every live broker to list brokers [${want}] and agree on a controller`, async () => {
      const answers = await Promise.all(this.liveBrokers().map(async (n) => await this.metadata(n.id).catch(() => null)))
      if (answers.some((m) => m === null)) return null
      const ok = answers.every((m) => m!.brokers.map((b) => b.nodeId).sort((a, b) => a - b).join(',') === want && m!.controllerId >= 0)
      if (!ok || new Set(answers.map((m) => m!.controllerId)).size !== 1) return null
      return answers[0]!
    }, timeoutMs)
  }

  /** Waits until node `id` shows `topic` as `accept` wants it, every partition with a leader unless `leaderless` allows none. */
  async waitForTopic (id: number, topic: string, accept: (t: MetadataResponseTopic) => boolean = () => true, timeoutMs = 20_000, leaderless = false): Promise<MetadataResponseTopic> {
    let seen = 'nothing'
    const leaders = leaderless ? '' : ' with a leader for every partition'
    return await this.until(() => `node ${id} to show ${topic}${leaders} (and as the test expects); last seen: ${seen}`, async () => {
      const t = (await this.metadata(id, [topic]).catch(() => null))?.topics[0]
      if (t !== undefined) seen = JSON.stringify({ errorCode: t.errorCode, partitions: t.partitions.map((p) => ({ p: p.partitionIndex, leader: p.leaderId, epoch: p.leaderEpoch, replicas: p.replicaNodes, isr: p.isrNodes, offline: p.offlineReplicas })) })
      if (t === undefined || t.errorCode !== 0 || t.partitions.length === 0) return null
      if (!leaderless && t.partitions.some((p) => p.errorCode !== 0 || p.leaderId < 0)) return null
      return accept(t) ? t : null
    }, timeoutMs)
  }

  /** The offset and digest of node `id`'s committed image (admin API). */
  async imageOf (id: number): Promise<{ offset: number, digest: string }> {
    const n = this.node(id)
    // node:http rather than fetch: fetch cannot choose its source address (clientHost).
    const body = await new Promise<string>((resolve, reject) => {
      const req = httpGet({ host: n.host, port: n.adminPort, path: '/v1/metadata/image', timeout: REQUEST_TIMEOUT_MS_DEFAULT, ...(this.clientHost === undefined ? {} : { localAddress: this.clientHost }) }, (res) => {
        let text = ''
        res.setEncoding('utf8').on('data', (d: string) => { text += d }).on('end', () => {
          if (res.statusCode === 200) resolve(text); else reject(new Error(`node ${id}: GET /v1/metadata/image answered ${res.statusCode ?? '?'}`))
        }).on('error', reject)
      })
      req.on('timeout', () => req.destroy(new Error(`node ${id}: GET /v1/metadata/image: no answer in ${REQUEST_TIMEOUT_MS_DEFAULT} ms`)))
      req.on('error', reject)
    })
    return JSON.parse(body) as { offset: number, digest: string }
  }

  /** Waits until the live nodes' images are at one offset; returns each node's digest there. */
  async imagesAtOneOffset (timeoutMs = 20_000): Promise<Map<number, { offset: number, digest: string }>> {
    return await this.until('every live node to apply the @metadata log to the same offset', async () => {
      const images = new Map<number, { offset: number, digest: string }>()
      for (const n of this.live()) images.set(n.id, await this.imageOf(n.id))
      return new Set([...images.values()].map((i) => i.offset)).size === 1 ? images : null
    }, timeoutMs)
  }

  /** Polls `probe` until it returns something other than null; on timeout throws with every node's log tail. */
  async until<T> (what: string | (() => string), probe: () => Promise<T | null>, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs
    let lastError: unknown = null
    for (;;) {
      try {
        const found = await probe()
        if (found !== null) return found
      } catch (err) {
        lastError = err
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}${lastError === null ? '' : ` (last error: ${(lastError as Error).message})`}\n${this.report()}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  /** Runs `body`; a failure carries every node's log tail. */
  async withLogs (body: () => Promise<void>): Promise<void> {
    try {
      await body()
    } catch (err) {
      const e = err as Error
      if (!e.message.includes('=== node ')) e.message = `${e.message}\n${this.report()}`
      throw e
    }
  }

  /** The last lines of each node's log (or of the given nodes'), for a failure message. */
  report (ids: readonly number[] = [...this.nodes.keys()], lines = LOG_TAIL_LINES): string {
    return ids.map((id) => {
      const n = this.node(id)
      const tail = n.logLines.slice(-lines).map((l) => l.length > LOG_LINE_CHARS_MAX ? `${l.slice(0, LOG_LINE_CHARS_MAX)}…` : l)
      return `=== node ${id} (${n.child === null ? 'stopped' : 'running'}), last ${lines} lines:\n${tail.join('\n')}`
    }).join('\n')
  }
}

/**
 * Runs `body` on a started cluster; a failure carries every node's log tail. The processes end with
 * the test either way (child-processes.ts).
 */
export async function withCluster (options: ClusterOptions, body: (cluster: ProcessCluster) => Promise<void>): Promise<void> {
  const cluster = await ProcessCluster.start(options)
  await cluster.withLogs(async () => { await body(cluster) })
}
