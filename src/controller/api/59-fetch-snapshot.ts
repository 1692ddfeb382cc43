// FetchSnapshot (key 59) on the controller listener: serves v0, the leader's newest @metadata snapshot
// for an observer behind the log start (quorum-fetch.ts).
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { FetchSnapshotRequestVersions } from '../../protocol/generated/messages/fetch-snapshot.ts'
import { defineControllerHandler, quorumOf } from './registry.ts'

export const controllerFetchSnapshotHandler = defineControllerHandler({
  apiKey: ApiKey.FetchSnapshot,
  minVersion: FetchSnapshotRequestVersions.min,
  maxVersion: FetchSnapshotRequestVersions.max,
  handle (ctx, request) {
    return quorumOf(ctx).fetchSnapshot(request)
  }
})
