// AlterConfigs (key 33) on the controller listener: serves v0-v2; replaces a resource's configs
// with exactly the given set. Topics: validated and committed by the active controller. Brokers
// (resource type 4): the forwarding broker has already checked that the resource is its own id (or
// '' for the cluster default), as Kafka's broker does before forwarding; here it is validated against
// this node's static configuration (the nodes of a cluster are expected to share their static
// broker configuration). A resource whose command finds this node not the active controller gets
// NOT_CONTROLLER. Other resource types get INVALID_REQUEST.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultAlterConfigsResponse } from '../../protocol/generated/messages/alter-configs.ts'
import { ConfigResourceType } from '../metadata/metadata-image.ts'
import { ConfigOperation, requestErrors, type ConfigResult } from '../quorum-controller/config-control.ts'
import { brokerContextOf, configResultOf } from './config-resources.ts'
import { defineControllerHandler } from './registry.ts'

export const controllerAlterConfigsHandler = defineControllerHandler({
  apiKey: ApiKey.AlterConfigs,
  minVersion: 0,
  maxVersion: 2,
  async handle (ctx, request) {
    const response = defaultAlterConfigsResponse()
    const errors = requestErrors(request.resources)
    const controller = ctx.api.controller
    for (const [i, r] of request.resources.entries()) {
      const changes = r.configs.map((c) => ({ name: c.name, operation: ConfigOperation.SET, value: c.value }))
      let result: ConfigResult
      if (errors[i] !== null) result = errors[i]!
      else if (r.resourceType === ConfigResourceType.TOPIC) result = await configResultOf(controller.alterTopicConfigs(r.resourceName, changes, true, request.validateOnly))
      else if (r.resourceType === ConfigResourceType.BROKER) result = await configResultOf(controller.alterBrokerConfigs(r.resourceName, changes, true, request.validateOnly, brokerContextOf(ctx.api, r.resourceName)))
      else result = { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Unknown resource type ${r.resourceType}` }
      response.responses.push({ errorCode: result.errorCode, errorMessage: result.errorMessage, resourceType: r.resourceType, resourceName: r.resourceName })
    }
    return response
  }
})
