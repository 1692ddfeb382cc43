// The queue checker on hand-written histories: each anomaly it must flag (Jepsen's names,
// reliability.md §1.4), and the valid histories it must pass (rebalances, seeks, indeterminate sends
// found later, pipelined idempotent sends, offsets the log never had).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkQueue, type CommittedSample, type GroupSample, type QueueCheckInput } from './queue-checker.ts'
import type { HistoryEvent } from './history-types.ts'

// --- history builders: t in ms; a send's invoke is at t, its completion at t + 1 unless given ---
function ok (process: string, value: string, partition: number, offset: number, t: number, doneAt = t + 1): HistoryEvent[] {
  return [
    { t, process, type: 'invoke', f: 'send', key: String(partition), value },
    { t: doneAt, process, type: 'ok', f: 'send', key: String(partition), value, partition, offset }
  ]
}
function failed (process: string, value: string, partition: number, t: number, type: 'fail' | 'info'): HistoryEvent[] {
  return [
    { t, process, type: 'invoke', f: 'send', key: String(partition), value },
    { t: t + 1, process, type, f: 'send', key: String(partition), value, error: type === 'fail' ? 'NOT_ENOUGH_REPLICAS' : 'REQUEST_TIMED_OUT' }
  ]
}
/** records: [partition, offset, value] */
function poll (process: string, t: number, records: Array<[number, number, string]>): HistoryEvent {
  return { t, process, type: 'ok', f: 'poll', records: records.map(([partition, offset, value]) => ({ partition, offset, key: String(partition), value })) }
}
const assign = (process: string, t: number, partitions: number[], mode: 'subscribe' | 'assign' = 'subscribe'): HistoryEvent => ({ t, process, type: 'ok', f: 'assign', partitions, mode })
const revoke = (process: string, t: number, partitions: number[]): HistoryEvent => ({ t, process, type: 'ok', f: 'revoke', partitions })
const seek = (process: string, t: number, partition: number, offset: number): HistoryEvent => ({ t, process, type: 'ok', f: 'seek', partition, offset })

interface Build {
  events: HistoryEvent[]
  /** partition -> values in offset order from 0, or [offset, value] pairs */
  final?: Record<number, Array<string | [number, string]>>
  hw?: Record<number, number>
  groupSamples?: GroupSample[]
  committed?: CommittedSample[]
}
function input (b: Build): QueueCheckInput {
  const final = new Map<number, Array<{ offset: number, key: string | null, value: string }>>()
  const hw = new Map<number, number>()
  for (const [p, list] of Object.entries(b.final ?? {})) {
    const records = list.map((r, i) => typeof r === 'string' ? { offset: i, key: p, value: r } : { offset: r[0], key: p, value: r[1] })
    final.set(Number(p), records)
    hw.set(Number(p), records.length === 0 ? 0 : records[records.length - 1]!.offset + 1)
  }
  for (const [p, n] of Object.entries(b.hw ?? {})) hw.set(Number(p), n)
  return { events: b.events, final, groupSamples: b.groupSamples ?? [], committed: b.committed ?? [], highWatermarks: hw }
}
function kinds (b: Build): string[] {
  return checkQueue(input(b)).violations.map((v) => v.kind).sort()
}

// A clean run: one producer, two partitions, a group consumer reading both, the final read.
const cleanEvents: HistoryEvent[] = [
  ...ok('p1', 'p1:0', 0, 0, 10), ...ok('p1', 'p1:1', 1, 0, 20), ...ok('p1', 'p1:2', 0, 1, 30), ...ok('p1', 'p1:3', 1, 1, 40),
  assign('c1', 5, [0, 1]),
  poll('c1', 50, [[0, 0, 'p1:0'], [0, 1, 'p1:2']]),
  poll('c1', 60, [[1, 0, 'p1:1']]),
  poll('c1', 70, [[1, 1, 'p1:3']])
]
const cleanFinal = { 0: ['p1:0', 'p1:2'], 1: ['p1:1', 'p1:3'] }

test('a clean history has no violations, and its counts', () => {
  const result = checkQueue(input({ events: cleanEvents, final: cleanFinal }))
  assert.deepEqual(result.violations, [])
  assert.deepEqual(result.stats, { acknowledged: 4, indeterminate: 0, failed: 0, lost: 0, unseen: 0, duplicated: 0, reordered: 0, polled: 4, finalRead: 4 })
})

test('the input order of events does not matter (sorted by t inside)', () => {
  assert.deepEqual(kinds({ events: [...cleanEvents].reverse(), final: cleanFinal }), [])
})

test('an info send found later in the final read, and one never found: both valid', () => {
  const events = [...failed('p1', 'p1:0', 0, 10, 'info'), ...failed('p1', 'p1:1', 0, 20, 'info'), ...ok('p1', 'p1:2', 0, 1, 30)]
  const result = checkQueue(input({ events, final: { 0: ['p1:0', 'p1:2'] } }))
  assert.deepEqual(result.violations, [])
  assert.equal(result.stats.indeterminate, 2)
  assert.equal(result.stats.acknowledged, 1)
})

test('a send whose outcome was never written counts as indeterminate, not lost', () => {
  const events: HistoryEvent[] = [{ t: 1, process: 'p1', type: 'invoke', f: 'send', key: '0', value: 'p1:0' }]
  const result = checkQueue(input({ events, final: { 0: [] } }))
  assert.deepEqual(result.violations, [])
  assert.equal(result.stats.indeterminate, 1)
})

test('a consumer that polled nothing (empty polls are not written), and an empty poll line: valid', () => {
  const events = [...ok('p1', 'p1:0', 0, 0, 10), assign('c1', 5, [0]), poll('c1', 20, []), poll('c2', 30, [[0, 0, 'p1:0']])]
  assert.deepEqual(kinds({ events, final: { 0: ['p1:0'] } }), [])
})

test('lost-write: an ok send absent from the final read (also unseen when nobody read it)', () => {
  const events = [...ok('p1', 'p1:0', 0, 0, 10), ...ok('p1', 'p1:1', 0, 1, 20)]
  const result = checkQueue(input({ events, final: { 0: ['p1:0'] } }))
  assert.deepEqual(result.violations.map((v) => [v.kind, v.value]), [['lost-write', 'p1:1'], ['unseen', 'p1:1']])
  assert.equal(result.stats.lost, 1)
  assert.equal(result.stats.unseen, 1)
})

test('lost-write: read by a consumer during the run, then gone from the final read (lost, not unseen)', () => {
  const events = [...ok('p1', 'p1:0', 0, 0, 10), ...ok('p1', 'p1:1', 0, 1, 20), poll('c1', 30, [[0, 0, 'p1:0'], [0, 1, 'p1:1']])]
  const result = checkQueue(input({ events, final: { 0: ['p1:0'] }, hw: { 0: 1 } }))
  assert.deepEqual(result.violations.map((v) => v.kind), ['lost-write'])
  assert.equal(result.stats.unseen, 0)
})

test('lost-write: an indeterminate send a consumer read (so committed), gone from the final read', () => {
  const events = [...failed('p1', 'p1:0', 0, 10, 'info'), ...ok('p1', 'p1:1', 0, 1, 20), poll('c1', 30, [[0, 0, 'p1:0'], [0, 1, 'p1:1']])]
  const result = checkQueue(input({ events, final: { 0: [[1, 'p1:1']] } }))
  assert.deepEqual(result.violations.map((v) => [v.kind, v.value]), [['lost-write', 'p1:0']])
  assert.equal(result.stats.lost, 1)
})

test('without a final read of the partition, Jepsen\'s rule: lost only if a later offset was read', () => {
  const events = [...ok('p1', 'p1:0', 0, 0, 10), ...ok('p1', 'p1:1', 0, 1, 20), ...ok('p1', 'p1:2', 0, 2, 25)]
  // Offset 1 never read, offset 2 read: lost. Nothing read past offset 2: unseen only.
  assert.deepEqual(kinds({ events: [...events, poll('c1', 30, [[0, 0, 'p1:0']]), poll('c2', 31, [[0, 2, 'p1:2']])] }), ['lost-write', 'unseen'])
  assert.deepEqual(kinds({ events: [...events, poll('c1', 30, [[0, 0, 'p1:0']])] }), ['unseen', 'unseen'])
})

test('duplicate: one value at two offsets', () => {
  const events = ok('p1', 'p1:0', 0, 0, 10)
  const result = checkQueue(input({ events, final: { 0: ['p1:0', 'p1:0'] } }))
  assert.deepEqual(result.violations.map((v) => [v.kind, v.value, v.positions]), [['duplicate', 'p1:0', [[0, 0], [0, 1]]]])
  assert.equal(result.stats.duplicated, 1)
})

test('inconsistent-offsets: the send says offset 0 holds one value, the final read another', () => {
  const events = [...ok('p1', 'p1:0', 0, 0, 10), ...failed('p2', 'p2:0', 0, 11, 'info')]
  // p1:0 is also lost: it is not where its acknowledgement said, nor anywhere in the final read.
  assert.deepEqual(kinds({ events, final: { 0: ['p2:0'] } }), ['inconsistent-offsets', 'lost-write', 'unseen'])
})

test('inconsistent-offsets: two readers disagree on an offset', () => {
  const events = [...failed('p1', 'p1:0', 0, 10, 'info'), ...failed('p1', 'p1:1', 0, 11, 'info'), poll('c1', 20, [[0, 0, 'p1:0']]), poll('c2', 20, [[0, 0, 'p1:1']])]
  assert.deepEqual(kinds({ events }), ['inconsistent-offsets'])
})

test('nonmonotonic-send: a later-invoked send of one process lands below an earlier one', () => {
  const events = [...ok('p1', 'p1:0', 0, 5, 10), ...ok('p1', 'p1:1', 0, 4, 20)]
  const result = checkQueue(input({ events, final: { 0: [[4, 'p1:1'], [5, 'p1:0']] } }))
  assert.deepEqual(result.violations.map((v) => [v.kind, v.value]), [['nonmonotonic-send', 'p1:1']])
  assert.equal(result.stats.reordered, 1)
})

test('pipelined idempotent sends completing out of order, in invoke order by offset: valid', () => {
  // Invoked a then b, both in flight; b's ack comes first. Offsets follow invoke order.
  const events = [...ok('p1', 'p1:0', 0, 0, 10, 40), ...ok('p1', 'p1:1', 0, 1, 11, 30)]
  assert.deepEqual(kinds({ events, final: { 0: ['p1:0', 'p1:1'] } }), [])
  // Two processes interleaving on one partition is no reordering either.
  const two = [...ok('p1', 'p1:0', 0, 1, 10), ...ok('p2', 'p2:0', 0, 0, 20)]
  assert.deepEqual(kinds({ events: two, final: { 0: ['p2:0', 'p1:0'] } }), [])
})

test('poll-skip: a consumer jumps over an offset known to hold a value', () => {
  const events = [...ok('p1', 'p1:0', 0, 0, 1), ...ok('p1', 'p1:1', 0, 1, 2), ...ok('p1', 'p1:2', 0, 2, 3), assign('c1', 4, [0]), poll('c1', 10, [[0, 0, 'p1:0']]), poll('c1', 20, [[0, 2, 'p1:2']])]
  const violations = checkQueue(input({ events, final: { 0: ['p1:0', 'p1:1', 'p1:2'] } })).violations
  assert.deepEqual(violations.map((v) => [v.kind, v.partition, v.value]), [['poll-skip', 0, 'p1:2']])
})

test('poll-skip inside one poll', () => {
  const events = [...ok('p1', 'p1:0', 0, 0, 1), ...ok('p1', 'p1:1', 0, 1, 2), ...ok('p1', 'p1:2', 0, 2, 3), poll('c1', 10, [[0, 0, 'p1:0'], [0, 2, 'p1:2']])]
  assert.deepEqual(kinds({ events, final: { 0: ['p1:0', 'p1:1', 'p1:2'] } }), ['poll-skip'])
})

test('offsets the log never had (gaps in the final read) are no skip', () => {
  const events = [...ok('p1', 'p1:0', 0, 0, 1), ...ok('p1', 'p1:1', 0, 3, 2), poll('c1', 10, [[0, 0, 'p1:0']]), poll('c1', 20, [[0, 3, 'p1:1']])]
  assert.deepEqual(kinds({ events, final: { 0: [[0, 'p1:0'], [3, 'p1:1']] } }), [])
})

test('nonmonotonic-poll: a consumer reads an offset again without an assign, revoke or seek', () => {
  const events = [...ok('p1', 'p1:0', 0, 0, 1), ...ok('p1', 'p1:1', 0, 1, 2), assign('c1', 3, [0]), poll('c1', 10, [[0, 0, 'p1:0'], [0, 1, 'p1:1']]), poll('c1', 20, [[0, 1, 'p1:1']])]
  const violations = checkQueue(input({ events, final: { 0: ['p1:0', 'p1:1'] } })).violations
  assert.deepEqual(violations.map((v) => [v.kind, v.value]), [['nonmonotonic-poll', 'p1:1']])
})

test('a rebalance under subscribe resets what is expected: re-reading from the committed offset, and a new owner starting mid-log', () => {
  const sends = [0, 1, 2, 3, 4].flatMap((i) => ok('p1', `p1:${i}`, 0, i, i + 1))
  const events = [
    ...sends,
    assign('c1', 10, [0]),
    poll('c1', 11, [[0, 0, 'p1:0'], [0, 1, 'p1:1'], [0, 2, 'p1:2']]),
    revoke('c1', 12, [0]),
    assign('c1', 13, [0]),
    poll('c1', 14, [[0, 1, 'p1:1'], [0, 2, 'p1:2']]), // back to the last commit (1): allowed after a rebalance
    revoke('c1', 15, [0]),
    assign('c1', 16, []),
    assign('c2', 16, [0]),
    poll('c2', 17, [[0, 3, 'p1:3'], [0, 4, 'p1:4']])
  ]
  assert.deepEqual(kinds({ events, final: { 0: ['p1:0', 'p1:1', 'p1:2', 'p1:3', 'p1:4'] } }), [])
})

test('an assign alone (no revoke line) also resets, and so does a seek back', () => {
  const sends = [0, 1, 2].flatMap((i) => ok('p1', `p1:${i}`, 0, i, i + 1))
  const events = [
    ...sends,
    assign('c1', 10, [0], 'assign'),
    poll('c1', 11, [[0, 0, 'p1:0'], [0, 1, 'p1:1']]),
    seek('c1', 12, 0, 0),
    poll('c1', 13, [[0, 0, 'p1:0'], [0, 1, 'p1:1'], [0, 2, 'p1:2']]),
    assign('c1', 14, [0], 'assign'),
    poll('c1', 15, [[0, 1, 'p1:1']])
  ]
  assert.deepEqual(kinds({ events, final: { 0: ['p1:0', 'p1:1', 'p1:2'] } }), [])
})

test('after a seek the first read must be the seek target (the first known offset from it)', () => {
  const sends = [0, 1, 2, 3].flatMap((i) => ok('p1', `p1:${i}`, 0, i, i + 1))
  const final = { 0: ['p1:0', 'p1:1', 'p1:2', 'p1:3'] }
  assert.deepEqual(kinds({ events: [...sends, seek('c1', 10, 0, 1), poll('c1', 11, [[0, 3, 'p1:3']])], final }), ['poll-skip'])
  assert.deepEqual(kinds({ events: [...sends, seek('c1', 10, 0, 2), poll('c1', 11, [[0, 1, 'p1:1']])], final }), ['nonmonotonic-poll'])
  assert.deepEqual(kinds({ events: [...sends, seek('c1', 10, 0, 2), poll('c1', 11, [[0, 2, 'p1:2']])], final }), [])
})

test('G1a: a read of a value whose send definitely failed', () => {
  const events = [...failed('p1', 'p1:0', 0, 1, 'fail'), poll('c1', 10, [[0, 0, 'p1:0']])]
  const result = checkQueue(input({ events, final: { 0: ['p1:0'] } }))
  assert.deepEqual(result.violations.map((v) => [v.kind, v.value]), [['G1a', 'p1:0']])
  assert.equal(result.stats.failed, 1)
})

test('commit-backwards: the committed offset of a partition goes below an earlier sample', () => {
  const committed: CommittedSample[] = [{ t: 1, group: 'g', partition: 0, offset: 5 }, { t: 3, group: 'g', partition: 0, offset: 3 }, { t: 2, group: 'g', partition: 0, offset: 5 }]
  assert.deepEqual(kinds({ events: [], committed, hw: { 0: 10 } }), ['commit-backwards'])
})

test('committed offsets: steady or rising, sentinels, other groups and lagging other nodes are fine', () => {
  const committed: CommittedSample[] = [
    { t: 1, group: 'g', partition: 0, offset: -1 },
    { t: 2, group: 'g', partition: 0, offset: 5 },
    { t: 3, group: 'g', partition: 0, offset: null },
    { t: 4, group: 'h', partition: 0, offset: 2 },
    { t: 5, group: 'g', partition: 0, offset: 5 },
    { t: 6, group: 'g', partition: 1, offset: 1 },
    { t: 7, group: 'g', partition: 0, offset: 8, node: 1 },
    { t: 8, group: 'g', partition: 0, offset: 6, node: 2 }
  ]
  assert.deepEqual(kinds({ events: [], committed, hw: { 0: 10, 1: 10 } }), [])
})

test('a commit going back after a seek of the partition is no commit-backwards; without the seek it is', () => {
  const committed: CommittedSample[] = [{ t: 1, group: 'g', partition: 0, offset: 3 }, { t: 5, group: 'g', partition: 0, offset: 8 }, { t: 9, group: 'g', partition: 0, offset: 2 }, { t: 12, group: 'g', partition: 0, offset: 4 }]
  assert.deepEqual(kinds({ events: [seek('c1', 7, 0, 1)], committed, hw: { 0: 10 } }), [])
  assert.deepEqual(kinds({ events: [seek('c1', 7, 1, 1)], committed, hw: { 0: 10 } }), ['commit-backwards', 'commit-backwards'])
  // A seek before the higher offset was committed does not excuse it.
  assert.deepEqual(kinds({ events: [seek('c1', 0, 0, 1)], committed, hw: { 0: 10 } }), ['commit-backwards', 'commit-backwards'])
})

test('commit-past-hw: a committed offset above the high watermark after heal (samples and client commits)', () => {
  const committed: CommittedSample[] = [{ t: 1, group: 'g', partition: 0, offset: 10 }, { t: 2, group: 'g', partition: 0, offset: 12 }]
  assert.deepEqual(kinds({ events: [], committed, hw: { 0: 10 } }), ['commit-past-hw'])
  const commit: HistoryEvent = { t: 1, process: 'c1', type: 'ok', f: 'commit', offsets: [{ partition: 1, offset: 4 }] }
  const notDone: HistoryEvent = { t: 1, process: 'c1', type: 'fail', f: 'commit', offsets: [{ partition: 1, offset: 9 }], error: 'REBALANCE_IN_PROGRESS' }
  assert.deepEqual(kinds({ events: [commit, notDone], hw: { 1: 3 } }), ['commit-past-hw'])
  assert.deepEqual(kinds({ events: [commit, notDone], hw: { 1: 4 } }), [])
})

function sample (t: number, generation: number, state: string, members: Record<string, number[]>): GroupSample {
  return { t, groupId: 'g', state, generation, members: Object.entries(members).map(([memberId, partitions]) => ({ memberId, assignment: [{ topic: 'chaos', partitions }] })) }
}

test('two-owners: a Stable generation gives one partition to two members (in one sample)', () => {
  const violations = checkQueue(input({ events: [], groupSamples: [sample(1, 3, 'Stable', { a: [0, 1], b: [1, 2] })] })).violations
  assert.deepEqual(violations.map((v) => [v.kind, v.partition]), [['two-owners', 1]])
})

test('two-owners: across two samples of one Stable generation', () => {
  assert.deepEqual(kinds({ events: [], groupSamples: [sample(1, 3, 'Stable', { a: [0, 1], b: [2, 3] }), sample(2, 3, 'Stable', { a: [0], b: [1, 2, 3] })] }), ['two-owners'])
})

test('owners moving between generations, and lingering assignments while a rebalance completes: valid', () => {
  const groupSamples = [
    sample(1, 3, 'Stable', { a: [0, 1], b: [2, 3] }),
    sample(2, 3, 'PreparingRebalance', { a: [0, 1], b: [2, 3], c: [] }),
    sample(3, 4, 'CompletingRebalance', { a: [0, 1], b: [2, 3], c: [0] }),
    sample(4, 4, 'Stable', { a: [0], b: [2], c: [1, 3] })
  ]
  assert.deepEqual(kinds({ events: [], groupSamples }), [])
})
