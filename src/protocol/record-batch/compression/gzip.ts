// gzip (Kafka codec 1), from node:zlib.
import { gunzipSync, gzipSync } from 'node:zlib'

export function gzipCompress (data: Buffer): Buffer {
  return gzipSync(data)
}

export function gzipDecompress (data: Buffer): Buffer {
  return gunzipSync(data)
}
