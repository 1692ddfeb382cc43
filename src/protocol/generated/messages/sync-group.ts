// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: SyncGroupRequest.json, SyncGroupResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfBytes, sizeOfArrayLength } from '../../primitives/writer.ts'

const EMPTY_BYTES: Buffer = Buffer.alloc(0)

export interface SyncGroupRequestAssignment {
  /** MemberId: versions 0+ */
  memberId: string
  /** Assignment: versions 0+ */
  assignment: Buffer
}

export interface SyncGroupRequest {
  /** GroupId: versions 0+ */
  groupId: string
  /** GenerationId: versions 0+ */
  generationId: number
  /** MemberId: versions 0+ */
  memberId: string
  /** GroupInstanceId: versions 3+ */
  groupInstanceId: string | null
  /** ProtocolType: versions 5+ */
  protocolType: string | null
  /** ProtocolName: versions 5+ */
  protocolName: string | null
  /** Assignments: versions 0+ */
  assignments: SyncGroupRequestAssignment[]
}

export function defaultSyncGroupRequestAssignment (): SyncGroupRequestAssignment {
  return { memberId: "", assignment: EMPTY_BYTES }
}

function readSyncGroupRequestAssignment (r: Reader, _version: number, flexible: boolean): SyncGroupRequestAssignment {
  const m: SyncGroupRequestAssignment = { memberId: "", assignment: EMPTY_BYTES }
  m.memberId = (flexible ? r.readCompactString() : r.readString())
  m.assignment = (flexible ? r.readCompactBytes() : r.readBytes())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeSyncGroupRequestAssignment (m: SyncGroupRequestAssignment, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.memberId, flexible)
  size += sizeOfBytes(m.assignment, flexible)
  if (flexible) size += 1
  return size
}

function putSyncGroupRequestAssignment (w: Writer, m: SyncGroupRequestAssignment, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.memberId); else w.writeString(m.memberId)
  if (flexible) w.writeCompactBytes(m.assignment); else w.writeBytes(m.assignment)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultSyncGroupRequest (): SyncGroupRequest {
  return { groupId: "", generationId: 0, memberId: "", groupInstanceId: null, protocolType: null, protocolName: null, assignments: [] }
}

function readSyncGroupRequest (r: Reader, version: number, flexible: boolean): SyncGroupRequest {
  const m: SyncGroupRequest = { groupId: "", generationId: 0, memberId: "", groupInstanceId: null, protocolType: null, protocolName: null, assignments: [] }
  m.groupId = (flexible ? r.readCompactString() : r.readString())
  m.generationId = r.readInt32()
  m.memberId = (flexible ? r.readCompactString() : r.readString())
  if (version >= 3) {
    m.groupInstanceId = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (version >= 5) {
    m.protocolType = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (version >= 5) {
    m.protocolName = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Assignments is null but not nullable in this version')
    const items: SyncGroupRequestAssignment[] = []
    for (let i = 0; i < n; i++) items.push(readSyncGroupRequestAssignment(r, version, flexible))
    m.assignments = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeSyncGroupRequest (m: SyncGroupRequest, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.groupId, flexible)
  size += 4
  size += sizeOfString(m.memberId, flexible)
  if (!(version >= 3) && !(m.groupInstanceId === null)) throw new Error('SyncGroupRequest.groupInstanceId is not supported in version ' + version)
  if (version >= 3) {
    size += sizeOfNullableString(m.groupInstanceId, flexible)
  }
  if (version >= 5) {
    size += sizeOfNullableString(m.protocolType, flexible)
  }
  if (version >= 5) {
    size += sizeOfNullableString(m.protocolName, flexible)
  }
  {
    size += sizeOfArrayLength(m.assignments.length, flexible)
    for (const item of m.assignments) size += sizeSyncGroupRequestAssignment(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putSyncGroupRequest (w: Writer, m: SyncGroupRequest, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.groupId); else w.writeString(m.groupId)
  w.writeInt32(m.generationId)
  if (flexible) w.writeCompactString(m.memberId); else w.writeString(m.memberId)
  if (version >= 3) {
    if (flexible) w.writeCompactNullableString(m.groupInstanceId); else w.writeNullableString(m.groupInstanceId)
  }
  if (version >= 5) {
    if (flexible) w.writeCompactNullableString(m.protocolType); else w.writeNullableString(m.protocolType)
  }
  if (version >= 5) {
    if (flexible) w.writeCompactNullableString(m.protocolName); else w.writeNullableString(m.protocolName)
  }
  w.writeArrayLength(m.assignments.length, flexible)
  for (const item of m.assignments) { putSyncGroupRequestAssignment(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** SyncGroupRequest: valid versions 0-5, flexible 4+. */
export const SyncGroupRequestVersions = { min: 0, max: 5, flexibleMin: 4 } as const

export function decodeSyncGroupRequest (r: Reader, version: number): SyncGroupRequest {
  return readSyncGroupRequest(r, version, version >= 4)
}

export function sizeOfSyncGroupRequest (m: SyncGroupRequest, version: number): number {
  return sizeSyncGroupRequest(m, version, version >= 4)
}

export function writeSyncGroupRequest (w: Writer, m: SyncGroupRequest, version: number): void {
  putSyncGroupRequest(w, m, version, version >= 4)
}

export interface SyncGroupResponse {
  /** ThrottleTimeMs: versions 1+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ProtocolType: versions 5+ */
  protocolType: string | null
  /** ProtocolName: versions 5+ */
  protocolName: string | null
  /** Assignment: versions 0+ */
  assignment: Buffer
}

export function defaultSyncGroupResponse (): SyncGroupResponse {
  return { throttleTimeMs: 0, errorCode: 0, protocolType: null, protocolName: null, assignment: EMPTY_BYTES }
}

function readSyncGroupResponse (r: Reader, version: number, flexible: boolean): SyncGroupResponse {
  const m: SyncGroupResponse = { throttleTimeMs: 0, errorCode: 0, protocolType: null, protocolName: null, assignment: EMPTY_BYTES }
  if (version >= 1) {
    m.throttleTimeMs = r.readInt32()
  }
  m.errorCode = r.readInt16()
  if (version >= 5) {
    m.protocolType = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (version >= 5) {
    m.protocolName = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  m.assignment = (flexible ? r.readCompactBytes() : r.readBytes())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeSyncGroupResponse (m: SyncGroupResponse, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 1) {
    size += 4
  }
  size += 2
  if (version >= 5) {
    size += sizeOfNullableString(m.protocolType, flexible)
  }
  if (version >= 5) {
    size += sizeOfNullableString(m.protocolName, flexible)
  }
  size += sizeOfBytes(m.assignment, flexible)
  if (flexible) size += 1
  return size
}

function putSyncGroupResponse (w: Writer, m: SyncGroupResponse, version: number, flexible: boolean): void {
  if (version >= 1) {
    w.writeInt32(m.throttleTimeMs)
  }
  w.writeInt16(m.errorCode)
  if (version >= 5) {
    if (flexible) w.writeCompactNullableString(m.protocolType); else w.writeNullableString(m.protocolType)
  }
  if (version >= 5) {
    if (flexible) w.writeCompactNullableString(m.protocolName); else w.writeNullableString(m.protocolName)
  }
  if (flexible) w.writeCompactBytes(m.assignment); else w.writeBytes(m.assignment)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** SyncGroupResponse: valid versions 0-5, flexible 4+. */
export const SyncGroupResponseVersions = { min: 0, max: 5, flexibleMin: 4 } as const

export function decodeSyncGroupResponse (r: Reader, version: number): SyncGroupResponse {
  return readSyncGroupResponse(r, version, version >= 4)
}

export function sizeOfSyncGroupResponse (m: SyncGroupResponse, version: number): number {
  return sizeSyncGroupResponse(m, version, version >= 4)
}

export function writeSyncGroupResponse (w: Writer, m: SyncGroupResponse, version: number): void {
  putSyncGroupResponse(w, m, version, version >= 4)
}
