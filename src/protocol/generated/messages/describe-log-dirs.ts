// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: DescribeLogDirsRequest.json, DescribeLogDirsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface DescribeLogDirsRequestDescribableLogDirTopic {
  /** Topic: versions 0+ */
  topic: string
  /** Partitions: versions 0+ */
  partitions: number[]
}

export interface DescribeLogDirsRequest {
  /** Topics: versions 0+ */
  topics: DescribeLogDirsRequestDescribableLogDirTopic[] | null
}

export function defaultDescribeLogDirsRequestDescribableLogDirTopic (): DescribeLogDirsRequestDescribableLogDirTopic {
  return { topic: "", partitions: [] }
}

function readDescribeLogDirsRequestDescribableLogDirTopic (r: Reader, _version: number, flexible: boolean): DescribeLogDirsRequestDescribableLogDirTopic {
  const m: DescribeLogDirsRequestDescribableLogDirTopic = { topic: "", partitions: [] }
  m.topic = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: number[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt32())
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeLogDirsRequestDescribableLogDirTopic (m: DescribeLogDirsRequestDescribableLogDirTopic, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.topic, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    size += m.partitions.length * 4
  }
  if (flexible) size += 1
  return size
}

function putDescribeLogDirsRequestDescribableLogDirTopic (w: Writer, m: DescribeLogDirsRequestDescribableLogDirTopic, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.topic); else w.writeString(m.topic)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { w.writeInt32(item) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeLogDirsRequest (): DescribeLogDirsRequest {
  return { topics: [] }
}

function readDescribeLogDirsRequest (r: Reader, version: number, flexible: boolean): DescribeLogDirsRequest {
  const m: DescribeLogDirsRequest = { topics: [] }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) m.topics = null
    else {
      const items: DescribeLogDirsRequestDescribableLogDirTopic[] = []
      for (let i = 0; i < n; i++) items.push(readDescribeLogDirsRequestDescribableLogDirTopic(r, version, flexible))
      m.topics = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeLogDirsRequest (m: DescribeLogDirsRequest, version: number, flexible: boolean): number {
  let size = 0
  if (m.topics === null) size += sizeOfArrayLength(-1, flexible)
  else {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeDescribeLogDirsRequestDescribableLogDirTopic(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeLogDirsRequest (w: Writer, m: DescribeLogDirsRequest, version: number, flexible: boolean): void {
  if (m.topics === null) {
    w.writeArrayLength(-1, flexible)
  } else {
    w.writeArrayLength(m.topics.length, flexible)
    for (const item of m.topics) { putDescribeLogDirsRequestDescribableLogDirTopic(w, item, version, flexible) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DescribeLogDirsRequest: valid versions 0-4, flexible 2+. */
export const DescribeLogDirsRequestVersions = { min: 0, max: 4, flexibleMin: 2 } as const

export function decodeDescribeLogDirsRequest (r: Reader, version: number): DescribeLogDirsRequest {
  return readDescribeLogDirsRequest(r, version, version >= 2)
}

export function sizeOfDescribeLogDirsRequest (m: DescribeLogDirsRequest, version: number): number {
  return sizeDescribeLogDirsRequest(m, version, version >= 2)
}

export function writeDescribeLogDirsRequest (w: Writer, m: DescribeLogDirsRequest, version: number): void {
  putDescribeLogDirsRequest(w, m, version, version >= 2)
}

export interface DescribeLogDirsResponseDescribeLogDirsPartition {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** PartitionSize: versions 0+ */
  partitionSize: bigint
  /** OffsetLag: versions 0+ */
  offsetLag: bigint
  /** IsFutureKey: versions 0+ */
  isFutureKey: boolean
}

export interface DescribeLogDirsResponseDescribeLogDirsTopic {
  /** Name: versions 0+ */
  name: string
  /** Partitions: versions 0+ */
  partitions: DescribeLogDirsResponseDescribeLogDirsPartition[]
}

export interface DescribeLogDirsResponseDescribeLogDirsResult {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** LogDir: versions 0+ */
  logDir: string
  /** Topics: versions 0+ */
  topics: DescribeLogDirsResponseDescribeLogDirsTopic[]
  /** TotalBytes: versions 4+ */
  totalBytes: bigint
  /** UsableBytes: versions 4+ */
  usableBytes: bigint
}

export interface DescribeLogDirsResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 3+ */
  errorCode: number
  /** Results: versions 0+ */
  results: DescribeLogDirsResponseDescribeLogDirsResult[]
}

export function defaultDescribeLogDirsResponseDescribeLogDirsPartition (): DescribeLogDirsResponseDescribeLogDirsPartition {
  return { partitionIndex: 0, partitionSize: 0n, offsetLag: 0n, isFutureKey: false }
}

function readDescribeLogDirsResponseDescribeLogDirsPartition (r: Reader, _version: number, flexible: boolean): DescribeLogDirsResponseDescribeLogDirsPartition {
  const m: DescribeLogDirsResponseDescribeLogDirsPartition = { partitionIndex: 0, partitionSize: 0n, offsetLag: 0n, isFutureKey: false }
  m.partitionIndex = r.readInt32()
  m.partitionSize = r.readInt64()
  m.offsetLag = r.readInt64()
  m.isFutureKey = r.readBoolean()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeLogDirsResponseDescribeLogDirsPartition (_m: DescribeLogDirsResponseDescribeLogDirsPartition, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 8
  size += 8
  size += 1
  if (flexible) size += 1
  return size
}

function putDescribeLogDirsResponseDescribeLogDirsPartition (w: Writer, m: DescribeLogDirsResponseDescribeLogDirsPartition, _version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt64(m.partitionSize)
  w.writeInt64(m.offsetLag)
  w.writeBoolean(m.isFutureKey)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeLogDirsResponseDescribeLogDirsTopic (): DescribeLogDirsResponseDescribeLogDirsTopic {
  return { name: "", partitions: [] }
}

function readDescribeLogDirsResponseDescribeLogDirsTopic (r: Reader, version: number, flexible: boolean): DescribeLogDirsResponseDescribeLogDirsTopic {
  const m: DescribeLogDirsResponseDescribeLogDirsTopic = { name: "", partitions: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: DescribeLogDirsResponseDescribeLogDirsPartition[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeLogDirsResponseDescribeLogDirsPartition(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeLogDirsResponseDescribeLogDirsTopic (m: DescribeLogDirsResponseDescribeLogDirsTopic, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeDescribeLogDirsResponseDescribeLogDirsPartition(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeLogDirsResponseDescribeLogDirsTopic (w: Writer, m: DescribeLogDirsResponseDescribeLogDirsTopic, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putDescribeLogDirsResponseDescribeLogDirsPartition(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeLogDirsResponseDescribeLogDirsResult (): DescribeLogDirsResponseDescribeLogDirsResult {
  return { errorCode: 0, logDir: "", topics: [], totalBytes: -1n, usableBytes: -1n }
}

function readDescribeLogDirsResponseDescribeLogDirsResult (r: Reader, version: number, flexible: boolean): DescribeLogDirsResponseDescribeLogDirsResult {
  const m: DescribeLogDirsResponseDescribeLogDirsResult = { errorCode: 0, logDir: "", topics: [], totalBytes: -1n, usableBytes: -1n }
  m.errorCode = r.readInt16()
  m.logDir = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: DescribeLogDirsResponseDescribeLogDirsTopic[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeLogDirsResponseDescribeLogDirsTopic(r, version, flexible))
    m.topics = items
  }
  if (version >= 4) {
    m.totalBytes = r.readInt64()
  }
  if (version >= 4) {
    m.usableBytes = r.readInt64()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeLogDirsResponseDescribeLogDirsResult (m: DescribeLogDirsResponseDescribeLogDirsResult, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += sizeOfString(m.logDir, flexible)
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeDescribeLogDirsResponseDescribeLogDirsTopic(item, version, flexible)
  }
  if (version >= 4) {
    size += 8
  }
  if (version >= 4) {
    size += 8
  }
  if (flexible) size += 1
  return size
}

function putDescribeLogDirsResponseDescribeLogDirsResult (w: Writer, m: DescribeLogDirsResponseDescribeLogDirsResult, version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactString(m.logDir); else w.writeString(m.logDir)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putDescribeLogDirsResponseDescribeLogDirsTopic(w, item, version, flexible) }
  if (version >= 4) {
    w.writeInt64(m.totalBytes)
  }
  if (version >= 4) {
    w.writeInt64(m.usableBytes)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeLogDirsResponse (): DescribeLogDirsResponse {
  return { throttleTimeMs: 0, errorCode: 0, results: [] }
}

function readDescribeLogDirsResponse (r: Reader, version: number, flexible: boolean): DescribeLogDirsResponse {
  const m: DescribeLogDirsResponse = { throttleTimeMs: 0, errorCode: 0, results: [] }
  m.throttleTimeMs = r.readInt32()
  if (version >= 3) {
    m.errorCode = r.readInt16()
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Results is null but not nullable in this version')
    const items: DescribeLogDirsResponseDescribeLogDirsResult[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeLogDirsResponseDescribeLogDirsResult(r, version, flexible))
    m.results = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeLogDirsResponse (m: DescribeLogDirsResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  if (version >= 3) {
    size += 2
  }
  {
    size += sizeOfArrayLength(m.results.length, flexible)
    for (const item of m.results) size += sizeDescribeLogDirsResponseDescribeLogDirsResult(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeLogDirsResponse (w: Writer, m: DescribeLogDirsResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  if (version >= 3) {
    w.writeInt16(m.errorCode)
  }
  w.writeArrayLength(m.results.length, flexible)
  for (const item of m.results) { putDescribeLogDirsResponseDescribeLogDirsResult(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DescribeLogDirsResponse: valid versions 0-4, flexible 2+. */
export const DescribeLogDirsResponseVersions = { min: 0, max: 4, flexibleMin: 2 } as const

export function decodeDescribeLogDirsResponse (r: Reader, version: number): DescribeLogDirsResponse {
  return readDescribeLogDirsResponse(r, version, version >= 2)
}

export function sizeOfDescribeLogDirsResponse (m: DescribeLogDirsResponse, version: number): number {
  return sizeDescribeLogDirsResponse(m, version, version >= 2)
}

export function writeDescribeLogDirsResponse (w: Writer, m: DescribeLogDirsResponse, version: number): void {
  putDescribeLogDirsResponse(w, m, version, version >= 2)
}
