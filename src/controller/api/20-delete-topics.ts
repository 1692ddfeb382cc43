// DeleteTopics (key 20) on the controller listener: serves v0-v6 (v6 names topics or gives ids).
// The active controller commits a RemoveTopicRecord per existing topic and answers once applied;
// each broker deletes its own partition logs as its image follows. NOT_CONTROLLER for every topic
// when this node is not the active controller.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { defaultDeleteTopicsResponse } from '../../protocol/generated/messages/delete-topics.ts'
import { defineControllerHandler, isNotController, orNotController } from './registry.ts'

const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA'

export const controllerDeleteTopicsHandler = defineControllerHandler({
  apiKey: ApiKey.DeleteTopics,
  minVersion: 0,
  maxVersion: 6,
  async handle (ctx, request) {
    const targets = ctx.header.requestApiVersion >= 6
      ? request.topics.map((t) => ({ name: t.name, topicId: t.name === null ? t.topicId : null }))
      : request.topicNames.map((name) => ({ name, topicId: null }))
    const outcome = await orNotController(ctx.api.controller.deleteTopics(targets))
    const response = defaultDeleteTopicsResponse()
    response.responses = isNotController(outcome)
      ? targets.map((t) => ({ name: t.name, topicId: t.topicId ?? ZERO_UUID, errorCode: outcome.notController, errorMessage: 'This node is not the active controller.' }))
      : outcome.map((r) => ({ name: r.name, topicId: r.topicId, errorCode: r.errorCode, errorMessage: r.errorMessage }))
    return response
  }
})
