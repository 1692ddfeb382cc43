// IncrementalAlterConfigs (key 44): serves v0-v1 (spec 3.8.0: validVersions 0-1, flexible 1+).
// Applies SET, DELETE, APPEND and SUBTRACT (for list configs, starting from the effective value when
// the topic has no override) to a topic's config overrides; the
// result is validated before anything changes (INVALID_CONFIG), committed to the @metadata log and
// applied to the topic's logs before the answer. validate_only checks without changing.
// Not implemented: broker resources (dynamic broker configs) get INVALID_REQUEST.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultIncrementalAlterConfigsResponse } from '../../protocol/generated/messages/incremental-alter-configs.ts'
import { ConfigResourceType } from '../../controller/metadata/metadata-image.ts'
import { resolveTopicConfigs } from '../../config/topic-config.ts'
import { defineHandler, brokerOf } from './registry.ts'

export const incrementalAlterConfigsHandler = defineHandler({
  apiKey: ApiKey.IncrementalAlterConfigs,
  minVersion: 0,
  maxVersion: 1,
  async handle (ctx, request) {
    const broker = brokerOf(ctx)
    const response = defaultIncrementalAlterConfigsResponse()
    for (const r of request.resources) {
      if (r.resourceType !== ConfigResourceType.TOPIC) {
        response.responses.push({ errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Altering configs of resource type ${r.resourceType} is not supported by this broker`, resourceType: r.resourceType, resourceName: r.resourceName })
        continue
      }
      // APPEND and SUBTRACT start from the effective value when the topic has no override (Kafka).
      const effective = new Map(resolveTopicConfigs(broker.image().topicConfig(r.resourceName), broker.config).map((c) => [c.def.key.name, c.text]))
      const changes = r.configs.map((c) => ({ name: c.name, operation: c.configOperation, value: c.value, inheritedValue: effective.get(c.name) ?? null }))
      const result = await broker.controller.alterTopicConfigs(r.resourceName, changes, false, request.validateOnly)
      response.responses.push({ errorCode: result.errorCode, errorMessage: result.errorMessage, resourceType: r.resourceType, resourceName: r.resourceName })
    }
    return response
  }
})
