// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: DescribeDelegationTokenRequest.json, DescribeDelegationTokenResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfBytes, sizeOfArrayLength } from '../../primitives/writer.ts'

const EMPTY_BYTES: Buffer = Buffer.alloc(0)

export interface DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  /** PrincipalType: versions 0+ */
  principalType: string
  /** PrincipalName: versions 0+ */
  principalName: string
}

export interface DescribeDelegationTokenRequest {
  /** Owners: versions 0+ */
  owners: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] | null
}

export function defaultDescribeDelegationTokenRequestDescribeDelegationTokenOwner (): DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  return { principalType: "", principalName: "" }
}

function readDescribeDelegationTokenRequestDescribeDelegationTokenOwner (r: Reader, _version: number, flexible: boolean): DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  const m: DescribeDelegationTokenRequestDescribeDelegationTokenOwner = { principalType: "", principalName: "" }
  m.principalType = (flexible ? r.readCompactString() : r.readString())
  m.principalName = (flexible ? r.readCompactString() : r.readString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeDelegationTokenRequestDescribeDelegationTokenOwner (m: DescribeDelegationTokenRequestDescribeDelegationTokenOwner, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.principalType, flexible)
  size += sizeOfString(m.principalName, flexible)
  if (flexible) size += 1
  return size
}

function putDescribeDelegationTokenRequestDescribeDelegationTokenOwner (w: Writer, m: DescribeDelegationTokenRequestDescribeDelegationTokenOwner, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.principalType); else w.writeString(m.principalType)
  if (flexible) w.writeCompactString(m.principalName); else w.writeString(m.principalName)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeDelegationTokenRequest (): DescribeDelegationTokenRequest {
  return { owners: [] }
}

function readDescribeDelegationTokenRequest (r: Reader, version: number, flexible: boolean): DescribeDelegationTokenRequest {
  const m: DescribeDelegationTokenRequest = { owners: [] }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) m.owners = null
    else {
      const items: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] = []
      for (let i = 0; i < n; i++) items.push(readDescribeDelegationTokenRequestDescribeDelegationTokenOwner(r, version, flexible))
      m.owners = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeDelegationTokenRequest (m: DescribeDelegationTokenRequest, version: number, flexible: boolean): number {
  let size = 0
  if (m.owners === null) size += sizeOfArrayLength(-1, flexible)
  else {
    size += sizeOfArrayLength(m.owners.length, flexible)
    for (const item of m.owners) size += sizeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeDelegationTokenRequest (w: Writer, m: DescribeDelegationTokenRequest, version: number, flexible: boolean): void {
  if (m.owners === null) {
    w.writeArrayLength(-1, flexible)
  } else {
    w.writeArrayLength(m.owners.length, flexible)
    for (const item of m.owners) { putDescribeDelegationTokenRequestDescribeDelegationTokenOwner(w, item, version, flexible) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DescribeDelegationTokenRequest: valid versions 0-3, flexible 2+. */
export const DescribeDelegationTokenRequestVersions = { min: 0, max: 3, flexibleMin: 2 } as const

export function decodeDescribeDelegationTokenRequest (r: Reader, version: number): DescribeDelegationTokenRequest {
  return readDescribeDelegationTokenRequest(r, version, version >= 2)
}

export function sizeOfDescribeDelegationTokenRequest (m: DescribeDelegationTokenRequest, version: number): number {
  return sizeDescribeDelegationTokenRequest(m, version, version >= 2)
}

export function writeDescribeDelegationTokenRequest (w: Writer, m: DescribeDelegationTokenRequest, version: number): void {
  putDescribeDelegationTokenRequest(w, m, version, version >= 2)
}

export interface DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  /** PrincipalType: versions 0+ */
  principalType: string
  /** PrincipalName: versions 0+ */
  principalName: string
}

export interface DescribeDelegationTokenResponseDescribedDelegationToken {
  /** PrincipalType: versions 0+ */
  principalType: string
  /** PrincipalName: versions 0+ */
  principalName: string
  /** TokenRequesterPrincipalType: versions 3+ */
  tokenRequesterPrincipalType: string
  /** TokenRequesterPrincipalName: versions 3+ */
  tokenRequesterPrincipalName: string
  /** IssueTimestamp: versions 0+ */
  issueTimestamp: bigint
  /** ExpiryTimestamp: versions 0+ */
  expiryTimestamp: bigint
  /** MaxTimestamp: versions 0+ */
  maxTimestamp: bigint
  /** TokenId: versions 0+ */
  tokenId: string
  /** Hmac: versions 0+ */
  hmac: Buffer
  /** Renewers: versions 0+ */
  renewers: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[]
}

export interface DescribeDelegationTokenResponse {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** Tokens: versions 0+ */
  tokens: DescribeDelegationTokenResponseDescribedDelegationToken[]
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
}

export function defaultDescribeDelegationTokenResponseDescribedDelegationTokenRenewer (): DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  return { principalType: "", principalName: "" }
}

function readDescribeDelegationTokenResponseDescribedDelegationTokenRenewer (r: Reader, _version: number, flexible: boolean): DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  const m: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer = { principalType: "", principalName: "" }
  m.principalType = (flexible ? r.readCompactString() : r.readString())
  m.principalName = (flexible ? r.readCompactString() : r.readString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer (m: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.principalType, flexible)
  size += sizeOfString(m.principalName, flexible)
  if (flexible) size += 1
  return size
}

function putDescribeDelegationTokenResponseDescribedDelegationTokenRenewer (w: Writer, m: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.principalType); else w.writeString(m.principalType)
  if (flexible) w.writeCompactString(m.principalName); else w.writeString(m.principalName)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeDelegationTokenResponseDescribedDelegationToken (): DescribeDelegationTokenResponseDescribedDelegationToken {
  return { principalType: "", principalName: "", tokenRequesterPrincipalType: "", tokenRequesterPrincipalName: "", issueTimestamp: 0n, expiryTimestamp: 0n, maxTimestamp: 0n, tokenId: "", hmac: EMPTY_BYTES, renewers: [] }
}

function readDescribeDelegationTokenResponseDescribedDelegationToken (r: Reader, version: number, flexible: boolean): DescribeDelegationTokenResponseDescribedDelegationToken {
  const m: DescribeDelegationTokenResponseDescribedDelegationToken = { principalType: "", principalName: "", tokenRequesterPrincipalType: "", tokenRequesterPrincipalName: "", issueTimestamp: 0n, expiryTimestamp: 0n, maxTimestamp: 0n, tokenId: "", hmac: EMPTY_BYTES, renewers: [] }
  m.principalType = (flexible ? r.readCompactString() : r.readString())
  m.principalName = (flexible ? r.readCompactString() : r.readString())
  if (version >= 3) {
    m.tokenRequesterPrincipalType = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 3) {
    m.tokenRequesterPrincipalName = (flexible ? r.readCompactString() : r.readString())
  }
  m.issueTimestamp = r.readInt64()
  m.expiryTimestamp = r.readInt64()
  m.maxTimestamp = r.readInt64()
  m.tokenId = (flexible ? r.readCompactString() : r.readString())
  m.hmac = (flexible ? r.readCompactBytes() : r.readBytes())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Renewers is null but not nullable in this version')
    const items: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(r, version, flexible))
    m.renewers = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeDelegationTokenResponseDescribedDelegationToken (m: DescribeDelegationTokenResponseDescribedDelegationToken, version: number, flexible: boolean): number {
  let size = 0
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
  {
    size += sizeOfArrayLength(m.renewers.length, flexible)
    for (const item of m.renewers) size += sizeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeDelegationTokenResponseDescribedDelegationToken (w: Writer, m: DescribeDelegationTokenResponseDescribedDelegationToken, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.principalType); else w.writeString(m.principalType)
  if (flexible) w.writeCompactString(m.principalName); else w.writeString(m.principalName)
  if (version >= 3) {
    if (flexible) w.writeCompactString(m.tokenRequesterPrincipalType); else w.writeString(m.tokenRequesterPrincipalType)
  }
  if (version >= 3) {
    if (flexible) w.writeCompactString(m.tokenRequesterPrincipalName); else w.writeString(m.tokenRequesterPrincipalName)
  }
  w.writeInt64(m.issueTimestamp)
  w.writeInt64(m.expiryTimestamp)
  w.writeInt64(m.maxTimestamp)
  if (flexible) w.writeCompactString(m.tokenId); else w.writeString(m.tokenId)
  if (flexible) w.writeCompactBytes(m.hmac); else w.writeBytes(m.hmac)
  w.writeArrayLength(m.renewers.length, flexible)
  for (const item of m.renewers) { putDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeDelegationTokenResponse (): DescribeDelegationTokenResponse {
  return { errorCode: 0, tokens: [], throttleTimeMs: 0 }
}

function readDescribeDelegationTokenResponse (r: Reader, version: number, flexible: boolean): DescribeDelegationTokenResponse {
  const m: DescribeDelegationTokenResponse = { errorCode: 0, tokens: [], throttleTimeMs: 0 }
  m.errorCode = r.readInt16()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Tokens is null but not nullable in this version')
    const items: DescribeDelegationTokenResponseDescribedDelegationToken[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeDelegationTokenResponseDescribedDelegationToken(r, version, flexible))
    m.tokens = items
  }
  m.throttleTimeMs = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeDelegationTokenResponse (m: DescribeDelegationTokenResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  {
    size += sizeOfArrayLength(m.tokens.length, flexible)
    for (const item of m.tokens) size += sizeDescribeDelegationTokenResponseDescribedDelegationToken(item, version, flexible)
  }
  size += 4
  if (flexible) size += 1
  return size
}

function putDescribeDelegationTokenResponse (w: Writer, m: DescribeDelegationTokenResponse, version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  w.writeArrayLength(m.tokens.length, flexible)
  for (const item of m.tokens) { putDescribeDelegationTokenResponseDescribedDelegationToken(w, item, version, flexible) }
  w.writeInt32(m.throttleTimeMs)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DescribeDelegationTokenResponse: valid versions 0-3, flexible 2+. */
export const DescribeDelegationTokenResponseVersions = { min: 0, max: 3, flexibleMin: 2 } as const

export function decodeDescribeDelegationTokenResponse (r: Reader, version: number): DescribeDelegationTokenResponse {
  return readDescribeDelegationTokenResponse(r, version, version >= 2)
}

export function sizeOfDescribeDelegationTokenResponse (m: DescribeDelegationTokenResponse, version: number): number {
  return sizeDescribeDelegationTokenResponse(m, version, version >= 2)
}

export function writeDescribeDelegationTokenResponse (w: Writer, m: DescribeDelegationTokenResponse, version: number): void {
  putDescribeDelegationTokenResponse(w, m, version, version >= 2)
}
