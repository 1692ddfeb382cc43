// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: NoOpRecord.json
import type { Reader } from '../../primitives/reader.ts'
import type { Writer } from '../../primitives/writer.ts'

export interface NoOpRecord {
}

export function defaultNoOpRecord (): NoOpRecord {
  return {}
}

function readNoOpRecord (r: Reader, _version: number, flexible: boolean): NoOpRecord {
  const m: NoOpRecord = {}
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeNoOpRecord (_m: NoOpRecord, _version: number, flexible: boolean): number {
  let size = 0
  if (flexible) size += 1
  return size
}

function putNoOpRecord (w: Writer, _m: NoOpRecord, _version: number, flexible: boolean): void {
  if (flexible) w.writeUnsignedVarInt(0)
}

/** NoOpRecord: valid versions 0-0, flexible 0+. */
export const NoOpRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeNoOpRecord (r: Reader, version: number): NoOpRecord {
  return readNoOpRecord(r, version, true)
}

export function sizeOfNoOpRecord (m: NoOpRecord, version: number): number {
  return sizeNoOpRecord(m, version, true)
}

export function writeNoOpRecord (w: Writer, m: NoOpRecord, version: number): void {
  putNoOpRecord(w, m, version, true)
}
