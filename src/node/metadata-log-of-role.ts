// The @metadata log of a broker-only node (KRaft's observer: node.id not among the voters): it follows
// the committed log from the leader over the voters' controller listeners with the node's outbound
// Kafka client, keeps no copy on disk, votes for nothing and appends nothing (metadata-observer-log.ts
// says why). Voters open their RaftMetadataLog where they start their controller listener (node.ts,
// controller-node.ts), since the Raft transport shares that listener.
import type { Logger } from 'pino'
import type { NodeSettings } from '../config/node-settings.ts'
import { MetadataObserverLog } from '../controller/metadata/metadata-observer-log.ts'
import { KafkaQuorumClient, type KafkaRequestSender } from '../controller/metadata/quorum-client.ts'
import { assert } from '../util/assert.ts'

export interface ObserverLogOptions {
  readonly settings: NodeSettings
  readonly clusterId: string
  readonly logger: Logger
  /** The node's outbound Kafka client: the observer fetches from the voters with it. */
  readonly sender: KafkaRequestSender
}

export async function openObserverLog (options: ObserverLogOptions): Promise<MetadataObserverLog> {
  const { settings } = options
  assert(!settings.controller, 'a controller is a voter: it opens the Raft @metadata log')
  return await MetadataObserverLog.open({ nodeId: settings.nodeId, clusterId: options.clusterId, voters: [...settings.voters.keys()].sort((a, b) => a - b), client: new KafkaQuorumClient(options.sender, settings.voters), logger: options.logger })
}
