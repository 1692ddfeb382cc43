// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: DescribeClientQuotasRequest.json, DescribeClientQuotasResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface DescribeClientQuotasRequestComponentData {
  /** EntityType: versions 0+ */
  entityType: string
  /** MatchType: versions 0+ */
  matchType: number
  /** Match: versions 0+ */
  match: string | null
}

export interface DescribeClientQuotasRequest {
  /** Components: versions 0+ */
  components: DescribeClientQuotasRequestComponentData[]
  /** Strict: versions 0+ */
  strict: boolean
}

export function defaultDescribeClientQuotasRequestComponentData (): DescribeClientQuotasRequestComponentData {
  return { entityType: "", matchType: 0, match: "" }
}

function readDescribeClientQuotasRequestComponentData (r: Reader, _version: number, flexible: boolean): DescribeClientQuotasRequestComponentData {
  const m: DescribeClientQuotasRequestComponentData = { entityType: "", matchType: 0, match: "" }
  m.entityType = (flexible ? r.readCompactString() : r.readString())
  m.matchType = r.readInt8()
  m.match = (flexible ? r.readCompactNullableString() : r.readNullableString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeClientQuotasRequestComponentData (m: DescribeClientQuotasRequestComponentData, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.entityType, flexible)
  size += 1
  size += sizeOfNullableString(m.match, flexible)
  if (flexible) size += 1
  return size
}

function putDescribeClientQuotasRequestComponentData (w: Writer, m: DescribeClientQuotasRequestComponentData, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.entityType); else w.writeString(m.entityType)
  w.writeInt8(m.matchType)
  if (flexible) w.writeCompactNullableString(m.match); else w.writeNullableString(m.match)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeClientQuotasRequest (): DescribeClientQuotasRequest {
  return { components: [], strict: false }
}

function readDescribeClientQuotasRequest (r: Reader, version: number, flexible: boolean): DescribeClientQuotasRequest {
  const m: DescribeClientQuotasRequest = { components: [], strict: false }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Components is null but not nullable in this version')
    const items: DescribeClientQuotasRequestComponentData[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeClientQuotasRequestComponentData(r, version, flexible))
    m.components = items
  }
  m.strict = r.readBoolean()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeClientQuotasRequest (m: DescribeClientQuotasRequest, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.components.length, flexible)
    for (const item of m.components) size += sizeDescribeClientQuotasRequestComponentData(item, version, flexible)
  }
  size += 1
  if (flexible) size += 1
  return size
}

function putDescribeClientQuotasRequest (w: Writer, m: DescribeClientQuotasRequest, version: number, flexible: boolean): void {
  w.writeArrayLength(m.components.length, flexible)
  for (const item of m.components) { putDescribeClientQuotasRequestComponentData(w, item, version, flexible) }
  w.writeBoolean(m.strict)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DescribeClientQuotasRequest: valid versions 0-1, flexible 1+. */
export const DescribeClientQuotasRequestVersions = { min: 0, max: 1, flexibleMin: 1 } as const

export function decodeDescribeClientQuotasRequest (r: Reader, version: number): DescribeClientQuotasRequest {
  return readDescribeClientQuotasRequest(r, version, version >= 1)
}

export function sizeOfDescribeClientQuotasRequest (m: DescribeClientQuotasRequest, version: number): number {
  return sizeDescribeClientQuotasRequest(m, version, version >= 1)
}

export function writeDescribeClientQuotasRequest (w: Writer, m: DescribeClientQuotasRequest, version: number): void {
  putDescribeClientQuotasRequest(w, m, version, version >= 1)
}

export interface DescribeClientQuotasResponseEntityData {
  /** EntityType: versions 0+ */
  entityType: string
  /** EntityName: versions 0+ */
  entityName: string | null
}

export interface DescribeClientQuotasResponseValueData {
  /** Key: versions 0+ */
  key: string
  /** Value: versions 0+ */
  value: number
}

export interface DescribeClientQuotasResponseEntryData {
  /** Entity: versions 0+ */
  entity: DescribeClientQuotasResponseEntityData[]
  /** Values: versions 0+ */
  values: DescribeClientQuotasResponseValueData[]
}

export interface DescribeClientQuotasResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
  /** Entries: versions 0+ */
  entries: DescribeClientQuotasResponseEntryData[] | null
}

export function defaultDescribeClientQuotasResponseEntityData (): DescribeClientQuotasResponseEntityData {
  return { entityType: "", entityName: "" }
}

function readDescribeClientQuotasResponseEntityData (r: Reader, _version: number, flexible: boolean): DescribeClientQuotasResponseEntityData {
  const m: DescribeClientQuotasResponseEntityData = { entityType: "", entityName: "" }
  m.entityType = (flexible ? r.readCompactString() : r.readString())
  m.entityName = (flexible ? r.readCompactNullableString() : r.readNullableString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeClientQuotasResponseEntityData (m: DescribeClientQuotasResponseEntityData, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.entityType, flexible)
  size += sizeOfNullableString(m.entityName, flexible)
  if (flexible) size += 1
  return size
}

function putDescribeClientQuotasResponseEntityData (w: Writer, m: DescribeClientQuotasResponseEntityData, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.entityType); else w.writeString(m.entityType)
  if (flexible) w.writeCompactNullableString(m.entityName); else w.writeNullableString(m.entityName)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeClientQuotasResponseValueData (): DescribeClientQuotasResponseValueData {
  return { key: "", value: 0 }
}

function readDescribeClientQuotasResponseValueData (r: Reader, _version: number, flexible: boolean): DescribeClientQuotasResponseValueData {
  const m: DescribeClientQuotasResponseValueData = { key: "", value: 0 }
  m.key = (flexible ? r.readCompactString() : r.readString())
  m.value = r.readFloat64()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeClientQuotasResponseValueData (m: DescribeClientQuotasResponseValueData, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.key, flexible)
  size += 8
  if (flexible) size += 1
  return size
}

function putDescribeClientQuotasResponseValueData (w: Writer, m: DescribeClientQuotasResponseValueData, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.key); else w.writeString(m.key)
  w.writeFloat64(m.value)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeClientQuotasResponseEntryData (): DescribeClientQuotasResponseEntryData {
  return { entity: [], values: [] }
}

function readDescribeClientQuotasResponseEntryData (r: Reader, version: number, flexible: boolean): DescribeClientQuotasResponseEntryData {
  const m: DescribeClientQuotasResponseEntryData = { entity: [], values: [] }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Entity is null but not nullable in this version')
    const items: DescribeClientQuotasResponseEntityData[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeClientQuotasResponseEntityData(r, version, flexible))
    m.entity = items
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Values is null but not nullable in this version')
    const items: DescribeClientQuotasResponseValueData[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeClientQuotasResponseValueData(r, version, flexible))
    m.values = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeClientQuotasResponseEntryData (m: DescribeClientQuotasResponseEntryData, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.entity.length, flexible)
    for (const item of m.entity) size += sizeDescribeClientQuotasResponseEntityData(item, version, flexible)
  }
  {
    size += sizeOfArrayLength(m.values.length, flexible)
    for (const item of m.values) size += sizeDescribeClientQuotasResponseValueData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeClientQuotasResponseEntryData (w: Writer, m: DescribeClientQuotasResponseEntryData, version: number, flexible: boolean): void {
  w.writeArrayLength(m.entity.length, flexible)
  for (const item of m.entity) { putDescribeClientQuotasResponseEntityData(w, item, version, flexible) }
  w.writeArrayLength(m.values.length, flexible)
  for (const item of m.values) { putDescribeClientQuotasResponseValueData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeClientQuotasResponse (): DescribeClientQuotasResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "", entries: [] }
}

function readDescribeClientQuotasResponse (r: Reader, version: number, flexible: boolean): DescribeClientQuotasResponse {
  const m: DescribeClientQuotasResponse = { throttleTimeMs: 0, errorCode: 0, errorMessage: "", entries: [] }
  m.throttleTimeMs = r.readInt32()
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) m.entries = null
    else {
      const items: DescribeClientQuotasResponseEntryData[] = []
      for (let i = 0; i < n; i++) items.push(readDescribeClientQuotasResponseEntryData(r, version, flexible))
      m.entries = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeClientQuotasResponse (m: DescribeClientQuotasResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  if (m.entries === null) size += sizeOfArrayLength(-1, flexible)
  else {
    size += sizeOfArrayLength(m.entries.length, flexible)
    for (const item of m.entries) size += sizeDescribeClientQuotasResponseEntryData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeClientQuotasResponse (w: Writer, m: DescribeClientQuotasResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  if (m.entries === null) {
    w.writeArrayLength(-1, flexible)
  } else {
    w.writeArrayLength(m.entries.length, flexible)
    for (const item of m.entries) { putDescribeClientQuotasResponseEntryData(w, item, version, flexible) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DescribeClientQuotasResponse: valid versions 0-1, flexible 1+. */
export const DescribeClientQuotasResponseVersions = { min: 0, max: 1, flexibleMin: 1 } as const

export function decodeDescribeClientQuotasResponse (r: Reader, version: number): DescribeClientQuotasResponse {
  return readDescribeClientQuotasResponse(r, version, version >= 1)
}

export function sizeOfDescribeClientQuotasResponse (m: DescribeClientQuotasResponse, version: number): number {
  return sizeDescribeClientQuotasResponse(m, version, version >= 1)
}

export function writeDescribeClientQuotasResponse (w: Writer, m: DescribeClientQuotasResponse, version: number): void {
  putDescribeClientQuotasResponse(w, m, version, version >= 1)
}
