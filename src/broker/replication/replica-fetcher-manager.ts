// The follower side of replication (Kafka's ReplicaFetcherManager): which hosted partitions this node
// fetches, and from whom, kept in step with the committed image. After the broker's reconcile (the
// Partitions are updated first), each partition hosted here whose leader is another registered,
// unfenced broker is followed by that leader's fetcher (one ReplicaFetcher, one connection, one request
// in flight per leader broker; num.replica.fetchers is accepted and is one). A new leader or a new
// leader epoch replaces the partition's fetch state (the old fetcher forgets it, the answer of a
// request in flight for it is ignored), so the next fetch carries the new epoch and the leader answers
// a divergence if there is one; an ISR change alone (same leader epoch) changes nothing. Becoming leader,
// losing the replica or the topic, or a leader that is not live stops it. A partition whose log is still
// being created waits for logsReady() (called once the broker's queued log creations are done).
// Keeping in step costs time linear in the topics that changed between two images; a change of the
// registered brokers (rare: registration, fencing) looks at every partition of the image once.
import type { Logger } from 'pino'
import type { MetadataImage, PartitionImage, TopicImage } from '../../controller/metadata/metadata-image.ts'
import type { KafkaClient } from '../../network/kafka-client.ts'
import type { Partition } from '../partition.ts'
import { leaderToFollow, type Endpoint, type ReplicaFetchSettings } from './fetch-decisions.ts'
import { FollowedPartition, ReplicaFetcher, partitionKey, type FetcherContext } from './replica-fetcher.ts'

/** Where the manager finds the hosted Partition objects (Broker.partitions). */
export interface HostedPartitions {
  get (topic: string, index: number): Partition | undefined
}

export interface ReplicaFetcherManagerOptions {
  readonly nodeId: number
  /** inter.broker.listener.name: the leaders' endpoints are taken on it. */
  readonly listenerName: string
  readonly settings: ReplicaFetchSettings
  /** The replication client (its own connections, bound to this node's host); closed by close(). */
  readonly client: Pick<KafkaClient, 'send' | 'close'>
  readonly hosted: HostedPartitions
  readonly fsyncOf: (topic: string) => boolean
  readonly logger: Logger
}

export class ReplicaFetcherManager {
  private readonly options: ReplicaFetcherManagerOptions
  private readonly ctx: FetcherContext
  private readonly fetchers = new Map<number, ReplicaFetcher>()
  private readonly followed = new Map<string, FollowedPartition>()
  private brokerEpoch = -1n
  private closed = false
  /** rivulet.replication.fsync by topic, read once per config change (not per fetch). */
  private readonly fsyncByTopic = new Map<string, boolean>()
  /** Partitions (re)started by the update in progress, by leader: one log line per update, not per partition. */
  private readonly started = new Map<number, number>()

  constructor (options: ReplicaFetcherManagerOptions) {
    this.options = options
    const log = options.logger.child({ module: 'replica-fetcher' })
    this.ctx = { nodeId: options.nodeId, settings: options.settings, client: options.client, brokerEpoch: () => this.brokerEpoch, fsyncOf: (topic) => this.fsyncOf(topic), log }
  }

  /** Brings the followed partitions in line with `image` (the hosted Partitions already are). */
  update (image: MetadataImage, previous: MetadataImage | null): void {
    if (this.closed) return
    this.brokerEpoch = image.brokers.get(this.options.nodeId)?.epoch ?? -1n
    if (previous === null || image.configs !== previous.configs) this.fsyncByTopic.clear()
    if (previous !== null && image.topicsById === previous.topicsById && image.brokers === previous.brokers) return
    this.started.clear()
    this.apply(image, previous)
    if (this.started.size > 0) {
      const byLeader = Object.fromEntries(this.started)
      this.ctx.log.info({ partitionsByLeader: byLeader, followed: this.followed.size }, 'replica fetchers (re)started partitions for new leaders or leader epochs')
    }
  }

  private apply (image: MetadataImage, previous: MetadataImage | null): void {
    if (previous === null || image.brokers !== previous.brokers) {
      const seen = new Set<string>()
      for (const topic of image.topicsById.values()) {
        for (const state of topic.partitions.values()) {
          if (!state.replicas.includes(this.options.nodeId)) continue
          seen.add(partitionKey(topic.id, state.partitionId))
          this.reconsider(image, topic, state)
        }
      }
      for (const [key, fp] of this.followed) if (!seen.has(key)) this.stopFollowing(fp)
      return
    }
    for (const [id, before] of previous.topicsById) {
      const now = image.topicsById.get(id)
      if (now === before) continue
      for (const state of before.partitions.values()) {
        const fp = this.followed.get(partitionKey(id, state.partitionId))
        if (fp !== undefined && now?.partitions.get(state.partitionId)?.replicas.includes(this.options.nodeId) !== true) this.stopFollowing(fp)
      }
    }
    for (const [id, topic] of image.topicsById) {
      if (previous.topicsById.get(id) === topic) continue
      for (const state of topic.partitions.values()) if (state.replicas.includes(this.options.nodeId)) this.reconsider(image, topic, state)
    }
  }

  /** The broker's queued log creations are done: partitions waiting for their log fetch now. */
  logsReady (): void {
    for (const fetcher of this.fetchers.values()) fetcher.logsReady()
  }

  /** Partitions followed now. */
  followedCount (): number {
    return this.followed.size
  }

  /** A followed partition: its leader, leader epoch and lag (the leader's high watermark minus this log's end; -1 before the first answer). */
  followerState (topicId: string, partition: number): { leaderId: number, leaderEpoch: number, lag: number, fenced: boolean } | null {
    const fp = this.followed.get(partitionKey(topicId, partition))
    return fp === undefined ? null : { leaderId: fp.leaderId, leaderEpoch: fp.leaderEpoch, lag: fp.lag, fenced: fp.fenced }
  }

  /** The largest lag of a followed partition (messages behind the leader's high watermark), for metrics. */
  maxLag (): number {
    let max = 0
    for (const fp of this.followed.values()) if (fp.lag > max) max = fp.lag
    return max
  }

  /** Stops every fetcher, closes the replication client (ending the requests in flight) and waits for the loops. */
  async close (): Promise<void> {
    if (this.closed) return
    this.closed = true
    for (const fetcher of this.fetchers.values()) fetcher.stop()
    await this.options.client.close()
    await Promise.all([...this.fetchers.values()].map(async (f) => await f.done))
    this.fetchers.clear()
    this.followed.clear()
  }

  private fsyncOf (topic: string): boolean {
    let fsync = this.fsyncByTopic.get(topic)
    if (fsync === undefined) {
      fsync = this.options.fsyncOf(topic)
      this.fsyncByTopic.set(topic, fsync)
    }
    return fsync
  }

  private reconsider (image: MetadataImage, topic: TopicImage, state: PartitionImage): void {
    const key = partitionKey(topic.id, state.partitionId)
    const current = this.followed.get(key)
    const partition = this.options.hosted.get(topic.name, state.partitionId)
    const target = partition === undefined || partition.topicId !== topic.id ? null : leaderToFollow(state, this.options.nodeId, image.brokers, this.options.listenerName)
    if (target === null) {
      if (current !== undefined) this.stopFollowing(current)
      return
    }
    const fetcher = this.fetcherFor(target.leaderId, target.endpoint)
    if (current !== undefined && current.leaderId === target.leaderId && current.leaderEpoch === target.leaderEpoch && current.partition === partition) return
    if (current !== undefined) this.stopFollowing(current)
    const fp = new FollowedPartition(partition!, target.leaderId, target.leaderEpoch)
    this.followed.set(key, fp)
    fetcher.add(fp)
    this.started.set(target.leaderId, (this.started.get(target.leaderId) ?? 0) + 1)
    this.ctx.log.debug({ topic: topic.name, partition: state.partitionId, leaderId: target.leaderId, leaderEpoch: target.leaderEpoch }, 'following partition from its leader')
  }

  private stopFollowing (fp: FollowedPartition): void {
    if (this.followed.get(fp.key) === fp) this.followed.delete(fp.key)
    this.fetchers.get(fp.leaderId)?.remove(fp)
  }

  /** The fetcher of a leader broker (made at its first partition; kept, idle, when it has none). */
  private fetcherFor (leaderId: number, endpoint: Endpoint): ReplicaFetcher {
    let fetcher = this.fetchers.get(leaderId)
    if (fetcher === undefined) {
      fetcher = new ReplicaFetcher(leaderId, endpoint, this.ctx)
      this.fetchers.set(leaderId, fetcher)
    } else if (fetcher.endpoint.host !== endpoint.host || fetcher.endpoint.port !== endpoint.port) {
      fetcher.endpoint = endpoint
    }
    return fetcher
  }
}
