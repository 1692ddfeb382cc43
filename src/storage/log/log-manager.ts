// The partition logs of one log directory (`log.dirs`): opens them all at start (recovering them
// when the last shutdown was not clean), creates and deletes partition directories the way Kafka
// does (`<topic>-<partition>`, deletion by renaming to `<topic>-<partition>.<id>-delete` first), and
// runs retention every log.retention.check.interval.ms and time-based flushes.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { LocalStore } from '../local/lmdb-store.ts'
import { PartitionLog, type LogConfig } from './partition-log.ts'
import { fsyncDirectory } from '../checkpoint/atomic-file.ts'
import { assert } from '../../util/assert.ts'

export interface LogManagerOptions {
  readonly logDir: string
  /** The effective config of a topic's logs (topic overrides over broker defaults). */
  readonly configFor: (topic: string) => LogConfig
  readonly retentionCheckIntervalMs: number
  /** How often time-based flushes (flush.ms) are checked. */
  readonly flushCheckIntervalMs: number
  readonly clock: () => number
}

/**
 * `<topic>-<partition>` -> [topic, partition]; topics may contain dashes, partitions are digits.
 * Names with characters no topic can have (such as the `@metadata-0` log) are not partition logs.
 */
export function parsePartitionDir (name: string): [string, number] | null {
  const match = /^([a-zA-Z0-9._-]+)-(\d+)$/.exec(name)
  if (match === null || name.endsWith('-delete')) return null
  return [match[1]!, Number(match[2])]
}

export class LogManager {
  private readonly options: LogManagerOptions
  readonly store: LocalStore
  private readonly logs = new Map<string, PartitionLog>()
  /** Whether the previous process shut down cleanly (then no segment was scanned at start). */
  readonly previousShutdownClean: boolean
  private retentionTimer: NodeJS.Timeout | null = null
  private flushTimer: NodeJS.Timeout | null = null
  private closed = false

  private constructor (options: LogManagerOptions, store: LocalStore, clean: boolean) {
    this.options = options
    this.store = store
    this.previousShutdownClean = clean
  }

  static open (options: LogManagerOptions): LogManager {
    mkdirSync(options.logDir, { recursive: true })
    const store = new LocalStore(join(options.logDir, '.rivulet-local'))
    const clean = store.wasCleanShutdown()
    // From here until close() completes, a crash is an unclean shutdown.
    store.setCleanShutdown(false)
    const manager = new LogManager(options, store, clean)
    for (const name of readdirSync(options.logDir).sort()) {
      const path = join(options.logDir, name)
      if (name.endsWith('-delete')) {
        rmSync(path, { recursive: true, force: true })
        continue
      }
      const parsed = parsePartitionDir(name)
      if (parsed === null || !statSync(path).isDirectory()) continue
      manager.logs.set(name, PartitionLog.open({ dir: path, name, config: options.configFor(parsed[0]), store, cleanShutdown: clean, nowMs: options.clock() }))
    }
    return manager
  }

  /** Starts the retention and flush timers (unref'd: they never keep the process alive). */
  startSchedulers (): void {
    this.retentionTimer = setInterval(() => this.runRetention(this.options.clock()), this.options.retentionCheckIntervalMs)
    this.retentionTimer.unref()
    this.flushTimer = setInterval(() => this.runTimedFlush(this.options.clock()), this.options.flushCheckIntervalMs)
    this.flushTimer.unref()
  }

  get (topic: string, partition: number): PartitionLog | undefined {
    return this.logs.get(`${topic}-${partition}`)
  }

  all (): ReadonlyMap<string, PartitionLog> {
    return this.logs
  }

  /** Creates (or returns) the log of a partition. */
  create (topic: string, partition: number, topicId: string): PartitionLog {
    assert(!this.closed, 'log manager is closed')
    const name = `${topic}-${partition}`
    const existing = this.logs.get(name)
    if (existing !== undefined) return existing
    const dir = join(this.options.logDir, name)
    const log = PartitionLog.open({ dir, name, config: this.options.configFor(topic), store: this.store, cleanShutdown: true, nowMs: this.options.clock(), topicId })
    fsyncDirectory(this.options.logDir)
    this.logs.set(name, log)
    return log
  }

  /** Deletes a partition's log: renamed away at once (durably), its files removed afterwards. */
  delete (topic: string, partition: number): void {
    const name = `${topic}-${partition}`
    const log = this.logs.get(name)
    if (log === undefined) return
    log.close(this.options.clock())
    this.logs.delete(name)
    const doomed = join(this.options.logDir, `${name}.${randomUUID().replace(/-/g, '')}-delete`)
    renameSync(log.dir, doomed)
    fsyncDirectory(this.options.logDir)
    this.store.forget(name)
    setImmediate(() => rmSync(doomed, { recursive: true, force: true }))
  }

  /** Applies the topic configs again (after AlterConfigs). */
  reconfigure (topic: string): void {
    for (const [name, log] of this.logs) {
      const parsed = parsePartitionDir(name)
      if (parsed !== null && parsed[0] === topic) log.updateConfig(this.options.configFor(topic))
    }
  }

  runRetention (nowMs: number): number {
    let deleted = 0
    for (const log of this.logs.values()) deleted += log.applyRetention(nowMs)
    return deleted
  }

  runTimedFlush (nowMs: number): void {
    for (const log of this.logs.values()) log.maybeFlush(nowMs)
  }

  /** Flushes and closes every log, then records a clean shutdown. */
  async close (): Promise<void> {
    if (this.closed) return
    this.closed = true
    if (this.retentionTimer !== null) clearInterval(this.retentionTimer)
    if (this.flushTimer !== null) clearInterval(this.flushTimer)
    const now = this.options.clock()
    for (const log of this.logs.values()) log.close(now)
    await this.store.flush()
    this.store.setCleanShutdown(true)
    await this.store.close()
  }
}
