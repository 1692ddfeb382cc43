// What the admin API shows of the partitions this node hosts, for tests and the chaos harness: each
// replica's role, leader, epoch, ISR and offsets (log start, log end, high watermark), and a SHA-256 of
// the stored batch bytes below an offset, so that replicas can be compared byte for byte without
// decoding a record. Read-only over the hosted partitions and the committed image.
import { createHash } from 'node:crypto'
import type { Broker } from '../broker/broker.ts'
import { batchSizeBytes, lastOffset, LOG_OVERHEAD_BYTES } from '../protocol/record-batch/batch-header.ts'

/** Bytes read from the log per step of a digest (a batch larger than this is still read whole: KIP-74). */
const DIGEST_READ_BYTES = 1024 * 1024

export interface HostedPartitionView {
  readonly topic: string
  readonly topicId: string
  readonly partition: number
  readonly leader: number
  readonly leaderEpoch: number
  readonly partitionEpoch: number
  readonly replicas: readonly number[]
  readonly isr: readonly number[]
  /** 'leader' or 'follower' by the committed image; 'offline' while the log cannot be opened. */
  readonly role: 'leader' | 'follower' | 'offline'
  readonly logStartOffset: number | null
  readonly logEndOffset: number | null
  readonly highWatermark: number | null
}

/** Every partition the committed image places on this node, by topic name then partition. */
export function hostedPartitions (broker: Broker): HostedPartitionView[] {
  const out: HostedPartitionView[] = []
  const topics = [...broker.image().topicsById.values()].sort((a, b) => a.name.localeCompare(b.name))
  for (const topic of topics) {
    const ids = [...topic.partitions.keys()].sort((a, b) => a - b)
    for (const id of ids) {
      const p = broker.partitions.get(topic.name, id)
      if (p === undefined) continue
      const online = p.isOnline()
      out.push({
        topic: topic.name,
        topicId: topic.id,
        partition: id,
        leader: p.leaderId,
        leaderEpoch: p.leaderEpoch,
        partitionEpoch: p.partitionEpoch,
        replicas: p.replicas,
        isr: p.isr,
        role: !online ? 'offline' : p.isLeader() ? 'leader' : 'follower',
        logStartOffset: online ? p.logStartOffset() : null,
        logEndOffset: online ? p.logEndOffset() : null,
        highWatermark: online ? p.highWatermark() : null
      })
    }
  }
  return out
}

export interface PartitionDigest {
  readonly topic: string
  readonly partition: number
  /** The first offset covered: the log start offset. */
  readonly startOffset: number
  /** The end asked for. */
  readonly requestedEnd: number
  /**
   * The offset after the last batch digested: `requestedEnd` when it falls on a batch boundary, else
   * the boundary below it (a batch is digested whole or not at all).
   */
  readonly endOffset: number
  readonly batches: number
  readonly bytes: number
  readonly sha256: string
}

export type DigestResult =
  | { readonly status: 200, readonly digest: PartitionDigest }
  | { readonly status: 400 | 404 | 503, readonly error: string }

/** Parses `end` as a non-negative safe integer, or null. */
function parseOffset (text: string | undefined): number | null {
  if (text === undefined || !/^\d+$/.test(text)) return null
  const n = Number(text)
  return Number.isSafeInteger(n) ? n : null
}

/**
 * SHA-256 over the stored batches (as PartitionLog.read returns them, whole, never decoded) of the
 * offsets from the log start below `endText`. Synchronous, so the log cannot change under it: meant
 * for test-sized logs. 404: the partition is not hosted here; 400: a bad `end` or one outside
 * [logStartOffset, logEndOffset]; 503: the log is offline or could not be read.
 */
export function partitionDigest (broker: Broker, topic: string, partitionText: string, endText: string | undefined): DigestResult {
  const partitionId = parseOffset(partitionText)
  if (partitionId === null || partitionId > 0x7fffffff) return { status: 400, error: `partition must be a non-negative integer, not ${JSON.stringify(partitionText)}` }
  if (broker.image().topic(topic) === undefined) return { status: 404, error: `unknown topic ${topic}` }
  const p = broker.partitions.get(topic, partitionId)
  if (p === undefined) return { status: 404, error: `partition ${topic}-${partitionId} is not hosted on this node` }
  if (endText === undefined) return { status: 400, error: 'query parameter end (an offset) is required' }
  const end = parseOffset(endText)
  if (end === null) return { status: 400, error: `end must be a non-negative integer offset, not ${JSON.stringify(endText)}` }
  if (!p.isOnline()) return { status: 503, error: `partition ${topic}-${partitionId} is offline: ${p.offlineCause() ?? 'unknown cause'}` }
  const log = p.log()
  const start = log.logStartOffset()
  const logEnd = log.logEndOffset()
  if (end < start || end > logEnd) return { status: 400, error: `end ${end} is outside the log [${start}, ${logEnd}] of ${topic}-${partitionId}` }
  const hash = createHash('sha256')
  let offset = start
  let batches = 0
  let bytes = 0
  while (offset < end) {
    const read = log.read(offset, DIGEST_READ_BYTES, end, true)
    if (read.errorCode !== 0) return { status: 503, error: `reading ${topic}-${partitionId} at offset ${offset} failed with error code ${read.errorCode}` }
    const records = read.records
    if (records.length === 0) break
    let at = 0
    let next = offset
    // Only whole batches: a partial one at the end of a read is read again from its start next time.
    while (at + LOG_OVERHEAD_BYTES <= records.length) {
      const size = batchSizeBytes(records, at)
      if (at + size > records.length) break
      next = lastOffset(records, at) + 1
      hash.update(records.subarray(at, at + size))
      batches++
      bytes += size
      at += size
    }
    if (next === offset) break
    offset = next
  }
  return { status: 200, digest: { topic, partition: partitionId, startOffset: start, requestedEnd: end, endOffset: offset, batches, bytes, sha256: hash.digest('hex') } }
}
