// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: AlterReplicaLogDirsRequest.json, AlterReplicaLogDirsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  /** Name: versions 0+ */
  name: string
  /** Partitions: versions 0+ */
  partitions: number[]
}

export interface AlterReplicaLogDirsRequestAlterReplicaLogDir {
  /** Path: versions 0+ */
  path: string
  /** Topics: versions 0+ */
  topics: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[]
}

export interface AlterReplicaLogDirsRequest {
  /** Dirs: versions 0+ */
  dirs: AlterReplicaLogDirsRequestAlterReplicaLogDir[]
}

export function defaultAlterReplicaLogDirsRequestAlterReplicaLogDirTopic (): AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  return { name: "", partitions: [] }
}

function readAlterReplicaLogDirsRequestAlterReplicaLogDirTopic (r: Reader, _version: number, flexible: boolean): AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  const m: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic = { name: "", partitions: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
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

function sizeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic (m: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    size += m.partitions.length * 4
  }
  if (flexible) size += 1
  return size
}

function putAlterReplicaLogDirsRequestAlterReplicaLogDirTopic (w: Writer, m: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { w.writeInt32(item) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAlterReplicaLogDirsRequestAlterReplicaLogDir (): AlterReplicaLogDirsRequestAlterReplicaLogDir {
  return { path: "", topics: [] }
}

function readAlterReplicaLogDirsRequestAlterReplicaLogDir (r: Reader, version: number, flexible: boolean): AlterReplicaLogDirsRequestAlterReplicaLogDir {
  const m: AlterReplicaLogDirsRequestAlterReplicaLogDir = { path: "", topics: [] }
  m.path = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[] = []
    for (let i = 0; i < n; i++) items.push(readAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterReplicaLogDirsRequestAlterReplicaLogDir (m: AlterReplicaLogDirsRequestAlterReplicaLogDir, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.path, flexible)
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAlterReplicaLogDirsRequestAlterReplicaLogDir (w: Writer, m: AlterReplicaLogDirsRequestAlterReplicaLogDir, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.path); else w.writeString(m.path)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAlterReplicaLogDirsRequest (): AlterReplicaLogDirsRequest {
  return { dirs: [] }
}

function readAlterReplicaLogDirsRequest (r: Reader, version: number, flexible: boolean): AlterReplicaLogDirsRequest {
  const m: AlterReplicaLogDirsRequest = { dirs: [] }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Dirs is null but not nullable in this version')
    const items: AlterReplicaLogDirsRequestAlterReplicaLogDir[] = []
    for (let i = 0; i < n; i++) items.push(readAlterReplicaLogDirsRequestAlterReplicaLogDir(r, version, flexible))
    m.dirs = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterReplicaLogDirsRequest (m: AlterReplicaLogDirsRequest, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.dirs.length, flexible)
    for (const item of m.dirs) size += sizeAlterReplicaLogDirsRequestAlterReplicaLogDir(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAlterReplicaLogDirsRequest (w: Writer, m: AlterReplicaLogDirsRequest, version: number, flexible: boolean): void {
  w.writeArrayLength(m.dirs.length, flexible)
  for (const item of m.dirs) { putAlterReplicaLogDirsRequestAlterReplicaLogDir(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** AlterReplicaLogDirsRequest: valid versions 0-2, flexible 2+. */
export const AlterReplicaLogDirsRequestVersions = { min: 0, max: 2, flexibleMin: 2 } as const

export function decodeAlterReplicaLogDirsRequest (r: Reader, version: number): AlterReplicaLogDirsRequest {
  return readAlterReplicaLogDirsRequest(r, version, version >= 2)
}

export function sizeOfAlterReplicaLogDirsRequest (m: AlterReplicaLogDirsRequest, version: number): number {
  return sizeAlterReplicaLogDirsRequest(m, version, version >= 2)
}

export function writeAlterReplicaLogDirsRequest (w: Writer, m: AlterReplicaLogDirsRequest, version: number): void {
  putAlterReplicaLogDirsRequest(w, m, version, version >= 2)
}

export interface AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** ErrorCode: versions 0+ */
  errorCode: number
}

export interface AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  /** TopicName: versions 0+ */
  topicName: string
  /** Partitions: versions 0+ */
  partitions: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[]
}

export interface AlterReplicaLogDirsResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** Results: versions 0+ */
  results: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[]
}

export function defaultAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult (): AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  return { partitionIndex: 0, errorCode: 0 }
}

function readAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult (r: Reader, _version: number, flexible: boolean): AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  const m: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult = { partitionIndex: 0, errorCode: 0 }
  m.partitionIndex = r.readInt32()
  m.errorCode = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult (_m: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  if (flexible) size += 1
  return size
}

function putAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult (w: Writer, m: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult, _version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult (): AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  return { topicName: "", partitions: [] }
}

function readAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult (r: Reader, version: number, flexible: boolean): AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  const m: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult = { topicName: "", partitions: [] }
  m.topicName = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[] = []
    for (let i = 0; i < n; i++) items.push(readAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult (m: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.topicName, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult (w: Writer, m: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.topicName); else w.writeString(m.topicName)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAlterReplicaLogDirsResponse (): AlterReplicaLogDirsResponse {
  return { throttleTimeMs: 0, results: [] }
}

function readAlterReplicaLogDirsResponse (r: Reader, version: number, flexible: boolean): AlterReplicaLogDirsResponse {
  const m: AlterReplicaLogDirsResponse = { throttleTimeMs: 0, results: [] }
  m.throttleTimeMs = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Results is null but not nullable in this version')
    const items: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[] = []
    for (let i = 0; i < n; i++) items.push(readAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(r, version, flexible))
    m.results = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterReplicaLogDirsResponse (m: AlterReplicaLogDirsResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  {
    size += sizeOfArrayLength(m.results.length, flexible)
    for (const item of m.results) size += sizeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAlterReplicaLogDirsResponse (w: Writer, m: AlterReplicaLogDirsResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeArrayLength(m.results.length, flexible)
  for (const item of m.results) { putAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** AlterReplicaLogDirsResponse: valid versions 0-2, flexible 2+. */
export const AlterReplicaLogDirsResponseVersions = { min: 0, max: 2, flexibleMin: 2 } as const

export function decodeAlterReplicaLogDirsResponse (r: Reader, version: number): AlterReplicaLogDirsResponse {
  return readAlterReplicaLogDirsResponse(r, version, version >= 2)
}

export function sizeOfAlterReplicaLogDirsResponse (m: AlterReplicaLogDirsResponse, version: number): number {
  return sizeAlterReplicaLogDirsResponse(m, version, version >= 2)
}

export function writeAlterReplicaLogDirsResponse (w: Writer, m: AlterReplicaLogDirsResponse, version: number): void {
  putAlterReplicaLogDirsResponse(w, m, version, version >= 2)
}
