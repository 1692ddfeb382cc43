// The bytes that requests may hold across all connections of a listener (queued.max.request.bytes,
// KIP-72): a frame reserves its announced size before its bytes are assembled and gives it back when
// its response is written (or its connection closes). A reservation that does not fit waits, first
// come first served, and its connection stops reading until the pool grants it.
//
// Unlike Kafka's SimpleMemoryPool, which is not strict (it grants any request while any memory is
// left, so it can overshoot by one request), this pool is strict: the bytes reserved never exceed
// the capacity. Kafka's start-up rule (capacity >= socket.request.max.bytes) still guarantees that
// every frame the size limit allows fits an empty pool, and the queue's order keeps a large frame
// from waiting behind a stream of small ones. Pure: no I/O, no timers.

/** Told when its queued reservation has been granted (the bytes are already counted as used). */
export interface MemoryWaiter {
  memoryGranted (): void
}

interface QueuedReservation {
  readonly waiter: MemoryWaiter
  readonly sizeBytes: number
}

export class RequestMemoryPool {
  /** Infinity when unbounded (queued.max.request.bytes <= 0, as in Kafka). */
  readonly capacityBytes: number
  private used = 0
  private readonly queue: QueuedReservation[] = []
  /** True while grant() runs: releases from inside a grant are picked up by the running loop. */
  private granting = false

  constructor (capacityBytes: number) {
    this.capacityBytes = capacityBytes > 0 ? capacityBytes : Infinity
  }

  usedBytes (): number {
    return this.used
  }

  waitingCount (): number {
    return this.queue.length
  }

  /**
   * Reserves sizeBytes and returns true, or queues the waiter (told later through memoryGranted())
   * and returns false. Nothing jumps the queue: while anyone waits, a new reservation waits too.
   */
  tryReserve (sizeBytes: number, waiter: MemoryWaiter): boolean {
    if (!(sizeBytes >= 0 && sizeBytes <= this.capacityBytes)) throw new Error(`RIVULET_ERR_MEMORY_POOL: a reservation of ${sizeBytes} bytes can never fit a pool of ${this.capacityBytes}`)
    if (this.queue.length === 0 && this.used + sizeBytes <= this.capacityBytes) {
      this.used += sizeBytes
      return true
    }
    this.queue.push({ waiter, sizeBytes })
    return false
  }

  release (sizeBytes: number): void {
    if (!(sizeBytes >= 0 && sizeBytes <= this.used)) throw new Error(`RIVULET_ERR_MEMORY_POOL: releasing ${sizeBytes} bytes of ${this.used} reserved`)
    this.used -= sizeBytes
    this.grant()
  }

  /** Withdraws the waiter's queued reservation (its connection closed); true when it was queued. */
  cancel (waiter: MemoryWaiter): boolean {
    const index = this.queue.findIndex((q) => q.waiter === waiter)
    if (index < 0) return false
    this.queue.splice(index, 1)
    // The head may have been the one that did not fit.
    if (index === 0) this.grant()
    return true
  }

  private grant (): void {
    if (this.granting) return
    this.granting = true
    try {
      while (this.queue.length > 0 && this.used + this.queue[0]!.sizeBytes <= this.capacityBytes) {
        const next = this.queue.shift()!
        this.used += next.sizeBytes
        next.waiter.memoryGranted()
      }
    } finally {
      this.granting = false
    }
  }
}
