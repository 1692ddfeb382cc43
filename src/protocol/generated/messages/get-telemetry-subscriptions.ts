// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: GetTelemetrySubscriptionsRequest.json, GetTelemetrySubscriptionsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfArrayLength } from '../../primitives/writer.ts'
import { ZERO_UUID } from '../../primitives/uuid.ts'

export interface GetTelemetrySubscriptionsRequest {
  /** ClientInstanceId: versions 0+ */
  clientInstanceId: string
}

export function defaultGetTelemetrySubscriptionsRequest (): GetTelemetrySubscriptionsRequest {
  return { clientInstanceId: ZERO_UUID }
}

function readGetTelemetrySubscriptionsRequest (r: Reader, _version: number, flexible: boolean): GetTelemetrySubscriptionsRequest {
  const m: GetTelemetrySubscriptionsRequest = { clientInstanceId: ZERO_UUID }
  m.clientInstanceId = r.readUuid()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeGetTelemetrySubscriptionsRequest (_m: GetTelemetrySubscriptionsRequest, _version: number, flexible: boolean): number {
  let size = 0
  size += 16
  if (flexible) size += 1
  return size
}

function putGetTelemetrySubscriptionsRequest (w: Writer, m: GetTelemetrySubscriptionsRequest, _version: number, flexible: boolean): void {
  w.writeUuid(m.clientInstanceId)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** GetTelemetrySubscriptionsRequest: valid versions 0-0, flexible 0+. */
export const GetTelemetrySubscriptionsRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeGetTelemetrySubscriptionsRequest (r: Reader, version: number): GetTelemetrySubscriptionsRequest {
  return readGetTelemetrySubscriptionsRequest(r, version, true)
}

export function sizeOfGetTelemetrySubscriptionsRequest (m: GetTelemetrySubscriptionsRequest, version: number): number {
  return sizeGetTelemetrySubscriptionsRequest(m, version, true)
}

export function writeGetTelemetrySubscriptionsRequest (w: Writer, m: GetTelemetrySubscriptionsRequest, version: number): void {
  putGetTelemetrySubscriptionsRequest(w, m, version, true)
}

export interface GetTelemetrySubscriptionsResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ClientInstanceId: versions 0+ */
  clientInstanceId: string
  /** SubscriptionId: versions 0+ */
  subscriptionId: number
  /** AcceptedCompressionTypes: versions 0+ */
  acceptedCompressionTypes: number[]
  /** PushIntervalMs: versions 0+ */
  pushIntervalMs: number
  /** TelemetryMaxBytes: versions 0+ */
  telemetryMaxBytes: number
  /** DeltaTemporality: versions 0+ */
  deltaTemporality: boolean
  /** RequestedMetrics: versions 0+ */
  requestedMetrics: string[]
}

export function defaultGetTelemetrySubscriptionsResponse (): GetTelemetrySubscriptionsResponse {
  return { throttleTimeMs: 0, errorCode: 0, clientInstanceId: ZERO_UUID, subscriptionId: 0, acceptedCompressionTypes: [], pushIntervalMs: 0, telemetryMaxBytes: 0, deltaTemporality: false, requestedMetrics: [] }
}

function readGetTelemetrySubscriptionsResponse (r: Reader, _version: number, flexible: boolean): GetTelemetrySubscriptionsResponse {
  const m: GetTelemetrySubscriptionsResponse = { throttleTimeMs: 0, errorCode: 0, clientInstanceId: ZERO_UUID, subscriptionId: 0, acceptedCompressionTypes: [], pushIntervalMs: 0, telemetryMaxBytes: 0, deltaTemporality: false, requestedMetrics: [] }
  m.throttleTimeMs = r.readInt32()
  m.errorCode = r.readInt16()
  m.clientInstanceId = r.readUuid()
  m.subscriptionId = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('AcceptedCompressionTypes is null but not nullable in this version')
    const items: number[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt8())
    m.acceptedCompressionTypes = items
  }
  m.pushIntervalMs = r.readInt32()
  m.telemetryMaxBytes = r.readInt32()
  m.deltaTemporality = r.readBoolean()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('RequestedMetrics is null but not nullable in this version')
    const items: string[] = []
    for (let i = 0; i < n; i++) items.push((flexible ? r.readCompactString() : r.readString()))
    m.requestedMetrics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeGetTelemetrySubscriptionsResponse (m: GetTelemetrySubscriptionsResponse, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += 16
  size += 4
  {
    size += sizeOfArrayLength(m.acceptedCompressionTypes.length, flexible)
    size += m.acceptedCompressionTypes.length * 1
  }
  size += 4
  size += 4
  size += 1
  {
    size += sizeOfArrayLength(m.requestedMetrics.length, flexible)
    for (const item of m.requestedMetrics) size += sizeOfString(item, flexible)
  }
  if (flexible) size += 1
  return size
}

function putGetTelemetrySubscriptionsResponse (w: Writer, m: GetTelemetrySubscriptionsResponse, _version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  w.writeUuid(m.clientInstanceId)
  w.writeInt32(m.subscriptionId)
  w.writeArrayLength(m.acceptedCompressionTypes.length, flexible)
  for (const item of m.acceptedCompressionTypes) { w.writeInt8(item) }
  w.writeInt32(m.pushIntervalMs)
  w.writeInt32(m.telemetryMaxBytes)
  w.writeBoolean(m.deltaTemporality)
  w.writeArrayLength(m.requestedMetrics.length, flexible)
  for (const item of m.requestedMetrics) { if (flexible) w.writeCompactString(item); else w.writeString(item) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** GetTelemetrySubscriptionsResponse: valid versions 0-0, flexible 0+. */
export const GetTelemetrySubscriptionsResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeGetTelemetrySubscriptionsResponse (r: Reader, version: number): GetTelemetrySubscriptionsResponse {
  return readGetTelemetrySubscriptionsResponse(r, version, true)
}

export function sizeOfGetTelemetrySubscriptionsResponse (m: GetTelemetrySubscriptionsResponse, version: number): number {
  return sizeGetTelemetrySubscriptionsResponse(m, version, true)
}

export function writeGetTelemetrySubscriptionsResponse (w: Writer, m: GetTelemetrySubscriptionsResponse, version: number): void {
  putGetTelemetrySubscriptionsResponse(w, m, version, true)
}
