// The observer protocol over real sockets, for tests: each voter's quorum APIs (Fetch on
// `__cluster_metadata`, FetchSnapshot, DescribeQuorum) on a KafkaServer of its own on the voter's
// loopback address (the controller listener does not yet share its port between Raft and Kafka
// requests), and a QuorumClient that sends requests there with the generated codecs, one at a time per
// voter. `paused` holds every request (an observer cut off from the quorum) until resumed.
import type { Logger } from 'pino'
import { KafkaServer, DEFAULT_CONNECTION_LIMITS } from '../../src/network/server.ts'
import { QuorumRequestRouter } from '../../src/controller/metadata/quorum-router.ts'
import type { QuorumFetchSource } from '../../src/controller/metadata/quorum-fetch.ts'
import type { QuorumClient } from '../../src/controller/metadata/metadata-observer-log.ts'
import type { FetchRequest, FetchResponse } from '../../src/protocol/generated/messages/fetch.ts'
import type { FetchSnapshotRequest, FetchSnapshotResponse } from '../../src/protocol/generated/messages/fetch-snapshot.ts'
import { QUORUM_FETCH_SNAPSHOT_VERSION, QUORUM_FETCH_VERSION } from '../../src/controller/metadata/quorum-fetch.ts'
import { WireClient, encodeRequest, decodeResponse } from './wire-client.ts'

export async function startQuorumServer (source: QuorumFetchSource, host: string, logger: Logger): Promise<KafkaServer> {
  const server = new KafkaServer({
    host,
    port: 0,
    listenerName: 'CONTROLLER',
    router: new QuorumRequestRouter(source),
    logger,
    connectionsMax: 100,
    limits: DEFAULT_CONNECTION_LIMITS,
    closeTimeoutMs: 1000
  })
  await server.listen()
  return server
}

export class WireQuorumClient implements QuorumClient {
  private readonly connections = new Map<number, WireClient>()
  private readonly queues = new Map<number, Promise<unknown>>()
  private correlationId = 0
  private resume: (() => void) | null = null
  private gate: Promise<void> | null = null
  requests = 0

  /** `addresses` may change while running (a voter restarted on a new port). */
  constructor (readonly addresses: Map<number, { host: string, port: number }>) {}

  pause (): void {
    if (this.gate !== null) return
    this.gate = new Promise((resolve) => { this.resume = resolve })
  }

  unpause (): void {
    this.resume?.()
    this.gate = null
    this.resume = null
  }

  async fetch (voterId: number, request: FetchRequest): Promise<FetchResponse> {
    return await this.send(voterId, 1, QUORUM_FETCH_VERSION, request)
  }

  async fetchSnapshot (voterId: number, request: FetchSnapshotRequest): Promise<FetchSnapshotResponse> {
    return await this.send(voterId, 59, QUORUM_FETCH_SNAPSHOT_VERSION, request)
  }

  private async send<T> (voterId: number, apiKey: number, version: number, body: unknown): Promise<T> {
    while (this.gate !== null) await this.gate
    const previous = this.queues.get(voterId) ?? Promise.resolve()
    const next = previous.catch(() => {}).then(async () => await this.exchange<T>(voterId, apiKey, version, body))
    this.queues.set(voterId, next)
    return await next
  }

  private async exchange<T> (voterId: number, apiKey: number, version: number, body: unknown): Promise<T> {
    this.requests++
    const address = this.addresses.get(voterId)
    if (address === undefined) throw new Error(`voter ${voterId} has no address`)
    let connection = this.connections.get(voterId)
    if (connection === undefined || connection.closed) {
      connection = await WireClient.connect(address.port, address.host)
      this.connections.set(voterId, connection)
    }
    const correlationId = ++this.correlationId
    connection.send(encodeRequest(apiKey, version, correlationId, body, 'observer'))
    const frame = await connection.nextFrame()
    if (frame === null) {
      this.connections.delete(voterId)
      throw new Error(`voter ${voterId} closed the connection`)
    }
    const response = decodeResponse<T>(frame, apiKey, version)
    if (response.correlationId !== correlationId) throw new Error('correlation id mismatch')
    return response.body
  }

  close (): void {
    this.unpause()
    for (const c of this.connections.values()) c.close()
    this.connections.clear()
  }
}
