// ApiVersions (key 18) on the controller listener: serves v0-v3, listing only the controller APIs
// this registry serves (never a hand-written table). v3: the client's software name and version are
// validated as Kafka does (INVALID_REQUEST when malformed). The KIP-511 fallback for versions newer
// than v3 lives in the network layer.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { apiVersionsResponse } from '../../network/api-versions.ts'
import { defineControllerHandler } from './registry.ts'

/** Kafka's ApiVersionsRequest.isValid pattern for client software name and version. */
const SOFTWARE_PATTERN = /^[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?$/

export const controllerApiVersionsHandler = defineControllerHandler({
  apiKey: ApiKey.ApiVersions,
  minVersion: 0,
  maxVersion: 3,
  handle (ctx, request) {
    const apis = ctx.registry.supportedApis()
    const invalid = ctx.header.requestApiVersion >= 3 &&
      (!SOFTWARE_PATTERN.test(request.clientSoftwareName) || !SOFTWARE_PATTERN.test(request.clientSoftwareVersion))
    return apiVersionsResponse(apis, invalid ? ErrorCode.INVALID_REQUEST : ErrorCode.NONE)
  }
})
