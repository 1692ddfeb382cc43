// The controller listener's handler registry: the Kafka-protocol APIs a controller serves (KRaft's
// ControllerApis), one file each, named by key, registering its own version range; ApiVersions is
// derived from it. Handlers run on every voter: on one that is not the active controller the
// QuorumController rejects each command with NotControllerError, which the handler answers as
// NOT_CONTROLLER (41) where its response carries an error, so the sender retries on the leader.
// Adding an API is one file and one entry in handler-list.ts.
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import type { ApiRequestMap, ApiResponseMap } from '../../protocol/generated/index.ts'
import type { ElectLeadersResponseReplicaElectionResult } from '../../protocol/generated/messages/elect-leaders.ts'
import type { AlterPartitionRequest, AlterPartitionResponse } from '../../protocol/generated/messages/alter-partition.ts'
import type { RequestContext } from '../../network/router.ts'
import { HandlerTable } from '../../network/handler-table.ts'
import type { LoadedConfig } from '../../config/load-config.ts'
import { assert } from '../../util/assert.ts'
import { NotMetadataLeaderError } from '../metadata/metadata-log.ts'
import { NotControllerError, type BrokerHeartbeatReply, type BrokerHeartbeatRequest, type BrokerRegistrationReply, type BrokerRegistrationRequest } from '../quorum-controller/controller-api.ts'
import type { BrokerConfigContext, ConfigChange, ConfigResult } from '../quorum-controller/config-control.ts'
import type { DeleteResult, DeleteTarget, NewTopic, PartitionGrowth, TopicResult } from '../quorum-controller/topic-control.ts'
import type { quorumHandlers } from '../metadata/quorum-router.ts'
import type { OngoingTopicReassignment, ReassignmentQuery, ReassignmentTopic, ReassignmentTopicResult } from '../quorum-controller/reassignment.ts'

/** One ElectLeaders target: a topic and the partitions to elect. */
export interface ElectionTarget {
  readonly topic: string
  readonly partitions: readonly number[]
}

/** What the controller APIs ask of the QuorumController (its methods, by these signatures). */
export interface ControllerCommands {
  createTopics (topics: readonly NewTopic[], validateOnly: boolean): Promise<TopicResult[]>
  deleteTopics (targets: readonly DeleteTarget[]): Promise<DeleteResult[]>
  createPartitions (growths: readonly PartitionGrowth[], validateOnly: boolean): Promise<ConfigResult[]>
  alterTopicConfigs (topic: string, changes: readonly ConfigChange[], replace: boolean, validateOnly: boolean): Promise<ConfigResult>
  alterBrokerConfigs (resourceName: string, changes: readonly ConfigChange[], replace: boolean, validateOnly: boolean, ctx: BrokerConfigContext): Promise<ConfigResult>
  allocateProducerIds (brokerId: number, blockSize: number): Promise<{ start: bigint, end: bigint }>
  registerBroker (request: BrokerRegistrationRequest, nowMs: number): Promise<BrokerRegistrationReply>
  brokerHeartbeat (request: BrokerHeartbeatRequest, nowMs: number): Promise<BrokerHeartbeatReply>
  /** ElectLeaders for the listed partitions, or all (null); results by topic as the response carries them. */
  electLeaders (electionType: number, targets: readonly ElectionTarget[] | null): Promise<ElectLeadersResponseReplicaElectionResult[]>
  /** AlterPartition (key 56) of request version `version`: the response as the controller decided it. */
  alterPartition (request: AlterPartitionRequest, nowMs: number, version: number): Promise<AlterPartitionResponse>
  /** AlterPartitionReassignments: a result per listed partition, by topic. */
  alterPartitionReassignments (topics: readonly ReassignmentTopic[]): Promise<ReassignmentTopicResult[]>
  /** ListPartitionReassignments: the reassignments in progress, of every partition (null) or the listed ones. */
  listPartitionReassignments (topics: readonly ReassignmentQuery[] | null): Promise<OngoingTopicReassignment[]>
}

/** What every controller handler may use. */
export interface ControllerApiContext {
  /** This node's id. */
  readonly nodeId: number
  readonly controller: ControllerCommands
  /** The node's static configuration: broker configs are validated against it. */
  readonly staticConfig: LoadedConfig
  /** A topic's effective config values (IncrementalAlterConfigs' APPEND and SUBTRACT start from them). */
  readonly topicConfigValues: (topic: string) => ReadonlyMap<string, string | null>
  /** The @metadata quorum's own APIs (quorum fetch, FetchSnapshot, DescribeQuorum) over this voter's log. */
  readonly quorum: ReturnType<typeof quorumHandlers>
}

/** The quorum APIs of the voter behind a request. */
export function quorumOf (ctx: ControllerRequestContext): ReturnType<typeof quorumHandlers> {
  return ctx.api.quorum
}

export interface ControllerRequestContext extends RequestContext {
  readonly registry: ControllerApiRegistry
  readonly api: ControllerApiContext
}

export interface ControllerHandlerDefinition<K extends keyof ApiRequestMap> {
  readonly apiKey: K
  readonly minVersion: number
  readonly maxVersion: number
  handle (ctx: ControllerRequestContext, request: ApiRequestMap[K]): ApiResponseMap[K] | Promise<ApiResponseMap[K]>
}

export function defineControllerHandler<K extends keyof ApiRequestMap> (definition: ControllerHandlerDefinition<K>): ControllerHandlerDefinition<K> {
  return definition
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyControllerHandler = ControllerHandlerDefinition<any>

/**
 * NOT_CONTROLLER for an error that says this node is not the active controller (the controller's
 * NotControllerError, or the log's NotMetadataLeaderError should one pass through); null for any
 * other error, which the handler lets through (the connection is closed and the failure logged).
 */
export function notControllerCode (err: unknown): number | null {
  return err instanceof NotControllerError || err instanceof NotMetadataLeaderError ? ErrorCode.NOT_CONTROLLER : null
}

/** `await command`, or the NOT_CONTROLLER code when this node is not the active controller. */
export async function orNotController<T> (command: Promise<T>): Promise<T | { readonly notController: number }> {
  try {
    return await command
  } catch (err) {
    const code = notControllerCode(err)
    if (code === null) throw err
    return { notController: code }
  }
}

export function isNotController (value: unknown): value is { readonly notController: number } {
  return typeof value === 'object' && value !== null && 'notController' in value
}

export class ControllerApiRegistry extends HandlerTable<ControllerRequestContext, AnyControllerHandler> {
  private readonly api: ControllerApiContext

  constructor (handlers: readonly AnyControllerHandler[], api: ControllerApiContext) {
    super(handlers, {
      noun: 'controller handler',
      checkSpec: (spec) => assert(spec.listeners.includes('controller'), `${spec.name} is not a controller API`)
    })
    this.api = api
  }

  protected contextFor (ctx: RequestContext): ControllerRequestContext {
    return { ...ctx, registry: this, api: this.api }
  }
}
