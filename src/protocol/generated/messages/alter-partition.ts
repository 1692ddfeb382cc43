// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: AlterPartitionRequest.json, AlterPartitionResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfArrayLength } from '../../primitives/writer.ts'
import { ZERO_UUID } from '../../primitives/uuid.ts'

export interface AlterPartitionRequestBrokerState {
  /** BrokerId: versions 3+ */
  brokerId: number
  /** BrokerEpoch: versions 3+ */
  brokerEpoch: bigint
}

export interface AlterPartitionRequestPartitionData {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** LeaderEpoch: versions 0+ */
  leaderEpoch: number
  /** NewIsr: versions 0-2 */
  newIsr: number[]
  /** NewIsrWithEpochs: versions 3+ */
  newIsrWithEpochs: AlterPartitionRequestBrokerState[]
  /** LeaderRecoveryState: versions 1+ */
  leaderRecoveryState: number
  /** PartitionEpoch: versions 0+ */
  partitionEpoch: number
}

export interface AlterPartitionRequestTopicData {
  /** TopicName: versions 0-1 */
  topicName: string
  /** TopicId: versions 2+ */
  topicId: string
  /** Partitions: versions 0+ */
  partitions: AlterPartitionRequestPartitionData[]
}

export interface AlterPartitionRequest {
  /** BrokerId: versions 0+ */
  brokerId: number
  /** BrokerEpoch: versions 0+ */
  brokerEpoch: bigint
  /** Topics: versions 0+ */
  topics: AlterPartitionRequestTopicData[]
}

export function defaultAlterPartitionRequestBrokerState (): AlterPartitionRequestBrokerState {
  return { brokerId: 0, brokerEpoch: -1n }
}

function readAlterPartitionRequestBrokerState (r: Reader, version: number, flexible: boolean): AlterPartitionRequestBrokerState {
  const m: AlterPartitionRequestBrokerState = { brokerId: 0, brokerEpoch: -1n }
  if (version >= 3) {
    m.brokerId = r.readInt32()
  }
  if (version >= 3) {
    m.brokerEpoch = r.readInt64()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterPartitionRequestBrokerState (m: AlterPartitionRequestBrokerState, version: number, flexible: boolean): number {
  let size = 0
  if (!(version >= 3) && !(m.brokerId === 0)) throw new Error('AlterPartitionRequestBrokerState.brokerId is not supported in version ' + version)
  if (version >= 3) {
    size += 4
  }
  if (!(version >= 3) && !(m.brokerEpoch === -1n)) throw new Error('AlterPartitionRequestBrokerState.brokerEpoch is not supported in version ' + version)
  if (version >= 3) {
    size += 8
  }
  if (flexible) size += 1
  return size
}

function putAlterPartitionRequestBrokerState (w: Writer, m: AlterPartitionRequestBrokerState, version: number, flexible: boolean): void {
  if (version >= 3) {
    w.writeInt32(m.brokerId)
  }
  if (version >= 3) {
    w.writeInt64(m.brokerEpoch)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAlterPartitionRequestPartitionData (): AlterPartitionRequestPartitionData {
  return { partitionIndex: 0, leaderEpoch: 0, newIsr: [], newIsrWithEpochs: [], leaderRecoveryState: 0, partitionEpoch: 0 }
}

function readAlterPartitionRequestPartitionData (r: Reader, version: number, flexible: boolean): AlterPartitionRequestPartitionData {
  const m: AlterPartitionRequestPartitionData = { partitionIndex: 0, leaderEpoch: 0, newIsr: [], newIsrWithEpochs: [], leaderRecoveryState: 0, partitionEpoch: 0 }
  m.partitionIndex = r.readInt32()
  m.leaderEpoch = r.readInt32()
  if (version <= 2) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('NewIsr is null but not nullable in this version')
      const items: number[] = []
      for (let i = 0; i < n; i++) items.push(r.readInt32())
      m.newIsr = items
    }
  }
  if (version >= 3) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('NewIsrWithEpochs is null but not nullable in this version')
      const items: AlterPartitionRequestBrokerState[] = []
      for (let i = 0; i < n; i++) items.push(readAlterPartitionRequestBrokerState(r, version, flexible))
      m.newIsrWithEpochs = items
    }
  }
  if (version >= 1) {
    m.leaderRecoveryState = r.readInt8()
  }
  m.partitionEpoch = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterPartitionRequestPartitionData (m: AlterPartitionRequestPartitionData, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 4
  if (!(version <= 2) && !((m.newIsr !== null && m.newIsr.length === 0))) throw new Error('AlterPartitionRequestPartitionData.newIsr is not supported in version ' + version)
  if (version <= 2) {
    {
      size += sizeOfArrayLength(m.newIsr.length, flexible)
      size += m.newIsr.length * 4
    }
  }
  if (!(version >= 3) && !((m.newIsrWithEpochs !== null && m.newIsrWithEpochs.length === 0))) throw new Error('AlterPartitionRequestPartitionData.newIsrWithEpochs is not supported in version ' + version)
  if (version >= 3) {
    {
      size += sizeOfArrayLength(m.newIsrWithEpochs.length, flexible)
      for (const item of m.newIsrWithEpochs) size += sizeAlterPartitionRequestBrokerState(item, version, flexible)
    }
  }
  if (!(version >= 1) && !(m.leaderRecoveryState === 0)) throw new Error('AlterPartitionRequestPartitionData.leaderRecoveryState is not supported in version ' + version)
  if (version >= 1) {
    size += 1
  }
  size += 4
  if (flexible) size += 1
  return size
}

function putAlterPartitionRequestPartitionData (w: Writer, m: AlterPartitionRequestPartitionData, version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt32(m.leaderEpoch)
  if (version <= 2) {
    w.writeArrayLength(m.newIsr.length, flexible)
    for (const item of m.newIsr) { w.writeInt32(item) }
  }
  if (version >= 3) {
    w.writeArrayLength(m.newIsrWithEpochs.length, flexible)
    for (const item of m.newIsrWithEpochs) { putAlterPartitionRequestBrokerState(w, item, version, flexible) }
  }
  if (version >= 1) {
    w.writeInt8(m.leaderRecoveryState)
  }
  w.writeInt32(m.partitionEpoch)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAlterPartitionRequestTopicData (): AlterPartitionRequestTopicData {
  return { topicName: "", topicId: ZERO_UUID, partitions: [] }
}

function readAlterPartitionRequestTopicData (r: Reader, version: number, flexible: boolean): AlterPartitionRequestTopicData {
  const m: AlterPartitionRequestTopicData = { topicName: "", topicId: ZERO_UUID, partitions: [] }
  if (version <= 1) {
    m.topicName = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 2) {
    m.topicId = r.readUuid()
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: AlterPartitionRequestPartitionData[] = []
    for (let i = 0; i < n; i++) items.push(readAlterPartitionRequestPartitionData(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterPartitionRequestTopicData (m: AlterPartitionRequestTopicData, version: number, flexible: boolean): number {
  let size = 0
  if (version <= 1) {
    size += sizeOfString(m.topicName, flexible)
  }
  if (version >= 2) {
    size += 16
  }
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeAlterPartitionRequestPartitionData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAlterPartitionRequestTopicData (w: Writer, m: AlterPartitionRequestTopicData, version: number, flexible: boolean): void {
  if (version <= 1) {
    if (flexible) w.writeCompactString(m.topicName); else w.writeString(m.topicName)
  }
  if (version >= 2) {
    w.writeUuid(m.topicId)
  }
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putAlterPartitionRequestPartitionData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAlterPartitionRequest (): AlterPartitionRequest {
  return { brokerId: 0, brokerEpoch: -1n, topics: [] }
}

function readAlterPartitionRequest (r: Reader, version: number, flexible: boolean): AlterPartitionRequest {
  const m: AlterPartitionRequest = { brokerId: 0, brokerEpoch: -1n, topics: [] }
  m.brokerId = r.readInt32()
  m.brokerEpoch = r.readInt64()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: AlterPartitionRequestTopicData[] = []
    for (let i = 0; i < n; i++) items.push(readAlterPartitionRequestTopicData(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterPartitionRequest (m: AlterPartitionRequest, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 8
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeAlterPartitionRequestTopicData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAlterPartitionRequest (w: Writer, m: AlterPartitionRequest, version: number, flexible: boolean): void {
  w.writeInt32(m.brokerId)
  w.writeInt64(m.brokerEpoch)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putAlterPartitionRequestTopicData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** AlterPartitionRequest: valid versions 0-3, flexible 0+. */
export const AlterPartitionRequestVersions = { min: 0, max: 3, flexibleMin: 0 } as const

export function decodeAlterPartitionRequest (r: Reader, version: number): AlterPartitionRequest {
  return readAlterPartitionRequest(r, version, true)
}

export function sizeOfAlterPartitionRequest (m: AlterPartitionRequest, version: number): number {
  return sizeAlterPartitionRequest(m, version, true)
}

export function writeAlterPartitionRequest (w: Writer, m: AlterPartitionRequest, version: number): void {
  putAlterPartitionRequest(w, m, version, true)
}

export interface AlterPartitionResponsePartitionData {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** LeaderId: versions 0+ */
  leaderId: number
  /** LeaderEpoch: versions 0+ */
  leaderEpoch: number
  /** Isr: versions 0+ */
  isr: number[]
  /** LeaderRecoveryState: versions 1+ */
  leaderRecoveryState: number
  /** PartitionEpoch: versions 0+ */
  partitionEpoch: number
}

export interface AlterPartitionResponseTopicData {
  /** TopicName: versions 0-1 */
  topicName: string
  /** TopicId: versions 2+ */
  topicId: string
  /** Partitions: versions 0+ */
  partitions: AlterPartitionResponsePartitionData[]
}

export interface AlterPartitionResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** Topics: versions 0+ */
  topics: AlterPartitionResponseTopicData[]
}

export function defaultAlterPartitionResponsePartitionData (): AlterPartitionResponsePartitionData {
  return { partitionIndex: 0, errorCode: 0, leaderId: 0, leaderEpoch: 0, isr: [], leaderRecoveryState: 0, partitionEpoch: 0 }
}

function readAlterPartitionResponsePartitionData (r: Reader, version: number, flexible: boolean): AlterPartitionResponsePartitionData {
  const m: AlterPartitionResponsePartitionData = { partitionIndex: 0, errorCode: 0, leaderId: 0, leaderEpoch: 0, isr: [], leaderRecoveryState: 0, partitionEpoch: 0 }
  m.partitionIndex = r.readInt32()
  m.errorCode = r.readInt16()
  m.leaderId = r.readInt32()
  m.leaderEpoch = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Isr is null but not nullable in this version')
    const items: number[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt32())
    m.isr = items
  }
  if (version >= 1) {
    m.leaderRecoveryState = r.readInt8()
  }
  m.partitionEpoch = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterPartitionResponsePartitionData (m: AlterPartitionResponsePartitionData, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += 4
  size += 4
  {
    size += sizeOfArrayLength(m.isr.length, flexible)
    size += m.isr.length * 4
  }
  if (version >= 1) {
    size += 1
  }
  size += 4
  if (flexible) size += 1
  return size
}

function putAlterPartitionResponsePartitionData (w: Writer, m: AlterPartitionResponsePartitionData, version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  w.writeInt32(m.leaderId)
  w.writeInt32(m.leaderEpoch)
  w.writeArrayLength(m.isr.length, flexible)
  for (const item of m.isr) { w.writeInt32(item) }
  if (version >= 1) {
    w.writeInt8(m.leaderRecoveryState)
  }
  w.writeInt32(m.partitionEpoch)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAlterPartitionResponseTopicData (): AlterPartitionResponseTopicData {
  return { topicName: "", topicId: ZERO_UUID, partitions: [] }
}

function readAlterPartitionResponseTopicData (r: Reader, version: number, flexible: boolean): AlterPartitionResponseTopicData {
  const m: AlterPartitionResponseTopicData = { topicName: "", topicId: ZERO_UUID, partitions: [] }
  if (version <= 1) {
    m.topicName = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 2) {
    m.topicId = r.readUuid()
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: AlterPartitionResponsePartitionData[] = []
    for (let i = 0; i < n; i++) items.push(readAlterPartitionResponsePartitionData(r, version, flexible))
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterPartitionResponseTopicData (m: AlterPartitionResponseTopicData, version: number, flexible: boolean): number {
  let size = 0
  if (version <= 1) {
    size += sizeOfString(m.topicName, flexible)
  }
  if (version >= 2) {
    size += 16
  }
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    for (const item of m.partitions) size += sizeAlterPartitionResponsePartitionData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAlterPartitionResponseTopicData (w: Writer, m: AlterPartitionResponseTopicData, version: number, flexible: boolean): void {
  if (version <= 1) {
    if (flexible) w.writeCompactString(m.topicName); else w.writeString(m.topicName)
  }
  if (version >= 2) {
    w.writeUuid(m.topicId)
  }
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { putAlterPartitionResponsePartitionData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAlterPartitionResponse (): AlterPartitionResponse {
  return { throttleTimeMs: 0, errorCode: 0, topics: [] }
}

function readAlterPartitionResponse (r: Reader, version: number, flexible: boolean): AlterPartitionResponse {
  const m: AlterPartitionResponse = { throttleTimeMs: 0, errorCode: 0, topics: [] }
  m.throttleTimeMs = r.readInt32()
  m.errorCode = r.readInt16()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: AlterPartitionResponseTopicData[] = []
    for (let i = 0; i < n; i++) items.push(readAlterPartitionResponseTopicData(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAlterPartitionResponse (m: AlterPartitionResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeAlterPartitionResponseTopicData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAlterPartitionResponse (w: Writer, m: AlterPartitionResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putAlterPartitionResponseTopicData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** AlterPartitionResponse: valid versions 0-3, flexible 0+. */
export const AlterPartitionResponseVersions = { min: 0, max: 3, flexibleMin: 0 } as const

export function decodeAlterPartitionResponse (r: Reader, version: number): AlterPartitionResponse {
  return readAlterPartitionResponse(r, version, true)
}

export function sizeOfAlterPartitionResponse (m: AlterPartitionResponse, version: number): number {
  return sizeAlterPartitionResponse(m, version, true)
}

export function writeAlterPartitionResponse (w: Writer, m: AlterPartitionResponse, version: number): void {
  putAlterPartitionResponse(w, m, version, true)
}
