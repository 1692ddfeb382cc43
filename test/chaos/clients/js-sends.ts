// The pure parts of js-client.ts's producer (no I/O; unit-tested in js-sends.test.ts): which history
// line each value of a send() gets once kafkajs has answered it.
import type { Outcome } from '../../check/history-types.ts'

export interface Send { readonly key: string, readonly value: string }
export interface SendLine { readonly type: 'ok' | Outcome, readonly fields: Record<string, unknown> }
/** kafkajs's per-partition answer of a send() (its RecordMetadata, of which only these fields are read). */
export interface Ack { readonly partition: number, readonly baseOffset?: string }

/**
 * The client's own error name for a value whose send() resolved without a usable acknowledgement: kafkajs
 * 2.2.4 (src/producer/sendMessages.js) can resolve a send() without metadata for a partition whose leader
 * moved, on a retry, to a broker that had already answered (it is never sent again), and an offset that
 * is not a non-negative integer identifies nothing.
 */
export const NO_ACK = 'KafkaJSNoAck'

/** kafkajs's base offset (a decimal string) as a number, NaN unless it is a non-negative integer. */
const offsetOf = (baseOffset: string | undefined): number => baseOffset !== undefined && /^\d+$/.test(baseOffset) && Number.isSafeInteger(Number(baseOffset)) ? Number(baseOffset) : NaN

/**
 * The lines for the values of a send() that resolved with `acks`: kafkajs keeps each partition's values in
 * order in one batch, so the i-th value of a partition is at that partition's base offset + i. A partition
 * without an ack entry, or whose base offset is not a non-negative integer, gets "info" NO_ACK for each of
 * its values, and `complete` is false (the producer's sequence numbers are then in doubt). Never "ok"
 * without an offset.
 */
export function ackedLines (sends: readonly Send[], partitionOf: (send: Send) => number, acks: readonly Ack[]): { lines: SendLine[], complete: boolean } {
  const next = new Map<number, number>()
  for (const a of acks) next.set(a.partition, offsetOf(a.baseOffset))
  let complete = true
  const lines = sends.map((send): SendLine => {
    const partition = partitionOf(send)
    const offset = next.get(partition)
    if (offset === undefined || Number.isNaN(offset)) {
      complete = false
      const detail = offset === undefined ? `send() resolved without an acknowledgement for partition ${partition}` : `send() resolved with base offset ${String(acks.find((a) => a.partition === partition)?.baseOffset)} for partition ${partition}`
      return { type: 'info', fields: { ...send, error: NO_ACK, detail } }
    }
    next.set(partition, offset + 1)
    return { type: 'ok', fields: { ...send, partition, offset } }
  })
  return { lines, complete }
}

/**
 * Takes out of `queue` (invoked values, oldest first) the next send()'s values: those of the oldest value's
 * partition, at most `max`, in their order (so the i-th is at the partition's base offset + i). One
 * partition a send(): kafkajs sends a multi-partition send() to several leaders and fails it as a whole,
 * so an error would classify values other brokers had acknowledged.
 */
export function takePartitionBatch (queue: Send[], partitionOf: (send: Send) => number, max: number): Send[] {
  const batch: Send[] = []
  if (queue.length === 0) return batch
  const partition = partitionOf(queue[0]!)
  for (let i = 0; i < queue.length && batch.length < max;) {
    if (partitionOf(queue[i]!) === partition) batch.push(...queue.splice(i, 1))
    else i++
  }
  return batch
}
