// Fetch (key 1) on the controller listener: only KRaft's quorum fetch, v12 (QUORUM_FETCH_VERSION), of
// `__cluster_metadata`: what a broker-only node's MetadataObserverLog sends to follow the committed
// @metadata log (quorum-fetch.ts serves it from this voter's log). Partition data is fetched from
// the brokers' client listeners, never here.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { QUORUM_FETCH_VERSION } from '../metadata/quorum-fetch.ts'
import { defineControllerHandler, quorumOf } from './registry.ts'

export const controllerQuorumFetchHandler = defineControllerHandler({
  apiKey: ApiKey.Fetch,
  minVersion: QUORUM_FETCH_VERSION,
  maxVersion: QUORUM_FETCH_VERSION,
  async handle (ctx, request) {
    return await quorumOf(ctx).fetch(request)
  }
})
