// Prometheus metrics of a node (prom-client): requests and latency per API, bytes in and out,
// messages in, partitions, log size and connections. Request figures come from the network layer
// through RequestObserver; the rest is read from the broker when Prometheus scrapes.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import { apiSpec } from '../protocol/generated/api-keys.ts'
import type { RequestObserver } from '../network/router.ts'
import type { Broker } from '../broker/broker.ts'

export class NodeMetrics implements RequestObserver {
  readonly registry = new Registry()
  private readonly requests: Counter<'api'>
  private readonly latency: Histogram<'api'>
  private readonly bytesIn: Counter
  private readonly bytesOut: Counter
  /** API names by key, resolved once rather than per request. */
  private readonly apiNames: string[] = []

  constructor (broker: Broker, connections: () => number) {
    const registers = [this.registry]
    this.requests = new Counter({ name: 'rivulet_requests_total', help: 'Kafka requests answered, by API', labelNames: ['api'], registers })
    this.latency = new Histogram({ name: 'rivulet_request_duration_seconds', help: 'Time from a request\'s arrival to its response, by API', labelNames: ['api'], buckets: [0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5], registers })
    this.bytesIn = new Counter({ name: 'rivulet_request_bytes_total', help: 'Bytes of Kafka requests received', registers })
    this.bytesOut = new Counter({ name: 'rivulet_response_bytes_total', help: 'Bytes of Kafka responses sent', registers })
    new Gauge({ name: 'rivulet_messages_in_total', help: 'Records appended by producers', registers, collect () { this.set(broker.messagesIn) } })
    new Gauge({ name: 'rivulet_partitions', help: 'Partition logs hosted by this node', registers, collect () { this.set(broker.logs.all().size) } })
    new Gauge({ name: 'rivulet_log_size_bytes', help: 'Bytes in all partition logs of this node', registers, collect () { let total = 0; for (const log of broker.logs.all().values()) total += log.sizeBytes(); this.set(total) } })
    new Gauge({ name: 'rivulet_connections', help: 'Open client connections', registers, collect () { this.set(connections()) } })
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
}
