// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: AllocateProducerIdsRequest.json, AllocateProducerIdsResponse.json
import type { Reader } from '../../primitives/reader.ts'
import type { Writer } from '../../primitives/writer.ts'

export interface AllocateProducerIdsRequest {
  /** BrokerId: versions 0+ */
  brokerId: number
  /** BrokerEpoch: versions 0+ */
  brokerEpoch: bigint
}

export function defaultAllocateProducerIdsRequest (): AllocateProducerIdsRequest {
  return { brokerId: 0, brokerEpoch: -1n }
}

function readAllocateProducerIdsRequest (r: Reader, _version: number, flexible: boolean): AllocateProducerIdsRequest {
  const m: AllocateProducerIdsRequest = { brokerId: 0, brokerEpoch: -1n }
  m.brokerId = r.readInt32()
  m.brokerEpoch = r.readInt64()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAllocateProducerIdsRequest (_m: AllocateProducerIdsRequest, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 8
  if (flexible) size += 1
  return size
}

function putAllocateProducerIdsRequest (w: Writer, m: AllocateProducerIdsRequest, _version: number, flexible: boolean): void {
  w.writeInt32(m.brokerId)
  w.writeInt64(m.brokerEpoch)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** AllocateProducerIdsRequest: valid versions 0-0, flexible 0+. */
export const AllocateProducerIdsRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeAllocateProducerIdsRequest (r: Reader, version: number): AllocateProducerIdsRequest {
  return readAllocateProducerIdsRequest(r, version, true)
}

export function sizeOfAllocateProducerIdsRequest (m: AllocateProducerIdsRequest, version: number): number {
  return sizeAllocateProducerIdsRequest(m, version, true)
}

export function writeAllocateProducerIdsRequest (w: Writer, m: AllocateProducerIdsRequest, version: number): void {
  putAllocateProducerIdsRequest(w, m, version, true)
}

export interface AllocateProducerIdsResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ProducerIdStart: versions 0+ */
  producerIdStart: bigint
  /** ProducerIdLen: versions 0+ */
  producerIdLen: number
}

export function defaultAllocateProducerIdsResponse (): AllocateProducerIdsResponse {
  return { throttleTimeMs: 0, errorCode: 0, producerIdStart: 0n, producerIdLen: 0 }
}

function readAllocateProducerIdsResponse (r: Reader, _version: number, flexible: boolean): AllocateProducerIdsResponse {
  const m: AllocateProducerIdsResponse = { throttleTimeMs: 0, errorCode: 0, producerIdStart: 0n, producerIdLen: 0 }
  m.throttleTimeMs = r.readInt32()
  m.errorCode = r.readInt16()
  m.producerIdStart = r.readInt64()
  m.producerIdLen = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAllocateProducerIdsResponse (_m: AllocateProducerIdsResponse, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += 8
  size += 4
  if (flexible) size += 1
  return size
}

function putAllocateProducerIdsResponse (w: Writer, m: AllocateProducerIdsResponse, _version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  w.writeInt64(m.producerIdStart)
  w.writeInt32(m.producerIdLen)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** AllocateProducerIdsResponse: valid versions 0-0, flexible 0+. */
export const AllocateProducerIdsResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeAllocateProducerIdsResponse (r: Reader, version: number): AllocateProducerIdsResponse {
  return readAllocateProducerIdsResponse(r, version, true)
}

export function sizeOfAllocateProducerIdsResponse (m: AllocateProducerIdsResponse, version: number): number {
  return sizeAllocateProducerIdsResponse(m, version, true)
}

export function writeAllocateProducerIdsResponse (w: Writer, m: AllocateProducerIdsResponse, version: number): void {
  putAllocateProducerIdsResponse(w, m, version, true)
}
