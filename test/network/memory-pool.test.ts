// The request memory pool (queued.max.request.bytes) on its own: strict cap, first come first
// served, withdrawals, and Kafka's "<= 0 is unbounded".
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { RequestMemoryPool, type MemoryWaiter } from '../../src/network/memory-pool.ts'

class Waiter implements MemoryWaiter {
  granted = 0
  memoryGranted (): void { this.granted++ }
}

test('reservations never exceed the capacity; a waiting one is granted when enough is released', () => {
  const pool = new RequestMemoryPool(100)
  const a = new Waiter()
  const b = new Waiter()
  assert.equal(pool.tryReserve(60, a), true)
  assert.equal(pool.tryReserve(50, b), false)
  assert.equal(pool.usedBytes(), 60)
  assert.equal(pool.waitingCount(), 1)
  pool.release(5)
  assert.equal(b.granted, 0, '55 + 50 > 100: still waiting')
  pool.release(55)
  assert.equal(b.granted, 1)
  assert.equal(pool.usedBytes(), 50, 'the grant is counted for the waiter')
  assert.equal(pool.waitingCount(), 0)
})

test('first come first served: a small reservation does not jump a large one that waits', () => {
  const pool = new RequestMemoryPool(100)
  const big = new Waiter()
  const small = new Waiter()
  assert.equal(pool.tryReserve(90, new Waiter()), true)
  assert.equal(pool.tryReserve(100, big), false)
  assert.equal(pool.tryReserve(5, small), false, 'would fit, but someone waits')
  pool.release(90)
  assert.deepEqual([big.granted, small.granted], [1, 0])
  pool.release(100)
  assert.equal(small.granted, 1)
  assert.equal(pool.usedBytes(), 5)
})

test('a withdrawn head lets the next waiter in; releases made inside a grant are not lost', () => {
  const pool = new RequestMemoryPool(10)
  assert.equal(pool.tryReserve(10, new Waiter()), true)
  const head = new Waiter()
  const next = new Waiter()
  pool.tryReserve(10, head)
  pool.tryReserve(4, next)
  assert.equal(pool.cancel(head), true)
  assert.equal(pool.cancel(head), false)
  pool.release(6)
  assert.equal(next.granted, 1)
  // A waiter that answers its grant by releasing at once (a request answered synchronously).
  const third = new Waiter()
  const releasing: MemoryWaiter = { memoryGranted: () => pool.release(8) }
  pool.tryReserve(8, releasing)
  pool.tryReserve(2, third)
  pool.release(8)
  assert.equal(third.granted, 1)
  assert.equal(pool.usedBytes(), 2)
})

test('a reservation larger than the capacity is a bug (the config forbids it); <= 0 means unbounded', () => {
  assert.throws(() => new RequestMemoryPool(10).tryReserve(11, new Waiter()), /can never fit/)
  for (const capacity of [-1, 0]) {
    const pool = new RequestMemoryPool(capacity)
    assert.equal(pool.capacityBytes, Infinity)
    assert.equal(pool.tryReserve(2 ** 40, new Waiter()), true)
    assert.equal(pool.usedBytes(), 2 ** 40)
  }
})
