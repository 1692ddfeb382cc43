// The leader's view of its followers, as Kafka's Replica and the pure parts of Partition: a follower's
// fetch state (its fetch offset is its log end offset; when it was last caught up), the high watermark
// over the ISR, and the ISR shrink and expand decisions. No I/O and no timers: times come in as
// arguments, so every decision is unit-tested (test/broker/replica-state.test.ts).
// Not here: sending AlterPartition (isr-changes.ts), the log, the purgatories.

/** What the leader knows of one follower (Kafka's ReplicaState). */
export interface FollowerState {
  readonly brokerId: number
  /** The follower's log end offset: the offset of its last fetch; -1 before its first fetch. */
  logEndOffset: number
  /** The last time the follower had everything the leader had (Kafka's lastCaughtUpTimeMs). */
  lastCaughtUpTimeMs: number
  /** The leader's log end offset and the time at the follower's previous fetch. */
  lastFetchLeaderLogEndOffset: number
  lastFetchTimeMs: number
  /** The broker epoch the follower fetched with (Fetch v15+ replica_state); -1 when unknown. */
  brokerEpoch: number
}

/**
 * A follower's state on becoming leader (or when the follower is new): unknown position, caught up
 * "now" so that no follower is shrunk out of the ISR before it had replica.lag.time.max.ms to fetch
 * (Kafka's resetReplicaState with the leader's own time).
 */
export function newFollowerState (brokerId: number, nowMs: number): FollowerState {
  return { brokerId, logEndOffset: -1, lastCaughtUpTimeMs: nowMs, lastFetchLeaderLogEndOffset: -1, lastFetchTimeMs: nowMs, brokerEpoch: -1 }
}

/**
 * Kafka's Replica.updateFetchState: a fetch at or beyond the leader's log end offset at the previous
 * fetch means the follower was caught up at the previous fetch's time; one at or beyond the current
 * log end offset means it is caught up now.
 */
export function recordFetch (state: FollowerState, fetchOffset: number, leaderLogEndOffset: number, nowMs: number, brokerEpoch: number): void {
  if (fetchOffset >= leaderLogEndOffset) state.lastCaughtUpTimeMs = Math.max(state.lastCaughtUpTimeMs, nowMs)
  else if (fetchOffset >= state.lastFetchLeaderLogEndOffset) state.lastCaughtUpTimeMs = Math.max(state.lastCaughtUpTimeMs, state.lastFetchTimeMs)
  state.logEndOffset = fetchOffset
  state.lastFetchLeaderLogEndOffset = leaderLogEndOffset
  state.lastFetchTimeMs = nowMs
  if (brokerEpoch >= 0) state.brokerEpoch = brokerEpoch
}

/** Kafka's ReplicaState.isCaughtUp: at the leader's end now, or caught up within `lagMaxMs`. */
export function isCaughtUp (state: FollowerState, leaderLogEndOffset: number, nowMs: number, lagMaxMs: number): boolean {
  return state.logEndOffset === leaderLogEndOffset || nowMs - state.lastCaughtUpTimeMs <= lagMaxMs
}

/**
 * The high watermark the leader may move to (Kafka's maybeIncrementLeaderHW): the smallest log end
 * offset over the leader and every follower in the maximal ISR (the committed ISR with a pending
 * addition; a pending removal still counts), starting from the leader's log end offset. Never below
 * `current`: the high watermark does not go back within a leadership.
 */
export function nextHighWatermark (current: number, leaderLogEndOffset: number, followers: ReadonlyMap<number, FollowerState>, maximalIsr: readonly number[], localNodeId: number): number {
  let hw = leaderLogEndOffset
  for (let i = 0; i < maximalIsr.length; i++) {
    const id = maximalIsr[i]!
    if (id === localNodeId) continue
    const f = followers.get(id)
    // A member the leader has not heard from yet holds the high watermark where it is.
    const leo = f === undefined || f.logEndOffset < 0 ? current : f.logEndOffset
    if (leo < hw) hw = leo
  }
  return hw > current ? hw : current
}

/**
 * The ISR members (other than the leader) to remove (Kafka's getOutOfSyncReplicas): those not caught
 * up for longer than `lagMaxMs`. Empty when nothing is to change.
 */
export function outOfSyncReplicas (isr: readonly number[], followers: ReadonlyMap<number, FollowerState>, localNodeId: number, leaderLogEndOffset: number, nowMs: number, lagMaxMs: number): number[] {
  const out: number[] = []
  for (const id of isr) {
    if (id === localNodeId) continue
    const f = followers.get(id)
    if (f === undefined || !isCaughtUp(f, leaderLogEndOffset, nowMs, lagMaxMs)) out.push(id)
  }
  return out
}

/**
 * Whether a follower outside the ISR may join it (Kafka's isFollowerInSync): its log end offset has
 * reached the high watermark and the start offset of the leader's current epoch, so it holds every
 * committed record and nothing of an older leader's divergent tail.
 */
export function mayJoinIsr (state: FollowerState, highWatermark: number, leaderEpochStartOffset: number): boolean {
  return state.logEndOffset >= 0 && state.logEndOffset >= highWatermark && leaderEpochStartOffset >= 0 && state.logEndOffset >= leaderEpochStartOffset
}

/** The ISR with `removed` taken out, in its order. */
export function isrWithout (isr: readonly number[], removed: readonly number[]): number[] {
  return isr.filter((id) => !removed.includes(id))
}
