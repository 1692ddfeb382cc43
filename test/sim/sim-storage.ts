// The RaftStorage the real RaftNode runs on in the simulation: the real FileRaftStorage over the
// node's SimFileSystem (its segments, CRC framing, snapshots and torn-tail recovery all run), with
// each write also told to the invariant checks and recorded on the node's SimDisk, the model of
// what is durable that the checks consult (R2, R7): a write there is durable once the fsync that
// follows it completes, or the OS writes it back.
import type { InitialState, StorageError } from '../../src/controller/raft/core/log-storage.ts'
import type { SnapshotOutOfDate } from '../../src/controller/raft/core/memory-storage.ts'
import type { ConfState, Entry, HardState, Snapshot } from '../../src/controller/raft/core/types.ts'
import type { FileRaftStorage } from '../../src/controller/raft/storage/file-storage.ts'
import type { RaftStorage } from '../../src/controller/raft/storage/raft-storage.ts'
import type { SimDisk } from './sim-disk.ts'

/** What the storage tells the invariant checks. */
export interface StorageObserver {
  /** Before entries are written: `prevTerm` is the term of the entry just before them. */
  onAppend (entries: readonly Entry[], prevTerm: number | string): void
  onHardStateWritten (hardState: HardState): void
}

export class SimStorage implements RaftStorage {
  private readonly file: FileRaftStorage
  private readonly disk: SimDisk
  private readonly observer: StorageObserver

  constructor (file: FileRaftStorage, disk: SimDisk, observer: StorageObserver) {
    this.file = file
    this.disk = disk
    this.observer = observer
  }

  get truncatedBytes (): number { return this.file.truncatedBytes }
  initialState (): InitialState { return this.file.initialState() }
  entries (lo: number, hi: number, maxBytes: number): readonly Entry[] | StorageError { return this.file.entries(lo, hi, maxBytes) }
  term (index: number): number | StorageError { return this.file.term(index) }
  lastIndex (): number { return this.file.lastIndex() }
  firstIndex (): number { return this.file.firstIndex() }
  snapshot (): Snapshot { return this.file.snapshot() }

  append (entries: readonly Entry[]): void {
    if (entries.length === 0) return
    this.observer.onAppend(entries, this.file.term(entries[0]!.index - 1))
    this.file.append(entries)
    this.disk.write({ kind: 'entries', entries })
  }

  setHardState (hardState: HardState): void {
    this.observer.onHardStateWritten(hardState)
    this.file.setHardState(hardState)
    this.disk.write({ kind: 'hard-state', hardState })
  }

  applySnapshot (snapshot: Snapshot): SnapshotOutOfDate | null {
    const outcome = this.file.applySnapshot(snapshot)
    if (outcome === null) this.disk.saveReceivedSnapshot(snapshot)
    return outcome
  }

  createSnapshot (index: number, confState: ConfState, data: Uint8Array): Snapshot | SnapshotOutOfDate {
    const snapshot = this.file.createSnapshot(index, confState, data)
    if (typeof snapshot !== 'string') this.disk.saveLocalSnapshot(snapshot)
    return snapshot
  }

  compact (index: number): StorageError | null {
    const outcome = this.file.compact(index)
    if (outcome === null) this.disk.compact(index)
    return outcome
  }

  sync (done: (err: Error | null) => void): void {
    this.file.sync((err) => {
      if (err === null) this.disk.sync()
      done(err)
    })
  }

  close (): void {
    this.file.close()
  }
}
