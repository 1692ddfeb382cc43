// One node's disk: what was written and fsynced survives a crash; what was only written is lost,
// or (a torn tail) survives up to some point in write order, possibly inside a batch of entries.
// The OS may also write back unsynced data on its own at any time. Snapshots are durable when
// written (the RaftStorage contract), a received one together with the writes before it.
import { MemoryStorage } from '../../src/controller/raft/core/memory-storage.ts'
import type { Entry, HardState, Snapshot } from '../../src/controller/raft/core/types.ts'
import type { Prng } from './prng.ts'

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

  /** Power loss: unsynced writes are lost, except a prefix of them when the tail is torn. */
  crash (rng: Prng, tornWriteRate: number): void {
    if (this.pending.length > 0 && rng.chance(tornWriteRate)) {
      const kept = rng.int(0, this.pending.length - 1)
      for (let i = 0; i < kept; i++) this.applyOp(this.pending[i]!)
      const torn = this.pending[kept]!
      if (torn.kind === 'entries') {
        const prefix = rng.int(0, torn.entries.length - 1)
        if (prefix > 0) this.applyOp({ kind: 'entries', entries: torn.entries.slice(0, prefix) })
      }
    }
    this.pending = []
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
