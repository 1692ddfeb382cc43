// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: DeleteAclsRequest.json, DeleteAclsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface DeleteAclsRequestDeleteAclsFilter {
  /** ResourceTypeFilter: versions 0+ */
  resourceTypeFilter: number
  /** ResourceNameFilter: versions 0+ */
  resourceNameFilter: string | null
  /** PatternTypeFilter: versions 1+ */
  patternTypeFilter: number
  /** PrincipalFilter: versions 0+ */
  principalFilter: string | null
  /** HostFilter: versions 0+ */
  hostFilter: string | null
  /** Operation: versions 0+ */
  operation: number
  /** PermissionType: versions 0+ */
  permissionType: number
}

export interface DeleteAclsRequest {
  /** Filters: versions 0+ */
  filters: DeleteAclsRequestDeleteAclsFilter[]
}

export function defaultDeleteAclsRequestDeleteAclsFilter (): DeleteAclsRequestDeleteAclsFilter {
  return { resourceTypeFilter: 0, resourceNameFilter: "", patternTypeFilter: 3, principalFilter: "", hostFilter: "", operation: 0, permissionType: 0 }
}

function readDeleteAclsRequestDeleteAclsFilter (r: Reader, version: number, flexible: boolean): DeleteAclsRequestDeleteAclsFilter {
  const m: DeleteAclsRequestDeleteAclsFilter = { resourceTypeFilter: 0, resourceNameFilter: "", patternTypeFilter: 3, principalFilter: "", hostFilter: "", operation: 0, permissionType: 0 }
  m.resourceTypeFilter = r.readInt8()
  m.resourceNameFilter = (flexible ? r.readCompactNullableString() : r.readNullableString())
  if (version >= 1) {
    m.patternTypeFilter = r.readInt8()
  }
  m.principalFilter = (flexible ? r.readCompactNullableString() : r.readNullableString())
  m.hostFilter = (flexible ? r.readCompactNullableString() : r.readNullableString())
  m.operation = r.readInt8()
  m.permissionType = r.readInt8()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDeleteAclsRequestDeleteAclsFilter (m: DeleteAclsRequestDeleteAclsFilter, version: number, flexible: boolean): number {
  let size = 0
  size += 1
  size += sizeOfNullableString(m.resourceNameFilter, flexible)
  if (!(version >= 1) && !(m.patternTypeFilter === 3)) throw new Error('DeleteAclsRequestDeleteAclsFilter.patternTypeFilter is not supported in version ' + version)
  if (version >= 1) {
    size += 1
  }
  size += sizeOfNullableString(m.principalFilter, flexible)
  size += sizeOfNullableString(m.hostFilter, flexible)
  size += 1
  size += 1
  if (flexible) size += 1
  return size
}

function putDeleteAclsRequestDeleteAclsFilter (w: Writer, m: DeleteAclsRequestDeleteAclsFilter, version: number, flexible: boolean): void {
  w.writeInt8(m.resourceTypeFilter)
  if (flexible) w.writeCompactNullableString(m.resourceNameFilter); else w.writeNullableString(m.resourceNameFilter)
  if (version >= 1) {
    w.writeInt8(m.patternTypeFilter)
  }
  if (flexible) w.writeCompactNullableString(m.principalFilter); else w.writeNullableString(m.principalFilter)
  if (flexible) w.writeCompactNullableString(m.hostFilter); else w.writeNullableString(m.hostFilter)
  w.writeInt8(m.operation)
  w.writeInt8(m.permissionType)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDeleteAclsRequest (): DeleteAclsRequest {
  return { filters: [] }
}

function readDeleteAclsRequest (r: Reader, version: number, flexible: boolean): DeleteAclsRequest {
  const m: DeleteAclsRequest = { filters: [] }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Filters is null but not nullable in this version')
    const items: DeleteAclsRequestDeleteAclsFilter[] = []
    for (let i = 0; i < n; i++) items.push(readDeleteAclsRequestDeleteAclsFilter(r, version, flexible))
    m.filters = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDeleteAclsRequest (m: DeleteAclsRequest, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.filters.length, flexible)
    for (const item of m.filters) size += sizeDeleteAclsRequestDeleteAclsFilter(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDeleteAclsRequest (w: Writer, m: DeleteAclsRequest, version: number, flexible: boolean): void {
  w.writeArrayLength(m.filters.length, flexible)
  for (const item of m.filters) { putDeleteAclsRequestDeleteAclsFilter(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DeleteAclsRequest: valid versions 0-3, flexible 2+. */
export const DeleteAclsRequestVersions = { min: 0, max: 3, flexibleMin: 2 } as const

export function decodeDeleteAclsRequest (r: Reader, version: number): DeleteAclsRequest {
  return readDeleteAclsRequest(r, version, version >= 2)
}

export function sizeOfDeleteAclsRequest (m: DeleteAclsRequest, version: number): number {
  return sizeDeleteAclsRequest(m, version, version >= 2)
}

export function writeDeleteAclsRequest (w: Writer, m: DeleteAclsRequest, version: number): void {
  putDeleteAclsRequest(w, m, version, version >= 2)
}

export interface DeleteAclsResponseDeleteAclsMatchingAcl {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
  /** ResourceType: versions 0+ */
  resourceType: number
  /** ResourceName: versions 0+ */
  resourceName: string
  /** PatternType: versions 1+ */
  patternType: number
  /** Principal: versions 0+ */
  principal: string
  /** Host: versions 0+ */
  host: string
  /** Operation: versions 0+ */
  operation: number
  /** PermissionType: versions 0+ */
  permissionType: number
}

export interface DeleteAclsResponseDeleteAclsFilterResult {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
  /** MatchingAcls: versions 0+ */
  matchingAcls: DeleteAclsResponseDeleteAclsMatchingAcl[]
}

export interface DeleteAclsResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** FilterResults: versions 0+ */
  filterResults: DeleteAclsResponseDeleteAclsFilterResult[]
}

export function defaultDeleteAclsResponseDeleteAclsMatchingAcl (): DeleteAclsResponseDeleteAclsMatchingAcl {
  return { errorCode: 0, errorMessage: "", resourceType: 0, resourceName: "", patternType: 3, principal: "", host: "", operation: 0, permissionType: 0 }
}

function readDeleteAclsResponseDeleteAclsMatchingAcl (r: Reader, version: number, flexible: boolean): DeleteAclsResponseDeleteAclsMatchingAcl {
  const m: DeleteAclsResponseDeleteAclsMatchingAcl = { errorCode: 0, errorMessage: "", resourceType: 0, resourceName: "", patternType: 3, principal: "", host: "", operation: 0, permissionType: 0 }
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  m.resourceType = r.readInt8()
  m.resourceName = (flexible ? r.readCompactString() : r.readString())
  if (version >= 1) {
    m.patternType = r.readInt8()
  }
  m.principal = (flexible ? r.readCompactString() : r.readString())
  m.host = (flexible ? r.readCompactString() : r.readString())
  m.operation = r.readInt8()
  m.permissionType = r.readInt8()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDeleteAclsResponseDeleteAclsMatchingAcl (m: DeleteAclsResponseDeleteAclsMatchingAcl, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  size += 1
  size += sizeOfString(m.resourceName, flexible)
  if (version >= 1) {
    size += 1
  }
  size += sizeOfString(m.principal, flexible)
  size += sizeOfString(m.host, flexible)
  size += 1
  size += 1
  if (flexible) size += 1
  return size
}

function putDeleteAclsResponseDeleteAclsMatchingAcl (w: Writer, m: DeleteAclsResponseDeleteAclsMatchingAcl, version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  w.writeInt8(m.resourceType)
  if (flexible) w.writeCompactString(m.resourceName); else w.writeString(m.resourceName)
  if (version >= 1) {
    w.writeInt8(m.patternType)
  }
  if (flexible) w.writeCompactString(m.principal); else w.writeString(m.principal)
  if (flexible) w.writeCompactString(m.host); else w.writeString(m.host)
  w.writeInt8(m.operation)
  w.writeInt8(m.permissionType)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDeleteAclsResponseDeleteAclsFilterResult (): DeleteAclsResponseDeleteAclsFilterResult {
  return { errorCode: 0, errorMessage: "", matchingAcls: [] }
}

function readDeleteAclsResponseDeleteAclsFilterResult (r: Reader, version: number, flexible: boolean): DeleteAclsResponseDeleteAclsFilterResult {
  const m: DeleteAclsResponseDeleteAclsFilterResult = { errorCode: 0, errorMessage: "", matchingAcls: [] }
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('MatchingAcls is null but not nullable in this version')
    const items: DeleteAclsResponseDeleteAclsMatchingAcl[] = []
    for (let i = 0; i < n; i++) items.push(readDeleteAclsResponseDeleteAclsMatchingAcl(r, version, flexible))
    m.matchingAcls = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDeleteAclsResponseDeleteAclsFilterResult (m: DeleteAclsResponseDeleteAclsFilterResult, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  {
    size += sizeOfArrayLength(m.matchingAcls.length, flexible)
    for (const item of m.matchingAcls) size += sizeDeleteAclsResponseDeleteAclsMatchingAcl(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDeleteAclsResponseDeleteAclsFilterResult (w: Writer, m: DeleteAclsResponseDeleteAclsFilterResult, version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  w.writeArrayLength(m.matchingAcls.length, flexible)
  for (const item of m.matchingAcls) { putDeleteAclsResponseDeleteAclsMatchingAcl(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDeleteAclsResponse (): DeleteAclsResponse {
  return { throttleTimeMs: 0, filterResults: [] }
}

function readDeleteAclsResponse (r: Reader, version: number, flexible: boolean): DeleteAclsResponse {
  const m: DeleteAclsResponse = { throttleTimeMs: 0, filterResults: [] }
  m.throttleTimeMs = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('FilterResults is null but not nullable in this version')
    const items: DeleteAclsResponseDeleteAclsFilterResult[] = []
    for (let i = 0; i < n; i++) items.push(readDeleteAclsResponseDeleteAclsFilterResult(r, version, flexible))
    m.filterResults = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDeleteAclsResponse (m: DeleteAclsResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  {
    size += sizeOfArrayLength(m.filterResults.length, flexible)
    for (const item of m.filterResults) size += sizeDeleteAclsResponseDeleteAclsFilterResult(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDeleteAclsResponse (w: Writer, m: DeleteAclsResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeArrayLength(m.filterResults.length, flexible)
  for (const item of m.filterResults) { putDeleteAclsResponseDeleteAclsFilterResult(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DeleteAclsResponse: valid versions 0-3, flexible 2+. */
export const DeleteAclsResponseVersions = { min: 0, max: 3, flexibleMin: 2 } as const

export function decodeDeleteAclsResponse (r: Reader, version: number): DeleteAclsResponse {
  return readDeleteAclsResponse(r, version, version >= 2)
}

export function sizeOfDeleteAclsResponse (m: DeleteAclsResponse, version: number): number {
  return sizeDeleteAclsResponse(m, version, version >= 2)
}

export function writeDeleteAclsResponse (w: Writer, m: DeleteAclsResponse, version: number): void {
  putDeleteAclsResponse(w, m, version, version >= 2)
}
