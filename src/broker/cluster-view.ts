// What clients are told about the cluster, computed from the committed MetadataImage alone (pure, no
// I/O): the live (unfenced) brokers with their advertised endpoint for a listener, the controller id
// clients see, the replicas that are offline, the node that coordinates groups, and the leader
// endpoints KIP-951 adds to NOT_LEADER_OR_FOLLOWER answers. Metadata, DescribeCluster,
// FindCoordinator, Produce and Fetch answer through these, so they agree.
import { ErrorCode } from '../protocol/generated/error-codes.ts'
import type { BrokerEndpoint, BrokerImage, MetadataImage } from '../controller/metadata/metadata-image.ts'

export interface ClientEndpoint {
  readonly nodeId: number
  readonly host: string
  readonly port: number
  readonly rack: string | null
}

/**
 * A broker's endpoint for the listener a request came in on; when it has none by that name, its
 * endpoint of `fallbackListener` (the inter-broker listener), else its first.
 */
export function endpointOf (broker: BrokerImage, listenerName: string, fallbackListener: string): BrokerEndpoint | undefined {
  return broker.endpoints.find((e) => e.name === listenerName) ?? broker.endpoints.find((e) => e.name === fallbackListener) ?? broker.endpoints[0]
}

/** Every registered, unfenced broker with its endpoint for the listener, by id. */
export function liveBrokers (image: MetadataImage, listenerName: string, fallbackListener: string): ClientEndpoint[] {
  const out: ClientEndpoint[] = []
  for (const b of image.brokers.values()) {
    if (b.fenced) continue
    const e = endpointOf(b, listenerName, fallbackListener)
    if (e !== undefined) out.push({ nodeId: b.id, host: e.host, port: e.port, rack: b.rack })
  }
  return out.sort((a, b) => a.nodeId - b.nodeId)
}

function isLive (image: MetadataImage, nodeId: number): boolean {
  const b = image.brokers.get(nodeId)
  return b !== undefined && !b.fenced
}

/**
 * The controller id clients are given: clients must not talk to controllers (KRaft), so Kafka gives a
 * random live broker; here the active controller's id when that node is a live broker (a combined
 * node), else the lowest live broker id, so answers are stable; -1 when no broker is live.
 */
export function clientControllerId (image: MetadataImage, quorumLeaderId: number | null): number {
  if (quorumLeaderId !== null && isLive(image, quorumLeaderId)) return quorumLeaderId
  let lowest = -1
  for (const b of image.brokers.values()) if (!b.fenced && (lowest < 0 || b.id < lowest)) lowest = b.id
  return lowest
}

/** A partition's replicas on brokers that are fenced or not registered (Metadata's offline_replicas). */
export function offlineReplicas (image: MetadataImage, replicas: readonly number[]): number[] {
  return replicas.filter((id) => !isLive(image, id))
}

/**
 * The group coordinator's node: the one leading the @metadata quorum (the coordinator runs beside the
 * active controller), when it is a live broker; null otherwise (COORDINATOR_NOT_AVAILABLE).
 */
export function groupCoordinatorNode (image: MetadataImage, quorumLeaderId: number | null, listenerName: string, fallbackListener: string): ClientEndpoint | null {
  if (quorumLeaderId === null || !isLive(image, quorumLeaderId)) return null
  const b = image.brokers.get(quorumLeaderId)!
  const e = endpointOf(b, listenerName, fallbackListener)
  return e === undefined ? null : { nodeId: b.id, host: e.host, port: e.port, rack: b.rack }
}

/** KIP-951's NodeEndpoints: the endpoints of `nodeIds` (the leaders named in CurrentLeader), by id. */
export function nodeEndpoints (image: MetadataImage, nodeIds: Iterable<number>, listenerName: string, fallbackListener: string): ClientEndpoint[] {
  const out: ClientEndpoint[] = []
  for (const id of new Set(nodeIds)) {
    const b = image.brokers.get(id)
    const e = b === undefined ? undefined : endpointOf(b, listenerName, fallbackListener)
    if (e !== undefined) out.push({ nodeId: id, host: e.host, port: e.port, rack: b!.rack })
  }
  return out.sort((a, b) => a.nodeId - b.nodeId)
}

/** The errors after which a client looks for the partition's leader (KIP-951 fills CurrentLeader on them). */
export function isLeaderMovedError (errorCode: number): boolean {
  return errorCode === ErrorCode.NOT_LEADER_OR_FOLLOWER || errorCode === ErrorCode.FENCED_LEADER_EPOCH
}
