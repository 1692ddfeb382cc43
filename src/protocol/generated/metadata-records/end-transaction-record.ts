// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: EndTransactionRecord.json
import type { Reader } from '../../primitives/reader.ts'
import type { Writer } from '../../primitives/writer.ts'

export interface EndTransactionRecord {
}

export function defaultEndTransactionRecord (): EndTransactionRecord {
  return {}
}

function readEndTransactionRecord (r: Reader, _version: number, flexible: boolean): EndTransactionRecord {
  const m: EndTransactionRecord = {}
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeEndTransactionRecord (_m: EndTransactionRecord, _version: number, flexible: boolean): number {
  let size = 0
  if (flexible) size += 1
  return size
}

function putEndTransactionRecord (w: Writer, _m: EndTransactionRecord, _version: number, flexible: boolean): void {
  if (flexible) w.writeUnsignedVarInt(0)
}

/** EndTransactionRecord: valid versions 0-0, flexible 0+. */
export const EndTransactionRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeEndTransactionRecord (r: Reader, version: number): EndTransactionRecord {
  return readEndTransactionRecord(r, version, true)
}

export function sizeOfEndTransactionRecord (m: EndTransactionRecord, version: number): number {
  return sizeEndTransactionRecord(m, version, true)
}

export function writeEndTransactionRecord (w: Writer, m: EndTransactionRecord, version: number): void {
  putEndTransactionRecord(w, m, version, true)
}
