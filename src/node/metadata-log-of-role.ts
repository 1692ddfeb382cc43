// Which @metadata log a node opens, by its roles (KRaft's): a controller (a voter of
// controller.quorum.voters) opens the Raft log, alone (one voter, `npm start`) or as a member of the
// quorum listening on its controller listener; a broker-only node is an observer (node.id not among
// the voters): it follows the committed log from the leader over the voters' controller listeners
// with the node's outbound Kafka client, keeps no copy on disk, votes for nothing and appends nothing
// (metadata-observer-log.ts says why).
import type { Logger } from 'pino'
import type { NodeSettings } from '../config/node-settings.ts'
import { RaftMetadataLog } from '../controller/metadata/metadata-log.ts'
import { MetadataObserverLog } from '../controller/metadata/metadata-observer-log.ts'
import { KafkaQuorumClient, type KafkaRequestSender } from '../controller/metadata/quorum-client.ts'

export type NodeMetadataLog = RaftMetadataLog | MetadataObserverLog

export interface NodeMetadataLogOptions {
  readonly settings: NodeSettings
  /** metadata.log.dir, or the log directory (a voter's log lives in `<parentDir>/@metadata`). */
  readonly parentDir: string
  readonly clusterId: string
  readonly logger: Logger
  /** The node's outbound Kafka client: an observer fetches from the voters with it. */
  readonly sender: KafkaRequestSender
}

export async function openNodeMetadataLog (options: NodeMetadataLogOptions): Promise<NodeMetadataLog> {
  const { settings, logger } = options
  if (!settings.controller) {
    return await MetadataObserverLog.open({ nodeId: settings.nodeId, clusterId: options.clusterId, voters: [...settings.voters.keys()].sort((a, b) => a - b), client: new KafkaQuorumClient(options.sender, settings.voters), logger })
  }
  const self = settings.voters.get(settings.nodeId)!
  const listen = settings.controllerListener === null ? self : { host: settings.controllerListener.host === '' ? self.host : settings.controllerListener.host, port: settings.controllerListener.port }
  return await RaftMetadataLog.open({
    parentDir: options.parentDir,
    nodeId: settings.nodeId,
    logger,
    ...(settings.voters.size > 1 ? { quorum: { clusterId: options.clusterId, voters: settings.voters, listen } } : {})
  })
}
