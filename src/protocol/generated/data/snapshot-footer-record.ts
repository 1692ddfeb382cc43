// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: SnapshotFooterRecord.json
import type { Reader } from '../../primitives/reader.ts'
import type { Writer } from '../../primitives/writer.ts'

export interface SnapshotFooterRecord {
  /** Version: versions 0+ */
  version: number
}

export function defaultSnapshotFooterRecord (): SnapshotFooterRecord {
  return { version: 0 }
}

function readSnapshotFooterRecord (r: Reader, _version: number, flexible: boolean): SnapshotFooterRecord {
  const m: SnapshotFooterRecord = { version: 0 }
  m.version = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeSnapshotFooterRecord (_m: SnapshotFooterRecord, _version: number, flexible: boolean): number {
  let size = 0
  size += 2
  if (flexible) size += 1
  return size
}

function putSnapshotFooterRecord (w: Writer, m: SnapshotFooterRecord, _version: number, flexible: boolean): void {
  w.writeInt16(m.version)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** SnapshotFooterRecord: valid versions 0-0, flexible 0+. */
export const SnapshotFooterRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeSnapshotFooterRecord (r: Reader, version: number): SnapshotFooterRecord {
  return readSnapshotFooterRecord(r, version, true)
}

export function sizeOfSnapshotFooterRecord (m: SnapshotFooterRecord, version: number): number {
  return sizeSnapshotFooterRecord(m, version, true)
}

export function writeSnapshotFooterRecord (w: Writer, m: SnapshotFooterRecord, version: number): void {
  putSnapshotFooterRecord(w, m, version, true)
}
