// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: AssignReplicasToDirsRequest.json, AssignReplicasToDirsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfArrayLength } from '../../primitives/writer.ts'
import { ZERO_UUID } from '../../primitives/uuid.ts'

export interface AssignReplicasToDirsRequestPartitionData {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
}

export interface AssignReplicasToDirsRequestTopicData {
  /** TopicId: versions 0+ */
  topicId: string
  /** Partitions: versions 0+ */
  partitions: AssignReplicasToDirsRequestPartitionData[]
}

export interface AssignReplicasToDirsRequestDirectoryData {
  /** Id: versions 0+ */
  id: string
  /** Topics: versions 0+ */
  topics: AssignReplicasToDirsRequestTopicData[]
}

export interface AssignReplicasToDirsRequest {
  /** BrokerId: versions 0+ */
  brokerId: number
  /** BrokerEpoch: versions 0+ */
  brokerEpoch: bigint
  /** Directories: versions 0+ */
  directories: AssignReplicasToDirsRequestDirectoryData[]
}

export function defaultAssignReplicasToDirsRequestPartitionData (): AssignReplicasToDirsRequestPartitionData {
  return { partitionIndex: 0 }
}

function readAssignReplicasToDirsRequestPartitionData (r: Reader, _version: number, flexible: boolean): AssignReplicasToDirsRequestPartitionData {
  const m: AssignReplicasToDirsRequestPartitionData = { partitionIndex: 0 }
  m.partitionIndex = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAssignReplicasToDirsRequestPartitionData (_m: AssignReplicasToDirsRequestPartitionData, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  if (flexible) size += 1
  return size
}

function putAssignReplicasToDirsRequestPartitionData (w: Writer, m: AssignReplicasToDirsRequestPartitionData, _version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAssignReplicasToDirsRequestTopicData (): AssignReplicasToDirsRequestTopicData {
  return { topicId: ZERO_UUID, partitions: [] }
}

function readAssignReplicasToDirsRequestTopicData (r: Reader, version: number, flexible: boolean): AssignReplicasToDirsRequestTopicData {
  const m: AssignReplicasToDirsRequestTopicData = { topicId: ZERO_UUID, partitions: [] }
  m.topicId = r.readUuid()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: AssignReplicasToDirsRequestPartitionData[] = []
    for (let i = 0; i < n; i++) items.push(readAssignReplicasToDirsRequestPartitionData(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAssignReplicasToDirsRequestTopicData (m: AssignReplicasToDirsRequestTopicData, version: number, flexible: boolean): number {
  let size = 0
  size += 16
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeAssignReplicasToDirsRequestPartitionData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAssignReplicasToDirsRequestTopicData (w: Writer, m: AssignReplicasToDirsRequestTopicData, version: number, flexible: boolean): void {
  w.writeUuid(m.topicId)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putAssignReplicasToDirsRequestPartitionData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAssignReplicasToDirsRequestDirectoryData (): AssignReplicasToDirsRequestDirectoryData {
  return { id: ZERO_UUID, topics: [] }
}

function readAssignReplicasToDirsRequestDirectoryData (r: Reader, version: number, flexible: boolean): AssignReplicasToDirsRequestDirectoryData {
  const m: AssignReplicasToDirsRequestDirectoryData = { id: ZERO_UUID, topics: [] }
  m.id = r.readUuid()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: AssignReplicasToDirsRequestTopicData[] = []
    for (let i = 0; i < n; i++) items.push(readAssignReplicasToDirsRequestTopicData(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAssignReplicasToDirsRequestDirectoryData (m: AssignReplicasToDirsRequestDirectoryData, version: number, flexible: boolean): number {
  let size = 0
  size += 16
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeAssignReplicasToDirsRequestTopicData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAssignReplicasToDirsRequestDirectoryData (w: Writer, m: AssignReplicasToDirsRequestDirectoryData, version: number, flexible: boolean): void {
  w.writeUuid(m.id)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putAssignReplicasToDirsRequestTopicData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAssignReplicasToDirsRequest (): AssignReplicasToDirsRequest {
  return { brokerId: 0, brokerEpoch: -1n, directories: [] }
}

function readAssignReplicasToDirsRequest (r: Reader, version: number, flexible: boolean): AssignReplicasToDirsRequest {
  const m: AssignReplicasToDirsRequest = { brokerId: 0, brokerEpoch: -1n, directories: [] }
  m.brokerId = r.readInt32()
  m.brokerEpoch = r.readInt64()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Directories is null but not nullable in this version')
    const items: AssignReplicasToDirsRequestDirectoryData[] = []
    for (let i = 0; i < n; i++) items.push(readAssignReplicasToDirsRequestDirectoryData(r, version, flexible))
    m.directories = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAssignReplicasToDirsRequest (m: AssignReplicasToDirsRequest, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 8
  {
    size += sizeOfArrayLength(m.directories.length, flexible)
    for (const item of m.directories) size += sizeAssignReplicasToDirsRequestDirectoryData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAssignReplicasToDirsRequest (w: Writer, m: AssignReplicasToDirsRequest, version: number, flexible: boolean): void {
  w.writeInt32(m.brokerId)
  w.writeInt64(m.brokerEpoch)
  w.writeArrayLength(m.directories.length, flexible)
  for (const item of m.directories) { putAssignReplicasToDirsRequestDirectoryData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** AssignReplicasToDirsRequest: valid versions 0-0, flexible 0+. */
export const AssignReplicasToDirsRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeAssignReplicasToDirsRequest (r: Reader, version: number): AssignReplicasToDirsRequest {
  return readAssignReplicasToDirsRequest(r, version, true)
}

export function sizeOfAssignReplicasToDirsRequest (m: AssignReplicasToDirsRequest, version: number): number {
  return sizeAssignReplicasToDirsRequest(m, version, true)
}

export function writeAssignReplicasToDirsRequest (w: Writer, m: AssignReplicasToDirsRequest, version: number): void {
  putAssignReplicasToDirsRequest(w, m, version, true)
}

export interface AssignReplicasToDirsResponsePartitionData {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** ErrorCode: versions 0+ */
  errorCode: number
}

export interface AssignReplicasToDirsResponseTopicData {
  /** TopicId: versions 0+ */
  topicId: string
  /** Partitions: versions 0+ */
  partitions: AssignReplicasToDirsResponsePartitionData[]
}

export interface AssignReplicasToDirsResponseDirectoryData {
  /** Id: versions 0+ */
  id: string
  /** Topics: versions 0+ */
  topics: AssignReplicasToDirsResponseTopicData[]
}

export interface AssignReplicasToDirsResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** Directories: versions 0+ */
  directories: AssignReplicasToDirsResponseDirectoryData[]
}

export function defaultAssignReplicasToDirsResponsePartitionData (): AssignReplicasToDirsResponsePartitionData {
  return { partitionIndex: 0, errorCode: 0 }
}

function readAssignReplicasToDirsResponsePartitionData (r: Reader, _version: number, flexible: boolean): AssignReplicasToDirsResponsePartitionData {
  const m: AssignReplicasToDirsResponsePartitionData = { partitionIndex: 0, errorCode: 0 }
  m.partitionIndex = r.readInt32()
  m.errorCode = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAssignReplicasToDirsResponsePartitionData (_m: AssignReplicasToDirsResponsePartitionData, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  if (flexible) size += 1
  return size
}

function putAssignReplicasToDirsResponsePartitionData (w: Writer, m: AssignReplicasToDirsResponsePartitionData, _version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAssignReplicasToDirsResponseTopicData (): AssignReplicasToDirsResponseTopicData {
  return { topicId: ZERO_UUID, partitions: [] }
}

function readAssignReplicasToDirsResponseTopicData (r: Reader, version: number, flexible: boolean): AssignReplicasToDirsResponseTopicData {
  const m: AssignReplicasToDirsResponseTopicData = { topicId: ZERO_UUID, partitions: [] }
  m.topicId = r.readUuid()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: AssignReplicasToDirsResponsePartitionData[] = []
    for (let i = 0; i < n; i++) items.push(readAssignReplicasToDirsResponsePartitionData(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAssignReplicasToDirsResponseTopicData (m: AssignReplicasToDirsResponseTopicData, version: number, flexible: boolean): number {
  let size = 0
  size += 16
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeAssignReplicasToDirsResponsePartitionData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAssignReplicasToDirsResponseTopicData (w: Writer, m: AssignReplicasToDirsResponseTopicData, version: number, flexible: boolean): void {
  w.writeUuid(m.topicId)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putAssignReplicasToDirsResponsePartitionData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAssignReplicasToDirsResponseDirectoryData (): AssignReplicasToDirsResponseDirectoryData {
  return { id: ZERO_UUID, topics: [] }
}

function readAssignReplicasToDirsResponseDirectoryData (r: Reader, version: number, flexible: boolean): AssignReplicasToDirsResponseDirectoryData {
  const m: AssignReplicasToDirsResponseDirectoryData = { id: ZERO_UUID, topics: [] }
  m.id = r.readUuid()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: AssignReplicasToDirsResponseTopicData[] = []
    for (let i = 0; i < n; i++) items.push(readAssignReplicasToDirsResponseTopicData(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAssignReplicasToDirsResponseDirectoryData (m: AssignReplicasToDirsResponseDirectoryData, version: number, flexible: boolean): number {
  let size = 0
  size += 16
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeAssignReplicasToDirsResponseTopicData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAssignReplicasToDirsResponseDirectoryData (w: Writer, m: AssignReplicasToDirsResponseDirectoryData, version: number, flexible: boolean): void {
  w.writeUuid(m.id)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putAssignReplicasToDirsResponseTopicData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAssignReplicasToDirsResponse (): AssignReplicasToDirsResponse {
  return { throttleTimeMs: 0, errorCode: 0, directories: [] }
}

function readAssignReplicasToDirsResponse (r: Reader, version: number, flexible: boolean): AssignReplicasToDirsResponse {
  const m: AssignReplicasToDirsResponse = { throttleTimeMs: 0, errorCode: 0, directories: [] }
  m.throttleTimeMs = r.readInt32()
  m.errorCode = r.readInt16()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Directories is null but not nullable in this version')
    const items: AssignReplicasToDirsResponseDirectoryData[] = []
    for (let i = 0; i < n; i++) items.push(readAssignReplicasToDirsResponseDirectoryData(r, version, flexible))
    m.directories = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAssignReplicasToDirsResponse (m: AssignReplicasToDirsResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  {
    size += sizeOfArrayLength(m.directories.length, flexible)
    for (const item of m.directories) size += sizeAssignReplicasToDirsResponseDirectoryData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAssignReplicasToDirsResponse (w: Writer, m: AssignReplicasToDirsResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  w.writeArrayLength(m.directories.length, flexible)
  for (const item of m.directories) { putAssignReplicasToDirsResponseDirectoryData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** AssignReplicasToDirsResponse: valid versions 0-0, flexible 0+. */
export const AssignReplicasToDirsResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeAssignReplicasToDirsResponse (r: Reader, version: number): AssignReplicasToDirsResponse {
  return readAssignReplicasToDirsResponse(r, version, true)
}

export function sizeOfAssignReplicasToDirsResponse (m: AssignReplicasToDirsResponse, version: number): number {
  return sizeAssignReplicasToDirsResponse(m, version, true)
}

export function writeAssignReplicasToDirsResponse (w: Writer, m: AssignReplicasToDirsResponse, version: number): void {
  putAssignReplicasToDirsResponse(w, m, version, true)
}
