// The partitions this node hosts (the part of Kafka's ReplicaManager that owns them): one Partition per
// replica the committed image places here, kept in step with the image by the broker's reconcile (a
// Partition object lives as long as its replica, so replication can keep follower state on it), and
// the lookup every data handler starts with: the hosted partition, or Kafka's error for it
// (ReplicaManager.getPartitionOrError, then the Partition's own checks).
// Not here: creating or deleting logs (the broker's reconcile does that through the LogManager).
import { ErrorCode } from '../protocol/generated/error-codes.ts'
import type { MetadataImage, TopicImage } from '../controller/metadata/metadata-image.ts'
import { Partition, NO_PARTITION_EVENTS, type LogSource, type PartitionEvents } from './partition.ts'

/** The hosted partitions of one topic, by partition index (undefined where the replica is elsewhere). */
interface HostedTopic {
  readonly name: string
  readonly id: string
  readonly partitions: ReadonlyArray<Partition | undefined>
}

export class Partitions {
  readonly localNodeId: number
  private readonly logs: LogSource
  private readonly events: PartitionEvents
  private readonly byName = new Map<string, HostedTopic>()
  private readonly byId = new Map<string, HostedTopic>()
  /** The topics of the image last applied: a partition hosted elsewhere is told from an unknown one here. */
  private topics: MetadataImage['topicsById'] = new Map()
  private topicIds: MetadataImage['topicIdsByName'] = new Map()
  /**
   * Whether this node may act as leader: false from a node's start until its broker lifecycle is
   * RUNNING (registered, caught up with the metadata log, unfenced), as Kafka's broker serves no
   * partition as leader before then: a node restarted at once still believes, from its replayed image,
   * that it leads at the old epoch, and its log may have lost unflushed records, so it must neither
   * accept produce nor serve follower fetches (a follower would truncate to its shorter log). Until
   * then every request needing the leader answers NOT_LEADER_OR_FOLLOWER. True for a Partitions used
   * alone (tests); one boolean on the hot path.
   */
  leaderReady = true

  constructor (localNodeId: number, logs: LogSource, events: PartitionEvents = NO_PARTITION_EVENTS) {
    this.localNodeId = localNodeId
    this.logs = logs
    this.events = events
  }

  /** Every hosted partition (the ISR check walks the led ones, the follower side the followed ones). */
  * hosted (): Iterable<Partition> {
    for (const topic of this.byId.values()) {
      for (const partition of topic.partitions) if (partition !== undefined) yield partition
    }
  }

  /**
   * Brings the hosted partitions in line with the image's topics: new replicas get a Partition, the
   * kept ones take their new leader, epochs and ISR, and those no longer placed here are dropped.
   */
  update (image: MetadataImage): void {
    if (image.topicsById === this.topics) return
    const previous = this.topics
    // Images share the TopicImage of every topic that did not change, so only the changed, new and
    // removed topics are rebuilt: the cost of a change is its topics' partitions, not every partition
    // hosted here (creating topics one request at a time would otherwise grow with the square).
    const known = new Map<string, HostedTopic>()
    for (const [id, topic] of previous) {
      if (image.topicsById.get(id) === topic) continue
      const old = this.byId.get(id)
      if (old === undefined) continue
      known.set(id, old)
      this.byId.delete(id)
      if (this.byName.get(old.name) === old) this.byName.delete(old.name)
    }
    for (const [id, topic] of image.topicsById) {
      if (previous.get(id) === topic) continue
      const hosted = this.hostedOf(topic, known.get(id))
      if (hosted === null) continue
      this.byName.set(topic.name, hosted)
      this.byId.set(topic.id, hosted)
    }
    // The replicas no longer here (moved, or their topic deleted) end their leadership.
    for (const [id, old] of known) {
      const now = this.byId.get(id)
      for (const partition of old.partitions) if (partition !== undefined && now?.partitions[partition.partitionId] !== partition) partition.removed()
    }
    this.topics = image.topicsById
    this.topicIds = image.topicIdsByName
  }

  /** A topic's replicas on this node, reusing the Partition objects it had; null when it has none. */
  private hostedOf (topic: TopicImage, known: HostedTopic | undefined): HostedTopic | null {
    let partitions: Array<Partition | undefined> | null = null
    for (const state of topic.partitions.values()) {
      if (!state.replicas.includes(this.localNodeId)) continue
      if (partitions === null) partitions = new Array<Partition | undefined>(topic.partitions.size).fill(undefined)
      let partition = known?.partitions[state.partitionId]
      if (partition === undefined) partition = new Partition({ topic: topic.name, topicId: topic.id, localNodeId: this.localNodeId, logs: this.logs, state, events: this.events })
      else partition.update(state)
      partitions[state.partitionId] = partition
    }
    return partitions === null ? null : { name: topic.name, id: topic.id, partitions }
  }

  /** The hosted partition, or undefined. */
  get (topic: string, index: number): Partition | undefined {
    return this.byName.get(topic)?.partitions[index]
  }

  /**
   * The hosted partition a request may use, or Kafka's error code for it: UNKNOWN_TOPIC_OR_PARTITION
   * when the image does not know it, NOT_LEADER_OR_FOLLOWER when its replicas are on other nodes, then
   * the Partition's checks (KAFKA_STORAGE_ERROR, FENCED_LEADER_EPOCH, UNKNOWN_LEADER_EPOCH,
   * NOT_LEADER_OR_FOLLOWER), and NOT_LEADER_OR_FOLLOWER while the node is not ready to lead
   * (`leaderReady`). `requestedLeaderEpoch` -1 skips the epoch check.
   */
  lookup (topic: string, index: number, requestedLeaderEpoch: number, requireLeader: boolean): Partition | number {
    const partition = this.byName.get(topic)?.partitions[index]
    if (partition === undefined) return this.missingError(this.topicIds.get(topic), index, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
    const error = partition.check(requestedLeaderEpoch, requireLeader)
    if (error !== ErrorCode.NONE) return error
    return requireLeader && !this.leaderReady ? ErrorCode.NOT_LEADER_OR_FOLLOWER : partition
  }

  /** `lookup` by topic id (Fetch v13+): an id the image does not know is UNKNOWN_TOPIC_ID. */
  lookupById (topicId: string, index: number, requestedLeaderEpoch: number, requireLeader: boolean): Partition | number {
    const partition = this.byId.get(topicId)?.partitions[index]
    if (partition === undefined) return this.missingError(topicId, index, ErrorCode.UNKNOWN_TOPIC_ID)
    const error = partition.check(requestedLeaderEpoch, requireLeader)
    if (error !== ErrorCode.NONE) return error
    return requireLeader && !this.leaderReady ? ErrorCode.NOT_LEADER_OR_FOLLOWER : partition
  }

  /**
   * The image's leader and leader epoch of a partition (KIP-951's CurrentLeader, sent with
   * NOT_LEADER_OR_FOLLOWER and FENCED_LEADER_EPOCH so clients move without a Metadata round trip);
   * -1/-1 for a partition the image does not know.
   */
  currentLeader (topic: string, index: number): { leaderId: number, leaderEpoch: number } {
    return this.currentLeaderById(this.topicIds.get(topic) ?? '', index)
  }

  currentLeaderById (topicId: string, index: number): { leaderId: number, leaderEpoch: number } {
    const state = this.topics.get(topicId)?.partitions.get(index)
    return state === undefined ? { leaderId: -1, leaderEpoch: -1 } : { leaderId: state.leader, leaderEpoch: state.leaderEpoch }
  }

  /**
   * The error for a partition not hosted here: `unknownTopic` for a topic the image does not know,
   * UNKNOWN_TOPIC_OR_PARTITION for a partition it does not know, else the replicas are on other nodes.
   */
  private missingError (topicId: string | undefined, index: number, unknownTopic: number): number {
    const topic = topicId === undefined ? undefined : this.topics.get(topicId)
    if (topic === undefined) return unknownTopic
    return topic.partitions.has(index) ? ErrorCode.NOT_LEADER_OR_FOLLOWER : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
  }
}
