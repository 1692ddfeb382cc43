// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: AddOffsetsToTxnRequest.json, AddOffsetsToTxnResponse.json
import type { Reader } from '../../primitives/reader.ts'
import { type Writer, sizeOfString } from '../../primitives/writer.ts'

export interface AddOffsetsToTxnRequest {
  /** TransactionalId: versions 0+ */
  transactionalId: string
  /** ProducerId: versions 0+ */
  producerId: bigint
  /** ProducerEpoch: versions 0+ */
  producerEpoch: number
  /** GroupId: versions 0+ */
  groupId: string
}

export function defaultAddOffsetsToTxnRequest (): AddOffsetsToTxnRequest {
  return { transactionalId: "", producerId: 0n, producerEpoch: 0, groupId: "" }
}

function readAddOffsetsToTxnRequest (r: Reader, _version: number, flexible: boolean): AddOffsetsToTxnRequest {
  const m: AddOffsetsToTxnRequest = { transactionalId: "", producerId: 0n, producerEpoch: 0, groupId: "" }
  m.transactionalId = (flexible ? r.readCompactString() : r.readString())
  m.producerId = r.readInt64()
  m.producerEpoch = r.readInt16()
  m.groupId = (flexible ? r.readCompactString() : r.readString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAddOffsetsToTxnRequest (m: AddOffsetsToTxnRequest, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.transactionalId, flexible)
  size += 8
  size += 2
  size += sizeOfString(m.groupId, flexible)
  if (flexible) size += 1
  return size
}

function putAddOffsetsToTxnRequest (w: Writer, m: AddOffsetsToTxnRequest, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.transactionalId); else w.writeString(m.transactionalId)
  w.writeInt64(m.producerId)
  w.writeInt16(m.producerEpoch)
  if (flexible) w.writeCompactString(m.groupId); else w.writeString(m.groupId)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** AddOffsetsToTxnRequest: valid versions 0-4, flexible 3+. */
export const AddOffsetsToTxnRequestVersions = { min: 0, max: 4, flexibleMin: 3 } as const

export function decodeAddOffsetsToTxnRequest (r: Reader, version: number): AddOffsetsToTxnRequest {
  return readAddOffsetsToTxnRequest(r, version, version >= 3)
}

export function sizeOfAddOffsetsToTxnRequest (m: AddOffsetsToTxnRequest, version: number): number {
  return sizeAddOffsetsToTxnRequest(m, version, version >= 3)
}

export function writeAddOffsetsToTxnRequest (w: Writer, m: AddOffsetsToTxnRequest, version: number): void {
  putAddOffsetsToTxnRequest(w, m, version, version >= 3)
}

export interface AddOffsetsToTxnResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
}

export function defaultAddOffsetsToTxnResponse (): AddOffsetsToTxnResponse {
  return { throttleTimeMs: 0, errorCode: 0 }
}

function readAddOffsetsToTxnResponse (r: Reader, _version: number, flexible: boolean): AddOffsetsToTxnResponse {
  const m: AddOffsetsToTxnResponse = { throttleTimeMs: 0, errorCode: 0 }
  m.throttleTimeMs = r.readInt32()
  m.errorCode = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAddOffsetsToTxnResponse (_m: AddOffsetsToTxnResponse, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  if (flexible) size += 1
  return size
}

function putAddOffsetsToTxnResponse (w: Writer, m: AddOffsetsToTxnResponse, _version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** AddOffsetsToTxnResponse: valid versions 0-4, flexible 3+. */
export const AddOffsetsToTxnResponseVersions = { min: 0, max: 4, flexibleMin: 3 } as const

export function decodeAddOffsetsToTxnResponse (r: Reader, version: number): AddOffsetsToTxnResponse {
  return readAddOffsetsToTxnResponse(r, version, version >= 3)
}

export function sizeOfAddOffsetsToTxnResponse (m: AddOffsetsToTxnResponse, version: number): number {
  return sizeAddOffsetsToTxnResponse(m, version, version >= 3)
}

export function writeAddOffsetsToTxnResponse (w: Writer, m: AddOffsetsToTxnResponse, version: number): void {
  putAddOffsetsToTxnResponse(w, m, version, version >= 3)
}
