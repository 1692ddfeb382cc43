// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: ConsumerProtocolAssignment.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableBytes, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface ConsumerProtocolAssignmentTopicPartition {
  /** Topic: versions 0+ */
  topic: string
  /** Partitions: versions 0+ */
  partitions: number[]
}

export interface ConsumerProtocolAssignment {
  /** AssignedPartitions: versions 0+ */
  assignedPartitions: ConsumerProtocolAssignmentTopicPartition[]
  /** UserData: versions 0+ */
  userData: Buffer | null
}

export function defaultConsumerProtocolAssignmentTopicPartition (): ConsumerProtocolAssignmentTopicPartition {
  return { topic: "", partitions: [] }
}

function readConsumerProtocolAssignmentTopicPartition (r: Reader, _version: number, flexible: boolean): ConsumerProtocolAssignmentTopicPartition {
  const m: ConsumerProtocolAssignmentTopicPartition = { topic: "", partitions: [] }
  m.topic = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: number[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt32())
    m.partitions = items
  }
  return m
}

function sizeConsumerProtocolAssignmentTopicPartition (m: ConsumerProtocolAssignmentTopicPartition, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.topic, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    size += m.partitions.length * 4
  }
  return size
}

function putConsumerProtocolAssignmentTopicPartition (w: Writer, m: ConsumerProtocolAssignmentTopicPartition, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.topic); else w.writeString(m.topic)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { w.writeInt32(item) }
}

export function defaultConsumerProtocolAssignment (): ConsumerProtocolAssignment {
  return { assignedPartitions: [], userData: null }
}

function readConsumerProtocolAssignment (r: Reader, version: number, flexible: boolean): ConsumerProtocolAssignment {
  const m: ConsumerProtocolAssignment = { assignedPartitions: [], userData: null }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('AssignedPartitions is null but not nullable in this version')
    const items: ConsumerProtocolAssignmentTopicPartition[] = []
    for (let i = 0; i < n; i++) items.push(readConsumerProtocolAssignmentTopicPartition(r, version, flexible))
    m.assignedPartitions = items
  }
  m.userData = (flexible ? r.readCompactNullableBytes() : r.readNullableBytes())
  return m
}

function sizeConsumerProtocolAssignment (m: ConsumerProtocolAssignment, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.assignedPartitions.length, flexible)
    for (const item of m.assignedPartitions) size += sizeConsumerProtocolAssignmentTopicPartition(item, version, flexible)
  }
  size += sizeOfNullableBytes(m.userData, flexible)
  return size
}

function putConsumerProtocolAssignment (w: Writer, m: ConsumerProtocolAssignment, version: number, flexible: boolean): void {
  w.writeArrayLength(m.assignedPartitions.length, flexible)
  for (const item of m.assignedPartitions) { putConsumerProtocolAssignmentTopicPartition(w, item, version, flexible) }
  if (flexible) w.writeCompactNullableBytes(m.userData); else w.writeNullableBytes(m.userData)
}

/** ConsumerProtocolAssignment: valid versions 0-3, never flexible. */
export const ConsumerProtocolAssignmentVersions = { min: 0, max: 3, flexibleMin: -1 } as const

export function decodeConsumerProtocolAssignment (r: Reader, version: number): ConsumerProtocolAssignment {
  return readConsumerProtocolAssignment(r, version, false)
}

export function sizeOfConsumerProtocolAssignment (m: ConsumerProtocolAssignment, version: number): number {
  return sizeConsumerProtocolAssignment(m, version, false)
}

export function writeConsumerProtocolAssignment (w: Writer, m: ConsumerProtocolAssignment, version: number): void {
  putConsumerProtocolAssignment(w, m, version, false)
}
