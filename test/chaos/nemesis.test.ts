// The fault schedule: one seed, one schedule; periods, gaps and heals within their bounds; never two
// nodes down at once (restart-all alone); only the kinds asked for.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { schedule, takesNodeDown, describeStep, FAULT_KINDS, HEAL_MS_MIN, HEAL_MS_MAX, type FaultKind, type FaultStep } from './nemesis.ts'

const ALL: readonly FaultKind[] = FAULT_KINDS

test('a seed gives the same schedule every time, another seed another one', () => {
  const a = schedule(7, { timeSeconds: 120, faults: ALL })
  assert.deepEqual(schedule(7, { timeSeconds: 120, faults: ALL }), a)
  assert.notDeepEqual(schedule(8, { timeSeconds: 120, faults: ALL }), a)
  assert.ok(a.length > 5, `120 s with every kind gives some faults, got ${a.map(describeStep).join('; ')}`)
})

test('steps heal 2-8 s after they start, inside the run, in start order, with the kinds asked for only', () => {
  for (let seed = 1; seed <= 200; seed++) {
    const faults = seed % 2 === 0 ? ALL : (['pause', 'kill-leader'] as const)
    const steps = schedule(seed, { timeSeconds: 60, faults })
    let last = -1
    for (const s of steps) {
      assert.ok(faults.includes(s.kind), `seed ${seed}: ${s.kind} was not asked for`)
      assert.ok(s.healMs - s.startMs >= HEAL_MS_MIN && s.healMs - s.startMs <= HEAL_MS_MAX, `seed ${seed}: ${describeStep(s)}`)
      assert.ok(s.startMs >= 0 && s.healMs <= 60_000, `seed ${seed}: ${describeStep(s)} outside the run`)
      assert.ok(s.startMs >= last, `seed ${seed}: not in start order`)
      last = s.startMs
      assert.equal(s.topology !== null, s.kind === 'partition')
      assert.equal(s.target === null, s.kind === 'restart-all')
    }
  }
})

test('never two nodes down at once; restart-all, partitions and slow disks never overlap anything of their kind', () => {
  let overlaps = 0
  let slowBesideDown = 0
  for (let seed = 1; seed <= 300; seed++) {
    const steps = schedule(seed, { timeSeconds: 90, faults: ALL })
    for (const a of steps) {
      for (const b of steps) {
        if (a.index >= b.index || !(a.startMs < b.healMs && b.startMs < a.healMs)) continue
        overlaps++
        const pair = `seed ${seed}: ${describeStep(a)} / ${describeStep(b)}`
        assert.ok(a.kind !== 'restart-all' && b.kind !== 'restart-all', pair)
        assert.ok(!(a.kind === 'partition' && b.kind === 'partition'), pair)
        assert.ok(!(a.kind === 'slow-disk' && b.kind === 'slow-disk'), pair)
        if ((a.kind === 'slow-disk' && takesNodeDown(b)) || (b.kind === 'slow-disk' && takesNodeDown(a))) slowBesideDown++
        assert.ok(!(takesNodeDown(a) && takesNodeDown(b)), pair)
      }
    }
  }
  assert.ok(overlaps > 0, 'a cut link does overlap node faults in some seeds')
  assert.ok(slowBesideDown > 0, 'a slow disk (no node down) does overlap a node-down fault in some seeds')
})

test('periods sometimes allow nothing: a long run has quiet stretches; each kind shows up over seeds', () => {
  const seen = new Set<string>()
  let quiet = 0
  for (let seed = 1; seed <= 50; seed++) {
    const steps = schedule(seed, { timeSeconds: 120, faults: ALL })
    for (const s of steps) seen.add(s.kind === 'partition' ? `partition/${s.topology!.kind}` : s.kind)
    const gaps = steps.slice(1).map((s, i) => s.startMs - steps[i]!.healMs)
    if (gaps.some((g) => g >= 10_000)) quiet++
  }
  for (const k of [...ALL.filter((k) => k !== 'partition'), 'partition/isolate', 'partition/bridge', 'partition/one-way']) assert.ok(seen.has(k), `${k} never scheduled`)
  assert.ok(quiet > 5, `quiet stretches in ${quiet} of 50 seeds`)
})

test('unknown kinds are refused; no kinds, no steps', () => {
  assert.throws(() => schedule(1, { timeSeconds: 10, faults: ['meteor' as never] }), /unknown fault kind/)
  assert.deepEqual(schedule(1, { timeSeconds: 60, faults: [] }), [] as FaultStep[])
})
