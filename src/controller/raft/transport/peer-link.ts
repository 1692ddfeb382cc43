// Our one outbound stream to one peer (as etcd's stream writer): a bounded queue of encoded frames,
// a TCP connection that opens with a Hello frame, and a reconnect loop with backoff.
//
// States: connecting (socket, not yet connected) -> connected -> on close: waiting (reconnect timer)
// -> connecting ... until close(). Frames queue in every state and go out once connected, in order.
//
// Backpressure: a flush writes queued frames under cork() (one writev syscall) until the socket
// buffers writeBufferBytesMax bytes; then it waits for 'drain'. A peer that stops reading therefore
// fills the kernel buffers, then at most writeBufferBytesMax in Node, then the queue, and from then on
// messages are dropped and counted (queueFull). Memory per peer stays below
// writeBufferBytesMax + frameBytesMax + queueBytesMax.
//
// Messages in flight when a connection breaks are lost (counted as bytesLostOnDisconnect); Raft
// retransmits what matters. A Snap frame's delivery is reported once the socket has written it (or
// failed to): that is the most a one-way stream can know.
import { connect, type Socket } from 'node:net'
import type { Logger } from 'pino'
import { assert } from '../../../util/assert.ts'
import type { NodeId } from '../core/types.ts'
import { backoffDelayMs, type BackoffPolicy } from '../../../util/backoff.ts'
import { FrameQueue } from './frame-queue.ts'
import { FRAME_PREFIX_BYTES } from '../../../network/frame-decoder.ts'
import type { RateLimitedLog } from './rate-limited-log.ts'
import { DropReason, zeroPeerStats, type PeerStats } from './transport-stats.ts'

export interface PeerAddress {
  readonly host: string
  readonly port: number
}

export interface PeerLinkEvents {
  unreachable (peer: NodeId): void
  snapshotStatus (peer: NodeId, delivered: boolean): void
}

export interface PeerLinkOptions {
  readonly peerId: NodeId
  readonly address: PeerAddress
  /** Our own address to bind outbound sockets to, or null to let the kernel choose. */
  readonly localAddress: string | null
  /** The Hello frame (prefix included) that opens every connection. */
  readonly helloFrame: Uint8Array
  readonly queueMessagesMax: number
  readonly queueBytesMax: number
  readonly frameBytesMax: number
  readonly writeBufferBytesMax: number
  readonly connectTimeoutMs: number
  readonly backoff: BackoffPolicy
  readonly random: () => number
  readonly nowMs: () => number
  readonly logger: Logger
  readonly dropLog: RateLimitedLog
  readonly events: PeerLinkEvents
}

/** Frames written per flush at most: two iovecs each, under the kernel's IOV_MAX (1024). */
const FLUSH_FRAMES_MAX = 500

export class PeerLink {
  readonly peerId: NodeId
  readonly address: PeerAddress
  private readonly options: PeerLinkOptions
  private readonly queue: FrameQueue
  private readonly counters: PeerStats = zeroPeerStats()
  private socket: Socket | null = null
  private connected = false
  private waitingDrain = false
  private closed = false
  private flushImmediate: NodeJS.Immediate | null = null
  private reconnectTimer: NodeJS.Timeout | null = null
  /** Consecutive failures since the last stable connection: the backoff exponent. */
  private failures = 0
  private connectedAtMs = 0
  private readonly flushNow = (): void => { this.flushImmediate = null; this.flush() }
  private readonly reconnectNow = (): void => { this.reconnectTimer = null; this.connect() }
  private readonly onDrain = (): void => { this.waitingDrain = false; this.flush() }
  private readonly onSnapshotWritten = (err?: Error | null): void => {
    if (!this.closed) this.options.events.snapshotStatus(this.peerId, err === undefined || err === null)
  }

  constructor (options: PeerLinkOptions) {
    assert(options.frameBytesMax <= options.queueBytesMax, 'a frame of frameBytesMax must fit in the queue')
    this.peerId = options.peerId
    this.address = options.address
    this.options = options
    this.queue = new FrameQueue({ messagesMax: options.queueMessagesMax, bytesMax: options.queueBytesMax })
  }

  /** Starts connecting (idempotent). */
  start (): void {
    if (this.closed || this.socket !== null || this.reconnectTimer !== null) return
    this.connect()
  }

  /**
   * Queues one encoded message (without its length prefix). False when it was dropped: then it is
   * already counted and logged, and a dropped snapshot already reported as undelivered.
   */
  enqueue (frame: Uint8Array, isSnapshot: boolean): boolean {
    let reason: DropReason | null = null
    if (this.closed) reason = DropReason.TransportClosed
    else if (frame.byteLength > this.options.frameBytesMax) reason = DropReason.TooLarge
    else if (!this.queue.push(frame, isSnapshot)) reason = DropReason.QueueFull
    if (reason !== null) {
      this.countDrops(reason, 1, isSnapshot ? 1 : 0)
      return false
    }
    if (this.connected && !this.waitingDrain && this.flushImmediate === null) {
      // Deferred so that every send() of this turn of the event loop shares one writev.
      this.flushImmediate = setImmediate(this.flushNow)
    }
    return true
  }

  /** Received from this peer (counted here so that one object holds the peer's whole picture). */
  countReceived (frameBytes: number): void {
    this.counters.messagesReceived++
    this.counters.bytesReceived += FRAME_PREFIX_BYTES + frameBytes
  }

  stats (): PeerStats {
    const c = this.counters
    return {
      ...c,
      messagesDropped: { ...c.messagesDropped },
      queueMessages: this.queue.length,
      queueBytes: this.queue.byteLength,
      socketBufferedBytes: this.socket === null ? 0 : this.socket.writableLength,
      connected: this.connected
    }
  }

  /** Stops for good: queued messages are dropped (counted under `reason`); resolves once the socket is closed. */
  async close (reason: DropReason): Promise<void> {
    if (this.closed) return
    const discarded = this.queue.clear()
    this.countDrops(reason, discarded.frames, discarded.snapshots)
    this.closed = true
    if (this.flushImmediate !== null) clearImmediate(this.flushImmediate)
    if (this.reconnectTimer !== null) clearTimeout(this.reconnectTimer)
    this.flushImmediate = null
    this.reconnectTimer = null
    const socket = this.socket
    if (socket === null || socket.closed) return
    socket.destroy()
    await new Promise<void>((resolve) => socket.once('close', () => resolve()))
  }

  private countDrops (reason: DropReason, frames: number, snapshots: number): void {
    if (frames === 0) return
    this.counters.messagesDropped[reason] += frames
    this.options.dropLog.warn(`${this.peerId}:${reason}`, { peer: this.peerId, reason, dropped: frames, queueMessages: this.queue.length, queueBytes: this.queue.byteLength }, 'raft transport dropped messages')
    for (let i = 0; i < snapshots; i++) this.options.events.snapshotStatus(this.peerId, false)
  }

  private connect (): void {
    const o = this.options
    this.counters.connectAttempts++
    const socket = connect({ host: o.address.host, port: o.address.port, localAddress: o.localAddress ?? undefined, noDelay: true })
    this.socket = socket
    // A blackholed peer (iptables DROP) would leave connect() pending for minutes.
    socket.setTimeout(o.connectTimeoutMs)
    socket.on('timeout', () => socket.destroy(new Error(`connect timed out after ${o.connectTimeoutMs} ms`)))
    socket.on('connect', () => this.onConnect(socket))
    // The stream is one-way; a peer that talks back does not speak our protocol.
    socket.on('data', () => socket.destroy(new Error('peer sent bytes on our outbound stream')))
    socket.on('error', (err) => this.onSocketError(err))
    socket.on('drain', this.onDrain)
    socket.on('close', () => this.onClose(socket))
  }

  private onConnect (socket: Socket): void {
    socket.setTimeout(0)
    this.connected = true
    this.connectedAtMs = this.options.nowMs()
    this.counters.connects++
    this.options.logger.info({ peer: this.peerId, address: this.address, attempts: this.failures + 1 }, 'raft transport connected')
    socket.write(this.options.helloFrame)
    this.flush()
  }

  private onSocketError (err: Error): void {
    // The first failure of a run is a warning; the retries behind it would only repeat it.
    const level = this.connected || this.failures === 0 ? 'warn' : 'debug'
    this.options.logger[level]({ peer: this.peerId, address: this.address, err: err.message }, 'raft transport connection error')
  }

  private onClose (socket: Socket): void {
    assert(socket === this.socket, 'only the current socket closes')
    const o = this.options
    const wasConnected = this.connected
    if (wasConnected) {
      this.counters.disconnects++
      this.counters.bytesLostOnDisconnect += socket.writableLength
      // A connection that lived through a whole backoff ceiling restarts the backoff from the bottom.
      if (o.nowMs() - this.connectedAtMs >= o.backoff.maxMs) this.failures = 0
    } else {
      this.counters.connectFailures++
    }
    this.socket = null
    this.connected = false
    this.waitingDrain = false
    if (this.flushImmediate !== null) clearImmediate(this.flushImmediate)
    this.flushImmediate = null
    if (this.closed) return
    const delayMs = backoffDelayMs(o.backoff, this.failures, o.random)
    this.failures++
    this.reconnectTimer = setTimeout(this.reconnectNow, delayMs)
    if (wasConnected) o.logger.warn({ peer: this.peerId, retryInMs: delayMs }, 'raft transport disconnected')
    o.events.unreachable(this.peerId)
  }

  /** Writes queued frames under one cork until the queue is empty or the socket buffer is full. */
  private flush (): void {
    const socket = this.socket
    if (socket === null || !this.connected || this.waitingDrain || this.queue.length === 0) return
    const frames = Math.min(this.queue.length, FLUSH_FRAMES_MAX)
    // All length prefixes of this flush in one small allocation; frames are written as they are.
    const prefixes = Buffer.allocUnsafe(frames * FRAME_PREFIX_BYTES)
    let written = 0
    let bytes = 0
    socket.cork()
    while (written < frames && socket.writableLength < this.options.writeBufferBytesMax) {
      const isSnapshot = this.queue.headIsSnapshot()
      const frame = this.queue.shift()
      const at = written * FRAME_PREFIX_BYTES
      prefixes.writeUInt32BE(frame.byteLength, at)
      socket.write(prefixes.subarray(at, at + FRAME_PREFIX_BYTES))
      if (isSnapshot) socket.write(frame, this.onSnapshotWritten)
      else socket.write(frame)
      written++
      bytes += FRAME_PREFIX_BYTES + frame.byteLength
    }
    socket.uncork()
    this.counters.messagesSent += written
    this.counters.bytesSent += bytes
    if (this.queue.length === 0) return
    if (socket.writableNeedDrain) this.waitingDrain = true
    else if (this.flushImmediate === null) this.flushImmediate = setImmediate(this.flushNow)
  }
}
