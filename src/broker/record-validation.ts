// The record checks of Kafka's LogValidator that need more than a batch header: a compacted topic
// (cleanup.policy containing compact) refuses records without a key (INVALID_RECORD), and with
// message.timestamp.type=CreateTime a record whose timestamp is outside message.timestamp.before.max.ms
// / message.timestamp.after.max.ms of the broker's clock is refused (INVALID_TIMESTAMP, KIP-937; the
// deprecated message.timestamp.difference.max.ms stands in for either bound left at its default, as
// in Kafka). The whole partition's records are refused, with Kafka's per-record errors and messages.
//
// Cost: with the defaults (delete policy, unbounded timestamps) `rulesOf` gives NO_RECORD_CHECKS and the
// produce path does nothing more. An after-bound alone is decided by the batch header's max timestamp;
// records are read (and decompressed) only for compacted topics, for a before-bound (no header field
// gives the smallest timestamp: deltas may be negative), or to name the records past an after-bound.
import { ErrorCode } from '../protocol/generated/error-codes.ts'
import * as header from '../protocol/record-batch/batch-header.ts'
import { decompress } from '../protocol/record-batch/compression/index.ts'
import { Reader } from '../protocol/primitives/reader.ts'
import type { TopicSettings } from '../config/topic-config.ts'

/** Config longs are clamped to this; at or above it a timestamp bound is Kafka's Long.MAX_VALUE (none). */
const UNBOUNDED_MS = Number.MAX_SAFE_INTEGER
const LONG_MAX = 9223372036854775807n
/** RecordBatch.NO_TIMESTAMP: a record without a timestamp is never out of range. */
const NO_TIMESTAMP = -1

export interface RecordRules {
  /** False when no check applies: the produce path skips this module altogether. */
  readonly active: boolean
  readonly compacted: boolean
  /** Bounds checked only for CreateTime topics; UNBOUNDED_MS when not set. */
  readonly timestampBeforeMaxMs: number
  readonly timestampAfterMaxMs: number
}

export const NO_RECORD_CHECKS: RecordRules = { active: false, compacted: false, timestampBeforeMaxMs: UNBOUNDED_MS, timestampAfterMaxMs: UNBOUNDED_MS }

export interface RecordError {
  readonly batchIndex: number
  readonly batchIndexErrorMessage: string | null
}

export interface RecordRejection {
  readonly errorCode: number
  readonly errorMessage: string
  readonly recordErrors: readonly RecordError[]
}

/** The checks a topic's settings ask for (computed once per topic and config change, not per request). */
export function rulesOf (settings: TopicSettings): RecordRules {
  const compacted = settings.cleanupPolicy.includes('compact')
  const createTime = settings.messageTimestampType === 'CreateTime'
  const fallback = settings.messageTimestampDifferenceMaxMs
  const before = !createTime ? UNBOUNDED_MS : settings.messageTimestampBeforeMaxMs < UNBOUNDED_MS ? settings.messageTimestampBeforeMaxMs : fallback
  const after = !createTime ? UNBOUNDED_MS : settings.messageTimestampAfterMaxMs < UNBOUNDED_MS ? settings.messageTimestampAfterMaxMs : fallback
  if (!compacted && before >= UNBOUNDED_MS && after >= UNBOUNDED_MS) return NO_RECORD_CHECKS
  return { active: true, compacted, timestampBeforeMaxMs: before, timestampAfterMaxMs: after }
}

/**
 * Checks a partition's records (one or more RecordBatch v2, as the client sent them) against `rules`.
 * Returns null when they pass, or when their framing is bad: the log's own validation answers that
 * (CORRUPT_MESSAGE and the rest) as it would without these rules.
 */
export function checkRecords (records: Buffer, rules: RecordRules, nowMs: number, topicPartition: string): RecordRejection | null {
  if (!rules.active) return null
  let at = 0
  while (at < records.length) {
    if (header.validateBatch(records, at, records.length, true, true) !== 0) return null
    const end = at + header.batchSizeBytes(records, at)
    if (mustReadRecords(records, at, rules, nowMs)) {
      const rejection = checkBatchRecords(records, at, end, rules, nowMs, topicPartition)
      if (rejection !== null) return rejection
    }
    at = end
  }
  return null
}

function mustReadRecords (buf: Buffer, at: number, rules: RecordRules, nowMs: number): boolean {
  if (rules.compacted || rules.timestampBeforeMaxMs < UNBOUNDED_MS) return true
  // Only an after-bound: the header's max timestamp says whether any record is past it.
  return rules.timestampAfterMaxMs < UNBOUNDED_MS && header.maxTimestamp(buf, at) - nowMs > rules.timestampAfterMaxMs
}

/** Kafka's validateRecord for each record of one batch; every failing record is named. */
function checkBatchRecords (buf: Buffer, at: number, end: number, rules: RecordRules, nowMs: number, topicPartition: string): RecordRejection | null {
  let data: Buffer
  try {
    data = decompress(header.compressionCodec(buf, at), buf.subarray(at + header.RECORDS, end))
  } catch (err) {
    return corrupt(`records of the batch at ${at} cannot be decompressed: ${(err as Error).message}`)
  }
  const count = header.recordCount(buf, at)
  const baseOffset = header.baseOffset(buf, at)
  const baseTimestamp = header.baseTimestamp(buf, at)
  const errors: RecordError[] = []
  let invalidTimestamp = false
  const r = new Reader(data)
  try {
    for (let batchIndex = 0; batchIndex < count; batchIndex++) {
      const length = r.readVarInt()
      const next = r.offset + length
      if (length < 0 || next > data.length) return corrupt(`record ${batchIndex} of the batch at ${at} overruns its batch`)
      r.readInt8() // attributes
      const timestamp = baseTimestamp + Number(r.readVarLong())
      const offset = baseOffset + r.readVarInt()
      const keyLength = r.readVarInt()
      if (rules.compacted && keyLength < 0) {
        errors.push({ batchIndex, batchIndexErrorMessage: `Compacted topic cannot accept message without key in topic partition ${topicPartition}` })
      } else if (timestamp !== NO_TIMESTAMP && outOfRange(timestamp, nowMs, rules)) {
        invalidTimestamp = true
        errors.push({ batchIndex, batchIndexErrorMessage: `Timestamp ${timestamp} of message with offset ${offset} is out of range. The timestamp should be within [${bound(nowMs, rules.timestampBeforeMaxMs, -1n)}, ${bound(nowMs, rules.timestampAfterMaxMs, 1n)}]` })
      }
      r.offset = next
    }
  } catch (err) {
    return corrupt(`a record of the batch at ${at} is malformed: ${(err as Error).message}`)
  }
  if (errors.length === 0) return null
  if (invalidTimestamp) return { errorCode: ErrorCode.INVALID_TIMESTAMP, errorMessage: 'One or more records have been rejected due to invalid timestamp', recordErrors: errors }
  const shown = errors.slice(0, 3).map((e) => `RecordError(batchIndex=${e.batchIndex}, message='${e.batchIndexErrorMessage ?? ''}')`).join(', ')
  return {
    errorCode: ErrorCode.INVALID_RECORD,
    errorMessage: `One or more records have been rejected due to ${errors.length} record errors in total, and only showing the first three errors at most: [${shown}]`,
    recordErrors: errors
  }
}

/** Records that cannot be read under a valid CRC: Kafka answers CORRUPT_MESSAGE when it reads them. */
function corrupt (message: string): RecordRejection {
  return { errorCode: ErrorCode.CORRUPT_MESSAGE, errorMessage: message, recordErrors: [] }
}

function outOfRange (timestamp: number, nowMs: number, rules: RecordRules): boolean {
  const diff = nowMs - timestamp
  return diff > rules.timestampBeforeMaxMs || -diff > rules.timestampAfterMaxMs
}

/** now -/+ a bound with Kafka's 64-bit arithmetic (an unbounded side prints as Java prints it). */
function bound (nowMs: number, boundMs: number, sign: 1n | -1n): string {
  const ms = boundMs >= UNBOUNDED_MS ? LONG_MAX : BigInt(boundMs)
  return BigInt.asIntN(64, BigInt(nowMs) + sign * ms).toString()
}
