// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: DescribeGroupsRequest.json, DescribeGroupsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfBytes, sizeOfArrayLength } from '../../primitives/writer.ts'

const EMPTY_BYTES: Buffer = Buffer.alloc(0)

export interface DescribeGroupsRequest {
  /** Groups: versions 0+ */
  groups: string[]
  /** IncludeAuthorizedOperations: versions 3+ */
  includeAuthorizedOperations: boolean
}

export function defaultDescribeGroupsRequest (): DescribeGroupsRequest {
  return { groups: [], includeAuthorizedOperations: false }
}

function readDescribeGroupsRequest (r: Reader, version: number, flexible: boolean): DescribeGroupsRequest {
  const m: DescribeGroupsRequest = { groups: [], includeAuthorizedOperations: false }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Groups is null but not nullable in this version')
    const items: string[] = []
    for (let i = 0; i < n; i++) items.push((flexible ? r.readCompactString() : r.readString()))
    m.groups = items
  }
  if (version >= 3) {
    m.includeAuthorizedOperations = r.readBoolean()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeGroupsRequest (m: DescribeGroupsRequest, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.groups.length, flexible)
    for (const item of m.groups) size += sizeOfString(item, flexible)
  }
  if (!(version >= 3) && !(m.includeAuthorizedOperations === false)) throw new Error('DescribeGroupsRequest.includeAuthorizedOperations is not supported in version ' + version)
  if (version >= 3) {
    size += 1
  }
  if (flexible) size += 1
  return size
}

function putDescribeGroupsRequest (w: Writer, m: DescribeGroupsRequest, version: number, flexible: boolean): void {
  w.writeArrayLength(m.groups.length, flexible)
  for (const item of m.groups) { if (flexible) w.writeCompactString(item); else w.writeString(item) }
  if (version >= 3) {
    w.writeBoolean(m.includeAuthorizedOperations)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DescribeGroupsRequest: valid versions 0-5, flexible 5+. */
export const DescribeGroupsRequestVersions = { min: 0, max: 5, flexibleMin: 5 } as const

export function decodeDescribeGroupsRequest (r: Reader, version: number): DescribeGroupsRequest {
  return readDescribeGroupsRequest(r, version, version >= 5)
}

export function sizeOfDescribeGroupsRequest (m: DescribeGroupsRequest, version: number): number {
  return sizeDescribeGroupsRequest(m, version, version >= 5)
}

export function writeDescribeGroupsRequest (w: Writer, m: DescribeGroupsRequest, version: number): void {
  putDescribeGroupsRequest(w, m, version, version >= 5)
}

export interface DescribeGroupsResponseDescribedGroupMember {
  /** MemberId: versions 0+ */
  memberId: string
  /** GroupInstanceId: versions 4+ */
  groupInstanceId: string | null
  /** ClientId: versions 0+ */
  clientId: string
  /** ClientHost: versions 0+ */
  clientHost: string
  /** MemberMetadata: versions 0+ */
  memberMetadata: Buffer
  /** MemberAssignment: versions 0+ */
  memberAssignment: Buffer
}

export interface DescribeGroupsResponseDescribedGroup {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** GroupId: versions 0+ */
  groupId: string
  /** GroupState: versions 0+ */
  groupState: string
  /** ProtocolType: versions 0+ */
  protocolType: string
  /** ProtocolData: versions 0+ */
  protocolData: string
  /** Members: versions 0+ */
  members: DescribeGroupsResponseDescribedGroupMember[]
  /** AuthorizedOperations: versions 3+ */
  authorizedOperations: number
}

export interface DescribeGroupsResponse {
  /** ThrottleTimeMs: versions 1+ */
  throttleTimeMs: number
  /** Groups: versions 0+ */
  groups: DescribeGroupsResponseDescribedGroup[]
}

export function defaultDescribeGroupsResponseDescribedGroupMember (): DescribeGroupsResponseDescribedGroupMember {
  return { memberId: "", groupInstanceId: null, clientId: "", clientHost: "", memberMetadata: EMPTY_BYTES, memberAssignment: EMPTY_BYTES }
}

function readDescribeGroupsResponseDescribedGroupMember (r: Reader, version: number, flexible: boolean): DescribeGroupsResponseDescribedGroupMember {
  const m: DescribeGroupsResponseDescribedGroupMember = { memberId: "", groupInstanceId: null, clientId: "", clientHost: "", memberMetadata: EMPTY_BYTES, memberAssignment: EMPTY_BYTES }
  m.memberId = (flexible ? r.readCompactString() : r.readString())
  if (version >= 4) {
    m.groupInstanceId = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  m.clientId = (flexible ? r.readCompactString() : r.readString())
  m.clientHost = (flexible ? r.readCompactString() : r.readString())
  m.memberMetadata = (flexible ? r.readCompactBytes() : r.readBytes())
  m.memberAssignment = (flexible ? r.readCompactBytes() : r.readBytes())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeGroupsResponseDescribedGroupMember (m: DescribeGroupsResponseDescribedGroupMember, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.memberId, flexible)
  if (version >= 4) {
    size += sizeOfNullableString(m.groupInstanceId, flexible)
  }
  size += sizeOfString(m.clientId, flexible)
  size += sizeOfString(m.clientHost, flexible)
  size += sizeOfBytes(m.memberMetadata, flexible)
  size += sizeOfBytes(m.memberAssignment, flexible)
  if (flexible) size += 1
  return size
}

function putDescribeGroupsResponseDescribedGroupMember (w: Writer, m: DescribeGroupsResponseDescribedGroupMember, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.memberId); else w.writeString(m.memberId)
  if (version >= 4) {
    if (flexible) w.writeCompactNullableString(m.groupInstanceId); else w.writeNullableString(m.groupInstanceId)
  }
  if (flexible) w.writeCompactString(m.clientId); else w.writeString(m.clientId)
  if (flexible) w.writeCompactString(m.clientHost); else w.writeString(m.clientHost)
  if (flexible) w.writeCompactBytes(m.memberMetadata); else w.writeBytes(m.memberMetadata)
  if (flexible) w.writeCompactBytes(m.memberAssignment); else w.writeBytes(m.memberAssignment)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeGroupsResponseDescribedGroup (): DescribeGroupsResponseDescribedGroup {
  return { errorCode: 0, groupId: "", groupState: "", protocolType: "", protocolData: "", members: [], authorizedOperations: -2147483648 }
}

function readDescribeGroupsResponseDescribedGroup (r: Reader, version: number, flexible: boolean): DescribeGroupsResponseDescribedGroup {
  const m: DescribeGroupsResponseDescribedGroup = { errorCode: 0, groupId: "", groupState: "", protocolType: "", protocolData: "", members: [], authorizedOperations: -2147483648 }
  m.errorCode = r.readInt16()
  m.groupId = (flexible ? r.readCompactString() : r.readString())
  m.groupState = (flexible ? r.readCompactString() : r.readString())
  m.protocolType = (flexible ? r.readCompactString() : r.readString())
  m.protocolData = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Members is null but not nullable in this version')
    const items: DescribeGroupsResponseDescribedGroupMember[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeGroupsResponseDescribedGroupMember(r, version, flexible))
    m.members = items
  }
  if (version >= 3) {
    m.authorizedOperations = r.readInt32()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeGroupsResponseDescribedGroup (m: DescribeGroupsResponseDescribedGroup, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += sizeOfString(m.groupId, flexible)
  size += sizeOfString(m.groupState, flexible)
  size += sizeOfString(m.protocolType, flexible)
  size += sizeOfString(m.protocolData, flexible)
  {
    size += sizeOfArrayLength(m.members.length, flexible)
    for (const item of m.members) size += sizeDescribeGroupsResponseDescribedGroupMember(item, version, flexible)
  }
  if (version >= 3) {
    size += 4
  }
  if (flexible) size += 1
  return size
}

function putDescribeGroupsResponseDescribedGroup (w: Writer, m: DescribeGroupsResponseDescribedGroup, version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactString(m.groupId); else w.writeString(m.groupId)
  if (flexible) w.writeCompactString(m.groupState); else w.writeString(m.groupState)
  if (flexible) w.writeCompactString(m.protocolType); else w.writeString(m.protocolType)
  if (flexible) w.writeCompactString(m.protocolData); else w.writeString(m.protocolData)
  w.writeArrayLength(m.members.length, flexible)
  for (const item of m.members) { putDescribeGroupsResponseDescribedGroupMember(w, item, version, flexible) }
  if (version >= 3) {
    w.writeInt32(m.authorizedOperations)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeGroupsResponse (): DescribeGroupsResponse {
  return { throttleTimeMs: 0, groups: [] }
}

function readDescribeGroupsResponse (r: Reader, version: number, flexible: boolean): DescribeGroupsResponse {
  const m: DescribeGroupsResponse = { throttleTimeMs: 0, groups: [] }
  if (version >= 1) {
    m.throttleTimeMs = r.readInt32()
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Groups is null but not nullable in this version')
    const items: DescribeGroupsResponseDescribedGroup[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeGroupsResponseDescribedGroup(r, version, flexible))
    m.groups = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeGroupsResponse (m: DescribeGroupsResponse, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 1) {
    size += 4
  }
  {
    size += sizeOfArrayLength(m.groups.length, flexible)
    for (const item of m.groups) size += sizeDescribeGroupsResponseDescribedGroup(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeGroupsResponse (w: Writer, m: DescribeGroupsResponse, version: number, flexible: boolean): void {
  if (version >= 1) {
    w.writeInt32(m.throttleTimeMs)
  }
  w.writeArrayLength(m.groups.length, flexible)
  for (const item of m.groups) { putDescribeGroupsResponseDescribedGroup(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DescribeGroupsResponse: valid versions 0-5, flexible 5+. */
export const DescribeGroupsResponseVersions = { min: 0, max: 5, flexibleMin: 5 } as const

export function decodeDescribeGroupsResponse (r: Reader, version: number): DescribeGroupsResponse {
  return readDescribeGroupsResponse(r, version, version >= 5)
}

export function sizeOfDescribeGroupsResponse (m: DescribeGroupsResponse, version: number): number {
  return sizeDescribeGroupsResponse(m, version, version >= 5)
}

export function writeDescribeGroupsResponse (w: Writer, m: DescribeGroupsResponse, version: number): void {
  putDescribeGroupsResponse(w, m, version, version >= 5)
}
