// Partition logs waiting to be created or deleted, handled in arrival order a slice at a time with a
// yield to the event loop between slices: one CreateTopics or DeleteTopics of thousands of partitions
// (or a restart that finds logs missing) costs time linear in the count and never holds other
// connections for more than one slice. Order matters: a topic deleted and created again under its
// name must lose its old directories before it gets new ones.
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
  /** changeKey() of every pending change, so a change is queued once. */
  private readonly queued = new Set<string>()
  private draining: Promise<void> | null = null
  private closed = false

  constructor (target: LogChangeTarget, clockMs: () => number = () => performance.now()) {
    this.target = target
    this.clockMs = clockMs
  }

  add (change: LogChange): void {
    if (this.closed) return
    const key = changeKey(change)
    if (this.queued.has(key)) return
    this.queued.add(key)
    this.pending.push(change)
    if (this.draining === null) this.draining = this.drain()
  }

  size (): number {
    return this.pending.length - this.head
  }

  /** Drops the changes not started yet (the node is stopping); resolves once the current slice is done. */
  async close (): Promise<void> {
    this.closed = true
    this.pending = this.pending.slice(0, this.head)
    this.queued.clear()
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
        this.queued.delete(changeKey(change))
        try {
          if (change.kind === 'create') this.target.create(change)
          else this.target.delete(change)
        } catch (err) {
          if (failures++ === 0) firstError = err
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

/** The same change for the same topic id is queued once; a topic recreated under its name is another. */
function changeKey (change: LogChange): string {
  return `${change.kind} ${change.topicId} ${change.topic}-${change.partition}`
}
