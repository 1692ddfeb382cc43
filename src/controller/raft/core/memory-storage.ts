// An in-memory LogStorage with the write side a driver needs (etcd's MemoryStorage). The simulation
// and the tests use it as each node's "what has been written" view; a real driver layers a durable
// store under the same shape.
import { assert } from '../../../util/assert.ts'
import { limitSize } from './entry-size.ts'
import type { InitialState, LogStorage, StorageError } from './log-storage.ts'
import { EntryType, type ConfState, type Entry, type HardState, type Snapshot } from './types.ts'

const EMPTY_BYTES = new Uint8Array(0)
export const EMPTY_CONF_STATE: ConfState = { voters: [], learners: [], votersOutgoing: [] }
export const EMPTY_HARD_STATE: HardState = { term: 0, vote: 0, commit: 0 }

export function emptySnapshot (confState: ConfState = EMPTY_CONF_STATE): Snapshot {
  return { metadata: { index: 0, term: 0, confState }, data: EMPTY_BYTES }
}

/** A write that would go behind the current snapshot; the caller decides whether that is a bug. */
export type SnapshotOutOfDate = 'snapshot-out-of-date'

export class MemoryStorage implements LogStorage {
  private hardState: HardState = EMPTY_HARD_STATE
  private snap: Snapshot
  /** ents[0] is a dummy standing for the snapshot's (index, term); real entries follow it. */
  private ents: Entry[]

  constructor (snapshot: Snapshot = emptySnapshot()) {
    this.snap = snapshot
    this.ents = [dummyEntry(snapshot.metadata.index, snapshot.metadata.term)]
  }

  initialState (): InitialState {
    return { hardState: this.hardState, confState: this.snap.metadata.confState }
  }

  setHardState (hardState: HardState): void {
    this.hardState = hardState
  }

  entries (lo: number, hi: number, maxBytes: number): readonly Entry[] | StorageError {
    const offset = this.ents[0]!.index
    if (lo <= offset) return 'compacted'
    assert(hi <= this.lastIndex() + 1, `entries hi ${hi} is out of bound, last index ${this.lastIndex()}`)
    if (this.ents.length === 1) return 'unavailable' // only the dummy
    return limitSize(this.ents.slice(lo - offset, hi - offset), maxBytes)
  }

  term (index: number): number | StorageError {
    const offset = this.ents[0]!.index
    if (index < offset) return 'compacted'
    if (index - offset >= this.ents.length) return 'unavailable'
    return this.ents[index - offset]!.term
  }

  lastIndex (): number {
    return this.ents[0]!.index + this.ents.length - 1
  }

  firstIndex (): number {
    return this.ents[0]!.index + 1
  }

  snapshot (): Snapshot {
    return this.snap
  }

  /** Replaces the whole log by a snapshot received from the leader. */
  applySnapshot (snapshot: Snapshot): SnapshotOutOfDate | null {
    if (this.snap.metadata.index >= snapshot.metadata.index) return 'snapshot-out-of-date'
    this.snap = snapshot
    this.ents = [dummyEntry(snapshot.metadata.index, snapshot.metadata.term)]
    return null
  }

  /**
   * Records a snapshot of the application's state at `index` (which it has applied); the log is
   * kept until compact() is called, so slow followers can still be caught up from entries.
   */
  createSnapshot (index: number, confState: ConfState, data: Uint8Array): Snapshot | SnapshotOutOfDate {
    if (index <= this.snap.metadata.index) return 'snapshot-out-of-date'
    const offset = this.ents[0]!.index
    assert(index <= this.lastIndex(), `snapshot ${index} is out of bound, last index ${this.lastIndex()}`)
    this.snap = { metadata: { index, term: this.ents[index - offset]!.term, confState }, data }
    return this.snap
  }

  /** Discards entries up to and including `compactIndex` (which the application must have applied). */
  compact (compactIndex: number): StorageError | null {
    const offset = this.ents[0]!.index
    if (compactIndex <= offset) return 'compacted'
    assert(compactIndex <= this.lastIndex(), `compact ${compactIndex} is out of bound, last index ${this.lastIndex()}`)
    const i = compactIndex - offset
    const kept = this.ents.slice(i + 1)
    kept.unshift(dummyEntry(this.ents[i]!.index, this.ents[i]!.term))
    this.ents = kept
    return null
  }

  /** Appends entries, first dropping any of ours they overwrite (a new leader's log wins). */
  append (entries: readonly Entry[]): void {
    if (entries.length === 0) return
    const first = this.firstIndex()
    const last = entries[0]!.index + entries.length - 1
    if (last < first) return // all of them are already compacted
    const fresh = first > entries[0]!.index ? entries.slice(first - entries[0]!.index) : entries
    const offset = fresh[0]!.index - this.ents[0]!.index
    assert(offset <= this.ents.length, `missing log entry [last: ${this.lastIndex()}, append at: ${fresh[0]!.index}]`)
    if (offset < this.ents.length) this.ents.length = offset
    for (const e of fresh) this.ents.push(e)
  }
}

function dummyEntry (index: number, term: number): Entry {
  return { index, term, type: EntryType.Normal, data: EMPTY_BYTES }
}
