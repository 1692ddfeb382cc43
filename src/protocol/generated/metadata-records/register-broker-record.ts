// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: RegisterBrokerRecord.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfUnsignedVarInt, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'
import { ZERO_UUID } from '../../primitives/uuid.ts'

export interface RegisterBrokerRecordBrokerEndpoint {
  /** Name: versions 0+ */
  name: string
  /** Host: versions 0+ */
  host: string
  /** Port: versions 0+ */
  port: number
  /** SecurityProtocol: versions 0+ */
  securityProtocol: number
}

export interface RegisterBrokerRecordBrokerFeature {
  /** Name: versions 0+ */
  name: string
  /** MinSupportedVersion: versions 0+ */
  minSupportedVersion: number
  /** MaxSupportedVersion: versions 0+ */
  maxSupportedVersion: number
}

export interface RegisterBrokerRecord {
  /** BrokerId: versions 0+ */
  brokerId: number
  /** IsMigratingZkBroker: versions 2+ */
  isMigratingZkBroker: boolean
  /** IncarnationId: versions 0+ */
  incarnationId: string
  /** BrokerEpoch: versions 0+ */
  brokerEpoch: bigint
  /** EndPoints: versions 0+ */
  endPoints: RegisterBrokerRecordBrokerEndpoint[]
  /** Features: versions 0+ */
  features: RegisterBrokerRecordBrokerFeature[]
  /** Rack: versions 0+ */
  rack: string | null
  /** Fenced: versions 0+ */
  fenced: boolean
  /** InControlledShutdown: versions 1+ */
  inControlledShutdown: boolean
  /** LogDirs: versions 3+, tag 0 */
  logDirs: string[]
}

export function defaultRegisterBrokerRecordBrokerEndpoint (): RegisterBrokerRecordBrokerEndpoint {
  return { name: "", host: "", port: 0, securityProtocol: 0 }
}

function readRegisterBrokerRecordBrokerEndpoint (r: Reader, _version: number, flexible: boolean): RegisterBrokerRecordBrokerEndpoint {
  const m: RegisterBrokerRecordBrokerEndpoint = { name: "", host: "", port: 0, securityProtocol: 0 }
  m.name = (flexible ? r.readCompactString() : r.readString())
  m.host = (flexible ? r.readCompactString() : r.readString())
  m.port = r.readUInt16()
  m.securityProtocol = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeRegisterBrokerRecordBrokerEndpoint (m: RegisterBrokerRecordBrokerEndpoint, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  size += sizeOfString(m.host, flexible)
  size += 2
  size += 2
  if (flexible) size += 1
  return size
}

function putRegisterBrokerRecordBrokerEndpoint (w: Writer, m: RegisterBrokerRecordBrokerEndpoint, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  if (flexible) w.writeCompactString(m.host); else w.writeString(m.host)
  w.writeUInt16(m.port)
  w.writeInt16(m.securityProtocol)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultRegisterBrokerRecordBrokerFeature (): RegisterBrokerRecordBrokerFeature {
  return { name: "", minSupportedVersion: 0, maxSupportedVersion: 0 }
}

function readRegisterBrokerRecordBrokerFeature (r: Reader, _version: number, flexible: boolean): RegisterBrokerRecordBrokerFeature {
  const m: RegisterBrokerRecordBrokerFeature = { name: "", minSupportedVersion: 0, maxSupportedVersion: 0 }
  m.name = (flexible ? r.readCompactString() : r.readString())
  m.minSupportedVersion = r.readInt16()
  m.maxSupportedVersion = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeRegisterBrokerRecordBrokerFeature (m: RegisterBrokerRecordBrokerFeature, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  size += 2
  size += 2
  if (flexible) size += 1
  return size
}

function putRegisterBrokerRecordBrokerFeature (w: Writer, m: RegisterBrokerRecordBrokerFeature, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeInt16(m.minSupportedVersion)
  w.writeInt16(m.maxSupportedVersion)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultRegisterBrokerRecord (): RegisterBrokerRecord {
  return { brokerId: 0, isMigratingZkBroker: false, incarnationId: ZERO_UUID, brokerEpoch: 0n, endPoints: [], features: [], rack: "", fenced: true, inControlledShutdown: false, logDirs: [] }
}

function readRegisterBrokerRecord (r: Reader, version: number, flexible: boolean): RegisterBrokerRecord {
  const m: RegisterBrokerRecord = { brokerId: 0, isMigratingZkBroker: false, incarnationId: ZERO_UUID, brokerEpoch: 0n, endPoints: [], features: [], rack: "", fenced: true, inControlledShutdown: false, logDirs: [] }
  m.brokerId = r.readInt32()
  if (version >= 2) {
    m.isMigratingZkBroker = r.readBoolean()
  }
  m.incarnationId = r.readUuid()
  m.brokerEpoch = r.readInt64()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('EndPoints is null but not nullable in this version')
    const items: RegisterBrokerRecordBrokerEndpoint[] = []
    for (let i = 0; i < n; i++) items.push(readRegisterBrokerRecordBrokerEndpoint(r, version, flexible))
    m.endPoints = items
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Features is null but not nullable in this version')
    const items: RegisterBrokerRecordBrokerFeature[] = []
    for (let i = 0; i < n; i++) items.push(readRegisterBrokerRecordBrokerFeature(r, version, flexible))
    m.features = items
  }
  m.rack = (flexible ? r.readCompactNullableString() : r.readNullableString())
  m.fenced = r.readBoolean()
  if (version >= 1) {
    m.inControlledShutdown = r.readBoolean()
  }
  if (flexible) {
    const count = r.readUnsignedVarInt()
    for (let t = 0; t < count; t++) {
      const tag = r.readUnsignedVarInt()
      const size = r.readUnsignedVarInt()
      if (size > r.remaining()) throw new DecodeError(`tagged field ${tag} of ${size} bytes exceeds the frame`)
      const end = r.offset + size
      switch (tag) {
        case 0:
          if (version >= 3) {
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

function sizeRegisterBrokerRecord (m: RegisterBrokerRecord, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  if (!(version >= 2) && !(m.isMigratingZkBroker === false)) throw new Error('RegisterBrokerRecord.isMigratingZkBroker is not supported in version ' + version)
  if (version >= 2) {
    size += 1
  }
  size += 16
  size += 8
  {
    size += sizeOfArrayLength(m.endPoints.length, flexible)
    for (const item of m.endPoints) size += sizeRegisterBrokerRecordBrokerEndpoint(item, version, flexible)
  }
  {
    size += sizeOfArrayLength(m.features.length, flexible)
    for (const item of m.features) size += sizeRegisterBrokerRecordBrokerFeature(item, version, flexible)
  }
  size += sizeOfNullableString(m.rack, flexible)
  size += 1
  if (!(version >= 1) && !(m.inControlledShutdown === false)) throw new Error('RegisterBrokerRecord.inControlledShutdown is not supported in version ' + version)
  if (version >= 1) {
    size += 1
  }
  if (flexible) {
    let count = 0
    if (version >= 3 && !((m.logDirs !== null && m.logDirs.length === 0))) {
      count++
      let fieldSize = 0
      {
        fieldSize += sizeOfArrayLength(m.logDirs.length, true)
        fieldSize += m.logDirs.length * 16
      }
      size += sizeOfUnsignedVarInt(0) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    size += sizeOfUnsignedVarInt(count)
  }
  return size
}

function putRegisterBrokerRecord (w: Writer, m: RegisterBrokerRecord, version: number, flexible: boolean): void {
  w.writeInt32(m.brokerId)
  if (version >= 2) {
    w.writeBoolean(m.isMigratingZkBroker)
  }
  w.writeUuid(m.incarnationId)
  w.writeInt64(m.brokerEpoch)
  w.writeArrayLength(m.endPoints.length, flexible)
  for (const item of m.endPoints) { putRegisterBrokerRecordBrokerEndpoint(w, item, version, flexible) }
  w.writeArrayLength(m.features.length, flexible)
  for (const item of m.features) { putRegisterBrokerRecordBrokerFeature(w, item, version, flexible) }
  if (flexible) w.writeCompactNullableString(m.rack); else w.writeNullableString(m.rack)
  w.writeBoolean(m.fenced)
  if (version >= 1) {
    w.writeBoolean(m.inControlledShutdown)
  }
  if (flexible) {
    let count = 0
    if (version >= 3 && !((m.logDirs !== null && m.logDirs.length === 0))) count++
    w.writeUnsignedVarInt(count)
    if (version >= 3 && !((m.logDirs !== null && m.logDirs.length === 0))) {
      let fieldSize = 0
      {
        fieldSize += sizeOfArrayLength(m.logDirs.length, true)
        fieldSize += m.logDirs.length * 16
      }
      w.writeUnsignedVarInt(0)
      w.writeUnsignedVarInt(fieldSize)
      w.writeArrayLength(m.logDirs.length, true)
      for (const item of m.logDirs) { w.writeUuid(item) }
    }
  }
}

/** RegisterBrokerRecord: valid versions 0-3, flexible 0+. */
export const RegisterBrokerRecordVersions = { min: 0, max: 3, flexibleMin: 0 } as const

export function decodeRegisterBrokerRecord (r: Reader, version: number): RegisterBrokerRecord {
  return readRegisterBrokerRecord(r, version, true)
}

export function sizeOfRegisterBrokerRecord (m: RegisterBrokerRecord, version: number): number {
  return sizeRegisterBrokerRecord(m, version, true)
}

export function writeRegisterBrokerRecord (w: Writer, m: RegisterBrokerRecord, version: number): void {
  putRegisterBrokerRecord(w, m, version, true)
}
