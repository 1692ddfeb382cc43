// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: ClientQuotaRecord.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface ClientQuotaRecordEntityData {
  /** EntityType: versions 0+ */
  entityType: string
  /** EntityName: versions 0+ */
  entityName: string | null
}

export interface ClientQuotaRecord {
  /** Entity: versions 0+ */
  entity: ClientQuotaRecordEntityData[]
  /** Key: versions 0+ */
  key: string
  /** Value: versions 0+ */
  value: number
  /** Remove: versions 0+ */
  remove: boolean
}

export function defaultClientQuotaRecordEntityData (): ClientQuotaRecordEntityData {
  return { entityType: "", entityName: "" }
}

function readClientQuotaRecordEntityData (r: Reader, _version: number, flexible: boolean): ClientQuotaRecordEntityData {
  const m: ClientQuotaRecordEntityData = { entityType: "", entityName: "" }
  m.entityType = (flexible ? r.readCompactString() : r.readString())
  m.entityName = (flexible ? r.readCompactNullableString() : r.readNullableString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeClientQuotaRecordEntityData (m: ClientQuotaRecordEntityData, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.entityType, flexible)
  size += sizeOfNullableString(m.entityName, flexible)
  if (flexible) size += 1
  return size
}

function putClientQuotaRecordEntityData (w: Writer, m: ClientQuotaRecordEntityData, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.entityType); else w.writeString(m.entityType)
  if (flexible) w.writeCompactNullableString(m.entityName); else w.writeNullableString(m.entityName)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultClientQuotaRecord (): ClientQuotaRecord {
  return { entity: [], key: "", value: 0, remove: false }
}

function readClientQuotaRecord (r: Reader, version: number, flexible: boolean): ClientQuotaRecord {
  const m: ClientQuotaRecord = { entity: [], key: "", value: 0, remove: false }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Entity is null but not nullable in this version')
    const items: ClientQuotaRecordEntityData[] = []
    for (let i = 0; i < n; i++) items.push(readClientQuotaRecordEntityData(r, version, flexible))
    m.entity = items
  }
  m.key = (flexible ? r.readCompactString() : r.readString())
  m.value = r.readFloat64()
  m.remove = r.readBoolean()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeClientQuotaRecord (m: ClientQuotaRecord, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.entity.length, flexible)
    for (const item of m.entity) size += sizeClientQuotaRecordEntityData(item, version, flexible)
  }
  size += sizeOfString(m.key, flexible)
  size += 8
  size += 1
  if (flexible) size += 1
  return size
}

function putClientQuotaRecord (w: Writer, m: ClientQuotaRecord, version: number, flexible: boolean): void {
  w.writeArrayLength(m.entity.length, flexible)
  for (const item of m.entity) { putClientQuotaRecordEntityData(w, item, version, flexible) }
  if (flexible) w.writeCompactString(m.key); else w.writeString(m.key)
  w.writeFloat64(m.value)
  w.writeBoolean(m.remove)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ClientQuotaRecord: valid versions 0-0, flexible 0+. */
export const ClientQuotaRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeClientQuotaRecord (r: Reader, version: number): ClientQuotaRecord {
  return readClientQuotaRecord(r, version, true)
}

export function sizeOfClientQuotaRecord (m: ClientQuotaRecord, version: number): number {
  return sizeClientQuotaRecord(m, version, true)
}

export function writeClientQuotaRecord (w: Writer, m: ClientQuotaRecord, version: number): void {
  putClientQuotaRecord(w, m, version, true)
}
