// The ApiVersions response body, built from what the router serves (never a hand-written table).
// Shared by the ApiVersions handler and the network layer's KIP-511 fallback.
import { ApiKey } from '../protocol/generated/api-keys.ts'
import { defaultApiVersionsResponse, type ApiVersionsResponse } from '../protocol/generated/messages/api-versions.ts'
import type { ApiVersionRange } from './router.ts'

export function apiVersionsResponse (apis: readonly ApiVersionRange[], errorCode: number): ApiVersionsResponse {
  const response = defaultApiVersionsResponse()
  response.errorCode = errorCode
  response.apiKeys = apis.map((api) => ({ apiKey: api.apiKey, minVersion: api.minVersion, maxVersion: api.maxVersion }))
  return response
}

export const API_VERSIONS_KEY: number = ApiKey.ApiVersions
