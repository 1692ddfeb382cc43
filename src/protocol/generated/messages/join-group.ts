// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: JoinGroupRequest.json, JoinGroupResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfBytes, sizeOfArrayLength } from '../../primitives/writer.ts'

const EMPTY_BYTES: Buffer = Buffer.alloc(0)

export interface JoinGroupRequestProtocol {
  /** Name: versions 0+ */
  name: string
  /** Metadata: versions 0+ */
  metadata: Buffer
}

export interface JoinGroupRequest {
  /** GroupId: versions 0+ */
  groupId: string
  /** SessionTimeoutMs: versions 0+ */
  sessionTimeoutMs: number
  /** RebalanceTimeoutMs: versions 1+ */
  rebalanceTimeoutMs: number
  /** MemberId: versions 0+ */
  memberId: string
  /** GroupInstanceId: versions 5+ */
  groupInstanceId: string | null
  /** ProtocolType: versions 0+ */
  protocolType: string
  /** Protocols: versions 0+ */
  protocols: JoinGroupRequestProtocol[]
  /** Reason: versions 8+ */
  reason: string | null
}

export function defaultJoinGroupRequestProtocol (): JoinGroupRequestProtocol {
  return { name: "", metadata: EMPTY_BYTES }
}

function readJoinGroupRequestProtocol (r: Reader, _version: number, flexible: boolean): JoinGroupRequestProtocol {
  const m: JoinGroupRequestProtocol = { name: "", metadata: EMPTY_BYTES }
  m.name = (flexible ? r.readCompactString() : r.readString())
  m.metadata = (flexible ? r.readCompactBytes() : r.readBytes())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeJoinGroupRequestProtocol (m: JoinGroupRequestProtocol, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  size += sizeOfBytes(m.metadata, flexible)
  if (flexible) size += 1
  return size
}

function putJoinGroupRequestProtocol (w: Writer, m: JoinGroupRequestProtocol, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  if (flexible) w.writeCompactBytes(m.metadata); else w.writeBytes(m.metadata)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultJoinGroupRequest (): JoinGroupRequest {
  return { groupId: "", sessionTimeoutMs: 0, rebalanceTimeoutMs: -1, memberId: "", groupInstanceId: null, protocolType: "", protocols: [], reason: null }
}

function readJoinGroupRequest (r: Reader, version: number, flexible: boolean): JoinGroupRequest {
  const m: JoinGroupRequest = { groupId: "", sessionTimeoutMs: 0, rebalanceTimeoutMs: -1, memberId: "", groupInstanceId: null, protocolType: "", protocols: [], reason: null }
  m.groupId = (flexible ? r.readCompactString() : r.readString())
  m.sessionTimeoutMs = r.readInt32()
  if (version >= 1) {
    m.rebalanceTimeoutMs = r.readInt32()
  }
  m.memberId = (flexible ? r.readCompactString() : r.readString())
  if (version >= 5) {
    m.groupInstanceId = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  m.protocolType = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Protocols is null but not nullable in this version')
    const items: JoinGroupRequestProtocol[] = []
    for (let i = 0; i < n; i++) items.push(readJoinGroupRequestProtocol(r, version, flexible))
    m.protocols = items
  }
  if (version >= 8) {
    m.reason = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeJoinGroupRequest (m: JoinGroupRequest, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.groupId, flexible)
  size += 4
  if (version >= 1) {
    size += 4
  }
  size += sizeOfString(m.memberId, flexible)
  if (!(version >= 5) && !(m.groupInstanceId === null)) throw new Error('JoinGroupRequest.groupInstanceId is not supported in version ' + version)
  if (version >= 5) {
    size += sizeOfNullableString(m.groupInstanceId, flexible)
  }
  size += sizeOfString(m.protocolType, flexible)
  {
    size += sizeOfArrayLength(m.protocols.length, flexible)
    for (const item of m.protocols) size += sizeJoinGroupRequestProtocol(item, version, flexible)
  }
  if (version >= 8) {
    size += sizeOfNullableString(m.reason, flexible)
  }
  if (flexible) size += 1
  return size
}

function putJoinGroupRequest (w: Writer, m: JoinGroupRequest, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.groupId); else w.writeString(m.groupId)
  w.writeInt32(m.sessionTimeoutMs)
  if (version >= 1) {
    w.writeInt32(m.rebalanceTimeoutMs)
  }
  if (flexible) w.writeCompactString(m.memberId); else w.writeString(m.memberId)
  if (version >= 5) {
    if (flexible) w.writeCompactNullableString(m.groupInstanceId); else w.writeNullableString(m.groupInstanceId)
  }
  if (flexible) w.writeCompactString(m.protocolType); else w.writeString(m.protocolType)
  w.writeArrayLength(m.protocols.length, flexible)
  for (const item of m.protocols) { putJoinGroupRequestProtocol(w, item, version, flexible) }
  if (version >= 8) {
    if (flexible) w.writeCompactNullableString(m.reason); else w.writeNullableString(m.reason)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** JoinGroupRequest: valid versions 0-9, flexible 6+. */
export const JoinGroupRequestVersions = { min: 0, max: 9, flexibleMin: 6 } as const

export function decodeJoinGroupRequest (r: Reader, version: number): JoinGroupRequest {
  return readJoinGroupRequest(r, version, version >= 6)
}

export function sizeOfJoinGroupRequest (m: JoinGroupRequest, version: number): number {
  return sizeJoinGroupRequest(m, version, version >= 6)
}

export function writeJoinGroupRequest (w: Writer, m: JoinGroupRequest, version: number): void {
  putJoinGroupRequest(w, m, version, version >= 6)
}

export interface JoinGroupResponseMember {
  /** MemberId: versions 0+ */
  memberId: string
  /** GroupInstanceId: versions 5+ */
  groupInstanceId: string | null
  /** Metadata: versions 0+ */
  metadata: Buffer
}

export interface JoinGroupResponse {
  /** ThrottleTimeMs: versions 2+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** GenerationId: versions 0+ */
  generationId: number
  /** ProtocolType: versions 7+ */
  protocolType: string | null
  /** ProtocolName: versions 0+ */
  protocolName: string | null
  /** Leader: versions 0+ */
  leader: string
  /** SkipAssignment: versions 9+ */
  skipAssignment: boolean
  /** MemberId: versions 0+ */
  memberId: string
  /** Members: versions 0+ */
  members: JoinGroupResponseMember[]
}

export function defaultJoinGroupResponseMember (): JoinGroupResponseMember {
  return { memberId: "", groupInstanceId: null, metadata: EMPTY_BYTES }
}

function readJoinGroupResponseMember (r: Reader, version: number, flexible: boolean): JoinGroupResponseMember {
  const m: JoinGroupResponseMember = { memberId: "", groupInstanceId: null, metadata: EMPTY_BYTES }
  m.memberId = (flexible ? r.readCompactString() : r.readString())
  if (version >= 5) {
    m.groupInstanceId = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  m.metadata = (flexible ? r.readCompactBytes() : r.readBytes())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeJoinGroupResponseMember (m: JoinGroupResponseMember, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.memberId, flexible)
  if (version >= 5) {
    size += sizeOfNullableString(m.groupInstanceId, flexible)
  }
  size += sizeOfBytes(m.metadata, flexible)
  if (flexible) size += 1
  return size
}

function putJoinGroupResponseMember (w: Writer, m: JoinGroupResponseMember, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.memberId); else w.writeString(m.memberId)
  if (version >= 5) {
    if (flexible) w.writeCompactNullableString(m.groupInstanceId); else w.writeNullableString(m.groupInstanceId)
  }
  if (flexible) w.writeCompactBytes(m.metadata); else w.writeBytes(m.metadata)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultJoinGroupResponse (): JoinGroupResponse {
  return { throttleTimeMs: 0, errorCode: 0, generationId: -1, protocolType: null, protocolName: "", leader: "", skipAssignment: false, memberId: "", members: [] }
}

function readJoinGroupResponse (r: Reader, version: number, flexible: boolean): JoinGroupResponse {
  const m: JoinGroupResponse = { throttleTimeMs: 0, errorCode: 0, generationId: -1, protocolType: null, protocolName: "", leader: "", skipAssignment: false, memberId: "", members: [] }
  if (version >= 2) {
    m.throttleTimeMs = r.readInt32()
  }
  m.errorCode = r.readInt16()
  m.generationId = r.readInt32()
  if (version >= 7) {
    m.protocolType = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  m.protocolName = (version >= 7 ? (flexible ? r.readCompactNullableString() : r.readNullableString()) : (flexible ? r.readCompactString() : r.readString()))
  m.leader = (flexible ? r.readCompactString() : r.readString())
  if (version >= 9) {
    m.skipAssignment = r.readBoolean()
  }
  m.memberId = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Members is null but not nullable in this version')
    const items: JoinGroupResponseMember[] = []
    for (let i = 0; i < n; i++) items.push(readJoinGroupResponseMember(r, version, flexible))
    m.members = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeJoinGroupResponse (m: JoinGroupResponse, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 2) {
    size += 4
  }
  size += 2
  size += 4
  if (version >= 7) {
    size += sizeOfNullableString(m.protocolType, flexible)
  }
  size += sizeOfNullableString(m.protocolName, flexible)
  size += sizeOfString(m.leader, flexible)
  if (version >= 9) {
    size += 1
  }
  size += sizeOfString(m.memberId, flexible)
  {
    size += sizeOfArrayLength(m.members.length, flexible)
    for (const item of m.members) size += sizeJoinGroupResponseMember(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putJoinGroupResponse (w: Writer, m: JoinGroupResponse, version: number, flexible: boolean): void {
  if (version >= 2) {
    w.writeInt32(m.throttleTimeMs)
  }
  w.writeInt16(m.errorCode)
  w.writeInt32(m.generationId)
  if (version >= 7) {
    if (flexible) w.writeCompactNullableString(m.protocolType); else w.writeNullableString(m.protocolType)
  }
  if (m.protocolName === null && !(version >= 7)) throw new Error('protocolName is not nullable in version ' + version)
  if (flexible) w.writeCompactNullableString(m.protocolName); else w.writeNullableString(m.protocolName)
  if (flexible) w.writeCompactString(m.leader); else w.writeString(m.leader)
  if (version >= 9) {
    w.writeBoolean(m.skipAssignment)
  }
  if (flexible) w.writeCompactString(m.memberId); else w.writeString(m.memberId)
  w.writeArrayLength(m.members.length, flexible)
  for (const item of m.members) { putJoinGroupResponseMember(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** JoinGroupResponse: valid versions 0-9, flexible 6+. */
export const JoinGroupResponseVersions = { min: 0, max: 9, flexibleMin: 6 } as const

export function decodeJoinGroupResponse (r: Reader, version: number): JoinGroupResponse {
  return readJoinGroupResponse(r, version, version >= 6)
}

export function sizeOfJoinGroupResponse (m: JoinGroupResponse, version: number): number {
  return sizeJoinGroupResponse(m, version, version >= 6)
}

export function writeJoinGroupResponse (w: Writer, m: JoinGroupResponse, version: number): void {
  putJoinGroupResponse(w, m, version, version >= 6)
}
