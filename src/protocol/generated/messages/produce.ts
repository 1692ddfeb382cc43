// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: ProduceRequest.json, ProduceResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfUnsignedVarInt, sizeOfString, sizeOfNullableString, sizeOfNullableBytes, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface ProduceRequestPartitionProduceData {
  /** Index: versions 0+ */
  index: number
  /** Records: versions 0+ */
  records: Buffer | null
}

export interface ProduceRequestTopicProduceData {
  /** Name: versions 0+ */
  name: string
  /** PartitionData: versions 0+ */
  partitionData: ProduceRequestPartitionProduceData[]
}

export interface ProduceRequest {
  /** TransactionalId: versions 3+ */
  transactionalId: string | null
  /** Acks: versions 0+ */
  acks: number
  /** TimeoutMs: versions 0+ */
  timeoutMs: number
  /** TopicData: versions 0+ */
  topicData: ProduceRequestTopicProduceData[]
}

export function defaultProduceRequestPartitionProduceData (): ProduceRequestPartitionProduceData {
  return { index: 0, records: null }
}

function readProduceRequestPartitionProduceData (r: Reader, _version: number, flexible: boolean): ProduceRequestPartitionProduceData {
  const m: ProduceRequestPartitionProduceData = { index: 0, records: null }
  m.index = r.readInt32()
  m.records = (flexible ? r.readCompactNullableBytes() : r.readNullableBytes())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeProduceRequestPartitionProduceData (m: ProduceRequestPartitionProduceData, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += sizeOfNullableBytes(m.records, flexible)
  if (flexible) size += 1
  return size
}

function putProduceRequestPartitionProduceData (w: Writer, m: ProduceRequestPartitionProduceData, _version: number, flexible: boolean): void {
  w.writeInt32(m.index)
  if (flexible) w.writeCompactNullableBytes(m.records); else w.writeNullableBytes(m.records)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultProduceRequestTopicProduceData (): ProduceRequestTopicProduceData {
  return { name: "", partitionData: [] }
}

function readProduceRequestTopicProduceData (r: Reader, version: number, flexible: boolean): ProduceRequestTopicProduceData {
  const m: ProduceRequestTopicProduceData = { name: "", partitionData: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('PartitionData is null but not nullable in this version')
    const items: ProduceRequestPartitionProduceData[] = []
    for (let i = 0; i < n; i++) items.push(readProduceRequestPartitionProduceData(r, version, flexible))
    m.partitionData = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeProduceRequestTopicProduceData (m: ProduceRequestTopicProduceData, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitionData.length, flexible)
    for (const item of m.partitionData) size += sizeProduceRequestPartitionProduceData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putProduceRequestTopicProduceData (w: Writer, m: ProduceRequestTopicProduceData, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitionData.length, flexible)
  for (const item of m.partitionData) { putProduceRequestPartitionProduceData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultProduceRequest (): ProduceRequest {
  return { transactionalId: null, acks: 0, timeoutMs: 0, topicData: [] }
}

function readProduceRequest (r: Reader, version: number, flexible: boolean): ProduceRequest {
  const m: ProduceRequest = { transactionalId: null, acks: 0, timeoutMs: 0, topicData: [] }
  if (version >= 3) {
    m.transactionalId = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  m.acks = r.readInt16()
  m.timeoutMs = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('TopicData is null but not nullable in this version')
    const items: ProduceRequestTopicProduceData[] = []
    for (let i = 0; i < n; i++) items.push(readProduceRequestTopicProduceData(r, version, flexible))
    m.topicData = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeProduceRequest (m: ProduceRequest, version: number, flexible: boolean): number {
  let size = 0
  if (!(version >= 3) && !(m.transactionalId === null)) throw new Error('ProduceRequest.transactionalId is not supported in version ' + version)
  if (version >= 3) {
    size += sizeOfNullableString(m.transactionalId, flexible)
  }
  size += 2
  size += 4
  {
    size += sizeOfArrayLength(m.topicData.length, flexible)
    for (const item of m.topicData) size += sizeProduceRequestTopicProduceData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putProduceRequest (w: Writer, m: ProduceRequest, version: number, flexible: boolean): void {
  if (version >= 3) {
    if (flexible) w.writeCompactNullableString(m.transactionalId); else w.writeNullableString(m.transactionalId)
  }
  w.writeInt16(m.acks)
  w.writeInt32(m.timeoutMs)
  w.writeArrayLength(m.topicData.length, flexible)
  for (const item of m.topicData) { putProduceRequestTopicProduceData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ProduceRequest: valid versions 0-11, flexible 9+. */
export const ProduceRequestVersions = { min: 0, max: 11, flexibleMin: 9 } as const

export function decodeProduceRequest (r: Reader, version: number): ProduceRequest {
  return readProduceRequest(r, version, version >= 9)
}

export function sizeOfProduceRequest (m: ProduceRequest, version: number): number {
  return sizeProduceRequest(m, version, version >= 9)
}

export function writeProduceRequest (w: Writer, m: ProduceRequest, version: number): void {
  putProduceRequest(w, m, version, version >= 9)
}

export interface ProduceResponseBatchIndexAndErrorMessage {
  /** BatchIndex: versions 8+ */
  batchIndex: number
  /** BatchIndexErrorMessage: versions 8+ */
  batchIndexErrorMessage: string | null
}

export interface ProduceResponseLeaderIdAndEpoch {
  /** LeaderId: versions 10+ */
  leaderId: number
  /** LeaderEpoch: versions 10+ */
  leaderEpoch: number
}

export interface ProduceResponsePartitionProduceResponse {
  /** Index: versions 0+ */
  index: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** BaseOffset: versions 0+ */
  baseOffset: bigint
  /** LogAppendTimeMs: versions 2+ */
  logAppendTimeMs: bigint
  /** LogStartOffset: versions 5+ */
  logStartOffset: bigint
  /** RecordErrors: versions 8+ */
  recordErrors: ProduceResponseBatchIndexAndErrorMessage[]
  /** ErrorMessage: versions 8+ */
  errorMessage: string | null
  /** CurrentLeader: versions 10+, tag 0 */
  currentLeader: ProduceResponseLeaderIdAndEpoch
}

export interface ProduceResponseTopicProduceResponse {
  /** Name: versions 0+ */
  name: string
  /** PartitionResponses: versions 0+ */
  partitionResponses: ProduceResponsePartitionProduceResponse[]
}

export interface ProduceResponseNodeEndpoint {
  /** NodeId: versions 10+ */
  nodeId: number
  /** Host: versions 10+ */
  host: string
  /** Port: versions 10+ */
  port: number
  /** Rack: versions 10+ */
  rack: string | null
}

export interface ProduceResponse {
  /** Responses: versions 0+ */
  responses: ProduceResponseTopicProduceResponse[]
  /** ThrottleTimeMs: versions 1+ */
  throttleTimeMs: number
  /** NodeEndpoints: versions 10+, tag 0 */
  nodeEndpoints: ProduceResponseNodeEndpoint[]
}

export function defaultProduceResponseBatchIndexAndErrorMessage (): ProduceResponseBatchIndexAndErrorMessage {
  return { batchIndex: 0, batchIndexErrorMessage: null }
}

function readProduceResponseBatchIndexAndErrorMessage (r: Reader, version: number, flexible: boolean): ProduceResponseBatchIndexAndErrorMessage {
  const m: ProduceResponseBatchIndexAndErrorMessage = { batchIndex: 0, batchIndexErrorMessage: null }
  if (version >= 8) {
    m.batchIndex = r.readInt32()
  }
  if (version >= 8) {
    m.batchIndexErrorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeProduceResponseBatchIndexAndErrorMessage (m: ProduceResponseBatchIndexAndErrorMessage, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 8) {
    size += 4
  }
  if (version >= 8) {
    size += sizeOfNullableString(m.batchIndexErrorMessage, flexible)
  }
  if (flexible) size += 1
  return size
}

function putProduceResponseBatchIndexAndErrorMessage (w: Writer, m: ProduceResponseBatchIndexAndErrorMessage, version: number, flexible: boolean): void {
  if (version >= 8) {
    w.writeInt32(m.batchIndex)
  }
  if (version >= 8) {
    if (flexible) w.writeCompactNullableString(m.batchIndexErrorMessage); else w.writeNullableString(m.batchIndexErrorMessage)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultProduceResponseLeaderIdAndEpoch (): ProduceResponseLeaderIdAndEpoch {
  return { leaderId: -1, leaderEpoch: -1 }
}

function readProduceResponseLeaderIdAndEpoch (r: Reader, version: number, flexible: boolean): ProduceResponseLeaderIdAndEpoch {
  const m: ProduceResponseLeaderIdAndEpoch = { leaderId: -1, leaderEpoch: -1 }
  if (version >= 10) {
    m.leaderId = r.readInt32()
  }
  if (version >= 10) {
    m.leaderEpoch = r.readInt32()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeProduceResponseLeaderIdAndEpoch (_m: ProduceResponseLeaderIdAndEpoch, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 10) {
    size += 4
  }
  if (version >= 10) {
    size += 4
  }
  if (flexible) size += 1
  return size
}

function putProduceResponseLeaderIdAndEpoch (w: Writer, m: ProduceResponseLeaderIdAndEpoch, version: number, flexible: boolean): void {
  if (version >= 10) {
    w.writeInt32(m.leaderId)
  }
  if (version >= 10) {
    w.writeInt32(m.leaderEpoch)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultProduceResponsePartitionProduceResponse (): ProduceResponsePartitionProduceResponse {
  return { index: 0, errorCode: 0, baseOffset: 0n, logAppendTimeMs: -1n, logStartOffset: -1n, recordErrors: [], errorMessage: null, currentLeader: defaultProduceResponseLeaderIdAndEpoch() }
}

function readProduceResponsePartitionProduceResponse (r: Reader, version: number, flexible: boolean): ProduceResponsePartitionProduceResponse {
  const m: ProduceResponsePartitionProduceResponse = { index: 0, errorCode: 0, baseOffset: 0n, logAppendTimeMs: -1n, logStartOffset: -1n, recordErrors: [], errorMessage: null, currentLeader: defaultProduceResponseLeaderIdAndEpoch() }
  m.index = r.readInt32()
  m.errorCode = r.readInt16()
  m.baseOffset = r.readInt64()
  if (version >= 2) {
    m.logAppendTimeMs = r.readInt64()
  }
  if (version >= 5) {
    m.logStartOffset = r.readInt64()
  }
  if (version >= 8) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('RecordErrors is null but not nullable in this version')
      const items: ProduceResponseBatchIndexAndErrorMessage[] = []
      for (let i = 0; i < n; i++) items.push(readProduceResponseBatchIndexAndErrorMessage(r, version, flexible))
      m.recordErrors = items
    }
  }
  if (version >= 8) {
    m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
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
          if (version >= 10) {
            m.currentLeader = readProduceResponseLeaderIdAndEpoch(r, version, flexible)
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

function sizeProduceResponsePartitionProduceResponse (m: ProduceResponsePartitionProduceResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += 8
  if (version >= 2) {
    size += 8
  }
  if (version >= 5) {
    size += 8
  }
  if (version >= 8) {
    {
      size += sizeOfArrayLength(m.recordErrors.length, flexible)
      for (const item of m.recordErrors) size += sizeProduceResponseBatchIndexAndErrorMessage(item, version, flexible)
    }
  }
  if (version >= 8) {
    size += sizeOfNullableString(m.errorMessage, flexible)
  }
  if (flexible) {
    let count = 0
    if (version >= 10 && !(isDefaultProduceResponseLeaderIdAndEpoch(m.currentLeader))) {
      count++
      let fieldSize = 0
      fieldSize += sizeProduceResponseLeaderIdAndEpoch(m.currentLeader, version, flexible)
      size += sizeOfUnsignedVarInt(0) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    size += sizeOfUnsignedVarInt(count)
  }
  return size
}

function putProduceResponsePartitionProduceResponse (w: Writer, m: ProduceResponsePartitionProduceResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.index)
  w.writeInt16(m.errorCode)
  w.writeInt64(m.baseOffset)
  if (version >= 2) {
    w.writeInt64(m.logAppendTimeMs)
  }
  if (version >= 5) {
    w.writeInt64(m.logStartOffset)
  }
  if (version >= 8) {
    w.writeArrayLength(m.recordErrors.length, flexible)
    for (const item of m.recordErrors) { putProduceResponseBatchIndexAndErrorMessage(w, item, version, flexible) }
  }
  if (version >= 8) {
    if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  }
  if (flexible) {
    let count = 0
    if (version >= 10 && !(isDefaultProduceResponseLeaderIdAndEpoch(m.currentLeader))) count++
    w.writeUnsignedVarInt(count)
    if (version >= 10 && !(isDefaultProduceResponseLeaderIdAndEpoch(m.currentLeader))) {
      let fieldSize = 0
      fieldSize += sizeProduceResponseLeaderIdAndEpoch(m.currentLeader, version, flexible)
      w.writeUnsignedVarInt(0)
      w.writeUnsignedVarInt(fieldSize)
      putProduceResponseLeaderIdAndEpoch(w, m.currentLeader, version, flexible)
    }
  }
}

export function defaultProduceResponseTopicProduceResponse (): ProduceResponseTopicProduceResponse {
  return { name: "", partitionResponses: [] }
}

function readProduceResponseTopicProduceResponse (r: Reader, version: number, flexible: boolean): ProduceResponseTopicProduceResponse {
  const m: ProduceResponseTopicProduceResponse = { name: "", partitionResponses: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('PartitionResponses is null but not nullable in this version')
    const items: ProduceResponsePartitionProduceResponse[] = []
    for (let i = 0; i < n; i++) items.push(readProduceResponsePartitionProduceResponse(r, version, flexible))
    m.partitionResponses = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeProduceResponseTopicProduceResponse (m: ProduceResponseTopicProduceResponse, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitionResponses.length, flexible)
    for (const item of m.partitionResponses) size += sizeProduceResponsePartitionProduceResponse(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putProduceResponseTopicProduceResponse (w: Writer, m: ProduceResponseTopicProduceResponse, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitionResponses.length, flexible)
  for (const item of m.partitionResponses) { putProduceResponsePartitionProduceResponse(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultProduceResponseNodeEndpoint (): ProduceResponseNodeEndpoint {
  return { nodeId: 0, host: "", port: 0, rack: null }
}

function readProduceResponseNodeEndpoint (r: Reader, version: number, flexible: boolean): ProduceResponseNodeEndpoint {
  const m: ProduceResponseNodeEndpoint = { nodeId: 0, host: "", port: 0, rack: null }
  if (version >= 10) {
    m.nodeId = r.readInt32()
  }
  if (version >= 10) {
    m.host = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 10) {
    m.port = r.readInt32()
  }
  if (version >= 10) {
    m.rack = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeProduceResponseNodeEndpoint (m: ProduceResponseNodeEndpoint, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 10) {
    size += 4
  }
  if (version >= 10) {
    size += sizeOfString(m.host, flexible)
  }
  if (version >= 10) {
    size += 4
  }
  if (version >= 10) {
    size += sizeOfNullableString(m.rack, flexible)
  }
  if (flexible) size += 1
  return size
}

function putProduceResponseNodeEndpoint (w: Writer, m: ProduceResponseNodeEndpoint, version: number, flexible: boolean): void {
  if (version >= 10) {
    w.writeInt32(m.nodeId)
  }
  if (version >= 10) {
    if (flexible) w.writeCompactString(m.host); else w.writeString(m.host)
  }
  if (version >= 10) {
    w.writeInt32(m.port)
  }
  if (version >= 10) {
    if (flexible) w.writeCompactNullableString(m.rack); else w.writeNullableString(m.rack)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultProduceResponse (): ProduceResponse {
  return { responses: [], throttleTimeMs: 0, nodeEndpoints: [] }
}

function readProduceResponse (r: Reader, version: number, flexible: boolean): ProduceResponse {
  const m: ProduceResponse = { responses: [], throttleTimeMs: 0, nodeEndpoints: [] }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Responses is null but not nullable in this version')
    const items: ProduceResponseTopicProduceResponse[] = []
    for (let i = 0; i < n; i++) items.push(readProduceResponseTopicProduceResponse(r, version, flexible))
    m.responses = items
  }
  if (version >= 1) {
    m.throttleTimeMs = r.readInt32()
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
          if (version >= 10) {
            {
              const n = r.readArrayLength(true)
              if (n < 0) throw new DecodeError('NodeEndpoints is null but not nullable in this version')
              const items: ProduceResponseNodeEndpoint[] = []
              for (let i = 0; i < n; i++) items.push(readProduceResponseNodeEndpoint(r, version, flexible))
              m.nodeEndpoints = items
            }
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

function sizeProduceResponse (m: ProduceResponse, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.responses.length, flexible)
    for (const item of m.responses) size += sizeProduceResponseTopicProduceResponse(item, version, flexible)
  }
  if (version >= 1) {
    size += 4
  }
  if (flexible) {
    let count = 0
    if (version >= 10 && !((m.nodeEndpoints !== null && m.nodeEndpoints.length === 0))) {
      count++
      let fieldSize = 0
      {
        fieldSize += sizeOfArrayLength(m.nodeEndpoints.length, true)
        for (const item of m.nodeEndpoints) fieldSize += sizeProduceResponseNodeEndpoint(item, version, flexible)
      }
      size += sizeOfUnsignedVarInt(0) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    size += sizeOfUnsignedVarInt(count)
  }
  return size
}

function putProduceResponse (w: Writer, m: ProduceResponse, version: number, flexible: boolean): void {
  w.writeArrayLength(m.responses.length, flexible)
  for (const item of m.responses) { putProduceResponseTopicProduceResponse(w, item, version, flexible) }
  if (version >= 1) {
    w.writeInt32(m.throttleTimeMs)
  }
  if (flexible) {
    let count = 0
    if (version >= 10 && !((m.nodeEndpoints !== null && m.nodeEndpoints.length === 0))) count++
    w.writeUnsignedVarInt(count)
    if (version >= 10 && !((m.nodeEndpoints !== null && m.nodeEndpoints.length === 0))) {
      let fieldSize = 0
      {
        fieldSize += sizeOfArrayLength(m.nodeEndpoints.length, true)
        for (const item of m.nodeEndpoints) fieldSize += sizeProduceResponseNodeEndpoint(item, version, flexible)
      }
      w.writeUnsignedVarInt(0)
      w.writeUnsignedVarInt(fieldSize)
      w.writeArrayLength(m.nodeEndpoints.length, true)
      for (const item of m.nodeEndpoints) { putProduceResponseNodeEndpoint(w, item, version, flexible) }
    }
  }
}

function isDefaultProduceResponseLeaderIdAndEpoch (m: ProduceResponseLeaderIdAndEpoch): boolean {
  return m.leaderId === -1 &&
    m.leaderEpoch === -1
}

/** ProduceResponse: valid versions 0-11, flexible 9+. */
export const ProduceResponseVersions = { min: 0, max: 11, flexibleMin: 9 } as const

export function decodeProduceResponse (r: Reader, version: number): ProduceResponse {
  return readProduceResponse(r, version, version >= 9)
}

export function sizeOfProduceResponse (m: ProduceResponse, version: number): number {
  return sizeProduceResponse(m, version, version >= 9)
}

export function writeProduceResponse (w: Writer, m: ProduceResponse, version: number): void {
  putProduceResponse(w, m, version, version >= 9)
}
