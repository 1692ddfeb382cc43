// The appends in flight to one follower, bounded by count and by bytes: a ring of (last index, bytes)
// per message. Full inflights pause replication to that follower until acks free them.
import { assert } from '../../../util/assert.ts'

export class Inflights {
  readonly maxCount: number
  /** Infinity = no byte limit. */
  readonly maxBytes: number
  private start = 0
  private used = 0
  private bytesTotal = 0
  private readonly indexes: number[]
  private readonly sizes: number[]

  constructor (maxCount: number, maxBytes: number) {
    assert(Number.isInteger(maxCount) && maxCount > 0, 'inflights need a positive count limit')
    assert(maxBytes > 0, 'inflights need a positive byte limit (Infinity for none)')
    this.maxCount = maxCount
    this.maxBytes = maxBytes
    this.indexes = new Array<number>(maxCount).fill(0)
    this.sizes = new Array<number>(maxCount).fill(0)
  }

  /** Records an append ending at `index`; indexes only grow. */
  add (index: number, bytes: number): void {
    assert(!this.full(), 'cannot add into full inflights')
    if (this.used > 0) {
      const lastSlot = (this.start + this.used - 1) % this.maxCount
      assert(index > this.indexes[lastSlot]!, `inflight index ${index} must grow (last ${this.indexes[lastSlot]!})`)
    }
    const slot = (this.start + this.used) % this.maxCount
    this.indexes[slot] = index
    this.sizes[slot] = bytes
    this.used++
    this.bytesTotal += bytes
  }

  /** Frees every inflight append ending at or below `index` (the follower acked it). */
  freeLE (index: number): void {
    while (this.used > 0 && this.indexes[this.start]! <= index) {
      this.bytesTotal -= this.sizes[this.start]!
      this.start = (this.start + 1) % this.maxCount
      this.used--
    }
    if (this.used === 0) this.start = 0
  }

  full (): boolean {
    return this.used === this.maxCount || this.bytesTotal >= this.maxBytes
  }

  count (): number {
    return this.used
  }

  bytes (): number {
    return this.bytesTotal
  }

  reset (): void {
    this.start = 0
    this.used = 0
    this.bytesTotal = 0
  }
}
