// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: ListOffsetsRequest.json, ListOffsetsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface ListOffsetsRequestListOffsetsPartition {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** CurrentLeaderEpoch: versions 4+ */
  currentLeaderEpoch: number
  /** Timestamp: versions 0+ */
  timestamp: bigint
  /** MaxNumOffsets: versions 0-0 */
  maxNumOffsets: number
}

export interface ListOffsetsRequestListOffsetsTopic {
  /** Name: versions 0+ */
  name: string
  /** Partitions: versions 0+ */
  partitions: ListOffsetsRequestListOffsetsPartition[]
}

export interface ListOffsetsRequest {
  /** ReplicaId: versions 0+ */
  replicaId: number
  /** IsolationLevel: versions 2+ */
  isolationLevel: number
  /** Topics: versions 0+ */
  topics: ListOffsetsRequestListOffsetsTopic[]
}

export function defaultListOffsetsRequestListOffsetsPartition (): ListOffsetsRequestListOffsetsPartition {
  return { partitionIndex: 0, currentLeaderEpoch: -1, timestamp: 0n, maxNumOffsets: 1 }
}

function readListOffsetsRequestListOffsetsPartition (r: Reader, version: number, flexible: boolean): ListOffsetsRequestListOffsetsPartition {
  const m: ListOffsetsRequestListOffsetsPartition = { partitionIndex: 0, currentLeaderEpoch: -1, timestamp: 0n, maxNumOffsets: 1 }
  m.partitionIndex = r.readInt32()
  if (version >= 4) {
    m.currentLeaderEpoch = r.readInt32()
  }
  m.timestamp = r.readInt64()
  if (version <= 0) {
    m.maxNumOffsets = r.readInt32()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeListOffsetsRequestListOffsetsPartition (m: ListOffsetsRequestListOffsetsPartition, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  if (version >= 4) {
    size += 4
  }
  size += 8
  if (!(version <= 0) && !(m.maxNumOffsets === 1)) throw new Error('ListOffsetsRequestListOffsetsPartition.maxNumOffsets is not supported in version ' + version)
  if (version <= 0) {
    size += 4
  }
  if (flexible) size += 1
  return size
}

function putListOffsetsRequestListOffsetsPartition (w: Writer, m: ListOffsetsRequestListOffsetsPartition, version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  if (version >= 4) {
    w.writeInt32(m.currentLeaderEpoch)
  }
  w.writeInt64(m.timestamp)
  if (version <= 0) {
    w.writeInt32(m.maxNumOffsets)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultListOffsetsRequestListOffsetsTopic (): ListOffsetsRequestListOffsetsTopic {
  return { name: "", partitions: [] }
}

function readListOffsetsRequestListOffsetsTopic (r: Reader, version: number, flexible: boolean): ListOffsetsRequestListOffsetsTopic {
  const m: ListOffsetsRequestListOffsetsTopic = { name: "", partitions: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: ListOffsetsRequestListOffsetsPartition[] = []
    for (let i = 0; i < n; i++) items.push(readListOffsetsRequestListOffsetsPartition(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeListOffsetsRequestListOffsetsTopic (m: ListOffsetsRequestListOffsetsTopic, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeListOffsetsRequestListOffsetsPartition(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putListOffsetsRequestListOffsetsTopic (w: Writer, m: ListOffsetsRequestListOffsetsTopic, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putListOffsetsRequestListOffsetsPartition(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultListOffsetsRequest (): ListOffsetsRequest {
  return { replicaId: 0, isolationLevel: 0, topics: [] }
}

function readListOffsetsRequest (r: Reader, version: number, flexible: boolean): ListOffsetsRequest {
  const m: ListOffsetsRequest = { replicaId: 0, isolationLevel: 0, topics: [] }
  m.replicaId = r.readInt32()
  if (version >= 2) {
    m.isolationLevel = r.readInt8()
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: ListOffsetsRequestListOffsetsTopic[] = []
    for (let i = 0; i < n; i++) items.push(readListOffsetsRequestListOffsetsTopic(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeListOffsetsRequest (m: ListOffsetsRequest, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  if (!(version >= 2) && !(m.isolationLevel === 0)) throw new Error('ListOffsetsRequest.isolationLevel is not supported in version ' + version)
  if (version >= 2) {
    size += 1
  }
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeListOffsetsRequestListOffsetsTopic(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putListOffsetsRequest (w: Writer, m: ListOffsetsRequest, version: number, flexible: boolean): void {
  w.writeInt32(m.replicaId)
  if (version >= 2) {
    w.writeInt8(m.isolationLevel)
  }
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putListOffsetsRequestListOffsetsTopic(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ListOffsetsRequest: valid versions 0-8, flexible 6+. */
export const ListOffsetsRequestVersions = { min: 0, max: 8, flexibleMin: 6 } as const

export function decodeListOffsetsRequest (r: Reader, version: number): ListOffsetsRequest {
  return readListOffsetsRequest(r, version, version >= 6)
}

export function sizeOfListOffsetsRequest (m: ListOffsetsRequest, version: number): number {
  return sizeListOffsetsRequest(m, version, version >= 6)
}

export function writeListOffsetsRequest (w: Writer, m: ListOffsetsRequest, version: number): void {
  putListOffsetsRequest(w, m, version, version >= 6)
}

export interface ListOffsetsResponseListOffsetsPartitionResponse {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** OldStyleOffsets: versions 0-0 */
  oldStyleOffsets: bigint[]
  /** Timestamp: versions 1+ */
  timestamp: bigint
  /** Offset: versions 1+ */
  offset: bigint
  /** LeaderEpoch: versions 4+ */
  leaderEpoch: number
}

export interface ListOffsetsResponseListOffsetsTopicResponse {
  /** Name: versions 0+ */
  name: string
  /** Partitions: versions 0+ */
  partitions: ListOffsetsResponseListOffsetsPartitionResponse[]
}

export interface ListOffsetsResponse {
  /** ThrottleTimeMs: versions 2+ */
  throttleTimeMs: number
  /** Topics: versions 0+ */
  topics: ListOffsetsResponseListOffsetsTopicResponse[]
}

export function defaultListOffsetsResponseListOffsetsPartitionResponse (): ListOffsetsResponseListOffsetsPartitionResponse {
  return { partitionIndex: 0, errorCode: 0, oldStyleOffsets: [], timestamp: -1n, offset: -1n, leaderEpoch: -1 }
}

function readListOffsetsResponseListOffsetsPartitionResponse (r: Reader, version: number, flexible: boolean): ListOffsetsResponseListOffsetsPartitionResponse {
  const m: ListOffsetsResponseListOffsetsPartitionResponse = { partitionIndex: 0, errorCode: 0, oldStyleOffsets: [], timestamp: -1n, offset: -1n, leaderEpoch: -1 }
  m.partitionIndex = r.readInt32()
  m.errorCode = r.readInt16()
  if (version <= 0) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('OldStyleOffsets is null but not nullable in this version')
      const items: bigint[] = []
      for (let i = 0; i < n; i++) items.push(r.readInt64())
      m.oldStyleOffsets = items
    }
  }
  if (version >= 1) {
    m.timestamp = r.readInt64()
  }
  if (version >= 1) {
    m.offset = r.readInt64()
  }
  if (version >= 4) {
    m.leaderEpoch = r.readInt32()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeListOffsetsResponseListOffsetsPartitionResponse (m: ListOffsetsResponseListOffsetsPartitionResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  if (version <= 0) {
    {
      size += sizeOfArrayLength(m.oldStyleOffsets.length, flexible)
      size += m.oldStyleOffsets.length * 8
    }
  }
  if (version >= 1) {
    size += 8
  }
  if (version >= 1) {
    size += 8
  }
  if (version >= 4) {
    size += 4
  }
  if (flexible) size += 1
  return size
}

function putListOffsetsResponseListOffsetsPartitionResponse (w: Writer, m: ListOffsetsResponseListOffsetsPartitionResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  if (version <= 0) {
    w.writeArrayLength(m.oldStyleOffsets.length, flexible)
    for (const item of m.oldStyleOffsets) { w.writeInt64(item) }
  }
  if (version >= 1) {
    w.writeInt64(m.timestamp)
  }
  if (version >= 1) {
    w.writeInt64(m.offset)
  }
  if (version >= 4) {
    w.writeInt32(m.leaderEpoch)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultListOffsetsResponseListOffsetsTopicResponse (): ListOffsetsResponseListOffsetsTopicResponse {
  return { name: "", partitions: [] }
}

function readListOffsetsResponseListOffsetsTopicResponse (r: Reader, version: number, flexible: boolean): ListOffsetsResponseListOffsetsTopicResponse {
  const m: ListOffsetsResponseListOffsetsTopicResponse = { name: "", partitions: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: ListOffsetsResponseListOffsetsPartitionResponse[] = []
    for (let i = 0; i < n; i++) items.push(readListOffsetsResponseListOffsetsPartitionResponse(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeListOffsetsResponseListOffsetsTopicResponse (m: ListOffsetsResponseListOffsetsTopicResponse, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeListOffsetsResponseListOffsetsPartitionResponse(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putListOffsetsResponseListOffsetsTopicResponse (w: Writer, m: ListOffsetsResponseListOffsetsTopicResponse, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putListOffsetsResponseListOffsetsPartitionResponse(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultListOffsetsResponse (): ListOffsetsResponse {
  return { throttleTimeMs: 0, topics: [] }
}

function readListOffsetsResponse (r: Reader, version: number, flexible: boolean): ListOffsetsResponse {
  const m: ListOffsetsResponse = { throttleTimeMs: 0, topics: [] }
  if (version >= 2) {
    m.throttleTimeMs = r.readInt32()
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: ListOffsetsResponseListOffsetsTopicResponse[] = []
    for (let i = 0; i < n; i++) items.push(readListOffsetsResponseListOffsetsTopicResponse(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeListOffsetsResponse (m: ListOffsetsResponse, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 2) {
    size += 4
  }
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeListOffsetsResponseListOffsetsTopicResponse(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putListOffsetsResponse (w: Writer, m: ListOffsetsResponse, version: number, flexible: boolean): void {
  if (version >= 2) {
    w.writeInt32(m.throttleTimeMs)
  }
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putListOffsetsResponseListOffsetsTopicResponse(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ListOffsetsResponse: valid versions 0-8, flexible 6+. */
export const ListOffsetsResponseVersions = { min: 0, max: 8, flexibleMin: 6 } as const

export function decodeListOffsetsResponse (r: Reader, version: number): ListOffsetsResponse {
  return readListOffsetsResponse(r, version, version >= 6)
}

export function sizeOfListOffsetsResponse (m: ListOffsetsResponse, version: number): number {
  return sizeListOffsetsResponse(m, version, version >= 6)
}

export function writeListOffsetsResponse (w: Writer, m: ListOffsetsResponse, version: number): void {
  putListOffsetsResponse(w, m, version, version >= 6)
}
