// The decisions of a follower's replica fetcher, pure (no I/O, no timers): whom a hosted partition is
// fetched from, the Fetch request one fetcher sends for its partitions, what a partition's answer
// means, and where a diverging or out-of-range follower truncates to. The fetcher (replica-fetcher.ts)
// does the I/O around them. Kafka's AbstractFetcherThread / ReplicaFetcherThread semantics:
// - Fetch v12+ carries lastFetchedEpoch; a leader whose log diverges answers divergingEpoch, and the
//   follower truncates to min(leader's end offset, its own end offset for the largest epoch <= the
//   leader's) (KIP-320, KIP-595's truncation on fetch). When the follower does not know the leader's
//   epoch, it truncates to its own end offset of the largest epoch below it and fetches again (the
//   leader answers anew for the new last fetched epoch: the "intermediate" truncation).
// - OFFSET_OUT_OF_RANGE: the leader's end offset below the follower's -> truncate to it (an unclean
//   election happened); the follower's end below the leader's log start -> empty the log and restart
//   at the leader's log start; else fetch again from where the follower is.
// - FENCED_LEADER_EPOCH: this follower's epoch is older than the leader's: the partition waits for the
//   image to move (Kafka removes it from the fetcher until the next LeaderAndIsr / metadata delta).
//   NOT_LEADER_OR_FOLLOWER and UNKNOWN_LEADER_EPOCH (the leader has not seen the epoch yet) and every
//   other error: fetch again after replica.fetch.backoff.ms (or earlier, when the image moves).
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import type { FetchRequest, FetchRequestFetchTopic, FetchResponseEpochEndOffset } from '../../protocol/generated/messages/fetch.ts'
import type { BrokerImage, PartitionImage } from '../../controller/metadata/metadata-image.ts'

/** The Fetch version followers send: v15+ carries the replica state, v16 is Kafka 3.8's latest. */
export const REPLICA_FETCH_VERSION = 16
/** ListOffsets version a follower asks its leader's log start and end with (v4+: current leader epoch). */
export const REPLICA_LIST_OFFSETS_VERSION = 7
/** ListOffsets timestamps: the log end (for a replica id) and the log start. */
export const LATEST_TIMESTAMP = -1n
export const EARLIEST_TIMESTAMP = -2n

/** Kafka's replica fetch settings (broker config keys of the same names). */
export interface ReplicaFetchSettings {
  /** replica.fetch.max.bytes */
  readonly partitionBytesMax: number
  /** replica.fetch.response.max.bytes */
  readonly responseBytesMax: number
  /** replica.fetch.wait.max.ms */
  readonly waitMaxMs: number
  /** replica.fetch.min.bytes */
  readonly minBytes: number
  /** replica.fetch.backoff.ms */
  readonly backoffMs: number
  /** replica.socket.timeout.ms */
  readonly socketTimeoutMs: number
}

/** The replica fetch settings of a node's configuration. */
export function replicaFetchSettings (config: { int (name: string): number }): ReplicaFetchSettings {
  return {
    partitionBytesMax: config.int('replica.fetch.max.bytes'),
    responseBytesMax: config.int('replica.fetch.response.max.bytes'),
    waitMaxMs: config.int('replica.fetch.wait.max.ms'),
    minBytes: config.int('replica.fetch.min.bytes'),
    backoffMs: config.int('replica.fetch.backoff.ms'),
    socketTimeoutMs: config.int('replica.socket.timeout.ms')
  }
}

export interface Endpoint {
  readonly host: string
  readonly port: number
}

/**
 * The leader a partition hosted here is fetched from, or null when it is not followed: this node
 * leads it, it has no leader, or the leader is not a registered, unfenced broker with an endpoint on
 * the inter-broker listener (then the image has yet to move: the controller elects another leader or
 * the broker registers again).
 */
export function leaderToFollow (state: PartitionImage, localNodeId: number, brokers: ReadonlyMap<number, BrokerImage>, listenerName: string): { leaderId: number, leaderEpoch: number, endpoint: Endpoint } | null {
  if (state.leader < 0 || state.leader === localNodeId || !state.replicas.includes(localNodeId)) return null
  const endpoint = endpointOf(brokers.get(state.leader), listenerName)
  return endpoint === null ? null : { leaderId: state.leader, leaderEpoch: state.leaderEpoch, endpoint }
}

/** A broker's endpoint on `listenerName`, when it is registered and unfenced; else null. */
export function endpointOf (broker: BrokerImage | undefined, listenerName: string): Endpoint | null {
  if (broker === undefined || broker.fenced) return null
  const endpoint = broker.endpoints.find((e) => e.name === listenerName)
  return endpoint === undefined ? null : { host: endpoint.host, port: endpoint.port }
}

/** One partition of a replica fetch, as the fetcher knows it when it builds the request. */
export interface FetchPosition {
  readonly topicId: string
  readonly partition: number
  readonly currentLeaderEpoch: number
  /** The follower's log end offset. */
  readonly fetchOffset: number
  /** The latest epoch in the follower's leader epoch cache (-1: none). */
  readonly lastFetchedEpoch: number
  readonly logStartOffset: number
}

/**
 * The Fetch request of one fetcher: replica state (v15+: the replica id goes there, replicaId stays
 * -1), topic ids (v13+), no fetch session (sessionId 0, epoch -1: every partition in every request,
 * as Kafka's FetchSessionHandler would with sessions off), read_uncommitted (followers read to the
 * log end). Partitions of one topic are grouped in the order given.
 */
export function replicaFetchRequest (nodeId: number, brokerEpoch: bigint, settings: ReplicaFetchSettings, positions: readonly FetchPosition[]): FetchRequest {
  const topics: FetchRequestFetchTopic[] = []
  const byTopicId = new Map<string, FetchRequestFetchTopic>()
  for (const p of positions) {
    let topic = byTopicId.get(p.topicId)
    if (topic === undefined) {
      topic = { topic: '', topicId: p.topicId, partitions: [] }
      byTopicId.set(p.topicId, topic)
      topics.push(topic)
    }
    topic.partitions.push({
      partition: p.partition,
      currentLeaderEpoch: p.currentLeaderEpoch,
      fetchOffset: BigInt(p.fetchOffset),
      lastFetchedEpoch: p.lastFetchedEpoch,
      logStartOffset: BigInt(p.logStartOffset),
      partitionMaxBytes: settings.partitionBytesMax
    })
  }
  return {
    clusterId: null,
    replicaId: -1,
    replicaState: { replicaId: nodeId, replicaEpoch: brokerEpoch },
    maxWaitMs: settings.waitMaxMs,
    minBytes: settings.minBytes,
    maxBytes: settings.responseBytesMax,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics,
    forgottenTopicsData: [],
    rackId: ''
  }
}

/** What a fetcher does with one partition's answer. */
export type PartitionOutcome =
  /** Append the records (maybe none) and take the high watermark. */
  | { readonly kind: 'append' }
  /** Truncate where the leader's diverging epoch says (truncationForDivergence), then fetch again. */
  | { readonly kind: 'diverged', readonly divergingEpoch: FetchResponseEpochEndOffset }
  /** Ask the leader's log start and end (ListOffsets), then decide with outOfRangeAction. */
  | { readonly kind: 'outOfRange' }
  /** This follower's leader epoch is stale: wait for the image to give it a new one. */
  | { readonly kind: 'fenced' }
  /** Fetch it again after replica.fetch.backoff.ms. */
  | { readonly kind: 'backoff' }

/** A partition's answer: its error code and diverging epoch (epoch -1: none). */
export function partitionOutcome (errorCode: number, divergingEpoch: FetchResponseEpochEndOffset): PartitionOutcome {
  switch (errorCode) {
    case ErrorCode.NONE:
      return divergingEpoch.epoch >= 0 && divergingEpoch.endOffset >= 0n ? { kind: 'diverged', divergingEpoch } : { kind: 'append' }
    case ErrorCode.OFFSET_OUT_OF_RANGE:
      return { kind: 'outOfRange' }
    case ErrorCode.FENCED_LEADER_EPOCH:
      return { kind: 'fenced' }
    default:
      // NOT_LEADER_OR_FOLLOWER, UNKNOWN_LEADER_EPOCH, UNKNOWN_TOPIC_ID, UNKNOWN_TOPIC_OR_PARTITION,
      // KAFKA_STORAGE_ERROR and the rest: the leader (or its image) may catch up; try again later.
      return { kind: 'backoff' }
  }
}

/** What truncation on a diverging epoch reads of the follower's own log. */
export interface OwnEpochs {
  /** OffsetForLeaderEpoch on its own log: the largest epoch <= `epoch` and where it ends; -1/-1 if none. */
  endOffsetFor (epoch: number): { epoch: number, endOffset: number }
  logEndOffset (): number
}

/**
 * Where a follower truncates on the leader's diverging epoch (Kafka's getOffsetTruncationState):
 * - it knows the leader's epoch: min(leader's end offset, its own end offset of that epoch);
 * - it knows only older epochs: its own end offset of the largest epoch below the leader's
 *   (intermediate: the next fetch carries that epoch and the leader answers again);
 * - it knows no epoch <= the leader's: the leader's end offset.
 * Never above its own log end. `complete` is false for the intermediate case.
 */
export function truncationForDivergence (diverging: { readonly epoch: number, readonly endOffset: number }, own: OwnEpochs): { offset: number, complete: boolean } {
  const logEnd = own.logEndOffset()
  const mine = own.endOffsetFor(diverging.epoch)
  if (mine.epoch < 0 || mine.endOffset < 0) return { offset: Math.min(diverging.endOffset, logEnd), complete: true }
  if (mine.epoch !== diverging.epoch) return { offset: Math.min(mine.endOffset, logEnd), complete: false }
  return { offset: Math.min(mine.endOffset, diverging.endOffset, logEnd), complete: true }
}

/** After OFFSET_OUT_OF_RANGE and the leader's log start and end (Kafka's fetchOffsetAndTruncate). */
export type OutOfRangeAction =
  /** The leader's log ends below ours (an unclean election): cut ours there. */
  | { readonly kind: 'truncate', readonly offset: number }
  /** Ours ends below the leader's log start: empty ours and restart it at the leader's start. */
  | { readonly kind: 'restartAt', readonly offset: number }
  /** In range after all (the leader's log moved meanwhile): fetch again from our end. */
  | { readonly kind: 'resume' }

export function outOfRangeAction (leaderStartOffset: number, leaderEndOffset: number, replicaEndOffset: number): OutOfRangeAction {
  if (leaderEndOffset < replicaEndOffset) return { kind: 'truncate', offset: leaderEndOffset }
  if (leaderStartOffset > replicaEndOffset) return { kind: 'restartAt', offset: leaderStartOffset }
  return { kind: 'resume' }
}

/**
 * The follower's log start after a fetch (KIP-107: DeleteRecords on the leader reaches followers):
 * the leader's log start, never above the follower's high watermark (Kafka refuses a log start above
 * it), never below its own; null when it does not move.
 */
export function followerLogStart (leaderLogStartOffset: number, ownLogStartOffset: number, ownHighWatermark: number): number | null {
  const next = Math.min(leaderLogStartOffset, ownHighWatermark)
  return next > ownLogStartOffset ? next : null
}
