// The controller listener: one port (this node's entry of controller.quorum.voters, its listener named
// in controller.listener.names) that carries two protocols, as Kafka's controller port carries both
// KRaft's Raft RPCs and the controller APIs. Rivulet's Raft transport speaks its own frames (a Hello
// first), the brokers speak the Kafka protocol; both frame with a 4-byte length, and the byte after it
// tells them apart: a Raft Hello begins with `raftPrefix` (its protobuf tag and magic), a Kafka request
// with 0x00 (the high byte of its int16 api key). The listener reads until it can decide, then hands
// the socket, with those bytes pushed back (unshift), to its owner: the Raft transport's adopt() or the
// KafkaServer's adopt(). Each owner then applies its own limits as on a socket it accepted itself.
//
// Hostile bytes close only that connection: a first byte that is neither, a Raft-looking prefix whose
// magic is wrong, or nothing decisive within sniffTimeoutMs. Connections still being sniffed are
// bounded (sniffingConnectionsMax); past it new ones are closed at once. close() stops accepting and
// destroys the sockets still being sniffed; adopted sockets belong to their owners, who close them.
import { createServer, type Server, type Socket } from 'node:net'
import type { Logger } from 'pino'
import { assert } from '../util/assert.ts'
import { LogRateLimiter } from '../util/log-rate-limiter.ts'
import { FRAME_PREFIX_BYTES } from './frame-decoder.ts'
import { listenOn } from './listen.ts'

export type ControllerProtocol = 'raft' | 'kafka'

export interface ControllerListenerOptions {
  readonly host: string
  /** 0 picks an ephemeral port (tests); address() reports it. */
  readonly port: number
  readonly logger: Logger
  /** The bytes that follow the length of a Raft stream's first frame (raft-codec's HELLO_PREFIX). */
  readonly raftPrefix: Uint8Array
  /** Takes a Raft stream; its first bytes are unread again. */
  readonly adoptRaft: (socket: Socket) => void
  /** Takes a Kafka-protocol connection; its first bytes are unread again. */
  readonly adoptKafka: (socket: Socket) => void
  readonly sniffTimeoutMs?: number
  readonly sniffingConnectionsMax?: number
}

export const CONTROLLER_LISTENER_DEFAULTS = {
  sniffTimeoutMs: 10_000,
  sniffingConnectionsMax: 256
} as const

/** Which protocol a connection speaks by its first bytes; 'undecided' until enough are in; 'hostile' for neither. */
export function sniffProtocol (head: Buffer, raftPrefix: Uint8Array): ControllerProtocol | 'undecided' | 'hostile' {
  if (head.length <= FRAME_PREFIX_BYTES) return 'undecided'
  const first = head[FRAME_PREFIX_BYTES]!
  if (first === 0x00) return 'kafka'
  if (first !== raftPrefix[0]) return 'hostile'
  const known = Math.min(head.length - FRAME_PREFIX_BYTES, raftPrefix.length)
  for (let i = 1; i < known; i++) if (head[FRAME_PREFIX_BYTES + i] !== raftPrefix[i]) return 'hostile'
  return known === raftPrefix.length ? 'raft' : 'undecided'
}

/** One accepted socket until its protocol is known. */
class Sniffing {
  readonly socket: Socket
  chunks: Buffer[] = []
  bytes = 0
  readonly timer: NodeJS.Timeout
  readonly onData: (chunk: Buffer) => void

  constructor (socket: Socket, timer: NodeJS.Timeout, onData: (chunk: Buffer) => void) {
    this.socket = socket
    this.timer = timer
    this.onData = onData
  }
}

export class ControllerListener {
  private readonly options: ControllerListenerOptions
  private readonly sniffTimeoutMs: number
  private readonly sniffingConnectionsMax: number
  private readonly log: Logger
  private readonly warnings = new LogRateLimiter({ linesMax: 10, intervalMs: 10_000 })
  private readonly server: Server
  private readonly sniffing = new Set<Sniffing>()
  private closed = false
  /** Connections closed for their first bytes (or none in time), for tests and metrics. */
  refusedConnections = 0

  constructor (options: ControllerListenerOptions) {
    assert(options.raftPrefix.length >= 1 && options.raftPrefix[0] !== 0x00, 'the Raft prefix must not start like a Kafka request')
    this.options = options
    this.sniffTimeoutMs = options.sniffTimeoutMs ?? CONTROLLER_LISTENER_DEFAULTS.sniffTimeoutMs
    this.sniffingConnectionsMax = options.sniffingConnectionsMax ?? CONTROLLER_LISTENER_DEFAULTS.sniffingConnectionsMax
    this.log = options.logger.child({ module: 'controller-listener' })
    this.server = createServer({ noDelay: true }, (socket) => this.accept(socket))
    this.server.on('error', (err) => this.log.error({ err }, 'controller listener error'))
  }

  async listen (): Promise<{ host: string, port: number }> {
    await listenOn(this.server, this.options.port, this.options.host)
    const address = this.address()
    this.log.info(address, 'controller listener listening (Raft and Kafka controller APIs)')
    return address
  }

  address (): { host: string, port: number } {
    const a = this.server.address()
    assert(a !== null && typeof a === 'object', 'address() after listen()')
    return { host: a.address, port: a.port }
  }

  /** Connections whose protocol is not known yet. */
  sniffingCount (): number {
    return this.sniffing.size
  }

  /**
   * Stops accepting (the port is released at once) and destroys the sockets still being sniffed.
   * Adopted sockets are their owners' to close, so this does not wait for them (net.Server's close
   * callback would, as it counts every socket it accepted).
   */
  async close (): Promise<void> {
    if (this.closed) return
    this.closed = true
    for (const s of this.sniffing) this.drop(s)
    this.server.close()
  }

  private accept (socket: Socket): void {
    if (this.closed || this.sniffing.size >= this.sniffingConnectionsMax) {
      this.refuse(socket, this.closed ? 'closing' : `${this.sniffing.size} connections are still being identified`)
      return
    }
    socket.on('error', () => {}) // a reset before the protocol is known: 'close' follows
    const timer = setTimeout(() => this.timedOut(s), this.sniffTimeoutMs)
    const s: Sniffing = new Sniffing(socket, timer, (chunk: Buffer) => this.read(s, chunk))
    socket.on('data', s.onData)
    socket.once('close', () => this.drop(s))
    this.sniffing.add(s)
  }

  private read (s: Sniffing, chunk: Buffer): void {
    s.chunks.push(chunk)
    s.bytes += chunk.length
    const head = s.chunks.length === 1 ? chunk : Buffer.concat(s.chunks, s.bytes)
    s.chunks = [head]
    const protocol = sniffProtocol(head, this.options.raftPrefix)
    if (protocol === 'undecided') return
    this.forget(s)
    const socket = s.socket
    if (protocol === 'hostile') {
      this.refuse(socket, `first bytes ${head.subarray(0, FRAME_PREFIX_BYTES + this.options.raftPrefix.length).toString('hex')} are neither a Raft stream nor a Kafka request`)
      return
    }
    // Paused before the bytes go back, so that none flows before the new owner listens; resumed after.
    socket.removeListener('data', s.onData)
    socket.pause()
    socket.unshift(head)
    if (protocol === 'raft') this.options.adoptRaft(socket)
    else this.options.adoptKafka(socket)
    socket.resume()
  }

  private timedOut (s: Sniffing): void {
    if (!this.sniffing.has(s)) return
    this.forget(s)
    this.refuse(s.socket, `no decisive bytes within ${this.sniffTimeoutMs} ms`)
  }

  private forget (s: Sniffing): void {
    clearTimeout(s.timer)
    this.sniffing.delete(s)
  }

  private drop (s: Sniffing): void {
    if (!this.sniffing.has(s)) return
    this.forget(s)
    s.socket.destroy()
  }

  private refuse (socket: Socket, reason: string): void {
    this.refusedConnections++
    if (this.warnings.admit(Date.now())) {
      this.log.warn({ remote: `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`, reason }, 'controller listener closed a connection')
    }
    socket.destroy()
  }
}
