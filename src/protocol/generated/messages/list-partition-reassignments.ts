// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: ListPartitionReassignmentsRequest.json, ListPartitionReassignmentsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  /** Name: versions 0+ */
  name: string
  /** PartitionIndexes: versions 0+ */
  partitionIndexes: number[]
}

export interface ListPartitionReassignmentsRequest {
  /** TimeoutMs: versions 0+ */
  timeoutMs: number
  /** Topics: versions 0+ */
  topics: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] | null
}

export function defaultListPartitionReassignmentsRequestListPartitionReassignmentsTopics (): ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  return { name: "", partitionIndexes: [] }
}

function readListPartitionReassignmentsRequestListPartitionReassignmentsTopics (r: Reader, _version: number, flexible: boolean): ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  const m: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics = { name: "", partitionIndexes: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('PartitionIndexes is null but not nullable in this version')
    const items: number[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt32())
    m.partitionIndexes = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeListPartitionReassignmentsRequestListPartitionReassignmentsTopics (m: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitionIndexes.length, flexible)
    size += m.partitionIndexes.length * 4
  }
  if (flexible) size += 1
  return size
}

function putListPartitionReassignmentsRequestListPartitionReassignmentsTopics (w: Writer, m: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitionIndexes.length, flexible)
  for (const item of m.partitionIndexes) { w.writeInt32(item) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultListPartitionReassignmentsRequest (): ListPartitionReassignmentsRequest {
  return { timeoutMs: 60000, topics: null }
}

function readListPartitionReassignmentsRequest (r: Reader, version: number, flexible: boolean): ListPartitionReassignmentsRequest {
  const m: ListPartitionReassignmentsRequest = { timeoutMs: 60000, topics: null }
  m.timeoutMs = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) m.topics = null
    else {
      const items: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] = []
      for (let i = 0; i < n; i++) items.push(readListPartitionReassignmentsRequestListPartitionReassignmentsTopics(r, version, flexible))
      m.topics = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeListPartitionReassignmentsRequest (m: ListPartitionReassignmentsRequest, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  if (m.topics === null) size += sizeOfArrayLength(-1, flexible)
  else {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putListPartitionReassignmentsRequest (w: Writer, m: ListPartitionReassignmentsRequest, version: number, flexible: boolean): void {
  w.writeInt32(m.timeoutMs)
  if (m.topics === null) {
    w.writeArrayLength(-1, flexible)
  } else {
    w.writeArrayLength(m.topics.length, flexible)
    for (const item of m.topics) { putListPartitionReassignmentsRequestListPartitionReassignmentsTopics(w, item, version, flexible) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ListPartitionReassignmentsRequest: valid versions 0-0, flexible 0+. */
export const ListPartitionReassignmentsRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeListPartitionReassignmentsRequest (r: Reader, version: number): ListPartitionReassignmentsRequest {
  return readListPartitionReassignmentsRequest(r, version, true)
}

export function sizeOfListPartitionReassignmentsRequest (m: ListPartitionReassignmentsRequest, version: number): number {
  return sizeListPartitionReassignmentsRequest(m, version, true)
}

export function writeListPartitionReassignmentsRequest (w: Writer, m: ListPartitionReassignmentsRequest, version: number): void {
  putListPartitionReassignmentsRequest(w, m, version, true)
}

export interface ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** Replicas: versions 0+ */
  replicas: number[]
  /** AddingReplicas: versions 0+ */
  addingReplicas: number[]
  /** RemovingReplicas: versions 0+ */
  removingReplicas: number[]
}

export interface ListPartitionReassignmentsResponseOngoingTopicReassignment {
  /** Name: versions 0+ */
  name: string
  /** Partitions: versions 0+ */
  partitions: ListPartitionReassignmentsResponseOngoingPartitionReassignment[]
}

export interface ListPartitionReassignmentsResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
  /** Topics: versions 0+ */
  topics: ListPartitionReassignmentsResponseOngoingTopicReassignment[]
}

export function defaultListPartitionReassignmentsResponseOngoingPartitionReassignment (): ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  return { partitionIndex: 0, replicas: [], addingReplicas: [], removingReplicas: [] }
}

function readListPartitionReassignmentsResponseOngoingPartitionReassignment (r: Reader, _version: number, flexible: boolean): ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  const m: ListPartitionReassignmentsResponseOngoingPartitionReassignment = { partitionIndex: 0, replicas: [], addingReplicas: [], removingReplicas: [] }
  m.partitionIndex = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Replicas is null but not nullable in this version')
    const items: number[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt32())
    m.replicas = items
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('AddingReplicas is null but not nullable in this version')
    const items: number[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt32())
    m.addingReplicas = items
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('RemovingReplicas is null but not nullable in this version')
    const items: number[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt32())
    m.removingReplicas = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeListPartitionReassignmentsResponseOngoingPartitionReassignment (m: ListPartitionReassignmentsResponseOngoingPartitionReassignment, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  {
    size += sizeOfArrayLength(m.replicas.length, flexible)
    size += m.replicas.length * 4
  }
  {
    size += sizeOfArrayLength(m.addingReplicas.length, flexible)
    size += m.addingReplicas.length * 4
  }
  {
    size += sizeOfArrayLength(m.removingReplicas.length, flexible)
    size += m.removingReplicas.length * 4
  }
  if (flexible) size += 1
  return size
}

function putListPartitionReassignmentsResponseOngoingPartitionReassignment (w: Writer, m: ListPartitionReassignmentsResponseOngoingPartitionReassignment, _version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeArrayLength(m.replicas.length, flexible)
  for (const item of m.replicas) { w.writeInt32(item) }
  w.writeArrayLength(m.addingReplicas.length, flexible)
  for (const item of m.addingReplicas) { w.writeInt32(item) }
  w.writeArrayLength(m.removingReplicas.length, flexible)
  for (const item of m.removingReplicas) { w.writeInt32(item) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultListPartitionReassignmentsResponseOngoingTopicReassignment (): ListPartitionReassignmentsResponseOngoingTopicReassignment {
  return { name: "", partitions: [] }
}

function readListPartitionReassignmentsResponseOngoingTopicReassignment (r: Reader, version: number, flexible: boolean): ListPartitionReassignmentsResponseOngoingTopicReassignment {
  const m: ListPartitionReassignmentsResponseOngoingTopicReassignment = { name: "", partitions: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: ListPartitionReassignmentsResponseOngoingPartitionReassignment[] = []
    for (let i = 0; i < n; i++) items.push(readListPartitionReassignmentsResponseOngoingPartitionReassignment(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeListPartitionReassignmentsResponseOngoingTopicReassignment (m: ListPartitionReassignmentsResponseOngoingTopicReassignment, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeListPartitionReassignmentsResponseOngoingPartitionReassignment(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putListPartitionReassignmentsResponseOngoingTopicReassignment (w: Writer, m: ListPartitionReassignmentsResponseOngoingTopicReassignment, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putListPartitionReassignmentsResponseOngoingPartitionReassignment(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultListPartitionReassignmentsResponse (): ListPartitionReassignmentsResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "", topics: [] }
}

function readListPartitionReassignmentsResponse (r: Reader, version: number, flexible: boolean): ListPartitionReassignmentsResponse {
  const m: ListPartitionReassignmentsResponse = { throttleTimeMs: 0, errorCode: 0, errorMessage: "", topics: [] }
  m.throttleTimeMs = r.readInt32()
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: ListPartitionReassignmentsResponseOngoingTopicReassignment[] = []
    for (let i = 0; i < n; i++) items.push(readListPartitionReassignmentsResponseOngoingTopicReassignment(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeListPartitionReassignmentsResponse (m: ListPartitionReassignmentsResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeListPartitionReassignmentsResponseOngoingTopicReassignment(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putListPartitionReassignmentsResponse (w: Writer, m: ListPartitionReassignmentsResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putListPartitionReassignmentsResponseOngoingTopicReassignment(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ListPartitionReassignmentsResponse: valid versions 0-0, flexible 0+. */
export const ListPartitionReassignmentsResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeListPartitionReassignmentsResponse (r: Reader, version: number): ListPartitionReassignmentsResponse {
  return readListPartitionReassignmentsResponse(r, version, true)
}

export function sizeOfListPartitionReassignmentsResponse (m: ListPartitionReassignmentsResponse, version: number): number {
  return sizeListPartitionReassignmentsResponse(m, version, true)
}

export function writeListPartitionReassignmentsResponse (w: Writer, m: ListPartitionReassignmentsResponse, version: number): void {
  putListPartitionReassignmentsResponse(w, m, version, true)
}
