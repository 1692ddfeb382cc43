// Full RecordBatch v2 encoding and decoding, records included, with all four compression codecs.
// This exists for tests, tools and compaction only: produce, fetch and replication never decode
// records (they use batch-header.ts).
import { Reader, DecodeError } from '../primitives/reader.ts'
import { Writer, sizeOfVarInt, sizeOfVarLong } from '../primitives/writer.ts'
import { crc32c } from './crc32c.ts'
import { compress, decompress, COMPRESSION_IDS, type CompressionName } from './compression/index.ts'
import {
  ATTRIBUTES, Attribute, BATCH_HEADER_BYTES, CRC, LOG_OVERHEAD_BYTES, RECORDS, validateBatch,
  baseOffset as readBaseOffset, batchSizeBytes
} from './batch-header.ts'

export interface RecordHeader { key: string, value: Buffer | null }

export interface RecordInput {
  key: Buffer | null
  value: Buffer | null
  headers?: RecordHeader[]
  /** Milliseconds; defaults to the batch's base timestamp. */
  timestamp?: number
}

export interface BatchInput {
  baseOffset?: number
  partitionLeaderEpoch?: number
  records: RecordInput[]
  compression?: CompressionName
  timestampType?: 'create' | 'log-append'
  producerId?: number
  producerEpoch?: number
  baseSequence?: number
  transactional?: boolean
  control?: boolean
  /** Defaults to the first record's timestamp, else 0. */
  baseTimestamp?: number
}

export interface DecodedRecord {
  offset: number
  timestamp: number
  key: Buffer | null
  value: Buffer | null
  headers: RecordHeader[]
}

export interface DecodedBatch {
  baseOffset: number
  lastOffset: number
  partitionLeaderEpoch: number
  compression: CompressionName
  timestampType: 'create' | 'log-append'
  transactional: boolean
  control: boolean
  baseTimestamp: number
  maxTimestamp: number
  producerId: number
  producerEpoch: number
  baseSequence: number
  records: DecodedRecord[]
  sizeBytes: number
}

const COMPRESSION_NAMES: readonly CompressionName[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd']

function sizeOfField (b: Buffer | null): number {
  return b === null ? sizeOfVarInt(-1) : sizeOfVarInt(b.length) + b.length
}

function encodeRecord (w: Writer, record: RecordInput, offsetDelta: number, timestampDelta: number): void {
  const headers = record.headers ?? []
  let bodySize = 1 + sizeOfVarLong(BigInt(timestampDelta)) + sizeOfVarInt(offsetDelta) + sizeOfField(record.key) + sizeOfField(record.value) + sizeOfVarInt(headers.length)
  const headerKeys = headers.map((h) => Buffer.from(h.key, 'utf8'))
  for (let i = 0; i < headers.length; i++) bodySize += sizeOfField(headerKeys[i]!) + sizeOfField(headers[i]!.value)
  w.writeVarInt(bodySize)
  w.writeInt8(0)
  w.writeVarLong(BigInt(timestampDelta))
  w.writeVarInt(offsetDelta)
  writeField(w, record.key)
  writeField(w, record.value)
  w.writeVarInt(headers.length)
  for (let i = 0; i < headers.length; i++) {
    writeField(w, headerKeys[i]!)
    writeField(w, headers[i]!.value)
  }
}

function writeField (w: Writer, b: Buffer | null): void {
  if (b === null) { w.writeVarInt(-1); return }
  w.writeVarInt(b.length)
  b.copy(w.buf, w.offset)
  w.offset += b.length
}

function recordSize (record: RecordInput, offsetDelta: number, timestampDelta: number): number {
  const headers = record.headers ?? []
  let body = 1 + sizeOfVarLong(BigInt(timestampDelta)) + sizeOfVarInt(offsetDelta) + sizeOfField(record.key) + sizeOfField(record.value) + sizeOfVarInt(headers.length)
  for (const h of headers) body += sizeOfField(Buffer.from(h.key, 'utf8')) + sizeOfField(h.value)
  return sizeOfVarInt(body) + body
}

/** A complete, CRC-valid RecordBatch v2. */
export function buildRecordBatch (input: BatchInput): Buffer {
  if (input.records.length === 0) throw new RangeError('a record batch holds at least one record')
  const baseTimestamp = input.baseTimestamp ?? input.records[0]!.timestamp ?? 0
  let maxTimestamp = -1
  let recordsSize = 0
  for (let i = 0; i < input.records.length; i++) {
    const ts = input.records[i]!.timestamp ?? baseTimestamp
    if (ts > maxTimestamp) maxTimestamp = ts
    recordsSize += recordSize(input.records[i]!, i, ts - baseTimestamp)
  }
  const plain = Writer.alloc(recordsSize)
  for (let i = 0; i < input.records.length; i++) {
    const ts = input.records[i]!.timestamp ?? baseTimestamp
    encodeRecord(plain, input.records[i]!, i, ts - baseTimestamp)
  }
  const codec = COMPRESSION_IDS[input.compression ?? 'none']
  const payload = compress(codec, plain.buf)
  const batch = Buffer.alloc(BATCH_HEADER_BYTES + payload.length)
  const w = new Writer(batch)
  w.writeInt64(BigInt(input.baseOffset ?? 0))
  w.writeInt32(batch.length - LOG_OVERHEAD_BYTES)
  w.writeInt32(input.partitionLeaderEpoch ?? -1)
  w.writeInt8(2)
  w.writeUInt32(0) // CRC, below
  let attributes = codec
  if (input.timestampType === 'log-append') attributes |= Attribute.TimestampTypeLogAppend
  if (input.transactional === true) attributes |= Attribute.Transactional
  if (input.control === true) attributes |= Attribute.Control
  w.writeInt16(attributes)
  w.writeInt32(input.records.length - 1)
  w.writeInt64(BigInt(baseTimestamp))
  w.writeInt64(BigInt(maxTimestamp))
  w.writeInt64(BigInt(input.producerId ?? -1))
  w.writeInt16(input.producerEpoch ?? -1)
  w.writeInt32(input.baseSequence ?? -1)
  w.writeInt32(input.records.length)
  payload.copy(batch, RECORDS)
  batch.writeUInt32BE(crc32c(batch.subarray(ATTRIBUTES)), CRC)
  return batch
}

function readField (r: Reader): Buffer | null {
  const length = r.readVarInt()
  if (length < -1) throw new DecodeError(`record field length ${length}`)
  if (length === -1) return null
  if (length > r.remaining()) throw new DecodeError(`record field of ${length} bytes exceeds the batch`)
  const b = r.buf.subarray(r.offset, r.offset + length)
  r.offset += length
  return b
}

function decodeRecords (data: Buffer, count: number, baseOffset: number, baseTimestamp: number): DecodedRecord[] {
  const r = new Reader(data)
  const records: DecodedRecord[] = []
  for (let i = 0; i < count; i++) {
    const length = r.readVarInt()
    if (length < 0 || length > r.remaining()) throw new DecodeError(`record length ${length} exceeds the batch`)
    const end = r.offset + length
    r.readInt8() // attributes: unused in v2
    const timestampDelta = Number(r.readVarLong())
    const offsetDelta = r.readVarInt()
    const key = readField(r)
    const value = readField(r)
    const headerCount = r.readVarInt()
    if (headerCount < 0 || headerCount > r.remaining()) throw new DecodeError(`record header count ${headerCount}`)
    const headers: RecordHeader[] = []
    for (let h = 0; h < headerCount; h++) {
      const hk = readField(r)
      if (hk === null) throw new DecodeError('record header key is null')
      headers.push({ key: hk.toString('utf8'), value: readField(r) })
    }
    if (r.offset !== end) throw new DecodeError(`record is ${r.offset - end + length} bytes, its length says ${length}`)
    records.push({ offset: baseOffset + offsetDelta, timestamp: baseTimestamp + timestampDelta, key, value, headers })
  }
  if (r.remaining() !== 0) throw new DecodeError(`${r.remaining()} bytes after the last record`)
  return records
}

/** Decodes one batch at `at` (validated, CRC checked) with its records. Throws DecodeError when malformed. */
export function decodeRecordBatch (bytes: Buffer, at = 0): DecodedBatch {
  const error = validateBatch(bytes, at, bytes.length, true, false)
  if (error !== 0) throw new DecodeError(`invalid record batch at ${at}: Kafka error ${error}`)
  const size = batchSizeBytes(bytes, at)
  const attributes = bytes.readInt16BE(at + ATTRIBUTES)
  const codec = attributes & Attribute.CompressionMask
  if (codec > 4) throw new DecodeError(`unknown compression codec ${codec}`)
  const baseOffset = readBaseOffset(bytes, at)
  const baseTimestamp = Number(bytes.readBigInt64BE(at + 27))
  const count = bytes.readInt32BE(at + 57)
  let data: Buffer
  try {
    data = decompress(codec, bytes.subarray(at + RECORDS, at + size))
  } catch (err) {
    throw new DecodeError(`cannot decompress ${COMPRESSION_NAMES[codec]} records: ${(err as Error).message}`)
  }
  return {
    baseOffset,
    lastOffset: baseOffset + bytes.readInt32BE(at + 23),
    partitionLeaderEpoch: bytes.readInt32BE(at + 12),
    compression: COMPRESSION_NAMES[codec]!,
    timestampType: (attributes & Attribute.TimestampTypeLogAppend) !== 0 ? 'log-append' : 'create',
    transactional: (attributes & Attribute.Transactional) !== 0,
    control: (attributes & Attribute.Control) !== 0,
    baseTimestamp,
    maxTimestamp: Number(bytes.readBigInt64BE(at + 35)),
    producerId: Number(bytes.readBigInt64BE(at + 43)),
    producerEpoch: bytes.readInt16BE(at + 51),
    baseSequence: bytes.readInt32BE(at + 53),
    records: decodeRecords(data, count, baseOffset, baseTimestamp),
    sizeBytes: size
  }
}

/** Every batch in a buffer (a produce request's records, a fetch response's, a segment file). */
export function decodeRecordBatches (bytes: Buffer): DecodedBatch[] {
  const batches: DecodedBatch[] = []
  let at = 0
  while (at < bytes.length) {
    const batch = decodeRecordBatch(bytes, at)
    batches.push(batch)
    at += batch.sizeBytes
  }
  return batches
}

/** A transaction marker (control batch): COMMIT (1) or ABORT (0), as the coordinator writes it. */
export function buildControlBatch (input: { commit: boolean, producerId: number, producerEpoch: number, coordinatorEpoch: number, timestamp: number, baseOffset?: number }): Buffer {
  const key = Buffer.alloc(4)
  key.writeInt16BE(0, 0) // version
  key.writeInt16BE(input.commit ? 1 : 0, 2)
  const value = Buffer.alloc(6)
  value.writeInt16BE(0, 0) // version
  value.writeInt32BE(input.coordinatorEpoch, 2)
  return buildRecordBatch({
    baseOffset: input.baseOffset ?? 0,
    records: [{ key, value, timestamp: input.timestamp }],
    producerId: input.producerId,
    producerEpoch: input.producerEpoch,
    transactional: true,
    control: true
  })
}
