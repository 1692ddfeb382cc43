// The @metadata log: the single source of truth for cluster state. `MetadataLog` is what the
// controller proposes to and what the MetadataPublisher follows (the entries replayed at open, then
// every entry applied after, whoever proposed it); `RaftMetadataLog` implements it over a RaftNode. Today the quorum
// is one voter (this node): an entry is committed, and acknowledged, once it is fsynced here, and
// the node has no peers, so it listens on no controller port. Appends that arrive together share one
// Raft Ready: one write and one fsync (group commit).
//
// An entry's offset is its Raft index. Offsets increase but are not contiguous: a leader's empty
// entry (at every start) takes an index and carries no records. Snapshots of the image are Raft
// snapshots; the log behind one is compacted, so replay at start is the snapshot plus the entries
// after it.
//
// Damage: the Raft storage cuts only a torn tail (what followed the last fsync was never
// acknowledged); damage anywhere else (a bad record followed by intact ones that commit past it, a
// damaged snapshot, an older segment) refuses the start with MetadataLogRefusedError naming the file
// and the byte offset. So do intact entries whose records do not decode, a directory in the layout
// of the earlier one-voter log (`@metadata-0`, not read by this version) and a log that belongs to
// another node id.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Logger } from 'pino'
import { assert } from '../../util/assert.ts'
import { decodeMetadataRecords, encodeMetadataRecords, type MetadataRecord } from './metadata-record.ts'
import { RaftNode, type RaftStateMachine } from '../raft/raft-node.ts'
import { FileRaftStorage } from '../raft/storage/file-storage.ts'
import type { RaftFileIO } from '../raft/storage/file-io.ts'
import { RaftLogCorruptError } from '../raft/storage/segment-replay.ts'
import { EntryType, type Entry, type Snapshot } from '../raft/core/types.ts'

export interface MetadataEntry {
  readonly offset: number
  readonly records: readonly MetadataRecord[]
}

export interface MetadataSnapshot {
  /** The offset of the last entry the snapshot covers. */
  readonly offset: number
  readonly records: readonly MetadataRecord[]
}

export interface MetadataLog {
  /** Appends `records` as one entry; resolves with its offset once it is committed. */
  append (records: readonly MetadataRecord[]): Promise<number>
  /** What was committed before this process started: the newest snapshot and the entries after it. */
  replay (): { readonly snapshot: MetadataSnapshot | null, readonly entries: readonly MetadataEntry[] }
  /**
   * Sets the one listener told of every entry committed after open, in offset order (an entry without
   * records too), before the append that proposed it resolves.
   */
  onApply (listener: (entry: MetadataEntry) => void): void
  /** Greater than the offset of every entry so far (the next entry's offset, at least). */
  endOffset (): number
  /** Bytes of entries appended since the last snapshot. */
  bytesSinceSnapshot (): number
  /** Replaces the entries up to `offset` (the last committed one) with a snapshot of the image. */
  snapshot (offset: number, records: readonly MetadataRecord[]): Promise<void>
  close (): Promise<void>
}

/** The directory of the @metadata log under metadata.log.dir (or the log directory). */
export const METADATA_LOG_DIR_NAME = '@metadata'
/** Where the earlier one-voter log lived; its format is not read by this version. */
const OLD_METADATA_LOG_DIR_NAME = '@metadata-0'

/** The @metadata log cannot be opened as it is: the node must not start (one line says why). */
export class MetadataLogRefusedError extends Error {
  override name = 'MetadataLogRefusedError'
  readonly code: string

  constructor (code: string, message: string, options?: ErrorOptions) {
    super(`${code}: ${message}`, options)
    this.code = code
  }
}

export interface MetadataLogOptions {
  /** metadata.log.dir, or the log directory: the log lives in `<parentDir>/@metadata`. */
  readonly parentDir: string
  readonly nodeId: number
  readonly logger: Logger
  /** Raft segments roll at this size (the log behind a snapshot is deleted a segment at a time). */
  readonly segmentBytesMax?: number
  readonly io?: RaftFileIO
}

/**
 * Folds nothing itself: collects what start-up replays, then hands each applied entry to the
 * listener (the publisher); counts bytes between snapshots.
 */
class ReplayCollector implements RaftStateMachine {
  snapshotLoaded: MetadataSnapshot | null = null
  entries: MetadataEntry[] = []
  listener: ((entry: MetadataEntry) => void) | null = null
  /** The records of entries proposed here, by their encoded bytes: applying them costs no decode. */
  readonly proposed = new WeakMap<Uint8Array, readonly MetadataRecord[]>()
  /** True until the entries committed before this start have all been applied. */
  replaying = true
  bytesSinceSnapshot = 0
  lastOffset = 0
  private target = 0
  private waiter: { resolve: () => void, reject: (err: Error) => void } | null = null

  apply (entries: readonly Entry[]): void {
    for (const e of entries) {
      assert(e.type === EntryType.Normal, `@metadata entry ${e.index} is a membership change; the quorum is one voter`)
      this.lastOffset = e.index
      if (e.data.byteLength === 0) { // a new leader's empty entry
        if (!this.replaying) this.listener?.({ offset: e.index, records: [] })
        continue
      }
      this.bytesSinceSnapshot += e.data.byteLength
      const records = this.proposed.get(e.data) ?? decodeMetadataRecords(Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength))
      if (this.replaying) this.entries.push({ offset: e.index, records })
      else this.listener?.({ offset: e.index, records })
    }
    if (this.waiter !== null && this.lastOffset >= this.target) {
      this.waiter.resolve()
      this.waiter = null
    }
  }

  restore (snapshot: Snapshot): void {
    assert(this.replaying, 'a one-voter @metadata log restores a snapshot only at start')
    const data = snapshot.data
    this.snapshotLoaded = { offset: snapshot.metadata.index, records: decodeMetadataRecords(Buffer.from(data.buffer, data.byteOffset, data.byteLength)) }
    this.entries = []
    this.bytesSinceSnapshot = 0
    this.lastOffset = snapshot.metadata.index
  }

  /** Resolves once every entry up to `offset` is applied (rejected by fail()). */
  async appliedTo (offset: number): Promise<void> {
    if (this.lastOffset >= offset) return
    this.target = offset
    await new Promise<void>((resolve, reject) => { this.waiter = { resolve, reject } })
  }

  fail (err: Error): void {
    this.waiter?.reject(err)
    this.waiter = null
  }
}

/** Refuses a directory holding the earlier one-voter log: its frames are not Raft's. */
function refuseOldLayout (parentDir: string): void {
  const old = join(parentDir, OLD_METADATA_LOG_DIR_NAME)
  if (!existsSync(old)) return
  throw new MetadataLogRefusedError('RIVULET_ERR_METADATA_LOG_OLD_FORMAT',
    `${old} holds the @metadata log of an earlier Rivulet (one-voter format), which this version does not read; ` +
    `the log now lives in ${join(parentDir, METADATA_LOG_DIR_NAME)}. Start from an empty log directory, or move this one aside`)
}

export class RaftMetadataLog implements MetadataLog {
  private readonly node: RaftNode
  private readonly machine: ReplayCollector
  private readonly loaded: { readonly snapshot: MetadataSnapshot | null, readonly entries: readonly MetadataEntry[] }
  /** Bytes cut from a torn tail when the log was opened. */
  readonly truncatedBytes: number

  private constructor (node: RaftNode, machine: ReplayCollector, truncatedBytes: number) {
    this.node = node
    this.machine = machine
    this.loaded = { snapshot: machine.snapshotLoaded, entries: machine.entries }
    this.truncatedBytes = truncatedBytes
  }

  /**
   * Opens the log (recovering it), makes this node the leader of a one-voter quorum, and applies
   * every entry committed before; throws MetadataLogRefusedError when the log must not be used.
   */
  static async open (options: MetadataLogOptions): Promise<RaftMetadataLog> {
    refuseOldLayout(options.parentDir)
    const dir = join(options.parentDir, METADATA_LOG_DIR_NAME)
    let storage: FileRaftStorage
    try {
      storage = FileRaftStorage.open({
        dir,
        bootstrapConfState: { voters: [options.nodeId], learners: [], votersOutgoing: [] },
        ...(options.segmentBytesMax === undefined ? {} : { segmentBytesMax: options.segmentBytesMax }),
        ...(options.io === undefined ? {} : { io: options.io })
      })
    } catch (err) {
      if (!(err instanceof RaftLogCorruptError)) throw err
      throw new MetadataLogRefusedError('RIVULET_ERR_METADATA_LOG_CORRUPT', `the @metadata log is damaged: ${err.message}. ` +
        'Only a torn tail after the last fsync may be cut; the node does not start (restore the directory from a backup)', { cause: err })
    }
    const voters = storage.initialState().confState.voters
    if (voters.length !== 1 || voters[0] !== options.nodeId) {
      storage.close()
      throw new MetadataLogRefusedError('RIVULET_ERR_METADATA_LOG_NODE_ID', `the @metadata log in ${dir} belongs to the quorum of voters [${voters.join(', ')}], but node.id is ${options.nodeId}`)
    }
    const truncatedBytes = storage.truncatedBytes
    const machine = new ReplayCollector()
    let node: RaftNode | null = null
    try {
      node = await RaftNode.open({
        nodeId: options.nodeId,
        stateMachine: machine,
        logger: options.logger,
        // The log behind a snapshot is not needed by anyone: there are no followers.
        compactKeepEntries: 0,
        onFatal: (err) => machine.fail(err)
      }, storage, null)
      // A lone voter wins its election at once; its empty entry commits everything before it.
      node.campaign()
      await machine.appliedTo(node.status().commit)
    } catch (err) {
      await node?.close()
      // Intact records that do not decode: written by a newer version, or a bug; never skipped.
      throw new MetadataLogRefusedError('RIVULET_ERR_METADATA_LOG_UNREADABLE', `the @metadata log in ${dir} cannot be replayed: ${(err as Error).message}`, { cause: err })
    }
    machine.replaying = false
    return new RaftMetadataLog(node, machine, truncatedBytes)
  }

  replay (): { readonly snapshot: MetadataSnapshot | null, readonly entries: readonly MetadataEntry[] } {
    return this.loaded
  }

  onApply (listener: (entry: MetadataEntry) => void): void {
    assert(this.machine.listener === null, 'the @metadata log has one apply listener (the publisher)')
    this.machine.listener = listener
  }

  endOffset (): number {
    return this.node.status().lastIndex + 1
  }

  bytesSinceSnapshot (): number {
    return this.machine.bytesSinceSnapshot
  }

  async append (records: readonly MetadataRecord[]): Promise<number> {
    const body = encodeMetadataRecords(records)
    const data = new Uint8Array(body.buffer, body.byteOffset, body.byteLength)
    this.machine.proposed.set(data, records)
    return await this.node.propose(data)
  }

  async snapshot (offset: number, records: readonly MetadataRecord[]): Promise<void> {
    const body = encodeMetadataRecords(records)
    await this.node.snapshot(offset, new Uint8Array(body.buffer, body.byteOffset, body.byteLength))
    this.machine.bytesSinceSnapshot = 0
  }

  async close (): Promise<void> {
    await this.node.close()
  }
}
