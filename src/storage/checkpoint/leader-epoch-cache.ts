// The leader epoch cache of a partition (Kafka's LeaderEpochFileCache): for each leader epoch, the
// first offset written in it. Followers use it to find where their log diverges from a new leader's
// (OffsetForLeaderEpoch, KIP-101/279). Kept in `leader-epoch-checkpoint`, Kafka's text format:
//   0            (version)
//   <count>
//   <epoch> <startOffset>   (one line per entry)
import { existsSync, readFileSync } from 'node:fs'
import { writeFileAtomic } from './atomic-file.ts'

export interface EpochEntry {
  readonly epoch: number
  readonly startOffset: number
}

export class LeaderEpochCache {
  private readonly path: string
  private entries: EpochEntry[]

  constructor (path: string) {
    this.path = path
    this.entries = existsSync(path) ? parseCheckpoint(readFileSync(path, 'utf8')) : []
  }

  all (): readonly EpochEntry[] {
    return this.entries
  }

  latestEpoch (): number {
    return this.entries.length === 0 ? -1 : this.entries[this.entries.length - 1]!.epoch
  }

  /** The start offset of the latest epoch; -1 when there is none. */
  latestStartOffset (): number {
    return this.entries.length === 0 ? -1 : this.entries[this.entries.length - 1]!.startOffset
  }

  /**
   * Records that `epoch` starts at `startOffset`, when it is newer than the latest known epoch. The
   * file is written first: when that fails (a full disk) the cache is unchanged and the error thrown.
   */
  assign (epoch: number, startOffset: number): void {
    if (epoch < 0 || epoch <= this.latestEpoch()) return
    const entries = [...this.entries, { epoch, startOffset }]
    this.persist(entries)
    this.entries = entries
  }

  /** Removes entries for offsets >= endOffset (the log was truncated to endOffset). */
  truncateFromEnd (endOffset: number): void {
    const kept = this.entries.filter((e) => e.startOffset < endOffset)
    if (kept.length === this.entries.length) return
    this.entries = kept
    this.persist()
  }

  /** Drops entries wholly below the log start offset, keeping the one that covers it. */
  truncateFromStart (startOffset: number): void {
    let firstKept = 0
    while (firstKept + 1 < this.entries.length && this.entries[firstKept + 1]!.startOffset <= startOffset) firstKept++
    if (firstKept === 0 && (this.entries.length === 0 || this.entries[0]!.startOffset >= startOffset)) return
    const kept = this.entries.slice(firstKept)
    kept[0] = { epoch: kept[0]!.epoch, startOffset: Math.max(kept[0]!.startOffset, startOffset) }
    this.entries = kept
    this.persist()
  }

  /**
   * OffsetForLeaderEpoch, as Kafka's LeaderEpochFileCache.endOffsetFor: the latest epoch ends at the
   * log end offset; an older one, the largest epoch <= `epoch` and the start of the next; an epoch
   * below every entry (its records were deleted), itself and the first entry's start; { -1, -1 } for
   * -1, for an epoch above every entry, and for an empty cache.
   */
  endOffsetFor (epoch: number, logEndOffset: number): { epoch: number, endOffset: number } {
    if (epoch < 0 || this.entries.length === 0) return { epoch: -1, endOffset: -1 }
    const latest = this.entries[this.entries.length - 1]!
    if (epoch === latest.epoch) return { epoch, endOffset: logEndOffset }
    if (epoch > latest.epoch) return { epoch: -1, endOffset: -1 }
    let found = -1
    for (let i = 0; i < this.entries.length; i++) if (this.entries[i]!.epoch <= epoch) found = i
    if (found === -1) return { epoch, endOffset: this.entries[0]!.startOffset }
    return { epoch: this.entries[found]!.epoch, endOffset: this.entries[found + 1]!.startOffset }
  }

  private persist (entries: readonly EpochEntry[] = this.entries): void {
    writeFileAtomic(this.path, `0\n${entries.length}\n${entries.map((e) => `${e.epoch} ${e.startOffset}\n`).join('')}`)
  }
}

function parseCheckpoint (text: string): EpochEntry[] {
  const lines = text.split('\n').filter((l) => l.trim() !== '')
  if (lines[0] !== '0') throw new Error(`RIVULET_ERR_CHECKPOINT: unknown leader-epoch-checkpoint version ${lines[0]}`)
  const count = Number(lines[1])
  const entries: EpochEntry[] = []
  for (let i = 0; i < count; i++) {
    const [epoch, offset] = lines[2 + i]!.trim().split(/\s+/).map(Number)
    entries.push({ epoch: epoch!, startOffset: offset! })
  }
  return entries
}
