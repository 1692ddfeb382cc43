// Per-follower flow control: probe/replicate/snapshot transitions and the bounded inflights.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Inflights } from '../../../src/controller/raft/core/inflights.ts'
import { Progress, ProgressState } from '../../../src/controller/raft/core/progress.ts'

function progress (match: number, next: number, maxInflightMsgs = 4, maxInflightBytes = Infinity): Progress {
  return new Progress({ match, next, maxInflightMsgs, maxInflightBytes, isLearner: false, recentActive: false })
}

test('inflights are bounded by count and freed in order by acks', () => {
  const inf = new Inflights(3, Infinity)
  inf.add(5, 10)
  inf.add(7, 10)
  assert.equal(inf.full(), false)
  inf.add(9, 10)
  assert.equal(inf.full(), true)
  assert.throws(() => inf.add(10, 1), /full/)
  inf.freeLE(6)
  assert.equal(inf.count(), 2)
  assert.equal(inf.bytes(), 20)
  inf.add(12, 5) // wraps around the ring
  inf.freeLE(4) // nothing at or below 4
  assert.equal(inf.count(), 3)
  inf.freeLE(100)
  assert.equal(inf.count(), 0)
  assert.equal(inf.bytes(), 0)
})

test('inflights are bounded by bytes too', () => {
  const inf = new Inflights(100, 1000)
  inf.add(1, 600)
  assert.equal(inf.full(), false)
  inf.add(2, 400)
  assert.equal(inf.full(), true, 'reaching the byte limit fills the inflights')
  inf.freeLE(1)
  assert.equal(inf.full(), false)
})

test('inflight indexes must grow', () => {
  const inf = new Inflights(4, Infinity)
  inf.add(5, 1)
  assert.throws(() => inf.add(5, 1), /must grow/)
})

test('probe: one append per round trip, unpaused by an ack', () => {
  const pr = progress(5, 6)
  assert.equal(pr.state, ProgressState.Probe)
  pr.sentEntries(3, 30)
  assert.equal(pr.isPaused(), true, 'a probe with entries waits for its answer')
  assert.equal(pr.next, 6, 'probing does not move next optimistically')
  assert.equal(pr.maybeUpdate(8), true)
  assert.equal(pr.isPaused(), false)
  assert.deepEqual([pr.match, pr.next], [8, 9])
  assert.equal(pr.maybeUpdate(7), false, 'an old ack is old news')
})

test('replicate: next moves optimistically; inflights pause at the limit; acks free them', () => {
  const pr = progress(5, 6, 2)
  pr.becomeReplicate()
  pr.sentEntries(2, 20)
  assert.equal(pr.next, 8)
  assert.equal(pr.isPaused(), false)
  pr.sentEntries(1, 10)
  assert.equal(pr.next, 9)
  assert.equal(pr.isPaused(), true, 'two appends in flight = the limit')
  pr.inflights.freeLE(7)
  pr.maybeUpdate(7)
  assert.equal(pr.isPaused(), false)
})

test('rejections: stale ones are ignored; probes jump to the hint; replicate falls back to match + 1', () => {
  const probe = progress(3, 10)
  assert.equal(probe.maybeDecrTo(5, 5), false, 'a probe rejection not about next - 1 is stale')
  assert.equal(probe.maybeDecrTo(9, 6), true)
  assert.equal(probe.next, 7, 'next = hint + 1')
  assert.equal(probe.maybeDecrTo(6, 0), true)
  assert.equal(probe.next, 4, 'never below match + 1')

  const rep = progress(5, 6)
  rep.becomeReplicate()
  rep.sentEntries(4, 40)
  assert.equal(rep.maybeDecrTo(4, 4), false, 'a rejection at or below match is stale')
  assert.equal(rep.maybeDecrTo(8, 2), true)
  assert.equal(rep.next, 6)
})

test('snapshot: paused until reported; then probing resumes after the snapshot', () => {
  const pr = progress(2, 3)
  pr.becomeSnapshot(50)
  assert.equal(pr.state, ProgressState.Snapshot)
  assert.equal(pr.isPaused(), true)
  assert.equal(pr.next, 51)
  pr.becomeProbe()
  assert.equal(pr.state, ProgressState.Probe)
  assert.equal(pr.next, 51, 'probe from just after the snapshot that was sent')
  assert.equal(pr.pendingSnapshot, 0)
})
