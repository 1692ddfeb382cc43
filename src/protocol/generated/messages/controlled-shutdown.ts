// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: ControlledShutdownRequest.json, ControlledShutdownResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface ControlledShutdownRequest {
  /** BrokerId: versions 0+ */
  brokerId: number
  /** BrokerEpoch: versions 2+ */
  brokerEpoch: bigint
}

export function defaultControlledShutdownRequest (): ControlledShutdownRequest {
  return { brokerId: 0, brokerEpoch: -1n }
}

function readControlledShutdownRequest (r: Reader, version: number, flexible: boolean): ControlledShutdownRequest {
  const m: ControlledShutdownRequest = { brokerId: 0, brokerEpoch: -1n }
  m.brokerId = r.readInt32()
  if (version >= 2) {
    m.brokerEpoch = r.readInt64()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeControlledShutdownRequest (_m: ControlledShutdownRequest, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  if (version >= 2) {
    size += 8
  }
  if (flexible) size += 1
  return size
}

function putControlledShutdownRequest (w: Writer, m: ControlledShutdownRequest, version: number, flexible: boolean): void {
  w.writeInt32(m.brokerId)
  if (version >= 2) {
    w.writeInt64(m.brokerEpoch)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ControlledShutdownRequest: valid versions 0-3, flexible 3+. */
export const ControlledShutdownRequestVersions = { min: 0, max: 3, flexibleMin: 3 } as const

export function decodeControlledShutdownRequest (r: Reader, version: number): ControlledShutdownRequest {
  return readControlledShutdownRequest(r, version, version >= 3)
}

export function sizeOfControlledShutdownRequest (m: ControlledShutdownRequest, version: number): number {
  return sizeControlledShutdownRequest(m, version, version >= 3)
}

export function writeControlledShutdownRequest (w: Writer, m: ControlledShutdownRequest, version: number): void {
  putControlledShutdownRequest(w, m, version, version >= 3)
}

export interface ControlledShutdownResponseRemainingPartition {
  /** TopicName: versions 0+ */
  topicName: string
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
}

export interface ControlledShutdownResponse {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** RemainingPartitions: versions 0+ */
  remainingPartitions: ControlledShutdownResponseRemainingPartition[]
}

export function defaultControlledShutdownResponseRemainingPartition (): ControlledShutdownResponseRemainingPartition {
  return { topicName: "", partitionIndex: 0 }
}

function readControlledShutdownResponseRemainingPartition (r: Reader, _version: number, flexible: boolean): ControlledShutdownResponseRemainingPartition {
  const m: ControlledShutdownResponseRemainingPartition = { topicName: "", partitionIndex: 0 }
  m.topicName = (flexible ? r.readCompactString() : r.readString())
  m.partitionIndex = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeControlledShutdownResponseRemainingPartition (m: ControlledShutdownResponseRemainingPartition, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.topicName, flexible)
  size += 4
  if (flexible) size += 1
  return size
}

function putControlledShutdownResponseRemainingPartition (w: Writer, m: ControlledShutdownResponseRemainingPartition, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.topicName); else w.writeString(m.topicName)
  w.writeInt32(m.partitionIndex)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultControlledShutdownResponse (): ControlledShutdownResponse {
  return { errorCode: 0, remainingPartitions: [] }
}

function readControlledShutdownResponse (r: Reader, version: number, flexible: boolean): ControlledShutdownResponse {
  const m: ControlledShutdownResponse = { errorCode: 0, remainingPartitions: [] }
  m.errorCode = r.readInt16()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('RemainingPartitions is null but not nullable in this version')
    const items: ControlledShutdownResponseRemainingPartition[] = []
    for (let i = 0; i < n; i++) items.push(readControlledShutdownResponseRemainingPartition(r, version, flexible))
    m.remainingPartitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeControlledShutdownResponse (m: ControlledShutdownResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  {
    size += sizeOfArrayLength(m.remainingPartitions.length, flexible)
    for (const item of m.remainingPartitions) size += sizeControlledShutdownResponseRemainingPartition(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putControlledShutdownResponse (w: Writer, m: ControlledShutdownResponse, version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  w.writeArrayLength(m.remainingPartitions.length, flexible)
  for (const item of m.remainingPartitions) { putControlledShutdownResponseRemainingPartition(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ControlledShutdownResponse: valid versions 0-3, flexible 3+. */
export const ControlledShutdownResponseVersions = { min: 0, max: 3, flexibleMin: 3 } as const

export function decodeControlledShutdownResponse (r: Reader, version: number): ControlledShutdownResponse {
  return readControlledShutdownResponse(r, version, version >= 3)
}

export function sizeOfControlledShutdownResponse (m: ControlledShutdownResponse, version: number): number {
  return sizeControlledShutdownResponse(m, version, version >= 3)
}

export function writeControlledShutdownResponse (w: Writer, m: ControlledShutdownResponse, version: number): void {
  putControlledShutdownResponse(w, m, version, version >= 3)
}
