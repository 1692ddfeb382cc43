// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: AlterClientQuotasRequest.json, AlterClientQuotasResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface AlterClientQuotasRequestEntityData {
  /** EntityType: versions 0+ */
  entityType: string
  /** EntityName: versions 0+ */
  entityName: string | null
}

export interface AlterClientQuotasRequestOpData {
  /** Key: versions 0+ */
  key: string
  /** Value: versions 0+ */
  value: number
  /** Remove: versions 0+ */
  remove: boolean
}

export interface AlterClientQuotasRequestEntryData {
  /** Entity: versions 0+ */
  entity: AlterClientQuotasRequestEntityData[]
  /** Ops: versions 0+ */
  ops: AlterClientQuotasRequestOpData[]
}

export interface AlterClientQuotasRequest {
  /** Entries: versions 0+ */
  entries: AlterClientQuotasRequestEntryData[]
  /** ValidateOnly: versions 0+ */
  validateOnly: boolean
}

export function defaultAlterClientQuotasRequestEntityData (): AlterClientQuotasRequestEntityData {
  return { entityType: "", entityName: "" }
}

function readAlterClientQuotasRequestEntityData (r: Reader, _version: number, flexible: boolean): AlterClientQuotasRequestEntityData {
  const m: AlterClientQuotasRequestEntityData = { entityType: "", entityName: "" }
  m.entityType = (flexible ? r.readCompactString() : r.readString())
  m.entityName = (flexible ? r.readCompactNullableString() : r.readNullableString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterClientQuotasRequestEntityData (m: AlterClientQuotasRequestEntityData, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.entityType, flexible)
  size += sizeOfNullableString(m.entityName, flexible)
  if (flexible) size += 1
  return size
}

function putAlterClientQuotasRequestEntityData (w: Writer, m: AlterClientQuotasRequestEntityData, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.entityType); else w.writeString(m.entityType)
  if (flexible) w.writeCompactNullableString(m.entityName); else w.writeNullableString(m.entityName)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAlterClientQuotasRequestOpData (): AlterClientQuotasRequestOpData {
  return { key: "", value: 0, remove: false }
}

function readAlterClientQuotasRequestOpData (r: Reader, _version: number, flexible: boolean): AlterClientQuotasRequestOpData {
  const m: AlterClientQuotasRequestOpData = { key: "", value: 0, remove: false }
  m.key = (flexible ? r.readCompactString() : r.readString())
  m.value = r.readFloat64()
  m.remove = r.readBoolean()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterClientQuotasRequestOpData (m: AlterClientQuotasRequestOpData, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.key, flexible)
  size += 8
  size += 1
  if (flexible) size += 1
  return size
}

function putAlterClientQuotasRequestOpData (w: Writer, m: AlterClientQuotasRequestOpData, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.key); else w.writeString(m.key)
  w.writeFloat64(m.value)
  w.writeBoolean(m.remove)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAlterClientQuotasRequestEntryData (): AlterClientQuotasRequestEntryData {
  return { entity: [], ops: [] }
}

function readAlterClientQuotasRequestEntryData (r: Reader, version: number, flexible: boolean): AlterClientQuotasRequestEntryData {
  const m: AlterClientQuotasRequestEntryData = { entity: [], ops: [] }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Entity is null but not nullable in this version')
    const items: AlterClientQuotasRequestEntityData[] = []
    for (let i = 0; i < n; i++) items.push(readAlterClientQuotasRequestEntityData(r, version, flexible))
    m.entity = items
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Ops is null but not nullable in this version')
    const items: AlterClientQuotasRequestOpData[] = []
    for (let i = 0; i < n; i++) items.push(readAlterClientQuotasRequestOpData(r, version, flexible))
    m.ops = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterClientQuotasRequestEntryData (m: AlterClientQuotasRequestEntryData, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.entity.length, flexible)
    for (const item of m.entity) size += sizeAlterClientQuotasRequestEntityData(item, version, flexible)
  }
  {
    size += sizeOfArrayLength(m.ops.length, flexible)
    for (const item of m.ops) size += sizeAlterClientQuotasRequestOpData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAlterClientQuotasRequestEntryData (w: Writer, m: AlterClientQuotasRequestEntryData, version: number, flexible: boolean): void {
  w.writeArrayLength(m.entity.length, flexible)
  for (const item of m.entity) { putAlterClientQuotasRequestEntityData(w, item, version, flexible) }
  w.writeArrayLength(m.ops.length, flexible)
  for (const item of m.ops) { putAlterClientQuotasRequestOpData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAlterClientQuotasRequest (): AlterClientQuotasRequest {
  return { entries: [], validateOnly: false }
}

function readAlterClientQuotasRequest (r: Reader, version: number, flexible: boolean): AlterClientQuotasRequest {
  const m: AlterClientQuotasRequest = { entries: [], validateOnly: false }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Entries is null but not nullable in this version')
    const items: AlterClientQuotasRequestEntryData[] = []
    for (let i = 0; i < n; i++) items.push(readAlterClientQuotasRequestEntryData(r, version, flexible))
    m.entries = items
  }
  m.validateOnly = r.readBoolean()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterClientQuotasRequest (m: AlterClientQuotasRequest, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.entries.length, flexible)
    for (const item of m.entries) size += sizeAlterClientQuotasRequestEntryData(item, version, flexible)
  }
  size += 1
  if (flexible) size += 1
  return size
}

function putAlterClientQuotasRequest (w: Writer, m: AlterClientQuotasRequest, version: number, flexible: boolean): void {
  w.writeArrayLength(m.entries.length, flexible)
  for (const item of m.entries) { putAlterClientQuotasRequestEntryData(w, item, version, flexible) }
  w.writeBoolean(m.validateOnly)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** AlterClientQuotasRequest: valid versions 0-1, flexible 1+. */
export const AlterClientQuotasRequestVersions = { min: 0, max: 1, flexibleMin: 1 } as const

export function decodeAlterClientQuotasRequest (r: Reader, version: number): AlterClientQuotasRequest {
  return readAlterClientQuotasRequest(r, version, version >= 1)
}

export function sizeOfAlterClientQuotasRequest (m: AlterClientQuotasRequest, version: number): number {
  return sizeAlterClientQuotasRequest(m, version, version >= 1)
}

export function writeAlterClientQuotasRequest (w: Writer, m: AlterClientQuotasRequest, version: number): void {
  putAlterClientQuotasRequest(w, m, version, version >= 1)
}

export interface AlterClientQuotasResponseEntityData {
  /** EntityType: versions 0+ */
  entityType: string
  /** EntityName: versions 0+ */
  entityName: string | null
}

export interface AlterClientQuotasResponseEntryData {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
  /** Entity: versions 0+ */
  entity: AlterClientQuotasResponseEntityData[]
}

export interface AlterClientQuotasResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** Entries: versions 0+ */
  entries: AlterClientQuotasResponseEntryData[]
}

export function defaultAlterClientQuotasResponseEntityData (): AlterClientQuotasResponseEntityData {
  return { entityType: "", entityName: "" }
}

function readAlterClientQuotasResponseEntityData (r: Reader, _version: number, flexible: boolean): AlterClientQuotasResponseEntityData {
  const m: AlterClientQuotasResponseEntityData = { entityType: "", entityName: "" }
  m.entityType = (flexible ? r.readCompactString() : r.readString())
  m.entityName = (flexible ? r.readCompactNullableString() : r.readNullableString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterClientQuotasResponseEntityData (m: AlterClientQuotasResponseEntityData, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.entityType, flexible)
  size += sizeOfNullableString(m.entityName, flexible)
  if (flexible) size += 1
  return size
}

function putAlterClientQuotasResponseEntityData (w: Writer, m: AlterClientQuotasResponseEntityData, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.entityType); else w.writeString(m.entityType)
  if (flexible) w.writeCompactNullableString(m.entityName); else w.writeNullableString(m.entityName)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAlterClientQuotasResponseEntryData (): AlterClientQuotasResponseEntryData {
  return { errorCode: 0, errorMessage: "", entity: [] }
}

function readAlterClientQuotasResponseEntryData (r: Reader, version: number, flexible: boolean): AlterClientQuotasResponseEntryData {
  const m: AlterClientQuotasResponseEntryData = { errorCode: 0, errorMessage: "", entity: [] }
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Entity is null but not nullable in this version')
    const items: AlterClientQuotasResponseEntityData[] = []
    for (let i = 0; i < n; i++) items.push(readAlterClientQuotasResponseEntityData(r, version, flexible))
    m.entity = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterClientQuotasResponseEntryData (m: AlterClientQuotasResponseEntryData, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  {
    size += sizeOfArrayLength(m.entity.length, flexible)
    for (const item of m.entity) size += sizeAlterClientQuotasResponseEntityData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAlterClientQuotasResponseEntryData (w: Writer, m: AlterClientQuotasResponseEntryData, version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  w.writeArrayLength(m.entity.length, flexible)
  for (const item of m.entity) { putAlterClientQuotasResponseEntityData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAlterClientQuotasResponse (): AlterClientQuotasResponse {
  return { throttleTimeMs: 0, entries: [] }
}

function readAlterClientQuotasResponse (r: Reader, version: number, flexible: boolean): AlterClientQuotasResponse {
  const m: AlterClientQuotasResponse = { throttleTimeMs: 0, entries: [] }
  m.throttleTimeMs = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Entries is null but not nullable in this version')
    const items: AlterClientQuotasResponseEntryData[] = []
    for (let i = 0; i < n; i++) items.push(readAlterClientQuotasResponseEntryData(r, version, flexible))
    m.entries = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterClientQuotasResponse (m: AlterClientQuotasResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  {
    size += sizeOfArrayLength(m.entries.length, flexible)
    for (const item of m.entries) size += sizeAlterClientQuotasResponseEntryData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAlterClientQuotasResponse (w: Writer, m: AlterClientQuotasResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeArrayLength(m.entries.length, flexible)
  for (const item of m.entries) { putAlterClientQuotasResponseEntryData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** AlterClientQuotasResponse: valid versions 0-1, flexible 1+. */
export const AlterClientQuotasResponseVersions = { min: 0, max: 1, flexibleMin: 1 } as const

export function decodeAlterClientQuotasResponse (r: Reader, version: number): AlterClientQuotasResponse {
  return readAlterClientQuotasResponse(r, version, version >= 1)
}

export function sizeOfAlterClientQuotasResponse (m: AlterClientQuotasResponse, version: number): number {
  return sizeAlterClientQuotasResponse(m, version, version >= 1)
}

export function writeAlterClientQuotasResponse (w: Writer, m: AlterClientQuotasResponse, version: number): void {
  putAlterClientQuotasResponse(w, m, version, version >= 1)
}
