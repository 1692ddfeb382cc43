// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: ZkMigrationRecord.json
import type { Reader } from '../../primitives/reader.ts'
import type { Writer } from '../../primitives/writer.ts'

export interface ZkMigrationStateRecord {
  /** ZkMigrationState: versions 0+ */
  zkMigrationState: number
}

export function defaultZkMigrationStateRecord (): ZkMigrationStateRecord {
  return { zkMigrationState: 0 }
}

function readZkMigrationStateRecord (r: Reader, _version: number, flexible: boolean): ZkMigrationStateRecord {
  const m: ZkMigrationStateRecord = { zkMigrationState: 0 }
  m.zkMigrationState = r.readInt8()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeZkMigrationStateRecord (_m: ZkMigrationStateRecord, _version: number, flexible: boolean): number {
  let size = 0
  size += 1
  if (flexible) size += 1
  return size
}

function putZkMigrationStateRecord (w: Writer, m: ZkMigrationStateRecord, _version: number, flexible: boolean): void {
  w.writeInt8(m.zkMigrationState)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ZkMigrationStateRecord: valid versions 0-0, flexible 0+. */
export const ZkMigrationStateRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeZkMigrationStateRecord (r: Reader, version: number): ZkMigrationStateRecord {
  return readZkMigrationStateRecord(r, version, true)
}

export function sizeOfZkMigrationStateRecord (m: ZkMigrationStateRecord, version: number): number {
  return sizeZkMigrationStateRecord(m, version, true)
}

export function writeZkMigrationStateRecord (w: Writer, m: ZkMigrationStateRecord, version: number): void {
  putZkMigrationStateRecord(w, m, version, true)
}
