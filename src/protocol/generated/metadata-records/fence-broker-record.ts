// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: FenceBrokerRecord.json
import type { Reader } from '../../primitives/reader.ts'
import type { Writer } from '../../primitives/writer.ts'

export interface FenceBrokerRecord {
  /** Id: versions 0+ */
  id: number
  /** Epoch: versions 0+ */
  epoch: bigint
}

export function defaultFenceBrokerRecord (): FenceBrokerRecord {
  return { id: 0, epoch: 0n }
}

function readFenceBrokerRecord (r: Reader, _version: number, flexible: boolean): FenceBrokerRecord {
  const m: FenceBrokerRecord = { id: 0, epoch: 0n }
  m.id = r.readInt32()
  m.epoch = r.readInt64()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeFenceBrokerRecord (_m: FenceBrokerRecord, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 8
  if (flexible) size += 1
  return size
}

function putFenceBrokerRecord (w: Writer, m: FenceBrokerRecord, _version: number, flexible: boolean): void {
  w.writeInt32(m.id)
  w.writeInt64(m.epoch)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** FenceBrokerRecord: valid versions 0-0, flexible 0+. */
export const FenceBrokerRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeFenceBrokerRecord (r: Reader, version: number): FenceBrokerRecord {
  return readFenceBrokerRecord(r, version, true)
}

export function sizeOfFenceBrokerRecord (m: FenceBrokerRecord, version: number): number {
  return sizeFenceBrokerRecord(m, version, true)
}

export function writeFenceBrokerRecord (w: Writer, m: FenceBrokerRecord, version: number): void {
  putFenceBrokerRecord(w, m, version, true)
}
