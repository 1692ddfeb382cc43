// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: OffsetDeleteRequest.json, OffsetDeleteResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface OffsetDeleteRequestPartition {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
}

export interface OffsetDeleteRequestTopic {
  /** Name: versions 0+ */
  name: string
  /** Partitions: versions 0+ */
  partitions: OffsetDeleteRequestPartition[]
}

export interface OffsetDeleteRequest {
  /** GroupId: versions 0+ */
  groupId: string
  /** Topics: versions 0+ */
  topics: OffsetDeleteRequestTopic[]
}

export function defaultOffsetDeleteRequestPartition (): OffsetDeleteRequestPartition {
  return { partitionIndex: 0 }
}

function readOffsetDeleteRequestPartition (r: Reader, _version: number, _flexible: boolean): OffsetDeleteRequestPartition {
  const m: OffsetDeleteRequestPartition = { partitionIndex: 0 }
  m.partitionIndex = r.readInt32()
  return m
}

function sizeOffsetDeleteRequestPartition (_m: OffsetDeleteRequestPartition, _version: number, _flexible: boolean): number {
  let size = 0
  size += 4
  return size
}

function putOffsetDeleteRequestPartition (w: Writer, m: OffsetDeleteRequestPartition, _version: number, _flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
}

export function defaultOffsetDeleteRequestTopic (): OffsetDeleteRequestTopic {
  return { name: "", partitions: [] }
}

function readOffsetDeleteRequestTopic (r: Reader, version: number, flexible: boolean): OffsetDeleteRequestTopic {
  const m: OffsetDeleteRequestTopic = { name: "", partitions: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: OffsetDeleteRequestPartition[] = []
    for (let i = 0; i < n; i++) items.push(readOffsetDeleteRequestPartition(r, version, flexible))
    m.partitions = items
  }
  return m
}

function sizeOffsetDeleteRequestTopic (m: OffsetDeleteRequestTopic, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeOffsetDeleteRequestPartition(item, version, flexible)
  }
  return size
}

function putOffsetDeleteRequestTopic (w: Writer, m: OffsetDeleteRequestTopic, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putOffsetDeleteRequestPartition(w, item, version, flexible) }
}

export function defaultOffsetDeleteRequest (): OffsetDeleteRequest {
  return { groupId: "", topics: [] }
}

function readOffsetDeleteRequest (r: Reader, version: number, flexible: boolean): OffsetDeleteRequest {
  const m: OffsetDeleteRequest = { groupId: "", topics: [] }
  m.groupId = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: OffsetDeleteRequestTopic[] = []
    for (let i = 0; i < n; i++) items.push(readOffsetDeleteRequestTopic(r, version, flexible))
    m.topics = items
  }
  return m
}

function sizeOffsetDeleteRequest (m: OffsetDeleteRequest, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.groupId, flexible)
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeOffsetDeleteRequestTopic(item, version, flexible)
  }
  return size
}

function putOffsetDeleteRequest (w: Writer, m: OffsetDeleteRequest, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.groupId); else w.writeString(m.groupId)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putOffsetDeleteRequestTopic(w, item, version, flexible) }
}

/** OffsetDeleteRequest: valid versions 0-0, never flexible. */
export const OffsetDeleteRequestVersions = { min: 0, max: 0, flexibleMin: -1 } as const

export function decodeOffsetDeleteRequest (r: Reader, version: number): OffsetDeleteRequest {
  return readOffsetDeleteRequest(r, version, false)
}

export function sizeOfOffsetDeleteRequest (m: OffsetDeleteRequest, version: number): number {
  return sizeOffsetDeleteRequest(m, version, false)
}

export function writeOffsetDeleteRequest (w: Writer, m: OffsetDeleteRequest, version: number): void {
  putOffsetDeleteRequest(w, m, version, false)
}

export interface OffsetDeleteResponsePartition {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** ErrorCode: versions 0+ */
  errorCode: number
}

export interface OffsetDeleteResponseTopic {
  /** Name: versions 0+ */
  name: string
  /** Partitions: versions 0+ */
  partitions: OffsetDeleteResponsePartition[]
}

export interface OffsetDeleteResponse {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** Topics: versions 0+ */
  topics: OffsetDeleteResponseTopic[]
}

export function defaultOffsetDeleteResponsePartition (): OffsetDeleteResponsePartition {
  return { partitionIndex: 0, errorCode: 0 }
}

function readOffsetDeleteResponsePartition (r: Reader, _version: number, _flexible: boolean): OffsetDeleteResponsePartition {
  const m: OffsetDeleteResponsePartition = { partitionIndex: 0, errorCode: 0 }
  m.partitionIndex = r.readInt32()
  m.errorCode = r.readInt16()
  return m
}

function sizeOffsetDeleteResponsePartition (_m: OffsetDeleteResponsePartition, _version: number, _flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  return size
}

function putOffsetDeleteResponsePartition (w: Writer, m: OffsetDeleteResponsePartition, _version: number, _flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
}

export function defaultOffsetDeleteResponseTopic (): OffsetDeleteResponseTopic {
  return { name: "", partitions: [] }
}

function readOffsetDeleteResponseTopic (r: Reader, version: number, flexible: boolean): OffsetDeleteResponseTopic {
  const m: OffsetDeleteResponseTopic = { name: "", partitions: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: OffsetDeleteResponsePartition[] = []
    for (let i = 0; i < n; i++) items.push(readOffsetDeleteResponsePartition(r, version, flexible))
    m.partitions = items
  }
  return m
}

function sizeOffsetDeleteResponseTopic (m: OffsetDeleteResponseTopic, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeOffsetDeleteResponsePartition(item, version, flexible)
  }
  return size
}

function putOffsetDeleteResponseTopic (w: Writer, m: OffsetDeleteResponseTopic, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putOffsetDeleteResponsePartition(w, item, version, flexible) }
}

export function defaultOffsetDeleteResponse (): OffsetDeleteResponse {
  return { errorCode: 0, throttleTimeMs: 0, topics: [] }
}

function readOffsetDeleteResponse (r: Reader, version: number, flexible: boolean): OffsetDeleteResponse {
  const m: OffsetDeleteResponse = { errorCode: 0, throttleTimeMs: 0, topics: [] }
  m.errorCode = r.readInt16()
  m.throttleTimeMs = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: OffsetDeleteResponseTopic[] = []
    for (let i = 0; i < n; i++) items.push(readOffsetDeleteResponseTopic(r, version, flexible))
    m.topics = items
  }
  return m
}

function sizeOffsetDeleteResponse (m: OffsetDeleteResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += 4
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeOffsetDeleteResponseTopic(item, version, flexible)
  }
  return size
}

function putOffsetDeleteResponse (w: Writer, m: OffsetDeleteResponse, version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  w.writeInt32(m.throttleTimeMs)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putOffsetDeleteResponseTopic(w, item, version, flexible) }
}

/** OffsetDeleteResponse: valid versions 0-0, never flexible. */
export const OffsetDeleteResponseVersions = { min: 0, max: 0, flexibleMin: -1 } as const

export function decodeOffsetDeleteResponse (r: Reader, version: number): OffsetDeleteResponse {
  return readOffsetDeleteResponse(r, version, false)
}

export function sizeOfOffsetDeleteResponse (m: OffsetDeleteResponse, version: number): number {
  return sizeOffsetDeleteResponse(m, version, false)
}

export function writeOffsetDeleteResponse (w: Writer, m: OffsetDeleteResponse, version: number): void {
  putOffsetDeleteResponse(w, m, version, false)
}
