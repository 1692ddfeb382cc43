// Majority arithmetic: commit index over voters' matches, vote tallies, quorum activity.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { majorityCommittedIndex, quorumActive, quorumSize, tallyVotes, VoteResult } from '../../../src/controller/raft/core/quorum.ts'

test('quorum sizes are strict majorities', () => {
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7].map(quorumSize), [1, 2, 2, 3, 3, 4, 4])
})

test('commit index is the highest index a majority has reached', () => {
  const cases: Array<[number[], number]> = [
    [[5], 5],
    [[5, 3], 3],
    [[5, 3, 1], 3],
    [[1, 5, 3], 3],
    [[2, 2, 9, 9], 2], // 4 voters: needs 3 of them
    [[7, 8, 9, 9], 8],
    [[1, 2, 3, 4, 5], 3],
    [[0, 0, 0, 4, 5], 0]
  ]
  for (const [matches, expected] of cases) {
    const voters = matches.map((_, i) => i + 1)
    assert.equal(majorityCommittedIndex(voters, (id) => matches[id - 1]!), expected, `matches ${matches.join(',')}`)
  }
})

test('an empty voter set is a bug, not a commit index', () => {
  assert.throws(() => majorityCommittedIndex([], () => 0), /without voters/)
})

test('vote tallies: won, lost, pending; non-voters and duplicates do not count', () => {
  const voters = [1, 2, 3, 4, 5]
  const tally = (entries: Array<[number, boolean]>) => tallyVotes(voters, new Map(entries))
  assert.equal(tally([]).result, VoteResult.Pending)
  assert.equal(tally([[1, true], [2, true]]).result, VoteResult.Pending)
  assert.equal(tally([[1, true], [2, true], [3, true]]).result, VoteResult.Won)
  assert.equal(tally([[1, true], [2, false], [3, false], [4, false]]).result, VoteResult.Lost)
  assert.equal(tally([[1, true], [2, false], [3, false]]).result, VoteResult.Pending)
  // Votes from nodes outside the voter set (learners, removed nodes) are ignored.
  assert.equal(tally([[1, true], [6, true], [7, true]]).result, VoteResult.Pending)
  assert.deepEqual(tally([[1, true], [2, false], [9, true]]), { granted: 1, rejected: 1, result: VoteResult.Pending })
})

test('quorum activity needs a majority of active voters', () => {
  assert.equal(quorumActive([1, 2, 3], (id) => id === 1), false)
  assert.equal(quorumActive([1, 2, 3], (id) => id !== 3), true)
  assert.equal(quorumActive([1, 2, 3, 4], (id) => id <= 2), false)
})
