// The active controller: the only writer of the @metadata log. Each command computes its records
// from the published image without changing anything, proposes them to the log, and answers once the
// MetadataPublisher has applied that entry (the image it reads after includes it); a proposal that
// fails leaves nothing to roll back. Commands run one at a time, so each sees its predecessors.
import { randomBytes } from 'node:crypto'
import { MetadataRecordType as T } from '../../protocol/generated/metadata-records/index.ts'
import { offsetKey, type MetadataImage } from '../metadata/metadata-image.ts'
import { record, type MetadataRecord } from '../metadata/metadata-record.ts'
import { MetadataPublisher, type ImageListener } from '../metadata/metadata-publisher.ts'
import { decideOffsetCommits, type OffsetCommitEntry } from '../group/offset-commits.ts'
import { offsetRemovalRecord } from '../group/offset-expiry.ts'
import type { MetadataLog } from '../metadata/metadata-log.ts'
import { alterBrokerConfigs, type BrokerConfigContext } from './config-control.ts'
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

  constructor (log: MetadataLog, publisher: MetadataPublisher, defaults: TopicDefaults) {
    this.log = log
    this.publisher = publisher
    this.defaults = defaults
  }

  /**
   * A controller over a log and a publisher of its own (snapshots past `snapshotBytes`,
   * metadata.log.max.record.bytes.between.snapshots); close() closes both.
   */
  static replay (log: MetadataLog, defaults: TopicDefaults, snapshotBytes: number): QuorumController {
    return new QuorumController(log, MetadataPublisher.open(log, snapshotBytes), defaults)
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

  /** Runs commands one at a time, in arrival order. */
  private serialize<R> (command: () => Promise<R>): Promise<R> {
    const run = this.queue.then(command, command)
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Proposes records; resolves once the publisher has applied them (and told its subscribers). */
  private async commit (records: readonly MetadataRecord[]): Promise<void> {
    if (records.length === 0) return
    const offset = await this.log.append(records)
    await this.publisher.appliedTo(offset)
  }

  /** Registers (or re-registers) this node's broker with a new incarnation and unfences it. */
  async registerBroker (registration: BrokerRegistration): Promise<void> {
    await this.serialize(async () => {
      const epoch = BigInt(this.log.endOffset())
      await this.commit([
        record(T.RegisterBroker, {
          brokerId: registration.nodeId, isMigratingZkBroker: false, incarnationId: randomUuid(), brokerEpoch: epoch,
          endPoints: registration.endpoints.map((e) => ({ name: e.name, host: e.host, port: e.port, securityProtocol: 0 })),
          features: [], rack: registration.rack, fenced: false, inControlledShutdown: false, logDirs: []
        })
      ])
    })
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
   * Alters the dynamic configs of a broker resource (this node's id, or '' for the cluster default).
   * Resolves once the commands its listeners started in reaction (a new broker registration when
   * advertised.listeners changed) are committed too, so the change is applied before the answer.
   */
  async alterBrokerConfigs (resourceName: string, changes: readonly ConfigChange[], replace: boolean, validateOnly: boolean, ctx: BrokerConfigContext): Promise<ConfigResult> {
    const result = await this.serialize(async () => {
      const decision = alterBrokerConfigs(this.current, resourceName, changes, replace, ctx)
      if (!validateOnly) await this.commit(decision.records)
      return decision.result
    })
    await this.queue
    return result
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
      if (!this.groupFlushQueued) {
        this.groupFlushQueued = true
        void this.serialize(async () => await this.flushGroupWrites())
      }
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
      this.groupFlushQueued = true
      void this.serialize(async () => await this.flushGroupWrites())
    }
    try {
      await this.commit(records)
    } catch (err) {
      for (const write of taken) write.reject(err)
      return
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
