// RecordBatch v2: builder and decoder round trips for every codec, validation of corrupt input, the
// CRC32C implementation against its reference, and kafkajs's independent RecordBatch codec.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { buildRecordBatch, buildControlBatch, decodeRecordBatch, decodeRecordBatches, type RecordInput } from '../../../src/protocol/record-batch/records.ts'
import { crc32c, crc32cSoftware } from '../../../src/protocol/record-batch/crc32c.ts'
import { decompress, type CompressionName } from '../../../src/protocol/record-batch/compression/index.ts'
import * as header from '../../../src/protocol/record-batch/batch-header.ts'
import { DecodeError } from '../../../src/protocol/primitives/reader.ts'
import { seededRandom } from '../random-values.ts'

const require = createRequire(import.meta.url)
const CODECS: CompressionName[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd']

function randomRecords (next: () => number, count: number, baseTimestamp: number): RecordInput[] {
  const records: RecordInput[] = []
  for (let i = 0; i < count; i++) {
    const bytes = (n: number): Buffer => Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256)))
    records.push({
      key: next() < 0.2 ? null : bytes(Math.floor(next() * 20)),
      value: next() < 0.1 ? null : bytes(Math.floor(next() * (next() < 0.1 ? 5000 : 200))),
      headers: Array.from({ length: Math.floor(next() * 3) }, (_, h) => ({ key: `h${h}-é`, value: next() < 0.2 ? null : bytes(Math.floor(next() * 10)) })),
      timestamp: baseTimestamp + Math.floor(next() * 10000) - 100
    })
  }
  return records
}

test('CRC32C: known vectors, and the native implementation agrees with the table-driven reference', () => {
  assert.equal(crc32c(Buffer.from('123456789')), 0xe3069283)
  assert.equal(crc32c(Buffer.alloc(32)), 0x8a9136aa)
  const next = seededRandom(7)
  for (let n = 0; n < 200; n++) {
    const data = Buffer.from(Array.from({ length: Math.floor(next() * 3000) }, () => Math.floor(next() * 256)))
    assert.equal(crc32c(data), crc32cSoftware(data))
    const cut = Math.floor(next() * data.length)
    assert.equal(crc32c(data.subarray(cut), crc32c(data.subarray(0, cut))), crc32c(data), 'continuation')
  }
})

test('seeded batches of every codec round-trip through build and decode', () => {
  const next = seededRandom(2026)
  for (const compression of CODECS) {
    for (let n = 0; n < 40; n++) {
      const baseTimestamp = 1_700_000_000_000 + Math.floor(next() * 1e9)
      const records = randomRecords(next, 1 + Math.floor(next() * 30), baseTimestamp)
      const batch = buildRecordBatch({ baseOffset: n * 100, records, compression, producerId: 5000 + n, producerEpoch: 3, baseSequence: n * 10, partitionLeaderEpoch: 7, transactional: n % 5 === 0, baseTimestamp })
      assert.equal(header.validateBatch(batch, 0, batch.length, true, true), 0)
      const decoded = decodeRecordBatch(batch)
      assert.equal(decoded.compression, compression)
      assert.equal(decoded.baseOffset, n * 100)
      assert.equal(decoded.lastOffset, n * 100 + records.length - 1)
      assert.equal(decoded.producerId, 5000 + n)
      assert.equal(decoded.transactional, n % 5 === 0)
      assert.equal(decoded.maxTimestamp, Math.max(...records.map((r) => r.timestamp!)))
      assert.equal(decoded.records.length, records.length)
      decoded.records.forEach((r, i) => {
        assert.equal(r.offset, n * 100 + i)
        assert.equal(r.timestamp, records[i]!.timestamp)
        assert.deepEqual(r.key, records[i]!.key)
        assert.deepEqual(r.value, records[i]!.value)
        assert.deepEqual(r.headers, records[i]!.headers)
      })
    }
  }
})

test('header view reads and patches fields in place without breaking the CRC', () => {
  const batch = buildRecordBatch({ records: [{ key: null, value: Buffer.from('a'), timestamp: 10 }, { key: null, value: Buffer.from('b'), timestamp: 30 }], producerId: 9, baseSequence: 4 })
  header.patchBaseOffset(batch, 0, 1234)
  header.patchPartitionLeaderEpoch(batch, 0, 17)
  assert.equal(header.validateBatch(batch, 0, batch.length, true, true), 0)
  assert.equal(header.baseOffset(batch, 0), 1234)
  assert.equal(header.lastOffset(batch, 0), 1235)
  assert.equal(header.partitionLeaderEpoch(batch, 0), 17)
  assert.equal(header.recordCount(batch, 0), 2)
  assert.equal(header.maxTimestamp(batch, 0), 30)
  assert.equal(header.producerId(batch, 0), 9n)
  assert.equal(header.baseSequence(batch, 0), 4)
  header.patchLogAppendTime(batch, 0, 99)
  assert.equal(header.validateBatch(batch, 0, batch.length, true, true), 0, 'CRC recomputed after LogAppendTime')
  assert.equal(decodeRecordBatch(batch).timestampType, 'log-append')
})

test('validation: bad CRC, bad magic, truncation and count mismatch give Kafka error codes', () => {
  const batch = buildRecordBatch({ records: [{ key: null, value: Buffer.from('hello') }] })
  const flipped = Buffer.from(batch)
  flipped[flipped.length - 2] ^= 1
  assert.equal(header.validateBatch(flipped, 0, flipped.length, true, true), header.BatchError.CORRUPT_MESSAGE)
  const magic1 = Buffer.from(batch)
  magic1.writeInt8(1, header.MAGIC)
  assert.equal(header.validateBatch(magic1, 0, magic1.length, true, true), header.BatchError.UNSUPPORTED_FOR_MESSAGE_FORMAT)
  for (let cut = 0; cut < batch.length; cut++) assert.notEqual(header.validateBatch(batch, 0, cut, true, true), 0, `cut at ${cut}`)
  const miscounted = Buffer.from(batch)
  miscounted.writeInt32BE(3, header.RECORD_COUNT)
  miscounted.writeUInt32BE(header.computeCrc(miscounted, 0), header.CRC)
  assert.equal(header.validateBatch(miscounted, 0, miscounted.length, true, true), header.BatchError.INVALID_RECORD)
  assert.throws(() => decodeRecordBatch(flipped), DecodeError)
})

test('control batches carry a transaction marker', () => {
  const marker = buildControlBatch({ commit: true, producerId: 77, producerEpoch: 1, coordinatorEpoch: 5, timestamp: 1000, baseOffset: 40 })
  const decoded = decodeRecordBatch(marker)
  assert.equal(decoded.control, true)
  assert.equal(decoded.transactional, true)
  assert.equal(decoded.records[0]!.key!.readInt16BE(2), 1)
})

// kafkajs's codec plugins take this shape; snappy, lz4 and zstd are not built into kafkajs, so those
// three use our decompressors while kafkajs still parses the records independently.
function registerKafkajsCodecs (): void {
  const { CompressionCodecs, CompressionTypes } = require('kafkajs') as { CompressionCodecs: Record<number, unknown>, CompressionTypes: Record<string, number> }
  const plugin = (codec: number) => () => ({ compress: async () => { throw new Error('not used') }, decompress: async (b: Buffer) => decompress(codec, b) })
  CompressionCodecs[CompressionTypes.Snappy!] = plugin(2)
  CompressionCodecs[CompressionTypes.LZ4!] = plugin(3)
  CompressionCodecs[CompressionTypes.ZSTD!] = plugin(4)
}

test('kafkajs decodes batches built by Rivulet (every codec) with every offset, key, value and header intact', async () => {
  registerKafkajsCodecs()
  const KafkajsDecoder = require('kafkajs/src/protocol/decoder') as new (b: Buffer) => unknown
  const decodeBatch = require('kafkajs/src/protocol/recordBatch/v0/decoder') as (d: unknown) => Promise<{ firstOffset: string, records: Array<{ offset: string, key: Buffer | null, value: Buffer | null, headers: Record<string, Buffer>, timestamp: string }> }>
  const next = seededRandom(99)
  for (const compression of CODECS) {
    const records = randomRecords(next, 12, 1_700_000_000_000).map((r) => ({ ...r, headers: (r.headers ?? []).filter((h) => h.value !== null) }))
    const batch = buildRecordBatch({ baseOffset: 500, records, compression })
    const decoded = await decodeBatch(new KafkajsDecoder(batch))
    assert.equal(decoded.firstOffset, '500')
    assert.equal(decoded.records.length, records.length)
    decoded.records.forEach((r, i) => {
      assert.equal(r.offset, String(500 + i), compression)
      assert.equal(r.timestamp, String(records[i]!.timestamp))
      assert.deepEqual(r.key, records[i]!.key)
      assert.deepEqual(r.value, records[i]!.value)
      for (const h of records[i]!.headers!) assert.deepEqual(r.headers[h.key], h.value)
    })
  }
})

test('Rivulet decodes batches encoded by kafkajs (none and gzip, kafkajs built-ins)', async () => {
  const { RecordBatch } = require('kafkajs/src/protocol/recordBatch/v0') as { RecordBatch: (args: unknown) => Promise<{ buffer: Buffer }> }
  const Record = require('kafkajs/src/protocol/recordBatch/record/v0') as (args: unknown) => unknown
  for (const compression of [0, 1]) {
    const records = [0, 1, 2].map((i) => Record({ offsetDelta: i, timestampDelta: i * 5, key: Buffer.from(`k${i}`), value: Buffer.from(`v${i}`), headers: { trace: Buffer.from(`t${i}`) } }))
    // kafkajs computes its own CRC32C and frames the whole batch.
    const framed = (await RecordBatch({ compression, firstTimestamp: 1000, maxTimestamp: 1010, lastOffsetDelta: 2, records })).buffer
    const [batch] = decodeRecordBatches(framed)
    assert.deepEqual(batch!.records.map((r) => [r.offset, r.timestamp, r.key!.toString(), r.value!.toString(), r.headers[0]!.value!.toString()]),
      [[0, 1000, 'k0', 'v0', 't0'], [1, 1005, 'k1', 'v1', 't1'], [2, 1010, 'k2', 'v2', 't2']])
  }
})
