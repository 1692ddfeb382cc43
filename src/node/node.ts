// A Rivulet node in process, wired from a configuration: the @metadata log (a Raft quorum of one
// voter), the MetadataPublisher that folds its committed entries into the image, the controller that
// proposes to it, the group coordinator (serving while this node leads the quorum:
// coordinator-activation.ts), the partition logs, the broker keeping them in step with the image, its
// lifecycle (registration and heartbeats; the node is ready once its broker is unfenced), the Kafka
// listener and the admin API. The node owns its roles and stops them; no role builds
// or closes another. Subscribers of the publisher, in order: the group coordinator, the broker's
// partitions, the node's own dynamic broker configs. A damaged @metadata log refuses the start before
// any partition log is opened (MetadataLogRefusedError). With more than one voter (a combined node of a
// cluster) the @metadata log is a Raft quorum over controller.quorum.voters, and the ControllerPlane
// (controller-plane.ts) serves the controller listener (Raft and the controller APIs on one port) and
// gives the broker a RemoteControllerChannel to the active controller. A broker-only node
// (process.roles=broker, its id not among controller.quorum.voters) is an observer of the quorum: its
// @metadata log follows the voters' committed log over its outbound KafkaClient (bound to its own host;
// metadata-log-of-role.ts), it runs no QuorumController, no controller listener and no controller
// timer, forwards every controller request and its lifecycle through a RemoteControllerChannel, and its
// GroupCoordinator is never loaded (it answers NOT_COORDINATOR: the quorum leader coordinates groups,
// observer-group-store.ts). A controller-only node has no broker: startController (controller-node.ts)
// runs it, `startAnyNode` picks by process.roles; it never registers as a broker, so while a
// controller-only node leads the quorum FindCoordinator answers COORDINATOR_NOT_AVAILABLE (no broker
// can coordinate; see controller-node.ts). Every broker follows the partitions it hosts and does not
// lead (ReplicaFetcherManager, src/broker/replication/): subscribed after the broker's reconcile, over
// its own outbound client bound to its own host. This is what `npm start` runs and what
// embedding code and tests call (`startBroker` is its name in the embedding API). close() stops the
// node in logged steps within one rivulet.shutdown.timeout.ms: a controlled shutdown (the controller
// moves this broker's leaderships away, for at most half of it), stop the listeners, drain in-flight
// requests for what is left of it, close the admin API, stop the replica fetchers, close the partition logs, then the controller
// and the @metadata log (a broker-only node: its channel, its observer log, then its outbound
// client); each step is one INFO line.
import type { Logger } from 'pino'
import { KafkaServer, ListenerBudget } from '../network/server.ts'
import { KAFKA_CLIENT_DEFAULTS, KafkaClient } from '../network/kafka-client.ts'
import { HandlerRegistry } from '../broker/handlers/registry.ts'
import { HANDLERS } from '../broker/handler-list.ts'
import { loadConfig, type LoadedConfig } from '../config/load-config.ts'
import { parseListeners, type ListenerAddress } from '../config/listeners.ts'
import { ConfigError } from '../config/config-def.ts'
import { topicSettings } from '../config/topic-config.ts'
import { silentLogger } from '../util/logger.ts'
import { RaftMetadataLog } from '../controller/metadata/metadata-log.ts'
import { MetadataPublisher } from '../controller/metadata/metadata-publisher.ts'
import type { MetadataImage } from '../controller/metadata/metadata-image.ts'
import type { QuorumController } from '../controller/quorum-controller/quorum-controller.ts'
import { GroupCoordinator } from '../controller/group/group-coordinator.ts'
import { LogManager } from '../storage/log/log-manager.ts'
import { LocalControllerChannel, type ControllerChannel } from '../broker/controller-channel.ts'
import { ControllerPlane } from './controller-plane.ts'
import { openObserverLog } from './metadata-log-of-role.ts'
import type { MetadataObserverLog } from '../controller/metadata/metadata-observer-log.ts'
import { ObserverGroupStore } from './observer-group-store.ts'
import { connectionLimits, controllerTimeouts, openNodeStorage, quorumControllerOf, quorumTimings, startControllerTicks, StartAbortedError, type NodeOptions } from './node-parts.ts'
import { startController, type RunningController } from './controller-node.ts'
import { RemoteControllerChannel } from '../broker/remote-controller-channel.ts'
import { CoordinatorActivation } from './coordinator-activation.ts'
import { BrokerLifecycle, BrokerLifecycleState, newIncarnationId } from '../broker/broker-lifecycle.ts'
import { Broker, brokerConfigChanged, dynamicBrokerConfig, logConfigOf } from '../broker/broker.ts'
import { ReplicaFetcherManager } from '../broker/replication/replica-fetcher-manager.ts'
import { replicaFetchSettings } from '../broker/replication/fetch-decisions.ts'
import { NodeMetrics, type ListenerStats } from '../admin/metrics.ts'
import { buildAdminServer } from '../admin/server.ts'

export { HANDLERS }

export type { NodeOptions }
export { StartAbortedError }

export interface RunningNode {
  readonly host: string
  readonly port: number
  /** The admin HTTP API's bound port; null when rivulet.admin.listener is empty. */
  readonly adminPort: number | null
  readonly config: LoadedConfig
  readonly broker: Broker
  close (): Promise<void>
}


/** `http://host:port` of rivulet.admin.listener; null when the admin API is turned off (empty). */
function parseAdminListener (text: string | null): { host: string, port: number } | null {
  if (text === null || text.trim() === '') return null
  const match = /^http:\/\/([^:/]+|\[[^\]]+\]):(\d+)\/?$/.exec(text.trim())
  if (match === null) throw new ConfigError('rivulet.admin.listener', `Invalid value ${text} for configuration rivulet.admin.listener: expected http://host:port`)
  return { host: match[1]!.replace(/^\[|\]$/g, ''), port: Number(match[2]) }
}

/**
 * The endpoint clients are given for a client listener: its entry in the effective advertised.listeners
 * (a dynamic value may name only some listeners: the inter-broker one is required,
 * dynamic-broker-config.ts), else its entry in the static advertised.listeners, else the bound address
 * (localhost for every interface). A listener left out of a dynamic value keeps its static endpoint,
 * never falls to its bound address (INTERNAL://rivulet-1 must not become localhost).
 */
function advertisedEndpoint (advertisedConfig: readonly string[], staticAdvertised: readonly ListenerAddress[], client: ListenerAddress, boundPort: number): ListenerAddress {
  const advertisedListeners = advertisedConfig.length > 0 ? parseListeners('advertised.listeners', advertisedConfig) : []
  return advertisedListeners.find((l) => l.name === client.name) ??
    staticAdvertised.find((l) => l.name === client.name) ??
    { name: client.name, host: client.host === '' || client.host === '0.0.0.0' ? 'localhost' : client.host, port: boundPort }
}

/** A listener as BrokerRegistration carries it (PLAINTEXT only: security protocol 0). */
function registrationListener (l: ListenerAddress): { name: string, host: string, port: number, securityProtocol: number } {
  return { name: l.name, host: l.host, port: l.port, securityProtocol: 0 }
}

/** Timer periods are clamped: Node fires a setInterval above 2^31-1 ms at once. */
function timerPeriodMs (value: number, maxMs: number): number {
  return Math.max(10, Math.min(value, maxMs, 2 ** 31 - 1))
}

interface ShutdownParts {
  readonly logger: Logger
  /** One server per client listener (listeners not in controller.listener.names). */
  readonly listening: readonly KafkaServer[]
  readonly adminServer: ReturnType<typeof buildAdminServer> | null
  readonly running: Broker
  /** The follower side of replication: stopped before the partition logs close. */
  readonly replication: ReplicaFetcherManager
  readonly groups: GroupCoordinator
  /** Closes what reaches the quorum and the @metadata log, by role (after the partition logs); the controller listener drains for at most `drainTimeoutMs`. */
  readonly closeMetadata: (drainTimeoutMs?: number) => Promise<void>
  readonly lifecycle: BrokerLifecycle
  /** rivulet.shutdown.timeout.ms: the controlled shutdown and the drain together. */
  readonly shutdownTimeoutMs: number
  readonly stopReady: () => void
}

/** Stops a started node step by step, logging each step so an operator sees where a slow stop is. */
async function shutdown (parts: ShutdownParts): Promise<void> {
  const { logger, listening, running } = parts
  const startedMs = performance.now()
  // One bound for both waits (SIGTERM must not take twice the setting): the controlled shutdown may
  // use half of it (an unreachable controller never agrees); the drain has what is left.
  const deadlineMs = startedMs + parts.shutdownTimeoutMs
  // Kafka's controlled shutdown first: the controller moves this broker's leaderships away while it still serves.
  await parts.lifecycle.controlledShutdown(Math.floor(parts.shutdownTimeoutMs / 2))
  const drainTimeoutMs = Math.max(0, Math.round(deadlineMs - performance.now()))
  logger.info('shutdown: stopping listeners')
  parts.stopReady()
  parts.groups.close()
  running.waiters.wakeAll()
  const inflightRequests = sumOf(listening, (s) => s.inflightRequestCount())
  const connections = sumOf(listening, (s) => s.connectionCount())
  logger.info({ inflightRequests, connections, timeoutMs: drainTimeoutMs },
    `shutdown: draining ${inflightRequests} in-flight requests on ${connections} connections (for at most ${drainTimeoutMs} ms)`)
  const drains = await Promise.all(listening.map(async (s) => await s.close(drainTimeoutMs)))
  const drain = { connectionsCut: sumOf(drains, (d) => d.connectionsCut), unansweredRequests: sumOf(drains, (d) => d.unansweredRequests) }
  if (drain.connectionsCut > 0) {
    logger.warn({ unansweredRequests: drain.unansweredRequests, connections: drain.connectionsCut, timeoutMs: drainTimeoutMs },
      `shutdown: closed ${drain.connectionsCut} connections still open after rivulet.shutdown.timeout.ms, with ${drain.unansweredRequests} unanswered requests`)
  }
  logger.info({ durationMs: Math.round(performance.now() - startedMs) }, 'shutdown: listeners stopped')
  if (parts.adminServer !== null) await parts.adminServer.close()
  const logsStartedMs = performance.now()
  // The fetchers stop (their requests in flight end with the replication client) before the logs they append to close.
  logger.info({ partitions: parts.replication.followedCount() }, 'shutdown: stopping replica fetchers')
  await parts.replication.close()
  const partitions = running.logs.all().size
  logger.info({ partitions }, `shutdown: closing logs of ${partitions} partitions`)
  await running.close()
  // Forwarding and the controller listener stop (draining for what is left of the bound) before the
  // @metadata log closes under them.
  await parts.closeMetadata(Math.max(0, Math.round(deadlineMs - performance.now())))
  const durationMs = Math.round(performance.now() - startedMs)
  logger.info({ logsMs: Math.round(performance.now() - logsStartedMs), durationMs }, `shutdown: done in ${durationMs} ms`)
}

function sumOf<T> (items: readonly T[], count: (item: T) => number): number {
  let total = 0
  for (const item of items) total += count(item)
  return total
}

/** The client listeners' servers as one for the metrics: connections add up; the request memory pool is the one they share (their ListenerBudget). */
function listenerStatsOf (servers: readonly KafkaServer[], budget: ListenerBudget): ListenerStats {
  return {
    connectionCount: () => sumOf(servers, (s) => s.connectionCount()),
    requestMemoryUsedBytes: () => budget.memory.usedBytes(),
    requestMemoryCapacityBytes: () => budget.memory.capacityBytes,
    connectionsWaitingForMemory: () => budget.memory.waitingCount()
  }
}

/** The coordinator's settings, from the node's configuration. */
function coordinatorConfig (config: LoadedConfig): ConstructorParameters<typeof GroupCoordinator>[0] {
  return {
    minSessionTimeoutMs: config.int('group.min.session.timeout.ms'),
    maxSessionTimeoutMs: config.int('group.max.session.timeout.ms'),
    maxSize: config.int('group.max.size'),
    initialRebalanceDelayMs: config.int('group.initial.rebalance.delay.ms'),
    offsetsRetentionMs: config.int('offsets.retention.minutes') * 60_000,
    offsetsRetentionCheckIntervalMs: config.int('offsets.retention.check.interval.ms')
  }
}

/** Runs `open`; when it throws, closes the already open @metadata log before passing the error on. */
async function closingOnFailure<T> (metadataLog: { close (): Promise<void> }, open: () => T): Promise<T> {
  try {
    return open()
  } catch (err) {
    await metadataLog.close()
    throw err
  }
}

export async function startNode (options: NodeOptions = {}): Promise<RunningNode> {
  const config = options.loadedConfig ?? loadConfig({
    argv: Object.entries(options.config ?? {}).map(([k, v]) => `--${k}=${v}`),
    env: {}
  })
  const logger = options.logger ?? silentLogger()
  const settings = config.node
  const nodeId = settings.nodeId
  if (!settings.broker) throw new ConfigError('process.roles', 'process.roles=controller: a controller-only node has no broker; startController (or startAnyNode, as the rivulet command) runs it')
  // A broker-only node observes the quorum: no controller listener, no Raft vote (metadata-log-of-role.ts).
  const observer = !settings.controller
  const quorumListener = settings.voters.size > 1 && !observer ? settings.controllerListener : null
  // Every client listener is served (e.g. INTERNAL between the nodes and EXTERNAL for clients outside a
  // docker network); a request's listener picks the endpoints its responses name, as in Kafka.
  const clients = settings.listeners.filter((l) => !settings.controllerListenerNames.includes(l.name))
  const client = clients[0]
  if (client === undefined) throw new ConfigError('listeners', 'Invalid value for configuration listeners: no client (non-controller) listener')
  const adminListener = parseAdminListener(config.string('rivulet.admin.listener'))
  const { logDir, clusterId } = openNodeStorage(config)
  const listen = quorumListener === null ? null : { host: quorumListener.host === '' ? '0.0.0.0' : quorumListener.host, port: quorumListener.port }
  // A broker-only node reaches the voters with its own client, bound to its own host (as its broker would be).
  const ownHost = client.host === '' || client.host === '0.0.0.0' || client.host === '::' ? null : client.host
  const outbound = observer ? new KafkaClient({ clientId: `rivulet-broker-${nodeId}`, localAddress: ownHost, logger }) : null
  let metadataLog: RaftMetadataLog | MetadataObserverLog
  try {
    metadataLog = outbound !== null
      ? await openObserverLog({ settings, clusterId, logger, sender: outbound })
      : await RaftMetadataLog.open({
        parentDir: config.string('metadata.log.dir') ?? logDir,
        nodeId,
        logger,
        ...(listen === null ? {} : { quorum: { clusterId, voters: settings.voters, listen, sharedListener: true, ...quorumTimings(config) } })
      })
  } catch (err) {
    await outbound?.close()
    throw err
  }
  const openedLog = metadataLog
  // Closes the @metadata log (and its publisher) when no QuorumController owns them, then the outbound client.
  const closeObserver = async (publisher: MetadataPublisher | null): Promise<void> => {
    await publisher?.close()
    // The observer's long poll in flight ends when its client closes, not after the poll's wait.
    const logClosed = openedLog.close()
    await outbound?.close()
    await logClosed
  }
  // Until the broker owns them below, a failure to open what follows must still close the @metadata log.
  const { publisher, controller, logs } = await closingOnFailure({ close: async () => await closeObserver(null) }, () => {
    const publisher = MetadataPublisher.open(openedLog, config.int('metadata.log.max.record.bytes.between.snapshots'), logger)
    const controller: QuorumController | null = observer ? null : quorumControllerOf(config, openedLog, publisher, clusterId, options.testBugs)
    const logs = LogManager.open({
      logDir,
      configFor: (topic) => logConfigOf(topicSettings(publisher.image().topicConfig(topic), dynamicBrokerConfig(config, publisher.image()))),
      retentionCheckIntervalMs: timerPeriodMs(config.int('log.retention.check.interval.ms'), Number.MAX_SAFE_INTEGER),
      flushCheckIntervalMs: timerPeriodMs(config.int('log.flush.scheduler.interval.ms'), 1000),
      clock: Date.now,
      openFilesMax: config.int('rivulet.log.open.files.max'),
      logger
    })
    return { publisher, controller, logs }
  })
  const servers: KafkaServer[] = []
  let plane: ControllerPlane | null = null
  let broker: Broker | null = null
  let admin: ReturnType<typeof buildAdminServer> | null = null
  let stopLifecycle = (): void => {}
  let stopActivation = (): void => {}
  let observerChannel: RemoteControllerChannel | null = null
  let replication: ReplicaFetcherManager | null = null
  const groups = new GroupCoordinator(coordinatorConfig(config), controller ?? new ObserverGroupStore(publisher, metadataLog), logger.child({ module: 'group-coordinator' }))
  // Closes what reaches the quorum, by role: forwarding and the controller listener stop before the @metadata log closes under them.
  const closeMetadata = async (drainTimeoutMs?: number): Promise<void> => {
    observerChannel?.close()
    await plane?.close(drainTimeoutMs)
    if (controller !== null) await controller.close()
    else await closeObserver(publisher)
  }
  try {
    let channel: ControllerChannel
    if (controller === null) {
      // A broker-only node never leads the quorum: its coordinator is never loaded (NOT_COORDINATOR).
      groups.unload()
      observerChannel = new RemoteControllerChannel({ client: outbound!, voters: settings.voters, leadership: metadataLog, images: publisher, logger, ...controllerTimeouts(config) })
      channel = observerChannel
    } else {
      // The coordinator runs on the node leading the @metadata quorum: it loads once this node leads and
      // has applied its term (a one-voter log: at once, within start()), and unloads when it no longer leads.
      const activation = new CoordinatorActivation({ log: metadataLog, applied: publisher, coordinator: groups, logger: logger.child({ module: 'group-coordinator' }) })
      const stopTicks = startControllerTicks(controller, logger)
      stopActivation = () => {
        stopTicks()
        activation.close()
      }
      activation.start()
      channel = new LocalControllerChannel(controller, metadataLog)
    }
    if (listen !== null && controller !== null && metadataLog instanceof RaftMetadataLog) {
      // In a cluster every broker, this one too, forwards to the active controller (as Kafka's do).
      plane = await ControllerPlane.start({ nodeId, config, voters: settings.voters, listen, log: metadataLog, images: publisher, controller, logger, limits: connectionLimits(config) })
      channel = plane.channel
    }
    broker = new Broker({ config, images: publisher, controller: channel, groups, logs, clusterId, logger, fetchWaitersMax: 10_000, metadataLeaderId: () => metadataLog.leader().leaderId, ackBeforeReplicate: options.testBugs?.ackBeforeReplicate ?? false })
    // No partition is served as leader until the broker lifecycle is RUNNING (see Partitions.leaderReady).
    broker.partitions.leaderReady = false
    const hosted = broker
    // Follower fetches have their own client (connections apart from the observer's long polls, so a
    // replica fetch never waits behind one), bound to this node's host like every outgoing socket.
    const fetchSettings = replicaFetchSettings(config)
    const fetchers = new ReplicaFetcherManager({
      nodeId,
      listenerName: settings.interBrokerListenerName,
      settings: fetchSettings,
      client: new KafkaClient({ clientId: `rivulet-replica-fetcher-${nodeId}`, localAddress: ownHost, logger, responseBytesMax: Math.max(KAFKA_CLIENT_DEFAULTS.responseBytesMax, 2 * fetchSettings.responseBytesMax) }),
      hosted: broker.partitions,
      fsyncOf: (topic) => hosted.settingsOf(topic).replicationFsync,
      logger
    })
    replication = fetchers
    // The fetchers follow the image once the hosted Partitions have; a partition whose log is still
    // being created starts once the broker's queued creations are done.
    const followImage = (image: MetadataImage, previous: MetadataImage | null): void => {
      fetchers.update(image, previous)
      if (previous === null || image.topicsById !== previous.topicsById) void hosted.logsReconciled().then(() => fetchers.logsReady())
    }
    publisher.subscribe((image, previous) => {
      hosted.reconcile(image, previous)
      followImage(image, previous)
    })
    broker.reconcile(publisher.image(), null)
    followImage(publisher.image(), null)
    await broker.logsReconciled()
    let ready = false
    let listenerStats: ListenerStats | null = null
    const metrics = new NodeMetrics(broker, () => listenerStats, fetchers)
    const router = new HandlerRegistry(HANDLERS, broker)
    const addresses: Array<{ host: string, port: number }> = []
    // One request memory pool and one connection count for every client listener: Kafka's
    // queued.max.request.bytes and max.connections are per broker, not per listener.
    const budget = new ListenerBudget(broker.effectiveConfig().int('max.connections'), config.int('queued.max.request.bytes'))
    for (const l of clients) {
      const server = new KafkaServer({
        host: l.host === '' ? '0.0.0.0' : l.host,
        port: l.port,
        listenerName: l.name,
        router,
        logger,
        connectionsMax: broker.effectiveConfig().int('max.connections'),
        limits: connectionLimits(config),
        queuedRequestBytesMax: config.int('queued.max.request.bytes'),
        budget,
        closeTimeoutMs: config.int('rivulet.shutdown.timeout.ms'),
        observer: metrics
      })
      servers.push(server)
      addresses.push(await server.listen())
    }
    listenerStats = listenerStatsOf(servers, budget)
    const address = addresses[0]!
    const staticAdvertisedTexts = config.list('advertised.listeners')
    const staticAdvertised = staticAdvertisedTexts.length > 0 ? parseListeners('advertised.listeners', staticAdvertisedTexts) : []
    const advertisedAll = (advertisedConfig: readonly string[]): ListenerAddress[] => clients.map((l, i) => advertisedEndpoint(advertisedConfig, staticAdvertised, l, addresses[i]!.port))
    let advertised = advertisedAll(broker.effectiveConfig().list('advertised.listeners'))
    // Every port is bound before the broker registers: a bind that fails must not leave the cluster
    // counting on a broker that never serves (/readyz answers 503 until it is unfenced).
    let adminPort: number | null = null
    if (adminListener !== null) {
      admin = buildAdminServer({ host: adminListener.host, port: adminListener.port, broker, metrics, ready: () => ready })
      await admin.listen({ host: adminListener.host, port: adminListener.port })
      const bound = admin.server.address()
      adminPort = bound !== null && typeof bound === 'object' ? bound.port : adminListener.port
      logger.info({ port: adminPort }, 'admin API listening')
    }
    // The broker lifecycle (KRaft's BrokerRegistration and BrokerHeartbeat through the controller
    // channel): the node serves once its broker is registered and unfenced, as Kafka's broker waits.
    const lifecycle = new BrokerLifecycle({
      settings: {
        brokerId: nodeId, clusterId, incarnationId: newIncarnationId(), listeners: advertised.map(registrationListener), rack: settings.rack,
        heartbeatIntervalMs: settings.brokerHeartbeatIntervalMs, retryBackoffInitialMs: 100, retryBackoffMaxMs: Math.max(100, Math.floor(settings.brokerSessionTimeoutMs / 2))
      },
      channel: broker.controller,
      appliedOffset: () => publisher.appliedOffset(),
      logger
    })
    stopLifecycle = () => lifecycle.close()
    // An abort closes the lifecycle, which ends the wait below (the catch then closes the rest).
    const abortStart = (): void => lifecycle.close()
    options.signal?.addEventListener('abort', abortStart, { once: true })
    if (options.signal?.aborted === true) abortStart()
    lifecycle.start()
    lifecycle.setReadyToUnfence()
    const isRunning = await lifecycle.waitFor((state) => state === BrokerLifecycleState.RUNNING, 2 ** 31 - 1)
    options.signal?.removeEventListener('abort', abortStart)
    if (!isRunning) throw new StartAbortedError()
    broker.partitions.leaderReady = true
    // The ISR checks too wait for RUNNING: before it no follower could fetch here, so none is shrunk for that.
    broker.startIsrChecks()
    // Dynamic broker configs that the node itself applies (the topic defaults reach the logs in Broker.reconcile).
    publisher.subscribe((image, previous) => {
      if (!brokerConfigChanged(image, previous, nodeId)) return
      const effective = dynamicBrokerConfig(config, image)
      budget.setConnectionsMax(effective.int('max.connections'))
      const next = advertisedAll(effective.list('advertised.listeners'))
      if (next.every((e, i) => e.host === advertised[i]!.host && e.port === advertised[i]!.port)) return
      advertised = next
      logger.info({ endpoints: next.map((e) => `${e.name}://${e.host}:${e.port}`) }, 'advertised.listeners changed: registering the new endpoints')
      lifecycle.updateListeners(next.map(registrationListener))
    })
    logs.startSchedulers()
    ready = true
    const running = broker
    const listening = servers
    const adminServer = admin
    return {
      host: address.host,
      port: address.port,
      adminPort,
      config,
      broker: running,
      async close () {
        stopActivation()
        await shutdown({ logger, listening, adminServer, running, replication: fetchers, groups, closeMetadata, lifecycle, shutdownTimeoutMs: config.int('rivulet.shutdown.timeout.ms'), stopReady: () => { ready = false } })
      }
    }
  } catch (err) {
    stopLifecycle()
    stopActivation()
    await admin?.close()
    for (const server of servers) await server.close()
    groups.close()
    await replication?.close()
    if (broker !== null) await broker.close()
    else await logs.close()
    await closeMetadata()
    throw err
  }
}

/** The embedding API's names (README "Embedding"): a node with the default roles. */
export const startBroker = startNode
export type BrokerOptions = NodeOptions
export type RunningBroker = RunningNode

/** A node of any roles, as `rivulet` starts it: startController for a controller-only node, startNode for the others. */
export async function startAnyNode (options: NodeOptions = {}): Promise<RunningNode | RunningController> {
  const config = options.loadedConfig ?? loadConfig({ argv: Object.entries(options.config ?? {}).map(([k, v]) => `--${k}=${v}`), env: {} })
  const of = { ...options, loadedConfig: config }
  return config.node.broker ? await startNode(of) : await startController(of)
}
