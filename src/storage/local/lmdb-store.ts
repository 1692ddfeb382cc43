// Node-local durable facts in lmdb: per log directory, whether the last shutdown was clean and each
// partition's recovery point, high watermark and log start offset. Never cluster state (that is the @metadata log).
// lmdb gives atomic, crash-safe commits; a recovery point that lags after a crash only costs a longer
// scan at start, so recovery points are written in batches (one commit for many partitions), while the
// clean-shutdown flag and log start offsets are written durably one by one. Every write is
// synchronous: a failed commit (a full disk) throws here, where the caller handles it; lmdb's
// asynchronous writes would leave rejected promises nobody can catch.
import { open, type RootDatabase } from 'lmdb'

export class LocalStore {
  private readonly db: RootDatabase<number | boolean, string>

  constructor (path: string) {
    this.db = open<number | boolean, string>({ path, compression: false })
  }

  /** Whether the previous process closed this store after a clean shutdown. */
  wasCleanShutdown (): boolean {
    return this.db.get('clean-shutdown') === true
  }

  /** Durably marks the store as in use (not cleanly shut down) or cleanly closed. */
  setCleanShutdown (clean: boolean): void {
    this.db.putSync('clean-shutdown', clean)
  }

  recoveryPoint (partition: string): number {
    const v = this.db.get(`recovery-point/${partition}`)
    return typeof v === 'number' ? v : 0
  }

  /** Many partitions' recovery points in one commit. */
  setRecoveryPoints (points: ReadonlyArray<readonly [string, number]>): void {
    this.setCheckpoints(points, [])
  }

  /**
   * The log manager's periodic checkpoint: recovery points and high watermarks in one commit (a
   * lagging high watermark only delays what consumers see after a restart).
   */
  setCheckpoints (recoveryPoints: ReadonlyArray<readonly [string, number]>, highWatermarks: ReadonlyArray<readonly [string, number]>): void {
    this.db.transactionSync(() => {
      for (const [partition, offset] of recoveryPoints) void this.db.put(`recovery-point/${partition}`, offset)
      for (const [partition, offset] of highWatermarks) void this.db.put(`high-watermark/${partition}`, offset)
    })
  }

  /** Durable: a lowered recovery point must not come back above the log end after a crash. */
  setRecoveryPointDurably (partition: string, offset: number): void {
    this.db.putSync(`recovery-point/${partition}`, offset)
  }

  /** The high watermark last checkpointed (0 when none): a restarted replica starts from min(it, log end). */
  highWatermark (partition: string): number {
    const v = this.db.get(`high-watermark/${partition}`)
    return typeof v === 'number' ? v : 0
  }

  logStartOffset (partition: string): number {
    const v = this.db.get(`log-start-offset/${partition}`)
    return typeof v === 'number' ? v : 0
  }

  /** Durable: DeleteRecords must not come back after a crash. */
  setLogStartOffset (partition: string, offset: number): void {
    this.db.putSync(`log-start-offset/${partition}`, offset)
  }

  forget (partition: string): void {
    this.db.removeSync(`recovery-point/${partition}`)
    this.db.removeSync(`log-start-offset/${partition}`)
    this.db.removeSync(`high-watermark/${partition}`)
  }

  async flush (): Promise<void> {
    await this.db.flushed
  }

  async close (): Promise<void> {
    await this.db.close()
  }
}
