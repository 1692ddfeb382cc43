// BrokerHeartbeat (key 63) on the controller listener: serves v0-v1. The active controller records
// the heartbeat in the broker's session, unfences a caught-up broker and drives controlled shutdown
// (broker-control.ts). NOT_CONTROLLER when this node is not the active controller (then the broker
// stays as it was: fenced, not caught up, not told to shut down).
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { defaultBrokerHeartbeatResponse } from '../../protocol/generated/messages/broker-heartbeat.ts'
import { defineControllerHandler, isNotController, orNotController } from './registry.ts'

export const controllerBrokerHeartbeatHandler = defineControllerHandler({
  apiKey: ApiKey.BrokerHeartbeat,
  minVersion: 0,
  maxVersion: 1,
  async handle (ctx, request) {
    const outcome = await orNotController(ctx.api.controller.brokerHeartbeat(request, Date.now()))
    const response = defaultBrokerHeartbeatResponse()
    if (isNotController(outcome)) {
      response.errorCode = outcome.notController
      return response
    }
    response.errorCode = outcome.errorCode
    response.isCaughtUp = outcome.isCaughtUp
    response.isFenced = outcome.isFenced
    response.shouldShutDown = outcome.shouldShutDown
    return response
  }
})
