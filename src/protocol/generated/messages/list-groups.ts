// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: ListGroupsRequest.json, ListGroupsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface ListGroupsRequest {
  /** StatesFilter: versions 4+ */
  statesFilter: string[]
  /** TypesFilter: versions 5+ */
  typesFilter: string[]
}

export function defaultListGroupsRequest (): ListGroupsRequest {
  return { statesFilter: [], typesFilter: [] }
}

function readListGroupsRequest (r: Reader, version: number, flexible: boolean): ListGroupsRequest {
  const m: ListGroupsRequest = { statesFilter: [], typesFilter: [] }
  if (version >= 4) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('StatesFilter is null but not nullable in this version')
      const items: string[] = []
      for (let i = 0; i < n; i++) items.push((flexible ? r.readCompactString() : r.readString()))
      m.statesFilter = items
    }
  }
  if (version >= 5) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('TypesFilter is null but not nullable in this version')
      const items: string[] = []
      for (let i = 0; i < n; i++) items.push((flexible ? r.readCompactString() : r.readString()))
      m.typesFilter = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeListGroupsRequest (m: ListGroupsRequest, version: number, flexible: boolean): number {
  let size = 0
  if (!(version >= 4) && !((m.statesFilter !== null && m.statesFilter.length === 0))) throw new Error('ListGroupsRequest.statesFilter is not supported in version ' + version)
  if (version >= 4) {
    {
      size += sizeOfArrayLength(m.statesFilter.length, flexible)
      for (const item of m.statesFilter) size += sizeOfString(item, flexible)
    }
  }
  if (!(version >= 5) && !((m.typesFilter !== null && m.typesFilter.length === 0))) throw new Error('ListGroupsRequest.typesFilter is not supported in version ' + version)
  if (version >= 5) {
    {
      size += sizeOfArrayLength(m.typesFilter.length, flexible)
      for (const item of m.typesFilter) size += sizeOfString(item, flexible)
    }
  }
  if (flexible) size += 1
  return size
}

function putListGroupsRequest (w: Writer, m: ListGroupsRequest, version: number, flexible: boolean): void {
  if (version >= 4) {
    w.writeArrayLength(m.statesFilter.length, flexible)
    for (const item of m.statesFilter) { if (flexible) w.writeCompactString(item); else w.writeString(item) }
  }
  if (version >= 5) {
    w.writeArrayLength(m.typesFilter.length, flexible)
    for (const item of m.typesFilter) { if (flexible) w.writeCompactString(item); else w.writeString(item) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ListGroupsRequest: valid versions 0-5, flexible 3+. */
export const ListGroupsRequestVersions = { min: 0, max: 5, flexibleMin: 3 } as const

export function decodeListGroupsRequest (r: Reader, version: number): ListGroupsRequest {
  return readListGroupsRequest(r, version, version >= 3)
}

export function sizeOfListGroupsRequest (m: ListGroupsRequest, version: number): number {
  return sizeListGroupsRequest(m, version, version >= 3)
}

export function writeListGroupsRequest (w: Writer, m: ListGroupsRequest, version: number): void {
  putListGroupsRequest(w, m, version, version >= 3)
}

export interface ListGroupsResponseListedGroup {
  /** GroupId: versions 0+ */
  groupId: string
  /** ProtocolType: versions 0+ */
  protocolType: string
  /** GroupState: versions 4+ */
  groupState: string
  /** GroupType: versions 5+ */
  groupType: string
}

export interface ListGroupsResponse {
  /** ThrottleTimeMs: versions 1+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** Groups: versions 0+ */
  groups: ListGroupsResponseListedGroup[]
}

export function defaultListGroupsResponseListedGroup (): ListGroupsResponseListedGroup {
  return { groupId: "", protocolType: "", groupState: "", groupType: "" }
}

function readListGroupsResponseListedGroup (r: Reader, version: number, flexible: boolean): ListGroupsResponseListedGroup {
  const m: ListGroupsResponseListedGroup = { groupId: "", protocolType: "", groupState: "", groupType: "" }
  m.groupId = (flexible ? r.readCompactString() : r.readString())
  m.protocolType = (flexible ? r.readCompactString() : r.readString())
  if (version >= 4) {
    m.groupState = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 5) {
    m.groupType = (flexible ? r.readCompactString() : r.readString())
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeListGroupsResponseListedGroup (m: ListGroupsResponseListedGroup, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.groupId, flexible)
  size += sizeOfString(m.protocolType, flexible)
  if (version >= 4) {
    size += sizeOfString(m.groupState, flexible)
  }
  if (version >= 5) {
    size += sizeOfString(m.groupType, flexible)
  }
  if (flexible) size += 1
  return size
}

function putListGroupsResponseListedGroup (w: Writer, m: ListGroupsResponseListedGroup, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.groupId); else w.writeString(m.groupId)
  if (flexible) w.writeCompactString(m.protocolType); else w.writeString(m.protocolType)
  if (version >= 4) {
    if (flexible) w.writeCompactString(m.groupState); else w.writeString(m.groupState)
  }
  if (version >= 5) {
    if (flexible) w.writeCompactString(m.groupType); else w.writeString(m.groupType)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultListGroupsResponse (): ListGroupsResponse {
  return { throttleTimeMs: 0, errorCode: 0, groups: [] }
}

function readListGroupsResponse (r: Reader, version: number, flexible: boolean): ListGroupsResponse {
  const m: ListGroupsResponse = { throttleTimeMs: 0, errorCode: 0, groups: [] }
  if (version >= 1) {
    m.throttleTimeMs = r.readInt32()
  }
  m.errorCode = r.readInt16()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Groups is null but not nullable in this version')
    const items: ListGroupsResponseListedGroup[] = []
    for (let i = 0; i < n; i++) items.push(readListGroupsResponseListedGroup(r, version, flexible))
    m.groups = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeListGroupsResponse (m: ListGroupsResponse, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 1) {
    size += 4
  }
  size += 2
  {
    size += sizeOfArrayLength(m.groups.length, flexible)
    for (const item of m.groups) size += sizeListGroupsResponseListedGroup(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putListGroupsResponse (w: Writer, m: ListGroupsResponse, version: number, flexible: boolean): void {
  if (version >= 1) {
    w.writeInt32(m.throttleTimeMs)
  }
  w.writeInt16(m.errorCode)
  w.writeArrayLength(m.groups.length, flexible)
  for (const item of m.groups) { putListGroupsResponseListedGroup(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ListGroupsResponse: valid versions 0-5, flexible 3+. */
export const ListGroupsResponseVersions = { min: 0, max: 5, flexibleMin: 3 } as const

export function decodeListGroupsResponse (r: Reader, version: number): ListGroupsResponse {
  return readListGroupsResponse(r, version, version >= 3)
}

export function sizeOfListGroupsResponse (m: ListGroupsResponse, version: number): number {
  return sizeListGroupsResponse(m, version, version >= 3)
}

export function writeListGroupsResponse (w: Writer, m: ListGroupsResponse, version: number): void {
  putListGroupsResponse(w, m, version, version >= 3)
}
