// The chaos cluster's settings (reliability.md §6.1's test broker config: short timeouts, as Jepsen
// shortens ZooKeeper's and the groups') and the workload topic (RF 3, min.insync.replicas 2, unclean
// election off).
import type { ProcessCluster } from '../helpers/cluster-processes.ts'

/** Node N listens on 127.0.0.(10 + N): 127.0.0.1, where every client connection comes from, is no node's. */
export const CHAOS_HOST_BASE = 10
export const BROKER_SESSION_TIMEOUT_MS = 3000
export const REPLICA_LAG_TIME_MAX_MS = 3000
/**
 * The Raft election timeout in force (controller.quorum.election.timeout.ms, set below): a voter
 * campaigns after a random wait between it and twice it. Kafka's default, kept: shorter would speed
 * failovers up but make a paused or slow leader lose its term more often.
 */
export const ELECTION_TIMEOUT_MS = { min: 1000, max: 2000 } as const

export const CHAOS_NODE_CONFIG: Readonly<Record<string, string>> = {
  'broker.session.timeout.ms': String(BROKER_SESSION_TIMEOUT_MS),
  'broker.heartbeat.interval.ms': '200',
  'controller.quorum.election.timeout.ms': String(ELECTION_TIMEOUT_MS.min),
  'replica.lag.time.max.ms': String(REPLICA_LAG_TIME_MAX_MS),
  // A follower's fetch to a paused or cut-off leader gives up in this time, not Kafka's 30 s.
  'replica.socket.timeout.ms': '3000',
  // A request forwarded to a controller that died or is cut off is sent to the next one this soon.
  'controller.socket.timeout.ms': '5000',
  'group.min.session.timeout.ms': '1000',
  'group.initial.rebalance.delay.ms': '0',
  'unclean.leader.election.enable': 'false',
  'min.insync.replicas': '2',
  'default.replication.factor': '3',
  'auto.create.topics.enable': 'false'
}

export const REPLICATION_FACTOR = 3
export const MIN_INSYNC_REPLICAS = 2

/** Creates the workload topic (RF 3, min.insync.replicas 2, unclean election off) and waits until every partition has a leader and its full ISR. */
export async function createWorkloadTopic (cluster: ProcessCluster, topic: string, partitions: number): Promise<void> {
  const controller = await cluster.activeController()
  const created = await cluster.createTopics(controller, [{
    name: topic,
    partitions,
    replicationFactor: REPLICATION_FACTOR,
    configs: { 'min.insync.replicas': String(MIN_INSYNC_REPLICAS), 'unclean.leader.election.enable': 'false' }
  }])
  const t = created.topics[0]!
  if (t.errorCode !== 0) throw new Error(`CreateTopics ${topic}: error ${t.errorCode} ${t.errorMessage ?? ''}`)
  for (const n of cluster.liveBrokers()) {
    await cluster.waitForTopic(n.id, topic, (m) => m.partitions.length === partitions && m.partitions.every((p) => p.isrNodes.length === REPLICATION_FACTOR), 30_000)
  }
}
