// AlterConfigs (key 33): serves v0-v2 (spec 3.8.0: validVersions 0-2, flexible 2+).
// Replaces a topic's config overrides with exactly the given set (Kafka's semantics: keys left out
// return to their defaults). Every value is validated before anything changes (INVALID_CONFIG); the
// change is committed to the @metadata log and reaches the topic's logs before the answer.
// validate_only checks without changing. Unknown topics: UNKNOWN_TOPIC_OR_PARTITION.
// Not implemented: broker resources (dynamic broker configs) get INVALID_REQUEST.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultAlterConfigsResponse } from '../../protocol/generated/messages/alter-configs.ts'
import { ConfigResourceType } from '../../controller/metadata/metadata-image.ts'
import { ConfigOperation } from '../../controller/quorum-controller/topic-control.ts'
import { defineHandler, brokerOf } from './registry.ts'

export const alterConfigsHandler = defineHandler({
  apiKey: ApiKey.AlterConfigs,
  minVersion: 0,
  maxVersion: 2,
  async handle (ctx, request) {
    const broker = brokerOf(ctx)
    const response = defaultAlterConfigsResponse()
    for (const r of request.resources) {
      if (r.resourceType !== ConfigResourceType.TOPIC) {
        response.responses.push({ errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Altering configs of resource type ${r.resourceType} is not supported by this broker`, resourceType: r.resourceType, resourceName: r.resourceName })
        continue
      }
      const result = await broker.controller.alterTopicConfigs(r.resourceName, r.configs.map((c) => ({ name: c.name, operation: ConfigOperation.SET, value: c.value })), true, request.validateOnly)
      response.responses.push({ errorCode: result.errorCode, errorMessage: result.errorMessage, resourceType: r.resourceType, resourceName: r.resourceName })
    }
    return response
  }
})
