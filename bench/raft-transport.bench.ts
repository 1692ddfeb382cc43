// Raft transport throughput on loopback: App messages (one 100-byte entry each) from 127.0.0.1 to
// 127.0.0.2, next to the codec alone and to a baseline of the same frames, pre-encoded, written by
// a raw socket and split by the same FrameDecoder (measured in the same run).
import { createServer, connect } from 'node:net'
import { once } from 'node:events'
import { message } from '../src/controller/raft/core/messages.ts'
import { EntryType, MessageType, type Message } from '../src/controller/raft/core/types.ts'
import { decodeMessage, encodeMessage } from '../src/controller/raft/transport/raft-codec.ts'
import { FrameDecoder } from '../src/network/frame-decoder.ts'
import { RaftTransport } from '../src/controller/raft/transport/tcp-transport.ts'
import { silentLogger } from '../src/util/logger.ts'
import { fmt, measureSync, nowNs } from './measure.ts'

const MESSAGES = 300_000
const BATCH = 64
const ENTRY_BYTES = 100

function app (index: number): Message {
  return message({
    type: MessageType.App, from: 1, to: 2, term: 5, logTerm: 5, index, commit: index,
    entries: [{ term: 5, index: index + 1, type: EntryType.Normal, data: new Uint8Array(ENTRY_BYTES) }]
  })
}

async function transportRate (): Promise<{ perSec: number, dropped: number }> {
  const a = new RaftTransport({ nodeId: 1, clusterId: 'bench', listenHost: '127.0.0.1', listenPort: 0, logger: silentLogger() })
  const b = new RaftTransport({ nodeId: 2, clusterId: 'bench', listenHost: '127.0.0.2', listenPort: 0, logger: silentLogger() })
  let received = 0
  let done: () => void = () => {}
  const finished = new Promise<void>((resolve) => { done = resolve })
  a.onMessage(() => {})
  b.onMessage(() => { if (++received === MESSAGES) done() })
  await Promise.all([a.start(), b.start()])
  a.addPeer(2, b.address())
  b.addPeer(1, a.address())
  const messages = Array.from({ length: BATCH }, (_, i) => app(i))
  const start = nowNs()
  let sent = 0
  // Offer a batch per turn of the event loop, holding back while the queue is deep (as Raft's
  // inflight limit would), so that the figure is delivery, not drops.
  while (sent < MESSAGES) {
    if (a.stats().peers.get(2)!.queueMessages < 2048) {
      a.send(messages)
      sent += BATCH
    }
    await new Promise((resolve) => setImmediate(resolve))
  }
  await finished
  const seconds = Number(nowNs() - start) / 1e9
  const dropped = a.stats().peers.get(2)!.messagesDropped.queueFull
  await Promise.all([a.close(), b.close()])
  return { perSec: MESSAGES / seconds, dropped }
}

async function rawRate (): Promise<number> {
  const payload = encodeMessage(app(1))
  const frame = Buffer.alloc(4 + payload.length)
  frame.writeUInt32BE(payload.length, 0)
  frame.set(payload, 4)
  const batch = Buffer.concat(Array.from({ length: BATCH }, () => frame))
  let received = 0
  let done: () => void = () => {}
  const finished = new Promise<void>((resolve) => { done = resolve })
  const server = createServer((socket) => {
    const reader = new FrameDecoder(1 << 20)
    socket.on('data', (chunk: Buffer) => {
      reader.push(chunk)
      while (reader.next() !== null) if (++received === MESSAGES) done()
    })
  })
  server.listen(0, '127.0.0.2')
  await once(server, 'listening')
  const socket = connect({ host: '127.0.0.2', port: (server.address() as { port: number }).port, localAddress: '127.0.0.1', noDelay: true })
  await once(socket, 'connect')
  const start = nowNs()
  for (let sent = 0; sent < MESSAGES; sent += BATCH) {
    if (!socket.write(batch)) await once(socket, 'drain')
  }
  await finished
  const seconds = Number(nowNs() - start) / 1e9
  socket.destroy()
  await new Promise((resolve) => server.close(resolve))
  return MESSAGES / seconds
}

export default async function (): Promise<void> {
  const m = app(7)
  const codec = measureSync(1000, () => decodeMessage(encodeMessage(m)).index)
  console.log(`codec encode+decode, App with one ${ENTRY_BYTES}-byte entry: ${fmt(codec.opsPerSec)} msg/s`)
  const raw = await rawRate()
  console.log(`baseline raw socket, pre-encoded frames, same reader:   ${fmt(raw)} msg/s`)
  const transport = await transportRate()
  console.log(`RaftTransport 127.0.0.1 -> 127.0.0.2 (encode, queue, decode): ${fmt(transport.perSec)} msg/s (dropped ${transport.dropped})`)
}
