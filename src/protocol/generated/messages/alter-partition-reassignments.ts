// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: AlterPartitionReassignmentsRequest.json, AlterPartitionReassignmentsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface AlterPartitionReassignmentsRequestReassignablePartition {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** Replicas: versions 0+ */
  replicas: number[] | null
}

export interface AlterPartitionReassignmentsRequestReassignableTopic {
  /** Name: versions 0+ */
  name: string
  /** Partitions: versions 0+ */
  partitions: AlterPartitionReassignmentsRequestReassignablePartition[]
}

export interface AlterPartitionReassignmentsRequest {
  /** TimeoutMs: versions 0+ */
  timeoutMs: number
  /** Topics: versions 0+ */
  topics: AlterPartitionReassignmentsRequestReassignableTopic[]
}

export function defaultAlterPartitionReassignmentsRequestReassignablePartition (): AlterPartitionReassignmentsRequestReassignablePartition {
  return { partitionIndex: 0, replicas: null }
}

function readAlterPartitionReassignmentsRequestReassignablePartition (r: Reader, _version: number, flexible: boolean): AlterPartitionReassignmentsRequestReassignablePartition {
  const m: AlterPartitionReassignmentsRequestReassignablePartition = { partitionIndex: 0, replicas: null }
  m.partitionIndex = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) m.replicas = null
    else {
      const items: number[] = []
      for (let i = 0; i < n; i++) items.push(r.readInt32())
      m.replicas = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterPartitionReassignmentsRequestReassignablePartition (m: AlterPartitionReassignmentsRequestReassignablePartition, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  if (m.replicas === null) size += sizeOfArrayLength(-1, flexible)
  else {
    size += sizeOfArrayLength(m.replicas.length, flexible)
    size += m.replicas.length * 4
  }
  if (flexible) size += 1
  return size
}

function putAlterPartitionReassignmentsRequestReassignablePartition (w: Writer, m: AlterPartitionReassignmentsRequestReassignablePartition, _version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  if (m.replicas === null) {
    w.writeArrayLength(-1, flexible)
  } else {
    w.writeArrayLength(m.replicas.length, flexible)
    for (const item of m.replicas) { w.writeInt32(item) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAlterPartitionReassignmentsRequestReassignableTopic (): AlterPartitionReassignmentsRequestReassignableTopic {
  return { name: "", partitions: [] }
}

function readAlterPartitionReassignmentsRequestReassignableTopic (r: Reader, version: number, flexible: boolean): AlterPartitionReassignmentsRequestReassignableTopic {
  const m: AlterPartitionReassignmentsRequestReassignableTopic = { name: "", partitions: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: AlterPartitionReassignmentsRequestReassignablePartition[] = []
    for (let i = 0; i < n; i++) items.push(readAlterPartitionReassignmentsRequestReassignablePartition(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterPartitionReassignmentsRequestReassignableTopic (m: AlterPartitionReassignmentsRequestReassignableTopic, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeAlterPartitionReassignmentsRequestReassignablePartition(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAlterPartitionReassignmentsRequestReassignableTopic (w: Writer, m: AlterPartitionReassignmentsRequestReassignableTopic, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putAlterPartitionReassignmentsRequestReassignablePartition(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAlterPartitionReassignmentsRequest (): AlterPartitionReassignmentsRequest {
  return { timeoutMs: 60000, topics: [] }
}

function readAlterPartitionReassignmentsRequest (r: Reader, version: number, flexible: boolean): AlterPartitionReassignmentsRequest {
  const m: AlterPartitionReassignmentsRequest = { timeoutMs: 60000, topics: [] }
  m.timeoutMs = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: AlterPartitionReassignmentsRequestReassignableTopic[] = []
    for (let i = 0; i < n; i++) items.push(readAlterPartitionReassignmentsRequestReassignableTopic(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterPartitionReassignmentsRequest (m: AlterPartitionReassignmentsRequest, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeAlterPartitionReassignmentsRequestReassignableTopic(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAlterPartitionReassignmentsRequest (w: Writer, m: AlterPartitionReassignmentsRequest, version: number, flexible: boolean): void {
  w.writeInt32(m.timeoutMs)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putAlterPartitionReassignmentsRequestReassignableTopic(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** AlterPartitionReassignmentsRequest: valid versions 0-0, flexible 0+. */
export const AlterPartitionReassignmentsRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeAlterPartitionReassignmentsRequest (r: Reader, version: number): AlterPartitionReassignmentsRequest {
  return readAlterPartitionReassignmentsRequest(r, version, true)
}

export function sizeOfAlterPartitionReassignmentsRequest (m: AlterPartitionReassignmentsRequest, version: number): number {
  return sizeAlterPartitionReassignmentsRequest(m, version, true)
}

export function writeAlterPartitionReassignmentsRequest (w: Writer, m: AlterPartitionReassignmentsRequest, version: number): void {
  putAlterPartitionReassignmentsRequest(w, m, version, true)
}

export interface AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
}

export interface AlterPartitionReassignmentsResponseReassignableTopicResponse {
  /** Name: versions 0+ */
  name: string
  /** Partitions: versions 0+ */
  partitions: AlterPartitionReassignmentsResponseReassignablePartitionResponse[]
}

export interface AlterPartitionReassignmentsResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
  /** Responses: versions 0+ */
  responses: AlterPartitionReassignmentsResponseReassignableTopicResponse[]
}

export function defaultAlterPartitionReassignmentsResponseReassignablePartitionResponse (): AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  return { partitionIndex: 0, errorCode: 0, errorMessage: "" }
}

function readAlterPartitionReassignmentsResponseReassignablePartitionResponse (r: Reader, _version: number, flexible: boolean): AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  const m: AlterPartitionReassignmentsResponseReassignablePartitionResponse = { partitionIndex: 0, errorCode: 0, errorMessage: "" }
  m.partitionIndex = r.readInt32()
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterPartitionReassignmentsResponseReassignablePartitionResponse (m: AlterPartitionReassignmentsResponseReassignablePartitionResponse, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  if (flexible) size += 1
  return size
}

function putAlterPartitionReassignmentsResponseReassignablePartitionResponse (w: Writer, m: AlterPartitionReassignmentsResponseReassignablePartitionResponse, _version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAlterPartitionReassignmentsResponseReassignableTopicResponse (): AlterPartitionReassignmentsResponseReassignableTopicResponse {
  return { name: "", partitions: [] }
}

function readAlterPartitionReassignmentsResponseReassignableTopicResponse (r: Reader, version: number, flexible: boolean): AlterPartitionReassignmentsResponseReassignableTopicResponse {
  const m: AlterPartitionReassignmentsResponseReassignableTopicResponse = { name: "", partitions: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: AlterPartitionReassignmentsResponseReassignablePartitionResponse[] = []
    for (let i = 0; i < n; i++) items.push(readAlterPartitionReassignmentsResponseReassignablePartitionResponse(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterPartitionReassignmentsResponseReassignableTopicResponse (m: AlterPartitionReassignmentsResponseReassignableTopicResponse, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeAlterPartitionReassignmentsResponseReassignablePartitionResponse(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAlterPartitionReassignmentsResponseReassignableTopicResponse (w: Writer, m: AlterPartitionReassignmentsResponseReassignableTopicResponse, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putAlterPartitionReassignmentsResponseReassignablePartitionResponse(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAlterPartitionReassignmentsResponse (): AlterPartitionReassignmentsResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "", responses: [] }
}

function readAlterPartitionReassignmentsResponse (r: Reader, version: number, flexible: boolean): AlterPartitionReassignmentsResponse {
  const m: AlterPartitionReassignmentsResponse = { throttleTimeMs: 0, errorCode: 0, errorMessage: "", responses: [] }
  m.throttleTimeMs = r.readInt32()
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Responses is null but not nullable in this version')
    const items: AlterPartitionReassignmentsResponseReassignableTopicResponse[] = []
    for (let i = 0; i < n; i++) items.push(readAlterPartitionReassignmentsResponseReassignableTopicResponse(r, version, flexible))
    m.responses = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterPartitionReassignmentsResponse (m: AlterPartitionReassignmentsResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  {
    size += sizeOfArrayLength(m.responses.length, flexible)
    for (const item of m.responses) size += sizeAlterPartitionReassignmentsResponseReassignableTopicResponse(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAlterPartitionReassignmentsResponse (w: Writer, m: AlterPartitionReassignmentsResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  w.writeArrayLength(m.responses.length, flexible)
  for (const item of m.responses) { putAlterPartitionReassignmentsResponseReassignableTopicResponse(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** AlterPartitionReassignmentsResponse: valid versions 0-0, flexible 0+. */
export const AlterPartitionReassignmentsResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeAlterPartitionReassignmentsResponse (r: Reader, version: number): AlterPartitionReassignmentsResponse {
  return readAlterPartitionReassignmentsResponse(r, version, true)
}

export function sizeOfAlterPartitionReassignmentsResponse (m: AlterPartitionReassignmentsResponse, version: number): number {
  return sizeAlterPartitionReassignmentsResponse(m, version, true)
}

export function writeAlterPartitionReassignmentsResponse (w: Writer, m: AlterPartitionReassignmentsResponse, version: number): void {
  putAlterPartitionReassignmentsResponse(w, m, version, true)
}
