// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: DeleteRecordsRequest.json, DeleteRecordsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface DeleteRecordsRequestDeleteRecordsPartition {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** Offset: versions 0+ */
  offset: bigint
}

export interface DeleteRecordsRequestDeleteRecordsTopic {
  /** Name: versions 0+ */
  name: string
  /** Partitions: versions 0+ */
  partitions: DeleteRecordsRequestDeleteRecordsPartition[]
}

export interface DeleteRecordsRequest {
  /** Topics: versions 0+ */
  topics: DeleteRecordsRequestDeleteRecordsTopic[]
  /** TimeoutMs: versions 0+ */
  timeoutMs: number
}

export function defaultDeleteRecordsRequestDeleteRecordsPartition (): DeleteRecordsRequestDeleteRecordsPartition {
  return { partitionIndex: 0, offset: 0n }
}

function readDeleteRecordsRequestDeleteRecordsPartition (r: Reader, _version: number, flexible: boolean): DeleteRecordsRequestDeleteRecordsPartition {
  const m: DeleteRecordsRequestDeleteRecordsPartition = { partitionIndex: 0, offset: 0n }
  m.partitionIndex = r.readInt32()
  m.offset = r.readInt64()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDeleteRecordsRequestDeleteRecordsPartition (_m: DeleteRecordsRequestDeleteRecordsPartition, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 8
  if (flexible) size += 1
  return size
}

function putDeleteRecordsRequestDeleteRecordsPartition (w: Writer, m: DeleteRecordsRequestDeleteRecordsPartition, _version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt64(m.offset)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDeleteRecordsRequestDeleteRecordsTopic (): DeleteRecordsRequestDeleteRecordsTopic {
  return { name: "", partitions: [] }
}

function readDeleteRecordsRequestDeleteRecordsTopic (r: Reader, version: number, flexible: boolean): DeleteRecordsRequestDeleteRecordsTopic {
  const m: DeleteRecordsRequestDeleteRecordsTopic = { name: "", partitions: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: DeleteRecordsRequestDeleteRecordsPartition[] = []
    for (let i = 0; i < n; i++) items.push(readDeleteRecordsRequestDeleteRecordsPartition(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDeleteRecordsRequestDeleteRecordsTopic (m: DeleteRecordsRequestDeleteRecordsTopic, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeDeleteRecordsRequestDeleteRecordsPartition(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDeleteRecordsRequestDeleteRecordsTopic (w: Writer, m: DeleteRecordsRequestDeleteRecordsTopic, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putDeleteRecordsRequestDeleteRecordsPartition(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDeleteRecordsRequest (): DeleteRecordsRequest {
  return { topics: [], timeoutMs: 0 }
}

function readDeleteRecordsRequest (r: Reader, version: number, flexible: boolean): DeleteRecordsRequest {
  const m: DeleteRecordsRequest = { topics: [], timeoutMs: 0 }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: DeleteRecordsRequestDeleteRecordsTopic[] = []
    for (let i = 0; i < n; i++) items.push(readDeleteRecordsRequestDeleteRecordsTopic(r, version, flexible))
    m.topics = items
  }
  m.timeoutMs = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDeleteRecordsRequest (m: DeleteRecordsRequest, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeDeleteRecordsRequestDeleteRecordsTopic(item, version, flexible)
  }
  size += 4
  if (flexible) size += 1
  return size
}

function putDeleteRecordsRequest (w: Writer, m: DeleteRecordsRequest, version: number, flexible: boolean): void {
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putDeleteRecordsRequestDeleteRecordsTopic(w, item, version, flexible) }
  w.writeInt32(m.timeoutMs)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DeleteRecordsRequest: valid versions 0-2, flexible 2+. */
export const DeleteRecordsRequestVersions = { min: 0, max: 2, flexibleMin: 2 } as const

export function decodeDeleteRecordsRequest (r: Reader, version: number): DeleteRecordsRequest {
  return readDeleteRecordsRequest(r, version, version >= 2)
}

export function sizeOfDeleteRecordsRequest (m: DeleteRecordsRequest, version: number): number {
  return sizeDeleteRecordsRequest(m, version, version >= 2)
}

export function writeDeleteRecordsRequest (w: Writer, m: DeleteRecordsRequest, version: number): void {
  putDeleteRecordsRequest(w, m, version, version >= 2)
}

export interface DeleteRecordsResponseDeleteRecordsPartitionResult {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** LowWatermark: versions 0+ */
  lowWatermark: bigint
  /** ErrorCode: versions 0+ */
  errorCode: number
}

export interface DeleteRecordsResponseDeleteRecordsTopicResult {
  /** Name: versions 0+ */
  name: string
  /** Partitions: versions 0+ */
  partitions: DeleteRecordsResponseDeleteRecordsPartitionResult[]
}

export interface DeleteRecordsResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** Topics: versions 0+ */
  topics: DeleteRecordsResponseDeleteRecordsTopicResult[]
}

export function defaultDeleteRecordsResponseDeleteRecordsPartitionResult (): DeleteRecordsResponseDeleteRecordsPartitionResult {
  return { partitionIndex: 0, lowWatermark: 0n, errorCode: 0 }
}

function readDeleteRecordsResponseDeleteRecordsPartitionResult (r: Reader, _version: number, flexible: boolean): DeleteRecordsResponseDeleteRecordsPartitionResult {
  const m: DeleteRecordsResponseDeleteRecordsPartitionResult = { partitionIndex: 0, lowWatermark: 0n, errorCode: 0 }
  m.partitionIndex = r.readInt32()
  m.lowWatermark = r.readInt64()
  m.errorCode = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDeleteRecordsResponseDeleteRecordsPartitionResult (_m: DeleteRecordsResponseDeleteRecordsPartitionResult, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 8
  size += 2
  if (flexible) size += 1
  return size
}

function putDeleteRecordsResponseDeleteRecordsPartitionResult (w: Writer, m: DeleteRecordsResponseDeleteRecordsPartitionResult, _version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt64(m.lowWatermark)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDeleteRecordsResponseDeleteRecordsTopicResult (): DeleteRecordsResponseDeleteRecordsTopicResult {
  return { name: "", partitions: [] }
}

function readDeleteRecordsResponseDeleteRecordsTopicResult (r: Reader, version: number, flexible: boolean): DeleteRecordsResponseDeleteRecordsTopicResult {
  const m: DeleteRecordsResponseDeleteRecordsTopicResult = { name: "", partitions: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: DeleteRecordsResponseDeleteRecordsPartitionResult[] = []
    for (let i = 0; i < n; i++) items.push(readDeleteRecordsResponseDeleteRecordsPartitionResult(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDeleteRecordsResponseDeleteRecordsTopicResult (m: DeleteRecordsResponseDeleteRecordsTopicResult, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeDeleteRecordsResponseDeleteRecordsPartitionResult(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDeleteRecordsResponseDeleteRecordsTopicResult (w: Writer, m: DeleteRecordsResponseDeleteRecordsTopicResult, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putDeleteRecordsResponseDeleteRecordsPartitionResult(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDeleteRecordsResponse (): DeleteRecordsResponse {
  return { throttleTimeMs: 0, topics: [] }
}

function readDeleteRecordsResponse (r: Reader, version: number, flexible: boolean): DeleteRecordsResponse {
  const m: DeleteRecordsResponse = { throttleTimeMs: 0, topics: [] }
  m.throttleTimeMs = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: DeleteRecordsResponseDeleteRecordsTopicResult[] = []
    for (let i = 0; i < n; i++) items.push(readDeleteRecordsResponseDeleteRecordsTopicResult(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDeleteRecordsResponse (m: DeleteRecordsResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeDeleteRecordsResponseDeleteRecordsTopicResult(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDeleteRecordsResponse (w: Writer, m: DeleteRecordsResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putDeleteRecordsResponseDeleteRecordsTopicResult(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DeleteRecordsResponse: valid versions 0-2, flexible 2+. */
export const DeleteRecordsResponseVersions = { min: 0, max: 2, flexibleMin: 2 } as const

export function decodeDeleteRecordsResponse (r: Reader, version: number): DeleteRecordsResponse {
  return readDeleteRecordsResponse(r, version, version >= 2)
}

export function sizeOfDeleteRecordsResponse (m: DeleteRecordsResponse, version: number): number {
  return sizeDeleteRecordsResponse(m, version, version >= 2)
}

export function writeDeleteRecordsResponse (w: Writer, m: DeleteRecordsResponse, version: number): void {
  putDeleteRecordsResponse(w, m, version, version >= 2)
}
