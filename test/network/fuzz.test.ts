// Bad input: thousands of seeded random and mutated frames against a real broker process. Afterwards
// the process is alive, its memory is bounded, and a new connection's ApiVersions still answers.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { connect } from 'node:net'
import { startBrokerProcess } from '../helpers/broker-process.ts'
import { WireClient, encodeRequest, decodeResponse } from '../helpers/wire-client.ts'
import { seededRandom } from '../protocol/random-values.ts'
import { ApiKey, API_SPECS } from '../../src/protocol/generated/api-keys.ts'
import type { ApiVersionsResponse } from '../../src/protocol/generated/messages/api-versions.ts'

const SEED = Number(process.env.FUZZ_SEED ?? 20261125)
const CONNECTIONS = 400
const FRAMES_PER_CONNECTION = 8
const PARALLEL = 16
const RSS_BYTES_MAX = 400 * 1024 * 1024

function rssBytes (pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)![1])
  return kb * 1024
}

type Next = () => number

function randomBytes (next: Next, n: number): Buffer {
  const b = Buffer.allocUnsafe(n)
  for (let i = 0; i < n; i++) b[i] = Math.floor(next() * 256)
  return b
}

function framed (body: Buffer): Buffer {
  const out = Buffer.allocUnsafe(4 + body.length)
  out.writeInt32BE(body.length, 0)
  body.copy(out, 4)
  return out
}

/** One hostile frame, of a kind chosen by the seed. */
function hostileFrame (next: Next, correlationId: number): Buffer {
  const kind = Math.floor(next() * 6)
  switch (kind) {
    case 0: { // a valid header of a random known API and version, then garbage
      const spec = API_SPECS[Math.floor(next() * API_SPECS.length)]!
      const version = spec.minVersion + Math.floor(next() * (spec.maxVersion - spec.minVersion + 1))
      const header = Buffer.alloc(10)
      header.writeInt16BE(spec.apiKey, 0)
      header.writeInt16BE(version, 2)
      header.writeInt32BE(correlationId, 4)
      header.writeInt16BE(Math.floor(next() * 40) - 2, 8)
      return framed(Buffer.concat([header, randomBytes(next, Math.floor(next() * 200))]))
    }
    case 1: { // a valid ApiVersions request with bytes flipped
      const version = Math.floor(next() * 4)
      const frame = encodeRequest(ApiKey.ApiVersions, version, correlationId, { clientSoftwareName: 'fuzz', clientSoftwareVersion: '1.0' })
      for (let i = 0; i < 1 + Math.floor(next() * 3); i++) {
        const at = 4 + Math.floor(next() * (frame.length - 4))
        frame[at] = frame[at]! ^ (1 << Math.floor(next() * 8))
      }
      return frame
    }
    case 2: { // a truncated frame: the prefix promises more than follows
      const body = randomBytes(next, 1 + Math.floor(next() * 100))
      const out = framed(body)
      out.writeInt32BE(body.length + 1 + Math.floor(next() * 1000), 0)
      return out
    }
    case 3: { // an absurd or negative length
      const out = Buffer.alloc(4)
      out.writeInt32BE(next() < 0.5 ? -1 - Math.floor(next() * 1000) : 0x7fffffff - Math.floor(next() * 1000), 0)
      return out
    }
    case 4: // random bytes
      return randomBytes(next, 1 + Math.floor(next() * 300))
    default: { // a tiny or empty frame
      return framed(randomBytes(next, Math.floor(next() * 4)))
    }
  }
}

async function hammer (port: number, frames: Buffer[]): Promise<void> {
  await new Promise<void>((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' })
    socket.setTimeout(3000, () => socket.destroy())
    socket.on('error', () => {})
    socket.on('close', () => resolve())
    socket.on('data', () => {})
    socket.on('connect', () => {
      for (const f of frames) socket.write(f)
      socket.end()
    })
  })
}

test('seeded hostile frames leave the process alive, bounded and answering', { timeout: 180_000 }, async () => {
  const broker = await startBrokerProcess()
  const next = seededRandom(SEED)
  try {
    const rssBefore = rssBytes(broker.child.pid!)
    let sent = 0
    for (let c = 0; c < CONNECTIONS; c += PARALLEL) {
      const batch: Array<Promise<void>> = []
      for (let p = 0; p < PARALLEL && c + p < CONNECTIONS; p++) {
        const frames: Buffer[] = []
        for (let f = 0; f < FRAMES_PER_CONNECTION; f++) frames.push(hostileFrame(next, sent++))
        batch.push(hammer(broker.port, frames))
      }
      await Promise.all(batch)
      assert.equal(broker.child.exitCode, null, `SEED=${SEED}: the broker exited after ${sent} frames`)
    }
    const rssAfter = rssBytes(broker.child.pid!)
    console.log(`fuzz: SEED=${SEED} frames=${sent} connections=${CONNECTIONS} rss before=${(rssBefore / 2 ** 20).toFixed(0)} MiB after=${(rssAfter / 2 ** 20).toFixed(0)} MiB`)
    assert.ok(rssAfter < RSS_BYTES_MAX, `SEED=${SEED}: RSS ${rssAfter} bytes exceeds ${RSS_BYTES_MAX}`)
    const client = await WireClient.connect(broker.port)
    client.send(encodeRequest(ApiKey.ApiVersions, 3, 1, { clientSoftwareName: 'after-fuzz', clientSoftwareVersion: '1' }))
    const frame = await client.nextFrame()
    assert.ok(frame !== null, `SEED=${SEED}: no ApiVersions answer after the fuzz run`)
    assert.equal(decodeResponse<ApiVersionsResponse>(frame, ApiKey.ApiVersions, 3).body.errorCode, 0)
    client.close()
    assert.ok(!broker.logLines.some((l) => l.includes('RIVULET_ERR_HANDLER')), 'no handler failed on fuzzed input')
  } finally {
    await broker.stop()
    broker.cleanup()
  }
})
