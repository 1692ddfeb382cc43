// The MetadataImage: everything the cluster knows, as a pure fold of the @metadata records (no I/O,
// no clock). Applying records returns a new image; maps that did not change are shared, so a broker
// can compare two images cheaply to see what changed.
import { MetadataRecordType } from '../../protocol/generated/metadata-records/index.ts'
import type { GroupMetadataRecord } from '../../protocol/generated/metadata-records/group-metadata-record.ts'
import type { MetadataRecord } from './metadata-record.ts'
import { assert } from '../../util/assert.ts'

export const ConfigResourceType = { TOPIC: 2, BROKER: 4 } as const

export interface PartitionImage {
  readonly partitionId: number
  /** During a reassignment (KIP-455): the target replicas followed by those being removed. */
  readonly replicas: readonly number[]
  readonly isr: readonly number[]
  /** Replicas a reassignment in progress adds (in replicas, not yet in the ISR); empty when none. */
  readonly addingReplicas: readonly number[]
  /** Replicas a reassignment in progress removes once the added ones are in the ISR; empty when none. */
  readonly removingReplicas: readonly number[]
  readonly leader: number
  readonly leaderEpoch: number
  readonly partitionEpoch: number
}

export interface TopicImage {
  readonly name: string
  readonly id: string
  readonly partitions: ReadonlyMap<number, PartitionImage>
}

export interface BrokerEndpoint {
  readonly name: string
  readonly host: string
  readonly port: number
}

export interface BrokerImage {
  readonly id: number
  /**
   * The broker epoch of this incarnation: as in KRaft, the offset of its registration record, so a
   * broker whose applied metadata offset reaches it has seen its own registration.
   */
  readonly epoch: bigint
  readonly incarnationId: string
  readonly endpoints: readonly BrokerEndpoint[]
  readonly rack: string | null
  readonly fenced: boolean
  /** It asked to shut down (controlled shutdown): it is no leader candidate any more. */
  readonly inControlledShutdown: boolean
}

/** Whether a broker may lead partitions: registered, unfenced and not shutting down. */
export function isActiveBroker (broker: BrokerImage | undefined): boolean {
  return broker !== undefined && !broker.fenced && !broker.inControlledShutdown
}

/** Whether a reassignment of the partition is in progress (it adds or removes replicas). */
export function isReassigning (p: PartitionImage): boolean {
  return p.addingReplicas.length > 0 || p.removingReplicas.length > 0
}

export interface CommittedOffset {
  readonly offset: number
  readonly leaderEpoch: number
  readonly metadata: string
  readonly commitTimestampMs: number
}

/** The key of a partition in a group's committed offsets. */
export function offsetKey (topic: string, partition: number): string {
  return `${topic}\u0000${partition}`
}

/** KRaft's PartitionChangeRecord marks "leader unchanged" with -2. */
const LEADER_NO_CHANGE = -2

export class MetadataImage {
  /** Offset of the last record folded in; -1 for the empty image. */
  readonly offset: number
  readonly topicsById: ReadonlyMap<string, TopicImage>
  readonly topicIdsByName: ReadonlyMap<string, string>
  /** Config overrides by resource (`2:<topic>`, `4:<broker id>` or `4:` for cluster defaults). */
  readonly configs: ReadonlyMap<string, ReadonlyMap<string, string>>
  readonly brokers: ReadonlyMap<number, BrokerImage>
  /** The first producer id not yet handed out in a block. */
  readonly nextProducerId: bigint
  /** Committed offsets by consumer group, then by offsetKey(topic, partition). */
  readonly groupOffsets: ReadonlyMap<string, ReadonlyMap<string, CommittedOffset>>
  /** The last durable generation of each consumer group (members, assignments), by group id. */
  readonly groups: ReadonlyMap<string, GroupMetadataRecord>
  /** How many partition replicas each broker hosts (brokers hosting none are absent). */
  readonly replicaCounts: ReadonlyMap<number, number>

  constructor (offset: number, topicsById: ReadonlyMap<string, TopicImage>, topicIdsByName: ReadonlyMap<string, string>, configs: ReadonlyMap<string, ReadonlyMap<string, string>>, brokers: ReadonlyMap<number, BrokerImage>, nextProducerId: bigint, groupOffsets: ReadonlyMap<string, ReadonlyMap<string, CommittedOffset>>, groups: ReadonlyMap<string, GroupMetadataRecord>, replicaCounts: ReadonlyMap<number, number>) {
    this.offset = offset
    this.topicsById = topicsById
    this.topicIdsByName = topicIdsByName
    this.configs = configs
    this.brokers = brokers
    this.nextProducerId = nextProducerId
    this.groupOffsets = groupOffsets
    this.groups = groups
    this.replicaCounts = replicaCounts
  }

  static empty (): MetadataImage {
    return new MetadataImage(-1, new Map(), new Map(), new Map(), new Map(), 0n, new Map(), new Map(), new Map())
  }

  topic (name: string): TopicImage | undefined {
    const id = this.topicIdsByName.get(name)
    return id === undefined ? undefined : this.topicsById.get(id)
  }

  topicConfig (name: string): ReadonlyMap<string, string> {
    return this.configs.get(`${ConfigResourceType.TOPIC}:${name}`) ?? EMPTY_CONFIG
  }

  /** Dynamic broker configs: a broker's own (`name` = its id) or the cluster-wide default (`name` empty). */
  brokerConfig (name: string): ReadonlyMap<string, string> {
    return this.configs.get(`${ConfigResourceType.BROKER}:${name}`) ?? EMPTY_CONFIG
  }

  /** Unfenced brokers (Metadata lists them, placement uses them), by id. */
  unfencedBrokers (): BrokerImage[] {
    return [...this.brokers.values()].filter((b) => !b.fenced).sort((a, b) => a.id - b.id)
  }

  /** Whether `brokerId` may lead partitions (registered, unfenced, not in controlled shutdown). */
  isActive (brokerId: number): boolean {
    return isActiveBroker(this.brokers.get(brokerId))
  }

  /** A partition's replicas on brokers that are fenced or not registered (Metadata's offline replicas). */
  offlineReplicas (partition: PartitionImage): number[] {
    return partition.replicas.filter((id) => this.brokers.get(id)?.fenced !== false)
  }

  /** Folds `records`, the last of which sits at log offset `lastOffset`, into a new image. */
  apply (records: readonly MetadataRecord[], lastOffset: number): MetadataImage {
    const delta = new ImageDelta(this)
    for (const r of records) delta.apply(r)
    return delta.build(lastOffset)
  }
}

const EMPTY_CONFIG: ReadonlyMap<string, string> = new Map()

/**
 * Mutable copies of whatever a batch of records touches; everything else stays shared. A map is
 * copied at most once per batch (a topic's partitions too), so a batch costs time linear in its
 * records, however many partitions it creates.
 */
class ImageDelta {
  private readonly base: MetadataImage
  private topicsById: Map<string, TopicImage> | null = null
  private topicIdsByName: Map<string, string> | null = null
  private configs: Map<string, ReadonlyMap<string, string>> | null = null
  private brokers: Map<number, BrokerImage> | null = null
  private groupOffsets: Map<string, ReadonlyMap<string, CommittedOffset>> | null = null
  /** Groups whose offset map this delta already copied, so a batch of commits copies it once. */
  private readonly ownedOffsets = new Map<string, Map<string, CommittedOffset>>()
  private groups: Map<string, GroupMetadataRecord> | null = null
  /** Topics whose partition map this delta already copied (by topic id). */
  private readonly ownedPartitions = new Map<string, Map<number, PartitionImage>>()
  private replicaCounts: Map<number, number> | null = null
  private nextProducerId: bigint

  constructor (base: MetadataImage) {
    this.base = base
    this.nextProducerId = base.nextProducerId
  }

  private topics (): Map<string, TopicImage> {
    if (this.topicsById === null) this.topicsById = new Map(this.base.topicsById)
    return this.topicsById
  }

  private names (): Map<string, string> {
    if (this.topicIdsByName === null) this.topicIdsByName = new Map(this.base.topicIdsByName)
    return this.topicIdsByName
  }

  private configMap (): Map<string, ReadonlyMap<string, string>> {
    if (this.configs === null) this.configs = new Map(this.base.configs)
    return this.configs
  }

  private brokerMap (): Map<number, BrokerImage> {
    if (this.brokers === null) this.brokers = new Map(this.base.brokers)
    return this.brokers
  }

  private offsetsMap (): Map<string, ReadonlyMap<string, CommittedOffset>> {
    if (this.groupOffsets === null) this.groupOffsets = new Map(this.base.groupOffsets)
    return this.groupOffsets
  }

  private groupMap (): Map<string, GroupMetadataRecord> {
    if (this.groups === null) this.groups = new Map(this.base.groups)
    return this.groups
  }

  /** The topic's partition map, copied once per delta; the topic gets a new TopicImage holding it. */
  private ownPartitions (topic: TopicImage): Map<number, PartitionImage> {
    let owned = this.ownedPartitions.get(topic.id)
    if (owned === undefined) {
      owned = new Map(topic.partitions)
      this.ownedPartitions.set(topic.id, owned)
      this.topics().set(topic.id, { ...topic, partitions: owned })
    }
    return owned
  }

  private countReplicas (replicas: readonly number[], sign: 1 | -1): void {
    if (this.replicaCounts === null) this.replicaCounts = new Map(this.base.replicaCounts)
    for (const id of replicas) {
      const count = (this.replicaCounts.get(id) ?? 0) + sign
      assert(count >= 0, `replica count of broker ${id} never goes negative`)
      if (count === 0) this.replicaCounts.delete(id)
      else this.replicaCounts.set(id, count)
    }
  }

  private ownOffsets (groupId: string): Map<string, CommittedOffset> {
    let owned = this.ownedOffsets.get(groupId)
    if (owned === undefined) {
      owned = new Map(this.offsetsMap().get(groupId) ?? new Map<string, CommittedOffset>())
      this.ownedOffsets.set(groupId, owned)
      this.offsetsMap().set(groupId, owned)
    }
    return owned
  }

  apply (r: MetadataRecord): void {
    switch (r.type) {
      case MetadataRecordType.OffsetCommit: {
        const d = r.data
        const next = this.ownOffsets(d.groupId)
        const key = offsetKey(d.topic, d.partition)
        if (d.removed) next.delete(key)
        else next.set(key, { offset: Number(d.offset), leaderEpoch: d.leaderEpoch, metadata: d.metadata, commitTimestampMs: Number(d.commitTimestampMs) })
        break
      }
      case MetadataRecordType.GroupMetadata:
        if (r.data.removed) this.groupMap().delete(r.data.groupId)
        else this.groupMap().set(r.data.groupId, r.data)
        break
      case MetadataRecordType.Topic: {
        assert(!this.topics().has(r.data.topicId), `topic id ${r.data.topicId} is created once`)
        this.topics().set(r.data.topicId, { name: r.data.name, id: r.data.topicId, partitions: new Map() })
        this.names().set(r.data.name, r.data.topicId)
        break
      }
      case MetadataRecordType.Partition: {
        const topic = this.topics().get(r.data.topicId)
        assert(topic !== undefined, `partition record for unknown topic ${r.data.topicId}`)
        const partitions = this.ownPartitions(topic)
        const replaced = partitions.get(r.data.partitionId)
        if (replaced !== undefined) this.countReplicas(replaced.replicas, -1)
        this.countReplicas(r.data.replicas, 1)
        partitions.set(r.data.partitionId, {
          partitionId: r.data.partitionId, replicas: r.data.replicas, isr: r.data.isr, addingReplicas: r.data.addingReplicas, removingReplicas: r.data.removingReplicas,
          leader: r.data.leader, leaderEpoch: r.data.leaderEpoch, partitionEpoch: r.data.partitionEpoch
        })
        break
      }
      case MetadataRecordType.PartitionChange: {
        const topic = this.topics().get(r.data.topicId)
        assert(topic !== undefined, `partition change for unknown topic ${r.data.topicId}`)
        const current = topic.partitions.get(r.data.partitionId)
        assert(current !== undefined, `partition change for unknown partition ${r.data.partitionId}`)
        const leaderChanged = r.data.leader !== LEADER_NO_CHANGE
        if (r.data.replicas !== null) {
          this.countReplicas(current.replicas, -1)
          this.countReplicas(r.data.replicas, 1)
        }
        this.ownPartitions(topic).set(r.data.partitionId, {
          partitionId: current.partitionId,
          replicas: r.data.replicas ?? current.replicas,
          isr: r.data.isr ?? current.isr,
          // Null leaves them; a reassignment that starts sets them, one that completes or is cancelled empties them.
          addingReplicas: r.data.addingReplicas ?? current.addingReplicas,
          removingReplicas: r.data.removingReplicas ?? current.removingReplicas,
          leader: leaderChanged ? r.data.leader : current.leader,
          // As KRaft's PartitionRegistration.merge: a leader set (even the same one, which is how the
          // controller asks for a bump, e.g. when a reassignment removes replicas) bumps the leader
          // epoch; every change bumps the partition epoch.
          leaderEpoch: leaderChanged ? current.leaderEpoch + 1 : current.leaderEpoch,
          partitionEpoch: current.partitionEpoch + 1
        })
        break
      }
      case MetadataRecordType.RemoveTopic: {
        const topic = this.topics().get(r.data.topicId)
        assert(topic !== undefined, `removal of unknown topic ${r.data.topicId}`)
        for (const p of topic.partitions.values()) this.countReplicas(p.replicas, -1)
        this.ownedPartitions.delete(topic.id)
        this.topics().delete(topic.id)
        this.names().delete(topic.name)
        this.configMap().delete(`${ConfigResourceType.TOPIC}:${topic.name}`)
        break
      }
      case MetadataRecordType.Config: {
        const key = `${r.data.resourceType}:${r.data.resourceName}`
        const next = new Map(this.configMap().get(key) ?? EMPTY_CONFIG)
        if (r.data.value === null) next.delete(r.data.name)
        else next.set(r.data.name, r.data.value)
        if (next.size === 0) this.configMap().delete(key)
        else this.configMap().set(key, next)
        break
      }
      case MetadataRecordType.RegisterBroker: {
        const d = r.data
        this.brokerMap().set(d.brokerId, {
          id: d.brokerId, epoch: d.brokerEpoch, incarnationId: d.incarnationId, rack: d.rack, fenced: d.fenced, inControlledShutdown: d.inControlledShutdown,
          endpoints: d.endPoints.map((e) => ({ name: e.name, host: e.host, port: e.port }))
        })
        break
      }
      case MetadataRecordType.FenceBroker:
      case MetadataRecordType.UnfenceBroker: {
        const broker = this.brokerMap().get(r.data.id)
        assert(broker !== undefined, `fencing change for unknown broker ${r.data.id}`)
        // A fenced broker is out of its controlled shutdown too (it is gone); an unfenced one is a new start.
        this.brokerMap().set(broker.id, { ...broker, fenced: r.type === MetadataRecordType.FenceBroker, inControlledShutdown: false })
        break
      }
      case MetadataRecordType.BrokerRegistrationChange: {
        // KRaft's tri-states: fenced 1 fences, -1 unfences, 0 leaves it; inControlledShutdown 1 marks it.
        const d = r.data
        const broker = this.brokerMap().get(d.brokerId)
        assert(broker !== undefined, `registration change for unknown broker ${d.brokerId}`)
        const fenced = d.fenced === 1 ? true : d.fenced === -1 ? false : broker.fenced
        const inControlledShutdown = d.inControlledShutdown === 1 ? true : fenced ? false : broker.inControlledShutdown
        this.brokerMap().set(broker.id, { ...broker, fenced, inControlledShutdown })
        break
      }
      case MetadataRecordType.UnregisterBroker:
        this.brokerMap().delete(r.data.brokerId)
        break
      case MetadataRecordType.ProducerIds:
        assert(r.data.nextProducerId > this.nextProducerId, 'producer id blocks only move forward')
        this.nextProducerId = r.data.nextProducerId
        break
      default:
        // Records for features not built yet (ACLs, quotas, SCRAM, delegation tokens, features,
        // transactions, migration) carry nothing this image models; they are kept in the log.
        break
    }
  }

  build (lastOffset: number): MetadataImage {
    assert(lastOffset >= this.base.offset, 'the image only moves forward')
    for (const [groupId, offsets] of this.ownedOffsets) if (offsets.size === 0) this.offsetsMap().delete(groupId)
    return new MetadataImage(
      lastOffset,
      this.topicsById ?? this.base.topicsById,
      this.topicIdsByName ?? this.base.topicIdsByName,
      this.configs ?? this.base.configs,
      this.brokers ?? this.base.brokers,
      this.nextProducerId,
      this.groupOffsets ?? this.base.groupOffsets,
      this.groups ?? this.base.groups,
      this.replicaCounts ?? this.base.replicaCounts
    )
  }
}
