// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: EndQuorumEpochRequest.json, EndQuorumEpochResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface EndQuorumEpochRequestPartitionData {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** LeaderId: versions 0+ */
  leaderId: number
  /** LeaderEpoch: versions 0+ */
  leaderEpoch: number
  /** PreferredSuccessors: versions 0+ */
  preferredSuccessors: number[]
}

export interface EndQuorumEpochRequestTopicData {
  /** TopicName: versions 0+ */
  topicName: string
  /** Partitions: versions 0+ */
  partitions: EndQuorumEpochRequestPartitionData[]
}

export interface EndQuorumEpochRequest {
  /** ClusterId: versions 0+ */
  clusterId: string | null
  /** Topics: versions 0+ */
  topics: EndQuorumEpochRequestTopicData[]
}

export function defaultEndQuorumEpochRequestPartitionData (): EndQuorumEpochRequestPartitionData {
  return { partitionIndex: 0, leaderId: 0, leaderEpoch: 0, preferredSuccessors: [] }
}

function readEndQuorumEpochRequestPartitionData (r: Reader, _version: number, flexible: boolean): EndQuorumEpochRequestPartitionData {
  const m: EndQuorumEpochRequestPartitionData = { partitionIndex: 0, leaderId: 0, leaderEpoch: 0, preferredSuccessors: [] }
  m.partitionIndex = r.readInt32()
  m.leaderId = r.readInt32()
  m.leaderEpoch = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('PreferredSuccessors is null but not nullable in this version')
    const items: number[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt32())
    m.preferredSuccessors = items
  }
  return m
}

function sizeEndQuorumEpochRequestPartitionData (m: EndQuorumEpochRequestPartitionData, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 4
  size += 4
  {
    size += sizeOfArrayLength(m.preferredSuccessors.length, flexible)
    size += m.preferredSuccessors.length * 4
  }
  return size
}

function putEndQuorumEpochRequestPartitionData (w: Writer, m: EndQuorumEpochRequestPartitionData, _version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt32(m.leaderId)
  w.writeInt32(m.leaderEpoch)
  w.writeArrayLength(m.preferredSuccessors.length, flexible)
  for (const item of m.preferredSuccessors) { w.writeInt32(item) }
}

export function defaultEndQuorumEpochRequestTopicData (): EndQuorumEpochRequestTopicData {
  return { topicName: "", partitions: [] }
}

function readEndQuorumEpochRequestTopicData (r: Reader, version: number, flexible: boolean): EndQuorumEpochRequestTopicData {
  const m: EndQuorumEpochRequestTopicData = { topicName: "", partitions: [] }
  m.topicName = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: EndQuorumEpochRequestPartitionData[] = []
    for (let i = 0; i < n; i++) items.push(readEndQuorumEpochRequestPartitionData(r, version, flexible))
    m.partitions = items
  }
  return m
}

function sizeEndQuorumEpochRequestTopicData (m: EndQuorumEpochRequestTopicData, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.topicName, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeEndQuorumEpochRequestPartitionData(item, version, flexible)
  }
  return size
}

function putEndQuorumEpochRequestTopicData (w: Writer, m: EndQuorumEpochRequestTopicData, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.topicName); else w.writeString(m.topicName)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putEndQuorumEpochRequestPartitionData(w, item, version, flexible) }
}

export function defaultEndQuorumEpochRequest (): EndQuorumEpochRequest {
  return { clusterId: null, topics: [] }
}

function readEndQuorumEpochRequest (r: Reader, version: number, flexible: boolean): EndQuorumEpochRequest {
  const m: EndQuorumEpochRequest = { clusterId: null, topics: [] }
  m.clusterId = (flexible ? r.readCompactNullableString() : r.readNullableString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: EndQuorumEpochRequestTopicData[] = []
    for (let i = 0; i < n; i++) items.push(readEndQuorumEpochRequestTopicData(r, version, flexible))
    m.topics = items
  }
  return m
}

function sizeEndQuorumEpochRequest (m: EndQuorumEpochRequest, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfNullableString(m.clusterId, flexible)
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeEndQuorumEpochRequestTopicData(item, version, flexible)
  }
  return size
}

function putEndQuorumEpochRequest (w: Writer, m: EndQuorumEpochRequest, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactNullableString(m.clusterId); else w.writeNullableString(m.clusterId)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putEndQuorumEpochRequestTopicData(w, item, version, flexible) }
}

/** EndQuorumEpochRequest: valid versions 0-0, never flexible. */
export const EndQuorumEpochRequestVersions = { min: 0, max: 0, flexibleMin: -1 } as const

export function decodeEndQuorumEpochRequest (r: Reader, version: number): EndQuorumEpochRequest {
  return readEndQuorumEpochRequest(r, version, false)
}

export function sizeOfEndQuorumEpochRequest (m: EndQuorumEpochRequest, version: number): number {
  return sizeEndQuorumEpochRequest(m, version, false)
}

export function writeEndQuorumEpochRequest (w: Writer, m: EndQuorumEpochRequest, version: number): void {
  putEndQuorumEpochRequest(w, m, version, false)
}

export interface EndQuorumEpochResponsePartitionData {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** LeaderId: versions 0+ */
  leaderId: number
  /** LeaderEpoch: versions 0+ */
  leaderEpoch: number
}

export interface EndQuorumEpochResponseTopicData {
  /** TopicName: versions 0+ */
  topicName: string
  /** Partitions: versions 0+ */
  partitions: EndQuorumEpochResponsePartitionData[]
}

export interface EndQuorumEpochResponse {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** Topics: versions 0+ */
  topics: EndQuorumEpochResponseTopicData[]
}

export function defaultEndQuorumEpochResponsePartitionData (): EndQuorumEpochResponsePartitionData {
  return { partitionIndex: 0, errorCode: 0, leaderId: 0, leaderEpoch: 0 }
}

function readEndQuorumEpochResponsePartitionData (r: Reader, _version: number, _flexible: boolean): EndQuorumEpochResponsePartitionData {
  const m: EndQuorumEpochResponsePartitionData = { partitionIndex: 0, errorCode: 0, leaderId: 0, leaderEpoch: 0 }
  m.partitionIndex = r.readInt32()
  m.errorCode = r.readInt16()
  m.leaderId = r.readInt32()
  m.leaderEpoch = r.readInt32()
  return m
}

function sizeEndQuorumEpochResponsePartitionData (_m: EndQuorumEpochResponsePartitionData, _version: number, _flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += 4
  size += 4
  return size
}

function putEndQuorumEpochResponsePartitionData (w: Writer, m: EndQuorumEpochResponsePartitionData, _version: number, _flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  w.writeInt32(m.leaderId)
  w.writeInt32(m.leaderEpoch)
}

export function defaultEndQuorumEpochResponseTopicData (): EndQuorumEpochResponseTopicData {
  return { topicName: "", partitions: [] }
}

function readEndQuorumEpochResponseTopicData (r: Reader, version: number, flexible: boolean): EndQuorumEpochResponseTopicData {
  const m: EndQuorumEpochResponseTopicData = { topicName: "", partitions: [] }
  m.topicName = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: EndQuorumEpochResponsePartitionData[] = []
    for (let i = 0; i < n; i++) items.push(readEndQuorumEpochResponsePartitionData(r, version, flexible))
    m.partitions = items
  }
  return m
}

function sizeEndQuorumEpochResponseTopicData (m: EndQuorumEpochResponseTopicData, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.topicName, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeEndQuorumEpochResponsePartitionData(item, version, flexible)
  }
  return size
}

function putEndQuorumEpochResponseTopicData (w: Writer, m: EndQuorumEpochResponseTopicData, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.topicName); else w.writeString(m.topicName)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putEndQuorumEpochResponsePartitionData(w, item, version, flexible) }
}

export function defaultEndQuorumEpochResponse (): EndQuorumEpochResponse {
  return { errorCode: 0, topics: [] }
}

function readEndQuorumEpochResponse (r: Reader, version: number, flexible: boolean): EndQuorumEpochResponse {
  const m: EndQuorumEpochResponse = { errorCode: 0, topics: [] }
  m.errorCode = r.readInt16()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: EndQuorumEpochResponseTopicData[] = []
    for (let i = 0; i < n; i++) items.push(readEndQuorumEpochResponseTopicData(r, version, flexible))
    m.topics = items
  }
  return m
}

function sizeEndQuorumEpochResponse (m: EndQuorumEpochResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeEndQuorumEpochResponseTopicData(item, version, flexible)
  }
  return size
}

function putEndQuorumEpochResponse (w: Writer, m: EndQuorumEpochResponse, version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putEndQuorumEpochResponseTopicData(w, item, version, flexible) }
}

/** EndQuorumEpochResponse: valid versions 0-0, never flexible. */
export const EndQuorumEpochResponseVersions = { min: 0, max: 0, flexibleMin: -1 } as const

export function decodeEndQuorumEpochResponse (r: Reader, version: number): EndQuorumEpochResponse {
  return readEndQuorumEpochResponse(r, version, false)
}

export function sizeOfEndQuorumEpochResponse (m: EndQuorumEpochResponse, version: number): number {
  return sizeEndQuorumEpochResponse(m, version, false)
}

export function writeEndQuorumEpochResponse (w: Writer, m: EndQuorumEpochResponse, version: number): void {
  putEndQuorumEpochResponse(w, m, version, false)
}
