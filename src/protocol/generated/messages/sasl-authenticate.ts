// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: SaslAuthenticateRequest.json, SaslAuthenticateResponse.json
import type { Reader } from '../../primitives/reader.ts'
import { type Writer, sizeOfNullableString, sizeOfBytes } from '../../primitives/writer.ts'

const EMPTY_BYTES: Buffer = Buffer.alloc(0)

export interface SaslAuthenticateRequest {
  /** AuthBytes: versions 0+ */
  authBytes: Buffer
}

export function defaultSaslAuthenticateRequest (): SaslAuthenticateRequest {
  return { authBytes: EMPTY_BYTES }
}

function readSaslAuthenticateRequest (r: Reader, _version: number, flexible: boolean): SaslAuthenticateRequest {
  const m: SaslAuthenticateRequest = { authBytes: EMPTY_BYTES }
  m.authBytes = (flexible ? r.readCompactBytes() : r.readBytes())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeSaslAuthenticateRequest (m: SaslAuthenticateRequest, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfBytes(m.authBytes, flexible)
  if (flexible) size += 1
  return size
}

function putSaslAuthenticateRequest (w: Writer, m: SaslAuthenticateRequest, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactBytes(m.authBytes); else w.writeBytes(m.authBytes)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** SaslAuthenticateRequest: valid versions 0-2, flexible 2+. */
export const SaslAuthenticateRequestVersions = { min: 0, max: 2, flexibleMin: 2 } as const

export function decodeSaslAuthenticateRequest (r: Reader, version: number): SaslAuthenticateRequest {
  return readSaslAuthenticateRequest(r, version, version >= 2)
}

export function sizeOfSaslAuthenticateRequest (m: SaslAuthenticateRequest, version: number): number {
  return sizeSaslAuthenticateRequest(m, version, version >= 2)
}

export function writeSaslAuthenticateRequest (w: Writer, m: SaslAuthenticateRequest, version: number): void {
  putSaslAuthenticateRequest(w, m, version, version >= 2)
}

export interface SaslAuthenticateResponse {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
  /** AuthBytes: versions 0+ */
  authBytes: Buffer
  /** SessionLifetimeMs: versions 1+ */
  sessionLifetimeMs: bigint
}

export function defaultSaslAuthenticateResponse (): SaslAuthenticateResponse {
  return { errorCode: 0, errorMessage: "", authBytes: EMPTY_BYTES, sessionLifetimeMs: 0n }
}

function readSaslAuthenticateResponse (r: Reader, version: number, flexible: boolean): SaslAuthenticateResponse {
  const m: SaslAuthenticateResponse = { errorCode: 0, errorMessage: "", authBytes: EMPTY_BYTES, sessionLifetimeMs: 0n }
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  m.authBytes = (flexible ? r.readCompactBytes() : r.readBytes())
  if (version >= 1) {
    m.sessionLifetimeMs = r.readInt64()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeSaslAuthenticateResponse (m: SaslAuthenticateResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  size += sizeOfBytes(m.authBytes, flexible)
  if (version >= 1) {
    size += 8
  }
  if (flexible) size += 1
  return size
}

function putSaslAuthenticateResponse (w: Writer, m: SaslAuthenticateResponse, version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  if (flexible) w.writeCompactBytes(m.authBytes); else w.writeBytes(m.authBytes)
  if (version >= 1) {
    w.writeInt64(m.sessionLifetimeMs)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** SaslAuthenticateResponse: valid versions 0-2, flexible 2+. */
export const SaslAuthenticateResponseVersions = { min: 0, max: 2, flexibleMin: 2 } as const

export function decodeSaslAuthenticateResponse (r: Reader, version: number): SaslAuthenticateResponse {
  return readSaslAuthenticateResponse(r, version, version >= 2)
}

export function sizeOfSaslAuthenticateResponse (m: SaslAuthenticateResponse, version: number): number {
  return sizeSaslAuthenticateResponse(m, version, version >= 2)
}

export function writeSaslAuthenticateResponse (w: Writer, m: SaslAuthenticateResponse, version: number): void {
  putSaslAuthenticateResponse(w, m, version, version >= 2)
}
