// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: ProducerIdsRecord.json
import type { Reader } from '../../primitives/reader.ts'
import type { Writer } from '../../primitives/writer.ts'

export interface ProducerIdsRecord {
  /** BrokerId: versions 0+ */
  brokerId: number
  /** BrokerEpoch: versions 0+ */
  brokerEpoch: bigint
  /** NextProducerId: versions 0+ */
  nextProducerId: bigint
}

export function defaultProducerIdsRecord (): ProducerIdsRecord {
  return { brokerId: 0, brokerEpoch: -1n, nextProducerId: 0n }
}

function readProducerIdsRecord (r: Reader, _version: number, flexible: boolean): ProducerIdsRecord {
  const m: ProducerIdsRecord = { brokerId: 0, brokerEpoch: -1n, nextProducerId: 0n }
  m.brokerId = r.readInt32()
  m.brokerEpoch = r.readInt64()
  m.nextProducerId = r.readInt64()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeProducerIdsRecord (_m: ProducerIdsRecord, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 8
  size += 8
  if (flexible) size += 1
  return size
}

function putProducerIdsRecord (w: Writer, m: ProducerIdsRecord, _version: number, flexible: boolean): void {
  w.writeInt32(m.brokerId)
  w.writeInt64(m.brokerEpoch)
  w.writeInt64(m.nextProducerId)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ProducerIdsRecord: valid versions 0-0, flexible 0+. */
export const ProducerIdsRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeProducerIdsRecord (r: Reader, version: number): ProducerIdsRecord {
  return readProducerIdsRecord(r, version, true)
}

export function sizeOfProducerIdsRecord (m: ProducerIdsRecord, version: number): number {
  return sizeProducerIdsRecord(m, version, true)
}

export function writeProducerIdsRecord (w: Writer, m: ProducerIdsRecord, version: number): void {
  putProducerIdsRecord(w, m, version, true)
}
