// AlterPartition (key 56) on the controller listener: serves v0-v3 (v1: leader recovery state, v2:
// topic ids, v3: ISR members with their broker epochs, KIP-903). A partition leader's ISR proposal;
// the active controller commits or refuses it (isr-control.ts) and answers once the change is
// applied. NOT_CONTROLLER at the top level when this node is not the active controller (as Kafka's
// controller answers a request it cannot serve: the sender retries on the leader).
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { defaultAlterPartitionResponse } from '../../protocol/generated/messages/alter-partition.ts'
import { defineControllerHandler, isNotController, orNotController } from './registry.ts'

export const controllerAlterPartitionHandler = defineControllerHandler({
  apiKey: ApiKey.AlterPartition,
  minVersion: 0,
  maxVersion: 3,
  async handle (ctx, request) {
    const outcome = await orNotController(ctx.api.controller.alterPartition(request, Date.now(), ctx.header.requestApiVersion))
    if (isNotController(outcome)) {
      const response = defaultAlterPartitionResponse()
      response.errorCode = outcome.notController
      return response
    }
    return outcome
  }
})
