// The transport's small parts: frame splitting (the network layer's FrameDecoder, shared) at every cut, the bounded frame queue, backoff.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { FrameDecoder, type FrameSizeProblem, FrameError } from '../../../../src/network/frame-decoder.ts'
import { FrameQueue } from '../../../../src/controller/raft/transport/frame-queue.ts'
import { backoffDelayMs } from '../../../../src/util/backoff.ts'

function framed (payloads: Uint8Array[]): Buffer {
  const parts: Buffer[] = []
  for (const p of payloads) {
    const prefix = Buffer.alloc(4)
    prefix.writeUInt32BE(p.length)
    parts.push(prefix, Buffer.from(p))
  }
  return Buffer.concat(parts)
}

function readAll (reader: FrameDecoder, chunks: Buffer[]): Array<Buffer | FrameSizeProblem> {
  const out: Array<Buffer | FrameSizeProblem> = []
  for (const chunk of chunks) {
    reader.push(chunk)
    for (let frame = reader.next(); frame !== null; frame = reader.next()) {
      out.push(frame)
      if (!Buffer.isBuffer(frame)) return out // the stream is not to be read further
    }
  }
  return out
}

test('frames come out whole wherever the stream is cut', () => {
  const payloads = [Uint8Array.of(1, 2, 3), new Uint8Array(0), Uint8Array.from({ length: 300 }, (_, i) => i & 255), Uint8Array.of(7)]
  const stream = framed(payloads)
  const expected = payloads.map((p) => Array.from(p))
  for (let a = 0; a <= stream.length; a++) {
    for (let b = a; b <= stream.length; b += 7) {
      const frames = readAll(new FrameDecoder(1000), [stream.subarray(0, a), stream.subarray(a, b), stream.subarray(b)])
      assert.deepEqual(frames.map((f) => Array.from(f as Buffer)), expected, `cuts at ${a}, ${b}`)
    }
  }
})

test('a frame inside one chunk is a view of it; a straddling one is a copy of exactly its size', () => {
  const stream = framed([Uint8Array.of(1, 2, 3, 4)])
  const [view] = readAll(new FrameDecoder(10), [stream]) as Buffer[]
  const [copy] = readAll(new FrameDecoder(10), [stream.subarray(0, 6), stream.subarray(6)]) as Buffer[]
  stream[5] = 99 // the frame's second byte
  assert.deepEqual(Array.from(view!), [1, 99, 3, 4])
  assert.deepEqual(Array.from(copy!), [1, 2, 3, 4])
})

test('a length above the limit is reported before any allocation, even when split', () => {
  const prefix = Buffer.from([0xff, 0xff, 0xff, 0xff])
  assert.deepEqual(readAll(new FrameDecoder(1024), [prefix.subarray(0, 1), prefix.subarray(1)]), [{ error: FrameError.InvalidSize, sizeBytes: -1 }])
  const exact = framed([new Uint8Array(16)])
  assert.equal((readAll(new FrameDecoder(16), [exact])[0] as Buffer).length, 16)
  assert.deepEqual(readAll(new FrameDecoder(15), [exact]), [{ error: FrameError.InvalidSize, sizeBytes: 16 }])
})

test('the frame queue keeps order across wrap-around and refuses beyond either bound', () => {
  const q = new FrameQueue({ messagesMax: 3, bytesMax: 10 })
  for (let round = 0; round < 5; round++) {
    assert.ok(q.push(Uint8Array.of(round, 1), false))
    assert.ok(q.push(Uint8Array.of(round, 2), true))
    assert.ok(q.push(Uint8Array.of(round, 3), false))
    assert.equal(q.push(Uint8Array.of(0), false), false, 'count bound')
    assert.equal(q.length, 3)
    assert.equal(q.headIsSnapshot(), false)
    assert.deepEqual(Array.from(q.shift()), [round, 1])
    assert.equal(q.headIsSnapshot(), true)
    assert.deepEqual(Array.from(q.shift()), [round, 2])
    assert.deepEqual(Array.from(q.shift()), [round, 3])
    assert.equal(q.byteLength, 0)
  }
  assert.ok(q.push(new Uint8Array(6), false))
  assert.equal(q.push(new Uint8Array(5), false), false, 'byte bound')
  assert.ok(q.push(new Uint8Array(4), true))
  assert.equal(q.byteLength, 10)
  assert.deepEqual(q.clear(), { frames: 2, snapshots: 1 })
  assert.equal(q.length, 0)
  assert.equal(q.byteLength, 0)
})

test('backoff doubles from initialMs up to maxMs, jittered within the upper half', () => {
  const policy = { initialMs: 100, maxMs: 1000 }
  const low = [0, 1, 2, 3, 4, 50].map((a) => backoffDelayMs(policy, a, () => 0))
  const high = [0, 1, 2, 3, 4, 50].map((a) => backoffDelayMs(policy, a, () => 0.999999))
  assert.deepEqual(low, [50, 100, 200, 400, 500, 500])
  assert.deepEqual(high, [100, 200, 400, 800, 1000, 1000])
})
