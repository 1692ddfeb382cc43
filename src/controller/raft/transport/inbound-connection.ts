// One accepted connection on the controller listener: a peer's outbound stream to us. We only read
// from it. The first frame must be a Hello that the owner accepts; every later frame is one Raft
// message from that peer to us. Any violation closes this connection only (with its reason handed to
// the owner to count and log); the process and the other connections carry on.
import type { Socket } from 'node:net'
import type { Message, NodeId } from '../core/types.ts'
import { FrameDecoder } from '../../../network/frame-decoder.ts'
import { decodeHello, decodeMessage, RaftDecodeError, type Hello } from './raft-codec.ts'
import { InboundRejection } from './transport-stats.ts'

export interface InboundOwner {
  /** Accepts (null) or refuses (the reason, for the log) a decoded Hello. */
  hello (connection: InboundConnection, hello: Hello): string | null
  deliver (from: NodeId, message: Message, frameBytes: number): void
  rejected (connection: InboundConnection, reason: InboundRejection, detail: string): void
  closed (connection: InboundConnection): void
}

export class InboundConnection {
  readonly socket: Socket
  readonly remote: string
  /** The peer, once its Hello was accepted; 0 before. */
  peerId: NodeId = 0
  private readonly selfId: NodeId
  private readonly owner: InboundOwner
  private readonly reader: FrameDecoder
  private readonly onData = (chunk: Buffer): void => this.read(chunk)

  constructor (socket: Socket, options: { selfId: NodeId, frameBytesMax: number, helloTimeoutMs: number, owner: InboundOwner }) {
    this.socket = socket
    this.remote = `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`
    this.selfId = options.selfId
    this.owner = options.owner
    this.reader = new FrameDecoder(options.frameBytesMax)
    socket.setTimeout(options.helloTimeoutMs)
    socket.on('timeout', () => this.reject(InboundRejection.HelloTimeout, 'no hello in time'))
    socket.on('data', this.onData)
    socket.on('error', () => {}) // a reset peer: 'close' follows, and the peer's own side reports it
    socket.on('close', () => this.owner.closed(this))
  }

  /** Closes the connection without blaming the peer (a newer connection replaced it, or shutdown). */
  close (): void {
    this.socket.destroy()
  }

  private read (chunk: Buffer): void {
    this.reader.push(chunk)
    for (;;) {
      // The handler may have closed us (or the whole transport) while we were delivering.
      if (this.socket.destroyed) return
      const frame = this.reader.next()
      if (frame === null) return
      if (!Buffer.isBuffer(frame)) {
        this.reject(InboundRejection.FrameTooLarge, `frame of ${frame.sizeBytes} bytes`)
        return
      }
      if (this.peerId === 0) this.readHello(frame)
      else this.readMessage(frame)
    }
  }

  private readHello (frame: Buffer): void {
    const hello = this.decode(decodeHello, frame)
    if (hello === null) return
    const refusal = this.owner.hello(this, hello)
    if (refusal !== null) {
      this.reject(InboundRejection.HelloRejected, refusal)
      return
    }
    this.peerId = hello.from
    this.socket.setTimeout(0)
  }

  private readMessage (frame: Buffer): void {
    const message = this.decode(decodeMessage, frame)
    if (message === null) return
    if (message.from !== this.peerId || message.to !== this.selfId) {
      this.reject(InboundRejection.Misaddressed, `message from ${message.from} to ${message.to} on the stream from ${this.peerId} to ${this.selfId}`)
      return
    }
    this.owner.deliver(this.peerId, message, frame.length)
  }

  /** The decoded frame, or null after closing the connection over bytes that do not decode. */
  private decode<T> (decode: (bytes: Uint8Array) => T, frame: Buffer): T | null {
    try {
      return decode(frame)
    } catch (err) {
      // Only decode errors are the peer's fault; anything else is our bug and must surface.
      if (!(err instanceof RaftDecodeError)) throw err
      this.reject(InboundRejection.Malformed, err.message)
      return null
    }
  }

  private reject (reason: InboundRejection, detail: string): void {
    this.owner.rejected(this, reason, detail)
    this.socket.destroy()
  }
}
