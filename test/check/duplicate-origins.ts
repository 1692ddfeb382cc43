// Where a duplicated value's copies came from: the producer id, epoch and sequence of the batches that
// hold them (RecordBatch v2 headers, no record decoded). An idempotent producer's retry within one
// epoch must be de-duplicated by the broker, so copies under one producer id, epoch and sequence are
// the broker's fault. Copies under one epoch with different sequences are the client's (it sent the
// value again as a new record), and so are copies in different epochs: after an epoch bump (KIP-360;
// librdkafka does it when records time out) it sends the records still in doubt again from sequence 0,
// and the broker must append them, as Kafka does; and copies under different producer ids (a new
// producer sent the value again). Pure: batches and violations in, words out.
import * as header from '../../src/protocol/record-batch/batch-header.ts'
import type { Violation } from './queue-checker.ts'

export interface ProducerStamp {
  readonly producerId: bigint
  readonly producerEpoch: number
  /** The record's sequence number; -1 when its batch has none (not idempotent). */
  readonly sequence: number
}

export const DuplicateOrigin = {
  /** One producer id, every copy in its own epoch: the client resent after an epoch bump. */
  EpochBump: 'epoch-bump',
  /** One producer id, epoch and sequence twice: the broker failed to de-duplicate a retry. */
  SameSequence: 'same-sequence',
  /** One producer id and epoch, other sequences: the client sent the value again as a new record. */
  Resequenced: 'resequenced',
  /** Different producer ids: another producer sent the value again. */
  OtherProducer: 'other-producer',
  /** A copy without a producer id: not idempotent, nothing to de-duplicate by. */
  NotIdempotent: 'not-idempotent',
  /** A copy's batch was not read. */
  Unknown: 'unknown'
} as const
export type DuplicateOrigin = typeof DuplicateOrigin[keyof typeof DuplicateOrigin]

/**
 * Adds the stamps of the wanted offsets among `records` (whole batches, as a Fetch response carries
 * them; a cut batch at the end is left) to `into`. Returns the offset after the last whole batch, or
 * -1 when there is none.
 */
export function collectStamps (records: Buffer, wanted: ReadonlySet<number>, into: Map<number, ProducerStamp>): number {
  let next = -1
  for (let at = 0; at + header.BATCH_HEADER_BYTES <= records.length;) {
    const size = header.batchSizeBytes(records, at)
    if (at + size > records.length) break
    const base = header.baseOffset(records, at)
    const last = header.lastOffset(records, at)
    const producerId = header.producerId(records, at)
    const producerEpoch = header.producerEpoch(records, at)
    const baseSequence = header.baseSequence(records, at)
    for (let offset = base; offset <= last; offset++) {
      if (wanted.has(offset)) into.set(offset, { producerId, producerEpoch, sequence: baseSequence < 0 ? -1 : sequenceAt(baseSequence, offset - base) })
    }
    next = last + 1
    at += size
  }
  return next
}

/** A batch's base sequence plus `delta`, wrapping past 2^31 - 1 to 0 as Kafka's DefaultRecordBatch.incrementSequence does. */
export function sequenceAt (baseSequence: number, delta: number): number {
  return baseSequence > INT32_MAX - delta ? delta - (INT32_MAX - baseSequence) - 1 : baseSequence + delta
}

const INT32_MAX = 2147483647

/** The origin of one duplicate from its copies' stamps (null: not read). */
export function duplicateOrigin (stamps: ReadonlyArray<ProducerStamp | null>): DuplicateOrigin {
  if (stamps.some((s) => s === null)) return DuplicateOrigin.Unknown
  const known = stamps as readonly ProducerStamp[]
  if (known.some((s) => s.producerId < 0n)) return DuplicateOrigin.NotIdempotent
  if (new Set(known.map((s) => s.producerId)).size > 1) return DuplicateOrigin.OtherProducer
  if (new Set(known.map((s) => s.producerEpoch)).size === known.length) return DuplicateOrigin.EpochBump
  // Two copies share an epoch: the broker's fault if they also share a sequence.
  const stamped = new Set(known.map((s) => `${s.producerEpoch}/${s.sequence}`))
  return stamped.size < known.length ? DuplicateOrigin.SameSequence : DuplicateOrigin.Resequenced
}

/**
 * Each duplicate violation with its copies' stamps and origin appended to its detail (the others as
 * they are), and the count of duplicates by origin. `stamps` maps partition to offset to stamp.
 */
export function explainDuplicates (violations: readonly Violation[], stamps: ReadonlyMap<number, ReadonlyMap<number, ProducerStamp>>): { violations: Violation[], byOrigin: Map<DuplicateOrigin, number> } {
  const byOrigin = new Map<DuplicateOrigin, number>()
  const out = violations.map((v) => {
    if (v.kind !== 'duplicate' || v.positions === undefined) return v
    const copies = v.positions.map(([p, o]) => stamps.get(p)?.get(o) ?? null)
    const origin = duplicateOrigin(copies)
    byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + 1)
    const words = copies.map((s) => s === null ? 'not read' : `producer ${s.producerId} epoch ${s.producerEpoch} sequence ${s.sequence}`)
    return { ...v, detail: `${v.detail} (${words.join('; ')}: ${origin})` }
  })
  return { violations: out, byOrigin }
}

/** The offsets of every duplicate's copies, by partition: what to read the stamps of. */
export function duplicatePositions (violations: readonly Violation[]): Map<number, Set<number>> {
  const wanted = new Map<number, Set<number>>()
  for (const v of violations) {
    for (const [p, o] of v.positions ?? []) {
      let set = wanted.get(p)
      if (set === undefined) wanted.set(p, set = new Set())
      set.add(o)
    }
  }
  return wanted
}
