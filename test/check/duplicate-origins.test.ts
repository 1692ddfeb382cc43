// duplicate-origins.ts: the stamps of the wanted offsets read from batch headers, and each duplicate's
// origin from its copies' producer ids and epochs.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { buildRecordBatch } from '../../src/protocol/record-batch/records.ts'
import { collectStamps, duplicateOrigin, duplicatePositions, explainDuplicates, sequenceAt, DuplicateOrigin, type ProducerStamp } from './duplicate-origins.ts'
import type { Violation } from './queue-checker.ts'

const values = (n: number): Array<{ key: null, value: Buffer }> => Array.from({ length: n }, (_, i) => ({ key: null, value: Buffer.from(`v${i}`) }))

test('collectStamps: each wanted offset gets its batch\'s producer id and epoch and its own sequence; a cut batch at the end is left', () => {
  const first = buildRecordBatch({ baseOffset: 0, producerId: 1000, producerEpoch: 4, baseSequence: 502, records: values(3) })
  const second = buildRecordBatch({ baseOffset: 3, producerId: 1000, producerEpoch: 12, baseSequence: 0, records: values(2) })
  const plain = buildRecordBatch({ baseOffset: 5, records: values(1) })
  const cut = buildRecordBatch({ baseOffset: 6, producerId: 7, producerEpoch: 0, baseSequence: 0, records: values(2) })
  const records = Buffer.concat([first, second, plain, cut.subarray(0, cut.length - 5)])
  const stamps = new Map<number, ProducerStamp>()
  assert.equal(collectStamps(records, new Set([2, 4, 5, 6]), stamps), 6)
  assert.deepEqual([...stamps].sort((a, b) => a[0] - b[0]), [
    [2, { producerId: 1000n, producerEpoch: 4, sequence: 504 }],
    [4, { producerId: 1000n, producerEpoch: 12, sequence: 1 }],
    [5, { producerId: -1n, producerEpoch: -1, sequence: -1 }]
  ])
  assert.equal(collectStamps(cut.subarray(0, 30), new Set([6]), stamps), -1)
})

test('sequenceAt wraps past 2^31 - 1 to 0, as Kafka\'s DefaultRecordBatch.incrementSequence', () => {
  assert.equal(sequenceAt(5, 3), 8)
  assert.equal(sequenceAt(2147483646, 1), 2147483647)
  assert.equal(sequenceAt(2147483646, 2), 0)
  assert.equal(sequenceAt(2147483647, 4), 3)
})

test('duplicateOrigin: one producer across epochs is the client\'s epoch bump; one sequence twice is the broker\'s', () => {
  const s = (producerId: bigint, producerEpoch: number, sequence: number): ProducerStamp => ({ producerId, producerEpoch, sequence })
  assert.equal(duplicateOrigin([s(1000n, 4, 502), s(1000n, 12, 0)]), DuplicateOrigin.EpochBump)
  assert.equal(duplicateOrigin([s(1000n, 4, 502), s(1000n, 4, 502)]), DuplicateOrigin.SameSequence)
  assert.equal(duplicateOrigin([s(1000n, 4, 502), s(1000n, 12, 0), s(1000n, 4, 502)]), DuplicateOrigin.SameSequence)
  assert.equal(duplicateOrigin([s(1000n, 4, 502), s(1000n, 4, 510)]), DuplicateOrigin.Resequenced)
  assert.equal(duplicateOrigin([s(1000n, 4, 502), s(1000n, 12, 0), s(1000n, 4, 600)]), DuplicateOrigin.Resequenced)
  assert.equal(duplicateOrigin([s(1000n, 4, 502), s(1001n, 0, 0)]), DuplicateOrigin.OtherProducer)
  assert.equal(duplicateOrigin([s(-1n, -1, -1), s(-1n, -1, -1)]), DuplicateOrigin.NotIdempotent)
  assert.equal(duplicateOrigin([s(1000n, 4, 502), null]), DuplicateOrigin.Unknown)
})

test('explainDuplicates: duplicates get their copies\' stamps and origin in the detail and are counted by origin; other violations stay as they are', () => {
  const violations: Violation[] = [
    { kind: 'duplicate', value: 'a', partition: 0, positions: [[0, 2], [0, 4]], detail: 'a at partition:offset 0:2, 0:4' },
    { kind: 'duplicate', value: 'b', partition: 1, positions: [[1, 0], [1, 9]], detail: 'b at partition:offset 1:0, 1:9' },
    { kind: 'lost-write', value: 'c', partition: 0, detail: 'c is lost' }
  ]
  assert.deepEqual([...duplicatePositions(violations)].map(([p, o]) => [p, [...o]]), [[0, [2, 4]], [1, [0, 9]]])
  const stamps = new Map([
    [0, new Map([[2, { producerId: 1000n, producerEpoch: 4, sequence: 504 }], [4, { producerId: 1000n, producerEpoch: 12, sequence: 1 }]])],
    [1, new Map([[0, { producerId: 5n, producerEpoch: 0, sequence: 0 }]])]
  ])
  const r = explainDuplicates(violations, stamps)
  assert.equal(r.violations[0]!.detail, 'a at partition:offset 0:2, 0:4 (producer 1000 epoch 4 sequence 504; producer 1000 epoch 12 sequence 1: epoch-bump)')
  assert.equal(r.violations[1]!.detail, 'b at partition:offset 1:0, 1:9 (producer 5 epoch 0 sequence 0; not read: unknown)')
  assert.equal(r.violations[2], violations[2])
  assert.deepEqual([...r.byOrigin], [[DuplicateOrigin.EpochBump, 1], [DuplicateOrigin.Unknown, 1]])
})
