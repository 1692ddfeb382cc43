// The controller side of a node in a multi-voter cluster, wired in one place: the controller listener
// (this node's entry of controller.quorum.voters) carrying the @metadata log's Raft streams and the
// Kafka-protocol controller APIs (src/controller/api, the quorum's own fetch, FetchSnapshot and
// DescribeQuorum among them, for observers) on one port, and the broker's way to the active
// controller: a KafkaClient bound to this node's own host and the RemoteControllerChannel over it.
// The @metadata log must have been opened with `quorum.sharedListener`, so that its Raft transport
// takes its streams from this listener instead of binding the port itself. close() stops forwarding,
// then the listener, then the Kafka connections it adopted.
import type { Logger } from 'pino'
import type { LoadedConfig } from '../config/load-config.ts'
import { resolveTopicConfigs } from '../config/topic-config.ts'
import { ControllerListener } from '../network/controller-listener.ts'
import { KafkaServer } from '../network/server.ts'
import type { ConnectionLimits } from '../network/connection.ts'
import { KafkaClient } from '../network/kafka-client.ts'
import { ControllerApiRegistry, type ControllerCommands } from '../controller/api/registry.ts'
import { CONTROLLER_HANDLERS } from '../controller/api/handler-list.ts'
import type { RaftMetadataLog } from '../controller/metadata/metadata-log.ts'
import { HELLO_PREFIX } from '../controller/raft/transport/raft-codec.ts'
import { quorumHandlers } from '../controller/metadata/quorum-router.ts'
import { RemoteControllerChannel, type ImageSource } from '../broker/remote-controller-channel.ts'
import { dynamicBrokerConfig } from '../broker/broker.ts'
import { controllerTimeouts } from './node-parts.ts'

export interface ControllerPlaneOptions {
  readonly nodeId: number
  readonly config: LoadedConfig
  /** controller.quorum.voters, this node included. */
  readonly voters: ReadonlyMap<number, { readonly host: string, readonly port: number }>
  /** This node's controller listener: its host is also the source address of outgoing connections. */
  readonly listen: { readonly host: string, readonly port: number }
  readonly log: RaftMetadataLog
  readonly images: ImageSource
  readonly controller: ControllerCommands
  readonly limits: ConnectionLimits
  readonly logger: Logger
  /** Deadline of forwarded requests that carry none of their own (RemoteControllerChannel's requestTimeoutMs). */
  readonly requestTimeoutMs?: number
}

export class ControllerPlane {
  readonly listener: ControllerListener
  readonly server: KafkaServer
  readonly client: KafkaClient
  readonly channel: RemoteControllerChannel

  private constructor (listener: ControllerListener, server: KafkaServer, client: KafkaClient, channel: RemoteControllerChannel) {
    this.listener = listener
    this.server = server
    this.client = client
    this.channel = channel
  }

  /** Starts listening on the controller listener and returns the plane; throws when the port cannot be bound. */
  static async start (options: ControllerPlaneOptions): Promise<ControllerPlane> {
    const { config, images, logger } = options
    const router = new ControllerApiRegistry(CONTROLLER_HANDLERS, {
      nodeId: options.nodeId,
      controller: options.controller,
      staticConfig: config,
      topicConfigValues: (topic) => {
        const image = images.image()
        return new Map(resolveTopicConfigs(image.topicConfig(topic), dynamicBrokerConfig(config, image)).map((c) => [c.def.key.name, c.text]))
      },
      quorum: quorumHandlers(options.log)
    })
    const server = new KafkaServer({
      host: options.listen.host,
      port: options.listen.port,
      listenerName: 'CONTROLLER',
      router,
      logger,
      connectionsMax: config.int('max.connections'),
      limits: options.limits,
      queuedRequestBytesMax: config.int('queued.max.request.bytes'),
      closeTimeoutMs: config.int('rivulet.shutdown.timeout.ms')
    })
    const log = options.log
    const listener = new ControllerListener({
      host: options.listen.host,
      port: options.listen.port,
      logger,
      raftPrefix: HELLO_PREFIX,
      adoptRaft: (socket) => log.adoptRaftConnection(socket),
      adoptKafka: (socket) => server.adopt(socket)
    })
    try {
      await listener.listen()
    } catch (err) {
      await server.close()
      throw err
    }
    const host = options.listen.host
    const client = new KafkaClient({ clientId: `rivulet-broker-${options.nodeId}`, localAddress: host === '' || host === '0.0.0.0' || host === '::' ? null : host, logger })
    const channel = new RemoteControllerChannel({
      client,
      voters: options.voters,
      leadership: log,
      images,
      logger,
      ...controllerTimeouts(options.config),
      ...(options.requestTimeoutMs === undefined ? {} : { requestTimeoutMs: options.requestTimeoutMs })
    })
    return new ControllerPlane(listener, server, client, channel)
  }

  /**
   * Stops forwarding and the controller listener; the controller APIs' in-flight requests are answered
   * for at most `drainTimeoutMs` (rivulet.shutdown.timeout.ms unless given: a node's shutdown gives
   * what is left of its bound; a broker cut off retries on the next active controller).
   */
  async close (drainTimeoutMs?: number): Promise<void> {
    this.channel.close()
    await this.client.close()
    await this.listener.close()
    await this.server.close(drainTimeoutMs)
  }
}
