// CreatePartitions (key 37) on the controller listener: serves v0-v3. All topics are one controller
// operation (topic-control.ts), answered once applied. NOT_CONTROLLER for every topic when this node
// is not the active controller.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { defaultCreatePartitionsResponse } from '../../protocol/generated/messages/create-partitions.ts'
import { defineControllerHandler, isNotController, orNotController } from './registry.ts'

export const controllerCreatePartitionsHandler = defineControllerHandler({
  apiKey: ApiKey.CreatePartitions,
  minVersion: 0,
  maxVersion: 3,
  async handle (ctx, request) {
    const outcome = await orNotController(ctx.api.controller.createPartitions(request.topics.map((t) => ({
      name: t.name, count: t.count, assignments: t.assignments === null ? null : t.assignments.map((a) => a.brokerIds)
    })), request.validateOnly))
    const response = defaultCreatePartitionsResponse()
    response.results = request.topics.map((t, i) => isNotController(outcome)
      ? { name: t.name, errorCode: outcome.notController, errorMessage: 'This node is not the active controller.' }
      : { name: t.name, errorCode: outcome[i]!.errorCode, errorMessage: outcome[i]!.errorMessage })
    return response
  }
})
