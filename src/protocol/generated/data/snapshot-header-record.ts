// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: SnapshotHeaderRecord.json
import type { Reader } from '../../primitives/reader.ts'
import type { Writer } from '../../primitives/writer.ts'

export interface SnapshotHeaderRecord {
  /** Version: versions 0+ */
  version: number
  /** LastContainedLogTimestamp: versions 0+ */
  lastContainedLogTimestamp: bigint
}

export function defaultSnapshotHeaderRecord (): SnapshotHeaderRecord {
  return { version: 0, lastContainedLogTimestamp: 0n }
}

function readSnapshotHeaderRecord (r: Reader, _version: number, flexible: boolean): SnapshotHeaderRecord {
  const m: SnapshotHeaderRecord = { version: 0, lastContainedLogTimestamp: 0n }
  m.version = r.readInt16()
  m.lastContainedLogTimestamp = r.readInt64()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeSnapshotHeaderRecord (_m: SnapshotHeaderRecord, _version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += 8
  if (flexible) size += 1
  return size
}

function putSnapshotHeaderRecord (w: Writer, m: SnapshotHeaderRecord, _version: number, flexible: boolean): void {
  w.writeInt16(m.version)
  w.writeInt64(m.lastContainedLogTimestamp)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** SnapshotHeaderRecord: valid versions 0-0, flexible 0+. */
export const SnapshotHeaderRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeSnapshotHeaderRecord (r: Reader, version: number): SnapshotHeaderRecord {
  return readSnapshotHeaderRecord(r, version, true)
}

export function sizeOfSnapshotHeaderRecord (m: SnapshotHeaderRecord, version: number): number {
  return sizeSnapshotHeaderRecord(m, version, true)
}

export function writeSnapshotHeaderRecord (w: Writer, m: SnapshotHeaderRecord, version: number): void {
  putSnapshotHeaderRecord(w, m, version, true)
}
