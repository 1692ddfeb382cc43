// ApiVersions round trips per second on loopback, one at a time and pipelined, next to a raw Node
// echo server answering the same frames with the same response bytes (measured in the same run).
import { createServer, connect, type Server, type Socket } from 'node:net'
import { once } from 'node:events'
import { KafkaServer, DEFAULT_CONNECTION_LIMITS } from '../src/network/server.ts'
import { HandlerRegistry } from '../src/broker/handlers/registry.ts'
import { HANDLERS } from '../src/node/node.ts'
import { ApiKey } from '../src/protocol/generated/api-keys.ts'
import { silentLogger } from '../src/util/logger.ts'
import { encodeRequest } from '../test/helpers/wire-client.ts'
import { fmt, nowNs } from './measure.ts'

const DURATION_MS = 2000
const PIPELINE_DEPTH = 64

/** Sends frames over one connection, keeping `depth` requests outstanding, for `durationMs`. */
async function roundTrips (port: number, request: Buffer, depth: number, durationMs: number): Promise<number> {
  const socket = connect({ port, host: '127.0.0.1', noDelay: true })
  await once(socket, 'connect')
  let buffered: Buffer = Buffer.alloc(0)
  let completed = 0
  let outstanding = 0
  const end = nowNs() + BigInt(durationMs) * 1_000_000n
  let start = 0n
  return await new Promise<number>((resolve) => {
    const pump = (): void => {
      while (outstanding < depth) { socket.write(request); outstanding++ }
    }
    socket.on('data', (chunk: Buffer) => {
      buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk])
      while (buffered.length >= 4 && buffered.length >= 4 + buffered.readInt32BE(0)) {
        buffered = buffered.subarray(4 + buffered.readInt32BE(0))
        completed++
        outstanding--
      }
      const now = nowNs()
      if (now >= end) {
        socket.destroy()
        resolve(completed / (Number(now - start) / 1e9))
      } else pump()
    })
    start = nowNs()
    pump()
  })
}

async function echoServer (response: Buffer): Promise<Server> {
  const server = createServer({ noDelay: true }, (socket: Socket) => {
    let buffered: Buffer = Buffer.alloc(0)
    socket.on('error', () => {})
    socket.on('data', (chunk: Buffer) => {
      buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk])
      while (buffered.length >= 4 && buffered.length >= 4 + buffered.readInt32BE(0)) {
        const size = buffered.readInt32BE(0)
        // Answer with the same bytes as the broker, with the request's correlation id.
        const out = Buffer.from(response)
        out.writeInt32BE(buffered.readInt32BE(8), 4)
        socket.write(out)
        buffered = buffered.subarray(4 + size)
      }
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return server
}

export default async function (): Promise<void> {
  const kafka = new KafkaServer({ host: '127.0.0.1', port: 0, listenerName: 'PLAINTEXT', router: new HandlerRegistry(HANDLERS), logger: silentLogger(), connectionsMax: 100, limits: DEFAULT_CONNECTION_LIMITS, closeTimeoutMs: 1000 })
  const { port } = await kafka.listen()
  const request = encodeRequest(ApiKey.ApiVersions, 3, 1, { clientSoftwareName: 'bench', clientSoftwareVersion: '1.0' })
  // Capture the broker's real response to use as the echo server's answer.
  const probe = connect({ port, host: '127.0.0.1' })
  await once(probe, 'connect')
  probe.write(request)
  const [response] = await once(probe, 'data') as [Buffer]
  probe.destroy()
  const echo = await echoServer(response)
  const echoPort = (echo.address() as { port: number }).port
  for (const depth of [1, PIPELINE_DEPTH]) {
    const rivulet = await roundTrips(port, request, depth, DURATION_MS)
    const raw = await roundTrips(echoPort, request, depth, DURATION_MS)
    console.log(`ApiVersions v3 round trips, ${depth === 1 ? 'one at a time' : `pipelined x${depth}`}`.padEnd(44) +
      `rivulet ${fmt(rivulet).padStart(8)}/s | raw echo server ${fmt(raw).padStart(8)}/s | ratio ${fmt(rivulet / raw, 2)}`)
  }
  echo.close()
  await kafka.close()
}
