// One client connection: frames in, requests dispatched, responses out in request order.
//
// Kafka clients pipeline requests and match responses by order, so responses leave strictly in the
// order their requests arrived, even when handlers finish out of order. The number of requests in
// flight is bounded; at the bound, and while the socket's write buffer is full, the connection stops
// reading (backpressure) and resumes once there is room again.
//
// Memory (queued.max.request.bytes): each frame reserves its announced size from the listener's
// RequestMemoryPool before its bytes are assembled, and keeps it until its response is ready (the
// decoded request holds views of the frame until then; a small frame is first copied out of a large
// received chunk, so that it does not keep the chunk alive). When the pool cannot grant a
// reservation the connection stops reading until it can. A frame whose bytes stop arriving for
// longer than rivulet.request.receive.timeout.ms after its admission closes the connection, which
// returns its memory; so does connections.max.idle.ms of nothing at all. Refused frames are counted
// (RequestObserver) and their WARN lines rate-limited, so a hostile client cannot flood the log.
import type { Socket } from 'node:net'
import type { Logger } from 'pino'
import { Reader, DecodeError } from '../protocol/primitives/reader.ts'
import { Writer } from '../protocol/primitives/writer.ts'
import { apiSpec, requestHeaderVersion, responseHeaderVersion } from '../protocol/generated/api-keys.ts'
import { decodeRequestHeader, sizeOfResponseHeader, writeResponseHeader, type RequestHeader } from '../protocol/generated/headers.ts'
import { requestCodec, responseCodec } from '../protocol/generated/index.ts'
import { ErrorCode } from '../protocol/generated/error-codes.ts'
import { FrameDecoder, type FrameSizeProblem } from './frame-decoder.ts'
import { NO_RESPONSE, type MalformedRequestReason, type RequestContext, type RequestObserver, type RequestRouter } from './router.ts'
import { apiVersionsResponse, API_VERSIONS_KEY } from './api-versions.ts'
import type { MemoryWaiter, RequestMemoryPool } from './memory-pool.ts'
import type { LogRateLimiter } from '../util/log-rate-limiter.ts'

export interface ConnectionLimits {
  /** socket.request.max.bytes: the largest frame accepted. */
  readonly requestBytesMax: number
  /** Requests decoded and not yet answered before the connection stops reading. */
  readonly inflightRequestsMax: number
  /** Bytes queued in the socket's write buffer before the connection stops reading. */
  readonly writeBufferBytesMax: number
  /** rivulet.request.receive.timeout.ms: how long an admitted frame may take to arrive in full. */
  readonly frameReceiveTimeoutMs: number
  /** connections.max.idle.ms: a connection with nothing read, written or in flight for this long is closed. */
  readonly idleTimeoutMs: number
}

/** What every connection of one listener shares. */
export interface ConnectionContext {
  readonly router: RequestRouter
  readonly limits: ConnectionLimits
  readonly log: Logger
  readonly listenerName: string
  /** queued.max.request.bytes across the listener's connections. */
  readonly memory: RequestMemoryPool
  /** WARN lines about misbehaving clients pass through this one limiter. */
  readonly clientWarnings: LogRateLimiter
  readonly observer: RequestObserver | null
  readonly onClosed: (connection: Connection) => void
}

/** One request between arrival and the write of its response. */
class Slot {
  readonly header: RequestHeader
  readonly requestBytes: number
  readonly startedMs: number
  /** Bytes of the memory pool this request holds until its response is ready. */
  reservedBytes: number
  done: boolean
  /** The encoded response frame, or null for "no response" (acks=0). */
  frame: Buffer | null

  constructor (header: RequestHeader, requestBytes: number, reservedBytes: number) {
    this.header = header
    this.requestBytes = requestBytes
    this.startedMs = performance.now()
    this.reservedBytes = reservedBytes
    this.done = false
    this.frame = null
  }
}

export class Connection implements MemoryWaiter {
  readonly id: number
  private readonly socket: Socket
  private readonly context: ConnectionContext
  private readonly limits: ConnectionLimits
  private readonly log: Logger
  private readonly decoder: FrameDecoder
  private readonly remoteAddress: string
  /** Requests in arrival order; the head is the next response to write. */
  private readonly slots: Slot[] = []
  private paused = false
  /** True while processFrames runs: synchronous completions inside it must not re-enter it. */
  private processing = false
  private closing = false
  private closed = false
  /** Pool bytes this connection holds: the frame being received plus unanswered requests. */
  private reservedBytes = 0
  /** The reservation of the frame being received, handed to its Slot when it is whole. */
  private frameReservedBytes = 0
  /** Size of the frame waiting for the pool to grant its reservation, or -1. */
  private memoryWaitBytes = -1
  /** Date.now() when the frame being received was admitted, or -1 between frames. */
  private frameStartedMs = -1
  /** Date.now() of the last bytes read or response written. */
  private activeMs = Date.now()

  constructor (id: number, socket: Socket, context: ConnectionContext) {
    this.id = id
    this.socket = socket
    this.context = context
    this.limits = context.limits
    this.log = context.log
    this.decoder = new FrameDecoder(context.limits.requestBytesMax, (sizeBytes) => this.admitFrame(sizeBytes))
    this.remoteAddress = `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? 0}`
    socket.setNoDelay(true)
    socket.on('data', (chunk: Buffer) => this.onData(chunk))
    socket.on('drain', () => this.updateReading())
    socket.on('error', (err) => this.log.debug({ err, connection: this.id }, 'connection error'))
    socket.on('close', () => this.finish())
  }

  inflightCount (): number {
    return this.slots.length
  }

  /** Graceful close: read nothing more, answer what is in flight, then end the socket. */
  drainAndClose (): void {
    this.closing = true
    this.socket.pause()
    this.context.memory.cancel(this)
    this.maybeEnd()
  }

  destroy (): void {
    this.socket.destroy()
  }

  /**
   * Closes the connection when its current frame was admitted more than the receive timeout ago and
   * is still incomplete (its reservation would otherwise be held for as long as the client likes),
   * or when it has been idle for connections.max.idle.ms, as Kafka's idle expiry does.
   */
  closeIfStalled (nowMs: number): boolean {
    if (this.closing) return false
    if (this.slots.length === 0 && nowMs - this.activeMs >= this.limits.idleTimeoutMs) {
      this.log.debug({ connection: this.id, remote: this.remoteAddress, idleTimeoutMs: this.limits.idleTimeoutMs }, 'closing idle connection (connections.max.idle.ms)')
      this.abort()
      return true
    }
    if (this.frameStartedMs < 0 || nowMs - this.frameStartedMs < this.limits.frameReceiveTimeoutMs) return false
    this.context.observer?.requestReceiveTimedOut()
    if (this.context.clientWarnings.admit(nowMs)) {
      this.log.warn({ connection: this.id, remote: this.remoteAddress, frameBytes: this.frameReservedBytes, receivedBytes: this.decoder.frameReceivedBytes(), frameReceiveTimeoutMs: this.limits.frameReceiveTimeoutMs },
        'closing connection: a request frame stalled before it was complete (rivulet.request.receive.timeout.ms)')
    }
    this.abort()
    return true
  }

  /** The decoder asks before it assembles a frame: reserve its size, or wait for the pool. */
  private admitFrame (sizeBytes: number): boolean {
    if (!this.context.memory.tryReserve(sizeBytes, this)) {
      this.memoryWaitBytes = sizeBytes
      return false
    }
    this.frameAdmitted(sizeBytes)
    return true
  }

  private frameAdmitted (sizeBytes: number): void {
    this.reservedBytes += sizeBytes
    this.frameReservedBytes = sizeBytes
    this.frameStartedMs = Date.now()
  }

  /** The pool granted the reservation this connection waited for (it counts the bytes already). */
  memoryGranted (): void {
    const sizeBytes = this.memoryWaitBytes
    this.memoryWaitBytes = -1
    this.frameAdmitted(sizeBytes)
    this.decoder.admit()
    // The frame may be whole already; processFrames ends by resuming the socket.
    this.processFrames()
  }

  private releaseMemory (sizeBytes: number): void {
    if (sizeBytes === 0) return
    this.reservedBytes -= sizeBytes
    this.context.memory.release(sizeBytes)
  }

  private onData (chunk: Buffer): void {
    if (this.closing) return
    this.activeMs = Date.now()
    this.decoder.push(chunk)
    this.processFrames()
  }

  private processFrames (): void {
    if (this.processing) return
    this.processing = true
    try {
      while (!this.closing && this.slots.length < this.limits.inflightRequestsMax) {
        const next = this.decoder.next()
        if (next === null) break
        if (!Buffer.isBuffer(next)) {
          this.rejectFrameSize(next)
          return
        }
        const reservedBytes = this.frameReservedBytes
        this.frameReservedBytes = 0
        this.frameStartedMs = -1
        this.onFrame(ownFrame(next), reservedBytes)
      }
    } finally {
      this.processing = false
    }
    this.updateReading()
  }

  /** Counts the refused frame, writes its WARN unless the rate limit suppresses it, and closes. */
  private refuse (reason: MalformedRequestReason, fields: Record<string, unknown>, message: string): void {
    this.context.observer?.requestMalformed(reason)
    if (this.context.clientWarnings.admit(Date.now())) {
      this.log.warn({ connection: this.id, remote: this.remoteAddress, reason, ...fields }, `closing connection: ${message}`)
    }
    this.abort()
  }

  private rejectFrameSize (problem: FrameSizeProblem): void {
    this.refuse('invalid_size', { sizeBytes: problem.sizeBytes, requestBytesMax: this.limits.requestBytesMax },
      'request size is negative or larger than socket.request.max.bytes')
  }

  private onFrame (frame: Buffer, reservedBytes: number): void {
    if (frame.length < 4) {
      this.refuse('too_short', { frameBytes: frame.length }, 'frame too short for a request header')
      return
    }
    const apiKey = frame.readInt16BE(0)
    const apiVersion = frame.readInt16BE(2)
    const spec = apiSpec(apiKey)
    if (spec === undefined) {
      this.refuse('unknown_api_key', { apiKey, apiVersion }, 'unknown API key')
      return
    }
    const reader = new Reader(frame)
    let header: RequestHeader
    try {
      // An ApiVersions request newer than we know is read with the newest header we know (KIP-511).
      const headerVersion = apiKey === API_VERSIONS_KEY && apiVersion > spec.maxVersion ? requestHeaderVersion(apiKey, spec.maxVersion) : requestHeaderVersion(apiKey, apiVersion)
      header = decodeRequestHeader(reader, headerVersion)
    } catch (err) {
      this.refuse('malformed_header', { apiKey, apiVersion, err: (err as Error).message }, 'malformed request header')
      return
    }
    const range = this.context.router.versionRange(apiKey)
    if (range === undefined || apiVersion < range.minVersion || apiVersion > range.maxVersion) {
      if (apiKey === API_VERSIONS_KEY) {
        this.answerUnsupportedApiVersions(header, reservedBytes)
        return
      }
      this.refuse('unsupported_version', { api: spec.name, apiVersion, clientId: header.clientId, served: range === undefined ? 'none' : `${range.minVersion}-${range.maxVersion}` },
        'API version not served')
      return
    }
    let request: unknown
    try {
      request = requestCodec(apiKey)!.decode(reader, apiVersion)
    } catch (err) {
      if (!(err instanceof DecodeError)) throw err
      this.refuse('malformed_body', { api: spec.name, apiVersion, clientId: header.clientId, err: err.message }, 'malformed request body')
      return
    }
    const slot = new Slot(header, frame.length + 4, reservedBytes)
    this.slots.push(slot)
    this.dispatch(slot, request)
  }

  private dispatch (slot: Slot, request: unknown): void {
    const ctx: RequestContext = { header: slot.header, connectionId: this.id, remoteAddress: this.remoteAddress, listenerName: this.context.listenerName }
    let result: unknown
    try {
      result = this.context.router.handle(ctx, request)
    } catch (err) {
      this.handlerFailed(slot, err)
      return
    }
    if (result instanceof Promise) {
      result.then((response) => this.complete(slot, response), (err) => this.handlerFailed(slot, err))
    } else {
      this.complete(slot, result)
    }
  }

  private handlerFailed (slot: Slot, err: unknown): void {
    // Kafka answers an unexpected handler failure with the API's error response; a generic one is
    // not safe to build for every API (per-partition errors), so the connection is closed and the
    // client retries on a new one. The failure is a bug and is logged as such.
    this.log.error({ connection: this.id, apiKey: slot.header.requestApiKey, apiVersion: slot.header.requestApiVersion, err }, 'RIVULET_ERR_HANDLER: request handler failed; closing connection')
    this.abort()
  }

  private answerUnsupportedApiVersions (header: RequestHeader, reservedBytes: number): void {
    // KIP-511: answer a too-new ApiVersions with UNSUPPORTED_VERSION in a v0 body listing what we
    // serve, so the client retries with a version both sides know.
    const slot = new Slot(header, 0, reservedBytes)
    this.slots.push(slot)
    this.complete(slot, apiVersionsResponse(this.context.router.supportedApis(), ErrorCode.UNSUPPORTED_VERSION), 0)
  }

  private complete (slot: Slot, response: unknown, encodeVersion = slot.header.requestApiVersion): void {
    if (this.closed) return
    // The handler is done with the request's views of the frame: its bytes go back to the pool.
    this.releaseMemory(slot.reservedBytes)
    slot.reservedBytes = 0
    if (response !== NO_RESPONSE) {
      try {
        slot.frame = encodeResponse(slot.header, response, encodeVersion)
      } catch (err) {
        this.handlerFailed(slot, err)
        return
      }
    }
    slot.done = true
    const observer = this.context.observer
    if (observer !== null) observer.requestCompleted(slot.header.requestApiKey, performance.now() - slot.startedMs, slot.requestBytes, slot.frame === null ? 0 : slot.frame.length)
    this.flush()
  }

  /** Writes every finished response at the head of the queue, in request order. */
  private flush (): void {
    while (this.slots.length > 0 && this.slots[0]!.done) {
      const slot = this.slots.shift()!
      if (slot.frame !== null) this.socket.write(slot.frame)
    }
    this.activeMs = Date.now()
    if (this.closing) this.maybeEnd()
    else this.processFrames()
  }

  private updateReading (): void {
    if (this.closing || this.closed) return
    const full = this.slots.length >= this.limits.inflightRequestsMax || this.socket.writableLength > this.limits.writeBufferBytesMax || this.memoryWaitBytes >= 0
    if (full && !this.paused) {
      this.paused = true
      this.socket.pause()
    } else if (!full && this.paused) {
      this.paused = false
      this.socket.resume()
      // Frames may already be buffered from before the pause (or just admitted by the pool).
      this.processFrames()
    }
  }

  private maybeEnd (): void {
    // Once the responses are written the socket is destroyed rather than left half-closed: it is
    // paused, so it would never read the client's FIN and its 'close' would wait for the client.
    if (this.slots.length === 0 && !this.closed) this.socket.end(() => this.socket.destroy())
  }

  private abort (): void {
    this.closing = true
    this.slots.length = 0
    this.socket.destroy()
  }

  private finish (): void {
    if (this.closed) return
    this.closed = true
    this.slots.length = 0
    this.context.memory.cancel(this)
    this.memoryWaitBytes = -1
    this.frameStartedMs = -1
    this.releaseMemory(this.reservedBytes)
    this.context.onClosed(this)
  }
}

/** A received chunk this small may stay alive behind a view of one of its frames. */
const VIEW_CHUNK_BYTES_MAX = 4096

/**
 * The frame itself when it fills at least half of its backing memory (or that memory is small);
 * otherwise a copy of exactly its size. A small frame that is a view of a large received chunk
 * would keep the whole chunk alive for as long as its request is in flight (a parked Fetch, a
 * JoinGroup), beyond what the memory pool counts for it; the copy costs little as the frame is small.
 */
function ownFrame (frame: Buffer): Buffer {
  const backingBytes = frame.buffer.byteLength
  if (backingBytes <= VIEW_CHUNK_BYTES_MAX || backingBytes <= 2 * frame.length) return frame
  // allocUnsafeSlow: a buffer of its own, not a slice of Node's shared 8 KiB pool.
  const copy = Buffer.allocUnsafeSlow(frame.length)
  frame.copy(copy)
  return copy
}

/** One buffer: 4-byte size, response header, body; sizes computed first. */
export function encodeResponse (header: RequestHeader, response: unknown, version: number): Buffer {
  const apiKey = header.requestApiKey
  const codec = responseCodec(apiKey)!
  const headerVersion = responseHeaderVersion(apiKey, version)
  const responseHeader = { correlationId: header.correlationId }
  const size = sizeOfResponseHeader(responseHeader, headerVersion) + codec.sizeOf(response, version)
  const w = Writer.alloc(4 + size)
  w.writeInt32(size)
  writeResponseHeader(w, responseHeader, headerVersion)
  codec.write(w, response, version)
  return w.buf
}
