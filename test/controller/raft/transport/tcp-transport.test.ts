// RaftTransport over real sockets on 127.0.0.1-3: delivery in order between three nodes, a peer that
// is down and comes up (and restarts), a peer that never reads (bounded queue, counted drops), hostile
// bytes on the listener, drops of unknown/oversized/snapshot messages, and no handles left behind.
import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { connect, createServer, type Server, type Socket } from 'node:net'
import { once } from 'node:events'
import { message } from '../../../../src/controller/raft/core/messages.ts'
import { EntryType, MessageType, type Message, type NodeId } from '../../../../src/controller/raft/core/types.ts'
import { encodeHello, encodeMessage } from '../../../../src/controller/raft/transport/raft-codec.ts'
import { RaftTransport, type PeerAddress, type RaftTransportOptions } from '../../../../src/controller/raft/transport/tcp-transport.ts'
import { silentLogger } from '../../../../src/util/logger.ts'

const CLUSTER = 'test-cluster'
const WAIT_MS_MAX = 5000
/** A broken transport must fail its test, not hang the run (after-hooks still close everything). */
const LIMITS = { timeout: 15_000 }

interface Node {
  readonly transport: RaftTransport
  readonly received: Message[]
  readonly unreachable: NodeId[]
  readonly snapshotStatus: Array<[NodeId, boolean]>
  readonly address: PeerAddress
}

/** Starts a transport that is closed when the test ends, passed or failed (so a failure cannot hang the run). */
async function startNode (t: TestContext, nodeId: NodeId, host: string, options: Partial<RaftTransportOptions> = {}): Promise<Node> {
  const transport = new RaftTransport({
    nodeId, clusterId: CLUSTER, listenHost: host, listenPort: 0, logger: silentLogger(),
    backoff: { initialMs: 10, maxMs: 80 }, ...options
  })
  const received: Message[] = []
  const unreachable: NodeId[] = []
  const snapshotStatus: Array<[NodeId, boolean]> = []
  transport.onMessage((m) => { received.push(m) })
  transport.onUnreachable((peer) => { unreachable.push(peer) })
  transport.onSnapshotStatus((peer, delivered) => { snapshotStatus.push([peer, delivered]) })
  t.after(async () => { await transport.close() })
  await transport.start()
  return { transport, received, unreachable, snapshotStatus, address: transport.address() }
}

/** Polls a condition (every 5 ms) until it holds; fails with `what` after WAIT_MS_MAX. */
async function waitFor (what: string, condition: () => boolean): Promise<void> {
  const deadline = Date.now() + WAIT_MS_MAX
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

function app (from: NodeId, to: NodeId, index: number, dataBytes = 8): Message {
  const data = new Uint8Array(dataBytes).fill(index & 255)
  return message({ type: MessageType.App, from, to, term: 3, index, entries: [{ term: 3, index: index + 1, type: EntryType.Normal, data }] })
}

function frame (payload: Uint8Array): Buffer {
  const out = Buffer.alloc(4 + payload.length)
  out.writeUInt32BE(payload.length, 0)
  out.set(payload, 4)
  return out
}

async function rawClient (to: PeerAddress, bytes: Buffer): Promise<void> {
  const socket = connect({ host: to.host, port: to.port, localAddress: '127.0.0.1' })
  socket.on('error', () => {})
  socket.write(bytes)
  await once(socket, 'close') // the transport must close it
}

test('three nodes on 127.0.0.1-3 exchange messages in order, each with every other', LIMITS, async (t) => {
  const hosts = ['127.0.0.1', '127.0.0.2', '127.0.0.3']
  const nodes = await Promise.all(hosts.map((host, i) => startNode(t, i + 1, host)))
  for (const [i, node] of nodes.entries()) {
    for (const [j, peer] of nodes.entries()) if (i !== j) node.transport.addPeer(j + 1, peer.address)
  }
  const perPair = 200
  for (let index = 1; index <= perPair; index++) {
    for (const [i, node] of nodes.entries()) {
      node.transport.send([app(i + 1, ((i + 1) % 3) + 1, index), app(i + 1, ((i + 2) % 3) + 1, index)])
    }
  }
  await waitFor('all messages', () => nodes.every((n) => n.received.length === 2 * perPair))
  for (const [i, node] of nodes.entries()) {
    for (const from of [1, 2, 3].filter((id) => id !== i + 1)) {
      const indexes = node.received.filter((m) => m.from === from).map((m) => m.index)
      assert.deepEqual(indexes, Array.from({ length: perPair }, (_, k) => k + 1), `node ${i + 1} from ${from}`)
    }
    const m = node.received[0]!
    assert.equal(m.to, i + 1)
    assert.equal(m.entries[0]!.data.length, 8)
    const stats = node.transport.stats()
    for (const peer of stats.peers.values()) {
      assert.equal(peer.messagesSent, perPair)
      assert.equal(peer.messagesReceived, perPair)
      assert.equal(peer.connects, 1)
      assert.deepEqual(peer.messagesDropped, { queueFull: 0, tooLarge: 0, peerRemoved: 0, transportClosed: 0 })
    }
  }
  await Promise.all(nodes.map((n) => n.transport.close()))
})

test('a peer that is down is retried with backoff; queued and later messages arrive once it is up, and again after it restarts', LIMITS, async (t) => {
  // Learn a free port on 127.0.0.2 from a first incarnation of node 2, then stop it.
  const first = await startNode(t, 2, '127.0.0.2')
  const address = first.address
  await first.transport.close()

  const a = await startNode(t, 1, '127.0.0.1')
  a.transport.addPeer(2, address)
  a.transport.send([app(1, 2, 1), app(1, 2, 2)])
  await waitFor('three failed connects', () => a.transport.stats().peers.get(2)!.connectFailures >= 3)
  assert.ok(a.unreachable.filter((p) => p === 2).length >= 3, 'each failed connect reports the peer unreachable')
  assert.equal(a.transport.stats().peers.get(2)!.queueMessages, 2)

  const b = await startNode(t, 2, address.host, { listenPort: address.port })
  b.transport.addPeer(1, a.address)
  await waitFor('queued messages', () => b.received.length === 2)
  a.transport.send([app(1, 2, 3)])
  await waitFor('message after reconnect', () => b.received.length === 3)
  assert.deepEqual(b.received.map((m) => m.index), [1, 2, 3])
  assert.equal(a.transport.stats().peers.get(2)!.connects, 1)

  // Node 2 restarts: the broken stream is noticed and replaced.
  await b.transport.close()
  await waitFor('disconnect noticed', () => a.transport.stats().peers.get(2)!.disconnects === 1)
  const c = await startNode(t, 2, address.host, { listenPort: address.port })
  c.transport.addPeer(1, a.address)
  a.transport.send([app(1, 2, 4)])
  await waitFor('message after restart', () => c.received.length === 1)
  assert.equal(c.received[0]!.index, 4)
  assert.equal(a.transport.stats().peers.get(2)!.connects, 2)
  await Promise.all([a.transport.close(), c.transport.close()])
})

test('a peer that never reads: the queue stays within its bounds and every drop is counted', LIMITS, async (t) => {
  // A "peer" on 127.0.0.3 that accepts and never reads: kernel buffers fill, then Node's, then ours.
  const sources: string[] = []
  const sockets: Socket[] = []
  const stuck: Server = createServer({ pauseOnConnect: true }, (socket) => {
    sources.push(socket.remoteAddress ?? '')
    sockets.push(socket)
  })
  t.after(async () => {
    for (const socket of sockets) socket.destroy()
    if (stuck.listening) await new Promise((resolve) => stuck.close(resolve))
  })
  stuck.listen(0, '127.0.0.3')
  await once(stuck, 'listening')
  const limits = { queueMessagesMax: 64, queueBytesMax: 1024 * 1024, frameBytesMax: 256 * 1024, writeBufferBytesMax: 256 * 1024 }
  const a = await startNode(t, 2, '127.0.0.2', limits)
  a.transport.addPeer(3, { host: '127.0.0.3', port: (stuck.address() as { port: number }).port })
  await waitFor('connected', () => a.transport.stats().peers.get(3)!.connected)

  let attempted = 0
  const entryBytes = 16 * 1024
  // At most 256 MiB offered; loopback buffers are a few MiB, so drops must begin long before.
  for (let round = 0; round < 1024 && a.transport.stats().peers.get(3)!.messagesDropped.queueFull === 0; round++) {
    const batch = Array.from({ length: 16 }, (_, k) => app(2, 3, attempted + k, entryBytes))
    a.transport.send(batch)
    attempted += batch.length
    await new Promise((resolve) => setImmediate(resolve)) // let flushes and 'drain' run
  }
  const stats = a.transport.stats().peers.get(3)!
  assert.ok(stats.messagesDropped.queueFull > 0, 'drops began')
  assert.equal(stats.messagesSent + stats.queueMessages + stats.messagesDropped.queueFull, attempted, 'every message is sent, queued or counted as dropped')
  assert.ok(stats.queueMessages <= limits.queueMessagesMax)
  assert.ok(stats.queueBytes <= limits.queueBytesMax)
  assert.ok(stats.socketBufferedBytes <= limits.writeBufferBytesMax + limits.frameBytesMax, `socket buffer ${stats.socketBufferedBytes}`)
  assert.ok(a.unreachable.includes(3), 'drops report the peer unreachable')
  assert.deepEqual(sources, ['127.0.0.2'], 'outbound sockets leave from the node\'s own address')

  await a.transport.close()
  assert.equal(a.transport.stats().peers.get(3)!.messagesDropped.transportClosed, stats.queueMessages)
  for (const socket of sockets) socket.destroy()
  await new Promise((resolve) => stuck.close(resolve))
})

test('hostile bytes close only their own connection, are counted, and the node keeps serving its peers', LIMITS, async (t) => {
  const a = await startNode(t, 1, '127.0.0.1')
  const b = await startNode(t, 2, '127.0.0.2', { helloTimeoutMs: 200 })
  a.transport.addPeer(2, b.address)
  b.transport.addPeer(1, a.address)
  b.transport.addPeer(9, { host: '127.0.0.9', port: 1 }) // a peer whose identity the raw sockets borrow
  const hello = frame(encodeHello({ clusterId: CLUSTER, from: 9, to: 2 }))
  const garbageMessage = frame(Uint8Array.of(0x08, 0x03, 0x10)) // truncated varint
  const misaddressed = frame(encodeMessage(app(9, 5, 1)))

  await rawClient(b.address, Buffer.from([0xff, 0xff, 0xff, 0xff]))
  await rawClient(b.address, frame(Uint8Array.of(0xde, 0xad, 0xbe, 0xef)))
  await rawClient(b.address, frame(encodeHello({ clusterId: 'other-cluster', from: 9, to: 2 })))
  await rawClient(b.address, frame(encodeHello({ clusterId: CLUSTER, from: 7, to: 2 })))
  await rawClient(b.address, Buffer.concat([hello, garbageMessage]))
  await rawClient(b.address, Buffer.concat([hello, misaddressed]))
  await rawClient(b.address, Buffer.alloc(0)) // silent: times out waiting for a Hello

  assert.deepEqual(b.transport.stats().inboundRejected, {
    frameTooLarge: 1, malformed: 2, helloRejected: 2, misaddressed: 1, helloTimeout: 1, tooManyConnections: 0
  })
  a.transport.send([app(1, 2, 42)])
  await waitFor('a real peer still gets through', () => b.received.length === 1)
  assert.equal(b.received[0]!.index, 42)
  assert.equal(b.received.filter((m) => m.from === 9).length, 0)
  await Promise.all([a.transport.close(), b.transport.close()])
})

test('unknown, oversized and snapshot messages: drops counted, unreachable and snapshot status reported', LIMITS, async (t) => {
  const a = await startNode(t, 1, '127.0.0.1', { frameBytesMax: 4096, queueBytesMax: 8192 })
  const b = await startNode(t, 2, '127.0.0.2')
  a.transport.addPeer(2, b.address)
  b.transport.addPeer(1, a.address)
  const snap = (data: Uint8Array): Message => message({
    type: MessageType.Snap, from: 1, to: 2, term: 4, snapshot: { metadata: { index: 10, term: 4, confState: { voters: [1, 2], learners: [], votersOutgoing: [] } }, data }
  })
  a.transport.send([app(1, 5, 1), app(1, 2, 2, 5000), snap(new Uint8Array(5000)), snap(Uint8Array.of(1, 2, 3))])
  const stats = a.transport.stats()
  assert.equal(stats.messagesDroppedUnknownPeer, 1)
  assert.equal(stats.peers.get(2)!.messagesDropped.tooLarge, 2)
  assert.deepEqual(a.unreachable, [2], 'once per peer per send()')
  assert.deepEqual(a.snapshotStatus, [[2, false]])
  await waitFor('the small snapshot', () => b.received.length === 1)
  assert.equal(b.received[0]!.snapshot!.metadata.index, 10)
  await waitFor('its delivery reported', () => a.snapshotStatus.length === 2)
  assert.deepEqual(a.snapshotStatus[1], [2, true])

  a.transport.removePeer(2)
  a.transport.send([app(1, 2, 3)])
  assert.equal(a.transport.stats().messagesDroppedUnknownPeer, 2)
  await Promise.all([a.transport.close(), b.transport.close()])
})

test('after close() no socket, server or timer of ours is left', LIMITS, async (t) => {
  const before = countHandles()
  const a = await startNode(t, 1, '127.0.0.1')
  const b = await startNode(t, 2, '127.0.0.2')
  a.transport.addPeer(2, b.address)
  b.transport.addPeer(1, a.address)
  a.transport.addPeer(3, { host: '127.0.0.3', port: 1 }) // never up: a reconnect timer is pending
  a.transport.send([app(1, 2, 1), app(1, 3, 1)])
  b.transport.send([app(2, 1, 1)])
  await waitFor('traffic both ways', () => a.received.length === 1 && b.received.length === 1)
  await waitFor('a pending reconnect', () => a.transport.stats().peers.get(3)!.connectFailures >= 1)
  assert.ok(countHandles() > before)
  await Promise.all([a.transport.close(), b.transport.close()])
  assert.equal(countHandles(), before)
  a.transport.send([app(1, 2, 2)])
  assert.equal(a.transport.stats().peers.get(2)!.messagesDropped.transportClosed, 1, 'sends after close are counted drops')
})

function countHandles (): number {
  return process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap' || r === 'TCPServerWrap' || r === 'Timeout' || r === 'Immediate').length
}
