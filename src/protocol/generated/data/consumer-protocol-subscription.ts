// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: ConsumerProtocolSubscription.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfNullableBytes, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface ConsumerProtocolSubscriptionTopicPartition {
  /** Topic: versions 1+ */
  topic: string
  /** Partitions: versions 1+ */
  partitions: number[]
}

export interface ConsumerProtocolSubscription {
  /** Topics: versions 0+ */
  topics: string[]
  /** UserData: versions 0+ */
  userData: Buffer | null
  /** OwnedPartitions: versions 1+ */
  ownedPartitions: ConsumerProtocolSubscriptionTopicPartition[]
  /** GenerationId: versions 2+ */
  generationId: number
  /** RackId: versions 3+ */
  rackId: string | null
}

export function defaultConsumerProtocolSubscriptionTopicPartition (): ConsumerProtocolSubscriptionTopicPartition {
  return { topic: "", partitions: [] }
}

function readConsumerProtocolSubscriptionTopicPartition (r: Reader, version: number, flexible: boolean): ConsumerProtocolSubscriptionTopicPartition {
  const m: ConsumerProtocolSubscriptionTopicPartition = { topic: "", partitions: [] }
  if (version >= 1) {
    m.topic = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 1) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
      const items: number[] = []
      for (let i = 0; i < n; i++) items.push(r.readInt32())
      m.partitions = items
    }
  }
  return m
}

function sizeConsumerProtocolSubscriptionTopicPartition (m: ConsumerProtocolSubscriptionTopicPartition, version: number, flexible: boolean): number {
  let size = 0
  if (!(version >= 1) && !(m.topic === "")) throw new Error('ConsumerProtocolSubscriptionTopicPartition.topic is not supported in version ' + version)
  if (version >= 1) {
    size += sizeOfString(m.topic, flexible)
  }
  if (!(version >= 1) && !((m.partitions !== null && m.partitions.length === 0))) throw new Error('ConsumerProtocolSubscriptionTopicPartition.partitions is not supported in version ' + version)
  if (version >= 1) {
    {
      size += sizeOfArrayLength(m.partitions.length, flexible)
      size += m.partitions.length * 4
    }
  }
  return size
}

function putConsumerProtocolSubscriptionTopicPartition (w: Writer, m: ConsumerProtocolSubscriptionTopicPartition, version: number, flexible: boolean): void {
  if (version >= 1) {
    if (flexible) w.writeCompactString(m.topic); else w.writeString(m.topic)
  }
  if (version >= 1) {
    w.writeArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) { w.writeInt32(item) }
  }
}

export function defaultConsumerProtocolSubscription (): ConsumerProtocolSubscription {
  return { topics: [], userData: null, ownedPartitions: [], generationId: -1, rackId: null }
}

function readConsumerProtocolSubscription (r: Reader, version: number, flexible: boolean): ConsumerProtocolSubscription {
  const m: ConsumerProtocolSubscription = { topics: [], userData: null, ownedPartitions: [], generationId: -1, rackId: null }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: string[] = []
    for (let i = 0; i < n; i++) items.push((flexible ? r.readCompactString() : r.readString()))
    m.topics = items
  }
  m.userData = (flexible ? r.readCompactNullableBytes() : r.readNullableBytes())
  if (version >= 1) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('OwnedPartitions is null but not nullable in this version')
      const items: ConsumerProtocolSubscriptionTopicPartition[] = []
      for (let i = 0; i < n; i++) items.push(readConsumerProtocolSubscriptionTopicPartition(r, version, flexible))
      m.ownedPartitions = items
    }
  }
  if (version >= 2) {
    m.generationId = r.readInt32()
  }
  if (version >= 3) {
    m.rackId = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  return m
}

function sizeConsumerProtocolSubscription (m: ConsumerProtocolSubscription, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeOfString(item, flexible)
  }
  size += sizeOfNullableBytes(m.userData, flexible)
  if (version >= 1) {
    {
      size += sizeOfArrayLength(m.ownedPartitions.length, flexible)
      for (const item of m.ownedPartitions) size += sizeConsumerProtocolSubscriptionTopicPartition(item, version, flexible)
    }
  }
  if (version >= 2) {
    size += 4
  }
  if (version >= 3) {
    size += sizeOfNullableString(m.rackId, flexible)
  }
  return size
}

function putConsumerProtocolSubscription (w: Writer, m: ConsumerProtocolSubscription, version: number, flexible: boolean): void {
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { if (flexible) w.writeCompactString(item); else w.writeString(item) }
  if (flexible) w.writeCompactNullableBytes(m.userData); else w.writeNullableBytes(m.userData)
  if (version >= 1) {
    w.writeArrayLength(m.ownedPartitions.length, flexible)
    for (const item of m.ownedPartitions) { putConsumerProtocolSubscriptionTopicPartition(w, item, version, flexible) }
  }
  if (version >= 2) {
    w.writeInt32(m.generationId)
  }
  if (version >= 3) {
    if (flexible) w.writeCompactNullableString(m.rackId); else w.writeNullableString(m.rackId)
  }
}

/** ConsumerProtocolSubscription: valid versions 0-3, never flexible. */
export const ConsumerProtocolSubscriptionVersions = { min: 0, max: 3, flexibleMin: -1 } as const

export function decodeConsumerProtocolSubscription (r: Reader, version: number): ConsumerProtocolSubscription {
  return readConsumerProtocolSubscription(r, version, false)
}

export function sizeOfConsumerProtocolSubscription (m: ConsumerProtocolSubscription, version: number): number {
  return sizeConsumerProtocolSubscription(m, version, false)
}

export function writeConsumerProtocolSubscription (w: Writer, m: ConsumerProtocolSubscription, version: number): void {
  putConsumerProtocolSubscription(w, m, version, false)
}
