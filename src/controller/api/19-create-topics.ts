// CreateTopics (key 19) on the controller listener: serves v0-v7. The active controller validates
// and commits the topics (topic-control.ts) and answers once they are applied to its image. What a
// broker adds for its own clients is not sent back here: the created topics' configs (v5+) are left
// null, as the forwarding broker resolves them against its own configuration. NOT_CONTROLLER for
// every topic when this node is not the active controller.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { defaultCreateTopicsResponse } from '../../protocol/generated/messages/create-topics.ts'
import { defineControllerHandler, isNotController, orNotController } from './registry.ts'

export const controllerCreateTopicsHandler = defineControllerHandler({
  apiKey: ApiKey.CreateTopics,
  minVersion: 0,
  maxVersion: 7,
  async handle (ctx, request) {
    const outcome = await orNotController(ctx.api.controller.createTopics(request.topics.map((t) => ({
      name: t.name,
      numPartitions: t.numPartitions,
      replicationFactor: t.replicationFactor,
      assignments: t.assignments,
      configs: new Map(t.configs.filter((c) => c.value !== null).map((c) => [c.name, c.value!]))
    })), request.validateOnly))
    const response = defaultCreateTopicsResponse()
    response.topics = isNotController(outcome)
      ? request.topics.map((t) => ({ name: t.name, topicId: 'AAAAAAAAAAAAAAAAAAAAAA', errorCode: outcome.notController, errorMessage: 'This node is not the active controller.', topicConfigErrorCode: 0, numPartitions: -1, replicationFactor: -1, configs: null }))
      : outcome.map((r) => ({ name: r.name, topicId: r.topicId, errorCode: r.errorCode, errorMessage: r.errorMessage, topicConfigErrorCode: 0, numPartitions: r.numPartitions, replicationFactor: r.replicationFactor, configs: null }))
    return response
  }
})
