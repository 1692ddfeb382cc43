// Reconnect delays: exponential, capped, with "equal jitter" so that peers which lost the same node
// at the same moment do not all reconnect in lockstep.
import { assert } from './assert.ts'

export interface BackoffPolicy {
  /** Delay ceiling of the first retry; doubles per consecutive failure. */
  readonly initialMs: number
  /** The ceiling never grows beyond this. */
  readonly maxMs: number
}

export function assertBackoffPolicy (policy: BackoffPolicy): void {
  assert(Number.isFinite(policy.initialMs) && policy.initialMs >= 1, 'backoff.initialMs must be >= 1')
  assert(Number.isFinite(policy.maxMs) && policy.maxMs >= policy.initialMs, 'backoff.maxMs must be >= backoff.initialMs')
}

/**
 * The delay before retry number `attempt` (0 = first retry after a failure): uniformly between half
 * the ceiling and the ceiling, where ceiling = min(maxMs, initialMs * 2^attempt). `random` returns
 * [0, 1), like Math.random.
 */
export function backoffDelayMs (policy: BackoffPolicy, attempt: number, random: () => number): number {
  const ceilingMs = Math.min(policy.maxMs, policy.initialMs * 2 ** Math.min(attempt, 30))
  return Math.round(ceilingMs / 2 + random() * (ceilingMs / 2))
}
