// A writer into one preallocated buffer. Encoders compute the exact size first (the size helpers
// below), allocate once, then write; so the 4-byte length prefix costs nothing and nothing is copied
// twice. Writing past the end is a bug in a sizeOf function and throws a RangeError.
import { writeUuidBytes } from './uuid.ts'

export class Writer {
  readonly buf: Buffer
  offset: number

  constructor (buf: Buffer, offset = 0) {
    this.buf = buf
    this.offset = offset
  }

  static alloc (size: number): Writer {
    return new Writer(Buffer.allocUnsafe(size), 0)
  }

  writeInt8 (v: number): void {
    this.offset = this.buf.writeInt8(v, this.offset)
  }

  writeBoolean (v: boolean): void {
    this.offset = this.buf.writeInt8(v ? 1 : 0, this.offset)
  }

  writeInt16 (v: number): void {
    this.offset = this.buf.writeInt16BE(v, this.offset)
  }

  writeUInt16 (v: number): void {
    this.offset = this.buf.writeUInt16BE(v, this.offset)
  }

  writeInt32 (v: number): void {
    this.offset = this.buf.writeInt32BE(v, this.offset)
  }

  writeUInt32 (v: number): void {
    this.offset = this.buf.writeUInt32BE(v, this.offset)
  }

  writeInt64 (v: bigint): void {
    this.offset = this.buf.writeBigInt64BE(v, this.offset)
  }

  writeFloat64 (v: number): void {
    this.offset = this.buf.writeDoubleBE(v, this.offset)
  }

  writeUnsignedVarInt (v: number): void {
    let value = v >>> 0
    while (value >= 0x80) {
      this.buf[this.offset++] = (value & 0x7f) | 0x80
      value >>>= 7
    }
    if (this.offset >= this.buf.length) throw new RangeError('write past the end of the buffer')
    this.buf[this.offset++] = value
  }

  writeVarInt (v: number): void {
    this.writeUnsignedVarInt((v << 1) ^ (v >> 31))
  }

  writeVarLong (v: bigint): void {
    let value = BigInt.asUintN(64, (v << 1n) ^ (v >> 63n))
    while (value >= 0x80n) {
      this.buf[this.offset++] = Number(value & 0x7fn) | 0x80
      value >>= 7n
    }
    this.buf[this.offset++] = Number(value)
  }

  writeUuid (v: string): void {
    if (this.offset + 16 > this.buf.length) throw new RangeError('write past the end of the buffer')
    writeUuidBytes(v, this.buf, this.offset)
    this.offset += 16
  }

  private writeUtf8 (v: string, byteLength: number): void {
    if (this.offset + byteLength > this.buf.length) throw new RangeError('write past the end of the buffer')
    this.offset += this.buf.write(v, this.offset, byteLength, 'utf8')
  }

  private writeRaw (v: Uint8Array): void {
    if (this.offset + v.length > this.buf.length) throw new RangeError('write past the end of the buffer')
    this.buf.set(v, this.offset)
    this.offset += v.length
  }

  writeString (v: string): void {
    const n = Buffer.byteLength(v, 'utf8')
    this.writeInt16(n)
    this.writeUtf8(v, n)
  }

  writeNullableString (v: string | null): void {
    if (v === null) this.writeInt16(-1)
    else this.writeString(v)
  }

  writeCompactString (v: string): void {
    const n = Buffer.byteLength(v, 'utf8')
    this.writeUnsignedVarInt(n + 1)
    this.writeUtf8(v, n)
  }

  writeCompactNullableString (v: string | null): void {
    if (v === null) this.writeUnsignedVarInt(0)
    else this.writeCompactString(v)
  }

  writeBytes (v: Uint8Array): void {
    this.writeInt32(v.length)
    this.writeRaw(v)
  }

  writeNullableBytes (v: Uint8Array | null): void {
    if (v === null) this.writeInt32(-1)
    else this.writeBytes(v)
  }

  writeCompactBytes (v: Uint8Array): void {
    this.writeUnsignedVarInt(v.length + 1)
    this.writeRaw(v)
  }

  writeCompactNullableBytes (v: Uint8Array | null): void {
    if (v === null) this.writeUnsignedVarInt(0)
    else this.writeCompactBytes(v)
  }

  writeArrayLength (length: number, compact: boolean): void {
    if (compact) this.writeUnsignedVarInt(length + 1)
    else this.writeInt32(length)
  }
}

export function sizeOfUnsignedVarInt (v: number): number {
  let value = v >>> 0
  let size = 1
  while (value >= 0x80) {
    value >>>= 7
    size++
  }
  return size
}

export function sizeOfVarInt (v: number): number {
  return sizeOfUnsignedVarInt((v << 1) ^ (v >> 31))
}

export function sizeOfVarLong (v: bigint): number {
  let value = BigInt.asUintN(64, (v << 1n) ^ (v >> 63n))
  let size = 1
  while (value >= 0x80n) {
    value >>= 7n
    size++
  }
  return size
}

/** Size of a string or bytes field, including its length prefix, in the classic or compact form. */
export function sizeOfString (v: string, compact: boolean): number {
  const n = Buffer.byteLength(v, 'utf8')
  return compact ? sizeOfUnsignedVarInt(n + 1) + n : 2 + n
}

export function sizeOfNullableString (v: string | null, compact: boolean): number {
  if (v === null) return compact ? 1 : 2
  return sizeOfString(v, compact)
}

export function sizeOfBytes (v: Uint8Array, compact: boolean): number {
  return compact ? sizeOfUnsignedVarInt(v.length + 1) + v.length : 4 + v.length
}

export function sizeOfNullableBytes (v: Uint8Array | null, compact: boolean): number {
  if (v === null) return compact ? 1 : 4
  return sizeOfBytes(v, compact)
}

export function sizeOfArrayLength (length: number, compact: boolean): number {
  return compact ? sizeOfUnsignedVarInt(length + 1) : 4
}
