// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: DeleteTopicsRequest.json, DeleteTopicsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'
import { ZERO_UUID } from '../../primitives/uuid.ts'

export interface DeleteTopicsRequestDeleteTopicState {
  /** Name: versions 6+ */
  name: string | null
  /** TopicId: versions 6+ */
  topicId: string
}

export interface DeleteTopicsRequest {
  /** Topics: versions 6+ */
  topics: DeleteTopicsRequestDeleteTopicState[]
  /** TopicNames: versions 0-5 */
  topicNames: string[]
  /** TimeoutMs: versions 0+ */
  timeoutMs: number
}

export function defaultDeleteTopicsRequestDeleteTopicState (): DeleteTopicsRequestDeleteTopicState {
  return { name: null, topicId: ZERO_UUID }
}

function readDeleteTopicsRequestDeleteTopicState (r: Reader, version: number, flexible: boolean): DeleteTopicsRequestDeleteTopicState {
  const m: DeleteTopicsRequestDeleteTopicState = { name: null, topicId: ZERO_UUID }
  if (version >= 6) {
    m.name = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (version >= 6) {
    m.topicId = r.readUuid()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDeleteTopicsRequestDeleteTopicState (m: DeleteTopicsRequestDeleteTopicState, version: number, flexible: boolean): number {
  let size = 0
  if (!(version >= 6) && !(m.name === null)) throw new Error('DeleteTopicsRequestDeleteTopicState.name is not supported in version ' + version)
  if (version >= 6) {
    size += sizeOfNullableString(m.name, flexible)
  }
  if (!(version >= 6) && !(m.topicId === ZERO_UUID)) throw new Error('DeleteTopicsRequestDeleteTopicState.topicId is not supported in version ' + version)
  if (version >= 6) {
    size += 16
  }
  if (flexible) size += 1
  return size
}

function putDeleteTopicsRequestDeleteTopicState (w: Writer, m: DeleteTopicsRequestDeleteTopicState, version: number, flexible: boolean): void {
  if (version >= 6) {
    if (flexible) w.writeCompactNullableString(m.name); else w.writeNullableString(m.name)
  }
  if (version >= 6) {
    w.writeUuid(m.topicId)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDeleteTopicsRequest (): DeleteTopicsRequest {
  return { topics: [], topicNames: [], timeoutMs: 0 }
}

function readDeleteTopicsRequest (r: Reader, version: number, flexible: boolean): DeleteTopicsRequest {
  const m: DeleteTopicsRequest = { topics: [], topicNames: [], timeoutMs: 0 }
  if (version >= 6) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
      const items: DeleteTopicsRequestDeleteTopicState[] = []
      for (let i = 0; i < n; i++) items.push(readDeleteTopicsRequestDeleteTopicState(r, version, flexible))
      m.topics = items
    }
  }
  if (version <= 5) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('TopicNames is null but not nullable in this version')
      const items: string[] = []
      for (let i = 0; i < n; i++) items.push((flexible ? r.readCompactString() : r.readString()))
      m.topicNames = items
    }
  }
  m.timeoutMs = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDeleteTopicsRequest (m: DeleteTopicsRequest, version: number, flexible: boolean): number {
  let size = 0
  if (!(version >= 6) && !((m.topics !== null && m.topics.length === 0))) throw new Error('DeleteTopicsRequest.topics is not supported in version ' + version)
  if (version >= 6) {
    {
      size += sizeOfArrayLength(m.topics.length, flexible)
      for (const item of m.topics) size += sizeDeleteTopicsRequestDeleteTopicState(item, version, flexible)
    }
  }
  if (version <= 5) {
    {
      size += sizeOfArrayLength(m.topicNames.length, flexible)
      for (const item of m.topicNames) size += sizeOfString(item, flexible)
    }
  }
  size += 4
  if (flexible) size += 1
  return size
}

function putDeleteTopicsRequest (w: Writer, m: DeleteTopicsRequest, version: number, flexible: boolean): void {
  if (version >= 6) {
    w.writeArrayLength(m.topics.length, flexible)
    for (const item of m.topics) { putDeleteTopicsRequestDeleteTopicState(w, item, version, flexible) }
  }
  if (version <= 5) {
    w.writeArrayLength(m.topicNames.length, flexible)
    for (const item of m.topicNames) { if (flexible) w.writeCompactString(item); else w.writeString(item) }
  }
  w.writeInt32(m.timeoutMs)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DeleteTopicsRequest: valid versions 0-6, flexible 4+. */
export const DeleteTopicsRequestVersions = { min: 0, max: 6, flexibleMin: 4 } as const

export function decodeDeleteTopicsRequest (r: Reader, version: number): DeleteTopicsRequest {
  return readDeleteTopicsRequest(r, version, version >= 4)
}

export function sizeOfDeleteTopicsRequest (m: DeleteTopicsRequest, version: number): number {
  return sizeDeleteTopicsRequest(m, version, version >= 4)
}

export function writeDeleteTopicsRequest (w: Writer, m: DeleteTopicsRequest, version: number): void {
  putDeleteTopicsRequest(w, m, version, version >= 4)
}

export interface DeleteTopicsResponseDeletableTopicResult {
  /** Name: versions 0+ */
  name: string | null
  /** TopicId: versions 6+ */
  topicId: string
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 5+ */
  errorMessage: string | null
}

export interface DeleteTopicsResponse {
  /** ThrottleTimeMs: versions 1+ */
  throttleTimeMs: number
  /** Responses: versions 0+ */
  responses: DeleteTopicsResponseDeletableTopicResult[]
}

export function defaultDeleteTopicsResponseDeletableTopicResult (): DeleteTopicsResponseDeletableTopicResult {
  return { name: "", topicId: ZERO_UUID, errorCode: 0, errorMessage: null }
}

function readDeleteTopicsResponseDeletableTopicResult (r: Reader, version: number, flexible: boolean): DeleteTopicsResponseDeletableTopicResult {
  const m: DeleteTopicsResponseDeletableTopicResult = { name: "", topicId: ZERO_UUID, errorCode: 0, errorMessage: null }
  m.name = (version >= 6 ? (flexible ? r.readCompactNullableString() : r.readNullableString()) : (flexible ? r.readCompactString() : r.readString()))
  if (version >= 6) {
    m.topicId = r.readUuid()
  }
  m.errorCode = r.readInt16()
  if (version >= 5) {
    m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDeleteTopicsResponseDeletableTopicResult (m: DeleteTopicsResponseDeletableTopicResult, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfNullableString(m.name, flexible)
  if (version >= 6) {
    size += 16
  }
  size += 2
  if (version >= 5) {
    size += sizeOfNullableString(m.errorMessage, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDeleteTopicsResponseDeletableTopicResult (w: Writer, m: DeleteTopicsResponseDeletableTopicResult, version: number, flexible: boolean): void {
  if (m.name === null && !(version >= 6)) throw new Error('name is not nullable in version ' + version)
  if (flexible) w.writeCompactNullableString(m.name); else w.writeNullableString(m.name)
  if (version >= 6) {
    w.writeUuid(m.topicId)
  }
  w.writeInt16(m.errorCode)
  if (version >= 5) {
    if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDeleteTopicsResponse (): DeleteTopicsResponse {
  return { throttleTimeMs: 0, responses: [] }
}

function readDeleteTopicsResponse (r: Reader, version: number, flexible: boolean): DeleteTopicsResponse {
  const m: DeleteTopicsResponse = { throttleTimeMs: 0, responses: [] }
  if (version >= 1) {
    m.throttleTimeMs = r.readInt32()
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Responses is null but not nullable in this version')
    const items: DeleteTopicsResponseDeletableTopicResult[] = []
    for (let i = 0; i < n; i++) items.push(readDeleteTopicsResponseDeletableTopicResult(r, version, flexible))
    m.responses = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDeleteTopicsResponse (m: DeleteTopicsResponse, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 1) {
    size += 4
  }
  {
    size += sizeOfArrayLength(m.responses.length, flexible)
    for (const item of m.responses) size += sizeDeleteTopicsResponseDeletableTopicResult(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDeleteTopicsResponse (w: Writer, m: DeleteTopicsResponse, version: number, flexible: boolean): void {
  if (version >= 1) {
    w.writeInt32(m.throttleTimeMs)
  }
  w.writeArrayLength(m.responses.length, flexible)
  for (const item of m.responses) { putDeleteTopicsResponseDeletableTopicResult(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DeleteTopicsResponse: valid versions 0-6, flexible 4+. */
export const DeleteTopicsResponseVersions = { min: 0, max: 6, flexibleMin: 4 } as const

export function decodeDeleteTopicsResponse (r: Reader, version: number): DeleteTopicsResponse {
  return readDeleteTopicsResponse(r, version, version >= 4)
}

export function sizeOfDeleteTopicsResponse (m: DeleteTopicsResponse, version: number): number {
  return sizeDeleteTopicsResponse(m, version, version >= 4)
}

export function writeDeleteTopicsResponse (w: Writer, m: DeleteTopicsResponse, version: number): void {
  putDeleteTopicsResponse(w, m, version, version >= 4)
}
