// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: DescribeTransactionsRequest.json, DescribeTransactionsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface DescribeTransactionsRequest {
  /** TransactionalIds: versions 0+ */
  transactionalIds: string[]
}

export function defaultDescribeTransactionsRequest (): DescribeTransactionsRequest {
  return { transactionalIds: [] }
}

function readDescribeTransactionsRequest (r: Reader, _version: number, flexible: boolean): DescribeTransactionsRequest {
  const m: DescribeTransactionsRequest = { transactionalIds: [] }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('TransactionalIds is null but not nullable in this version')
    const items: string[] = []
    for (let i = 0; i < n; i++) items.push((flexible ? r.readCompactString() : r.readString()))
    m.transactionalIds = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeTransactionsRequest (m: DescribeTransactionsRequest, _version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.transactionalIds.length, flexible)
    for (const item of m.transactionalIds) size += sizeOfString(item, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeTransactionsRequest (w: Writer, m: DescribeTransactionsRequest, _version: number, flexible: boolean): void {
  w.writeArrayLength(m.transactionalIds.length, flexible)
  for (const item of m.transactionalIds) { if (flexible) w.writeCompactString(item); else w.writeString(item) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DescribeTransactionsRequest: valid versions 0-0, flexible 0+. */
export const DescribeTransactionsRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeDescribeTransactionsRequest (r: Reader, version: number): DescribeTransactionsRequest {
  return readDescribeTransactionsRequest(r, version, true)
}

export function sizeOfDescribeTransactionsRequest (m: DescribeTransactionsRequest, version: number): number {
  return sizeDescribeTransactionsRequest(m, version, true)
}

export function writeDescribeTransactionsRequest (w: Writer, m: DescribeTransactionsRequest, version: number): void {
  putDescribeTransactionsRequest(w, m, version, true)
}

export interface DescribeTransactionsResponseTopicData {
  /** Topic: versions 0+ */
  topic: string
  /** Partitions: versions 0+ */
  partitions: number[]
}

export interface DescribeTransactionsResponseTransactionState {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** TransactionalId: versions 0+ */
  transactionalId: string
  /** TransactionState: versions 0+ */
  transactionState: string
  /** TransactionTimeoutMs: versions 0+ */
  transactionTimeoutMs: number
  /** TransactionStartTimeMs: versions 0+ */
  transactionStartTimeMs: bigint
  /** ProducerId: versions 0+ */
  producerId: bigint
  /** ProducerEpoch: versions 0+ */
  producerEpoch: number
  /** Topics: versions 0+ */
  topics: DescribeTransactionsResponseTopicData[]
}

export interface DescribeTransactionsResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** TransactionStates: versions 0+ */
  transactionStates: DescribeTransactionsResponseTransactionState[]
}

export function defaultDescribeTransactionsResponseTopicData (): DescribeTransactionsResponseTopicData {
  return { topic: "", partitions: [] }
}

function readDescribeTransactionsResponseTopicData (r: Reader, _version: number, flexible: boolean): DescribeTransactionsResponseTopicData {
  const m: DescribeTransactionsResponseTopicData = { topic: "", partitions: [] }
  m.topic = (flexible ? r.readCompactString() : r.readString())
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

function sizeDescribeTransactionsResponseTopicData (m: DescribeTransactionsResponseTopicData, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.topic, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    size += m.partitions.length * 4
  }
  if (flexible) size += 1
  return size
}

function putDescribeTransactionsResponseTopicData (w: Writer, m: DescribeTransactionsResponseTopicData, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.topic); else w.writeString(m.topic)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { w.writeInt32(item) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeTransactionsResponseTransactionState (): DescribeTransactionsResponseTransactionState {
  return { errorCode: 0, transactionalId: "", transactionState: "", transactionTimeoutMs: 0, transactionStartTimeMs: 0n, producerId: 0n, producerEpoch: 0, topics: [] }
}

function readDescribeTransactionsResponseTransactionState (r: Reader, version: number, flexible: boolean): DescribeTransactionsResponseTransactionState {
  const m: DescribeTransactionsResponseTransactionState = { errorCode: 0, transactionalId: "", transactionState: "", transactionTimeoutMs: 0, transactionStartTimeMs: 0n, producerId: 0n, producerEpoch: 0, topics: [] }
  m.errorCode = r.readInt16()
  m.transactionalId = (flexible ? r.readCompactString() : r.readString())
  m.transactionState = (flexible ? r.readCompactString() : r.readString())
  m.transactionTimeoutMs = r.readInt32()
  m.transactionStartTimeMs = r.readInt64()
  m.producerId = r.readInt64()
  m.producerEpoch = r.readInt16()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
    const items: DescribeTransactionsResponseTopicData[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeTransactionsResponseTopicData(r, version, flexible))
    m.topics = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeTransactionsResponseTransactionState (m: DescribeTransactionsResponseTransactionState, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += sizeOfString(m.transactionalId, flexible)
  size += sizeOfString(m.transactionState, flexible)
  size += 4
  size += 8
  size += 8
  size += 2
  {
    size += sizeOfArrayLength(m.topics.length, flexible)
    for (const item of m.topics) size += sizeDescribeTransactionsResponseTopicData(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeTransactionsResponseTransactionState (w: Writer, m: DescribeTransactionsResponseTransactionState, version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactString(m.transactionalId); else w.writeString(m.transactionalId)
  if (flexible) w.writeCompactString(m.transactionState); else w.writeString(m.transactionState)
  w.writeInt32(m.transactionTimeoutMs)
  w.writeInt64(m.transactionStartTimeMs)
  w.writeInt64(m.producerId)
  w.writeInt16(m.producerEpoch)
  w.writeArrayLength(m.topics.length, flexible)
  for (const item of m.topics) { putDescribeTransactionsResponseTopicData(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeTransactionsResponse (): DescribeTransactionsResponse {
  return { throttleTimeMs: 0, transactionStates: [] }
}

function readDescribeTransactionsResponse (r: Reader, version: number, flexible: boolean): DescribeTransactionsResponse {
  const m: DescribeTransactionsResponse = { throttleTimeMs: 0, transactionStates: [] }
  m.throttleTimeMs = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('TransactionStates is null but not nullable in this version')
    const items: DescribeTransactionsResponseTransactionState[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeTransactionsResponseTransactionState(r, version, flexible))
    m.transactionStates = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeTransactionsResponse (m: DescribeTransactionsResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  {
    size += sizeOfArrayLength(m.transactionStates.length, flexible)
    for (const item of m.transactionStates) size += sizeDescribeTransactionsResponseTransactionState(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeTransactionsResponse (w: Writer, m: DescribeTransactionsResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeArrayLength(m.transactionStates.length, flexible)
  for (const item of m.transactionStates) { putDescribeTransactionsResponseTransactionState(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DescribeTransactionsResponse: valid versions 0-0, flexible 0+. */
export const DescribeTransactionsResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeDescribeTransactionsResponse (r: Reader, version: number): DescribeTransactionsResponse {
  return readDescribeTransactionsResponse(r, version, true)
}

export function sizeOfDescribeTransactionsResponse (m: DescribeTransactionsResponse, version: number): number {
  return sizeDescribeTransactionsResponse(m, version, true)
}

export function writeDescribeTransactionsResponse (w: Writer, m: DescribeTransactionsResponse, version: number): void {
  putDescribeTransactionsResponse(w, m, version, true)
}
