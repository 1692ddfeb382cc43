// Metadata (key 3): serves v0-v12 (spec 3.8.0: validVersions 0-12, flexible 9+).
// Answers from this node's MetadataImage: brokers (unfenced, with their advertised endpoint of the
// listener the request came in on, else of the inter-broker listener), the cluster id (v2+), the
// controller (v1+: a live broker, never a controller-only node, as KRaft: cluster-view.ts), topics
// with topic ids (v10+) and partitions with their leader (-1: LEADER_NOT_AVAILABLE), leader epochs
// (v7+), replicas, ISR and offline replicas (v5+: replicas on fenced or unregistered brokers). An empty topic list means all topics in v0 and
// none in v1+ (where null means all). v12 may name topics by id (an unknown id gets UNKNOWN_TOPIC_ID).
// v10/v11 carry topic ids and nullable names but, as in Kafka, may not use them: a null name or a
// non-zero id there fails the request as Kafka's KafkaApis does (every topic INVALID_REQUEST, a null
// name answered as "", nothing else filled in) instead of an answer the v10/v11 encoder cannot write.
// Unknown topics are auto-created when auto.create.topics.enable is set and the request allows it
// (v4+; always allowed before v4), otherwise they get UNKNOWN_TOPIC_OR_PARTITION; illegal names get
// INVALID_TOPIC_EXCEPTION; a topic whose creation fails gets the creation's error (POLICY_VIOLATION
// past rivulet.node.partitions.max, logged with its reason, as the Metadata response has no message);
// LEADER_NOT_AVAILABLE when no controller took the creation (none reached, no answer in time).
// Not implemented: authorized operations (no ACLs yet): they are reported as not requested
// (-2147483648) whatever the request asks.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultMetadataResponse, type MetadataResponseTopic } from '../../protocol/generated/messages/metadata.ts'
import { invalidTopicName, type TopicResult } from '../../controller/quorum-controller/topic-control.ts'
import type { MetadataImage, TopicImage } from '../../controller/metadata/metadata-image.ts'
import { controllerFailure } from '../controller-failure.ts'
import { defineHandler, brokerOf } from './registry.ts'
import { clientControllerId, liveBrokers, offlineReplicas } from '../cluster-view.ts'

const AUTHORIZED_OPERATIONS_NOT_REQUESTED = -2147483648
const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA'

function topicMetadata (image: MetadataImage, topic: TopicImage): MetadataResponseTopic {
  const partitions = [...topic.partitions.values()].sort((a, b) => a.partitionId - b.partitionId).map((p) => ({
    errorCode: p.leader < 0 ? ErrorCode.LEADER_NOT_AVAILABLE : ErrorCode.NONE,
    partitionIndex: p.partitionId,
    leaderId: p.leader,
    leaderEpoch: p.leaderEpoch,
    replicaNodes: [...p.replicas],
    isrNodes: [...p.isr],
    offlineReplicas: offlineReplicas(image, p.replicas)
  }))
  return { errorCode: ErrorCode.NONE, name: topic.name, topicId: topic.id, isInternal: false, partitions, topicAuthorizedOperations: AUTHORIZED_OPERATIONS_NOT_REQUESTED }
}

function errorTopic (name: string | null, topicId: string, errorCode: number): MetadataResponseTopic {
  return { errorCode, name, topicId, isInternal: false, partitions: [], topicAuthorizedOperations: AUTHORIZED_OPERATIONS_NOT_REQUESTED }
}

/** Kafka's MetadataRequest.getErrorResponse for INVALID_REQUEST: the topics echoed with the error, nothing else. */
function invalidRequest (topics: ReadonlyArray<{ readonly name: string | null, readonly topicId: string }>): ReturnType<typeof defaultMetadataResponse> {
  const response = defaultMetadataResponse()
  response.topics = topics.map((t) => errorTopic(t.name ?? '', t.topicId, ErrorCode.INVALID_REQUEST))
  return response
}

export const metadataHandler = defineHandler({
  apiKey: ApiKey.Metadata,
  minVersion: 0,
  maxVersion: 12,
  async handle (ctx, request) {
    const broker = brokerOf(ctx)
    const version = ctx.header.requestApiVersion
    const allTopics = request.topics === null || (version === 0 && request.topics.length === 0)
    if (!allTopics && version < 12 && request.topics!.some((t) => t.name === null || t.topicId !== ZERO_UUID)) return invalidRequest(request.topics!)
    const mayCreate = broker.config.bool('auto.create.topics.enable') && (version < 4 || request.allowAutoTopicCreation)
    const creationErrors = new Map<string, number>()
    if (!allTopics && mayCreate) {
      const missing = request.topics!
        .map((t) => t.name)
        .filter((name): name is string => name !== null && invalidTopicName(name) === null && broker.image().topic(name) === undefined)
      if (missing.length > 0) {
        const names = [...new Set(missing)]
        let results: TopicResult[]
        try {
          results = await broker.controller.createTopics(names.map((name) => ({ name, numPartitions: -1, replicationFactor: -1, assignments: [], configs: new Map() })), false)
        } catch (err) {
          const { errorCode, errorMessage } = controllerFailure(err, 'Metadata (topic auto-creation)', broker.log)
          results = names.map((name) => ({ name, topicId: ZERO_UUID, errorCode, errorMessage, numPartitions: -1, replicationFactor: -1 }))
        }
        await broker.logsReconciled()
        for (const r of results) {
          if (r.errorCode === ErrorCode.NONE || r.errorCode === ErrorCode.TOPIC_ALREADY_EXISTS) continue
          // As Kafka's auto-creation: a creation the controller did not take (none reached, no answer
          // in time) leaves the topic "being created", LEADER_NOT_AVAILABLE, which clients retry.
          const unavailable = r.errorCode === ErrorCode.NOT_CONTROLLER || r.errorCode === ErrorCode.REQUEST_TIMED_OUT || r.errorCode === ErrorCode.UNKNOWN_SERVER_ERROR
          creationErrors.set(r.name, unavailable ? ErrorCode.LEADER_NOT_AVAILABLE : r.errorCode)
          broker.log.warn({ topic: r.name, errorCode: r.errorCode }, `auto-creation refused: ${r.errorMessage ?? ''}`)
        }
      }
    }
    const image = broker.image()
    const response = defaultMetadataResponse()
    response.brokers = liveBrokers(image, ctx.listenerName, broker.fallbackListenerName)
    response.clusterId = broker.clusterId
    response.controllerId = clientControllerId(image, broker.metadataLeaderId())
    response.clusterAuthorizedOperations = AUTHORIZED_OPERATIONS_NOT_REQUESTED
    if (allTopics) {
      response.topics = [...image.topicsById.values()].sort((a, b) => a.name.localeCompare(b.name)).map((t) => topicMetadata(image, t))
    } else {
      response.topics = request.topics!.map((t) => {
        if (t.name === null) {
          const byId = image.topicsById.get(t.topicId)
          return byId === undefined ? errorTopic(null, t.topicId, ErrorCode.UNKNOWN_TOPIC_ID) : topicMetadata(image, byId)
        }
        if (invalidTopicName(t.name) !== null) return errorTopic(t.name, ZERO_UUID, ErrorCode.INVALID_TOPIC_EXCEPTION)
        const topic = image.topic(t.name)
        return topic === undefined ? errorTopic(t.name, ZERO_UUID, creationErrors.get(t.name) ?? ErrorCode.UNKNOWN_TOPIC_OR_PARTITION) : topicMetadata(image, topic)
      })
    }
    return response
  }
})
