// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: MetadataRequest.json, MetadataResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'
import { ZERO_UUID } from '../../primitives/uuid.ts'

export interface MetadataRequestTopic {
  /** TopicId: versions 10+ */
  topicId: string
  /** Name: versions 0+ */
  name: string | null
}

export interface MetadataRequest {
  /** Topics: versions 0+ */
  topics: MetadataRequestTopic[] | null
  /** AllowAutoTopicCreation: versions 4+ */
  allowAutoTopicCreation: boolean
  /** IncludeClusterAuthorizedOperations: versions 8-10 */
  includeClusterAuthorizedOperations: boolean
  /** IncludeTopicAuthorizedOperations: versions 8+ */
  includeTopicAuthorizedOperations: boolean
}

export function defaultMetadataRequestTopic (): MetadataRequestTopic {
  return { topicId: ZERO_UUID, name: "" }
}

function readMetadataRequestTopic (r: Reader, version: number, flexible: boolean): MetadataRequestTopic {
  const m: MetadataRequestTopic = { topicId: ZERO_UUID, name: "" }
  if (version >= 10) {
    m.topicId = r.readUuid()
  }
  m.name = (version >= 10 ? (flexible ? r.readCompactNullableString() : r.readNullableString()) : (flexible ? r.readCompactString() : r.readString()))
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeMetadataRequestTopic (m: MetadataRequestTopic, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 10) {
    size += 16
  }
  size += sizeOfNullableString(m.name, flexible)
  if (flexible) size += 1
  return size
}

function putMetadataRequestTopic (w: Writer, m: MetadataRequestTopic, version: number, flexible: boolean): void {
  if (version >= 10) {
    w.writeUuid(m.topicId)
  }
  if (m.name === null && !(version >= 10)) throw new Error('name is not nullable in version ' + version)
  if (flexible) w.writeCompactNullableString(m.name); else w.writeNullableString(m.name)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultMetadataRequest (): MetadataRequest {
  return { topics: [], allowAutoTopicCreation: true, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false }
}

function readMetadataRequest (r: Reader, version: number, flexible: boolean): MetadataRequest {
  const m: MetadataRequest = { topics: [], allowAutoTopicCreation: true, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0 && !(version >= 1)) throw new DecodeError('Topics is null but not nullable in this version')
    if (n < 0) m.topics = null
    else {
      const items: MetadataRequestTopic[] = []
      for (let i = 0; i < n; i++) items.push(readMetadataRequestTopic(r, version, flexible))
      m.topics = items
    }
  }
  if (version >= 4) {
    m.allowAutoTopicCreation = r.readBoolean()
  }
  if (version >= 8 && version <= 10) {
    m.includeClusterAuthorizedOperations = r.readBoolean()
  }
  if (version >= 8) {
    m.includeTopicAuthorizedOperations = r.readBoolean()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeMetadataRequest (m: MetadataRequest, version: number, flexible: boolean): number {
  let size = 0
  if (m.topics === null) size += sizeOfArrayLength(-1, flexible)
  else {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeMetadataRequestTopic(item, version, flexible)
  }
  if (!(version >= 4) && !(m.allowAutoTopicCreation === true)) throw new Error('MetadataRequest.allowAutoTopicCreation is not supported in version ' + version)
  if (version >= 4) {
    size += 1
  }
  if (!(version >= 8 && version <= 10) && !(m.includeClusterAuthorizedOperations === false)) throw new Error('MetadataRequest.includeClusterAuthorizedOperations is not supported in version ' + version)
  if (version >= 8 && version <= 10) {
    size += 1
  }
  if (!(version >= 8) && !(m.includeTopicAuthorizedOperations === false)) throw new Error('MetadataRequest.includeTopicAuthorizedOperations is not supported in version ' + version)
  if (version >= 8) {
    size += 1
  }
  if (flexible) size += 1
  return size
}

function putMetadataRequest (w: Writer, m: MetadataRequest, version: number, flexible: boolean): void {
  if (m.topics === null) {
    if (!(version >= 1)) throw new Error('topics is not nullable in version ' + version)
    w.writeArrayLength(-1, flexible)
  } else {
    w.writeArrayLength(m.topics.length, flexible)
    for (const item of m.topics) { putMetadataRequestTopic(w, item, version, flexible) }
  }
  if (version >= 4) {
    w.writeBoolean(m.allowAutoTopicCreation)
  }
  if (version >= 8 && version <= 10) {
    w.writeBoolean(m.includeClusterAuthorizedOperations)
  }
  if (version >= 8) {
    w.writeBoolean(m.includeTopicAuthorizedOperations)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** MetadataRequest: valid versions 0-12, flexible 9+. */
export const MetadataRequestVersions = { min: 0, max: 12, flexibleMin: 9 } as const

export function decodeMetadataRequest (r: Reader, version: number): MetadataRequest {
  return readMetadataRequest(r, version, version >= 9)
}

export function sizeOfMetadataRequest (m: MetadataRequest, version: number): number {
  return sizeMetadataRequest(m, version, version >= 9)
}

export function writeMetadataRequest (w: Writer, m: MetadataRequest, version: number): void {
  putMetadataRequest(w, m, version, version >= 9)
}

export interface MetadataResponseBroker {
  /** NodeId: versions 0+ */
  nodeId: number
  /** Host: versions 0+ */
  host: string
  /** Port: versions 0+ */
  port: number
  /** Rack: versions 1+ */
  rack: string | null
}

export interface MetadataResponsePartition {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** LeaderId: versions 0+ */
  leaderId: number
  /** LeaderEpoch: versions 7+ */
  leaderEpoch: number
  /** ReplicaNodes: versions 0+ */
  replicaNodes: number[]
  /** IsrNodes: versions 0+ */
  isrNodes: number[]
  /** OfflineReplicas: versions 5+ */
  offlineReplicas: number[]
}

export interface MetadataResponseTopic {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** Name: versions 0+ */
  name: string | null
  /** TopicId: versions 10+ */
  topicId: string
  /** IsInternal: versions 1+ */
  isInternal: boolean
  /** Partitions: versions 0+ */
  partitions: MetadataResponsePartition[]
  /** TopicAuthorizedOperations: versions 8+ */
  topicAuthorizedOperations: number
}

export interface MetadataResponse {
  /** ThrottleTimeMs: versions 3+ */
  throttleTimeMs: number
  /** Brokers: versions 0+ */
  brokers: MetadataResponseBroker[]
  /** ClusterId: versions 2+ */
  clusterId: string | null
  /** ControllerId: versions 1+ */
  controllerId: number
  /** Topics: versions 0+ */
  topics: MetadataResponseTopic[]
  /** ClusterAuthorizedOperations: versions 8-10 */
  clusterAuthorizedOperations: number
}

export function defaultMetadataResponseBroker (): MetadataResponseBroker {
  return { nodeId: 0, host: "", port: 0, rack: null }
}

function readMetadataResponseBroker (r: Reader, version: number, flexible: boolean): MetadataResponseBroker {
  const m: MetadataResponseBroker = { nodeId: 0, host: "", port: 0, rack: null }
  m.nodeId = r.readInt32()
  m.host = (flexible ? r.readCompactString() : r.readString())
  m.port = r.readInt32()
  if (version >= 1) {
    m.rack = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeMetadataResponseBroker (m: MetadataResponseBroker, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += sizeOfString(m.host, flexible)
  size += 4
  if (version >= 1) {
    size += sizeOfNullableString(m.rack, flexible)
  }
  if (flexible) size += 1
  return size
}

function putMetadataResponseBroker (w: Writer, m: MetadataResponseBroker, version: number, flexible: boolean): void {
  w.writeInt32(m.nodeId)
  if (flexible) w.writeCompactString(m.host); else w.writeString(m.host)
  w.writeInt32(m.port)
  if (version >= 1) {
    if (flexible) w.writeCompactNullableString(m.rack); else w.writeNullableString(m.rack)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultMetadataResponsePartition (): MetadataResponsePartition {
  return { errorCode: 0, partitionIndex: 0, leaderId: 0, leaderEpoch: -1, replicaNodes: [], isrNodes: [], offlineReplicas: [] }
}

function readMetadataResponsePartition (r: Reader, version: number, flexible: boolean): MetadataResponsePartition {
  const m: MetadataResponsePartition = { errorCode: 0, partitionIndex: 0, leaderId: 0, leaderEpoch: -1, replicaNodes: [], isrNodes: [], offlineReplicas: [] }
  m.errorCode = r.readInt16()
  m.partitionIndex = r.readInt32()
  m.leaderId = r.readInt32()
  if (version >= 7) {
    m.leaderEpoch = r.readInt32()
  }
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
  if (version >= 5) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('OfflineReplicas is null but not nullable in this version')
      const items: number[] = []
      for (let i = 0; i < n; i++) items.push(r.readInt32())
      m.offlineReplicas = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeMetadataResponsePartition (m: MetadataResponsePartition, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += 4
  size += 4
  if (version >= 7) {
    size += 4
  }
  {
    size += sizeOfArrayLength(m.replicaNodes.length, flexible)
    size += m.replicaNodes.length * 4
  }
  {
    size += sizeOfArrayLength(m.isrNodes.length, flexible)
    size += m.isrNodes.length * 4
  }
  if (version >= 5) {
    {
      size += sizeOfArrayLength(m.offlineReplicas.length, flexible)
      size += m.offlineReplicas.length * 4
    }
  }
  if (flexible) size += 1
  return size
}

function putMetadataResponsePartition (w: Writer, m: MetadataResponsePartition, version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  w.writeInt32(m.partitionIndex)
  w.writeInt32(m.leaderId)
  if (version >= 7) {
    w.writeInt32(m.leaderEpoch)
  }
  w.writeArrayLength(m.replicaNodes.length, flexible)
  for (const item of m.replicaNodes) { w.writeInt32(item) }
  w.writeArrayLength(m.isrNodes.length, flexible)
  for (const item of m.isrNodes) { w.writeInt32(item) }
  if (version >= 5) {
    w.writeArrayLength(m.offlineReplicas.length, flexible)
    for (const item of m.offlineReplicas) { w.writeInt32(item) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultMetadataResponseTopic (): MetadataResponseTopic {
  return { errorCode: 0, name: "", topicId: ZERO_UUID, isInternal: false, partitions: [], topicAuthorizedOperations: -2147483648 }
}

function readMetadataResponseTopic (r: Reader, version: number, flexible: boolean): MetadataResponseTopic {
  const m: MetadataResponseTopic = { errorCode: 0, name: "", topicId: ZERO_UUID, isInternal: false, partitions: [], topicAuthorizedOperations: -2147483648 }
  m.errorCode = r.readInt16()
  m.name = (version >= 12 ? (flexible ? r.readCompactNullableString() : r.readNullableString()) : (flexible ? r.readCompactString() : r.readString()))
  if (version >= 10) {
    m.topicId = r.readUuid()
  }
  if (version >= 1) {
    m.isInternal = r.readBoolean()
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: MetadataResponsePartition[] = []
    for (let i = 0; i < n; i++) items.push(readMetadataResponsePartition(r, version, flexible))
    m.partitions = items
  }
  if (version >= 8) {
    m.topicAuthorizedOperations = r.readInt32()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeMetadataResponseTopic (m: MetadataResponseTopic, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += sizeOfNullableString(m.name, flexible)
  if (version >= 10) {
    size += 16
  }
  if (version >= 1) {
    size += 1
  }
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeMetadataResponsePartition(item, version, flexible)
  }
  if (version >= 8) {
    size += 4
  }
  if (flexible) size += 1
  return size
}

function putMetadataResponseTopic (w: Writer, m: MetadataResponseTopic, version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  if (m.name === null && !(version >= 12)) throw new Error('name is not nullable in version ' + version)
  if (flexible) w.writeCompactNullableString(m.name); else w.writeNullableString(m.name)
  if (version >= 10) {
    w.writeUuid(m.topicId)
  }
  if (version >= 1) {
    w.writeBoolean(m.isInternal)
  }
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putMetadataResponsePartition(w, item, version, flexible) }
  if (version >= 8) {
    w.writeInt32(m.topicAuthorizedOperations)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultMetadataResponse (): MetadataResponse {
  return { throttleTimeMs: 0, brokers: [], clusterId: null, controllerId: -1, topics: [], clusterAuthorizedOperations: -2147483648 }
}

function readMetadataResponse (r: Reader, version: number, flexible: boolean): MetadataResponse {
  const m: MetadataResponse = { throttleTimeMs: 0, brokers: [], clusterId: null, controllerId: -1, topics: [], clusterAuthorizedOperations: -2147483648 }
  if (version >= 3) {
    m.throttleTimeMs = r.readInt32()
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Brokers is null but not nullable in this version')
    const items: MetadataResponseBroker[] = []
    for (let i = 0; i < n; i++) items.push(readMetadataResponseBroker(r, version, flexible))
    m.brokers = items
  }
  if (version >= 2) {
    m.clusterId = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (version >= 1) {
    m.controllerId = r.readInt32()
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: MetadataResponseTopic[] = []
    for (let i = 0; i < n; i++) items.push(readMetadataResponseTopic(r, version, flexible))
    m.topics = items
  }
  if (version >= 8 && version <= 10) {
    m.clusterAuthorizedOperations = r.readInt32()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeMetadataResponse (m: MetadataResponse, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 3) {
    size += 4
  }
  {
    size += sizeOfArrayLength(m.brokers.length, flexible)
    for (const item of m.brokers) size += sizeMetadataResponseBroker(item, version, flexible)
  }
  if (version >= 2) {
    size += sizeOfNullableString(m.clusterId, flexible)
  }
  if (version >= 1) {
    size += 4
  }
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeMetadataResponseTopic(item, version, flexible)
  }
  if (version >= 8 && version <= 10) {
    size += 4
  }
  if (flexible) size += 1
  return size
}

function putMetadataResponse (w: Writer, m: MetadataResponse, version: number, flexible: boolean): void {
  if (version >= 3) {
    w.writeInt32(m.throttleTimeMs)
  }
  w.writeArrayLength(m.brokers.length, flexible)
  for (const item of m.brokers) { putMetadataResponseBroker(w, item, version, flexible) }
  if (version >= 2) {
    if (flexible) w.writeCompactNullableString(m.clusterId); else w.writeNullableString(m.clusterId)
  }
  if (version >= 1) {
    w.writeInt32(m.controllerId)
  }
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putMetadataResponseTopic(w, item, version, flexible) }
  if (version >= 8 && version <= 10) {
    w.writeInt32(m.clusterAuthorizedOperations)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** MetadataResponse: valid versions 0-12, flexible 9+. */
export const MetadataResponseVersions = { min: 0, max: 12, flexibleMin: 9 } as const

export function decodeMetadataResponse (r: Reader, version: number): MetadataResponse {
  return readMetadataResponse(r, version, version >= 9)
}

export function sizeOfMetadataResponse (m: MetadataResponse, version: number): number {
  return sizeMetadataResponse(m, version, version >= 9)
}

export function writeMetadataResponse (w: Writer, m: MetadataResponse, version: number): void {
  putMetadataResponse(w, m, version, version >= 9)
}
