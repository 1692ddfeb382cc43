// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: CreateAclsRequest.json, CreateAclsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface CreateAclsRequestAclCreation {
  /** ResourceType: versions 0+ */
  resourceType: number
  /** ResourceName: versions 0+ */
  resourceName: string
  /** ResourcePatternType: versions 1+ */
  resourcePatternType: number
  /** Principal: versions 0+ */
  principal: string
  /** Host: versions 0+ */
  host: string
  /** Operation: versions 0+ */
  operation: number
  /** PermissionType: versions 0+ */
  permissionType: number
}

export interface CreateAclsRequest {
  /** Creations: versions 0+ */
  creations: CreateAclsRequestAclCreation[]
}

export function defaultCreateAclsRequestAclCreation (): CreateAclsRequestAclCreation {
  return { resourceType: 0, resourceName: "", resourcePatternType: 3, principal: "", host: "", operation: 0, permissionType: 0 }
}

function readCreateAclsRequestAclCreation (r: Reader, version: number, flexible: boolean): CreateAclsRequestAclCreation {
  const m: CreateAclsRequestAclCreation = { resourceType: 0, resourceName: "", resourcePatternType: 3, principal: "", host: "", operation: 0, permissionType: 0 }
  m.resourceType = r.readInt8()
  m.resourceName = (flexible ? r.readCompactString() : r.readString())
  if (version >= 1) {
    m.resourcePatternType = r.readInt8()
  }
  m.principal = (flexible ? r.readCompactString() : r.readString())
  m.host = (flexible ? r.readCompactString() : r.readString())
  m.operation = r.readInt8()
  m.permissionType = r.readInt8()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeCreateAclsRequestAclCreation (m: CreateAclsRequestAclCreation, version: number, flexible: boolean): number {
  let size = 0
  size += 1
  size += sizeOfString(m.resourceName, flexible)
  if (!(version >= 1) && !(m.resourcePatternType === 3)) throw new Error('CreateAclsRequestAclCreation.resourcePatternType is not supported in version ' + version)
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

function putCreateAclsRequestAclCreation (w: Writer, m: CreateAclsRequestAclCreation, version: number, flexible: boolean): void {
  w.writeInt8(m.resourceType)
  if (flexible) w.writeCompactString(m.resourceName); else w.writeString(m.resourceName)
  if (version >= 1) {
    w.writeInt8(m.resourcePatternType)
  }
  if (flexible) w.writeCompactString(m.principal); else w.writeString(m.principal)
  if (flexible) w.writeCompactString(m.host); else w.writeString(m.host)
  w.writeInt8(m.operation)
  w.writeInt8(m.permissionType)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultCreateAclsRequest (): CreateAclsRequest {
  return { creations: [] }
}

function readCreateAclsRequest (r: Reader, version: number, flexible: boolean): CreateAclsRequest {
  const m: CreateAclsRequest = { creations: [] }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Creations is null but not nullable in this version')
    const items: CreateAclsRequestAclCreation[] = []
    for (let i = 0; i < n; i++) items.push(readCreateAclsRequestAclCreation(r, version, flexible))
    m.creations = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeCreateAclsRequest (m: CreateAclsRequest, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.creations.length, flexible)
    for (const item of m.creations) size += sizeCreateAclsRequestAclCreation(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putCreateAclsRequest (w: Writer, m: CreateAclsRequest, version: number, flexible: boolean): void {
  w.writeArrayLength(m.creations.length, flexible)
  for (const item of m.creations) { putCreateAclsRequestAclCreation(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** CreateAclsRequest: valid versions 0-3, flexible 2+. */
export const CreateAclsRequestVersions = { min: 0, max: 3, flexibleMin: 2 } as const

export function decodeCreateAclsRequest (r: Reader, version: number): CreateAclsRequest {
  return readCreateAclsRequest(r, version, version >= 2)
}

export function sizeOfCreateAclsRequest (m: CreateAclsRequest, version: number): number {
  return sizeCreateAclsRequest(m, version, version >= 2)
}

export function writeCreateAclsRequest (w: Writer, m: CreateAclsRequest, version: number): void {
  putCreateAclsRequest(w, m, version, version >= 2)
}

export interface CreateAclsResponseAclCreationResult {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
}

export interface CreateAclsResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** Results: versions 0+ */
  results: CreateAclsResponseAclCreationResult[]
}

export function defaultCreateAclsResponseAclCreationResult (): CreateAclsResponseAclCreationResult {
  return { errorCode: 0, errorMessage: "" }
}

function readCreateAclsResponseAclCreationResult (r: Reader, _version: number, flexible: boolean): CreateAclsResponseAclCreationResult {
  const m: CreateAclsResponseAclCreationResult = { errorCode: 0, errorMessage: "" }
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeCreateAclsResponseAclCreationResult (m: CreateAclsResponseAclCreationResult, _version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  if (flexible) size += 1
  return size
}

function putCreateAclsResponseAclCreationResult (w: Writer, m: CreateAclsResponseAclCreationResult, _version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultCreateAclsResponse (): CreateAclsResponse {
  return { throttleTimeMs: 0, results: [] }
}

function readCreateAclsResponse (r: Reader, version: number, flexible: boolean): CreateAclsResponse {
  const m: CreateAclsResponse = { throttleTimeMs: 0, results: [] }
  m.throttleTimeMs = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Results is null but not nullable in this version')
    const items: CreateAclsResponseAclCreationResult[] = []
    for (let i = 0; i < n; i++) items.push(readCreateAclsResponseAclCreationResult(r, version, flexible))
    m.results = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeCreateAclsResponse (m: CreateAclsResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  {
    size += sizeOfArrayLength(m.results.length, flexible)
    for (const item of m.results) size += sizeCreateAclsResponseAclCreationResult(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putCreateAclsResponse (w: Writer, m: CreateAclsResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeArrayLength(m.results.length, flexible)
  for (const item of m.results) { putCreateAclsResponseAclCreationResult(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** CreateAclsResponse: valid versions 0-3, flexible 2+. */
export const CreateAclsResponseVersions = { min: 0, max: 3, flexibleMin: 2 } as const

export function decodeCreateAclsResponse (r: Reader, version: number): CreateAclsResponse {
  return readCreateAclsResponse(r, version, version >= 2)
}

export function sizeOfCreateAclsResponse (m: CreateAclsResponse, version: number): number {
  return sizeCreateAclsResponse(m, version, version >= 2)
}

export function writeCreateAclsResponse (w: Writer, m: CreateAclsResponse, version: number): void {
  putCreateAclsResponse(w, m, version, version >= 2)
}
