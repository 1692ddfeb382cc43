// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: FetchSnapshotRequest.json, FetchSnapshotResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfUnsignedVarInt, sizeOfString, sizeOfNullableString, sizeOfBytes, sizeOfArrayLength } from '../../primitives/writer.ts'

const EMPTY_BYTES: Buffer = Buffer.alloc(0)

export interface FetchSnapshotRequestSnapshotId {
  /** EndOffset: versions 0+ */
  endOffset: bigint
  /** Epoch: versions 0+ */
  epoch: number
}

export interface FetchSnapshotRequestPartitionSnapshot {
  /** Partition: versions 0+ */
  partition: number
  /** CurrentLeaderEpoch: versions 0+ */
  currentLeaderEpoch: number
  /** SnapshotId: versions 0+ */
  snapshotId: FetchSnapshotRequestSnapshotId
  /** Position: versions 0+ */
  position: bigint
}

export interface FetchSnapshotRequestTopicSnapshot {
  /** Name: versions 0+ */
  name: string
  /** Partitions: versions 0+ */
  partitions: FetchSnapshotRequestPartitionSnapshot[]
}

export interface FetchSnapshotRequest {
  /** ClusterId: versions 0+, tag 0 */
  clusterId: string | null
  /** ReplicaId: versions 0+ */
  replicaId: number
  /** MaxBytes: versions 0+ */
  maxBytes: number
  /** Topics: versions 0+ */
  topics: FetchSnapshotRequestTopicSnapshot[]
}

export function defaultFetchSnapshotRequestSnapshotId (): FetchSnapshotRequestSnapshotId {
  return { endOffset: 0n, epoch: 0 }
}

function readFetchSnapshotRequestSnapshotId (r: Reader, _version: number, flexible: boolean): FetchSnapshotRequestSnapshotId {
  const m: FetchSnapshotRequestSnapshotId = { endOffset: 0n, epoch: 0 }
  m.endOffset = r.readInt64()
  m.epoch = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeFetchSnapshotRequestSnapshotId (_m: FetchSnapshotRequestSnapshotId, _version: number, flexible: boolean): number {
  let size = 0
  size += 8
  size += 4
  if (flexible) size += 1
  return size
}

function putFetchSnapshotRequestSnapshotId (w: Writer, m: FetchSnapshotRequestSnapshotId, _version: number, flexible: boolean): void {
  w.writeInt64(m.endOffset)
  w.writeInt32(m.epoch)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultFetchSnapshotRequestPartitionSnapshot (): FetchSnapshotRequestPartitionSnapshot {
  return { partition: 0, currentLeaderEpoch: 0, snapshotId: defaultFetchSnapshotRequestSnapshotId(), position: 0n }
}

function readFetchSnapshotRequestPartitionSnapshot (r: Reader, version: number, flexible: boolean): FetchSnapshotRequestPartitionSnapshot {
  const m: FetchSnapshotRequestPartitionSnapshot = { partition: 0, currentLeaderEpoch: 0, snapshotId: defaultFetchSnapshotRequestSnapshotId(), position: 0n }
  m.partition = r.readInt32()
  m.currentLeaderEpoch = r.readInt32()
  m.snapshotId = readFetchSnapshotRequestSnapshotId(r, version, flexible)
  m.position = r.readInt64()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeFetchSnapshotRequestPartitionSnapshot (m: FetchSnapshotRequestPartitionSnapshot, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 4
  size += sizeFetchSnapshotRequestSnapshotId(m.snapshotId, version, flexible)
  size += 8
  if (flexible) size += 1
  return size
}

function putFetchSnapshotRequestPartitionSnapshot (w: Writer, m: FetchSnapshotRequestPartitionSnapshot, version: number, flexible: boolean): void {
  w.writeInt32(m.partition)
  w.writeInt32(m.currentLeaderEpoch)
  putFetchSnapshotRequestSnapshotId(w, m.snapshotId, version, flexible)
  w.writeInt64(m.position)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultFetchSnapshotRequestTopicSnapshot (): FetchSnapshotRequestTopicSnapshot {
  return { name: "", partitions: [] }
}

function readFetchSnapshotRequestTopicSnapshot (r: Reader, version: number, flexible: boolean): FetchSnapshotRequestTopicSnapshot {
  const m: FetchSnapshotRequestTopicSnapshot = { name: "", partitions: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: FetchSnapshotRequestPartitionSnapshot[] = []
    for (let i = 0; i < n; i++) items.push(readFetchSnapshotRequestPartitionSnapshot(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeFetchSnapshotRequestTopicSnapshot (m: FetchSnapshotRequestTopicSnapshot, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeFetchSnapshotRequestPartitionSnapshot(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putFetchSnapshotRequestTopicSnapshot (w: Writer, m: FetchSnapshotRequestTopicSnapshot, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putFetchSnapshotRequestPartitionSnapshot(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultFetchSnapshotRequest (): FetchSnapshotRequest {
  return { clusterId: null, replicaId: -1, maxBytes: 2147483647, topics: [] }
}

function readFetchSnapshotRequest (r: Reader, version: number, flexible: boolean): FetchSnapshotRequest {
  const m: FetchSnapshotRequest = { clusterId: null, replicaId: -1, maxBytes: 2147483647, topics: [] }
  m.replicaId = r.readInt32()
  m.maxBytes = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: FetchSnapshotRequestTopicSnapshot[] = []
    for (let i = 0; i < n; i++) items.push(readFetchSnapshotRequestTopicSnapshot(r, version, flexible))
    m.topics = items
  }
  if (flexible) {
    const count = r.readUnsignedVarInt()
    for (let t = 0; t < count; t++) {
      const tag = r.readUnsignedVarInt()
      const size = r.readUnsignedVarInt()
      if (size > r.remaining()) throw new DecodeError(`tagged field ${tag} of ${size} bytes exceeds the frame`)
      const end = r.offset + size
      switch (tag) {
        case 0:
          m.clusterId = r.readCompactNullableString()
          break
        default:
          r.skip(size)
      }
      if (r.offset !== end) throw new DecodeError(`tagged field ${tag} is ${r.offset - end + size} bytes, not ${size}`)
    }
  }
  return m
}

function sizeFetchSnapshotRequest (m: FetchSnapshotRequest, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 4
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeFetchSnapshotRequestTopicSnapshot(item, version, flexible)
  }
  if (flexible) {
    let count = 0
    if (!(m.clusterId === null)) {
      count++
      let fieldSize = 0
      fieldSize += sizeOfNullableString(m.clusterId, true)
      size += sizeOfUnsignedVarInt(0) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    size += sizeOfUnsignedVarInt(count)
  }
  return size
}

function putFetchSnapshotRequest (w: Writer, m: FetchSnapshotRequest, version: number, flexible: boolean): void {
  w.writeInt32(m.replicaId)
  w.writeInt32(m.maxBytes)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putFetchSnapshotRequestTopicSnapshot(w, item, version, flexible) }
  if (flexible) {
    let count = 0
    if (!(m.clusterId === null)) count++
    w.writeUnsignedVarInt(count)
    if (!(m.clusterId === null)) {
      let fieldSize = 0
      fieldSize += sizeOfNullableString(m.clusterId, true)
      w.writeUnsignedVarInt(0)
      w.writeUnsignedVarInt(fieldSize)
      w.writeCompactNullableString(m.clusterId)
    }
  }
}

/** FetchSnapshotRequest: valid versions 0-0, flexible 0+. */
export const FetchSnapshotRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeFetchSnapshotRequest (r: Reader, version: number): FetchSnapshotRequest {
  return readFetchSnapshotRequest(r, version, true)
}

export function sizeOfFetchSnapshotRequest (m: FetchSnapshotRequest, version: number): number {
  return sizeFetchSnapshotRequest(m, version, true)
}

export function writeFetchSnapshotRequest (w: Writer, m: FetchSnapshotRequest, version: number): void {
  putFetchSnapshotRequest(w, m, version, true)
}

export interface FetchSnapshotResponseSnapshotId {
  /** EndOffset: versions 0+ */
  endOffset: bigint
  /** Epoch: versions 0+ */
  epoch: number
}

export interface FetchSnapshotResponseLeaderIdAndEpoch {
  /** LeaderId: versions 0+ */
  leaderId: number
  /** LeaderEpoch: versions 0+ */
  leaderEpoch: number
}

export interface FetchSnapshotResponsePartitionSnapshot {
  /** Index: versions 0+ */
  index: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** SnapshotId: versions 0+ */
  snapshotId: FetchSnapshotResponseSnapshotId
  /** CurrentLeader: versions 0+, tag 0 */
  currentLeader: FetchSnapshotResponseLeaderIdAndEpoch
  /** Size: versions 0+ */
  size: bigint
  /** Position: versions 0+ */
  position: bigint
  /** UnalignedRecords: versions 0+ */
  unalignedRecords: Buffer
}

export interface FetchSnapshotResponseTopicSnapshot {
  /** Name: versions 0+ */
  name: string
  /** Partitions: versions 0+ */
  partitions: FetchSnapshotResponsePartitionSnapshot[]
}

export interface FetchSnapshotResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** Topics: versions 0+ */
  topics: FetchSnapshotResponseTopicSnapshot[]
}

export function defaultFetchSnapshotResponseSnapshotId (): FetchSnapshotResponseSnapshotId {
  return { endOffset: 0n, epoch: 0 }
}

function readFetchSnapshotResponseSnapshotId (r: Reader, _version: number, flexible: boolean): FetchSnapshotResponseSnapshotId {
  const m: FetchSnapshotResponseSnapshotId = { endOffset: 0n, epoch: 0 }
  m.endOffset = r.readInt64()
  m.epoch = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeFetchSnapshotResponseSnapshotId (_m: FetchSnapshotResponseSnapshotId, _version: number, flexible: boolean): number {
  let size = 0
  size += 8
  size += 4
  if (flexible) size += 1
  return size
}

function putFetchSnapshotResponseSnapshotId (w: Writer, m: FetchSnapshotResponseSnapshotId, _version: number, flexible: boolean): void {
  w.writeInt64(m.endOffset)
  w.writeInt32(m.epoch)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultFetchSnapshotResponseLeaderIdAndEpoch (): FetchSnapshotResponseLeaderIdAndEpoch {
  return { leaderId: 0, leaderEpoch: 0 }
}

function readFetchSnapshotResponseLeaderIdAndEpoch (r: Reader, _version: number, flexible: boolean): FetchSnapshotResponseLeaderIdAndEpoch {
  const m: FetchSnapshotResponseLeaderIdAndEpoch = { leaderId: 0, leaderEpoch: 0 }
  m.leaderId = r.readInt32()
  m.leaderEpoch = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeFetchSnapshotResponseLeaderIdAndEpoch (_m: FetchSnapshotResponseLeaderIdAndEpoch, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 4
  if (flexible) size += 1
  return size
}

function putFetchSnapshotResponseLeaderIdAndEpoch (w: Writer, m: FetchSnapshotResponseLeaderIdAndEpoch, _version: number, flexible: boolean): void {
  w.writeInt32(m.leaderId)
  w.writeInt32(m.leaderEpoch)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultFetchSnapshotResponsePartitionSnapshot (): FetchSnapshotResponsePartitionSnapshot {
  return { index: 0, errorCode: 0, snapshotId: defaultFetchSnapshotResponseSnapshotId(), currentLeader: defaultFetchSnapshotResponseLeaderIdAndEpoch(), size: 0n, position: 0n, unalignedRecords: EMPTY_BYTES }
}

function readFetchSnapshotResponsePartitionSnapshot (r: Reader, version: number, flexible: boolean): FetchSnapshotResponsePartitionSnapshot {
  const m: FetchSnapshotResponsePartitionSnapshot = { index: 0, errorCode: 0, snapshotId: defaultFetchSnapshotResponseSnapshotId(), currentLeader: defaultFetchSnapshotResponseLeaderIdAndEpoch(), size: 0n, position: 0n, unalignedRecords: EMPTY_BYTES }
  m.index = r.readInt32()
  m.errorCode = r.readInt16()
  m.snapshotId = readFetchSnapshotResponseSnapshotId(r, version, flexible)
  m.size = r.readInt64()
  m.position = r.readInt64()
  m.unalignedRecords = (flexible ? r.readCompactBytes() : r.readBytes())
  if (flexible) {
    const count = r.readUnsignedVarInt()
    for (let t = 0; t < count; t++) {
      const tag = r.readUnsignedVarInt()
      const size = r.readUnsignedVarInt()
      if (size > r.remaining()) throw new DecodeError(`tagged field ${tag} of ${size} bytes exceeds the frame`)
      const end = r.offset + size
      switch (tag) {
        case 0:
          m.currentLeader = readFetchSnapshotResponseLeaderIdAndEpoch(r, version, flexible)
          break
        default:
          r.skip(size)
      }
      if (r.offset !== end) throw new DecodeError(`tagged field ${tag} is ${r.offset - end + size} bytes, not ${size}`)
    }
  }
  return m
}

function sizeFetchSnapshotResponsePartitionSnapshot (m: FetchSnapshotResponsePartitionSnapshot, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += sizeFetchSnapshotResponseSnapshotId(m.snapshotId, version, flexible)
  size += 8
  size += 8
  size += sizeOfBytes(m.unalignedRecords, flexible)
  if (flexible) {
    let count = 0
    if (!(isDefaultFetchSnapshotResponseLeaderIdAndEpoch(m.currentLeader))) {
      count++
      let fieldSize = 0
      fieldSize += sizeFetchSnapshotResponseLeaderIdAndEpoch(m.currentLeader, version, flexible)
      size += sizeOfUnsignedVarInt(0) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    size += sizeOfUnsignedVarInt(count)
  }
  return size
}

function putFetchSnapshotResponsePartitionSnapshot (w: Writer, m: FetchSnapshotResponsePartitionSnapshot, version: number, flexible: boolean): void {
  w.writeInt32(m.index)
  w.writeInt16(m.errorCode)
  putFetchSnapshotResponseSnapshotId(w, m.snapshotId, version, flexible)
  w.writeInt64(m.size)
  w.writeInt64(m.position)
  if (flexible) w.writeCompactBytes(m.unalignedRecords); else w.writeBytes(m.unalignedRecords)
  if (flexible) {
    let count = 0
    if (!(isDefaultFetchSnapshotResponseLeaderIdAndEpoch(m.currentLeader))) count++
    w.writeUnsignedVarInt(count)
    if (!(isDefaultFetchSnapshotResponseLeaderIdAndEpoch(m.currentLeader))) {
      let fieldSize = 0
      fieldSize += sizeFetchSnapshotResponseLeaderIdAndEpoch(m.currentLeader, version, flexible)
      w.writeUnsignedVarInt(0)
      w.writeUnsignedVarInt(fieldSize)
      putFetchSnapshotResponseLeaderIdAndEpoch(w, m.currentLeader, version, flexible)
    }
  }
}

export function defaultFetchSnapshotResponseTopicSnapshot (): FetchSnapshotResponseTopicSnapshot {
  return { name: "", partitions: [] }
}

function readFetchSnapshotResponseTopicSnapshot (r: Reader, version: number, flexible: boolean): FetchSnapshotResponseTopicSnapshot {
  const m: FetchSnapshotResponseTopicSnapshot = { name: "", partitions: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: FetchSnapshotResponsePartitionSnapshot[] = []
    for (let i = 0; i < n; i++) items.push(readFetchSnapshotResponsePartitionSnapshot(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeFetchSnapshotResponseTopicSnapshot (m: FetchSnapshotResponseTopicSnapshot, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeFetchSnapshotResponsePartitionSnapshot(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putFetchSnapshotResponseTopicSnapshot (w: Writer, m: FetchSnapshotResponseTopicSnapshot, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putFetchSnapshotResponsePartitionSnapshot(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultFetchSnapshotResponse (): FetchSnapshotResponse {
  return { throttleTimeMs: 0, errorCode: 0, topics: [] }
}

function readFetchSnapshotResponse (r: Reader, version: number, flexible: boolean): FetchSnapshotResponse {
  const m: FetchSnapshotResponse = { throttleTimeMs: 0, errorCode: 0, topics: [] }
  m.throttleTimeMs = r.readInt32()
  m.errorCode = r.readInt16()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: FetchSnapshotResponseTopicSnapshot[] = []
    for (let i = 0; i < n; i++) items.push(readFetchSnapshotResponseTopicSnapshot(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeFetchSnapshotResponse (m: FetchSnapshotResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeFetchSnapshotResponseTopicSnapshot(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putFetchSnapshotResponse (w: Writer, m: FetchSnapshotResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putFetchSnapshotResponseTopicSnapshot(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

function isDefaultFetchSnapshotResponseLeaderIdAndEpoch (m: FetchSnapshotResponseLeaderIdAndEpoch): boolean {
  return m.leaderId === 0 &&
    m.leaderEpoch === 0
}

/** FetchSnapshotResponse: valid versions 0-0, flexible 0+. */
export const FetchSnapshotResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeFetchSnapshotResponse (r: Reader, version: number): FetchSnapshotResponse {
  return readFetchSnapshotResponse(r, version, true)
}

export function sizeOfFetchSnapshotResponse (m: FetchSnapshotResponse, version: number): number {
  return sizeFetchSnapshotResponse(m, version, true)
}

export function writeFetchSnapshotResponse (w: Writer, m: FetchSnapshotResponse, version: number): void {
  putFetchSnapshotResponse(w, m, version, true)
}
