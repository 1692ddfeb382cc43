// On-disk format: a segment written by Rivulet is Kafka's layout, decoded here by an independent
// decoder (kafkajs's RecordBatch decoder) with every offset, key, value and header intact.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { LogFixture, batchOf } from './log-fixture.ts'
import type { RecordInput } from '../../src/protocol/record-batch/records.ts'

const require = createRequire(import.meta.url)

test('segment files are Kafka RecordBatch v2 logs that kafkajs decodes with every field intact', async () => {
  const KafkajsDecoder = require('kafkajs/src/protocol/decoder') as new (b: Buffer) => { canReadInt64: () => boolean, offset: number }
  const decodeBatch = require('kafkajs/src/protocol/recordBatch/v0/decoder') as (d: unknown) => Promise<{ firstOffset: string, partitionLeaderEpoch: number, records: Array<{ offset: string, key: Buffer | null, value: Buffer | null, headers: Record<string, Buffer>, timestamp: string }> }>
  const f = new LogFixture()
  try {
    const written: Array<RecordInput & { offset: number }> = []
    for (let i = 0; i < 30; i++) {
      const records: RecordInput[] = Array.from({ length: 1 + (i % 4) }, (_, r) => ({
        key: Buffer.from(`key-${i}-${r}`), value: Buffer.from(`value-${i}-${r}-`.repeat(20)), headers: [{ key: 'trace', value: Buffer.from(`t${i}.${r}`) }], timestamp: 1_700_000_000_000 + i * 10 + r
      }))
      const result = f.log.append(batchOf(records, { compression: i % 3 === 0 ? 'gzip' : 'none' }), { leaderEpoch: 4, nowMs: f.nowMs })
      assert.equal(result.errorCode, 0)
      records.forEach((r, j) => written.push({ ...r, offset: (result as { baseOffset: number }).baseOffset + j }))
    }
    f.log.close(f.nowMs)
    const logs = readdirSync(f.dir).filter((n) => /^\d{20}\.log$/.test(n)).sort()
    assert.ok(logs.length > 1, 'several segments')
    assert.ok(readdirSync(f.dir).some((n) => /^\d{20}\.index$/.test(n)) && readdirSync(f.dir).some((n) => /^\d{20}\.timeindex$/.test(n)))
    const decoded: Array<{ offset: number, key: string, value: string, trace: string, timestamp: number }> = []
    for (const name of logs) {
      assert.equal(Number(name.slice(0, 20)), decoded.length === 0 ? 0 : decoded[decoded.length - 1]!.offset + 1, `${name} is named by its base offset`)
      const bytes = readFileSync(join(f.dir, name))
      const decoder = new KafkajsDecoder(bytes)
      while (decoder.offset < bytes.length) {
        const batch = await decodeBatch(decoder)
        assert.equal(batch.partitionLeaderEpoch, 4)
        for (const r of batch.records) {
          decoded.push({ offset: Number(r.offset), key: r.key!.toString(), value: r.value!.toString(), trace: r.headers.trace!.toString(), timestamp: Number(r.timestamp) })
        }
      }
    }
    assert.deepEqual(decoded, written.map((w) => ({ offset: w.offset, key: w.key!.toString(), value: w.value!.toString(), trace: w.headers![0]!.value!.toString(), timestamp: w.timestamp! })))
    assert.equal(readFileSync(join(f.dir, 'leader-epoch-checkpoint'), 'utf8'), '0\n1\n4 0\n')
    assert.equal(readFileSync(join(f.dir, 'partition.metadata'), 'utf8'), 'version: 0\ntopic_id: b3JkZXJzLXRvcGljLWlkAA\n')
    // Offset index entries: relative offsets and positions strictly increase, in 8-byte entries.
    for (const name of readdirSync(f.dir).filter((n) => n.endsWith('.index'))) {
      const index = readFileSync(join(f.dir, name))
      assert.equal(index.length % 8, 0)
      for (let at = 8; at < index.length; at += 8) {
        assert.ok(index.readInt32BE(at) > index.readInt32BE(at - 8) && index.readInt32BE(at + 4) > index.readInt32BE(at - 4))
      }
    }
    f.log = f.open(true)
  } finally {
    await f.cleanup()
  }
})
