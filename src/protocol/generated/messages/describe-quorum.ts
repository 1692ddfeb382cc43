// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: DescribeQuorumRequest.json, DescribeQuorumResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface DescribeQuorumRequestPartitionData {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
}

export interface DescribeQuorumRequestTopicData {
  /** TopicName: versions 0+ */
  topicName: string
  /** Partitions: versions 0+ */
  partitions: DescribeQuorumRequestPartitionData[]
}

export interface DescribeQuorumRequest {
  /** Topics: versions 0+ */
  topics: DescribeQuorumRequestTopicData[]
}

export function defaultDescribeQuorumRequestPartitionData (): DescribeQuorumRequestPartitionData {
  return { partitionIndex: 0 }
}

function readDescribeQuorumRequestPartitionData (r: Reader, _version: number, flexible: boolean): DescribeQuorumRequestPartitionData {
  const m: DescribeQuorumRequestPartitionData = { partitionIndex: 0 }
  m.partitionIndex = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeQuorumRequestPartitionData (_m: DescribeQuorumRequestPartitionData, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  if (flexible) size += 1
  return size
}

function putDescribeQuorumRequestPartitionData (w: Writer, m: DescribeQuorumRequestPartitionData, _version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeQuorumRequestTopicData (): DescribeQuorumRequestTopicData {
  return { topicName: "", partitions: [] }
}

function readDescribeQuorumRequestTopicData (r: Reader, version: number, flexible: boolean): DescribeQuorumRequestTopicData {
  const m: DescribeQuorumRequestTopicData = { topicName: "", partitions: [] }
  m.topicName = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: DescribeQuorumRequestPartitionData[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeQuorumRequestPartitionData(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeQuorumRequestTopicData (m: DescribeQuorumRequestTopicData, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.topicName, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeDescribeQuorumRequestPartitionData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeQuorumRequestTopicData (w: Writer, m: DescribeQuorumRequestTopicData, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.topicName); else w.writeString(m.topicName)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putDescribeQuorumRequestPartitionData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeQuorumRequest (): DescribeQuorumRequest {
  return { topics: [] }
}

function readDescribeQuorumRequest (r: Reader, version: number, flexible: boolean): DescribeQuorumRequest {
  const m: DescribeQuorumRequest = { topics: [] }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: DescribeQuorumRequestTopicData[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeQuorumRequestTopicData(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeQuorumRequest (m: DescribeQuorumRequest, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeDescribeQuorumRequestTopicData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeQuorumRequest (w: Writer, m: DescribeQuorumRequest, version: number, flexible: boolean): void {
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putDescribeQuorumRequestTopicData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DescribeQuorumRequest: valid versions 0-1, flexible 0+. */
export const DescribeQuorumRequestVersions = { min: 0, max: 1, flexibleMin: 0 } as const

export function decodeDescribeQuorumRequest (r: Reader, version: number): DescribeQuorumRequest {
  return readDescribeQuorumRequest(r, version, true)
}

export function sizeOfDescribeQuorumRequest (m: DescribeQuorumRequest, version: number): number {
  return sizeDescribeQuorumRequest(m, version, true)
}

export function writeDescribeQuorumRequest (w: Writer, m: DescribeQuorumRequest, version: number): void {
  putDescribeQuorumRequest(w, m, version, true)
}

export interface DescribeQuorumResponseReplicaState {
  /** ReplicaId: versions 0+ */
  replicaId: number
  /** LogEndOffset: versions 0+ */
  logEndOffset: bigint
  /** LastFetchTimestamp: versions 1+ */
  lastFetchTimestamp: bigint
  /** LastCaughtUpTimestamp: versions 1+ */
  lastCaughtUpTimestamp: bigint
}

export interface DescribeQuorumResponsePartitionData {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** LeaderId: versions 0+ */
  leaderId: number
  /** LeaderEpoch: versions 0+ */
  leaderEpoch: number
  /** HighWatermark: versions 0+ */
  highWatermark: bigint
  /** CurrentVoters: versions 0+ */
  currentVoters: DescribeQuorumResponseReplicaState[]
  /** Observers: versions 0+ */
  observers: DescribeQuorumResponseReplicaState[]
}

export interface DescribeQuorumResponseTopicData {
  /** TopicName: versions 0+ */
  topicName: string
  /** Partitions: versions 0+ */
  partitions: DescribeQuorumResponsePartitionData[]
}

export interface DescribeQuorumResponse {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** Topics: versions 0+ */
  topics: DescribeQuorumResponseTopicData[]
}

export function defaultDescribeQuorumResponseReplicaState (): DescribeQuorumResponseReplicaState {
  return { replicaId: 0, logEndOffset: 0n, lastFetchTimestamp: -1n, lastCaughtUpTimestamp: -1n }
}

function readDescribeQuorumResponseReplicaState (r: Reader, version: number, flexible: boolean): DescribeQuorumResponseReplicaState {
  const m: DescribeQuorumResponseReplicaState = { replicaId: 0, logEndOffset: 0n, lastFetchTimestamp: -1n, lastCaughtUpTimestamp: -1n }
  m.replicaId = r.readInt32()
  m.logEndOffset = r.readInt64()
  if (version >= 1) {
    m.lastFetchTimestamp = r.readInt64()
  }
  if (version >= 1) {
    m.lastCaughtUpTimestamp = r.readInt64()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeQuorumResponseReplicaState (_m: DescribeQuorumResponseReplicaState, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 8
  if (version >= 1) {
    size += 8
  }
  if (version >= 1) {
    size += 8
  }
  if (flexible) size += 1
  return size
}

function putDescribeQuorumResponseReplicaState (w: Writer, m: DescribeQuorumResponseReplicaState, version: number, flexible: boolean): void {
  w.writeInt32(m.replicaId)
  w.writeInt64(m.logEndOffset)
  if (version >= 1) {
    w.writeInt64(m.lastFetchTimestamp)
  }
  if (version >= 1) {
    w.writeInt64(m.lastCaughtUpTimestamp)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeQuorumResponsePartitionData (): DescribeQuorumResponsePartitionData {
  return { partitionIndex: 0, errorCode: 0, leaderId: 0, leaderEpoch: 0, highWatermark: 0n, currentVoters: [], observers: [] }
}

function readDescribeQuorumResponsePartitionData (r: Reader, version: number, flexible: boolean): DescribeQuorumResponsePartitionData {
  const m: DescribeQuorumResponsePartitionData = { partitionIndex: 0, errorCode: 0, leaderId: 0, leaderEpoch: 0, highWatermark: 0n, currentVoters: [], observers: [] }
  m.partitionIndex = r.readInt32()
  m.errorCode = r.readInt16()
  m.leaderId = r.readInt32()
  m.leaderEpoch = r.readInt32()
  m.highWatermark = r.readInt64()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('CurrentVoters is null but not nullable in this version')
    const items: DescribeQuorumResponseReplicaState[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeQuorumResponseReplicaState(r, version, flexible))
    m.currentVoters = items
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Observers is null but not nullable in this version')
    const items: DescribeQuorumResponseReplicaState[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeQuorumResponseReplicaState(r, version, flexible))
    m.observers = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeQuorumResponsePartitionData (m: DescribeQuorumResponsePartitionData, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += 4
  size += 4
  size += 8
  {
    size += sizeOfArrayLength(m.currentVoters.length, flexible)
    for (const item of m.currentVoters) size += sizeDescribeQuorumResponseReplicaState(item, version, flexible)
  }
  {
    size += sizeOfArrayLength(m.observers.length, flexible)
    for (const item of m.observers) size += sizeDescribeQuorumResponseReplicaState(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeQuorumResponsePartitionData (w: Writer, m: DescribeQuorumResponsePartitionData, version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  w.writeInt32(m.leaderId)
  w.writeInt32(m.leaderEpoch)
  w.writeInt64(m.highWatermark)
  w.writeArrayLength(m.currentVoters.length, flexible)
  for (const item of m.currentVoters) { putDescribeQuorumResponseReplicaState(w, item, version, flexible) }
  w.writeArrayLength(m.observers.length, flexible)
  for (const item of m.observers) { putDescribeQuorumResponseReplicaState(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeQuorumResponseTopicData (): DescribeQuorumResponseTopicData {
  return { topicName: "", partitions: [] }
}

function readDescribeQuorumResponseTopicData (r: Reader, version: number, flexible: boolean): DescribeQuorumResponseTopicData {
  const m: DescribeQuorumResponseTopicData = { topicName: "", partitions: [] }
  m.topicName = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: DescribeQuorumResponsePartitionData[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeQuorumResponsePartitionData(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeQuorumResponseTopicData (m: DescribeQuorumResponseTopicData, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.topicName, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeDescribeQuorumResponsePartitionData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeQuorumResponseTopicData (w: Writer, m: DescribeQuorumResponseTopicData, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.topicName); else w.writeString(m.topicName)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putDescribeQuorumResponsePartitionData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeQuorumResponse (): DescribeQuorumResponse {
  return { errorCode: 0, topics: [] }
}

function readDescribeQuorumResponse (r: Reader, version: number, flexible: boolean): DescribeQuorumResponse {
  const m: DescribeQuorumResponse = { errorCode: 0, topics: [] }
  m.errorCode = r.readInt16()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: DescribeQuorumResponseTopicData[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeQuorumResponseTopicData(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeQuorumResponse (m: DescribeQuorumResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeDescribeQuorumResponseTopicData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeQuorumResponse (w: Writer, m: DescribeQuorumResponse, version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putDescribeQuorumResponseTopicData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DescribeQuorumResponse: valid versions 0-1, flexible 0+. */
export const DescribeQuorumResponseVersions = { min: 0, max: 1, flexibleMin: 0 } as const

export function decodeDescribeQuorumResponse (r: Reader, version: number): DescribeQuorumResponse {
  return readDescribeQuorumResponse(r, version, true)
}

export function sizeOfDescribeQuorumResponse (m: DescribeQuorumResponse, version: number): number {
  return sizeDescribeQuorumResponse(m, version, true)
}

export function writeDescribeQuorumResponse (w: Writer, m: DescribeQuorumResponse, version: number): void {
  putDescribeQuorumResponse(w, m, version, true)
}
