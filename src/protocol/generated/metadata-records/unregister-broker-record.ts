// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: UnregisterBrokerRecord.json
import type { Reader } from '../../primitives/reader.ts'
import type { Writer } from '../../primitives/writer.ts'

export interface UnregisterBrokerRecord {
  /** BrokerId: versions 0+ */
  brokerId: number
  /** BrokerEpoch: versions 0+ */
  brokerEpoch: bigint
}

export function defaultUnregisterBrokerRecord (): UnregisterBrokerRecord {
  return { brokerId: 0, brokerEpoch: 0n }
}

function readUnregisterBrokerRecord (r: Reader, _version: number, flexible: boolean): UnregisterBrokerRecord {
  const m: UnregisterBrokerRecord = { brokerId: 0, brokerEpoch: 0n }
  m.brokerId = r.readInt32()
  m.brokerEpoch = r.readInt64()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeUnregisterBrokerRecord (_m: UnregisterBrokerRecord, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 8
  if (flexible) size += 1
  return size
}

function putUnregisterBrokerRecord (w: Writer, m: UnregisterBrokerRecord, _version: number, flexible: boolean): void {
  w.writeInt32(m.brokerId)
  w.writeInt64(m.brokerEpoch)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** UnregisterBrokerRecord: valid versions 0-0, flexible 0+. */
export const UnregisterBrokerRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeUnregisterBrokerRecord (r: Reader, version: number): UnregisterBrokerRecord {
  return readUnregisterBrokerRecord(r, version, true)
}

export function sizeOfUnregisterBrokerRecord (m: UnregisterBrokerRecord, version: number): number {
  return sizeUnregisterBrokerRecord(m, version, true)
}

export function writeUnregisterBrokerRecord (w: Writer, m: UnregisterBrokerRecord, version: number): void {
  putUnregisterBrokerRecord(w, m, version, true)
}
