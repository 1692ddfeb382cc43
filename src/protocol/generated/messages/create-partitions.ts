// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: CreatePartitionsRequest.json, CreatePartitionsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface CreatePartitionsRequestCreatePartitionsAssignment {
  /** BrokerIds: versions 0+ */
  brokerIds: number[]
}

export interface CreatePartitionsRequestCreatePartitionsTopic {
  /** Name: versions 0+ */
  name: string
  /** Count: versions 0+ */
  count: number
  /** Assignments: versions 0+ */
  assignments: CreatePartitionsRequestCreatePartitionsAssignment[] | null
}

export interface CreatePartitionsRequest {
  /** Topics: versions 0+ */
  topics: CreatePartitionsRequestCreatePartitionsTopic[]
  /** TimeoutMs: versions 0+ */
  timeoutMs: number
  /** ValidateOnly: versions 0+ */
  validateOnly: boolean
}

export function defaultCreatePartitionsRequestCreatePartitionsAssignment (): CreatePartitionsRequestCreatePartitionsAssignment {
  return { brokerIds: [] }
}

function readCreatePartitionsRequestCreatePartitionsAssignment (r: Reader, _version: number, flexible: boolean): CreatePartitionsRequestCreatePartitionsAssignment {
  const m: CreatePartitionsRequestCreatePartitionsAssignment = { brokerIds: [] }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('BrokerIds is null but not nullable in this version')
    const items: number[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt32())
    m.brokerIds = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeCreatePartitionsRequestCreatePartitionsAssignment (m: CreatePartitionsRequestCreatePartitionsAssignment, _version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.brokerIds.length, flexible)
    size += m.brokerIds.length * 4
  }
  if (flexible) size += 1
  return size
}

function putCreatePartitionsRequestCreatePartitionsAssignment (w: Writer, m: CreatePartitionsRequestCreatePartitionsAssignment, _version: number, flexible: boolean): void {
  w.writeArrayLength(m.brokerIds.length, flexible)
  for (const item of m.brokerIds) { w.writeInt32(item) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultCreatePartitionsRequestCreatePartitionsTopic (): CreatePartitionsRequestCreatePartitionsTopic {
  return { name: "", count: 0, assignments: [] }
}

function readCreatePartitionsRequestCreatePartitionsTopic (r: Reader, version: number, flexible: boolean): CreatePartitionsRequestCreatePartitionsTopic {
  const m: CreatePartitionsRequestCreatePartitionsTopic = { name: "", count: 0, assignments: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  m.count = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) m.assignments = null
    else {
      const items: CreatePartitionsRequestCreatePartitionsAssignment[] = []
      for (let i = 0; i < n; i++) items.push(readCreatePartitionsRequestCreatePartitionsAssignment(r, version, flexible))
      m.assignments = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeCreatePartitionsRequestCreatePartitionsTopic (m: CreatePartitionsRequestCreatePartitionsTopic, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  size += 4
  if (m.assignments === null) size += sizeOfArrayLength(-1, flexible)
  else {
    size += sizeOfArrayLength(m.assignments.length, flexible)
    for (const item of m.assignments) size += sizeCreatePartitionsRequestCreatePartitionsAssignment(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putCreatePartitionsRequestCreatePartitionsTopic (w: Writer, m: CreatePartitionsRequestCreatePartitionsTopic, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeInt32(m.count)
  if (m.assignments === null) {
    w.writeArrayLength(-1, flexible)
  } else {
    w.writeArrayLength(m.assignments.length, flexible)
    for (const item of m.assignments) { putCreatePartitionsRequestCreatePartitionsAssignment(w, item, version, flexible) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultCreatePartitionsRequest (): CreatePartitionsRequest {
  return { topics: [], timeoutMs: 0, validateOnly: false }
}

function readCreatePartitionsRequest (r: Reader, version: number, flexible: boolean): CreatePartitionsRequest {
  const m: CreatePartitionsRequest = { topics: [], timeoutMs: 0, validateOnly: false }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: CreatePartitionsRequestCreatePartitionsTopic[] = []
    for (let i = 0; i < n; i++) items.push(readCreatePartitionsRequestCreatePartitionsTopic(r, version, flexible))
    m.topics = items
  }
  m.timeoutMs = r.readInt32()
  m.validateOnly = r.readBoolean()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeCreatePartitionsRequest (m: CreatePartitionsRequest, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeCreatePartitionsRequestCreatePartitionsTopic(item, version, flexible)
  }
  size += 4
  size += 1
  if (flexible) size += 1
  return size
}

function putCreatePartitionsRequest (w: Writer, m: CreatePartitionsRequest, version: number, flexible: boolean): void {
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putCreatePartitionsRequestCreatePartitionsTopic(w, item, version, flexible) }
  w.writeInt32(m.timeoutMs)
  w.writeBoolean(m.validateOnly)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** CreatePartitionsRequest: valid versions 0-3, flexible 2+. */
export const CreatePartitionsRequestVersions = { min: 0, max: 3, flexibleMin: 2 } as const

export function decodeCreatePartitionsRequest (r: Reader, version: number): CreatePartitionsRequest {
  return readCreatePartitionsRequest(r, version, version >= 2)
}

export function sizeOfCreatePartitionsRequest (m: CreatePartitionsRequest, version: number): number {
  return sizeCreatePartitionsRequest(m, version, version >= 2)
}

export function writeCreatePartitionsRequest (w: Writer, m: CreatePartitionsRequest, version: number): void {
  putCreatePartitionsRequest(w, m, version, version >= 2)
}

export interface CreatePartitionsResponseCreatePartitionsTopicResult {
  /** Name: versions 0+ */
  name: string
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
}

export interface CreatePartitionsResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** Results: versions 0+ */
  results: CreatePartitionsResponseCreatePartitionsTopicResult[]
}

export function defaultCreatePartitionsResponseCreatePartitionsTopicResult (): CreatePartitionsResponseCreatePartitionsTopicResult {
  return { name: "", errorCode: 0, errorMessage: null }
}

function readCreatePartitionsResponseCreatePartitionsTopicResult (r: Reader, _version: number, flexible: boolean): CreatePartitionsResponseCreatePartitionsTopicResult {
  const m: CreatePartitionsResponseCreatePartitionsTopicResult = { name: "", errorCode: 0, errorMessage: null }
  m.name = (flexible ? r.readCompactString() : r.readString())
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeCreatePartitionsResponseCreatePartitionsTopicResult (m: CreatePartitionsResponseCreatePartitionsTopicResult, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  if (flexible) size += 1
  return size
}

function putCreatePartitionsResponseCreatePartitionsTopicResult (w: Writer, m: CreatePartitionsResponseCreatePartitionsTopicResult, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultCreatePartitionsResponse (): CreatePartitionsResponse {
  return { throttleTimeMs: 0, results: [] }
}

function readCreatePartitionsResponse (r: Reader, version: number, flexible: boolean): CreatePartitionsResponse {
  const m: CreatePartitionsResponse = { throttleTimeMs: 0, results: [] }
  m.throttleTimeMs = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Results is null but not nullable in this version')
    const items: CreatePartitionsResponseCreatePartitionsTopicResult[] = []
    for (let i = 0; i < n; i++) items.push(readCreatePartitionsResponseCreatePartitionsTopicResult(r, version, flexible))
    m.results = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeCreatePartitionsResponse (m: CreatePartitionsResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  {
    size += sizeOfArrayLength(m.results.length, flexible)
    for (const item of m.results) size += sizeCreatePartitionsResponseCreatePartitionsTopicResult(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putCreatePartitionsResponse (w: Writer, m: CreatePartitionsResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeArrayLength(m.results.length, flexible)
  for (const item of m.results) { putCreatePartitionsResponseCreatePartitionsTopicResult(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** CreatePartitionsResponse: valid versions 0-3, flexible 2+. */
export const CreatePartitionsResponseVersions = { min: 0, max: 3, flexibleMin: 2 } as const

export function decodeCreatePartitionsResponse (r: Reader, version: number): CreatePartitionsResponse {
  return readCreatePartitionsResponse(r, version, version >= 2)
}

export function sizeOfCreatePartitionsResponse (m: CreatePartitionsResponse, version: number): number {
  return sizeCreatePartitionsResponse(m, version, version >= 2)
}

export function writeCreatePartitionsResponse (w: Writer, m: CreatePartitionsResponse, version: number): void {
  putCreatePartitionsResponse(w, m, version, version >= 2)
}
