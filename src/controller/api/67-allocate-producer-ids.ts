// AllocateProducerIds (key 67) on the controller listener: serves v0. Blocks of PRODUCER_ID_BLOCK_SIZE
// ids (Kafka's ProducerIdManager block size, fixed by the controller: the request carries none), the
// ProducerIdsRecord committed before the answer, so no id is handed out twice. NOT_CONTROLLER when
// this node is not the active controller.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { defaultAllocateProducerIdsResponse } from '../../protocol/generated/messages/allocate-producer-ids.ts'
import { defineControllerHandler, isNotController, orNotController } from './registry.ts'

/** Kafka's ProducerIdManager block size. */
export const PRODUCER_ID_BLOCK_SIZE = 1000

export const controllerAllocateProducerIdsHandler = defineControllerHandler({
  apiKey: ApiKey.AllocateProducerIds,
  minVersion: 0,
  maxVersion: 0,
  async handle (ctx, request) {
    const outcome = await orNotController(ctx.api.controller.allocateProducerIds(request.brokerId, PRODUCER_ID_BLOCK_SIZE))
    const response = defaultAllocateProducerIdsResponse()
    if (isNotController(outcome)) {
      response.errorCode = outcome.notController
      return response
    }
    response.producerIdStart = outcome.start
    response.producerIdLen = Number(outcome.end - outcome.start)
    return response
  }
})
