// The RaftStorage the real RaftNode runs on in the simulation: reads from memory (a MemoryStorage
// rebuilt from the SimDisk at each start, as FileRaftStorage keeps one), every write also recorded
// on the SimDisk, unsynced until the fsync completes. The fsync's completion is an event of the
// simulation (its latency drawn per fsync), delivered through the host.
import type { LogStorage, InitialState, StorageError } from '../../src/controller/raft/core/log-storage.ts'
import type { MemoryStorage, SnapshotOutOfDate } from '../../src/controller/raft/core/memory-storage.ts'
import type { ConfState, Entry, HardState, Snapshot } from '../../src/controller/raft/core/types.ts'
import type { RaftStorage } from '../../src/controller/raft/storage/raft-storage.ts'
import type { SimDisk } from './sim-disk.ts'

/** What the storage tells the simulation. */
export interface StorageHost {
  /** Before entries are written: `prevTerm` is the term of the entry just before them. */
  onAppend (entries: readonly Entry[], prevTerm: number | string): void
  onHardStateWritten (hardState: HardState): void
  /** Calls `completed` once the fsync is done (later, as an event): the disk is synced then. */
  scheduleSync (completed: () => void): void
}

export class SimStorage implements RaftStorage, LogStorage {
  readonly truncatedBytes = 0
  private readonly memory: MemoryStorage
  private readonly disk: SimDisk
  private readonly host: StorageHost
  private syncing = false
  private closed = false

  constructor (disk: SimDisk, host: StorageHost) {
    this.disk = disk
    this.host = host
    this.memory = disk.load()
  }

  initialState (): InitialState { return this.memory.initialState() }
  entries (lo: number, hi: number, maxBytes: number): readonly Entry[] | StorageError { return this.memory.entries(lo, hi, maxBytes) }
  term (index: number): number | StorageError { return this.memory.term(index) }
  lastIndex (): number { return this.memory.lastIndex() }
  firstIndex (): number { return this.memory.firstIndex() }
  snapshot (): Snapshot { return this.memory.snapshot() }

  append (entries: readonly Entry[]): void {
    this.checkWritable()
    if (entries.length === 0) return
    this.host.onAppend(entries, this.memory.term(entries[0]!.index - 1))
    this.memory.append(entries)
    this.disk.write({ kind: 'entries', entries })
  }

  setHardState (hardState: HardState): void {
    this.checkWritable()
    this.host.onHardStateWritten(hardState)
    this.memory.setHardState(hardState)
    this.disk.write({ kind: 'hard-state', hardState })
  }

  applySnapshot (snapshot: Snapshot): SnapshotOutOfDate | null {
    this.checkWritable()
    const outcome = this.memory.applySnapshot(snapshot)
    if (outcome !== null) return outcome
    this.disk.saveReceivedSnapshot(snapshot)
    return null
  }

  createSnapshot (index: number, confState: ConfState, data: Uint8Array): Snapshot | SnapshotOutOfDate {
    this.checkWritable()
    const snapshot = this.memory.createSnapshot(index, confState, data)
    if (typeof snapshot !== 'string') this.disk.saveLocalSnapshot(snapshot)
    return snapshot
  }

  compact (index: number): StorageError | null {
    this.checkWritable()
    const outcome = this.memory.compact(index)
    if (outcome === null) this.disk.compact(index)
    return outcome
  }

  sync (done: (err: Error | null) => void): void {
    this.checkWritable()
    this.syncing = true
    this.host.scheduleSync(() => {
      this.syncing = false
      this.disk.sync()
      done(null)
    })
  }

  close (): void {
    this.closed = true
  }

  private checkWritable (): void {
    if (this.closed) throw new Error('the simulated storage is closed')
    if (this.syncing) throw new Error('no write while sync() runs: the driver persists one Ready at a time')
  }
}
