// The limit on WARN lines about misbehaving clients: N lines per interval, the rest counted and
// summarised at most once per interval. Time is an argument, so this runs without clocks.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { LogRateLimiter } from '../../src/util/log-rate-limiter.ts'

test('at most linesMax lines per interval; the suppressed ones are summarised once per interval', () => {
  const limiter = new LogRateLimiter({ linesMax: 3, intervalMs: 1000 })
  const admitted = Array.from({ length: 10 }, (_, i) => limiter.admit(i))
  assert.deepEqual(admitted, [true, true, true, false, false, false, false, false, false, false])
  assert.equal(limiter.takeSuppressed(10), 7)
  assert.equal(limiter.takeSuppressed(20), 0, 'nothing new suppressed')
  assert.equal(limiter.admit(500), false)
  assert.equal(limiter.takeSuppressed(600), 0, 'a summary was written less than an interval ago')
  assert.equal(limiter.admit(1000), true, 'a new interval admits lines again')
  assert.equal(limiter.takeSuppressed(1010), 1)
})

test('a flood over many intervals writes linesMax lines and one summary per interval, and counts every event', () => {
  const limiter = new LogRateLimiter({ linesMax: 10, intervalMs: 10_000 })
  let written = 0
  let summarised = 0
  let summaries = 0
  for (let t = 0; t < 60_000; t += 5) {
    if (limiter.admit(t)) written++
    if (t % 1000 === 0) {
      const suppressed = limiter.takeSuppressed(t)
      if (suppressed > 0) { summaries++; summarised += suppressed }
    }
  }
  summarised += limiter.takeSuppressed(70_000)
  assert.equal(written, 60)
  assert.ok(summaries <= 7, `${summaries} summaries`)
  assert.equal(written + summarised, 12_000, 'every event is either written or counted in a summary')
  assert.throws(() => new LogRateLimiter({ linesMax: 0, intervalMs: 1 }))
})
