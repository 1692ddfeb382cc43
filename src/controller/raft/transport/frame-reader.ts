// Splits one connection's byte stream into frames: a 4-byte big-endian length, then that many bytes.
//
// The length is checked against the limit before anything is allocated. A frame that lies inside
// the current chunk is returned as a view of it (no copy); one that straddles chunks is filled,
// piece by piece as chunks arrive, into one buffer of exactly its size (one copy). So a connection
// holds at most one chunk plus one partial frame (<= frameBytesMax).
//
// Use: push(chunk), then call next() until it returns null, before the next push().
import { assert } from '../../../util/assert.ts'

export const FRAME_PREFIX_BYTES = 4

/** next() found a length prefix above the limit: the stream cannot be trusted any further. */
export interface FrameTooLarge {
  readonly frameBytes: number
}

export class FrameReader {
  private readonly frameBytesMax: number
  private chunk: Buffer | null = null
  private chunkOffset = 0
  /** A length prefix split across chunks is gathered here. */
  private readonly prefix = Buffer.allocUnsafe(FRAME_PREFIX_BYTES)
  private prefixFilled = 0
  /** Length of the frame being read, or -1 while its prefix is incomplete. */
  private frameBytes = -1
  /** The straddling frame being filled, or null. */
  private partial: Buffer | null = null
  private partialFilled = 0

  constructor (frameBytesMax: number) {
    this.frameBytesMax = frameBytesMax
  }

  push (chunk: Buffer): void {
    assert(this.chunk === null || this.chunkOffset === this.chunk.length, 'push only after next() has used up the previous chunk')
    this.chunk = chunk
    this.chunkOffset = 0
  }

  /** The next whole frame, null when the current chunk is used up, or the size that broke the limit. */
  next (): Buffer | FrameTooLarge | null {
    const chunk = this.chunk
    if (chunk === null) return null
    if (this.frameBytes < 0) {
      const frameBytes = this.readPrefix(chunk)
      if (frameBytes < 0) return null
      if (frameBytes > this.frameBytesMax) return { frameBytes }
      this.frameBytes = frameBytes
    }
    const available = chunk.length - this.chunkOffset
    if (this.partial === null) {
      if (available >= this.frameBytes) {
        const frame = chunk.subarray(this.chunkOffset, this.chunkOffset + this.frameBytes)
        this.chunkOffset += this.frameBytes
        this.frameBytes = -1
        return frame
      }
      this.partial = Buffer.allocUnsafe(this.frameBytes)
      this.partialFilled = 0
    }
    const count = Math.min(available, this.frameBytes - this.partialFilled)
    chunk.copy(this.partial, this.partialFilled, this.chunkOffset, this.chunkOffset + count)
    this.partialFilled += count
    this.chunkOffset += count
    if (this.partialFilled < this.frameBytes) return null
    const frame = this.partial
    this.partial = null
    this.frameBytes = -1
    return frame
  }

  /** The frame length, or -1 when the chunk ends inside the prefix. */
  private readPrefix (chunk: Buffer): number {
    const available = chunk.length - this.chunkOffset
    if (this.prefixFilled === 0 && available >= FRAME_PREFIX_BYTES) {
      const frameBytes = chunk.readUInt32BE(this.chunkOffset)
      this.chunkOffset += FRAME_PREFIX_BYTES
      return frameBytes
    }
    const count = Math.min(available, FRAME_PREFIX_BYTES - this.prefixFilled)
    chunk.copy(this.prefix, this.prefixFilled, this.chunkOffset, this.chunkOffset + count)
    this.prefixFilled += count
    this.chunkOffset += count
    if (this.prefixFilled < FRAME_PREFIX_BYTES) return -1
    this.prefixFilled = 0
    return this.prefix.readUInt32BE(0)
  }
}
