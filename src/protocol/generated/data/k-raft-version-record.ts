// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: KRaftVersionRecord.json
import type { Reader } from '../../primitives/reader.ts'
import type { Writer } from '../../primitives/writer.ts'

export interface KRaftVersionRecord {
  /** Version: versions 0+ */
  version: number
  /** KRaftVersion: versions 0+ */
  kRaftVersion: number
}

export function defaultKRaftVersionRecord (): KRaftVersionRecord {
  return { version: 0, kRaftVersion: 0 }
}

function readKRaftVersionRecord (r: Reader, _version: number, flexible: boolean): KRaftVersionRecord {
  const m: KRaftVersionRecord = { version: 0, kRaftVersion: 0 }
  m.version = r.readInt16()
  m.kRaftVersion = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeKRaftVersionRecord (_m: KRaftVersionRecord, _version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += 2
  if (flexible) size += 1
  return size
}

function putKRaftVersionRecord (w: Writer, m: KRaftVersionRecord, _version: number, flexible: boolean): void {
  w.writeInt16(m.version)
  w.writeInt16(m.kRaftVersion)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** KRaftVersionRecord: valid versions 0-0, flexible 0+. */
export const KRaftVersionRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeKRaftVersionRecord (r: Reader, version: number): KRaftVersionRecord {
  return readKRaftVersionRecord(r, version, true)
}

export function sizeOfKRaftVersionRecord (m: KRaftVersionRecord, version: number): number {
  return sizeKRaftVersionRecord(m, version, true)
}

export function writeKRaftVersionRecord (w: Writer, m: KRaftVersionRecord, version: number): void {
  putKRaftVersionRecord(w, m, version, true)
}
