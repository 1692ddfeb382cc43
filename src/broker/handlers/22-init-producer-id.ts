// InitProducerId (key 22): serves v0-v4 (spec 3.8.0: validVersions 0-4, flexible 2+).
// Idempotent producers (no transactional id) get a new producer id, epoch 0, from blocks of 1,000
// that the controller allocates through the @metadata log (so an id is never reused, even after a
// restart). v3+ (KIP-360): a producer that presents its current id and epoch is given a new id, as
// Kafka does for producers without a transactional id.
// When no block can be had (no active controller reached, no answer in time, the controller's refusal)
// the answer is COORDINATOR_LOAD_IN_PROGRESS, as Kafka's RPCProducerIdManager answers while it waits
// for a block ("older clients treat REQUEST_TIMED_OUT as fatal"): every client retries it. The
// connection stays open; the failure is logged once (controller-failure.ts).
// Not implemented yet: transactional ids (the transaction coordinator): INVALID_REQUEST.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultInitProducerIdResponse } from '../../protocol/generated/messages/init-producer-id.ts'
import { controllerFailure } from '../controller-failure.ts'
import { defineHandler, brokerOf } from './registry.ts'

export const initProducerIdHandler = defineHandler({
  apiKey: ApiKey.InitProducerId,
  minVersion: 0,
  maxVersion: 4,
  async handle (ctx, request) {
    const broker = brokerOf(ctx)
    const response = defaultInitProducerIdResponse()
    if (request.transactionalId !== null) {
      response.errorCode = ErrorCode.INVALID_REQUEST
      return response
    }
    try {
      response.producerId = await broker.nextProducerId()
    } catch (err) {
      controllerFailure(err, 'InitProducerId', broker.log)
      response.errorCode = ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
      response.producerId = -1n
      response.producerEpoch = -1
      return response
    }
    response.producerEpoch = 0
    return response
  }
})
