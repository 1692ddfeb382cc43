// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: CreateTopicsRequest.json, CreateTopicsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfUnsignedVarInt, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'
import { ZERO_UUID } from '../../primitives/uuid.ts'

export interface CreateTopicsRequestCreatableReplicaAssignment {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** BrokerIds: versions 0+ */
  brokerIds: number[]
}

export interface CreateTopicsRequestCreateableTopicConfig {
  /** Name: versions 0+ */
  name: string
  /** Value: versions 0+ */
  value: string | null
}

export interface CreateTopicsRequestCreatableTopic {
  /** Name: versions 0+ */
  name: string
  /** NumPartitions: versions 0+ */
  numPartitions: number
  /** ReplicationFactor: versions 0+ */
  replicationFactor: number
  /** Assignments: versions 0+ */
  assignments: CreateTopicsRequestCreatableReplicaAssignment[]
  /** Configs: versions 0+ */
  configs: CreateTopicsRequestCreateableTopicConfig[]
}

export interface CreateTopicsRequest {
  /** Topics: versions 0+ */
  topics: CreateTopicsRequestCreatableTopic[]
  /** timeoutMs: versions 0+ */
  timeoutMs: number
  /** validateOnly: versions 1+ */
  validateOnly: boolean
}

export function defaultCreateTopicsRequestCreatableReplicaAssignment (): CreateTopicsRequestCreatableReplicaAssignment {
  return { partitionIndex: 0, brokerIds: [] }
}

function readCreateTopicsRequestCreatableReplicaAssignment (r: Reader, _version: number, flexible: boolean): CreateTopicsRequestCreatableReplicaAssignment {
  const m: CreateTopicsRequestCreatableReplicaAssignment = { partitionIndex: 0, brokerIds: [] }
  m.partitionIndex = r.readInt32()
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

function sizeCreateTopicsRequestCreatableReplicaAssignment (m: CreateTopicsRequestCreatableReplicaAssignment, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  {
    size += sizeOfArrayLength(m.brokerIds.length, flexible)
    size += m.brokerIds.length * 4
  }
  if (flexible) size += 1
  return size
}

function putCreateTopicsRequestCreatableReplicaAssignment (w: Writer, m: CreateTopicsRequestCreatableReplicaAssignment, _version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeArrayLength(m.brokerIds.length, flexible)
  for (const item of m.brokerIds) { w.writeInt32(item) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultCreateTopicsRequestCreateableTopicConfig (): CreateTopicsRequestCreateableTopicConfig {
  return { name: "", value: "" }
}

function readCreateTopicsRequestCreateableTopicConfig (r: Reader, _version: number, flexible: boolean): CreateTopicsRequestCreateableTopicConfig {
  const m: CreateTopicsRequestCreateableTopicConfig = { name: "", value: "" }
  m.name = (flexible ? r.readCompactString() : r.readString())
  m.value = (flexible ? r.readCompactNullableString() : r.readNullableString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeCreateTopicsRequestCreateableTopicConfig (m: CreateTopicsRequestCreateableTopicConfig, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  size += sizeOfNullableString(m.value, flexible)
  if (flexible) size += 1
  return size
}

function putCreateTopicsRequestCreateableTopicConfig (w: Writer, m: CreateTopicsRequestCreateableTopicConfig, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  if (flexible) w.writeCompactNullableString(m.value); else w.writeNullableString(m.value)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultCreateTopicsRequestCreatableTopic (): CreateTopicsRequestCreatableTopic {
  return { name: "", numPartitions: 0, replicationFactor: 0, assignments: [], configs: [] }
}

function readCreateTopicsRequestCreatableTopic (r: Reader, version: number, flexible: boolean): CreateTopicsRequestCreatableTopic {
  const m: CreateTopicsRequestCreatableTopic = { name: "", numPartitions: 0, replicationFactor: 0, assignments: [], configs: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  m.numPartitions = r.readInt32()
  m.replicationFactor = r.readInt16()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Assignments is null but not nullable in this version')
    const items: CreateTopicsRequestCreatableReplicaAssignment[] = []
    for (let i = 0; i < n; i++) items.push(readCreateTopicsRequestCreatableReplicaAssignment(r, version, flexible))
    m.assignments = items
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Configs is null but not nullable in this version')
    const items: CreateTopicsRequestCreateableTopicConfig[] = []
    for (let i = 0; i < n; i++) items.push(readCreateTopicsRequestCreateableTopicConfig(r, version, flexible))
    m.configs = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeCreateTopicsRequestCreatableTopic (m: CreateTopicsRequestCreatableTopic, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  size += 4
  size += 2
  {
    size += sizeOfArrayLength(m.assignments.length, flexible)
    for (const item of m.assignments) size += sizeCreateTopicsRequestCreatableReplicaAssignment(item, version, flexible)
  }
  {
    size += sizeOfArrayLength(m.configs.length, flexible)
    for (const item of m.configs) size += sizeCreateTopicsRequestCreateableTopicConfig(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putCreateTopicsRequestCreatableTopic (w: Writer, m: CreateTopicsRequestCreatableTopic, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeInt32(m.numPartitions)
  w.writeInt16(m.replicationFactor)
  w.writeArrayLength(m.assignments.length, flexible)
  for (const item of m.assignments) { putCreateTopicsRequestCreatableReplicaAssignment(w, item, version, flexible) }
  w.writeArrayLength(m.configs.length, flexible)
  for (const item of m.configs) { putCreateTopicsRequestCreateableTopicConfig(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultCreateTopicsRequest (): CreateTopicsRequest {
  return { topics: [], timeoutMs: 60000, validateOnly: false }
}

function readCreateTopicsRequest (r: Reader, version: number, flexible: boolean): CreateTopicsRequest {
  const m: CreateTopicsRequest = { topics: [], timeoutMs: 60000, validateOnly: false }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: CreateTopicsRequestCreatableTopic[] = []
    for (let i = 0; i < n; i++) items.push(readCreateTopicsRequestCreatableTopic(r, version, flexible))
    m.topics = items
  }
  m.timeoutMs = r.readInt32()
  if (version >= 1) {
    m.validateOnly = r.readBoolean()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeCreateTopicsRequest (m: CreateTopicsRequest, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeCreateTopicsRequestCreatableTopic(item, version, flexible)
  }
  size += 4
  if (!(version >= 1) && !(m.validateOnly === false)) throw new Error('CreateTopicsRequest.validateOnly is not supported in version ' + version)
  if (version >= 1) {
    size += 1
  }
  if (flexible) size += 1
  return size
}

function putCreateTopicsRequest (w: Writer, m: CreateTopicsRequest, version: number, flexible: boolean): void {
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putCreateTopicsRequestCreatableTopic(w, item, version, flexible) }
  w.writeInt32(m.timeoutMs)
  if (version >= 1) {
    w.writeBoolean(m.validateOnly)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** CreateTopicsRequest: valid versions 0-7, flexible 5+. */
export const CreateTopicsRequestVersions = { min: 0, max: 7, flexibleMin: 5 } as const

export function decodeCreateTopicsRequest (r: Reader, version: number): CreateTopicsRequest {
  return readCreateTopicsRequest(r, version, version >= 5)
}

export function sizeOfCreateTopicsRequest (m: CreateTopicsRequest, version: number): number {
  return sizeCreateTopicsRequest(m, version, version >= 5)
}

export function writeCreateTopicsRequest (w: Writer, m: CreateTopicsRequest, version: number): void {
  putCreateTopicsRequest(w, m, version, version >= 5)
}

export interface CreateTopicsResponseCreatableTopicConfigs {
  /** Name: versions 5+ */
  name: string
  /** Value: versions 5+ */
  value: string | null
  /** ReadOnly: versions 5+ */
  readOnly: boolean
  /** ConfigSource: versions 5+ */
  configSource: number
  /** IsSensitive: versions 5+ */
  isSensitive: boolean
}

export interface CreateTopicsResponseCreatableTopicResult {
  /** Name: versions 0+ */
  name: string
  /** TopicId: versions 7+ */
  topicId: string
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 1+ */
  errorMessage: string | null
  /** TopicConfigErrorCode: versions 5+, tag 0 */
  topicConfigErrorCode: number
  /** NumPartitions: versions 5+ */
  numPartitions: number
  /** ReplicationFactor: versions 5+ */
  replicationFactor: number
  /** Configs: versions 5+ */
  configs: CreateTopicsResponseCreatableTopicConfigs[] | null
}

export interface CreateTopicsResponse {
  /** ThrottleTimeMs: versions 2+ */
  throttleTimeMs: number
  /** Topics: versions 0+ */
  topics: CreateTopicsResponseCreatableTopicResult[]
}

export function defaultCreateTopicsResponseCreatableTopicConfigs (): CreateTopicsResponseCreatableTopicConfigs {
  return { name: "", value: "", readOnly: false, configSource: -1, isSensitive: false }
}

function readCreateTopicsResponseCreatableTopicConfigs (r: Reader, version: number, flexible: boolean): CreateTopicsResponseCreatableTopicConfigs {
  const m: CreateTopicsResponseCreatableTopicConfigs = { name: "", value: "", readOnly: false, configSource: -1, isSensitive: false }
  if (version >= 5) {
    m.name = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 5) {
    m.value = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (version >= 5) {
    m.readOnly = r.readBoolean()
  }
  if (version >= 5) {
    m.configSource = r.readInt8()
  }
  if (version >= 5) {
    m.isSensitive = r.readBoolean()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeCreateTopicsResponseCreatableTopicConfigs (m: CreateTopicsResponseCreatableTopicConfigs, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 5) {
    size += sizeOfString(m.name, flexible)
  }
  if (version >= 5) {
    size += sizeOfNullableString(m.value, flexible)
  }
  if (version >= 5) {
    size += 1
  }
  if (version >= 5) {
    size += 1
  }
  if (version >= 5) {
    size += 1
  }
  if (flexible) size += 1
  return size
}

function putCreateTopicsResponseCreatableTopicConfigs (w: Writer, m: CreateTopicsResponseCreatableTopicConfigs, version: number, flexible: boolean): void {
  if (version >= 5) {
    if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  }
  if (version >= 5) {
    if (flexible) w.writeCompactNullableString(m.value); else w.writeNullableString(m.value)
  }
  if (version >= 5) {
    w.writeBoolean(m.readOnly)
  }
  if (version >= 5) {
    w.writeInt8(m.configSource)
  }
  if (version >= 5) {
    w.writeBoolean(m.isSensitive)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultCreateTopicsResponseCreatableTopicResult (): CreateTopicsResponseCreatableTopicResult {
  return { name: "", topicId: ZERO_UUID, errorCode: 0, errorMessage: "", topicConfigErrorCode: 0, numPartitions: -1, replicationFactor: -1, configs: [] }
}

function readCreateTopicsResponseCreatableTopicResult (r: Reader, version: number, flexible: boolean): CreateTopicsResponseCreatableTopicResult {
  const m: CreateTopicsResponseCreatableTopicResult = { name: "", topicId: ZERO_UUID, errorCode: 0, errorMessage: "", topicConfigErrorCode: 0, numPartitions: -1, replicationFactor: -1, configs: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  if (version >= 7) {
    m.topicId = r.readUuid()
  }
  m.errorCode = r.readInt16()
  if (version >= 1) {
    m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (version >= 5) {
    m.numPartitions = r.readInt32()
  }
  if (version >= 5) {
    m.replicationFactor = r.readInt16()
  }
  if (version >= 5) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) m.configs = null
      else {
        const items: CreateTopicsResponseCreatableTopicConfigs[] = []
        for (let i = 0; i < n; i++) items.push(readCreateTopicsResponseCreatableTopicConfigs(r, version, flexible))
        m.configs = items
      }
    }
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
          if (version >= 5) {
            m.topicConfigErrorCode = r.readInt16()
          } else r.skip(size)
          break
        default:
          r.skip(size)
      }
      if (r.offset !== end) throw new DecodeError(`tagged field ${tag} is ${r.offset - end + size} bytes, not ${size}`)
    }
  }
  return m
}

function sizeCreateTopicsResponseCreatableTopicResult (m: CreateTopicsResponseCreatableTopicResult, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  if (version >= 7) {
    size += 16
  }
  size += 2
  if (version >= 1) {
    size += sizeOfNullableString(m.errorMessage, flexible)
  }
  if (version >= 5) {
    size += 4
  }
  if (version >= 5) {
    size += 2
  }
  if (version >= 5) {
    if (m.configs === null) size += sizeOfArrayLength(-1, flexible)
    else {
      size += sizeOfArrayLength(m.configs.length, flexible)
      for (const item of m.configs) size += sizeCreateTopicsResponseCreatableTopicConfigs(item, version, flexible)
    }
  }
  if (flexible) {
    let count = 0
    if (version >= 5 && !(m.topicConfigErrorCode === 0)) {
      count++
      let fieldSize = 0
      fieldSize += 2
      size += sizeOfUnsignedVarInt(0) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    size += sizeOfUnsignedVarInt(count)
  }
  return size
}

function putCreateTopicsResponseCreatableTopicResult (w: Writer, m: CreateTopicsResponseCreatableTopicResult, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  if (version >= 7) {
    w.writeUuid(m.topicId)
  }
  w.writeInt16(m.errorCode)
  if (version >= 1) {
    if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  }
  if (version >= 5) {
    w.writeInt32(m.numPartitions)
  }
  if (version >= 5) {
    w.writeInt16(m.replicationFactor)
  }
  if (version >= 5) {
    if (m.configs === null) {
      w.writeArrayLength(-1, flexible)
    } else {
      w.writeArrayLength(m.configs.length, flexible)
      for (const item of m.configs) { putCreateTopicsResponseCreatableTopicConfigs(w, item, version, flexible) }
    }
  }
  if (flexible) {
    let count = 0
    if (version >= 5 && !(m.topicConfigErrorCode === 0)) count++
    w.writeUnsignedVarInt(count)
    if (version >= 5 && !(m.topicConfigErrorCode === 0)) {
      let fieldSize = 0
      fieldSize += 2
      w.writeUnsignedVarInt(0)
      w.writeUnsignedVarInt(fieldSize)
      w.writeInt16(m.topicConfigErrorCode)
    }
  }
}

export function defaultCreateTopicsResponse (): CreateTopicsResponse {
  return { throttleTimeMs: 0, topics: [] }
}

function readCreateTopicsResponse (r: Reader, version: number, flexible: boolean): CreateTopicsResponse {
  const m: CreateTopicsResponse = { throttleTimeMs: 0, topics: [] }
  if (version >= 2) {
    m.throttleTimeMs = r.readInt32()
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: CreateTopicsResponseCreatableTopicResult[] = []
    for (let i = 0; i < n; i++) items.push(readCreateTopicsResponseCreatableTopicResult(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeCreateTopicsResponse (m: CreateTopicsResponse, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 2) {
    size += 4
  }
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeCreateTopicsResponseCreatableTopicResult(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putCreateTopicsResponse (w: Writer, m: CreateTopicsResponse, version: number, flexible: boolean): void {
  if (version >= 2) {
    w.writeInt32(m.throttleTimeMs)
  }
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putCreateTopicsResponseCreatableTopicResult(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** CreateTopicsResponse: valid versions 0-7, flexible 5+. */
export const CreateTopicsResponseVersions = { min: 0, max: 7, flexibleMin: 5 } as const

export function decodeCreateTopicsResponse (r: Reader, version: number): CreateTopicsResponse {
  return readCreateTopicsResponse(r, version, version >= 5)
}

export function sizeOfCreateTopicsResponse (m: CreateTopicsResponse, version: number): number {
  return sizeCreateTopicsResponse(m, version, version >= 5)
}

export function writeCreateTopicsResponse (w: Writer, m: CreateTopicsResponse, version: number): void {
  putCreateTopicsResponse(w, m, version, version >= 5)
}
