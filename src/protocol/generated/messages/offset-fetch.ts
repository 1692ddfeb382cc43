// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: OffsetFetchRequest.json, OffsetFetchResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface OffsetFetchRequestOffsetFetchRequestTopic {
  /** Name: versions 0-7 */
  name: string
  /** PartitionIndexes: versions 0-7 */
  partitionIndexes: number[]
}

export interface OffsetFetchRequestOffsetFetchRequestTopics {
  /** Name: versions 8+ */
  name: string
  /** PartitionIndexes: versions 8+ */
  partitionIndexes: number[]
}

export interface OffsetFetchRequestOffsetFetchRequestGroup {
  /** GroupId: versions 8+ */
  groupId: string
  /** MemberId: versions 9+ */
  memberId: string | null
  /** MemberEpoch: versions 9+ */
  memberEpoch: number
  /** Topics: versions 8+ */
  topics: OffsetFetchRequestOffsetFetchRequestTopics[] | null
}

export interface OffsetFetchRequest {
  /** GroupId: versions 0-7 */
  groupId: string
  /** Topics: versions 0-7 */
  topics: OffsetFetchRequestOffsetFetchRequestTopic[] | null
  /** Groups: versions 8+ */
  groups: OffsetFetchRequestOffsetFetchRequestGroup[]
  /** RequireStable: versions 7+ */
  requireStable: boolean
}

export function defaultOffsetFetchRequestOffsetFetchRequestTopic (): OffsetFetchRequestOffsetFetchRequestTopic {
  return { name: "", partitionIndexes: [] }
}

function readOffsetFetchRequestOffsetFetchRequestTopic (r: Reader, version: number, flexible: boolean): OffsetFetchRequestOffsetFetchRequestTopic {
  const m: OffsetFetchRequestOffsetFetchRequestTopic = { name: "", partitionIndexes: [] }
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

function sizeOffsetFetchRequestOffsetFetchRequestTopic (m: OffsetFetchRequestOffsetFetchRequestTopic, version: number, flexible: boolean): number {
  let size = 0
  if (!(version <= 7) && !(m.name === "")) throw new Error('OffsetFetchRequestOffsetFetchRequestTopic.name is not supported in version ' + version)
  if (version <= 7) {
    size += sizeOfString(m.name, flexible)
  }
  if (!(version <= 7) && !((m.partitionIndexes !== null && m.partitionIndexes.length === 0))) throw new Error('OffsetFetchRequestOffsetFetchRequestTopic.partitionIndexes is not supported in version ' + version)
  if (version <= 7) {
    {
      size += sizeOfArrayLength(m.partitionIndexes.length, flexible)
      size += m.partitionIndexes.length * 4
    }
  }
  if (flexible) size += 1
  return size
}

function putOffsetFetchRequestOffsetFetchRequestTopic (w: Writer, m: OffsetFetchRequestOffsetFetchRequestTopic, version: number, flexible: boolean): void {
  if (version <= 7) {
    if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  }
  if (version <= 7) {
    w.writeArrayLength(m.partitionIndexes.length, flexible)
    for (const item of m.partitionIndexes) { w.writeInt32(item) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultOffsetFetchRequestOffsetFetchRequestTopics (): OffsetFetchRequestOffsetFetchRequestTopics {
  return { name: "", partitionIndexes: [] }
}

function readOffsetFetchRequestOffsetFetchRequestTopics (r: Reader, version: number, flexible: boolean): OffsetFetchRequestOffsetFetchRequestTopics {
  const m: OffsetFetchRequestOffsetFetchRequestTopics = { name: "", partitionIndexes: [] }
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

function sizeOffsetFetchRequestOffsetFetchRequestTopics (m: OffsetFetchRequestOffsetFetchRequestTopics, version: number, flexible: boolean): number {
  let size = 0
  if (!(version >= 8) && !(m.name === "")) throw new Error('OffsetFetchRequestOffsetFetchRequestTopics.name is not supported in version ' + version)
  if (version >= 8) {
    size += sizeOfString(m.name, flexible)
  }
  if (!(version >= 8) && !((m.partitionIndexes !== null && m.partitionIndexes.length === 0))) throw new Error('OffsetFetchRequestOffsetFetchRequestTopics.partitionIndexes is not supported in version ' + version)
  if (version >= 8) {
    {
      size += sizeOfArrayLength(m.partitionIndexes.length, flexible)
      size += m.partitionIndexes.length * 4
    }
  }
  if (flexible) size += 1
  return size
}

function putOffsetFetchRequestOffsetFetchRequestTopics (w: Writer, m: OffsetFetchRequestOffsetFetchRequestTopics, version: number, flexible: boolean): void {
  if (version >= 8) {
    if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  }
  if (version >= 8) {
    w.writeArrayLength(m.partitionIndexes.length, flexible)
    for (const item of m.partitionIndexes) { w.writeInt32(item) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultOffsetFetchRequestOffsetFetchRequestGroup (): OffsetFetchRequestOffsetFetchRequestGroup {
  return { groupId: "", memberId: null, memberEpoch: -1, topics: [] }
}

function readOffsetFetchRequestOffsetFetchRequestGroup (r: Reader, version: number, flexible: boolean): OffsetFetchRequestOffsetFetchRequestGroup {
  const m: OffsetFetchRequestOffsetFetchRequestGroup = { groupId: "", memberId: null, memberEpoch: -1, topics: [] }
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
        const items: OffsetFetchRequestOffsetFetchRequestTopics[] = []
        for (let i = 0; i < n; i++) items.push(readOffsetFetchRequestOffsetFetchRequestTopics(r, version, flexible))
        m.topics = items
      }
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetFetchRequestOffsetFetchRequestGroup (m: OffsetFetchRequestOffsetFetchRequestGroup, version: number, flexible: boolean): number {
  let size = 0
  if (!(version >= 8) && !(m.groupId === "")) throw new Error('OffsetFetchRequestOffsetFetchRequestGroup.groupId is not supported in version ' + version)
  if (version >= 8) {
    size += sizeOfString(m.groupId, flexible)
  }
  if (version >= 9) {
    size += sizeOfNullableString(m.memberId, flexible)
  }
  if (version >= 9) {
    size += 4
  }
  if (!(version >= 8) && !((m.topics !== null && m.topics.length === 0))) throw new Error('OffsetFetchRequestOffsetFetchRequestGroup.topics is not supported in version ' + version)
  if (version >= 8) {
    if (m.topics === null) size += sizeOfArrayLength(-1, flexible)
    else {
      size += sizeOfArrayLength(m.topics.length, flexible)
      for (const item of m.topics) size += sizeOffsetFetchRequestOffsetFetchRequestTopics(item, version, flexible)
    }
  }
  if (flexible) size += 1
  return size
}

function putOffsetFetchRequestOffsetFetchRequestGroup (w: Writer, m: OffsetFetchRequestOffsetFetchRequestGroup, version: number, flexible: boolean): void {
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
      for (const item of m.topics) { putOffsetFetchRequestOffsetFetchRequestTopics(w, item, version, flexible) }
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
        const items: OffsetFetchRequestOffsetFetchRequestTopic[] = []
        for (let i = 0; i < n; i++) items.push(readOffsetFetchRequestOffsetFetchRequestTopic(r, version, flexible))
        m.topics = items
      }
    }
  }
  if (version >= 8) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('Groups is null but not nullable in this version')
      const items: OffsetFetchRequestOffsetFetchRequestGroup[] = []
      for (let i = 0; i < n; i++) items.push(readOffsetFetchRequestOffsetFetchRequestGroup(r, version, flexible))
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
      for (const item of m.topics) size += sizeOffsetFetchRequestOffsetFetchRequestTopic(item, version, flexible)
    }
  }
  if (!(version >= 8) && !((m.groups !== null && m.groups.length === 0))) throw new Error('OffsetFetchRequest.groups is not supported in version ' + version)
  if (version >= 8) {
    {
      size += sizeOfArrayLength(m.groups.length, flexible)
      for (const item of m.groups) size += sizeOffsetFetchRequestOffsetFetchRequestGroup(item, version, flexible)
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
      for (const item of m.topics) { putOffsetFetchRequestOffsetFetchRequestTopic(w, item, version, flexible) }
    }
  }
  if (version >= 8) {
    w.writeArrayLength(m.groups.length, flexible)
    for (const item of m.groups) { putOffsetFetchRequestOffsetFetchRequestGroup(w, item, version, flexible) }
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

export interface OffsetFetchResponseOffsetFetchResponsePartition {
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

export interface OffsetFetchResponseOffsetFetchResponseTopic {
  /** Name: versions 0-7 */
  name: string
  /** Partitions: versions 0-7 */
  partitions: OffsetFetchResponseOffsetFetchResponsePartition[]
}

export interface OffsetFetchResponseOffsetFetchResponsePartitions {
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

export interface OffsetFetchResponseOffsetFetchResponseTopics {
  /** Name: versions 8+ */
  name: string
  /** Partitions: versions 8+ */
  partitions: OffsetFetchResponseOffsetFetchResponsePartitions[]
}

export interface OffsetFetchResponseOffsetFetchResponseGroup {
  /** GroupId: versions 8+ */
  groupId: string
  /** Topics: versions 8+ */
  topics: OffsetFetchResponseOffsetFetchResponseTopics[]
  /** ErrorCode: versions 8+ */
  errorCode: number
}

export interface OffsetFetchResponse {
  /** ThrottleTimeMs: versions 3+ */
  throttleTimeMs: number
  /** Topics: versions 0-7 */
  topics: OffsetFetchResponseOffsetFetchResponseTopic[]
  /** ErrorCode: versions 2-7 */
  errorCode: number
  /** Groups: versions 8+ */
  groups: OffsetFetchResponseOffsetFetchResponseGroup[]
}

export function defaultOffsetFetchResponseOffsetFetchResponsePartition (): OffsetFetchResponseOffsetFetchResponsePartition {
  return { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, metadata: "", errorCode: 0 }
}

function readOffsetFetchResponseOffsetFetchResponsePartition (r: Reader, version: number, flexible: boolean): OffsetFetchResponseOffsetFetchResponsePartition {
  const m: OffsetFetchResponseOffsetFetchResponsePartition = { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, metadata: "", errorCode: 0 }
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

function sizeOffsetFetchResponseOffsetFetchResponsePartition (m: OffsetFetchResponseOffsetFetchResponsePartition, version: number, flexible: boolean): number {
  let size = 0
  if (!(version <= 7) && !(m.partitionIndex === 0)) throw new Error('OffsetFetchResponseOffsetFetchResponsePartition.partitionIndex is not supported in version ' + version)
  if (version <= 7) {
    size += 4
  }
  if (!(version <= 7) && !(m.committedOffset === 0n)) throw new Error('OffsetFetchResponseOffsetFetchResponsePartition.committedOffset is not supported in version ' + version)
  if (version <= 7) {
    size += 8
  }
  if (version >= 5 && version <= 7) {
    size += 4
  }
  if (!(version <= 7) && !(m.metadata === "")) throw new Error('OffsetFetchResponseOffsetFetchResponsePartition.metadata is not supported in version ' + version)
  if (version <= 7) {
    size += sizeOfNullableString(m.metadata, flexible)
  }
  if (!(version <= 7) && !(m.errorCode === 0)) throw new Error('OffsetFetchResponseOffsetFetchResponsePartition.errorCode is not supported in version ' + version)
  if (version <= 7) {
    size += 2
  }
  if (flexible) size += 1
  return size
}

function putOffsetFetchResponseOffsetFetchResponsePartition (w: Writer, m: OffsetFetchResponseOffsetFetchResponsePartition, version: number, flexible: boolean): void {
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

export function defaultOffsetFetchResponseOffsetFetchResponseTopic (): OffsetFetchResponseOffsetFetchResponseTopic {
  return { name: "", partitions: [] }
}

function readOffsetFetchResponseOffsetFetchResponseTopic (r: Reader, version: number, flexible: boolean): OffsetFetchResponseOffsetFetchResponseTopic {
  const m: OffsetFetchResponseOffsetFetchResponseTopic = { name: "", partitions: [] }
  if (version <= 7) {
    m.name = (flexible ? r.readCompactString() : r.readString())
  }
  if (version <= 7) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
      const items: OffsetFetchResponseOffsetFetchResponsePartition[] = []
      for (let i = 0; i < n; i++) items.push(readOffsetFetchResponseOffsetFetchResponsePartition(r, version, flexible))
      m.partitions = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetFetchResponseOffsetFetchResponseTopic (m: OffsetFetchResponseOffsetFetchResponseTopic, version: number, flexible: boolean): number {
  let size = 0
  if (!(version <= 7) && !(m.name === "")) throw new Error('OffsetFetchResponseOffsetFetchResponseTopic.name is not supported in version ' + version)
  if (version <= 7) {
    size += sizeOfString(m.name, flexible)
  }
  if (!(version <= 7) && !((m.partitions !== null && m.partitions.length === 0))) throw new Error('OffsetFetchResponseOffsetFetchResponseTopic.partitions is not supported in version ' + version)
  if (version <= 7) {
    {
      size += sizeOfArrayLength(m.partitions.length, flexible)
      for (const item of m.partitions) size += sizeOffsetFetchResponseOffsetFetchResponsePartition(item, version, flexible)
    }
  }
  if (flexible) size += 1
  return size
}

function putOffsetFetchResponseOffsetFetchResponseTopic (w: Writer, m: OffsetFetchResponseOffsetFetchResponseTopic, version: number, flexible: boolean): void {
  if (version <= 7) {
    if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  }
  if (version <= 7) {
    w.writeArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) { putOffsetFetchResponseOffsetFetchResponsePartition(w, item, version, flexible) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultOffsetFetchResponseOffsetFetchResponsePartitions (): OffsetFetchResponseOffsetFetchResponsePartitions {
  return { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, metadata: "", errorCode: 0 }
}

function readOffsetFetchResponseOffsetFetchResponsePartitions (r: Reader, version: number, flexible: boolean): OffsetFetchResponseOffsetFetchResponsePartitions {
  const m: OffsetFetchResponseOffsetFetchResponsePartitions = { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, metadata: "", errorCode: 0 }
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

function sizeOffsetFetchResponseOffsetFetchResponsePartitions (m: OffsetFetchResponseOffsetFetchResponsePartitions, version: number, flexible: boolean): number {
  let size = 0
  if (!(version >= 8) && !(m.partitionIndex === 0)) throw new Error('OffsetFetchResponseOffsetFetchResponsePartitions.partitionIndex is not supported in version ' + version)
  if (version >= 8) {
    size += 4
  }
  if (!(version >= 8) && !(m.committedOffset === 0n)) throw new Error('OffsetFetchResponseOffsetFetchResponsePartitions.committedOffset is not supported in version ' + version)
  if (version >= 8) {
    size += 8
  }
  if (version >= 8) {
    size += 4
  }
  if (!(version >= 8) && !(m.metadata === "")) throw new Error('OffsetFetchResponseOffsetFetchResponsePartitions.metadata is not supported in version ' + version)
  if (version >= 8) {
    size += sizeOfNullableString(m.metadata, flexible)
  }
  if (!(version >= 8) && !(m.errorCode === 0)) throw new Error('OffsetFetchResponseOffsetFetchResponsePartitions.errorCode is not supported in version ' + version)
  if (version >= 8) {
    size += 2
  }
  if (flexible) size += 1
  return size
}

function putOffsetFetchResponseOffsetFetchResponsePartitions (w: Writer, m: OffsetFetchResponseOffsetFetchResponsePartitions, version: number, flexible: boolean): void {
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

export function defaultOffsetFetchResponseOffsetFetchResponseTopics (): OffsetFetchResponseOffsetFetchResponseTopics {
  return { name: "", partitions: [] }
}

function readOffsetFetchResponseOffsetFetchResponseTopics (r: Reader, version: number, flexible: boolean): OffsetFetchResponseOffsetFetchResponseTopics {
  const m: OffsetFetchResponseOffsetFetchResponseTopics = { name: "", partitions: [] }
  if (version >= 8) {
    m.name = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 8) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
      const items: OffsetFetchResponseOffsetFetchResponsePartitions[] = []
      for (let i = 0; i < n; i++) items.push(readOffsetFetchResponseOffsetFetchResponsePartitions(r, version, flexible))
      m.partitions = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetFetchResponseOffsetFetchResponseTopics (m: OffsetFetchResponseOffsetFetchResponseTopics, version: number, flexible: boolean): number {
  let size = 0
  if (!(version >= 8) && !(m.name === "")) throw new Error('OffsetFetchResponseOffsetFetchResponseTopics.name is not supported in version ' + version)
  if (version >= 8) {
    size += sizeOfString(m.name, flexible)
  }
  if (!(version >= 8) && !((m.partitions !== null && m.partitions.length === 0))) throw new Error('OffsetFetchResponseOffsetFetchResponseTopics.partitions is not supported in version ' + version)
  if (version >= 8) {
    {
      size += sizeOfArrayLength(m.partitions.length, flexible)
      for (const item of m.partitions) size += sizeOffsetFetchResponseOffsetFetchResponsePartitions(item, version, flexible)
    }
  }
  if (flexible) size += 1
  return size
}

function putOffsetFetchResponseOffsetFetchResponseTopics (w: Writer, m: OffsetFetchResponseOffsetFetchResponseTopics, version: number, flexible: boolean): void {
  if (version >= 8) {
    if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  }
  if (version >= 8) {
    w.writeArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) { putOffsetFetchResponseOffsetFetchResponsePartitions(w, item, version, flexible) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultOffsetFetchResponseOffsetFetchResponseGroup (): OffsetFetchResponseOffsetFetchResponseGroup {
  return { groupId: "", topics: [], errorCode: 0 }
}

function readOffsetFetchResponseOffsetFetchResponseGroup (r: Reader, version: number, flexible: boolean): OffsetFetchResponseOffsetFetchResponseGroup {
  const m: OffsetFetchResponseOffsetFetchResponseGroup = { groupId: "", topics: [], errorCode: 0 }
  if (version >= 8) {
    m.groupId = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 8) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
      const items: OffsetFetchResponseOffsetFetchResponseTopics[] = []
      for (let i = 0; i < n; i++) items.push(readOffsetFetchResponseOffsetFetchResponseTopics(r, version, flexible))
      m.topics = items
    }
  }
  if (version >= 8) {
    m.errorCode = r.readInt16()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetFetchResponseOffsetFetchResponseGroup (m: OffsetFetchResponseOffsetFetchResponseGroup, version: number, flexible: boolean): number {
  let size = 0
  if (!(version >= 8) && !(m.groupId === "")) throw new Error('OffsetFetchResponseOffsetFetchResponseGroup.groupId is not supported in version ' + version)
  if (version >= 8) {
    size += sizeOfString(m.groupId, flexible)
  }
  if (!(version >= 8) && !((m.topics !== null && m.topics.length === 0))) throw new Error('OffsetFetchResponseOffsetFetchResponseGroup.topics is not supported in version ' + version)
  if (version >= 8) {
    {
      size += sizeOfArrayLength(m.topics.length, flexible)
      for (const item of m.topics) size += sizeOffsetFetchResponseOffsetFetchResponseTopics(item, version, flexible)
    }
  }
  if (!(version >= 8) && !(m.errorCode === 0)) throw new Error('OffsetFetchResponseOffsetFetchResponseGroup.errorCode is not supported in version ' + version)
  if (version >= 8) {
    size += 2
  }
  if (flexible) size += 1
  return size
}

function putOffsetFetchResponseOffsetFetchResponseGroup (w: Writer, m: OffsetFetchResponseOffsetFetchResponseGroup, version: number, flexible: boolean): void {
  if (version >= 8) {
    if (flexible) w.writeCompactString(m.groupId); else w.writeString(m.groupId)
  }
  if (version >= 8) {
    w.writeArrayLength(m.topics.length, flexible)
    for (const item of m.topics) { putOffsetFetchResponseOffsetFetchResponseTopics(w, item, version, flexible) }
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
      const items: OffsetFetchResponseOffsetFetchResponseTopic[] = []
      for (let i = 0; i < n; i++) items.push(readOffsetFetchResponseOffsetFetchResponseTopic(r, version, flexible))
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
      const items: OffsetFetchResponseOffsetFetchResponseGroup[] = []
      for (let i = 0; i < n; i++) items.push(readOffsetFetchResponseOffsetFetchResponseGroup(r, version, flexible))
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
  if (!(version <= 7) && !((m.topics !== null && m.topics.length === 0))) throw new Error('OffsetFetchResponse.topics is not supported in version ' + version)
  if (version <= 7) {
    {
      size += sizeOfArrayLength(m.topics.length, flexible)
      for (const item of m.topics) size += sizeOffsetFetchResponseOffsetFetchResponseTopic(item, version, flexible)
    }
  }
  if (version >= 2 && version <= 7) {
    size += 2
  }
  if (!(version >= 8) && !((m.groups !== null && m.groups.length === 0))) throw new Error('OffsetFetchResponse.groups is not supported in version ' + version)
  if (version >= 8) {
    {
      size += sizeOfArrayLength(m.groups.length, flexible)
      for (const item of m.groups) size += sizeOffsetFetchResponseOffsetFetchResponseGroup(item, version, flexible)
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
    for (const item of m.topics) { putOffsetFetchResponseOffsetFetchResponseTopic(w, item, version, flexible) }
  }
  if (version >= 2 && version <= 7) {
    w.writeInt16(m.errorCode)
  }
  if (version >= 8) {
    w.writeArrayLength(m.groups.length, flexible)
    for (const item of m.groups) { putOffsetFetchResponseOffsetFetchResponseGroup(w, item, version, flexible) }
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
