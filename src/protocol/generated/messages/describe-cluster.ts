// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: DescribeClusterRequest.json, DescribeClusterResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface DescribeClusterRequest {
  /** IncludeClusterAuthorizedOperations: versions 0+ */
  includeClusterAuthorizedOperations: boolean
  /** EndpointType: versions 1+ */
  endpointType: number
}

export function defaultDescribeClusterRequest (): DescribeClusterRequest {
  return { includeClusterAuthorizedOperations: false, endpointType: 1 }
}

function readDescribeClusterRequest (r: Reader, version: number, flexible: boolean): DescribeClusterRequest {
  const m: DescribeClusterRequest = { includeClusterAuthorizedOperations: false, endpointType: 1 }
  m.includeClusterAuthorizedOperations = r.readBoolean()
  if (version >= 1) {
    m.endpointType = r.readInt8()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeClusterRequest (m: DescribeClusterRequest, version: number, flexible: boolean): number {
  let size = 0
  size += 1
  if (!(version >= 1) && !(m.endpointType === 1)) throw new Error('DescribeClusterRequest.endpointType is not supported in version ' + version)
  if (version >= 1) {
    size += 1
  }
  if (flexible) size += 1
  return size
}

function putDescribeClusterRequest (w: Writer, m: DescribeClusterRequest, version: number, flexible: boolean): void {
  w.writeBoolean(m.includeClusterAuthorizedOperations)
  if (version >= 1) {
    w.writeInt8(m.endpointType)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DescribeClusterRequest: valid versions 0-1, flexible 0+. */
export const DescribeClusterRequestVersions = { min: 0, max: 1, flexibleMin: 0 } as const

export function decodeDescribeClusterRequest (r: Reader, version: number): DescribeClusterRequest {
  return readDescribeClusterRequest(r, version, true)
}

export function sizeOfDescribeClusterRequest (m: DescribeClusterRequest, version: number): number {
  return sizeDescribeClusterRequest(m, version, true)
}

export function writeDescribeClusterRequest (w: Writer, m: DescribeClusterRequest, version: number): void {
  putDescribeClusterRequest(w, m, version, true)
}

export interface DescribeClusterResponseDescribeClusterBroker {
  /** BrokerId: versions 0+ */
  brokerId: number
  /** Host: versions 0+ */
  host: string
  /** Port: versions 0+ */
  port: number
  /** Rack: versions 0+ */
  rack: string | null
}

export interface DescribeClusterResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
  /** EndpointType: versions 1+ */
  endpointType: number
  /** ClusterId: versions 0+ */
  clusterId: string
  /** ControllerId: versions 0+ */
  controllerId: number
  /** Brokers: versions 0+ */
  brokers: DescribeClusterResponseDescribeClusterBroker[]
  /** ClusterAuthorizedOperations: versions 0+ */
  clusterAuthorizedOperations: number
}

export function defaultDescribeClusterResponseDescribeClusterBroker (): DescribeClusterResponseDescribeClusterBroker {
  return { brokerId: 0, host: "", port: 0, rack: null }
}

function readDescribeClusterResponseDescribeClusterBroker (r: Reader, _version: number, flexible: boolean): DescribeClusterResponseDescribeClusterBroker {
  const m: DescribeClusterResponseDescribeClusterBroker = { brokerId: 0, host: "", port: 0, rack: null }
  m.brokerId = r.readInt32()
  m.host = (flexible ? r.readCompactString() : r.readString())
  m.port = r.readInt32()
  m.rack = (flexible ? r.readCompactNullableString() : r.readNullableString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeClusterResponseDescribeClusterBroker (m: DescribeClusterResponseDescribeClusterBroker, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += sizeOfString(m.host, flexible)
  size += 4
  size += sizeOfNullableString(m.rack, flexible)
  if (flexible) size += 1
  return size
}

function putDescribeClusterResponseDescribeClusterBroker (w: Writer, m: DescribeClusterResponseDescribeClusterBroker, _version: number, flexible: boolean): void {
  w.writeInt32(m.brokerId)
  if (flexible) w.writeCompactString(m.host); else w.writeString(m.host)
  w.writeInt32(m.port)
  if (flexible) w.writeCompactNullableString(m.rack); else w.writeNullableString(m.rack)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeClusterResponse (): DescribeClusterResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: null, endpointType: 1, clusterId: "", controllerId: -1, brokers: [], clusterAuthorizedOperations: -2147483648 }
}

function readDescribeClusterResponse (r: Reader, version: number, flexible: boolean): DescribeClusterResponse {
  const m: DescribeClusterResponse = { throttleTimeMs: 0, errorCode: 0, errorMessage: null, endpointType: 1, clusterId: "", controllerId: -1, brokers: [], clusterAuthorizedOperations: -2147483648 }
  m.throttleTimeMs = r.readInt32()
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  if (version >= 1) {
    m.endpointType = r.readInt8()
  }
  m.clusterId = (flexible ? r.readCompactString() : r.readString())
  m.controllerId = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Brokers is null but not nullable in this version')
    const items: DescribeClusterResponseDescribeClusterBroker[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeClusterResponseDescribeClusterBroker(r, version, flexible))
    m.brokers = items
  }
  m.clusterAuthorizedOperations = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeClusterResponse (m: DescribeClusterResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  if (version >= 1) {
    size += 1
  }
  size += sizeOfString(m.clusterId, flexible)
  size += 4
  {
    size += sizeOfArrayLength(m.brokers.length, flexible)
    for (const item of m.brokers) size += sizeDescribeClusterResponseDescribeClusterBroker(item, version, flexible)
  }
  size += 4
  if (flexible) size += 1
  return size
}

function putDescribeClusterResponse (w: Writer, m: DescribeClusterResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  if (version >= 1) {
    w.writeInt8(m.endpointType)
  }
  if (flexible) w.writeCompactString(m.clusterId); else w.writeString(m.clusterId)
  w.writeInt32(m.controllerId)
  w.writeArrayLength(m.brokers.length, flexible)
  for (const item of m.brokers) { putDescribeClusterResponseDescribeClusterBroker(w, item, version, flexible) }
  w.writeInt32(m.clusterAuthorizedOperations)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DescribeClusterResponse: valid versions 0-1, flexible 0+. */
export const DescribeClusterResponseVersions = { min: 0, max: 1, flexibleMin: 0 } as const

export function decodeDescribeClusterResponse (r: Reader, version: number): DescribeClusterResponse {
  return readDescribeClusterResponse(r, version, true)
}

export function sizeOfDescribeClusterResponse (m: DescribeClusterResponse, version: number): number {
  return sizeDescribeClusterResponse(m, version, true)
}

export function writeDescribeClusterResponse (w: Writer, m: DescribeClusterResponse, version: number): void {
  putDescribeClusterResponse(w, m, version, true)
}
