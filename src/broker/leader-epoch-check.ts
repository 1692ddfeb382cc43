// The current-leader-epoch check that Fetch, ListOffsets and OffsetForLeaderEpoch share (KIP-320):
// a client that names an older epoch than the leader's is fenced; a newer one means this broker has
// not seen that leadership yet.
import { ErrorCode } from '../protocol/generated/error-codes.ts'

/** The error for a request's current_leader_epoch against the partition's, or NONE; -1 skips the check. */
export function leaderEpochError (requested: number, current: number): number {
  if (requested < 0 || requested === current) return ErrorCode.NONE
  return requested < current ? ErrorCode.FENCED_LEADER_EPOCH : ErrorCode.UNKNOWN_LEADER_EPOCH
}
