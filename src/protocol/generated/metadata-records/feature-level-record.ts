// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: FeatureLevelRecord.json
import type { Reader } from '../../primitives/reader.ts'
import { type Writer, sizeOfString } from '../../primitives/writer.ts'

export interface FeatureLevelRecord {
  /** Name: versions 0+ */
  name: string
  /** FeatureLevel: versions 0+ */
  featureLevel: number
}

export function defaultFeatureLevelRecord (): FeatureLevelRecord {
  return { name: "", featureLevel: 0 }
}

function readFeatureLevelRecord (r: Reader, _version: number, flexible: boolean): FeatureLevelRecord {
  const m: FeatureLevelRecord = { name: "", featureLevel: 0 }
  m.name = (flexible ? r.readCompactString() : r.readString())
  m.featureLevel = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeFeatureLevelRecord (m: FeatureLevelRecord, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  size += 2
  if (flexible) size += 1
  return size
}

function putFeatureLevelRecord (w: Writer, m: FeatureLevelRecord, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeInt16(m.featureLevel)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** FeatureLevelRecord: valid versions 0-0, flexible 0+. */
export const FeatureLevelRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeFeatureLevelRecord (r: Reader, version: number): FeatureLevelRecord {
  return readFeatureLevelRecord(r, version, true)
}

export function sizeOfFeatureLevelRecord (m: FeatureLevelRecord, version: number): number {
  return sizeFeatureLevelRecord(m, version, true)
}

export function writeFeatureLevelRecord (w: Writer, m: FeatureLevelRecord, version: number): void {
  putFeatureLevelRecord(w, m, version, true)
}
