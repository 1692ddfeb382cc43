// How the broker's handlers reach the controller: CreateTopics, DeleteTopics, CreatePartitions,
// AlterConfigs and IncrementalAlterConfigs, the producer-id blocks of InitProducerId, ElectLeaders, a
// partition leader's ISR changes (AlterPartition), AlterPartitionReassignments and
// ListPartitionReassignments, the broker
// lifecycle's BrokerRegistration and BrokerHeartbeat (broker-lifecycle.ts) and DescribeQuorum. Handlers
// see only this interface, never the QuorumController itself. A single node (one voter) calls its own
// controller (LocalControllerChannel); every broker of a cluster forwards the same requests over the
// controller listener to the active controller (RemoteControllerChannel, remote-controller-channel.ts).
// Every call resolves once the controller's records are applied to this node's image.
import type { QuorumController } from '../controller/quorum-controller/quorum-controller.ts'
import type { BrokerConfigContext } from '../controller/quorum-controller/config-control.ts'
import type { BrokerHeartbeatReply, BrokerHeartbeatRequest, BrokerRegistrationReply, BrokerRegistrationRequest } from '../controller/quorum-controller/controller-api.ts'
import type { ElectionTopicResult } from '../controller/quorum-controller/leader-election.ts'
import type { ElectLeadersRequest } from '../protocol/generated/messages/elect-leaders.ts'
import type { AlterPartitionRequest, AlterPartitionResponse } from '../protocol/generated/messages/alter-partition.ts'
import type { AlterPartitionReassignmentsRequest } from '../protocol/generated/messages/alter-partition-reassignments.ts'
import type { ListPartitionReassignmentsRequest } from '../protocol/generated/messages/list-partition-reassignments.ts'
import type { OngoingTopicReassignment, ReassignmentTopicResult } from '../controller/quorum-controller/reassignment.ts'
import type { ConfigChange, ConfigResult, DeleteResult, DeleteTarget, NewTopic, PartitionGrowth, TopicResult } from '../controller/quorum-controller/topic-control.ts'
import type { DescribeQuorumRequest, DescribeQuorumResponse } from '../protocol/generated/messages/describe-quorum.ts'
import { describeQuorumResponse, type QuorumDescription, type QuorumLeadership } from '../controller/metadata/quorum-fetch.ts'

export interface ControllerChannel {
  /**
   * `timeoutMs`: the client's timeout (CreateTopics' timeout_ms and the like), the deadline of a
   * forwarded request (RemoteControllerChannel); a local call needs none.
   */
  createTopics (topics: readonly NewTopic[], validateOnly: boolean, timeoutMs?: number): Promise<TopicResult[]>
  deleteTopics (targets: readonly DeleteTarget[], timeoutMs?: number): Promise<DeleteResult[]>
  createPartitions (growths: readonly PartitionGrowth[], validateOnly: boolean, timeoutMs?: number): Promise<ConfigResult[]>
  alterTopicConfigs (topic: string, changes: readonly ConfigChange[], replace: boolean, validateOnly: boolean): Promise<ConfigResult>
  alterBrokerConfigs (resourceName: string, changes: readonly ConfigChange[], replace: boolean, validateOnly: boolean, ctx: BrokerConfigContext): Promise<ConfigResult>
  /** A block of producer ids for `brokerId` (Kafka's AllocateProducerIds): [start, end). */
  allocateProducerIds (brokerId: number, blockSize: number): Promise<{ start: bigint, end: bigint }>
  /** Kafka's BrokerRegistration (key 62): this node's broker registers (again) with the active controller. */
  registerBroker (req: BrokerRegistrationRequest): Promise<BrokerRegistrationReply>
  /** Kafka's BrokerHeartbeat (key 63). */
  brokerHeartbeat (req: BrokerHeartbeatRequest): Promise<BrokerHeartbeatReply>
  /**
   * DescribeQuorum (key 55) as the leader of the @metadata quorum answers it: locally on that node,
   * forwarded to it elsewhere (as Kafka's brokers forward it to the active controller);
   * NOT_LEADER_OR_FOLLOWER on the partition when no leader can answer.
   */
  describeQuorum (request: DescribeQuorumRequest): Promise<DescribeQuorumResponse>
  /**
   * ElectLeaders (key 43): the response's top-level error code (NONE, or why no controller answered:
   * then every listed partition carries it too) and the per topic, per partition results.
   */
  electLeaders (req: ElectLeadersRequest): Promise<ElectLeadersReply>
  /**
   * AlterPartition (key 56), sent as v3 (topics by id, ISR members with their broker epochs): the
   * controller's response; a partition accepted is in this node's image when it resolves. Rejects
   * when no active controller answered (NotControllerError locally, ControllerUnavailableError
   * remotely): the leader retries with the image it then has.
   */
  alterPartition (request: AlterPartitionRequest): Promise<AlterPartitionResponse>
  /**
   * AlterPartitionReassignments (key 45): the top-level error code (NONE, or why no controller
   * answered: then every listed partition carries it too) and a result per partition. Resolves once
   * this node's image shows the reassignments started or cancelled (bounded by the request's timeoutMs).
   */
  alterPartitionReassignments (req: AlterPartitionReassignmentsRequest): Promise<AlterReassignmentsReply>
  /** ListPartitionReassignments (key 46), as the active controller knows them. */
  listPartitionReassignments (req: ListPartitionReassignmentsRequest): Promise<ListReassignmentsReply>
}

/** What AlterPartitionReassignments answers: as its response carries it. */
export interface AlterReassignmentsReply {
  readonly errorCode: number
  readonly errorMessage: string | null
  readonly results: ReassignmentTopicResult[]
}

/** What ListPartitionReassignments answers: as its response carries it. */
export interface ListReassignmentsReply {
  readonly errorCode: number
  readonly errorMessage: string | null
  readonly topics: OngoingTopicReassignment[]
}

/** What ElectLeaders answers: as ElectLeadersResponse carries it. */
export interface ElectLeadersReply {
  readonly errorCode: number
  readonly results: ElectionTopicResult[]
}

/** What DescribeQuorum is answered from on a voter: its @metadata log (RaftMetadataLog). */
export interface QuorumDescriber {
  describeQuorum (nowMs: number): QuorumDescription | null
  leader (): QuorumLeadership
}

/** The channel of a node that runs the active controller: a call on it. */
export class LocalControllerChannel implements ControllerChannel {
  private readonly controller: QuorumController
  private readonly quorum: QuorumDescriber | null

  /** `quorum`: the node's @metadata log, when this node is a voter (null: DescribeQuorum knows no leader). */
  constructor (controller: QuorumController, quorum: QuorumDescriber | null = null) {
    this.controller = controller
    this.quorum = quorum
  }

  async describeQuorum (request: DescribeQuorumRequest): Promise<DescribeQuorumResponse> {
    return describeQuorumResponse(request, this.quorum?.describeQuorum(Date.now()) ?? null, this.quorum?.leader() ?? { leaderId: null, epoch: -1 })
  }

  async createTopics (topics: readonly NewTopic[], validateOnly: boolean): Promise<TopicResult[]> {
    return await this.controller.createTopics(topics, validateOnly)
  }

  async deleteTopics (targets: readonly DeleteTarget[]): Promise<DeleteResult[]> {
    return await this.controller.deleteTopics(targets)
  }

  async createPartitions (growths: readonly PartitionGrowth[], validateOnly: boolean): Promise<ConfigResult[]> {
    return await this.controller.createPartitions(growths, validateOnly)
  }

  async alterTopicConfigs (topic: string, changes: readonly ConfigChange[], replace: boolean, validateOnly: boolean): Promise<ConfigResult> {
    return await this.controller.alterTopicConfigs(topic, changes, replace, validateOnly)
  }

  async alterBrokerConfigs (resourceName: string, changes: readonly ConfigChange[], replace: boolean, validateOnly: boolean, ctx: BrokerConfigContext): Promise<ConfigResult> {
    return await this.controller.alterBrokerConfigs(resourceName, changes, replace, validateOnly, ctx)
  }

  async allocateProducerIds (brokerId: number, blockSize: number): Promise<{ start: bigint, end: bigint }> {
    return await this.controller.allocateProducerIds(brokerId, blockSize)
  }

  async registerBroker (req: BrokerRegistrationRequest): Promise<BrokerRegistrationReply> {
    return await this.controller.registerBroker(req, Date.now())
  }

  async brokerHeartbeat (req: BrokerHeartbeatRequest): Promise<BrokerHeartbeatReply> {
    return await this.controller.brokerHeartbeat(req, Date.now())
  }

  async electLeaders (req: ElectLeadersRequest): Promise<ElectLeadersReply> {
    return { errorCode: 0, results: await this.controller.electLeaders(req.electionType, req.topicPartitions, Date.now()) }
  }

  async alterPartition (request: AlterPartitionRequest): Promise<AlterPartitionResponse> {
    return await this.controller.alterPartition(request, Date.now())
  }

  async alterPartitionReassignments (req: AlterPartitionReassignmentsRequest): Promise<AlterReassignmentsReply> {
    return { errorCode: 0, errorMessage: null, results: await this.controller.alterPartitionReassignments(req.topics, Date.now()) }
  }

  async listPartitionReassignments (req: ListPartitionReassignmentsRequest): Promise<ListReassignmentsReply> {
    return { errorCode: 0, errorMessage: null, topics: await this.controller.listPartitionReassignments(req.topics, Date.now()) }
  }
}
