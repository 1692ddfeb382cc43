// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: DescribeUserScramCredentialsRequest.json, DescribeUserScramCredentialsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface DescribeUserScramCredentialsRequestUserName {
  /** Name: versions 0+ */
  name: string
}

export interface DescribeUserScramCredentialsRequest {
  /** Users: versions 0+ */
  users: DescribeUserScramCredentialsRequestUserName[] | null
}

export function defaultDescribeUserScramCredentialsRequestUserName (): DescribeUserScramCredentialsRequestUserName {
  return { name: "" }
}

function readDescribeUserScramCredentialsRequestUserName (r: Reader, _version: number, flexible: boolean): DescribeUserScramCredentialsRequestUserName {
  const m: DescribeUserScramCredentialsRequestUserName = { name: "" }
  m.name = (flexible ? r.readCompactString() : r.readString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeUserScramCredentialsRequestUserName (m: DescribeUserScramCredentialsRequestUserName, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  if (flexible) size += 1
  return size
}

function putDescribeUserScramCredentialsRequestUserName (w: Writer, m: DescribeUserScramCredentialsRequestUserName, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeUserScramCredentialsRequest (): DescribeUserScramCredentialsRequest {
  return { users: [] }
}

function readDescribeUserScramCredentialsRequest (r: Reader, version: number, flexible: boolean): DescribeUserScramCredentialsRequest {
  const m: DescribeUserScramCredentialsRequest = { users: [] }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) m.users = null
    else {
      const items: DescribeUserScramCredentialsRequestUserName[] = []
      for (let i = 0; i < n; i++) items.push(readDescribeUserScramCredentialsRequestUserName(r, version, flexible))
      m.users = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeUserScramCredentialsRequest (m: DescribeUserScramCredentialsRequest, version: number, flexible: boolean): number {
  let size = 0
  if (m.users === null) size += sizeOfArrayLength(-1, flexible)
  else {
    size += sizeOfArrayLength(m.users.length, flexible)
    for (const item of m.users) size += sizeDescribeUserScramCredentialsRequestUserName(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeUserScramCredentialsRequest (w: Writer, m: DescribeUserScramCredentialsRequest, version: number, flexible: boolean): void {
  if (m.users === null) {
    w.writeArrayLength(-1, flexible)
  } else {
    w.writeArrayLength(m.users.length, flexible)
    for (const item of m.users) { putDescribeUserScramCredentialsRequestUserName(w, item, version, flexible) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DescribeUserScramCredentialsRequest: valid versions 0-0, flexible 0+. */
export const DescribeUserScramCredentialsRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeDescribeUserScramCredentialsRequest (r: Reader, version: number): DescribeUserScramCredentialsRequest {
  return readDescribeUserScramCredentialsRequest(r, version, true)
}

export function sizeOfDescribeUserScramCredentialsRequest (m: DescribeUserScramCredentialsRequest, version: number): number {
  return sizeDescribeUserScramCredentialsRequest(m, version, true)
}

export function writeDescribeUserScramCredentialsRequest (w: Writer, m: DescribeUserScramCredentialsRequest, version: number): void {
  putDescribeUserScramCredentialsRequest(w, m, version, true)
}

export interface DescribeUserScramCredentialsResponseCredentialInfo {
  /** Mechanism: versions 0+ */
  mechanism: number
  /** Iterations: versions 0+ */
  iterations: number
}

export interface DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  /** User: versions 0+ */
  user: string
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
  /** CredentialInfos: versions 0+ */
  credentialInfos: DescribeUserScramCredentialsResponseCredentialInfo[]
}

export interface DescribeUserScramCredentialsResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
  /** Results: versions 0+ */
  results: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[]
}

export function defaultDescribeUserScramCredentialsResponseCredentialInfo (): DescribeUserScramCredentialsResponseCredentialInfo {
  return { mechanism: 0, iterations: 0 }
}

function readDescribeUserScramCredentialsResponseCredentialInfo (r: Reader, _version: number, flexible: boolean): DescribeUserScramCredentialsResponseCredentialInfo {
  const m: DescribeUserScramCredentialsResponseCredentialInfo = { mechanism: 0, iterations: 0 }
  m.mechanism = r.readInt8()
  m.iterations = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeUserScramCredentialsResponseCredentialInfo (_m: DescribeUserScramCredentialsResponseCredentialInfo, _version: number, flexible: boolean): number {
  let size = 0
  size += 1
  size += 4
  if (flexible) size += 1
  return size
}

function putDescribeUserScramCredentialsResponseCredentialInfo (w: Writer, m: DescribeUserScramCredentialsResponseCredentialInfo, _version: number, flexible: boolean): void {
  w.writeInt8(m.mechanism)
  w.writeInt32(m.iterations)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult (): DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  return { user: "", errorCode: 0, errorMessage: "", credentialInfos: [] }
}

function readDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult (r: Reader, version: number, flexible: boolean): DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  const m: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult = { user: "", errorCode: 0, errorMessage: "", credentialInfos: [] }
  m.user = (flexible ? r.readCompactString() : r.readString())
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('CredentialInfos is null but not nullable in this version')
    const items: DescribeUserScramCredentialsResponseCredentialInfo[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeUserScramCredentialsResponseCredentialInfo(r, version, flexible))
    m.credentialInfos = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult (m: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.user, flexible)
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  {
    size += sizeOfArrayLength(m.credentialInfos.length, flexible)
    for (const item of m.credentialInfos) size += sizeDescribeUserScramCredentialsResponseCredentialInfo(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult (w: Writer, m: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.user); else w.writeString(m.user)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  w.writeArrayLength(m.credentialInfos.length, flexible)
  for (const item of m.credentialInfos) { putDescribeUserScramCredentialsResponseCredentialInfo(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeUserScramCredentialsResponse (): DescribeUserScramCredentialsResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "", results: [] }
}

function readDescribeUserScramCredentialsResponse (r: Reader, version: number, flexible: boolean): DescribeUserScramCredentialsResponse {
  const m: DescribeUserScramCredentialsResponse = { throttleTimeMs: 0, errorCode: 0, errorMessage: "", results: [] }
  m.throttleTimeMs = r.readInt32()
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Results is null but not nullable in this version')
    const items: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(r, version, flexible))
    m.results = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeUserScramCredentialsResponse (m: DescribeUserScramCredentialsResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  {
    size += sizeOfArrayLength(m.results.length, flexible)
    for (const item of m.results) size += sizeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeUserScramCredentialsResponse (w: Writer, m: DescribeUserScramCredentialsResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  w.writeArrayLength(m.results.length, flexible)
  for (const item of m.results) { putDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DescribeUserScramCredentialsResponse: valid versions 0-0, flexible 0+. */
export const DescribeUserScramCredentialsResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeDescribeUserScramCredentialsResponse (r: Reader, version: number): DescribeUserScramCredentialsResponse {
  return readDescribeUserScramCredentialsResponse(r, version, true)
}

export function sizeOfDescribeUserScramCredentialsResponse (m: DescribeUserScramCredentialsResponse, version: number): number {
  return sizeDescribeUserScramCredentialsResponse(m, version, true)
}

export function writeDescribeUserScramCredentialsResponse (w: Writer, m: DescribeUserScramCredentialsResponse, version: number): void {
  putDescribeUserScramCredentialsResponse(w, m, version, true)
}
