// Long-polling fetches waiting for data: a fetch that found fewer than min_bytes registers a wake-up
// on each partition it reads; an append to one of them (or the fetch's max_wait_ms) wakes it. The
// number of parked fetches is bounded; past the bound a fetch answers at once with what it has.

export class PartitionWaiters {
  private readonly byPartition = new Map<string, Set<() => void>>()
  private parked = 0
  private readonly parkedMax: number

  constructor (parkedMax: number) {
    this.parkedMax = parkedMax
  }

  /**
   * Waits until one of the partitions gets data, or `timeoutMs` passes. Resolves false at once when
   * the bound on parked fetches is reached.
   */
  async wait (partitions: ReadonlyArray<readonly [string, number]>, timeoutMs: number): Promise<boolean> {
    if (this.parked >= this.parkedMax || partitions.length === 0 || timeoutMs <= 0) return false
    this.parked++
    return await new Promise<boolean>((resolve) => {
      const keys = partitions.map(([topic, partition]) => `${topic}\u0000${partition}`)
      let done = false
      const finish = (woken: boolean): void => {
        if (done) return
        done = true
        clearTimeout(timer)
        for (const key of keys) {
          const set = this.byPartition.get(key)
          set?.delete(wake)
          if (set !== undefined && set.size === 0) this.byPartition.delete(key)
        }
        this.parked--
        resolve(woken)
      }
      const wake = (): void => finish(true)
      const timer = setTimeout(() => finish(false), timeoutMs)
      for (const key of keys) {
        let set = this.byPartition.get(key)
        if (set === undefined) { set = new Set(); this.byPartition.set(key, set) }
        set.add(wake)
      }
    })
  }

  wake (topic: string, partition: number): void {
    const set = this.byPartition.get(`${topic}\u0000${partition}`)
    if (set === undefined) return
    for (const wake of [...set]) wake()
  }

  wakeAll (): void {
    for (const set of [...this.byPartition.values()]) for (const wake of [...set]) wake()
  }

  parkedCount (): number {
    return this.parked
  }
}
