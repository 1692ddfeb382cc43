// The node's log directory as DescribeLogDirs and AlterReplicaLogDirs name it: Rivulet has exactly one
// (log.dirs, checked at start), reported by its absolute path as Kafka reports it, with the size of
// the volume it is on.
import { statfsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { LoadedConfig } from '../config/load-config.ts'

/** Kafka's Long.MAX_VALUE, which it reports for a volume whose size overflows (adjustForLargeFileSystems). */
const LONG_MAX = 9223372036854775807n

/** The absolute path of the node's one log directory. */
export function logDirPath (config: LoadedConfig): string {
  return resolve(config.list('log.dirs')[0]!)
}

export interface VolumeBytes {
  readonly totalBytes: bigint
  readonly usableBytes: bigint
}

/** Total and usable (available to this user) bytes of the volume holding `dir`; throws on an I/O error. */
export function volumeBytes (dir: string): VolumeBytes {
  const s = statfsSync(dir, { bigint: true })
  const clamp = (n: bigint): bigint => n < 0n || n > LONG_MAX ? LONG_MAX : n
  return { totalBytes: clamp(s.blocks * s.bsize), usableBytes: clamp(s.bavail * s.bsize) }
}
