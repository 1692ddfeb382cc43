// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: ConfigRecord.json
import type { Reader } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString } from '../../primitives/writer.ts'

export interface ConfigRecord {
  /** ResourceType: versions 0+ */
  resourceType: number
  /** ResourceName: versions 0+ */
  resourceName: string
  /** Name: versions 0+ */
  name: string
  /** Value: versions 0+ */
  value: string | null
}

export function defaultConfigRecord (): ConfigRecord {
  return { resourceType: 0, resourceName: "", name: "", value: "" }
}

function readConfigRecord (r: Reader, _version: number, flexible: boolean): ConfigRecord {
  const m: ConfigRecord = { resourceType: 0, resourceName: "", name: "", value: "" }
  m.resourceType = r.readInt8()
  m.resourceName = (flexible ? r.readCompactString() : r.readString())
  m.name = (flexible ? r.readCompactString() : r.readString())
  m.value = (flexible ? r.readCompactNullableString() : r.readNullableString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeConfigRecord (m: ConfigRecord, _version: number, flexible: boolean): number {
  let size = 0
  size += 1
  size += sizeOfString(m.resourceName, flexible)
  size += sizeOfString(m.name, flexible)
  size += sizeOfNullableString(m.value, flexible)
  if (flexible) size += 1
  return size
}

function putConfigRecord (w: Writer, m: ConfigRecord, _version: number, flexible: boolean): void {
  w.writeInt8(m.resourceType)
  if (flexible) w.writeCompactString(m.resourceName); else w.writeString(m.resourceName)
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  if (flexible) w.writeCompactNullableString(m.value); else w.writeNullableString(m.value)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ConfigRecord: valid versions 0-0, flexible 0+. */
export const ConfigRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeConfigRecord (r: Reader, version: number): ConfigRecord {
  return readConfigRecord(r, version, true)
}

export function sizeOfConfigRecord (m: ConfigRecord, version: number): number {
  return sizeConfigRecord(m, version, true)
}

export function writeConfigRecord (w: Writer, m: ConfigRecord, version: number): void {
  putConfigRecord(w, m, version, true)
}
