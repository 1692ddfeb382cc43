// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: TxnOffsetCommitRequest.json, TxnOffsetCommitResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface TxnOffsetCommitRequestTxnOffsetCommitRequestPartition {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** CommittedOffset: versions 0+ */
  committedOffset: bigint
  /** CommittedLeaderEpoch: versions 2+ */
  committedLeaderEpoch: number
  /** CommittedMetadata: versions 0+ */
  committedMetadata: string | null
}

export interface TxnOffsetCommitRequestTxnOffsetCommitRequestTopic {
  /** Name: versions 0+ */
  name: string
  /** Partitions: versions 0+ */
  partitions: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition[]
}

export interface TxnOffsetCommitRequest {
  /** TransactionalId: versions 0+ */
  transactionalId: string
  /** GroupId: versions 0+ */
  groupId: string
  /** ProducerId: versions 0+ */
  producerId: bigint
  /** ProducerEpoch: versions 0+ */
  producerEpoch: number
  /** GenerationId: versions 3+ */
  generationId: number
  /** MemberId: versions 3+ */
  memberId: string
  /** GroupInstanceId: versions 3+ */
  groupInstanceId: string | null
  /** Topics: versions 0+ */
  topics: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic[]
}

export function defaultTxnOffsetCommitRequestTxnOffsetCommitRequestPartition (): TxnOffsetCommitRequestTxnOffsetCommitRequestPartition {
  return { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, committedMetadata: "" }
}

function readTxnOffsetCommitRequestTxnOffsetCommitRequestPartition (r: Reader, version: number, flexible: boolean): TxnOffsetCommitRequestTxnOffsetCommitRequestPartition {
  const m: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition = { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, committedMetadata: "" }
  m.partitionIndex = r.readInt32()
  m.committedOffset = r.readInt64()
  if (version >= 2) {
    m.committedLeaderEpoch = r.readInt32()
  }
  m.committedMetadata = (flexible ? r.readCompactNullableString() : r.readNullableString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeTxnOffsetCommitRequestTxnOffsetCommitRequestPartition (m: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 8
  if (version >= 2) {
    size += 4
  }
  size += sizeOfNullableString(m.committedMetadata, flexible)
  if (flexible) size += 1
  return size
}

function putTxnOffsetCommitRequestTxnOffsetCommitRequestPartition (w: Writer, m: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition, version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt64(m.committedOffset)
  if (version >= 2) {
    w.writeInt32(m.committedLeaderEpoch)
  }
  if (flexible) w.writeCompactNullableString(m.committedMetadata); else w.writeNullableString(m.committedMetadata)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultTxnOffsetCommitRequestTxnOffsetCommitRequestTopic (): TxnOffsetCommitRequestTxnOffsetCommitRequestTopic {
  return { name: "", partitions: [] }
}

function readTxnOffsetCommitRequestTxnOffsetCommitRequestTopic (r: Reader, version: number, flexible: boolean): TxnOffsetCommitRequestTxnOffsetCommitRequestTopic {
  const m: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic = { name: "", partitions: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition[] = []
    for (let i = 0; i < n; i++) items.push(readTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeTxnOffsetCommitRequestTxnOffsetCommitRequestTopic (m: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putTxnOffsetCommitRequestTxnOffsetCommitRequestTopic (w: Writer, m: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultTxnOffsetCommitRequest (): TxnOffsetCommitRequest {
  return { transactionalId: "", groupId: "", producerId: 0n, producerEpoch: 0, generationId: -1, memberId: "", groupInstanceId: null, topics: [] }
}

function readTxnOffsetCommitRequest (r: Reader, version: number, flexible: boolean): TxnOffsetCommitRequest {
  const m: TxnOffsetCommitRequest = { transactionalId: "", groupId: "", producerId: 0n, producerEpoch: 0, generationId: -1, memberId: "", groupInstanceId: null, topics: [] }
  m.transactionalId = (flexible ? r.readCompactString() : r.readString())
  m.groupId = (flexible ? r.readCompactString() : r.readString())
  m.producerId = r.readInt64()
  m.producerEpoch = r.readInt16()
  if (version >= 3) {
    m.generationId = r.readInt32()
  }
  if (version >= 3) {
    m.memberId = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 3) {
    m.groupInstanceId = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic[] = []
    for (let i = 0; i < n; i++) items.push(readTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeTxnOffsetCommitRequest (m: TxnOffsetCommitRequest, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.transactionalId, flexible)
  size += sizeOfString(m.groupId, flexible)
  size += 8
  size += 2
  if (!(version >= 3) && !(m.generationId === -1)) throw new Error('TxnOffsetCommitRequest.generationId is not supported in version ' + version)
  if (version >= 3) {
    size += 4
  }
  if (!(version >= 3) && !(m.memberId === "")) throw new Error('TxnOffsetCommitRequest.memberId is not supported in version ' + version)
  if (version >= 3) {
    size += sizeOfString(m.memberId, flexible)
  }
  if (!(version >= 3) && !(m.groupInstanceId === null)) throw new Error('TxnOffsetCommitRequest.groupInstanceId is not supported in version ' + version)
  if (version >= 3) {
    size += sizeOfNullableString(m.groupInstanceId, flexible)
  }
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putTxnOffsetCommitRequest (w: Writer, m: TxnOffsetCommitRequest, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.transactionalId); else w.writeString(m.transactionalId)
  if (flexible) w.writeCompactString(m.groupId); else w.writeString(m.groupId)
  w.writeInt64(m.producerId)
  w.writeInt16(m.producerEpoch)
  if (version >= 3) {
    w.writeInt32(m.generationId)
  }
  if (version >= 3) {
    if (flexible) w.writeCompactString(m.memberId); else w.writeString(m.memberId)
  }
  if (version >= 3) {
    if (flexible) w.writeCompactNullableString(m.groupInstanceId); else w.writeNullableString(m.groupInstanceId)
  }
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** TxnOffsetCommitRequest: valid versions 0-4, flexible 3+. */
export const TxnOffsetCommitRequestVersions = { min: 0, max: 4, flexibleMin: 3 } as const

export function decodeTxnOffsetCommitRequest (r: Reader, version: number): TxnOffsetCommitRequest {
  return readTxnOffsetCommitRequest(r, version, version >= 3)
}

export function sizeOfTxnOffsetCommitRequest (m: TxnOffsetCommitRequest, version: number): number {
  return sizeTxnOffsetCommitRequest(m, version, version >= 3)
}

export function writeTxnOffsetCommitRequest (w: Writer, m: TxnOffsetCommitRequest, version: number): void {
  putTxnOffsetCommitRequest(w, m, version, version >= 3)
}

export interface TxnOffsetCommitResponseTxnOffsetCommitResponsePartition {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** ErrorCode: versions 0+ */
  errorCode: number
}

export interface TxnOffsetCommitResponseTxnOffsetCommitResponseTopic {
  /** Name: versions 0+ */
  name: string
  /** Partitions: versions 0+ */
  partitions: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition[]
}

export interface TxnOffsetCommitResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** Topics: versions 0+ */
  topics: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic[]
}

export function defaultTxnOffsetCommitResponseTxnOffsetCommitResponsePartition (): TxnOffsetCommitResponseTxnOffsetCommitResponsePartition {
  return { partitionIndex: 0, errorCode: 0 }
}

function readTxnOffsetCommitResponseTxnOffsetCommitResponsePartition (r: Reader, _version: number, flexible: boolean): TxnOffsetCommitResponseTxnOffsetCommitResponsePartition {
  const m: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition = { partitionIndex: 0, errorCode: 0 }
  m.partitionIndex = r.readInt32()
  m.errorCode = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeTxnOffsetCommitResponseTxnOffsetCommitResponsePartition (_m: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  if (flexible) size += 1
  return size
}

function putTxnOffsetCommitResponseTxnOffsetCommitResponsePartition (w: Writer, m: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition, _version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultTxnOffsetCommitResponseTxnOffsetCommitResponseTopic (): TxnOffsetCommitResponseTxnOffsetCommitResponseTopic {
  return { name: "", partitions: [] }
}

function readTxnOffsetCommitResponseTxnOffsetCommitResponseTopic (r: Reader, version: number, flexible: boolean): TxnOffsetCommitResponseTxnOffsetCommitResponseTopic {
  const m: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic = { name: "", partitions: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition[] = []
    for (let i = 0; i < n; i++) items.push(readTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeTxnOffsetCommitResponseTxnOffsetCommitResponseTopic (m: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putTxnOffsetCommitResponseTxnOffsetCommitResponseTopic (w: Writer, m: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultTxnOffsetCommitResponse (): TxnOffsetCommitResponse {
  return { throttleTimeMs: 0, topics: [] }
}

function readTxnOffsetCommitResponse (r: Reader, version: number, flexible: boolean): TxnOffsetCommitResponse {
  const m: TxnOffsetCommitResponse = { throttleTimeMs: 0, topics: [] }
  m.throttleTimeMs = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic[] = []
    for (let i = 0; i < n; i++) items.push(readTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeTxnOffsetCommitResponse (m: TxnOffsetCommitResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putTxnOffsetCommitResponse (w: Writer, m: TxnOffsetCommitResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** TxnOffsetCommitResponse: valid versions 0-4, flexible 3+. */
export const TxnOffsetCommitResponseVersions = { min: 0, max: 4, flexibleMin: 3 } as const

export function decodeTxnOffsetCommitResponse (r: Reader, version: number): TxnOffsetCommitResponse {
  return readTxnOffsetCommitResponse(r, version, version >= 3)
}

export function sizeOfTxnOffsetCommitResponse (m: TxnOffsetCommitResponse, version: number): number {
  return sizeTxnOffsetCommitResponse(m, version, version >= 3)
}

export function writeTxnOffsetCommitResponse (w: Writer, m: TxnOffsetCommitResponse, version: number): void {
  putTxnOffsetCommitResponse(w, m, version, version >= 3)
}
