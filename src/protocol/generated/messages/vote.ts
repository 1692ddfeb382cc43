// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: VoteRequest.json, VoteResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface VoteRequestPartitionData {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** CandidateEpoch: versions 0+ */
  candidateEpoch: number
  /** CandidateId: versions 0+ */
  candidateId: number
  /** LastOffsetEpoch: versions 0+ */
  lastOffsetEpoch: number
  /** LastOffset: versions 0+ */
  lastOffset: bigint
}

export interface VoteRequestTopicData {
  /** TopicName: versions 0+ */
  topicName: string
  /** Partitions: versions 0+ */
  partitions: VoteRequestPartitionData[]
}

export interface VoteRequest {
  /** ClusterId: versions 0+ */
  clusterId: string | null
  /** Topics: versions 0+ */
  topics: VoteRequestTopicData[]
}

export function defaultVoteRequestPartitionData (): VoteRequestPartitionData {
  return { partitionIndex: 0, candidateEpoch: 0, candidateId: 0, lastOffsetEpoch: 0, lastOffset: 0n }
}

function readVoteRequestPartitionData (r: Reader, _version: number, flexible: boolean): VoteRequestPartitionData {
  const m: VoteRequestPartitionData = { partitionIndex: 0, candidateEpoch: 0, candidateId: 0, lastOffsetEpoch: 0, lastOffset: 0n }
  m.partitionIndex = r.readInt32()
  m.candidateEpoch = r.readInt32()
  m.candidateId = r.readInt32()
  m.lastOffsetEpoch = r.readInt32()
  m.lastOffset = r.readInt64()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeVoteRequestPartitionData (_m: VoteRequestPartitionData, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 4
  size += 4
  size += 4
  size += 8
  if (flexible) size += 1
  return size
}

function putVoteRequestPartitionData (w: Writer, m: VoteRequestPartitionData, _version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt32(m.candidateEpoch)
  w.writeInt32(m.candidateId)
  w.writeInt32(m.lastOffsetEpoch)
  w.writeInt64(m.lastOffset)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultVoteRequestTopicData (): VoteRequestTopicData {
  return { topicName: "", partitions: [] }
}

function readVoteRequestTopicData (r: Reader, version: number, flexible: boolean): VoteRequestTopicData {
  const m: VoteRequestTopicData = { topicName: "", partitions: [] }
  m.topicName = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: VoteRequestPartitionData[] = []
    for (let i = 0; i < n; i++) items.push(readVoteRequestPartitionData(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeVoteRequestTopicData (m: VoteRequestTopicData, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.topicName, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeVoteRequestPartitionData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putVoteRequestTopicData (w: Writer, m: VoteRequestTopicData, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.topicName); else w.writeString(m.topicName)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putVoteRequestPartitionData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultVoteRequest (): VoteRequest {
  return { clusterId: null, topics: [] }
}

function readVoteRequest (r: Reader, version: number, flexible: boolean): VoteRequest {
  const m: VoteRequest = { clusterId: null, topics: [] }
  m.clusterId = (flexible ? r.readCompactNullableString() : r.readNullableString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: VoteRequestTopicData[] = []
    for (let i = 0; i < n; i++) items.push(readVoteRequestTopicData(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeVoteRequest (m: VoteRequest, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfNullableString(m.clusterId, flexible)
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeVoteRequestTopicData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putVoteRequest (w: Writer, m: VoteRequest, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactNullableString(m.clusterId); else w.writeNullableString(m.clusterId)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putVoteRequestTopicData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** VoteRequest: valid versions 0-0, flexible 0+. */
export const VoteRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeVoteRequest (r: Reader, version: number): VoteRequest {
  return readVoteRequest(r, version, true)
}

export function sizeOfVoteRequest (m: VoteRequest, version: number): number {
  return sizeVoteRequest(m, version, true)
}

export function writeVoteRequest (w: Writer, m: VoteRequest, version: number): void {
  putVoteRequest(w, m, version, true)
}

export interface VoteResponsePartitionData {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** LeaderId: versions 0+ */
  leaderId: number
  /** LeaderEpoch: versions 0+ */
  leaderEpoch: number
  /** VoteGranted: versions 0+ */
  voteGranted: boolean
}

export interface VoteResponseTopicData {
  /** TopicName: versions 0+ */
  topicName: string
  /** Partitions: versions 0+ */
  partitions: VoteResponsePartitionData[]
}

export interface VoteResponse {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** Topics: versions 0+ */
  topics: VoteResponseTopicData[]
}

export function defaultVoteResponsePartitionData (): VoteResponsePartitionData {
  return { partitionIndex: 0, errorCode: 0, leaderId: 0, leaderEpoch: 0, voteGranted: false }
}

function readVoteResponsePartitionData (r: Reader, _version: number, flexible: boolean): VoteResponsePartitionData {
  const m: VoteResponsePartitionData = { partitionIndex: 0, errorCode: 0, leaderId: 0, leaderEpoch: 0, voteGranted: false }
  m.partitionIndex = r.readInt32()
  m.errorCode = r.readInt16()
  m.leaderId = r.readInt32()
  m.leaderEpoch = r.readInt32()
  m.voteGranted = r.readBoolean()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeVoteResponsePartitionData (_m: VoteResponsePartitionData, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += 4
  size += 4
  size += 1
  if (flexible) size += 1
  return size
}

function putVoteResponsePartitionData (w: Writer, m: VoteResponsePartitionData, _version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  w.writeInt32(m.leaderId)
  w.writeInt32(m.leaderEpoch)
  w.writeBoolean(m.voteGranted)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultVoteResponseTopicData (): VoteResponseTopicData {
  return { topicName: "", partitions: [] }
}

function readVoteResponseTopicData (r: Reader, version: number, flexible: boolean): VoteResponseTopicData {
  const m: VoteResponseTopicData = { topicName: "", partitions: [] }
  m.topicName = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: VoteResponsePartitionData[] = []
    for (let i = 0; i < n; i++) items.push(readVoteResponsePartitionData(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeVoteResponseTopicData (m: VoteResponseTopicData, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.topicName, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeVoteResponsePartitionData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putVoteResponseTopicData (w: Writer, m: VoteResponseTopicData, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.topicName); else w.writeString(m.topicName)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putVoteResponsePartitionData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultVoteResponse (): VoteResponse {
  return { errorCode: 0, topics: [] }
}

function readVoteResponse (r: Reader, version: number, flexible: boolean): VoteResponse {
  const m: VoteResponse = { errorCode: 0, topics: [] }
  m.errorCode = r.readInt16()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: VoteResponseTopicData[] = []
    for (let i = 0; i < n; i++) items.push(readVoteResponseTopicData(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeVoteResponse (m: VoteResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeVoteResponseTopicData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putVoteResponse (w: Writer, m: VoteResponse, version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putVoteResponseTopicData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** VoteResponse: valid versions 0-0, flexible 0+. */
export const VoteResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeVoteResponse (r: Reader, version: number): VoteResponse {
  return readVoteResponse(r, version, true)
}

export function sizeOfVoteResponse (m: VoteResponse, version: number): number {
  return sizeVoteResponse(m, version, true)
}

export function writeVoteResponse (w: Writer, m: VoteResponse, version: number): void {
  putVoteResponse(w, m, version, true)
}
