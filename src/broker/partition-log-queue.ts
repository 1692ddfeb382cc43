// Partition logs waiting to be created or deleted, handled in arrival order a slice at a time with a
// yield to the event loop between slices: one CreateTopics or DeleteTopics of thousands of partitions
// (or a restart that finds logs missing) costs time linear in the count and never holds other
// connections for more than one slice. Order matters: a topic deleted and created again under its
// name (or a replica removed and added again) must lose its old directory before it gets a new one,
// and until its queued deletion has run a log is not to be used (`deletionPending`): the broker's
// Partitions never take it.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import { performance } from 'node:perf_hooks'

/** How long one slice may hold the event loop (a log is a directory and three files to make or close). */
export const LOG_CHANGE_SLICE_MS = 10
/** Changes in one slice at most, however fast the disk: bounds the work between two yields. */
export const LOG_CHANGES_PER_SLICE_MAX = 256

export interface LogChange {
  readonly kind: 'create' | 'delete'
  readonly topic: string
  readonly partition: number
  /** The topic id the change was queued for (a creation is skipped once the image no longer has it). */
  readonly topicId: string
}

export interface LogChangeTarget {
  /** Creates one log, or skips it when the metadata no longer wants it; throws on a storage error. */
  create (change: LogChange): void
  /** Deletes one log (renamed away; its files removed later); throws on a storage error. */
  delete (change: LogChange): void
  /** Makes the changes of a slice durable (one directory fsync for the slice, off the event loop). */
  syncSlice (): Promise<void>
  /** A drain's failures, reported once: how many changes failed and the first error. */
  failed (count: number, first: unknown): void
}

export class PartitionLogQueue {
  private readonly target: LogChangeTarget
  private readonly clockMs: () => number
  private pending: LogChange[] = []
  /** Index of the next change in `pending` (taken from the front without copying the rest). */
  private head = 0
  /** The last pending change of each partition name: the same change queued again right after it is queued once. */
  private readonly last = new Map<string, LogChange>()
  /** How many deletions of each partition name are pending (queued, not run yet). */
  private readonly deletions = new Map<string, number>()
  private draining: Promise<void> | null = null
  private closed = false

  constructor (target: LogChangeTarget, clockMs: () => number = () => performance.now()) {
    this.target = target
    this.clockMs = clockMs
  }

  /**
   * Queues a change, unless it is the partition's last pending change already (the same kind for the
   * same topic id): a change after another kind of change (a creation after a deletion, a deletion
   * after a creation) is always queued, so the last one queued is the one in force after the drain.
   */
  add (change: LogChange): void {
    if (this.closed) return
    const name = nameOf(change)
    const last = this.last.get(name)
    if (last !== undefined && last.kind === change.kind && last.topicId === change.topicId) return
    this.last.set(name, change)
    if (change.kind === 'delete') this.deletions.set(name, (this.deletions.get(name) ?? 0) + 1)
    this.pending.push(change)
    if (this.draining === null) this.draining = this.drain()
  }

  size (): number {
    return this.pending.length - this.head
  }

  /** Whether a deletion of the log `<topic>-<partition>` is queued and has not run yet (also one dropped by close). */
  deletionPending (topic: string, partition: number): boolean {
    return this.deletions.size > 0 && this.deletions.has(`${topic}-${partition}`)
  }

  /**
   * Drops the changes not started yet (the node is stopping); resolves once the current slice is done.
   * A dropped deletion stays pending: that log is still not to be used.
   */
  async close (): Promise<void> {
    this.closed = true
    this.pending = this.pending.slice(0, this.head)
    this.last.clear()
    await this.drained()
  }

  /** Resolves once every change queued so far is done (or failed and was reported). */
  async drained (): Promise<void> {
    while (this.draining !== null) await this.draining
  }

  private async drain (): Promise<void> {
    let failures = 0
    let firstError: unknown = null
    while (this.size() > 0) {
      // Let other work run first: the caller's (the rest of the metadata update), then other requests.
      await yieldToEventLoop()
      const end = Math.min(this.pending.length, this.head + LOG_CHANGES_PER_SLICE_MAX)
      const sliceEndMs = this.clockMs() + LOG_CHANGE_SLICE_MS
      const first = this.head
      // At least one change per slice, so a slow clock reading never stalls the queue.
      while (this.head < end && (this.head === first || this.clockMs() < sliceEndMs)) {
        const change = this.pending[this.head++]!
        const name = nameOf(change)
        if (this.last.get(name) === change) this.last.delete(name)
        try {
          if (change.kind === 'create') this.target.create(change)
          else this.target.delete(change)
        } catch (err) {
          if (failures++ === 0) firstError = err
        }
        if (change.kind === 'delete') {
          const count = this.deletions.get(name)!
          if (count === 1) this.deletions.delete(name)
          else this.deletions.set(name, count - 1)
        }
      }
      try {
        await this.target.syncSlice()
      } catch (err) {
        if (failures++ === 0) firstError = err
      }
    }
    this.pending = []
    this.head = 0
    this.draining = null
    if (failures > 0) this.target.failed(failures, firstError)
  }
}

/** The partition's directory name, `<topic>-<partition>`: the changes of a name keep their order. */
function nameOf (change: LogChange): string {
  return `${change.topic}-${change.partition}`
}
