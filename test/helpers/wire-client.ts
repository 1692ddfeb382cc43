// A minimal Kafka wire client for tests: sends requests encoded by our generated codecs over a real
// socket and reads raw response frames in order. Used to test the server's framing, ordering and
// limits exactly, where a full client library would hide them.
import { connect, type Socket } from 'node:net'
import { once } from 'node:events'
import { Reader } from '../../src/protocol/primitives/reader.ts'
import { responseHeaderVersion } from '../../src/protocol/generated/api-keys.ts'
import { decodeResponseHeader } from '../../src/protocol/generated/headers.ts'
import { responseCodec } from '../../src/protocol/generated/index.ts'
import { encodeRequest as encodeRequestFrame } from '../../src/network/kafka-client.ts'

/** One request frame as KafkaClient sends it (its encodeRequest), from the client id 'rivulet-test' unless given. */
export function encodeRequest (apiKey: number, apiVersion: number, correlationId: number, body: unknown, clientId: string | null = 'rivulet-test'): Buffer {
  return encodeRequestFrame(apiKey, apiVersion, correlationId, body, clientId)
}

export function decodeResponse<T> (frame: Buffer, apiKey: number, apiVersion: number): { correlationId: number, body: T } {
  const r = new Reader(frame)
  const header = decodeResponseHeader(r, responseHeaderVersion(apiKey, apiVersion))
  const body = responseCodec(apiKey)!.decode(r, apiVersion) as T
  if (r.remaining() !== 0) throw new Error(`${r.remaining()} bytes left after the response body`)
  return { correlationId: header.correlationId, body }
}

let correlation = 0

/** Sends one request on `client` and decodes its response (the next frame; a closed connection throws). */
export async function call<T> (client: WireClient, apiKey: number, version: number, body: unknown): Promise<T> {
  client.send(encodeRequest(apiKey, version, ++correlation, body))
  const frame = await client.nextFrame()
  if (frame === null) throw new Error(`connection closed on api ${apiKey}`)
  return decodeResponse<T>(frame, apiKey, version).body
}

export class WireClient {
  readonly socket: Socket
  private buffered = Buffer.alloc(0)
  private readonly frames: Buffer[] = []
  private waiter: (() => void) | null = null
  closed = false

  private constructor (socket: Socket) {
    this.socket = socket
    socket.on('data', (chunk: Buffer) => {
      this.buffered = Buffer.concat([this.buffered, chunk])
      while (this.buffered.length >= 4) {
        const size = this.buffered.readInt32BE(0)
        if (this.buffered.length < 4 + size) break
        this.frames.push(this.buffered.subarray(4, 4 + size))
        this.buffered = this.buffered.subarray(4 + size)
      }
      this.wake()
    })
    socket.on('close', () => { this.closed = true; this.wake() })
    socket.on('error', () => { this.closed = true; this.wake() })
  }

  /** `localAddress`: the source address (default: the kernel's choice, 127.0.0.1 on loopback). */
  static async connect (port: number, host = '127.0.0.1', localAddress?: string): Promise<WireClient> {
    const socket = connect({ port, host, ...(localAddress === undefined ? {} : { localAddress }) })
    await once(socket, 'connect')
    return new WireClient(socket)
  }

  private wake (): void {
    const w = this.waiter
    this.waiter = null
    if (w !== null) w()
  }

  send (frame: Buffer): void {
    this.socket.write(frame)
  }

  /** The next response frame (without its size prefix), or null when the server closed the connection. */
  async nextFrame (): Promise<Buffer | null> {
    while (this.frames.length === 0) {
      if (this.closed) return null
      await new Promise<void>((resolve) => { this.waiter = resolve })
    }
    return this.frames.shift()!
  }

  /** Resolves once the server has closed the connection. */
  async waitClosed (): Promise<void> {
    while (!this.closed) await new Promise<void>((resolve) => { this.waiter = resolve })
  }

  close (): void {
    this.socket.destroy()
  }
}
