// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: FindCoordinatorRequest.json, FindCoordinatorResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface FindCoordinatorRequest {
  /** Key: versions 0-3 */
  key: string
  /** KeyType: versions 1+ */
  keyType: number
  /** CoordinatorKeys: versions 4+ */
  coordinatorKeys: string[]
}

export function defaultFindCoordinatorRequest (): FindCoordinatorRequest {
  return { key: "", keyType: 0, coordinatorKeys: [] }
}

function readFindCoordinatorRequest (r: Reader, version: number, flexible: boolean): FindCoordinatorRequest {
  const m: FindCoordinatorRequest = { key: "", keyType: 0, coordinatorKeys: [] }
  if (version <= 3) {
    m.key = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 1) {
    m.keyType = r.readInt8()
  }
  if (version >= 4) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('CoordinatorKeys is null but not nullable in this version')
      const items: string[] = []
      for (let i = 0; i < n; i++) items.push((flexible ? r.readCompactString() : r.readString()))
      m.coordinatorKeys = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeFindCoordinatorRequest (m: FindCoordinatorRequest, version: number, flexible: boolean): number {
  let size = 0
  if (!(version <= 3) && !(m.key === "")) throw new Error('FindCoordinatorRequest.key is not supported in version ' + version)
  if (version <= 3) {
    size += sizeOfString(m.key, flexible)
  }
  if (!(version >= 1) && !(m.keyType === 0)) throw new Error('FindCoordinatorRequest.keyType is not supported in version ' + version)
  if (version >= 1) {
    size += 1
  }
  if (!(version >= 4) && !((m.coordinatorKeys !== null && m.coordinatorKeys.length === 0))) throw new Error('FindCoordinatorRequest.coordinatorKeys is not supported in version ' + version)
  if (version >= 4) {
    {
      size += sizeOfArrayLength(m.coordinatorKeys.length, flexible)
      for (const item of m.coordinatorKeys) size += sizeOfString(item, flexible)
    }
  }
  if (flexible) size += 1
  return size
}

function putFindCoordinatorRequest (w: Writer, m: FindCoordinatorRequest, version: number, flexible: boolean): void {
  if (version <= 3) {
    if (flexible) w.writeCompactString(m.key); else w.writeString(m.key)
  }
  if (version >= 1) {
    w.writeInt8(m.keyType)
  }
  if (version >= 4) {
    w.writeArrayLength(m.coordinatorKeys.length, flexible)
    for (const item of m.coordinatorKeys) { if (flexible) w.writeCompactString(item); else w.writeString(item) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** FindCoordinatorRequest: valid versions 0-5, flexible 3+. */
export const FindCoordinatorRequestVersions = { min: 0, max: 5, flexibleMin: 3 } as const

export function decodeFindCoordinatorRequest (r: Reader, version: number): FindCoordinatorRequest {
  return readFindCoordinatorRequest(r, version, version >= 3)
}

export function sizeOfFindCoordinatorRequest (m: FindCoordinatorRequest, version: number): number {
  return sizeFindCoordinatorRequest(m, version, version >= 3)
}

export function writeFindCoordinatorRequest (w: Writer, m: FindCoordinatorRequest, version: number): void {
  putFindCoordinatorRequest(w, m, version, version >= 3)
}

export interface FindCoordinatorResponseCoordinator {
  /** Key: versions 4+ */
  key: string
  /** NodeId: versions 4+ */
  nodeId: number
  /** Host: versions 4+ */
  host: string
  /** Port: versions 4+ */
  port: number
  /** ErrorCode: versions 4+ */
  errorCode: number
  /** ErrorMessage: versions 4+ */
  errorMessage: string | null
}

export interface FindCoordinatorResponse {
  /** ThrottleTimeMs: versions 1+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0-3 */
  errorCode: number
  /** ErrorMessage: versions 1-3 */
  errorMessage: string | null
  /** NodeId: versions 0-3 */
  nodeId: number
  /** Host: versions 0-3 */
  host: string
  /** Port: versions 0-3 */
  port: number
  /** Coordinators: versions 4+ */
  coordinators: FindCoordinatorResponseCoordinator[]
}

export function defaultFindCoordinatorResponseCoordinator (): FindCoordinatorResponseCoordinator {
  return { key: "", nodeId: 0, host: "", port: 0, errorCode: 0, errorMessage: "" }
}

function readFindCoordinatorResponseCoordinator (r: Reader, version: number, flexible: boolean): FindCoordinatorResponseCoordinator {
  const m: FindCoordinatorResponseCoordinator = { key: "", nodeId: 0, host: "", port: 0, errorCode: 0, errorMessage: "" }
  if (version >= 4) {
    m.key = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 4) {
    m.nodeId = r.readInt32()
  }
  if (version >= 4) {
    m.host = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 4) {
    m.port = r.readInt32()
  }
  if (version >= 4) {
    m.errorCode = r.readInt16()
  }
  if (version >= 4) {
    m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeFindCoordinatorResponseCoordinator (m: FindCoordinatorResponseCoordinator, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 4) {
    size += sizeOfString(m.key, flexible)
  }
  if (version >= 4) {
    size += 4
  }
  if (version >= 4) {
    size += sizeOfString(m.host, flexible)
  }
  if (version >= 4) {
    size += 4
  }
  if (version >= 4) {
    size += 2
  }
  if (version >= 4) {
    size += sizeOfNullableString(m.errorMessage, flexible)
  }
  if (flexible) size += 1
  return size
}

function putFindCoordinatorResponseCoordinator (w: Writer, m: FindCoordinatorResponseCoordinator, version: number, flexible: boolean): void {
  if (version >= 4) {
    if (flexible) w.writeCompactString(m.key); else w.writeString(m.key)
  }
  if (version >= 4) {
    w.writeInt32(m.nodeId)
  }
  if (version >= 4) {
    if (flexible) w.writeCompactString(m.host); else w.writeString(m.host)
  }
  if (version >= 4) {
    w.writeInt32(m.port)
  }
  if (version >= 4) {
    w.writeInt16(m.errorCode)
  }
  if (version >= 4) {
    if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultFindCoordinatorResponse (): FindCoordinatorResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "", nodeId: 0, host: "", port: 0, coordinators: [] }
}

function readFindCoordinatorResponse (r: Reader, version: number, flexible: boolean): FindCoordinatorResponse {
  const m: FindCoordinatorResponse = { throttleTimeMs: 0, errorCode: 0, errorMessage: "", nodeId: 0, host: "", port: 0, coordinators: [] }
  if (version >= 1) {
    m.throttleTimeMs = r.readInt32()
  }
  if (version <= 3) {
    m.errorCode = r.readInt16()
  }
  if (version >= 1 && version <= 3) {
    m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (version <= 3) {
    m.nodeId = r.readInt32()
  }
  if (version <= 3) {
    m.host = (flexible ? r.readCompactString() : r.readString())
  }
  if (version <= 3) {
    m.port = r.readInt32()
  }
  if (version >= 4) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('Coordinators is null but not nullable in this version')
      const items: FindCoordinatorResponseCoordinator[] = []
      for (let i = 0; i < n; i++) items.push(readFindCoordinatorResponseCoordinator(r, version, flexible))
      m.coordinators = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeFindCoordinatorResponse (m: FindCoordinatorResponse, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 1) {
    size += 4
  }
  if (version <= 3) {
    size += 2
  }
  if (version >= 1 && version <= 3) {
    size += sizeOfNullableString(m.errorMessage, flexible)
  }
  if (version <= 3) {
    size += 4
  }
  if (version <= 3) {
    size += sizeOfString(m.host, flexible)
  }
  if (version <= 3) {
    size += 4
  }
  if (version >= 4) {
    {
      size += sizeOfArrayLength(m.coordinators.length, flexible)
      for (const item of m.coordinators) size += sizeFindCoordinatorResponseCoordinator(item, version, flexible)
    }
  }
  if (flexible) size += 1
  return size
}

function putFindCoordinatorResponse (w: Writer, m: FindCoordinatorResponse, version: number, flexible: boolean): void {
  if (version >= 1) {
    w.writeInt32(m.throttleTimeMs)
  }
  if (version <= 3) {
    w.writeInt16(m.errorCode)
  }
  if (version >= 1 && version <= 3) {
    if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  }
  if (version <= 3) {
    w.writeInt32(m.nodeId)
  }
  if (version <= 3) {
    if (flexible) w.writeCompactString(m.host); else w.writeString(m.host)
  }
  if (version <= 3) {
    w.writeInt32(m.port)
  }
  if (version >= 4) {
    w.writeArrayLength(m.coordinators.length, flexible)
    for (const item of m.coordinators) { putFindCoordinatorResponseCoordinator(w, item, version, flexible) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** FindCoordinatorResponse: valid versions 0-5, flexible 3+. */
export const FindCoordinatorResponseVersions = { min: 0, max: 5, flexibleMin: 3 } as const

export function decodeFindCoordinatorResponse (r: Reader, version: number): FindCoordinatorResponse {
  return readFindCoordinatorResponse(r, version, version >= 3)
}

export function sizeOfFindCoordinatorResponse (m: FindCoordinatorResponse, version: number): number {
  return sizeFindCoordinatorResponse(m, version, version >= 3)
}

export function writeFindCoordinatorResponse (w: Writer, m: FindCoordinatorResponse, version: number): void {
  putFindCoordinatorResponse(w, m, version, version >= 3)
}
