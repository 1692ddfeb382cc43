// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: DescribeProducersRequest.json, DescribeProducersResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface DescribeProducersRequestTopicRequest {
  /** Name: versions 0+ */
  name: string
  /** PartitionIndexes: versions 0+ */
  partitionIndexes: number[]
}

export interface DescribeProducersRequest {
  /** Topics: versions 0+ */
  topics: DescribeProducersRequestTopicRequest[]
}

export function defaultDescribeProducersRequestTopicRequest (): DescribeProducersRequestTopicRequest {
  return { name: "", partitionIndexes: [] }
}

function readDescribeProducersRequestTopicRequest (r: Reader, _version: number, flexible: boolean): DescribeProducersRequestTopicRequest {
  const m: DescribeProducersRequestTopicRequest = { name: "", partitionIndexes: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('PartitionIndexes is null but not nullable in this version')
    const items: number[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt32())
    m.partitionIndexes = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeProducersRequestTopicRequest (m: DescribeProducersRequestTopicRequest, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitionIndexes.length, flexible)
    size += m.partitionIndexes.length * 4
  }
  if (flexible) size += 1
  return size
}

function putDescribeProducersRequestTopicRequest (w: Writer, m: DescribeProducersRequestTopicRequest, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitionIndexes.length, flexible)
  for (const item of m.partitionIndexes) { w.writeInt32(item) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeProducersRequest (): DescribeProducersRequest {
  return { topics: [] }
}

function readDescribeProducersRequest (r: Reader, version: number, flexible: boolean): DescribeProducersRequest {
  const m: DescribeProducersRequest = { topics: [] }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: DescribeProducersRequestTopicRequest[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeProducersRequestTopicRequest(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeProducersRequest (m: DescribeProducersRequest, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeDescribeProducersRequestTopicRequest(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeProducersRequest (w: Writer, m: DescribeProducersRequest, version: number, flexible: boolean): void {
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putDescribeProducersRequestTopicRequest(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DescribeProducersRequest: valid versions 0-0, flexible 0+. */
export const DescribeProducersRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeDescribeProducersRequest (r: Reader, version: number): DescribeProducersRequest {
  return readDescribeProducersRequest(r, version, true)
}

export function sizeOfDescribeProducersRequest (m: DescribeProducersRequest, version: number): number {
  return sizeDescribeProducersRequest(m, version, true)
}

export function writeDescribeProducersRequest (w: Writer, m: DescribeProducersRequest, version: number): void {
  putDescribeProducersRequest(w, m, version, true)
}

export interface DescribeProducersResponseProducerState {
  /** ProducerId: versions 0+ */
  producerId: bigint
  /** ProducerEpoch: versions 0+ */
  producerEpoch: number
  /** LastSequence: versions 0+ */
  lastSequence: number
  /** LastTimestamp: versions 0+ */
  lastTimestamp: bigint
  /** CoordinatorEpoch: versions 0+ */
  coordinatorEpoch: number
  /** CurrentTxnStartOffset: versions 0+ */
  currentTxnStartOffset: bigint
}

export interface DescribeProducersResponsePartitionResponse {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
  /** ActiveProducers: versions 0+ */
  activeProducers: DescribeProducersResponseProducerState[]
}

export interface DescribeProducersResponseTopicResponse {
  /** Name: versions 0+ */
  name: string
  /** Partitions: versions 0+ */
  partitions: DescribeProducersResponsePartitionResponse[]
}

export interface DescribeProducersResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** Topics: versions 0+ */
  topics: DescribeProducersResponseTopicResponse[]
}

export function defaultDescribeProducersResponseProducerState (): DescribeProducersResponseProducerState {
  return { producerId: 0n, producerEpoch: 0, lastSequence: -1, lastTimestamp: -1n, coordinatorEpoch: 0, currentTxnStartOffset: -1n }
}

function readDescribeProducersResponseProducerState (r: Reader, _version: number, flexible: boolean): DescribeProducersResponseProducerState {
  const m: DescribeProducersResponseProducerState = { producerId: 0n, producerEpoch: 0, lastSequence: -1, lastTimestamp: -1n, coordinatorEpoch: 0, currentTxnStartOffset: -1n }
  m.producerId = r.readInt64()
  m.producerEpoch = r.readInt32()
  m.lastSequence = r.readInt32()
  m.lastTimestamp = r.readInt64()
  m.coordinatorEpoch = r.readInt32()
  m.currentTxnStartOffset = r.readInt64()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeProducersResponseProducerState (_m: DescribeProducersResponseProducerState, _version: number, flexible: boolean): number {
  let size = 0
  size += 8
  size += 4
  size += 4
  size += 8
  size += 4
  size += 8
  if (flexible) size += 1
  return size
}

function putDescribeProducersResponseProducerState (w: Writer, m: DescribeProducersResponseProducerState, _version: number, flexible: boolean): void {
  w.writeInt64(m.producerId)
  w.writeInt32(m.producerEpoch)
  w.writeInt32(m.lastSequence)
  w.writeInt64(m.lastTimestamp)
  w.writeInt32(m.coordinatorEpoch)
  w.writeInt64(m.currentTxnStartOffset)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeProducersResponsePartitionResponse (): DescribeProducersResponsePartitionResponse {
  return { partitionIndex: 0, errorCode: 0, errorMessage: null, activeProducers: [] }
}

function readDescribeProducersResponsePartitionResponse (r: Reader, version: number, flexible: boolean): DescribeProducersResponsePartitionResponse {
  const m: DescribeProducersResponsePartitionResponse = { partitionIndex: 0, errorCode: 0, errorMessage: null, activeProducers: [] }
  m.partitionIndex = r.readInt32()
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('ActiveProducers is null but not nullable in this version')
    const items: DescribeProducersResponseProducerState[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeProducersResponseProducerState(r, version, flexible))
    m.activeProducers = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeProducersResponsePartitionResponse (m: DescribeProducersResponsePartitionResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  {
    size += sizeOfArrayLength(m.activeProducers.length, flexible)
    for (const item of m.activeProducers) size += sizeDescribeProducersResponseProducerState(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeProducersResponsePartitionResponse (w: Writer, m: DescribeProducersResponsePartitionResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  w.writeArrayLength(m.activeProducers.length, flexible)
  for (const item of m.activeProducers) { putDescribeProducersResponseProducerState(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeProducersResponseTopicResponse (): DescribeProducersResponseTopicResponse {
  return { name: "", partitions: [] }
}

function readDescribeProducersResponseTopicResponse (r: Reader, version: number, flexible: boolean): DescribeProducersResponseTopicResponse {
  const m: DescribeProducersResponseTopicResponse = { name: "", partitions: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: DescribeProducersResponsePartitionResponse[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeProducersResponsePartitionResponse(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeProducersResponseTopicResponse (m: DescribeProducersResponseTopicResponse, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeDescribeProducersResponsePartitionResponse(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeProducersResponseTopicResponse (w: Writer, m: DescribeProducersResponseTopicResponse, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putDescribeProducersResponsePartitionResponse(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeProducersResponse (): DescribeProducersResponse {
  return { throttleTimeMs: 0, topics: [] }
}

function readDescribeProducersResponse (r: Reader, version: number, flexible: boolean): DescribeProducersResponse {
  const m: DescribeProducersResponse = { throttleTimeMs: 0, topics: [] }
  m.throttleTimeMs = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: DescribeProducersResponseTopicResponse[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeProducersResponseTopicResponse(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeProducersResponse (m: DescribeProducersResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeDescribeProducersResponseTopicResponse(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeProducersResponse (w: Writer, m: DescribeProducersResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putDescribeProducersResponseTopicResponse(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DescribeProducersResponse: valid versions 0-0, flexible 0+. */
export const DescribeProducersResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeDescribeProducersResponse (r: Reader, version: number): DescribeProducersResponse {
  return readDescribeProducersResponse(r, version, true)
}

export function sizeOfDescribeProducersResponse (m: DescribeProducersResponse, version: number): number {
  return sizeDescribeProducersResponse(m, version, true)
}

export function writeDescribeProducersResponse (w: Writer, m: DescribeProducersResponse, version: number): void {
  putDescribeProducersResponse(w, m, version, true)
}
