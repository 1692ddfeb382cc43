// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: EnvelopeRequest.json, EnvelopeResponse.json
import type { Reader } from '../../primitives/reader.ts'
import { type Writer, sizeOfBytes, sizeOfNullableBytes } from '../../primitives/writer.ts'

const EMPTY_BYTES: Buffer = Buffer.alloc(0)

export interface EnvelopeRequest {
  /** RequestData: versions 0+ */
  requestData: Buffer
  /** RequestPrincipal: versions 0+ */
  requestPrincipal: Buffer | null
  /** ClientHostAddress: versions 0+ */
  clientHostAddress: Buffer
}

export function defaultEnvelopeRequest (): EnvelopeRequest {
  return { requestData: EMPTY_BYTES, requestPrincipal: null, clientHostAddress: EMPTY_BYTES }
}

function readEnvelopeRequest (r: Reader, _version: number, flexible: boolean): EnvelopeRequest {
  const m: EnvelopeRequest = { requestData: EMPTY_BYTES, requestPrincipal: null, clientHostAddress: EMPTY_BYTES }
  m.requestData = (flexible ? r.readCompactBytes() : r.readBytes())
  m.requestPrincipal = (flexible ? r.readCompactNullableBytes() : r.readNullableBytes())
  m.clientHostAddress = (flexible ? r.readCompactBytes() : r.readBytes())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeEnvelopeRequest (m: EnvelopeRequest, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfBytes(m.requestData, flexible)
  size += sizeOfNullableBytes(m.requestPrincipal, flexible)
  size += sizeOfBytes(m.clientHostAddress, flexible)
  if (flexible) size += 1
  return size
}

function putEnvelopeRequest (w: Writer, m: EnvelopeRequest, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactBytes(m.requestData); else w.writeBytes(m.requestData)
  if (flexible) w.writeCompactNullableBytes(m.requestPrincipal); else w.writeNullableBytes(m.requestPrincipal)
  if (flexible) w.writeCompactBytes(m.clientHostAddress); else w.writeBytes(m.clientHostAddress)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** EnvelopeRequest: valid versions 0-0, flexible 0+. */
export const EnvelopeRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeEnvelopeRequest (r: Reader, version: number): EnvelopeRequest {
  return readEnvelopeRequest(r, version, true)
}

export function sizeOfEnvelopeRequest (m: EnvelopeRequest, version: number): number {
  return sizeEnvelopeRequest(m, version, true)
}

export function writeEnvelopeRequest (w: Writer, m: EnvelopeRequest, version: number): void {
  putEnvelopeRequest(w, m, version, true)
}

export interface EnvelopeResponse {
  /** ResponseData: versions 0+ */
  responseData: Buffer | null
  /** ErrorCode: versions 0+ */
  errorCode: number
}

export function defaultEnvelopeResponse (): EnvelopeResponse {
  return { responseData: null, errorCode: 0 }
}

function readEnvelopeResponse (r: Reader, _version: number, flexible: boolean): EnvelopeResponse {
  const m: EnvelopeResponse = { responseData: null, errorCode: 0 }
  m.responseData = (flexible ? r.readCompactNullableBytes() : r.readNullableBytes())
  m.errorCode = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeEnvelopeResponse (m: EnvelopeResponse, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfNullableBytes(m.responseData, flexible)
  size += 2
  if (flexible) size += 1
  return size
}

function putEnvelopeResponse (w: Writer, m: EnvelopeResponse, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactNullableBytes(m.responseData); else w.writeNullableBytes(m.responseData)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** EnvelopeResponse: valid versions 0-0, flexible 0+. */
export const EnvelopeResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeEnvelopeResponse (r: Reader, version: number): EnvelopeResponse {
  return readEnvelopeResponse(r, version, true)
}

export function sizeOfEnvelopeResponse (m: EnvelopeResponse, version: number): number {
  return sizeEnvelopeResponse(m, version, true)
}

export function writeEnvelopeResponse (w: Writer, m: EnvelopeResponse, version: number): void {
  putEnvelopeResponse(w, m, version, true)
}
