// The controller listener over real sockets on 127.0.0.1-2: one port carries a Raft stream (to a
// RaftTransport that shares the port) and Kafka-protocol requests (to a KafkaServer that never
// listens itself) at the same time; hostile bytes (random, a huge length, a Raft-looking prefix with
// garbage, a wrong magic, a connection that never says enough) close only that connection, and both
// protocols go on being served. Waits for state, never a fixed time.
import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { connect } from 'node:net'
import { once } from 'node:events'
import { ControllerListener, sniffProtocol } from '../../src/network/controller-listener.ts'
import { KafkaServer, DEFAULT_CONNECTION_LIMITS } from '../../src/network/server.ts'
import type { ApiVersionRange, RequestRouter } from '../../src/network/router.ts'
import { apiVersionsResponse } from '../../src/network/api-versions.ts'
import { KafkaClient } from '../../src/network/kafka-client.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { defaultApiVersionsRequest } from '../../src/protocol/generated/messages/api-versions.ts'
import { message } from '../../src/controller/raft/core/messages.ts'
import { MessageType, type Message } from '../../src/controller/raft/core/types.ts'
import { HELLO_PREFIX } from '../../src/controller/raft/transport/raft-codec.ts'
import { RaftTransport } from '../../src/controller/raft/transport/tcp-transport.ts'
import { silentLogger } from '../../src/util/logger.ts'
import { freePort, waitFor } from '../helpers/raft-cluster.ts'

const CLUSTER = 'listener-test'

/** Serves ApiVersions only: the test is about which owner gets a connection, not about handlers. */
const apiVersionsRouter: RequestRouter = {
  versionRange: (apiKey: number): ApiVersionRange | undefined => apiKey === ApiKey.ApiVersions ? { apiKey, minVersion: 0, maxVersion: 3 } : undefined,
  supportedApis: () => [{ apiKey: ApiKey.ApiVersions, minVersion: 0, maxVersion: 3 }],
  handle: () => apiVersionsResponse([{ apiKey: ApiKey.ApiVersions, minVersion: 0, maxVersion: 3 }], ErrorCode.NONE)
}

interface Harness {
  readonly listener: ControllerListener
  readonly port: number
  readonly kafka: KafkaServer
  readonly raftReceived: Message[]
  readonly peer: RaftTransport
  readonly client: KafkaClient
}

/** Node 1's controller listener on 127.0.0.1 (its Raft transport and its Kafka server behind it); node 2's transport on 127.0.0.2 sends to it. */
async function start (t: TestContext): Promise<Harness> {
  const port = await freePort('127.0.0.1')
  const raftReceived: Message[] = []
  const own = new RaftTransport({ nodeId: 1, clusterId: CLUSTER, listenHost: '127.0.0.1', listenPort: port, sharedListener: true, helloTimeoutMs: 300, peers: new Map([[2, { host: '127.0.0.2', port: 1 }]]), logger: silentLogger() })
  own.onMessage((m) => { raftReceived.push(m) })
  await own.start()
  const kafka = new KafkaServer({
    host: '127.0.0.1', port: 0, listenerName: 'CONTROLLER', router: apiVersionsRouter, logger: silentLogger(), connectionsMax: 100,
    limits: { ...DEFAULT_CONNECTION_LIMITS, frameReceiveTimeoutMs: 300 }, closeTimeoutMs: 100
  })
  const listener = new ControllerListener({
    host: '127.0.0.1', port, logger: silentLogger(), raftPrefix: HELLO_PREFIX, sniffTimeoutMs: 300,
    adoptRaft: (socket) => own.adopt(socket), adoptKafka: (socket) => kafka.adopt(socket)
  })
  await listener.listen()
  const peer = new RaftTransport({ nodeId: 2, clusterId: CLUSTER, listenHost: '127.0.0.2', listenPort: 0, peers: new Map([[1, { host: '127.0.0.1', port }]]), logger: silentLogger(), backoff: { initialMs: 10, maxMs: 50 } })
  peer.onMessage(() => {})
  await peer.start()
  const client = new KafkaClient({ clientId: 'node-2', localAddress: '127.0.0.2', logger: silentLogger() })
  t.after(async () => {
    await client.close()
    await peer.close()
    await listener.close()
    await kafka.close()
    await own.close()
  })
  return { listener, port, kafka, raftReceived, peer, client }
}

function heartbeat (index: number): Message {
  return message({ type: MessageType.Heartbeat, from: 2, to: 1, term: 1, commit: index })
}

/** Both protocols answered on the one port: a Raft heartbeat delivered, an ApiVersions answered. */
async function bothServed (h: Harness, index: number): Promise<void> {
  h.peer.send([heartbeat(index)])
  const answer = await h.client.send({ host: '127.0.0.1', port: h.port }, ApiKey.ApiVersions, 3, { ...defaultApiVersionsRequest(), clientSoftwareName: 'rivulet', clientSoftwareVersion: '1' }, 5000)
  assert.equal(answer.errorCode, ErrorCode.NONE)
  await waitFor(`raft heartbeat ${index} delivered`, () => h.raftReceived.some((m) => m.commit === index))
}

/** Writes `bytes` from 127.0.0.2 and resolves once the listener (or the owner it chose) closes the connection. */
async function hostile (port: number, bytes: Buffer): Promise<void> {
  const socket = connect({ host: '127.0.0.1', port, localAddress: '127.0.0.2' })
  socket.on('error', () => {})
  await once(socket, 'connect')
  if (bytes.length > 0) socket.write(bytes)
  await once(socket, 'close')
}

test('sniffProtocol: a Kafka request, a Raft hello, undecided until enough bytes, hostile otherwise', () => {
  const kafka = Buffer.from([0, 0, 0, 20, 0x00, 18])
  assert.equal(sniffProtocol(kafka, HELLO_PREFIX), 'kafka')
  const raft = Buffer.concat([Buffer.from([0, 0, 0, 20]), Buffer.from(HELLO_PREFIX)])
  assert.equal(sniffProtocol(raft, HELLO_PREFIX), 'raft')
  assert.equal(sniffProtocol(raft.subarray(0, 6), HELLO_PREFIX), 'undecided')
  assert.equal(sniffProtocol(raft.subarray(0, 4), HELLO_PREFIX), 'undecided')
  assert.equal(sniffProtocol(Buffer.from([0, 0, 0, 20, 0x0d, 0x54, 0x00]), HELLO_PREFIX), 'hostile')
  assert.equal(sniffProtocol(Buffer.from([0, 0, 0, 20, 0x7f]), HELLO_PREFIX), 'hostile')
})

test('one port serves a Raft stream and Kafka requests at once', async (t) => {
  const h = await start(t)
  for (let i = 1; i <= 5; i++) await bothServed(h, i)
  assert.equal(h.listener.sniffingCount(), 0)
  assert.equal(h.kafka.connectionCount(), 1)
})

test('hostile bytes close only their own connection; both protocols go on being served', async (t) => {
  const h = await start(t)
  await bothServed(h, 1)
  const raftLooking = Buffer.concat([Buffer.from([0, 0, 0, 40]), Buffer.from(HELLO_PREFIX), Buffer.alloc(35, 0xff)])
  const cases: Array<[string, Buffer]> = [
    ['neither protocol', Buffer.from([0, 0, 0, 8, 0x42, 1, 2, 3, 4, 5, 6, 7])],
    ['a huge Kafka length', Buffer.from([0x7f, 0xff, 0xff, 0xff, 0x00, 0x12, 0x00, 0x03])],
    ['a huge Raft length', Buffer.concat([Buffer.from([0x7f, 0xff, 0xff, 0xff]), Buffer.from(HELLO_PREFIX)])],
    ['a negative length', Buffer.from([0xff, 0xff, 0xff, 0xff, 0x00, 0x12])],
    ['a Raft-looking prefix with garbage', raftLooking],
    ['a wrong magic', Buffer.from([0, 0, 0, 20, 0x0d, 0x54, 0x52, 0x00, 0x00])],
    ['a Kafka frame with an unknown api key', Buffer.from([0, 0, 0, 8, 0x00, 0xee, 0, 0, 0, 0, 0, 1])],
    ['too few bytes to decide, then silence', Buffer.from([0, 0, 0])],
    ['nothing at all', Buffer.alloc(0)]
  ]
  for (const [what, bytes] of cases) {
    await hostile(h.port, bytes)
    await bothServed(h, 100 + cases.findIndex(([w]) => w === what))
  }
  // Seeded random bytes: each connection closed, the good ones untouched.
  let seed = 12345
  const random = (): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x80000000 }
  for (let i = 0; i < 30; i++) {
    const bytes = Buffer.alloc(1 + Math.floor(random() * 64))
    for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(random() * 256)
    await hostile(h.port, bytes)
  }
  await bothServed(h, 200)
  assert.ok(h.listener.refusedConnections >= 3, `the listener itself refused the undecidable ones (${h.listener.refusedConnections})`)
  assert.equal(h.listener.sniffingCount(), 0)
})
