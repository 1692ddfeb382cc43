// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: CreateDelegationTokenRequest.json, CreateDelegationTokenResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfBytes, sizeOfArrayLength } from '../../primitives/writer.ts'

const EMPTY_BYTES: Buffer = Buffer.alloc(0)

export interface CreateDelegationTokenRequestCreatableRenewers {
  /** PrincipalType: versions 0+ */
  principalType: string
  /** PrincipalName: versions 0+ */
  principalName: string
}

export interface CreateDelegationTokenRequest {
  /** OwnerPrincipalType: versions 3+ */
  ownerPrincipalType: string | null
  /** OwnerPrincipalName: versions 3+ */
  ownerPrincipalName: string | null
  /** Renewers: versions 0+ */
  renewers: CreateDelegationTokenRequestCreatableRenewers[]
  /** MaxLifetimeMs: versions 0+ */
  maxLifetimeMs: bigint
}

export function defaultCreateDelegationTokenRequestCreatableRenewers (): CreateDelegationTokenRequestCreatableRenewers {
  return { principalType: "", principalName: "" }
}

function readCreateDelegationTokenRequestCreatableRenewers (r: Reader, _version: number, flexible: boolean): CreateDelegationTokenRequestCreatableRenewers {
  const m: CreateDelegationTokenRequestCreatableRenewers = { principalType: "", principalName: "" }
  m.principalType = (flexible ? r.readCompactString() : r.readString())
  m.principalName = (flexible ? r.readCompactString() : r.readString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeCreateDelegationTokenRequestCreatableRenewers (m: CreateDelegationTokenRequestCreatableRenewers, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.principalType, flexible)
  size += sizeOfString(m.principalName, flexible)
  if (flexible) size += 1
  return size
}

function putCreateDelegationTokenRequestCreatableRenewers (w: Writer, m: CreateDelegationTokenRequestCreatableRenewers, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.principalType); else w.writeString(m.principalType)
  if (flexible) w.writeCompactString(m.principalName); else w.writeString(m.principalName)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultCreateDelegationTokenRequest (): CreateDelegationTokenRequest {
  return { ownerPrincipalType: "", ownerPrincipalName: "", renewers: [], maxLifetimeMs: 0n }
}

function readCreateDelegationTokenRequest (r: Reader, version: number, flexible: boolean): CreateDelegationTokenRequest {
  const m: CreateDelegationTokenRequest = { ownerPrincipalType: "", ownerPrincipalName: "", renewers: [], maxLifetimeMs: 0n }
  if (version >= 3) {
    m.ownerPrincipalType = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (version >= 3) {
    m.ownerPrincipalName = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Renewers is null but not nullable in this version')
    const items: CreateDelegationTokenRequestCreatableRenewers[] = []
    for (let i = 0; i < n; i++) items.push(readCreateDelegationTokenRequestCreatableRenewers(r, version, flexible))
    m.renewers = items
  }
  m.maxLifetimeMs = r.readInt64()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeCreateDelegationTokenRequest (m: CreateDelegationTokenRequest, version: number, flexible: boolean): number {
  let size = 0
  if (!(version >= 3) && !(m.ownerPrincipalType === "")) throw new Error('CreateDelegationTokenRequest.ownerPrincipalType is not supported in version ' + version)
  if (version >= 3) {
    size += sizeOfNullableString(m.ownerPrincipalType, flexible)
  }
  if (!(version >= 3) && !(m.ownerPrincipalName === "")) throw new Error('CreateDelegationTokenRequest.ownerPrincipalName is not supported in version ' + version)
  if (version >= 3) {
    size += sizeOfNullableString(m.ownerPrincipalName, flexible)
  }
  {
    size += sizeOfArrayLength(m.renewers.length, flexible)
    for (const item of m.renewers) size += sizeCreateDelegationTokenRequestCreatableRenewers(item, version, flexible)
  }
  size += 8
  if (flexible) size += 1
  return size
}

function putCreateDelegationTokenRequest (w: Writer, m: CreateDelegationTokenRequest, version: number, flexible: boolean): void {
  if (version >= 3) {
    if (flexible) w.writeCompactNullableString(m.ownerPrincipalType); else w.writeNullableString(m.ownerPrincipalType)
  }
  if (version >= 3) {
    if (flexible) w.writeCompactNullableString(m.ownerPrincipalName); else w.writeNullableString(m.ownerPrincipalName)
  }
  w.writeArrayLength(m.renewers.length, flexible)
  for (const item of m.renewers) { putCreateDelegationTokenRequestCreatableRenewers(w, item, version, flexible) }
  w.writeInt64(m.maxLifetimeMs)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** CreateDelegationTokenRequest: valid versions 0-3, flexible 2+. */
export const CreateDelegationTokenRequestVersions = { min: 0, max: 3, flexibleMin: 2 } as const

export function decodeCreateDelegationTokenRequest (r: Reader, version: number): CreateDelegationTokenRequest {
  return readCreateDelegationTokenRequest(r, version, version >= 2)
}

export function sizeOfCreateDelegationTokenRequest (m: CreateDelegationTokenRequest, version: number): number {
  return sizeCreateDelegationTokenRequest(m, version, version >= 2)
}

export function writeCreateDelegationTokenRequest (w: Writer, m: CreateDelegationTokenRequest, version: number): void {
  putCreateDelegationTokenRequest(w, m, version, version >= 2)
}

export interface CreateDelegationTokenResponse {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** PrincipalType: versions 0+ */
  principalType: string
  /** PrincipalName: versions 0+ */
  principalName: string
  /** TokenRequesterPrincipalType: versions 3+ */
  tokenRequesterPrincipalType: string
  /** TokenRequesterPrincipalName: versions 3+ */
  tokenRequesterPrincipalName: string
  /** IssueTimestampMs: versions 0+ */
  issueTimestampMs: bigint
  /** ExpiryTimestampMs: versions 0+ */
  expiryTimestampMs: bigint
  /** MaxTimestampMs: versions 0+ */
  maxTimestampMs: bigint
  /** TokenId: versions 0+ */
  tokenId: string
  /** Hmac: versions 0+ */
  hmac: Buffer
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
}

export function defaultCreateDelegationTokenResponse (): CreateDelegationTokenResponse {
  return { errorCode: 0, principalType: "", principalName: "", tokenRequesterPrincipalType: "", tokenRequesterPrincipalName: "", issueTimestampMs: 0n, expiryTimestampMs: 0n, maxTimestampMs: 0n, tokenId: "", hmac: EMPTY_BYTES, throttleTimeMs: 0 }
}

function readCreateDelegationTokenResponse (r: Reader, version: number, flexible: boolean): CreateDelegationTokenResponse {
  const m: CreateDelegationTokenResponse = { errorCode: 0, principalType: "", principalName: "", tokenRequesterPrincipalType: "", tokenRequesterPrincipalName: "", issueTimestampMs: 0n, expiryTimestampMs: 0n, maxTimestampMs: 0n, tokenId: "", hmac: EMPTY_BYTES, throttleTimeMs: 0 }
  m.errorCode = r.readInt16()
  m.principalType = (flexible ? r.readCompactString() : r.readString())
  m.principalName = (flexible ? r.readCompactString() : r.readString())
  if (version >= 3) {
    m.tokenRequesterPrincipalType = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 3) {
    m.tokenRequesterPrincipalName = (flexible ? r.readCompactString() : r.readString())
  }
  m.issueTimestampMs = r.readInt64()
  m.expiryTimestampMs = r.readInt64()
  m.maxTimestampMs = r.readInt64()
  m.tokenId = (flexible ? r.readCompactString() : r.readString())
  m.hmac = (flexible ? r.readCompactBytes() : r.readBytes())
  m.throttleTimeMs = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeCreateDelegationTokenResponse (m: CreateDelegationTokenResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += sizeOfString(m.principalType, flexible)
  size += sizeOfString(m.principalName, flexible)
  if (version >= 3) {
    size += sizeOfString(m.tokenRequesterPrincipalType, flexible)
  }
  if (version >= 3) {
    size += sizeOfString(m.tokenRequesterPrincipalName, flexible)
  }
  size += 8
  size += 8
  size += 8
  size += sizeOfString(m.tokenId, flexible)
  size += sizeOfBytes(m.hmac, flexible)
  size += 4
  if (flexible) size += 1
  return size
}

function putCreateDelegationTokenResponse (w: Writer, m: CreateDelegationTokenResponse, version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactString(m.principalType); else w.writeString(m.principalType)
  if (flexible) w.writeCompactString(m.principalName); else w.writeString(m.principalName)
  if (version >= 3) {
    if (flexible) w.writeCompactString(m.tokenRequesterPrincipalType); else w.writeString(m.tokenRequesterPrincipalType)
  }
  if (version >= 3) {
    if (flexible) w.writeCompactString(m.tokenRequesterPrincipalName); else w.writeString(m.tokenRequesterPrincipalName)
  }
  w.writeInt64(m.issueTimestampMs)
  w.writeInt64(m.expiryTimestampMs)
  w.writeInt64(m.maxTimestampMs)
  if (flexible) w.writeCompactString(m.tokenId); else w.writeString(m.tokenId)
  if (flexible) w.writeCompactBytes(m.hmac); else w.writeBytes(m.hmac)
  w.writeInt32(m.throttleTimeMs)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** CreateDelegationTokenResponse: valid versions 0-3, flexible 2+. */
export const CreateDelegationTokenResponseVersions = { min: 0, max: 3, flexibleMin: 2 } as const

export function decodeCreateDelegationTokenResponse (r: Reader, version: number): CreateDelegationTokenResponse {
  return readCreateDelegationTokenResponse(r, version, version >= 2)
}

export function sizeOfCreateDelegationTokenResponse (m: CreateDelegationTokenResponse, version: number): number {
  return sizeCreateDelegationTokenResponse(m, version, version >= 2)
}

export function writeCreateDelegationTokenResponse (w: Writer, m: CreateDelegationTokenResponse, version: number): void {
  putCreateDelegationTokenResponse(w, m, version, version >= 2)
}
