// The part of the log not yet handed to storage: a snapshot received from the leader and/or the
// entries after the stable log. `offset` is the index of entries[0]. Everything here travels out in
// the next Ready and comes back through stableTo()/stableSnapTo() once the driver has persisted it.
import { assert } from '../../../util/assert.ts'
import type { Entry, Snapshot } from './types.ts'

export class Unstable {
  snapshot: Snapshot | null = null
  entries: Entry[] = []
  offset: number

  constructor (offset: number) {
    this.offset = offset
  }

  /** The first index known from an incoming snapshot, or null (then the storage knows). */
  maybeFirstIndex (): number | null {
    return this.snapshot === null ? null : this.snapshot.metadata.index + 1
  }

  maybeLastIndex (): number | null {
    if (this.entries.length > 0) return this.offset + this.entries.length - 1
    return this.snapshot === null ? null : this.snapshot.metadata.index
  }

  maybeTerm (index: number): number | null {
    if (index < this.offset) {
      if (this.snapshot !== null && this.snapshot.metadata.index === index) return this.snapshot.metadata.term
      return null
    }
    const last = this.maybeLastIndex()
    if (last === null || index > last) return null
    return this.entries[index - this.offset]!.term
  }

  /** The driver persisted entries up to (index, term); drop them unless they were replaced since. */
  stableTo (index: number, term: number): void {
    const known = this.maybeTerm(index)
    if (known === null || known !== term || index < this.offset) return
    this.entries = this.entries.slice(index + 1 - this.offset)
    this.offset = index + 1
  }

  stableSnapTo (index: number): void {
    if (this.snapshot !== null && this.snapshot.metadata.index === index) this.snapshot = null
  }

  restore (snapshot: Snapshot): void {
    this.offset = snapshot.metadata.index + 1
    this.entries = []
    this.snapshot = snapshot
  }

  truncateAndAppend (entries: readonly Entry[]): void {
    const after = entries[0]!.index
    if (after === this.offset + this.entries.length) {
      for (const e of entries) this.entries.push(e)
    } else if (after <= this.offset) {
      // The new entries replace everything we hold (and some of the stable log, which storage
      // overwrites when these are persisted).
      this.offset = after
      this.entries = entries.slice()
    } else {
      this.entries = this.entries.slice(0, after - this.offset)
      for (const e of entries) this.entries.push(e)
    }
  }

  slice (lo: number, hi: number): Entry[] {
    assert(lo <= hi, `invalid unstable.slice ${lo} > ${hi}`)
    const upper = this.offset + this.entries.length
    assert(lo >= this.offset && hi <= upper, `unstable.slice[${lo},${hi}) out of bound [${this.offset},${upper}]`)
    return this.entries.slice(lo - this.offset, hi - this.offset)
  }
}
