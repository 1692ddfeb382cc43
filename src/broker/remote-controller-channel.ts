// The ControllerChannel of a broker in a cluster: each controller request goes over the controller
// listener to the active controller, as Kafka's brokers forward them (BrokerToControllerChannelManager).
// The active controller is the leader of the @metadata quorum as this node knows it; its address is its
// entry of controller.quorum.voters. Every broker of a cluster uses this channel, the one on the
// controller's own node too, so there is one path for every request.
//
// Retries: NOT_CONTROLLER in the answer, no leader known, or a connection that fails or breaks make
// the channel wait for the next leader change (at most retryBackoffMs, then it asks again) and send
// the request again, until the request's deadline: the client's own timeoutMs for CreateTopics,
// DeleteTopics and CreatePartitions, requestTimeoutMs for the others. Then it answers NOT_CONTROLLER
// (no active controller was reached) or REQUEST_TIMED_OUT (one was, and did not answer in time). A
// request resent after a broken connection may have been applied already (Kafka's brokers have the
// same window): a CreateTopics then answers TOPIC_ALREADY_EXISTS.
//
// Topic changes answer once this node's image shows them too (bounded by the same deadline), so that
// a client that creates a topic through this broker finds it here at once: the channel's promise, as
// LocalControllerChannel's, is "applied to this node's image"; so do AlterPartition's accepted ISR
// changes (the partition epoch the controller answered is in this node's image). Config changes answer when the
// controller has applied them; this node's image follows within a heartbeat of the quorum.
import type { Logger } from 'pino'
import { ApiKey } from '../protocol/generated/api-keys.ts'
import { ErrorCode } from '../protocol/generated/error-codes.ts'
import type { ApiRequestMap, ApiResponseMap } from '../protocol/generated/index.ts'
import { defaultCreateTopicsRequest } from '../protocol/generated/messages/create-topics.ts'
import { defaultDeleteTopicsRequest } from '../protocol/generated/messages/delete-topics.ts'
import { defaultCreatePartitionsRequest } from '../protocol/generated/messages/create-partitions.ts'
import { defaultAlterConfigsRequest } from '../protocol/generated/messages/alter-configs.ts'
import { defaultIncrementalAlterConfigsRequest } from '../protocol/generated/messages/incremental-alter-configs.ts'
import { defaultAllocateProducerIdsRequest } from '../protocol/generated/messages/allocate-producer-ids.ts'
import type { ElectLeadersRequest } from '../protocol/generated/messages/elect-leaders.ts'
import { AlterPartitionRequestVersions, type AlterPartitionRequest, type AlterPartitionResponse } from '../protocol/generated/messages/alter-partition.ts'
import type { AlterPartitionReassignmentsRequest } from '../protocol/generated/messages/alter-partition-reassignments.ts'
import type { ListPartitionReassignmentsRequest } from '../protocol/generated/messages/list-partition-reassignments.ts'
import { DescribeQuorumRequestVersions, type DescribeQuorumRequest, type DescribeQuorumResponse } from '../protocol/generated/messages/describe-quorum.ts'
import { describeQuorumResponse } from '../controller/metadata/quorum-fetch.ts'
import { KafkaClientError, type KafkaClient, type KafkaDestination } from '../network/kafka-client.ts'
import { assert } from '../util/assert.ts'
import { ConfigResourceType, type MetadataImage } from '../controller/metadata/metadata-image.ts'
import type { MetadataLeadership } from '../controller/metadata/metadata-log.ts'
import type { ImageListener } from '../controller/metadata/metadata-publisher.ts'
import { brokerResourceError, type BrokerConfigContext, type ConfigChange, type ConfigResult } from '../controller/quorum-controller/config-control.ts'
import type { BrokerHeartbeatReply, BrokerHeartbeatRequest, BrokerRegistrationReply, BrokerRegistrationRequest } from '../controller/quorum-controller/controller-api.ts'
import type { DeleteResult, DeleteTarget, NewTopic, PartitionGrowth, TopicResult } from '../controller/quorum-controller/topic-control.ts'
import type { AlterReassignmentsReply, ControllerChannel, ElectLeadersReply, ListReassignmentsReply } from './controller-channel.ts'

/** Who leads the @metadata quorum, as this node knows it (RaftMetadataLog has both). */
export interface ControllerLeadership {
  leader (): MetadataLeadership
  onLeaderChange (listener: (leadership: MetadataLeadership) => void): void
}

/** This node's committed image (MetadataPublisher has both). */
export interface ImageSource {
  image (): MetadataImage
  subscribe (listener: ImageListener): void
}

export interface RemoteControllerChannelOptions {
  readonly client: KafkaClient
  /** controller.quorum.voters: where each controller listens. */
  readonly voters: ReadonlyMap<number, KafkaDestination>
  readonly leadership: ControllerLeadership
  readonly images: ImageSource
  readonly logger: Logger
  /** Deadline of requests that carry no timeout of their own (configs, producer ids, DescribeQuorum). */
  readonly requestTimeoutMs?: number
  /**
   * Deadline of BrokerRegistration and BrokerHeartbeat: shorter than the broker's session, as Kafka
   * gives them broker.session.timeout.ms / 2 (KAFKA-14392), so that one unanswered heartbeat does not
   * outlast the session while the next would reach a controller that answers.
   */
  readonly lifecycleTimeoutMs?: number
  /** Longest wait for a leader change before asking again. */
  readonly retryBackoffMs?: number
}

export const REMOTE_CONTROLLER_DEFAULTS = {
  // Kafka's request.timeout.ms default.
  requestTimeoutMs: 30_000,
  retryBackoffMs: 100
} as const

/** The request versions this channel speaks: the newest each controller handler serves. */
const VERSIONS = {
  createTopics: 7, deleteTopics: 6, createPartitions: 3, alterConfigs: 2, incrementalAlterConfigs: 1,
  allocateProducerIds: 0, brokerRegistration: 3, brokerHeartbeat: 1, electLeaders: 2, describeQuorum: DescribeQuorumRequestVersions.max,
  alterPartition: AlterPartitionRequestVersions.max, alterPartitionReassignments: 0, listPartitionReassignments: 0
} as const

const NOT_CONTROLLER_MESSAGE = 'No active controller could be reached before the request timed out.'
const TIMED_OUT_MESSAGE = 'The active controller did not answer before the request timed out.'
const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA'
/** What unlessLeaderMoves gives when this node learnt of another leader before the answer came. */
const LEADER_MOVED = Symbol('leader moved')

/** Why a forwarded request got no answer: the error code its response gives each item. */
type Unanswered = { readonly unanswered: typeof ErrorCode.NOT_CONTROLLER | typeof ErrorCode.REQUEST_TIMED_OUT }

function isUnanswered (value: unknown): value is Unanswered {
  return typeof value === 'object' && value !== null && 'unanswered' in value
}

/** A producer-id block could not be had: the broker answers its client with `errorCode`. */
export class ControllerUnavailableError extends Error {
  override name = 'ControllerUnavailableError'
  readonly errorCode: number

  constructor (errorCode: number, message: string) {
    super(message)
    this.errorCode = errorCode
  }
}

interface ImageWaiter {
  readonly done: (image: MetadataImage) => boolean
  readonly resolve: () => void
}

export class RemoteControllerChannel implements ControllerChannel {
  private readonly options: RemoteControllerChannelOptions
  private readonly requestTimeoutMs: number
  private readonly lifecycleTimeoutMs: number
  private readonly retryBackoffMs: number
  private readonly log: Logger
  private readonly leaderWaiters = new Set<() => void>()
  private readonly imageWaiters = new Set<ImageWaiter>()
  private closed = false

  constructor (options: RemoteControllerChannelOptions) {
    this.options = options
    this.requestTimeoutMs = options.requestTimeoutMs ?? REMOTE_CONTROLLER_DEFAULTS.requestTimeoutMs
    this.lifecycleTimeoutMs = options.lifecycleTimeoutMs ?? this.requestTimeoutMs
    this.retryBackoffMs = options.retryBackoffMs ?? REMOTE_CONTROLLER_DEFAULTS.retryBackoffMs
    assert(this.requestTimeoutMs > 0 && this.retryBackoffMs > 0, 'timeouts must be positive')
    this.log = options.logger.child({ module: 'controller-channel' })
    options.leadership.onLeaderChange(() => this.wakeLeaderWaiters())
    options.images.subscribe((image) => {
      for (const waiter of this.imageWaiters) {
        if (!waiter.done(image)) continue
        this.imageWaiters.delete(waiter)
        waiter.resolve()
      }
    })
  }

  async createTopics (topics: readonly NewTopic[], validateOnly: boolean, timeoutMs?: number): Promise<TopicResult[]> {
    const deadlineMs = this.deadline(timeoutMs)
    const request = defaultCreateTopicsRequest()
    request.validateOnly = validateOnly
    request.timeoutMs = Math.max(0, Math.round(deadlineMs - Date.now()))
    request.topics = topics.map((t) => ({
      name: t.name, numPartitions: t.numPartitions, replicationFactor: t.replicationFactor,
      assignments: t.assignments.map((a) => ({ partitionIndex: a.partitionIndex, brokerIds: [...a.brokerIds] })),
      configs: [...t.configs].map(([name, value]) => ({ name, value }))
    }))
    const response = await this.forward(ApiKey.CreateTopics, VERSIONS.createTopics, request, deadlineMs, (r) => r.topics.some((t) => t.errorCode === ErrorCode.NOT_CONTROLLER))
    if (isUnanswered(response)) {
      return topics.map((t) => ({ name: t.name, topicId: ZERO_UUID, errorCode: response.unanswered, errorMessage: messageOf(response), numPartitions: -1, replicationFactor: -1 }))
    }
    const results = response.topics.map((t) => ({ name: t.name, topicId: t.topicId, errorCode: t.errorCode, errorMessage: t.errorMessage, numPartitions: t.numPartitions, replicationFactor: t.replicationFactor }))
    if (!validateOnly) {
      const created = results.filter((r) => r.errorCode === ErrorCode.NONE).map((r) => r.topicId)
      await this.imageShows((image) => created.every((id) => image.topicsById.has(id)), deadlineMs)
    }
    return results
  }

  async deleteTopics (targets: readonly DeleteTarget[], timeoutMs?: number): Promise<DeleteResult[]> {
    const deadlineMs = this.deadline(timeoutMs)
    const request = defaultDeleteTopicsRequest()
    request.timeoutMs = Math.max(0, Math.round(deadlineMs - Date.now()))
    request.topics = targets.map((t) => ({ name: t.name, topicId: t.topicId ?? ZERO_UUID }))
    const response = await this.forward(ApiKey.DeleteTopics, VERSIONS.deleteTopics, request, deadlineMs, (r) => r.responses.some((t) => t.errorCode === ErrorCode.NOT_CONTROLLER))
    if (isUnanswered(response)) {
      return targets.map((t) => ({ name: t.name, topicId: t.topicId ?? ZERO_UUID, errorCode: response.unanswered, errorMessage: messageOf(response) }))
    }
    const results = response.responses.map((r) => ({ name: r.name, topicId: r.topicId, errorCode: r.errorCode, errorMessage: r.errorMessage }))
    const deleted = results.filter((r) => r.errorCode === ErrorCode.NONE).map((r) => r.topicId)
    await this.imageShows((image) => deleted.every((id) => !image.topicsById.has(id)), deadlineMs)
    return results
  }

  async createPartitions (growths: readonly PartitionGrowth[], validateOnly: boolean, timeoutMs?: number): Promise<ConfigResult[]> {
    const deadlineMs = this.deadline(timeoutMs)
    const request = defaultCreatePartitionsRequest()
    request.validateOnly = validateOnly
    request.timeoutMs = Math.max(0, Math.round(deadlineMs - Date.now()))
    request.topics = growths.map((g) => ({ name: g.name, count: g.count, assignments: g.assignments === null ? null : g.assignments.map((brokerIds) => ({ brokerIds: [...brokerIds] })) }))
    const response = await this.forward(ApiKey.CreatePartitions, VERSIONS.createPartitions, request, deadlineMs, (r) => r.results.some((t) => t.errorCode === ErrorCode.NOT_CONTROLLER))
    if (isUnanswered(response)) return growths.map(() => ({ errorCode: response.unanswered, errorMessage: messageOf(response) }))
    const results = response.results.map((r) => ({ errorCode: r.errorCode, errorMessage: r.errorMessage }))
    if (!validateOnly) {
      const grown = growths.filter((_, i) => results[i]?.errorCode === ErrorCode.NONE)
      await this.imageShows((image) => grown.every((g) => (image.topic(g.name)?.partitions.size ?? 0) >= g.count), deadlineMs)
    }
    return results
  }

  async alterTopicConfigs (topic: string, changes: readonly ConfigChange[], replace: boolean, validateOnly: boolean): Promise<ConfigResult> {
    return await this.alterConfigs(ConfigResourceType.TOPIC, topic, changes, replace, validateOnly)
  }

  async alterBrokerConfigs (resourceName: string, changes: readonly ConfigChange[], replace: boolean, validateOnly: boolean, ctx: BrokerConfigContext): Promise<ConfigResult> {
    // As Kafka's broker: a broker resource names this broker (or the cluster default) before it is forwarded.
    const nameError = brokerResourceError(resourceName, ctx.nodeId)
    if (nameError !== null) return nameError
    return await this.alterConfigs(ConfigResourceType.BROKER, resourceName, changes, replace, validateOnly)
  }

  async allocateProducerIds (brokerId: number, blockSize: number): Promise<{ start: bigint, end: bigint }> {
    const request = defaultAllocateProducerIdsRequest()
    request.brokerId = brokerId
    request.brokerEpoch = this.options.images.image().brokers.get(brokerId)?.epoch ?? -1n
    const response = await this.forward(ApiKey.AllocateProducerIds, VERSIONS.allocateProducerIds, request, this.deadline(undefined), (r) => r.errorCode === ErrorCode.NOT_CONTROLLER)
    if (isUnanswered(response)) throw new ControllerUnavailableError(response.unanswered, messageOf(response))
    if (response.errorCode !== ErrorCode.NONE) {
      this.log.warn({ errorCode: response.errorCode, brokerEpoch: request.brokerEpoch }, 'the active controller refused a producer-id block')
      throw new ControllerUnavailableError(response.errorCode, `the controller refused a producer-id block (error ${response.errorCode})`)
    }
    // The block size is the controller's (Kafka's AllocateProducerIds carries none); the broker's is the same 1,000.
    if (response.producerIdLen !== blockSize) this.log.debug({ blockSize, granted: response.producerIdLen }, 'producer-id block of another size')
    return { start: response.producerIdStart, end: response.producerIdStart + BigInt(response.producerIdLen) }
  }

  /** BrokerRegistration (key 62) on the active controller. */
  async registerBroker (request: BrokerRegistrationRequest): Promise<BrokerRegistrationReply> {
    const response = await this.forward(ApiKey.BrokerRegistration, VERSIONS.brokerRegistration, request, this.deadline(this.lifecycleTimeoutMs), (r) => r.errorCode === ErrorCode.NOT_CONTROLLER)
    if (isUnanswered(response)) return { errorCode: response.unanswered, brokerEpoch: -1n }
    return { errorCode: response.errorCode, brokerEpoch: response.brokerEpoch }
  }

  /** BrokerHeartbeat (key 63) on the active controller; unanswered, the broker stays fenced. */
  async brokerHeartbeat (request: BrokerHeartbeatRequest): Promise<BrokerHeartbeatReply> {
    const response = await this.forward(ApiKey.BrokerHeartbeat, VERSIONS.brokerHeartbeat, request, this.deadline(this.lifecycleTimeoutMs), (r) => r.errorCode === ErrorCode.NOT_CONTROLLER)
    if (isUnanswered(response)) return { errorCode: response.unanswered, isCaughtUp: false, isFenced: true, shouldShutDown: false }
    return { errorCode: response.errorCode, isCaughtUp: response.isCaughtUp, isFenced: response.isFenced, shouldShutDown: response.shouldShutDown }
  }

  /** ElectLeaders (key 43) on the active controller, for the listed partitions or all (null): results by topic. */
  async electLeaders (req: ElectLeadersRequest): Promise<ElectLeadersReply> {
    const deadlineMs = this.deadline(req.timeoutMs)
    const request = { ...req, timeoutMs: Math.max(0, Math.round(deadlineMs - Date.now())) }
    const response = await this.forward(ApiKey.ElectLeaders, VERSIONS.electLeaders, request, deadlineMs, (r) => r.errorCode === ErrorCode.NOT_CONTROLLER)
    if (isUnanswered(response)) {
      const results = (req.topicPartitions ?? []).map((t) => ({ topic: t.topic, partitionResult: t.partitions.map((partitionId) => ({ partitionId, errorCode: response.unanswered, errorMessage: messageOf(response) })) }))
      return { errorCode: response.unanswered, results }
    }
    return { errorCode: response.errorCode, results: response.replicaElectionResults }
  }

  /**
   * AlterPartition (key 56) on the active controller, as v3 (topics by id). Resolves once every
   * accepted partition's new partition epoch is in this node's image (or at the request deadline,
   * the controller having applied it), so that the leader's next proposal starts from it. Rejects
   * with ControllerUnavailableError when no controller answered before the deadline.
   */
  async alterPartition (request: AlterPartitionRequest): Promise<AlterPartitionResponse> {
    const deadlineMs = this.deadline(undefined)
    // NOT_CONTROLLER at the top level, or on every partition (a controller whose image is behind the
    // sender's epochs has lost its leadership): asked again. With some partitions answered, the answer
    // stands (resent, those would be stale): the leader retries the rest.
    const partitions = (r: AlterPartitionResponse): AlterPartitionResponse['topics'][number]['partitions'] => r.topics.flatMap((t) => t.partitions)
    const notController = (r: AlterPartitionResponse): boolean => r.errorCode === ErrorCode.NOT_CONTROLLER ||
      (partitions(r).length > 0 && partitions(r).every((p) => p.errorCode === ErrorCode.NOT_CONTROLLER))
    const response = await this.forward(ApiKey.AlterPartition, VERSIONS.alterPartition, request, deadlineMs, notController)
    if (isUnanswered(response)) throw new ControllerUnavailableError(response.unanswered, messageOf(response))
    const accepted = response.topics.flatMap((t) => t.partitions.filter((p) => p.errorCode === ErrorCode.NONE).map((p) => ({ topicId: t.topicId, partitionIndex: p.partitionIndex, partitionEpoch: p.partitionEpoch })))
    await this.imageShows((image) => accepted.every((a) => {
      const partition = image.topicsById.get(a.topicId)?.partitions.get(a.partitionIndex)
      // A topic deleted since: nothing more will show.
      return partition === undefined || partition.partitionEpoch >= a.partitionEpoch
    }), deadlineMs)
    return response
  }

  /**
   * AlterPartitionReassignments (key 45) on the active controller; answers once this node's image
   * shows each reassignment it started (the target leads the replica list) or cancelled (none in
   * progress), bounded by the request's timeout.
   */
  async alterPartitionReassignments (req: AlterPartitionReassignmentsRequest): Promise<AlterReassignmentsReply> {
    const deadlineMs = this.deadline(req.timeoutMs)
    const request = { ...req, timeoutMs: Math.max(0, Math.round(deadlineMs - Date.now())) }
    const response = await this.forward(ApiKey.AlterPartitionReassignments, VERSIONS.alterPartitionReassignments, request, deadlineMs, (r) => r.errorCode === ErrorCode.NOT_CONTROLLER)
    if (isUnanswered(response)) {
      const results = req.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: response.unanswered, errorMessage: messageOf(response) })) }))
      return { errorCode: response.unanswered, errorMessage: messageOf(response), results }
    }
    const applied: Array<{ topic: string, partition: number, replicas: readonly number[] | null }> = []
    req.topics.forEach((t, i) => t.partitions.forEach((p, j) => {
      if (response.responses[i]?.partitions[j]?.errorCode === ErrorCode.NONE) applied.push({ topic: t.name, partition: p.partitionIndex, replicas: p.replicas })
    }))
    await this.imageShows((image) => applied.every((a) => {
      const p = image.topic(a.topic)?.partitions.get(a.partition)
      if (p === undefined) return true
      return a.replicas === null ? p.addingReplicas.length === 0 && p.removingReplicas.length === 0 : a.replicas.every((id, k) => p.replicas[k] === id)
    }), deadlineMs)
    return { errorCode: response.errorCode, errorMessage: response.errorMessage, results: response.responses }
  }

  /** ListPartitionReassignments (key 46) on the active controller. */
  async listPartitionReassignments (req: ListPartitionReassignmentsRequest): Promise<ListReassignmentsReply> {
    const deadlineMs = this.deadline(req.timeoutMs)
    const request = { ...req, timeoutMs: Math.max(0, Math.round(deadlineMs - Date.now())) }
    const response = await this.forward(ApiKey.ListPartitionReassignments, VERSIONS.listPartitionReassignments, request, deadlineMs, (r) => r.errorCode === ErrorCode.NOT_CONTROLLER)
    if (isUnanswered(response)) return { errorCode: response.unanswered, errorMessage: messageOf(response), topics: [] }
    return { errorCode: response.errorCode, errorMessage: response.errorMessage, topics: response.topics }
  }

  /**
   * DescribeQuorum (key 55) answered by the quorum's leader (a voter that does not lead answers
   * NOT_LEADER_OR_FOLLOWER on the partition, and is asked again after the next leader change); with
   * no leader reached in time, NOT_LEADER_OR_FOLLOWER on the partition, as a voter without a leader answers.
   */
  async describeQuorum (request: DescribeQuorumRequest): Promise<DescribeQuorumResponse> {
    const notLeader = (r: DescribeQuorumResponse): boolean => r.topics.some((t) => t.partitions.some((p) => p.errorCode === ErrorCode.NOT_LEADER_OR_FOLLOWER))
    const response = await this.forward(ApiKey.DescribeQuorum, VERSIONS.describeQuorum, request, this.deadline(undefined), notLeader)
    if (isUnanswered(response)) return describeQuorumResponse(request, null, this.options.leadership.leader())
    return response
  }

  /** Stops waiting: requests in their retry wait answer NOT_CONTROLLER at once (the client is closed by its owner). */
  close (): void {
    this.closed = true
    this.wakeLeaderWaiters()
    for (const waiter of this.imageWaiters) waiter.resolve()
    this.imageWaiters.clear()
  }

  private async alterConfigs (resourceType: number, resourceName: string, changes: readonly ConfigChange[], replace: boolean, validateOnly: boolean): Promise<ConfigResult> {
    const deadlineMs = this.deadline(undefined)
    const isNotController = (r: { responses: Array<{ errorCode: number }> }): boolean => r.responses.some((x) => x.errorCode === ErrorCode.NOT_CONTROLLER)
    let response: { responses: Array<{ errorCode: number, errorMessage: string | null }> } | Unanswered
    if (replace) {
      const request = defaultAlterConfigsRequest()
      request.validateOnly = validateOnly
      request.resources = [{ resourceType, resourceName, configs: changes.map((c) => ({ name: c.name, value: c.value })) }]
      response = await this.forward(ApiKey.AlterConfigs, VERSIONS.alterConfigs, request, deadlineMs, isNotController)
    } else {
      const request = defaultIncrementalAlterConfigsRequest()
      request.validateOnly = validateOnly
      request.resources = [{ resourceType, resourceName, configs: changes.map((c) => ({ name: c.name, configOperation: c.operation, value: c.value })) }]
      response = await this.forward(ApiKey.IncrementalAlterConfigs, VERSIONS.incrementalAlterConfigs, request, deadlineMs, isNotController)
    }
    if (isUnanswered(response)) return { errorCode: response.unanswered, errorMessage: messageOf(response) }
    const result = response.responses[0]
    if (result === undefined) return { errorCode: ErrorCode.UNKNOWN_SERVER_ERROR, errorMessage: 'the controller answered no resource' }
    return { errorCode: result.errorCode, errorMessage: result.errorMessage }
  }

  private deadline (timeoutMs: number | undefined): number {
    return Date.now() + (timeoutMs !== undefined && timeoutMs > 0 ? timeoutMs : this.requestTimeoutMs)
  }

  /**
   * Sends `request` to the active controller until it answers with something other than
   * NOT_CONTROLLER (`notController` reads that from the response) or the deadline passes.
   */
  private async forward<K extends keyof ApiRequestMap & keyof ApiResponseMap> (apiKey: K, version: number, request: ApiRequestMap[K], deadlineMs: number, notController: (response: ApiResponseMap[K]) => boolean): Promise<ApiResponseMap[K] | Unanswered> {
    let unanswered: Unanswered = { unanswered: ErrorCode.NOT_CONTROLLER }
    for (let attempt = 0; !this.closed; attempt++) {
      const remainingMs = deadlineMs - Date.now()
      if (remainingMs <= 0) break
      const leadership = this.options.leadership.leader()
      const destination = leadership.leaderId === null ? undefined : this.options.voters.get(leadership.leaderId)
      if (destination === undefined) {
        await this.leaderChangeOrBackoff(remainingMs)
        continue
      }
      try {
        const response = await this.unlessLeaderMoves(this.options.client.send(destination, apiKey, version, request, remainingMs), leadership.leaderId!)
        if (response === LEADER_MOVED) {
          this.log.debug({ apiKey, from: leadership.leaderId, to: this.options.leadership.leader().leaderId, attempt }, 'the active controller changed while a request was waiting on the old one; sending it to the new one')
          continue
        }
        if (!notController(response)) return response
        unanswered = { unanswered: ErrorCode.NOT_CONTROLLER }
        this.log.debug({ apiKey, leaderId: leadership.leaderId, epoch: leadership.epoch, attempt }, 'NOT_CONTROLLER from the controller this node knows as leader; waiting for the next')
      } catch (err) {
        if (!(err instanceof KafkaClientError)) throw err
        if (err.kind === 'closed') break
        unanswered = { unanswered: err.kind === 'timeout' ? ErrorCode.REQUEST_TIMED_OUT : ErrorCode.NOT_CONTROLLER }
        this.log.debug({ apiKey, leaderId: leadership.leaderId, kind: err.kind, attempt }, 'controller request failed; retrying on the active controller')
      }
      await this.leaderChangeOrBackoff(deadlineMs - Date.now())
    }
    // Logged once per request (each retry above only at debug): the caller answers the code. The
    // broker lifecycle logs its own registration and heartbeat failures.
    const lifecycle = apiKey === ApiKey.BrokerRegistration || apiKey === ApiKey.BrokerHeartbeat
    this.log[lifecycle ? 'debug' : 'warn']({ apiKey, errorCode: unanswered.unanswered, closed: this.closed }, `controller request unanswered: ${messageOf(unanswered)}`)
    return unanswered
  }

  /**
   * `sent`'s answer, or LEADER_MOVED as soon as this node knows a leader other than `leaderId`. A
   * controller that is paused or cut off answers nothing until the request's timeout, which is longer
   * than a broker's session: a heartbeat waiting on it would let the next controller fence every broker
   * (seen with SIGSTOP of the active controller). The abandoned request may still be applied by the old
   * leader if it commits; the retry then sees it done (TOPIC_ALREADY_EXISTS), as after a lost connection.
   */
  private async unlessLeaderMoves<T> (sent: Promise<T>, leaderId: number): Promise<T | typeof LEADER_MOVED> {
    sent.catch(() => {}) // an abandoned request's failure is nobody's to handle
    let check = (): void => {}
    const moved = new Promise<typeof LEADER_MOVED>((resolve) => {
      check = () => {
        const now = this.options.leadership.leader().leaderId
        if (now !== null && now !== leaderId) resolve(LEADER_MOVED)
      }
      this.leaderWaiters.add(check)
    })
    check() // the leader may have changed between choosing the destination and sending
    try {
      return await Promise.race([sent, moved])
    } finally {
      this.leaderWaiters.delete(check)
    }
  }

  /** Resolves at the next leader change, after retryBackoffMs, or after `remainingMs`, whichever is first. */
  private async leaderChangeOrBackoff (remainingMs: number): Promise<void> {
    if (remainingMs <= 0 || this.closed) return
    await new Promise<void>((resolve) => {
      const wake = (): void => {
        clearTimeout(timer)
        this.leaderWaiters.delete(wake)
        resolve()
      }
      const timer = setTimeout(wake, Math.min(this.retryBackoffMs, remainingMs))
      this.leaderWaiters.add(wake)
    })
  }

  private wakeLeaderWaiters (): void {
    for (const wake of [...this.leaderWaiters]) wake()
  }

  /** Resolves once this node's image satisfies `done`, or at the deadline (the controller has applied the change already). */
  private async imageShows (done: (image: MetadataImage) => boolean, deadlineMs: number): Promise<void> {
    if (done(this.options.images.image())) return
    const remainingMs = deadlineMs - Date.now()
    if (remainingMs <= 0 || this.closed) return
    await new Promise<void>((resolve) => {
      const waiter: ImageWaiter = {
        done,
        resolve: () => {
          clearTimeout(timer)
          resolve()
        }
      }
      const timer = setTimeout(() => {
        this.imageWaiters.delete(waiter)
        this.log.warn({ waitedMs: remainingMs }, 'the controller applied a change that this node\'s image did not show before the request\'s deadline')
        resolve()
      }, remainingMs)
      this.imageWaiters.add(waiter)
    })
  }
}

function messageOf (unanswered: Unanswered): string {
  return unanswered.unanswered === ErrorCode.NOT_CONTROLLER ? NOT_CONTROLLER_MESSAGE : TIMED_OUT_MESSAGE
}
