// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: IncrementalAlterConfigsRequest.json, IncrementalAlterConfigsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface IncrementalAlterConfigsRequestAlterableConfig {
  /** Name: versions 0+ */
  name: string
  /** ConfigOperation: versions 0+ */
  configOperation: number
  /** Value: versions 0+ */
  value: string | null
}

export interface IncrementalAlterConfigsRequestAlterConfigsResource {
  /** ResourceType: versions 0+ */
  resourceType: number
  /** ResourceName: versions 0+ */
  resourceName: string
  /** Configs: versions 0+ */
  configs: IncrementalAlterConfigsRequestAlterableConfig[]
}

export interface IncrementalAlterConfigsRequest {
  /** Resources: versions 0+ */
  resources: IncrementalAlterConfigsRequestAlterConfigsResource[]
  /** ValidateOnly: versions 0+ */
  validateOnly: boolean
}

export function defaultIncrementalAlterConfigsRequestAlterableConfig (): IncrementalAlterConfigsRequestAlterableConfig {
  return { name: "", configOperation: 0, value: "" }
}

function readIncrementalAlterConfigsRequestAlterableConfig (r: Reader, _version: number, flexible: boolean): IncrementalAlterConfigsRequestAlterableConfig {
  const m: IncrementalAlterConfigsRequestAlterableConfig = { name: "", configOperation: 0, value: "" }
  m.name = (flexible ? r.readCompactString() : r.readString())
  m.configOperation = r.readInt8()
  m.value = (flexible ? r.readCompactNullableString() : r.readNullableString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeIncrementalAlterConfigsRequestAlterableConfig (m: IncrementalAlterConfigsRequestAlterableConfig, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  size += 1
  size += sizeOfNullableString(m.value, flexible)
  if (flexible) size += 1
  return size
}

function putIncrementalAlterConfigsRequestAlterableConfig (w: Writer, m: IncrementalAlterConfigsRequestAlterableConfig, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeInt8(m.configOperation)
  if (flexible) w.writeCompactNullableString(m.value); else w.writeNullableString(m.value)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultIncrementalAlterConfigsRequestAlterConfigsResource (): IncrementalAlterConfigsRequestAlterConfigsResource {
  return { resourceType: 0, resourceName: "", configs: [] }
}

function readIncrementalAlterConfigsRequestAlterConfigsResource (r: Reader, version: number, flexible: boolean): IncrementalAlterConfigsRequestAlterConfigsResource {
  const m: IncrementalAlterConfigsRequestAlterConfigsResource = { resourceType: 0, resourceName: "", configs: [] }
  m.resourceType = r.readInt8()
  m.resourceName = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Configs is null but not nullable in this version')
    const items: IncrementalAlterConfigsRequestAlterableConfig[] = []
    for (let i = 0; i < n; i++) items.push(readIncrementalAlterConfigsRequestAlterableConfig(r, version, flexible))
    m.configs = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeIncrementalAlterConfigsRequestAlterConfigsResource (m: IncrementalAlterConfigsRequestAlterConfigsResource, version: number, flexible: boolean): number {
  let size = 0
  size += 1
  size += sizeOfString(m.resourceName, flexible)
  {
    size += sizeOfArrayLength(m.configs.length, flexible)
    for (const item of m.configs) size += sizeIncrementalAlterConfigsRequestAlterableConfig(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putIncrementalAlterConfigsRequestAlterConfigsResource (w: Writer, m: IncrementalAlterConfigsRequestAlterConfigsResource, version: number, flexible: boolean): void {
  w.writeInt8(m.resourceType)
  if (flexible) w.writeCompactString(m.resourceName); else w.writeString(m.resourceName)
  w.writeArrayLength(m.configs.length, flexible)
  for (const item of m.configs) { putIncrementalAlterConfigsRequestAlterableConfig(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultIncrementalAlterConfigsRequest (): IncrementalAlterConfigsRequest {
  return { resources: [], validateOnly: false }
}

function readIncrementalAlterConfigsRequest (r: Reader, version: number, flexible: boolean): IncrementalAlterConfigsRequest {
  const m: IncrementalAlterConfigsRequest = { resources: [], validateOnly: false }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Resources is null but not nullable in this version')
    const items: IncrementalAlterConfigsRequestAlterConfigsResource[] = []
    for (let i = 0; i < n; i++) items.push(readIncrementalAlterConfigsRequestAlterConfigsResource(r, version, flexible))
    m.resources = items
  }
  m.validateOnly = r.readBoolean()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeIncrementalAlterConfigsRequest (m: IncrementalAlterConfigsRequest, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.resources.length, flexible)
    for (const item of m.resources) size += sizeIncrementalAlterConfigsRequestAlterConfigsResource(item, version, flexible)
  }
  size += 1
  if (flexible) size += 1
  return size
}

function putIncrementalAlterConfigsRequest (w: Writer, m: IncrementalAlterConfigsRequest, version: number, flexible: boolean): void {
  w.writeArrayLength(m.resources.length, flexible)
  for (const item of m.resources) { putIncrementalAlterConfigsRequestAlterConfigsResource(w, item, version, flexible) }
  w.writeBoolean(m.validateOnly)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** IncrementalAlterConfigsRequest: valid versions 0-1, flexible 1+. */
export const IncrementalAlterConfigsRequestVersions = { min: 0, max: 1, flexibleMin: 1 } as const

export function decodeIncrementalAlterConfigsRequest (r: Reader, version: number): IncrementalAlterConfigsRequest {
  return readIncrementalAlterConfigsRequest(r, version, version >= 1)
}

export function sizeOfIncrementalAlterConfigsRequest (m: IncrementalAlterConfigsRequest, version: number): number {
  return sizeIncrementalAlterConfigsRequest(m, version, version >= 1)
}

export function writeIncrementalAlterConfigsRequest (w: Writer, m: IncrementalAlterConfigsRequest, version: number): void {
  putIncrementalAlterConfigsRequest(w, m, version, version >= 1)
}

export interface IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
  /** ResourceType: versions 0+ */
  resourceType: number
  /** ResourceName: versions 0+ */
  resourceName: string
}

export interface IncrementalAlterConfigsResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** Responses: versions 0+ */
  responses: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[]
}

export function defaultIncrementalAlterConfigsResponseAlterConfigsResourceResponse (): IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  return { errorCode: 0, errorMessage: "", resourceType: 0, resourceName: "" }
}

function readIncrementalAlterConfigsResponseAlterConfigsResourceResponse (r: Reader, _version: number, flexible: boolean): IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  const m: IncrementalAlterConfigsResponseAlterConfigsResourceResponse = { errorCode: 0, errorMessage: "", resourceType: 0, resourceName: "" }
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  m.resourceType = r.readInt8()
  m.resourceName = (flexible ? r.readCompactString() : r.readString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeIncrementalAlterConfigsResponseAlterConfigsResourceResponse (m: IncrementalAlterConfigsResponseAlterConfigsResourceResponse, _version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  size += 1
  size += sizeOfString(m.resourceName, flexible)
  if (flexible) size += 1
  return size
}

function putIncrementalAlterConfigsResponseAlterConfigsResourceResponse (w: Writer, m: IncrementalAlterConfigsResponseAlterConfigsResourceResponse, _version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  w.writeInt8(m.resourceType)
  if (flexible) w.writeCompactString(m.resourceName); else w.writeString(m.resourceName)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultIncrementalAlterConfigsResponse (): IncrementalAlterConfigsResponse {
  return { throttleTimeMs: 0, responses: [] }
}

function readIncrementalAlterConfigsResponse (r: Reader, version: number, flexible: boolean): IncrementalAlterConfigsResponse {
  const m: IncrementalAlterConfigsResponse = { throttleTimeMs: 0, responses: [] }
  m.throttleTimeMs = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Responses is null but not nullable in this version')
    const items: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[] = []
    for (let i = 0; i < n; i++) items.push(readIncrementalAlterConfigsResponseAlterConfigsResourceResponse(r, version, flexible))
    m.responses = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeIncrementalAlterConfigsResponse (m: IncrementalAlterConfigsResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  {
    size += sizeOfArrayLength(m.responses.length, flexible)
    for (const item of m.responses) size += sizeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putIncrementalAlterConfigsResponse (w: Writer, m: IncrementalAlterConfigsResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeArrayLength(m.responses.length, flexible)
  for (const item of m.responses) { putIncrementalAlterConfigsResponseAlterConfigsResourceResponse(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** IncrementalAlterConfigsResponse: valid versions 0-1, flexible 1+. */
export const IncrementalAlterConfigsResponseVersions = { min: 0, max: 1, flexibleMin: 1 } as const

export function decodeIncrementalAlterConfigsResponse (r: Reader, version: number): IncrementalAlterConfigsResponse {
  return readIncrementalAlterConfigsResponse(r, version, version >= 1)
}

export function sizeOfIncrementalAlterConfigsResponse (m: IncrementalAlterConfigsResponse, version: number): number {
  return sizeIncrementalAlterConfigsResponse(m, version, version >= 1)
}

export function writeIncrementalAlterConfigsResponse (w: Writer, m: IncrementalAlterConfigsResponse, version: number): void {
  putIncrementalAlterConfigsResponse(w, m, version, version >= 1)
}
