// Unavailability per fault kind on hand-made send histories and nemesis logs.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { OVERALL, faultWindows, unavailability } from './availability.ts'
import type { HistoryEvent, NemesisEvent } from './history-types.ts'

let counter = 0
/** A send to `partition` invoked at t and completing (`type`) at doneAt. */
function send (partition: number, t: number, doneAt: number, type: 'ok' | 'fail' | 'info' = 'ok'): HistoryEvent[] {
  const value = `p:${counter++}`
  const key = String(partition)
  return [
    { t, process: 'p', type: 'invoke', f: 'send', key, value },
    type === 'ok'
      ? { t: doneAt, process: 'p', type, f: 'send', key, value, partition, offset: counter }
      : { t: doneAt, process: 'p', type, f: 'send', key, value, error: 'REQUEST_TIMED_OUT' }
  ]
}
/** Sends to `partition` every `every` ms over [from, to), each acknowledged 10 ms later. */
function steady (partition: number, from: number, to: number, every = 100): HistoryEvent[] {
  const out: HistoryEvent[] = []
  for (let t = from; t < to; t += every) out.push(...send(partition, t, t + 10))
  return out
}
const fault = (kind: string, start: number, end: number | null, targets = [1]): NemesisEvent[] => [
  { t: start, kind, phase: 'start', targets },
  ...(end === null ? [] : [{ t: end, kind, phase: 'end' as const, targets }])
]
const asObject = (m: Map<string, number>): Record<string, number> => Object.fromEntries([...m].map(([k, v]) => [k, Math.round(v * 1000) / 1000]))

test('no faults: only the overall longest gap (first invoke to first ok, then between oks)', () => {
  const events = [...steady(0, 0, 1000), ...steady(1, 0, 1000, 250)]
  assert.deepEqual(asObject(unavailability(events, [])), { [OVERALL]: 0.25 })
})

test('a gap across a fault is charged to its kind, up to the next ok after the fault ends', () => {
  // Partition 0 acks until 910, then nothing until the send invoked at 4000 completes at 4500.
  const events = [...steady(0, 0, 1000), ...send(0, 1000, 4500), ...steady(0, 4600, 5000), ...steady(1, 0, 5000)]
  const result = unavailability(events, fault('kill-leader', 1000, 3000))
  assert.deepEqual(asObject(result), { 'kill-leader': 3.59, [OVERALL]: 3.59 })
})

test('a gap outside every fault counts only overall; a fault with no gap across it costs the normal gap', () => {
  const events = [...steady(0, 0, 2000), ...steady(0, 5000, 12_000)]
  const result = unavailability(events, fault('pause', 10_000, 11_000))
  assert.deepEqual(asObject(result), { pause: 0.1, [OVERALL]: 3.1 })
})

test('per kind, the longest over partitions and over faults of the kind', () => {
  const events = [
    ...steady(0, 0, 1000), ...steady(0, 3000, 10_000), // partition 0: 2.1 s across the first kill
    ...steady(1, 0, 6000), ...steady(1, 7000, 10_000), // partition 1: 1.1 s across the partition fault
    ...steady(2, 0, 8000), ...steady(2, 9000, 10_000) // partition 2: 1.1 s across the second kill
  ]
  const nemesis = [...fault('kill-random', 900, 1500, [2]), ...fault('partition', 5500, 6500, [1, 3]), ...fault('kill-random', 8500, 8800, [3])]
  assert.deepEqual(asObject(unavailability(events, nemesis)), { 'kill-random': 2.1, partition: 1.1, [OVERALL]: 2.1 })
})

test('sends that never succeed after the last ok count to the last send line, also under a fault never ended', () => {
  const events = [...steady(0, 0, 1000), ...send(0, 1500, 6000, 'info'), ...steady(1, 0, 6000)]
  assert.deepEqual(asObject(unavailability(events, fault('restart-all', 1200, null))), { 'restart-all': 5.09, [OVERALL]: 5.09 })
})

test('a partition that never acknowledged anything: its sends placed by key modulo the partition count', () => {
  const events = [...steady(0, 0, 3000), ...send(3, 100, 1100, 'fail'), ...send(7, 2000, 2900, 'info')]
  assert.deepEqual(asObject(unavailability(events, fault('pause', 500, 800), { partitions: 4 })), { pause: 2.8, [OVERALL]: 2.8 })
  // Without the partition count, only the ok partitions are known: 7 % 1 and 3 % 1 fall on partition 0,
  // whose oks keep coming.
  assert.deepEqual(asObject(unavailability(events, fault('pause', 500, 800))), { pause: 0.1, [OVERALL]: 0.1 })
})

test('faultWindows pairs each end with the open start of its kind and targets', () => {
  const nemesis: NemesisEvent[] = [
    { t: 0, kind: 'kill-random', phase: 'start', targets: [1] },
    { t: 5, kind: 'kill-random', phase: 'start', targets: [2] },
    { t: 10, kind: 'kill-random', phase: 'end', targets: [2] },
    { t: 20, kind: 'kill-random', phase: 'end', targets: [1] },
    { t: 25, kind: 'pause', phase: 'end', targets: [3] }, // no start: dropped
    { t: 30, kind: 'partition', phase: 'start', targets: [3, 1] },
    { t: 40, kind: 'partition', phase: 'end', targets: [1, 3] },
    { t: 50, kind: 'slow-disk', phase: 'start', targets: [2] }
  ]
  assert.deepEqual(faultWindows(nemesis), [
    { kind: 'kill-random', start: 5, end: 10 },
    { kind: 'kill-random', start: 0, end: 20 },
    { kind: 'partition', start: 30, end: 40 },
    { kind: 'slow-disk', start: 50, end: Infinity }
  ])
})
