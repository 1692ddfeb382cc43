// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: DescribeTopicPartitionsRequest.json, DescribeTopicPartitionsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'
import { ZERO_UUID } from '../../primitives/uuid.ts'

export interface DescribeTopicPartitionsRequestTopicRequest {
  /** Name: versions 0+ */
  name: string
}

export interface DescribeTopicPartitionsRequestCursor {
  /** TopicName: versions 0+ */
  topicName: string
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
}

export interface DescribeTopicPartitionsRequest {
  /** Topics: versions 0+ */
  topics: DescribeTopicPartitionsRequestTopicRequest[]
  /** ResponsePartitionLimit: versions 0+ */
  responsePartitionLimit: number
  /** Cursor: versions 0+ */
  cursor: DescribeTopicPartitionsRequestCursor | null
}

export function defaultDescribeTopicPartitionsRequestTopicRequest (): DescribeTopicPartitionsRequestTopicRequest {
  return { name: "" }
}

function readDescribeTopicPartitionsRequestTopicRequest (r: Reader, _version: number, flexible: boolean): DescribeTopicPartitionsRequestTopicRequest {
  const m: DescribeTopicPartitionsRequestTopicRequest = { name: "" }
  m.name = (flexible ? r.readCompactString() : r.readString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeTopicPartitionsRequestTopicRequest (m: DescribeTopicPartitionsRequestTopicRequest, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  if (flexible) size += 1
  return size
}

function putDescribeTopicPartitionsRequestTopicRequest (w: Writer, m: DescribeTopicPartitionsRequestTopicRequest, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeTopicPartitionsRequestCursor (): DescribeTopicPartitionsRequestCursor {
  return { topicName: "", partitionIndex: 0 }
}

function readDescribeTopicPartitionsRequestCursor (r: Reader, _version: number, flexible: boolean): DescribeTopicPartitionsRequestCursor {
  const m: DescribeTopicPartitionsRequestCursor = { topicName: "", partitionIndex: 0 }
  m.topicName = (flexible ? r.readCompactString() : r.readString())
  m.partitionIndex = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeTopicPartitionsRequestCursor (m: DescribeTopicPartitionsRequestCursor, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.topicName, flexible)
  size += 4
  if (flexible) size += 1
  return size
}

function putDescribeTopicPartitionsRequestCursor (w: Writer, m: DescribeTopicPartitionsRequestCursor, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.topicName); else w.writeString(m.topicName)
  w.writeInt32(m.partitionIndex)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeTopicPartitionsRequest (): DescribeTopicPartitionsRequest {
  return { topics: [], responsePartitionLimit: 2000, cursor: null }
}

function readDescribeTopicPartitionsRequest (r: Reader, version: number, flexible: boolean): DescribeTopicPartitionsRequest {
  const m: DescribeTopicPartitionsRequest = { topics: [], responsePartitionLimit: 2000, cursor: null }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: DescribeTopicPartitionsRequestTopicRequest[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeTopicPartitionsRequestTopicRequest(r, version, flexible))
    m.topics = items
  }
  m.responsePartitionLimit = r.readInt32()
  m.cursor = r.readInt8() >= 0 ? readDescribeTopicPartitionsRequestCursor(r, version, flexible) : null
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeTopicPartitionsRequest (m: DescribeTopicPartitionsRequest, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeDescribeTopicPartitionsRequestTopicRequest(item, version, flexible)
  }
  size += 4
  size += 1 + (m.cursor === null ? 0 : sizeDescribeTopicPartitionsRequestCursor(m.cursor, version, flexible))
  if (flexible) size += 1
  return size
}

function putDescribeTopicPartitionsRequest (w: Writer, m: DescribeTopicPartitionsRequest, version: number, flexible: boolean): void {
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putDescribeTopicPartitionsRequestTopicRequest(w, item, version, flexible) }
  w.writeInt32(m.responsePartitionLimit)
  if (m.cursor === null) {
    w.writeInt8(-1)
  } else {
    w.writeInt8(1)
    putDescribeTopicPartitionsRequestCursor(w, m.cursor, version, flexible)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DescribeTopicPartitionsRequest: valid versions 0-0, flexible 0+. */
export const DescribeTopicPartitionsRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeDescribeTopicPartitionsRequest (r: Reader, version: number): DescribeTopicPartitionsRequest {
  return readDescribeTopicPartitionsRequest(r, version, true)
}

export function sizeOfDescribeTopicPartitionsRequest (m: DescribeTopicPartitionsRequest, version: number): number {
  return sizeDescribeTopicPartitionsRequest(m, version, true)
}

export function writeDescribeTopicPartitionsRequest (w: Writer, m: DescribeTopicPartitionsRequest, version: number): void {
  putDescribeTopicPartitionsRequest(w, m, version, true)
}

export interface DescribeTopicPartitionsResponsePartition {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** LeaderId: versions 0+ */
  leaderId: number
  /** LeaderEpoch: versions 0+ */
  leaderEpoch: number
  /** ReplicaNodes: versions 0+ */
  replicaNodes: number[]
  /** IsrNodes: versions 0+ */
  isrNodes: number[]
  /** EligibleLeaderReplicas: versions 0+ */
  eligibleLeaderReplicas: number[] | null
  /** LastKnownElr: versions 0+ */
  lastKnownElr: number[] | null
  /** OfflineReplicas: versions 0+ */
  offlineReplicas: number[]
}

export interface DescribeTopicPartitionsResponseTopic {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** Name: versions 0+ */
  name: string | null
  /** TopicId: versions 0+ */
  topicId: string
  /** IsInternal: versions 0+ */
  isInternal: boolean
  /** Partitions: versions 0+ */
  partitions: DescribeTopicPartitionsResponsePartition[]
  /** TopicAuthorizedOperations: versions 0+ */
  topicAuthorizedOperations: number
}

export interface DescribeTopicPartitionsResponseCursor {
  /** TopicName: versions 0+ */
  topicName: string
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
}

export interface DescribeTopicPartitionsResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** Topics: versions 0+ */
  topics: DescribeTopicPartitionsResponseTopic[]
  /** NextCursor: versions 0+ */
  nextCursor: DescribeTopicPartitionsResponseCursor | null
}

export function defaultDescribeTopicPartitionsResponsePartition (): DescribeTopicPartitionsResponsePartition {
  return { errorCode: 0, partitionIndex: 0, leaderId: 0, leaderEpoch: -1, replicaNodes: [], isrNodes: [], eligibleLeaderReplicas: null, lastKnownElr: null, offlineReplicas: [] }
}

function readDescribeTopicPartitionsResponsePartition (r: Reader, _version: number, flexible: boolean): DescribeTopicPartitionsResponsePartition {
  const m: DescribeTopicPartitionsResponsePartition = { errorCode: 0, partitionIndex: 0, leaderId: 0, leaderEpoch: -1, replicaNodes: [], isrNodes: [], eligibleLeaderReplicas: null, lastKnownElr: null, offlineReplicas: [] }
  m.errorCode = r.readInt16()
  m.partitionIndex = r.readInt32()
  m.leaderId = r.readInt32()
  m.leaderEpoch = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('ReplicaNodes is null but not nullable in this version')
    const items: number[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt32())
    m.replicaNodes = items
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('IsrNodes is null but not nullable in this version')
    const items: number[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt32())
    m.isrNodes = items
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) m.eligibleLeaderReplicas = null
    else {
      const items: number[] = []
      for (let i = 0; i < n; i++) items.push(r.readInt32())
      m.eligibleLeaderReplicas = items
    }
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) m.lastKnownElr = null
    else {
      const items: number[] = []
      for (let i = 0; i < n; i++) items.push(r.readInt32())
      m.lastKnownElr = items
    }
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('OfflineReplicas is null but not nullable in this version')
    const items: number[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt32())
    m.offlineReplicas = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeTopicPartitionsResponsePartition (m: DescribeTopicPartitionsResponsePartition, _version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += 4
  size += 4
  size += 4
  {
    size += sizeOfArrayLength(m.replicaNodes.length, flexible)
    size += m.replicaNodes.length * 4
  }
  {
    size += sizeOfArrayLength(m.isrNodes.length, flexible)
    size += m.isrNodes.length * 4
  }
  if (m.eligibleLeaderReplicas === null) size += sizeOfArrayLength(-1, flexible)
  else {
    size += sizeOfArrayLength(m.eligibleLeaderReplicas.length, flexible)
    size += m.eligibleLeaderReplicas.length * 4
  }
  if (m.lastKnownElr === null) size += sizeOfArrayLength(-1, flexible)
  else {
    size += sizeOfArrayLength(m.lastKnownElr.length, flexible)
    size += m.lastKnownElr.length * 4
  }
  {
    size += sizeOfArrayLength(m.offlineReplicas.length, flexible)
    size += m.offlineReplicas.length * 4
  }
  if (flexible) size += 1
  return size
}

function putDescribeTopicPartitionsResponsePartition (w: Writer, m: DescribeTopicPartitionsResponsePartition, _version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  w.writeInt32(m.partitionIndex)
  w.writeInt32(m.leaderId)
  w.writeInt32(m.leaderEpoch)
  w.writeArrayLength(m.replicaNodes.length, flexible)
  for (const item of m.replicaNodes) { w.writeInt32(item) }
  w.writeArrayLength(m.isrNodes.length, flexible)
  for (const item of m.isrNodes) { w.writeInt32(item) }
  if (m.eligibleLeaderReplicas === null) {
    w.writeArrayLength(-1, flexible)
  } else {
    w.writeArrayLength(m.eligibleLeaderReplicas.length, flexible)
    for (const item of m.eligibleLeaderReplicas) { w.writeInt32(item) }
  }
  if (m.lastKnownElr === null) {
    w.writeArrayLength(-1, flexible)
  } else {
    w.writeArrayLength(m.lastKnownElr.length, flexible)
    for (const item of m.lastKnownElr) { w.writeInt32(item) }
  }
  w.writeArrayLength(m.offlineReplicas.length, flexible)
  for (const item of m.offlineReplicas) { w.writeInt32(item) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeTopicPartitionsResponseTopic (): DescribeTopicPartitionsResponseTopic {
  return { errorCode: 0, name: "", topicId: ZERO_UUID, isInternal: false, partitions: [], topicAuthorizedOperations: -2147483648 }
}

function readDescribeTopicPartitionsResponseTopic (r: Reader, version: number, flexible: boolean): DescribeTopicPartitionsResponseTopic {
  const m: DescribeTopicPartitionsResponseTopic = { errorCode: 0, name: "", topicId: ZERO_UUID, isInternal: false, partitions: [], topicAuthorizedOperations: -2147483648 }
  m.errorCode = r.readInt16()
  m.name = (flexible ? r.readCompactNullableString() : r.readNullableString())
  m.topicId = r.readUuid()
  m.isInternal = r.readBoolean()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: DescribeTopicPartitionsResponsePartition[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeTopicPartitionsResponsePartition(r, version, flexible))
    m.partitions = items
  }
  m.topicAuthorizedOperations = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeTopicPartitionsResponseTopic (m: DescribeTopicPartitionsResponseTopic, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += sizeOfNullableString(m.name, flexible)
  size += 16
  size += 1
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeDescribeTopicPartitionsResponsePartition(item, version, flexible)
  }
  size += 4
  if (flexible) size += 1
  return size
}

function putDescribeTopicPartitionsResponseTopic (w: Writer, m: DescribeTopicPartitionsResponseTopic, version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.name); else w.writeNullableString(m.name)
  w.writeUuid(m.topicId)
  w.writeBoolean(m.isInternal)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putDescribeTopicPartitionsResponsePartition(w, item, version, flexible) }
  w.writeInt32(m.topicAuthorizedOperations)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeTopicPartitionsResponseCursor (): DescribeTopicPartitionsResponseCursor {
  return { topicName: "", partitionIndex: 0 }
}

function readDescribeTopicPartitionsResponseCursor (r: Reader, _version: number, flexible: boolean): DescribeTopicPartitionsResponseCursor {
  const m: DescribeTopicPartitionsResponseCursor = { topicName: "", partitionIndex: 0 }
  m.topicName = (flexible ? r.readCompactString() : r.readString())
  m.partitionIndex = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeTopicPartitionsResponseCursor (m: DescribeTopicPartitionsResponseCursor, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.topicName, flexible)
  size += 4
  if (flexible) size += 1
  return size
}

function putDescribeTopicPartitionsResponseCursor (w: Writer, m: DescribeTopicPartitionsResponseCursor, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.topicName); else w.writeString(m.topicName)
  w.writeInt32(m.partitionIndex)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeTopicPartitionsResponse (): DescribeTopicPartitionsResponse {
  return { throttleTimeMs: 0, topics: [], nextCursor: null }
}

function readDescribeTopicPartitionsResponse (r: Reader, version: number, flexible: boolean): DescribeTopicPartitionsResponse {
  const m: DescribeTopicPartitionsResponse = { throttleTimeMs: 0, topics: [], nextCursor: null }
  m.throttleTimeMs = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: DescribeTopicPartitionsResponseTopic[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeTopicPartitionsResponseTopic(r, version, flexible))
    m.topics = items
  }
  m.nextCursor = r.readInt8() >= 0 ? readDescribeTopicPartitionsResponseCursor(r, version, flexible) : null
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeTopicPartitionsResponse (m: DescribeTopicPartitionsResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeDescribeTopicPartitionsResponseTopic(item, version, flexible)
  }
  size += 1 + (m.nextCursor === null ? 0 : sizeDescribeTopicPartitionsResponseCursor(m.nextCursor, version, flexible))
  if (flexible) size += 1
  return size
}

function putDescribeTopicPartitionsResponse (w: Writer, m: DescribeTopicPartitionsResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putDescribeTopicPartitionsResponseTopic(w, item, version, flexible) }
  if (m.nextCursor === null) {
    w.writeInt8(-1)
  } else {
    w.writeInt8(1)
    putDescribeTopicPartitionsResponseCursor(w, m.nextCursor, version, flexible)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DescribeTopicPartitionsResponse: valid versions 0-0, flexible 0+. */
export const DescribeTopicPartitionsResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeDescribeTopicPartitionsResponse (r: Reader, version: number): DescribeTopicPartitionsResponse {
  return readDescribeTopicPartitionsResponse(r, version, true)
}

export function sizeOfDescribeTopicPartitionsResponse (m: DescribeTopicPartitionsResponse, version: number): number {
  return sizeDescribeTopicPartitionsResponse(m, version, true)
}

export function writeDescribeTopicPartitionsResponse (w: Writer, m: DescribeTopicPartitionsResponse, version: number): void {
  putDescribeTopicPartitionsResponse(w, m, version, true)
}
