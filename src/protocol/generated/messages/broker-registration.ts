// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: BrokerRegistrationRequest.json, BrokerRegistrationResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'
import { ZERO_UUID } from '../../primitives/uuid.ts'

export interface BrokerRegistrationRequestListener {
  /** Name: versions 0+ */
  name: string
  /** Host: versions 0+ */
  host: string
  /** Port: versions 0+ */
  port: number
  /** SecurityProtocol: versions 0+ */
  securityProtocol: number
}

export interface BrokerRegistrationRequestFeature {
  /** Name: versions 0+ */
  name: string
  /** MinSupportedVersion: versions 0+ */
  minSupportedVersion: number
  /** MaxSupportedVersion: versions 0+ */
  maxSupportedVersion: number
}

export interface BrokerRegistrationRequest {
  /** BrokerId: versions 0+ */
  brokerId: number
  /** ClusterId: versions 0+ */
  clusterId: string
  /** IncarnationId: versions 0+ */
  incarnationId: string
  /** Listeners: versions 0+ */
  listeners: BrokerRegistrationRequestListener[]
  /** Features: versions 0+ */
  features: BrokerRegistrationRequestFeature[]
  /** Rack: versions 0+ */
  rack: string | null
  /** IsMigratingZkBroker: versions 1+ */
  isMigratingZkBroker: boolean
  /** LogDirs: versions 2+ */
  logDirs: string[]
  /** PreviousBrokerEpoch: versions 3+ */
  previousBrokerEpoch: bigint
}

export function defaultBrokerRegistrationRequestListener (): BrokerRegistrationRequestListener {
  return { name: "", host: "", port: 0, securityProtocol: 0 }
}

function readBrokerRegistrationRequestListener (r: Reader, _version: number, flexible: boolean): BrokerRegistrationRequestListener {
  const m: BrokerRegistrationRequestListener = { name: "", host: "", port: 0, securityProtocol: 0 }
  m.name = (flexible ? r.readCompactString() : r.readString())
  m.host = (flexible ? r.readCompactString() : r.readString())
  m.port = r.readUInt16()
  m.securityProtocol = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeBrokerRegistrationRequestListener (m: BrokerRegistrationRequestListener, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  size += sizeOfString(m.host, flexible)
  size += 2
  size += 2
  if (flexible) size += 1
  return size
}

function putBrokerRegistrationRequestListener (w: Writer, m: BrokerRegistrationRequestListener, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  if (flexible) w.writeCompactString(m.host); else w.writeString(m.host)
  w.writeUInt16(m.port)
  w.writeInt16(m.securityProtocol)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultBrokerRegistrationRequestFeature (): BrokerRegistrationRequestFeature {
  return { name: "", minSupportedVersion: 0, maxSupportedVersion: 0 }
}

function readBrokerRegistrationRequestFeature (r: Reader, _version: number, flexible: boolean): BrokerRegistrationRequestFeature {
  const m: BrokerRegistrationRequestFeature = { name: "", minSupportedVersion: 0, maxSupportedVersion: 0 }
  m.name = (flexible ? r.readCompactString() : r.readString())
  m.minSupportedVersion = r.readInt16()
  m.maxSupportedVersion = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeBrokerRegistrationRequestFeature (m: BrokerRegistrationRequestFeature, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  size += 2
  size += 2
  if (flexible) size += 1
  return size
}

function putBrokerRegistrationRequestFeature (w: Writer, m: BrokerRegistrationRequestFeature, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeInt16(m.minSupportedVersion)
  w.writeInt16(m.maxSupportedVersion)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultBrokerRegistrationRequest (): BrokerRegistrationRequest {
  return { brokerId: 0, clusterId: "", incarnationId: ZERO_UUID, listeners: [], features: [], rack: "", isMigratingZkBroker: false, logDirs: [], previousBrokerEpoch: -1n }
}

function readBrokerRegistrationRequest (r: Reader, version: number, flexible: boolean): BrokerRegistrationRequest {
  const m: BrokerRegistrationRequest = { brokerId: 0, clusterId: "", incarnationId: ZERO_UUID, listeners: [], features: [], rack: "", isMigratingZkBroker: false, logDirs: [], previousBrokerEpoch: -1n }
  m.brokerId = r.readInt32()
  m.clusterId = (flexible ? r.readCompactString() : r.readString())
  m.incarnationId = r.readUuid()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Listeners is null but not nullable in this version')
    const items: BrokerRegistrationRequestListener[] = []
    for (let i = 0; i < n; i++) items.push(readBrokerRegistrationRequestListener(r, version, flexible))
    m.listeners = items
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Features is null but not nullable in this version')
    const items: BrokerRegistrationRequestFeature[] = []
    for (let i = 0; i < n; i++) items.push(readBrokerRegistrationRequestFeature(r, version, flexible))
    m.features = items
  }
  m.rack = (flexible ? r.readCompactNullableString() : r.readNullableString())
  if (version >= 1) {
    m.isMigratingZkBroker = r.readBoolean()
  }
  if (version >= 2) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('LogDirs is null but not nullable in this version')
      const items: string[] = []
      for (let i = 0; i < n; i++) items.push(r.readUuid())
      m.logDirs = items
    }
  }
  if (version >= 3) {
    m.previousBrokerEpoch = r.readInt64()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeBrokerRegistrationRequest (m: BrokerRegistrationRequest, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += sizeOfString(m.clusterId, flexible)
  size += 16
  {
    size += sizeOfArrayLength(m.listeners.length, flexible)
    for (const item of m.listeners) size += sizeBrokerRegistrationRequestListener(item, version, flexible)
  }
  {
    size += sizeOfArrayLength(m.features.length, flexible)
    for (const item of m.features) size += sizeBrokerRegistrationRequestFeature(item, version, flexible)
  }
  size += sizeOfNullableString(m.rack, flexible)
  if (!(version >= 1) && !(m.isMigratingZkBroker === false)) throw new Error('BrokerRegistrationRequest.isMigratingZkBroker is not supported in version ' + version)
  if (version >= 1) {
    size += 1
  }
  if (version >= 2) {
    {
      size += sizeOfArrayLength(m.logDirs.length, flexible)
      size += m.logDirs.length * 16
    }
  }
  if (version >= 3) {
    size += 8
  }
  if (flexible) size += 1
  return size
}

function putBrokerRegistrationRequest (w: Writer, m: BrokerRegistrationRequest, version: number, flexible: boolean): void {
  w.writeInt32(m.brokerId)
  if (flexible) w.writeCompactString(m.clusterId); else w.writeString(m.clusterId)
  w.writeUuid(m.incarnationId)
  w.writeArrayLength(m.listeners.length, flexible)
  for (const item of m.listeners) { putBrokerRegistrationRequestListener(w, item, version, flexible) }
  w.writeArrayLength(m.features.length, flexible)
  for (const item of m.features) { putBrokerRegistrationRequestFeature(w, item, version, flexible) }
  if (flexible) w.writeCompactNullableString(m.rack); else w.writeNullableString(m.rack)
  if (version >= 1) {
    w.writeBoolean(m.isMigratingZkBroker)
  }
  if (version >= 2) {
    w.writeArrayLength(m.logDirs.length, flexible)
    for (const item of m.logDirs) { w.writeUuid(item) }
  }
  if (version >= 3) {
    w.writeInt64(m.previousBrokerEpoch)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** BrokerRegistrationRequest: valid versions 0-3, flexible 0+. */
export const BrokerRegistrationRequestVersions = { min: 0, max: 3, flexibleMin: 0 } as const

export function decodeBrokerRegistrationRequest (r: Reader, version: number): BrokerRegistrationRequest {
  return readBrokerRegistrationRequest(r, version, true)
}

export function sizeOfBrokerRegistrationRequest (m: BrokerRegistrationRequest, version: number): number {
  return sizeBrokerRegistrationRequest(m, version, true)
}

export function writeBrokerRegistrationRequest (w: Writer, m: BrokerRegistrationRequest, version: number): void {
  putBrokerRegistrationRequest(w, m, version, true)
}

export interface BrokerRegistrationResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** BrokerEpoch: versions 0+ */
  brokerEpoch: bigint
}

export function defaultBrokerRegistrationResponse (): BrokerRegistrationResponse {
  return { throttleTimeMs: 0, errorCode: 0, brokerEpoch: -1n }
}

function readBrokerRegistrationResponse (r: Reader, _version: number, flexible: boolean): BrokerRegistrationResponse {
  const m: BrokerRegistrationResponse = { throttleTimeMs: 0, errorCode: 0, brokerEpoch: -1n }
  m.throttleTimeMs = r.readInt32()
  m.errorCode = r.readInt16()
  m.brokerEpoch = r.readInt64()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeBrokerRegistrationResponse (_m: BrokerRegistrationResponse, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += 8
  if (flexible) size += 1
  return size
}

function putBrokerRegistrationResponse (w: Writer, m: BrokerRegistrationResponse, _version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  w.writeInt64(m.brokerEpoch)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** BrokerRegistrationResponse: valid versions 0-3, flexible 0+. */
export const BrokerRegistrationResponseVersions = { min: 0, max: 3, flexibleMin: 0 } as const

export function decodeBrokerRegistrationResponse (r: Reader, version: number): BrokerRegistrationResponse {
  return readBrokerRegistrationResponse(r, version, true)
}

export function sizeOfBrokerRegistrationResponse (m: BrokerRegistrationResponse, version: number): number {
  return sizeBrokerRegistrationResponse(m, version, true)
}

export function writeBrokerRegistrationResponse (w: Writer, m: BrokerRegistrationResponse, version: number): void {
  putBrokerRegistrationResponse(w, m, version, true)
}
