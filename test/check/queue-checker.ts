// The queue checker of the chaos harness: Jepsen's Kafka-queue checker (reliability.md §1.4) rebuilt
// over our history (test/check/history-types.ts), plus the group and commit checks of §6.2.3. Pure:
// the history, the final read and the coordinator samples in; violations and counts out.
//
// Differences from Jepsen, and why:
// - Every run ends with a final read of every partition up to the high watermark after heal
//   (§1.5), so a lost write is simply an ok send missing from its partition's final read. Jepsen's
//   rule (never polled although a later offset was) is used only for a partition without one.
// - Idempotent producers keep a partition's sends in invoke order even with requests in flight, so
//   nonmonotonic-send compares ok sends in invoke order, not in completion order.
// - Jepsen allows poll-skip and nonmonotonic-poll under subscribe altogether. We know where each
//   rebalance happened (assign/revoke lines), so between two of them a consumer must still read
//   consecutively; only the rebalance (or a seek) resets what is expected.
import type { HistoryEvent, PolledRecord } from './history-types.ts'

export interface Violation {
  readonly kind: string
  readonly detail: string
  readonly partition?: number
  readonly value?: string
  /** A duplicate's copies, as [partition, offset] (duplicate-origins.ts tells where they came from). */
  readonly positions?: ReadonlyArray<readonly [number, number]>
}

/** The coordinator's /v1/groups/:id (src/admin/group-view.ts describeGroup) at time t, from node `node`. */
export interface GroupSample {
  readonly t: number
  readonly node?: number
  readonly groupId: string
  readonly state: string
  readonly generation: number
  readonly members: ReadonlyArray<{
    readonly memberId: string
    readonly assignment: ReadonlyArray<{ readonly topic: string, readonly partitions: readonly number[] }>
  }>
}

/**
 * A committed offset (the next offset to read) seen at time t. Null or negative: none (or a client's
 * sentinel), skipped. With `node`, samples are compared per node (a lagging node's image may be older
 * than the coordinator's, and that is not a commit going back).
 */
export interface CommittedSample {
  readonly t: number
  readonly group: string
  readonly partition: number
  readonly offset: number | null
  readonly node?: number
}

export interface FinalRecord {
  readonly offset: number
  readonly key: string | null
  readonly value: string
}

export interface QueueCheckInput {
  /** Every client's lines, in any order (sorted here by t, ties kept in input order). */
  readonly events: readonly HistoryEvent[]
  /** partition -> the final read, in offset order. A partition absent here had no final read. */
  readonly final: ReadonlyMap<number, readonly FinalRecord[]>
  readonly groupSamples: readonly GroupSample[]
  readonly committed: readonly CommittedSample[]
  /** partition -> high watermark after heal */
  readonly highWatermarks: ReadonlyMap<number, number>
}

export interface QueueStats {
  /** ok sends */
  readonly acknowledged: number
  /** info sends, and sends whose outcome was never written */
  readonly indeterminate: number
  /** fail sends */
  readonly failed: number
  /** ok sends missing from the final read (lost-write) */
  readonly lost: number
  /** ok sends never read by anyone, the final read included (unseen) */
  readonly unseen: number
  /** values found at more than one position (duplicate) */
  readonly duplicated: number
  /** ok sends at an offset below one of their process's earlier-invoked sends (nonmonotonic-send) */
  readonly reordered: number
  /** distinct values read by client polls (the final reader's excluded) */
  readonly polled: number
  /** records in the final read */
  readonly finalRead: number
}

/** The final reader's process name: its polls are reads, but not counted as client polls. */
export const FINAL_PROCESS = 'final'

interface SendRecord {
  readonly value: string
  readonly key: string
  readonly process: string
  /** position in the time-sorted history of the invoke (or of the completion when no invoke was written) */
  readonly order: number
  outcome: 'ok' | 'fail' | 'info' | 'pending'
  partition: number | null
  offset: number | null
}

interface Read { readonly process: string, readonly record: PolledRecord }

export function checkQueue (input: QueueCheckInput): { violations: Violation[], stats: QueueStats } {
  const events = sortByTime(input.events)
  const sends = collectSends(events)
  const reads = collectReads(events, input.final)
  const versions = versionOrders(sends, reads)
  const lost = lostWrites(sends, reads, input.final)
  const unseen = unseenWrites(sends, reads)
  const duplicates = duplicateValues(versions)
  const reordered = nonmonotonicSends(sends)
  const violations: Violation[] = [
    ...inconsistentOffsets(versions),
    ...duplicates,
    ...lost,
    ...unseen,
    ...reordered,
    ...abortedReads(sends, reads),
    ...pollOrder(events, knownOffsets(versions)),
    ...commitsBackwards(events, input.committed),
    ...commitsPastHighWatermark(events, input.committed, input.highWatermarks),
    ...twoOwners(input.groupSamples)
  ]
  let acknowledged = 0
  let failed = 0
  let indeterminate = 0
  for (const s of sends.values()) {
    if (s.outcome === 'ok') acknowledged++
    else if (s.outcome === 'fail') failed++
    else indeterminate++
  }
  const polled = new Set(reads.filter((r) => r.process !== FINAL_PROCESS).map((r) => r.record.value)).size
  let finalRead = 0
  for (const records of input.final.values()) finalRead += records.length
  return {
    violations,
    stats: { acknowledged, indeterminate, failed, lost: lost.length, unseen: unseen.length, duplicated: duplicates.length, reordered: reordered.length, polled, finalRead }
  }
}

function sortByTime (events: readonly HistoryEvent[]): HistoryEvent[] {
  // Array.prototype.sort is stable: lines of one process with one t keep their file order.
  return [...events].sort((a, b) => a.t - b.t)
}

/** Each value's send: its invoke's place in the history, and its outcome (the last completion written). */
function collectSends (events: readonly HistoryEvent[]): Map<string, SendRecord> {
  const sends = new Map<string, SendRecord>()
  events.forEach((e, order) => {
    if (e.f !== 'send') return
    let s = sends.get(e.value)
    if (s === undefined) {
      s = { value: e.value, key: e.key, process: e.process, order, outcome: 'pending', partition: null, offset: null }
      sends.set(e.value, s)
    }
    if (e.type === 'invoke') return
    s.outcome = e.type
    if (e.type === 'ok') {
      s.partition = e.partition ?? null
      s.offset = e.offset ?? null
    }
  })
  return sends
}

function collectReads (events: readonly HistoryEvent[], final: QueueCheckInput['final']): Read[] {
  const reads: Read[] = []
  for (const e of events) {
    if (e.f === 'poll' && e.type === 'ok') for (const record of e.records) reads.push({ process: e.process, record })
  }
  for (const [partition, records] of final) {
    for (const r of records) reads.push({ process: FINAL_PROCESS, record: { partition, offset: r.offset, key: r.key, value: r.value } })
  }
  return reads
}

/** partition -> offset -> the values seen there (from ok sends, polls and the final read). */
type Versions = Map<number, Map<number, Set<string>>>

function versionOrders (sends: ReadonlyMap<string, SendRecord>, reads: readonly Read[]): Versions {
  const versions: Versions = new Map()
  const add = (partition: number, offset: number, value: string): void => {
    let offsets = versions.get(partition)
    if (offsets === undefined) versions.set(partition, offsets = new Map())
    let values = offsets.get(offset)
    if (values === undefined) offsets.set(offset, values = new Set())
    values.add(value)
  }
  for (const s of sends.values()) if (s.outcome === 'ok' && s.partition !== null && s.offset !== null) add(s.partition, s.offset, s.value)
  for (const r of reads) add(r.record.partition, r.record.offset, r.record.value)
  return versions
}

/** partition -> every offset known to hold a value, ascending (what a reader may not skip). */
function knownOffsets (versions: Versions): Map<number, number[]> {
  const known = new Map<number, number[]>()
  for (const [partition, offsets] of versions) known.set(partition, [...offsets.keys()].sort((a, b) => a - b))
  return known
}

function inconsistentOffsets (versions: Versions): Violation[] {
  const out: Violation[] = []
  for (const [partition, offsets] of versions) {
    for (const [offset, values] of offsets) {
      if (values.size > 1) out.push({ kind: 'inconsistent-offsets', partition, detail: `partition ${partition} offset ${offset} holds ${[...values].sort().join(', ')}` })
    }
  }
  return out
}

function duplicateValues (versions: Versions): Violation[] {
  const positions = new Map<string, Array<[number, number]>>()
  for (const [partition, offsets] of versions) {
    for (const [offset, values] of offsets) {
      for (const v of values) {
        const list = positions.get(v)
        if (list === undefined) positions.set(v, [[partition, offset]])
        else list.push([partition, offset])
      }
    }
  }
  const out: Violation[] = []
  for (const [value, list] of positions) {
    if (list.length > 1) out.push({ kind: 'duplicate', value, partition: list[0]![0], positions: list, detail: `${value} at partition:offset ${list.map(([p, o]) => `${p}:${o}`).join(', ')}` })
  }
  return out
}

/**
 * An ok send missing from its partition's final read; so is an indeterminate send that a client read
 * (consumers read only committed records, so the read proves it was committed: Jepsen's rule too).
 * Without a final read of the partition, Jepsen's rule: an ok send never read although a read
 * reached a higher offset of that partition.
 */
function lostWrites (sends: ReadonlyMap<string, SendRecord>, reads: readonly Read[], final: QueueCheckInput['final']): Violation[] {
  const finalValues = new Map<number, Set<string>>()
  for (const [partition, records] of final) finalValues.set(partition, new Set(records.map((r) => r.value)))
  const readValues = new Set(reads.map((r) => r.record.value))
  const highestRead = new Map<number, number>()
  for (const r of reads) highestRead.set(r.record.partition, Math.max(highestRead.get(r.record.partition) ?? -1, r.record.offset))
  const out: Violation[] = []
  for (const s of sends.values()) {
    if (s.outcome !== 'ok' || s.partition === null) continue
    const inFinal = finalValues.get(s.partition)
    const lost = inFinal !== undefined
      ? !inFinal.has(s.value)
      : !readValues.has(s.value) && s.offset !== null && (highestRead.get(s.partition) ?? -1) > s.offset
    if (lost) out.push({ kind: 'lost-write', value: s.value, partition: s.partition, detail: `${s.value} acknowledged at partition ${s.partition} offset ${s.offset ?? '?'} by ${s.process}, ${inFinal !== undefined ? 'absent from the final read' : 'never read though a later offset was'}` })
  }
  const flagged = new Set<string>()
  for (const r of reads) {
    const s = sends.get(r.record.value)
    const inFinal = finalValues.get(r.record.partition)
    if (r.process === FINAL_PROCESS || (s?.outcome !== 'info' && s?.outcome !== 'pending') || inFinal === undefined || inFinal.has(s.value) || flagged.has(s.value)) continue
    flagged.add(s.value)
    out.push({ kind: 'lost-write', value: s.value, partition: r.record.partition, detail: `${s.value} (send indeterminate) read by ${r.process} at partition ${r.record.partition} offset ${r.record.offset}, absent from the final read` })
  }
  return out
}

/** An ok send no one ever read: no client poll and not the final read. */
function unseenWrites (sends: ReadonlyMap<string, SendRecord>, reads: readonly Read[]): Violation[] {
  const readValues = new Set(reads.map((r) => r.record.value))
  const out: Violation[] = []
  for (const s of sends.values()) {
    if (s.outcome === 'ok' && !readValues.has(s.value)) out.push({ kind: 'unseen', value: s.value, partition: s.partition ?? undefined, detail: `${s.value} acknowledged at partition ${s.partition ?? '?'} offset ${s.offset ?? '?'} by ${s.process}, never read` })
  }
  return out
}

/** A read of a value whose send definitely failed (Jepsen's G1a, aborted read). */
function abortedReads (sends: ReadonlyMap<string, SendRecord>, reads: readonly Read[]): Violation[] {
  const out: Violation[] = []
  const flagged = new Set<string>()
  for (const r of reads) {
    const v = r.record.value
    if (sends.get(v)?.outcome !== 'fail' || flagged.has(v)) continue
    flagged.add(v)
    out.push({ kind: 'G1a', value: v, partition: r.record.partition, detail: `${r.process} read ${v} at partition ${r.record.partition} offset ${r.record.offset}, whose send failed` })
  }
  return out
}

/** Per process and partition, in invoke order, an ok send at an offset below an earlier-invoked ok send. */
function nonmonotonicSends (sends: ReadonlyMap<string, SendRecord>): Violation[] {
  const byStream = new Map<string, SendRecord[]>()
  for (const s of sends.values()) {
    if (s.outcome !== 'ok' || s.partition === null || s.offset === null) continue
    const key = `${s.process}\u0000${s.partition}`
    const list = byStream.get(key)
    if (list === undefined) byStream.set(key, [s])
    else list.push(s)
  }
  const out: Violation[] = []
  for (const list of byStream.values()) {
    list.sort((a, b) => a.order - b.order)
    let highest = list[0]!
    for (const s of list.slice(1)) {
      if (s.offset! < highest.offset!) out.push({ kind: 'nonmonotonic-send', value: s.value, partition: s.partition!, detail: `${s.process} sent ${s.value} after ${highest.value}, yet it sits at partition ${s.partition} offset ${s.offset} below ${highest.offset}` })
      else highest = s
    }
  }
  return out
}

/**
 * Per process and partition, between assign/revoke/seek lines: each polled offset must be the next
 * known offset after the previous one. Lower or equal: nonmonotonic-poll; a known offset jumped over:
 * poll-skip. After a seek to s, the first read must be the first known offset >= s.
 */
function pollOrder (events: readonly HistoryEvent[], known: ReadonlyMap<number, number[]>): Violation[] {
  // process -> partition -> the last offset read (or the seek target, as `last = s - 1`)
  const positions = new Map<string, Map<number, number>>()
  const of = (process: string): Map<number, number> => {
    let m = positions.get(process)
    if (m === undefined) positions.set(process, m = new Map())
    return m
  }
  const out: Violation[] = []
  for (const e of events) {
    if (e.type !== 'ok') continue
    if (e.f === 'assign') of(e.process).clear()
    else if (e.f === 'revoke') for (const p of e.partitions) of(e.process).delete(p)
    else if (e.f === 'seek') of(e.process).set(e.partition, e.offset - 1)
    else if (e.f === 'poll') {
      const mine = of(e.process)
      for (const r of e.records) {
        const last = mine.get(r.partition)
        mine.set(r.partition, r.offset)
        if (last === undefined) continue
        const where = `${e.process} read partition ${r.partition} offset ${r.offset} (${r.value})`
        if (r.offset <= last) out.push({ kind: 'nonmonotonic-poll', partition: r.partition, value: r.value, detail: `${where} after offset ${last}` })
        else {
          const skipped = firstAbove(known.get(r.partition) ?? [], last)
          if (skipped !== undefined && skipped < r.offset) out.push({ kind: 'poll-skip', partition: r.partition, value: r.value, detail: `${where} after offset ${last}, skipping offset ${skipped}` })
        }
      }
    }
  }
  return out
}

/** The smallest element of ascending `sorted` above `x`. */
function firstAbove (sorted: readonly number[], x: number): number | undefined {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! <= x) lo = mid + 1
    else hi = mid
  }
  return sorted[lo]
}

/**
 * A group's committed offset of a partition, in sample time order, going below an earlier one.
 * Except after a seek of that partition (a consumer that seeks back may commit the lower offset): a
 * seek line between the sample before the higher offset appeared and the lower sample resets it.
 */
function commitsBackwards (events: readonly HistoryEvent[], committed: readonly CommittedSample[]): Violation[] {
  const seeks = new Map<number, number[]>()
  for (const e of events) if (e.f === 'seek' && e.type === 'ok') seeks.set(e.partition, [...(seeks.get(e.partition) ?? []), e.t])
  // `since`: the time of the sample before `highest` was first seen; the commit came after it.
  const state = new Map<string, { highest: CommittedSample, since: number, lastT: number }>()
  const out: Violation[] = []
  for (const c of [...committed].sort((a, b) => a.t - b.t)) {
    if (c.offset === null || c.offset < 0) continue
    const key = `${c.group}\u0000${c.partition}\u0000${c.node ?? ''}`
    const s = state.get(key)
    if (s === undefined) {
      state.set(key, { highest: c, since: -Infinity, lastT: c.t })
      continue
    }
    const h = s.highest
    if (c.offset > h.offset! || (c.offset < h.offset! && (seeks.get(c.partition) ?? []).some((t) => t >= s.since && t <= c.t))) {
      s.highest = c
      s.since = s.lastT
    } else if (c.offset < h.offset!) {
      out.push({ kind: 'commit-backwards', partition: c.partition, detail: `group ${c.group} partition ${c.partition} committed ${c.offset} at ${c.t} after ${h.offset} at ${h.t}${c.node !== undefined ? ` (node ${c.node})` : ''}` })
    }
    s.lastT = c.t
  }
  return out
}

/**
 * A committed offset above the partition's high watermark after heal: someone read past it. From
 * the coordinator samples (highest per group and partition) and from clients' ok commits.
 */
function commitsPastHighWatermark (events: readonly HistoryEvent[], committed: readonly CommittedSample[], highWatermarks: ReadonlyMap<number, number>): Violation[] {
  const worst = new Map<string, { offset: number, partition: number, who: string }>()
  const note = (who: string, partition: number, offset: number | null): void => {
    const hw = highWatermarks.get(partition)
    if (offset === null || hw === undefined || offset <= hw) return
    const key = `${who}\u0000${partition}`
    if ((worst.get(key)?.offset ?? -1) < offset) worst.set(key, { offset, partition, who })
  }
  for (const c of committed) note(`group ${c.group}`, c.partition, c.offset)
  for (const e of events) if (e.f === 'commit' && e.type === 'ok') for (const o of e.offsets) note(`client ${e.process}`, o.partition, o.offset)
  return [...worst.values()].map((w) => ({ kind: 'commit-past-hw', partition: w.partition, detail: `${w.who} committed ${w.offset} on partition ${w.partition}, above its high watermark ${highWatermarks.get(w.partition)}` }))
}

/**
 * In a Stable generation of a group, one partition assigned to two members: within one sample or
 * across samples of that generation (a generation's assignment is fixed at its SyncGroup).
 * Other states are skipped: while a rebalance completes, the old generation's assignments linger.
 */
function twoOwners (samples: readonly GroupSample[]): Violation[] {
  const owners = new Map<string, { group: string, generation: number, topic: string, partition: number, members: Set<string> }>()
  for (const s of samples) {
    if (s.state !== 'Stable') continue
    for (const m of s.members) {
      for (const a of m.assignment) {
        for (const partition of a.partitions) {
          const key = `${s.groupId}\u0000${s.generation}\u0000${a.topic}\u0000${partition}`
          let entry = owners.get(key)
          if (entry === undefined) owners.set(key, entry = { group: s.groupId, generation: s.generation, topic: a.topic, partition, members: new Set() })
          entry.members.add(m.memberId)
        }
      }
    }
  }
  const out: Violation[] = []
  for (const o of owners.values()) {
    if (o.members.size > 1) out.push({ kind: 'two-owners', partition: o.partition, detail: `group ${o.group} generation ${o.generation} gives ${o.topic}-${o.partition} to ${[...o.members].sort().join(', ')}` })
  }
  return out
}
