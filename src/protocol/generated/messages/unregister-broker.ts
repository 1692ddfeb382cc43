// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: UnregisterBrokerRequest.json, UnregisterBrokerResponse.json
import type { Reader } from '../../primitives/reader.ts'
import { type Writer, sizeOfNullableString } from '../../primitives/writer.ts'

export interface UnregisterBrokerRequest {
  /** BrokerId: versions 0+ */
  brokerId: number
}

export function defaultUnregisterBrokerRequest (): UnregisterBrokerRequest {
  return { brokerId: 0 }
}

function readUnregisterBrokerRequest (r: Reader, _version: number, flexible: boolean): UnregisterBrokerRequest {
  const m: UnregisterBrokerRequest = { brokerId: 0 }
  m.brokerId = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeUnregisterBrokerRequest (_m: UnregisterBrokerRequest, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  if (flexible) size += 1
  return size
}

function putUnregisterBrokerRequest (w: Writer, m: UnregisterBrokerRequest, _version: number, flexible: boolean): void {
  w.writeInt32(m.brokerId)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** UnregisterBrokerRequest: valid versions 0-0, flexible 0+. */
export const UnregisterBrokerRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeUnregisterBrokerRequest (r: Reader, version: number): UnregisterBrokerRequest {
  return readUnregisterBrokerRequest(r, version, true)
}

export function sizeOfUnregisterBrokerRequest (m: UnregisterBrokerRequest, version: number): number {
  return sizeUnregisterBrokerRequest(m, version, true)
}

export function writeUnregisterBrokerRequest (w: Writer, m: UnregisterBrokerRequest, version: number): void {
  putUnregisterBrokerRequest(w, m, version, true)
}

export interface UnregisterBrokerResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
}

export function defaultUnregisterBrokerResponse (): UnregisterBrokerResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "" }
}

function readUnregisterBrokerResponse (r: Reader, _version: number, flexible: boolean): UnregisterBrokerResponse {
  const m: UnregisterBrokerResponse = { throttleTimeMs: 0, errorCode: 0, errorMessage: "" }
  m.throttleTimeMs = r.readInt32()
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeUnregisterBrokerResponse (m: UnregisterBrokerResponse, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  if (flexible) size += 1
  return size
}

function putUnregisterBrokerResponse (w: Writer, m: UnregisterBrokerResponse, _version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** UnregisterBrokerResponse: valid versions 0-0, flexible 0+. */
export const UnregisterBrokerResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeUnregisterBrokerResponse (r: Reader, version: number): UnregisterBrokerResponse {
  return readUnregisterBrokerResponse(r, version, true)
}

export function sizeOfUnregisterBrokerResponse (m: UnregisterBrokerResponse, version: number): number {
  return sizeUnregisterBrokerResponse(m, version, true)
}

export function writeUnregisterBrokerResponse (w: Writer, m: UnregisterBrokerResponse, version: number): void {
  putUnregisterBrokerResponse(w, m, version, true)
}
