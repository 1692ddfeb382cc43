// The outbound Kafka client against a real KafkaServer on loopback: request header v1 and v2 and
// response header v0 and v1 by the generated rules, pipelined requests matched by correlation id while
// the server answers out of handler order, the in-flight bound, a per-request timeout that leaves the
// connection usable, a lost connection failing what was written, a destination nobody listens on
// failing at once (not at the request's timeout), a restarted server reached again, the own source
// address, and close(). Waits for state, never a fixed time.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { KafkaServer, DEFAULT_CONNECTION_LIMITS } from '../../src/network/server.ts'
import type { ApiVersionRange, RequestContext, RequestRouter } from '../../src/network/router.ts'
import { apiVersionsResponse } from '../../src/network/api-versions.ts'
import { KafkaClient, KafkaClientError } from '../../src/network/kafka-client.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { defaultApiVersionsRequest } from '../../src/protocol/generated/messages/api-versions.ts'
import { defaultBrokerHeartbeatRequest, defaultBrokerHeartbeatResponse, type BrokerHeartbeatRequest, type BrokerHeartbeatResponse } from '../../src/protocol/generated/messages/broker-heartbeat.ts'
import { silentLogger } from '../../src/util/logger.ts'
import { freePort, waitFor } from '../helpers/raft-cluster.ts'

/**
 * Serves ApiVersions (answered at once) and BrokerHeartbeat (flexible: header v2 in, v1 out), whose
 * answers wait until the test releases them, so the test decides the order handlers finish in. A
 * heartbeat's answer echoes its brokerId in isCaughtUp/isFenced-free form: errorCode = brokerId.
 */
class HeldRouter implements RequestRouter {
  readonly held: Array<{ brokerId: number, resolve: (r: BrokerHeartbeatResponse) => void }> = []
  readonly remotes: string[] = []
  maxHeld = 0

  versionRange (apiKey: number): ApiVersionRange | undefined {
    if (apiKey === ApiKey.ApiVersions) return { apiKey, minVersion: 0, maxVersion: 3 }
    if (apiKey === ApiKey.BrokerHeartbeat) return { apiKey, minVersion: 0, maxVersion: 1 }
    return undefined
  }

  supportedApis (): readonly ApiVersionRange[] {
    return [this.versionRange(ApiKey.ApiVersions)!, this.versionRange(ApiKey.BrokerHeartbeat)!]
  }

  handle (ctx: RequestContext, request: unknown): unknown {
    this.remotes.push(ctx.remoteAddress)
    if (ctx.header.requestApiKey === ApiKey.ApiVersions) return apiVersionsResponse(this.supportedApis(), ErrorCode.NONE)
    const hb = request as BrokerHeartbeatRequest
    return new Promise<BrokerHeartbeatResponse>((resolve) => {
      this.held.push({ brokerId: hb.brokerId, resolve })
      this.maxHeld = Math.max(this.maxHeld, this.held.length)
    })
  }

  release (index: number): void {
    const [h] = this.held.splice(index, 1)
    const response = defaultBrokerHeartbeatResponse()
    response.errorCode = h!.brokerId
    h!.resolve(response)
  }
}

function server (router: RequestRouter, host: string, port: number): KafkaServer {
  return new KafkaServer({ host, port, listenerName: 'CONTROLLER', router, logger: silentLogger(), connectionsMax: 100, limits: DEFAULT_CONNECTION_LIMITS, closeTimeoutMs: 100 })
}

function heartbeat (brokerId: number): BrokerHeartbeatRequest {
  const request = defaultBrokerHeartbeatRequest()
  request.brokerId = brokerId
  return request
}

async function withServer (run: (router: HeldRouter, port: number, client: KafkaClient) => Promise<void>, clientOptions: { inflightRequestsMax?: number } = {}): Promise<void> {
  const router = new HeldRouter()
  const s = server(router, '127.0.0.2', 0)
  const { port } = await s.listen()
  const client = new KafkaClient({ clientId: 'rivulet-node-3', localAddress: '127.0.0.3', logger: silentLogger(), ...clientOptions })
  try {
    await run(router, port, client)
  } finally {
    await client.close()
    await s.close()
  }
}

test('ApiVersions v0 and v3 and a flexible BrokerHeartbeat round-trip; outgoing sockets bind the own address', async () => {
  await withServer(async (router, port, client) => {
    const destination = { host: '127.0.0.2', port }
    const v0 = await client.send(destination, ApiKey.ApiVersions, 0, defaultApiVersionsRequest(), 5000)
    assert.equal(v0.errorCode, ErrorCode.NONE)
    assert.deepEqual(v0.apiKeys.map((a) => a.apiKey), [ApiKey.ApiVersions, ApiKey.BrokerHeartbeat])
    const request = defaultApiVersionsRequest()
    request.clientSoftwareName = 'rivulet'
    request.clientSoftwareVersion = '0.1.0'
    const v3 = await client.send(destination, ApiKey.ApiVersions, 3, request, 5000)
    assert.equal(v3.apiKeys.length, 2)
    const answer = client.send(destination, ApiKey.BrokerHeartbeat, 1, heartbeat(7), 5000)
    await waitFor('the heartbeat to reach the handler', () => router.held.length === 1)
    router.release(0)
    assert.equal((await answer).errorCode, 7)
    assert.ok(router.remotes.every((r) => r.startsWith('127.0.0.3:')), `source addresses: ${router.remotes.join(' ')}`)
  })
})

test('pipelined requests get their own responses, at most inflightRequestsMax on the wire at once', async () => {
  await withServer(async (router, port, client) => {
    const destination = { host: '127.0.0.2', port }
    const answers = Array.from({ length: 20 }, async (_, i) => await client.send(destination, ApiKey.BrokerHeartbeat, 1, heartbeat(100 + i), 5000))
    for (let released = 0; released < 20; released++) {
      await waitFor('a held heartbeat', () => router.held.length > 0)
      // Newest first: the server answers out of handler order only as its connection allows (in order).
      router.release(router.held.length - 1)
    }
    const codes = (await Promise.all(answers)).map((r) => r.errorCode)
    assert.deepEqual(codes, Array.from({ length: 20 }, (_, i) => 100 + i))
    assert.ok(router.maxHeld <= 3, `at most 3 in flight (saw ${router.maxHeld})`)
  }, { inflightRequestsMax: 3 })
})

test('a request that times out rejects alone; its late answer is discarded and the connection serves the next', async () => {
  await withServer(async (router, port, client) => {
    const destination = { host: '127.0.0.2', port }
    await assert.rejects(client.send(destination, ApiKey.BrokerHeartbeat, 1, heartbeat(1), 50), (err: unknown) => err instanceof KafkaClientError && err.kind === 'timeout')
    router.release(0)
    const next = client.send(destination, ApiKey.BrokerHeartbeat, 1, heartbeat(2), 5000)
    await waitFor('the second heartbeat', () => router.held.length === 1)
    router.release(0)
    assert.equal((await next).errorCode, 2)
  })
})

test('a lost connection fails what was written; a restarted server is reached again; close() fails what is pending', async () => {
  const router = new HeldRouter()
  const port = await freePort('127.0.0.2')
  let s = server(router, '127.0.0.2', port)
  await s.listen()
  const client = new KafkaClient({ clientId: 'c', localAddress: '127.0.0.3', logger: silentLogger(), backoff: { initialMs: 10, maxMs: 50 } })
  const destination = { host: '127.0.0.2', port }
  try {
    const written = assert.rejects(client.send(destination, ApiKey.BrokerHeartbeat, 1, heartbeat(1), 10_000), (err: unknown) => err instanceof KafkaClientError && err.kind === 'disconnected')
    await waitFor('the heartbeat to reach the handler', () => router.held.length === 1)
    router.held.length = 0
    await s.close()
    await written
    // Nobody listens: a request fails at once (the caller chooses where to retry), not at its timeout.
    await assert.rejects(client.send(destination, ApiKey.ApiVersions, 0, defaultApiVersionsRequest(), 60_000), (err: unknown) => err instanceof KafkaClientError && err.kind === 'disconnected')
    s = server(router, '127.0.0.2', port)
    await s.listen()
    // The next request connects again (after the backoff of the failed connect).
    const later = await client.send(destination, ApiKey.ApiVersions, 0, defaultApiVersionsRequest(), 10_000)
    assert.equal(later.errorCode, ErrorCode.NONE)
    const pending = client.send(destination, ApiKey.BrokerHeartbeat, 1, heartbeat(3), 10_000)
    await waitFor('the heartbeat to reach the handler', () => router.held.length === 1)
    const refused = assert.rejects(pending, (err: unknown) => err instanceof KafkaClientError && err.kind === 'closed')
    await client.close()
    await refused
    await assert.rejects(client.send(destination, ApiKey.ApiVersions, 0, defaultApiVersionsRequest(), 1000), (err: unknown) => err instanceof KafkaClientError && err.kind === 'closed')
  } finally {
    await client.close()
    await s.close()
  }
})
