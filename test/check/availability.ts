// The availability cost of each fault kind (issue 14's "Done when"): the longest window in which
// acks=all produce did not succeed, next to the faults it overlapped. Pure.
//
// Measured per partition, since a fault takes down the partitions a node leads, not the topic: the
// gaps between consecutive ok send completions of the partition (by completion time), plus the gap
// from its first send invoke to its first ok and from its last ok to its last send line (sends that
// never succeeded at the end). Between two oks the second one's send was invoked or in flight all
// along, so every gap is time in which the producers were trying. A gap is charged to every fault
// kind whose window [start, end] it overlaps: the gap itself runs on to the next ok, which is the
// recovery after the fault's end. The result is the longest such gap over partitions, in seconds.
import type { HistoryEvent, NemesisEvent } from './history-types.ts'

/** The key of the longest gap of all, fault or not. */
export const OVERALL = 'overall'

export interface FaultWindow {
  readonly kind: string
  readonly start: number
  /** Infinity when the fault never ended in the log */
  readonly end: number
}

export interface AvailabilityOptions {
  /** The topic's partition count, for the sends that never got one (partition = Number(key) % partitions). Default: the highest ok partition + 1. */
  readonly partitions?: number
}

/**
 * fault kind -> the longest window in seconds in which no send to some partition succeeded, among
 * windows overlapping a fault of that kind (0 when none did); and OVERALL -> the longest of all.
 */
export function unavailability (events: readonly HistoryEvent[], nemesis: readonly NemesisEvent[], options: AvailabilityOptions = {}): Map<string, number> {
  const windows = faultWindows(nemesis)
  const result = new Map<string, number>()
  for (const w of windows) result.set(w.kind, 0)
  let overall = 0
  for (const [a, b] of sendGaps(events, options)) {
    const seconds = (b - a) / 1000
    overall = Math.max(overall, seconds)
    for (const w of windows) {
      if (a < w.end && b > w.start) result.set(w.kind, Math.max(result.get(w.kind)!, seconds))
    }
  }
  result.set(OVERALL, overall)
  return result
}

/**
 * Start and end lines paired into windows: an end closes the oldest open start of its kind with the
 * same targets (else the oldest of its kind). A start never ended stays open (end Infinity).
 */
export function faultWindows (nemesis: readonly NemesisEvent[]): FaultWindow[] {
  const open: Array<{ kind: string, targets: string, start: number }> = []
  const windows: FaultWindow[] = []
  for (const e of [...nemesis].sort((a, b) => a.t - b.t)) {
    const targets = JSON.stringify([...e.targets].sort((a, b) => a - b))
    if (e.phase === 'start') {
      open.push({ kind: e.kind, targets, start: e.t })
      continue
    }
    let i = open.findIndex((o) => o.kind === e.kind && o.targets === targets)
    if (i < 0) i = open.findIndex((o) => o.kind === e.kind)
    if (i < 0) continue // an end without a start: nothing to measure
    windows.push({ kind: e.kind, start: open[i]!.start, end: e.t })
    open.splice(i, 1)
  }
  for (const o of open) windows.push({ kind: o.kind, start: o.start, end: Infinity })
  return windows
}

/** Every partition's windows [from, to] (ms) without an ok send completion while sends were made. */
function sendGaps (events: readonly HistoryEvent[], options: AvailabilityOptions): Array<[number, number]> {
  const okPartition = new Map<string, number>()
  let highestPartition = -1
  for (const e of events) {
    if (e.f === 'send' && e.type === 'ok' && e.partition !== undefined) {
      okPartition.set(e.value, e.partition)
      highestPartition = Math.max(highestPartition, e.partition)
    }
  }
  const partitions = options.partitions ?? highestPartition + 1
  const perPartition = new Map<number, { oks: number[], first: number, last: number }>()
  for (const e of events) {
    if (e.f !== 'send') continue
    const partition = okPartition.get(e.value) ?? keyPartition(e.key, partitions)
    if (partition === null) continue
    let p = perPartition.get(partition)
    if (p === undefined) perPartition.set(partition, p = { oks: [], first: e.t, last: e.t })
    p.first = Math.min(p.first, e.t)
    p.last = Math.max(p.last, e.t)
    if (e.type === 'ok') p.oks.push(e.t)
  }
  const gaps: Array<[number, number]> = []
  for (const { oks, first, last } of perPartition.values()) {
    oks.sort((a, b) => a - b)
    let from = first
    for (const t of oks) {
      gaps.push([from, t])
      from = t
    }
    if (last > from) gaps.push([from, last])
  }
  return gaps
}

/** The producers send key k to partition Number(k) % partitions (BRIEF-14.md). */
function keyPartition (key: string, partitions: number): number | null {
  const k = Number(key)
  return partitions > 0 && key !== '' && Number.isInteger(k) && k >= 0 ? k % partitions : null
}
