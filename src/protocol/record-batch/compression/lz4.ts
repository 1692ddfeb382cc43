// lz4 (Kafka codec 3): the LZ4 frame format, as Kafka's KafkaLZ4BlockOutputStream writes it, from
// the `lz4-napi` package (napi-rs, prebuilt).
import { compressFrameSync, decompressFrameSync } from 'lz4-napi'

export function lz4Compress (data: Buffer): Buffer {
  return compressFrameSync(data)
}

export function lz4Decompress (data: Buffer): Buffer {
  return decompressFrameSync(data)
}
