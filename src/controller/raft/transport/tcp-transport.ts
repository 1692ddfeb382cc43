// RaftTransport: Raft messages between controller voters, protobuf-encoded (raft.proto) over TCP on
// the controller listener.
//
// Contract, for the raft node that drives it:
// - new RaftTransport(options); onMessage(handler) (required), onUnreachable / onSnapshotStatus
//   (optional); then await start(): listens on listenHost:listenPort and connects to every peer.
// - send(messages): never blocks and never throws for network reasons. Each message is encoded at
//   once and queued on its peer's bounded queue (queueMessagesMax, queueBytesMax). A message is
//   dropped, counted in stats() under one reason and logged (rate-limited) when its peer is unknown,
//   it exceeds frameBytesMax, or the queue is full. A dropped message fires onUnreachable(peer) (at
//   most once per peer per send() call), so the core probes that peer (core.reportUnreachable); a
//   dropped Snap message also fires onSnapshotStatus(peer, false) (core.reportSnapshot).
// - onUnreachable(peer) also fires whenever a connection to the peer fails or breaks.
// - onSnapshotStatus(peer, true) fires once a Snap message has been written to the socket.
// - Handlers run synchronously on the event loop, one message at a time, in the order each peer sent.
//   A handler that throws is a bug in the caller: it is not caught here.
// - Byte fields of delivered messages are views into receive buffers, never reused by the transport.
// - addPeer/removePeer follow membership changes; stats() returns a copy of all counters.
// - close(): stops listening, closes every connection, clears every timer; resolves when all
//   sockets are closed. Messages still queued are dropped and counted (transportClosed).
//
// Wire: each connection carries frames, each a 4-byte big-endian length then that many bytes. The
// first frame is a Hello {magic, version, clusterId, from, to}; the receiver closes the connection
// unless it matches (our cluster, addressed to us, from a known peer). Every later frame is one
// Message. Streams are one-way, as etcd's: we write only on our outbound connection to a peer and
// only read the inbound connection the peer opened to us.
import { createServer, type Server, type Socket } from 'node:net'
import { performance } from 'node:perf_hooks'
import type { Logger } from 'pino'
import { assert } from '../../../util/assert.ts'
import { MessageType, type Message, type NodeId } from '../core/types.ts'
import { assertBackoffPolicy, type BackoffPolicy } from '../../../util/backoff.ts'
import { FRAME_PREFIX_BYTES } from '../../../network/frame-decoder.ts'
import { listenOn } from '../../../network/listen.ts'
import { InboundConnection, type InboundOwner } from './inbound-connection.ts'
import { PeerLink, type PeerAddress, type PeerLinkEvents } from './peer-link.ts'
import type { RaftNetwork } from './raft-network.ts'
import { encodeHello, encodeMessage, NODE_ID_MAX, type Hello } from './raft-codec.ts'
import { RateLimitedLog } from './rate-limited-log.ts'
import {
  DropReason, zeroRejectionCounts,
  type InboundRejection, type PeerStats, type RejectionCounts, type TransportStats
} from './transport-stats.ts'

export type { PeerAddress } from './peer-link.ts'

export interface RaftTransportOptions {
  readonly nodeId: NodeId
  /** Connections from another cluster are refused. */
  readonly clusterId: string
  readonly listenHost: string
  /** 0 picks a free port (see address()). */
  readonly listenPort: number
  /**
   * Source address of outbound sockets: the node's own 127.0.0.x in a local cluster, so that
   * iptables rules per address partition it. Defaults to listenHost unless that is a wildcard.
   */
  readonly localAddress?: string | null
  readonly peers?: ReadonlyMap<NodeId, PeerAddress>
  /**
   * True when another listener owns the port (the controller listener, which also serves Kafka
   * controller APIs there): start() listens on nothing and accepted Raft streams arrive by adopt().
   */
  readonly sharedListener?: boolean
  readonly logger: Logger
  readonly queueMessagesMax?: number
  readonly queueBytesMax?: number
  readonly frameBytesMax?: number
  /** Bytes Node may buffer in one peer's socket before we wait for 'drain'. */
  readonly writeBufferBytesMax?: number
  readonly connectTimeoutMs?: number
  readonly helloTimeoutMs?: number
  readonly inboundConnectionsMax?: number
  readonly backoff?: BackoffPolicy
  /** [0, 1) source for backoff jitter. */
  readonly random?: () => number
}

export interface TransportLimits {
  readonly queueMessagesMax: number
  readonly queueBytesMax: number
  readonly frameBytesMax: number
  readonly writeBufferBytesMax: number
  readonly connectTimeoutMs: number
  readonly helloTimeoutMs: number
  readonly inboundConnectionsMax: number
  readonly backoff: BackoffPolicy
}

export const TRANSPORT_DEFAULTS: TransportLimits = {
  queueMessagesMax: 4096,
  queueBytesMax: 64 * 1024 * 1024,
  // Must hold the largest Snap message, i.e. a whole MetadataImage snapshot.
  frameBytesMax: 32 * 1024 * 1024,
  writeBufferBytesMax: 1024 * 1024,
  connectTimeoutMs: 3000,
  helloTimeoutMs: 10_000,
  inboundConnectionsMax: 64,
  backoff: { initialMs: 50, maxMs: 5000 }
}

/** At most one warning per peer and drop reason (or per rejection reason) per interval. */
const DROP_LOG_INTERVAL_MS = 1000

type MessageHandler = (message: Message) => void
type PeerHandler = (peer: NodeId) => void
type SnapshotStatusHandler = (peer: NodeId, delivered: boolean) => void

export class RaftTransport implements RaftNetwork {
  private readonly nodeId: NodeId
  private readonly clusterId: string
  private readonly listenHost: string
  private readonly listenPort: number
  private readonly localAddress: string | null
  private readonly logger: Logger
  private readonly limits: TransportLimits
  private readonly random: () => number
  private readonly dropLog: RateLimitedLog
  private readonly links = new Map<NodeId, PeerLink>()
  private readonly inbound = new Set<InboundConnection>()
  private readonly inboundRejected: RejectionCounts = zeroRejectionCounts()
  private readonly inboundOwner: InboundOwner
  private readonly linkEvents: PeerLinkEvents
  /** Peers with a drop during the current send(): each told unreachable once. */
  private readonly unreachableInSend = new Set<NodeId>()
  private readonly removedLinksClosing = new Set<Promise<void>>()
  private server: Server | null = null
  private readonly sharedListener: boolean
  private started = false
  private closed = false
  private messagesDroppedUnknownPeer = 0
  /** Drops of peers no longer in `links` (their own stats went with them). */
  private messagesDroppedRemovedPeers = 0
  private inboundAccepted = 0
  private messageHandler: MessageHandler | null = null
  private unreachableHandler: PeerHandler = () => {}
  private snapshotStatusHandler: SnapshotStatusHandler = () => {}

  constructor (options: RaftTransportOptions) {
    assert(Number.isInteger(options.nodeId) && options.nodeId >= 1 && options.nodeId <= NODE_ID_MAX, 'nodeId must be in 1..2^31-1')
    this.nodeId = options.nodeId
    this.clusterId = options.clusterId
    this.listenHost = options.listenHost
    this.listenPort = options.listenPort
    this.sharedListener = options.sharedListener ?? false
    this.localAddress = options.localAddress !== undefined ? options.localAddress : defaultLocalAddress(options.listenHost)
    this.logger = options.logger.child({ module: 'raft-transport', nodeId: options.nodeId })
    const d = TRANSPORT_DEFAULTS
    this.limits = {
      queueMessagesMax: options.queueMessagesMax ?? d.queueMessagesMax,
      queueBytesMax: options.queueBytesMax ?? d.queueBytesMax,
      frameBytesMax: options.frameBytesMax ?? d.frameBytesMax,
      writeBufferBytesMax: options.writeBufferBytesMax ?? d.writeBufferBytesMax,
      connectTimeoutMs: options.connectTimeoutMs ?? d.connectTimeoutMs,
      helloTimeoutMs: options.helloTimeoutMs ?? d.helloTimeoutMs,
      inboundConnectionsMax: options.inboundConnectionsMax ?? d.inboundConnectionsMax,
      backoff: options.backoff ?? d.backoff
    }
    assertLimits(this.limits)
    this.random = options.random ?? Math.random
    this.dropLog = new RateLimitedLog(this.logger, DROP_LOG_INTERVAL_MS, nowMs)
    this.inboundOwner = {
      hello: (connection, hello) => this.acceptHello(connection, hello),
      deliver: (from, message, frameBytes) => this.deliver(from, message, frameBytes),
      rejected: (connection, reason, detail) => this.countRejection(connection.remote, reason, detail),
      closed: (connection) => { this.inbound.delete(connection) }
    }
    this.linkEvents = {
      unreachable: (peer) => { if (!this.closed) this.unreachableHandler(peer) },
      snapshotStatus: (peer, delivered) => { if (!this.closed) this.snapshotStatusHandler(peer, delivered) }
    }
    for (const [id, address] of options.peers ?? []) this.addPeer(id, address)
  }

  onMessage (handler: MessageHandler): void { this.messageHandler = handler }
  onUnreachable (handler: PeerHandler): void { this.unreachableHandler = handler }
  onSnapshotStatus (handler: SnapshotStatusHandler): void { this.snapshotStatusHandler = handler }

  async start (): Promise<void> {
    assert(!this.started, 'start() once')
    assert(this.messageHandler !== null, 'onMessage(handler) before start()')
    this.started = true
    if (this.sharedListener) {
      for (const link of this.links.values()) link.start()
      return
    }
    const server = createServer((socket) => this.accept(socket))
    this.server = server
    await listenOn(server, this.listenPort, this.listenHost)
    server.on('error', (err) => this.logger.error({ err }, 'raft transport listener error'))
    this.logger.info({ address: this.address() }, 'raft transport listening')
    for (const link of this.links.values()) link.start()
  }

  /** The listening address (after start()). */
  address (): PeerAddress {
    // A shared port is bound by the controller listener, at the configured address.
    if (this.sharedListener) return { host: this.listenHost, port: this.listenPort }
    const bound = this.server?.address()
    assert(bound !== null && bound !== undefined && typeof bound === 'object', 'address() after start()')
    return { host: bound.address, port: bound.port }
  }

  /**
   * Takes a stream accepted by the shared controller listener (its first bytes unread again): handled
   * as one this transport accepted itself (Hello check, bounds, rejections counted).
   */
  adopt (socket: Socket): void {
    assert(this.sharedListener, 'adopt() is for a transport whose port is shared (sharedListener)')
    this.accept(socket)
  }

  send (messages: readonly Message[]): void {
    for (const m of messages) {
      const link = this.links.get(m.to)
      if (link === undefined) {
        this.messagesDroppedUnknownPeer++
        this.dropLog.warn('unknown-peer', { to: m.to, type: m.type }, 'raft transport dropped a message to an unknown peer')
        if (m.type === MessageType.Snap) this.linkEvents.snapshotStatus(m.to, false)
        continue
      }
      if (!link.enqueue(encodeMessage(m), m.type === MessageType.Snap)) this.unreachableInSend.add(m.to)
    }
    if (this.unreachableInSend.size === 0) return
    for (const peer of this.unreachableInSend) this.linkEvents.unreachable(peer)
    this.unreachableInSend.clear()
  }

  /** Adds a peer, or moves it to a new address (its queue is then dropped as peerRemoved). */
  addPeer (id: NodeId, address: PeerAddress): void {
    assert(id !== this.nodeId, 'a node is not its own peer')
    assert(Number.isInteger(id) && id >= 1 && id <= NODE_ID_MAX, 'peer ids must be in 1..2^31-1')
    assert(!this.closed, 'addPeer after close()')
    const existing = this.links.get(id)
    if (existing !== undefined) {
      if (existing.address.host === address.host && existing.address.port === address.port) return
      this.removePeer(id)
    }
    const link = new PeerLink({
      peerId: id,
      address,
      localAddress: this.localAddress,
      helloFrame: this.helloFrame(id),
      queueMessagesMax: this.limits.queueMessagesMax,
      queueBytesMax: this.limits.queueBytesMax,
      frameBytesMax: this.limits.frameBytesMax,
      writeBufferBytesMax: this.limits.writeBufferBytesMax,
      connectTimeoutMs: this.limits.connectTimeoutMs,
      backoff: this.limits.backoff,
      random: this.random,
      nowMs,
      logger: this.logger,
      dropLog: this.dropLog,
      events: this.linkEvents
    })
    this.links.set(id, link)
    if (this.started) link.start()
  }

  /** Forgets a peer: its queue is dropped (peerRemoved) and its connections, both ways, closed. */
  removePeer (id: NodeId): void {
    const link = this.links.get(id)
    if (link === undefined) return
    this.links.delete(id)
    // close() counts the queue as dropped synchronously; its socket is awaited by our own close().
    const closing = link.close(DropReason.PeerRemoved)
    this.removedLinksClosing.add(closing)
    void closing.then(() => this.removedLinksClosing.delete(closing))
    this.messagesDroppedRemovedPeers += link.stats().messagesDropped.peerRemoved
    for (const connection of this.inbound) if (connection.peerId === id) connection.close()
    this.dropLog.forget(`${id}:`)
  }

  stats (): TransportStats {
    const peers = new Map<NodeId, PeerStats>()
    for (const [id, link] of this.links) peers.set(id, link.stats())
    return {
      peers,
      messagesDroppedUnknownPeer: this.messagesDroppedUnknownPeer,
      messagesDroppedRemovedPeers: this.messagesDroppedRemovedPeers,
      inboundAccepted: this.inboundAccepted,
      inboundRejected: { ...this.inboundRejected }
    }
  }

  async close (): Promise<void> {
    if (this.closed) return
    this.closed = true
    const closing: Array<Promise<void>> = [...this.removedLinksClosing]
    for (const link of this.links.values()) closing.push(link.close(DropReason.TransportClosed))
    for (const connection of this.inbound) {
      connection.close()
      if (!connection.socket.closed) closing.push(new Promise((resolve) => connection.socket.once('close', () => resolve())))
    }
    const server = this.server
    if (server !== null) closing.push(new Promise((resolve) => server.close(() => resolve())))
    await Promise.all(closing)
    this.logger.info('raft transport closed')
  }

  private helloFrame (peer: NodeId): Uint8Array {
    const hello = encodeHello({ clusterId: this.clusterId, from: this.nodeId, to: peer })
    const frame = Buffer.allocUnsafe(FRAME_PREFIX_BYTES + hello.byteLength)
    frame.writeUInt32BE(hello.byteLength, 0)
    frame.set(hello, FRAME_PREFIX_BYTES)
    return frame
  }

  private accept (socket: Socket): void {
    if (this.closed) {
      socket.destroy()
      return
    }
    if (this.inbound.size >= this.limits.inboundConnectionsMax) {
      this.countRejection(`${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`, 'tooManyConnections', `${this.inbound.size} open`)
      socket.destroy()
      return
    }
    this.inboundAccepted++
    this.inbound.add(new InboundConnection(socket, {
      selfId: this.nodeId,
      frameBytesMax: this.limits.frameBytesMax,
      helloTimeoutMs: this.limits.helloTimeoutMs,
      owner: this.inboundOwner
    }))
  }

  private acceptHello (connection: InboundConnection, hello: Hello): string | null {
    if (hello.clusterId !== this.clusterId) return `cluster id '${hello.clusterId}', ours is '${this.clusterId}'`
    if (hello.to !== this.nodeId) return `addressed to node ${hello.to}, we are node ${this.nodeId}`
    if (!this.links.has(hello.from)) return `node ${hello.from} is not a peer`
    // A reconnecting peer's new stream replaces its old one, which may not have noticed yet.
    for (const other of this.inbound) if (other !== connection && other.peerId === hello.from) other.close()
    this.logger.info({ peer: hello.from, remote: connection.remote }, 'raft transport accepted a peer stream')
    return null
  }

  private deliver (from: NodeId, message: Message, frameBytes: number): void {
    const link = this.links.get(from)
    if (link !== undefined) link.countReceived(frameBytes)
    this.messageHandler!(message)
  }

  private countRejection (remote: string, reason: InboundRejection, detail: string): void {
    this.inboundRejected[reason]++
    this.dropLog.warn(`inbound:${reason}`, { remote, reason, detail }, 'raft transport closed an inbound connection')
  }
}

function nowMs (): number {
  return performance.now()
}

function defaultLocalAddress (listenHost: string): string | null {
  return listenHost === '' || listenHost === '0.0.0.0' || listenHost === '::' ? null : listenHost
}

function assertLimits (limits: TransportLimits): void {
  for (const name of ['queueMessagesMax', 'queueBytesMax', 'frameBytesMax', 'writeBufferBytesMax', 'connectTimeoutMs', 'helloTimeoutMs', 'inboundConnectionsMax'] as const) {
    assert(Number.isInteger(limits[name]) && limits[name] >= 1, `${name} must be a positive integer`)
  }
  assert(limits.frameBytesMax <= limits.queueBytesMax, 'frameBytesMax <= queueBytesMax: a largest message must fit in a queue')
  assertBackoffPolicy(limits.backoff)
}
