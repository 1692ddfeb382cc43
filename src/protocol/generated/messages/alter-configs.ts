// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: AlterConfigsRequest.json, AlterConfigsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface AlterConfigsRequestAlterableConfig {
  /** Name: versions 0+ */
  name: string
  /** Value: versions 0+ */
  value: string | null
}

export interface AlterConfigsRequestAlterConfigsResource {
  /** ResourceType: versions 0+ */
  resourceType: number
  /** ResourceName: versions 0+ */
  resourceName: string
  /** Configs: versions 0+ */
  configs: AlterConfigsRequestAlterableConfig[]
}

export interface AlterConfigsRequest {
  /** Resources: versions 0+ */
  resources: AlterConfigsRequestAlterConfigsResource[]
  /** ValidateOnly: versions 0+ */
  validateOnly: boolean
}

export function defaultAlterConfigsRequestAlterableConfig (): AlterConfigsRequestAlterableConfig {
  return { name: "", value: "" }
}

function readAlterConfigsRequestAlterableConfig (r: Reader, _version: number, flexible: boolean): AlterConfigsRequestAlterableConfig {
  const m: AlterConfigsRequestAlterableConfig = { name: "", value: "" }
  m.name = (flexible ? r.readCompactString() : r.readString())
  m.value = (flexible ? r.readCompactNullableString() : r.readNullableString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterConfigsRequestAlterableConfig (m: AlterConfigsRequestAlterableConfig, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  size += sizeOfNullableString(m.value, flexible)
  if (flexible) size += 1
  return size
}

function putAlterConfigsRequestAlterableConfig (w: Writer, m: AlterConfigsRequestAlterableConfig, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  if (flexible) w.writeCompactNullableString(m.value); else w.writeNullableString(m.value)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAlterConfigsRequestAlterConfigsResource (): AlterConfigsRequestAlterConfigsResource {
  return { resourceType: 0, resourceName: "", configs: [] }
}

function readAlterConfigsRequestAlterConfigsResource (r: Reader, version: number, flexible: boolean): AlterConfigsRequestAlterConfigsResource {
  const m: AlterConfigsRequestAlterConfigsResource = { resourceType: 0, resourceName: "", configs: [] }
  m.resourceType = r.readInt8()
  m.resourceName = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Configs is null but not nullable in this version')
    const items: AlterConfigsRequestAlterableConfig[] = []
    for (let i = 0; i < n; i++) items.push(readAlterConfigsRequestAlterableConfig(r, version, flexible))
    m.configs = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterConfigsRequestAlterConfigsResource (m: AlterConfigsRequestAlterConfigsResource, version: number, flexible: boolean): number {
  let size = 0
  size += 1
  size += sizeOfString(m.resourceName, flexible)
  {
    size += sizeOfArrayLength(m.configs.length, flexible)
    for (const item of m.configs) size += sizeAlterConfigsRequestAlterableConfig(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAlterConfigsRequestAlterConfigsResource (w: Writer, m: AlterConfigsRequestAlterConfigsResource, version: number, flexible: boolean): void {
  w.writeInt8(m.resourceType)
  if (flexible) w.writeCompactString(m.resourceName); else w.writeString(m.resourceName)
  w.writeArrayLength(m.configs.length, flexible)
  for (const item of m.configs) { putAlterConfigsRequestAlterableConfig(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAlterConfigsRequest (): AlterConfigsRequest {
  return { resources: [], validateOnly: false }
}

function readAlterConfigsRequest (r: Reader, version: number, flexible: boolean): AlterConfigsRequest {
  const m: AlterConfigsRequest = { resources: [], validateOnly: false }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Resources is null but not nullable in this version')
    const items: AlterConfigsRequestAlterConfigsResource[] = []
    for (let i = 0; i < n; i++) items.push(readAlterConfigsRequestAlterConfigsResource(r, version, flexible))
    m.resources = items
  }
  m.validateOnly = r.readBoolean()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterConfigsRequest (m: AlterConfigsRequest, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.resources.length, flexible)
    for (const item of m.resources) size += sizeAlterConfigsRequestAlterConfigsResource(item, version, flexible)
  }
  size += 1
  if (flexible) size += 1
  return size
}

function putAlterConfigsRequest (w: Writer, m: AlterConfigsRequest, version: number, flexible: boolean): void {
  w.writeArrayLength(m.resources.length, flexible)
  for (const item of m.resources) { putAlterConfigsRequestAlterConfigsResource(w, item, version, flexible) }
  w.writeBoolean(m.validateOnly)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** AlterConfigsRequest: valid versions 0-2, flexible 2+. */
export const AlterConfigsRequestVersions = { min: 0, max: 2, flexibleMin: 2 } as const

export function decodeAlterConfigsRequest (r: Reader, version: number): AlterConfigsRequest {
  return readAlterConfigsRequest(r, version, version >= 2)
}

export function sizeOfAlterConfigsRequest (m: AlterConfigsRequest, version: number): number {
  return sizeAlterConfigsRequest(m, version, version >= 2)
}

export function writeAlterConfigsRequest (w: Writer, m: AlterConfigsRequest, version: number): void {
  putAlterConfigsRequest(w, m, version, version >= 2)
}

export interface AlterConfigsResponseAlterConfigsResourceResponse {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
  /** ResourceType: versions 0+ */
  resourceType: number
  /** ResourceName: versions 0+ */
  resourceName: string
}

export interface AlterConfigsResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** Responses: versions 0+ */
  responses: AlterConfigsResponseAlterConfigsResourceResponse[]
}

export function defaultAlterConfigsResponseAlterConfigsResourceResponse (): AlterConfigsResponseAlterConfigsResourceResponse {
  return { errorCode: 0, errorMessage: "", resourceType: 0, resourceName: "" }
}

function readAlterConfigsResponseAlterConfigsResourceResponse (r: Reader, _version: number, flexible: boolean): AlterConfigsResponseAlterConfigsResourceResponse {
  const m: AlterConfigsResponseAlterConfigsResourceResponse = { errorCode: 0, errorMessage: "", resourceType: 0, resourceName: "" }
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  m.resourceType = r.readInt8()
  m.resourceName = (flexible ? r.readCompactString() : r.readString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterConfigsResponseAlterConfigsResourceResponse (m: AlterConfigsResponseAlterConfigsResourceResponse, _version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  size += 1
  size += sizeOfString(m.resourceName, flexible)
  if (flexible) size += 1
  return size
}

function putAlterConfigsResponseAlterConfigsResourceResponse (w: Writer, m: AlterConfigsResponseAlterConfigsResourceResponse, _version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  w.writeInt8(m.resourceType)
  if (flexible) w.writeCompactString(m.resourceName); else w.writeString(m.resourceName)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAlterConfigsResponse (): AlterConfigsResponse {
  return { throttleTimeMs: 0, responses: [] }
}

function readAlterConfigsResponse (r: Reader, version: number, flexible: boolean): AlterConfigsResponse {
  const m: AlterConfigsResponse = { throttleTimeMs: 0, responses: [] }
  m.throttleTimeMs = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Responses is null but not nullable in this version')
    const items: AlterConfigsResponseAlterConfigsResourceResponse[] = []
    for (let i = 0; i < n; i++) items.push(readAlterConfigsResponseAlterConfigsResourceResponse(r, version, flexible))
    m.responses = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterConfigsResponse (m: AlterConfigsResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  {
    size += sizeOfArrayLength(m.responses.length, flexible)
    for (const item of m.responses) size += sizeAlterConfigsResponseAlterConfigsResourceResponse(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAlterConfigsResponse (w: Writer, m: AlterConfigsResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeArrayLength(m.responses.length, flexible)
  for (const item of m.responses) { putAlterConfigsResponseAlterConfigsResourceResponse(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** AlterConfigsResponse: valid versions 0-2, flexible 2+. */
export const AlterConfigsResponseVersions = { min: 0, max: 2, flexibleMin: 2 } as const

export function decodeAlterConfigsResponse (r: Reader, version: number): AlterConfigsResponse {
  return readAlterConfigsResponse(r, version, version >= 2)
}

export function sizeOfAlterConfigsResponse (m: AlterConfigsResponse, version: number): number {
  return sizeAlterConfigsResponse(m, version, version >= 2)
}

export function writeAlterConfigsResponse (w: Writer, m: AlterConfigsResponse, version: number): void {
  putAlterConfigsResponse(w, m, version, version >= 2)
}
