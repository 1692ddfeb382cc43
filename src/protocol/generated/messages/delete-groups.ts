// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: DeleteGroupsRequest.json, DeleteGroupsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface DeleteGroupsRequest {
  /** GroupsNames: versions 0+ */
  groupsNames: string[]
}

export function defaultDeleteGroupsRequest (): DeleteGroupsRequest {
  return { groupsNames: [] }
}

function readDeleteGroupsRequest (r: Reader, _version: number, flexible: boolean): DeleteGroupsRequest {
  const m: DeleteGroupsRequest = { groupsNames: [] }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('GroupsNames is null but not nullable in this version')
    const items: string[] = []
    for (let i = 0; i < n; i++) items.push((flexible ? r.readCompactString() : r.readString()))
    m.groupsNames = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDeleteGroupsRequest (m: DeleteGroupsRequest, _version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.groupsNames.length, flexible)
    for (const item of m.groupsNames) size += sizeOfString(item, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDeleteGroupsRequest (w: Writer, m: DeleteGroupsRequest, _version: number, flexible: boolean): void {
  w.writeArrayLength(m.groupsNames.length, flexible)
  for (const item of m.groupsNames) { if (flexible) w.writeCompactString(item); else w.writeString(item) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DeleteGroupsRequest: valid versions 0-2, flexible 2+. */
export const DeleteGroupsRequestVersions = { min: 0, max: 2, flexibleMin: 2 } as const

export function decodeDeleteGroupsRequest (r: Reader, version: number): DeleteGroupsRequest {
  return readDeleteGroupsRequest(r, version, version >= 2)
}

export function sizeOfDeleteGroupsRequest (m: DeleteGroupsRequest, version: number): number {
  return sizeDeleteGroupsRequest(m, version, version >= 2)
}

export function writeDeleteGroupsRequest (w: Writer, m: DeleteGroupsRequest, version: number): void {
  putDeleteGroupsRequest(w, m, version, version >= 2)
}

export interface DeleteGroupsResponseDeletableGroupResult {
  /** GroupId: versions 0+ */
  groupId: string
  /** ErrorCode: versions 0+ */
  errorCode: number
}

export interface DeleteGroupsResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** Results: versions 0+ */
  results: DeleteGroupsResponseDeletableGroupResult[]
}

export function defaultDeleteGroupsResponseDeletableGroupResult (): DeleteGroupsResponseDeletableGroupResult {
  return { groupId: "", errorCode: 0 }
}

function readDeleteGroupsResponseDeletableGroupResult (r: Reader, _version: number, flexible: boolean): DeleteGroupsResponseDeletableGroupResult {
  const m: DeleteGroupsResponseDeletableGroupResult = { groupId: "", errorCode: 0 }
  m.groupId = (flexible ? r.readCompactString() : r.readString())
  m.errorCode = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDeleteGroupsResponseDeletableGroupResult (m: DeleteGroupsResponseDeletableGroupResult, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.groupId, flexible)
  size += 2
  if (flexible) size += 1
  return size
}

function putDeleteGroupsResponseDeletableGroupResult (w: Writer, m: DeleteGroupsResponseDeletableGroupResult, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.groupId); else w.writeString(m.groupId)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDeleteGroupsResponse (): DeleteGroupsResponse {
  return { throttleTimeMs: 0, results: [] }
}

function readDeleteGroupsResponse (r: Reader, version: number, flexible: boolean): DeleteGroupsResponse {
  const m: DeleteGroupsResponse = { throttleTimeMs: 0, results: [] }
  m.throttleTimeMs = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Results is null but not nullable in this version')
    const items: DeleteGroupsResponseDeletableGroupResult[] = []
    for (let i = 0; i < n; i++) items.push(readDeleteGroupsResponseDeletableGroupResult(r, version, flexible))
    m.results = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDeleteGroupsResponse (m: DeleteGroupsResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  {
    size += sizeOfArrayLength(m.results.length, flexible)
    for (const item of m.results) size += sizeDeleteGroupsResponseDeletableGroupResult(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDeleteGroupsResponse (w: Writer, m: DeleteGroupsResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeArrayLength(m.results.length, flexible)
  for (const item of m.results) { putDeleteGroupsResponseDeletableGroupResult(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DeleteGroupsResponse: valid versions 0-2, flexible 2+. */
export const DeleteGroupsResponseVersions = { min: 0, max: 2, flexibleMin: 2 } as const

export function decodeDeleteGroupsResponse (r: Reader, version: number): DeleteGroupsResponse {
  return readDeleteGroupsResponse(r, version, version >= 2)
}

export function sizeOfDeleteGroupsResponse (m: DeleteGroupsResponse, version: number): number {
  return sizeDeleteGroupsResponse(m, version, version >= 2)
}

export function writeDeleteGroupsResponse (w: Writer, m: DeleteGroupsResponse, version: number): void {
  putDeleteGroupsResponse(w, m, version, version >= 2)
}
