// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: TxnOffsetCommitRequest.json, TxnOffsetCommitResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface TxnOffsetCommitRequestPartition {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** CommittedOffset: versions 0+ */
  committedOffset: bigint
  /** CommittedLeaderEpoch: versions 2+ */
  committedLeaderEpoch: number
  /** CommittedMetadata: versions 0+ */
  committedMetadata: string | null
}

export interface TxnOffsetCommitRequestTopic {
  /** Name: versions 0+ */
  name: string
  /** Partitions: versions 0+ */
  partitions: TxnOffsetCommitRequestPartition[]
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
  topics: TxnOffsetCommitRequestTopic[]
}

export function defaultTxnOffsetCommitRequestPartition (): TxnOffsetCommitRequestPartition {
  return { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, committedMetadata: "" }
}

function readTxnOffsetCommitRequestPartition (r: Reader, version: number, flexible: boolean): TxnOffsetCommitRequestPartition {
  const m: TxnOffsetCommitRequestPartition = { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, committedMetadata: "" }
  m.partitionIndex = r.readInt32()
  m.committedOffset = r.readInt64()
  if (version >= 2) {
    m.committedLeaderEpoch = r.readInt32()
  }
  m.committedMetadata = (flexible ? r.readCompactNullableString() : r.readNullableString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeTxnOffsetCommitRequestPartition (m: TxnOffsetCommitRequestPartition, version: number, flexible: boolean): number {
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

function putTxnOffsetCommitRequestPartition (w: Writer, m: TxnOffsetCommitRequestPartition, version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt64(m.committedOffset)
  if (version >= 2) {
    w.writeInt32(m.committedLeaderEpoch)
  }
  if (flexible) w.writeCompactNullableString(m.committedMetadata); else w.writeNullableString(m.committedMetadata)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultTxnOffsetCommitRequestTopic (): TxnOffsetCommitRequestTopic {
  return { name: "", partitions: [] }
}

function readTxnOffsetCommitRequestTopic (r: Reader, version: number, flexible: boolean): TxnOffsetCommitRequestTopic {
  const m: TxnOffsetCommitRequestTopic = { name: "", partitions: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: TxnOffsetCommitRequestPartition[] = []
    for (let i = 0; i < n; i++) items.push(readTxnOffsetCommitRequestPartition(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeTxnOffsetCommitRequestTopic (m: TxnOffsetCommitRequestTopic, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeTxnOffsetCommitRequestPartition(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putTxnOffsetCommitRequestTopic (w: Writer, m: TxnOffsetCommitRequestTopic, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putTxnOffsetCommitRequestPartition(w, item, version, flexible) }
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
    const items: TxnOffsetCommitRequestTopic[] = []
    for (let i = 0; i < n; i++) items.push(readTxnOffsetCommitRequestTopic(r, version, flexible))
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
    for (const item of m.topics) size += sizeTxnOffsetCommitRequestTopic(item, version, flexible)
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
  for (const item of m.topics) { putTxnOffsetCommitRequestTopic(w, item, version, flexible) }
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

export interface TxnOffsetCommitResponsePartition {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** ErrorCode: versions 0+ */
  errorCode: number
}

export interface TxnOffsetCommitResponseTopic {
  /** Name: versions 0+ */
  name: string
  /** Partitions: versions 0+ */
  partitions: TxnOffsetCommitResponsePartition[]
}

export interface TxnOffsetCommitResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** Topics: versions 0+ */
  topics: TxnOffsetCommitResponseTopic[]
}

export function defaultTxnOffsetCommitResponsePartition (): TxnOffsetCommitResponsePartition {
  return { partitionIndex: 0, errorCode: 0 }
}

function readTxnOffsetCommitResponsePartition (r: Reader, _version: number, flexible: boolean): TxnOffsetCommitResponsePartition {
  const m: TxnOffsetCommitResponsePartition = { partitionIndex: 0, errorCode: 0 }
  m.partitionIndex = r.readInt32()
  m.errorCode = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeTxnOffsetCommitResponsePartition (_m: TxnOffsetCommitResponsePartition, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  if (flexible) size += 1
  return size
}

function putTxnOffsetCommitResponsePartition (w: Writer, m: TxnOffsetCommitResponsePartition, _version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultTxnOffsetCommitResponseTopic (): TxnOffsetCommitResponseTopic {
  return { name: "", partitions: [] }
}

function readTxnOffsetCommitResponseTopic (r: Reader, version: number, flexible: boolean): TxnOffsetCommitResponseTopic {
  const m: TxnOffsetCommitResponseTopic = { name: "", partitions: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: TxnOffsetCommitResponsePartition[] = []
    for (let i = 0; i < n; i++) items.push(readTxnOffsetCommitResponsePartition(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeTxnOffsetCommitResponseTopic (m: TxnOffsetCommitResponseTopic, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeTxnOffsetCommitResponsePartition(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putTxnOffsetCommitResponseTopic (w: Writer, m: TxnOffsetCommitResponseTopic, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putTxnOffsetCommitResponsePartition(w, item, version, flexible) }
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
    const items: TxnOffsetCommitResponseTopic[] = []
    for (let i = 0; i < n; i++) items.push(readTxnOffsetCommitResponseTopic(r, version, flexible))
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
    for (const item of m.topics) size += sizeTxnOffsetCommitResponseTopic(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putTxnOffsetCommitResponse (w: Writer, m: TxnOffsetCommitResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putTxnOffsetCommitResponseTopic(w, item, version, flexible) }
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
