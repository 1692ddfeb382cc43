// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: UnfenceBrokerRecord.json
import type { Reader } from '../../primitives/reader.ts'
import type { Writer } from '../../primitives/writer.ts'

export interface UnfenceBrokerRecord {
  /** Id: versions 0+ */
  id: number
  /** Epoch: versions 0+ */
  epoch: bigint
}

export function defaultUnfenceBrokerRecord (): UnfenceBrokerRecord {
  return { id: 0, epoch: 0n }
}

function readUnfenceBrokerRecord (r: Reader, _version: number, flexible: boolean): UnfenceBrokerRecord {
  const m: UnfenceBrokerRecord = { id: 0, epoch: 0n }
  m.id = r.readInt32()
  m.epoch = r.readInt64()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeUnfenceBrokerRecord (_m: UnfenceBrokerRecord, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 8
  if (flexible) size += 1
  return size
}

function putUnfenceBrokerRecord (w: Writer, m: UnfenceBrokerRecord, _version: number, flexible: boolean): void {
  w.writeInt32(m.id)
  w.writeInt64(m.epoch)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** UnfenceBrokerRecord: valid versions 0-0, flexible 0+. */
export const UnfenceBrokerRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeUnfenceBrokerRecord (r: Reader, version: number): UnfenceBrokerRecord {
  return readUnfenceBrokerRecord(r, version, true)
}

export function sizeOfUnfenceBrokerRecord (m: UnfenceBrokerRecord, version: number): number {
  return sizeUnfenceBrokerRecord(m, version, true)
}

export function writeUnfenceBrokerRecord (w: Writer, m: UnfenceBrokerRecord, version: number): void {
  putUnfenceBrokerRecord(w, m, version, true)
}
