// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: OffsetCommitRecord.json
import type { Reader } from '../../primitives/reader.ts'
import { type Writer, sizeOfString } from '../../primitives/writer.ts'

export interface OffsetCommitRecord {
  /** GroupId: versions 0+ */
  groupId: string
  /** Topic: versions 0+ */
  topic: string
  /** Partition: versions 0+ */
  partition: number
  /** Removed: versions 1+ */
  removed: boolean
  /** Offset: versions 0+ */
  offset: bigint
  /** LeaderEpoch: versions 0+ */
  leaderEpoch: number
  /** Metadata: versions 0+ */
  metadata: string
  /** CommitTimestampMs: versions 0+ */
  commitTimestampMs: bigint
}

export function defaultOffsetCommitRecord (): OffsetCommitRecord {
  return { groupId: "", topic: "", partition: 0, removed: false, offset: -1n, leaderEpoch: -1, metadata: "", commitTimestampMs: -1n }
}

function readOffsetCommitRecord (r: Reader, version: number, flexible: boolean): OffsetCommitRecord {
  const m: OffsetCommitRecord = { groupId: "", topic: "", partition: 0, removed: false, offset: -1n, leaderEpoch: -1, metadata: "", commitTimestampMs: -1n }
  m.groupId = (flexible ? r.readCompactString() : r.readString())
  m.topic = (flexible ? r.readCompactString() : r.readString())
  m.partition = r.readInt32()
  if (version >= 1) {
    m.removed = r.readBoolean()
  }
  m.offset = r.readInt64()
  m.leaderEpoch = r.readInt32()
  m.metadata = (flexible ? r.readCompactString() : r.readString())
  m.commitTimestampMs = r.readInt64()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeOffsetCommitRecord (m: OffsetCommitRecord, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.groupId, flexible)
  size += sizeOfString(m.topic, flexible)
  size += 4
  if (!(version >= 1) && !(m.removed === false)) throw new Error('OffsetCommitRecord.removed is not supported in version ' + version)
  if (version >= 1) {
    size += 1
  }
  size += 8
  size += 4
  size += sizeOfString(m.metadata, flexible)
  size += 8
  if (flexible) size += 1
  return size
}

function putOffsetCommitRecord (w: Writer, m: OffsetCommitRecord, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.groupId); else w.writeString(m.groupId)
  if (flexible) w.writeCompactString(m.topic); else w.writeString(m.topic)
  w.writeInt32(m.partition)
  if (version >= 1) {
    w.writeBoolean(m.removed)
  }
  w.writeInt64(m.offset)
  w.writeInt32(m.leaderEpoch)
  if (flexible) w.writeCompactString(m.metadata); else w.writeString(m.metadata)
  w.writeInt64(m.commitTimestampMs)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** OffsetCommitRecord: valid versions 0-1, flexible 0+. */
export const OffsetCommitRecordVersions = { min: 0, max: 1, flexibleMin: 0 } as const

export function decodeOffsetCommitRecord (r: Reader, version: number): OffsetCommitRecord {
  return readOffsetCommitRecord(r, version, true)
}

export function sizeOfOffsetCommitRecord (m: OffsetCommitRecord, version: number): number {
  return sizeOffsetCommitRecord(m, version, true)
}

export function writeOffsetCommitRecord (w: Writer, m: OffsetCommitRecord, version: number): void {
  putOffsetCommitRecord(w, m, version, true)
}
