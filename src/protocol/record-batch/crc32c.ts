// CRC32C (Castagnoli), the checksum of RecordBatch v2. The hardware-accelerated implementation from
// @node-rs/crc32 (SSE4.2 / ARMv8 CRC instructions through napi-rs, prebuilt) measured fastest of the
// candidates in bench/crc32c.bench.ts; the table-driven software version is kept as the reference the
// tests and the bench compare it with.
import { crc32c as nativeCrc32c } from '@node-rs/crc32'

/** CRC32C of `data` (unsigned 32-bit), continuing from `initial` when given. */
export function crc32c (data: Uint8Array, initial = 0): number {
  return nativeCrc32c(Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength), initial) >>> 0
}

const TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

/** Reference implementation: byte-at-a-time table lookup. */
export function crc32cSoftware (data: Uint8Array, initial = 0): number {
  let crc = (initial ^ 0xffffffff) >>> 0
  for (let i = 0; i < data.length; i++) crc = TABLE[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}
