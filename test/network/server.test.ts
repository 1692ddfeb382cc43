// The network layer over real sockets on 127.0.0.1: framing, ordering, limits, ApiVersions.
import { test } from 'node:test'
import { connect } from 'node:net'
import { once } from 'node:events'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import assert from 'node:assert/strict'
import { KafkaServer, DEFAULT_CONNECTION_LIMITS } from '../../src/network/server.ts'
import { NO_RESPONSE, type RequestContext, type RequestRouter, type ApiVersionRange } from '../../src/network/router.ts'
import { HandlerRegistry } from '../../src/broker/handlers/registry.ts'
import { HANDLERS } from '../../src/node/node.ts'
import { ApiKey, API_SPECS } from '../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { defaultApiVersionsRequest, type ApiVersionsResponse } from '../../src/protocol/generated/messages/api-versions.ts'
import { defaultHeartbeatRequest, defaultHeartbeatResponse, type HeartbeatRequest, type HeartbeatResponse } from '../../src/protocol/generated/messages/heartbeat.ts'
import { defaultProduceRequest } from '../../src/protocol/generated/messages/produce.ts'
import { defaultJoinGroupRequest, defaultJoinGroupResponse, type JoinGroupResponse } from '../../src/protocol/generated/messages/join-group.ts'
import { silentLogger } from '../../src/util/logger.ts'
import { WireClient, encodeRequest, decodeResponse } from '../helpers/wire-client.ts'

async function withServer (router: RequestRouter, limits = DEFAULT_CONNECTION_LIMITS, run: (port: number, server: KafkaServer) => Promise<void>): Promise<void> {
  const server = new KafkaServer({ host: '127.0.0.1', port: 0, listenerName: 'PLAINTEXT', router, logger: silentLogger(), connectionsMax: 100, limits, closeTimeoutMs: 5000 })
  const { port } = await server.listen()
  try {
    await run(port, server)
  } finally {
    await server.close()
  }
}

/**
 * A router serving Heartbeat (key 12) v0-v4 and Produce v3-v11, whose Heartbeat responses are held
 * until the test releases them, so the test decides the order in which handlers finish.
 */
class HeldRouter implements RequestRouter {
  readonly held: Array<{ groupId: string, resolve: (r: HeartbeatResponse) => void }> = []
  maxHeld = 0
  private arrivalWaiter: (() => void) | null = null

  versionRange (apiKey: number): ApiVersionRange | undefined {
    if (apiKey === ApiKey.Heartbeat) return { apiKey, minVersion: 0, maxVersion: 4 }
    if (apiKey === ApiKey.Produce) return { apiKey, minVersion: 3, maxVersion: 11 }
    return undefined
  }

  supportedApis (): readonly ApiVersionRange[] {
    return [this.versionRange(ApiKey.Produce)!, this.versionRange(ApiKey.Heartbeat)!]
  }

  handle (ctx: RequestContext, request: unknown): unknown {
    if (ctx.header.requestApiKey === ApiKey.Produce) return NO_RESPONSE
    const hb = request as HeartbeatRequest
    return new Promise<HeartbeatResponse>((resolve) => {
      this.held.push({ groupId: hb.groupId, resolve })
      this.maxHeld = Math.max(this.maxHeld, this.held.length)
      const w = this.arrivalWaiter
      this.arrivalWaiter = null
      if (w !== null) w()
    })
  }

  async waitHeld (count: number): Promise<void> {
    while (this.held.length < count) await new Promise<void>((resolve) => { this.arrivalWaiter = resolve })
  }

  release (index: number): void {
    const [item] = this.held.splice(index, 1)
    const response = defaultHeartbeatResponse()
    response.errorCode = Number(item!.groupId.slice(1)) % 100
    item!.resolve(response)
  }
}

function heartbeat (n: number, version = 4): Buffer {
  const body = defaultHeartbeatRequest()
  body.groupId = `g${n}`
  body.memberId = 'm'
  return encodeRequest(ApiKey.Heartbeat, version, n, body)
}

test('responses leave in request order even when handlers finish in reverse order', async () => {
  const router = new HeldRouter()
  await withServer(router, DEFAULT_CONNECTION_LIMITS, async (port) => {
    const client = await WireClient.connect(port)
    const count = 20
    for (let n = 0; n < count; n++) client.send(heartbeat(n, n % 5))
    await router.waitHeld(count)
    for (let i = count - 1; i >= 0; i--) router.release(i)
    for (let n = 0; n < count; n++) {
      const frame = await client.nextFrame()
      assert.ok(frame !== null)
      const { correlationId, body } = decodeResponse<HeartbeatResponse>(frame, ApiKey.Heartbeat, n % 5)
      assert.equal(correlationId, n)
      assert.equal(body.errorCode, n % 100)
    }
    client.close()
  })
})

test('acks=0 produce gets no response and does not disturb the order of the others', async () => {
  const router = new HeldRouter()
  await withServer(router, DEFAULT_CONNECTION_LIMITS, async (port) => {
    const client = await WireClient.connect(port)
    client.send(heartbeat(1))
    const produce = defaultProduceRequest()
    produce.acks = 0
    client.send(encodeRequest(ApiKey.Produce, 9, 2, produce))
    client.send(heartbeat(3))
    await router.waitHeld(2)
    router.release(1)
    router.release(0)
    const first = decodeResponse<HeartbeatResponse>((await client.nextFrame())!, ApiKey.Heartbeat, 4)
    const second = decodeResponse<HeartbeatResponse>((await client.nextFrame())!, ApiKey.Heartbeat, 4)
    assert.deepEqual([first.correlationId, second.correlationId], [1, 3])
    client.close()
  })
})

test('at the in-flight bound the server stops reading, then resumes and answers everything', async () => {
  const router = new HeldRouter()
  const limits = { ...DEFAULT_CONNECTION_LIMITS, inflightRequestsMax: 8 }
  await withServer(router, limits, async (port) => {
    const client = await WireClient.connect(port)
    const count = 300
    for (let n = 0; n < count; n++) client.send(heartbeat(n))
    let answered = 0
    while (answered < count) {
      await router.waitHeld(Math.min(limits.inflightRequestsMax, count - answered))
      assert.ok(router.held.length <= limits.inflightRequestsMax, `at most ${limits.inflightRequestsMax} requests in flight, saw ${router.held.length}`)
      while (router.held.length > 0) {
        router.release(0)
        const frame = await client.nextFrame()
        assert.equal(decodeResponse<HeartbeatResponse>(frame!, ApiKey.Heartbeat, 4).correlationId, answered)
        answered++
      }
    }
    assert.equal(router.maxHeld, limits.inflightRequestsMax)
    client.close()
  })
})

test('a frame larger than socket.request.max.bytes closes the connection before any allocation; others are unaffected', async () => {
  const registry = new HandlerRegistry(HANDLERS)
  const limits = { ...DEFAULT_CONNECTION_LIMITS, requestBytesMax: 1024 }
  await withServer(registry, limits, async (port) => {
    const bystander = await WireClient.connect(port)
    const client = await WireClient.connect(port)
    const prefix = Buffer.alloc(4)
    prefix.writeInt32BE(2_000_000_000)
    client.send(prefix)
    await client.waitClosed()
    const negative = await WireClient.connect(port)
    prefix.writeInt32BE(-5)
    negative.send(prefix)
    await negative.waitClosed()
    bystander.send(encodeRequest(ApiKey.ApiVersions, 3, 7, { clientSoftwareName: 'test', clientSoftwareVersion: '1.0' }))
    const frame = await bystander.nextFrame()
    assert.equal(decodeResponse<ApiVersionsResponse>(frame!, ApiKey.ApiVersions, 3).correlationId, 7)
    bystander.close()
  })
})

test('unknown API keys, unserved versions and malformed bodies close the connection; the server keeps serving', async () => {
  const registry = new HandlerRegistry(HANDLERS)
  await withServer(registry, DEFAULT_CONNECTION_LIMITS, async (port) => {
    const cases: Buffer[] = []
    const unknown = Buffer.alloc(12)
    unknown.writeInt32BE(8, 0)
    unknown.writeInt16BE(999, 4)
    cases.push(unknown)
    cases.push(encodeRequest(ApiKey.Heartbeat, 4, 1, { groupId: 'g', generationId: 1, memberId: 'm', groupInstanceId: null }))
    cases.push(encodeRequest(ApiKey.Fetch, 3, 1, { clusterId: null, replicaId: -1, replicaState: { replicaId: -1, replicaEpoch: -1n }, maxWaitMs: 0, minBytes: 0, maxBytes: 100, isolationLevel: 0, sessionId: 0, sessionEpoch: -1, topics: [], forgottenTopicsData: [], rackId: '' }))
    const malformed = encodeRequest(ApiKey.ApiVersions, 3, 2, { clientSoftwareName: 'abc', clientSoftwareVersion: '1' })
    malformed.writeUInt8(0xff, malformed.length - 3) // a compact string length far beyond the frame
    cases.push(malformed)
    const truncatedHeader = Buffer.from([0, 0, 0, 3, 0, 18, 0])
    cases.push(truncatedHeader)
    for (const frame of cases) {
      const client = await WireClient.connect(port)
      client.send(frame)
      await client.waitClosed()
    }
    const client = await WireClient.connect(port)
    client.send(encodeRequest(ApiKey.ApiVersions, 0, 9, defaultApiVersionsRequest()))
    const frame = await client.nextFrame()
    assert.equal(decodeResponse<ApiVersionsResponse>(frame!, ApiKey.ApiVersions, 0).body.errorCode, ErrorCode.NONE)
    client.close()
  })
})

test('ApiVersions v0-v3 list exactly the registered handlers, with response header v0', async () => {
  const registry = new HandlerRegistry(HANDLERS)
  await withServer(registry, DEFAULT_CONNECTION_LIMITS, async (port) => {
    const client = await WireClient.connect(port)
    for (let version = 0; version <= 3; version++) {
      client.send(encodeRequest(ApiKey.ApiVersions, version, 100 + version, { clientSoftwareName: 'rivulet-test', clientSoftwareVersion: '0.1.0' }))
      const { correlationId, body } = decodeResponse<ApiVersionsResponse>((await client.nextFrame())!, ApiKey.ApiVersions, version)
      assert.equal(correlationId, 100 + version)
      assert.equal(body.errorCode, ErrorCode.NONE)
      assert.deepEqual(body.apiKeys, HANDLERS.map((h) => ({ apiKey: h.apiKey, minVersion: h.minVersion, maxVersion: h.maxVersion })).sort((a, b) => a.apiKey - b.apiKey))
    }
    client.send(encodeRequest(ApiKey.ApiVersions, 3, 200, { clientSoftwareName: '-bad name', clientSoftwareVersion: '1' }))
    assert.equal(decodeResponse<ApiVersionsResponse>((await client.nextFrame())!, ApiKey.ApiVersions, 3).body.errorCode, ErrorCode.INVALID_REQUEST)
    client.close()
  })
})

test('KIP-511: a newer ApiVersions gets UNSUPPORTED_VERSION in a v0 body listing the supported ranges', async () => {
  const registry = new HandlerRegistry(HANDLERS)
  await withServer(registry, DEFAULT_CONNECTION_LIMITS, async (port) => {
    const client = await WireClient.connect(port)
    // A v7 request: flexible header v2 (client id, empty tagged fields), body unknown to us.
    const frame = Buffer.from([0, 0, 0, 0, 0, 18, 0, 7, 0, 0, 0, 42, 0, 3, 0x61, 0x62, 0x63, 0, 4, 0x61, 0x62, 0x63, 0])
    frame.writeInt32BE(frame.length - 4, 0)
    client.send(frame)
    const { correlationId, body } = decodeResponse<ApiVersionsResponse>((await client.nextFrame())!, ApiKey.ApiVersions, 0)
    assert.equal(correlationId, 42)
    assert.equal(body.errorCode, ErrorCode.UNSUPPORTED_VERSION)
    assert.deepEqual(body.apiKeys.find((k) => k.apiKey === ApiKey.ApiVersions), { apiKey: 18, minVersion: 0, maxVersion: 3 })
    client.close()
  })
})

test('close() answers in-flight requests before the sockets close', async () => {
  const router = new HeldRouter()
  const server = new KafkaServer({ host: '127.0.0.1', port: 0, listenerName: 'PLAINTEXT', router, logger: silentLogger(), connectionsMax: 10, limits: DEFAULT_CONNECTION_LIMITS, closeTimeoutMs: 5000 })
  const { port } = await server.listen()
  const client = await WireClient.connect(port)
  client.send(heartbeat(5))
  client.send(heartbeat(6))
  await router.waitHeld(2)
  const closing = server.close()
  router.release(0)
  router.release(0)
  await closing
  const frames = [await client.nextFrame(), await client.nextFrame()]
  assert.deepEqual(frames.map((f) => decodeResponse<HeartbeatResponse>(f!, ApiKey.Heartbeat, 4).correlationId), [5, 6])
  assert.equal(await client.nextFrame(), null)
})

test('close() ends a drained connection at once, though the client never closes its side', async () => {
  const server = new KafkaServer({ host: '127.0.0.1', port: 0, listenerName: 'PLAINTEXT', router: new HandlerRegistry(HANDLERS), logger: silentLogger(), connectionsMax: 10, limits: DEFAULT_CONNECTION_LIMITS, closeTimeoutMs: 60_000 })
  const { port } = await server.listen()
  const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true })
  await once(socket, 'connect')
  socket.on('data', () => {})
  const drain = await server.close()
  assert.deepEqual(drain, { connections: 1, inflightRequests: 0, unansweredRequests: 0, connectionsCut: 0 })
  socket.destroy()
})

test('close() waits closeTimeoutMs for requests that never finish, then closes their connections and reports them', async () => {
  const router = new HeldRouter()
  const server = new KafkaServer({ host: '127.0.0.1', port: 0, listenerName: 'PLAINTEXT', router, logger: silentLogger(), connectionsMax: 10, limits: DEFAULT_CONNECTION_LIMITS, closeTimeoutMs: 200 })
  const { port } = await server.listen()
  const client = await WireClient.connect(port)
  client.send(heartbeat(7))
  client.send(heartbeat(8))
  await router.waitHeld(2)
  const drain = await server.close()
  assert.deepEqual(drain, { connections: 1, inflightRequests: 2, unansweredRequests: 2, connectionsCut: 1 })
  assert.equal(await client.nextFrame(), null)
})

/**
 * Serves JoinGroup by keeping the decoded request (its protocol metadata are views of the frame, as
 * a parked JoinGroup keeps them) until the test ends, and Produce with acks=0 at once.
 */
class RetainingRouter implements RequestRouter {
  readonly retained: unknown[] = []
  private readonly waiting: Array<() => void> = []

  versionRange (apiKey: number): ApiVersionRange | undefined {
    if (apiKey === ApiKey.JoinGroup) return { apiKey, minVersion: 0, maxVersion: 9 }
    if (apiKey === ApiKey.Produce) return { apiKey, minVersion: 3, maxVersion: 11 }
    return undefined
  }

  supportedApis (): readonly ApiVersionRange[] {
    return [this.versionRange(ApiKey.Produce)!, this.versionRange(ApiKey.JoinGroup)!]
  }

  handle (ctx: RequestContext, request: unknown): unknown {
    if (ctx.header.requestApiKey === ApiKey.Produce) return NO_RESPONSE
    this.retained.push(request)
    return new Promise<JoinGroupResponse>((resolve) => { this.waiting.push(() => resolve(defaultJoinGroupResponse())) })
  }

  releaseAll (): void {
    for (const answer of this.waiting.splice(0)) answer()
    this.retained.length = 0
  }
}

test('a small request held in flight does not keep alive the large received chunk it arrived in', async () => {
  setFlagsFromString('--expose-gc')
  const gcOnce = runInNewContext('gc') as () => void
  // V8 frees array buffers' memory in a sweep after the collection: give it a few turns.
  const gc = async (): Promise<void> => { for (let i = 0; i < 3; i++) { gcOnce(); await new Promise((resolve) => setImmediate(resolve)) } }
  const router = new RetainingRouter()
  const connections = 100
  await withServer(router, DEFAULT_CONNECTION_LIMITS, async (port) => {
    // Each write: a JoinGroup that stays in flight, then an acks=0 Produce of 60 KiB that is done at
    // once; both usually arrive in one socket read.
    const join = defaultJoinGroupRequest()
    join.groupId = 'g'
    join.protocolType = 'consumer'
    join.protocols = [{ name: 'range', metadata: Buffer.alloc(16, 1) }]
    const produce = defaultProduceRequest()
    produce.acks = 0
    produce.topicData = [{ name: 't', partitionData: [{ index: 0, records: Buffer.alloc(60 * 1024) }] }]
    const write = Buffer.concat([encodeRequest(ApiKey.JoinGroup, 5, 1, join), encodeRequest(ApiKey.Produce, 9, 2, produce)])
    await gc()
    const before = process.memoryUsage().arrayBuffers
    const clients: WireClient[] = []
    for (let i = 0; i < connections; i++) {
      const client = await WireClient.connect(port)
      client.send(write)
      clients.push(client)
    }
    while (router.retained.length < connections) await new Promise((resolve) => setTimeout(resolve, 10))
    await gc()
    const retainedBytes = process.memoryUsage().arrayBuffers - before
    // The held JoinGroups are ~60 bytes each; the 60 KiB chunks around them must be gone.
    assert.ok(retainedBytes < connections * 8 * 1024, `${connections} held JoinGroups retain ${retainedBytes} bytes`)
    router.releaseAll()
    for (const client of clients) client.close()
  })
})

test('every registered handler range lies within the spec valid versions', () => {
  for (const handler of HANDLERS) {
    const spec = API_SPECS.find((s) => s.apiKey === handler.apiKey)!
    assert.ok(handler.minVersion >= spec.minVersion && handler.maxVersion <= spec.maxVersion, spec.name)
  }
  assert.throws(() => new HandlerRegistry([{ apiKey: ApiKey.ApiVersions, minVersion: 0, maxVersion: 4, handle: () => NO_RESPONSE }]), /outside the spec/)
})

test('thousands of pipelined requests in one write are answered in order without deep recursion', async () => {
  const registry = new HandlerRegistry(HANDLERS)
  await withServer(registry, DEFAULT_CONNECTION_LIMITS, async (port) => {
    const client = await WireClient.connect(port)
    const count = 5000
    const frames: Buffer[] = []
    for (let n = 0; n < count; n++) frames.push(encodeRequest(ApiKey.ApiVersions, 3, n, { clientSoftwareName: 'pipeline', clientSoftwareVersion: '1' }))
    client.send(Buffer.concat(frames))
    for (let n = 0; n < count; n++) {
      const frame = await client.nextFrame()
      assert.ok(frame !== null, `response ${n}`)
      assert.equal(decodeResponse<ApiVersionsResponse>(frame, ApiKey.ApiVersions, 3).correlationId, n)
    }
    client.close()
  })
})
