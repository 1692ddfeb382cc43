// BrokerRegistration (key 62) on the controller listener: serves v0-v3. The active controller
// decides (broker-control.ts: DUPLICATE_BROKER_REGISTRATION, INCONSISTENT_CLUSTER_ID, a new broker
// epoch) and answers once the registration is applied. NOT_CONTROLLER when this node is not the
// active controller; the broker's lifecycle retries on the leader.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { defaultBrokerRegistrationResponse } from '../../protocol/generated/messages/broker-registration.ts'
import { defineControllerHandler, isNotController, orNotController } from './registry.ts'

export const controllerBrokerRegistrationHandler = defineControllerHandler({
  apiKey: ApiKey.BrokerRegistration,
  minVersion: 0,
  maxVersion: 3,
  async handle (ctx, request) {
    const outcome = await orNotController(ctx.api.controller.registerBroker(request, Date.now()))
    const response = defaultBrokerRegistrationResponse()
    response.errorCode = isNotController(outcome) ? outcome.notController : outcome.errorCode
    response.brokerEpoch = isNotController(outcome) ? -1n : outcome.brokerEpoch
    return response
  }
})
