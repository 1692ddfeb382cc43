// The log as the state machine sees it: the stable part (read through LogStorage) plus the unstable
// tail, with the commit and apply cursors. Invariant: applied <= committed <= lastIndex().
import { assert } from '../../../util/assert.ts'
import { limitSize } from './entry-size.ts'
import type { LogStorage, StorageError } from './log-storage.ts'
import type { Entry, Snapshot } from './types.ts'
import { Unstable } from './unstable.ts'

export class RaftLog {
  readonly storage: LogStorage
  readonly unstable: Unstable
  /** Highest index known to be on a quorum of durable logs. */
  committed: number
  /** Highest index the application has applied (acknowledged through advance()). */
  applied: number
  /** Bound on the bytes of committed entries handed out in one Ready. */
  readonly maxCommittedBytesPerReady: number

  constructor (storage: LogStorage, maxCommittedBytesPerReady: number) {
    this.storage = storage
    this.maxCommittedBytesPerReady = maxCommittedBytesPerReady
    const first = storage.firstIndex()
    this.unstable = new Unstable(storage.lastIndex() + 1)
    // Everything up to the snapshot is committed and applied by definition.
    this.committed = first - 1
    this.applied = first - 1
  }

  firstIndex (): number {
    return this.unstable.maybeFirstIndex() ?? this.storage.firstIndex()
  }

  lastIndex (): number {
    return this.unstable.maybeLastIndex() ?? this.storage.lastIndex()
  }

  /** Valid for indexes in [firstIndex() - 1, lastIndex()]. */
  term (index: number): number | StorageError {
    const dummyIndex = this.firstIndex() - 1
    if (index < dummyIndex) return 'compacted'
    if (index > this.lastIndex()) return 'unavailable'
    return this.unstable.maybeTerm(index) ?? this.storage.term(index)
  }

  termOrZero (index: number): number {
    const t = this.term(index)
    return typeof t === 'number' ? t : 0
  }

  lastTerm (): number {
    const t = this.term(this.lastIndex())
    assert(typeof t === 'number', `unexpected error when getting the last term (${String(t)})`)
    return t
  }

  matchTerm (index: number, term: number): boolean {
    return this.term(index) === term
  }

  /** Raft §5.4.1: is a log ending at (lastIndex, lastTerm) at least as up to date as ours? */
  isUpToDate (lastIndex: number, lastTerm: number): boolean {
    const ourTerm = this.lastTerm()
    return lastTerm > ourTerm || (lastTerm === ourTerm && lastIndex >= this.lastIndex())
  }

  /**
   * A leader's append: accepted when our log matches (index, logTerm); returns the index of the
   * last new entry, or null when the consistency check fails.
   */
  maybeAppend (index: number, logTerm: number, committed: number, entries: readonly Entry[]): number | null {
    if (!this.matchTerm(index, logTerm)) return null
    const lastNewIndex = index + entries.length
    const conflict = this.findConflict(entries)
    if (conflict !== 0) {
      assert(conflict > this.committed, `entry ${conflict} conflicts with committed entry [committed(${this.committed})]`)
      this.append(entries.slice(conflict - (index + 1)))
    }
    this.commitTo(Math.min(committed, lastNewIndex))
    return lastNewIndex
  }

  append (entries: readonly Entry[]): number {
    if (entries.length === 0) return this.lastIndex()
    const after = entries[0]!.index - 1
    assert(after >= this.committed, `after(${after}) is out of range [committed(${this.committed})]`)
    this.unstable.truncateAndAppend(entries)
    return this.lastIndex()
  }

  /**
   * The index of the first entry whose term differs from ours (or that we do not have), or 0 when
   * all of them are already in our log.
   */
  findConflict (entries: readonly Entry[]): number {
    for (const e of entries) {
      if (!this.matchTerm(e.index, e.term)) return e.index
    }
    return 0
  }

  /**
   * The largest index <= `index` whose term is <= `term`, with that term: where a rejected append
   * could match next. Lets a leader skip a whole term of divergent entries per round trip.
   */
  findConflictByTerm (index: number, term: number): { index: number, term: number } {
    for (let i = index; i > 0; i--) {
      const ours = this.term(i)
      if (typeof ours !== 'number') return { index: i, term: 0 }
      if (ours <= term) return { index: i, term: ours }
    }
    return { index: 0, term: 0 }
  }

  commitTo (index: number): void {
    if (this.committed >= index) return // commit never goes back
    assert(index <= this.lastIndex(), `tocommit(${index}) is out of range [lastIndex(${this.lastIndex()})]; log corrupted, truncated or lost?`)
    this.committed = index
  }

  /** Commits `maxIndex` only if that entry is of `term` (a leader commits only its own term by counting). */
  maybeCommit (maxIndex: number, term: number, ignoreTerm: boolean): boolean {
    if (maxIndex > this.committed && (ignoreTerm || this.termOrZero(maxIndex) === term)) {
      this.commitTo(maxIndex)
      return true
    }
    return false
  }

  appliedTo (index: number): void {
    if (index === 0) return
    assert(index <= this.committed, `applied(${index}) is out of range [committed(${this.committed})]`)
    assert(index >= this.applied, `applied(${index}) went back from ${this.applied}`)
    this.applied = index
  }

  stableTo (index: number, term: number): void {
    this.unstable.stableTo(index, term)
  }

  stableSnapTo (index: number): void {
    this.unstable.stableSnapTo(index)
  }

  hasPendingSnapshot (): boolean {
    return this.unstable.snapshot !== null
  }

  snapshot (): Snapshot {
    return this.unstable.snapshot ?? this.storage.snapshot()
  }

  restore (snapshot: Snapshot): void {
    this.committed = snapshot.metadata.index
    this.unstable.restore(snapshot)
  }

  /** Committed entries not yet applied, at most maxCommittedBytesPerReady of them (at least one). */
  nextCommittedEntries (): readonly Entry[] {
    const lo = Math.max(this.applied + 1, this.firstIndex())
    if (this.committed + 1 <= lo) return []
    const entries = this.slice(lo, this.committed + 1, this.maxCommittedBytesPerReady)
    assert(typeof entries !== 'string', `unexpected error when getting unapplied entries (${String(entries)})`)
    return entries
  }

  hasNextCommittedEntries (): boolean {
    return this.committed + 1 > Math.max(this.applied + 1, this.firstIndex())
  }

  /** Entries from `index` to the end, at most `maxBytes` of them (at least one). */
  entriesFrom (index: number, maxBytes: number): readonly Entry[] | StorageError {
    if (index > this.lastIndex()) return []
    return this.slice(index, this.lastIndex() + 1, maxBytes)
  }

  /** Entries in [lo, hi) from storage and/or the unstable tail. */
  slice (lo: number, hi: number, maxBytes: number): readonly Entry[] | StorageError {
    assert(lo <= hi, `invalid slice ${lo} > ${hi}`)
    const first = this.firstIndex()
    if (lo < first) return 'compacted'
    assert(hi <= this.lastIndex() + 1, `slice[${lo},${hi}) out of bound [${first},${this.lastIndex()}]`)
    if (lo === hi) return []
    let result: Entry[] = []
    const offset = this.unstable.offset
    if (lo < offset) {
      const stored = this.storage.entries(lo, Math.min(hi, offset), maxBytes)
      if (stored === 'compacted') return stored
      assert(stored !== 'unavailable', `entries[${lo}:${Math.min(hi, offset)}) is unavailable from storage`)
      // Storage cut the range short for size: do not splice unstable entries after a gap.
      if (stored.length < Math.min(hi, offset) - lo) return stored
      result = stored.slice()
    }
    if (hi > offset) {
      const fromUnstable = this.unstable.slice(Math.max(lo, offset), hi)
      for (const e of fromUnstable) result.push(e)
    }
    return limitSize(result, maxBytes)
  }
}
