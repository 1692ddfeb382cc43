// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: HeartbeatRequest.json, HeartbeatResponse.json
import type { Reader } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString } from '../../primitives/writer.ts'

export interface HeartbeatRequest {
  /** GroupId: versions 0+ */
  groupId: string
  /** GenerationId: versions 0+ */
  generationId: number
  /** MemberId: versions 0+ */
  memberId: string
  /** GroupInstanceId: versions 3+ */
  groupInstanceId: string | null
}

export function defaultHeartbeatRequest (): HeartbeatRequest {
  return { groupId: "", generationId: 0, memberId: "", groupInstanceId: null }
}

function readHeartbeatRequest (r: Reader, version: number, flexible: boolean): HeartbeatRequest {
  const m: HeartbeatRequest = { groupId: "", generationId: 0, memberId: "", groupInstanceId: null }
  m.groupId = (flexible ? r.readCompactString() : r.readString())
  m.generationId = r.readInt32()
  m.memberId = (flexible ? r.readCompactString() : r.readString())
  if (version >= 3) {
    m.groupInstanceId = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeHeartbeatRequest (m: HeartbeatRequest, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.groupId, flexible)
  size += 4
  size += sizeOfString(m.memberId, flexible)
  if (!(version >= 3) && !(m.groupInstanceId === null)) throw new Error('HeartbeatRequest.groupInstanceId is not supported in version ' + version)
  if (version >= 3) {
    size += sizeOfNullableString(m.groupInstanceId, flexible)
  }
  if (flexible) size += 1
  return size
}

function putHeartbeatRequest (w: Writer, m: HeartbeatRequest, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.groupId); else w.writeString(m.groupId)
  w.writeInt32(m.generationId)
  if (flexible) w.writeCompactString(m.memberId); else w.writeString(m.memberId)
  if (version >= 3) {
    if (flexible) w.writeCompactNullableString(m.groupInstanceId); else w.writeNullableString(m.groupInstanceId)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** HeartbeatRequest: valid versions 0-4, flexible 4+. */
export const HeartbeatRequestVersions = { min: 0, max: 4, flexibleMin: 4 } as const

export function decodeHeartbeatRequest (r: Reader, version: number): HeartbeatRequest {
  return readHeartbeatRequest(r, version, version >= 4)
}

export function sizeOfHeartbeatRequest (m: HeartbeatRequest, version: number): number {
  return sizeHeartbeatRequest(m, version, version >= 4)
}

export function writeHeartbeatRequest (w: Writer, m: HeartbeatRequest, version: number): void {
  putHeartbeatRequest(w, m, version, version >= 4)
}

export interface HeartbeatResponse {
  /** ThrottleTimeMs: versions 1+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
}

export function defaultHeartbeatResponse (): HeartbeatResponse {
  return { throttleTimeMs: 0, errorCode: 0 }
}

function readHeartbeatResponse (r: Reader, version: number, flexible: boolean): HeartbeatResponse {
  const m: HeartbeatResponse = { throttleTimeMs: 0, errorCode: 0 }
  if (version >= 1) {
    m.throttleTimeMs = r.readInt32()
  }
  m.errorCode = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeHeartbeatResponse (_m: HeartbeatResponse, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 1) {
    size += 4
  }
  size += 2
  if (flexible) size += 1
  return size
}

function putHeartbeatResponse (w: Writer, m: HeartbeatResponse, version: number, flexible: boolean): void {
  if (version >= 1) {
    w.writeInt32(m.throttleTimeMs)
  }
  w.writeInt16(m.errorCode)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** HeartbeatResponse: valid versions 0-4, flexible 4+. */
export const HeartbeatResponseVersions = { min: 0, max: 4, flexibleMin: 4 } as const

export function decodeHeartbeatResponse (r: Reader, version: number): HeartbeatResponse {
  return readHeartbeatResponse(r, version, version >= 4)
}

export function sizeOfHeartbeatResponse (m: HeartbeatResponse, version: number): number {
  return sizeHeartbeatResponse(m, version, version >= 4)
}

export function writeHeartbeatResponse (w: Writer, m: HeartbeatResponse, version: number): void {
  putHeartbeatResponse(w, m, version, version >= 4)
}
