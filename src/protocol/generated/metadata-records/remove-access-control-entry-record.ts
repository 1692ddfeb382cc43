// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: RemoveAccessControlEntryRecord.json
import type { Reader } from '../../primitives/reader.ts'
import type { Writer } from '../../primitives/writer.ts'
import { ZERO_UUID } from '../../primitives/uuid.ts'

export interface RemoveAccessControlEntryRecord {
  /** Id: versions 0+ */
  id: string
}

export function defaultRemoveAccessControlEntryRecord (): RemoveAccessControlEntryRecord {
  return { id: ZERO_UUID }
}

function readRemoveAccessControlEntryRecord (r: Reader, _version: number, flexible: boolean): RemoveAccessControlEntryRecord {
  const m: RemoveAccessControlEntryRecord = { id: ZERO_UUID }
  m.id = r.readUuid()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeRemoveAccessControlEntryRecord (_m: RemoveAccessControlEntryRecord, _version: number, flexible: boolean): number {
  let size = 0
  size += 16
  if (flexible) size += 1
  return size
}

function putRemoveAccessControlEntryRecord (w: Writer, m: RemoveAccessControlEntryRecord, _version: number, flexible: boolean): void {
  w.writeUuid(m.id)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** RemoveAccessControlEntryRecord: valid versions 0-0, flexible 0+. */
export const RemoveAccessControlEntryRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeRemoveAccessControlEntryRecord (r: Reader, version: number): RemoveAccessControlEntryRecord {
  return readRemoveAccessControlEntryRecord(r, version, true)
}

export function sizeOfRemoveAccessControlEntryRecord (m: RemoveAccessControlEntryRecord, version: number): number {
  return sizeRemoveAccessControlEntryRecord(m, version, true)
}

export function writeRemoveAccessControlEntryRecord (w: Writer, m: RemoveAccessControlEntryRecord, version: number): void {
  putRemoveAccessControlEntryRecord(w, m, version, true)
}
