// The linearizability checker against hand-made histories (each a known verdict) and against
// generated ones: any history produced by a real register with real-time-consistent intervals is
// linearizable, and one impossible read makes it illegal.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkLinearizable } from './linearizability.ts'
import { kvModel, type KvInput, type KvOperation, type KvOutput } from './kv-model.ts'

// Proving a history illegal means trying every placement of its never-returned operations: the
// generated ones below need up to ~215k steps, so the budget leaves room.
const BUDGET = { stepBudgetPerKey: 1_000_000 }
const put = (key: string, value: string): KvInput => ({ kind: 'put', key, value })
const get = (key: string): KvInput => ({ kind: 'get', key })
const cas = (key: string, expected: string | null, value: string): KvInput => ({ kind: 'cas', key, expected, value })
function op (clientId: number, input: KvInput, output: KvOutput | undefined, callTime: number, returnTime: number): KvOperation {
  return { clientId, input, output, callTime, returnTime }
}
function verdict (history: KvOperation[]): string {
  return checkLinearizable(kvModel, history, BUDGET).verdict
}

test('sequential put then get of the value: linearizable', () => {
  assert.equal(verdict([op(0, put('x', 'a'), 'ok', 0, 10), op(0, get('x'), 'a', 11, 20)]), 'ok')
})

test('a get overlapping a put may see either value', () => {
  const base = op(0, put('x', 'a'), 'ok', 0, 10)
  assert.equal(verdict([base, op(1, get('x'), 'a', 5, 15)]), 'ok')
  assert.equal(verdict([base, op(1, get('x'), null, 5, 15)]), 'ok')
})

test('a stale read after the write returned: illegal', () => {
  assert.equal(verdict([op(0, put('x', 'a'), 'ok', 0, 10), op(1, get('x'), null, 11, 20)]), 'illegal')
})

test('a read of a value never written: illegal', () => {
  assert.equal(verdict([op(0, put('x', 'a'), 'ok', 0, 10), op(1, get('x'), 'zzz', 0, 20)]), 'illegal')
})

test('values flip-flopping between two concurrent writes: illegal', () => {
  const history = [
    op(0, put('x', 'a'), 'ok', 0, 100),
    op(1, put('x', 'b'), 'ok', 0, 100),
    op(2, get('x'), 'a', 10, 20),
    op(2, get('x'), 'b', 30, 40),
    op(2, get('x'), 'a', 50, 60)
  ]
  assert.equal(verdict(history), 'illegal')
  // Without the third read it is fine: a then b.
  assert.equal(verdict(history.slice(0, 4)), 'ok')
})

test('the Porcupine README example: two clients, a read between two writes', () => {
  // C0: put 100 [0, 100]; C1: get -> 100 [25, 75]; C2: get -> 0 [30, 60] with an initial put 0.
  const history = [
    op(9, put('x', '0'), 'ok', -10, -5),
    op(0, put('x', '100'), 'ok', 0, 100),
    op(1, get('x'), '100', 25, 75),
    op(2, get('x'), '0', 30, 60)
  ]
  assert.equal(verdict(history), 'ok', 'C2 linearizes before the put, C1 after')
  const bad = [
    op(9, put('x', '0'), 'ok', -10, -5),
    op(0, put('x', '100'), 'ok', 0, 100),
    op(1, get('x'), '100', 25, 35),
    op(2, get('x'), '0', 40, 60)
  ]
  assert.equal(verdict(bad), 'illegal', 'C2 reads the old value after C1 saw the new one')
})

test('two concurrent compare-and-sets from the same value cannot both succeed', () => {
  const both = [op(0, cas('x', null, 'a'), true, 0, 10), op(1, cas('x', null, 'b'), true, 0, 10)]
  assert.equal(verdict(both), 'illegal')
  const one = [op(0, cas('x', null, 'a'), true, 0, 10), op(1, cas('x', null, 'b'), false, 0, 10), op(2, get('x'), 'a', 11, 12)]
  assert.equal(verdict(one), 'ok')
})

test('an operation that never returned may take effect late, or never', () => {
  const pending = op(0, put('x', 'a'), undefined, 0, Infinity)
  assert.equal(verdict([pending, op(1, get('x'), null, 5, 10), op(1, get('x'), 'a', 1000, 1010)]), 'ok')
  assert.equal(verdict([pending, op(1, get('x'), null, 1000, 1010)]), 'ok')
  // But it cannot take effect before it was called.
  const late = op(0, put('x', 'a'), undefined, 50, Infinity)
  assert.equal(verdict([late, op(1, get('x'), 'a', 0, 10)]), 'illegal')
})

test('an unknown compare-and-set takes effect only if its expectation held', () => {
  const history = [
    op(0, put('x', 'a'), 'ok', 0, 1),
    op(1, cas('x', 'zzz', 'b'), undefined, 2, Infinity),
    op(2, get('x'), 'b', 10, 11)
  ]
  assert.equal(verdict(history), 'illegal')
})

test('P-compositional: one bad key makes the history illegal and is named', () => {
  const result = checkLinearizable(kvModel, [
    op(0, put('a', '1'), 'ok', 0, 1), op(0, get('a'), '1', 2, 3),
    op(1, put('b', '1'), 'ok', 0, 1), op(1, get('b'), null, 2, 3)
  ], BUDGET)
  assert.equal(result.verdict, 'illegal')
  assert.deepEqual([...result.perKey], [['a', 'ok'], ['b', 'illegal']])
})

test('running out of budget is "unknown", never "ok"', () => {
  const history: KvOperation[] = []
  for (let i = 0; i < 40; i++) history.push(op(i, put('x', `v${i}`), undefined, i, Infinity))
  history.push(op(99, get('x'), 'nope', 100, 101))
  const result = checkLinearizable(kvModel, history, { stepBudgetPerKey: 50 })
  assert.equal(result.verdict, 'unknown')
})

/** mulberry32: a tiny seeded generator for the property below. */
function rng (seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A history from a real register: operations take effect at distinct instants in order, and each
 * gets a call time before and a return time after its instant (some never return).
 */
function generated (seed: number, count: number): KvOperation[] {
  const r = rng(seed)
  let value: string | null = null
  const history: KvOperation[] = []
  for (let i = 0; i < count; i++) {
    const at = i * 10
    const callTime = at - Math.floor(r() * 40)
    const returnTime = r() < 0.1 ? Infinity : at + Math.floor(r() * 40) + 1
    const choice = r()
    let input: KvInput
    let output: KvOutput
    if (choice < 0.4) {
      input = put('k', `v${i}`)
      value = `v${i}`
      output = 'ok'
    } else if (choice < 0.7) {
      input = get('k')
      output = value
    } else {
      const expected = r() < 0.5 ? value : `v${Math.floor(r() * (i + 1))}`
      input = cas('k', expected, `c${i}`)
      output = value === expected
      if (output) value = `c${i}`
    }
    history.push(op(i % 5, input, returnTime === Infinity ? undefined : output, callTime, returnTime))
  }
  return history
}

test('generated register histories are linearizable; one corrupted read makes them illegal', () => {
  let corrupted = 0
  for (let seed = 1; seed <= 200; seed++) {
    const history = generated(seed, 60)
    assert.equal(verdict(history), 'ok', `seed ${seed}`)
    const i = history.findIndex((o, n) => n > 30 && o.input.kind === 'get' && o.output !== undefined)
    if (i < 0) continue
    history[i] = { ...history[i]!, output: 'never-written' }
    assert.equal(verdict(history), 'illegal', `seed ${seed} corrupted`)
    corrupted++
  }
  assert.ok(corrupted > 150, `corrupted ${corrupted} histories`)
})
