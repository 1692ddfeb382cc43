// snappy (Kafka codec 2), from the `snappy` package (napi-rs, prebuilt). The Java client writes
// xerial's framing (a magic header, then length-prefixed snappy blocks); some clients write raw
// snappy. Both are read; xerial framing is written, as the Java client does.
import { compressSync, uncompressSync } from 'snappy'

const XERIAL_MAGIC = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00])
const XERIAL_HEADER_BYTES = 16
const XERIAL_BLOCK_BYTES = 32 * 1024

export function snappyCompress (data: Buffer): Buffer {
  const parts: Buffer[] = []
  const header = Buffer.alloc(XERIAL_HEADER_BYTES)
  XERIAL_MAGIC.copy(header, 0)
  header.writeInt32BE(1, 8) // version
  header.writeInt32BE(1, 12) // minimum compatible version
  parts.push(header)
  for (let at = 0; at < data.length; at += XERIAL_BLOCK_BYTES) {
    const block = compressSync(data.subarray(at, Math.min(data.length, at + XERIAL_BLOCK_BYTES)))
    const size = Buffer.alloc(4)
    size.writeInt32BE(block.length)
    parts.push(size, block)
  }
  return Buffer.concat(parts)
}

export function snappyDecompress (data: Buffer): Buffer {
  if (data.length < XERIAL_HEADER_BYTES || !data.subarray(0, 8).equals(XERIAL_MAGIC)) {
    return uncompressSync(data) as Buffer
  }
  const parts: Buffer[] = []
  let at = XERIAL_HEADER_BYTES
  while (at < data.length) {
    if (at + 4 > data.length) throw new Error('truncated xerial snappy block length')
    const size = data.readInt32BE(at)
    at += 4
    if (size < 0 || at + size > data.length) throw new Error('truncated xerial snappy block')
    parts.push(uncompressSync(data.subarray(at, at + size)) as Buffer)
    at += size
  }
  return Buffer.concat(parts)
}
