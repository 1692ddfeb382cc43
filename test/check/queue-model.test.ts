// The queue checker against histories generated from a correct model of the cluster and its clients:
// idempotent producers with several sends in flight (appended in invoke order, acknowledged in any
// order, some indeterminate or failed), group consumers that rebalance, resume from the committed
// offset and sometimes seek back, and the final read. Every seed must pass (no false alarms on what
// Kafka allows); then single planted faults in one history must be flagged by their kind.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Prng } from '../sim/prng.ts'
import { checkQueue, type CommittedSample, type GroupSample, type QueueCheckInput } from './queue-checker.ts'
import type { HistoryEvent } from './history-types.ts'

const PARTITIONS = 3
const PRODUCERS = ['p1', 'p2']
const CONSUMERS = ['c1', 'c2']
const STEPS = 600

interface InFlight { value: string, partition: number, decided: 'ok' | 'fail' | 'info' | null, offset: number }

function generate (seed: number): QueueCheckInput {
  const rng = new Prng(seed)
  const events: HistoryEvent[] = []
  const logs: string[][] = Array.from({ length: PARTITIONS }, () => [])
  const inFlight = new Map<string, InFlight[]>(PRODUCERS.map((p) => [p, []]))
  const sent = new Map<string, number>(PRODUCERS.map((p) => [p, 0]))
  const committed = new Array<number>(PARTITIONS).fill(0)
  const committedSamples: CommittedSample[] = []
  const groupSamples: GroupSample[] = []
  const owner = new Array<string | null>(PARTITIONS).fill(null)
  const position = new Map<string, number>() // `${consumer}/${partition}` -> next offset to read
  let generation = 0
  let t = 0

  const rebalance = (): void => {
    for (const c of CONSUMERS) {
      const mine = [...owner.keys()].filter((p) => owner[p] === c)
      if (mine.length > 0) events.push({ t, process: c, type: 'ok', f: 'revoke', partitions: mine })
    }
    for (let p = 0; p < PARTITIONS; p++) owner[p] = rng.pick(CONSUMERS)
    generation++
    for (const c of CONSUMERS) {
      const mine = [...owner.keys()].filter((p) => owner[p] === c)
      events.push({ t, process: c, type: 'ok', f: 'assign', partitions: mine, mode: 'subscribe' })
      for (const p of mine) position.set(`${c}/${p}`, committed[p]!)
    }
    groupSamples.push({ t, groupId: 'g', state: 'Stable', generation, members: CONSUMERS.map((c) => ({ memberId: c, assignment: [{ topic: 'chaos', partitions: [...owner.keys()].filter((p) => owner[p] === c) }] })) })
  }
  rebalance()

  for (let step = 0; step < STEPS; step++) {
    t += rng.int(0, 3) // ties in t happen, and must keep file order
    const producer = rng.pick(PRODUCERS)
    const queue = inFlight.get(producer)!
    const action = rng.int(0, 9)
    if (action <= 2) {
      const n = sent.get(producer)!
      sent.set(producer, n + 1)
      const partition = rng.int(0, PARTITIONS - 1)
      const value = `${producer}:${n}`
      queue.push({ value, partition, decided: null, offset: -1 })
      events.push({ t, process: producer, type: 'invoke', f: 'send', key: String(partition), value })
    } else if (action <= 4) {
      // The broker handles the oldest undecided send: idempotence appends in invoke order.
      const next = queue.find((s) => s.decided === null)
      if (next === undefined) continue
      const roll = rng.int(0, 19)
      next.decided = roll === 0 ? 'fail' : roll <= 2 ? 'info' : 'ok'
      if (next.decided === 'fail' || (next.decided === 'info' && rng.chance(0.5))) continue // not appended
      next.offset = logs[next.partition]!.push(next.value) - 1
    } else if (action <= 6) {
      // Acknowledgements come back in any order among the decided ones.
      const decided = queue.filter((s) => s.decided !== null)
      if (decided.length === 0) continue
      const s = rng.pick(decided)
      queue.splice(queue.indexOf(s), 1)
      const key = String(s.partition)
      if (s.decided === 'ok') events.push({ t, process: producer, type: 'ok', f: 'send', key, value: s.value, partition: s.partition, offset: s.offset })
      else events.push({ t, process: producer, type: s.decided!, f: 'send', key, value: s.value, error: 'REQUEST_TIMED_OUT' })
    } else if (action <= 8) {
      const c = rng.pick(CONSUMERS)
      const mine = [...owner.keys()].filter((p) => owner[p] === c)
      if (mine.length === 0) continue
      const p = rng.pick(mine)
      const from = position.get(`${c}/${p}`)!
      const to = Math.min(logs[p]!.length, from + rng.int(1, 4))
      if (from >= to) continue
      events.push({ t, process: c, type: 'ok', f: 'poll', records: logs[p]!.slice(from, to).map((value, i) => ({ partition: p, offset: from + i, key: String(p), value })) })
      position.set(`${c}/${p}`, to)
      if (rng.chance(0.5)) {
        events.push({ t, process: c, type: 'invoke', f: 'commit', offsets: [{ partition: p, offset: to }] })
        events.push({ t, process: c, type: 'ok', f: 'commit', offsets: [{ partition: p, offset: to }] })
        committed[p] = to
        committedSamples.push({ t, group: 'g', partition: p, offset: to, node: 1 })
      } else if (rng.chance(0.2)) {
        const back = rng.int(0, from)
        events.push({ t, process: c, type: 'ok', f: 'seek', partition: p, offset: back })
        position.set(`${c}/${p}`, back)
      }
    } else if (rng.chance(0.3)) rebalance()
  }
  // The end: every outstanding send is written as info (the clients' flush), then the final read.
  t++
  for (const [producer, queue] of inFlight) for (const s of queue) events.push({ t, process: producer, type: 'info', f: 'send', key: String(s.partition), value: s.value, error: 'flush timed out' })
  const final = new Map(logs.map((log, p) => [p, log.map((value, offset) => ({ offset, key: String(p), value }))]))
  return { events, final, groupSamples, committed: committedSamples, highWatermarks: new Map(logs.map((log, p) => [p, log.length])) }
}

test('histories of a correct model pass on every seed', () => {
  const seen = { seek: 0, rebalance: 0, info: 0, fail: 0, acksOutOfOrder: 0, commitsBack: 0 }
  for (let seed = 1; seed <= 40; seed++) {
    const input = generate(seed)
    const { violations, stats } = checkQueue(input)
    assert.deepEqual(violations, [], `seed ${seed}`)
    assert.ok(stats.acknowledged > 50 && stats.polled > 50, `seed ${seed}: a history worth checking (${JSON.stringify(stats)})`)
    const lastAcked = new Map<string, number>()
    for (const e of input.events) {
      if (e.f === 'seek') seen.seek++
      if (e.f === 'revoke') seen.rebalance++
      if (e.f === 'send' && (e.type === 'info' || e.type === 'fail')) seen[e.type]++
      if (e.f === 'send' && e.type === 'ok') {
        const stream = `${e.process}/${e.partition}`
        if (e.offset < (lastAcked.get(stream) ?? -1)) seen.acksOutOfOrder++
        lastAcked.set(stream, Math.max(e.offset, lastAcked.get(stream) ?? -1))
      }
    }
    input.committed.forEach((c, i) => { if (i > 0 && c.partition === input.committed[i - 1]!.partition && c.offset! < input.committed[i - 1]!.offset!) seen.commitsBack++ })
  }
  // The model exercises what the checker must allow.
  for (const [what, n] of Object.entries(seen)) assert.ok(n > 10, `${what}: ${n}`)
})

/** The first ok send of the history, for planting faults around it. */
function firstOk (input: QueueCheckInput): Extract<HistoryEvent, { f: 'send', type: 'ok' }> {
  const e = input.events.find((e) => e.f === 'send' && e.type === 'ok')
  if (e === undefined || e.f !== 'send' || e.type !== 'ok') throw new Error('no ok send')
  return e
}
function kinds (input: QueueCheckInput): string[] {
  return [...new Set(checkQueue(input).violations.map((v) => v.kind))].sort()
}

test('planted: an acknowledged record dropped from the final read is a lost write', () => {
  const input = generate(7)
  const lost = firstOk(input)
  const final = new Map(input.final)
  final.set(lost.partition, final.get(lost.partition)!.filter((r) => r.value !== lost.value))
  assert.ok(kinds({ ...input, final }).includes('lost-write'))
  assert.deepEqual(checkQueue({ ...input, final }).violations.filter((v) => v.kind === 'lost-write').map((v) => v.value), [lost.value])
})

test('planted: a value written twice in the final read is a duplicate', () => {
  const input = generate(8)
  const dup = firstOk(input)
  const final = new Map(input.final)
  const records = final.get(dup.partition)!
  final.set(dup.partition, [...records, { offset: records.length, key: dup.key, value: dup.value }])
  assert.deepEqual(kinds({ ...input, final, highWatermarks: new Map([...input.highWatermarks, [dup.partition, records.length + 1]]) }), ['duplicate'])
})

test('planted: an acknowledgement naming the wrong offset is an inconsistent offset', () => {
  const input = generate(9)
  const target = firstOk(input)
  const events = input.events.map((e) => e === target ? { ...target, offset: target.offset + 1 } : e)
  assert.ok(kinds({ ...input, events }).includes('inconsistent-offsets'))
})

test('planted: a consumer that misses one record of a poll is a poll skip', () => {
  const input = generate(10)
  const i = input.events.findIndex((e) => e.f === 'poll' && e.records.length >= 3)
  const poll = input.events[i]!
  if (poll.f !== 'poll') throw new Error('not a poll')
  const events = [...input.events]
  events[i] = { ...poll, records: [poll.records[0]!, ...poll.records.slice(2)] }
  assert.deepEqual(kinds({ ...input, events }), ['poll-skip'])
})
