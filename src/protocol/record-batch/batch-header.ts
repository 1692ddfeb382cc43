// A zero-copy view of RecordBatch v2 headers (Kafka's DefaultRecordBatch): field offsets, reads and
// in-place patches, and validation that never decodes a record. The produce, fetch and replication
// paths use only this file; records.ts (full decoding) is for tests and compaction.
//
//   baseOffset int64 | batchLength int32 | partitionLeaderEpoch int32 | magic int8 | crc uint32 |
//   attributes int16 | lastOffsetDelta int32 | baseTimestamp int64 | maxTimestamp int64 |
//   producerId int64 | producerEpoch int16 | baseSequence int32 | recordCount int32 | records...
// The CRC covers attributes to the end of the batch, so base offset and leader epoch can be patched
// without recomputing it.
import { crc32c } from './crc32c.ts'

export const BASE_OFFSET = 0
export const BATCH_LENGTH = 8
export const PARTITION_LEADER_EPOCH = 12
export const MAGIC = 16
export const CRC = 17
export const ATTRIBUTES = 21
export const LAST_OFFSET_DELTA = 23
export const BASE_TIMESTAMP = 27
export const MAX_TIMESTAMP = 35
export const PRODUCER_ID = 43
export const PRODUCER_EPOCH = 51
export const BASE_SEQUENCE = 53
export const RECORD_COUNT = 57
export const RECORDS = 61
/** Size of the batch header, and so the smallest possible batch. */
export const BATCH_HEADER_BYTES = 61
/** baseOffset + batchLength: the part of a batch not counted in batchLength. */
export const LOG_OVERHEAD_BYTES = 12

export const Attribute = {
  CompressionMask: 0x07,
  TimestampTypeLogAppend: 0x08,
  Transactional: 0x10,
  Control: 0x20,
  DeleteHorizon: 0x40
} as const

export const CompressionCodec = { None: 0, Gzip: 1, Snappy: 2, Lz4: 3, Zstd: 4 } as const
export type CompressionCodec = typeof CompressionCodec[keyof typeof CompressionCodec]

/** Kafka error codes this validation returns (the protocol layer's numbers, repeated to stay import-free of handlers). */
export const BatchError = {
  NONE: 0,
  CORRUPT_MESSAGE: 2,
  UNSUPPORTED_FOR_MESSAGE_FORMAT: 43,
  INVALID_RECORD: 87
} as const

// Offsets are read as numbers: every offset Rivulet assigns is a safe integer, and a batch whose
// offset fields are beyond 2^53 is rejected as corrupt by the callers that check.
export function baseOffset (buf: Buffer, at: number): number {
  return Number(buf.readBigInt64BE(at + BASE_OFFSET))
}

export function batchLength (buf: Buffer, at: number): number {
  return buf.readInt32BE(at + BATCH_LENGTH)
}

/** Whole size of the batch in bytes, including the 12-byte log overhead. */
export function batchSizeBytes (buf: Buffer, at: number): number {
  return LOG_OVERHEAD_BYTES + buf.readInt32BE(at + BATCH_LENGTH)
}

export function partitionLeaderEpoch (buf: Buffer, at: number): number {
  return buf.readInt32BE(at + PARTITION_LEADER_EPOCH)
}

export function magic (buf: Buffer, at: number): number {
  return buf.readInt8(at + MAGIC)
}

export function attributes (buf: Buffer, at: number): number {
  return buf.readInt16BE(at + ATTRIBUTES)
}

export function compressionCodec (buf: Buffer, at: number): number {
  return buf.readInt16BE(at + ATTRIBUTES) & Attribute.CompressionMask
}

export function isTransactional (buf: Buffer, at: number): boolean {
  return (buf.readInt16BE(at + ATTRIBUTES) & Attribute.Transactional) !== 0
}

export function isControl (buf: Buffer, at: number): boolean {
  return (buf.readInt16BE(at + ATTRIBUTES) & Attribute.Control) !== 0
}

export function lastOffsetDelta (buf: Buffer, at: number): number {
  return buf.readInt32BE(at + LAST_OFFSET_DELTA)
}

export function lastOffset (buf: Buffer, at: number): number {
  return baseOffset(buf, at) + buf.readInt32BE(at + LAST_OFFSET_DELTA)
}

export function baseTimestamp (buf: Buffer, at: number): number {
  return Number(buf.readBigInt64BE(at + BASE_TIMESTAMP))
}

export function maxTimestamp (buf: Buffer, at: number): number {
  return Number(buf.readBigInt64BE(at + MAX_TIMESTAMP))
}

export function producerId (buf: Buffer, at: number): bigint {
  return buf.readBigInt64BE(at + PRODUCER_ID)
}

export function producerEpoch (buf: Buffer, at: number): number {
  return buf.readInt16BE(at + PRODUCER_EPOCH)
}

export function baseSequence (buf: Buffer, at: number): number {
  return buf.readInt32BE(at + BASE_SEQUENCE)
}

export function recordCount (buf: Buffer, at: number): number {
  return buf.readInt32BE(at + RECORD_COUNT)
}

export function storedCrc (buf: Buffer, at: number): number {
  return buf.readUInt32BE(at + CRC)
}

export function computeCrc (buf: Buffer, at: number): number {
  return crc32c(buf.subarray(at + ATTRIBUTES, at + batchSizeBytes(buf, at)))
}

export function patchBaseOffset (buf: Buffer, at: number, offset: number): void {
  buf.writeBigInt64BE(BigInt(offset), at + BASE_OFFSET)
}

export function patchPartitionLeaderEpoch (buf: Buffer, at: number, epoch: number): void {
  buf.writeInt32BE(epoch, at + PARTITION_LEADER_EPOCH)
}

/** LogAppendTime: sets the timestamp type and max timestamp, which the CRC covers, so recomputes it. */
export function patchLogAppendTime (buf: Buffer, at: number, timestampMs: number): void {
  buf.writeInt16BE(buf.readInt16BE(at + ATTRIBUTES) | Attribute.TimestampTypeLogAppend, at + ATTRIBUTES)
  buf.writeBigInt64BE(BigInt(timestampMs), at + MAX_TIMESTAMP)
  buf.writeUInt32BE(computeCrc(buf, at), at + CRC)
}

/**
 * Checks the framing of the batch at `at` within `end` without touching its records: magic, length,
 * record count, and (when `checkCrc`) the CRC. Returns a Kafka error code, 0 when valid; the batch's
 * size is batchSizeBytes() once this returned 0. `fromClient` adds Kafka's produce-time rule that the
 * record count matches the offset deltas: batches from a leader or a compacted log may have gaps.
 */
export function validateBatch (buf: Buffer, at: number, end: number, checkCrc: boolean, fromClient: boolean): number {
  if (end - at < LOG_OVERHEAD_BYTES + 5) return BatchError.CORRUPT_MESSAGE
  const m = buf.readInt8(at + MAGIC)
  if (m !== 2) return m === 0 || m === 1 ? BatchError.UNSUPPORTED_FOR_MESSAGE_FORMAT : BatchError.CORRUPT_MESSAGE
  const length = buf.readInt32BE(at + BATCH_LENGTH)
  if (length < BATCH_HEADER_BYTES - LOG_OVERHEAD_BYTES || at + LOG_OVERHEAD_BYTES + length > end) return BatchError.CORRUPT_MESSAGE
  if (checkCrc && computeCrc(buf, at) !== buf.readUInt32BE(at + CRC)) return BatchError.CORRUPT_MESSAGE
  const count = buf.readInt32BE(at + RECORD_COUNT)
  const delta = buf.readInt32BE(at + LAST_OFFSET_DELTA)
  if (count < 0 || delta < 0 || (fromClient && (count === 0 || delta !== count - 1))) return BatchError.INVALID_RECORD
  return BatchError.NONE
}
