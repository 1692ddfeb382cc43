// The @metadata log: the single source of truth for cluster state. `MetadataLog` is what the
// controller proposes to and what the MetadataPublisher follows (the entries replayed at open, then
// every entry applied after, whoever proposed it); `RaftMetadataLog` implements it over a RaftNode.
// With one voter (this node, `npm start`) an entry is committed, and acknowledged, once it is fsynced
// here, and the node listens on no controller port. With several voters (controller.quorum.voters) the
// node talks to them over the TCP Raft transport, listening on its controller listener and binding its
// own host for outgoing connections; an entry is acknowledged once a majority has it fsynced, every
// node applies committed entries in order, an append on a node that does not lead fails with
// NotMetadataLeaderError (carrying the leader it knows), and leadership changes are told to
// onLeaderChange. A snapshot received from the leader replaces the image (an entry with `snapshot`).
// Appends that arrive together share one Raft Ready: one write and one fsync (group commit).
//
// The leader also serves the quorum's observers (broker-only nodes, metadata-observer-log.ts): they
// fetch committed entries and snapshots from it (quorum-fetch.ts), and it lists them, with the voters'
// progress, in describeQuorum() (DescribeQuorum, /v1/cluster); the voters' reply times are noted by
// the network wrapper of quorum-progress.ts, not by the Raft core.
//
// Identity: the cluster id is formatted on each node (meta.properties, as Kafka's `kafka-storage format
// --cluster-id`), and the transport refuses every connection from another cluster id, so a node of
// another cluster never joins. A quorum log keeps `quorum.properties` (cluster.id, node.id, voters) next
// to its segments: a node whose stored identity disagrees with its configuration refuses to start
// (MetadataLogRefusedError), never overwriting it.
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
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Socket } from 'node:net'
import type { Logger } from 'pino'
import { assert } from '../../util/assert.ts'
import { decodeMetadataRecords, encodeMetadataRecords, type MetadataRecord } from './metadata-record.ts'
import { ProposalFailure, RaftNode, RaftProposalError, type RaftStateMachine } from '../raft/raft-node.ts'
import { RaftTransport, type PeerAddress } from '../raft/transport/tcp-transport.ts'
import { NO_NODE, StateRole } from '../raft/core/types.ts'
import type { QuorumDescription, QuorumEntry, QuorumFetchSource, QuorumReplicaState, QuorumSnapshotId } from './quorum-fetch.ts'
import { ObserverProgress, TimedRaftNetwork } from './quorum-progress.ts'
import { FileRaftStorage } from '../raft/storage/file-storage.ts'
import type { RaftFileIO } from '../raft/storage/file-io.ts'
import { RaftLogCorruptError } from '../raft/storage/segment-replay.ts'
import { EntryType, type Entry, type Snapshot } from '../raft/core/types.ts'

export interface MetadataEntry {
  readonly offset: number
  readonly records: readonly MetadataRecord[]
  /** The records are a whole image (a snapshot from the leader) that replaces the one before. */
  readonly snapshot?: boolean
}

/** Who leads the @metadata quorum as this node knows it: the active controller, later. */
export interface MetadataLeadership {
  /** null while no leader is known. */
  readonly leaderId: number | null
  /** The Raft term (Kafka's leader epoch of the quorum). */
  readonly epoch: number
}

/** An append on a node that does not lead the quorum: retry on `leaderId` (the controller's NOT_CONTROLLER). */
export class NotMetadataLeaderError extends Error {
  override name = 'NotMetadataLeaderError'
  readonly leaderId: number | null

  constructor (nodeId: number, leaderId: number | null) {
    super(`node ${nodeId} does not lead the @metadata quorum (leader: ${leaderId ?? 'none known'})`)
    this.leaderId = leaderId
  }
}

export interface MetadataSnapshot {
  /** The offset of the last entry the snapshot covers. */
  readonly offset: number
  readonly records: readonly MetadataRecord[]
}

/** What was committed before open; `appliedOffset` is the last entry applied then (empty ones included). */
export interface MetadataReplay {
  readonly snapshot: MetadataSnapshot | null
  readonly entries: readonly MetadataEntry[]
  /** Absent: endOffset() - 1 at open (a one-voter log has nothing uncommitted then). */
  readonly appliedOffset?: number
}

export interface MetadataLog {
  /** Appends `records` as one entry; resolves with its offset once it is committed. */
  append (records: readonly MetadataRecord[]): Promise<number>
  /** What was committed before this process started: the newest snapshot and the entries after it. */
  replay (): MetadataReplay
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
  /** Whether this node leads the quorum now (a one-voter log leads itself). */
  isLeader (): boolean
  /** The leader and epoch as this node knows them. */
  leader (): MetadataLeadership
  /** Told of each change of the leader or the epoch this node sees. */
  onLeaderChange (listener: (leadership: MetadataLeadership) => void): void
  /**
   * The epoch (Raft term) of the last entry applied: equal to leader().epoch on the leader once the
   * empty entry it appended at its election (and so every entry before it) has been applied, which
   * is when its image includes every entry of its own term (the controller's gate).
   */
  appliedEpoch (): number
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
  /** The voters and how to reach them; absent (or this node alone) for a one-voter log. */
  readonly quorum?: MetadataQuorumOptions
}

export interface MetadataQuorumOptions {
  /** meta.properties' cluster.id: peers of another cluster are refused by the transport. */
  readonly clusterId: string
  /** controller.quorum.voters, this node included. */
  readonly voters: ReadonlyMap<number, PeerAddress>
  /** This node's controller listener (port 0 picks one, for tests); its host is also the source address of outgoing connections. */
  readonly listen: PeerAddress
  readonly tickMs?: number
  readonly electionTicks?: number
  readonly heartbeatTicks?: number
  /** Entries kept behind a snapshot for followers a little behind (RaftNode's default when absent). */
  readonly compactKeepEntries?: number
  /**
   * True when the node's controller listener owns `listen` (it serves Kafka controller APIs on the
   * same port): the transport binds nothing and takes Raft streams by adoptRaftConnection().
   */
  readonly sharedListener?: boolean
}

/** The identity a quorum log was created with. */
const QUORUM_IDENTITY_FILE = 'quorum.properties'

/** Writes the identity at first open; refuses when the stored one disagrees (never overwrites it). */
function checkQuorumIdentity (dir: string, nodeId: number, quorum: MetadataQuorumOptions): void {
  const path = join(dir, QUORUM_IDENTITY_FILE)
  const voters = [...quorum.voters.keys()].sort((a, b) => a - b).join(',')
  if (!existsSync(path)) {
    writeFileSync(`${path}.tmp`, `cluster.id=${quorum.clusterId}\nnode.id=${nodeId}\nvoters=${voters}\n`)
    renameSync(`${path}.tmp`, path)
    return
  }
  const stored = new Map(readFileSync(path, 'utf8').split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]))
  const mismatch = (key: string, configured: string, code: string): void => {
    if (stored.get(key) === configured) return
    throw new MetadataLogRefusedError(code, `the @metadata log in ${dir} belongs to ${key} ${stored.get(key) ?? '(none)'}, but this node is configured with ${key} ${configured}; it does not join (nor overwrite the log)`)
  }
  mismatch('node.id', String(nodeId), 'RIVULET_ERR_METADATA_LOG_NODE_ID')
  mismatch('cluster.id', quorum.clusterId, 'RIVULET_ERR_METADATA_LOG_CLUSTER_ID')
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
  /** The term of the entry at lastOffset. */
  lastTerm = 0
  private target = 0
  private waiter: { resolve: () => void, reject: (err: Error) => void } | null = null
  /** Told after each batch of entries (or a snapshot) is applied: observers' long polls wait on it. */
  advanced: (() => void) | null = null

  apply (entries: readonly Entry[]): void {
    for (const e of entries) {
      assert(e.type === EntryType.Normal, `@metadata entry ${e.index} is a membership change; the voters are fixed by controller.quorum.voters`)
      this.lastOffset = e.index
      this.lastTerm = e.term
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
    this.advanced?.()
  }

  restore (snapshot: Snapshot): void {
    const data = snapshot.data
    const loaded = { offset: snapshot.metadata.index, records: decodeMetadataRecords(Buffer.from(data.buffer, data.byteOffset, data.byteLength)) }
    this.bytesSinceSnapshot = 0
    this.lastOffset = snapshot.metadata.index
    this.lastTerm = snapshot.metadata.term
    if (this.replaying) {
      this.snapshotLoaded = loaded
      this.entries = []
    } else {
      // From the leader, for a node too far behind: the image is replaced as a whole.
      this.listener?.({ ...loaded, snapshot: true })
    }
    this.advanced?.()
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

export class RaftMetadataLog implements MetadataLog, QuorumFetchSource {
  private readonly node: RaftNode
  private readonly machine: ReplayCollector
  private readonly loaded: MetadataReplay
  /** Bytes cut from a torn tail when the log was opened. */
  readonly truncatedBytes: number
  private leadership: MetadataLeadership
  private readonly leaderListeners: Array<(leadership: MetadataLeadership) => void> = []
  private stopWatch: (() => void) | null = null

  private readonly quorumSize: number
  /** The voters' reply times (null for a one-voter log: there are no other voters). */
  private readonly timed: TimedRaftNetwork | null
  private readonly observers = new ObserverProgress()
  /** Observers' long polls waiting for an entry to be committed past their fetch offset. */
  private commitWaiters: Array<{ offset: number, wake: () => void }> = []

  /** The Raft transport of a quorum log (null with one voter). */
  private readonly transport: RaftTransport | null

  private constructor (node: RaftNode, machine: ReplayCollector, truncatedBytes: number, tickMs: number, timed: TimedRaftNetwork | null, transport: RaftTransport | null) {
    this.node = node
    this.timed = timed
    this.transport = transport
    machine.advanced = () => this.wakeCommitWaiters()
    this.quorumSize = node.confState().voters.length
    this.machine = machine
    // A follower may hold entries past the commit point: what was applied, not the log's end.
    this.loaded = { snapshot: machine.snapshotLoaded, entries: machine.entries, appliedOffset: machine.lastOffset }
    this.truncatedBytes = truncatedBytes
    this.leadership = this.currentLeadership()
    // RaftNode has no leader event; its status is read once a tick (and on each commit), which is
    // as often as a leader can change.
    const timer = setInterval(() => this.watchLeadership(), tickMs)
    timer.unref()
    this.stopWatch = () => clearInterval(timer)
  }

  private currentLeadership (): MetadataLeadership {
    const status = this.node.status()
    return { leaderId: status.leader === NO_NODE ? null : status.leader, epoch: status.term }
  }

  private watchLeadership (): void {
    const now = this.currentLeadership()
    if (now.leaderId === this.leadership.leaderId && now.epoch === this.leadership.epoch) return
    this.leadership = now
    this.observers.clear()
    this.timed?.voters.clear()
    // An observer's long poll held here must learn at once that this node no longer leads.
    this.wakeCommitWaiters(true)
    for (const listener of this.leaderListeners) listener(now)
  }

  /** The leader and epoch as this node knows them. */
  leader (): MetadataLeadership {
    this.watchLeadership()
    return this.leadership
  }

  /** Told of each change of the leader or the epoch this node sees (within a tick). */
  onLeaderChange (listener: (leadership: MetadataLeadership) => void): void {
    this.leaderListeners.push(listener)
  }

  /** Whether this node leads the quorum now. */
  isLeader (): boolean {
    return this.node.status().role === StateRole.Leader
  }

  /**
   * Opens the log (recovering it), makes this node the leader of a one-voter quorum, and applies
   * every entry committed before; throws MetadataLogRefusedError when the log must not be used.
   */
  static async open (options: MetadataLogOptions): Promise<RaftMetadataLog> {
    refuseOldLayout(options.parentDir)
    const dir = join(options.parentDir, METADATA_LOG_DIR_NAME)
    const quorum = options.quorum === undefined || (options.quorum.voters.size === 1 && options.quorum.voters.has(options.nodeId)) ? null : options.quorum
    if (quorum !== null) assert(quorum.voters.has(options.nodeId), `node ${options.nodeId} is not one of the voters (node-settings refuses this configuration)`)
    let storage: FileRaftStorage
    try {
      storage = FileRaftStorage.open({
        dir,
        bootstrapConfState: { voters: quorum === null ? [options.nodeId] : [...quorum.voters.keys()].sort((a, b) => a - b), learners: [], votersOutgoing: [] },
        ...(options.segmentBytesMax === undefined ? {} : { segmentBytesMax: options.segmentBytesMax }),
        ...(options.io === undefined ? {} : { io: options.io })
      })
    } catch (err) {
      if (!(err instanceof RaftLogCorruptError)) throw err
      throw new MetadataLogRefusedError('RIVULET_ERR_METADATA_LOG_CORRUPT', `the @metadata log is damaged: ${err.message}. ` +
        'Only a torn tail after the last fsync may be cut; the node does not start (restore the directory from a backup)', { cause: err })
    }
    const voters = storage.initialState().confState.voters
    const configured = quorum === null ? [options.nodeId] : [...quorum.voters.keys()].sort((a, b) => a - b)
    if (voters.join(',') !== configured.join(',')) {
      storage.close()
      throw new MetadataLogRefusedError('RIVULET_ERR_METADATA_LOG_NODE_ID', `the @metadata log in ${dir} belongs to the quorum of voters [${voters.join(', ')}], but node.id is ${options.nodeId} and controller.quorum.voters names [${configured.join(', ')}]`)
    }
    if (quorum !== null) {
      try {
        checkQuorumIdentity(dir, options.nodeId, quorum)
      } catch (err) {
        storage.close()
        throw err
      }
    }
    const truncatedBytes = storage.truncatedBytes
    const machine = new ReplayCollector()
    let node: RaftNode | null = null
    let timed: TimedRaftNetwork | null = null
    let raftTransport: RaftTransport | null = null
    try {
      const transport = quorum === null
        ? null
        : new RaftTransport({
          nodeId: options.nodeId,
          clusterId: quorum.clusterId,
          listenHost: quorum.listen.host,
          listenPort: quorum.listen.port,
          peers: new Map([...quorum.voters].filter(([id]) => id !== options.nodeId)),
          sharedListener: quorum.sharedListener ?? false,
          logger: options.logger
        })
      raftTransport = transport
      const network = transport === null ? null : new TimedRaftNetwork(transport, Date.now, () => machine.lastOffset)
      timed = network
      node = await RaftNode.open({
        nodeId: options.nodeId,
        stateMachine: machine,
        logger: options.logger,
        // With one voter the log behind a snapshot is needed by no one; followers catch up from the
        // entries kept behind it, or by the snapshot when further behind.
        ...(quorum === null ? { compactKeepEntries: 0 } : quorum.compactKeepEntries === undefined ? {} : { compactKeepEntries: quorum.compactKeepEntries }),
        ...(quorum?.tickMs === undefined ? {} : { tickMs: quorum.tickMs }),
        ...(quorum?.electionTicks === undefined ? {} : { electionTicks: quorum.electionTicks }),
        ...(quorum?.heartbeatTicks === undefined ? {} : { heartbeatTicks: quorum.heartbeatTicks }),
        onFatal: (err) => machine.fail(err)
      }, storage, network)
      // A lone voter wins its election at once; its empty entry commits everything before it. A
      // member of a larger quorum applies what it knows committed and learns the rest from the leader.
      // A lone leader also waits for its own election entry, so it opens as the active controller.
      if (quorum === null) node.campaign()
      await machine.appliedTo(quorum === null ? node.status().lastIndex : node.status().commit)
    } catch (err) {
      await node?.close()
      // The controller listener could not be bound: not a replay failure.
      if (err instanceof Error && 'code' in err && err.code === 'EADDRINUSE') throw err
      // Intact records that do not decode: written by a newer version, or a bug; never skipped.
      throw new MetadataLogRefusedError('RIVULET_ERR_METADATA_LOG_UNREADABLE', `the @metadata log in ${dir} cannot be replayed: ${(err as Error).message}`, { cause: err })
    }
    machine.replaying = false
    return new RaftMetadataLog(node, machine, truncatedBytes, quorum?.tickMs ?? 100, timed, raftTransport)
  }

  replay (): MetadataReplay {
    return this.loaded
  }

  onApply (listener: (entry: MetadataEntry) => void): void {
    assert(this.machine.listener === null, 'the @metadata log has one apply listener (the publisher)')
    this.machine.listener = listener
  }

  endOffset (): number {
    return this.node.status().lastIndex + 1
  }

  appliedEpoch (): number {
    return this.machine.lastTerm
  }

  bytesSinceSnapshot (): number {
    return this.machine.bytesSinceSnapshot
  }

  async append (records: readonly MetadataRecord[]): Promise<number> {
    const body = encodeMetadataRecords(records)
    const data = new Uint8Array(body.buffer, body.byteOffset, body.byteLength)
    this.machine.proposed.set(data, records)
    try {
      return await this.node.propose(data)
    } catch (err) {
      if (err instanceof RaftProposalError && err.code === ProposalFailure.NotLeader) {
        throw new NotMetadataLeaderError(this.node.id, err.leaderId === NO_NODE ? null : err.leaderId)
      }
      throw err
    }
  }

  async snapshot (offset: number, records: readonly MetadataRecord[]): Promise<void> {
    const body = encodeMetadataRecords(records)
    await this.node.snapshot(offset, new Uint8Array(body.buffer, body.byteOffset, body.byteLength))
    this.machine.bytesSinceSnapshot = 0
  }

  /** Hands the transport a Raft stream the shared controller listener accepted (quorum.sharedListener). */
  adoptRaftConnection (socket: Socket): void {
    assert(this.transport !== null, 'a one-voter @metadata log takes no Raft connections')
    this.transport.adopt(socket)
  }

  /** This node's controller listener as bound (a one-voter log listens nowhere: null). */
  address (): PeerAddress | null {
    return this.quorumSize > 1 ? this.node.address() : null
  }

  async close (): Promise<void> {
    this.stopWatch?.()
    this.wakeCommitWaiters(true)
    await this.node.close()
  }

  // ---- serving observers (quorum-fetch.ts) and DescribeQuorum ----

  get nodeId (): number {
    return this.node.id
  }

  highWatermark (): number {
    return this.machine.lastOffset + 1
  }

  readCommitted (offset: number, maxBytes: number): readonly QuorumEntry[] | 'compacted' {
    const read = this.node.readApplied(offset, maxBytes)
    if (read === 'compacted') return read
    return read.map((e) => ({ offset: e.index, epoch: e.term, data: e.data }))
  }

  latestSnapshot (): { readonly id: QuorumSnapshotId, readonly data: Uint8Array } | null {
    const snapshot = this.node.latestSnapshot()
    if (snapshot.metadata.index === 0) return null
    return { id: { endOffset: snapshot.metadata.index + 1, epoch: snapshot.metadata.term }, data: snapshot.data }
  }

  async waitForCommitted (offset: number, timeoutMs: number): Promise<void> {
    if (this.highWatermark() > offset || timeoutMs <= 0) return
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.commitWaiters = this.commitWaiters.filter((w) => w !== waiter)
        resolve()
      }, timeoutMs)
      const waiter = { offset, wake: () => { clearTimeout(timer); resolve() } }
      this.commitWaiters.push(waiter)
    })
  }

  private wakeCommitWaiters (all = false): void {
    if (this.commitWaiters.length === 0) return
    const hw = this.highWatermark()
    const ready = this.commitWaiters.filter((w) => all || hw > w.offset)
    if (ready.length === 0) return
    this.commitWaiters = this.commitWaiters.filter((w) => !ready.includes(w))
    for (const w of ready) w.wake()
  }

  observerFetched (replicaId: number, fetchOffset: number, nowMs: number): void {
    // A voter does not fetch this way; a node that says it is one is listed among the voters only.
    if (this.node.confState().voters.includes(replicaId)) return
    this.observers.fetched(replicaId, fetchOffset, this.highWatermark(), nowMs)
  }

  /**
   * The quorum as its leader sees it (DescribeQuorum, /v1/cluster): null on a node that does not
   * lead. Voters' log end offsets are Raft's match index + 1; the leader's own is its log end.
   */
  describeQuorum (nowMs: number = Date.now()): QuorumDescription | null {
    if (!this.isLeader()) return null
    const status = this.node.status()
    const progress = this.node.progress()
    const voters: QuorumReplicaState[] = this.node.confState().voters.map((id) => {
      if (id === this.node.id) return { replicaId: id, logEndOffset: status.lastIndex + 1, lastFetchTimestamp: nowMs, lastCaughtUpTimestamp: nowMs }
      const seen = this.timed?.voters.get(id)
      return { replicaId: id, logEndOffset: (progress.get(id)?.match ?? 0) + 1, lastFetchTimestamp: seen?.fetchMs ?? -1, lastCaughtUpTimestamp: seen?.caughtUpMs ?? -1 }
    })
    return { leaderId: this.node.id, leaderEpoch: status.term, highWatermark: this.highWatermark(), voters, observers: this.observers.list(nowMs) }
  }
}
