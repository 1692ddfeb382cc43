// The observer's way to the voters: a QuorumClient over the node's outbound Kafka client (KafkaClient,
// src/network/kafka-client.ts: one connection per destination binding the node's own address,
// correlation ids, per-request timeouts, reconnects). A voter is reached at its
// controller.quorum.voters address, which is its controller listener. Its `send` is the only thing
// used, by this signature, so any sender of generated Kafka messages fits (tests pass a socket one).
import type { ApiRequestMap, ApiResponseMap } from '../../protocol/generated/index.ts'
import type { FetchRequest, FetchResponse } from '../../protocol/generated/messages/fetch.ts'
import type { FetchSnapshotRequest, FetchSnapshotResponse } from '../../protocol/generated/messages/fetch-snapshot.ts'
import type { QuorumClient } from './metadata-observer-log.ts'
import { QUORUM_FETCH_SNAPSHOT_VERSION, QUORUM_FETCH_VERSION } from './quorum-fetch.ts'

export interface KafkaRequestSender {
  send<K extends keyof ApiRequestMap & keyof ApiResponseMap> (destination: { readonly host: string, readonly port: number }, apiKey: K, apiVersion: number, request: ApiRequestMap[K], timeoutMs: number): Promise<ApiResponseMap[K]>
}

/** Beyond the fetch's own wait: time for the answer to travel (a slower one counts as lost). */
export const QUORUM_REQUEST_TIMEOUT_MARGIN_MS = 5000

export class KafkaQuorumClient implements QuorumClient {
  private readonly sender: KafkaRequestSender
  private readonly voters: ReadonlyMap<number, { readonly host: string, readonly port: number }>

  constructor (sender: KafkaRequestSender, voters: ReadonlyMap<number, { readonly host: string, readonly port: number }>) {
    this.sender = sender
    this.voters = voters
  }

  private address (voterId: number): { readonly host: string, readonly port: number } {
    const address = this.voters.get(voterId)
    if (address === undefined) throw new Error(`node ${voterId} is not in controller.quorum.voters`)
    return address
  }

  async fetch (voterId: number, request: FetchRequest): Promise<FetchResponse> {
    return await this.sender.send(this.address(voterId), 1, QUORUM_FETCH_VERSION, request, request.maxWaitMs + QUORUM_REQUEST_TIMEOUT_MARGIN_MS)
  }

  async fetchSnapshot (voterId: number, request: FetchSnapshotRequest): Promise<FetchSnapshotResponse> {
    return await this.sender.send(this.address(voterId), 59, QUORUM_FETCH_SNAPSHOT_VERSION, request, QUORUM_REQUEST_TIMEOUT_MARGIN_MS)
  }
}
