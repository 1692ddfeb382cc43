// ListPartitionReassignments (key 46) on the controller listener: serves v0 (the only version,
// flexible). The active controller lists the reassignments in progress (reassignment.ts) of every
// partition (null topics) or of the listed ones. NOT_CONTROLLER at the top level.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultListPartitionReassignmentsResponse } from '../../protocol/generated/messages/list-partition-reassignments.ts'
import { defineControllerHandler, isNotController, orNotController } from './registry.ts'

export const controllerListPartitionReassignmentsHandler = defineControllerHandler({
  apiKey: ApiKey.ListPartitionReassignments,
  minVersion: 0,
  maxVersion: 0,
  async handle (ctx, request) {
    const outcome = await orNotController(ctx.api.controller.listPartitionReassignments(request.topics))
    const response = defaultListPartitionReassignmentsResponse()
    if (isNotController(outcome)) {
      response.errorCode = outcome.notController
      response.errorMessage = 'This node is not the active controller.'
      return response
    }
    response.errorCode = ErrorCode.NONE
    response.errorMessage = null
    response.topics = outcome
    return response
  }
})
