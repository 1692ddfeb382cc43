// What every kind of node wires the same way (node.ts: a node with a broker; controller-node.ts: a
// controller-only node): its log directory and cluster id, the limits of the connections its
// listeners accept, the QuorumController over its @metadata log, and the timer that runs the
// active controller's periodic work.
import { mkdirSync } from 'node:fs'
import type { Logger } from 'pino'
import { ConfigError } from '../config/config-def.ts'
import type { LoadedConfig } from '../config/load-config.ts'
import type { ConnectionLimits } from '../network/connection.ts'
import { NODE_PARTITIONS_MAX_KEY, QUORUM_ELECTION_TIMEOUT_KEY } from '../config/broker-config.ts'
import { RAFT_NODE_DEFAULTS } from '../controller/raft/raft-node.ts'
import type { MetadataLog } from '../controller/metadata/metadata-log.ts'
import type { MetadataPublisher } from '../controller/metadata/metadata-publisher.ts'
import { QuorumController } from '../controller/quorum-controller/quorum-controller.ts'
import { identityDirs, loadClusterId } from './meta-properties.ts'
import { NO_TEST_BUGS, type TestBugs } from '../util/test-bugs.ts'

/** How long a broker waits on the active controller: controller.socket.timeout.ms, and half a session for its own registration and heartbeats (Kafka's KAFKA-14392). */
export function controllerTimeouts (config: LoadedConfig): { requestTimeoutMs: number, lifecycleTimeoutMs: number } {
  return {
    requestTimeoutMs: config.int('controller.socket.timeout.ms'),
    lifecycleTimeoutMs: Math.max(1, Math.floor(config.int('broker.session.timeout.ms') / 2))
  }
}

/** controller.quorum.election.timeout.ms as the Raft node's tick and election ticks (rounded up to whole ticks). */
export function quorumTimings (config: LoadedConfig): { tickMs: number, electionTicks: number } {
  const tickMs = RAFT_NODE_DEFAULTS.tickMs
  return { tickMs, electionTicks: Math.ceil(config.int(QUORUM_ELECTION_TIMEOUT_KEY) / tickMs) }
}

export interface NodeOptions {
  /** Config keys and values as flags would give them, e.g. { 'log.dirs': '/tmp/x' }. */
  readonly config?: Readonly<Record<string, string>>
  /** A loaded configuration; wins over `config`. */
  readonly loadedConfig?: LoadedConfig
  readonly logger?: Logger
  /** Deliberate bugs for the chaos checker's own tests (RIVULET_TEST_BUG, read by the `rivulet` command); none by default. */
  readonly testBugs?: TestBugs
  /**
   * Aborts a start still waiting for the broker to be RUNNING (a quorum that cannot form keeps it
   * waiting without end): what was opened is closed and startNode throws StartAbortedError. The
   * `rivulet` command aborts with it on SIGTERM/SIGINT during the start.
   */
  readonly signal?: AbortSignal
}

/** The start was aborted through NodeOptions.signal; everything it had opened is closed, the data intact. */
export class StartAbortedError extends Error {
  constructor () {
    super('RIVULET_START_ABORTED: the start was aborted before the broker was running')
    this.name = 'StartAbortedError'
  }
}

/** How often the node runs the controller's periodic work (Kafka's controller checks sessions at this scale). */
export const CONTROLLER_TICK_MS = 250

/**
 * The node's one log directory (log.dirs; made if missing) and the cluster id its storage belongs
 * to. Only the one voter of its own quorum may make up a cluster id (at its first start); every
 * other node, a broker-only one beside a single voter included, is formatted first.
 */
export function openNodeStorage (config: LoadedConfig): { logDir: string, clusterId: string } {
  const logDirs = config.list('log.dirs')
  if (logDirs.length !== 1) throw new ConfigError('log.dirs', `Invalid value ${logDirs.join(',')} for configuration log.dirs: Rivulet supports exactly one log directory for now`)
  const logDir = logDirs[0]!
  mkdirSync(logDir, { recursive: true })
  const settings = config.node
  const clusterId = loadClusterId({
    dirs: identityDirs(logDirs, config.string('metadata.log.dir')),
    nodeId: settings.nodeId,
    createIfMissing: settings.voters.size === 1 && settings.voters.has(settings.nodeId),
    formatHint: 'run `rivulet format --cluster-id <id>` with this node\'s configuration (`rivulet random-uuid` makes one id for the whole cluster)'
  })
  return { logDir, clusterId }
}

/** The limits of every connection a listener of this node accepts (the client and the controller listener). */
export function connectionLimits (config: LoadedConfig): ConnectionLimits {
  return {
    requestBytesMax: config.int('socket.request.max.bytes'),
    inflightRequestsMax: Math.min(config.int('queued.max.requests'), 1000),
    writeBufferBytesMax: 16 * 1024 * 1024,
    frameReceiveTimeoutMs: config.int('rivulet.request.receive.timeout.ms'),
    // Negative turns idle expiry off, as in Kafka's Selector.
    idleTimeoutMs: config.int('connections.max.idle.ms') < 0 ? Infinity : config.int('connections.max.idle.ms')
  }
}

/** The node's QuorumController: it decides only while this node is the active controller. */
export function quorumControllerOf (config: LoadedConfig, log: MetadataLog, publisher: MetadataPublisher, clusterId: string, testBugs: TestBugs = NO_TEST_BUGS): QuorumController {
  return new QuorumController(log, publisher, {
    numPartitions: config.int('num.partitions'),
    replicationFactor: config.int('default.replication.factor'),
    deleteTopicEnable: config.bool('delete.topic.enable'),
    nodePartitionsMax: config.int(NODE_PARTITIONS_MAX_KEY)
  }, {
    nodeId: config.node.nodeId,
    clusterId,
    sessionTimeoutMs: config.int('broker.session.timeout.ms'),
    autoLeaderRebalanceEnable: config.bool('auto.leader.rebalance.enable'),
    leaderImbalanceCheckIntervalMs: config.int('leader.imbalance.check.interval.seconds') * 1000,
    leaderImbalancePerBrokerPercentage: config.int('leader.imbalance.per.broker.percentage'),
    uncleanLeaderElectionEnable: config.bool('unclean.leader.election.enable'),
    electOutsideIsr: testBugs.uncleanElection
  })
}

/**
 * Runs the active controller's periodic work (fencing brokers whose session expired, unclean
 * elections, the leader rebalance; a no-op while this node is not the active controller) until the
 * returned function is called.
 */
export function startControllerTicks (controller: QuorumController, logger: Logger): () => void {
  const ticks = setInterval(() => {
    controller.tick(Date.now()).catch((err: unknown) => { logger.error({ err }, 'the controller\'s periodic work failed') })
  }, CONTROLLER_TICK_MS)
  ticks.unref()
  return () => clearInterval(ticks)
}
