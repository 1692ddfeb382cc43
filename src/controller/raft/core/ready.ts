// The Ready contract: what the driver must do with the core's output, in this order.
//   1. persist `snapshot`, then `entries`, then `hardState` (fsync when `mustSync`);
//   2. only then send `messages` (a vote or an ack must never leave before what it vouches for);
//   3. apply `committedEntries` (after the snapshot, if any) to the state machine;
//   4. call advance(ready).
import type { Entry, HardState, Message, Snapshot } from './types.ts'

export interface Ready {
  /** The hard state to persist, or null when unchanged since the last Ready. */
  readonly hardState: HardState | null
  /** Entries to append to the log (they may overwrite a divergent tail). */
  readonly entries: readonly Entry[]
  /** A snapshot from the leader to persist and load into the state machine, or null. */
  readonly snapshot: Snapshot | null
  /** To send after step 1 is durable. */
  readonly messages: readonly Message[]
  /** Committed entries to apply, in order (some may be in `entries` of this same Ready). */
  readonly committedEntries: readonly Entry[]
  /** Whether step 1 must be fsynced: a term, vote or log change. A commit index alone need not be. */
  readonly mustSync: boolean
}

export function isHardStateEqual (a: HardState, b: HardState): boolean {
  return a.term === b.term && a.vote === b.vote && a.commit === b.commit
}

/** The term, the vote and the log must be durable before anyone hears of them; the commit index can be relearnt. */
export function mustSync (current: HardState, previous: HardState, entryCount: number, hasSnapshot: boolean): boolean {
  return entryCount > 0 || hasSnapshot || current.term !== previous.term || current.vote !== previous.vote
}
