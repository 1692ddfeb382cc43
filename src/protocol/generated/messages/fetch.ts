// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: FetchRequest.json, FetchResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfUnsignedVarInt, sizeOfString, sizeOfNullableString, sizeOfNullableBytes, sizeOfArrayLength } from '../../primitives/writer.ts'
import { ZERO_UUID } from '../../primitives/uuid.ts'

export interface FetchRequestReplicaState {
  /** ReplicaId: versions 15+ */
  replicaId: number
  /** ReplicaEpoch: versions 15+ */
  replicaEpoch: bigint
}

export interface FetchRequestFetchPartition {
  /** Partition: versions 0+ */
  partition: number
  /** CurrentLeaderEpoch: versions 9+ */
  currentLeaderEpoch: number
  /** FetchOffset: versions 0+ */
  fetchOffset: bigint
  /** LastFetchedEpoch: versions 12+ */
  lastFetchedEpoch: number
  /** LogStartOffset: versions 5+ */
  logStartOffset: bigint
  /** PartitionMaxBytes: versions 0+ */
  partitionMaxBytes: number
}

export interface FetchRequestFetchTopic {
  /** Topic: versions 0-12 */
  topic: string
  /** TopicId: versions 13+ */
  topicId: string
  /** Partitions: versions 0+ */
  partitions: FetchRequestFetchPartition[]
}

export interface FetchRequestForgottenTopic {
  /** Topic: versions 7-12 */
  topic: string
  /** TopicId: versions 13+ */
  topicId: string
  /** Partitions: versions 7+ */
  partitions: number[]
}

export interface FetchRequest {
  /** ClusterId: versions 12+, tag 0 */
  clusterId: string | null
  /** ReplicaId: versions 0-14 */
  replicaId: number
  /** ReplicaState: versions 15+, tag 1 */
  replicaState: FetchRequestReplicaState
  /** MaxWaitMs: versions 0+ */
  maxWaitMs: number
  /** MinBytes: versions 0+ */
  minBytes: number
  /** MaxBytes: versions 3+ */
  maxBytes: number
  /** IsolationLevel: versions 4+ */
  isolationLevel: number
  /** SessionId: versions 7+ */
  sessionId: number
  /** SessionEpoch: versions 7+ */
  sessionEpoch: number
  /** Topics: versions 0+ */
  topics: FetchRequestFetchTopic[]
  /** ForgottenTopicsData: versions 7+ */
  forgottenTopicsData: FetchRequestForgottenTopic[]
  /** RackId: versions 11+ */
  rackId: string
}

export function defaultFetchRequestReplicaState (): FetchRequestReplicaState {
  return { replicaId: -1, replicaEpoch: -1n }
}

function readFetchRequestReplicaState (r: Reader, version: number, flexible: boolean): FetchRequestReplicaState {
  const m: FetchRequestReplicaState = { replicaId: -1, replicaEpoch: -1n }
  if (version >= 15) {
    m.replicaId = r.readInt32()
  }
  if (version >= 15) {
    m.replicaEpoch = r.readInt64()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeFetchRequestReplicaState (m: FetchRequestReplicaState, version: number, flexible: boolean): number {
  let size = 0
  if (!(version >= 15) && !(m.replicaId === -1)) throw new Error('FetchRequestReplicaState.replicaId is not supported in version ' + version)
  if (version >= 15) {
    size += 4
  }
  if (!(version >= 15) && !(m.replicaEpoch === -1n)) throw new Error('FetchRequestReplicaState.replicaEpoch is not supported in version ' + version)
  if (version >= 15) {
    size += 8
  }
  if (flexible) size += 1
  return size
}

function putFetchRequestReplicaState (w: Writer, m: FetchRequestReplicaState, version: number, flexible: boolean): void {
  if (version >= 15) {
    w.writeInt32(m.replicaId)
  }
  if (version >= 15) {
    w.writeInt64(m.replicaEpoch)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultFetchRequestFetchPartition (): FetchRequestFetchPartition {
  return { partition: 0, currentLeaderEpoch: -1, fetchOffset: 0n, lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 0 }
}

function readFetchRequestFetchPartition (r: Reader, version: number, flexible: boolean): FetchRequestFetchPartition {
  const m: FetchRequestFetchPartition = { partition: 0, currentLeaderEpoch: -1, fetchOffset: 0n, lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 0 }
  m.partition = r.readInt32()
  if (version >= 9) {
    m.currentLeaderEpoch = r.readInt32()
  }
  m.fetchOffset = r.readInt64()
  if (version >= 12) {
    m.lastFetchedEpoch = r.readInt32()
  }
  if (version >= 5) {
    m.logStartOffset = r.readInt64()
  }
  m.partitionMaxBytes = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeFetchRequestFetchPartition (m: FetchRequestFetchPartition, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  if (version >= 9) {
    size += 4
  }
  size += 8
  if (!(version >= 12) && !(m.lastFetchedEpoch === -1)) throw new Error('FetchRequestFetchPartition.lastFetchedEpoch is not supported in version ' + version)
  if (version >= 12) {
    size += 4
  }
  if (version >= 5) {
    size += 8
  }
  size += 4
  if (flexible) size += 1
  return size
}

function putFetchRequestFetchPartition (w: Writer, m: FetchRequestFetchPartition, version: number, flexible: boolean): void {
  w.writeInt32(m.partition)
  if (version >= 9) {
    w.writeInt32(m.currentLeaderEpoch)
  }
  w.writeInt64(m.fetchOffset)
  if (version >= 12) {
    w.writeInt32(m.lastFetchedEpoch)
  }
  if (version >= 5) {
    w.writeInt64(m.logStartOffset)
  }
  w.writeInt32(m.partitionMaxBytes)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultFetchRequestFetchTopic (): FetchRequestFetchTopic {
  return { topic: "", topicId: ZERO_UUID, partitions: [] }
}

function readFetchRequestFetchTopic (r: Reader, version: number, flexible: boolean): FetchRequestFetchTopic {
  const m: FetchRequestFetchTopic = { topic: "", topicId: ZERO_UUID, partitions: [] }
  if (version <= 12) {
    m.topic = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 13) {
    m.topicId = r.readUuid()
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: FetchRequestFetchPartition[] = []
    for (let i = 0; i < n; i++) items.push(readFetchRequestFetchPartition(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeFetchRequestFetchTopic (m: FetchRequestFetchTopic, version: number, flexible: boolean): number {
  let size = 0
  if (version <= 12) {
    size += sizeOfString(m.topic, flexible)
  }
  if (version >= 13) {
    size += 16
  }
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeFetchRequestFetchPartition(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putFetchRequestFetchTopic (w: Writer, m: FetchRequestFetchTopic, version: number, flexible: boolean): void {
  if (version <= 12) {
    if (flexible) w.writeCompactString(m.topic); else w.writeString(m.topic)
  }
  if (version >= 13) {
    w.writeUuid(m.topicId)
  }
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putFetchRequestFetchPartition(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultFetchRequestForgottenTopic (): FetchRequestForgottenTopic {
  return { topic: "", topicId: ZERO_UUID, partitions: [] }
}

function readFetchRequestForgottenTopic (r: Reader, version: number, flexible: boolean): FetchRequestForgottenTopic {
  const m: FetchRequestForgottenTopic = { topic: "", topicId: ZERO_UUID, partitions: [] }
  if (version >= 7 && version <= 12) {
    m.topic = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 13) {
    m.topicId = r.readUuid()
  }
  if (version >= 7) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
      const items: number[] = []
      for (let i = 0; i < n; i++) items.push(r.readInt32())
      m.partitions = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeFetchRequestForgottenTopic (m: FetchRequestForgottenTopic, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 7 && version <= 12) {
    size += sizeOfString(m.topic, flexible)
  }
  if (version >= 13) {
    size += 16
  }
  if (!(version >= 7) && !((m.partitions !== null && m.partitions.length === 0))) throw new Error('FetchRequestForgottenTopic.partitions is not supported in version ' + version)
  if (version >= 7) {
    {
      size += sizeOfArrayLength(m.partitions.length, flexible)
      size += m.partitions.length * 4
    }
  }
  if (flexible) size += 1
  return size
}

function putFetchRequestForgottenTopic (w: Writer, m: FetchRequestForgottenTopic, version: number, flexible: boolean): void {
  if (version >= 7 && version <= 12) {
    if (flexible) w.writeCompactString(m.topic); else w.writeString(m.topic)
  }
  if (version >= 13) {
    w.writeUuid(m.topicId)
  }
  if (version >= 7) {
    w.writeArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) { w.writeInt32(item) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultFetchRequest (): FetchRequest {
  return { clusterId: null, replicaId: -1, replicaState: defaultFetchRequestReplicaState(), maxWaitMs: 0, minBytes: 0, maxBytes: 2147483647, isolationLevel: 0, sessionId: 0, sessionEpoch: -1, topics: [], forgottenTopicsData: [], rackId: "" }
}

function readFetchRequest (r: Reader, version: number, flexible: boolean): FetchRequest {
  const m: FetchRequest = { clusterId: null, replicaId: -1, replicaState: defaultFetchRequestReplicaState(), maxWaitMs: 0, minBytes: 0, maxBytes: 2147483647, isolationLevel: 0, sessionId: 0, sessionEpoch: -1, topics: [], forgottenTopicsData: [], rackId: "" }
  if (version <= 14) {
    m.replicaId = r.readInt32()
  }
  m.maxWaitMs = r.readInt32()
  m.minBytes = r.readInt32()
  if (version >= 3) {
    m.maxBytes = r.readInt32()
  }
  if (version >= 4) {
    m.isolationLevel = r.readInt8()
  }
  if (version >= 7) {
    m.sessionId = r.readInt32()
  }
  if (version >= 7) {
    m.sessionEpoch = r.readInt32()
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: FetchRequestFetchTopic[] = []
    for (let i = 0; i < n; i++) items.push(readFetchRequestFetchTopic(r, version, flexible))
    m.topics = items
  }
  if (version >= 7) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('ForgottenTopicsData is null but not nullable in this version')
      const items: FetchRequestForgottenTopic[] = []
      for (let i = 0; i < n; i++) items.push(readFetchRequestForgottenTopic(r, version, flexible))
      m.forgottenTopicsData = items
    }
  }
  if (version >= 11) {
    m.rackId = (flexible ? r.readCompactString() : r.readString())
  }
  if (flexible) {
    const count = r.readUnsignedVarInt()
    for (let t = 0; t < count; t++) {
      const tag = r.readUnsignedVarInt()
      const size = r.readUnsignedVarInt()
      if (size > r.remaining()) throw new DecodeError(`tagged field ${tag} of ${size} bytes exceeds the frame`)
      const end = r.offset + size
      switch (tag) {
        case 0:
          if (version >= 12) {
            m.clusterId = r.readCompactNullableString()
          } else r.skip(size)
          break
        case 1:
          if (version >= 15) {
            m.replicaState = readFetchRequestReplicaState(r, version, flexible)
          } else r.skip(size)
          break
        default:
          r.skip(size)
      }
      if (r.offset !== end) throw new DecodeError(`tagged field ${tag} is ${r.offset - end + size} bytes, not ${size}`)
    }
  }
  return m
}

function sizeFetchRequest (m: FetchRequest, version: number, flexible: boolean): number {
  let size = 0
  if (!(version <= 14) && !(m.replicaId === -1)) throw new Error('FetchRequest.replicaId is not supported in version ' + version)
  if (version <= 14) {
    size += 4
  }
  size += 4
  size += 4
  if (version >= 3) {
    size += 4
  }
  if (version >= 4) {
    size += 1
  }
  if (version >= 7) {
    size += 4
  }
  if (version >= 7) {
    size += 4
  }
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeFetchRequestFetchTopic(item, version, flexible)
  }
  if (!(version >= 7) && !((m.forgottenTopicsData !== null && m.forgottenTopicsData.length === 0))) throw new Error('FetchRequest.forgottenTopicsData is not supported in version ' + version)
  if (version >= 7) {
    {
      size += sizeOfArrayLength(m.forgottenTopicsData.length, flexible)
      for (const item of m.forgottenTopicsData) size += sizeFetchRequestForgottenTopic(item, version, flexible)
    }
  }
  if (version >= 11) {
    size += sizeOfString(m.rackId, flexible)
  }
  if (flexible) {
    let count = 0
    if (version >= 12 && !(m.clusterId === null)) {
      count++
      let fieldSize = 0
      fieldSize += sizeOfNullableString(m.clusterId, true)
      size += sizeOfUnsignedVarInt(0) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    if (version >= 15 && !(isDefaultFetchRequestReplicaState(m.replicaState))) {
      count++
      let fieldSize = 0
      fieldSize += sizeFetchRequestReplicaState(m.replicaState, version, flexible)
      size += sizeOfUnsignedVarInt(1) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    size += sizeOfUnsignedVarInt(count)
  }
  return size
}

function putFetchRequest (w: Writer, m: FetchRequest, version: number, flexible: boolean): void {
  if (version <= 14) {
    w.writeInt32(m.replicaId)
  }
  w.writeInt32(m.maxWaitMs)
  w.writeInt32(m.minBytes)
  if (version >= 3) {
    w.writeInt32(m.maxBytes)
  }
  if (version >= 4) {
    w.writeInt8(m.isolationLevel)
  }
  if (version >= 7) {
    w.writeInt32(m.sessionId)
  }
  if (version >= 7) {
    w.writeInt32(m.sessionEpoch)
  }
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putFetchRequestFetchTopic(w, item, version, flexible) }
  if (version >= 7) {
    w.writeArrayLength(m.forgottenTopicsData.length, flexible)
    for (const item of m.forgottenTopicsData) { putFetchRequestForgottenTopic(w, item, version, flexible) }
  }
  if (version >= 11) {
    if (flexible) w.writeCompactString(m.rackId); else w.writeString(m.rackId)
  }
  if (flexible) {
    let count = 0
    if (version >= 12 && !(m.clusterId === null)) count++
    if (version >= 15 && !(isDefaultFetchRequestReplicaState(m.replicaState))) count++
    w.writeUnsignedVarInt(count)
    if (version >= 12 && !(m.clusterId === null)) {
      let fieldSize = 0
      fieldSize += sizeOfNullableString(m.clusterId, true)
      w.writeUnsignedVarInt(0)
      w.writeUnsignedVarInt(fieldSize)
      w.writeCompactNullableString(m.clusterId)
    }
    if (version >= 15 && !(isDefaultFetchRequestReplicaState(m.replicaState))) {
      let fieldSize = 0
      fieldSize += sizeFetchRequestReplicaState(m.replicaState, version, flexible)
      w.writeUnsignedVarInt(1)
      w.writeUnsignedVarInt(fieldSize)
      putFetchRequestReplicaState(w, m.replicaState, version, flexible)
    }
  }
}

function isDefaultFetchRequestReplicaState (m: FetchRequestReplicaState): boolean {
  return m.replicaId === -1 &&
    m.replicaEpoch === -1n
}

/** FetchRequest: valid versions 0-16, flexible 12+. */
export const FetchRequestVersions = { min: 0, max: 16, flexibleMin: 12 } as const

export function decodeFetchRequest (r: Reader, version: number): FetchRequest {
  return readFetchRequest(r, version, version >= 12)
}

export function sizeOfFetchRequest (m: FetchRequest, version: number): number {
  return sizeFetchRequest(m, version, version >= 12)
}

export function writeFetchRequest (w: Writer, m: FetchRequest, version: number): void {
  putFetchRequest(w, m, version, version >= 12)
}

export interface FetchResponseEpochEndOffset {
  /** Epoch: versions 12+ */
  epoch: number
  /** EndOffset: versions 12+ */
  endOffset: bigint
}

export interface FetchResponseLeaderIdAndEpoch {
  /** LeaderId: versions 12+ */
  leaderId: number
  /** LeaderEpoch: versions 12+ */
  leaderEpoch: number
}

export interface FetchResponseSnapshotId {
  /** EndOffset: versions 0+ */
  endOffset: bigint
  /** Epoch: versions 0+ */
  epoch: number
}

export interface FetchResponseAbortedTransaction {
  /** ProducerId: versions 4+ */
  producerId: bigint
  /** FirstOffset: versions 4+ */
  firstOffset: bigint
}

export interface FetchResponsePartitionData {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** HighWatermark: versions 0+ */
  highWatermark: bigint
  /** LastStableOffset: versions 4+ */
  lastStableOffset: bigint
  /** LogStartOffset: versions 5+ */
  logStartOffset: bigint
  /** DivergingEpoch: versions 12+, tag 0 */
  divergingEpoch: FetchResponseEpochEndOffset
  /** CurrentLeader: versions 12+, tag 1 */
  currentLeader: FetchResponseLeaderIdAndEpoch
  /** SnapshotId: versions 12+, tag 2 */
  snapshotId: FetchResponseSnapshotId
  /** AbortedTransactions: versions 4+ */
  abortedTransactions: FetchResponseAbortedTransaction[] | null
  /** PreferredReadReplica: versions 11+ */
  preferredReadReplica: number
  /** Records: versions 0+ */
  records: Buffer | null
}

export interface FetchResponseFetchableTopicResponse {
  /** Topic: versions 0-12 */
  topic: string
  /** TopicId: versions 13+ */
  topicId: string
  /** Partitions: versions 0+ */
  partitions: FetchResponsePartitionData[]
}

export interface FetchResponseNodeEndpoint {
  /** NodeId: versions 16+ */
  nodeId: number
  /** Host: versions 16+ */
  host: string
  /** Port: versions 16+ */
  port: number
  /** Rack: versions 16+ */
  rack: string | null
}

export interface FetchResponse {
  /** ThrottleTimeMs: versions 1+ */
  throttleTimeMs: number
  /** ErrorCode: versions 7+ */
  errorCode: number
  /** SessionId: versions 7+ */
  sessionId: number
  /** Responses: versions 0+ */
  responses: FetchResponseFetchableTopicResponse[]
  /** NodeEndpoints: versions 16+, tag 0 */
  nodeEndpoints: FetchResponseNodeEndpoint[]
}

export function defaultFetchResponseEpochEndOffset (): FetchResponseEpochEndOffset {
  return { epoch: -1, endOffset: -1n }
}

function readFetchResponseEpochEndOffset (r: Reader, version: number, flexible: boolean): FetchResponseEpochEndOffset {
  const m: FetchResponseEpochEndOffset = { epoch: -1, endOffset: -1n }
  if (version >= 12) {
    m.epoch = r.readInt32()
  }
  if (version >= 12) {
    m.endOffset = r.readInt64()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeFetchResponseEpochEndOffset (_m: FetchResponseEpochEndOffset, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 12) {
    size += 4
  }
  if (version >= 12) {
    size += 8
  }
  if (flexible) size += 1
  return size
}

function putFetchResponseEpochEndOffset (w: Writer, m: FetchResponseEpochEndOffset, version: number, flexible: boolean): void {
  if (version >= 12) {
    w.writeInt32(m.epoch)
  }
  if (version >= 12) {
    w.writeInt64(m.endOffset)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultFetchResponseLeaderIdAndEpoch (): FetchResponseLeaderIdAndEpoch {
  return { leaderId: -1, leaderEpoch: -1 }
}

function readFetchResponseLeaderIdAndEpoch (r: Reader, version: number, flexible: boolean): FetchResponseLeaderIdAndEpoch {
  const m: FetchResponseLeaderIdAndEpoch = { leaderId: -1, leaderEpoch: -1 }
  if (version >= 12) {
    m.leaderId = r.readInt32()
  }
  if (version >= 12) {
    m.leaderEpoch = r.readInt32()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeFetchResponseLeaderIdAndEpoch (_m: FetchResponseLeaderIdAndEpoch, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 12) {
    size += 4
  }
  if (version >= 12) {
    size += 4
  }
  if (flexible) size += 1
  return size
}

function putFetchResponseLeaderIdAndEpoch (w: Writer, m: FetchResponseLeaderIdAndEpoch, version: number, flexible: boolean): void {
  if (version >= 12) {
    w.writeInt32(m.leaderId)
  }
  if (version >= 12) {
    w.writeInt32(m.leaderEpoch)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultFetchResponseSnapshotId (): FetchResponseSnapshotId {
  return { endOffset: -1n, epoch: -1 }
}

function readFetchResponseSnapshotId (r: Reader, _version: number, flexible: boolean): FetchResponseSnapshotId {
  const m: FetchResponseSnapshotId = { endOffset: -1n, epoch: -1 }
  m.endOffset = r.readInt64()
  m.epoch = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeFetchResponseSnapshotId (_m: FetchResponseSnapshotId, _version: number, flexible: boolean): number {
  let size = 0
  size += 8
  size += 4
  if (flexible) size += 1
  return size
}

function putFetchResponseSnapshotId (w: Writer, m: FetchResponseSnapshotId, _version: number, flexible: boolean): void {
  w.writeInt64(m.endOffset)
  w.writeInt32(m.epoch)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultFetchResponseAbortedTransaction (): FetchResponseAbortedTransaction {
  return { producerId: 0n, firstOffset: 0n }
}

function readFetchResponseAbortedTransaction (r: Reader, version: number, flexible: boolean): FetchResponseAbortedTransaction {
  const m: FetchResponseAbortedTransaction = { producerId: 0n, firstOffset: 0n }
  if (version >= 4) {
    m.producerId = r.readInt64()
  }
  if (version >= 4) {
    m.firstOffset = r.readInt64()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeFetchResponseAbortedTransaction (_m: FetchResponseAbortedTransaction, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 4) {
    size += 8
  }
  if (version >= 4) {
    size += 8
  }
  if (flexible) size += 1
  return size
}

function putFetchResponseAbortedTransaction (w: Writer, m: FetchResponseAbortedTransaction, version: number, flexible: boolean): void {
  if (version >= 4) {
    w.writeInt64(m.producerId)
  }
  if (version >= 4) {
    w.writeInt64(m.firstOffset)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultFetchResponsePartitionData (): FetchResponsePartitionData {
  return { partitionIndex: 0, errorCode: 0, highWatermark: 0n, lastStableOffset: -1n, logStartOffset: -1n, divergingEpoch: defaultFetchResponseEpochEndOffset(), currentLeader: defaultFetchResponseLeaderIdAndEpoch(), snapshotId: defaultFetchResponseSnapshotId(), abortedTransactions: [], preferredReadReplica: -1, records: null }
}

function readFetchResponsePartitionData (r: Reader, version: number, flexible: boolean): FetchResponsePartitionData {
  const m: FetchResponsePartitionData = { partitionIndex: 0, errorCode: 0, highWatermark: 0n, lastStableOffset: -1n, logStartOffset: -1n, divergingEpoch: defaultFetchResponseEpochEndOffset(), currentLeader: defaultFetchResponseLeaderIdAndEpoch(), snapshotId: defaultFetchResponseSnapshotId(), abortedTransactions: [], preferredReadReplica: -1, records: null }
  m.partitionIndex = r.readInt32()
  m.errorCode = r.readInt16()
  m.highWatermark = r.readInt64()
  if (version >= 4) {
    m.lastStableOffset = r.readInt64()
  }
  if (version >= 5) {
    m.logStartOffset = r.readInt64()
  }
  if (version >= 4) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) m.abortedTransactions = null
      else {
        const items: FetchResponseAbortedTransaction[] = []
        for (let i = 0; i < n; i++) items.push(readFetchResponseAbortedTransaction(r, version, flexible))
        m.abortedTransactions = items
      }
    }
  }
  if (version >= 11) {
    m.preferredReadReplica = r.readInt32()
  }
  m.records = (flexible ? r.readCompactNullableBytes() : r.readNullableBytes())
  if (flexible) {
    const count = r.readUnsignedVarInt()
    for (let t = 0; t < count; t++) {
      const tag = r.readUnsignedVarInt()
      const size = r.readUnsignedVarInt()
      if (size > r.remaining()) throw new DecodeError(`tagged field ${tag} of ${size} bytes exceeds the frame`)
      const end = r.offset + size
      switch (tag) {
        case 0:
          if (version >= 12) {
            m.divergingEpoch = readFetchResponseEpochEndOffset(r, version, flexible)
          } else r.skip(size)
          break
        case 1:
          if (version >= 12) {
            m.currentLeader = readFetchResponseLeaderIdAndEpoch(r, version, flexible)
          } else r.skip(size)
          break
        case 2:
          if (version >= 12) {
            m.snapshotId = readFetchResponseSnapshotId(r, version, flexible)
          } else r.skip(size)
          break
        default:
          r.skip(size)
      }
      if (r.offset !== end) throw new DecodeError(`tagged field ${tag} is ${r.offset - end + size} bytes, not ${size}`)
    }
  }
  return m
}

function sizeFetchResponsePartitionData (m: FetchResponsePartitionData, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += 8
  if (version >= 4) {
    size += 8
  }
  if (version >= 5) {
    size += 8
  }
  if (version >= 4) {
    if (m.abortedTransactions === null) size += sizeOfArrayLength(-1, flexible)
    else {
      size += sizeOfArrayLength(m.abortedTransactions.length, flexible)
      for (const item of m.abortedTransactions) size += sizeFetchResponseAbortedTransaction(item, version, flexible)
    }
  }
  if (version >= 11) {
    size += 4
  }
  size += sizeOfNullableBytes(m.records, flexible)
  if (flexible) {
    let count = 0
    if (version >= 12 && !(isDefaultFetchResponseEpochEndOffset(m.divergingEpoch))) {
      count++
      let fieldSize = 0
      fieldSize += sizeFetchResponseEpochEndOffset(m.divergingEpoch, version, flexible)
      size += sizeOfUnsignedVarInt(0) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    if (version >= 12 && !(isDefaultFetchResponseLeaderIdAndEpoch(m.currentLeader))) {
      count++
      let fieldSize = 0
      fieldSize += sizeFetchResponseLeaderIdAndEpoch(m.currentLeader, version, flexible)
      size += sizeOfUnsignedVarInt(1) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    if (version >= 12 && !(isDefaultFetchResponseSnapshotId(m.snapshotId))) {
      count++
      let fieldSize = 0
      fieldSize += sizeFetchResponseSnapshotId(m.snapshotId, version, flexible)
      size += sizeOfUnsignedVarInt(2) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    size += sizeOfUnsignedVarInt(count)
  }
  return size
}

function putFetchResponsePartitionData (w: Writer, m: FetchResponsePartitionData, version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  w.writeInt64(m.highWatermark)
  if (version >= 4) {
    w.writeInt64(m.lastStableOffset)
  }
  if (version >= 5) {
    w.writeInt64(m.logStartOffset)
  }
  if (version >= 4) {
    if (m.abortedTransactions === null) {
      w.writeArrayLength(-1, flexible)
    } else {
      w.writeArrayLength(m.abortedTransactions.length, flexible)
      for (const item of m.abortedTransactions) { putFetchResponseAbortedTransaction(w, item, version, flexible) }
    }
  }
  if (version >= 11) {
    w.writeInt32(m.preferredReadReplica)
  }
  if (flexible) w.writeCompactNullableBytes(m.records); else w.writeNullableBytes(m.records)
  if (flexible) {
    let count = 0
    if (version >= 12 && !(isDefaultFetchResponseEpochEndOffset(m.divergingEpoch))) count++
    if (version >= 12 && !(isDefaultFetchResponseLeaderIdAndEpoch(m.currentLeader))) count++
    if (version >= 12 && !(isDefaultFetchResponseSnapshotId(m.snapshotId))) count++
    w.writeUnsignedVarInt(count)
    if (version >= 12 && !(isDefaultFetchResponseEpochEndOffset(m.divergingEpoch))) {
      let fieldSize = 0
      fieldSize += sizeFetchResponseEpochEndOffset(m.divergingEpoch, version, flexible)
      w.writeUnsignedVarInt(0)
      w.writeUnsignedVarInt(fieldSize)
      putFetchResponseEpochEndOffset(w, m.divergingEpoch, version, flexible)
    }
    if (version >= 12 && !(isDefaultFetchResponseLeaderIdAndEpoch(m.currentLeader))) {
      let fieldSize = 0
      fieldSize += sizeFetchResponseLeaderIdAndEpoch(m.currentLeader, version, flexible)
      w.writeUnsignedVarInt(1)
      w.writeUnsignedVarInt(fieldSize)
      putFetchResponseLeaderIdAndEpoch(w, m.currentLeader, version, flexible)
    }
    if (version >= 12 && !(isDefaultFetchResponseSnapshotId(m.snapshotId))) {
      let fieldSize = 0
      fieldSize += sizeFetchResponseSnapshotId(m.snapshotId, version, flexible)
      w.writeUnsignedVarInt(2)
      w.writeUnsignedVarInt(fieldSize)
      putFetchResponseSnapshotId(w, m.snapshotId, version, flexible)
    }
  }
}

export function defaultFetchResponseFetchableTopicResponse (): FetchResponseFetchableTopicResponse {
  return { topic: "", topicId: ZERO_UUID, partitions: [] }
}

function readFetchResponseFetchableTopicResponse (r: Reader, version: number, flexible: boolean): FetchResponseFetchableTopicResponse {
  const m: FetchResponseFetchableTopicResponse = { topic: "", topicId: ZERO_UUID, partitions: [] }
  if (version <= 12) {
    m.topic = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 13) {
    m.topicId = r.readUuid()
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: FetchResponsePartitionData[] = []
    for (let i = 0; i < n; i++) items.push(readFetchResponsePartitionData(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeFetchResponseFetchableTopicResponse (m: FetchResponseFetchableTopicResponse, version: number, flexible: boolean): number {
  let size = 0
  if (version <= 12) {
    size += sizeOfString(m.topic, flexible)
  }
  if (version >= 13) {
    size += 16
  }
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeFetchResponsePartitionData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putFetchResponseFetchableTopicResponse (w: Writer, m: FetchResponseFetchableTopicResponse, version: number, flexible: boolean): void {
  if (version <= 12) {
    if (flexible) w.writeCompactString(m.topic); else w.writeString(m.topic)
  }
  if (version >= 13) {
    w.writeUuid(m.topicId)
  }
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putFetchResponsePartitionData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultFetchResponseNodeEndpoint (): FetchResponseNodeEndpoint {
  return { nodeId: 0, host: "", port: 0, rack: null }
}

function readFetchResponseNodeEndpoint (r: Reader, version: number, flexible: boolean): FetchResponseNodeEndpoint {
  const m: FetchResponseNodeEndpoint = { nodeId: 0, host: "", port: 0, rack: null }
  if (version >= 16) {
    m.nodeId = r.readInt32()
  }
  if (version >= 16) {
    m.host = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 16) {
    m.port = r.readInt32()
  }
  if (version >= 16) {
    m.rack = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeFetchResponseNodeEndpoint (m: FetchResponseNodeEndpoint, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 16) {
    size += 4
  }
  if (version >= 16) {
    size += sizeOfString(m.host, flexible)
  }
  if (version >= 16) {
    size += 4
  }
  if (version >= 16) {
    size += sizeOfNullableString(m.rack, flexible)
  }
  if (flexible) size += 1
  return size
}

function putFetchResponseNodeEndpoint (w: Writer, m: FetchResponseNodeEndpoint, version: number, flexible: boolean): void {
  if (version >= 16) {
    w.writeInt32(m.nodeId)
  }
  if (version >= 16) {
    if (flexible) w.writeCompactString(m.host); else w.writeString(m.host)
  }
  if (version >= 16) {
    w.writeInt32(m.port)
  }
  if (version >= 16) {
    if (flexible) w.writeCompactNullableString(m.rack); else w.writeNullableString(m.rack)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultFetchResponse (): FetchResponse {
  return { throttleTimeMs: 0, errorCode: 0, sessionId: 0, responses: [], nodeEndpoints: [] }
}

function readFetchResponse (r: Reader, version: number, flexible: boolean): FetchResponse {
  const m: FetchResponse = { throttleTimeMs: 0, errorCode: 0, sessionId: 0, responses: [], nodeEndpoints: [] }
  if (version >= 1) {
    m.throttleTimeMs = r.readInt32()
  }
  if (version >= 7) {
    m.errorCode = r.readInt16()
  }
  if (version >= 7) {
    m.sessionId = r.readInt32()
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Responses is null but not nullable in this version')
    const items: FetchResponseFetchableTopicResponse[] = []
    for (let i = 0; i < n; i++) items.push(readFetchResponseFetchableTopicResponse(r, version, flexible))
    m.responses = items
  }
  if (flexible) {
    const count = r.readUnsignedVarInt()
    for (let t = 0; t < count; t++) {
      const tag = r.readUnsignedVarInt()
      const size = r.readUnsignedVarInt()
      if (size > r.remaining()) throw new DecodeError(`tagged field ${tag} of ${size} bytes exceeds the frame`)
      const end = r.offset + size
      switch (tag) {
        case 0:
          if (version >= 16) {
            {
              const n = r.readArrayLength(true)
              if (n < 0) throw new DecodeError('NodeEndpoints is null but not nullable in this version')
              const items: FetchResponseNodeEndpoint[] = []
              for (let i = 0; i < n; i++) items.push(readFetchResponseNodeEndpoint(r, version, flexible))
              m.nodeEndpoints = items
            }
          } else r.skip(size)
          break
        default:
          r.skip(size)
      }
      if (r.offset !== end) throw new DecodeError(`tagged field ${tag} is ${r.offset - end + size} bytes, not ${size}`)
    }
  }
  return m
}

function sizeFetchResponse (m: FetchResponse, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 1) {
    size += 4
  }
  if (version >= 7) {
    size += 2
  }
  if (version >= 7) {
    size += 4
  }
  {
    size += sizeOfArrayLength(m.responses.length, flexible)
    for (const item of m.responses) size += sizeFetchResponseFetchableTopicResponse(item, version, flexible)
  }
  if (flexible) {
    let count = 0
    if (version >= 16 && !((m.nodeEndpoints !== null && m.nodeEndpoints.length === 0))) {
      count++
      let fieldSize = 0
      {
        fieldSize += sizeOfArrayLength(m.nodeEndpoints.length, true)
        for (const item of m.nodeEndpoints) fieldSize += sizeFetchResponseNodeEndpoint(item, version, flexible)
      }
      size += sizeOfUnsignedVarInt(0) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    size += sizeOfUnsignedVarInt(count)
  }
  return size
}

function putFetchResponse (w: Writer, m: FetchResponse, version: number, flexible: boolean): void {
  if (version >= 1) {
    w.writeInt32(m.throttleTimeMs)
  }
  if (version >= 7) {
    w.writeInt16(m.errorCode)
  }
  if (version >= 7) {
    w.writeInt32(m.sessionId)
  }
  w.writeArrayLength(m.responses.length, flexible)
  for (const item of m.responses) { putFetchResponseFetchableTopicResponse(w, item, version, flexible) }
  if (flexible) {
    let count = 0
    if (version >= 16 && !((m.nodeEndpoints !== null && m.nodeEndpoints.length === 0))) count++
    w.writeUnsignedVarInt(count)
    if (version >= 16 && !((m.nodeEndpoints !== null && m.nodeEndpoints.length === 0))) {
      let fieldSize = 0
      {
        fieldSize += sizeOfArrayLength(m.nodeEndpoints.length, true)
        for (const item of m.nodeEndpoints) fieldSize += sizeFetchResponseNodeEndpoint(item, version, flexible)
      }
      w.writeUnsignedVarInt(0)
      w.writeUnsignedVarInt(fieldSize)
      w.writeArrayLength(m.nodeEndpoints.length, true)
      for (const item of m.nodeEndpoints) { putFetchResponseNodeEndpoint(w, item, version, flexible) }
    }
  }
}

function isDefaultFetchResponseEpochEndOffset (m: FetchResponseEpochEndOffset): boolean {
  return m.epoch === -1 &&
    m.endOffset === -1n
}

function isDefaultFetchResponseLeaderIdAndEpoch (m: FetchResponseLeaderIdAndEpoch): boolean {
  return m.leaderId === -1 &&
    m.leaderEpoch === -1
}

function isDefaultFetchResponseSnapshotId (m: FetchResponseSnapshotId): boolean {
  return m.endOffset === -1n &&
    m.epoch === -1
}

/** FetchResponse: valid versions 0-16, flexible 12+. */
export const FetchResponseVersions = { min: 0, max: 16, flexibleMin: 12 } as const

export function decodeFetchResponse (r: Reader, version: number): FetchResponse {
  return readFetchResponse(r, version, version >= 12)
}

export function sizeOfFetchResponse (m: FetchResponse, version: number): number {
  return sizeFetchResponse(m, version, version >= 12)
}

export function writeFetchResponse (w: Writer, m: FetchResponse, version: number): void {
  putFetchResponse(w, m, version, version >= 12)
}
