// The active controller: the only writer of the @metadata log. Each command computes its records
// from the published image without changing anything, proposes them to the log, and answers once the
// MetadataPublisher has applied that entry (the image it reads after includes it); a proposal that
// fails leaves nothing to roll back. Commands run one at a time, so each sees its predecessors.
//
// Only the active controller decides: this node must lead the @metadata quorum and have applied an
// entry of its own term (the empty entry Raft appends at election, so every entry committed before
// it too): no decision is made from a stale image after an election. Anywhere else every command
// rejects with NotControllerError (Kafka's NOT_CONTROLLER, naming the leader this node knows). When
// leadership is lost, every command queued or waiting for its commit rejects at once (its outcome
// is unknown: the client retries on the new controller, as Kafka's clients do). The broker sessions
// (BrokerSessions) live here in memory and restart whenever this node becomes active. The node calls
// tick(nowMs) periodically; the controller has no timer of its own.
import { randomBytes } from 'node:crypto'
import { MetadataRecordType as T } from '../../protocol/generated/metadata-records/index.ts'
import { offsetKey, type MetadataImage } from '../metadata/metadata-image.ts'
import { record, type MetadataRecord } from '../metadata/metadata-record.ts'
import { MetadataPublisher, type ImageListener } from '../metadata/metadata-publisher.ts'
import { decideOffsetCommits, type OffsetCommitEntry } from '../group/offset-commits.ts'
import { offsetRemovalRecord } from '../group/offset-expiry.ts'
import { NotMetadataLeaderError, type MetadataLeadership, type MetadataLog } from '../metadata/metadata-log.ts'
import { NotControllerError, type BrokerHeartbeatReply, type BrokerHeartbeatRequest, type BrokerRegistrationReply, type BrokerRegistrationRequest } from './controller-api.ts'
import { BrokerSessions, brokerHeartbeat, expiredBrokers, fenceBrokers, registerBroker } from './broker-control.ts'
import { electLeaders, rebalanceLeaders, uncleanElections, type ElectionTarget, type ElectionTopicResult } from './leader-election.ts'
import { alterBrokerConfigs, type BrokerConfigContext } from './config-control.ts'
import { alterPartition, type AlterPartitionRequest, type AlterPartitionResponse } from './isr-control.ts'
import { AlterPartitionRequestVersions } from '../../protocol/generated/messages/alter-partition.ts'
import { alterReassignments, completeReassignments, listReassignments, type OngoingTopicReassignment, type ReassignmentQuery, type ReassignmentTopic, type ReassignmentTopicResult } from './reassignment.ts'
import { alterTopicConfigs, createPartitions, createTopics, deleteTopics, type ConfigChange, type ConfigResult, type DeleteResult, type DeleteTarget, type NewTopic, type PartitionGrowth, type TopicDefaults, type TopicResult } from './topic-control.ts'

/** Bound on group writes (commit requests, generations) waiting for the next log entry. */
export const GROUP_WRITES_PENDING_MAX = 10_000
/** Bound on records in one log entry of group writes; the rest go into the next entry. */
const GROUP_WRITE_RECORDS_MAX = 50_000

/** Group writes are refused while GROUP_WRITES_PENDING_MAX of them wait (the coordinator is overloaded). */
export class GroupWritesFullError extends Error {
  constructor () {
    super(`more than ${GROUP_WRITES_PENDING_MAX} group writes are waiting for the @metadata log`)
    this.name = 'GroupWritesFullError'
  }
}

interface GroupWrite {
  readonly decide: (image: MetadataImage, nowMs: number) => MetadataRecord[]
  readonly resolve: () => void
  readonly reject: (err: unknown) => void
}

export type { ImageListener }
export { NotControllerError }

/** What the active controller is configured with, beyond the topic defaults (Kafka's names in comments). */
export interface ControllerOptions {
  /**
   * This node's id (node.id): its own broker's registration from before this controller became active
   * is a previous process of this node, never a live duplicate (a combined node killed and restarted
   * registers at once instead of waiting out the old session).
   */
  readonly nodeId?: number
  /** meta.properties' cluster.id: registrations of another cluster get INCONSISTENT_CLUSTER_ID (absent: not checked). */
  readonly clusterId?: string
  /** broker.session.timeout.ms (9000). */
  readonly sessionTimeoutMs?: number
  /** auto.leader.rebalance.enable (true). */
  readonly autoLeaderRebalanceEnable?: boolean
  /** leader.imbalance.check.interval.seconds, in ms (300 s). */
  readonly leaderImbalanceCheckIntervalMs?: number
  /** leader.imbalance.per.broker.percentage (10). */
  readonly leaderImbalancePerBrokerPercentage?: number
  /** unclean.leader.election.enable, the broker default (false); a topic's override wins. */
  readonly uncleanLeaderElectionEnable?: boolean
  /**
   * RIVULET_TEST_BUG=unclean-election (src/util/test-bugs.ts; the chaos checker's own tests only):
   * elections prefer a live replica outside the ISR (broker-control.ts, leader-election.ts). False by default.
   */
  readonly electOutsideIsr?: boolean
}

/** What tick() did: brokers fenced (sessions expired) and records written. */
export interface TickOutcome {
  readonly fenced: readonly number[]
  readonly records: number
}

/** A command of the active controller, from its arrival until it settles. */
interface InFlight {
  readonly reject: (err: Error) => void
}

export interface BrokerRegistration {
  readonly nodeId: number
  readonly endpoints: ReadonlyArray<{ readonly name: string, readonly host: string, readonly port: number }>
  readonly rack: string | null
}

/** A random Kafka uuid (base64url, 22 characters), never the all-zero one. */
export function randomUuid (): string {
  let id = randomBytes(16).toString('base64url')
  while (id === 'AAAAAAAAAAAAAAAAAAAAAA') id = randomBytes(16).toString('base64url')
  return id
}

export class QuorumController {
  private readonly log: MetadataLog
  private readonly defaults: TopicDefaults
  /** Where committed entries become the image; the controller only reads it. */
  readonly publisher: MetadataPublisher
  private queue: Promise<unknown> = Promise.resolve()
  private groupWrites: GroupWrite[] = []
  private groupFlushQueued = false
  /** Group writes in the entry being committed: they fail at once when leadership is lost. */
  private groupWritesTaken: GroupWrite[] = []
  private readonly clusterId: string | null
  private readonly nodeId: number | null
  /** The offset applied when this controller last became active. */
  private activatedAt = -1
  private readonly sessions: BrokerSessions
  private readonly rebalanceEnable: boolean
  private readonly rebalanceIntervalMs: number
  private readonly imbalancePercentage: number
  private readonly uncleanDefault: boolean
  /** The test bug unclean-election (ControllerOptions.electOutsideIsr), handed to every election. */
  private readonly electOutsideIsr: boolean
  /** The quorum epoch this controller is active in; null while it is not. */
  private activeEpoch: number | null = null
  private nextRebalanceMs = 0
  /** A tick is queued or running: the next one is skipped, so that ticks never pile up behind a stalled commit. */
  private tickPending = false
  /** The image the last unclean-election scan found nothing to do in; images are replaced on every apply. */
  private uncleanScanned: MetadataImage | null = null
  /** The image the last reassignment-completion scan found nothing to complete in. */
  private reassignmentsScanned: MetadataImage | null = null
  private readonly inFlight = new Set<InFlight>()
  /** Commands waiting for this leader's election entry, woken by a leadership change. */
  private leadershipWaiters: Array<() => void> = []
  /** The incarnation of this node's own broker when it registers through registerLocalBroker. */
  private readonly localIncarnation = randomUuid()

  constructor (log: MetadataLog, publisher: MetadataPublisher, defaults: TopicDefaults, options: ControllerOptions = {}) {
    this.log = log
    this.publisher = publisher
    this.defaults = defaults
    this.clusterId = options.clusterId ?? null
    this.nodeId = options.nodeId ?? null
    this.sessions = new BrokerSessions(options.sessionTimeoutMs ?? 9000)
    this.rebalanceEnable = options.autoLeaderRebalanceEnable ?? true
    this.rebalanceIntervalMs = options.leaderImbalanceCheckIntervalMs ?? 300_000
    this.imbalancePercentage = options.leaderImbalancePerBrokerPercentage ?? 10
    this.uncleanDefault = options.uncleanLeaderElectionEnable ?? false
    this.electOutsideIsr = options.electOutsideIsr ?? false
    log.onLeaderChange((leadership) => this.leadershipChanged(leadership))
  }

  /**
   * A controller over a log and a publisher of its own (snapshots past `snapshotBytes`,
   * metadata.log.max.record.bytes.between.snapshots); close() closes both.
   */
  static replay (log: MetadataLog, defaults: TopicDefaults, snapshotBytes: number, options: ControllerOptions = {}): QuorumController {
    return new QuorumController(log, MetadataPublisher.open(log, snapshotBytes), defaults, options)
  }

  /** The published image, which every decision reads. */
  private get current (): MetadataImage {
    return this.publisher.image()
  }

  image (): MetadataImage {
    return this.publisher.image()
  }

  /** Subscribes to the publisher (the group coordinator's GroupStore asks it here). */
  onImage (listener: ImageListener): void {
    this.publisher.subscribe(listener)
  }

  /** Whether this node is the active controller now (leads the quorum, its term's entry applied). */
  isActive (): boolean {
    return this.log.isLeader() && this.log.appliedEpoch() === this.log.leader().epoch
  }

  private notController (leaderId = this.log.leader().leaderId): NotControllerError {
    return new NotControllerError(`this node is not the active controller (the @metadata quorum's leader is ${leaderId ?? 'not known'})`, leaderId)
  }

  /**
   * Throws NotControllerError unless this node is the active controller. A leader whose election entry
   * is still on its way waits for it (it commits in one round trip, or leadership is lost and the
   * command is rejected by leadershipChanged). On becoming active, every broker session restarts.
   */
  private async gate (nowMs: number): Promise<void> {
    if (!this.log.isLeader()) throw this.notController()
    if (this.log.appliedEpoch() !== this.log.leader().epoch) {
      // Not waiting past a leadership change: entries of a lost term may never be applied.
      const changed = new Promise<void>((resolve) => this.leadershipWaiters.push(resolve))
      await Promise.race([this.publisher.appliedTo(this.log.endOffset() - 1), changed])
    }
    if (!this.isActive()) throw this.notController()
    const epoch = this.log.leader().epoch
    if (this.activeEpoch === epoch) return
    this.activeEpoch = epoch
    this.activatedAt = this.publisher.appliedOffset()
    this.sessions.restart(this.current.brokers.keys(), nowMs)
    this.nextRebalanceMs = nowMs + this.rebalanceIntervalMs
  }

  /** Another leader, or another epoch: whatever this controller had in hand fails now. */
  private leadershipChanged (leadership: MetadataLeadership): void {
    const waiters = this.leadershipWaiters
    this.leadershipWaiters = []
    for (const wake of waiters) wake()
    // Still leading the epoch it decided in, or it had decided nothing yet (commands waiting for the
    // first activation re-check it): nothing to fail.
    if (this.log.isLeader() && (this.activeEpoch === null || this.activeEpoch === leadership.epoch)) return
    this.activeEpoch = null
    const err = this.notController(leadership.leaderId)
    for (const command of [...this.inFlight]) command.reject(err)
    this.inFlight.clear()
    const writes = [...this.groupWritesTaken, ...this.groupWrites]
    this.groupWrites = []
    this.groupWritesTaken = []
    for (const write of writes) write.reject(err)
  }

  /**
   * Runs commands one at a time, in arrival order, each only on the active controller. A command
   * rejects at once when leadership is lost, even while an earlier one or its own append is pending.
   */
  private serialize<R> (command: () => Promise<R>, nowMs: number = Date.now()): Promise<R> {
    const gated = async (): Promise<R> => {
      await this.gate(nowMs)
      return await command()
    }
    const run = this.queue.then(gated, gated)
    this.queue = run.catch(() => undefined)
    return new Promise<R>((resolve, reject) => {
      const entry: InFlight = { reject }
      this.inFlight.add(entry)
      run.then((value) => {
        this.inFlight.delete(entry)
        resolve(value)
      }, (err: unknown) => {
        this.inFlight.delete(entry)
        reject(this.asControllerError(err))
      })
    })
  }

  /** An append refused because this node no longer leads: Kafka's NOT_CONTROLLER. */
  private asControllerError (err: unknown): unknown {
    if (err instanceof NotMetadataLeaderError) return this.notController(err.leaderId)
    if (!(err instanceof NotControllerError) && err instanceof Error && !this.log.isLeader()) {
      const mapped = this.notController()
      mapped.cause = err
      return mapped
    }
    return err
  }

  /** Proposes records; resolves once the publisher has applied them (and told its subscribers). */
  private async commit (records: readonly MetadataRecord[]): Promise<void> {
    if (records.length === 0) return
    const offset = await this.log.append(records)
    await this.publisher.appliedTo(offset)
  }

  /** BrokerRegistration (key 62): a new incarnation of a broker, registered fenced; its epoch is the record's offset. */
  async registerBroker (req: BrokerRegistrationRequest, nowMs: number): Promise<BrokerRegistrationReply> {
    return await this.serialize(async () => {
      const image = this.current
      const { records, reply } = registerBroker(image, req, {
        clusterId: this.clusterId ?? req.clusterId,
        nextOffset: this.log.endOffset(),
        // As Kafka's BrokerHeartbeatManager.hasValidSession: a fenced broker holds no session.
        sessionAlive: (id) => image.brokers.get(id)?.fenced === false && this.sessions.alive(id, nowMs) && !this.ownPredecessor(id, image)
      })
      await this.commit(records)
      if (reply.errorCode === 0) this.sessions.touch(req.brokerId, nowMs)
      return reply
    }, nowMs)
  }

  /**
   * This node's own broker registered before this controller became active: the process that holds
   * this node's @metadata log now is this one, so that incarnation is gone (a duplicate node.id is
   * still refused the other way: its next heartbeat is stale and its re-registration a duplicate).
   */
  private ownPredecessor (brokerId: number, image: MetadataImage): boolean {
    const existing = image.brokers.get(brokerId)
    return brokerId === this.nodeId && existing !== undefined && existing.epoch <= BigInt(this.activatedAt)
  }

  /** BrokerHeartbeat (key 63): renews the session; unfences, shuts down or fences as broker-control decides. */
  async brokerHeartbeat (req: BrokerHeartbeatRequest, nowMs: number): Promise<BrokerHeartbeatReply> {
    return await this.serialize(async () => {
      const { records, reply } = brokerHeartbeat(this.current, req, this.electOutsideIsr)
      if (reply.errorCode === 0) this.sessions.touch(req.brokerId, nowMs)
      await this.commit(records)
      return reply
    }, nowMs)
  }

  /**
   * Registers this node's own broker and unfences it at once (it has applied its registration: same
   * process, same image): the single combined node of `npm start`, which has no heartbeat loop to wait for.
   */
  async registerLocalBroker (registration: BrokerRegistration, nowMs: number = Date.now()): Promise<bigint> {
    const reply = await this.registerBroker({
      brokerId: registration.nodeId, clusterId: this.clusterId ?? '', incarnationId: this.localIncarnation,
      listeners: registration.endpoints.map((e) => ({ name: e.name, host: e.host, port: e.port, securityProtocol: 0 })),
      features: [], rack: registration.rack, isMigratingZkBroker: false, logDirs: [],
      // This node's own log holds its previous registration: it is its successor.
      previousBrokerEpoch: this.current.brokers.get(registration.nodeId)?.epoch ?? -1n
    }, nowMs)
    if (reply.errorCode !== 0) throw new Error(`registering broker ${registration.nodeId} failed with error code ${reply.errorCode}`)
    const beat = await this.brokerHeartbeat({
      brokerId: registration.nodeId, brokerEpoch: reply.brokerEpoch, currentMetadataOffset: BigInt(this.publisher.appliedOffset()), wantFence: false, wantShutDown: false, offlineLogDirs: []
    }, nowMs)
    if (beat.errorCode !== 0 || beat.isFenced) throw new Error(`unfencing broker ${registration.nodeId} failed (error code ${beat.errorCode})`)
    return reply.brokerEpoch
  }

  /** ElectLeaders (key 43): PREFERRED or UNCLEAN, for the listed partitions or all (null). */
  async electLeaders (electionType: number, partitions: readonly ElectionTarget[] | null, nowMs: number = Date.now()): Promise<ElectionTopicResult[]> {
    return await this.serialize(async () => {
      const { records, results } = electLeaders(this.current, electionType, partitions, this.electOutsideIsr)
      await this.commit(records)
      return results
    }, nowMs)
  }

  /**
   * AlterPartition (key 56): a leader's ISR proposal, committed (an ISR-only PartitionChangeRecord) or
   * refused as isr-control.ts decides; answers once the change is applied. `version`: the request's
   * (v0-v1 name topics, v0-v2 carry no broker epochs); a broker's own channel speaks the newest.
   */
  async alterPartition (request: AlterPartitionRequest, nowMs: number = Date.now(), version: number = AlterPartitionRequestVersions.max): Promise<AlterPartitionResponse> {
    return await this.serialize(async () => {
      const { records, response } = alterPartition(this.current, request, version)
      await this.commit(records)
      return response
    }, nowMs)
  }

  /**
   * AlterPartitionReassignments (key 45): starts, replaces or cancels (null replicas) reassignments;
   * the records of the request are committed together. Completion is the tick's.
   */
  async alterPartitionReassignments (topics: readonly ReassignmentTopic[], nowMs: number = Date.now()): Promise<ReassignmentTopicResult[]> {
    return await this.serialize(async () => {
      const image = this.current
      const { records, results } = alterReassignments(image, topics, {
        uncleanEnabled: (topic) => this.uncleanEnabled(image, topic),
        nodePartitionsMax: this.defaults.nodePartitionsMax
      })
      await this.commit(records)
      return results
    }, nowMs)
  }

  /** ListPartitionReassignments (key 46): the reassignments in progress, of all partitions (null) or the listed ones. */
  async listPartitionReassignments (topics: readonly ReassignmentQuery[] | null, nowMs: number = Date.now()): Promise<OngoingTopicReassignment[]> {
    return await this.serialize(async () => listReassignments(this.current, topics), nowMs)
  }

  /**
   * The controller's periodic work, called by the node (every ~250 ms): fences brokers whose session
   * expired (their leaderships move), makes unclean elections where unclean.leader.election.enable
   * allows, completes reassignments whose target replicas are all in the ISR, and every leader.imbalance.check.interval.seconds rebalances leaders. A no-op on a node
   * that is not the active controller.
   */
  async tick (nowMs: number): Promise<TickOutcome> {
    if (!this.log.isLeader() || this.tickPending) return { fenced: [], records: 0 }
    this.tickPending = true
    try {
      return await this.serialize(async () => {
        const image = this.current
        const fenced = expiredBrokers(image, this.sessions, nowMs)
        let records = fenceBrokers(image, fenced, this.electOutsideIsr)
        // Every partition is scanned, so only when the image changed since a scan that found nothing.
        if (records.length === 0 && image !== this.uncleanScanned) {
          records = uncleanElections(image, (topic) => this.uncleanEnabled(image, topic), this.electOutsideIsr)
          if (records.length === 0) this.uncleanScanned = image
        }
        // A reassignment completes once its target replicas are all in the ISR (AlterPartition put them there).
        if (records.length === 0 && image !== this.reassignmentsScanned) {
          records = completeReassignments(image)
          if (records.length === 0) this.reassignmentsScanned = image
        }
        if (records.length === 0 && this.rebalanceEnable && nowMs >= this.nextRebalanceMs) {
          this.nextRebalanceMs = nowMs + this.rebalanceIntervalMs
          records = rebalanceLeaders(image, this.imbalancePercentage)
        }
        await this.commit(records)
        return { fenced, records: records.length }
      }, nowMs)
    } catch (err) {
      if (err instanceof NotControllerError) return { fenced: [], records: 0 }
      throw err
    } finally {
      this.tickPending = false
    }
  }

  /** unclean.leader.election.enable for a topic: its override, the dynamic cluster default, or the static one. */
  private uncleanEnabled (image: MetadataImage, topic: string): boolean {
    const override = image.topicConfig(topic).get('unclean.leader.election.enable') ?? image.brokerConfig('').get('unclean.leader.election.enable')
    return override === undefined ? this.uncleanDefault : override === 'true'
  }

  async createTopics (topics: readonly NewTopic[], validateOnly: boolean): Promise<TopicResult[]> {
    return await this.serialize(async () => {
      const { records, results } = createTopics(this.current, topics, this.defaults, randomUuid)
      if (!validateOnly) await this.commit(records)
      return results
    })
  }

  async deleteTopics (targets: readonly DeleteTarget[]): Promise<DeleteResult[]> {
    return await this.serialize(async () => {
      const { records, results } = deleteTopics(this.current, targets, this.defaults)
      await this.commit(records)
      return results
    })
  }

  async alterTopicConfigs (topic: string, changes: readonly ConfigChange[], replace: boolean, validateOnly: boolean): Promise<ConfigResult> {
    return await this.serialize(async () => {
      const { records, result } = alterTopicConfigs(this.current, topic, changes, replace)
      if (!validateOnly) await this.commit(records)
      return result
    })
  }

  /**
   * Alters the dynamic configs of a broker resource (a broker id, or '' for the cluster default).
   * Resolves once the change is applied. What a broker does in reaction (a new registration when its
   * advertised.listeners changed) follows through its own lifecycle, on its own node, as in Kafka.
   */
  async alterBrokerConfigs (resourceName: string, changes: readonly ConfigChange[], replace: boolean, validateOnly: boolean, ctx: BrokerConfigContext): Promise<ConfigResult> {
    return await this.serialize(async () => {
      const decision = alterBrokerConfigs(this.current, resourceName, changes, replace, ctx)
      if (!validateOnly) await this.commit(decision.records)
      return decision.result
    })
  }

  /** Grows topics' partition counts in one operation: a result per topic, in request order. */
  async createPartitions (growths: readonly PartitionGrowth[], validateOnly: boolean): Promise<ConfigResult[]> {
    return await this.serialize(async () => {
      const { records, results } = createPartitions(this.current, growths, this.defaults)
      if (!validateOnly) await this.commit(records)
      return results
    })
  }

  /**
   * Allocates a block of producer ids to a broker (Kafka's AllocateProducerIds): the block starts at
   * the image's next producer id, and the ProducerIdsRecord moving it forward is committed first,
   * so no id is ever handed out twice, across restarts too.
   */
  async allocateProducerIds (brokerId: number, blockSize: number): Promise<{ start: bigint, end: bigint }> {
    return await this.serialize(async () => {
      const start = this.current.nextProducerId
      const end = start + BigInt(blockSize)
      const broker = this.current.brokers.get(brokerId)
      await this.commit([record(T.ProducerIds, { brokerId, brokerEpoch: broker?.epoch ?? -1n, nextProducerId: end })])
      return { start, end }
    })
  }

  /**
   * A write of the group coordinator. Every group's offset commits and generations pass through this
   * one log, so writes that arrive while an entry is being committed wait together and then share one
   * entry and one fsync: a commit storm costs one entry per fsync, not one per commit, and membership
   * writes wait at most one entry behind it. `decide` runs when the entry is built, on the image
   * as of then.
   */
  private groupWrite (decide: (image: MetadataImage, nowMs: number) => MetadataRecord[]): Promise<void> {
    if (this.groupWrites.length >= GROUP_WRITES_PENDING_MAX) return Promise.reject(new GroupWritesFullError())
    return new Promise<void>((resolve, reject) => {
      this.groupWrites.push({ decide, resolve, reject })
      if (!this.groupFlushQueued) this.scheduleGroupFlush()
    })
  }

  /** Queues a flush; a flush refused (not the active controller) or cut off by a leadership loss fails the writes waiting. */
  private scheduleGroupFlush (): void {
    this.groupFlushQueued = true
    this.serialize(async () => await this.flushGroupWrites()).catch((err: unknown) => {
      this.groupFlushQueued = false
      const writes = this.groupWrites
      this.groupWrites = []
      for (const write of writes) write.reject(err)
    })
  }

  private async flushGroupWrites (): Promise<void> {
    this.groupFlushQueued = false
    const nowMs = Date.now()
    const taken: GroupWrite[] = []
    const records: MetadataRecord[] = []
    while (this.groupWrites.length > 0 && (records.length < GROUP_WRITE_RECORDS_MAX || taken.length === 0)) {
      const write = this.groupWrites.shift()!
      taken.push(write)
      try {
        records.push(...write.decide(this.current, nowMs))
      } catch (err) {
        taken.pop()
        write.reject(err)
      }
    }
    if (this.groupWrites.length > 0) {
      this.scheduleGroupFlush()
    }
    this.groupWritesTaken = taken
    try {
      await this.commit(records)
    } catch (err) {
      const mapped = this.asControllerError(err)
      for (const write of taken) write.reject(mapped)
      return
    } finally {
      if (this.groupWritesTaken === taken) this.groupWritesTaken = []
    }
    for (const write of taken) write.resolve()
  }

  /**
   * Commits consumer offsets: committed to the @metadata log before the answer, batched with the
   * other group writes. Rejects with GroupWritesFullError when too many writes wait.
   */
  async commitOffsets (groupId: string, entries: readonly OffsetCommitEntry[], membershipError: number): Promise<number[]> {
    let errors: number[] = []
    await this.groupWrite((image, nowMs) => {
      const decision = decideOffsetCommits(image, groupId, entries, membershipError, nowMs)
      errors = decision.errors
      return decision.records
    })
    return errors
  }

  /** Commits records of the group coordinator (generations, removals, expired offsets), batched. */
  async writeGroupRecords (records: readonly MetadataRecord[]): Promise<void> {
    await this.groupWrite(() => [...records])
  }

  /** Removes committed offsets of a group: the listed partitions, or all of them (null). */
  async deleteOffsets (groupId: string, partitions: ReadonlyArray<{ topic: string, partition: number }> | null): Promise<void> {
    await this.groupWrite((image, nowMs) => {
      const committed = image.groupOffsets.get(groupId)
      if (committed === undefined) return []
      const keys = partitions === null ? [...committed.keys()] : partitions.map((p) => offsetKey(p.topic, p.partition)).filter((k) => committed.has(k))
      return keys.map((key) => offsetRemovalRecord(groupId, key, nowMs))
    })
  }

  async close (): Promise<void> {
    await this.queue
    await this.publisher.close()
    await this.log.close()
  }
}
