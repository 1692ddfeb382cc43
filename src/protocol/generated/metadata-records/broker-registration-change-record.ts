// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: BrokerRegistrationChangeRecord.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfUnsignedVarInt, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface BrokerRegistrationChangeRecord {
  /** BrokerId: versions 0+ */
  brokerId: number
  /** BrokerEpoch: versions 0+ */
  brokerEpoch: bigint
  /** Fenced: versions 0+, tag 0 */
  fenced: number
  /** InControlledShutdown: versions 1+, tag 1 */
  inControlledShutdown: number
  /** LogDirs: versions 2+, tag 2 */
  logDirs: string[]
}

export function defaultBrokerRegistrationChangeRecord (): BrokerRegistrationChangeRecord {
  return { brokerId: 0, brokerEpoch: 0n, fenced: 0, inControlledShutdown: 0, logDirs: [] }
}

function readBrokerRegistrationChangeRecord (r: Reader, version: number, flexible: boolean): BrokerRegistrationChangeRecord {
  const m: BrokerRegistrationChangeRecord = { brokerId: 0, brokerEpoch: 0n, fenced: 0, inControlledShutdown: 0, logDirs: [] }
  m.brokerId = r.readInt32()
  m.brokerEpoch = r.readInt64()
  if (flexible) {
    const count = r.readUnsignedVarInt()
    for (let t = 0; t < count; t++) {
      const tag = r.readUnsignedVarInt()
      const size = r.readUnsignedVarInt()
      if (size > r.remaining()) throw new DecodeError(`tagged field ${tag} of ${size} bytes exceeds the frame`)
      const end = r.offset + size
      switch (tag) {
        case 0:
          m.fenced = r.readInt8()
          break
        case 1:
          if (version >= 1) {
            m.inControlledShutdown = r.readInt8()
          } else r.skip(size)
          break
        case 2:
          if (version >= 2) {
            {
              const n = r.readArrayLength(true)
              if (n < 0) throw new DecodeError('LogDirs is null but not nullable in this version')
              const items: string[] = []
              for (let i = 0; i < n; i++) items.push(r.readUuid())
              m.logDirs = items
            }
          } else r.skip(size)
          break
        default:
          r.skip(size)
      }
      if (r.offset !== end) throw new DecodeError(`tagged field ${tag} is ${r.offset - end + size} bytes, not ${size}`)
    }
  }
  return m
}

function sizeBrokerRegistrationChangeRecord (m: BrokerRegistrationChangeRecord, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 8
  if (flexible) {
    let count = 0
    if (!(m.fenced === 0)) {
      count++
      let fieldSize = 0
      fieldSize += 1
      size += sizeOfUnsignedVarInt(0) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    if (version >= 1 && !(m.inControlledShutdown === 0)) {
      count++
      let fieldSize = 0
      fieldSize += 1
      size += sizeOfUnsignedVarInt(1) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    if (version >= 2 && !((m.logDirs !== null && m.logDirs.length === 0))) {
      count++
      let fieldSize = 0
      {
        fieldSize += sizeOfArrayLength(m.logDirs.length, true)
        fieldSize += m.logDirs.length * 16
      }
      size += sizeOfUnsignedVarInt(2) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    size += sizeOfUnsignedVarInt(count)
  }
  return size
}

function putBrokerRegistrationChangeRecord (w: Writer, m: BrokerRegistrationChangeRecord, version: number, flexible: boolean): void {
  w.writeInt32(m.brokerId)
  w.writeInt64(m.brokerEpoch)
  if (flexible) {
    let count = 0
    if (!(m.fenced === 0)) count++
    if (version >= 1 && !(m.inControlledShutdown === 0)) count++
    if (version >= 2 && !((m.logDirs !== null && m.logDirs.length === 0))) count++
    w.writeUnsignedVarInt(count)
    if (!(m.fenced === 0)) {
      let fieldSize = 0
      fieldSize += 1
      w.writeUnsignedVarInt(0)
      w.writeUnsignedVarInt(fieldSize)
      w.writeInt8(m.fenced)
    }
    if (version >= 1 && !(m.inControlledShutdown === 0)) {
      let fieldSize = 0
      fieldSize += 1
      w.writeUnsignedVarInt(1)
      w.writeUnsignedVarInt(fieldSize)
      w.writeInt8(m.inControlledShutdown)
    }
    if (version >= 2 && !((m.logDirs !== null && m.logDirs.length === 0))) {
      let fieldSize = 0
      {
        fieldSize += sizeOfArrayLength(m.logDirs.length, true)
        fieldSize += m.logDirs.length * 16
      }
      w.writeUnsignedVarInt(2)
      w.writeUnsignedVarInt(fieldSize)
      w.writeArrayLength(m.logDirs.length, true)
      for (const item of m.logDirs) { w.writeUuid(item) }
    }
  }
}

/** BrokerRegistrationChangeRecord: valid versions 0-2, flexible 0+. */
export const BrokerRegistrationChangeRecordVersions = { min: 0, max: 2, flexibleMin: 0 } as const

export function decodeBrokerRegistrationChangeRecord (r: Reader, version: number): BrokerRegistrationChangeRecord {
  return readBrokerRegistrationChangeRecord(r, version, true)
}

export function sizeOfBrokerRegistrationChangeRecord (m: BrokerRegistrationChangeRecord, version: number): number {
  return sizeBrokerRegistrationChangeRecord(m, version, true)
}

export function writeBrokerRegistrationChangeRecord (w: Writer, m: BrokerRegistrationChangeRecord, version: number): void {
  putBrokerRegistrationChangeRecord(w, m, version, true)
}
