// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: ControllerRegistrationRequest.json, ControllerRegistrationResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'
import { ZERO_UUID } from '../../primitives/uuid.ts'

export interface ControllerRegistrationRequestListener {
  /** Name: versions 0+ */
  name: string
  /** Host: versions 0+ */
  host: string
  /** Port: versions 0+ */
  port: number
  /** SecurityProtocol: versions 0+ */
  securityProtocol: number
}

export interface ControllerRegistrationRequestFeature {
  /** Name: versions 0+ */
  name: string
  /** MinSupportedVersion: versions 0+ */
  minSupportedVersion: number
  /** MaxSupportedVersion: versions 0+ */
  maxSupportedVersion: number
}

export interface ControllerRegistrationRequest {
  /** ControllerId: versions 0+ */
  controllerId: number
  /** IncarnationId: versions 0+ */
  incarnationId: string
  /** ZkMigrationReady: versions 0+ */
  zkMigrationReady: boolean
  /** Listeners: versions 0+ */
  listeners: ControllerRegistrationRequestListener[]
  /** Features: versions 0+ */
  features: ControllerRegistrationRequestFeature[]
}

export function defaultControllerRegistrationRequestListener (): ControllerRegistrationRequestListener {
  return { name: "", host: "", port: 0, securityProtocol: 0 }
}

function readControllerRegistrationRequestListener (r: Reader, _version: number, flexible: boolean): ControllerRegistrationRequestListener {
  const m: ControllerRegistrationRequestListener = { name: "", host: "", port: 0, securityProtocol: 0 }
  m.name = (flexible ? r.readCompactString() : r.readString())
  m.host = (flexible ? r.readCompactString() : r.readString())
  m.port = r.readUInt16()
  m.securityProtocol = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeControllerRegistrationRequestListener (m: ControllerRegistrationRequestListener, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  size += sizeOfString(m.host, flexible)
  size += 2
  size += 2
  if (flexible) size += 1
  return size
}

function putControllerRegistrationRequestListener (w: Writer, m: ControllerRegistrationRequestListener, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  if (flexible) w.writeCompactString(m.host); else w.writeString(m.host)
  w.writeUInt16(m.port)
  w.writeInt16(m.securityProtocol)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultControllerRegistrationRequestFeature (): ControllerRegistrationRequestFeature {
  return { name: "", minSupportedVersion: 0, maxSupportedVersion: 0 }
}

function readControllerRegistrationRequestFeature (r: Reader, _version: number, flexible: boolean): ControllerRegistrationRequestFeature {
  const m: ControllerRegistrationRequestFeature = { name: "", minSupportedVersion: 0, maxSupportedVersion: 0 }
  m.name = (flexible ? r.readCompactString() : r.readString())
  m.minSupportedVersion = r.readInt16()
  m.maxSupportedVersion = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeControllerRegistrationRequestFeature (m: ControllerRegistrationRequestFeature, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  size += 2
  size += 2
  if (flexible) size += 1
  return size
}

function putControllerRegistrationRequestFeature (w: Writer, m: ControllerRegistrationRequestFeature, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeInt16(m.minSupportedVersion)
  w.writeInt16(m.maxSupportedVersion)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultControllerRegistrationRequest (): ControllerRegistrationRequest {
  return { controllerId: 0, incarnationId: ZERO_UUID, zkMigrationReady: false, listeners: [], features: [] }
}

function readControllerRegistrationRequest (r: Reader, version: number, flexible: boolean): ControllerRegistrationRequest {
  const m: ControllerRegistrationRequest = { controllerId: 0, incarnationId: ZERO_UUID, zkMigrationReady: false, listeners: [], features: [] }
  m.controllerId = r.readInt32()
  m.incarnationId = r.readUuid()
  m.zkMigrationReady = r.readBoolean()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Listeners is null but not nullable in this version')
    const items: ControllerRegistrationRequestListener[] = []
    for (let i = 0; i < n; i++) items.push(readControllerRegistrationRequestListener(r, version, flexible))
    m.listeners = items
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Features is null but not nullable in this version')
    const items: ControllerRegistrationRequestFeature[] = []
    for (let i = 0; i < n; i++) items.push(readControllerRegistrationRequestFeature(r, version, flexible))
    m.features = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeControllerRegistrationRequest (m: ControllerRegistrationRequest, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 16
  size += 1
  {
    size += sizeOfArrayLength(m.listeners.length, flexible)
    for (const item of m.listeners) size += sizeControllerRegistrationRequestListener(item, version, flexible)
  }
  {
    size += sizeOfArrayLength(m.features.length, flexible)
    for (const item of m.features) size += sizeControllerRegistrationRequestFeature(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putControllerRegistrationRequest (w: Writer, m: ControllerRegistrationRequest, version: number, flexible: boolean): void {
  w.writeInt32(m.controllerId)
  w.writeUuid(m.incarnationId)
  w.writeBoolean(m.zkMigrationReady)
  w.writeArrayLength(m.listeners.length, flexible)
  for (const item of m.listeners) { putControllerRegistrationRequestListener(w, item, version, flexible) }
  w.writeArrayLength(m.features.length, flexible)
  for (const item of m.features) { putControllerRegistrationRequestFeature(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ControllerRegistrationRequest: valid versions 0-0, flexible 0+. */
export const ControllerRegistrationRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeControllerRegistrationRequest (r: Reader, version: number): ControllerRegistrationRequest {
  return readControllerRegistrationRequest(r, version, true)
}

export function sizeOfControllerRegistrationRequest (m: ControllerRegistrationRequest, version: number): number {
  return sizeControllerRegistrationRequest(m, version, true)
}

export function writeControllerRegistrationRequest (w: Writer, m: ControllerRegistrationRequest, version: number): void {
  putControllerRegistrationRequest(w, m, version, true)
}

export interface ControllerRegistrationResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
}

export function defaultControllerRegistrationResponse (): ControllerRegistrationResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "" }
}

function readControllerRegistrationResponse (r: Reader, _version: number, flexible: boolean): ControllerRegistrationResponse {
  const m: ControllerRegistrationResponse = { throttleTimeMs: 0, errorCode: 0, errorMessage: "" }
  m.throttleTimeMs = r.readInt32()
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeControllerRegistrationResponse (m: ControllerRegistrationResponse, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  if (flexible) size += 1
  return size
}

function putControllerRegistrationResponse (w: Writer, m: ControllerRegistrationResponse, _version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ControllerRegistrationResponse: valid versions 0-0, flexible 0+. */
export const ControllerRegistrationResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeControllerRegistrationResponse (r: Reader, version: number): ControllerRegistrationResponse {
  return readControllerRegistrationResponse(r, version, true)
}

export function sizeOfControllerRegistrationResponse (m: ControllerRegistrationResponse, version: number): number {
  return sizeControllerRegistrationResponse(m, version, true)
}

export function writeControllerRegistrationResponse (w: Writer, m: ControllerRegistrationResponse, version: number): void {
  putControllerRegistrationResponse(w, m, version, true)
}
