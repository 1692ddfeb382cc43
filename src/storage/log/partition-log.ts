// A partition's log: an ordered set of segments in `<log.dir>/<topic>-<partition>/`, the storage API
// under produce, fetch and replication. Batches are stored exactly as received, with only their base
// offset and partition leader epoch patched in place (LogAppendTime also sets the max timestamp).
// A failed system call during an append or a read answers KAFKA_STORAGE_ERROR for this partition
// (logged on change, see storage-faults.ts) and leaves the log as it was; the next operation tries
// again. At load the log is checked against its checkpoints (log-continuity.ts) and lost offsets
// are logged as a WARN before anything is handed out again.
import { existsSync, mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs'
import { fsync } from 'node:fs'
import { join } from 'node:path'
import * as header from '../../protocol/record-batch/batch-header.ts'
import { decodeRecordBatch } from '../../protocol/record-batch/records.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { LogSegment, removeFiles, type BatchLocation, type SegmentOptions } from './segment.ts'
import { LeaderEpochCache } from '../checkpoint/leader-epoch-cache.ts'
import { ProducerStateManager, type BatchSequence } from './producer-state.ts'
import type { LocalStore } from '../local/lmdb-store.ts'
import { FileHandleCache } from './file-handles.ts'
import { KafkaStorageError, storageErrorOf } from './storage-error.ts'
import { StorageFaultLog } from './storage-faults.ts'
import { checkContinuity, type ContinuityFinding } from './log-continuity.ts'
import { silentLogger, type Logger } from '../../util/logger.ts'
import { assert } from '../../util/assert.ts'

/** The topic configs the log acts on (Kafka names: segment.bytes, segment.ms, ...), already typed. */
export interface LogConfig {
  readonly segmentBytes: number
  readonly segmentMs: number
  readonly segmentIndexBytes: number
  readonly indexIntervalBytes: number
  readonly maxMessageBytes: number
  readonly messageTimestampType: 'CreateTime' | 'LogAppendTime'
  /** -1: no limit. */
  readonly retentionMs: number
  /** -1: no limit. */
  readonly retentionBytes: number
  readonly fileDeleteDelayMs: number
  /** fsync after this many messages (Number.MAX_SAFE_INTEGER: never by count). */
  readonly flushMessages: number
  /** fsync when data is this old (Number.MAX_SAFE_INTEGER: never by time). */
  readonly flushMs: number
}

export const DEFAULT_LOG_CONFIG: LogConfig = {
  segmentBytes: 1073741824,
  segmentMs: 604800000,
  segmentIndexBytes: 10485760,
  indexIntervalBytes: 4096,
  maxMessageBytes: 1048588,
  messageTimestampType: 'CreateTime',
  retentionMs: 604800000,
  retentionBytes: -1,
  fileDeleteDelayMs: 60000,
  flushMessages: Number.MAX_SAFE_INTEGER,
  flushMs: Number.MAX_SAFE_INTEGER
}

/** Kafka error codes the log answers with. */
export const LogError = {
  NONE: 0,
  OFFSET_OUT_OF_RANGE: 1,
  CORRUPT_MESSAGE: 2,
  MESSAGE_TOO_LARGE: 10,
  UNSUPPORTED_FOR_MESSAGE_FORMAT: 43,
  INVALID_RECORD: 87
} as const

export interface AppendInfo {
  readonly errorCode: 0
  /** True when the batch was a producer's retry of one already in the log: nothing was written. */
  readonly duplicate: boolean
  readonly baseOffset: number
  readonly lastOffset: number
  /** The broker time written into the batches under LogAppendTime; -1 under CreateTime. */
  readonly logAppendTimeMs: number
  readonly logStartOffset: number
  readonly recordCount: number
}

export interface AppendFailure {
  readonly errorCode: number
  readonly message: string
}

export interface ReadResult {
  readonly errorCode: number
  /** Whole batches as stored; empty when there is nothing at fetchOffset yet. */
  readonly records: Buffer
  /** The segment file and position the bytes came from (for diagnostics and zero-copy callers). */
  readonly segmentPath: string | null
  readonly position: number
}

export interface PartitionLogOptions {
  readonly dir: string
  /** `<topic>-<partition>`: the key of this log in the local store. */
  readonly name: string
  readonly config: LogConfig
  readonly store: LocalStore
  /** Whether the previous process shut down cleanly (skips scanning segments). */
  readonly cleanShutdown: boolean
  readonly nowMs: number
  /** Written to partition.metadata when the log is created. */
  readonly topicId?: string
  /** The descriptors shared by the logs of a log directory; a cache of its own when absent. */
  readonly files?: FileHandleCache
  readonly logger?: Logger
}

/** What the log does about each kind of loss found at load (said in the WARN line). */
const CONTINUITY_ACTION: Record<ContinuityFinding['kind'], string> = {
  'segment-gap': 'reads skip the missing offsets, which are never handed out again',
  'head-missing': 'the log start offset moves up to the first segment',
  'below-log-start': 'every segment is deleted and the log restarts empty at its log start offset, as Kafka does',
  'below-recovery-point': 'the log continues from its end, as Kafka does: offsets from there on are handed out again',
  'below-leader-epoch': 'the leader epoch cache is cut to the log end',
  'below-producer-snapshot': 'the producer state is rebuilt from the log that remains'
}

export class PartitionLog {
  readonly dir: string
  readonly name: string
  /**
   * The topic id in the directory's partition.metadata (written when the log was created): a log of
   * a topic deleted and created again under its name is told from the new topic's. Null when none is
   * recorded.
   */
  readonly topicId: string | null
  private config: LogConfig
  private readonly store: LocalStore
  private readonly segments: LogSegment[]
  readonly epochs: LeaderEpochCache
  readonly producers: ProducerStateManager
  private readonly files: FileHandleCache
  /** Append and read failures are logged apart: reads that work must not hide a full disk. */
  private readonly writeFaults: StorageFaultLog
  private readonly readFaults: StorageFaultLog
  private logStart: number
  private recoveryPoint: number
  /** The recovery point moved since it was last written to the local store. */
  private recoveryPointDirty = false
  /**
   * The high watermark (Kafka's UnifiedLog.highWatermark): set by the Partition (the leader from its
   * ISR, a follower from its leader's), kept within [log start, log end], checkpointed to the local
   * store with the recovery points; loaded as min(checkpoint, log end).
   */
  private hw: number
  private hwDirty = false
  private unflushedMessages = 0
  private lastFlushMs: number
  private readonly unflushedSegments = new Set<LogSegment>()
  private syncWaiters: Array<{ resolve: () => void, reject: (err: Error) => void }> = []
  private syncInFlight = false
  /** fsync rounds run by sync() (group commit), for metrics and tests. */
  groupCommitRounds = 0
  private readonly pendingDeletes = new Set<NodeJS.Timeout>()
  /** Bytes cut off by crash recovery when this log was opened (0 after a clean shutdown). */
  readonly recoveredBytes: number

  private constructor (options: PartitionLogOptions, loaded: LoadedLog) {
    this.dir = options.dir
    this.name = options.name
    this.topicId = loaded.topicId
    this.config = options.config
    this.store = options.store
    this.segments = loaded.segments
    this.files = loaded.segmentOptions.files
    this.writeFaults = new StorageFaultLog(loaded.logger, 'append')
    this.readFaults = new StorageFaultLog(loaded.logger, 'read')
    this.epochs = loaded.epochs
    this.producers = new ProducerStateManager(options.dir)
    const storedStart = options.store.logStartOffset(options.name)
    this.logStart = Math.max(storedStart, this.segments[0]!.baseOffset)
    if (this.logStart !== storedStart) options.store.setLogStartOffset(options.name, this.logStart)
    this.recoveryPoint = options.store.recoveryPoint(options.name)
    if (this.recoveryPoint > this.logEndOffset()) {
      // Kafka's LogLoader: the recovery point never stays ahead of the log end.
      this.recoveryPoint = this.logEndOffset()
      options.store.setRecoveryPointDurably(options.name, this.recoveryPoint)
    }
    this.lastFlushMs = options.nowMs
    this.recoveredBytes = loaded.recoveredBytes
    this.hw = Math.max(this.logStart, Math.min(options.store.highWatermark(options.name), this.logEndOffset()))
    this.epochs.truncateFromEnd(this.logEndOffset())
    assert(this.logStart <= this.logEndOffset(), 'a loaded log never starts past its end (load restarts it at its start)')
    this.producers.removeSnapshotsAfter(this.logEndOffset())
    this.rebuildProducerState()
  }

  /** Producer state: the newest snapshot, then the idempotent batches after it, from their headers. */
  private rebuildProducerState (): void {
    const from = this.producers.load(this.logEndOffset())
    for (let i = this.segmentIndexFor(from); i < this.segments.length; i++) {
      const segment = this.segments[i]!
      if (segment.sizeBytes === 0) continue
      segment.loadIndexes()
      segment.scan(segment.index.lookup(from), (b, h, at) => {
        if (b.baseOffset < from) return true
        const producerId = h.readBigInt64BE(at + header.PRODUCER_ID)
        if (producerId >= 0n) {
          const firstSeq = h.readInt32BE(at + header.BASE_SEQUENCE)
          this.producers.update(producerId, h.readInt16BE(at + header.PRODUCER_EPOCH), { firstSeq, lastSeq: firstSeq + (b.lastOffset - b.baseOffset), firstOffset: b.baseOffset, lastOffset: b.lastOffset })
        }
        return true
      })
    }
  }

  /**
   * Opens (or creates) the log in `options.dir`. A failed system call throws KafkaStorageError and
   * leaves no descriptor open; the log manager then retries later.
   */
  static open (options: PartitionLogOptions): PartitionLog {
    const segmentOptions: SegmentOptions = { indexIntervalBytes: options.config.indexIntervalBytes, maxIndexBytes: options.config.segmentIndexBytes, files: options.files ?? new FileHandleCache() }
    const logger = (options.logger ?? quietLogger()).child({ partition: options.name })
    const segments: LogSegment[] = []
    try {
      return new PartitionLog(options, loadLog(options, segmentOptions, logger, segments))
    } catch (err) {
      for (const segment of segments) segment.release()
      throw storageErrorOf(err, 'open the log in', options.dir)
    }
  }

  private active (): LogSegment {
    return this.segments[this.segments.length - 1]!
  }

  logStartOffset (): number {
    return this.logStart
  }

  logEndOffset (): number {
    return this.active().nextOffset
  }

  segmentCount (): number {
    return this.segments.length
  }

  sizeBytes (): number {
    let total = 0
    for (const s of this.segments) total += s.sizeBytes
    return total
  }

  highWatermark (): number {
    return this.hw
  }

  /** Sets the high watermark, kept within [log start, log end]; the Partition decides its value. */
  updateHighWatermark (offset: number): void {
    const hw = Math.max(this.logStart, Math.min(offset, this.logEndOffset()))
    if (hw === this.hw) return
    this.hw = hw
    this.hwDirty = true
  }

  /** The high watermark when it moved since the last checkpoint, else -1; the caller writes it. */
  highWatermarkToCheckpoint (): number {
    return this.hwDirty ? this.hw : -1
  }

  highWatermarkCheckpointed (offset: number): void {
    if (offset === this.hw) this.hwDirty = false
  }

  updateConfig (config: LogConfig): void {
    this.config = config
  }

  /** The offsets known durable (fsynced); segments below it are not rescanned after a crash. */
  recoveryPointOffset (): number {
    return this.recoveryPoint
  }

  /** The recovery point when it moved since the last checkpoint, else -1; the caller writes it. */
  recoveryPointToCheckpoint (): number {
    return this.recoveryPointDirty ? this.recoveryPoint : -1
  }

  recoveryPointCheckpointed (offset: number): void {
    if (offset === this.recoveryPoint) this.recoveryPointDirty = false
  }

  /**
   * Appends a produce request's records: validates every batch first (nothing is written when one is
   * bad), assigns offsets by patching base offsets and the leader epoch in place, and writes the
   * bytes with one write. Never decodes a record.
   */
  append (records: Buffer, options: { leaderEpoch: number, nowMs: number }): AppendInfo | AppendFailure {
    const batches: BatchLocation[] = []
    let at = 0
    let recordCount = 0
    if (records.length === 0) return { errorCode: LogError.CORRUPT_MESSAGE, message: 'empty record set' }
    while (at < records.length) {
      const error = header.validateBatch(records, at, records.length, true, true)
      if (error !== 0) return { errorCode: error, message: `invalid record batch at byte ${at}` }
      const size = header.batchSizeBytes(records, at)
      if (size > this.config.maxMessageBytes) {
        return { errorCode: LogError.MESSAGE_TOO_LARGE, message: `batch of ${size} bytes exceeds max.message.bytes ${this.config.maxMessageBytes}` }
      }
      batches.push({ position: at, baseOffset: 0, lastOffset: 0, maxTimestamp: 0, sizeBytes: size })
      recordCount += header.recordCount(records, at)
      at += size
    }
    const sequences = this.checkSequences(records, batches)
    if (sequences !== null && 'errorCode' in sequences) return sequences
    if (sequences !== null) {
      return { errorCode: 0, duplicate: true, baseOffset: sequences.firstOffset, lastOffset: sequences.lastOffset, logAppendTimeMs: -1, logStartOffset: this.logStart, recordCount }
    }
    const logAppendTime = this.config.messageTimestampType === 'LogAppendTime'
    let next = this.logEndOffset()
    const firstOffset = next
    for (const b of batches) {
      const delta = header.lastOffsetDelta(records, b.position)
      header.patchBaseOffset(records, b.position, next)
      header.patchPartitionLeaderEpoch(records, b.position, options.leaderEpoch)
      if (logAppendTime) header.patchLogAppendTime(records, b.position, options.nowMs)
      b.baseOffset = next
      b.lastOffset = next + delta
      b.maxTimestamp = header.maxTimestamp(records, b.position)
      next = b.lastOffset + 1
    }
    const failure = this.writeBatches(records, batches, recordCount, options.nowMs)
    if (failure !== null) return failure
    return { errorCode: 0, duplicate: false, baseOffset: firstOffset, lastOffset: next - 1, logAppendTimeMs: logAppendTime ? options.nowMs : -1, logStartOffset: this.logStart, recordCount }
  }

  /**
   * Idempotence: checks the sequence numbers of the request's idempotent batches against the producer
   * state. Returns null to append, the original offsets when the request is a retry of batches already
   * in the log, or a failure (OUT_OF_ORDER_SEQUENCE_NUMBER, INVALID_PRODUCER_EPOCH, UNKNOWN_PRODUCER_ID).
   */
  private checkSequences (records: Buffer, batches: readonly BatchLocation[]): AppendFailure | BatchSequence | null {
    let duplicate: BatchSequence | null = null
    for (const b of batches) {
      const producerId = header.producerId(records, b.position)
      if (producerId < 0n) continue
      const firstSeq = header.baseSequence(records, b.position)
      const lastSeq = firstSeq + header.lastOffsetDelta(records, b.position)
      const check = this.producers.check(producerId, header.producerEpoch(records, b.position), firstSeq, lastSeq)
      if (check.kind === 'error') return { errorCode: check.errorCode, message: check.message }
      if (check.kind === 'duplicate') {
        if (batches.length > 1) return { errorCode: 45, message: 'a retried batch arrived together with other batches' }
        duplicate = check.batch
      }
    }
    return duplicate
  }

  private recordProducerBatches (records: Buffer, batches: readonly BatchLocation[]): void {
    for (const b of batches) {
      const producerId = header.producerId(records, b.position)
      if (producerId < 0n) continue
      const firstSeq = header.baseSequence(records, b.position)
      this.producers.update(producerId, header.producerEpoch(records, b.position), { firstSeq, lastSeq: firstSeq + (b.lastOffset - b.baseOffset), firstOffset: b.baseOffset, lastOffset: b.lastOffset })
    }
  }

  /**
   * Appends batches fetched from the leader, keeping their offsets and leader epochs. They must
   * continue this log: the first starts at the log end offset and offsets increase.
   */
  appendAsFollower (records: Buffer, nowMs: number): AppendInfo | AppendFailure {
    const batches: BatchLocation[] = []
    let at = 0
    let expected = this.logEndOffset()
    const first = expected
    let recordCount = 0
    while (at < records.length) {
      const error = header.validateBatch(records, at, records.length, true, false)
      if (error !== 0) return { errorCode: error, message: `invalid record batch at byte ${at}` }
      const base = header.baseOffset(records, at)
      const last = base + header.lastOffsetDelta(records, at)
      if (base < expected) return { errorCode: LogError.OFFSET_OUT_OF_RANGE, message: `batch at offset ${base} does not continue the log at ${expected}` }
      const size = header.batchSizeBytes(records, at)
      batches.push({ position: at, baseOffset: base, lastOffset: last, maxTimestamp: header.maxTimestamp(records, at), sizeBytes: size })
      recordCount += header.recordCount(records, at)
      expected = last + 1
      at += size
    }
    if (batches.length === 0) return { errorCode: 0, duplicate: false, baseOffset: first, lastOffset: first - 1, logAppendTimeMs: -1, logStartOffset: this.logStart, recordCount: 0 }
    const failure = this.writeBatches(records, batches, recordCount, nowMs)
    if (failure !== null) return failure
    return { errorCode: 0, duplicate: false, baseOffset: batches[0]!.baseOffset, lastOffset: expected - 1, logAppendTimeMs: -1, logStartOffset: this.logStart, recordCount }
  }

  /**
   * The I/O of an append (roll, leader epochs, write, flush when due). Returns null, or
   * KAFKA_STORAGE_ERROR with the log as it was: the segment cut the failed write back, and epochs
   * assigned for it are dropped.
   */
  private writeBatches (records: Buffer, batches: BatchLocation[], recordCount: number, nowMs: number): AppendFailure | null {
    try {
      this.maybeRoll(records.length, nowMs)
      for (const b of batches) this.epochs.assign(header.partitionLeaderEpoch(records, b.position), b.baseOffset)
      this.writeToActive(records, batches, recordCount, nowMs)
    } catch (err) {
      const failure = storageErrorOf(err, 'append to', this.dir)
      try { this.epochs.truncateFromEnd(this.logEndOffset()) } catch (again) { this.writeFaults.failed(storageErrorOf(again, 'cut the leader epochs of', this.dir)) }
      this.writeFaults.failed(failure)
      return { errorCode: ErrorCode.KAFKA_STORAGE_ERROR, message: failure.message }
    }
    this.writeFaults.succeeded()
    return null
  }

  private writeToActive (records: Buffer, batches: BatchLocation[], recordCount: number, nowMs: number): void {
    const segment = this.active()
    segment.append(records, batches)
    this.recordProducerBatches(records, batches)
    this.unflushedSegments.add(segment)
    this.unflushedMessages += recordCount
    if (this.unflushedMessages >= this.config.flushMessages || nowMs - this.lastFlushMs >= this.config.flushMs) this.flush(nowMs)
  }

  /** Rolls a new segment when the active one would exceed segment.bytes, is older than segment.ms, or its index is full. */
  private maybeRoll (incomingBytes: number, nowMs: number): void {
    const segment = this.active()
    if (segment.sizeBytes === 0) return
    const full = segment.sizeBytes + incomingBytes > this.config.segmentBytes
    const old = nowMs - segment.createdMs > this.config.segmentMs
    if (full || old || segment.index.isFull() || segment.timeIndex.isFull()) this.roll(nowMs)
  }

  roll (nowMs: number): void {
    const previous = this.active()
    if (previous.sizeBytes === 0) return
    const next = LogSegment.create(this.dir, this.logEndOffset(), { indexIntervalBytes: this.config.indexIntervalBytes, maxIndexBytes: this.config.segmentIndexBytes, files: this.files }, nowMs)
    this.segments.push(next)
  }

  /** fsyncs every segment written since the last flush and advances the recovery point. */
  flush (nowMs: number): void {
    const upTo = this.logEndOffset()
    for (const segment of this.unflushedSegments) segment.flush()
    this.unflushedSegments.clear()
    this.markFlushed(upTo, nowMs)
  }

  private markFlushed (upTo: number, nowMs: number): void {
    this.unflushedMessages = 0
    this.lastFlushMs = nowMs
    if (upTo > this.recoveryPoint) {
      // Written by the log manager with the others' in one commit (a lag only lengthens recovery).
      this.recoveryPoint = upTo
      this.recoveryPointDirty = true
    }
  }

  /** Flushes when flush.ms has passed since the last flush (called by the log manager's timer). */
  maybeFlush (nowMs: number): void {
    if (this.unflushedSegments.size === 0 || nowMs - this.lastFlushMs < this.config.flushMs) return
    try { this.flush(nowMs) } catch (err) { this.writeFaults.failed(storageErrorOf(err, 'flush', this.dir)) }
  }

  /**
   * Group commit: resolves once everything appended before the call is fsynced. Calls that arrive
   * while an fsync runs share the next one, so many appends cost one fsync.
   */
  async sync (): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.syncWaiters.push({ resolve, reject })
      if (!this.syncInFlight) this.startSync()
    })
  }

  private startSync (): void {
    const waiters = this.syncWaiters
    this.syncWaiters = []
    this.syncInFlight = true
    this.groupCommitRounds++
    const upTo = this.logEndOffset()
    const segments = [...this.unflushedSegments]
    this.unflushedSegments.clear()
    let remaining = segments.length
    let failure: Error | null = null
    const done = (): void => {
      this.syncInFlight = false
      if (failure === null) {
        this.markFlushed(upTo, Date.now())
        for (const w of waiters) w.resolve()
      } else {
        for (const s of segments) this.unflushedSegments.add(s)
        for (const w of waiters) w.reject(failure)
      }
      if (this.syncWaiters.length > 0) this.startSync()
    }
    if (remaining === 0) { done(); return }
    for (const segment of segments) {
      let fd: number
      try {
        fd = segment.pinFile()
      } catch (err) {
        failure = storageErrorOf(err, 'fsync', segment.logPath)
        if (--remaining === 0) done()
        continue
      }
      fsync(fd, (err) => {
        segment.unpinFile()
        if (err !== null) failure = err
        if (--remaining === 0) done()
      })
    }
  }

  /** The segment that holds `offset` (the last one whose base offset is <= offset). */
  private segmentIndexFor (offset: number): number {
    let lo = 0
    let hi = this.segments.length - 1
    let found = 0
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      if (this.segments[mid]!.baseOffset <= offset) { found = mid; lo = mid + 1 } else hi = mid - 1
    }
    return found
  }

  /**
   * Whole batches starting with the one that contains `fetchOffset`, up to `maxBytes` (at least one
   * batch when `minOneBatch`, as KIP-74), with last offsets below `upperBoundOffset` (the high
   * watermark for consumers). OFFSET_OUT_OF_RANGE outside [logStartOffset, logEndOffset].
   */
  read (fetchOffset: number, maxBytes: number, upperBoundOffset: number = this.logEndOffset(), minOneBatch = true): ReadResult {
    const end = this.logEndOffset()
    if (fetchOffset < this.logStart || fetchOffset > end) return { errorCode: LogError.OFFSET_OUT_OF_RANGE, records: EMPTY, segmentPath: null, position: -1 }
    // A caught-up reader (the usual long poll) can get nothing: answer without touching the files.
    if (fetchOffset >= upperBoundOffset) return { errorCode: 0, records: EMPTY, segmentPath: null, position: -1 }
    try {
      for (let i = this.segmentIndexFor(fetchOffset); i < this.segments.length; i++) {
        const segment = this.segments[i]!
        const batch = segment.findBatch(fetchOffset)
        if (batch === null) continue
        if (batch.lastOffset >= upperBoundOffset) break
        const records = segment.read(batch.position, maxBytes, upperBoundOffset, minOneBatch)
        this.readFaults.succeeded()
        return { errorCode: 0, records, segmentPath: segment.logPath, position: batch.position }
      }
    } catch (err) {
      this.readFailure(err)
      return { errorCode: ErrorCode.KAFKA_STORAGE_ERROR, records: EMPTY, segmentPath: null, position: -1 }
    }
    this.readFaults.succeeded()
    return { errorCode: 0, records: EMPTY, segmentPath: null, position: -1 }
  }

  /**
   * Removes every offset >= `offset` (whole batches), e.g. when a follower diverged from its leader.
   * Producer state is rebuilt from the log that is left (newest snapshot at or below the new end, then
   * the batch headers after it), as Kafka's UnifiedLog.truncateTo does: dropping the removed batches
   * alone would leave a producer's epoch or its older batches as they were past the cut. A cut below
   * the first segment empties the log and restarts it there (truncateFullyAndStartAt).
   * A cut at or past the end removes no record, but still drops the leader epochs that start at the
   * end (Kafka's UnifiedLog.truncateTo): a node that became leader records its epoch at its log end
   * and may lose leadership before appending; kept, that empty epoch would be the follower's
   * lastFetchedEpoch forever and its new leader would answer the same divergingEpoch every fetch.
   */
  truncateTo (offset: number): void {
    if (offset >= this.logEndOffset()) {
      this.epochs.truncateFromEnd(this.logEndOffset())
      return
    }
    assert(offset >= 0, 'truncation offset is not negative')
    if (offset < this.segments[0]!.baseOffset) {
      this.truncateFullyAndStartAt(offset)
      return
    }
    while (this.segments.length > 1 && this.active().baseOffset >= offset) {
      const removed = this.segments.pop()!
      this.unflushedSegments.delete(removed)
      removeFiles(removed.markDeleted())
    }
    this.active().truncateTo(offset)
    this.epochs.truncateFromEnd(this.logEndOffset())
    // A snapshot past the end would read as lost offsets at the next load.
    this.producers.removeSnapshotsAfter(this.logEndOffset())
    this.rebuildProducerState()
    if (this.recoveryPoint > this.logEndOffset()) {
      // Durably: a recovery point left above the log end would read as lost offsets at the next load.
      this.recoveryPoint = this.logEndOffset()
      this.store.setRecoveryPointDurably(this.name, this.recoveryPoint)
    }
    if (this.logStart > this.logEndOffset()) {
      this.logStart = this.logEndOffset()
      this.store.setLogStartOffset(this.name, this.logStart)
    }
    this.updateHighWatermark(this.hw)
  }

  /**
   * Empties the log and restarts it at `offset` (Kafka's truncateFullyAndStartAt): a follower whose
   * log ends below its leader's log start, or that must restart below its first segment. Every segment
   * goes, the leader epochs and producer state are cleared (no snapshot survives), and the log start
   * and the recovery point move to `offset`, durably before the files go, so a crash in between never
   * leaves the old start checkpointed under an empty log.
   */
  truncateFullyAndStartAt (offset: number): void {
    assert(Number.isSafeInteger(offset) && offset >= 0, 'a log restarts at a non-negative offset')
    this.store.setLogStartOffset(this.name, offset)
    this.recoveryPoint = offset
    this.recoveryPointDirty = false
    this.store.setRecoveryPointDurably(this.name, offset)
    this.logStart = offset
    const nowMs = Date.now()
    const old = this.segments.splice(0)
    this.unflushedSegments.clear()
    this.unflushedMessages = 0
    for (const segment of old) removeFiles(segment.markDeleted())
    this.segments.push(LogSegment.create(this.dir, offset, { indexIntervalBytes: this.config.indexIntervalBytes, maxIndexBytes: this.config.segmentIndexBytes, files: this.files }, nowMs))
    this.active().loadIndexes()
    this.epochs.truncateFromEnd(0)
    this.producers.clear()
    this.updateHighWatermark(offset)
  }

  /**
   * ListOffsets by timestamp: the offset and timestamp of the first record whose timestamp is
   * >= `timestampMs`, or null when there is none. Decodes the records of one batch only. A storage
   * failure is logged (on change) and thrown as KafkaStorageError, for the caller to answer.
   */
  offsetForTimestamp (timestampMs: number): { offset: number, timestamp: number } | null {
    try {
      return this.findOffsetForTimestamp(timestampMs)
    } catch (err) {
      throw this.readFailure(err)
    }
  }

  /** The read failure, logged (on change) and converted; a bug is rethrown as it is. */
  private readFailure (err: unknown): KafkaStorageError {
    const failure = storageErrorOf(err, 'read from', this.dir)
    this.readFaults.failed(failure)
    return failure
  }

  private findOffsetForTimestamp (timestampMs: number): { offset: number, timestamp: number } | null {
    for (const segment of this.segments) {
      if (segment.sizeBytes === 0) continue
      if (segment.largestTimestampMs() < timestampMs && segment.maxTimestamp >= 0) continue
      const after = segment.timeIndex.lookupBefore(timestampMs)
      const start = after < 0 ? 0 : segment.index.lookup(after)
      const located: BatchLocation[] = []
      segment.scan(start, (b) => {
        if (b.maxTimestamp >= timestampMs && b.lastOffset >= this.logStart) { located.push(b); return false }
        return true
      })
      const location = located[0]
      if (location === undefined) continue
      const bytes = segment.read(location.position, location.sizeBytes, Number.MAX_SAFE_INTEGER, true)
      const batch = decodeRecordBatch(bytes)
      if (batch.timestampType === 'log-append') return { offset: Math.max(batch.baseOffset, this.logStart), timestamp: batch.maxTimestamp }
      for (const record of batch.records) {
        if (record.timestamp >= timestampMs && record.offset >= this.logStart) return { offset: record.offset, timestamp: record.timestamp }
      }
    }
    return null
  }

  /** ListOffsets MAX_TIMESTAMP (-3): the batch with the largest timestamp, as Kafka 3.x reports it (throws KafkaStorageError as offsetForTimestamp). */
  maxTimestampOffset (): { offset: number, timestamp: number } | null {
    let best: { offset: number, timestamp: number } | null = null
    for (const segment of this.segments) {
      if (segment.sizeBytes === 0) continue
      try { segment.loadIndexes() } catch (err) { throw this.readFailure(err) }
      if (segment.maxTimestamp >= 0 && (best === null || segment.maxTimestamp > best.timestamp)) best = { offset: segment.offsetOfMaxTimestamp, timestamp: segment.maxTimestamp }
    }
    return best
  }

  /**
   * DeleteRecords: moves the log start offset up to `offset` (<= log end) and deletes whole segments
   * below it. The new start is made durable before anything changes here, so a failed write answers
   * KAFKA_STORAGE_ERROR (logged on change) with the log as it was. A failed epoch checkpoint after it
   * answers the same, though the start has moved (a retry finds it moved and succeeds).
   */
  deleteRecordsBefore (offset: number): { errorCode: number, lowWatermark: number } {
    if (offset > this.logEndOffset() || offset < 0) return { errorCode: LogError.OFFSET_OUT_OF_RANGE, lowWatermark: this.logStart }
    if (offset > this.logStart) {
      try {
        this.store.setLogStartOffset(this.name, offset)
      } catch (err) {
        this.writeFaults.failed(storageErrorOf(err, 'move the log start offset of', this.dir))
        return { errorCode: ErrorCode.KAFKA_STORAGE_ERROR, lowWatermark: this.logStart }
      }
      this.logStart = offset
      this.updateHighWatermark(this.hw)
      this.deleteSegmentsBelowStart()
      try {
        this.epochs.truncateFromStart(offset)
      } catch (err) {
        this.writeFaults.failed(storageErrorOf(err, 'cut the leader epochs of', this.dir))
        return { errorCode: ErrorCode.KAFKA_STORAGE_ERROR, lowWatermark: this.logStart }
      }
    }
    return { errorCode: 0, lowWatermark: this.logStart }
  }

  private deleteSegmentsBelowStart (): number {
    let deleted = 0
    while (this.segments.length > 1 && this.segments[1]!.baseOffset <= this.logStart) {
      this.deleteOldestSegment()
      deleted++
    }
    return deleted
  }

  private deleteOldestSegment (): void {
    const segment = this.segments.shift()!
    this.unflushedSegments.delete(segment)
    const files = segment.markDeleted()
    if (this.config.fileDeleteDelayMs <= 0) {
      removeFiles(files)
      return
    }
    const timer = setTimeout(() => {
      this.pendingDeletes.delete(timer)
      // Files left behind are removed at the next load (*.deleted), so a failure here only waits.
      try { removeFiles(files) } catch (err) { this.writeFaults.failed(storageErrorOf(err, 'remove deleted segment files of', this.dir)) }
    }, this.config.fileDeleteDelayMs)
    timer.unref()
    this.pendingDeletes.add(timer)
  }

  /**
   * Retention (retention.ms by each segment's largest timestamp, retention.bytes by total size):
   * deletes whole segments from the oldest, never the active one, and only segments wholly below the
   * high watermark (the next segment's base offset at or below it, as Kafka's deletableSegments), so
   * records not yet replicated are never deleted. Returns how many were deleted.
   */
  applyRetention (nowMs: number): number {
    let deleted = this.deleteSegmentsBelowStart()
    const { retentionMs, retentionBytes } = this.config
    let excessBytes = retentionBytes < 0 ? -1 : this.sizeBytes() - retentionBytes
    let expiring = 0
    while (expiring + 1 < this.segments.length && this.segments[expiring + 1]!.baseOffset <= this.hw) {
      const oldest = this.segments[expiring]!
      const expired = retentionMs >= 0 && nowMs - oldest.largestTimestampMs() > retentionMs
      const tooBig = excessBytes >= 0 && excessBytes - oldest.sizeBytes >= 0
      if (!expired && !tooBig) break
      if (excessBytes >= 0) excessBytes -= oldest.sizeBytes
      expiring++
    }
    // The log start moves (durably) before the files go, so a crash between the two never leaves a
    // log whose first segment begins past its checkpointed start (which would read as lost offsets).
    const newStart = this.segments[expiring]!.baseOffset
    if (newStart > this.logStart) {
      this.logStart = newStart
      this.updateHighWatermark(this.hw)
      this.store.setLogStartOffset(this.name, newStart)
      this.epochs.truncateFromStart(newStart)
    }
    for (let i = 0; i < expiring; i++) this.deleteOldestSegment()
    deleted += expiring
    return deleted
  }

  /** OffsetForLeaderEpoch for this log. */
  endOffsetForEpoch (epoch: number): { epoch: number, endOffset: number } {
    return this.epochs.endOffsetFor(epoch, this.logEndOffset())
  }

  /** Flushes and releases everything; the recovery point then covers the whole log. */
  /**
   * Flushes and releases everything; the recovery point then covers the whole log. Every descriptor
   * is released even when a write fails; the first failure is then thrown (KafkaStorageError).
   */
  close (nowMs: number): void {
    for (const timer of this.pendingDeletes) clearTimeout(timer)
    let failure: unknown = null
    try {
      this.flush(nowMs)
      if (this.recoveryPointDirty) this.store.setRecoveryPointDurably(this.name, this.recoveryPoint)
      this.recoveryPointDirty = false
      if (this.hwDirty) this.store.setCheckpoints([], [[this.name, this.hw]])
      this.hwDirty = false
      this.producers.snapshot(this.logEndOffset())
    } catch (err) {
      failure = err
    }
    for (const segment of this.segments) {
      try { segment.close() } catch (err) { failure ??= err }
    }
    if (failure !== null) throw storageErrorOf(failure, 'close the log in', this.dir)
  }

  /**
   * Closes a log whose directory is being deleted: no flush, no recovery point, no producer snapshot
   * (as Kafka's UnifiedLog.delete), so deleting thousands of partitions costs no fsync per partition.
   */
  discard (): void {
    for (const timer of this.pendingDeletes) clearTimeout(timer)
    let failure: unknown = null
    for (const segment of this.segments) {
      try { segment.close() } catch (err) { failure ??= err }
    }
    if (failure !== null) throw storageErrorOf(failure, 'close the log in', this.dir)
  }
}

const EMPTY = Buffer.alloc(0)

/** One silent logger for every log opened without one (tests, benchmarks, embedding). */
let silent: Logger | null = null
function quietLogger (): Logger {
  silent ??= silentLogger()
  return silent
}

/** What loadLog hands the constructor. */
interface LoadedLog {
  readonly segments: LogSegment[]
  readonly segmentOptions: SegmentOptions
  readonly logger: Logger
  readonly epochs: LeaderEpochCache
  readonly recoveredBytes: number
  readonly topicId: string | null
}

/** The topic id recorded in a partition.metadata file's text, or null. */
export function parseTopicId (text: string): string | null {
  return /^topic_id: *(\S+)$/m.exec(text)?.[1] ?? null
}

/**
 * Reads a log directory: removes leftovers, opens the segments (lazily), recovers them after an
 * unclean shutdown, and checks the result against the checkpoints, logging every loss found as a
 * WARN with the partition and offsets. `segments` is filled as it goes, so that the caller can
 * release their descriptors when a system call fails.
 */
function loadLog (options: PartitionLogOptions, segmentOptions: SegmentOptions, logger: Logger, segments: LogSegment[]): LoadedLog {
  const { dir, name, store } = options
  mkdirSync(dir, { recursive: true })
  const metadataPath = join(dir, 'partition.metadata')
  let topicId: string | null = null
  if (existsSync(metadataPath)) topicId = parseTopicId(readFileSync(metadataPath, 'utf8'))
  else if (options.topicId !== undefined) {
    writeFileSync(metadataPath, `version: 0\ntopic_id: ${options.topicId}\n`)
    topicId = options.topicId
  }
  const baseOffsets: number[] = []
  const indexFiles: Array<[number, string]> = []
  let snapshotOffset = -1
  for (const file of readdirSync(dir)) {
    // Leftovers of an interrupted delete or checkpoint write are removed; Kafka does the same.
    if (file.endsWith('.deleted') || file.endsWith('.tmp') || file.endsWith('.cleaned') || file.endsWith('.swap')) {
      unlinkSync(join(dir, file))
      continue
    }
    const match = /^(\d{20})\.(log|snapshot|index|timeindex)$/.exec(file)
    if (match === null) continue
    if (match[2] === 'log') baseOffsets.push(Number(match[1]))
    else if (match[2] === 'snapshot') snapshotOffset = Math.max(snapshotOffset, Number(match[1]))
    else indexFiles.push([Number(match[1]), file])
  }
  baseOffsets.sort((a, b) => a - b)
  const bases = new Set(baseOffsets)
  for (const [base, file] of indexFiles) {
    if (bases.has(base)) continue
    // As Kafka's LogLoader: an index whose log file is gone is removed, with a WARN.
    logger.warn({ partition: name, file }, 'removing an orphaned index file: its segment file is missing')
    unlinkSync(join(dir, file))
  }
  for (const base of baseOffsets) segments.push(LogSegment.open(dir, base, segmentOptions))
  for (let i = 0; i + 1 < segments.length; i++) segments[i]!.nextOffset = segments[i + 1]!.baseOffset
  const recoveredBytes = options.cleanShutdown ? 0 : recoverSegments(segments, store.recoveryPoint(name))
  const logStartCheckpoint = store.logStartOffset(name)
  if (segments.length === 0) segments.push(LogSegment.create(dir, logStartCheckpoint, segmentOptions, options.nowMs))
  // The active segment's indexes are checked (and rebuilt when damaged) before the first append.
  segments[segments.length - 1]!.loadIndexes()
  // The real end of every other segment, for the gap check (a header scan from the last index entry).
  for (let i = 0; i + 1 < segments.length; i++) segments[i]!.nextOffset = segments[i]!.probeNextOffset()
  const epochs = new LeaderEpochCache(join(dir, 'leader-epoch-checkpoint'))
  const findings = checkContinuity({
    segments,
    logStartCheckpoint,
    recoveryPoint: store.recoveryPoint(name),
    latestEpochStartOffset: epochs.latestStartOffset(),
    producerSnapshotOffset: snapshotOffset
  })
  for (const f of findings) {
    logger.warn({ partition: name, kind: f.kind, expectedOffset: f.expectedOffset, foundOffset: f.foundOffset }, `offsets lost on disk: ${f.message}; ${CONTINUITY_ACTION[f.kind]}`)
  }
  if (findings.some((f) => f.kind === 'below-log-start')) {
    // Kafka's LogLoader: a log that ends below its start offset is emptied and restarts at the start,
    // so the offsets below it are never handed out again.
    for (const segment of segments.splice(0)) removeFiles(segment.markDeleted())
    epochs.truncateFromEnd(0)
    new ProducerStateManager(dir).removeSnapshotsAfter(-1)
    segments.push(LogSegment.create(dir, logStartCheckpoint, segmentOptions, options.nowMs))
    segments[0]!.loadIndexes()
  }
  return { segments, segmentOptions, logger, epochs, recoveredBytes, topicId }
}

/**
 * After a crash: every segment from the one holding the recovery point on is scanned batch by batch
 * (CRC included) and cut at the first incomplete or invalid batch; segments after a cut are deleted,
 * since their offsets no longer continue the log. Returns the bytes removed.
 */
function recoverSegments (segments: LogSegment[], recoveryPoint: number): number {
  let firstToScan = 0
  for (let i = 0; i < segments.length; i++) if (segments[i]!.baseOffset <= recoveryPoint) firstToScan = i
  let removed = 0
  for (let i = firstToScan; i < segments.length; i++) {
    const cut = segments[i]!.recover()
    removed += cut
    if (cut > 0) {
      // Later segments cannot follow a damaged one: their offsets no longer continue the log.
      for (const later of segments.splice(i + 1)) {
        removed += later.sizeBytes
        removeFiles(later.markDeleted())
      }
      break
    }
  }
  // Segments before the scanned ones end where their successor begins.
  for (let i = 0; i + 1 < segments.length; i++) segments[i]!.nextOffset = segments[i + 1]!.baseOffset
  return removed
}
