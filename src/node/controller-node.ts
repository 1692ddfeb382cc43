// A controller-only node (process.roles=controller): a voter of the @metadata quorum and its
// QuorumController, serving the controller listener only (the Raft streams, the controller APIs the
// brokers forward to, and the quorum fetch that broker-only observers follow), with the controller's
// periodic work on a timer. It has no client listener, no broker, no partition logs and no admin API,
// and never registers as a broker, so it is never in Metadata nor a partition's replica.
//
// Groups: the group coordinator runs on the node leading the quorum and clients reach only brokers, so
// no coordinator runs here. While a controller-only node leads, FindCoordinator on every broker answers
// COORDINATOR_NOT_AVAILABLE (the leader is no live broker: cluster-view.ts) and group requests wait for a
// quorum leader that is also a broker. A cluster whose voters are all controller-only serves topics but
// no consumer groups (Kafka's KRaft groups live on brokers; ours live in @metadata and are coordinated by
// the quorum leader).
//
// close() stops the periodic work, then the controller listener (forwarded requests in flight get their
// connection closed and are retried by the brokers elsewhere), then the controller and the @metadata log.
import type { Logger } from 'pino'
import { loadConfig, type LoadedConfig } from '../config/load-config.ts'
import { ConfigError } from '../config/config-def.ts'
import { silentLogger } from '../util/logger.ts'
import { RaftMetadataLog } from '../controller/metadata/metadata-log.ts'
import { MetadataPublisher } from '../controller/metadata/metadata-publisher.ts'
import type { MetadataImage } from '../controller/metadata/metadata-image.ts'
import type { QuorumController } from '../controller/quorum-controller/quorum-controller.ts'
import { ControllerPlane } from './controller-plane.ts'
import { connectionLimits, openNodeStorage, quorumControllerOf, quorumTimings, startControllerTicks } from './node-parts.ts'
import type { NodeOptions } from './node-parts.ts'

export interface RunningController {
  /** The controller listener's bound address. */
  readonly host: string
  readonly port: number
  /** Always null: the admin API is served by nodes with a broker. */
  readonly adminPort: null
  readonly config: LoadedConfig
  readonly controller: QuorumController
  readonly metadataLog: RaftMetadataLog
  /** This node's committed @metadata image. */
  image (): MetadataImage
  close (): Promise<void>
}

export async function startController (options: NodeOptions = {}): Promise<RunningController> {
  const config = options.loadedConfig ?? loadConfig({
    argv: Object.entries(options.config ?? {}).map(([k, v]) => `--${k}=${v}`),
    env: {}
  })
  const logger: Logger = options.logger ?? silentLogger()
  const settings = config.node
  if (settings.broker || !settings.controller) throw new ConfigError('process.roles', `process.roles=${config.list('process.roles').join(',')}: startController runs controller-only nodes (process.roles=controller); use startNode`)
  // node-settings.ts refuses a controller-only node without a controller listener.
  const own = settings.controllerListener!
  const listen = { host: own.host === '' ? '0.0.0.0' : own.host, port: own.port }
  const { logDir, clusterId } = openNodeStorage(config)
  const metadataLog = await RaftMetadataLog.open({
    parentDir: config.string('metadata.log.dir') ?? logDir,
    nodeId: settings.nodeId,
    logger,
    quorum: { clusterId, voters: settings.voters, listen, sharedListener: true, ...quorumTimings(config) }
  })
  let publisher: MetadataPublisher
  let controller: QuorumController
  try {
    publisher = MetadataPublisher.open(metadataLog, config.int('metadata.log.max.record.bytes.between.snapshots'), logger)
    controller = quorumControllerOf(config, metadataLog, publisher, clusterId, options.testBugs)
  } catch (err) {
    await metadataLog.close()
    throw err
  }
  const stopTicks = startControllerTicks(controller, logger)
  let plane: ControllerPlane
  try {
    plane = await ControllerPlane.start({ nodeId: settings.nodeId, config, voters: settings.voters, listen, log: metadataLog, images: publisher, controller, logger, limits: connectionLimits(config) })
  } catch (err) {
    stopTicks()
    await controller.close()
    throw err
  }
  const bound = plane.listener.address()
  if (config.string('rivulet.admin.listener') !== null && config.string('rivulet.admin.listener') !== '') {
    logger.info('a controller-only node serves no admin API (rivulet.admin.listener is used by nodes with the broker role)')
  }
  logger.info({ nodeId: settings.nodeId, host: bound.host, port: bound.port }, 'controller-only node started: serving the controller listener')
  let closing: Promise<void> | null = null
  return {
    host: bound.host,
    port: bound.port,
    adminPort: null,
    config,
    controller,
    metadataLog,
    image: () => publisher.image(),
    async close () {
      closing ??= (async () => {
        const startedMs = performance.now()
        stopTicks()
        logger.info('shutdown: stopping the controller listener')
        await plane.close()
        logger.info('shutdown: closing the controller and the @metadata log')
        await controller.close()
        const durationMs = Math.round(performance.now() - startedMs)
        logger.info({ durationMs }, `shutdown: done in ${durationMs} ms`)
      })()
      await closing
    }
  }
}
