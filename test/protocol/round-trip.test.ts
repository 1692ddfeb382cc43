// Every API, every version, request and response: seeded random messages survive
// encode -> decode unchanged, and sizeOf is exactly the number of bytes written.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { RANDOM_CASES } from './generated/random-messages.ts'
import { randomValues, seededRandom } from './random-values.ts'
import { REQUEST_CODECS, RESPONSE_CODECS, API_SPECS, type MessageCodec } from '../../src/protocol/generated/index.ts'
import { Reader } from '../../src/protocol/primitives/reader.ts'
import { Writer } from '../../src/protocol/primitives/writer.ts'

const SEEDS_PER_VERSION = 12

test('every API in the specs has request and response codecs and random cases', () => {
  assert.ok(API_SPECS.length >= 75, `expected about 80 APIs, got ${API_SPECS.length}`)
  for (const spec of API_SPECS) {
    assert.ok((REQUEST_CODECS as Record<number, unknown>)[spec.apiKey] !== undefined, `request codec for ${spec.name}`)
    assert.ok((RESPONSE_CODECS as Record<number, unknown>)[spec.apiKey] !== undefined, `response codec for ${spec.name}`)
  }
  assert.equal(RANDOM_CASES.length, API_SPECS.length * 2)
})

for (const c of RANDOM_CASES) {
  test(`${c.name} v${c.minVersion}-v${c.maxVersion} round-trips`, () => {
    const table = (c.kind === 'request' ? REQUEST_CODECS : RESPONSE_CODECS) as unknown as Record<number, MessageCodec<unknown>>
    const codec = table[c.apiKey]!
    let cases = 0
    for (let version = c.minVersion; version <= c.maxVersion; version++) {
      for (let seed = 1; seed <= SEEDS_PER_VERSION; seed++) {
        const g = randomValues(seededRandom(seed * 7919 + version * 131 + c.apiKey))
        const message = c.random(g, version)
        const size = codec.sizeOf(message, version)
        const w = Writer.alloc(size)
        codec.write(w, message, version)
        assert.equal(w.offset, size, `${c.name} v${version} seed ${seed}: sizeOf ${size} but wrote ${w.offset}`)
        const r = new Reader(w.buf)
        const decoded = codec.decode(r, version)
        assert.equal(r.remaining(), 0, `${c.name} v${version} seed ${seed}: ${r.remaining()} bytes left after decode`)
        assert.deepStrictEqual(decoded, message, `${c.name} v${version} seed ${seed}`)
        cases++
      }
    }
    assert.ok(cases > 0)
  })
}

test('every @metadata record type, every version, round-trips', async () => {
  const { RANDOM_METADATA_RECORD_CASES } = await import('./generated/random-messages.ts')
  const { METADATA_RECORD_CODECS } = await import('../../src/protocol/generated/metadata-records/index.ts')
  const codecs = METADATA_RECORD_CODECS as unknown as Record<number, MessageCodec<unknown> & { latestVersion: number }>
  assert.ok(RANDOM_METADATA_RECORD_CASES.length >= 20)
  for (const c of RANDOM_METADATA_RECORD_CASES) {
    const codec = codecs[c.recordType]!
    assert.equal(codec.latestVersion, c.maxVersion)
    for (let version = c.minVersion; version <= c.maxVersion; version++) {
      for (let seed = 1; seed <= SEEDS_PER_VERSION; seed++) {
        const message = c.random(randomValues(seededRandom(seed * 31 + c.recordType)), version)
        const w = Writer.alloc(codec.sizeOf(message, version))
        codec.write(w, message, version)
        assert.equal(w.offset, w.buf.length)
        assert.deepStrictEqual(codec.decode(new Reader(w.buf), version), message, `${c.name} v${version} seed ${seed}`)
      }
    }
  }
})
