// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: RenewDelegationTokenRequest.json, RenewDelegationTokenResponse.json
import type { Reader } from '../../primitives/reader.ts'
import { type Writer, sizeOfBytes } from '../../primitives/writer.ts'

const EMPTY_BYTES: Buffer = Buffer.alloc(0)

export interface RenewDelegationTokenRequest {
  /** Hmac: versions 0+ */
  hmac: Buffer
  /** RenewPeriodMs: versions 0+ */
  renewPeriodMs: bigint
}

export function defaultRenewDelegationTokenRequest (): RenewDelegationTokenRequest {
  return { hmac: EMPTY_BYTES, renewPeriodMs: 0n }
}

function readRenewDelegationTokenRequest (r: Reader, _version: number, flexible: boolean): RenewDelegationTokenRequest {
  const m: RenewDelegationTokenRequest = { hmac: EMPTY_BYTES, renewPeriodMs: 0n }
  m.hmac = (flexible ? r.readCompactBytes() : r.readBytes())
  m.renewPeriodMs = r.readInt64()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeRenewDelegationTokenRequest (m: RenewDelegationTokenRequest, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfBytes(m.hmac, flexible)
  size += 8
  if (flexible) size += 1
  return size
}

function putRenewDelegationTokenRequest (w: Writer, m: RenewDelegationTokenRequest, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactBytes(m.hmac); else w.writeBytes(m.hmac)
  w.writeInt64(m.renewPeriodMs)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** RenewDelegationTokenRequest: valid versions 0-2, flexible 2+. */
export const RenewDelegationTokenRequestVersions = { min: 0, max: 2, flexibleMin: 2 } as const

export function decodeRenewDelegationTokenRequest (r: Reader, version: number): RenewDelegationTokenRequest {
  return readRenewDelegationTokenRequest(r, version, version >= 2)
}

export function sizeOfRenewDelegationTokenRequest (m: RenewDelegationTokenRequest, version: number): number {
  return sizeRenewDelegationTokenRequest(m, version, version >= 2)
}

export function writeRenewDelegationTokenRequest (w: Writer, m: RenewDelegationTokenRequest, version: number): void {
  putRenewDelegationTokenRequest(w, m, version, version >= 2)
}

export interface RenewDelegationTokenResponse {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ExpiryTimestampMs: versions 0+ */
  expiryTimestampMs: bigint
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
}

export function defaultRenewDelegationTokenResponse (): RenewDelegationTokenResponse {
  return { errorCode: 0, expiryTimestampMs: 0n, throttleTimeMs: 0 }
}

function readRenewDelegationTokenResponse (r: Reader, _version: number, flexible: boolean): RenewDelegationTokenResponse {
  const m: RenewDelegationTokenResponse = { errorCode: 0, expiryTimestampMs: 0n, throttleTimeMs: 0 }
  m.errorCode = r.readInt16()
  m.expiryTimestampMs = r.readInt64()
  m.throttleTimeMs = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeRenewDelegationTokenResponse (_m: RenewDelegationTokenResponse, _version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += 8
  size += 4
  if (flexible) size += 1
  return size
}

function putRenewDelegationTokenResponse (w: Writer, m: RenewDelegationTokenResponse, _version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  w.writeInt64(m.expiryTimestampMs)
  w.writeInt32(m.throttleTimeMs)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** RenewDelegationTokenResponse: valid versions 0-2, flexible 2+. */
export const RenewDelegationTokenResponseVersions = { min: 0, max: 2, flexibleMin: 2 } as const

export function decodeRenewDelegationTokenResponse (r: Reader, version: number): RenewDelegationTokenResponse {
  return readRenewDelegationTokenResponse(r, version, version >= 2)
}

export function sizeOfRenewDelegationTokenResponse (m: RenewDelegationTokenResponse, version: number): number {
  return sizeRenewDelegationTokenResponse(m, version, version >= 2)
}

export function writeRenewDelegationTokenResponse (w: Writer, m: RenewDelegationTokenResponse, version: number): void {
  putRenewDelegationTokenResponse(w, m, version, version >= 2)
}
