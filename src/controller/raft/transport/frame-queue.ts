// A peer's bounded queue of encoded frames waiting for its connection: a ring of fixed capacity
// (no shifting, no growth), bounded both in frames and in bytes. A full queue refuses; the caller
// counts and logs the drop.
import { assert } from '../../../util/assert.ts'

export class FrameQueue {
  private readonly frames: Array<Uint8Array | null>
  /** Per slot: whether the frame carries a snapshot (its delivery is reported to the core). */
  private readonly snapshotFlags: boolean[]
  private readonly bytesMax: number
  private head = 0
  private count = 0
  private bytes = 0

  constructor (limits: { messagesMax: number, bytesMax: number }) {
    assert(Number.isInteger(limits.messagesMax) && limits.messagesMax >= 1, 'queue messagesMax must be >= 1')
    assert(Number.isInteger(limits.bytesMax) && limits.bytesMax >= 1, 'queue bytesMax must be >= 1')
    this.frames = new Array<Uint8Array | null>(limits.messagesMax).fill(null)
    this.snapshotFlags = new Array<boolean>(limits.messagesMax).fill(false)
    this.bytesMax = limits.bytesMax
  }

  get length (): number { return this.count }
  get byteLength (): number { return this.bytes }

  /** Appends a frame; false (and nothing changes) when it would break either bound. */
  push (frame: Uint8Array, isSnapshot: boolean): boolean {
    if (this.count === this.frames.length || this.bytes + frame.byteLength > this.bytesMax) return false
    const slot = (this.head + this.count) % this.frames.length
    this.frames[slot] = frame
    this.snapshotFlags[slot] = isSnapshot
    this.count++
    this.bytes += frame.byteLength
    return true
  }

  /** Whether the oldest frame carries a snapshot; only while length > 0. */
  headIsSnapshot (): boolean {
    assert(this.count > 0, 'headIsSnapshot on an empty queue')
    return this.snapshotFlags[this.head]!
  }

  /** Removes and returns the oldest frame; only while length > 0. */
  shift (): Uint8Array {
    assert(this.count > 0, 'shift on an empty queue')
    const frame = this.frames[this.head]!
    this.frames[this.head] = null // let the bytes go as soon as the socket has them
    this.head = (this.head + 1) % this.frames.length
    this.count--
    this.bytes -= frame.byteLength
    return frame
  }

  /** Empties the queue; returns how many frames, and how many of them snapshots, were discarded. */
  clear (): { frames: number, snapshots: number } {
    const frames = this.count
    let snapshots = 0
    while (this.count > 0) {
      if (this.headIsSnapshot()) snapshots++
      this.shift()
    }
    return { frames, snapshots }
  }
}
