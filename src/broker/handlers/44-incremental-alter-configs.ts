// IncrementalAlterConfigs (key 44): serves v0-v1 (spec 3.8.0: validVersions 0-1, flexible 1+).
// Applies SET, DELETE, APPEND and SUBTRACT. APPEND and SUBTRACT work on list configs only, as in
// Kafka: otherwise a topic gets INVALID_CONFIG (its controller's answer) and a broker resource
// INVALID_REQUEST (its broker's); a topic without an override starts from its effective value, a
// broker resource from the key's default. Topics: the resulting overrides are validated before
// anything changes (INVALID_CONFIG). Brokers (resource type 4, this node's id or empty for the
// cluster-wide default): dynamic broker configs, validated as a whole as Kafka's broker validates
// them (INVALID_REQUEST "Cannot update these configs dynamically: Set(...)" for read-only keys). Like
// Kafka, a resource named twice, a key named twice or a null value outside DELETE is INVALID_REQUEST.
// Changes are committed to the @metadata log and applied before the answer; validate_only checks
// without changing.
// A controller that cannot be reached or answered in time (controller-failure.ts) gives the resource
// NOT_CONTROLLER or REQUEST_TIMED_OUT; the connection stays open.
// Not implemented: broker loggers (resource type 8) and other resource types get INVALID_REQUEST.
import type { Logger } from 'pino'
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultIncrementalAlterConfigsResponse } from '../../protocol/generated/messages/incremental-alter-configs.ts'
import { ConfigResourceType } from '../../controller/metadata/metadata-image.ts'
import { requestErrors, type ConfigResult } from '../../controller/quorum-controller/config-control.ts'
import { resolveTopicConfigs } from '../../config/topic-config.ts'
import { BROKER_CONFIG_BY_NAME } from '../../config/broker-config.ts'
import { controllerFailure } from '../controller-failure.ts'
import { defineHandler, brokerOf } from './registry.ts'

/** The controller's result, or the error code of its failure (controller-failure.ts). */
async function alterOrFailure (call: Promise<ConfigResult>, logger: Logger): Promise<ConfigResult> {
  try {
    return await call
  } catch (err) {
    return controllerFailure(err, 'IncrementalAlterConfigs', logger)
  }
}

export const incrementalAlterConfigsHandler = defineHandler({
  apiKey: ApiKey.IncrementalAlterConfigs,
  minVersion: 0,
  maxVersion: 1,
  async handle (ctx, request) {
    const broker = brokerOf(ctx)
    const response = defaultIncrementalAlterConfigsResponse()
    const errors = requestErrors(request.resources)
    for (const [i, r] of request.resources.entries()) {
      let result: ConfigResult
      if (errors[i] !== null) {
        result = errors[i]!
      } else if (r.resourceType === ConfigResourceType.TOPIC) {
        const effective = new Map(resolveTopicConfigs(broker.image().topicConfig(r.resourceName), broker.effectiveConfig()).map((c) => [c.def.key.name, c.text]))
        const changes = r.configs.map((c) => ({ name: c.name, operation: c.configOperation, value: c.value, inheritedValue: effective.get(c.name) ?? null }))
        result = await alterOrFailure(broker.controller.alterTopicConfigs(r.resourceName, changes, false, request.validateOnly), broker.log)
      } else if (r.resourceType === ConfigResourceType.BROKER) {
        // As Kafka: APPEND and SUBTRACT start from the resource's own text, else the key's default.
        const changes = r.configs.map((c) => ({ name: c.name, operation: c.configOperation, value: c.value, inheritedValue: BROKER_CONFIG_BY_NAME.get(c.name)?.defaultText ?? null }))
        result = await alterOrFailure(broker.controller.alterBrokerConfigs(r.resourceName, changes, false, request.validateOnly, { nodeId: broker.nodeId, staticConfig: broker.config }), broker.log)
      } else {
        result = { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Unknown resource type ${r.resourceType}` }
      }
      response.responses.push({ errorCode: result.errorCode, errorMessage: result.errorMessage, resourceType: r.resourceType, resourceName: r.resourceName })
    }
    return response
  }
})
