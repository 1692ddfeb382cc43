// Splits a TCP byte stream into Kafka frames: a 4-byte big-endian size, then that many bytes.
// The size is checked against socket.request.max.bytes BEFORE anything is allocated, and, when the
// owner asks for it, admitted by the owner (a memory reservation, queued.max.request.bytes) before
// the frame's bytes are assembled. A frame that lies inside one received chunk is returned as a view
// (no copy); one that spans chunks is copied once, as its bytes arrive, into a buffer of exactly its
// size, so a partly received frame holds its own size and no more (never its chunks and a copy).

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

/**
 * Asked once per frame, after its size is read and checked: true admits the frame now; false holds
 * it (next() returns null) until the owner calls admit().
 */
export type FrameAdmission = (sizeBytes: number) => boolean

export class FrameDecoder {
  private readonly frameBytesMax: number
  private readonly admission: FrameAdmission | null
  private readonly chunks: Buffer[] = []
  /** Offset of unread data in chunks[0]. */
  private headOffset = 0
  private bufferedBytes = 0
  /** Size of the frame being assembled, or -1 while its prefix is not yet read. */
  private frameBytes = -1
  private admitted = false
  /** The frame being copied together across chunks, or null. */
  private assembly: Buffer | null = null
  private assembledBytes = 0

  constructor (frameBytesMax: number, admission: FrameAdmission | null = null) {
    this.frameBytesMax = frameBytesMax
    this.admission = admission
  }

  /** Bytes received and not yet copied into a frame or returned as one. */
  pendingBytes (): number {
    return this.bufferedBytes
  }

  /** True while a frame's size is read but the owner has not admitted it yet. */
  awaitingAdmission (): boolean {
    return this.frameBytes >= 0 && !this.admitted
  }

  /** True between a frame's admission and its return: its bytes are still arriving. */
  frameInProgress (): boolean {
    return this.frameBytes >= 0 && this.admitted
  }

  /** Bytes of the current frame received so far (0 between frames). */
  frameReceivedBytes (): number {
    if (this.frameBytes < 0) return 0
    return this.assembledBytes + Math.min(this.bufferedBytes, this.frameBytes - this.assembledBytes)
  }

  /** Admits the frame held by a `false` from the admission function. */
  admit (): void {
    if (this.frameBytes < 0 || this.admitted) throw new Error('RIVULET_ERR_FRAME_ADMIT: no frame awaits admission')
    this.admitted = true
  }

  push (chunk: Buffer): void {
    if (chunk.length === 0) return
    this.chunks.push(chunk)
    this.bufferedBytes += chunk.length
  }

  /** The next whole frame, null when more bytes (or the admission) are needed, or a size problem. */
  next (): Buffer | FrameSizeProblem | null {
    if (this.frameBytes < 0) {
      if (this.bufferedBytes < FRAME_PREFIX_BYTES) return null
      const size = this.readPrefix()
      if (size < 0 || size > this.frameBytesMax) return { error: FrameError.InvalidSize, sizeBytes: size }
      this.frameBytes = size
      this.admitted = this.admission === null || this.admission(size)
    }
    if (!this.admitted) return null
    const frame = this.assemble()
    if (frame !== null) {
      this.frameBytes = -1
      this.admitted = false
    }
    return frame
  }

  /** The admitted frame once all its bytes are here; copies what has arrived so far otherwise. */
  private assemble (): Buffer | null {
    if (this.assembly === null) {
      if (this.frameBytes === 0) return Buffer.alloc(0)
      const head = this.chunks[0]
      if (head !== undefined && head.length - this.headOffset >= this.frameBytes) {
        const view = head.subarray(this.headOffset, this.headOffset + this.frameBytes)
        this.consume(this.frameBytes)
        return view
      }
      if (this.bufferedBytes === 0) return null
      this.assembly = Buffer.allocUnsafe(this.frameBytes)
      this.assembledBytes = 0
    }
    this.assembledBytes += this.copyInto(this.assembly, this.assembledBytes, this.frameBytes - this.assembledBytes)
    if (this.assembledBytes < this.frameBytes) return null
    const frame = this.assembly
    this.assembly = null
    this.assembledBytes = 0
    return frame
  }

  private readPrefix (): number {
    const head = this.chunks[0]!
    if (head.length - this.headOffset >= FRAME_PREFIX_BYTES) {
      const size = head.readInt32BE(this.headOffset)
      this.consume(FRAME_PREFIX_BYTES)
      return size
    }
    const prefix = Buffer.allocUnsafe(FRAME_PREFIX_BYTES)
    this.copyInto(prefix, 0, FRAME_PREFIX_BYTES)
    return prefix.readInt32BE(0)
  }

  /** Moves up to n buffered bytes to out[at..]; returns how many it moved. */
  private copyInto (out: Buffer, at: number, n: number): number {
    let filled = 0
    while (filled < n && this.bufferedBytes > 0) {
      const chunk = this.chunks[0]!
      const count = Math.min(chunk.length - this.headOffset, n - filled)
      chunk.copy(out, at + filled, this.headOffset, this.headOffset + count)
      filled += count
      this.consume(count)
    }
    return filled
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
