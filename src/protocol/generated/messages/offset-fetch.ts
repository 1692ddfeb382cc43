// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: OffsetFetchRequest.json, OffsetFetchResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface OffsetFetchRequestTopic {
  /** Name: versions 0-7 */
  name: string
  /** PartitionIndexes: versions 0-7 */
  partitionIndexes: number[]
}

export interface OffsetFetchRequestTopics {
  /** Name: versions 8+ */
  name: string
  /** PartitionIndexes: versions 8+ */
  partitionIndexes: number[]
}

export interface OffsetFetchRequestGroup {
  /** GroupId: versions 8+ */
  groupId: string
  /** MemberId: versions 9+ */
  memberId: string | null
  /** MemberEpoch: versions 9+ */
  memberEpoch: number
  /** Topics: versions 8+ */
  topics: OffsetFetchRequestTopics[] | null
}

export interface OffsetFetchRequest {
  /** GroupId: versions 0-7 */
  groupId: string
  /** Topics: versions 0-7 */
  topics: OffsetFetchRequestTopic[] | null
  /** Groups: versions 8+ */
  groups: OffsetFetchRequestGroup[]
  /** RequireStable: versions 7+ */
  requireStable: boolean
}

export function defaultOffsetFetchRequestTopic (): OffsetFetchRequestTopic {
  return { name: "", partitionIndexes: [] }
}

function readOffsetFetchRequestTopic (r: Reader, version: number, flexible: boolean): OffsetFetchRequestTopic {
  const m: OffsetFetchRequestTopic = { name: "", partitionIndexes: [] }
  if (version <= 7) {
    m.name = (flexible ? r.readCompactString() : r.readString())
  }
  if (version <= 7) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('PartitionIndexes is null but not nullable in this version')
      const items: number[] = []
      for (let i = 0; i < n; i++) items.push(r.readInt32())
      m.partitionIndexes = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetFetchRequestTopic (m: OffsetFetchRequestTopic, version: number, flexible: boolean): number {
  let size = 0
  if (!(version <= 7) && !(m.name === "")) throw new Error('OffsetFetchRequestTopic.name is not supported in version ' + version)
  if (version <= 7) {
    size += sizeOfString(m.name, flexible)
  }
  if (!(version <= 7) && !((m.partitionIndexes !== null && m.partitionIndexes.length === 0))) throw new Error('OffsetFetchRequestTopic.partitionIndexes is not supported in version ' + version)
  if (version <= 7) {
    {
      size += sizeOfArrayLength(m.partitionIndexes.length, flexible)
      size += m.partitionIndexes.length * 4
    }
  }
  if (flexible) size += 1
  return size
}

function putOffsetFetchRequestTopic (w: Writer, m: OffsetFetchRequestTopic, version: number, flexible: boolean): void {
  if (version <= 7) {
    if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  }
  if (version <= 7) {
    w.writeArrayLength(m.partitionIndexes.length, flexible)
    for (const item of m.partitionIndexes) { w.writeInt32(item) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultOffsetFetchRequestTopics (): OffsetFetchRequestTopics {
  return { name: "", partitionIndexes: [] }
}

function readOffsetFetchRequestTopics (r: Reader, version: number, flexible: boolean): OffsetFetchRequestTopics {
  const m: OffsetFetchRequestTopics = { name: "", partitionIndexes: [] }
  if (version >= 8) {
    m.name = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 8) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('PartitionIndexes is null but not nullable in this version')
      const items: number[] = []
      for (let i = 0; i < n; i++) items.push(r.readInt32())
      m.partitionIndexes = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetFetchRequestTopics (m: OffsetFetchRequestTopics, version: number, flexible: boolean): number {
  let size = 0
  if (!(version >= 8) && !(m.name === "")) throw new Error('OffsetFetchRequestTopics.name is not supported in version ' + version)
  if (version >= 8) {
    size += sizeOfString(m.name, flexible)
  }
  if (!(version >= 8) && !((m.partitionIndexes !== null && m.partitionIndexes.length === 0))) throw new Error('OffsetFetchRequestTopics.partitionIndexes is not supported in version ' + version)
  if (version >= 8) {
    {
      size += sizeOfArrayLength(m.partitionIndexes.length, flexible)
      size += m.partitionIndexes.length * 4
    }
  }
  if (flexible) size += 1
  return size
}

function putOffsetFetchRequestTopics (w: Writer, m: OffsetFetchRequestTopics, version: number, flexible: boolean): void {
  if (version >= 8) {
    if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  }
  if (version >= 8) {
    w.writeArrayLength(m.partitionIndexes.length, flexible)
    for (const item of m.partitionIndexes) { w.writeInt32(item) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultOffsetFetchRequestGroup (): OffsetFetchRequestGroup {
  return { groupId: "", memberId: null, memberEpoch: -1, topics: [] }
}

function readOffsetFetchRequestGroup (r: Reader, version: number, flexible: boolean): OffsetFetchRequestGroup {
  const m: OffsetFetchRequestGroup = { groupId: "", memberId: null, memberEpoch: -1, topics: [] }
  if (version >= 8) {
    m.groupId = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 9) {
    m.memberId = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (version >= 9) {
    m.memberEpoch = r.readInt32()
  }
  if (version >= 8) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) m.topics = null
      else {
        const items: OffsetFetchRequestTopics[] = []
        for (let i = 0; i < n; i++) items.push(readOffsetFetchRequestTopics(r, version, flexible))
        m.topics = items
      }
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetFetchRequestGroup (m: OffsetFetchRequestGroup, version: number, flexible: boolean): number {
  let size = 0
  if (!(version >= 8) && !(m.groupId === "")) throw new Error('OffsetFetchRequestGroup.groupId is not supported in version ' + version)
  if (version >= 8) {
    size += sizeOfString(m.groupId, flexible)
  }
  if (version >= 9) {
    size += sizeOfNullableString(m.memberId, flexible)
  }
  if (version >= 9) {
    size += 4
  }
  if (!(version >= 8) && !((m.topics !== null && m.topics.length === 0))) throw new Error('OffsetFetchRequestGroup.topics is not supported in version ' + version)
  if (version >= 8) {
    if (m.topics === null) size += sizeOfArrayLength(-1, flexible)
    else {
      size += sizeOfArrayLength(m.topics.length, flexible)
      for (const item of m.topics) size += sizeOffsetFetchRequestTopics(item, version, flexible)
    }
  }
  if (flexible) size += 1
  return size
}

function putOffsetFetchRequestGroup (w: Writer, m: OffsetFetchRequestGroup, version: number, flexible: boolean): void {
  if (version >= 8) {
    if (flexible) w.writeCompactString(m.groupId); else w.writeString(m.groupId)
  }
  if (version >= 9) {
    if (flexible) w.writeCompactNullableString(m.memberId); else w.writeNullableString(m.memberId)
  }
  if (version >= 9) {
    w.writeInt32(m.memberEpoch)
  }
  if (version >= 8) {
    if (m.topics === null) {
      w.writeArrayLength(-1, flexible)
    } else {
      w.writeArrayLength(m.topics.length, flexible)
      for (const item of m.topics) { putOffsetFetchRequestTopics(w, item, version, flexible) }
    }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultOffsetFetchRequest (): OffsetFetchRequest {
  return { groupId: "", topics: [], groups: [], requireStable: false }
}

function readOffsetFetchRequest (r: Reader, version: number, flexible: boolean): OffsetFetchRequest {
  const m: OffsetFetchRequest = { groupId: "", topics: [], groups: [], requireStable: false }
  if (version <= 7) {
    m.groupId = (flexible ? r.readCompactString() : r.readString())
  }
  if (version <= 7) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0 && !(version >= 2)) throw new DecodeError('Topics is null but not nullable in this version')
      if (n < 0) m.topics = null
      else {
        const items: OffsetFetchRequestTopic[] = []
        for (let i = 0; i < n; i++) items.push(readOffsetFetchRequestTopic(r, version, flexible))
        m.topics = items
      }
    }
  }
  if (version >= 8) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('Groups is null but not nullable in this version')
      const items: OffsetFetchRequestGroup[] = []
      for (let i = 0; i < n; i++) items.push(readOffsetFetchRequestGroup(r, version, flexible))
      m.groups = items
    }
  }
  if (version >= 7) {
    m.requireStable = r.readBoolean()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetFetchRequest (m: OffsetFetchRequest, version: number, flexible: boolean): number {
  let size = 0
  if (!(version <= 7) && !(m.groupId === "")) throw new Error('OffsetFetchRequest.groupId is not supported in version ' + version)
  if (version <= 7) {
    size += sizeOfString(m.groupId, flexible)
  }
  if (!(version <= 7) && !((m.topics !== null && m.topics.length === 0))) throw new Error('OffsetFetchRequest.topics is not supported in version ' + version)
  if (version <= 7) {
    if (m.topics === null) size += sizeOfArrayLength(-1, flexible)
    else {
      size += sizeOfArrayLength(m.topics.length, flexible)
      for (const item of m.topics) size += sizeOffsetFetchRequestTopic(item, version, flexible)
    }
  }
  if (!(version >= 8) && !((m.groups !== null && m.groups.length === 0))) throw new Error('OffsetFetchRequest.groups is not supported in version ' + version)
  if (version >= 8) {
    {
      size += sizeOfArrayLength(m.groups.length, flexible)
      for (const item of m.groups) size += sizeOffsetFetchRequestGroup(item, version, flexible)
    }
  }
  if (!(version >= 7) && !(m.requireStable === false)) throw new Error('OffsetFetchRequest.requireStable is not supported in version ' + version)
  if (version >= 7) {
    size += 1
  }
  if (flexible) size += 1
  return size
}

function putOffsetFetchRequest (w: Writer, m: OffsetFetchRequest, version: number, flexible: boolean): void {
  if (version <= 7) {
    if (flexible) w.writeCompactString(m.groupId); else w.writeString(m.groupId)
  }
  if (version <= 7) {
    if (m.topics === null) {
      if (!(version >= 2)) throw new Error('topics is not nullable in version ' + version)
      w.writeArrayLength(-1, flexible)
    } else {
      w.writeArrayLength(m.topics.length, flexible)
      for (const item of m.topics) { putOffsetFetchRequestTopic(w, item, version, flexible) }
    }
  }
  if (version >= 8) {
    w.writeArrayLength(m.groups.length, flexible)
    for (const item of m.groups) { putOffsetFetchRequestGroup(w, item, version, flexible) }
  }
  if (version >= 7) {
    w.writeBoolean(m.requireStable)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** OffsetFetchRequest: valid versions 0-9, flexible 6+. */
export const OffsetFetchRequestVersions = { min: 0, max: 9, flexibleMin: 6 } as const

export function decodeOffsetFetchRequest (r: Reader, version: number): OffsetFetchRequest {
  return readOffsetFetchRequest(r, version, version >= 6)
}

export function sizeOfOffsetFetchRequest (m: OffsetFetchRequest, version: number): number {
  return sizeOffsetFetchRequest(m, version, version >= 6)
}

export function writeOffsetFetchRequest (w: Writer, m: OffsetFetchRequest, version: number): void {
  putOffsetFetchRequest(w, m, version, version >= 6)
}

export interface OffsetFetchResponsePartition {
  /** PartitionIndex: versions 0-7 */
  partitionIndex: number
  /** CommittedOffset: versions 0-7 */
  committedOffset: bigint
  /** CommittedLeaderEpoch: versions 5-7 */
  committedLeaderEpoch: number
  /** Metadata: versions 0-7 */
  metadata: string | null
  /** ErrorCode: versions 0-7 */
  errorCode: number
}

export interface OffsetFetchResponseTopic {
  /** Name: versions 0-7 */
  name: string
  /** Partitions: versions 0-7 */
  partitions: OffsetFetchResponsePartition[]
}

export interface OffsetFetchResponsePartitions {
  /** PartitionIndex: versions 8+ */
  partitionIndex: number
  /** CommittedOffset: versions 8+ */
  committedOffset: bigint
  /** CommittedLeaderEpoch: versions 8+ */
  committedLeaderEpoch: number
  /** Metadata: versions 8+ */
  metadata: string | null
  /** ErrorCode: versions 8+ */
  errorCode: number
}

export interface OffsetFetchResponseTopics {
  /** Name: versions 8+ */
  name: string
  /** Partitions: versions 8+ */
  partitions: OffsetFetchResponsePartitions[]
}

export interface OffsetFetchResponseGroup {
  /** GroupId: versions 8+ */
  groupId: string
  /** Topics: versions 8+ */
  topics: OffsetFetchResponseTopics[]
  /** ErrorCode: versions 8+ */
  errorCode: number
}

export interface OffsetFetchResponse {
  /** ThrottleTimeMs: versions 3+ */
  throttleTimeMs: number
  /** Topics: versions 0-7 */
  topics: OffsetFetchResponseTopic[]
  /** ErrorCode: versions 2-7 */
  errorCode: number
  /** Groups: versions 8+ */
  groups: OffsetFetchResponseGroup[]
}

export function defaultOffsetFetchResponsePartition (): OffsetFetchResponsePartition {
  return { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, metadata: "", errorCode: 0 }
}

function readOffsetFetchResponsePartition (r: Reader, version: number, flexible: boolean): OffsetFetchResponsePartition {
  const m: OffsetFetchResponsePartition = { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, metadata: "", errorCode: 0 }
  if (version <= 7) {
    m.partitionIndex = r.readInt32()
  }
  if (version <= 7) {
    m.committedOffset = r.readInt64()
  }
  if (version >= 5 && version <= 7) {
    m.committedLeaderEpoch = r.readInt32()
  }
  if (version <= 7) {
    m.metadata = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (version <= 7) {
    m.errorCode = r.readInt16()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetFetchResponsePartition (m: OffsetFetchResponsePartition, version: number, flexible: boolean): number {
  let size = 0
  if (version <= 7) {
    size += 4
  }
  if (version <= 7) {
    size += 8
  }
  if (version >= 5 && version <= 7) {
    size += 4
  }
  if (version <= 7) {
    size += sizeOfNullableString(m.metadata, flexible)
  }
  if (version <= 7) {
    size += 2
  }
  if (flexible) size += 1
  return size
}

function putOffsetFetchResponsePartition (w: Writer, m: OffsetFetchResponsePartition, version: number, flexible: boolean): void {
  if (version <= 7) {
    w.writeInt32(m.partitionIndex)
  }
  if (version <= 7) {
    w.writeInt64(m.committedOffset)
  }
  if (version >= 5 && version <= 7) {
    w.writeInt32(m.committedLeaderEpoch)
  }
  if (version <= 7) {
    if (flexible) w.writeCompactNullableString(m.metadata); else w.writeNullableString(m.metadata)
  }
  if (version <= 7) {
    w.writeInt16(m.errorCode)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultOffsetFetchResponseTopic (): OffsetFetchResponseTopic {
  return { name: "", partitions: [] }
}

function readOffsetFetchResponseTopic (r: Reader, version: number, flexible: boolean): OffsetFetchResponseTopic {
  const m: OffsetFetchResponseTopic = { name: "", partitions: [] }
  if (version <= 7) {
    m.name = (flexible ? r.readCompactString() : r.readString())
  }
  if (version <= 7) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
      const items: OffsetFetchResponsePartition[] = []
      for (let i = 0; i < n; i++) items.push(readOffsetFetchResponsePartition(r, version, flexible))
      m.partitions = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetFetchResponseTopic (m: OffsetFetchResponseTopic, version: number, flexible: boolean): number {
  let size = 0
  if (version <= 7) {
    size += sizeOfString(m.name, flexible)
  }
  if (version <= 7) {
    {
      size += sizeOfArrayLength(m.partitions.length, flexible)
      for (const item of m.partitions) size += sizeOffsetFetchResponsePartition(item, version, flexible)
    }
  }
  if (flexible) size += 1
  return size
}

function putOffsetFetchResponseTopic (w: Writer, m: OffsetFetchResponseTopic, version: number, flexible: boolean): void {
  if (version <= 7) {
    if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  }
  if (version <= 7) {
    w.writeArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) { putOffsetFetchResponsePartition(w, item, version, flexible) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultOffsetFetchResponsePartitions (): OffsetFetchResponsePartitions {
  return { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, metadata: "", errorCode: 0 }
}

function readOffsetFetchResponsePartitions (r: Reader, version: number, flexible: boolean): OffsetFetchResponsePartitions {
  const m: OffsetFetchResponsePartitions = { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, metadata: "", errorCode: 0 }
  if (version >= 8) {
    m.partitionIndex = r.readInt32()
  }
  if (version >= 8) {
    m.committedOffset = r.readInt64()
  }
  if (version >= 8) {
    m.committedLeaderEpoch = r.readInt32()
  }
  if (version >= 8) {
    m.metadata = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (version >= 8) {
    m.errorCode = r.readInt16()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetFetchResponsePartitions (m: OffsetFetchResponsePartitions, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 8) {
    size += 4
  }
  if (version >= 8) {
    size += 8
  }
  if (version >= 8) {
    size += 4
  }
  if (version >= 8) {
    size += sizeOfNullableString(m.metadata, flexible)
  }
  if (version >= 8) {
    size += 2
  }
  if (flexible) size += 1
  return size
}

function putOffsetFetchResponsePartitions (w: Writer, m: OffsetFetchResponsePartitions, version: number, flexible: boolean): void {
  if (version >= 8) {
    w.writeInt32(m.partitionIndex)
  }
  if (version >= 8) {
    w.writeInt64(m.committedOffset)
  }
  if (version >= 8) {
    w.writeInt32(m.committedLeaderEpoch)
  }
  if (version >= 8) {
    if (flexible) w.writeCompactNullableString(m.metadata); else w.writeNullableString(m.metadata)
  }
  if (version >= 8) {
    w.writeInt16(m.errorCode)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultOffsetFetchResponseTopics (): OffsetFetchResponseTopics {
  return { name: "", partitions: [] }
}

function readOffsetFetchResponseTopics (r: Reader, version: number, flexible: boolean): OffsetFetchResponseTopics {
  const m: OffsetFetchResponseTopics = { name: "", partitions: [] }
  if (version >= 8) {
    m.name = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 8) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
      const items: OffsetFetchResponsePartitions[] = []
      for (let i = 0; i < n; i++) items.push(readOffsetFetchResponsePartitions(r, version, flexible))
      m.partitions = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetFetchResponseTopics (m: OffsetFetchResponseTopics, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 8) {
    size += sizeOfString(m.name, flexible)
  }
  if (version >= 8) {
    {
      size += sizeOfArrayLength(m.partitions.length, flexible)
      for (const item of m.partitions) size += sizeOffsetFetchResponsePartitions(item, version, flexible)
    }
  }
  if (flexible) size += 1
  return size
}

function putOffsetFetchResponseTopics (w: Writer, m: OffsetFetchResponseTopics, version: number, flexible: boolean): void {
  if (version >= 8) {
    if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  }
  if (version >= 8) {
    w.writeArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) { putOffsetFetchResponsePartitions(w, item, version, flexible) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultOffsetFetchResponseGroup (): OffsetFetchResponseGroup {
  return { groupId: "", topics: [], errorCode: 0 }
}

function readOffsetFetchResponseGroup (r: Reader, version: number, flexible: boolean): OffsetFetchResponseGroup {
  const m: OffsetFetchResponseGroup = { groupId: "", topics: [], errorCode: 0 }
  if (version >= 8) {
    m.groupId = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 8) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
      const items: OffsetFetchResponseTopics[] = []
      for (let i = 0; i < n; i++) items.push(readOffsetFetchResponseTopics(r, version, flexible))
      m.topics = items
    }
  }
  if (version >= 8) {
    m.errorCode = r.readInt16()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetFetchResponseGroup (m: OffsetFetchResponseGroup, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 8) {
    size += sizeOfString(m.groupId, flexible)
  }
  if (version >= 8) {
    {
      size += sizeOfArrayLength(m.topics.length, flexible)
      for (const item of m.topics) size += sizeOffsetFetchResponseTopics(item, version, flexible)
    }
  }
  if (version >= 8) {
    size += 2
  }
  if (flexible) size += 1
  return size
}

function putOffsetFetchResponseGroup (w: Writer, m: OffsetFetchResponseGroup, version: number, flexible: boolean): void {
  if (version >= 8) {
    if (flexible) w.writeCompactString(m.groupId); else w.writeString(m.groupId)
  }
  if (version >= 8) {
    w.writeArrayLength(m.topics.length, flexible)
    for (const item of m.topics) { putOffsetFetchResponseTopics(w, item, version, flexible) }
  }
  if (version >= 8) {
    w.writeInt16(m.errorCode)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultOffsetFetchResponse (): OffsetFetchResponse {
  return { throttleTimeMs: 0, topics: [], errorCode: 0, groups: [] }
}

function readOffsetFetchResponse (r: Reader, version: number, flexible: boolean): OffsetFetchResponse {
  const m: OffsetFetchResponse = { throttleTimeMs: 0, topics: [], errorCode: 0, groups: [] }
  if (version >= 3) {
    m.throttleTimeMs = r.readInt32()
  }
  if (version <= 7) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
      const items: OffsetFetchResponseTopic[] = []
      for (let i = 0; i < n; i++) items.push(readOffsetFetchResponseTopic(r, version, flexible))
      m.topics = items
    }
  }
  if (version >= 2 && version <= 7) {
    m.errorCode = r.readInt16()
  }
  if (version >= 8) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('Groups is null but not nullable in this version')
      const items: OffsetFetchResponseGroup[] = []
      for (let i = 0; i < n; i++) items.push(readOffsetFetchResponseGroup(r, version, flexible))
      m.groups = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetFetchResponse (m: OffsetFetchResponse, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 3) {
    size += 4
  }
  if (version <= 7) {
    {
      size += sizeOfArrayLength(m.topics.length, flexible)
      for (const item of m.topics) size += sizeOffsetFetchResponseTopic(item, version, flexible)
    }
  }
  if (version >= 2 && version <= 7) {
    size += 2
  }
  if (version >= 8) {
    {
      size += sizeOfArrayLength(m.groups.length, flexible)
      for (const item of m.groups) size += sizeOffsetFetchResponseGroup(item, version, flexible)
    }
  }
  if (flexible) size += 1
  return size
}

function putOffsetFetchResponse (w: Writer, m: OffsetFetchResponse, version: number, flexible: boolean): void {
  if (version >= 3) {
    w.writeInt32(m.throttleTimeMs)
  }
  if (version <= 7) {
    w.writeArrayLength(m.topics.length, flexible)
    for (const item of m.topics) { putOffsetFetchResponseTopic(w, item, version, flexible) }
  }
  if (version >= 2 && version <= 7) {
    w.writeInt16(m.errorCode)
  }
  if (version >= 8) {
    w.writeArrayLength(m.groups.length, flexible)
    for (const item of m.groups) { putOffsetFetchResponseGroup(w, item, version, flexible) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** OffsetFetchResponse: valid versions 0-9, flexible 6+. */
export const OffsetFetchResponseVersions = { min: 0, max: 9, flexibleMin: 6 } as const

export function decodeOffsetFetchResponse (r: Reader, version: number): OffsetFetchResponse {
  return readOffsetFetchResponse(r, version, version >= 6)
}

export function sizeOfOffsetFetchResponse (m: OffsetFetchResponse, version: number): number {
  return sizeOffsetFetchResponse(m, version, version >= 6)
}

export function writeOffsetFetchResponse (w: Writer, m: OffsetFetchResponse, version: number): void {
  putOffsetFetchResponse(w, m, version, version >= 6)
}
