// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: OffsetDeleteRequest.json, OffsetDeleteResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface OffsetDeleteRequestOffsetDeleteRequestPartition {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
}

export interface OffsetDeleteRequestOffsetDeleteRequestTopic {
  /** Name: versions 0+ */
  name: string
  /** Partitions: versions 0+ */
  partitions: OffsetDeleteRequestOffsetDeleteRequestPartition[]
}

export interface OffsetDeleteRequest {
  /** GroupId: versions 0+ */
  groupId: string
  /** Topics: versions 0+ */
  topics: OffsetDeleteRequestOffsetDeleteRequestTopic[]
}

export function defaultOffsetDeleteRequestOffsetDeleteRequestPartition (): OffsetDeleteRequestOffsetDeleteRequestPartition {
  return { partitionIndex: 0 }
}

function readOffsetDeleteRequestOffsetDeleteRequestPartition (r: Reader, _version: number, _flexible: boolean): OffsetDeleteRequestOffsetDeleteRequestPartition {
  const m: OffsetDeleteRequestOffsetDeleteRequestPartition = { partitionIndex: 0 }
  m.partitionIndex = r.readInt32()
  return m
}

function sizeOffsetDeleteRequestOffsetDeleteRequestPartition (_m: OffsetDeleteRequestOffsetDeleteRequestPartition, _version: number, _flexible: boolean): number {
  let size = 0
  size += 4
  return size
}

function putOffsetDeleteRequestOffsetDeleteRequestPartition (w: Writer, m: OffsetDeleteRequestOffsetDeleteRequestPartition, _version: number, _flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
}

export function defaultOffsetDeleteRequestOffsetDeleteRequestTopic (): OffsetDeleteRequestOffsetDeleteRequestTopic {
  return { name: "", partitions: [] }
}

function readOffsetDeleteRequestOffsetDeleteRequestTopic (r: Reader, version: number, flexible: boolean): OffsetDeleteRequestOffsetDeleteRequestTopic {
  const m: OffsetDeleteRequestOffsetDeleteRequestTopic = { name: "", partitions: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: OffsetDeleteRequestOffsetDeleteRequestPartition[] = []
    for (let i = 0; i < n; i++) items.push(readOffsetDeleteRequestOffsetDeleteRequestPartition(r, version, flexible))
    m.partitions = items
  }
  return m
}

function sizeOffsetDeleteRequestOffsetDeleteRequestTopic (m: OffsetDeleteRequestOffsetDeleteRequestTopic, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeOffsetDeleteRequestOffsetDeleteRequestPartition(item, version, flexible)
  }
  return size
}

function putOffsetDeleteRequestOffsetDeleteRequestTopic (w: Writer, m: OffsetDeleteRequestOffsetDeleteRequestTopic, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putOffsetDeleteRequestOffsetDeleteRequestPartition(w, item, version, flexible) }
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
    const items: OffsetDeleteRequestOffsetDeleteRequestTopic[] = []
    for (let i = 0; i < n; i++) items.push(readOffsetDeleteRequestOffsetDeleteRequestTopic(r, version, flexible))
    m.topics = items
  }
  return m
}

function sizeOffsetDeleteRequest (m: OffsetDeleteRequest, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.groupId, flexible)
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeOffsetDeleteRequestOffsetDeleteRequestTopic(item, version, flexible)
  }
  return size
}

function putOffsetDeleteRequest (w: Writer, m: OffsetDeleteRequest, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.groupId); else w.writeString(m.groupId)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putOffsetDeleteRequestOffsetDeleteRequestTopic(w, item, version, flexible) }
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

export interface OffsetDeleteResponseOffsetDeleteResponsePartition {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** ErrorCode: versions 0+ */
  errorCode: number
}

export interface OffsetDeleteResponseOffsetDeleteResponseTopic {
  /** Name: versions 0+ */
  name: string
  /** Partitions: versions 0+ */
  partitions: OffsetDeleteResponseOffsetDeleteResponsePartition[]
}

export interface OffsetDeleteResponse {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** Topics: versions 0+ */
  topics: OffsetDeleteResponseOffsetDeleteResponseTopic[]
}

export function defaultOffsetDeleteResponseOffsetDeleteResponsePartition (): OffsetDeleteResponseOffsetDeleteResponsePartition {
  return { partitionIndex: 0, errorCode: 0 }
}

function readOffsetDeleteResponseOffsetDeleteResponsePartition (r: Reader, _version: number, _flexible: boolean): OffsetDeleteResponseOffsetDeleteResponsePartition {
  const m: OffsetDeleteResponseOffsetDeleteResponsePartition = { partitionIndex: 0, errorCode: 0 }
  m.partitionIndex = r.readInt32()
  m.errorCode = r.readInt16()
  return m
}

function sizeOffsetDeleteResponseOffsetDeleteResponsePartition (_m: OffsetDeleteResponseOffsetDeleteResponsePartition, _version: number, _flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  return size
}

function putOffsetDeleteResponseOffsetDeleteResponsePartition (w: Writer, m: OffsetDeleteResponseOffsetDeleteResponsePartition, _version: number, _flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
}

export function defaultOffsetDeleteResponseOffsetDeleteResponseTopic (): OffsetDeleteResponseOffsetDeleteResponseTopic {
  return { name: "", partitions: [] }
}

function readOffsetDeleteResponseOffsetDeleteResponseTopic (r: Reader, version: number, flexible: boolean): OffsetDeleteResponseOffsetDeleteResponseTopic {
  const m: OffsetDeleteResponseOffsetDeleteResponseTopic = { name: "", partitions: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: OffsetDeleteResponseOffsetDeleteResponsePartition[] = []
    for (let i = 0; i < n; i++) items.push(readOffsetDeleteResponseOffsetDeleteResponsePartition(r, version, flexible))
    m.partitions = items
  }
  return m
}

function sizeOffsetDeleteResponseOffsetDeleteResponseTopic (m: OffsetDeleteResponseOffsetDeleteResponseTopic, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeOffsetDeleteResponseOffsetDeleteResponsePartition(item, version, flexible)
  }
  return size
}

function putOffsetDeleteResponseOffsetDeleteResponseTopic (w: Writer, m: OffsetDeleteResponseOffsetDeleteResponseTopic, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putOffsetDeleteResponseOffsetDeleteResponsePartition(w, item, version, flexible) }
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
    const items: OffsetDeleteResponseOffsetDeleteResponseTopic[] = []
    for (let i = 0; i < n; i++) items.push(readOffsetDeleteResponseOffsetDeleteResponseTopic(r, version, flexible))
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
    for (const item of m.topics) size += sizeOffsetDeleteResponseOffsetDeleteResponseTopic(item, version, flexible)
  }
  return size
}

function putOffsetDeleteResponse (w: Writer, m: OffsetDeleteResponse, version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  w.writeInt32(m.throttleTimeMs)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putOffsetDeleteResponseOffsetDeleteResponseTopic(w, item, version, flexible) }
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
