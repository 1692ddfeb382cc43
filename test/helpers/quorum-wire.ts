// The observer protocol over real sockets, for tests: each voter's quorum APIs (Fetch on
// `__cluster_metadata`, FetchSnapshot, DescribeQuorum) on a KafkaServer of its own on the voter's
// loopback address (the controller listener does not yet share its port between Raft and Kafka
// requests), and a sender of generated Kafka requests over sockets for the observer's KafkaQuorumClient.
import type { Logger } from 'pino'
import { KafkaServer, DEFAULT_CONNECTION_LIMITS } from '../../src/network/server.ts'
import { QuorumRequestRouter } from '../../src/controller/metadata/quorum-router.ts'
import type { QuorumFetchSource } from '../../src/controller/metadata/quorum-fetch.ts'
import type { KafkaRequestSender } from '../../src/controller/metadata/quorum-client.ts'
import type { ApiRequestMap, ApiResponseMap } from '../../src/protocol/generated/index.ts'
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

/**
 * Sends generated Kafka requests over real sockets, one at a time per destination (what KafkaClient
 * does in the node, reduced to what the observer needs); `pause()` holds every request until `unpause()`.
 */
export class WireSender implements KafkaRequestSender {
  private readonly connections = new Map<string, WireClient>()
  private readonly queues = new Map<string, Promise<unknown>>()
  private correlationId = 0
  private resume: (() => void) | null = null
  private gate: Promise<void> | null = null

  pause (): void {
    if (this.gate !== null) return
    this.gate = new Promise((resolve) => { this.resume = resolve })
  }

  unpause (): void {
    this.resume?.()
    this.gate = null
    this.resume = null
  }

  async send<K extends keyof ApiRequestMap & keyof ApiResponseMap> (destination: { readonly host: string, readonly port: number }, apiKey: K, apiVersion: number, request: ApiRequestMap[K], _timeoutMs: number): Promise<ApiResponseMap[K]> {
    while (this.gate !== null) await this.gate
    const key = `${destination.host}:${destination.port}`
    const previous = this.queues.get(key) ?? Promise.resolve()
    const next = previous.catch(() => {}).then(async () => await this.exchange<ApiResponseMap[K]>(key, destination, apiKey, apiVersion, request))
    this.queues.set(key, next)
    return await next
  }

  private async exchange<T> (key: string, destination: { readonly host: string, readonly port: number }, apiKey: number, version: number, body: unknown): Promise<T> {
    let connection = this.connections.get(key)
    if (connection === undefined || connection.closed) {
      connection = await WireClient.connect(destination.port, destination.host)
      this.connections.set(key, connection)
    }
    const correlationId = ++this.correlationId
    connection.send(encodeRequest(apiKey, version, correlationId, body, 'observer'))
    const frame = await connection.nextFrame()
    if (frame === null) {
      this.connections.delete(key)
      throw new Error(`${key} closed the connection`)
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
