// zstd (Kafka codec 4): the zstd frame format, from the `zstd-napi` package (libzstd bindings).
import { compress, decompress } from 'zstd-napi'

export function zstdCompress (data: Buffer): Buffer {
  return compress(data)
}

export function zstdDecompress (data: Buffer): Buffer {
  return decompress(data)
}
