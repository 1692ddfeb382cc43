// The leader's pure replication decisions, as Kafka's Replica and Partition make them: a follower's
// caught-up time from its fetches, the high watermark over the maximal ISR (monotonic, waiting for
// members not heard from), the ISR shrink after replica.lag.time.max.ms and the expansion once a
// follower reaches the high watermark and the leader epoch's start.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { isCaughtUp, isrWithout, mayJoinIsr, newFollowerState, nextHighWatermark, outOfSyncReplicas, recordFetch, type FollowerState } from '../../src/broker/replica-state.ts'

const LEADER = 1
const LAG_MS = 30_000

function followers (...states: FollowerState[]): Map<number, FollowerState> {
  return new Map(states.map((s) => [s.brokerId, s]))
}

function at (brokerId: number, logEndOffset: number, nowMs = 0): FollowerState {
  const s = newFollowerState(brokerId, nowMs)
  s.logEndOffset = logEndOffset
  return s
}

test('a fetch at the leader\'s log end is caught up now; one at the previous fetch\'s log end was caught up then', () => {
  const f = newFollowerState(2, 1_000)
  assert.equal(f.logEndOffset, -1)
  assert.equal(f.lastCaughtUpTimeMs, 1_000, 'a new leadership counts its followers caught up at its start')
  recordFetch(f, 10, 10, 2_000, 7)
  assert.deepEqual([f.logEndOffset, f.lastCaughtUpTimeMs, f.brokerEpoch], [10, 2_000, 7])
  // The leader appended 5 more: a fetch from 10 is behind now, but it had all at the previous fetch (t=2000).
  recordFetch(f, 10, 15, 3_000, -1)
  assert.equal(f.lastCaughtUpTimeMs, 2_000)
  assert.equal(f.brokerEpoch, 7, 'a fetch without a broker epoch keeps the known one')
  // It fetches 12 (< 15, the log end at its previous fetch): not caught up at any time since.
  recordFetch(f, 12, 20, 4_000, -1)
  assert.equal(f.lastCaughtUpTimeMs, 2_000)
  // 20 >= 20, the log end at the previous fetch (t=4000), though the leader is at 25 now.
  recordFetch(f, 20, 25, 5_000, -1)
  assert.equal(f.lastCaughtUpTimeMs, 4_000)
  assert.ok(isCaughtUp(f, 25, 4_000 + LAG_MS, LAG_MS))
  assert.ok(!isCaughtUp(f, 25, 4_001 + LAG_MS, LAG_MS))
  assert.ok(isCaughtUp(f, 20, 1_000_000, LAG_MS), 'at the leader\'s end is caught up however long ago')
  // The caught-up time never goes back.
  recordFetch(f, 25, 25, 3_000, -1)
  assert.equal(f.lastCaughtUpTimeMs, 4_000)
})

test('the high watermark: the smallest log end over the maximal ISR, never back, held by members not heard from', () => {
  const fs = followers(at(2, 7), at(3, 5), at(4, 1))
  // Follower 4 is not in the ISR: it does not hold the high watermark back.
  assert.equal(nextHighWatermark(0, 10, fs, [1, 2, 3], LEADER), 5)
  assert.equal(nextHighWatermark(0, 10, fs, [1, 2], LEADER), 7)
  assert.equal(nextHighWatermark(0, 10, fs, [1], LEADER), 10, 'the leader alone: its log end')
  assert.equal(nextHighWatermark(6, 10, fs, [1, 2, 3], LEADER), 6, 'monotonic within a leadership')
  assert.equal(nextHighWatermark(0, 4, fs, [1, 2], LEADER), 4, 'never above the leader\'s own log end')
  // A member the leader has not heard from (after a leader change) holds it where it is.
  const fresh = followers(newFollowerState(2, 0), at(3, 9))
  assert.equal(nextHighWatermark(3, 10, fresh, [1, 2, 3], LEADER), 3)
  assert.equal(nextHighWatermark(3, 10, new Map(), [1, 2], LEADER), 3, 'a member without state at all too')
})

test('ISR shrink: members not caught up within replica.lag.time.max.ms leave, the leader never', () => {
  const caughtUp = at(2, 10, 0)
  const lagging = at(3, 4, 0)
  lagging.lastCaughtUpTimeMs = 1_000
  const fs = followers(caughtUp, lagging)
  assert.deepEqual(outOfSyncReplicas([1, 2, 3], fs, LEADER, 10, 1_000 + LAG_MS, LAG_MS), [])
  assert.deepEqual(outOfSyncReplicas([1, 2, 3], fs, LEADER, 10, 1_001 + LAG_MS, LAG_MS), [3], 'follower 2 is at the log end: caught up')
  assert.deepEqual(outOfSyncReplicas([1, 2, 3], fs, LEADER, 11, 1_001 + LAG_MS, LAG_MS), [2, 3])
  assert.deepEqual(outOfSyncReplicas([1, 2, 9], fs, LEADER, 10, 0, LAG_MS), [9], 'a member without state is out of sync')
  assert.deepEqual(isrWithout([1, 2, 3], [3]), [1, 2])
})

test('ISR expansion: a follower at the high watermark and past the start of the leader epoch may join', () => {
  assert.ok(mayJoinIsr(at(2, 10), 10, 8))
  assert.ok(mayJoinIsr(at(2, 12), 10, 8))
  assert.ok(!mayJoinIsr(at(2, 9), 10, 8), 'below the high watermark')
  assert.ok(!mayJoinIsr(at(2, 10), 5, 11), 'below the start of this leader epoch: it may hold an old leader\'s tail')
  assert.ok(!mayJoinIsr(newFollowerState(2, 0), 0, 0), 'never fetched')
  assert.ok(!mayJoinIsr(at(2, 10), 10, -1), 'the leader epoch not started yet')
})
