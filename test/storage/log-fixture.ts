// Shared set-up of the storage tests: a temporary log directory, a local store, and batches.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LocalStore } from '../../src/storage/local/lmdb-store.ts'
import { PartitionLog, DEFAULT_LOG_CONFIG, type LogConfig } from '../../src/storage/log/partition-log.ts'
import { buildRecordBatch, type RecordInput } from '../../src/protocol/record-batch/records.ts'
import type { Logger } from '../../src/util/logger.ts'

export const SMALL_LOG_CONFIG: LogConfig = {
  ...DEFAULT_LOG_CONFIG,
  segmentBytes: 4096,
  indexIntervalBytes: 256,
  segmentIndexBytes: 4096,
  fileDeleteDelayMs: 0,
  retentionMs: -1
}

export class LogFixture {
  readonly root: string
  readonly dir: string
  store: LocalStore
  config: LogConfig
  log: PartitionLog
  nowMs = 1_700_000_000_000
  /** The logger of the logs opened from now on (none: silent). */
  logger: Logger | undefined = undefined

  constructor (config: LogConfig = SMALL_LOG_CONFIG) {
    this.root = mkdtempSync(join(tmpdir(), 'rivulet-log-'))
    this.dir = join(this.root, 'orders-0')
    this.store = new LocalStore(join(this.root, '.local'))
    this.config = config
    this.log = this.open(true)
  }

  open (cleanShutdown: boolean): PartitionLog {
    return PartitionLog.open({ dir: this.dir, name: 'orders-0', config: this.config, store: this.store, cleanShutdown, nowMs: this.nowMs, topicId: 'b3JkZXJzLXRvcGljLWlkAA', ...(this.logger === undefined ? {} : { logger: this.logger }) })
  }

  /** A clean restart: close, then open again. */
  restart (): void {
    this.log.close(this.nowMs)
    this.log = this.open(true)
  }

  /** A crash: the process dies without closing; what the OS has written stays, nothing else runs. */
  crashAndReopen (): void {
    this.log = this.open(false)
  }

  async cleanup (): Promise<void> {
    this.log.close(this.nowMs)
    await this.store.close()
    rmSync(this.root, { recursive: true, force: true })
  }
}

export function batchOf (records: RecordInput[], options: { baseOffset?: number, partitionLeaderEpoch?: number, compression?: 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd' } = {}): Buffer {
  return buildRecordBatch({ records, ...options })
}

export function valueRecords (next: () => number, count: number, timestamp: number): RecordInput[] {
  return Array.from({ length: count }, (_, i) => ({
    key: Buffer.from(`k${Math.floor(next() * 1000)}`),
    value: Buffer.alloc(Math.floor(next() * 300), i),
    timestamp: timestamp + i
  }))
}
