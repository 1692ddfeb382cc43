// The broker side of a node: the partition logs this node hosts, kept in step with the MetadataImage
// (a topic in the image gets its logs; a topic deleted in the log loses them; a log the image does not
// know is moved aside, never deleted; a log whose deletion is queued serves no Partition, not even a
// replica or topic of its name that came back before the deletion ran), the effective topic configs,
// the wake-ups that long-polling fetches wait for, the acks=all produce purgatory, and the leader's ISR changes (a periodic shrink
// check every replica.lag.time.max.ms / 2, started by the node; expansions on follower fetches), sent
// to the controller as AlterPartition. A partition's high watermark moving up wakes its parked fetches
// and completes its waiting produces; losing its leadership fails them. Handlers reach the node through this object, and
// the partitions through its `partitions` (the hosted Partition objects, kept in step with the image).
// The node builds and closes the controller, the group coordinator and the publisher whose image this
// reads; the node subscribes reconcile() to the publisher.
// Keeping in step costs time linear in what changed between two images (topics are compared by
// identity), and logs are created and deleted in slices of 10 ms between which other requests are served.
import type { Logger } from 'pino'
import { LogManager, parsePartitionDir } from '../storage/log/log-manager.ts'
import type { LogConfig } from '../storage/log/partition-log.ts'
import { topicSettings, type TopicSettings } from '../config/topic-config.ts'
import type { LoadedConfig } from '../config/load-config.ts'
import { DynamicBrokerConfig } from '../config/dynamic-broker-config.ts'
import type { MetadataImage, TopicImage } from '../controller/metadata/metadata-image.ts'
import type { ControllerChannel } from './controller-channel.ts'
import type { GroupCoordinator } from '../controller/group/group-coordinator.ts'
import { PartitionWaiters } from './purgatory/partition-waiters.ts'
import { ProducePurgatory } from './purgatory/delayed-produce.ts'
import { Partitions } from './partitions.ts'
import type { LogSource, Partition, PartitionEvents } from './partition.ts'
import { IsrChanges } from './isr-changes.ts'
import { ErrorCode } from '../protocol/generated/error-codes.ts'
import { FetchSessionCache } from './fetch-sessions.ts'
import { PartitionLogQueue, type LogChange } from './partition-log-queue.ts'
import { rulesOf, type RecordRules } from './record-validation.ts'

/** Kafka's ProducerIdManager block size. */
const PRODUCER_ID_BLOCK_SIZE = 1000
/** acks=all produces parked at once; past it one is answered at once (REQUEST_TIMED_OUT for what is not replicated yet). */
export const PARKED_PRODUCES_MAX = 10_000
/** The wait before an ISR change the controller refused is proposed again, or one that found no controller is sent again. */
const ISR_CHANGE_BACKOFF_MS = 500

/** What acks=all reads of a topic's config on every produce (cached per topic). */
export interface ReplicationSettings {
  readonly minInsyncReplicas: number
  /** rivulet.replication.fsync */
  readonly fsync: boolean
}

export function logConfigOf (settings: TopicSettings): LogConfig {
  return {
    segmentBytes: settings.segmentBytes,
    segmentMs: settings.segmentMs,
    segmentIndexBytes: settings.segmentIndexBytes,
    indexIntervalBytes: settings.indexIntervalBytes,
    maxMessageBytes: settings.maxMessageBytes,
    messageTimestampType: settings.messageTimestampType,
    retentionMs: settings.retentionMs,
    retentionBytes: settings.retentionBytes,
    fileDeleteDelayMs: settings.fileDeleteDelayMs,
    flushMessages: settings.flushMessages,
    flushMs: settings.flushMs
  }
}

/** The node's configuration with the dynamic broker configs of `image` over its static one. */
export function dynamicBrokerConfig (config: LoadedConfig, image: MetadataImage): DynamicBrokerConfig {
  return new DynamicBrokerConfig(config, image.brokerConfig(String(config.int('node.id'))), image.brokerConfig(''))
}

/** Whether the dynamic broker configs that apply to `nodeId` differ between two images. */
export function brokerConfigChanged (image: MetadataImage, previous: MetadataImage, nodeId: number): boolean {
  return image.brokerConfig(String(nodeId)) !== previous.brokerConfig(String(nodeId)) || image.brokerConfig('') !== previous.brokerConfig('')
}

/** Whether `image` places partition `topic`-`partition` on `nodeId` (and, when given, under `topicId`). */
function hostsPartition (image: MetadataImage, nodeId: number, topic: string, partition: number, topicId: string | null): boolean {
  const t = image.topic(topic)
  if (t === undefined || (topicId !== null && topicId !== t.id)) return false
  return t.partitions.get(partition)?.replicas.includes(nodeId) === true
}

export class Broker {
  readonly nodeId: number
  readonly clusterId: string
  readonly config: LoadedConfig
  /** The way to the active controller (a local call today); handlers use nothing else of it. */
  readonly controller: ControllerChannel
  /** Where the committed image is read (the node's MetadataPublisher). */
  private readonly images: { image: () => MetadataImage }
  readonly logs: LogManager
  /** The partitions this node hosts; data handlers reach logs only through them. */
  readonly partitions: Partitions
  readonly waiters: PartitionWaiters
  /** acks=all produces waiting for the high watermark (and fsync). */
  readonly producePurgatory: ProducePurgatory
  /** The ISR changes this node proposes as leader. */
  readonly isrChanges: IsrChanges
  private isrCheckTimer: NodeJS.Timeout | null = null
  readonly fetchSessions: FetchSessionCache
  readonly groups: GroupCoordinator
  /** The node leading the @metadata quorum as this node knows it (null: none known); clients are told of it. */
  readonly metadataLeaderId: () => number | null
  /** The listener whose endpoints clients get when a broker has none named as the one a request came in on. */
  readonly fallbackListenerName: string
  /** The broker's logger (module broker); handlers log the errors they answer through it. */
  readonly log: Logger
  /**
   * RIVULET_TEST_BUG=ack-before-replicate (src/util/test-bugs.ts; the chaos checker's own tests only):
   * Produce answers acks=all at the leader's append, as acks=1. False in every real run.
   */
  readonly ackBeforeReplicate: boolean
  /** The effective configuration (dynamic over static) and the image configs it was built from. */
  private effective: DynamicBrokerConfig
  private effectiveOf: MetadataImage['configs']
  /** Partition logs to create (the image has them, the disk not yet) and to delete, in order. */
  private readonly logChanges: PartitionLogQueue
  /** Record checks by topic, from its effective config; emptied whenever a config changes. */
  private readonly recordRulesByTopic = new Map<string, RecordRules>()
  /** acks=all settings by topic, from its effective config; emptied whenever a config changes. */
  private readonly replicationByTopic = new Map<string, ReplicationSettings>()
  /** Records appended by producers since start (a metric). */
  messagesIn = 0
  /** The current block of producer ids: [next, end). */
  private producerIdNext = 0n
  private producerIdEnd = 0n
  /** The block request in flight, if any (its failure is answered by each waiting InitProducerId). */
  private producerIdBlock: Promise<{ start: bigint, end: bigint }> | null = null

  constructor (options: { config: LoadedConfig, images: { image: () => MetadataImage }, controller: ControllerChannel, groups: GroupCoordinator, logs: LogManager, clusterId: string, logger: Logger, fetchWaitersMax: number, metadataLeaderId?: () => number | null, ackBeforeReplicate?: boolean }) {
    this.config = options.config
    this.nodeId = options.config.int('node.id')
    this.clusterId = options.clusterId
    // Without a quorum to ask (an embedding of the broker alone) this node leads its own metadata.
    this.metadataLeaderId = options.metadataLeaderId ?? (() => this.nodeId)
    this.fallbackListenerName = options.config.node.interBrokerListenerName
    this.images = options.images
    this.controller = options.controller
    this.groups = options.groups
    this.logs = options.logs
    this.log = options.logger.child({ module: 'broker' })
    this.ackBeforeReplicate = options.ackBeforeReplicate ?? false
    this.producePurgatory = new ProducePurgatory(PARKED_PRODUCES_MAX)
    this.isrChanges = new IsrChanges({
      localNodeId: this.nodeId,
      image: () => this.image(),
      send: async (request) => await this.controller.alterPartition(request),
      retryBackoffMs: ISR_CHANGE_BACKOFF_MS,
      logger: this.log
    })
    const events: PartitionEvents = {
      highWatermarkAdvanced: (p: Partition) => {
        this.waiters.wake(p.topic, p.partitionId)
        this.producePurgatory.check(p)
      },
      leadershipLost: (p: Partition) => {
        this.producePurgatory.fail(p, ErrorCode.NOT_LEADER_OR_FOLLOWER)
        this.waiters.wake(p.topic, p.partitionId)
      },
      // One INFO line per leadership taken from the image (the chaos checker reads them: no two nodes
      // may lead one partition at one leader epoch).
      leadershipGained: (p: Partition) => {
        this.log.info({ topic: p.topic, partition: p.partitionId, leaderEpoch: p.leaderEpoch }, 'partition leadership')
      },
      followerCaughtUp: (p: Partition, followerId: number) => this.isrChanges.expand(p, followerId)
    }
    // The Partitions take no log whose deletion is still queued (a replica removed and added again,
    // a topic deleted and created again under its name, before the queue ran): they wait for the new one.
    const logs = options.logs
    const partitionLogs: LogSource = {
      get: (topic, partition, topicId) => this.logChanges.deletionPending(topic, partition) ? undefined : logs.get(topic, partition, topicId),
      offlineCause: (topic, partition) => logs.offlineCause(topic, partition)
    }
    this.partitions = new Partitions(this.nodeId, partitionLogs, events)
    this.logChanges = new PartitionLogQueue({
      create: (c) => this.createLog(c),
      delete: (c) => this.logs.delete(c.topic, c.partition, false),
      syncSlice: async () => await this.logs.syncDirectory(),
      failed: (count, first) => this.log.error({ err: first, count }, 'RIVULET_ERR_LOG_CHANGE: partition logs could not be created or deleted')
    })
    this.effective = dynamicBrokerConfig(options.config, options.images.image())
    this.effectiveOf = options.images.image().configs
    this.waiters = new PartitionWaiters(options.fetchWaitersMax)
    this.fetchSessions = new FetchSessionCache(options.config.int('max.incremental.fetch.session.cache.slots'))
  }

  image (): MetadataImage {
    return this.images.image()
  }

  /** The node's configuration as it is now: dynamic broker configs (per broker, cluster default) over the static ones. */
  effectiveConfig (): DynamicBrokerConfig {
    const image = this.image()
    if (image.configs !== this.effectiveOf) {
      this.effective = dynamicBrokerConfig(this.config, image)
      this.effectiveOf = image.configs
    }
    return this.effective
  }

  settingsOf (topic: string): TopicSettings {
    return topicSettings(this.image().topicConfig(topic), this.effectiveConfig())
  }

  /** min.insync.replicas and rivulet.replication.fsync of a topic, as acks=all needs them on each produce. */
  replicationSettings (topic: string): ReplicationSettings {
    let settings = this.replicationByTopic.get(topic)
    if (settings === undefined) {
      const all = this.settingsOf(topic)
      settings = { minInsyncReplicas: all.minInsyncReplicas, fsync: all.replicationFsync }
      this.replicationByTopic.set(topic, settings)
    }
    return settings
  }

  /**
   * Starts the leader's periodic ISR check (every replica.lag.time.max.ms / 2, as Kafka's
   * isr-expiration task): led partitions whose followers fell behind propose a shrink.
   */
  startIsrChecks (): void {
    if (this.isrCheckTimer !== null) return
    // Before now no follower could fetch from this node (it served no partition as leader), so the
    // caught-up clocks start now: a slow registration must not shrink followers that had no chance.
    const nowMs = Date.now()
    for (const partition of this.partitions.hosted()) {
      if (!partition.isLeader()) continue
      for (const follower of partition.followers.values()) follower.lastCaughtUpTimeMs = Math.max(follower.lastCaughtUpTimeMs, nowMs)
    }
    const lagMaxMs = this.config.int('replica.lag.time.max.ms')
    this.isrCheckTimer = setInterval(() => this.checkIsrShrinks(), Math.max(10, Math.min(lagMaxMs / 2, 2 ** 31 - 1)))
    this.isrCheckTimer.unref()
  }

  /** One ISR check (the timer's, and tests'). */
  checkIsrShrinks (): void {
    this.isrChanges.checkShrinks(this.partitions.hosted(), this.config.int('replica.lag.time.max.ms'))
  }

  /** The record checks a topic's config asks of produced records (usually none). */
  recordRules (topic: string): RecordRules {
    let rules = this.recordRulesByTopic.get(topic)
    if (rules === undefined) {
      rules = rulesOf(this.settingsOf(topic))
      this.recordRulesByTopic.set(topic, rules)
    }
    return rules
  }

  /**
   * Brings the local logs in line with the image: queues the creation of the logs of partitions this
   * node hosts; queues a log's deletion only when the metadata log deleted its partition (it was in
   * `previous` and is gone); a log the image never knew (at start: previous is null) is moved aside
   * as a stray, never deleted. Against a previous image only the topics that changed are looked at.
   * Then the hosted Partitions take the image's leaders and epochs (a Partition whose log is still
   * queued, or whose old log's deletion is, answers KAFKA_STORAGE_ERROR until its log exists).
   */
  reconcile (image: MetadataImage, previous: MetadataImage | null): void {
    if (previous !== null && image.configs !== previous.configs) {
      this.recordRulesByTopic.clear()
      this.replicationByTopic.clear()
      // Topic config changes reach the logs of those topics (retention, segment size, flush policy);
      // a change of the dynamic broker configs (the topics' defaults) reaches every log.
      const everyTopic = brokerConfigChanged(image, previous, this.nodeId)
      for (const topic of image.topicIdsByName.keys()) {
        if (everyTopic || image.topicConfig(topic) !== previous.topicConfig(topic)) this.logs.reconfigure(topic)
      }
    }
    if (previous === null) {
      this.moveStraysAside(image)
      // At start the logs on disk are what this node hosted: only the missing ones are created.
      for (const topic of image.topicsById.values()) this.queueCreations(topic, topic)
    } else if (image.topicsById !== previous.topicsById) {
      // Deletions are queued first: a topic deleted and created again under its name needs its old logs gone.
      for (const [id, topic] of previous.topicsById) {
        const now = image.topicsById.get(id)
        if (now !== topic) this.queueDeletions(topic, now)
      }
      for (const [id, topic] of image.topicsById) {
        const before = previous.topicsById.get(id)
        if (before !== topic) this.queueCreations(topic, before)
      }
    }
    this.partitions.update(image)
  }

  /** Resolves once every partition log creation and deletion queued so far is done (or its failure logged). */
  async logsReconciled (): Promise<void> {
    await this.logChanges.drained()
  }

  /**
   * Queues the creation of the logs `topic` hosts here that `before` (the same topic id; undefined for
   * a new topic) did not, whether a log of that name exists or not (it may be an old one waiting for
   * deletion: a replica removed and added again, a topic deleted and created again under its name),
   * and of the logs hosted before that are missing.
   */
  private queueCreations (topic: TopicImage, before: TopicImage | undefined): void {
    for (const p of topic.partitions.values()) {
      if (!p.replicas.includes(this.nodeId)) continue
      const hostedBefore = before?.partitions.get(p.partitionId)?.replicas.includes(this.nodeId) === true
      if (!hostedBefore || this.logs.get(topic.name, p.partitionId) === undefined) {
        this.logChanges.add({ kind: 'create', topic: topic.name, partition: p.partitionId, topicId: topic.id })
      }
    }
  }

  /** The hosted partitions of `before` that `now` (the same topic id; undefined when deleted) no longer hosts here. */
  private queueDeletions (before: TopicImage, now: TopicImage | undefined): void {
    let deleted = 0
    for (const p of before.partitions.values()) {
      if (!p.replicas.includes(this.nodeId) || now?.partitions.get(p.partitionId)?.replicas.includes(this.nodeId) === true) continue
      this.waiters.wake(before.name, p.partitionId)
      this.logChanges.add({ kind: 'delete', topic: before.name, partition: p.partitionId, topicId: before.id })
      deleted++
    }
    if (deleted > 0) this.log.info({ topic: before.name, topicId: before.id, partitions: deleted }, 'deleting the logs of partitions deleted in the metadata log')
  }

  /** Creates a queued log unless the image changed its mind meanwhile (topic gone or recreated). */
  private createLog (c: LogChange): void {
    if (hostsPartition(this.image(), this.nodeId, c.topic, c.partition, c.topicId)) this.logs.create(c.topic, c.partition, c.topicId, false)
  }

  /** At start: a log the image does not place here (under the topic id it was created for) is moved aside. */
  private moveStraysAside (image: MetadataImage): void {
    for (const name of this.logs.names()) {
      const [topicName, partition] = parsePartitionDir(name)!
      // A directory of a topic since deleted and re-created by name is not this topic's.
      const topicId = this.logs.storedTopicId(topicName, partition)
      if (hostsPartition(image, this.nodeId, topicName, partition, topicId)) continue
      this.waiters.wake(topicName, partition)
      const path = this.logs.moveAside(topicName, partition)
      if (path !== null) this.log.warn({ topic: topicName, partition, path, topicId }, 'the metadata does not know this partition log: moved aside as a stray (never deleted by Rivulet)')
    }
  }

  /** A new producer id for InitProducerId, from blocks the controller allocates 1,000 at a time. */
  async nextProducerId (): Promise<bigint> {
    while (this.producerIdNext >= this.producerIdEnd) {
      // One block request at a time: producers that start together wait on the same one.
      this.producerIdBlock ??= this.controller.allocateProducerIds(this.nodeId, PRODUCER_ID_BLOCK_SIZE).finally(() => { this.producerIdBlock = null })
      const block = await this.producerIdBlock
      if (this.producerIdNext >= this.producerIdEnd) {
        this.producerIdNext = block.start
        this.producerIdEnd = block.end
      }
    }
    return this.producerIdNext++
  }

  /** Closes the partition logs (the node closes the coordinator and the controller). */
  async close (): Promise<void> {
    if (this.isrCheckTimer !== null) clearInterval(this.isrCheckTimer)
    this.isrChanges.close()
    this.producePurgatory.failAll()
    this.waiters.wakeAll()
    await this.logChanges.close()
    await this.logs.close()
  }
}
