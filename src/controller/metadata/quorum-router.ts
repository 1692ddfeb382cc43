// The @metadata quorum's own Kafka APIs, as a voter serves them on its controller listener: Fetch on
// `__cluster_metadata` (v12, what MetadataObserverLog sends), FetchSnapshot (59) and DescribeQuorum
// (55). `quorumHandlers` are the three functions the controller listener's registry dispatches to;
// `QuorumRequestRouter` serves exactly them on a KafkaServer of its own (until the controller listener
// shares its port between Raft and Kafka requests, and for tests).
import type { ApiVersionRange, RequestContext, RequestRouter } from '../../network/router.ts'
import type { FetchRequest, FetchResponse } from '../../protocol/generated/messages/fetch.ts'
import type { FetchSnapshotRequest, FetchSnapshotResponse } from '../../protocol/generated/messages/fetch-snapshot.ts'
import type { DescribeQuorumRequest, DescribeQuorumResponse } from '../../protocol/generated/messages/describe-quorum.ts'
import { DescribeQuorumRequestVersions } from '../../protocol/generated/messages/describe-quorum.ts'
import { FetchSnapshotRequestVersions } from '../../protocol/generated/messages/fetch-snapshot.ts'
import { describeQuorumResponse, QUORUM_FETCH_VERSION, serveQuorumFetch, serveQuorumFetchSnapshot, type QuorumFetchSource } from './quorum-fetch.ts'

export const QUORUM_API_RANGES: readonly ApiVersionRange[] = [
  { apiKey: 1, minVersion: QUORUM_FETCH_VERSION, maxVersion: QUORUM_FETCH_VERSION },
  { apiKey: 55, minVersion: DescribeQuorumRequestVersions.min, maxVersion: DescribeQuorumRequestVersions.max },
  { apiKey: 59, minVersion: FetchSnapshotRequestVersions.min, maxVersion: FetchSnapshotRequestVersions.max }
]

/** The voter side of the observer protocol and DescribeQuorum, over one voter's @metadata log. */
export function quorumHandlers (source: QuorumFetchSource, now: () => number = Date.now): {
  fetch: (request: FetchRequest) => Promise<FetchResponse>
  fetchSnapshot: (request: FetchSnapshotRequest) => FetchSnapshotResponse
  describeQuorum: (request: DescribeQuorumRequest) => DescribeQuorumResponse
} {
  return {
    fetch: async (request) => await serveQuorumFetch(source, request, now),
    fetchSnapshot: (request) => serveQuorumFetchSnapshot(source, request),
    describeQuorum: (request) => describeQuorumResponse(request, source.describeQuorum(now()), source.leader())
  }
}

export class QuorumRequestRouter implements RequestRouter {
  private readonly handlers: ReturnType<typeof quorumHandlers>

  constructor (source: QuorumFetchSource, now: () => number = Date.now) {
    this.handlers = quorumHandlers(source, now)
  }

  versionRange (apiKey: number): ApiVersionRange | undefined {
    return QUORUM_API_RANGES.find((r) => r.apiKey === apiKey)
  }

  supportedApis (): readonly ApiVersionRange[] {
    return QUORUM_API_RANGES
  }

  handle (ctx: RequestContext, request: unknown): unknown {
    switch (ctx.header.requestApiKey) {
      case 1: return this.handlers.fetch(request as FetchRequest)
      case 55: return this.handlers.describeQuorum(request as DescribeQuorumRequest)
      case 59: return this.handlers.fetchSnapshot(request as FetchSnapshotRequest)
      default: throw new Error(`API key ${ctx.header.requestApiKey} is not a quorum API`)
    }
  }
}
