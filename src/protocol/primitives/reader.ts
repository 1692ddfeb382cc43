// A bounds-checked reader over one Kafka frame.
//
// Representation decisions (project-wide):
// - int64 fields decode to `bigint`, exactly (offsets, timestamps, producer ids may be any int64, and
//   clients send Long.MAX_VALUE/MIN_VALUE sentinels). Storage and broker code converts offsets to
//   `number` at its boundary, asserting Number.isSafeInteger.
// - bytes and records decode to Buffer *views* (subarray) of the frame, never copies.
// - uuid decodes to Kafka's text form (base64url, 22 characters), see uuid.ts.
// Every length is checked against the bytes that remain BEFORE anything is allocated; any malformed
// input throws DecodeError, which the network layer turns into Kafka's behaviour (a closed connection).
import { uuidFromBytes } from './uuid.ts'

export class DecodeError extends Error {
  override name = 'DecodeError'
}

export class Reader {
  readonly buf: Buffer
  offset: number
  readonly end: number

  constructor (buf: Buffer, offset = 0, end = buf.length) {
    this.buf = buf
    this.offset = offset
    this.end = end
  }

  remaining (): number {
    return this.end - this.offset
  }

  private need (n: number): void {
    if (n > this.end - this.offset) throw new DecodeError(`need ${n} bytes at offset ${this.offset}, only ${this.end - this.offset} remain`)
  }

  skip (n: number): void {
    if (n < 0) throw new DecodeError(`negative skip ${n}`)
    this.need(n)
    this.offset += n
  }

  readInt8 (): number {
    this.need(1)
    return this.buf.readInt8(this.offset++)
  }

  readBoolean (): boolean {
    return this.readInt8() !== 0
  }

  readInt16 (): number {
    this.need(2)
    const v = this.buf.readInt16BE(this.offset)
    this.offset += 2
    return v
  }

  readUInt16 (): number {
    this.need(2)
    const v = this.buf.readUInt16BE(this.offset)
    this.offset += 2
    return v
  }

  readInt32 (): number {
    this.need(4)
    const v = this.buf.readInt32BE(this.offset)
    this.offset += 4
    return v
  }

  readUInt32 (): number {
    this.need(4)
    const v = this.buf.readUInt32BE(this.offset)
    this.offset += 4
    return v
  }

  readInt64 (): bigint {
    this.need(8)
    const v = this.buf.readBigInt64BE(this.offset)
    this.offset += 8
    return v
  }

  readFloat64 (): number {
    this.need(8)
    const v = this.buf.readDoubleBE(this.offset)
    this.offset += 8
    return v
  }

  /** Unsigned LEB128, at most 5 bytes (a uint32). */
  readUnsignedVarInt (): number {
    let value = 0
    let shift = 0
    for (let i = 0; i < 5; i++) {
      this.need(1)
      const b = this.buf[this.offset++]!
      value |= (b & 0x7f) << shift
      if ((b & 0x80) === 0) return value >>> 0
      shift += 7
    }
    throw new DecodeError('unsigned varint longer than 5 bytes')
  }

  /** Zig-zag varint (int32). */
  readVarInt (): number {
    const raw = this.readUnsignedVarInt()
    return (raw >>> 1) ^ -(raw & 1)
  }

  /** Zig-zag varlong (int64), at most 10 bytes. */
  readVarLong (): bigint {
    let value = 0n
    let shift = 0n
    for (let i = 0; i < 10; i++) {
      this.need(1)
      const b = this.buf[this.offset++]!
      value |= BigInt(b & 0x7f) << shift
      if ((b & 0x80) === 0) return (value >> 1n) ^ -(value & 1n)
      shift += 7n
    }
    throw new DecodeError('varlong longer than 10 bytes')
  }

  readUuid (): string {
    this.need(16)
    const v = uuidFromBytes(this.buf, this.offset)
    this.offset += 16
    return v
  }

  private utf8 (length: number): string {
    this.need(length)
    const s = this.buf.toString('utf8', this.offset, this.offset + length)
    this.offset += length
    return s
  }

  private view (length: number): Buffer {
    this.need(length)
    const b = this.buf.subarray(this.offset, this.offset + length)
    this.offset += length
    return b
  }

  readString (): string {
    const length = this.readInt16()
    if (length < 0) throw new DecodeError(`non-nullable string has length ${length}`)
    return this.utf8(length)
  }

  readNullableString (): string | null {
    const length = this.readInt16()
    if (length === -1) return null
    if (length < 0) throw new DecodeError(`string has length ${length}`)
    return this.utf8(length)
  }

  readCompactString (): string {
    const length = this.readUnsignedVarInt() - 1
    if (length < 0) throw new DecodeError('non-nullable compact string is null')
    return this.utf8(length)
  }

  readCompactNullableString (): string | null {
    const length = this.readUnsignedVarInt() - 1
    if (length === -1) return null
    return this.utf8(length)
  }

  readBytes (): Buffer {
    const length = this.readInt32()
    if (length < 0) throw new DecodeError(`non-nullable bytes have length ${length}`)
    return this.view(length)
  }

  readNullableBytes (): Buffer | null {
    const length = this.readInt32()
    if (length === -1) return null
    if (length < 0) throw new DecodeError(`bytes have length ${length}`)
    return this.view(length)
  }

  readCompactBytes (): Buffer {
    const length = this.readUnsignedVarInt() - 1
    if (length < 0) throw new DecodeError('non-nullable compact bytes are null')
    return this.view(length)
  }

  readCompactNullableBytes (): Buffer | null {
    const length = this.readUnsignedVarInt() - 1
    if (length === -1) return null
    return this.view(length)
  }

  /** Skips a tagged-field section whose fields this version does not know (flexible versions). */
  skipTaggedFields (): void {
    const count = this.readUnsignedVarInt()
    for (let i = 0; i < count; i++) {
      this.readUnsignedVarInt()
      this.skip(this.readUnsignedVarInt())
    }
  }

  /**
   * Reads an array length (int32, or compact uvarint+1) and checks it against the remaining bytes:
   * every element takes at least one byte, so a larger count is malformed. Returns -1 for null.
   */
  readArrayLength (compact: boolean): number {
    const length = compact ? this.readUnsignedVarInt() - 1 : this.readInt32()
    if (length < -1) throw new DecodeError(`array has length ${length}`)
    if (length > this.end - this.offset) throw new DecodeError(`array of ${length} elements exceeds the ${this.end - this.offset} bytes that remain`)
    return length
  }
}
