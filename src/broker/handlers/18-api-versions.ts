// ApiVersions (key 18): serves v0-v3 (spec 3.8.0: validVersions 0-3, flexible 3+).
// The list of APIs and versions comes from the handler registry, so only served versions are
// advertised. v1+: throttle time (always 0: no quotas). v3: the client's software name and version
// are validated as Kafka does (INVALID_REQUEST when malformed); supported and finalized features
// are empty (Rivulet has no feature flags yet) and zkMigrationReady is false.
// Not implemented: client quotas (throttling). The KIP-511 fallback for versions newer than v3 lives
// in the network layer, which answers before any handler is chosen. The response always uses
// response header v0 (responseHeaderVersion), even for the flexible v3 body, as clients expect.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { apiVersionsResponse } from '../../network/api-versions.ts'
import { defineHandler } from './registry.ts'

/** Kafka's ApiVersionsRequest.isValid pattern for client software name and version. */
const SOFTWARE_PATTERN = /^[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?$/

export const apiVersionsHandler = defineHandler({
  apiKey: ApiKey.ApiVersions,
  minVersion: 0,
  maxVersion: 3,
  handle (ctx, request) {
    const apis = ctx.registry.supportedApis()
    if (ctx.header.requestApiVersion >= 3 &&
        (!SOFTWARE_PATTERN.test(request.clientSoftwareName) || !SOFTWARE_PATTERN.test(request.clientSoftwareVersion))) {
      return apiVersionsResponse(apis, ErrorCode.INVALID_REQUEST)
    }
    return apiVersionsResponse(apis, ErrorCode.NONE)
  }
})
