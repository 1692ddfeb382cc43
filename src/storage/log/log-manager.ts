// The partition logs of one log directory (`log.dirs`): opens them all at start (recovering them
// when the last shutdown was not clean), creates and deletes partition directories the way Kafka
// does (`<topic>-<partition>`, deletion by renaming to `<topic>-<partition>.<id>-delete` first),
// moves a log the metadata does not know aside (`<topic>-<partition>.<id>-stray`, never deleted
// here), and runs retention every log.retention.check.interval.ms, and time-based flushes with a
// checkpoint of the recovery points and high watermarks that moved (one lmdb commit each) every flush check.
// A log that cannot be opened or created (no descriptors left, a full disk, an I/O error) is kept as
// offline: its partition answers KAFKA_STORAGE_ERROR, it is logged once, and opening it is tried
// again on the next request for it and by the flush timer, so the node starts and keeps serving the
// other logs, and recovers by itself when space or descriptors return. All logs share one bounded
// cache of file descriptors (rivulet.log.open.files.max).
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { open, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { LocalStore } from '../local/lmdb-store.ts'
import { PartitionLog, parseTopicId, type LogConfig } from './partition-log.ts'
import { fsyncDirectory } from '../checkpoint/atomic-file.ts'
import { FileHandleCache, OPEN_FILES_MAX_DEFAULT } from './file-handles.ts'
import { KafkaStorageError, storageErrorOf } from './storage-error.ts'
import { silentLogger, type Logger } from '../../util/logger.ts'
import { assert } from '../../util/assert.ts'

export interface LogManagerOptions {
  readonly logDir: string
  /** The effective config of a topic's logs (topic overrides over broker defaults). */
  readonly configFor: (topic: string) => LogConfig
  readonly retentionCheckIntervalMs: number
  /** How often time-based flushes (flush.ms) are checked, and offline logs tried again. */
  readonly flushCheckIntervalMs: number
  readonly clock: () => number
  /** Bound on the segment and index files open at once (rivulet.log.open.files.max). */
  readonly openFilesMax?: number
  readonly logger?: Logger
}

/** How long an offline log waits before the next attempt to open it. */
export const OFFLINE_RETRY_MS = 1000

/** A partition whose log could not be opened or created; tried again from `retryAtMs`. */
interface OfflineLog {
  readonly topic: string
  readonly partition: number
  /** Set for a log being created (written to partition.metadata); undefined for one found on disk. */
  readonly topicId: string | undefined
  readonly cleanShutdown: boolean
  cause: KafkaStorageError
  retryAtMs: number
  attempts: number
}

/**
 * `<topic>-<partition>` -> [topic, partition]; topics may contain dashes, partitions are digits.
 * Names with characters no topic can have (such as the `@metadata` log) are not partition logs, nor
 * are logs moved aside (`...-delete`, `...-stray`).
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
  private readonly offline = new Map<string, OfflineLog>()
  /** The descriptors of every log's segment and index files. */
  readonly files: FileHandleCache
  private readonly logger: Logger
  /** Whether the previous process shut down cleanly (then no segment was scanned at start). */
  readonly previousShutdownClean: boolean
  private retentionTimer: NodeJS.Timeout | null = null
  private flushTimer: NodeJS.Timeout | null = null
  private closed = false
  /** Removals of deleted logs' directories under way (off the event loop). */
  private readonly removals = new Set<Promise<void>>()
  /** The cause of the last failed recovery point checkpoint (logged on change); null when fine. */
  private checkpointFailure: string | null = null

  private constructor (options: LogManagerOptions, store: LocalStore, clean: boolean) {
    this.options = options
    this.store = store
    this.previousShutdownClean = clean
    this.files = new FileHandleCache(options.openFilesMax ?? OPEN_FILES_MAX_DEFAULT)
    this.logger = (options.logger ?? silentLogger()).child({ module: 'log-manager' })
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
      manager.openLog({ topic: parsed[0], partition: parsed[1], topicId: undefined, cleanShutdown: clean })
    }
    return manager
  }

  /** Opens (or creates) a log; on a storage error records it as offline and returns undefined. */
  private openLog (spec: { topic: string, partition: number, topicId: string | undefined, cleanShutdown: boolean }, syncDir = true): PartitionLog | undefined {
    const name = `${spec.topic}-${spec.partition}`
    const nowMs = this.options.clock()
    let log: PartitionLog
    try {
      log = PartitionLog.open({
        dir: join(this.options.logDir, name),
        name,
        config: this.options.configFor(spec.topic),
        store: this.store,
        cleanShutdown: spec.cleanShutdown,
        nowMs,
        ...(spec.topicId === undefined ? {} : { topicId: spec.topicId }),
        files: this.files,
        logger: this.logger
      })
      if (spec.topicId !== undefined && syncDir) fsyncDirectory(this.options.logDir)
    } catch (err) {
      const cause = storageErrorOf(err, 'open the log of', name)
      const known = this.offline.get(name)
      if (known === undefined || known.cause.causeCode !== cause.causeCode) {
        this.logger.error({ topic: spec.topic, partition: spec.partition, cause: cause.causeCode, error: cause.message }, 'cannot open a partition log: the partition answers KAFKA_STORAGE_ERROR, opening it is tried again')
      }
      this.offline.set(name, { ...spec, cause, retryAtMs: nowMs + OFFLINE_RETRY_MS, attempts: (known?.attempts ?? 0) + 1 })
      return undefined
    }
    const known = this.offline.get(name)
    if (known !== undefined) {
      this.offline.delete(name)
      this.logger.warn({ topic: spec.topic, partition: spec.partition, attempts: known.attempts }, 'partition log opened after storage errors: served again')
    }
    this.logs.set(name, log)
    return log
  }

  /** Tries an offline log again once its wait is over. */
  private retry (name: string, nowMs: number): PartitionLog | undefined {
    const entry = this.offline.get(name)
    if (entry === undefined || nowMs < entry.retryAtMs || this.closed) return undefined
    return this.openLog(entry)
  }

  /** Tries every offline log whose wait is over (called by the flush timer). */
  retryOffline (nowMs: number): void {
    for (const name of [...this.offline.keys()]) this.retry(name, nowMs)
  }

  /** Why a partition this node hosts has no usable log (a storage error), or null. */
  offlineCause (topic: string, partition: number): string | null {
    return this.offline.get(`${topic}-${partition}`)?.cause.message ?? null
  }

  /** Every partition this node hosts: the open logs and the offline ones. */
  names (): string[] {
    return [...this.logs.keys(), ...this.offline.keys()]
  }

  /** Starts the retention and flush timers (unref'd: they never keep the process alive). */
  startSchedulers (): void {
    this.retentionTimer = setInterval(() => this.runRetention(this.options.clock()), this.options.retentionCheckIntervalMs)
    this.retentionTimer.unref()
    this.flushTimer = setInterval(() => this.runTimedFlush(this.options.clock()), this.options.flushCheckIntervalMs)
    this.flushTimer.unref()
  }

  /**
   * The open log of a partition; an offline one is tried again when its wait is over. With `topicId`,
   * a log recorded for another topic id (a topic deleted and created again under its name) is not it:
   * undefined.
   */
  get (topic: string, partition: number, topicId?: string): PartitionLog | undefined {
    const name = `${topic}-${partition}`
    let log = this.logs.get(name)
    if (log === undefined && this.offline.size > 0) log = this.retry(name, this.options.clock())
    if (log === undefined || topicId === undefined || log.topicId === null || log.topicId === topicId) return log
    return undefined
  }

  all (): ReadonlyMap<string, PartitionLog> {
    return this.logs
  }

  /**
   * Creates (or returns) the log of a partition. On a storage error the partition is recorded as
   * offline (answering KAFKA_STORAGE_ERROR, tried again later) and undefined is returned. The new
   * directory's entry is durable once the log directory is fsynced: here, or with `syncDirectory()`
   * after a batch of creations (`syncDir` false).
   */
  create (topic: string, partition: number, topicId: string, syncDir = true): PartitionLog | undefined {
    assert(!this.closed, 'log manager is closed')
    const name = `${topic}-${partition}`
    const existing = this.logs.get(name)
    if (existing !== undefined) return existing
    if (this.offline.has(name)) return this.retry(name, this.options.clock())
    return this.openLog({ topic, partition, topicId, cleanShutdown: true }, syncDir)
  }

  /** Fsyncs the log directory off the event loop (new or renamed partition directories become durable). */
  async syncDirectory (): Promise<void> {
    const dir = await open(this.options.logDir, 'r')
    try {
      await dir.sync()
    } finally {
      await dir.close()
    }
  }

  /**
   * Deletes a partition's log: renamed away at once, its files removed afterwards. The rename is
   * durable once the log directory is fsynced: here, or with `syncDirectory()` after a batch
   * (`syncDir` false). A storage failure is logged, and the directory left is renamed aside or
   * removed at the next start.
   */
  delete (topic: string, partition: number, syncDir = true): void {
    const name = `${topic}-${partition}`
    if (!this.logs.has(name) && !this.offline.has(name)) return
    const doomed = this.renameAway(topic, partition, 'delete', syncDir)
    // Removed off the event loop: thousands of deleted partitions must not stall other requests.
    if (doomed !== null) {
      const removal: Promise<void> = rm(doomed, { recursive: true, force: true }).catch((err: unknown) => {
        const cause = storageErrorOf(err, 'remove the deleted log of', name)
        this.logger.warn({ topic, partition, path: doomed, cause: cause.causeCode, error: cause.message }, 'a deleted partition log could not be removed: it is removed at the next start')
      }).finally(() => this.removals.delete(removal))
      this.removals.add(removal)
    }
  }

  /**
   * Moves a log the metadata does not know out of the way, as Kafka's LogManager does with a stray
   * log: closed, renamed durably to `<topic>-<partition>.<id>-stray`, and left for a human (nothing
   * here deletes it). Returns the new path, or null when the rename failed (logged; the directory
   * stays where it is and is found again at the next start).
   */
  moveAside (topic: string, partition: number): string | null {
    const name = `${topic}-${partition}`
    assert(this.logs.has(name) || this.offline.has(name), `no log ${name} to move aside`)
    return this.renameAway(topic, partition, 'stray')
  }

  /** Closes a log (open or offline) and renames its directory durably to `<name>.<id>-<suffix>`; null when that failed (logged). */
  private renameAway (topic: string, partition: number, suffix: 'delete' | 'stray', syncDir = true): string | null {
    const name = `${topic}-${partition}`
    const log = this.logs.get(name)
    this.offline.delete(name)
    this.logs.delete(name)
    const dir = join(this.options.logDir, name)
    const path = join(this.options.logDir, `${name}.${randomUUID().replace(/-/g, '')}-${suffix}`)
    const action = suffix === 'delete' ? 'delete' : 'move aside'
    try {
      if (log !== undefined && suffix === 'delete') log.discard()
      else if (log !== undefined) this.closeLog(log)
      renameSync(dir, path)
      if (syncDir) fsyncDirectory(this.options.logDir)
    } catch (err) {
      const cause = storageErrorOf(err, `${action} the log of`, name)
      if (cause.causeCode !== 'ENOENT') this.logger.error({ topic, partition, cause: cause.causeCode, error: cause.message }, `failed part way to ${action} a partition log`)
      return null
    } finally {
      // A new partition of that name must not inherit this log's recovery point or offsets.
      this.store.forget(name)
    }
    return path
  }

  /**
   * The topic id a partition's directory was created for (its partition.metadata), or null when none
   * is recorded or it cannot be read (then the caller cannot tell, and keeps the log).
   */
  storedTopicId (topic: string, partition: number): string | null {
    const open = this.logs.get(`${topic}-${partition}`)
    if (open !== undefined) return open.topicId
    const path = join(this.options.logDir, `${topic}-${partition}`, 'partition.metadata')
    if (!existsSync(path)) return null
    try {
      return parseTopicId(readFileSync(path, 'utf8'))
    } catch (err) {
      const cause = storageErrorOf(err, 'read the topic id of', `${topic}-${partition}`)
      this.logger.error({ topic, partition, cause: cause.causeCode, error: cause.message }, 'cannot read partition.metadata: the log is kept whatever its topic id')
      return null
    }
  }

  /** Closes a log; a storage failure (a flush on a full disk) is logged, never thrown. True when clean. */
  private closeLog (log: PartitionLog): boolean {
    try {
      log.close(this.options.clock())
      return true
    } catch (err) {
      const cause = storageErrorOf(err, 'close the log of', log.name)
      this.logger.error({ partition: log.name, cause: cause.causeCode, error: cause.message }, 'closing a partition log failed: it is recovered at the next start')
      return false
    }
  }

  /** Resolves once the directories of the logs deleted so far are removed (or their failure logged). */
  async removalsDone (): Promise<void> {
    while (this.removals.size > 0) await Promise.all([...this.removals])
  }

  /** Applies the topic configs again (after AlterConfigs). */
  reconfigure (topic: string): void {
    for (const [name, log] of this.logs) {
      const parsed = parsePartitionDir(name)
      if (parsed !== null && parsed[0] === topic) log.updateConfig(this.options.configFor(topic))
    }
  }

  /** Retention over every log; a log whose files fail is logged and skipped until the next run. */
  runRetention (nowMs: number): number {
    let deleted = 0
    for (const log of this.logs.values()) {
      try {
        deleted += log.applyRetention(nowMs)
      } catch (err) {
        const cause = storageErrorOf(err, 'apply retention to', log.name)
        this.logger.error({ partition: log.name, cause: cause.causeCode, error: cause.message }, 'retention failed for a partition log: tried again at the next check')
      }
    }
    return deleted
  }

  runTimedFlush (nowMs: number): void {
    for (const log of this.logs.values()) log.maybeFlush(nowMs)
    this.checkpointRecoveryPoints()
    if (this.offline.size > 0) this.retryOffline(nowMs)
  }

  /** Writes the recovery points that moved, in one commit; a failure is logged and tried next time. */
  checkpointRecoveryPoints (): void {
    const points: Array<readonly [string, number]> = []
    const highWatermarks: Array<readonly [string, number]> = []
    for (const [name, log] of this.logs) {
      const offset = log.recoveryPointToCheckpoint()
      if (offset >= 0) points.push([name, offset])
      const hw = log.highWatermarkToCheckpoint()
      if (hw >= 0) highWatermarks.push([name, hw])
    }
    if (points.length === 0 && highWatermarks.length === 0) return
    try {
      this.store.setCheckpoints(points, highWatermarks)
    } catch (err) {
      const cause = storageErrorOf(err, 'write the recovery points to', this.options.logDir)
      if (this.checkpointFailure !== cause.causeCode) this.logger.error({ cause: cause.causeCode, error: cause.message }, 'writing recovery points failed: tried again at the next flush check')
      this.checkpointFailure = cause.causeCode
      return
    }
    if (this.checkpointFailure !== null) this.logger.warn({ cause: this.checkpointFailure }, 'recovery points written again')
    this.checkpointFailure = null
    for (const [name, offset] of points) this.logs.get(name)!.recoveryPointCheckpointed(offset)
    for (const [name, offset] of highWatermarks) this.logs.get(name)!.highWatermarkCheckpointed(offset)
  }

  /**
   * Flushes and closes every log, then records a clean shutdown, unless a log failed to close (or
   * one is offline): then the next start recovers the logs as after a crash.
   */
  async close (): Promise<void> {
    if (this.closed) return
    this.closed = true
    if (this.retentionTimer !== null) clearInterval(this.retentionTimer)
    if (this.flushTimer !== null) clearInterval(this.flushTimer)
    let clean = this.offline.size === 0
    for (const log of this.logs.values()) if (!this.closeLog(log)) clean = false
    this.files.closeAll()
    await this.removalsDone()
    await this.store.flush()
    if (clean) this.store.setCleanShutdown(true)
    await this.store.close()
  }
}
