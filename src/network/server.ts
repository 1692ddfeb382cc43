// The Kafka listener: accepts connections (up to max.connections), gives each its own Connection,
// shares one request memory pool (queued.max.request.bytes) and one limit on WARN lines about
// misbehaving clients among them (the pool and the connection count live in a ListenerBudget, which
// the servers of every client listener of one node share: Kafka's limits are per broker), closes connections whose frames stall or that sit idle
// (connections.max.idle.ms), and closes gracefully:
// stop accepting, answer what is in flight (for at most closeTimeoutMs), then close every socket.
import { createServer, type Server, type Socket } from 'node:net'
import type { Logger } from 'pino'
import { Connection, type ConnectionContext, type ConnectionLimits } from './connection.ts'
import { RequestMemoryPool } from './memory-pool.ts'
import { LogRateLimiter, type LogRateLimit } from '../util/log-rate-limiter.ts'
import type { RequestObserver, RequestRouter } from './router.ts'
import { listenOn } from './listen.ts'

export interface KafkaServerOptions {
  readonly host: string
  /** 0 picks an ephemeral port; `address()` reports the bound one. */
  readonly port: number
  readonly listenerName: string
  readonly router: RequestRouter
  readonly logger: Logger
  readonly connectionsMax: number
  readonly limits: ConnectionLimits
  /** queued.max.request.bytes: bytes of partly received and unanswered requests; <= 0 is unbounded (Kafka's -1). */
  readonly queuedRequestBytesMax?: number
  /** How long close() waits for in-flight requests before it destroys the sockets. */
  readonly closeTimeoutMs: number
  readonly observer?: RequestObserver
  /**
   * The request memory pool and connection count shared with the node's other listeners; when given,
   * connectionsMax and queuedRequestBytesMax are the budget's, not this server's.
   */
  readonly budget?: ListenerBudget
  /** WARN lines about misbehaving clients (malformed frames, stalls) written per interval; the rest are counted. */
  readonly clientWarningLimit?: LogRateLimit
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  requestBytesMax: 104857600,
  inflightRequestsMax: 100,
  writeBufferBytesMax: 16 * 1024 * 1024,
  frameReceiveTimeoutMs: 30_000,
  idleTimeoutMs: 600_000
}

/** 256 MiB: Rivulet's default for queued.max.request.bytes (see broker-config.ts for why). */
export const DEFAULT_QUEUED_REQUEST_BYTES_MAX = 256 * 1024 * 1024

export const DEFAULT_CLIENT_WARNING_LIMIT: LogRateLimit = { linesMax: 10, intervalMs: 10_000 }

/** Period of the check for stalled frames and of the suppressed-warnings summary. */
const SWEEP_INTERVAL_MS_MAX = 1000

export interface ShutdownDrain {
  readonly connections: number
  readonly inflightRequests: number
  /** Requests still unanswered when the timeout closed their connections. */
  readonly unansweredRequests: number
  /** Connections still open at the timeout, closed without waiting further. */
  readonly connectionsCut: number
}

/**
 * What the listeners of one broker share, as Kafka's are per broker: the request memory pool
 * (queued.max.request.bytes, Kafka's one MemoryPool of the SocketServer) and the count of open
 * connections under max.connections (Kafka's ConnectionQuotas, broker-wide). A connection over the
 * limit is closed at accept, on whichever listener it arrives.
 */
export class ListenerBudget {
  readonly memory: RequestMemoryPool
  private connectionsMax: number
  private open = 0

  constructor (connectionsMax: number, queuedRequestBytesMax: number = DEFAULT_QUEUED_REQUEST_BYTES_MAX) {
    this.memory = new RequestMemoryPool(queuedRequestBytesMax)
    this.connectionsMax = connectionsMax
  }

  /** max.connections is a dynamic broker config: open connections stay, new ones count against the new limit. */
  setConnectionsMax (connectionsMax: number): void {
    this.connectionsMax = connectionsMax
  }

  /** Counts a new connection in and returns true, or false when max.connections are open. */
  tryOpen (): boolean {
    if (this.open >= this.connectionsMax) return false
    this.open++
    return true
  }

  closed (): void {
    this.open--
  }

  openCount (): number {
    return this.open
  }
}

export class KafkaServer {
  private readonly options: KafkaServerOptions
  private readonly server: Server
  private readonly connections = new Set<Connection>()
  private nextConnectionId = 1
  private readonly log: Logger
  private readonly context: ConnectionContext
  private readonly clientWarnings: LogRateLimiter
  private readonly budget: ListenerBudget
  private sweepTimer: NodeJS.Timeout | null = null
  private closed = false

  constructor (options: KafkaServerOptions) {
    this.options = options
    this.log = options.logger.child({ module: 'network', listener: options.listenerName })
    this.budget = options.budget ?? new ListenerBudget(options.connectionsMax, options.queuedRequestBytesMax ?? DEFAULT_QUEUED_REQUEST_BYTES_MAX)
    const memory = this.budget.memory
    if (options.limits.requestBytesMax > memory.capacityBytes) {
      // Kafka's start-up rule: every frame the size limit allows must fit an empty pool.
      throw new Error(`RIVULET_ERR_CONFIG: queued.max.request.bytes=${memory.capacityBytes} is below socket.request.max.bytes=${options.limits.requestBytesMax}`)
    }
    this.clientWarnings = new LogRateLimiter(options.clientWarningLimit ?? DEFAULT_CLIENT_WARNING_LIMIT)
    this.context = {
      router: options.router,
      limits: options.limits,
      log: this.log,
      listenerName: options.listenerName,
      memory,
      clientWarnings: this.clientWarnings,
      observer: options.observer ?? null,
      onClosed: (c) => { if (this.connections.delete(c)) this.budget.closed() }
    }
    this.server = createServer({ noDelay: true }, (socket) => this.acceptCounted(socket))
  }

  /** Changes the connection limit while serving (max.connections is a dynamic broker config; shared by every server of its budget); open connections stay. */
  setConnectionsMax (connectionsMax: number): void {
    this.budget.setConnectionsMax(connectionsMax)
  }

  async listen (): Promise<{ host: string, port: number }> {
    await listenOn(this.server, this.options.port, this.options.host)
    const address = this.address()
    this.startSweeping()
    this.log.info({ ...address, queuedRequestBytesMax: this.context.memory.capacityBytes === Infinity ? -1 : this.context.memory.capacityBytes }, 'listening')
    return address
  }

  address (): { host: string, port: number } {
    const a = this.server.address()
    if (a === null || typeof a === 'string') throw new Error('RIVULET_ERR_NOT_LISTENING: server is not listening')
    return { host: a.address, port: a.port }
  }

  connectionCount (): number {
    return this.connections.size
  }

  inflightRequestCount (): number {
    let count = 0
    for (const connection of this.connections) count += connection.inflightCount()
    return count
  }

  /** Bytes the request memory pool has granted (frames being received and requests unanswered). */
  requestMemoryUsedBytes (): number {
    return this.context.memory.usedBytes()
  }

  /** queued.max.request.bytes; Infinity when unbounded. */
  requestMemoryCapacityBytes (): number {
    return this.context.memory.capacityBytes
  }

  /** Connections that stopped reading until the pool grants their next frame. */
  connectionsWaitingForMemory (): number {
    return this.context.memory.waitingCount()
  }

  /**
   * Serves a connection accepted elsewhere: the controller listener, which shares its port with the
   * Raft transport and hands over the Kafka-protocol connections (its first bytes unread again). The
   * connection is bounded, swept and closed as one this server accepted; a server used only this way
   * never calls listen().
   */
  adopt (socket: Socket): void {
    if (this.closed) {
      this.log.debug({ connections: this.connections.size, closed: this.closed }, 'refusing an adopted connection')
      socket.destroy()
      return
    }
    this.startSweeping()
    this.acceptCounted(socket)
  }

  private startSweeping (): void {
    if (this.sweepTimer !== null) return
    const limits = this.options.limits
    const sweepMs = Math.max(10, Math.min(SWEEP_INTERVAL_MS_MAX, Math.floor(Math.min(limits.frameReceiveTimeoutMs, limits.idleTimeoutMs) / 4)))
    this.sweepTimer = setInterval(() => this.sweep(Date.now()), sweepMs)
    this.sweepTimer.unref()
  }

  /** Serves the socket if the budget has room for one more connection, else closes it (max.connections). */
  private acceptCounted (socket: Socket): void {
    if (!this.budget.tryOpen()) {
      this.log.debug({ connections: this.budget.openCount() }, 'max.connections reached: closing a new connection')
      socket.destroy()
      return
    }
    const connection = new Connection(this.nextConnectionId++, socket, this.context)
    this.connections.add(connection)
  }

  private sweep (nowMs: number): void {
    for (const connection of this.connections) connection.closeIfStalled(nowMs)
    const suppressed = this.clientWarnings.takeSuppressed(nowMs)
    if (suppressed > 0) {
      this.log.warn({ suppressed, ...this.clientWarnings.limit },
        `suppressed ${suppressed} warnings about misbehaving clients (all are counted in /metrics)`)
    }
  }

  /**
   * Stops accepting, lets every connection answer what it has in flight for at most `timeoutMs`
   * (closeTimeoutMs unless given: the node gives what is left of its shutdown bound), then destroys
   * what is left and resolves with what was drained.
   */
  async close (timeoutMs: number = this.options.closeTimeoutMs): Promise<ShutdownDrain> {
    this.closed = true
    if (this.sweepTimer !== null) clearInterval(this.sweepTimer)
    this.sweepTimer = null
    const drain = { connections: this.connections.size, inflightRequests: this.inflightRequestCount() }
    // Resolves for a server that never listened too (close() then calls back with an error).
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()))
    for (const connection of this.connections) connection.drainAndClose()
    const deadline = Date.now() + timeoutMs
    while (this.connections.size > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    const unansweredRequests = this.inflightRequestCount()
    const connectionsCut = this.connections.size
    for (const connection of this.connections) connection.destroy()
    await closed
    return { ...drain, unansweredRequests, connectionsCut }
  }
}
