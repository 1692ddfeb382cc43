// The outbound Kafka-protocol client of a node: broker -> controller calls (registration, heartbeats,
// forwarded CreateTopics and the like) and, later, broker -> broker replication. Requests are encoded
// by the generated codecs with the request header version the generated rules give for each API and
// version (v1, or v2 for flexible versions), and responses are matched to requests by correlation id.
//
// Contract:
// - One connection per destination (host:port), opened at the first request to it; outgoing sockets
//   bind `localAddress` (the node's own 127.0.0.x in a local cluster, so faults can be injected per
//   node). Kafka clients pipeline: up to inflightRequestsMax requests are written and unanswered per
//   connection; up to queuedRequestsMax more wait behind them; beyond that send() rejects at once
//   (KafkaClientError 'queueFull').
// - Every request has its own timeout: when it passes, send() rejects with 'timeout'; a request still
//   queued is dropped. One already written closes its connection, as Kafka's NetworkClient does: a peer
//   that is paused or cut off answers nothing, and its unanswered requests would hold the in-flight
//   slots (and everything queued behind them) until the kernel gave up on the socket, minutes later.
//   The requests still in flight on it fail with 'disconnected'; the next request connects again.
// - A connection that fails or breaks rejects every request waiting on it with 'disconnected', as
//   Kafka's NetworkClient does (one written may or may not have been acted on: the caller decides
//   whether to retry, and where: a broker retries on the active controller it knows next). The next
//   request connects again; after a failed connect, only once an exponential backoff with jitter has
//   passed (it waits queued until then).
// - A response that does not decode, or a frame larger than responseBytesMax, closes the connection as
//   a broken one.
// - close(): rejects everything pending with 'closed', closes every socket and clears every timer.
import { connect, type Socket } from 'node:net'
import type { Logger } from 'pino'
import { Reader } from '../protocol/primitives/reader.ts'
import { Writer } from '../protocol/primitives/writer.ts'
import { requestHeaderVersion, responseHeaderVersion } from '../protocol/generated/api-keys.ts'
import { decodeResponseHeader, sizeOfRequestHeader, writeRequestHeader } from '../protocol/generated/headers.ts'
import { REQUEST_CODECS, RESPONSE_CODECS, type ApiRequestMap, type ApiResponseMap, type MessageCodec } from '../protocol/generated/index.ts'
import { assert } from '../util/assert.ts'
import { assertBackoffPolicy, backoffDelayMs, type BackoffPolicy } from '../util/backoff.ts'
import { FrameDecoder } from './frame-decoder.ts'

export interface KafkaDestination {
  readonly host: string
  readonly port: number
}

export type KafkaClientErrorKind = 'timeout' | 'disconnected' | 'closed' | 'queueFull'

/** A request that got no response; `kind` says why (the response error codes are the caller's). */
export class KafkaClientError extends Error {
  override name = 'KafkaClientError'
  readonly kind: KafkaClientErrorKind

  constructor (kind: KafkaClientErrorKind, message: string) {
    super(message)
    this.kind = kind
  }
}

export interface KafkaClientOptions {
  /** The client id in every request header. */
  readonly clientId: string
  /** Source address of outgoing sockets; null lets the kernel choose. */
  readonly localAddress: string | null
  readonly logger: Logger
  readonly inflightRequestsMax?: number
  readonly queuedRequestsMax?: number
  readonly responseBytesMax?: number
  readonly connectTimeoutMs?: number
  readonly backoff?: BackoffPolicy
  /** [0, 1) source for backoff jitter. */
  readonly random?: () => number
}

export interface KafkaClientLimits {
  readonly inflightRequestsMax: number
  readonly queuedRequestsMax: number
  readonly responseBytesMax: number
  readonly connectTimeoutMs: number
  readonly backoff: BackoffPolicy
}

export const KAFKA_CLIENT_DEFAULTS: KafkaClientLimits = {
  // Kafka's max.in.flight.requests.per.connection default.
  inflightRequestsMax: 5,
  queuedRequestsMax: 1000,
  // A forwarded CreateTopics answer for 10,000 partitions with configs fits well within this.
  responseBytesMax: 64 * 1024 * 1024,
  connectTimeoutMs: 3000,
  backoff: { initialMs: 50, maxMs: 1000 }
}

type ApiKeyOf = keyof ApiRequestMap & keyof ApiResponseMap

/** One request from send() to its settlement. */
class Pending {
  readonly correlationId: number
  readonly apiKey: number
  readonly apiVersion: number
  readonly frame: Buffer
  readonly resolve: (response: unknown) => void
  readonly reject: (err: Error) => void
  timer: NodeJS.Timeout | null = null
  /** True once resolved or rejected: a late response is then discarded. */
  settled = false
  written = false

  constructor (correlationId: number, apiKey: number, apiVersion: number, frame: Buffer, resolve: (response: unknown) => void, reject: (err: Error) => void) {
    this.correlationId = correlationId
    this.apiKey = apiKey
    this.apiVersion = apiVersion
    this.frame = frame
    this.resolve = resolve
    this.reject = reject
  }

  settle (): boolean {
    if (this.settled) return false
    this.settled = true
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
    return true
  }
}

/** The connection to one destination, with its queue, its in-flight requests and its reconnects. */
class DestinationLink {
  private readonly destination: KafkaDestination
  private readonly options: KafkaClientOptions
  private readonly limits: KafkaClientLimits
  private readonly log: Logger
  private readonly queue: Pending[] = []
  private readonly inflight = new Map<number, Pending>()
  private socket: Socket | null = null
  private decoder: FrameDecoder | null = null
  private connected = false
  private closed = false
  private reconnectTimer: NodeJS.Timeout | null = null
  /** Consecutive failed connections: the backoff exponent. */
  private failures = 0
  /** Date.now() before which no new connection is attempted (the backoff after a failed one). */
  private nextConnectAtMs = 0
  private readonly reconnectNow = (): void => { this.reconnectTimer = null; this.connect() }

  constructor (destination: KafkaDestination, options: KafkaClientOptions, limits: KafkaClientLimits, log: Logger) {
    this.destination = destination
    this.options = options
    this.limits = limits
    this.log = log
  }

  submit (pending: Pending, timeoutMs: number): void {
    if (this.closed) {
      pending.settle()
      pending.reject(new KafkaClientError('closed', 'the client is closed'))
      return
    }
    if (this.queue.length >= this.limits.queuedRequestsMax) {
      pending.settle()
      pending.reject(new KafkaClientError('queueFull', `${this.queue.length} requests already wait for ${this.name()}`))
      return
    }
    pending.timer = setTimeout(() => this.timeOut(pending, timeoutMs), timeoutMs)
    this.queue.push(pending)
    if (this.socket !== null) {
      this.writeQueued()
      return
    }
    if (this.reconnectTimer !== null) return
    const delayMs = this.nextConnectAtMs - Date.now()
    if (delayMs <= 0) {
      this.connect()
      return
    }
    this.reconnectTimer = setTimeout(this.reconnectNow, delayMs)
    this.log.debug({ destination: this.name(), retryInMs: delayMs }, 'kafka client reconnecting after backoff')
  }

  /** Rejects everything with 'closed' and closes the socket; resolves once it is closed. */
  async close (): Promise<void> {
    if (this.closed) return
    this.closed = true
    if (this.reconnectTimer !== null) clearTimeout(this.reconnectTimer)
    this.reconnectTimer = null
    this.failAll(this.queue.splice(0), 'closed', 'the client is closed')
    this.failAll([...this.inflight.values()], 'closed', 'the client is closed')
    this.inflight.clear()
    const socket = this.socket
    if (socket === null || socket.closed) return
    socket.destroy()
    await new Promise<void>((resolve) => socket.once('close', () => resolve()))
  }

  private name (): string {
    return `${this.destination.host}:${this.destination.port}`
  }

  private timeOut (pending: Pending, timeoutMs: number): void {
    pending.timer = null
    if (!pending.settle()) return
    if (!pending.written) this.queue.splice(this.queue.indexOf(pending), 1)
    pending.reject(new KafkaClientError('timeout', `no response from ${this.name()} within ${timeoutMs} ms`))
    const socket = this.socket
    if (!pending.written || socket === null) return
    // Detached at once, so that a request sent next goes to a new connection, not to this dying one.
    socket.destroy()
    this.onClose(socket)
  }

  private connect (): void {
    const socket = connect({ host: this.destination.host, port: this.destination.port, localAddress: this.options.localAddress ?? undefined, noDelay: true })
    this.socket = socket
    this.decoder = new FrameDecoder(this.limits.responseBytesMax)
    // A blackholed destination would leave connect() pending for minutes.
    socket.setTimeout(this.limits.connectTimeoutMs)
    socket.on('timeout', () => socket.destroy(new Error(`connect timed out after ${this.limits.connectTimeoutMs} ms`)))
    socket.on('connect', () => {
      socket.setTimeout(0)
      this.connected = true
      this.failures = 0
      this.log.debug({ destination: this.name() }, 'kafka client connected')
      this.writeQueued()
    })
    socket.on('data', (chunk: Buffer) => this.read(socket, chunk))
    socket.on('error', (err) => this.log.debug({ destination: this.name(), err: err.message }, 'kafka client connection error'))
    socket.on('close', () => this.onClose(socket))
  }

  private writeQueued (): void {
    const socket = this.socket
    if (socket === null || !this.connected) return
    while (this.queue.length > 0 && this.inflight.size < this.limits.inflightRequestsMax) {
      const pending = this.queue.shift()!
      pending.written = true
      this.inflight.set(pending.correlationId, pending)
      socket.write(pending.frame)
    }
  }

  private read (socket: Socket, chunk: Buffer): void {
    if (socket !== this.socket) return
    const decoder = this.decoder!
    decoder.push(chunk)
    for (;;) {
      const frame = decoder.next()
      if (frame === null) break
      if (!Buffer.isBuffer(frame)) {
        socket.destroy(new Error(`response frame of ${frame.sizeBytes} bytes (limit ${this.limits.responseBytesMax})`))
        return
      }
      if (!this.deliver(frame)) {
        socket.destroy(new Error('malformed response'))
        return
      }
    }
    this.writeQueued()
  }

  /** Settles the request a response frame answers; false when the frame is not a valid response. */
  private deliver (frame: Buffer): boolean {
    if (frame.length < 4) return false
    const pending = this.inflight.get(frame.readInt32BE(0))
    if (pending === undefined) return false
    this.inflight.delete(pending.correlationId)
    let response: unknown
    try {
      const r = new Reader(frame)
      decodeResponseHeader(r, responseHeaderVersion(pending.apiKey, pending.apiVersion))
      response = codecOf(RESPONSE_CODECS, pending.apiKey).decode(r, pending.apiVersion)
      if (r.remaining() !== 0) throw new Error(`${r.remaining()} bytes after the response body`)
    } catch (err) {
      this.log.warn({ destination: this.name(), apiKey: pending.apiKey, apiVersion: pending.apiVersion, err: (err as Error).message }, 'kafka client received a malformed response; reconnecting')
      if (pending.settle()) pending.reject(new KafkaClientError('disconnected', `malformed response from ${this.name()}`))
      return false
    }
    if (pending.settle()) pending.resolve(response)
    return true
  }

  private onClose (socket: Socket): void {
    if (socket !== this.socket) return
    const wasConnected = this.connected
    this.socket = null
    this.decoder = null
    this.connected = false
    const lost = [...this.inflight.values(), ...this.queue.splice(0)]
    this.inflight.clear()
    this.failAll(lost, 'disconnected', `connection to ${this.name()} ${wasConnected ? 'lost' : 'failed'}`)
    if (this.closed) return
    this.failures = wasConnected ? 0 : this.failures + 1
    this.nextConnectAtMs = this.failures === 0 ? 0 : Date.now() + backoffDelayMs(this.limits.backoff, this.failures - 1, this.options.random ?? Math.random)
  }

  private failAll (pendings: readonly Pending[], kind: KafkaClientErrorKind, message: string): void {
    for (const pending of pendings) if (pending.settle()) pending.reject(new KafkaClientError(kind, message))
  }
}

function codecOf (codecs: typeof REQUEST_CODECS | typeof RESPONSE_CODECS, apiKey: number): MessageCodec<unknown> {
  const codec = (codecs as unknown as Record<number, MessageCodec<unknown> | undefined>)[apiKey]
  assert(codec !== undefined, `no codec for API key ${apiKey}`)
  return codec
}

export class KafkaClient {
  private readonly options: KafkaClientOptions
  private readonly limits: KafkaClientLimits
  private readonly log: Logger
  private readonly links = new Map<string, DestinationLink>()
  private nextCorrelationId = 1
  private closed = false

  constructor (options: KafkaClientOptions) {
    const d = KAFKA_CLIENT_DEFAULTS
    this.options = options
    this.limits = {
      inflightRequestsMax: options.inflightRequestsMax ?? d.inflightRequestsMax,
      queuedRequestsMax: options.queuedRequestsMax ?? d.queuedRequestsMax,
      responseBytesMax: options.responseBytesMax ?? d.responseBytesMax,
      connectTimeoutMs: options.connectTimeoutMs ?? d.connectTimeoutMs,
      backoff: options.backoff ?? d.backoff
    }
    for (const name of ['inflightRequestsMax', 'queuedRequestsMax', 'responseBytesMax', 'connectTimeoutMs'] as const) {
      assert(Number.isInteger(this.limits[name]) && this.limits[name] >= 1, `${name} must be a positive integer`)
    }
    assertBackoffPolicy(this.limits.backoff)
    this.log = options.logger.child({ module: 'kafka-client' })
  }

  /**
   * Sends one request and resolves with its decoded response; rejects with KafkaClientError when no
   * response comes (see the contract above). The response's own error codes are the caller's to read.
   */
  async send<K extends ApiKeyOf> (destination: KafkaDestination, apiKey: K, apiVersion: number, request: ApiRequestMap[K], timeoutMs: number): Promise<ApiResponseMap[K]> {
    assert(Number.isFinite(timeoutMs) && timeoutMs > 0, 'timeoutMs must be positive')
    if (this.closed) throw new KafkaClientError('closed', 'the client is closed')
    const correlationId = this.nextCorrelationId
    // Correlation ids are int32 and wrap; far fewer than 2^31 requests are ever in flight at once.
    this.nextCorrelationId = this.nextCorrelationId === 0x7fffffff ? 1 : this.nextCorrelationId + 1
    const frame = encodeRequest(apiKey, apiVersion, correlationId, request, this.options.clientId)
    const key = `${destination.host}:${destination.port}`
    let link = this.links.get(key)
    if (link === undefined) {
      link = new DestinationLink(destination, this.options, this.limits, this.log)
      this.links.set(key, link)
    }
    const target = link
    return await new Promise<ApiResponseMap[K]>((resolve, reject) => {
      target.submit(new Pending(correlationId, apiKey, apiVersion, frame, resolve as (response: unknown) => void, reject), timeoutMs)
    })
  }

  /** Rejects every pending request with 'closed' and closes every connection. */
  async close (): Promise<void> {
    if (this.closed) return
    this.closed = true
    await Promise.all([...this.links.values()].map(async (link) => await link.close()))
    this.links.clear()
  }
}

/** One buffer: 4-byte size, request header (version from the generated rules), body. */
export function encodeRequest (apiKey: number, apiVersion: number, correlationId: number, body: unknown, clientId: string | null): Buffer {
  const header = { requestApiKey: apiKey, requestApiVersion: apiVersion, correlationId, clientId }
  const headerVersion = requestHeaderVersion(apiKey, apiVersion)
  const codec = codecOf(REQUEST_CODECS, apiKey)
  const size = sizeOfRequestHeader(header, headerVersion) + codec.sizeOf(body, apiVersion)
  const w = Writer.alloc(4 + size)
  w.writeInt32(size)
  writeRequestHeader(w, header, headerVersion)
  codec.write(w, body, apiVersion)
  return w.buf
}
