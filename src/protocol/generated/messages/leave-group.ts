// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: LeaveGroupRequest.json, LeaveGroupResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface LeaveGroupRequestMemberIdentity {
  /** MemberId: versions 3+ */
  memberId: string
  /** GroupInstanceId: versions 3+ */
  groupInstanceId: string | null
  /** Reason: versions 5+ */
  reason: string | null
}

export interface LeaveGroupRequest {
  /** GroupId: versions 0+ */
  groupId: string
  /** MemberId: versions 0-2 */
  memberId: string
  /** Members: versions 3+ */
  members: LeaveGroupRequestMemberIdentity[]
}

export function defaultLeaveGroupRequestMemberIdentity (): LeaveGroupRequestMemberIdentity {
  return { memberId: "", groupInstanceId: null, reason: null }
}

function readLeaveGroupRequestMemberIdentity (r: Reader, version: number, flexible: boolean): LeaveGroupRequestMemberIdentity {
  const m: LeaveGroupRequestMemberIdentity = { memberId: "", groupInstanceId: null, reason: null }
  if (version >= 3) {
    m.memberId = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 3) {
    m.groupInstanceId = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (version >= 5) {
    m.reason = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeLeaveGroupRequestMemberIdentity (m: LeaveGroupRequestMemberIdentity, version: number, flexible: boolean): number {
  let size = 0
  if (!(version >= 3) && !(m.memberId === "")) throw new Error('LeaveGroupRequestMemberIdentity.memberId is not supported in version ' + version)
  if (version >= 3) {
    size += sizeOfString(m.memberId, flexible)
  }
  if (!(version >= 3) && !(m.groupInstanceId === null)) throw new Error('LeaveGroupRequestMemberIdentity.groupInstanceId is not supported in version ' + version)
  if (version >= 3) {
    size += sizeOfNullableString(m.groupInstanceId, flexible)
  }
  if (version >= 5) {
    size += sizeOfNullableString(m.reason, flexible)
  }
  if (flexible) size += 1
  return size
}

function putLeaveGroupRequestMemberIdentity (w: Writer, m: LeaveGroupRequestMemberIdentity, version: number, flexible: boolean): void {
  if (version >= 3) {
    if (flexible) w.writeCompactString(m.memberId); else w.writeString(m.memberId)
  }
  if (version >= 3) {
    if (flexible) w.writeCompactNullableString(m.groupInstanceId); else w.writeNullableString(m.groupInstanceId)
  }
  if (version >= 5) {
    if (flexible) w.writeCompactNullableString(m.reason); else w.writeNullableString(m.reason)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultLeaveGroupRequest (): LeaveGroupRequest {
  return { groupId: "", memberId: "", members: [] }
}

function readLeaveGroupRequest (r: Reader, version: number, flexible: boolean): LeaveGroupRequest {
  const m: LeaveGroupRequest = { groupId: "", memberId: "", members: [] }
  m.groupId = (flexible ? r.readCompactString() : r.readString())
  if (version <= 2) {
    m.memberId = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 3) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('Members is null but not nullable in this version')
      const items: LeaveGroupRequestMemberIdentity[] = []
      for (let i = 0; i < n; i++) items.push(readLeaveGroupRequestMemberIdentity(r, version, flexible))
      m.members = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeLeaveGroupRequest (m: LeaveGroupRequest, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.groupId, flexible)
  if (!(version <= 2) && !(m.memberId === "")) throw new Error('LeaveGroupRequest.memberId is not supported in version ' + version)
  if (version <= 2) {
    size += sizeOfString(m.memberId, flexible)
  }
  if (!(version >= 3) && !((m.members !== null && m.members.length === 0))) throw new Error('LeaveGroupRequest.members is not supported in version ' + version)
  if (version >= 3) {
    {
      size += sizeOfArrayLength(m.members.length, flexible)
      for (const item of m.members) size += sizeLeaveGroupRequestMemberIdentity(item, version, flexible)
    }
  }
  if (flexible) size += 1
  return size
}

function putLeaveGroupRequest (w: Writer, m: LeaveGroupRequest, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.groupId); else w.writeString(m.groupId)
  if (version <= 2) {
    if (flexible) w.writeCompactString(m.memberId); else w.writeString(m.memberId)
  }
  if (version >= 3) {
    w.writeArrayLength(m.members.length, flexible)
    for (const item of m.members) { putLeaveGroupRequestMemberIdentity(w, item, version, flexible) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** LeaveGroupRequest: valid versions 0-5, flexible 4+. */
export const LeaveGroupRequestVersions = { min: 0, max: 5, flexibleMin: 4 } as const

export function decodeLeaveGroupRequest (r: Reader, version: number): LeaveGroupRequest {
  return readLeaveGroupRequest(r, version, version >= 4)
}

export function sizeOfLeaveGroupRequest (m: LeaveGroupRequest, version: number): number {
  return sizeLeaveGroupRequest(m, version, version >= 4)
}

export function writeLeaveGroupRequest (w: Writer, m: LeaveGroupRequest, version: number): void {
  putLeaveGroupRequest(w, m, version, version >= 4)
}

export interface LeaveGroupResponseMemberResponse {
  /** MemberId: versions 3+ */
  memberId: string
  /** GroupInstanceId: versions 3+ */
  groupInstanceId: string | null
  /** ErrorCode: versions 3+ */
  errorCode: number
}

export interface LeaveGroupResponse {
  /** ThrottleTimeMs: versions 1+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** Members: versions 3+ */
  members: LeaveGroupResponseMemberResponse[]
}

export function defaultLeaveGroupResponseMemberResponse (): LeaveGroupResponseMemberResponse {
  return { memberId: "", groupInstanceId: "", errorCode: 0 }
}

function readLeaveGroupResponseMemberResponse (r: Reader, version: number, flexible: boolean): LeaveGroupResponseMemberResponse {
  const m: LeaveGroupResponseMemberResponse = { memberId: "", groupInstanceId: "", errorCode: 0 }
  if (version >= 3) {
    m.memberId = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 3) {
    m.groupInstanceId = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (version >= 3) {
    m.errorCode = r.readInt16()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeLeaveGroupResponseMemberResponse (m: LeaveGroupResponseMemberResponse, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 3) {
    size += sizeOfString(m.memberId, flexible)
  }
  if (version >= 3) {
    size += sizeOfNullableString(m.groupInstanceId, flexible)
  }
  if (version >= 3) {
    size += 2
  }
  if (flexible) size += 1
  return size
}

function putLeaveGroupResponseMemberResponse (w: Writer, m: LeaveGroupResponseMemberResponse, version: number, flexible: boolean): void {
  if (version >= 3) {
    if (flexible) w.writeCompactString(m.memberId); else w.writeString(m.memberId)
  }
  if (version >= 3) {
    if (flexible) w.writeCompactNullableString(m.groupInstanceId); else w.writeNullableString(m.groupInstanceId)
  }
  if (version >= 3) {
    w.writeInt16(m.errorCode)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultLeaveGroupResponse (): LeaveGroupResponse {
  return { throttleTimeMs: 0, errorCode: 0, members: [] }
}

function readLeaveGroupResponse (r: Reader, version: number, flexible: boolean): LeaveGroupResponse {
  const m: LeaveGroupResponse = { throttleTimeMs: 0, errorCode: 0, members: [] }
  if (version >= 1) {
    m.throttleTimeMs = r.readInt32()
  }
  m.errorCode = r.readInt16()
  if (version >= 3) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('Members is null but not nullable in this version')
      const items: LeaveGroupResponseMemberResponse[] = []
      for (let i = 0; i < n; i++) items.push(readLeaveGroupResponseMemberResponse(r, version, flexible))
      m.members = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeLeaveGroupResponse (m: LeaveGroupResponse, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 1) {
    size += 4
  }
  size += 2
  if (version >= 3) {
    {
      size += sizeOfArrayLength(m.members.length, flexible)
      for (const item of m.members) size += sizeLeaveGroupResponseMemberResponse(item, version, flexible)
    }
  }
  if (flexible) size += 1
  return size
}

function putLeaveGroupResponse (w: Writer, m: LeaveGroupResponse, version: number, flexible: boolean): void {
  if (version >= 1) {
    w.writeInt32(m.throttleTimeMs)
  }
  w.writeInt16(m.errorCode)
  if (version >= 3) {
    w.writeArrayLength(m.members.length, flexible)
    for (const item of m.members) { putLeaveGroupResponseMemberResponse(w, item, version, flexible) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** LeaveGroupResponse: valid versions 0-5, flexible 4+. */
export const LeaveGroupResponseVersions = { min: 0, max: 5, flexibleMin: 4 } as const

export function decodeLeaveGroupResponse (r: Reader, version: number): LeaveGroupResponse {
  return readLeaveGroupResponse(r, version, version >= 4)
}

export function sizeOfLeaveGroupResponse (m: LeaveGroupResponse, version: number): number {
  return sizeLeaveGroupResponse(m, version, version >= 4)
}

export function writeLeaveGroupResponse (w: Writer, m: LeaveGroupResponse, version: number): void {
  putLeaveGroupResponse(w, m, version, version >= 4)
}
