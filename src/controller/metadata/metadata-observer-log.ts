// The @metadata log of a broker-only node: an observer of the quorum (KRaft's term), which follows the
// committed log without voting. It is not a Raft member: it long-polls the leader with Fetch on
// `__cluster_metadata` (quorum-fetch.ts) for the committed entries after its offset, applies them in
// order, and reads the leader's snapshot with FetchSnapshot when it is behind the leader's log start.
// The leader answers committed entries only, so an observer never holds an entry that could be
// replaced, never acknowledges anything and never counts toward a commit (the leader's voter set is
// controller.quorum.voters, fixed); an append here fails with NotMetadataLeaderError naming the leader.
//
// Why pull and not a Raft learner: a learner receives the leader's uncommitted entries and must keep a
// Raft log that can be truncated; the voters would have to add it by a membership change through the
// log, and the leader would push to every broker. Pulling committed entries keeps the Raft core and
// the voter set as they are, is how KRaft observers work, and lets the leader learn each observer's
// progress from its fetches (DescribeQuorum) at no extra cost.
//
// No durable copy: at start the observer fetches the leader's newest snapshot and the entries after it
// (open() returns once it has reached the leader's high watermark), so a restart costs one image
// transfer (the image is small: topics, brokers, configs, groups) and there is no second copy of the
// log on disk to keep consistent with the quorum's, nor its own damage cases.
//
// The leader is found as the responses tell it (CurrentLeader); while none is known the voters are
// asked in turn, backing off after each round that failed.
import type { Logger } from 'pino'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import type { FetchRequest, FetchResponse } from '../../protocol/generated/messages/fetch.ts'
import type { FetchSnapshotRequest, FetchSnapshotResponse } from '../../protocol/generated/messages/fetch-snapshot.ts'
import { decodeMetadataRecords, type MetadataRecord } from './metadata-record.ts'
import { NotMetadataLeaderError, type MetadataEntry, type MetadataLeadership, type MetadataLog, type MetadataReplay, type MetadataSnapshot } from './metadata-log.ts'
import { METADATA_PARTITION, METADATA_TOPIC_NAME, recordsToEntries } from './quorum-fetch.ts'

/**
 * How the observer reaches a voter's controller listener with a Kafka request (the broker→controller
 * client, src/network/kafka-client.ts, in the node); rejects on connection loss or timeout.
 */
export interface QuorumClient {
  fetch (voterId: number, request: FetchRequest): Promise<FetchResponse>
  fetchSnapshot (voterId: number, request: FetchSnapshotRequest): Promise<FetchSnapshotResponse>
}

export interface MetadataObserverOptions {
  readonly nodeId: number
  readonly clusterId: string
  /** controller.quorum.voters' ids (this node is not one of them). */
  readonly voters: readonly number[]
  readonly client: QuorumClient
  readonly logger: Logger
  /** How long the leader may hold a fetch when nothing new is committed. */
  readonly fetchWaitMs?: number
  /** Bytes of entries (and of snapshot) per response, at most. */
  readonly fetchBytesMax?: number
  /** Pause after a round of voters that all failed. */
  readonly retryBackoffMs?: number
  /** open() gives up when it has not reached the leader's high watermark within this time. */
  readonly catchUpTimeoutMs?: number
}

export const OBSERVER_DEFAULTS = {
  fetchWaitMs: 500,
  fetchBytesMax: 8 * 1024 * 1024,
  retryBackoffMs: 100,
  catchUpTimeoutMs: 60_000
} as const

/** What one fetch brought: entries and/or a snapshot, and the leader's high watermark. */
interface Fetched {
  readonly snapshot: MetadataSnapshot | null
  readonly entries: MetadataEntry[]
  readonly highWatermark: number
}

export class MetadataObserverLog implements MetadataLog {
  private readonly options: MetadataObserverOptions
  private readonly log: Logger
  private readonly fetchWaitMs: number
  private readonly fetchBytesMax: number
  private readonly retryBackoffMs: number
  /** The next offset to fetch: one past the last entry applied (or the snapshot's end). */
  private fetchOffset = 1
  private leadership: MetadataLeadership = { leaderId: null, epoch: 0 }
  private readonly leaderListeners: Array<(leadership: MetadataLeadership) => void> = []
  private listener: ((entry: MetadataEntry) => void) | null = null
  private loaded: MetadataReplay = { snapshot: null, entries: [], appliedOffset: 0 }
  private bytesSince = 0
  /** Voter asked next while no leader is known. */
  private nextVoter = 0
  private closed = false
  private loop: Promise<void> | null = null
  private wakeSleep: (() => void) | null = null
  /** Snapshots of the leader loaded (at start or when cut off past its log start): diagnostics, tests. */
  snapshotsLoaded = 0

  private constructor (options: MetadataObserverOptions) {
    this.options = options
    this.log = options.logger.child({ module: 'metadata-observer', nodeId: options.nodeId })
    this.fetchWaitMs = options.fetchWaitMs ?? OBSERVER_DEFAULTS.fetchWaitMs
    this.fetchBytesMax = options.fetchBytesMax ?? OBSERVER_DEFAULTS.fetchBytesMax
    this.retryBackoffMs = options.retryBackoffMs ?? OBSERVER_DEFAULTS.retryBackoffMs
  }

  /**
   * Fetches the committed log from the quorum until it has reached the leader's high watermark (the
   * replay), then follows it once the publisher listens (onApply).
   */
  static async open (options: MetadataObserverOptions): Promise<MetadataObserverLog> {
    if (options.voters.includes(options.nodeId)) throw new Error(`node ${options.nodeId} is a voter; an observer is a node outside controller.quorum.voters`)
    if (options.voters.length === 0) throw new Error('an observer needs controller.quorum.voters')
    const observer = new MetadataObserverLog(options)
    await observer.catchUp(options.catchUpTimeoutMs ?? OBSERVER_DEFAULTS.catchUpTimeoutMs)
    return observer
  }

  private async catchUp (timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs
    let snapshot: MetadataSnapshot | null = null
    let entries: MetadataEntry[] = []
    for (;;) {
      if (this.closed) throw new Error('the observer closed while catching up')
      const fetched = await this.fetchOnce(0)
      if (fetched !== null) {
        if (fetched.snapshot !== null) {
          snapshot = fetched.snapshot
          entries = []
        }
        entries.push(...fetched.entries)
        if (this.fetchOffset >= fetched.highWatermark) break
      } else {
        if (Date.now() > deadline) {
          throw new Error(`RIVULET_ERR_METADATA_OBSERVER: no leader of the @metadata quorum answered within ${timeoutMs} ms (voters ${this.options.voters.join(', ')}); a broker-only node needs the quorum to start`)
        }
      }
    }
    this.loaded = { snapshot, entries, appliedOffset: this.fetchOffset - 1 }
    this.log.info({ offset: this.fetchOffset - 1, leader: this.leadership.leaderId, snapshot: snapshot?.offset ?? null, entries: entries.length }, 'caught up with the @metadata quorum')
  }

  /**
   * One fetch from the leader (or the next voter while none is known); null when it failed (after the
   * backoff, when a whole round of voters failed). Moves fetchOffset past what it returns.
   */
  private async fetchOnce (waitMs: number): Promise<Fetched | null> {
    const target = this.leadership.leaderId ?? this.options.voters[this.nextVoter++ % this.options.voters.length]!
    let response: FetchResponse
    try {
      response = await this.options.client.fetch(target, this.fetchRequest(waitMs))
    } catch (err) {
      this.log.debug({ err, voter: target }, 'fetch from the quorum failed')
      if (this.leadership.leaderId === target) this.setLeadership({ leaderId: null, epoch: this.leadership.epoch })
      await this.backoffAfterRound()
      return null
    }
    const partition = response.responses.find((t) => t.topic === METADATA_TOPIC_NAME)?.partitions.find((p) => p.partitionIndex === METADATA_PARTITION)
    if (partition === undefined) {
      this.log.warn({ voter: target, errorCode: response.errorCode }, 'a voter answered a quorum fetch without __cluster_metadata')
      await this.backoffAfterRound()
      return null
    }
    const leader = partition.currentLeader
    if (leader.leaderId >= 0 && leader.leaderEpoch >= this.leadership.epoch) this.setLeadership({ leaderId: leader.leaderId, epoch: leader.leaderEpoch })
    if (partition.errorCode !== ErrorCode.NONE) {
      // NOT_LEADER_OR_FOLLOWER: the answer named the leader when it knew one; else ask the next voter.
      if (partition.errorCode !== ErrorCode.NOT_LEADER_OR_FOLLOWER) this.log.warn({ voter: target, errorCode: partition.errorCode }, 'the quorum refused a fetch')
      if (this.leadership.leaderId === target || leader.leaderId < 0) {
        this.setLeadership({ leaderId: null, epoch: this.leadership.epoch })
        await this.backoffAfterRound()
      }
      return null
    }
    let snapshot: MetadataSnapshot | null = null
    if (partition.snapshotId.endOffset >= 0n) {
      snapshot = await this.fetchSnapshot(target, partition.snapshotId.endOffset, partition.snapshotId.epoch)
      if (snapshot === null) return null
      this.fetchOffset = snapshot.offset + 1
    }
    const entries: MetadataEntry[] = []
    for (const e of recordsToEntries(partition.records)) {
      if (e.offset < this.fetchOffset) continue
      if (e.offset !== this.fetchOffset) throw new Error(`@metadata entry ${e.offset} from node ${target} does not follow ${this.fetchOffset - 1}`)
      this.bytesSince += e.data.byteLength
      entries.push({ offset: e.offset, records: e.data.byteLength === 0 ? [] : decodeMetadataRecords(Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength)) })
      this.fetchOffset = e.offset + 1
    }
    return { snapshot, entries, highWatermark: Number(partition.highWatermark) }
  }

  private fetchRequest (waitMs: number): FetchRequest {
    return {
      clusterId: this.options.clusterId,
      replicaId: this.options.nodeId,
      replicaState: { replicaId: -1, replicaEpoch: -1n },
      maxWaitMs: waitMs,
      minBytes: 1,
      maxBytes: this.fetchBytesMax,
      isolationLevel: 0,
      sessionId: 0,
      sessionEpoch: -1,
      topics: [{
        topic: METADATA_TOPIC_NAME,
        topicId: '',
        partitions: [{ partition: METADATA_PARTITION, currentLeaderEpoch: this.leadership.epoch, fetchOffset: BigInt(this.fetchOffset), lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: this.fetchBytesMax }]
      }],
      forgottenTopicsData: [],
      rackId: ''
    }
  }

  /** Reads the whole snapshot by position; null when it is gone or the leader moved (the caller fetches again). */
  private async fetchSnapshot (target: number, endOffset: bigint, epoch: number): Promise<MetadataSnapshot | null> {
    const chunks: Buffer[] = []
    let position = 0n
    for (;;) {
      let response: FetchSnapshotResponse
      try {
        response = await this.options.client.fetchSnapshot(target, {
          clusterId: this.options.clusterId,
          replicaId: this.options.nodeId,
          maxBytes: this.fetchBytesMax,
          topics: [{ name: METADATA_TOPIC_NAME, partitions: [{ partition: METADATA_PARTITION, currentLeaderEpoch: this.leadership.epoch, snapshotId: { endOffset, epoch }, position }] }]
        })
      } catch (err) {
        this.log.debug({ err, voter: target }, 'snapshot fetch failed')
        await this.backoffAfterRound()
        return null
      }
      const p = response.topics.find((t) => t.name === METADATA_TOPIC_NAME)?.partitions.find((x) => x.index === METADATA_PARTITION)
      if (p === undefined || p.errorCode !== ErrorCode.NONE || p.position !== position) {
        this.log.info({ voter: target, errorCode: p?.errorCode ?? null }, 'snapshot fetch refused; fetching again')
        await this.backoffAfterRound() // a voter that keeps refusing is not asked in a tight loop
        return null
      }
      chunks.push(p.unalignedRecords)
      position += BigInt(p.unalignedRecords.length)
      if (position >= p.size) break
      if (p.unalignedRecords.length === 0) {
        await this.backoffAfterRound()
        return null
      }
    }
    const records: MetadataRecord[] = decodeMetadataRecords(Buffer.concat(chunks))
    this.bytesSince = 0
    this.snapshotsLoaded++
    this.log.info({ offset: Number(endOffset) - 1, records: records.length }, 'loaded the @metadata snapshot of the leader')
    return { offset: Number(endOffset) - 1, records }
  }

  /** Waits the backoff once every voter has been tried since the last wait (a leader that failed counts as a round). */
  private async backoffAfterRound (): Promise<void> {
    if (this.leadership.leaderId === null && this.nextVoter % this.options.voters.length !== 0) return
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => { this.wakeSleep = null; resolve() }, this.retryBackoffMs)
      this.wakeSleep = () => { clearTimeout(timer); this.wakeSleep = null; resolve() }
    })
  }

  private setLeadership (next: MetadataLeadership): void {
    if (next.leaderId === this.leadership.leaderId && next.epoch === this.leadership.epoch) return
    this.leadership = next
    this.log.info({ leaderId: next.leaderId, epoch: next.epoch }, 'the @metadata leader changed')
    for (const listener of this.leaderListeners) listener(next)
  }

  private async follow (): Promise<void> {
    while (!this.closed) {
      let fetched: Fetched | null
      try {
        fetched = await this.fetchOnce(this.fetchWaitMs)
      } catch (err) {
        // A batch that is not what a voter serves: never applied, never skipped; asked again after a pause.
        this.log.error({ err }, 'a fetched @metadata response could not be applied; fetching it again')
        await this.backoffAfterRound()
        continue
      }
      if (fetched === null || this.closed) continue
      if (fetched.snapshot !== null) this.listener?.({ ...fetched.snapshot, snapshot: true })
      for (const entry of fetched.entries) this.listener?.(entry)
    }
  }

  // ---- MetadataLog ----

  replay (): MetadataReplay {
    return this.loaded
  }

  onApply (listener: (entry: MetadataEntry) => void): void {
    if (this.listener !== null) throw new Error('the @metadata log has one apply listener (the publisher)')
    this.listener = listener
    this.loop = this.follow()
  }

  /** An observer never appends: the controller is on a voter (Kafka's NOT_CONTROLLER there). */
  async append (_records: readonly MetadataRecord[]): Promise<number> {
    throw new NotMetadataLeaderError(this.options.nodeId, this.leadership.leaderId)
  }

  endOffset (): number {
    return this.fetchOffset
  }

  bytesSinceSnapshot (): number {
    return this.bytesSince
  }

  /** Nothing is stored here (see the header): the publisher's snapshot only resets the count. */
  async snapshot (_offset: number, _records: readonly MetadataRecord[]): Promise<void> {
    this.bytesSince = 0
  }

  /** The leader as the last response named it. */
  leader (): MetadataLeadership {
    return this.leadership
  }

  onLeaderChange (listener: (leadership: MetadataLeadership) => void): void {
    this.leaderListeners.push(listener)
  }

  /** An observer never leads. */
  isLeader (): boolean {
    return false
  }

  /** Never a leader's epoch: an observer's controller is never active (the gate needs isLeader() too). */
  appliedEpoch (): number {
    return -1
  }

  /** Only the leader describes the quorum (DescribeQuorum is forwarded to it). */
  describeQuorum (_nowMs?: number): null {
    return null
  }

  async close (): Promise<void> {
    this.closed = true
    this.wakeSleep?.()
    await this.loop
  }
}
