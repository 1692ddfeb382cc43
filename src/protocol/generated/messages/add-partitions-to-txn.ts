// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: AddPartitionsToTxnRequest.json, AddPartitionsToTxnResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  /** Name: versions 0+ */
  name: string
  /** Partitions: versions 0+ */
  partitions: number[]
}

export interface AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  /** TransactionalId: versions 4+ */
  transactionalId: string
  /** ProducerId: versions 4+ */
  producerId: bigint
  /** ProducerEpoch: versions 4+ */
  producerEpoch: number
  /** VerifyOnly: versions 4+ */
  verifyOnly: boolean
  /** Topics: versions 4+ */
  topics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[]
}

export interface AddPartitionsToTxnRequest {
  /** Transactions: versions 4+ */
  transactions: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[]
  /** V3AndBelowTransactionalId: versions 0-3 */
  v3AndBelowTransactionalId: string
  /** V3AndBelowProducerId: versions 0-3 */
  v3AndBelowProducerId: bigint
  /** V3AndBelowProducerEpoch: versions 0-3 */
  v3AndBelowProducerEpoch: number
  /** V3AndBelowTopics: versions 0-3 */
  v3AndBelowTopics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[]
}

export function defaultAddPartitionsToTxnRequestAddPartitionsToTxnTopic (): AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  return { name: "", partitions: [] }
}

function readAddPartitionsToTxnRequestAddPartitionsToTxnTopic (r: Reader, _version: number, flexible: boolean): AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  const m: AddPartitionsToTxnRequestAddPartitionsToTxnTopic = { name: "", partitions: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: number[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt32())
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAddPartitionsToTxnRequestAddPartitionsToTxnTopic (m: AddPartitionsToTxnRequestAddPartitionsToTxnTopic, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    size += m.partitions.length * 4
  }
  if (flexible) size += 1
  return size
}

function putAddPartitionsToTxnRequestAddPartitionsToTxnTopic (w: Writer, m: AddPartitionsToTxnRequestAddPartitionsToTxnTopic, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { w.writeInt32(item) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAddPartitionsToTxnRequestAddPartitionsToTxnTransaction (): AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  return { transactionalId: "", producerId: 0n, producerEpoch: 0, verifyOnly: false, topics: [] }
}

function readAddPartitionsToTxnRequestAddPartitionsToTxnTransaction (r: Reader, version: number, flexible: boolean): AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  const m: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction = { transactionalId: "", producerId: 0n, producerEpoch: 0, verifyOnly: false, topics: [] }
  if (version >= 4) {
    m.transactionalId = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 4) {
    m.producerId = r.readInt64()
  }
  if (version >= 4) {
    m.producerEpoch = r.readInt16()
  }
  if (version >= 4) {
    m.verifyOnly = r.readBoolean()
  }
  if (version >= 4) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
      const items: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] = []
      for (let i = 0; i < n; i++) items.push(readAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r, version, flexible))
      m.topics = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction (m: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction, version: number, flexible: boolean): number {
  let size = 0
  if (!(version >= 4) && !(m.transactionalId === "")) throw new Error('AddPartitionsToTxnRequestAddPartitionsToTxnTransaction.transactionalId is not supported in version ' + version)
  if (version >= 4) {
    size += sizeOfString(m.transactionalId, flexible)
  }
  if (!(version >= 4) && !(m.producerId === 0n)) throw new Error('AddPartitionsToTxnRequestAddPartitionsToTxnTransaction.producerId is not supported in version ' + version)
  if (version >= 4) {
    size += 8
  }
  if (!(version >= 4) && !(m.producerEpoch === 0)) throw new Error('AddPartitionsToTxnRequestAddPartitionsToTxnTransaction.producerEpoch is not supported in version ' + version)
  if (version >= 4) {
    size += 2
  }
  if (!(version >= 4) && !(m.verifyOnly === false)) throw new Error('AddPartitionsToTxnRequestAddPartitionsToTxnTransaction.verifyOnly is not supported in version ' + version)
  if (version >= 4) {
    size += 1
  }
  if (!(version >= 4) && !((m.topics !== null && m.topics.length === 0))) throw new Error('AddPartitionsToTxnRequestAddPartitionsToTxnTransaction.topics is not supported in version ' + version)
  if (version >= 4) {
    {
      size += sizeOfArrayLength(m.topics.length, flexible)
      for (const item of m.topics) size += sizeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(item, version, flexible)
    }
  }
  if (flexible) size += 1
  return size
}

function putAddPartitionsToTxnRequestAddPartitionsToTxnTransaction (w: Writer, m: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction, version: number, flexible: boolean): void {
  if (version >= 4) {
    if (flexible) w.writeCompactString(m.transactionalId); else w.writeString(m.transactionalId)
  }
  if (version >= 4) {
    w.writeInt64(m.producerId)
  }
  if (version >= 4) {
    w.writeInt16(m.producerEpoch)
  }
  if (version >= 4) {
    w.writeBoolean(m.verifyOnly)
  }
  if (version >= 4) {
    w.writeArrayLength(m.topics.length, flexible)
    for (const item of m.topics) { putAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w, item, version, flexible) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAddPartitionsToTxnRequest (): AddPartitionsToTxnRequest {
  return { transactions: [], v3AndBelowTransactionalId: "", v3AndBelowProducerId: 0n, v3AndBelowProducerEpoch: 0, v3AndBelowTopics: [] }
}

function readAddPartitionsToTxnRequest (r: Reader, version: number, flexible: boolean): AddPartitionsToTxnRequest {
  const m: AddPartitionsToTxnRequest = { transactions: [], v3AndBelowTransactionalId: "", v3AndBelowProducerId: 0n, v3AndBelowProducerEpoch: 0, v3AndBelowTopics: [] }
  if (version >= 4) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('Transactions is null but not nullable in this version')
      const items: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[] = []
      for (let i = 0; i < n; i++) items.push(readAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(r, version, flexible))
      m.transactions = items
    }
  }
  if (version <= 3) {
    m.v3AndBelowTransactionalId = (flexible ? r.readCompactString() : r.readString())
  }
  if (version <= 3) {
    m.v3AndBelowProducerId = r.readInt64()
  }
  if (version <= 3) {
    m.v3AndBelowProducerEpoch = r.readInt16()
  }
  if (version <= 3) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('V3AndBelowTopics is null but not nullable in this version')
      const items: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] = []
      for (let i = 0; i < n; i++) items.push(readAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r, version, flexible))
      m.v3AndBelowTopics = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAddPartitionsToTxnRequest (m: AddPartitionsToTxnRequest, version: number, flexible: boolean): number {
  let size = 0
  if (!(version >= 4) && !((m.transactions !== null && m.transactions.length === 0))) throw new Error('AddPartitionsToTxnRequest.transactions is not supported in version ' + version)
  if (version >= 4) {
    {
      size += sizeOfArrayLength(m.transactions.length, flexible)
      for (const item of m.transactions) size += sizeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(item, version, flexible)
    }
  }
  if (!(version <= 3) && !(m.v3AndBelowTransactionalId === "")) throw new Error('AddPartitionsToTxnRequest.v3AndBelowTransactionalId is not supported in version ' + version)
  if (version <= 3) {
    size += sizeOfString(m.v3AndBelowTransactionalId, flexible)
  }
  if (!(version <= 3) && !(m.v3AndBelowProducerId === 0n)) throw new Error('AddPartitionsToTxnRequest.v3AndBelowProducerId is not supported in version ' + version)
  if (version <= 3) {
    size += 8
  }
  if (!(version <= 3) && !(m.v3AndBelowProducerEpoch === 0)) throw new Error('AddPartitionsToTxnRequest.v3AndBelowProducerEpoch is not supported in version ' + version)
  if (version <= 3) {
    size += 2
  }
  if (!(version <= 3) && !((m.v3AndBelowTopics !== null && m.v3AndBelowTopics.length === 0))) throw new Error('AddPartitionsToTxnRequest.v3AndBelowTopics is not supported in version ' + version)
  if (version <= 3) {
    {
      size += sizeOfArrayLength(m.v3AndBelowTopics.length, flexible)
      for (const item of m.v3AndBelowTopics) size += sizeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(item, version, flexible)
    }
  }
  if (flexible) size += 1
  return size
}

function putAddPartitionsToTxnRequest (w: Writer, m: AddPartitionsToTxnRequest, version: number, flexible: boolean): void {
  if (version >= 4) {
    w.writeArrayLength(m.transactions.length, flexible)
    for (const item of m.transactions) { putAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(w, item, version, flexible) }
  }
  if (version <= 3) {
    if (flexible) w.writeCompactString(m.v3AndBelowTransactionalId); else w.writeString(m.v3AndBelowTransactionalId)
  }
  if (version <= 3) {
    w.writeInt64(m.v3AndBelowProducerId)
  }
  if (version <= 3) {
    w.writeInt16(m.v3AndBelowProducerEpoch)
  }
  if (version <= 3) {
    w.writeArrayLength(m.v3AndBelowTopics.length, flexible)
    for (const item of m.v3AndBelowTopics) { putAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w, item, version, flexible) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** AddPartitionsToTxnRequest: valid versions 0-5, flexible 3+. */
export const AddPartitionsToTxnRequestVersions = { min: 0, max: 5, flexibleMin: 3 } as const

export function decodeAddPartitionsToTxnRequest (r: Reader, version: number): AddPartitionsToTxnRequest {
  return readAddPartitionsToTxnRequest(r, version, version >= 3)
}

export function sizeOfAddPartitionsToTxnRequest (m: AddPartitionsToTxnRequest, version: number): number {
  return sizeAddPartitionsToTxnRequest(m, version, version >= 3)
}

export function writeAddPartitionsToTxnRequest (w: Writer, m: AddPartitionsToTxnRequest, version: number): void {
  putAddPartitionsToTxnRequest(w, m, version, version >= 3)
}

export interface AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** PartitionErrorCode: versions 0+ */
  partitionErrorCode: number
}

export interface AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  /** Name: versions 0+ */
  name: string
  /** ResultsByPartition: versions 0+ */
  resultsByPartition: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[]
}

export interface AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  /** TransactionalId: versions 4+ */
  transactionalId: string
  /** TopicResults: versions 4+ */
  topicResults: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[]
}

export interface AddPartitionsToTxnResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 4+ */
  errorCode: number
  /** ResultsByTransaction: versions 4+ */
  resultsByTransaction: AddPartitionsToTxnResponseAddPartitionsToTxnResult[]
  /** ResultsByTopicV3AndBelow: versions 0-3 */
  resultsByTopicV3AndBelow: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[]
}

export function defaultAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult (): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  return { partitionIndex: 0, partitionErrorCode: 0 }
}

function readAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult (r: Reader, _version: number, flexible: boolean): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  const m: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult = { partitionIndex: 0, partitionErrorCode: 0 }
  m.partitionIndex = r.readInt32()
  m.partitionErrorCode = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult (_m: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  if (flexible) size += 1
  return size
}

function putAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult (w: Writer, m: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult, _version: number, flexible: boolean): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.partitionErrorCode)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult (): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  return { name: "", resultsByPartition: [] }
}

function readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult (r: Reader, version: number, flexible: boolean): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  const m: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult = { name: "", resultsByPartition: [] }
  m.name = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('ResultsByPartition is null but not nullable in this version')
    const items: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[] = []
    for (let i = 0; i < n; i++) items.push(readAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(r, version, flexible))
    m.resultsByPartition = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult (m: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  {
    size += sizeOfArrayLength(m.resultsByPartition.length, flexible)
    for (const item of m.resultsByPartition) size += sizeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult (w: Writer, m: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  w.writeArrayLength(m.resultsByPartition.length, flexible)
  for (const item of m.resultsByPartition) { putAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAddPartitionsToTxnResponseAddPartitionsToTxnResult (): AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  return { transactionalId: "", topicResults: [] }
}

function readAddPartitionsToTxnResponseAddPartitionsToTxnResult (r: Reader, version: number, flexible: boolean): AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  const m: AddPartitionsToTxnResponseAddPartitionsToTxnResult = { transactionalId: "", topicResults: [] }
  if (version >= 4) {
    m.transactionalId = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 4) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('TopicResults is null but not nullable in this version')
      const items: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] = []
      for (let i = 0; i < n; i++) items.push(readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r, version, flexible))
      m.topicResults = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAddPartitionsToTxnResponseAddPartitionsToTxnResult (m: AddPartitionsToTxnResponseAddPartitionsToTxnResult, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 4) {
    size += sizeOfString(m.transactionalId, flexible)
  }
  if (version >= 4) {
    {
      size += sizeOfArrayLength(m.topicResults.length, flexible)
      for (const item of m.topicResults) size += sizeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(item, version, flexible)
    }
  }
  if (flexible) size += 1
  return size
}

function putAddPartitionsToTxnResponseAddPartitionsToTxnResult (w: Writer, m: AddPartitionsToTxnResponseAddPartitionsToTxnResult, version: number, flexible: boolean): void {
  if (version >= 4) {
    if (flexible) w.writeCompactString(m.transactionalId); else w.writeString(m.transactionalId)
  }
  if (version >= 4) {
    w.writeArrayLength(m.topicResults.length, flexible)
    for (const item of m.topicResults) { putAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w, item, version, flexible) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultAddPartitionsToTxnResponse (): AddPartitionsToTxnResponse {
  return { throttleTimeMs: 0, errorCode: 0, resultsByTransaction: [], resultsByTopicV3AndBelow: [] }
}

function readAddPartitionsToTxnResponse (r: Reader, version: number, flexible: boolean): AddPartitionsToTxnResponse {
  const m: AddPartitionsToTxnResponse = { throttleTimeMs: 0, errorCode: 0, resultsByTransaction: [], resultsByTopicV3AndBelow: [] }
  m.throttleTimeMs = r.readInt32()
  if (version >= 4) {
    m.errorCode = r.readInt16()
  }
  if (version >= 4) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('ResultsByTransaction is null but not nullable in this version')
      const items: AddPartitionsToTxnResponseAddPartitionsToTxnResult[] = []
      for (let i = 0; i < n; i++) items.push(readAddPartitionsToTxnResponseAddPartitionsToTxnResult(r, version, flexible))
      m.resultsByTransaction = items
    }
  }
  if (version <= 3) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('ResultsByTopicV3AndBelow is null but not nullable in this version')
      const items: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] = []
      for (let i = 0; i < n; i++) items.push(readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r, version, flexible))
      m.resultsByTopicV3AndBelow = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeAddPartitionsToTxnResponse (m: AddPartitionsToTxnResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  if (version >= 4) {
    size += 2
  }
  if (version >= 4) {
    {
      size += sizeOfArrayLength(m.resultsByTransaction.length, flexible)
      for (const item of m.resultsByTransaction) size += sizeAddPartitionsToTxnResponseAddPartitionsToTxnResult(item, version, flexible)
    }
  }
  if (version <= 3) {
    {
      size += sizeOfArrayLength(m.resultsByTopicV3AndBelow.length, flexible)
      for (const item of m.resultsByTopicV3AndBelow) size += sizeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(item, version, flexible)
    }
  }
  if (flexible) size += 1
  return size
}

function putAddPartitionsToTxnResponse (w: Writer, m: AddPartitionsToTxnResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  if (version >= 4) {
    w.writeInt16(m.errorCode)
  }
  if (version >= 4) {
    w.writeArrayLength(m.resultsByTransaction.length, flexible)
    for (const item of m.resultsByTransaction) { putAddPartitionsToTxnResponseAddPartitionsToTxnResult(w, item, version, flexible) }
  }
  if (version <= 3) {
    w.writeArrayLength(m.resultsByTopicV3AndBelow.length, flexible)
    for (const item of m.resultsByTopicV3AndBelow) { putAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w, item, version, flexible) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** AddPartitionsToTxnResponse: valid versions 0-5, flexible 3+. */
export const AddPartitionsToTxnResponseVersions = { min: 0, max: 5, flexibleMin: 3 } as const

export function decodeAddPartitionsToTxnResponse (r: Reader, version: number): AddPartitionsToTxnResponse {
  return readAddPartitionsToTxnResponse(r, version, version >= 3)
}

export function sizeOfAddPartitionsToTxnResponse (m: AddPartitionsToTxnResponse, version: number): number {
  return sizeAddPartitionsToTxnResponse(m, version, version >= 3)
}

export function writeAddPartitionsToTxnResponse (w: Writer, m: AddPartitionsToTxnResponse, version: number): void {
  putAddPartitionsToTxnResponse(w, m, version, version >= 3)
}
