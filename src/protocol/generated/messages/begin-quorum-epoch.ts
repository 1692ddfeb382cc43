// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: BeginQuorumEpochRequest.json, BeginQuorumEpochResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface BeginQuorumEpochRequestPartitionData {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** LeaderId: versions 0+ */
  leaderId: number
  /** LeaderEpoch: versions 0+ */
  leaderEpoch: number
}

export interface BeginQuorumEpochRequestTopicData {
  /** TopicName: versions 0+ */
  topicName: string
  /** Partitions: versions 0+ */
  partitions: BeginQuorumEpochRequestPartitionData[]
}

export interface BeginQuorumEpochRequest {
  /** ClusterId: versions 0+ */
  clusterId: string | null
  /** Topics: versions 0+ */
  topics: BeginQuorumEpochRequestTopicData[]
}

export function defaultBeginQuorumEpochRequestPartitionData (): BeginQuorumEpochRequestPartitionData {
  return { partitionIndex: 0, leaderId: 0, leaderEpoch: 0 }
}

function readBeginQuorumEpochRequestPartitionData (r: Reader, _version: number, _flexible: boolean): BeginQuorumEpochRequestPartitionData {
  const m: BeginQuorumEpochRequestPartitionData = { partitionIndex: 0, leaderId: 0, leaderEpoch: 0 }
  m.partitionIndex = r.readInt32()
  m.leaderId = r.readInt32()
  m.leaderEpoch = r.readInt32()
  return m
}

function sizeBeginQuorumEpochRequestPartitionData (_m: BeginQuorumEpochRequestPartitionData, _version: number, _flexible: boolean): number {
  let size = 0
  size += 4
  size += 4
  size += 4
  return size
}

function putBeginQuorumEpochRequestPartitionData (w: Writer, m: BeginQuorumEpochRequestPartitionData, _version: number, _flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt32(m.leaderId)
  w.writeInt32(m.leaderEpoch)
}

export function defaultBeginQuorumEpochRequestTopicData (): BeginQuorumEpochRequestTopicData {
  return { topicName: "", partitions: [] }
}

function readBeginQuorumEpochRequestTopicData (r: Reader, version: number, flexible: boolean): BeginQuorumEpochRequestTopicData {
  const m: BeginQuorumEpochRequestTopicData = { topicName: "", partitions: [] }
  m.topicName = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: BeginQuorumEpochRequestPartitionData[] = []
    for (let i = 0; i < n; i++) items.push(readBeginQuorumEpochRequestPartitionData(r, version, flexible))
    m.partitions = items
  }
  return m
}

function sizeBeginQuorumEpochRequestTopicData (m: BeginQuorumEpochRequestTopicData, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.topicName, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeBeginQuorumEpochRequestPartitionData(item, version, flexible)
  }
  return size
}

function putBeginQuorumEpochRequestTopicData (w: Writer, m: BeginQuorumEpochRequestTopicData, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.topicName); else w.writeString(m.topicName)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putBeginQuorumEpochRequestPartitionData(w, item, version, flexible) }
}

export function defaultBeginQuorumEpochRequest (): BeginQuorumEpochRequest {
  return { clusterId: null, topics: [] }
}

function readBeginQuorumEpochRequest (r: Reader, version: number, flexible: boolean): BeginQuorumEpochRequest {
  const m: BeginQuorumEpochRequest = { clusterId: null, topics: [] }
  m.clusterId = (flexible ? r.readCompactNullableString() : r.readNullableString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: BeginQuorumEpochRequestTopicData[] = []
    for (let i = 0; i < n; i++) items.push(readBeginQuorumEpochRequestTopicData(r, version, flexible))
    m.topics = items
  }
  return m
}

function sizeBeginQuorumEpochRequest (m: BeginQuorumEpochRequest, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfNullableString(m.clusterId, flexible)
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeBeginQuorumEpochRequestTopicData(item, version, flexible)
  }
  return size
}

function putBeginQuorumEpochRequest (w: Writer, m: BeginQuorumEpochRequest, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactNullableString(m.clusterId); else w.writeNullableString(m.clusterId)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putBeginQuorumEpochRequestTopicData(w, item, version, flexible) }
}

/** BeginQuorumEpochRequest: valid versions 0-0, never flexible. */
export const BeginQuorumEpochRequestVersions = { min: 0, max: 0, flexibleMin: -1 } as const

export function decodeBeginQuorumEpochRequest (r: Reader, version: number): BeginQuorumEpochRequest {
  return readBeginQuorumEpochRequest(r, version, false)
}

export function sizeOfBeginQuorumEpochRequest (m: BeginQuorumEpochRequest, version: number): number {
  return sizeBeginQuorumEpochRequest(m, version, false)
}

export function writeBeginQuorumEpochRequest (w: Writer, m: BeginQuorumEpochRequest, version: number): void {
  putBeginQuorumEpochRequest(w, m, version, false)
}

export interface BeginQuorumEpochResponsePartitionData {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** LeaderId: versions 0+ */
  leaderId: number
  /** LeaderEpoch: versions 0+ */
  leaderEpoch: number
}

export interface BeginQuorumEpochResponseTopicData {
  /** TopicName: versions 0+ */
  topicName: string
  /** Partitions: versions 0+ */
  partitions: BeginQuorumEpochResponsePartitionData[]
}

export interface BeginQuorumEpochResponse {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** Topics: versions 0+ */
  topics: BeginQuorumEpochResponseTopicData[]
}

export function defaultBeginQuorumEpochResponsePartitionData (): BeginQuorumEpochResponsePartitionData {
  return { partitionIndex: 0, errorCode: 0, leaderId: 0, leaderEpoch: 0 }
}

function readBeginQuorumEpochResponsePartitionData (r: Reader, _version: number, _flexible: boolean): BeginQuorumEpochResponsePartitionData {
  const m: BeginQuorumEpochResponsePartitionData = { partitionIndex: 0, errorCode: 0, leaderId: 0, leaderEpoch: 0 }
  m.partitionIndex = r.readInt32()
  m.errorCode = r.readInt16()
  m.leaderId = r.readInt32()
  m.leaderEpoch = r.readInt32()
  return m
}

function sizeBeginQuorumEpochResponsePartitionData (_m: BeginQuorumEpochResponsePartitionData, _version: number, _flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += 4
  size += 4
  return size
}

function putBeginQuorumEpochResponsePartitionData (w: Writer, m: BeginQuorumEpochResponsePartitionData, _version: number, _flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  w.writeInt32(m.leaderId)
  w.writeInt32(m.leaderEpoch)
}

export function defaultBeginQuorumEpochResponseTopicData (): BeginQuorumEpochResponseTopicData {
  return { topicName: "", partitions: [] }
}

function readBeginQuorumEpochResponseTopicData (r: Reader, version: number, flexible: boolean): BeginQuorumEpochResponseTopicData {
  const m: BeginQuorumEpochResponseTopicData = { topicName: "", partitions: [] }
  m.topicName = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: BeginQuorumEpochResponsePartitionData[] = []
    for (let i = 0; i < n; i++) items.push(readBeginQuorumEpochResponsePartitionData(r, version, flexible))
    m.partitions = items
  }
  return m
}

function sizeBeginQuorumEpochResponseTopicData (m: BeginQuorumEpochResponseTopicData, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.topicName, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeBeginQuorumEpochResponsePartitionData(item, version, flexible)
  }
  return size
}

function putBeginQuorumEpochResponseTopicData (w: Writer, m: BeginQuorumEpochResponseTopicData, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.topicName); else w.writeString(m.topicName)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putBeginQuorumEpochResponsePartitionData(w, item, version, flexible) }
}

export function defaultBeginQuorumEpochResponse (): BeginQuorumEpochResponse {
  return { errorCode: 0, topics: [] }
}

function readBeginQuorumEpochResponse (r: Reader, version: number, flexible: boolean): BeginQuorumEpochResponse {
  const m: BeginQuorumEpochResponse = { errorCode: 0, topics: [] }
  m.errorCode = r.readInt16()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: BeginQuorumEpochResponseTopicData[] = []
    for (let i = 0; i < n; i++) items.push(readBeginQuorumEpochResponseTopicData(r, version, flexible))
    m.topics = items
  }
  return m
}

function sizeBeginQuorumEpochResponse (m: BeginQuorumEpochResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeBeginQuorumEpochResponseTopicData(item, version, flexible)
  }
  return size
}

function putBeginQuorumEpochResponse (w: Writer, m: BeginQuorumEpochResponse, version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putBeginQuorumEpochResponseTopicData(w, item, version, flexible) }
}

/** BeginQuorumEpochResponse: valid versions 0-0, never flexible. */
export const BeginQuorumEpochResponseVersions = { min: 0, max: 0, flexibleMin: -1 } as const

export function decodeBeginQuorumEpochResponse (r: Reader, version: number): BeginQuorumEpochResponse {
  return readBeginQuorumEpochResponse(r, version, false)
}

export function sizeOfBeginQuorumEpochResponse (m: BeginQuorumEpochResponse, version: number): number {
  return sizeBeginQuorumEpochResponse(m, version, false)
}

export function writeBeginQuorumEpochResponse (w: Writer, m: BeginQuorumEpochResponse, version: number): void {
  putBeginQuorumEpochResponse(w, m, version, false)
}
