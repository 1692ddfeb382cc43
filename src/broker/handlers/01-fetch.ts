// Fetch (key 1): serves v4-v16 (spec 3.8.0: validVersions 0-16, flexible 12+).
// v0-v3 are not advertised: they need down-conversion to the old message formats, which Rivulet
// does not do. Whole batches are read from the log as stored (never re-encoded) up to the high
// watermark (a follower's fetch: up to the log end offset), starting with the batch that contains the
// fetch offset; partition_max_bytes and the
// response max_bytes bound the answer, except that the first non-empty partition always carries at
// least one whole batch (KIP-74). When less than min_bytes is ready the request waits, up to
// max_wait_ms, for an append to one of its partitions or a high watermark that moves (long polling);
// a partition answered with an error or a diverging epoch answers at once, as Kafka's. read_committed returns no
// aborted transactions (there are none: transactional batches are not accepted yet) and the last
// stable offset equals the high watermark. v7+: incremental fetch sessions (KIP-227): epoch 0 opens a
// session, later epochs send and receive only changes, forgotten partitions leave it, epoch -1 closes
// it; an unknown session gets FETCH_SESSION_ID_NOT_FOUND and a wrong epoch
// INVALID_FETCH_SESSION_EPOCH. v9+: current_leader_epoch is checked (FENCED_LEADER_EPOCH,
// UNKNOWN_LEADER_EPOCH); v13+: topics by id (UNKNOWN_TOPIC_ID); an empty partition result carries an
// empty, not null, record set. A partition whose log files fail (or could not be opened) gets
// KAFKA_STORAGE_ERROR; the others are served. A partition this node does not lead (or whose replicas
// are elsewhere) gets NOT_LEADER_OR_FOLLOWER; v16+ (KIP-951): it and FENCED_LEADER_EPOCH carry the
// image's current leader and epoch, and the response the leaders' endpoints. The lookup, the leader and epoch checks and the high
// watermark are the Partition's (../partitions.ts).
// Follower fetches (replica_id >= 0 before v15, replica_state.replica_id from v15): the follower must
// be one of the partition's replicas and not fetch with an older broker epoch than before
// (NOT_LEADER_OR_FOLLOWER), after the leader and epoch checks above; a fetch offset outside the log
// is OFFSET_OUT_OF_RANGE. v12+: with a last_fetched_epoch, a follower whose log diverges from the
// leader's (the leader's end offset for that epoch is below the fetch offset, or its epoch is older)
// gets no records and diverging_epoch { epoch, end offset } (KIP-595), where it truncates; an epoch the
// leader does not know is OFFSET_OUT_OF_RANGE. Otherwise the fetch offset is the follower's log end
// offset: the leader records it (../partition.ts), which may move the high watermark (waking parked
// fetches and completing acks=all produces) and propose the follower for the ISR; the response carries
// the high watermark after that. A follower with nothing to read long-polls like a consumer (its
// max_wait_ms is its replica.fetch.wait.max.ms).
// Not implemented: preferred read replicas (KIP-392) are not used; followers are not throttled.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultFetchResponse, type FetchRequest, type FetchResponsePartitionData, type FetchResponse } from '../../protocol/generated/messages/fetch.ts'
import { sessionKey, type FetchSession, type SessionPartition } from '../fetch-sessions.ts'
import { defineHandler, brokerOf } from './registry.ts'
import type { Broker } from '../broker.ts'
import type { Partition } from '../partition.ts'
import { isLeaderMovedError, nodeEndpoints } from '../cluster-view.ts'

const EMPTY = Buffer.alloc(0)
const INITIAL_EPOCH = 0
const FINAL_EPOCH = -1
const READ_COMMITTED = 1

function partitionData (partitionIndex: number, errorCode: number, highWatermark = -1, lastStableOffset = -1, logStartOffset = -1, records: Buffer = EMPTY): FetchResponsePartitionData {
  return {
    partitionIndex, errorCode, highWatermark: BigInt(highWatermark), lastStableOffset: BigInt(lastStableOffset), logStartOffset: BigInt(logStartOffset),
    divergingEpoch: { epoch: -1, endOffset: -1n }, currentLeader: { leaderId: -1, leaderEpoch: -1 }, snapshotId: { endOffset: -1n, epoch: -1 },
    abortedTransactions: [], preferredReadReplica: -1, records
  }
}

/** The partitions a fetch reads, in response order: from the request, or from its session. */
function targetsOf (request: FetchRequest, version: number): SessionPartition[] {
  const out: SessionPartition[] = []
  for (const t of request.topics) {
    for (const p of t.partitions) {
      out.push({ topic: t.topic, topicId: t.topicId, partition: p.partition, fetchOffset: Number(p.fetchOffset), maxBytes: p.partitionMaxBytes, currentLeaderEpoch: version >= 9 ? p.currentLeaderEpoch : -1, lastFetchedEpoch: version >= 12 ? p.lastFetchedEpoch : -1, lastHighWatermark: -1, lastLogStartOffset: -1 })
    }
  }
  return out
}

interface Pass {
  readonly results: FetchResponsePartitionData[]
  readonly bytes: number
  readonly waitOn: Array<readonly [string, number]>
  /** A partition got an error or a diverging epoch: answered at once, without long polling. */
  readonly urgent: boolean
}

/** A follower's fetch: its broker id and broker epoch (-1 when it sends none). */
interface ReplicaFetch {
  readonly id: number
  readonly epoch: number
}

/** The follower a fetch comes from, or null for a consumer (replica id -1). */
function replicaOf (request: FetchRequest, version: number): ReplicaFetch | null {
  if (version >= 15) return request.replicaState.replicaId >= 0 ? { id: request.replicaState.replicaId, epoch: Number(request.replicaState.replicaEpoch) } : null
  return request.replicaId >= 0 ? { id: request.replicaId, epoch: -1 } : null
}

/**
 * A follower's read of a partition led here: its checks, the divergence check (v12+), the read up to
 * the log end, and, on the first pass of the request (`record`), its position recorded.
 */
function readForFollower (partition: Partition, t: SessionPartition, replica: ReplicaFetch, maxBytes: number, minOneBatch: boolean, record: boolean, nowMs: number): FetchResponsePartitionData {
  const follower = partition.follower(replica.id, replica.epoch)
  if (follower === null) return partitionData(t.partition, ErrorCode.NOT_LEADER_OR_FOLLOWER)
  const log = partition.log()
  const logStartOffset = log.logStartOffset()
  if (t.lastFetchedEpoch >= 0) {
    const found = log.endOffsetForEpoch(t.lastFetchedEpoch)
    if (found.epoch < 0 || found.endOffset < 0 || t.fetchOffset < logStartOffset) return partitionData(t.partition, ErrorCode.OFFSET_OUT_OF_RANGE, partition.highWatermark(), partition.lastStableOffset(), logStartOffset)
    if (found.epoch < t.lastFetchedEpoch || found.endOffset < t.fetchOffset) {
      const diverged = partitionData(t.partition, ErrorCode.NONE, partition.highWatermark(), partition.lastStableOffset(), logStartOffset)
      diverged.divergingEpoch = { epoch: found.epoch, endOffset: BigInt(found.endOffset) }
      return diverged
    }
  }
  const read = log.read(t.fetchOffset, maxBytes, log.logEndOffset(), minOneBatch)
  if (read.errorCode === ErrorCode.NONE && record) partition.followerFetched(follower, t.fetchOffset, nowMs, replica.epoch)
  return partitionData(t.partition, read.errorCode, partition.highWatermark(), partition.lastStableOffset(), logStartOffset, read.records)
}

/**
 * One read of every target partition; results are in target order. `firstPass`: the request's first
 * read, where a follower's position is recorded (the later reads of a long poll do not move it).
 */
function readTargets (broker: Broker, targets: readonly SessionPartition[], request: FetchRequest, version: number, replica: ReplicaFetch | null, firstPass: boolean): Pass {
  const partitions = broker.partitions
  const readCommitted = request.isolationLevel === READ_COMMITTED
  const results: FetchResponsePartitionData[] = []
  const waitOn: Array<readonly [string, number]> = []
  let bytes = 0
  let urgent = false
  const nowMs = replica === null ? 0 : Date.now()
  for (const t of targets) {
    const partition = version >= 13
      ? partitions.lookupById(t.topicId, t.partition, t.currentLeaderEpoch, true)
      : partitions.lookup(t.topic, t.partition, t.currentLeaderEpoch, true)
    if (typeof partition === 'number') {
      const result = partitionData(t.partition, partition)
      // KIP-951: where the leader is (v16+ writes it), so the consumer moves without a Metadata round trip.
      if (isLeaderMovedError(partition)) result.currentLeader = version >= 13 ? partitions.currentLeaderById(t.topicId, t.partition) : partitions.currentLeader(t.topic, t.partition)
      results.push(result)
      urgent = true
      continue
    }
    if (replica !== null) {
      // Past the response's max bytes the read is empty, but the follower's position is still recorded
      // (as Kafka's readFromLog: every partition's fetch state, so its high watermark and the
      // follower's caught-up time move although this response carries no records for it).
      const remaining = Math.max(request.maxBytes - bytes, 0)
      const result = readForFollower(partition, t, replica, Math.min(t.maxBytes, remaining), bytes === 0, firstPass, nowMs)
      bytes += result.records!.length
      if (result.errorCode !== ErrorCode.NONE || result.divergingEpoch.epoch >= 0) urgent = true
      else waitOn.push([partition.topic, t.partition])
      results.push(result)
      continue
    }
    const highWatermark = partition.highWatermark()
    const lastStableOffset = partition.lastStableOffset()
    const logStartOffset = partition.logStartOffset()
    const remaining = request.maxBytes - bytes
    waitOn.push([partition.topic, t.partition])
    if (remaining <= 0 && bytes > 0) { results.push(partitionData(t.partition, 0, highWatermark, lastStableOffset, logStartOffset)); continue }
    const read = partition.log().read(t.fetchOffset, Math.min(t.maxBytes, Math.max(remaining, 0)), readCommitted ? lastStableOffset : highWatermark, bytes === 0)
    bytes += read.records.length
    if (read.errorCode !== ErrorCode.NONE) urgent = true
    results.push(partitionData(t.partition, read.errorCode, highWatermark, lastStableOffset, logStartOffset, read.records))
  }
  return { results, bytes, waitOn, urgent }
}

/** Groups per-partition results into the response's topics, in target order. */
function toResponse (targets: readonly SessionPartition[], results: readonly FetchResponsePartitionData[], include: (i: number) => boolean, version: number, sessionId: number): FetchResponse {
  const response = defaultFetchResponse()
  response.sessionId = sessionId
  let current: { topic: string, topicId: string, partitions: FetchResponsePartitionData[] } | null = null
  for (let i = 0; i < targets.length; i++) {
    if (!include(i)) continue
    const t = targets[i]!
    const name = version >= 13 ? '' : t.topic
    if (current === null || current.topic !== name || current.topicId !== t.topicId) {
      current = { topic: name, topicId: t.topicId, partitions: [] }
      response.responses.push(current)
    }
    current.partitions.push(results[i]!)
  }
  return response
}

/** KIP-951's NodeEndpoints: the endpoints of the leaders named in CurrentLeader. */
function leaderEndpoints (broker: Broker, response: FetchResponse, listenerName: string): FetchResponse['nodeEndpoints'] {
  const leaders: number[] = []
  for (const t of response.responses) {
    for (const p of t.partitions) if (p.currentLeader.leaderId >= 0) leaders.push(p.currentLeader.leaderId)
  }
  return leaders.length === 0 ? [] : nodeEndpoints(broker.image(), leaders, listenerName, broker.fallbackListenerName)
}

function errorResponse (errorCode: number): FetchResponse {
  const response = defaultFetchResponse()
  response.errorCode = errorCode
  return response
}

/** Applies an incremental request to its session: new fetch positions, added and forgotten partitions. */
function updateSession (session: FetchSession, request: FetchRequest, version: number): void {
  for (const t of targetsOf(request, version)) {
    const key = sessionKey(version >= 13 ? t.topicId : t.topic, t.partition)
    const existing = session.partitions.get(key)
    if (existing === undefined) session.partitions.set(key, t)
    else {
      existing.fetchOffset = t.fetchOffset
      existing.maxBytes = t.maxBytes
      existing.currentLeaderEpoch = t.currentLeaderEpoch
      existing.lastFetchedEpoch = t.lastFetchedEpoch
    }
  }
  for (const f of request.forgottenTopicsData) {
    for (const p of f.partitions) session.partitions.delete(sessionKey(version >= 13 ? f.topicId : f.topic, p))
  }
}

export const fetchHandler = defineHandler({
  apiKey: ApiKey.Fetch,
  minVersion: 4,
  maxVersion: 16,
  async handle (ctx, request) {
    const broker = brokerOf(ctx)
    const version = ctx.header.requestApiVersion
    const sessions = broker.fetchSessions
    const now = Date.now()
    let session: FetchSession | null = null
    let targets: SessionPartition[]
    if (version < 7 || request.sessionEpoch === FINAL_EPOCH) {
      if (version >= 7 && request.sessionId !== 0) sessions.remove(request.sessionId)
      targets = targetsOf(request, version)
    } else if (request.sessionEpoch === INITIAL_EPOCH) {
      if (request.sessionId !== 0) sessions.remove(request.sessionId)
      targets = targetsOf(request, version)
      session = sessions.create(now)
      if (session !== null) for (const t of targets) session.partitions.set(sessionKey(version >= 13 ? t.topicId : t.topic, t.partition), t)
    } else {
      session = sessions.get(request.sessionId) ?? null
      if (session === null) return errorResponse(ErrorCode.FETCH_SESSION_ID_NOT_FOUND)
      if (request.sessionEpoch !== session.nextEpoch) return errorResponse(ErrorCode.INVALID_FETCH_SESSION_EPOCH)
      session.nextEpoch = session.nextEpoch === 0x7fffffff ? 1 : session.nextEpoch + 1
      session.lastUsedMs = now
      updateSession(session, request, version)
      targets = [...session.partitions.values()]
    }
    const incremental = session !== null && request.sessionEpoch > 0
    const deadline = now + request.maxWaitMs
    const replica = replicaOf(request, version)
    let pass = readTargets(broker, targets, request, version, replica, true)
    // What an incremental response carries: partitions with records, errors, a diverging epoch, or moved offsets.
    const changed = (i: number): boolean => {
      const r = pass.results[i]!
      const t = targets[i]!
      return r.records!.length > 0 || r.errorCode !== 0 || r.divergingEpoch.epoch >= 0 || Number(r.highWatermark) !== t.lastHighWatermark || Number(r.logStartOffset) !== t.lastLogStartOffset
    }
    const hasNews = (): boolean => !incremental || pass.results.some((_, i) => changed(i))
    // Long polling: wait for appends until min_bytes is ready (and, for a session, there is news).
    while (!pass.urgent && (pass.bytes < request.minBytes || !hasNews()) && Date.now() < deadline) {
      const woken = await broker.waiters.wait(pass.waitOn, deadline - Date.now())
      if (!woken) break
      pass = readTargets(broker, targets, request, version, replica, false)
    }
    const include = incremental ? changed : () => true
    const response = toResponse(targets, pass.results, include, version, session?.id ?? 0)
    if (version >= 16) response.nodeEndpoints = leaderEndpoints(broker, response, ctx.listenerName)
    if (session !== null) {
      targets.forEach((t, i) => {
        const r = pass.results[i]!
        t.lastHighWatermark = Number(r.highWatermark)
        t.lastLogStartOffset = Number(r.logStartOffset)
      })
    }
    return response
  }
})
