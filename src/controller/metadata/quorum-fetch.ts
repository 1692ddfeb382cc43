// How a broker-only node (an observer of the @metadata quorum) reads the committed log, in Kafka's own
// messages as KRaft observers do: Fetch (key 1, v12) on `__cluster_metadata` partition 0 from the
// leader, with ReplicaId = the observer's node id and FetchOffset = the next offset it needs; the
// leader long-polls (MaxWaitMs) until an entry past it is committed, and answers COMMITTED entries only
// (never uncommitted ones: an observer applies what it receives, and has no Raft log to truncate). A
// fetch behind the leader's log start is answered with SnapshotId (the end offset and epoch of the
// leader's newest snapshot), which the observer reads with FetchSnapshot (key 59) by position. A voter
// that does not lead answers NOT_LEADER_OR_FOLLOWER with CurrentLeader, so the observer moves on.
//
// Offsets are Raft indexes (the @metadata entry offsets): one record batch per entry, baseOffset = the
// index, partitionLeaderEpoch = the entry's term, one record whose value is the entry's encoded
// metadata records (empty for a new leader's empty entry). High watermark and log end offsets are
// exclusive, as in Kafka: the next offset after the last committed (resp. held) entry.
//
// The serving functions run on the voters behind the controller listener; the client side is the
// MetadataObserverLog. Both speak through the generated codecs only.
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import type { FetchRequest, FetchResponse, FetchResponsePartitionData } from '../../protocol/generated/messages/fetch.ts'
import type { FetchSnapshotRequest, FetchSnapshotResponse } from '../../protocol/generated/messages/fetch-snapshot.ts'
import type { DescribeQuorumRequest, DescribeQuorumResponse, DescribeQuorumResponseReplicaState } from '../../protocol/generated/messages/describe-quorum.ts'
import { buildRecordBatch, decodeRecordBatches } from '../../protocol/record-batch/records.ts'

/** KRaft's name for the @metadata log's topic, and its one partition. */
export const METADATA_TOPIC_NAME = '__cluster_metadata'
export const METADATA_PARTITION = 0
/** Fetch v12: topic names (not ids), and the tagged CurrentLeader and SnapshotId fields KRaft needs. */
export const QUORUM_FETCH_VERSION = 12
export const QUORUM_FETCH_SNAPSHOT_VERSION = 0
/** The leader holds an observer's fetch at most this long when nothing new is committed. */
export const QUORUM_FETCH_WAIT_MS_MAX = 500

/** Who leads, as a node knows it (metadata-log.ts's MetadataLeadership; repeated here so the log's module can import this one). */
export interface QuorumLeadership {
  readonly leaderId: number | null
  readonly epoch: number
}

/** One committed entry as it travels: offset (Raft index), epoch (term), encoded records. */
export interface QuorumEntry {
  readonly offset: number
  readonly epoch: number
  readonly data: Uint8Array
}

export interface QuorumSnapshotId {
  /** Exclusive: the snapshot covers every entry before this offset. */
  readonly endOffset: number
  readonly epoch: number
}

/** A replica as DescribeQuorum lists it. Timestamps are -1 when unknown (Kafka's). */
export interface QuorumReplicaState {
  readonly replicaId: number
  /** Exclusive log end offset as the leader knows it (a voter's match + 1, an observer's fetch offset). */
  readonly logEndOffset: number
  readonly lastFetchTimestamp: number
  readonly lastCaughtUpTimestamp: number
}

/** What the leader of the @metadata quorum reports: DescribeQuorum's partition, and /v1/cluster. */
export interface QuorumDescription {
  readonly leaderId: number
  readonly leaderEpoch: number
  /** Exclusive: the offset after the last committed entry. */
  readonly highWatermark: number
  readonly voters: readonly QuorumReplicaState[]
  readonly observers: readonly QuorumReplicaState[]
}

/** What a voter serves observers from (RaftMetadataLog). */
export interface QuorumFetchSource {
  readonly nodeId: number
  leader (): QuorumLeadership
  isLeader (): boolean
  /** Exclusive: the offset after the last committed entry applied here. */
  highWatermark (): number
  /** Committed entries from `offset`, at most `maxBytes` (one at least); 'compacted' when behind the log start. */
  readCommitted (offset: number, maxBytes: number): readonly QuorumEntry[] | 'compacted'
  latestSnapshot (): { readonly id: QuorumSnapshotId, readonly data: Uint8Array } | null
  /** Resolves once an entry at or past `offset` is committed and applied here, or after `timeoutMs`. */
  waitForCommitted (offset: number, timeoutMs: number): Promise<void>
  /** The leader notes an observer's fetch (its progress, for DescribeQuorum). */
  observerFetched (replicaId: number, fetchOffset: number, nowMs: number): void
  /** On the leader only; null elsewhere. */
  describeQuorum (nowMs: number): QuorumDescription | null
}

/** Committed entries as record batches, one batch an entry. */
export function entriesToRecords (entries: readonly QuorumEntry[]): Buffer {
  return Buffer.concat(entries.map((e) => buildRecordBatch({
    baseOffset: e.offset,
    partitionLeaderEpoch: e.epoch,
    records: [{ key: null, value: Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength) }]
  })))
}

/** The inverse of entriesToRecords; a batch that is not one entry's is refused (the fetcher stops on it). */
export function recordsToEntries (records: Buffer | null): QuorumEntry[] {
  if (records === null || records.length === 0) return []
  return decodeRecordBatches(records).map((b) => {
    if (b.records.length !== 1 || b.lastOffset !== b.baseOffset) throw new Error(`@metadata batch at ${b.baseOffset} holds ${b.records.length} records; one entry a batch is expected`)
    const value = b.records[0]!.value ?? Buffer.alloc(0)
    return { offset: b.baseOffset, epoch: b.partitionLeaderEpoch, data: new Uint8Array(value.buffer, value.byteOffset, value.byteLength) }
  })
}

function partitionResponse (source: QuorumFetchSource, errorCode: number): FetchResponsePartitionData {
  const leader = source.leader()
  return {
    partitionIndex: METADATA_PARTITION,
    errorCode,
    highWatermark: BigInt(source.isLeader() ? source.highWatermark() : -1),
    lastStableOffset: -1n,
    logStartOffset: -1n,
    divergingEpoch: { epoch: -1, endOffset: -1n },
    currentLeader: { leaderId: leader.leaderId ?? -1, leaderEpoch: leader.epoch },
    snapshotId: { endOffset: -1n, epoch: -1 },
    abortedTransactions: null,
    preferredReadReplica: -1,
    records: null
  }
}

function fetchResponse (partition: FetchResponsePartitionData, errorCode = ErrorCode.NONE): FetchResponse {
  return { throttleTimeMs: 0, errorCode, sessionId: 0, responses: [{ topic: METADATA_TOPIC_NAME, topicId: '', partitions: [partition] }], nodeEndpoints: [] }
}

/** The fetched partition of a quorum Fetch, or null when the request asks for something else. */
function quorumPartition (request: FetchRequest): { fetchOffset: number, partitionMaxBytes: number } | null {
  const topic = request.topics.find((t) => t.topic === METADATA_TOPIC_NAME)
  const partition = topic?.partitions.find((p) => p.partition === METADATA_PARTITION)
  if (partition === undefined) return null
  return { fetchOffset: Number(partition.fetchOffset), partitionMaxBytes: partition.partitionMaxBytes }
}

/**
 * Serves an observer's Fetch on `__cluster_metadata` (the leader only): committed entries from its
 * fetch offset, after waiting up to MaxWaitMs (bounded) for one; SnapshotId when it is behind the log start.
 */
export async function serveQuorumFetch (source: QuorumFetchSource, request: FetchRequest, nowMs: () => number): Promise<FetchResponse> {
  const wanted = quorumPartition(request)
  if (wanted === null) return fetchResponse({ ...partitionResponse(source, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION) })
  if (!source.isLeader()) return fetchResponse(partitionResponse(source, ErrorCode.NOT_LEADER_OR_FOLLOWER))
  const offset = Math.max(1, wanted.fetchOffset)
  const replicaId = request.replicaId >= 0 ? request.replicaId : request.replicaState.replicaId
  if (replicaId >= 0) source.observerFetched(replicaId, offset, nowMs())
  if (source.highWatermark() <= offset) await source.waitForCommitted(offset, Math.min(Math.max(0, request.maxWaitMs), QUORUM_FETCH_WAIT_MS_MAX))
  // Leadership may have moved while waiting: answer as the node is now.
  if (!source.isLeader()) return fetchResponse(partitionResponse(source, ErrorCode.NOT_LEADER_OR_FOLLOWER))
  const partition = partitionResponse(source, ErrorCode.NONE)
  const read = source.readCommitted(offset, Math.max(1, Math.min(wanted.partitionMaxBytes, request.maxBytes)))
  if (read === 'compacted') {
    const snapshot = source.latestSnapshot()
    if (snapshot === null) return fetchResponse({ ...partition, errorCode: ErrorCode.OFFSET_OUT_OF_RANGE })
    return fetchResponse({ ...partition, snapshotId: { endOffset: BigInt(snapshot.id.endOffset), epoch: snapshot.id.epoch } })
  }
  return fetchResponse({ ...partition, records: entriesToRecords(read) })
}

/** Serves FetchSnapshot on `__cluster_metadata`: the bytes of the leader's newest snapshot from `position`. */
export function serveQuorumFetchSnapshot (source: QuorumFetchSource, request: FetchSnapshotRequest): FetchSnapshotResponse {
  const wanted = request.topics.find((t) => t.name === METADATA_TOPIC_NAME)?.partitions.find((p) => p.partition === METADATA_PARTITION)
  const leader = source.leader()
  const reply = (errorCode: number, fields: Partial<{ endOffset: number, epoch: number, size: number, position: number, bytes: Buffer }> = {}): FetchSnapshotResponse => ({
    throttleTimeMs: 0,
    errorCode: ErrorCode.NONE,
    topics: [{
      name: METADATA_TOPIC_NAME,
      partitions: [{
        index: METADATA_PARTITION,
        errorCode,
        snapshotId: { endOffset: BigInt(fields.endOffset ?? -1), epoch: fields.epoch ?? -1 },
        currentLeader: { leaderId: leader.leaderId ?? -1, leaderEpoch: leader.epoch },
        size: BigInt(fields.size ?? -1),
        position: BigInt(fields.position ?? -1),
        unalignedRecords: fields.bytes ?? Buffer.alloc(0)
      }]
    }]
  })
  if (wanted === undefined) return reply(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
  if (!source.isLeader()) return reply(ErrorCode.NOT_LEADER_OR_FOLLOWER)
  const snapshot = source.latestSnapshot()
  // Only the newest snapshot is kept: an older id is gone (the observer fetches again and learns the new one).
  if (snapshot === null || BigInt(snapshot.id.endOffset) !== wanted.snapshotId.endOffset || snapshot.id.epoch !== wanted.snapshotId.epoch) return reply(ErrorCode.SNAPSHOT_NOT_FOUND)
  const position = Number(wanted.position)
  if (position < 0 || position > snapshot.data.byteLength) return reply(ErrorCode.POSITION_OUT_OF_RANGE)
  const end = Math.min(snapshot.data.byteLength, position + Math.max(1, request.maxBytes))
  const bytes = Buffer.from(snapshot.data.buffer, snapshot.data.byteOffset + position, end - position)
  return reply(ErrorCode.NONE, { ...snapshot.id, size: snapshot.data.byteLength, position, bytes })
}

function replicaState (r: QuorumReplicaState): DescribeQuorumResponseReplicaState {
  return { replicaId: r.replicaId, logEndOffset: BigInt(r.logEndOffset), lastFetchTimestamp: BigInt(r.lastFetchTimestamp), lastCaughtUpTimestamp: BigInt(r.lastCaughtUpTimestamp) }
}

/**
 * DescribeQuorum's answer from a description (null: this node does not lead, or knows no leader:
 * NOT_LEADER_OR_FOLLOWER on the partition, as the spec's partition-level error). Only
 * `__cluster_metadata` partition 0 exists; another topic is UNKNOWN_TOPIC_OR_PARTITION.
 */
export function describeQuorumResponse (request: DescribeQuorumRequest, description: QuorumDescription | null, known: QuorumLeadership): DescribeQuorumResponse {
  return {
    errorCode: ErrorCode.NONE,
    topics: request.topics.map((t) => ({
      topicName: t.topicName,
      partitions: t.partitions.map((p) => {
        const base = { partitionIndex: p.partitionIndex, leaderId: known.leaderId ?? -1, leaderEpoch: known.epoch, highWatermark: -1n, currentVoters: [], observers: [] }
        if (t.topicName !== METADATA_TOPIC_NAME || p.partitionIndex !== METADATA_PARTITION) return { ...base, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION }
        if (description === null) return { ...base, errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER }
        return {
          partitionIndex: p.partitionIndex,
          errorCode: ErrorCode.NONE,
          leaderId: description.leaderId,
          leaderEpoch: description.leaderEpoch,
          highWatermark: BigInt(description.highWatermark),
          currentVoters: description.voters.map(replicaState),
          observers: description.observers.map(replicaState)
        }
      })
    }))
  }
}

/** The inverse, for a broker that asked the active controller (and for /v1/cluster). */
export function quorumDescriptionOf (response: DescribeQuorumResponse): QuorumDescription | null {
  const p = response.topics.find((t) => t.topicName === METADATA_TOPIC_NAME)?.partitions.find((x) => x.partitionIndex === METADATA_PARTITION)
  if (response.errorCode !== ErrorCode.NONE || p === undefined || p.errorCode !== ErrorCode.NONE) return null
  const state = (r: DescribeQuorumResponseReplicaState): QuorumReplicaState => ({ replicaId: r.replicaId, logEndOffset: Number(r.logEndOffset), lastFetchTimestamp: Number(r.lastFetchTimestamp), lastCaughtUpTimestamp: Number(r.lastCaughtUpTimestamp) })
  return { leaderId: p.leaderId, leaderEpoch: p.leaderEpoch, highWatermark: Number(p.highWatermark), voters: p.currentVoters.map(state), observers: p.observers.map(state) }
}

/** The request for `__cluster_metadata` partition 0 (what the kafka-metadata-quorum tool sends). */
export function describeMetadataQuorumRequest (): DescribeQuorumRequest {
  return { topics: [{ topicName: METADATA_TOPIC_NAME, partitions: [{ partitionIndex: METADATA_PARTITION }] }] }
}
