// CreateTopics (key 19): serves v0-v7 (spec 3.8.0: validVersions 0-7, flexible 5+).
// Validation and records come from the quorum controller (names, existing topics, partition count,
// replication factor against registered brokers, explicit assignments, topic configs); a topic is
// answered only after its records are committed to the @metadata log. v1+: validate_only and error
// messages. v5+: the created topic's partition count, replication factor and configs (with their
// sources, as DescribeConfigs reports them). v7: topic ids. The answer comes once the new partitions'
// logs exist (they are created in slices of 10 ms, so other connections are served meanwhile).
// POLICY_VIOLATION as Kafka's controller answers it: more than 10,000 partitions or records in one
// request fail every topic of it, nothing written; a topic that would pass rivulet.node.partitions.max
// fails alone. Not implemented: CreateTopicPolicy plug-ins; timeout_ms is not needed (creation
// completes before the answer). A controller that cannot be reached or answered in time
// (controller-failure.ts) gives every topic NOT_CONTROLLER or REQUEST_TIMED_OUT, as Kafka's broker
// answers a forwarded CreateTopics that failed; the connection stays open.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { defaultCreateTopicsResponse } from '../../protocol/generated/messages/create-topics.ts'
import { resolveTopicConfigs } from '../../config/topic-config.ts'
import type { TopicResult } from '../../controller/quorum-controller/topic-control.ts'
import { controllerFailure } from '../controller-failure.ts'
import { defineHandler, brokerOf } from './registry.ts'

const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA'

export const createTopicsHandler = defineHandler({
  apiKey: ApiKey.CreateTopics,
  minVersion: 0,
  maxVersion: 7,
  async handle (ctx, request) {
    const broker = brokerOf(ctx)
    let results: TopicResult[]
    try {
      results = await broker.controller.createTopics(request.topics.map((t) => ({
        name: t.name,
        numPartitions: t.numPartitions,
        replicationFactor: t.replicationFactor,
        assignments: t.assignments,
        configs: new Map(t.configs.filter((c) => c.value !== null).map((c) => [c.name, c.value!]))
      })), request.validateOnly, request.timeoutMs)
    } catch (err) {
      const { errorCode, errorMessage } = controllerFailure(err, 'CreateTopics', broker.log)
      results = request.topics.map((t) => ({ name: t.name, topicId: ZERO_UUID, errorCode, errorMessage, numPartitions: -1, replicationFactor: -1 }))
    }
    await broker.logsReconciled()
    const response = defaultCreateTopicsResponse()
    response.topics = results.map((r, i) => {
      const overrides = new Map(request.topics[i]!.configs.filter((c) => c.value !== null).map((c) => [c.name, c.value!]))
      return {
        name: r.name,
        topicId: r.topicId,
        errorCode: r.errorCode,
        errorMessage: r.errorMessage,
        topicConfigErrorCode: 0,
        numPartitions: r.numPartitions,
        replicationFactor: r.replicationFactor,
        configs: r.errorCode !== 0
          ? null
          : resolveTopicConfigs(overrides, broker.effectiveConfig()).map((c) => ({
            name: c.def.key.name, value: c.def.key.sensitive ? null : c.text, readOnly: c.def.key.readOnly, configSource: c.source, isSensitive: c.def.key.sensitive
          }))
      }
    })
    return response
  }
})
