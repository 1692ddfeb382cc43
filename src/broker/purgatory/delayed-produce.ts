// acks=all produces waiting for replication (Kafka's DelayedProduce in its produce purgatory): after
// the leader's append, each partition of the request waits until the high watermark reaches its last
// offset + 1 (every member of the maximal ISR has the records) and, with rivulet.replication.fsync,
// until the leader's log is fsynced. A partition is then answered NONE, or
// NOT_ENOUGH_REPLICAS_AFTER_APPEND when the maximal ISR (the committed one with a proposed change:
// the set the high watermark waited for) has fallen below its min.insync.replicas, as Kafka 3.8's
// checkEnoughReplicasReachOffset (partitionState.maximalIsr); NOT_LEADER_OR_FOLLOWER when this node stops leading it;
// the request's timeout answers the partitions still waiting REQUEST_TIMED_OUT. The request is answered
// once all its partitions are done. Nothing is polled: the Partition's high watermark events, the
// leadership changes and the fsync completions drive it; waiters are kept per Partition object.
// Bounded: at most `parkedMax` requests wait at once; past it a request is answered at once as if its
// timeout were 0 (Kafka answers a timeout of 0 so): what is already replicated NONE, the rest
// REQUEST_TIMED_OUT (the records are in the leader's log; an idempotent producer's retry is answered
// from its sequence numbers without a second copy).
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import type { Partition } from '../partition.ts'

/** What a wait sets in its response entry. */
export interface ProduceResult { errorCode: number, errorMessage: string | null }

/** One partition of a waiting produce, and the response entry it completes. */
export interface ProduceWait {
  readonly partition: Partition
  /** The high watermark that makes the records committed: the append's last offset + 1. */
  readonly requiredOffset: number
  /** min.insync.replicas of the topic at the append. */
  readonly minInsync: number
  /** False while the fsync the durability setting asks for is running. */
  synced: boolean
  /** The response entry, whose error code and message are set when the partition is done. */
  readonly result: ProduceResult
  done: boolean
  /** The request this partition belongs to (set on parking). */
  request: ParkedProduce | null
}

interface ParkedProduce {
  remaining: number
  readonly waits: readonly ProduceWait[]
  timer: NodeJS.Timeout | null
  resolve: () => void
}

/** Whether the partition's records are committed (and synced when asked), and its answer then. */
function outcome (w: ProduceWait): number | null {
  if (!w.synced) return null
  if (w.partition.highWatermark() < w.requiredOffset) return null
  return w.partition.maximalIsr().length < w.minInsync ? ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND : ErrorCode.NONE
}

function messageOf (errorCode: number, w: ProduceWait): string | null {
  switch (errorCode) {
    case ErrorCode.NONE: return null
    case ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND: return `The size of the current ISR ${w.partition.maximalIsr().length} is insufficient to satisfy the min.isr requirement of ${w.minInsync}`
    case ErrorCode.REQUEST_TIMED_OUT: return 'The records were appended but not replicated to the ISR before the request timed out'
    case ErrorCode.NOT_LEADER_OR_FOLLOWER: return 'This server is no longer the leader for that topic-partition.'
    default: return null
  }
}

export class ProducePurgatory {
  private readonly byPartition = new Map<Partition, Set<ProduceWait>>()
  private parked = 0
  private readonly parkedMax: number

  constructor (parkedMax: number) {
    this.parkedMax = parkedMax
  }

  /** A wait for one partition's append (`lastOffset` its last offset); `synced` false while an fsync is asked for. */
  static entry (partition: Partition, lastOffset: number, minInsync: number, synced: boolean, result: ProduceResult): ProduceWait {
    return { partition, requiredOffset: lastOffset + 1, minInsync, synced, result, done: false, request: null }
  }

  /**
   * Null when every wait is answered at once (into its result entry): all satisfied already, or the
   * bound reached or `timeoutMs` 0 (the rest REQUEST_TIMED_OUT). Else a promise that resolves once
   * every wait is done, or `timeoutMs` passed (the rest REQUEST_TIMED_OUT).
   */
  wait (waits: readonly ProduceWait[], timeoutMs: number): Promise<void> | null {
    let remaining = 0
    for (const w of waits) {
      const code = outcome(w)
      if (code !== null) this.finish(w, code)
      else remaining++
    }
    if (remaining === 0) return null
    if (this.parked >= this.parkedMax || timeoutMs <= 0) {
      for (const w of waits) if (!w.done) this.finish(w, ErrorCode.REQUEST_TIMED_OUT)
      return null
    }
    this.parked++
    return new Promise<void>((resolve) => {
      const request: ParkedProduce = { remaining, waits, timer: null, resolve }
      for (const w of waits) {
        if (w.done) continue
        w.request = request
        let set = this.byPartition.get(w.partition)
        if (set === undefined) { set = new Set(); this.byPartition.set(w.partition, set) }
        set.add(w)
      }
      request.timer = setTimeout(() => {
        request.timer = null
        for (const w of request.waits) if (!w.done) this.complete(w, ErrorCode.REQUEST_TIMED_OUT)
      }, timeoutMs)
    })
  }

  /** The partition's high watermark moved (or its ISR changed): completes the waits it satisfies. */
  check (partition: Partition): void {
    const set = this.byPartition.get(partition)
    if (set === undefined) return
    for (const w of set) {
      const code = outcome(w)
      if (code !== null) this.complete(w, code)
    }
  }

  /** A wait's fsync finished (`errorCode` NONE) or failed (KAFKA_STORAGE_ERROR). */
  synced (w: ProduceWait, errorCode: number): void {
    if (w.done) return
    if (errorCode !== ErrorCode.NONE) { this.completeOrFinish(w, errorCode); return }
    w.synced = true
    const code = outcome(w)
    if (code !== null) this.completeOrFinish(w, code)
  }

  /** Every wait on the partition gets `errorCode` (NOT_LEADER_OR_FOLLOWER: leadership lost). */
  fail (partition: Partition, errorCode: number): void {
    const set = this.byPartition.get(partition)
    if (set === undefined) return
    for (const w of [...set]) this.complete(w, errorCode)
  }

  /** Answers every parked request (the node is stopping): the partitions still waiting REQUEST_TIMED_OUT. */
  failAll (): void {
    for (const set of [...this.byPartition.values()]) for (const w of [...set]) this.complete(w, ErrorCode.REQUEST_TIMED_OUT)
  }

  parkedCount (): number {
    return this.parked
  }

  /** A wait done before its request was parked (an fsync that finished first) or after. */
  private completeOrFinish (w: ProduceWait, errorCode: number): void {
    if (w.request === null) this.finish(w, errorCode)
    else this.complete(w, errorCode)
  }

  private finish (w: ProduceWait, errorCode: number): void {
    w.done = true
    w.result.errorCode = errorCode
    w.result.errorMessage = messageOf(errorCode, w)
  }

  /** A parked wait is done: out of its partition's set, and its request answered when it was the last. */
  private complete (w: ProduceWait, errorCode: number): void {
    if (w.done) return
    this.finish(w, errorCode)
    const set = this.byPartition.get(w.partition)
    if (set !== undefined) {
      set.delete(w)
      if (set.size === 0) this.byPartition.delete(w.partition)
    }
    const request = w.request!
    if (--request.remaining > 0) return
    if (request.timer !== null) clearTimeout(request.timer)
    this.parked--
    request.resolve()
  }
}
