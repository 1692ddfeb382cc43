// The read view of durable Raft state that the core needs (etcd's Storage interface, read side).
// The driver owns writing: it persists each Ready (snapshot, then entries, then hard state) and only
// then calls advance(), so by the time the core reads an index here, it is the durable log.
import type { ConfState, Entry, HardState, Snapshot } from './types.ts'

/**
 * Why an index cannot be read: `compacted` = it lies at or below the snapshot (send a snapshot
 * instead); `unavailable` = it lies beyond the last index.
 */
export type StorageError = 'compacted' | 'unavailable'

export interface InitialState {
  readonly hardState: HardState
  /** The membership as of the latest snapshot; entries after it replay their ConfChanges. */
  readonly confState: ConfState
}

export interface LogStorage {
  initialState (): InitialState
  /**
   * Entries in [lo, hi), at most `maxBytes` of them by entrySizeBytes() but at least one when the
   * range is non-empty. `lo` must be >= firstIndex() (else 'compacted'); `hi` <= lastIndex() + 1.
   */
  entries (lo: number, hi: number, maxBytes: number): readonly Entry[] | StorageError
  /** Term of the entry at `index`; index in [firstIndex() - 1, lastIndex()] (first - 1 = the snapshot's). */
  term (index: number): number | StorageError
  /** Index of the last entry, or the snapshot's index when the log after it is empty. */
  lastIndex (): number
  /** Index of the first entry still held (snapshot index + 1). */
  firstIndex (): number
  /** The latest snapshot (index 0 when none was ever taken). */
  snapshot (): Snapshot
}
