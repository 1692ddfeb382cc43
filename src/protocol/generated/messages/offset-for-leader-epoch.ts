// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: OffsetForLeaderEpochRequest.json, OffsetForLeaderEpochResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  /** Partition: versions 0+ */
  partition: number
  /** CurrentLeaderEpoch: versions 2+ */
  currentLeaderEpoch: number
  /** LeaderEpoch: versions 0+ */
  leaderEpoch: number
}

export interface OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  /** Topic: versions 0+ */
  topic: string
  /** Partitions: versions 0+ */
  partitions: OffsetForLeaderEpochRequestOffsetForLeaderPartition[]
}

export interface OffsetForLeaderEpochRequest {
  /** ReplicaId: versions 3+ */
  replicaId: number
  /** Topics: versions 0+ */
  topics: OffsetForLeaderEpochRequestOffsetForLeaderTopic[]
}

export function defaultOffsetForLeaderEpochRequestOffsetForLeaderPartition (): OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  return { partition: 0, currentLeaderEpoch: -1, leaderEpoch: 0 }
}

function readOffsetForLeaderEpochRequestOffsetForLeaderPartition (r: Reader, version: number, flexible: boolean): OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  const m: OffsetForLeaderEpochRequestOffsetForLeaderPartition = { partition: 0, currentLeaderEpoch: -1, leaderEpoch: 0 }
  m.partition = r.readInt32()
  if (version >= 2) {
    m.currentLeaderEpoch = r.readInt32()
  }
  m.leaderEpoch = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetForLeaderEpochRequestOffsetForLeaderPartition (_m: OffsetForLeaderEpochRequestOffsetForLeaderPartition, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  if (version >= 2) {
    size += 4
  }
  size += 4
  if (flexible) size += 1
  return size
}

function putOffsetForLeaderEpochRequestOffsetForLeaderPartition (w: Writer, m: OffsetForLeaderEpochRequestOffsetForLeaderPartition, version: number, flexible: boolean): void {
  w.writeInt32(m.partition)
  if (version >= 2) {
    w.writeInt32(m.currentLeaderEpoch)
  }
  w.writeInt32(m.leaderEpoch)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultOffsetForLeaderEpochRequestOffsetForLeaderTopic (): OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  return { topic: "", partitions: [] }
}

function readOffsetForLeaderEpochRequestOffsetForLeaderTopic (r: Reader, version: number, flexible: boolean): OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  const m: OffsetForLeaderEpochRequestOffsetForLeaderTopic = { topic: "", partitions: [] }
  m.topic = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: OffsetForLeaderEpochRequestOffsetForLeaderPartition[] = []
    for (let i = 0; i < n; i++) items.push(readOffsetForLeaderEpochRequestOffsetForLeaderPartition(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetForLeaderEpochRequestOffsetForLeaderTopic (m: OffsetForLeaderEpochRequestOffsetForLeaderTopic, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.topic, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeOffsetForLeaderEpochRequestOffsetForLeaderPartition(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putOffsetForLeaderEpochRequestOffsetForLeaderTopic (w: Writer, m: OffsetForLeaderEpochRequestOffsetForLeaderTopic, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.topic); else w.writeString(m.topic)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putOffsetForLeaderEpochRequestOffsetForLeaderPartition(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultOffsetForLeaderEpochRequest (): OffsetForLeaderEpochRequest {
  return { replicaId: -2, topics: [] }
}

function readOffsetForLeaderEpochRequest (r: Reader, version: number, flexible: boolean): OffsetForLeaderEpochRequest {
  const m: OffsetForLeaderEpochRequest = { replicaId: -2, topics: [] }
  if (version >= 3) {
    m.replicaId = r.readInt32()
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: OffsetForLeaderEpochRequestOffsetForLeaderTopic[] = []
    for (let i = 0; i < n; i++) items.push(readOffsetForLeaderEpochRequestOffsetForLeaderTopic(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetForLeaderEpochRequest (m: OffsetForLeaderEpochRequest, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 3) {
    size += 4
  }
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeOffsetForLeaderEpochRequestOffsetForLeaderTopic(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putOffsetForLeaderEpochRequest (w: Writer, m: OffsetForLeaderEpochRequest, version: number, flexible: boolean): void {
  if (version >= 3) {
    w.writeInt32(m.replicaId)
  }
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putOffsetForLeaderEpochRequestOffsetForLeaderTopic(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** OffsetForLeaderEpochRequest: valid versions 0-4, flexible 4+. */
export const OffsetForLeaderEpochRequestVersions = { min: 0, max: 4, flexibleMin: 4 } as const

export function decodeOffsetForLeaderEpochRequest (r: Reader, version: number): OffsetForLeaderEpochRequest {
  return readOffsetForLeaderEpochRequest(r, version, version >= 4)
}

export function sizeOfOffsetForLeaderEpochRequest (m: OffsetForLeaderEpochRequest, version: number): number {
  return sizeOffsetForLeaderEpochRequest(m, version, version >= 4)
}

export function writeOffsetForLeaderEpochRequest (w: Writer, m: OffsetForLeaderEpochRequest, version: number): void {
  putOffsetForLeaderEpochRequest(w, m, version, version >= 4)
}

export interface OffsetForLeaderEpochResponseEpochEndOffset {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** Partition: versions 0+ */
  partition: number
  /** LeaderEpoch: versions 1+ */
  leaderEpoch: number
  /** EndOffset: versions 0+ */
  endOffset: bigint
}

export interface OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  /** Topic: versions 0+ */
  topic: string
  /** Partitions: versions 0+ */
  partitions: OffsetForLeaderEpochResponseEpochEndOffset[]
}

export interface OffsetForLeaderEpochResponse {
  /** ThrottleTimeMs: versions 2+ */
  throttleTimeMs: number
  /** Topics: versions 0+ */
  topics: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[]
}

export function defaultOffsetForLeaderEpochResponseEpochEndOffset (): OffsetForLeaderEpochResponseEpochEndOffset {
  return { errorCode: 0, partition: 0, leaderEpoch: -1, endOffset: -1n }
}

function readOffsetForLeaderEpochResponseEpochEndOffset (r: Reader, version: number, flexible: boolean): OffsetForLeaderEpochResponseEpochEndOffset {
  const m: OffsetForLeaderEpochResponseEpochEndOffset = { errorCode: 0, partition: 0, leaderEpoch: -1, endOffset: -1n }
  m.errorCode = r.readInt16()
  m.partition = r.readInt32()
  if (version >= 1) {
    m.leaderEpoch = r.readInt32()
  }
  m.endOffset = r.readInt64()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetForLeaderEpochResponseEpochEndOffset (_m: OffsetForLeaderEpochResponseEpochEndOffset, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += 4
  if (version >= 1) {
    size += 4
  }
  size += 8
  if (flexible) size += 1
  return size
}

function putOffsetForLeaderEpochResponseEpochEndOffset (w: Writer, m: OffsetForLeaderEpochResponseEpochEndOffset, version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  w.writeInt32(m.partition)
  if (version >= 1) {
    w.writeInt32(m.leaderEpoch)
  }
  w.writeInt64(m.endOffset)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultOffsetForLeaderEpochResponseOffsetForLeaderTopicResult (): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  return { topic: "", partitions: [] }
}

function readOffsetForLeaderEpochResponseOffsetForLeaderTopicResult (r: Reader, version: number, flexible: boolean): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  const m: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult = { topic: "", partitions: [] }
  m.topic = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: OffsetForLeaderEpochResponseEpochEndOffset[] = []
    for (let i = 0; i < n; i++) items.push(readOffsetForLeaderEpochResponseEpochEndOffset(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult (m: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.topic, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeOffsetForLeaderEpochResponseEpochEndOffset(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putOffsetForLeaderEpochResponseOffsetForLeaderTopicResult (w: Writer, m: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.topic); else w.writeString(m.topic)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putOffsetForLeaderEpochResponseEpochEndOffset(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultOffsetForLeaderEpochResponse (): OffsetForLeaderEpochResponse {
  return { throttleTimeMs: 0, topics: [] }
}

function readOffsetForLeaderEpochResponse (r: Reader, version: number, flexible: boolean): OffsetForLeaderEpochResponse {
  const m: OffsetForLeaderEpochResponse = { throttleTimeMs: 0, topics: [] }
  if (version >= 2) {
    m.throttleTimeMs = r.readInt32()
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[] = []
    for (let i = 0; i < n; i++) items.push(readOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetForLeaderEpochResponse (m: OffsetForLeaderEpochResponse, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 2) {
    size += 4
  }
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putOffsetForLeaderEpochResponse (w: Writer, m: OffsetForLeaderEpochResponse, version: number, flexible: boolean): void {
  if (version >= 2) {
    w.writeInt32(m.throttleTimeMs)
  }
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** OffsetForLeaderEpochResponse: valid versions 0-4, flexible 4+. */
export const OffsetForLeaderEpochResponseVersions = { min: 0, max: 4, flexibleMin: 4 } as const

export function decodeOffsetForLeaderEpochResponse (r: Reader, version: number): OffsetForLeaderEpochResponse {
  return readOffsetForLeaderEpochResponse(r, version, version >= 4)
}

export function sizeOfOffsetForLeaderEpochResponse (m: OffsetForLeaderEpochResponse, version: number): number {
  return sizeOffsetForLeaderEpochResponse(m, version, version >= 4)
}

export function writeOffsetForLeaderEpochResponse (w: Writer, m: OffsetForLeaderEpochResponse, version: number): void {
  putOffsetForLeaderEpochResponse(w, m, version, version >= 4)
}
