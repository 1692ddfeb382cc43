// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: AlterUserScramCredentialsRequest.json, AlterUserScramCredentialsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfBytes, sizeOfArrayLength } from '../../primitives/writer.ts'

const EMPTY_BYTES: Buffer = Buffer.alloc(0)

export interface AlterUserScramCredentialsRequestScramCredentialDeletion {
  /** Name: versions 0+ */
  name: string
  /** Mechanism: versions 0+ */
  mechanism: number
}

export interface AlterUserScramCredentialsRequestScramCredentialUpsertion {
  /** Name: versions 0+ */
  name: string
  /** Mechanism: versions 0+ */
  mechanism: number
  /** Iterations: versions 0+ */
  iterations: number
  /** Salt: versions 0+ */
  salt: Buffer
  /** SaltedPassword: versions 0+ */
  saltedPassword: Buffer
}

export interface AlterUserScramCredentialsRequest {
  /** Deletions: versions 0+ */
  deletions: AlterUserScramCredentialsRequestScramCredentialDeletion[]
  /** Upsertions: versions 0+ */
  upsertions: AlterUserScramCredentialsRequestScramCredentialUpsertion[]
}

export function defaultAlterUserScramCredentialsRequestScramCredentialDeletion (): AlterUserScramCredentialsRequestScramCredentialDeletion {
  return { name: "", mechanism: 0 }
}

function readAlterUserScramCredentialsRequestScramCredentialDeletion (r: Reader, _version: number, flexible: boolean): AlterUserScramCredentialsRequestScramCredentialDeletion {
  const m: AlterUserScramCredentialsRequestScramCredentialDeletion = { name: "", mechanism: 0 }
  m.name = (flexible ? r.readCompactString() : r.readString())
  m.mechanism = r.readInt8()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterUserScramCredentialsRequestScramCredentialDeletion (m: AlterUserScramCredentialsRequestScramCredentialDeletion, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  size += 1
  if (flexible) size += 1
  return size
}

function putAlterUserScramCredentialsRequestScramCredentialDeletion (w: Writer, m: AlterUserScramCredentialsRequestScramCredentialDeletion, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeInt8(m.mechanism)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAlterUserScramCredentialsRequestScramCredentialUpsertion (): AlterUserScramCredentialsRequestScramCredentialUpsertion {
  return { name: "", mechanism: 0, iterations: 0, salt: EMPTY_BYTES, saltedPassword: EMPTY_BYTES }
}

function readAlterUserScramCredentialsRequestScramCredentialUpsertion (r: Reader, _version: number, flexible: boolean): AlterUserScramCredentialsRequestScramCredentialUpsertion {
  const m: AlterUserScramCredentialsRequestScramCredentialUpsertion = { name: "", mechanism: 0, iterations: 0, salt: EMPTY_BYTES, saltedPassword: EMPTY_BYTES }
  m.name = (flexible ? r.readCompactString() : r.readString())
  m.mechanism = r.readInt8()
  m.iterations = r.readInt32()
  m.salt = (flexible ? r.readCompactBytes() : r.readBytes())
  m.saltedPassword = (flexible ? r.readCompactBytes() : r.readBytes())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterUserScramCredentialsRequestScramCredentialUpsertion (m: AlterUserScramCredentialsRequestScramCredentialUpsertion, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  size += 1
  size += 4
  size += sizeOfBytes(m.salt, flexible)
  size += sizeOfBytes(m.saltedPassword, flexible)
  if (flexible) size += 1
  return size
}

function putAlterUserScramCredentialsRequestScramCredentialUpsertion (w: Writer, m: AlterUserScramCredentialsRequestScramCredentialUpsertion, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeInt8(m.mechanism)
  w.writeInt32(m.iterations)
  if (flexible) w.writeCompactBytes(m.salt); else w.writeBytes(m.salt)
  if (flexible) w.writeCompactBytes(m.saltedPassword); else w.writeBytes(m.saltedPassword)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAlterUserScramCredentialsRequest (): AlterUserScramCredentialsRequest {
  return { deletions: [], upsertions: [] }
}

function readAlterUserScramCredentialsRequest (r: Reader, version: number, flexible: boolean): AlterUserScramCredentialsRequest {
  const m: AlterUserScramCredentialsRequest = { deletions: [], upsertions: [] }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Deletions is null but not nullable in this version')
    const items: AlterUserScramCredentialsRequestScramCredentialDeletion[] = []
    for (let i = 0; i < n; i++) items.push(readAlterUserScramCredentialsRequestScramCredentialDeletion(r, version, flexible))
    m.deletions = items
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Upsertions is null but not nullable in this version')
    const items: AlterUserScramCredentialsRequestScramCredentialUpsertion[] = []
    for (let i = 0; i < n; i++) items.push(readAlterUserScramCredentialsRequestScramCredentialUpsertion(r, version, flexible))
    m.upsertions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterUserScramCredentialsRequest (m: AlterUserScramCredentialsRequest, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.deletions.length, flexible)
    for (const item of m.deletions) size += sizeAlterUserScramCredentialsRequestScramCredentialDeletion(item, version, flexible)
  }
  {
    size += sizeOfArrayLength(m.upsertions.length, flexible)
    for (const item of m.upsertions) size += sizeAlterUserScramCredentialsRequestScramCredentialUpsertion(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAlterUserScramCredentialsRequest (w: Writer, m: AlterUserScramCredentialsRequest, version: number, flexible: boolean): void {
  w.writeArrayLength(m.deletions.length, flexible)
  for (const item of m.deletions) { putAlterUserScramCredentialsRequestScramCredentialDeletion(w, item, version, flexible) }
  w.writeArrayLength(m.upsertions.length, flexible)
  for (const item of m.upsertions) { putAlterUserScramCredentialsRequestScramCredentialUpsertion(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** AlterUserScramCredentialsRequest: valid versions 0-0, flexible 0+. */
export const AlterUserScramCredentialsRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeAlterUserScramCredentialsRequest (r: Reader, version: number): AlterUserScramCredentialsRequest {
  return readAlterUserScramCredentialsRequest(r, version, true)
}

export function sizeOfAlterUserScramCredentialsRequest (m: AlterUserScramCredentialsRequest, version: number): number {
  return sizeAlterUserScramCredentialsRequest(m, version, true)
}

export function writeAlterUserScramCredentialsRequest (w: Writer, m: AlterUserScramCredentialsRequest, version: number): void {
  putAlterUserScramCredentialsRequest(w, m, version, true)
}

export interface AlterUserScramCredentialsResponseAlterUserScramCredentialsResult {
  /** User: versions 0+ */
  user: string
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
}

export interface AlterUserScramCredentialsResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** Results: versions 0+ */
  results: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult[]
}

export function defaultAlterUserScramCredentialsResponseAlterUserScramCredentialsResult (): AlterUserScramCredentialsResponseAlterUserScramCredentialsResult {
  return { user: "", errorCode: 0, errorMessage: "" }
}

function readAlterUserScramCredentialsResponseAlterUserScramCredentialsResult (r: Reader, _version: number, flexible: boolean): AlterUserScramCredentialsResponseAlterUserScramCredentialsResult {
  const m: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult = { user: "", errorCode: 0, errorMessage: "" }
  m.user = (flexible ? r.readCompactString() : r.readString())
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult (m: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.user, flexible)
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  if (flexible) size += 1
  return size
}

function putAlterUserScramCredentialsResponseAlterUserScramCredentialsResult (w: Writer, m: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.user); else w.writeString(m.user)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAlterUserScramCredentialsResponse (): AlterUserScramCredentialsResponse {
  return { throttleTimeMs: 0, results: [] }
}

function readAlterUserScramCredentialsResponse (r: Reader, version: number, flexible: boolean): AlterUserScramCredentialsResponse {
  const m: AlterUserScramCredentialsResponse = { throttleTimeMs: 0, results: [] }
  m.throttleTimeMs = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Results is null but not nullable in this version')
    const items: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult[] = []
    for (let i = 0; i < n; i++) items.push(readAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(r, version, flexible))
    m.results = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterUserScramCredentialsResponse (m: AlterUserScramCredentialsResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  {
    size += sizeOfArrayLength(m.results.length, flexible)
    for (const item of m.results) size += sizeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAlterUserScramCredentialsResponse (w: Writer, m: AlterUserScramCredentialsResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeArrayLength(m.results.length, flexible)
  for (const item of m.results) { putAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** AlterUserScramCredentialsResponse: valid versions 0-0, flexible 0+. */
export const AlterUserScramCredentialsResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeAlterUserScramCredentialsResponse (r: Reader, version: number): AlterUserScramCredentialsResponse {
  return readAlterUserScramCredentialsResponse(r, version, true)
}

export function sizeOfAlterUserScramCredentialsResponse (m: AlterUserScramCredentialsResponse, version: number): number {
  return sizeAlterUserScramCredentialsResponse(m, version, true)
}

export function writeAlterUserScramCredentialsResponse (w: Writer, m: AlterUserScramCredentialsResponse, version: number): void {
  putAlterUserScramCredentialsResponse(w, m, version, true)
}
