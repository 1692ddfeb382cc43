// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: RequestHeader.json, ResponseHeader.json
import type { Reader } from '../primitives/reader.ts'
import { type Writer, sizeOfNullableString } from '../primitives/writer.ts'

export interface RequestHeader {
  /** RequestApiKey: versions 0+ */
  requestApiKey: number
  /** RequestApiVersion: versions 0+ */
  requestApiVersion: number
  /** CorrelationId: versions 0+ */
  correlationId: number
  /** ClientId: versions 1+ */
  clientId: string | null
}

export function defaultRequestHeader (): RequestHeader {
  return { requestApiKey: 0, requestApiVersion: 0, correlationId: 0, clientId: "" }
}

function readRequestHeader (r: Reader, version: number, flexible: boolean): RequestHeader {
  const m: RequestHeader = { requestApiKey: 0, requestApiVersion: 0, correlationId: 0, clientId: "" }
  m.requestApiKey = r.readInt16()
  m.requestApiVersion = r.readInt16()
  m.correlationId = r.readInt32()
  if (version >= 1) {
    m.clientId = r.readNullableString()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeRequestHeader (m: RequestHeader, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += 2
  size += 4
  if (version >= 1) {
    size += sizeOfNullableString(m.clientId, false)
  }
  if (flexible) size += 1
  return size
}

function putRequestHeader (w: Writer, m: RequestHeader, version: number, flexible: boolean): void {
  w.writeInt16(m.requestApiKey)
  w.writeInt16(m.requestApiVersion)
  w.writeInt32(m.correlationId)
  if (version >= 1) {
    w.writeNullableString(m.clientId)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** RequestHeader: valid versions 0-2, flexible 2+. */
export const RequestHeaderVersions = { min: 0, max: 2, flexibleMin: 2 } as const

export function decodeRequestHeader (r: Reader, version: number): RequestHeader {
  return readRequestHeader(r, version, version >= 2)
}

export function sizeOfRequestHeader (m: RequestHeader, version: number): number {
  return sizeRequestHeader(m, version, version >= 2)
}

export function writeRequestHeader (w: Writer, m: RequestHeader, version: number): void {
  putRequestHeader(w, m, version, version >= 2)
}

export interface ResponseHeader {
  /** CorrelationId: versions 0+ */
  correlationId: number
}

export function defaultResponseHeader (): ResponseHeader {
  return { correlationId: 0 }
}

function readResponseHeader (r: Reader, _version: number, flexible: boolean): ResponseHeader {
  const m: ResponseHeader = { correlationId: 0 }
  m.correlationId = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeResponseHeader (_m: ResponseHeader, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  if (flexible) size += 1
  return size
}

function putResponseHeader (w: Writer, m: ResponseHeader, _version: number, flexible: boolean): void {
  w.writeInt32(m.correlationId)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ResponseHeader: valid versions 0-1, flexible 1+. */
export const ResponseHeaderVersions = { min: 0, max: 1, flexibleMin: 1 } as const

export function decodeResponseHeader (r: Reader, version: number): ResponseHeader {
  return readResponseHeader(r, version, version >= 1)
}

export function sizeOfResponseHeader (m: ResponseHeader, version: number): number {
  return sizeResponseHeader(m, version, version >= 1)
}

export function writeResponseHeader (w: Writer, m: ResponseHeader, version: number): void {
  putResponseHeader(w, m, version, version >= 1)
}
