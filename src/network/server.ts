// The Kafka listener: accepts connections (up to max.connections), gives each its own Connection,
// and closes gracefully: stop accepting, answer what is in flight, then close every socket.
import { createServer, type Server, type Socket } from 'node:net'
import type { Logger } from 'pino'
import { Connection, type ConnectionLimits } from './connection.ts'
import type { RequestObserver, RequestRouter } from './router.ts'

export interface KafkaServerOptions {
  readonly host: string
  /** 0 picks an ephemeral port; `address()` reports the bound one. */
  readonly port: number
  readonly listenerName: string
  readonly router: RequestRouter
  readonly logger: Logger
  readonly connectionsMax: number
  readonly limits: ConnectionLimits
  /** How long close() waits for in-flight requests before it destroys the sockets. */
  readonly closeTimeoutMs: number
  readonly observer?: RequestObserver
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  requestBytesMax: 104857600,
  inflightRequestsMax: 100,
  writeBufferBytesMax: 16 * 1024 * 1024
}

export class KafkaServer {
  private readonly options: KafkaServerOptions
  private readonly server: Server
  private readonly connections = new Set<Connection>()
  private nextConnectionId = 1
  private readonly log: Logger

  constructor (options: KafkaServerOptions) {
    this.options = options
    this.log = options.logger.child({ module: 'network', listener: options.listenerName })
    this.server = createServer({ noDelay: true }, (socket) => this.accept(socket))
    this.server.maxConnections = options.connectionsMax
  }

  async listen (): Promise<{ host: string, port: number }> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(this.options.port, this.options.host, () => {
        this.server.off('error', reject)
        resolve()
      })
    })
    const address = this.address()
    this.log.info(address, 'listening')
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

  private accept (socket: Socket): void {
    const connection = new Connection(this.nextConnectionId++, socket, this.options.router, this.options.limits,
      this.log, this.options.listenerName, (c) => this.connections.delete(c), this.options.observer ?? null)
    this.connections.add(connection)
  }

  /** Stops accepting, lets every connection answer what it has in flight, then resolves. */
  async close (): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()))
    for (const connection of this.connections) connection.drainAndClose()
    const deadline = Date.now() + this.options.closeTimeoutMs
    while (this.connections.size > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    for (const connection of this.connections) connection.destroy()
    await closed
  }
}
