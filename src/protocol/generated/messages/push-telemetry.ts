// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: PushTelemetryRequest.json, PushTelemetryResponse.json
import type { Reader } from '../../primitives/reader.ts'
import { type Writer, sizeOfBytes } from '../../primitives/writer.ts'
import { ZERO_UUID } from '../../primitives/uuid.ts'

const EMPTY_BYTES: Buffer = Buffer.alloc(0)

export interface PushTelemetryRequest {
  /** ClientInstanceId: versions 0+ */
  clientInstanceId: string
  /** SubscriptionId: versions 0+ */
  subscriptionId: number
  /** Terminating: versions 0+ */
  terminating: boolean
  /** CompressionType: versions 0+ */
  compressionType: number
  /** Metrics: versions 0+ */
  metrics: Buffer
}

export function defaultPushTelemetryRequest (): PushTelemetryRequest {
  return { clientInstanceId: ZERO_UUID, subscriptionId: 0, terminating: false, compressionType: 0, metrics: EMPTY_BYTES }
}

function readPushTelemetryRequest (r: Reader, _version: number, flexible: boolean): PushTelemetryRequest {
  const m: PushTelemetryRequest = { clientInstanceId: ZERO_UUID, subscriptionId: 0, terminating: false, compressionType: 0, metrics: EMPTY_BYTES }
  m.clientInstanceId = r.readUuid()
  m.subscriptionId = r.readInt32()
  m.terminating = r.readBoolean()
  m.compressionType = r.readInt8()
  m.metrics = (flexible ? r.readCompactBytes() : r.readBytes())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizePushTelemetryRequest (m: PushTelemetryRequest, _version: number, flexible: boolean): number {
  let size = 0
  size += 16
  size += 4
  size += 1
  size += 1
  size += sizeOfBytes(m.metrics, flexible)
  if (flexible) size += 1
  return size
}

function putPushTelemetryRequest (w: Writer, m: PushTelemetryRequest, _version: number, flexible: boolean): void {
  w.writeUuid(m.clientInstanceId)
  w.writeInt32(m.subscriptionId)
  w.writeBoolean(m.terminating)
  w.writeInt8(m.compressionType)
  if (flexible) w.writeCompactBytes(m.metrics); else w.writeBytes(m.metrics)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** PushTelemetryRequest: valid versions 0-0, flexible 0+. */
export const PushTelemetryRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodePushTelemetryRequest (r: Reader, version: number): PushTelemetryRequest {
  return readPushTelemetryRequest(r, version, true)
}

export function sizeOfPushTelemetryRequest (m: PushTelemetryRequest, version: number): number {
  return sizePushTelemetryRequest(m, version, true)
}

export function writePushTelemetryRequest (w: Writer, m: PushTelemetryRequest, version: number): void {
  putPushTelemetryRequest(w, m, version, true)
}

export interface PushTelemetryResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
}

export function defaultPushTelemetryResponse (): PushTelemetryResponse {
  return { throttleTimeMs: 0, errorCode: 0 }
}

function readPushTelemetryResponse (r: Reader, _version: number, flexible: boolean): PushTelemetryResponse {
  const m: PushTelemetryResponse = { throttleTimeMs: 0, errorCode: 0 }
  m.throttleTimeMs = r.readInt32()
  m.errorCode = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizePushTelemetryResponse (_m: PushTelemetryResponse, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  if (flexible) size += 1
  return size
}

function putPushTelemetryResponse (w: Writer, m: PushTelemetryResponse, _version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** PushTelemetryResponse: valid versions 0-0, flexible 0+. */
export const PushTelemetryResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodePushTelemetryResponse (r: Reader, version: number): PushTelemetryResponse {
  return readPushTelemetryResponse(r, version, true)
}

export function sizeOfPushTelemetryResponse (m: PushTelemetryResponse, version: number): number {
  return sizePushTelemetryResponse(m, version, true)
}

export function writePushTelemetryResponse (w: Writer, m: PushTelemetryResponse, version: number): void {
  putPushTelemetryResponse(w, m, version, true)
}
