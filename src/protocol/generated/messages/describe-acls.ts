// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: DescribeAclsRequest.json, DescribeAclsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface DescribeAclsRequest {
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

export function defaultDescribeAclsRequest (): DescribeAclsRequest {
  return { resourceTypeFilter: 0, resourceNameFilter: "", patternTypeFilter: 3, principalFilter: "", hostFilter: "", operation: 0, permissionType: 0 }
}

function readDescribeAclsRequest (r: Reader, version: number, flexible: boolean): DescribeAclsRequest {
  const m: DescribeAclsRequest = { resourceTypeFilter: 0, resourceNameFilter: "", patternTypeFilter: 3, principalFilter: "", hostFilter: "", operation: 0, permissionType: 0 }
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

function sizeDescribeAclsRequest (m: DescribeAclsRequest, version: number, flexible: boolean): number {
  let size = 0
  size += 1
  size += sizeOfNullableString(m.resourceNameFilter, flexible)
  if (!(version >= 1) && !(m.patternTypeFilter === 3)) throw new Error('DescribeAclsRequest.patternTypeFilter is not supported in version ' + version)
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

function putDescribeAclsRequest (w: Writer, m: DescribeAclsRequest, version: number, flexible: boolean): void {
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

/** DescribeAclsRequest: valid versions 0-3, flexible 2+. */
export const DescribeAclsRequestVersions = { min: 0, max: 3, flexibleMin: 2 } as const

export function decodeDescribeAclsRequest (r: Reader, version: number): DescribeAclsRequest {
  return readDescribeAclsRequest(r, version, version >= 2)
}

export function sizeOfDescribeAclsRequest (m: DescribeAclsRequest, version: number): number {
  return sizeDescribeAclsRequest(m, version, version >= 2)
}

export function writeDescribeAclsRequest (w: Writer, m: DescribeAclsRequest, version: number): void {
  putDescribeAclsRequest(w, m, version, version >= 2)
}

export interface DescribeAclsResponseAclDescription {
  /** Principal: versions 0+ */
  principal: string
  /** Host: versions 0+ */
  host: string
  /** Operation: versions 0+ */
  operation: number
  /** PermissionType: versions 0+ */
  permissionType: number
}

export interface DescribeAclsResponseDescribeAclsResource {
  /** ResourceType: versions 0+ */
  resourceType: number
  /** ResourceName: versions 0+ */
  resourceName: string
  /** PatternType: versions 1+ */
  patternType: number
  /** Acls: versions 0+ */
  acls: DescribeAclsResponseAclDescription[]
}

export interface DescribeAclsResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
  /** Resources: versions 0+ */
  resources: DescribeAclsResponseDescribeAclsResource[]
}

export function defaultDescribeAclsResponseAclDescription (): DescribeAclsResponseAclDescription {
  return { principal: "", host: "", operation: 0, permissionType: 0 }
}

function readDescribeAclsResponseAclDescription (r: Reader, _version: number, flexible: boolean): DescribeAclsResponseAclDescription {
  const m: DescribeAclsResponseAclDescription = { principal: "", host: "", operation: 0, permissionType: 0 }
  m.principal = (flexible ? r.readCompactString() : r.readString())
  m.host = (flexible ? r.readCompactString() : r.readString())
  m.operation = r.readInt8()
  m.permissionType = r.readInt8()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeAclsResponseAclDescription (m: DescribeAclsResponseAclDescription, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.principal, flexible)
  size += sizeOfString(m.host, flexible)
  size += 1
  size += 1
  if (flexible) size += 1
  return size
}

function putDescribeAclsResponseAclDescription (w: Writer, m: DescribeAclsResponseAclDescription, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.principal); else w.writeString(m.principal)
  if (flexible) w.writeCompactString(m.host); else w.writeString(m.host)
  w.writeInt8(m.operation)
  w.writeInt8(m.permissionType)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeAclsResponseDescribeAclsResource (): DescribeAclsResponseDescribeAclsResource {
  return { resourceType: 0, resourceName: "", patternType: 3, acls: [] }
}

function readDescribeAclsResponseDescribeAclsResource (r: Reader, version: number, flexible: boolean): DescribeAclsResponseDescribeAclsResource {
  const m: DescribeAclsResponseDescribeAclsResource = { resourceType: 0, resourceName: "", patternType: 3, acls: [] }
  m.resourceType = r.readInt8()
  m.resourceName = (flexible ? r.readCompactString() : r.readString())
  if (version >= 1) {
    m.patternType = r.readInt8()
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Acls is null but not nullable in this version')
    const items: DescribeAclsResponseAclDescription[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeAclsResponseAclDescription(r, version, flexible))
    m.acls = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeAclsResponseDescribeAclsResource (m: DescribeAclsResponseDescribeAclsResource, version: number, flexible: boolean): number {
  let size = 0
  size += 1
  size += sizeOfString(m.resourceName, flexible)
  if (version >= 1) {
    size += 1
  }
  {
    size += sizeOfArrayLength(m.acls.length, flexible)
    for (const item of m.acls) size += sizeDescribeAclsResponseAclDescription(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeAclsResponseDescribeAclsResource (w: Writer, m: DescribeAclsResponseDescribeAclsResource, version: number, flexible: boolean): void {
  w.writeInt8(m.resourceType)
  if (flexible) w.writeCompactString(m.resourceName); else w.writeString(m.resourceName)
  if (version >= 1) {
    w.writeInt8(m.patternType)
  }
  w.writeArrayLength(m.acls.length, flexible)
  for (const item of m.acls) { putDescribeAclsResponseAclDescription(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeAclsResponse (): DescribeAclsResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "", resources: [] }
}

function readDescribeAclsResponse (r: Reader, version: number, flexible: boolean): DescribeAclsResponse {
  const m: DescribeAclsResponse = { throttleTimeMs: 0, errorCode: 0, errorMessage: "", resources: [] }
  m.throttleTimeMs = r.readInt32()
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Resources is null but not nullable in this version')
    const items: DescribeAclsResponseDescribeAclsResource[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeAclsResponseDescribeAclsResource(r, version, flexible))
    m.resources = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeAclsResponse (m: DescribeAclsResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  {
    size += sizeOfArrayLength(m.resources.length, flexible)
    for (const item of m.resources) size += sizeDescribeAclsResponseDescribeAclsResource(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeAclsResponse (w: Writer, m: DescribeAclsResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  w.writeArrayLength(m.resources.length, flexible)
  for (const item of m.resources) { putDescribeAclsResponseDescribeAclsResource(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DescribeAclsResponse: valid versions 0-3, flexible 2+. */
export const DescribeAclsResponseVersions = { min: 0, max: 3, flexibleMin: 2 } as const

export function decodeDescribeAclsResponse (r: Reader, version: number): DescribeAclsResponse {
  return readDescribeAclsResponse(r, version, version >= 2)
}

export function sizeOfDescribeAclsResponse (m: DescribeAclsResponse, version: number): number {
  return sizeDescribeAclsResponse(m, version, version >= 2)
}

export function writeDescribeAclsResponse (w: Writer, m: DescribeAclsResponse, version: number): void {
  putDescribeAclsResponse(w, m, version, version >= 2)
}
