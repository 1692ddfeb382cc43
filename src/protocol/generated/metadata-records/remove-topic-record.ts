// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: RemoveTopicRecord.json
import type { Reader } from '../../primitives/reader.ts'
import type { Writer } from '../../primitives/writer.ts'
import { ZERO_UUID } from '../../primitives/uuid.ts'

export interface RemoveTopicRecord {
  /** TopicId: versions 0+ */
  topicId: string
}

export function defaultRemoveTopicRecord (): RemoveTopicRecord {
  return { topicId: ZERO_UUID }
}

function readRemoveTopicRecord (r: Reader, _version: number, flexible: boolean): RemoveTopicRecord {
  const m: RemoveTopicRecord = { topicId: ZERO_UUID }
  m.topicId = r.readUuid()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeRemoveTopicRecord (_m: RemoveTopicRecord, _version: number, flexible: boolean): number {
  let size = 0
  size += 16
  if (flexible) size += 1
  return size
}

function putRemoveTopicRecord (w: Writer, m: RemoveTopicRecord, _version: number, flexible: boolean): void {
  w.writeUuid(m.topicId)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** RemoveTopicRecord: valid versions 0-0, flexible 0+. */
export const RemoveTopicRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeRemoveTopicRecord (r: Reader, version: number): RemoveTopicRecord {
  return readRemoveTopicRecord(r, version, true)
}

export function sizeOfRemoveTopicRecord (m: RemoveTopicRecord, version: number): number {
  return sizeRemoveTopicRecord(m, version, true)
}

export function writeRemoveTopicRecord (w: Writer, m: RemoveTopicRecord, version: number): void {
  putRemoveTopicRecord(w, m, version, true)
}
