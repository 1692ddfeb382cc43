// IncrementalAlterConfigs (key 44) on the controller listener: serves v0-v1 (SET, DELETE, APPEND,
// SUBTRACT). Topics: APPEND and SUBTRACT start from the topic's effective value on this node (its
// image and configuration); validated and committed by the active controller. Brokers (resource
// type 4): as AlterConfigs on this listener (the forwarding broker checked the resource names itself).
// NOT_CONTROLLER per resource when this node is not the active controller; other resource types get
// INVALID_REQUEST.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultIncrementalAlterConfigsResponse } from '../../protocol/generated/messages/incremental-alter-configs.ts'
import { ConfigResourceType } from '../metadata/metadata-image.ts'
import { requestErrors, type ConfigResult } from '../quorum-controller/config-control.ts'
import { BROKER_CONFIG_BY_NAME } from '../../config/broker-config.ts'
import { brokerContextOf, configResultOf } from './config-resources.ts'
import { defineControllerHandler } from './registry.ts'

export const controllerIncrementalAlterConfigsHandler = defineControllerHandler({
  apiKey: ApiKey.IncrementalAlterConfigs,
  minVersion: 0,
  maxVersion: 1,
  async handle (ctx, request) {
    const response = defaultIncrementalAlterConfigsResponse()
    const errors = requestErrors(request.resources)
    const controller = ctx.api.controller
    for (const [i, r] of request.resources.entries()) {
      let result: ConfigResult
      if (errors[i] !== null) {
        result = errors[i]!
      } else if (r.resourceType === ConfigResourceType.TOPIC) {
        const effective = ctx.api.topicConfigValues(r.resourceName)
        const changes = r.configs.map((c) => ({ name: c.name, operation: c.configOperation, value: c.value, inheritedValue: effective.get(c.name) ?? null }))
        result = await configResultOf(controller.alterTopicConfigs(r.resourceName, changes, false, request.validateOnly))
      } else if (r.resourceType === ConfigResourceType.BROKER) {
        const changes = r.configs.map((c) => ({ name: c.name, operation: c.configOperation, value: c.value, inheritedValue: BROKER_CONFIG_BY_NAME.get(c.name)?.defaultText ?? null }))
        result = await configResultOf(controller.alterBrokerConfigs(r.resourceName, changes, false, request.validateOnly, brokerContextOf(ctx.api, r.resourceName)))
      } else {
        result = { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Unknown resource type ${r.resourceType}` }
      }
      response.responses.push({ errorCode: result.errorCode, errorMessage: result.errorMessage, resourceType: r.resourceType, resourceName: r.resourceName })
    }
    return response
  }
})
