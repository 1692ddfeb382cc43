// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: GroupMetadataRecord.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfBytes, sizeOfArrayLength } from '../../primitives/writer.ts'

const EMPTY_BYTES: Buffer = Buffer.alloc(0)

export interface GroupMetadataRecordGroupMemberMetadata {
  /** MemberId: versions 0+ */
  memberId: string
  /** GroupInstanceId: versions 0+ */
  groupInstanceId: string | null
  /** ClientId: versions 0+ */
  clientId: string
  /** ClientHost: versions 0+ */
  clientHost: string
  /** RebalanceTimeoutMs: versions 0+ */
  rebalanceTimeoutMs: number
  /** SessionTimeoutMs: versions 0+ */
  sessionTimeoutMs: number
  /** Subscription: versions 0+ */
  subscription: Buffer
  /** Assignment: versions 0+ */
  assignment: Buffer
}

export interface GroupMetadataRecord {
  /** GroupId: versions 0+ */
  groupId: string
  /** Removed: versions 0+ */
  removed: boolean
  /** ProtocolType: versions 0+ */
  protocolType: string | null
  /** Generation: versions 0+ */
  generation: number
  /** ProtocolName: versions 0+ */
  protocolName: string | null
  /** Leader: versions 0+ */
  leader: string | null
  /** StateTimestampMs: versions 0+ */
  stateTimestampMs: bigint
  /** Members: versions 0+ */
  members: GroupMetadataRecordGroupMemberMetadata[]
}

export function defaultGroupMetadataRecordGroupMemberMetadata (): GroupMetadataRecordGroupMemberMetadata {
  return { memberId: "", groupInstanceId: "", clientId: "", clientHost: "", rebalanceTimeoutMs: 0, sessionTimeoutMs: 0, subscription: EMPTY_BYTES, assignment: EMPTY_BYTES }
}

function readGroupMetadataRecordGroupMemberMetadata (r: Reader, _version: number, flexible: boolean): GroupMetadataRecordGroupMemberMetadata {
  const m: GroupMetadataRecordGroupMemberMetadata = { memberId: "", groupInstanceId: "", clientId: "", clientHost: "", rebalanceTimeoutMs: 0, sessionTimeoutMs: 0, subscription: EMPTY_BYTES, assignment: EMPTY_BYTES }
  m.memberId = (flexible ? r.readCompactString() : r.readString())
  m.groupInstanceId = (flexible ? r.readCompactNullableString() : r.readNullableString())
  m.clientId = (flexible ? r.readCompactString() : r.readString())
  m.clientHost = (flexible ? r.readCompactString() : r.readString())
  m.rebalanceTimeoutMs = r.readInt32()
  m.sessionTimeoutMs = r.readInt32()
  m.subscription = (flexible ? r.readCompactBytes() : r.readBytes())
  m.assignment = (flexible ? r.readCompactBytes() : r.readBytes())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeGroupMetadataRecordGroupMemberMetadata (m: GroupMetadataRecordGroupMemberMetadata, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.memberId, flexible)
  size += sizeOfNullableString(m.groupInstanceId, flexible)
  size += sizeOfString(m.clientId, flexible)
  size += sizeOfString(m.clientHost, flexible)
  size += 4
  size += 4
  size += sizeOfBytes(m.subscription, flexible)
  size += sizeOfBytes(m.assignment, flexible)
  if (flexible) size += 1
  return size
}

function putGroupMetadataRecordGroupMemberMetadata (w: Writer, m: GroupMetadataRecordGroupMemberMetadata, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.memberId); else w.writeString(m.memberId)
  if (flexible) w.writeCompactNullableString(m.groupInstanceId); else w.writeNullableString(m.groupInstanceId)
  if (flexible) w.writeCompactString(m.clientId); else w.writeString(m.clientId)
  if (flexible) w.writeCompactString(m.clientHost); else w.writeString(m.clientHost)
  w.writeInt32(m.rebalanceTimeoutMs)
  w.writeInt32(m.sessionTimeoutMs)
  if (flexible) w.writeCompactBytes(m.subscription); else w.writeBytes(m.subscription)
  if (flexible) w.writeCompactBytes(m.assignment); else w.writeBytes(m.assignment)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultGroupMetadataRecord (): GroupMetadataRecord {
  return { groupId: "", removed: false, protocolType: "", generation: 0, protocolName: "", leader: "", stateTimestampMs: -1n, members: [] }
}

function readGroupMetadataRecord (r: Reader, version: number, flexible: boolean): GroupMetadataRecord {
  const m: GroupMetadataRecord = { groupId: "", removed: false, protocolType: "", generation: 0, protocolName: "", leader: "", stateTimestampMs: -1n, members: [] }
  m.groupId = (flexible ? r.readCompactString() : r.readString())
  m.removed = r.readBoolean()
  m.protocolType = (flexible ? r.readCompactNullableString() : r.readNullableString())
  m.generation = r.readInt32()
  m.protocolName = (flexible ? r.readCompactNullableString() : r.readNullableString())
  m.leader = (flexible ? r.readCompactNullableString() : r.readNullableString())
  m.stateTimestampMs = r.readInt64()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Members is null but not nullable in this version')
    const items: GroupMetadataRecordGroupMemberMetadata[] = []
    for (let i = 0; i < n; i++) items.push(readGroupMetadataRecordGroupMemberMetadata(r, version, flexible))
    m.members = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeGroupMetadataRecord (m: GroupMetadataRecord, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.groupId, flexible)
  size += 1
  size += sizeOfNullableString(m.protocolType, flexible)
  size += 4
  size += sizeOfNullableString(m.protocolName, flexible)
  size += sizeOfNullableString(m.leader, flexible)
  size += 8
  {
    size += sizeOfArrayLength(m.members.length, flexible)
    for (const item of m.members) size += sizeGroupMetadataRecordGroupMemberMetadata(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putGroupMetadataRecord (w: Writer, m: GroupMetadataRecord, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.groupId); else w.writeString(m.groupId)
  w.writeBoolean(m.removed)
  if (flexible) w.writeCompactNullableString(m.protocolType); else w.writeNullableString(m.protocolType)
  w.writeInt32(m.generation)
  if (flexible) w.writeCompactNullableString(m.protocolName); else w.writeNullableString(m.protocolName)
  if (flexible) w.writeCompactNullableString(m.leader); else w.writeNullableString(m.leader)
  w.writeInt64(m.stateTimestampMs)
  w.writeArrayLength(m.members.length, flexible)
  for (const item of m.members) { putGroupMetadataRecordGroupMemberMetadata(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** GroupMetadataRecord: valid versions 0-0, flexible 0+. */
export const GroupMetadataRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeGroupMetadataRecord (r: Reader, version: number): GroupMetadataRecord {
  return readGroupMetadataRecord(r, version, true)
}

export function sizeOfGroupMetadataRecord (m: GroupMetadataRecord, version: number): number {
  return sizeGroupMetadataRecord(m, version, true)
}

export function writeGroupMetadataRecord (w: Writer, m: GroupMetadataRecord, version: number): void {
  putGroupMetadataRecord(w, m, version, true)
}
