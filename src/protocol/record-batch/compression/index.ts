// The four Kafka compression codecs by attribute id. Only tests and compaction use them: the broker
// keeps batches compressed exactly as clients sent them.
import { gzipCompress, gzipDecompress } from './gzip.ts'
import { snappyCompress, snappyDecompress } from './snappy.ts'
import { lz4Compress, lz4Decompress } from './lz4.ts'
import { zstdCompress, zstdDecompress } from './zstd.ts'

export type CompressionName = 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd'
export const COMPRESSION_IDS: Readonly<Record<CompressionName, number>> = { none: 0, gzip: 1, snappy: 2, lz4: 3, zstd: 4 }

export function compress (codec: number, data: Buffer): Buffer {
  switch (codec) {
    case 0: return data
    case 1: return gzipCompress(data)
    case 2: return snappyCompress(data)
    case 3: return lz4Compress(data)
    case 4: return zstdCompress(data)
    default: throw new RangeError(`unknown compression codec ${codec}`)
  }
}

export function decompress (codec: number, data: Buffer): Buffer {
  switch (codec) {
    case 0: return data
    case 1: return gzipDecompress(data)
    case 2: return snappyDecompress(data)
    case 3: return lz4Decompress(data)
    case 4: return zstdDecompress(data)
    default: throw new RangeError(`unknown compression codec ${codec}`)
  }
}
