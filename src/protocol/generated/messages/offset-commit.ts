// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: OffsetCommitRequest.json, OffsetCommitResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface OffsetCommitRequestPartition {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** CommittedOffset: versions 0+ */
  committedOffset: bigint
  /** CommittedLeaderEpoch: versions 6+ */
  committedLeaderEpoch: number
  /** CommitTimestamp: versions 1-1 */
  commitTimestamp: bigint
  /** CommittedMetadata: versions 0+ */
  committedMetadata: string | null
}

export interface OffsetCommitRequestTopic {
  /** Name: versions 0+ */
  name: string
  /** Partitions: versions 0+ */
  partitions: OffsetCommitRequestPartition[]
}

export interface OffsetCommitRequest {
  /** GroupId: versions 0+ */
  groupId: string
  /** GenerationIdOrMemberEpoch: versions 1+ */
  generationIdOrMemberEpoch: number
  /** MemberId: versions 1+ */
  memberId: string
  /** GroupInstanceId: versions 7+ */
  groupInstanceId: string | null
  /** RetentionTimeMs: versions 2-4 */
  retentionTimeMs: bigint
  /** Topics: versions 0+ */
  topics: OffsetCommitRequestTopic[]
}

export function defaultOffsetCommitRequestPartition (): OffsetCommitRequestPartition {
  return { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, commitTimestamp: -1n, committedMetadata: "" }
}

function readOffsetCommitRequestPartition (r: Reader, version: number, flexible: boolean): OffsetCommitRequestPartition {
  const m: OffsetCommitRequestPartition = { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, commitTimestamp: -1n, committedMetadata: "" }
  m.partitionIndex = r.readInt32()
  m.committedOffset = r.readInt64()
  if (version >= 6) {
    m.committedLeaderEpoch = r.readInt32()
  }
  if (version >= 1 && version <= 1) {
    m.commitTimestamp = r.readInt64()
  }
  m.committedMetadata = (flexible ? r.readCompactNullableString() : r.readNullableString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetCommitRequestPartition (m: OffsetCommitRequestPartition, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 8
  if (version >= 6) {
    size += 4
  }
  if (!(version >= 1 && version <= 1) && !(m.commitTimestamp === -1n)) throw new Error('OffsetCommitRequestPartition.commitTimestamp is not supported in version ' + version)
  if (version >= 1 && version <= 1) {
    size += 8
  }
  size += sizeOfNullableString(m.committedMetadata, flexible)
  if (flexible) size += 1
  return size
}

function putOffsetCommitRequestPartition (w: Writer, m: OffsetCommitRequestPartition, version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt64(m.committedOffset)
  if (version >= 6) {
    w.writeInt32(m.committedLeaderEpoch)
  }
  if (version >= 1 && version <= 1) {
    w.writeInt64(m.commitTimestamp)
  }
  if (flexible) w.writeCompactNullableString(m.committedMetadata); else w.writeNullableString(m.committedMetadata)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultOffsetCommitRequestTopic (): OffsetCommitRequestTopic {
  return { name: "", partitions: [] }
}

function readOffsetCommitRequestTopic (r: Reader, version: number, flexible: boolean): OffsetCommitRequestTopic {
  const m: OffsetCommitRequestTopic = { name: "", partitions: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: OffsetCommitRequestPartition[] = []
    for (let i = 0; i < n; i++) items.push(readOffsetCommitRequestPartition(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetCommitRequestTopic (m: OffsetCommitRequestTopic, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeOffsetCommitRequestPartition(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putOffsetCommitRequestTopic (w: Writer, m: OffsetCommitRequestTopic, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putOffsetCommitRequestPartition(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultOffsetCommitRequest (): OffsetCommitRequest {
  return { groupId: "", generationIdOrMemberEpoch: -1, memberId: "", groupInstanceId: null, retentionTimeMs: -1n, topics: [] }
}

function readOffsetCommitRequest (r: Reader, version: number, flexible: boolean): OffsetCommitRequest {
  const m: OffsetCommitRequest = { groupId: "", generationIdOrMemberEpoch: -1, memberId: "", groupInstanceId: null, retentionTimeMs: -1n, topics: [] }
  m.groupId = (flexible ? r.readCompactString() : r.readString())
  if (version >= 1) {
    m.generationIdOrMemberEpoch = r.readInt32()
  }
  if (version >= 1) {
    m.memberId = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 7) {
    m.groupInstanceId = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (version >= 2 && version <= 4) {
    m.retentionTimeMs = r.readInt64()
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: OffsetCommitRequestTopic[] = []
    for (let i = 0; i < n; i++) items.push(readOffsetCommitRequestTopic(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetCommitRequest (m: OffsetCommitRequest, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.groupId, flexible)
  if (version >= 1) {
    size += 4
  }
  if (version >= 1) {
    size += sizeOfString(m.memberId, flexible)
  }
  if (!(version >= 7) && !(m.groupInstanceId === null)) throw new Error('OffsetCommitRequest.groupInstanceId is not supported in version ' + version)
  if (version >= 7) {
    size += sizeOfNullableString(m.groupInstanceId, flexible)
  }
  if (version >= 2 && version <= 4) {
    size += 8
  }
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeOffsetCommitRequestTopic(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putOffsetCommitRequest (w: Writer, m: OffsetCommitRequest, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.groupId); else w.writeString(m.groupId)
  if (version >= 1) {
    w.writeInt32(m.generationIdOrMemberEpoch)
  }
  if (version >= 1) {
    if (flexible) w.writeCompactString(m.memberId); else w.writeString(m.memberId)
  }
  if (version >= 7) {
    if (flexible) w.writeCompactNullableString(m.groupInstanceId); else w.writeNullableString(m.groupInstanceId)
  }
  if (version >= 2 && version <= 4) {
    w.writeInt64(m.retentionTimeMs)
  }
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putOffsetCommitRequestTopic(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** OffsetCommitRequest: valid versions 0-9, flexible 8+. */
export const OffsetCommitRequestVersions = { min: 0, max: 9, flexibleMin: 8 } as const

export function decodeOffsetCommitRequest (r: Reader, version: number): OffsetCommitRequest {
  return readOffsetCommitRequest(r, version, version >= 8)
}

export function sizeOfOffsetCommitRequest (m: OffsetCommitRequest, version: number): number {
  return sizeOffsetCommitRequest(m, version, version >= 8)
}

export function writeOffsetCommitRequest (w: Writer, m: OffsetCommitRequest, version: number): void {
  putOffsetCommitRequest(w, m, version, version >= 8)
}

export interface OffsetCommitResponsePartition {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** ErrorCode: versions 0+ */
  errorCode: number
}

export interface OffsetCommitResponseTopic {
  /** Name: versions 0+ */
  name: string
  /** Partitions: versions 0+ */
  partitions: OffsetCommitResponsePartition[]
}

export interface OffsetCommitResponse {
  /** ThrottleTimeMs: versions 3+ */
  throttleTimeMs: number
  /** Topics: versions 0+ */
  topics: OffsetCommitResponseTopic[]
}

export function defaultOffsetCommitResponsePartition (): OffsetCommitResponsePartition {
  return { partitionIndex: 0, errorCode: 0 }
}

function readOffsetCommitResponsePartition (r: Reader, _version: number, flexible: boolean): OffsetCommitResponsePartition {
  const m: OffsetCommitResponsePartition = { partitionIndex: 0, errorCode: 0 }
  m.partitionIndex = r.readInt32()
  m.errorCode = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetCommitResponsePartition (_m: OffsetCommitResponsePartition, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  if (flexible) size += 1
  return size
}

function putOffsetCommitResponsePartition (w: Writer, m: OffsetCommitResponsePartition, _version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultOffsetCommitResponseTopic (): OffsetCommitResponseTopic {
  return { name: "", partitions: [] }
}

function readOffsetCommitResponseTopic (r: Reader, version: number, flexible: boolean): OffsetCommitResponseTopic {
  const m: OffsetCommitResponseTopic = { name: "", partitions: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: OffsetCommitResponsePartition[] = []
    for (let i = 0; i < n; i++) items.push(readOffsetCommitResponsePartition(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetCommitResponseTopic (m: OffsetCommitResponseTopic, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeOffsetCommitResponsePartition(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putOffsetCommitResponseTopic (w: Writer, m: OffsetCommitResponseTopic, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putOffsetCommitResponsePartition(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultOffsetCommitResponse (): OffsetCommitResponse {
  return { throttleTimeMs: 0, topics: [] }
}

function readOffsetCommitResponse (r: Reader, version: number, flexible: boolean): OffsetCommitResponse {
  const m: OffsetCommitResponse = { throttleTimeMs: 0, topics: [] }
  if (version >= 3) {
    m.throttleTimeMs = r.readInt32()
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: OffsetCommitResponseTopic[] = []
    for (let i = 0; i < n; i++) items.push(readOffsetCommitResponseTopic(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetCommitResponse (m: OffsetCommitResponse, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 3) {
    size += 4
  }
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeOffsetCommitResponseTopic(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putOffsetCommitResponse (w: Writer, m: OffsetCommitResponse, version: number, flexible: boolean): void {
  if (version >= 3) {
    w.writeInt32(m.throttleTimeMs)
  }
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putOffsetCommitResponseTopic(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** OffsetCommitResponse: valid versions 0-9, flexible 8+. */
export const OffsetCommitResponseVersions = { min: 0, max: 9, flexibleMin: 8 } as const

export function decodeOffsetCommitResponse (r: Reader, version: number): OffsetCommitResponse {
  return readOffsetCommitResponse(r, version, version >= 8)
}

export function sizeOfOffsetCommitResponse (m: OffsetCommitResponse, version: number): number {
  return sizeOffsetCommitResponse(m, version, version >= 8)
}

export function writeOffsetCommitResponse (w: Writer, m: OffsetCommitResponse, version: number): void {
  putOffsetCommitResponse(w, m, version, version >= 8)
}
