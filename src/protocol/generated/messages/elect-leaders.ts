// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: ElectLeadersRequest.json, ElectLeadersResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface ElectLeadersRequestTopicPartitions {
  /** Topic: versions 0+ */
  topic: string
  /** Partitions: versions 0+ */
  partitions: number[]
}

export interface ElectLeadersRequest {
  /** ElectionType: versions 1+ */
  electionType: number
  /** TopicPartitions: versions 0+ */
  topicPartitions: ElectLeadersRequestTopicPartitions[] | null
  /** TimeoutMs: versions 0+ */
  timeoutMs: number
}

export function defaultElectLeadersRequestTopicPartitions (): ElectLeadersRequestTopicPartitions {
  return { topic: "", partitions: [] }
}

function readElectLeadersRequestTopicPartitions (r: Reader, _version: number, flexible: boolean): ElectLeadersRequestTopicPartitions {
  const m: ElectLeadersRequestTopicPartitions = { topic: "", partitions: [] }
  m.topic = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: number[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt32())
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeElectLeadersRequestTopicPartitions (m: ElectLeadersRequestTopicPartitions, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.topic, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    size += m.partitions.length * 4
  }
  if (flexible) size += 1
  return size
}

function putElectLeadersRequestTopicPartitions (w: Writer, m: ElectLeadersRequestTopicPartitions, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.topic); else w.writeString(m.topic)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { w.writeInt32(item) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultElectLeadersRequest (): ElectLeadersRequest {
  return { electionType: 0, topicPartitions: [], timeoutMs: 60000 }
}

function readElectLeadersRequest (r: Reader, version: number, flexible: boolean): ElectLeadersRequest {
  const m: ElectLeadersRequest = { electionType: 0, topicPartitions: [], timeoutMs: 60000 }
  if (version >= 1) {
    m.electionType = r.readInt8()
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) m.topicPartitions = null
    else {
      const items: ElectLeadersRequestTopicPartitions[] = []
      for (let i = 0; i < n; i++) items.push(readElectLeadersRequestTopicPartitions(r, version, flexible))
      m.topicPartitions = items
    }
  }
  m.timeoutMs = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeElectLeadersRequest (m: ElectLeadersRequest, version: number, flexible: boolean): number {
  let size = 0
  if (!(version >= 1) && !(m.electionType === 0)) throw new Error('ElectLeadersRequest.electionType is not supported in version ' + version)
  if (version >= 1) {
    size += 1
  }
  if (m.topicPartitions === null) size += sizeOfArrayLength(-1, flexible)
  else {
    size += sizeOfArrayLength(m.topicPartitions.length, flexible)
    for (const item of m.topicPartitions) size += sizeElectLeadersRequestTopicPartitions(item, version, flexible)
  }
  size += 4
  if (flexible) size += 1
  return size
}

function putElectLeadersRequest (w: Writer, m: ElectLeadersRequest, version: number, flexible: boolean): void {
  if (version >= 1) {
    w.writeInt8(m.electionType)
  }
  if (m.topicPartitions === null) {
    w.writeArrayLength(-1, flexible)
  } else {
    w.writeArrayLength(m.topicPartitions.length, flexible)
    for (const item of m.topicPartitions) { putElectLeadersRequestTopicPartitions(w, item, version, flexible) }
  }
  w.writeInt32(m.timeoutMs)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ElectLeadersRequest: valid versions 0-2, flexible 2+. */
export const ElectLeadersRequestVersions = { min: 0, max: 2, flexibleMin: 2 } as const

export function decodeElectLeadersRequest (r: Reader, version: number): ElectLeadersRequest {
  return readElectLeadersRequest(r, version, version >= 2)
}

export function sizeOfElectLeadersRequest (m: ElectLeadersRequest, version: number): number {
  return sizeElectLeadersRequest(m, version, version >= 2)
}

export function writeElectLeadersRequest (w: Writer, m: ElectLeadersRequest, version: number): void {
  putElectLeadersRequest(w, m, version, version >= 2)
}

export interface ElectLeadersResponsePartitionResult {
  /** PartitionId: versions 0+ */
  partitionId: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
}

export interface ElectLeadersResponseReplicaElectionResult {
  /** Topic: versions 0+ */
  topic: string
  /** PartitionResult: versions 0+ */
  partitionResult: ElectLeadersResponsePartitionResult[]
}

export interface ElectLeadersResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 1+ */
  errorCode: number
  /** ReplicaElectionResults: versions 0+ */
  replicaElectionResults: ElectLeadersResponseReplicaElectionResult[]
}

export function defaultElectLeadersResponsePartitionResult (): ElectLeadersResponsePartitionResult {
  return { partitionId: 0, errorCode: 0, errorMessage: "" }
}

function readElectLeadersResponsePartitionResult (r: Reader, _version: number, flexible: boolean): ElectLeadersResponsePartitionResult {
  const m: ElectLeadersResponsePartitionResult = { partitionId: 0, errorCode: 0, errorMessage: "" }
  m.partitionId = r.readInt32()
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeElectLeadersResponsePartitionResult (m: ElectLeadersResponsePartitionResult, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  if (flexible) size += 1
  return size
}

function putElectLeadersResponsePartitionResult (w: Writer, m: ElectLeadersResponsePartitionResult, _version: number, flexible: boolean): void {
  w.writeInt32(m.partitionId)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultElectLeadersResponseReplicaElectionResult (): ElectLeadersResponseReplicaElectionResult {
  return { topic: "", partitionResult: [] }
}

function readElectLeadersResponseReplicaElectionResult (r: Reader, version: number, flexible: boolean): ElectLeadersResponseReplicaElectionResult {
  const m: ElectLeadersResponseReplicaElectionResult = { topic: "", partitionResult: [] }
  m.topic = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('PartitionResult is null but not nullable in this version')
    const items: ElectLeadersResponsePartitionResult[] = []
    for (let i = 0; i < n; i++) items.push(readElectLeadersResponsePartitionResult(r, version, flexible))
    m.partitionResult = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeElectLeadersResponseReplicaElectionResult (m: ElectLeadersResponseReplicaElectionResult, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.topic, flexible)
  {
    size += sizeOfArrayLength(m.partitionResult.length, flexible)
    for (const item of m.partitionResult) size += sizeElectLeadersResponsePartitionResult(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putElectLeadersResponseReplicaElectionResult (w: Writer, m: ElectLeadersResponseReplicaElectionResult, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.topic); else w.writeString(m.topic)
  w.writeArrayLength(m.partitionResult.length, flexible)
  for (const item of m.partitionResult) { putElectLeadersResponsePartitionResult(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultElectLeadersResponse (): ElectLeadersResponse {
  return { throttleTimeMs: 0, errorCode: 0, replicaElectionResults: [] }
}

function readElectLeadersResponse (r: Reader, version: number, flexible: boolean): ElectLeadersResponse {
  const m: ElectLeadersResponse = { throttleTimeMs: 0, errorCode: 0, replicaElectionResults: [] }
  m.throttleTimeMs = r.readInt32()
  if (version >= 1) {
    m.errorCode = r.readInt16()
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('ReplicaElectionResults is null but not nullable in this version')
    const items: ElectLeadersResponseReplicaElectionResult[] = []
    for (let i = 0; i < n; i++) items.push(readElectLeadersResponseReplicaElectionResult(r, version, flexible))
    m.replicaElectionResults = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeElectLeadersResponse (m: ElectLeadersResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  if (version >= 1) {
    size += 2
  }
  {
    size += sizeOfArrayLength(m.replicaElectionResults.length, flexible)
    for (const item of m.replicaElectionResults) size += sizeElectLeadersResponseReplicaElectionResult(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putElectLeadersResponse (w: Writer, m: ElectLeadersResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  if (version >= 1) {
    w.writeInt16(m.errorCode)
  }
  w.writeArrayLength(m.replicaElectionResults.length, flexible)
  for (const item of m.replicaElectionResults) { putElectLeadersResponseReplicaElectionResult(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ElectLeadersResponse: valid versions 0-2, flexible 2+. */
export const ElectLeadersResponseVersions = { min: 0, max: 2, flexibleMin: 2 } as const

export function decodeElectLeadersResponse (r: Reader, version: number): ElectLeadersResponse {
  return readElectLeadersResponse(r, version, version >= 2)
}

export function sizeOfElectLeadersResponse (m: ElectLeadersResponse, version: number): number {
  return sizeElectLeadersResponse(m, version, version >= 2)
}

export function writeElectLeadersResponse (w: Writer, m: ElectLeadersResponse, version: number): void {
  putElectLeadersResponse(w, m, version, version >= 2)
}
