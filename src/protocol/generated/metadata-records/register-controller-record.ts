// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: RegisterControllerRecord.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfArrayLength } from '../../primitives/writer.ts'
import { ZERO_UUID } from '../../primitives/uuid.ts'

export interface RegisterControllerRecordControllerEndpoint {
  /** Name: versions 0+ */
  name: string
  /** Host: versions 0+ */
  host: string
  /** Port: versions 0+ */
  port: number
  /** SecurityProtocol: versions 0+ */
  securityProtocol: number
}

export interface RegisterControllerRecordControllerFeature {
  /** Name: versions 0+ */
  name: string
  /** MinSupportedVersion: versions 0+ */
  minSupportedVersion: number
  /** MaxSupportedVersion: versions 0+ */
  maxSupportedVersion: number
}

export interface RegisterControllerRecord {
  /** ControllerId: versions 0+ */
  controllerId: number
  /** IncarnationId: versions 0+ */
  incarnationId: string
  /** ZkMigrationReady: versions 0+ */
  zkMigrationReady: boolean
  /** EndPoints: versions 0+ */
  endPoints: RegisterControllerRecordControllerEndpoint[]
  /** Features: versions 0+ */
  features: RegisterControllerRecordControllerFeature[]
}

export function defaultRegisterControllerRecordControllerEndpoint (): RegisterControllerRecordControllerEndpoint {
  return { name: "", host: "", port: 0, securityProtocol: 0 }
}

function readRegisterControllerRecordControllerEndpoint (r: Reader, _version: number, flexible: boolean): RegisterControllerRecordControllerEndpoint {
  const m: RegisterControllerRecordControllerEndpoint = { name: "", host: "", port: 0, securityProtocol: 0 }
  m.name = (flexible ? r.readCompactString() : r.readString())
  m.host = (flexible ? r.readCompactString() : r.readString())
  m.port = r.readUInt16()
  m.securityProtocol = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeRegisterControllerRecordControllerEndpoint (m: RegisterControllerRecordControllerEndpoint, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  size += sizeOfString(m.host, flexible)
  size += 2
  size += 2
  if (flexible) size += 1
  return size
}

function putRegisterControllerRecordControllerEndpoint (w: Writer, m: RegisterControllerRecordControllerEndpoint, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  if (flexible) w.writeCompactString(m.host); else w.writeString(m.host)
  w.writeUInt16(m.port)
  w.writeInt16(m.securityProtocol)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultRegisterControllerRecordControllerFeature (): RegisterControllerRecordControllerFeature {
  return { name: "", minSupportedVersion: 0, maxSupportedVersion: 0 }
}

function readRegisterControllerRecordControllerFeature (r: Reader, _version: number, flexible: boolean): RegisterControllerRecordControllerFeature {
  const m: RegisterControllerRecordControllerFeature = { name: "", minSupportedVersion: 0, maxSupportedVersion: 0 }
  m.name = (flexible ? r.readCompactString() : r.readString())
  m.minSupportedVersion = r.readInt16()
  m.maxSupportedVersion = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeRegisterControllerRecordControllerFeature (m: RegisterControllerRecordControllerFeature, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  size += 2
  size += 2
  if (flexible) size += 1
  return size
}

function putRegisterControllerRecordControllerFeature (w: Writer, m: RegisterControllerRecordControllerFeature, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeInt16(m.minSupportedVersion)
  w.writeInt16(m.maxSupportedVersion)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultRegisterControllerRecord (): RegisterControllerRecord {
  return { controllerId: 0, incarnationId: ZERO_UUID, zkMigrationReady: false, endPoints: [], features: [] }
}

function readRegisterControllerRecord (r: Reader, version: number, flexible: boolean): RegisterControllerRecord {
  const m: RegisterControllerRecord = { controllerId: 0, incarnationId: ZERO_UUID, zkMigrationReady: false, endPoints: [], features: [] }
  m.controllerId = r.readInt32()
  m.incarnationId = r.readUuid()
  m.zkMigrationReady = r.readBoolean()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('EndPoints is null but not nullable in this version')
    const items: RegisterControllerRecordControllerEndpoint[] = []
    for (let i = 0; i < n; i++) items.push(readRegisterControllerRecordControllerEndpoint(r, version, flexible))
    m.endPoints = items
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Features is null but not nullable in this version')
    const items: RegisterControllerRecordControllerFeature[] = []
    for (let i = 0; i < n; i++) items.push(readRegisterControllerRecordControllerFeature(r, version, flexible))
    m.features = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeRegisterControllerRecord (m: RegisterControllerRecord, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 16
  size += 1
  {
    size += sizeOfArrayLength(m.endPoints.length, flexible)
    for (const item of m.endPoints) size += sizeRegisterControllerRecordControllerEndpoint(item, version, flexible)
  }
  {
    size += sizeOfArrayLength(m.features.length, flexible)
    for (const item of m.features) size += sizeRegisterControllerRecordControllerFeature(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putRegisterControllerRecord (w: Writer, m: RegisterControllerRecord, version: number, flexible: boolean): void {
  w.writeInt32(m.controllerId)
  w.writeUuid(m.incarnationId)
  w.writeBoolean(m.zkMigrationReady)
  w.writeArrayLength(m.endPoints.length, flexible)
  for (const item of m.endPoints) { putRegisterControllerRecordControllerEndpoint(w, item, version, flexible) }
  w.writeArrayLength(m.features.length, flexible)
  for (const item of m.features) { putRegisterControllerRecordControllerFeature(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** RegisterControllerRecord: valid versions 0-0, flexible 0+. */
export const RegisterControllerRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeRegisterControllerRecord (r: Reader, version: number): RegisterControllerRecord {
  return readRegisterControllerRecord(r, version, true)
}

export function sizeOfRegisterControllerRecord (m: RegisterControllerRecord, version: number): number {
  return sizeRegisterControllerRecord(m, version, true)
}

export function writeRegisterControllerRecord (w: Writer, m: RegisterControllerRecord, version: number): void {
  putRegisterControllerRecord(w, m, version, true)
}
