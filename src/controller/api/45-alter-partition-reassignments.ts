// AlterPartitionReassignments (key 45) on the controller listener: serves v0 (the only version, flexible).
// The active controller decides (reassignment.ts) and answers once the records are applied, a result
// per partition. NOT_CONTROLLER: at the top level and for every listed partition, as Kafka's error
// response for this request carries it.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultAlterPartitionReassignmentsResponse } from '../../protocol/generated/messages/alter-partition-reassignments.ts'
import { defineControllerHandler, isNotController, orNotController } from './registry.ts'

export const controllerAlterPartitionReassignmentsHandler = defineControllerHandler({
  apiKey: ApiKey.AlterPartitionReassignments,
  minVersion: 0,
  maxVersion: 0,
  async handle (ctx, request) {
    const outcome = await orNotController(ctx.api.controller.alterPartitionReassignments(request.topics))
    const response = defaultAlterPartitionReassignmentsResponse()
    if (isNotController(outcome)) {
      response.errorCode = outcome.notController
      response.errorMessage = 'This node is not the active controller.'
      response.responses = request.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: outcome.notController, errorMessage: 'This node is not the active controller.' }))
      }))
      return response
    }
    response.errorCode = ErrorCode.NONE
    response.errorMessage = null
    response.responses = outcome
    return response
  }
})
