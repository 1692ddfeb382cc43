// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: ListTransactionsRequest.json, ListTransactionsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface ListTransactionsRequest {
  /** StateFilters: versions 0+ */
  stateFilters: string[]
  /** ProducerIdFilters: versions 0+ */
  producerIdFilters: bigint[]
  /** DurationFilter: versions 1+ */
  durationFilter: bigint
}

export function defaultListTransactionsRequest (): ListTransactionsRequest {
  return { stateFilters: [], producerIdFilters: [], durationFilter: -1n }
}

function readListTransactionsRequest (r: Reader, version: number, flexible: boolean): ListTransactionsRequest {
  const m: ListTransactionsRequest = { stateFilters: [], producerIdFilters: [], durationFilter: -1n }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('StateFilters is null but not nullable in this version')
    const items: string[] = []
    for (let i = 0; i < n; i++) items.push((flexible ? r.readCompactString() : r.readString()))
    m.stateFilters = items
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('ProducerIdFilters is null but not nullable in this version')
    const items: bigint[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt64())
    m.producerIdFilters = items
  }
  if (version >= 1) {
    m.durationFilter = r.readInt64()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeListTransactionsRequest (m: ListTransactionsRequest, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.stateFilters.length, flexible)
    for (const item of m.stateFilters) size += sizeOfString(item, flexible)
  }
  {
    size += sizeOfArrayLength(m.producerIdFilters.length, flexible)
    size += m.producerIdFilters.length * 8
  }
  if (!(version >= 1) && !(m.durationFilter === -1n)) throw new Error('ListTransactionsRequest.durationFilter is not supported in version ' + version)
  if (version >= 1) {
    size += 8
  }
  if (flexible) size += 1
  return size
}

function putListTransactionsRequest (w: Writer, m: ListTransactionsRequest, version: number, flexible: boolean): void {
  w.writeArrayLength(m.stateFilters.length, flexible)
  for (const item of m.stateFilters) { if (flexible) w.writeCompactString(item); else w.writeString(item) }
  w.writeArrayLength(m.producerIdFilters.length, flexible)
  for (const item of m.producerIdFilters) { w.writeInt64(item) }
  if (version >= 1) {
    w.writeInt64(m.durationFilter)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ListTransactionsRequest: valid versions 0-1, flexible 0+. */
export const ListTransactionsRequestVersions = { min: 0, max: 1, flexibleMin: 0 } as const

export function decodeListTransactionsRequest (r: Reader, version: number): ListTransactionsRequest {
  return readListTransactionsRequest(r, version, true)
}

export function sizeOfListTransactionsRequest (m: ListTransactionsRequest, version: number): number {
  return sizeListTransactionsRequest(m, version, true)
}

export function writeListTransactionsRequest (w: Writer, m: ListTransactionsRequest, version: number): void {
  putListTransactionsRequest(w, m, version, true)
}

export interface ListTransactionsResponseTransactionState {
  /** TransactionalId: versions 0+ */
  transactionalId: string
  /** ProducerId: versions 0+ */
  producerId: bigint
  /** TransactionState: versions 0+ */
  transactionState: string
}

export interface ListTransactionsResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** UnknownStateFilters: versions 0+ */
  unknownStateFilters: string[]
  /** TransactionStates: versions 0+ */
  transactionStates: ListTransactionsResponseTransactionState[]
}

export function defaultListTransactionsResponseTransactionState (): ListTransactionsResponseTransactionState {
  return { transactionalId: "", producerId: 0n, transactionState: "" }
}

function readListTransactionsResponseTransactionState (r: Reader, _version: number, flexible: boolean): ListTransactionsResponseTransactionState {
  const m: ListTransactionsResponseTransactionState = { transactionalId: "", producerId: 0n, transactionState: "" }
  m.transactionalId = (flexible ? r.readCompactString() : r.readString())
  m.producerId = r.readInt64()
  m.transactionState = (flexible ? r.readCompactString() : r.readString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeListTransactionsResponseTransactionState (m: ListTransactionsResponseTransactionState, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.transactionalId, flexible)
  size += 8
  size += sizeOfString(m.transactionState, flexible)
  if (flexible) size += 1
  return size
}

function putListTransactionsResponseTransactionState (w: Writer, m: ListTransactionsResponseTransactionState, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.transactionalId); else w.writeString(m.transactionalId)
  w.writeInt64(m.producerId)
  if (flexible) w.writeCompactString(m.transactionState); else w.writeString(m.transactionState)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultListTransactionsResponse (): ListTransactionsResponse {
  return { throttleTimeMs: 0, errorCode: 0, unknownStateFilters: [], transactionStates: [] }
}

function readListTransactionsResponse (r: Reader, version: number, flexible: boolean): ListTransactionsResponse {
  const m: ListTransactionsResponse = { throttleTimeMs: 0, errorCode: 0, unknownStateFilters: [], transactionStates: [] }
  m.throttleTimeMs = r.readInt32()
  m.errorCode = r.readInt16()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('UnknownStateFilters is null but not nullable in this version')
    const items: string[] = []
    for (let i = 0; i < n; i++) items.push((flexible ? r.readCompactString() : r.readString()))
    m.unknownStateFilters = items
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('TransactionStates is null but not nullable in this version')
    const items: ListTransactionsResponseTransactionState[] = []
    for (let i = 0; i < n; i++) items.push(readListTransactionsResponseTransactionState(r, version, flexible))
    m.transactionStates = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeListTransactionsResponse (m: ListTransactionsResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  {
    size += sizeOfArrayLength(m.unknownStateFilters.length, flexible)
    for (const item of m.unknownStateFilters) size += sizeOfString(item, flexible)
  }
  {
    size += sizeOfArrayLength(m.transactionStates.length, flexible)
    for (const item of m.transactionStates) size += sizeListTransactionsResponseTransactionState(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putListTransactionsResponse (w: Writer, m: ListTransactionsResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  w.writeArrayLength(m.unknownStateFilters.length, flexible)
  for (const item of m.unknownStateFilters) { if (flexible) w.writeCompactString(item); else w.writeString(item) }
  w.writeArrayLength(m.transactionStates.length, flexible)
  for (const item of m.transactionStates) { putListTransactionsResponseTransactionState(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ListTransactionsResponse: valid versions 0-1, flexible 0+. */
export const ListTransactionsResponseVersions = { min: 0, max: 1, flexibleMin: 0 } as const

export function decodeListTransactionsResponse (r: Reader, version: number): ListTransactionsResponse {
  return readListTransactionsResponse(r, version, true)
}

export function sizeOfListTransactionsResponse (m: ListTransactionsResponse, version: number): number {
  return sizeListTransactionsResponse(m, version, true)
}

export function writeListTransactionsResponse (w: Writer, m: ListTransactionsResponse, version: number): void {
  putListTransactionsResponse(w, m, version, true)
}
