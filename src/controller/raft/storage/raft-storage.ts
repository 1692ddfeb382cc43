// What the driver (raft-node.ts) needs of durable Raft storage: the core's read view (LogStorage)
// plus the write side. FileRaftStorage is the implementation; the seam lets the driver run over any
// store that keeps this contract (a simulated disk, for instance).
//
// Contract: append() and setHardState() write at once and are durable only after sync() calls back;
// one sync() at a time and no write while it runs (the driver persists one Ready at a time). sync()
// reports through a callback, not a promise, and never from within the call: the driver awaits no
// promise, so a simulation can deliver the completion as an event of its own (raft-scheduler.ts).
// applySnapshot() and createSnapshot() are durable when they return. A failed write or fsync leaves
// the store failed: every later call throws.
import type { LogStorage, StorageError } from '../core/log-storage.ts'
import type { SnapshotOutOfDate } from '../core/memory-storage.ts'
import type { ConfState, Entry, HardState, Snapshot } from '../core/types.ts'

export interface RaftStorage extends LogStorage {
  /** Bytes of a torn tail cut when the store was opened (0 when none). */
  readonly truncatedBytes: number
  /** Appends entries, cutting any conflicting suffix; durable after sync(). */
  append (entries: readonly Entry[]): void
  /** Records term, vote and commit; durable after sync(). */
  setHardState (hardState: HardState): void
  /** Replaces the whole log by a snapshot received from the leader. */
  applySnapshot (snapshot: Snapshot): SnapshotOutOfDate | null
  /** Records the application's snapshot at `index` (already applied); the log is kept until compact(). */
  createSnapshot (index: number, confState: ConfState, data: Uint8Array): Snapshot | SnapshotOutOfDate
  /** Discards entries up to and including `index` (at most the snapshot's index). */
  compact (index: number): StorageError | null
  /** Makes every write so far durable, then calls `done` once (later), with null or the failure. */
  sync (done: (err: Error | null) => void): void
  close (): void
}
