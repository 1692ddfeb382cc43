// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: TopicRecord.json
import type { Reader } from '../../primitives/reader.ts'
import { type Writer, sizeOfString } from '../../primitives/writer.ts'
import { ZERO_UUID } from '../../primitives/uuid.ts'

export interface TopicRecord {
  /** Name: versions 0+ */
  name: string
  /** TopicId: versions 0+ */
  topicId: string
}

export function defaultTopicRecord (): TopicRecord {
  return { name: "", topicId: ZERO_UUID }
}

function readTopicRecord (r: Reader, _version: number, flexible: boolean): TopicRecord {
  const m: TopicRecord = { name: "", topicId: ZERO_UUID }
  m.name = (flexible ? r.readCompactString() : r.readString())
  m.topicId = r.readUuid()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeTopicRecord (m: TopicRecord, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  size += 16
  if (flexible) size += 1
  return size
}

function putTopicRecord (w: Writer, m: TopicRecord, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeUuid(m.topicId)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** TopicRecord: valid versions 0-0, flexible 0+. */
export const TopicRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeTopicRecord (r: Reader, version: number): TopicRecord {
  return readTopicRecord(r, version, true)
}

export function sizeOfTopicRecord (m: TopicRecord, version: number): number {
  return sizeTopicRecord(m, version, true)
}

export function writeTopicRecord (w: Writer, m: TopicRecord, version: number): void {
  putTopicRecord(w, m, version, true)
}
