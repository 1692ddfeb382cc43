// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: ExpireDelegationTokenRequest.json, ExpireDelegationTokenResponse.json
import type { Reader } from '../../primitives/reader.ts'
import { type Writer, sizeOfBytes } from '../../primitives/writer.ts'

const EMPTY_BYTES: Buffer = Buffer.alloc(0)

export interface ExpireDelegationTokenRequest {
  /** Hmac: versions 0+ */
  hmac: Buffer
  /** ExpiryTimePeriodMs: versions 0+ */
  expiryTimePeriodMs: bigint
}

export function defaultExpireDelegationTokenRequest (): ExpireDelegationTokenRequest {
  return { hmac: EMPTY_BYTES, expiryTimePeriodMs: 0n }
}

function readExpireDelegationTokenRequest (r: Reader, _version: number, flexible: boolean): ExpireDelegationTokenRequest {
  const m: ExpireDelegationTokenRequest = { hmac: EMPTY_BYTES, expiryTimePeriodMs: 0n }
  m.hmac = (flexible ? r.readCompactBytes() : r.readBytes())
  m.expiryTimePeriodMs = r.readInt64()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeExpireDelegationTokenRequest (m: ExpireDelegationTokenRequest, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfBytes(m.hmac, flexible)
  size += 8
  if (flexible) size += 1
  return size
}

function putExpireDelegationTokenRequest (w: Writer, m: ExpireDelegationTokenRequest, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactBytes(m.hmac); else w.writeBytes(m.hmac)
  w.writeInt64(m.expiryTimePeriodMs)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ExpireDelegationTokenRequest: valid versions 0-2, flexible 2+. */
export const ExpireDelegationTokenRequestVersions = { min: 0, max: 2, flexibleMin: 2 } as const

export function decodeExpireDelegationTokenRequest (r: Reader, version: number): ExpireDelegationTokenRequest {
  return readExpireDelegationTokenRequest(r, version, version >= 2)
}

export function sizeOfExpireDelegationTokenRequest (m: ExpireDelegationTokenRequest, version: number): number {
  return sizeExpireDelegationTokenRequest(m, version, version >= 2)
}

export function writeExpireDelegationTokenRequest (w: Writer, m: ExpireDelegationTokenRequest, version: number): void {
  putExpireDelegationTokenRequest(w, m, version, version >= 2)
}

export interface ExpireDelegationTokenResponse {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ExpiryTimestampMs: versions 0+ */
  expiryTimestampMs: bigint
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
}

export function defaultExpireDelegationTokenResponse (): ExpireDelegationTokenResponse {
  return { errorCode: 0, expiryTimestampMs: 0n, throttleTimeMs: 0 }
}

function readExpireDelegationTokenResponse (r: Reader, _version: number, flexible: boolean): ExpireDelegationTokenResponse {
  const m: ExpireDelegationTokenResponse = { errorCode: 0, expiryTimestampMs: 0n, throttleTimeMs: 0 }
  m.errorCode = r.readInt16()
  m.expiryTimestampMs = r.readInt64()
  m.throttleTimeMs = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeExpireDelegationTokenResponse (_m: ExpireDelegationTokenResponse, _version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += 8
  size += 4
  if (flexible) size += 1
  return size
}

function putExpireDelegationTokenResponse (w: Writer, m: ExpireDelegationTokenResponse, _version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  w.writeInt64(m.expiryTimestampMs)
  w.writeInt32(m.throttleTimeMs)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ExpireDelegationTokenResponse: valid versions 0-2, flexible 2+. */
export const ExpireDelegationTokenResponseVersions = { min: 0, max: 2, flexibleMin: 2 } as const

export function decodeExpireDelegationTokenResponse (r: Reader, version: number): ExpireDelegationTokenResponse {
  return readExpireDelegationTokenResponse(r, version, version >= 2)
}

export function sizeOfExpireDelegationTokenResponse (m: ExpireDelegationTokenResponse, version: number): number {
  return sizeExpireDelegationTokenResponse(m, version, version >= 2)
}

export function writeExpireDelegationTokenResponse (w: Writer, m: ExpireDelegationTokenResponse, version: number): void {
  putExpireDelegationTokenResponse(w, m, version, version >= 2)
}
