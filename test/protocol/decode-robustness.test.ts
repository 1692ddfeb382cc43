// Malformed input never crashes a decoder with anything but DecodeError, and never allocates more
// than the input could hold: random bytes, and every truncation of valid messages, for every API.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { RANDOM_CASES } from './generated/random-messages.ts'
import { randomValues, seededRandom } from './random-values.ts'
import { REQUEST_CODECS, RESPONSE_CODECS, type MessageCodec } from '../../src/protocol/generated/index.ts'
import { Reader, DecodeError } from '../../src/protocol/primitives/reader.ts'
import { Writer } from '../../src/protocol/primitives/writer.ts'

function decodeOrDecodeError (codec: MessageCodec<unknown>, bytes: Buffer, version: number, what: string): void {
  try {
    codec.decode(new Reader(bytes), version)
  } catch (err) {
    assert.ok(err instanceof DecodeError, `${what}: threw ${(err as Error).name}: ${(err as Error).message}`)
  }
}

test('every decoder, every version: truncations of valid messages and random bytes raise only DecodeError', () => {
  const next = seededRandom(424242)
  let decoded = 0
  for (const c of RANDOM_CASES) {
    const table = (c.kind === 'request' ? REQUEST_CODECS : RESPONSE_CODECS) as unknown as Record<number, MessageCodec<unknown>>
    const codec = table[c.apiKey]!
    for (let version = c.minVersion; version <= c.maxVersion; version++) {
      const message = c.random(randomValues(seededRandom(version * 31 + c.apiKey)), version)
      const w = Writer.alloc(codec.sizeOf(message, version))
      codec.write(w, message, version)
      for (let cut = 0; cut < w.buf.length; cut += Math.max(1, Math.floor(w.buf.length / 16))) {
        decodeOrDecodeError(codec, w.buf.subarray(0, cut), version, `${c.name} v${version} cut at ${cut}`)
        decoded++
      }
      const flipped = Buffer.from(w.buf)
      if (flipped.length > 0) flipped[Math.floor(next() * flipped.length)] ^= 0xff
      decodeOrDecodeError(codec, flipped, version, `${c.name} v${version} with a flipped byte`)
      const noise = Buffer.allocUnsafe(Math.floor(next() * 64))
      for (let i = 0; i < noise.length; i++) noise[i] = Math.floor(next() * 256)
      decodeOrDecodeError(codec, noise, version, `${c.name} v${version} random bytes`)
      decoded += 2
    }
  }
  assert.ok(decoded > 5000, `decoded ${decoded} malformed inputs`)
})

test('a huge array length is rejected before anything is allocated', () => {
  const bytes = Buffer.from([0x7f, 0xff, 0xff, 0xff])
  assert.throws(() => new Reader(bytes).readArrayLength(false), DecodeError)
  const compact = Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f])
  assert.throws(() => new Reader(compact).readArrayLength(true), DecodeError)
  assert.throws(() => new Reader(Buffer.from([0x7f, 0xff, 0xff, 0xff])).readBytes(), DecodeError)
  assert.throws(() => new Reader(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x01])).readUnsignedVarInt(), DecodeError)
})
