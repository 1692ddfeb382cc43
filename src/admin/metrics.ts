// Prometheus metrics of a node (prom-client): requests and latency per API, bytes in and out,
// messages in, partitions, log size, connections, malformed requests by reason, stalled frames and
// the request memory pool (queued.max.request.bytes), and the follower side of replication (partitions
// followed, their largest lag). Request figures come from the network layer
// through RequestObserver; the rest is read from the broker and the listener when Prometheus scrapes.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import { apiSpec } from '../protocol/generated/api-keys.ts'
import type { MalformedRequestReason, RequestObserver } from '../network/router.ts'
import type { Broker } from '../broker/broker.ts'

/** What the metrics read of the follower side of replication at scrape time. */
export interface ReplicationStats {
  followedCount (): number
  /** The largest lag (messages behind the leader's high watermark) of a followed partition (Kafka's ReplicaFetcherManager MaxLag). */
  maxLag (): number
}

/** What the metrics read from the Kafka listener at scrape time (null before it exists). */
export interface ListenerStats {
  connectionCount (): number
  requestMemoryUsedBytes (): number
  /** Infinity when unbounded. */
  requestMemoryCapacityBytes (): number
  connectionsWaitingForMemory (): number
}

export class NodeMetrics implements RequestObserver {
  readonly registry = new Registry()
  private readonly requests: Counter<'api'>
  private readonly latency: Histogram<'api'>
  private readonly bytesIn: Counter
  private readonly bytesOut: Counter
  private readonly malformed: Counter<'reason'>
  private readonly receiveTimeouts: Counter
  /** API names by key, resolved once rather than per request. */
  private readonly apiNames: string[] = []

  constructor (broker: Broker, listener: () => ListenerStats | null, replication: ReplicationStats | null = null) {
    const registers = [this.registry]
    this.requests = new Counter({ name: 'rivulet_requests_total', help: 'Kafka requests answered, by API', labelNames: ['api'], registers })
    this.latency = new Histogram({ name: 'rivulet_request_duration_seconds', help: 'Time from a request\'s arrival to its response, by API', labelNames: ['api'], buckets: [0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5], registers })
    this.bytesIn = new Counter({ name: 'rivulet_request_bytes_total', help: 'Bytes of Kafka requests received', registers })
    this.bytesOut = new Counter({ name: 'rivulet_response_bytes_total', help: 'Bytes of Kafka responses sent', registers })
    new Gauge({ name: 'rivulet_messages_in_total', help: 'Records appended by producers', registers, collect () { this.set(broker.messagesIn) } })
    new Gauge({ name: 'rivulet_partitions', help: 'Partition logs hosted by this node', registers, collect () { this.set(broker.logs.all().size) } })
    new Gauge({ name: 'rivulet_log_size_bytes', help: 'Bytes in all partition logs of this node', registers, collect () { let total = 0; for (const log of broker.logs.all().values()) total += log.sizeBytes(); this.set(total) } })
    this.malformed = new Counter({ name: 'rivulet_malformed_requests_total', help: 'Client frames refused (connection closed), by reason; each is counted even when its WARN line is rate-limited', labelNames: ['reason'], registers })
    this.receiveTimeouts = new Counter({ name: 'rivulet_request_receive_timeouts_total', help: 'Connections closed because a request frame stalled past rivulet.request.receive.timeout.ms', registers })
    new Gauge({ name: 'rivulet_connections', help: 'Open client connections', registers, collect () { this.set(listener()?.connectionCount() ?? 0) } })
    new Gauge({ name: 'rivulet_request_memory_used_bytes', help: 'Bytes of partly received and unanswered requests (Kafka MemoryPoolUsed)', registers, collect () { this.set(listener()?.requestMemoryUsedBytes() ?? 0) } })
    new Gauge({ name: 'rivulet_request_memory_capacity_bytes', help: 'queued.max.request.bytes; -1 when unbounded', registers, collect () { const c = listener()?.requestMemoryCapacityBytes() ?? -1; this.set(c === Infinity ? -1 : c) } })
    new Gauge({ name: 'rivulet_request_memory_waiting_connections', help: 'Connections not reading until the request memory pool grants their next frame', registers, collect () { this.set(listener()?.connectionsWaitingForMemory() ?? 0) } })
    if (replication !== null) {
      new Gauge({ name: 'rivulet_replica_followed_partitions', help: 'Partitions this node fetches from their leaders', registers, collect () { this.set(replication.followedCount()) } })
      new Gauge({ name: 'rivulet_replica_fetcher_max_lag', help: 'Messages the most lagging followed partition is behind its leader\'s high watermark (Kafka\'s ReplicaFetcherManager MaxLag)', registers, collect () { this.set(replication.maxLag()) } })
    }
    collectDefaultMetrics({ register: this.registry, prefix: 'rivulet_process_' })
  }

  requestCompleted (apiKey: number, durationMs: number, requestBytes: number, responseBytes: number): void {
    let api = this.apiNames[apiKey]
    if (api === undefined) {
      api = apiSpec(apiKey)?.name ?? String(apiKey)
      this.apiNames[apiKey] = api
    }
    this.requests.inc({ api })
    this.latency.observe({ api }, durationMs / 1000)
    this.bytesIn.inc(requestBytes)
    this.bytesOut.inc(responseBytes)
  }

  requestMalformed (reason: MalformedRequestReason): void {
    this.malformed.inc({ reason })
  }

  requestReceiveTimedOut (): void {
    this.receiveTimeouts.inc()
  }
}
