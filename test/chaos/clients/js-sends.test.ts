// js-client.ts's producer outcomes (test/chaos/clients/js-sends.ts), without a cluster.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { classifyError, parseEvent } from '../history.ts'
import { ackedLines, NO_ACK, takePartitionBatch, type Send } from './js-sends.ts'

const partitionOf = (s: Send): number => Number(s.key) % 3
const sends: Send[] = [{ key: '0', value: 'p:0' }, { key: '1', value: 'p:1' }, { key: '0', value: 'p:2' }, { key: '1', value: 'p:3' }]
/** Each line as the history reader sees it: a line it would refuse throws here. */
const parsed = (lines: ReturnType<typeof ackedLines>['lines']): unknown[] => lines.map((l, i) => parseEvent(JSON.stringify({ t: 1, process: 'p', type: l.type, f: 'send', ...l.fields }), `line ${i}`))

test('acknowledged values are ok at their partition\'s base offset plus their place in it', () => {
  const { lines, complete } = ackedLines(sends, partitionOf, [{ partition: 1, baseOffset: '7' }, { partition: 0, baseOffset: '0' }])
  assert.equal(complete, true)
  assert.deepEqual(parsed(lines).map((e) => { const { t, ...rest } = e as { t: number }; return rest }), [
    { process: 'p', type: 'ok', f: 'send', key: '0', value: 'p:0', partition: 0, offset: 0 },
    { process: 'p', type: 'ok', f: 'send', key: '1', value: 'p:1', partition: 1, offset: 7 },
    { process: 'p', type: 'ok', f: 'send', key: '0', value: 'p:2', partition: 0, offset: 1 },
    { process: 'p', type: 'ok', f: 'send', key: '1', value: 'p:3', partition: 1, offset: 8 }
  ])
})

test('a partition send() resolved without (kafkajs 2.2.4 skipping a partition whose leader moved) is info KafkaJSNoAck, never ok', () => {
  assert.equal(NO_ACK, 'KafkaJSNoAck')
  assert.equal(classifyError(NO_ACK), 'info')
  const missing = ackedLines(sends, partitionOf, [{ partition: 0, baseOffset: '4' }])
  assert.equal(missing.complete, false)
  assert.deepEqual(missing.lines.map((l) => [l.type, l.fields.value, l.fields.offset ?? l.fields.error]), [['ok', 'p:0', 4], ['info', 'p:1', NO_ACK], ['ok', 'p:2', 5], ['info', 'p:3', NO_ACK]])
  parsed(missing.lines)
  // An offset that is not a non-negative integer (acks=0's -1, none at all, garbage) identifies nothing.
  for (const baseOffset of ['-1', undefined, 'x', '1.5', '']) {
    const bad = ackedLines(sends, partitionOf, [{ partition: 0, baseOffset: '0' }, { partition: 1, baseOffset }])
    assert.equal(bad.complete, false, String(baseOffset))
    assert.deepEqual(bad.lines.map((l) => l.type), ['ok', 'info', 'ok', 'info'], String(baseOffset))
    parsed(bad.lines)
  }
  assert.deepEqual(ackedLines(sends, partitionOf, []).lines.map((l) => l.type), ['info', 'info', 'info', 'info'])
})

test('a send() carries one partition\'s values: the oldest value\'s partition, in order, at most the maximum; the rest stay queued in order', () => {
  const queue: Send[] = ['0', '1', '2', '0', '1', '0', '2', '0'].map((key, n) => ({ key, value: `p:${n}` }))
  const values = (s: readonly Send[]): string[] => s.map((x) => x.value)
  assert.deepEqual(values(takePartitionBatch(queue, partitionOf, 3)), ['p:0', 'p:3', 'p:5'])
  assert.deepEqual(values(queue), ['p:1', 'p:2', 'p:4', 'p:6', 'p:7'])
  assert.deepEqual(values(takePartitionBatch(queue, partitionOf, 3)), ['p:1', 'p:4'])
  assert.deepEqual(values(takePartitionBatch(queue, partitionOf, 3)), ['p:2', 'p:6'])
  assert.deepEqual(values(takePartitionBatch(queue, partitionOf, 3)), ['p:7'])
  assert.deepEqual(takePartitionBatch(queue, partitionOf, 3), [])
  assert.deepEqual(queue, [])
})
