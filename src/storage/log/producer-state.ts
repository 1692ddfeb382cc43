// Idempotent producer state of one partition (Kafka's ProducerStateManager): per producer id, the
// current epoch and the last five batches' sequence ranges and offsets. A retried batch is recognised
// and answered with its original offsets instead of being written twice; a gap in sequences or a
// stale epoch is refused. Rebuilt at start from a snapshot plus the batch headers after it.
import { existsSync, readFileSync, readdirSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileAtomic } from '../checkpoint/atomic-file.ts'

/** Kafka keeps the last five batches: the most a producer may have in flight with idempotence. */
export const PRODUCER_BATCHES_KEPT = 5

export const ProducerError = {
  NONE: 0,
  OUT_OF_ORDER_SEQUENCE_NUMBER: 45,
  INVALID_PRODUCER_EPOCH: 47,
  UNKNOWN_PRODUCER_ID: 59
} as const

export interface BatchSequence {
  readonly firstSeq: number
  readonly lastSeq: number
  readonly firstOffset: number
  readonly lastOffset: number
}

interface ProducerEntry {
  epoch: number
  batches: BatchSequence[]
}

export type SequenceCheck =
  | { readonly kind: 'append' }
  | { readonly kind: 'duplicate', readonly batch: BatchSequence }
  | { readonly kind: 'error', readonly errorCode: number, readonly message: string }

/** The next sequence after `seq`, wrapping at Int32.MAX as Kafka does. */
function nextSeq (seq: number): number {
  return seq === 2147483647 ? 0 : seq + 1
}

export class ProducerStateManager {
  private readonly producers = new Map<bigint, ProducerEntry>()
  private readonly dir: string

  constructor (dir: string) {
    this.dir = dir
  }

  producerCount (): number {
    return this.producers.size
  }

  /** Decides what to do with a batch of `producerId` before it is appended. */
  check (producerId: bigint, epoch: number, firstSeq: number, lastSeq: number): SequenceCheck {
    const entry = this.producers.get(producerId)
    if (entry === undefined) {
      if (firstSeq !== 0) return { kind: 'error', errorCode: ProducerError.UNKNOWN_PRODUCER_ID, message: `This broker has no state for producer ${producerId}, and its first sequence is ${firstSeq}, not 0` }
      return { kind: 'append' }
    }
    if (epoch < entry.epoch) return { kind: 'error', errorCode: ProducerError.INVALID_PRODUCER_EPOCH, message: `Producer epoch ${epoch} is older than the current epoch ${entry.epoch}` }
    if (epoch > entry.epoch) {
      if (firstSeq !== 0) return { kind: 'error', errorCode: ProducerError.OUT_OF_ORDER_SEQUENCE_NUMBER, message: `A new epoch ${epoch} must start at sequence 0, not ${firstSeq}` }
      return { kind: 'append' }
    }
    for (const b of entry.batches) {
      if (b.firstSeq === firstSeq && b.lastSeq === lastSeq) return { kind: 'duplicate', batch: b }
    }
    const last = entry.batches[entry.batches.length - 1]
    if (last !== undefined && firstSeq !== nextSeq(last.lastSeq)) {
      return { kind: 'error', errorCode: ProducerError.OUT_OF_ORDER_SEQUENCE_NUMBER, message: `Out of order sequence number for producer ${producerId}: ${firstSeq} (expected ${nextSeq(last.lastSeq)})` }
    }
    return { kind: 'append' }
  }

  /** Records an appended (or replayed) batch. */
  update (producerId: bigint, epoch: number, batch: BatchSequence): void {
    let entry = this.producers.get(producerId)
    if (entry === undefined || epoch > entry.epoch) {
      entry = { epoch, batches: [] }
      this.producers.set(producerId, entry)
    }
    entry.batches.push(batch)
    if (entry.batches.length > PRODUCER_BATCHES_KEPT) entry.batches.shift()
  }

  /**
   * Forgets every producer and removes every snapshot: the log was emptied (truncateFullyAndStartAt).
   * A truncation that keeps part of the log rebuilds the state from it instead (PartitionLog.truncateTo).
   */
  clear (): void {
    this.producers.clear()
    this.removeSnapshotsAfter(-1)
  }

  /** Writes `<offset>.snapshot` (the state as of log offset `offset`) and removes older snapshots. */
  snapshot (offset: number): void {
    const entries = [...this.producers].map(([id, e]) => ({ id: String(id), epoch: e.epoch, batches: e.batches }))
    writeFileAtomic(join(this.dir, `${String(offset).padStart(20, '0')}.snapshot`), JSON.stringify({ version: 1, offset, producers: entries }))
    for (const name of readdirSync(this.dir)) {
      if (name.endsWith('.snapshot') && name !== `${String(offset).padStart(20, '0')}.snapshot`) unlinkSync(join(this.dir, name))
    }
  }

  /** Removes the snapshots taken past `offset` (the log no longer reaches them). */
  removeSnapshotsAfter (offset: number): void {
    if (!existsSync(this.dir)) return
    for (const name of readdirSync(this.dir)) {
      if (/^\d{20}\.snapshot$/.test(name) && Number(name.slice(0, 20)) > offset) unlinkSync(join(this.dir, name))
    }
  }

  /**
   * Loads the newest snapshot at or below `logEndOffset`; returns the offset from which the log must
   * be replayed (0 when there is none; a damaged snapshot counts as none).
   */
  load (logEndOffset: number): number {
    const snapshots = existsSync(this.dir)
      ? readdirSync(this.dir).filter((n) => /^\d{20}\.snapshot$/.test(n)).map((n) => Number(n.slice(0, 20))).filter((o) => o <= logEndOffset).sort((a, b) => b - a)
      : []
    for (const offset of snapshots) {
      try {
        const data = JSON.parse(readFileSync(join(this.dir, `${String(offset).padStart(20, '0')}.snapshot`), 'utf8')) as { version: number, producers: Array<{ id: string, epoch: number, batches: BatchSequence[] }> }
        if (data.version !== 1) continue
        this.producers.clear()
        for (const p of data.producers) this.producers.set(BigInt(p.id), { epoch: p.epoch, batches: p.batches })
        return offset
      } catch {
        continue // a torn or foreign snapshot: try an older one, else replay everything
      }
    }
    this.producers.clear()
    return 0
  }
}
