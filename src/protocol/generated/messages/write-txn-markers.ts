// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: WriteTxnMarkersRequest.json, WriteTxnMarkersResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface WriteTxnMarkersRequestWritableTxnMarkerTopic {
  /** Name: versions 0+ */
  name: string
  /** PartitionIndexes: versions 0+ */
  partitionIndexes: number[]
}

export interface WriteTxnMarkersRequestWritableTxnMarker {
  /** ProducerId: versions 0+ */
  producerId: bigint
  /** ProducerEpoch: versions 0+ */
  producerEpoch: number
  /** TransactionResult: versions 0+ */
  transactionResult: boolean
  /** Topics: versions 0+ */
  topics: WriteTxnMarkersRequestWritableTxnMarkerTopic[]
  /** CoordinatorEpoch: versions 0+ */
  coordinatorEpoch: number
}

export interface WriteTxnMarkersRequest {
  /** Markers: versions 0+ */
  markers: WriteTxnMarkersRequestWritableTxnMarker[]
}

export function defaultWriteTxnMarkersRequestWritableTxnMarkerTopic (): WriteTxnMarkersRequestWritableTxnMarkerTopic {
  return { name: "", partitionIndexes: [] }
}

function readWriteTxnMarkersRequestWritableTxnMarkerTopic (r: Reader, _version: number, flexible: boolean): WriteTxnMarkersRequestWritableTxnMarkerTopic {
  const m: WriteTxnMarkersRequestWritableTxnMarkerTopic = { name: "", partitionIndexes: [] }
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

function sizeWriteTxnMarkersRequestWritableTxnMarkerTopic (m: WriteTxnMarkersRequestWritableTxnMarkerTopic, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitionIndexes.length, flexible)
    size += m.partitionIndexes.length * 4
  }
  if (flexible) size += 1
  return size
}

function putWriteTxnMarkersRequestWritableTxnMarkerTopic (w: Writer, m: WriteTxnMarkersRequestWritableTxnMarkerTopic, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitionIndexes.length, flexible)
  for (const item of m.partitionIndexes) { w.writeInt32(item) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultWriteTxnMarkersRequestWritableTxnMarker (): WriteTxnMarkersRequestWritableTxnMarker {
  return { producerId: 0n, producerEpoch: 0, transactionResult: false, topics: [], coordinatorEpoch: 0 }
}

function readWriteTxnMarkersRequestWritableTxnMarker (r: Reader, version: number, flexible: boolean): WriteTxnMarkersRequestWritableTxnMarker {
  const m: WriteTxnMarkersRequestWritableTxnMarker = { producerId: 0n, producerEpoch: 0, transactionResult: false, topics: [], coordinatorEpoch: 0 }
  m.producerId = r.readInt64()
  m.producerEpoch = r.readInt16()
  m.transactionResult = r.readBoolean()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: WriteTxnMarkersRequestWritableTxnMarkerTopic[] = []
    for (let i = 0; i < n; i++) items.push(readWriteTxnMarkersRequestWritableTxnMarkerTopic(r, version, flexible))
    m.topics = items
  }
  m.coordinatorEpoch = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeWriteTxnMarkersRequestWritableTxnMarker (m: WriteTxnMarkersRequestWritableTxnMarker, version: number, flexible: boolean): number {
  let size = 0
  size += 8
  size += 2
  size += 1
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeWriteTxnMarkersRequestWritableTxnMarkerTopic(item, version, flexible)
  }
  size += 4
  if (flexible) size += 1
  return size
}

function putWriteTxnMarkersRequestWritableTxnMarker (w: Writer, m: WriteTxnMarkersRequestWritableTxnMarker, version: number, flexible: boolean): void {
  w.writeInt64(m.producerId)
  w.writeInt16(m.producerEpoch)
  w.writeBoolean(m.transactionResult)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putWriteTxnMarkersRequestWritableTxnMarkerTopic(w, item, version, flexible) }
  w.writeInt32(m.coordinatorEpoch)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultWriteTxnMarkersRequest (): WriteTxnMarkersRequest {
  return { markers: [] }
}

function readWriteTxnMarkersRequest (r: Reader, version: number, flexible: boolean): WriteTxnMarkersRequest {
  const m: WriteTxnMarkersRequest = { markers: [] }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Markers is null but not nullable in this version')
    const items: WriteTxnMarkersRequestWritableTxnMarker[] = []
    for (let i = 0; i < n; i++) items.push(readWriteTxnMarkersRequestWritableTxnMarker(r, version, flexible))
    m.markers = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeWriteTxnMarkersRequest (m: WriteTxnMarkersRequest, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.markers.length, flexible)
    for (const item of m.markers) size += sizeWriteTxnMarkersRequestWritableTxnMarker(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putWriteTxnMarkersRequest (w: Writer, m: WriteTxnMarkersRequest, version: number, flexible: boolean): void {
  w.writeArrayLength(m.markers.length, flexible)
  for (const item of m.markers) { putWriteTxnMarkersRequestWritableTxnMarker(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** WriteTxnMarkersRequest: valid versions 0-1, flexible 1+. */
export const WriteTxnMarkersRequestVersions = { min: 0, max: 1, flexibleMin: 1 } as const

export function decodeWriteTxnMarkersRequest (r: Reader, version: number): WriteTxnMarkersRequest {
  return readWriteTxnMarkersRequest(r, version, version >= 1)
}

export function sizeOfWriteTxnMarkersRequest (m: WriteTxnMarkersRequest, version: number): number {
  return sizeWriteTxnMarkersRequest(m, version, version >= 1)
}

export function writeWriteTxnMarkersRequest (w: Writer, m: WriteTxnMarkersRequest, version: number): void {
  putWriteTxnMarkersRequest(w, m, version, version >= 1)
}

export interface WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** ErrorCode: versions 0+ */
  errorCode: number
}

export interface WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  /** Name: versions 0+ */
  name: string
  /** Partitions: versions 0+ */
  partitions: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[]
}

export interface WriteTxnMarkersResponseWritableTxnMarkerResult {
  /** ProducerId: versions 0+ */
  producerId: bigint
  /** Topics: versions 0+ */
  topics: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[]
}

export interface WriteTxnMarkersResponse {
  /** Markers: versions 0+ */
  markers: WriteTxnMarkersResponseWritableTxnMarkerResult[]
}

export function defaultWriteTxnMarkersResponseWritableTxnMarkerPartitionResult (): WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  return { partitionIndex: 0, errorCode: 0 }
}

function readWriteTxnMarkersResponseWritableTxnMarkerPartitionResult (r: Reader, _version: number, flexible: boolean): WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  const m: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult = { partitionIndex: 0, errorCode: 0 }
  m.partitionIndex = r.readInt32()
  m.errorCode = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult (_m: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  if (flexible) size += 1
  return size
}

function putWriteTxnMarkersResponseWritableTxnMarkerPartitionResult (w: Writer, m: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult, _version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultWriteTxnMarkersResponseWritableTxnMarkerTopicResult (): WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  return { name: "", partitions: [] }
}

function readWriteTxnMarkersResponseWritableTxnMarkerTopicResult (r: Reader, version: number, flexible: boolean): WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  const m: WriteTxnMarkersResponseWritableTxnMarkerTopicResult = { name: "", partitions: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[] = []
    for (let i = 0; i < n; i++) items.push(readWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeWriteTxnMarkersResponseWritableTxnMarkerTopicResult (m: WriteTxnMarkersResponseWritableTxnMarkerTopicResult, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putWriteTxnMarkersResponseWritableTxnMarkerTopicResult (w: Writer, m: WriteTxnMarkersResponseWritableTxnMarkerTopicResult, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultWriteTxnMarkersResponseWritableTxnMarkerResult (): WriteTxnMarkersResponseWritableTxnMarkerResult {
  return { producerId: 0n, topics: [] }
}

function readWriteTxnMarkersResponseWritableTxnMarkerResult (r: Reader, version: number, flexible: boolean): WriteTxnMarkersResponseWritableTxnMarkerResult {
  const m: WriteTxnMarkersResponseWritableTxnMarkerResult = { producerId: 0n, topics: [] }
  m.producerId = r.readInt64()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[] = []
    for (let i = 0; i < n; i++) items.push(readWriteTxnMarkersResponseWritableTxnMarkerTopicResult(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeWriteTxnMarkersResponseWritableTxnMarkerResult (m: WriteTxnMarkersResponseWritableTxnMarkerResult, version: number, flexible: boolean): number {
  let size = 0
  size += 8
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putWriteTxnMarkersResponseWritableTxnMarkerResult (w: Writer, m: WriteTxnMarkersResponseWritableTxnMarkerResult, version: number, flexible: boolean): void {
  w.writeInt64(m.producerId)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putWriteTxnMarkersResponseWritableTxnMarkerTopicResult(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultWriteTxnMarkersResponse (): WriteTxnMarkersResponse {
  return { markers: [] }
}

function readWriteTxnMarkersResponse (r: Reader, version: number, flexible: boolean): WriteTxnMarkersResponse {
  const m: WriteTxnMarkersResponse = { markers: [] }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Markers is null but not nullable in this version')
    const items: WriteTxnMarkersResponseWritableTxnMarkerResult[] = []
    for (let i = 0; i < n; i++) items.push(readWriteTxnMarkersResponseWritableTxnMarkerResult(r, version, flexible))
    m.markers = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeWriteTxnMarkersResponse (m: WriteTxnMarkersResponse, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.markers.length, flexible)
    for (const item of m.markers) size += sizeWriteTxnMarkersResponseWritableTxnMarkerResult(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putWriteTxnMarkersResponse (w: Writer, m: WriteTxnMarkersResponse, version: number, flexible: boolean): void {
  w.writeArrayLength(m.markers.length, flexible)
  for (const item of m.markers) { putWriteTxnMarkersResponseWritableTxnMarkerResult(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** WriteTxnMarkersResponse: valid versions 0-1, flexible 1+. */
export const WriteTxnMarkersResponseVersions = { min: 0, max: 1, flexibleMin: 1 } as const

export function decodeWriteTxnMarkersResponse (r: Reader, version: number): WriteTxnMarkersResponse {
  return readWriteTxnMarkersResponse(r, version, version >= 1)
}

export function sizeOfWriteTxnMarkersResponse (m: WriteTxnMarkersResponse, version: number): number {
  return sizeWriteTxnMarkersResponse(m, version, version >= 1)
}

export function writeWriteTxnMarkersResponse (w: Writer, m: WriteTxnMarkersResponse, version: number): void {
  putWriteTxnMarkersResponse(w, m, version, version >= 1)
}
