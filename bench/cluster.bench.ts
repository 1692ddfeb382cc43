// `npm run bench cluster`: a three-node cluster of real processes on 127.0.0.1-3 (test/helpers/
// cluster-processes.ts), with Kafka's default timings (broker.session.timeout.ms 9000, heartbeats every
// 2000 ms), next to the raw fsync rate of the same disk measured in the same run (a metadata change
// waits for fsyncs on a majority):
//   - controller failover: kill -9 of the active controller until a CreateTopics sent to a survivor is
//     answered without error (median and max of 5; the node is restarted between rounds);
//   - broker fencing: kill -9 of a broker that is not the controller until the active controller's
//     Metadata no longer lists it (3 rounds);
//   - metadata propagation: CreateTopics acknowledged until the topic (with a leader) is in every node's
//     Metadata (p50/p99 of 100 topics, each node polled on its own connection);
//   - CreateTopics per second: one topic per request, 8 connections to a node that forwards.
import { tmpdir } from 'node:os'
import { ProcessCluster } from '../test/helpers/cluster-processes.ts'
import { WireClient, encodeRequest, decodeResponse } from '../test/helpers/wire-client.ts'
import { ApiKey } from '../src/protocol/generated/api-keys.ts'
import { ZERO_UUID } from '../src/protocol/primitives/uuid.ts'
import { ErrorCode } from '../src/protocol/generated/error-codes.ts'
import type { CreateTopicsResponse } from '../src/protocol/generated/messages/create-topics.ts'
import type { MetadataResponse } from '../src/protocol/generated/messages/metadata.ts'
import { fmt, fsyncRate, percentile } from './measure.ts'

const FSYNC_PROBE_MS = 1000
const FAILOVER_ROUNDS = 5
const FENCING_ROUNDS = 3
const PROPAGATION_TOPICS = 100
const RATE_TOPICS = 400
const RATE_CONNECTIONS = 8

/** One request at a time on a connection that stays open. */
class Connection {
  private correlationId = 0
  private constructor (private readonly client: WireClient) {}

  static async open (host: string, port: number): Promise<Connection> {
    return new Connection(await WireClient.connect(port, host))
  }

  async request<T> (apiKey: number, version: number, body: unknown): Promise<T> {
    this.client.send(encodeRequest(apiKey, version, ++this.correlationId, body))
    const frame = await this.client.nextFrame()
    if (frame === null) throw new Error('connection closed')
    return decodeResponse<T>(frame, apiKey, version).body
  }

  async createTopic (name: string, timeoutMs = 30_000): Promise<number> {
    const r = await this.request<CreateTopicsResponse>(ApiKey.CreateTopics, 7, { topics: [{ name, numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs, validateOnly: false })
    return r.topics[0]!.errorCode
  }

  async hasTopic (name: string): Promise<boolean> {
    const m = await this.request<MetadataResponse>(ApiKey.Metadata, 12, { topics: [{ topicId: ZERO_UUID, name }], allowAutoTopicCreation: false, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false })
    const t = m.topics[0]
    return t !== undefined && t.errorCode === 0 && t.partitions.length > 0 && t.partitions.every((p) => p.leaderId >= 0)
  }

  close (): void {
    this.client.close()
  }
}

async function connectTo (cluster: ProcessCluster, id: number): Promise<Connection> {
  const n = cluster.node(id)
  return await Connection.open(n.host, n.clientPort)
}

/** kill -9 of the active controller until a survivor answers CreateTopics without error; ms. */
async function failoverRound (cluster: ProcessCluster, round: number): Promise<number> {
  const active = await cluster.activeController(60_000)
  const survivor = [1, 2, 3].find((id) => id !== active)!
  const connection = await connectTo(cluster, survivor)
  const killedMs = performance.now()
  await cluster.kill(active)
  let attempt = 0
  for (;;) {
    const code = await connection.createTopic(`failover-${round}-${attempt++}`).catch(() => -1)
    if (code === ErrorCode.NONE) break
    if (performance.now() - killedMs > 60_000) throw new Error(`no CreateTopics succeeded within 60 s of the kill (last error ${code})`)
  }
  const ms = performance.now() - killedMs
  connection.close()
  await cluster.restart(active)
  await cluster.waitForBrokers([1, 2, 3], 60_000)
  return ms
}

/** kill -9 of a broker that does not lead the quorum until the active controller's Metadata drops it; ms. */
async function fencingRound (cluster: ProcessCluster): Promise<number> {
  const active = await cluster.activeController(60_000)
  const victim = [1, 2, 3].find((id) => id !== active)!
  const killedMs = performance.now()
  await cluster.kill(victim)
  await cluster.until(`node ${victim} to be fenced`, async () => (await cluster.metadata(active)).brokers.some((b) => b.nodeId === victim) ? null : true, 60_000)
  const ms = performance.now() - killedMs
  await cluster.restart(victim)
  await cluster.waitForBrokers([1, 2, 3], 60_000)
  return ms
}

/** CreateTopics acknowledged until every node's Metadata has the topic with a leader; ms per topic. */
async function propagation (cluster: ProcessCluster): Promise<number[]> {
  const creator = await connectTo(cluster, 1)
  const pollers = await Promise.all([1, 2, 3].map(async (id) => await connectTo(cluster, id)))
  const delays: number[] = []
  for (let i = 0; i < PROPAGATION_TOPICS; i++) {
    const name = `propagation-${i}`
    const code = await creator.createTopic(name)
    if (code !== ErrorCode.NONE) throw new Error(`CreateTopics ${name}: error ${code}`)
    const ackedMs = performance.now()
    const seen = await Promise.all(pollers.map(async (p) => {
      while (!(await p.hasTopic(name))) { /* poll again at once: the wait is what is measured */ }
      return performance.now()
    }))
    delays.push(Math.max(...seen) - ackedMs)
  }
  for (const c of [creator, ...pollers]) c.close()
  return delays
}

/** Topics created per second, one per request, RATE_CONNECTIONS connections to a node that forwards. */
async function createRate (cluster: ProcessCluster): Promise<number> {
  const active = await cluster.activeController(60_000)
  const via = [1, 2, 3].find((id) => id !== active)!
  const connections = await Promise.all(Array.from({ length: RATE_CONNECTIONS }, async () => await connectTo(cluster, via)))
  let next = 0
  const startMs = performance.now()
  await Promise.all(connections.map(async (c) => {
    while (next < RATE_TOPICS) {
      const name = `rate-${next++}`
      const code = await c.createTopic(name)
      if (code !== ErrorCode.NONE) throw new Error(`CreateTopics ${name}: error ${code}`)
    }
  }))
  const seconds = (performance.now() - startMs) / 1000
  for (const c of connections) c.close()
  return RATE_TOPICS / seconds
}

export default async function (): Promise<void> {
  const fsyncPerSec = fsyncRate(tmpdir(), FSYNC_PROBE_MS)
  console.log(`raw fsync (4 KiB write + fsync, same disk)        ${fmt(fsyncPerSec).padStart(8)} fsyncs/s`)
  const cluster = await ProcessCluster.start({ voters: 3, testSettings: false, config: { 'rivulet.node.partitions.max': '100000' } })
  try {
    await cluster.waitForBrokers([1, 2, 3], 60_000)
    const delays = await propagation(cluster)
    console.log(`metadata propagation (ack -> every node's Metadata) p50 ${fmt(percentile(delays, 50), 1)} ms  p99 ${fmt(percentile(delays, 99), 1)} ms  (${PROPAGATION_TOPICS} topics)`)
    const rate = await createRate(cluster)
    console.log(`CreateTopics, 1 topic/request, ${RATE_CONNECTIONS} connections, forwarded ${fmt(rate).padStart(6)} topics/s  | raw fsync ${fmt(fsyncPerSec)}/s`)
    const failovers: number[] = []
    for (let round = 0; round < FAILOVER_ROUNDS; round++) failovers.push(await failoverRound(cluster, round))
    console.log(`controller failover (kill -9 -> CreateTopics ok)  median ${fmt(percentile(failovers, 50))} ms  max ${fmt(Math.max(...failovers))} ms  (${failovers.map((m) => fmt(m)).join(', ')})`)
    const fencings: number[] = []
    for (let round = 0; round < FENCING_ROUNDS; round++) fencings.push(await fencingRound(cluster))
    console.log(`broker fencing (kill -9 -> gone from Metadata), broker.session.timeout.ms=9000  median ${fmt(percentile(fencings, 50))} ms  max ${fmt(Math.max(...fencings))} ms  (${fencings.map((m) => fmt(m)).join(', ')})`)
  } finally {
    await Promise.all(cluster.live().map(async (n) => await cluster.kill(n.id)))
  }
}
