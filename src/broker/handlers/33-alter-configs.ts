// AlterConfigs (key 33): serves v0-v2 (spec 3.8.0: validVersions 0-2, flexible 2+).
// Replaces a resource's configs with exactly the given set (Kafka's semantics: keys left out return
// to their defaults). Topics: every value is validated before anything changes (INVALID_CONFIG);
// unknown topics get UNKNOWN_TOPIC_OR_PARTITION. Brokers (resource type 4, this node's id or empty
// for the cluster-wide default): dynamic broker configs, validated as Kafka's broker validates them
// (INVALID_REQUEST "Cannot update these configs dynamically: Set(...)" for read-only keys, and for
// per-broker keys at the cluster level). Like Kafka, a resource named twice, a key named twice or a
// null value is INVALID_REQUEST. Changes are committed to the @metadata log and applied before the
// answer; validate_only checks without changing.
// A controller that cannot be reached or answered in time (controller-failure.ts) gives the resource
// NOT_CONTROLLER or REQUEST_TIMED_OUT; the connection stays open.
// Not implemented: other resource types get INVALID_REQUEST.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultAlterConfigsResponse } from '../../protocol/generated/messages/alter-configs.ts'
import { ConfigResourceType } from '../../controller/metadata/metadata-image.ts'
import { ConfigOperation, requestErrors, type ConfigResult } from '../../controller/quorum-controller/config-control.ts'
import { controllerFailure } from '../controller-failure.ts'
import { defineHandler, brokerOf } from './registry.ts'

export const alterConfigsHandler = defineHandler({
  apiKey: ApiKey.AlterConfigs,
  minVersion: 0,
  maxVersion: 2,
  async handle (ctx, request) {
    const broker = brokerOf(ctx)
    const response = defaultAlterConfigsResponse()
    const errors = requestErrors(request.resources)
    for (const [i, r] of request.resources.entries()) {
      const changes = r.configs.map((c) => ({ name: c.name, operation: ConfigOperation.SET, value: c.value }))
      let result: ConfigResult
      try {
        if (errors[i] !== null) result = errors[i]!
        else if (r.resourceType === ConfigResourceType.TOPIC) result = await broker.controller.alterTopicConfigs(r.resourceName, changes, true, request.validateOnly)
        else if (r.resourceType === ConfigResourceType.BROKER) result = await broker.controller.alterBrokerConfigs(r.resourceName, changes, true, request.validateOnly, { nodeId: broker.nodeId, staticConfig: broker.config })
        else result = { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Unknown resource type ${r.resourceType}` }
      } catch (err) {
        result = controllerFailure(err, 'AlterConfigs', broker.log)
      }
      response.responses.push({ errorCode: result.errorCode, errorMessage: result.errorMessage, resourceType: r.resourceType, resourceName: r.resourceName })
    }
    return response
  }
})
