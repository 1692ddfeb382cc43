// Splits a TCP byte stream into Kafka frames: a 4-byte big-endian size, then that many bytes.
// The size is checked against socket.request.max.bytes BEFORE anything is allocated. A frame that
// lies inside one received chunk is returned as a view (no copy); one that spans chunks is copied
// once, into a buffer of exactly its size.

/** Bytes of the big-endian size prefix in front of every frame. */
export const FRAME_PREFIX_BYTES = 4

export const FrameError = {
  /** The size prefix is negative or larger than the limit: Kafka closes the connection. */
  InvalidSize: 1
} as const

export interface FrameSizeProblem {
  readonly error: typeof FrameError.InvalidSize
  readonly sizeBytes: number
}

export class FrameDecoder {
  private readonly frameBytesMax: number
  private chunks: Buffer[] = []
  /** Offset of unread data in chunks[0]. */
  private headOffset = 0
  private bufferedBytes = 0
  /** Size of the frame being assembled, or -1 while its prefix is not yet read. */
  private frameBytes = -1

  constructor (frameBytesMax: number) {
    this.frameBytesMax = frameBytesMax
  }

  /** Bytes received but not yet returned as frames. */
  pendingBytes (): number {
    return this.bufferedBytes
  }

  push (chunk: Buffer): void {
    if (chunk.length === 0) return
    this.chunks.push(chunk)
    this.bufferedBytes += chunk.length
  }

  /** The next whole frame, null when more bytes are needed, or a size problem. */
  next (): Buffer | FrameSizeProblem | null {
    if (this.frameBytes < 0) {
      if (this.bufferedBytes < 4) return null
      const size = this.readPrefix()
      if (size < 0 || size > this.frameBytesMax) return { error: FrameError.InvalidSize, sizeBytes: size }
      this.frameBytes = size
    }
    if (this.bufferedBytes < this.frameBytes) return null
    const frame = this.take(this.frameBytes)
    this.frameBytes = -1
    return frame
  }

  private readPrefix (): number {
    const head = this.chunks[0]!
    if (head.length - this.headOffset >= 4) {
      const size = head.readInt32BE(this.headOffset)
      this.consume(4)
      return size
    }
    const prefix = this.take(4)
    return prefix.readInt32BE(0)
  }

  /** Removes n bytes from the front: a view when they lie in one chunk, else one copy. */
  private take (n: number): Buffer {
    const head = this.chunks[0]
    if (n === 0) return Buffer.alloc(0)
    if (head !== undefined && head.length - this.headOffset >= n) {
      const view = head.subarray(this.headOffset, this.headOffset + n)
      this.consume(n)
      return view
    }
    const out = Buffer.allocUnsafe(n)
    let filled = 0
    while (filled < n) {
      const chunk = this.chunks[0]!
      const available = chunk.length - this.headOffset
      const count = Math.min(available, n - filled)
      chunk.copy(out, filled, this.headOffset, this.headOffset + count)
      filled += count
      this.consume(count)
    }
    return out
  }

  private consume (n: number): void {
    this.bufferedBytes -= n
    this.headOffset += n
    const head = this.chunks[0]!
    if (this.headOffset === head.length) {
      this.chunks.shift()
      this.headOffset = 0
    }
  }
}
