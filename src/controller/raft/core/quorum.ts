// Majority arithmetic, pure: the commit index a set of voters has reached and the outcome of a vote.
// One voter set at a time (changes go one voter at a time), so no joint quorums.
import { assert } from '../../../util/assert.ts'
import type { NodeId } from './types.ts'

export function quorumSize (voterCount: number): number {
  return Math.floor(voterCount / 2) + 1
}

/** The highest index that a majority of `voters` have reached (their matches from `matchOf`). */
export function majorityCommittedIndex (voters: readonly NodeId[], matchOf: (id: NodeId) => number): number {
  assert(voters.length > 0, 'a configuration without voters commits nothing')
  const matches = voters.map(matchOf).sort((a, b) => a - b)
  // Ascending: the quorum-th largest is the one a majority has reached.
  return matches[matches.length - quorumSize(matches.length)]!
}

export const VoteResult = { Pending: 'pending', Lost: 'lost', Won: 'won' } as const
export type VoteResult = typeof VoteResult[keyof typeof VoteResult]

export interface VoteTally {
  readonly granted: number
  readonly rejected: number
  readonly result: VoteResult
}

/** Tallies `votes` (true = granted) among `voters`; votes from non-voters do not count. */
export function tallyVotes (voters: readonly NodeId[], votes: ReadonlyMap<NodeId, boolean>): VoteTally {
  let granted = 0
  let rejected = 0
  for (const id of voters) {
    const v = votes.get(id)
    if (v === true) granted++
    else if (v === false) rejected++
  }
  const missing = voters.length - granted - rejected
  const q = quorumSize(voters.length)
  let result: VoteResult = VoteResult.Lost
  if (granted >= q) result = VoteResult.Won
  else if (granted + missing >= q) result = VoteResult.Pending
  return { granted, rejected, result }
}

/** Whether a majority of `voters` satisfy `active`. */
export function quorumActive (voters: readonly NodeId[], active: (id: NodeId) => boolean): boolean {
  let count = 0
  for (const id of voters) if (active(id)) count++
  return count >= quorumSize(voters.length)
}
