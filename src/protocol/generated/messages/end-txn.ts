// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: EndTxnRequest.json, EndTxnResponse.json
import type { Reader } from '../../primitives/reader.ts'
import { type Writer, sizeOfString } from '../../primitives/writer.ts'

export interface EndTxnRequest {
  /** TransactionalId: versions 0+ */
  transactionalId: string
  /** ProducerId: versions 0+ */
  producerId: bigint
  /** ProducerEpoch: versions 0+ */
  producerEpoch: number
  /** Committed: versions 0+ */
  committed: boolean
}

export function defaultEndTxnRequest (): EndTxnRequest {
  return { transactionalId: "", producerId: 0n, producerEpoch: 0, committed: false }
}

function readEndTxnRequest (r: Reader, _version: number, flexible: boolean): EndTxnRequest {
  const m: EndTxnRequest = { transactionalId: "", producerId: 0n, producerEpoch: 0, committed: false }
  m.transactionalId = (flexible ? r.readCompactString() : r.readString())
  m.producerId = r.readInt64()
  m.producerEpoch = r.readInt16()
  m.committed = r.readBoolean()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeEndTxnRequest (m: EndTxnRequest, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.transactionalId, flexible)
  size += 8
  size += 2
  size += 1
  if (flexible) size += 1
  return size
}

function putEndTxnRequest (w: Writer, m: EndTxnRequest, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.transactionalId); else w.writeString(m.transactionalId)
  w.writeInt64(m.producerId)
  w.writeInt16(m.producerEpoch)
  w.writeBoolean(m.committed)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** EndTxnRequest: valid versions 0-4, flexible 3+. */
export const EndTxnRequestVersions = { min: 0, max: 4, flexibleMin: 3 } as const

export function decodeEndTxnRequest (r: Reader, version: number): EndTxnRequest {
  return readEndTxnRequest(r, version, version >= 3)
}

export function sizeOfEndTxnRequest (m: EndTxnRequest, version: number): number {
  return sizeEndTxnRequest(m, version, version >= 3)
}

export function writeEndTxnRequest (w: Writer, m: EndTxnRequest, version: number): void {
  putEndTxnRequest(w, m, version, version >= 3)
}

export interface EndTxnResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
}

export function defaultEndTxnResponse (): EndTxnResponse {
  return { throttleTimeMs: 0, errorCode: 0 }
}

function readEndTxnResponse (r: Reader, _version: number, flexible: boolean): EndTxnResponse {
  const m: EndTxnResponse = { throttleTimeMs: 0, errorCode: 0 }
  m.throttleTimeMs = r.readInt32()
  m.errorCode = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeEndTxnResponse (_m: EndTxnResponse, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  if (flexible) size += 1
  return size
}

function putEndTxnResponse (w: Writer, m: EndTxnResponse, _version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** EndTxnResponse: valid versions 0-4, flexible 3+. */
export const EndTxnResponseVersions = { min: 0, max: 4, flexibleMin: 3 } as const

export function decodeEndTxnResponse (r: Reader, version: number): EndTxnResponse {
  return readEndTxnResponse(r, version, version >= 3)
}

export function sizeOfEndTxnResponse (m: EndTxnResponse, version: number): number {
  return sizeEndTxnResponse(m, version, version >= 3)
}

export function writeEndTxnResponse (w: Writer, m: EndTxnResponse, version: number): void {
  putEndTxnResponse(w, m, version, version >= 3)
}
