// One client connection: frames in, requests dispatched, responses out in request order.
//
// Kafka clients pipeline requests and match responses by order, so responses leave strictly in the
// order their requests arrived, even when handlers finish out of order. The number of requests in
// flight is bounded; at the bound, and while the socket's write buffer is full, the connection stops
// reading (backpressure) and resumes once there is room again.
import type { Socket } from 'node:net'
import type { Logger } from 'pino'
import { Reader, DecodeError } from '../protocol/primitives/reader.ts'
import { Writer } from '../protocol/primitives/writer.ts'
import { apiSpec, requestHeaderVersion, responseHeaderVersion } from '../protocol/generated/api-keys.ts'
import { decodeRequestHeader, sizeOfResponseHeader, writeResponseHeader, type RequestHeader } from '../protocol/generated/headers.ts'
import { requestCodec, responseCodec } from '../protocol/generated/index.ts'
import { ErrorCode } from '../protocol/generated/error-codes.ts'
import { FrameDecoder, type FrameSizeProblem } from './frame-decoder.ts'
import { NO_RESPONSE, type RequestContext, type RequestObserver, type RequestRouter } from './router.ts'
import { apiVersionsResponse, API_VERSIONS_KEY } from './api-versions.ts'

export interface ConnectionLimits {
  /** socket.request.max.bytes: the largest frame accepted. */
  readonly requestBytesMax: number
  /** Requests decoded and not yet answered before the connection stops reading. */
  readonly inflightRequestsMax: number
  /** Bytes queued in the socket's write buffer before the connection stops reading. */
  readonly writeBufferBytesMax: number
}

/** One request between arrival and the write of its response. */
class Slot {
  readonly header: RequestHeader
  readonly requestBytes: number
  readonly startedMs: number
  done: boolean
  /** The encoded response frame, or null for "no response" (acks=0). */
  frame: Buffer | null

  constructor (header: RequestHeader, requestBytes: number) {
    this.header = header
    this.requestBytes = requestBytes
    this.startedMs = performance.now()
    this.done = false
    this.frame = null
  }
}

export class Connection {
  readonly id: number
  private readonly socket: Socket
  private readonly router: RequestRouter
  private readonly limits: ConnectionLimits
  private readonly log: Logger
  private readonly decoder: FrameDecoder
  private readonly listenerName: string
  private readonly remoteAddress: string
  /** Requests in arrival order; the head is the next response to write. */
  private readonly slots: Slot[] = []
  private paused = false
  /** True while processFrames runs: synchronous completions inside it must not re-enter it. */
  private processing = false
  private closing = false
  private closed = false
  private readonly onClosed: (connection: Connection) => void
  private readonly observer: RequestObserver | null

  constructor (id: number, socket: Socket, router: RequestRouter, limits: ConnectionLimits, log: Logger, listenerName: string, onClosed: (connection: Connection) => void, observer: RequestObserver | null = null) {
    this.observer = observer
    this.id = id
    this.socket = socket
    this.router = router
    this.limits = limits
    this.log = log
    this.decoder = new FrameDecoder(limits.requestBytesMax)
    this.listenerName = listenerName
    this.remoteAddress = `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? 0}`
    this.onClosed = onClosed
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
    this.maybeEnd()
  }

  destroy (): void {
    this.socket.destroy()
  }

  private onData (chunk: Buffer): void {
    if (this.closing) return
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
        this.onFrame(next)
      }
    } finally {
      this.processing = false
    }
    this.updateReading()
  }

  private rejectFrameSize (problem: FrameSizeProblem): void {
    this.log.warn({ connection: this.id, remote: this.remoteAddress, sizeBytes: problem.sizeBytes, requestBytesMax: this.limits.requestBytesMax },
      'closing connection: request size is negative or larger than socket.request.max.bytes')
    this.abort()
  }

  private onFrame (frame: Buffer): void {
    if (frame.length < 4) {
      this.log.warn({ connection: this.id, remote: this.remoteAddress, frameBytes: frame.length }, 'closing connection: frame too short for a request header')
      this.abort()
      return
    }
    const apiKey = frame.readInt16BE(0)
    const apiVersion = frame.readInt16BE(2)
    const spec = apiSpec(apiKey)
    if (spec === undefined) {
      this.log.warn({ connection: this.id, remote: this.remoteAddress, apiKey, apiVersion }, 'closing connection: unknown API key')
      this.abort()
      return
    }
    const reader = new Reader(frame)
    let header: RequestHeader
    try {
      // An ApiVersions request newer than we know is read with the newest header we know (KIP-511).
      const headerVersion = apiKey === API_VERSIONS_KEY && apiVersion > spec.maxVersion ? requestHeaderVersion(apiKey, spec.maxVersion) : requestHeaderVersion(apiKey, apiVersion)
      header = decodeRequestHeader(reader, headerVersion)
    } catch (err) {
      this.log.warn({ connection: this.id, remote: this.remoteAddress, apiKey, apiVersion, err: (err as Error).message }, 'closing connection: malformed request header')
      this.abort()
      return
    }
    const range = this.router.versionRange(apiKey)
    if (range === undefined || apiVersion < range.minVersion || apiVersion > range.maxVersion) {
      if (apiKey === API_VERSIONS_KEY) {
        this.answerUnsupportedApiVersions(header)
        return
      }
      this.log.warn({ connection: this.id, remote: this.remoteAddress, api: spec.name, apiVersion, clientId: header.clientId, served: range === undefined ? 'none' : `${range.minVersion}-${range.maxVersion}` },
        'closing connection: API version not served')
      this.abort()
      return
    }
    let request: unknown
    try {
      request = requestCodec(apiKey)!.decode(reader, apiVersion)
    } catch (err) {
      if (!(err instanceof DecodeError)) throw err
      this.log.warn({ connection: this.id, remote: this.remoteAddress, api: spec.name, apiVersion, clientId: header.clientId, err: err.message }, 'closing connection: malformed request body')
      this.abort()
      return
    }
    const slot = new Slot(header, frame.length + 4)
    this.slots.push(slot)
    this.dispatch(slot, request)
  }

  private dispatch (slot: Slot, request: unknown): void {
    const ctx: RequestContext = { header: slot.header, connectionId: this.id, remoteAddress: this.remoteAddress, listenerName: this.listenerName }
    let result: unknown
    try {
      result = this.router.handle(ctx, request)
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

  private answerUnsupportedApiVersions (header: RequestHeader): void {
    // KIP-511: answer a too-new ApiVersions with UNSUPPORTED_VERSION in a v0 body listing what we
    // serve, so the client retries with a version both sides know.
    const slot = new Slot(header, 0)
    this.slots.push(slot)
    this.complete(slot, apiVersionsResponse(this.router.supportedApis(), ErrorCode.UNSUPPORTED_VERSION), 0)
  }

  private complete (slot: Slot, response: unknown, encodeVersion = slot.header.requestApiVersion): void {
    if (this.closed) return
    if (response !== NO_RESPONSE) {
      try {
        slot.frame = encodeResponse(slot.header, response, encodeVersion)
      } catch (err) {
        this.handlerFailed(slot, err)
        return
      }
    }
    slot.done = true
    if (this.observer !== null) this.observer.requestCompleted(slot.header.requestApiKey, performance.now() - slot.startedMs, slot.requestBytes, slot.frame === null ? 0 : slot.frame.length)
    this.flush()
  }

  /** Writes every finished response at the head of the queue, in request order. */
  private flush (): void {
    while (this.slots.length > 0 && this.slots[0]!.done) {
      const slot = this.slots.shift()!
      if (slot.frame !== null) this.socket.write(slot.frame)
    }
    if (this.closing) this.maybeEnd()
    else this.processFrames()
  }

  private updateReading (): void {
    if (this.closing || this.closed) return
    const full = this.slots.length >= this.limits.inflightRequestsMax || this.socket.writableLength > this.limits.writeBufferBytesMax
    if (full && !this.paused) {
      this.paused = true
      this.socket.pause()
    } else if (!full && this.paused) {
      this.paused = false
      this.socket.resume()
      // Frames may already be buffered from before the pause.
      if (this.decoder.pendingBytes() > 0) this.processFrames()
    }
  }

  private maybeEnd (): void {
    if (this.slots.length === 0 && !this.closed) this.socket.end()
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
    this.onClosed(this)
  }
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
