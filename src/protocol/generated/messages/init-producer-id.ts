// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: InitProducerIdRequest.json, InitProducerIdResponse.json
import type { Reader } from '../../primitives/reader.ts'
import { type Writer, sizeOfNullableString } from '../../primitives/writer.ts'

export interface InitProducerIdRequest {
  /** TransactionalId: versions 0+ */
  transactionalId: string | null
  /** TransactionTimeoutMs: versions 0+ */
  transactionTimeoutMs: number
  /** ProducerId: versions 3+ */
  producerId: bigint
  /** ProducerEpoch: versions 3+ */
  producerEpoch: number
}

export function defaultInitProducerIdRequest (): InitProducerIdRequest {
  return { transactionalId: "", transactionTimeoutMs: 0, producerId: -1n, producerEpoch: -1 }
}

function readInitProducerIdRequest (r: Reader, version: number, flexible: boolean): InitProducerIdRequest {
  const m: InitProducerIdRequest = { transactionalId: "", transactionTimeoutMs: 0, producerId: -1n, producerEpoch: -1 }
  m.transactionalId = (flexible ? r.readCompactNullableString() : r.readNullableString())
  m.transactionTimeoutMs = r.readInt32()
  if (version >= 3) {
    m.producerId = r.readInt64()
  }
  if (version >= 3) {
    m.producerEpoch = r.readInt16()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeInitProducerIdRequest (m: InitProducerIdRequest, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfNullableString(m.transactionalId, flexible)
  size += 4
  if (!(version >= 3) && !(m.producerId === -1n)) throw new Error('InitProducerIdRequest.producerId is not supported in version ' + version)
  if (version >= 3) {
    size += 8
  }
  if (!(version >= 3) && !(m.producerEpoch === -1)) throw new Error('InitProducerIdRequest.producerEpoch is not supported in version ' + version)
  if (version >= 3) {
    size += 2
  }
  if (flexible) size += 1
  return size
}

function putInitProducerIdRequest (w: Writer, m: InitProducerIdRequest, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactNullableString(m.transactionalId); else w.writeNullableString(m.transactionalId)
  w.writeInt32(m.transactionTimeoutMs)
  if (version >= 3) {
    w.writeInt64(m.producerId)
  }
  if (version >= 3) {
    w.writeInt16(m.producerEpoch)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** InitProducerIdRequest: valid versions 0-5, flexible 2+. */
export const InitProducerIdRequestVersions = { min: 0, max: 5, flexibleMin: 2 } as const

export function decodeInitProducerIdRequest (r: Reader, version: number): InitProducerIdRequest {
  return readInitProducerIdRequest(r, version, version >= 2)
}

export function sizeOfInitProducerIdRequest (m: InitProducerIdRequest, version: number): number {
  return sizeInitProducerIdRequest(m, version, version >= 2)
}

export function writeInitProducerIdRequest (w: Writer, m: InitProducerIdRequest, version: number): void {
  putInitProducerIdRequest(w, m, version, version >= 2)
}

export interface InitProducerIdResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ProducerId: versions 0+ */
  producerId: bigint
  /** ProducerEpoch: versions 0+ */
  producerEpoch: number
}

export function defaultInitProducerIdResponse (): InitProducerIdResponse {
  return { throttleTimeMs: 0, errorCode: 0, producerId: -1n, producerEpoch: 0 }
}

function readInitProducerIdResponse (r: Reader, _version: number, flexible: boolean): InitProducerIdResponse {
  const m: InitProducerIdResponse = { throttleTimeMs: 0, errorCode: 0, producerId: -1n, producerEpoch: 0 }
  m.throttleTimeMs = r.readInt32()
  m.errorCode = r.readInt16()
  m.producerId = r.readInt64()
  m.producerEpoch = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeInitProducerIdResponse (_m: InitProducerIdResponse, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += 8
  size += 2
  if (flexible) size += 1
  return size
}

function putInitProducerIdResponse (w: Writer, m: InitProducerIdResponse, _version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  w.writeInt64(m.producerId)
  w.writeInt16(m.producerEpoch)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** InitProducerIdResponse: valid versions 0-5, flexible 2+. */
export const InitProducerIdResponseVersions = { min: 0, max: 5, flexibleMin: 2 } as const

export function decodeInitProducerIdResponse (r: Reader, version: number): InitProducerIdResponse {
  return readInitProducerIdResponse(r, version, version >= 2)
}

export function sizeOfInitProducerIdResponse (m: InitProducerIdResponse, version: number): number {
  return sizeInitProducerIdResponse(m, version, version >= 2)
}

export function writeInitProducerIdResponse (w: Writer, m: InitProducerIdResponse, version: number): void {
  putInitProducerIdResponse(w, m, version, version >= 2)
}
