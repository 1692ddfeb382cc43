// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: ListClientMetricsResourcesRequest.json, ListClientMetricsResourcesResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface ListClientMetricsResourcesRequest {
}

export function defaultListClientMetricsResourcesRequest (): ListClientMetricsResourcesRequest {
  return {}
}

function readListClientMetricsResourcesRequest (r: Reader, _version: number, flexible: boolean): ListClientMetricsResourcesRequest {
  const m: ListClientMetricsResourcesRequest = {}
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeListClientMetricsResourcesRequest (_m: ListClientMetricsResourcesRequest, _version: number, flexible: boolean): number {
  let size = 0
  if (flexible) size += 1
  return size
}

function putListClientMetricsResourcesRequest (w: Writer, _m: ListClientMetricsResourcesRequest, _version: number, flexible: boolean): void {
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ListClientMetricsResourcesRequest: valid versions 0-0, flexible 0+. */
export const ListClientMetricsResourcesRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeListClientMetricsResourcesRequest (r: Reader, version: number): ListClientMetricsResourcesRequest {
  return readListClientMetricsResourcesRequest(r, version, true)
}

export function sizeOfListClientMetricsResourcesRequest (m: ListClientMetricsResourcesRequest, version: number): number {
  return sizeListClientMetricsResourcesRequest(m, version, true)
}

export function writeListClientMetricsResourcesRequest (w: Writer, m: ListClientMetricsResourcesRequest, version: number): void {
  putListClientMetricsResourcesRequest(w, m, version, true)
}

export interface ListClientMetricsResourcesResponseClientMetricsResource {
  /** Name: versions 0+ */
  name: string
}

export interface ListClientMetricsResourcesResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ClientMetricsResources: versions 0+ */
  clientMetricsResources: ListClientMetricsResourcesResponseClientMetricsResource[]
}

export function defaultListClientMetricsResourcesResponseClientMetricsResource (): ListClientMetricsResourcesResponseClientMetricsResource {
  return { name: "" }
}

function readListClientMetricsResourcesResponseClientMetricsResource (r: Reader, _version: number, flexible: boolean): ListClientMetricsResourcesResponseClientMetricsResource {
  const m: ListClientMetricsResourcesResponseClientMetricsResource = { name: "" }
  m.name = (flexible ? r.readCompactString() : r.readString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeListClientMetricsResourcesResponseClientMetricsResource (m: ListClientMetricsResourcesResponseClientMetricsResource, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  if (flexible) size += 1
  return size
}

function putListClientMetricsResourcesResponseClientMetricsResource (w: Writer, m: ListClientMetricsResourcesResponseClientMetricsResource, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultListClientMetricsResourcesResponse (): ListClientMetricsResourcesResponse {
  return { throttleTimeMs: 0, errorCode: 0, clientMetricsResources: [] }
}

function readListClientMetricsResourcesResponse (r: Reader, version: number, flexible: boolean): ListClientMetricsResourcesResponse {
  const m: ListClientMetricsResourcesResponse = { throttleTimeMs: 0, errorCode: 0, clientMetricsResources: [] }
  m.throttleTimeMs = r.readInt32()
  m.errorCode = r.readInt16()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('ClientMetricsResources is null but not nullable in this version')
    const items: ListClientMetricsResourcesResponseClientMetricsResource[] = []
    for (let i = 0; i < n; i++) items.push(readListClientMetricsResourcesResponseClientMetricsResource(r, version, flexible))
    m.clientMetricsResources = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeListClientMetricsResourcesResponse (m: ListClientMetricsResourcesResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  {
    size += sizeOfArrayLength(m.clientMetricsResources.length, flexible)
    for (const item of m.clientMetricsResources) size += sizeListClientMetricsResourcesResponseClientMetricsResource(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putListClientMetricsResourcesResponse (w: Writer, m: ListClientMetricsResourcesResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  w.writeArrayLength(m.clientMetricsResources.length, flexible)
  for (const item of m.clientMetricsResources) { putListClientMetricsResourcesResponseClientMetricsResource(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ListClientMetricsResourcesResponse: valid versions 0-0, flexible 0+. */
export const ListClientMetricsResourcesResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeListClientMetricsResourcesResponse (r: Reader, version: number): ListClientMetricsResourcesResponse {
  return readListClientMetricsResourcesResponse(r, version, true)
}

export function sizeOfListClientMetricsResourcesResponse (m: ListClientMetricsResourcesResponse, version: number): number {
  return sizeListClientMetricsResourcesResponse(m, version, true)
}

export function writeListClientMetricsResourcesResponse (w: Writer, m: ListClientMetricsResourcesResponse, version: number): void {
  putListClientMetricsResourcesResponse(w, m, version, true)
}
