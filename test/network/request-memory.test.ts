// Bounded memory for requests (queued.max.request.bytes) and stalled frames
// (rivulet.request.receive.timeout.ms), against an in-process node over real sockets on 127.0.0.1:
// many connections announce large frames and send most of them; the node's pool never holds more
// than its cap, its buffers stay near the cap, other connections are served once memory frees, and
// a connection that stalls mid-frame is closed after the timeout.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { connect, type Socket } from 'node:net'
import { once } from 'node:events'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { startBroker, type RunningBroker } from '../../src/node/node.ts'
import { loadConfig } from '../../src/config/load-config.ts'
import { ConfigError } from '../../src/config/config-def.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import type { ApiVersionsResponse } from '../../src/protocol/generated/messages/api-versions.ts'
import { WireClient, encodeRequest, decodeResponse } from '../helpers/wire-client.ts'

const MiB = 1024 * 1024

async function withNode (config: Record<string, string>, body: (node: RunningBroker) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-memory-'))
  const node = await startBroker({ config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'log.dirs': dir, 'rivulet.admin.listener': 'http://127.0.0.1:0', ...config } })
  try {
    await body(node)
  } finally {
    await node.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** One sample of a Prometheus metric from the node's /metrics (0 when absent). */
async function metric (node: RunningBroker, name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${node.adminPort!}/metrics`)).text()
  const line = text.split('\n').find((l) => l.startsWith(`${name} `))
  return line === undefined ? 0 : Number(line.slice(name.length + 1))
}

async function waitFor (condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

/** Collects garbage, so that memory figures count what is held, not chunks already copied and dropped. */
async function collectGarbage (): Promise<void> {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as () => void
  // V8 frees array buffers' memory in a sweep after the collection: give it a few turns.
  for (let i = 0; i < 3; i++) {
    gc()
    await new Promise((resolve) => setImmediate(resolve))
  }
}

/** A client that announces a frame of frameBytes and sends sentBytes of it, then stalls. */
interface Hog {
  readonly socket: Socket
  flushed: boolean
  closed: boolean
}

async function startHog (port: number, frameBytes: number, sentBytes: number, chunk: Buffer): Promise<Hog> {
  const socket = connect({ port, host: '127.0.0.1' })
  await once(socket, 'connect')
  const hog: Hog = { socket, flushed: false, closed: false }
  socket.on('error', () => {})
  socket.on('close', () => { hog.closed = true })
  const prefix = Buffer.alloc(4)
  prefix.writeInt32BE(frameBytes, 0)
  socket.write(prefix)
  // The same buffer is written again and again: the client side allocates nothing per write.
  for (let sent = 0; sent < sentBytes; sent += chunk.length) {
    const last = sent + chunk.length >= sentBytes
    socket.write(last ? chunk.subarray(0, sentBytes - sent) : chunk, last ? () => { hog.flushed = true } : undefined)
  }
  return hog
}

function apiVersions (correlationId: number): Buffer {
  return encodeRequest(ApiKey.ApiVersions, 3, correlationId, { clientSoftwareName: 'memory-test', clientSoftwareVersion: '1' })
}

test('frames announced and mostly sent by many connections hold no more than queued.max.request.bytes; others are served once memory frees', { timeout: 120_000 }, async () => {
  const frameBytes = 8 * MiB
  const capBytes = 24 * MiB
  const hogCount = 12
  const admitted = capBytes / frameBytes
  await withNode({ 'socket.request.max.bytes': String(frameBytes), 'queued.max.request.bytes': String(capBytes), 'rivulet.request.receive.timeout.ms': '600000' }, async (node) => {
    const chunk = Buffer.alloc(MiB, 7)
    await collectGarbage()
    const before = process.memoryUsage()
    const hogs: Hog[] = []
    for (let i = 0; i < hogCount; i++) hogs.push(await startHog(node.port, frameBytes, frameBytes - MiB, chunk))
    // Without a cap every hog's bytes are read and held; with it, the pool fills and the rest wait.
    await waitFor(async () => hogs.every((h) => h.flushed) ||
      (hogs.filter((h) => h.flushed).length >= admitted && await metric(node, 'rivulet_request_memory_waiting_connections') === hogCount - admitted),
    'every hog sent, or the pool full with the other hogs waiting')
    await collectGarbage()
    const during = process.memoryUsage()
    const arrayBuffersGrowth = during.arrayBuffers - before.arrayBuffers
    console.log(`request memory: ${hogCount} connections x ${frameBytes / MiB} MiB frames (${(frameBytes - MiB) / MiB} MiB sent each), cap ${capBytes / MiB} MiB: ` +
      `arrayBuffers +${(arrayBuffersGrowth / MiB).toFixed(1)} MiB, rss +${((during.rss - before.rss) / MiB).toFixed(1)} MiB`)
    // The cap, plus one socket read per waiting connection and the test's own HTTP scrapes; without
    // the cap every hog's 7 MiB is held (84 MiB).
    assert.ok(arrayBuffersGrowth < capBytes + 16 * MiB, `buffers grew by ${arrayBuffersGrowth} bytes while the cap is ${capBytes}`)
    assert.equal(await metric(node, 'rivulet_request_memory_used_bytes'), capBytes)
    assert.equal(await metric(node, 'rivulet_request_memory_capacity_bytes'), capBytes)

    // A new client's request waits for memory too, first come first served.
    const client = await WireClient.connect(node.port)
    client.send(apiVersions(41))
    await waitFor(async () => await metric(node, 'rivulet_request_memory_waiting_connections') === hogCount - admitted + 1, 'the new client waiting for memory')
    assert.equal(await metric(node, 'rivulet_request_memory_used_bytes'), capBytes, 'the pool never grants beyond its cap')

    // The hogs go away: their memory returns and the waiting client is served.
    for (const hog of hogs) hog.socket.destroy()
    const frame = await client.nextFrame()
    assert.ok(frame !== null, 'the waiting client was answered')
    assert.equal(decodeResponse<ApiVersionsResponse>(frame, ApiKey.ApiVersions, 3).correlationId, 41)
    await waitFor(async () => await metric(node, 'rivulet_request_memory_used_bytes') === 0, 'every reservation returned')
    assert.equal(await metric(node, 'rivulet_request_memory_waiting_connections'), 0)
    client.close()
  })
})

test('a connection that stalls mid-frame is closed after rivulet.request.receive.timeout.ms; an idle one between frames is not', { timeout: 60_000 }, async () => {
  await withNode({ 'rivulet.request.receive.timeout.ms': '1000', 'connections.max.idle.ms': '-1' }, async (node) => {
    const idle = await WireClient.connect(node.port)
    idle.send(apiVersions(1))
    assert.ok(await idle.nextFrame() !== null)
    const chunk = Buffer.alloc(64 * 1024, 1)
    const stalled = [await startHog(node.port, MiB, 100 * 1024, chunk), await startHog(node.port, MiB, 200 * 1024, chunk)]
    await waitFor(() => stalled.every((h) => h.closed), 'the node closing both stalled connections', 15_000)
    assert.equal(await metric(node, 'rivulet_request_receive_timeouts_total'), 2)
    await waitFor(async () => await metric(node, 'rivulet_request_memory_used_bytes') === 0, 'the stalled frames\' memory returned')
    // The idle connection sat between frames for as long: it holds nothing and is still served.
    assert.equal(idle.closed, false)
    idle.send(apiVersions(2))
    const frame = await idle.nextFrame()
    assert.ok(frame !== null)
    assert.equal(decodeResponse<ApiVersionsResponse>(frame, ApiKey.ApiVersions, 3).correlationId, 2)
    idle.close()
  })
})

test('a connection idle for connections.max.idle.ms is closed, as Kafka\'s idle expiry does', { timeout: 60_000 }, async () => {
  await withNode({ 'connections.max.idle.ms': '500' }, async (node) => {
    const client = await WireClient.connect(node.port)
    client.send(apiVersions(1))
    assert.ok(await client.nextFrame() !== null)
    await client.waitClosed()
    assert.equal(await metric(node, 'rivulet_request_receive_timeouts_total'), 0, 'an idle close is not a stalled frame')
  })
})

test('queued.max.request.bytes below socket.request.max.bytes stops start-up (Kafka\'s rule); -1 is unbounded', async () => {
  assert.throws(() => loadConfig({ argv: ['--socket.request.max.bytes=2000000', '--queued.max.request.bytes=1000000'], env: {} }),
    (err: unknown) => err instanceof ConfigError && err.key === 'queued.max.request.bytes' && /socket\.request\.max\.bytes/.test(err.message))
  assert.equal(loadConfig({ argv: [], env: {} }).int('queued.max.request.bytes'), 256 * MiB)
  await withNode({ 'queued.max.request.bytes': '-1' }, async (node) => {
    assert.equal(await metric(node, 'rivulet_request_memory_capacity_bytes'), -1)
    const client = await WireClient.connect(node.port)
    client.send(apiVersions(5))
    assert.ok(await client.nextFrame() !== null)
    client.close()
  })
})
