// The model of what one node holds durably, kept beside its files (sim-file-system.ts) for the
// invariant checks: writes in order, durable once an fsync that follows them completes or the OS
// writes back. Snapshots are durable when written (the RaftStorage contract), a received one
// together with the writes before it. After a power loss the model takes what the real storage
// recovers from the files, once checked to be one outcome the model allows: everything durable
// kept, then a prefix of the later writes in order (possibly cut inside a batch of entries).
import { MemoryStorage } from '../../src/controller/raft/core/memory-storage.ts'
import type { Entry, HardState, Snapshot } from '../../src/controller/raft/core/types.ts'

/** What a real storage reads back after a restart. */
export interface RecoveredState {
  readonly snapshot: Snapshot
  /** The entries after the snapshot. */
  readonly entries: readonly Entry[]
  readonly hardState: HardState
}

/** Snapshot, hard state, and the log as runs of one term: `snap 30/10 hs 12/4/31 log 31-35/11 36/12`. */
function describeRecovered (s: RecoveredState): string {
  const m = s.snapshot.metadata
  const hs = s.hardState
  const runs: string[] = []
  for (let i = 0; i < s.entries.length;) {
    let j = i
    while (j + 1 < s.entries.length && s.entries[j + 1]!.term === s.entries[i]!.term) j++
    const first = s.entries[i]!
    runs.push(`${first.index}${j > i ? `-${s.entries[j]!.index}` : ''}/${first.term}`)
    i = j + 1
  }
  return `snap ${m.index}/${m.term} hs ${hs.term}/${hs.vote}/${hs.commit} log ${runs.join(' ')}`
}

type WriteOp =
  | { readonly kind: 'hard-state', readonly hardState: HardState }
  | { readonly kind: 'entries', readonly entries: readonly Entry[] }
  /** A snapshot received from the leader: it replaces the whole log. */
  | { readonly kind: 'snapshot', readonly snapshot: Snapshot }

export class SimDisk {
  hardState: HardState
  snapshot: Snapshot
  /** Durable entries, contiguous; some may lie at or below the snapshot until compacted. */
  private entries: Entry[] = []
  private pending: WriteOp[] = []

  constructor (snapshot: Snapshot, hardState: HardState) {
    this.snapshot = snapshot
    this.hardState = hardState
  }

  get unsyncedCount (): number {
    return this.pending.length
  }

  write (op: WriteOp): void {
    this.pending.push(op)
  }

  sync (): void {
    for (const op of this.pending) this.applyOp(op)
    this.pending = []
  }

  /**
   * Power loss: the model becomes what the real storage recovered from the files. Returns null when
   * that is an outcome the model allows, else what is wrong with it (a storage bug).
   */
  recover (recovered: RecoveredState): string | null {
    const seen = describeRecovered(recovered)
    const allowed: string[] = [this.describe()]
    let verdict: string | null = `recovered ${seen}; allowed: ${allowed[0]!}`
    if (seen === allowed[0]) verdict = null
    const pending = this.pending
    this.pending = []
    for (let i = 0; verdict !== null && i < pending.length; i++) {
      const op = pending[i]!
      if (op.kind === 'entries') {
        // A torn batch: any prefix of its entries may have reached the disk.
        for (let n = 1; verdict !== null && n < op.entries.length; n++) {
          const copy = this.copy()
          copy.applyOp({ kind: 'entries', entries: op.entries.slice(0, n) })
          if (copy.describe() === seen) verdict = null
        }
      }
      this.applyOp(op)
      if (this.describe() === seen) verdict = null
    }
    this.snapshot = recovered.snapshot
    this.entries = recovered.entries.slice()
    this.hardState = recovered.hardState
    return verdict
  }

  /** The application's own snapshot: written and fsynced at once (the log is kept until compact()). */
  saveLocalSnapshot (snapshot: Snapshot): void {
    if (snapshot.metadata.index > this.snapshot.metadata.index) this.snapshot = snapshot
  }

  /**
   * A snapshot received from the leader, durable at once: it replaces the log, and the hard state
   * written before it becomes durable with it (as FileRaftStorage starts a fresh segment holding it).
   */
  saveReceivedSnapshot (snapshot: Snapshot): void {
    this.pending.push({ kind: 'snapshot', snapshot })
    this.sync()
  }

  /** Durable entries up to `index` (covered by the snapshot) are deleted. */
  compact (index: number): void {
    this.entries = this.entries.filter((e) => e.index > index)
  }

  /** Whether the durable state holds entry (index, term): in the log, or covered by the snapshot. */
  durablyHolds (index: number, term: number): boolean {
    const snapIndex = this.snapshot.metadata.index
    if (index < snapIndex) return true
    if (index === snapIndex) return this.snapshot.metadata.term === term
    const first = this.entries[0]?.index
    if (first === undefined || index < first) return false
    const e = this.entries[index - first]
    return e !== undefined && e.term === term
  }

  /** The last durable index (of the log, or of the snapshot when the log is empty). */
  lastIndex (): number {
    return Math.max(this.snapshot.metadata.index, this.entries.at(-1)?.index ?? 0)
  }

  /** What a restarting process reads back. */
  load (): MemoryStorage {
    const storage = new MemoryStorage(this.snapshot)
    const snapIndex = this.snapshot.metadata.index
    const run: Entry[] = []
    for (const e of this.entries) {
      if (e.index <= snapIndex) continue
      if (e.index !== snapIndex + 1 + run.length) break // nothing usable after a gap
      run.push(e)
    }
    storage.append(run)
    storage.setHardState(this.hardState)
    return storage
  }

  /** What a restart reads back, in short: snapshot, hard state, (index, term) of each entry after it. */
  private describe (): string {
    const storage = this.load()
    const after = storage.snapshot().metadata.index + 1
    const entries = after <= storage.lastIndex() ? storage.entries(after, storage.lastIndex() + 1, Infinity) as Entry[] : []
    return describeRecovered({ snapshot: storage.snapshot(), entries, hardState: storage.initialState().hardState })
  }

  private copy (): SimDisk {
    const copy = new SimDisk(this.snapshot, this.hardState)
    copy.entries = this.entries.slice()
    return copy
  }

  private applyOp (op: WriteOp): void {
    switch (op.kind) {
      case 'hard-state':
        this.hardState = op.hardState
        return
      case 'snapshot':
        if (op.snapshot.metadata.index > this.snapshot.metadata.index) {
          this.snapshot = op.snapshot
          this.entries = []
        }
        return
      case 'entries': {
        if (op.entries.length === 0) return
        const firstNew = op.entries[0]!.index
        const first = this.entries[0]?.index
        if (first === undefined || firstNew < first || firstNew > first + this.entries.length) {
          // Overwrites everything we hold, or follows a gap (entries behind a newer snapshot).
          this.entries = op.entries.slice()
        } else {
          this.entries.length = firstNew - first
          for (const e of op.entries) this.entries.push(e)
        }
      }
    }
  }
}
