// One-voter-at-a-time membership transitions and their entry encoding.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { applyConfChange, decodeConfChange, encodeConfChange } from '../../../src/controller/raft/core/conf-change.ts'
import { ConfChangeType } from '../../../src/controller/raft/core/types.ts'

const base = { voters: [1, 2, 3], learners: [4], votersOutgoing: [] }

test('conf changes round-trip through their 5-byte encoding', () => {
  for (const type of [ConfChangeType.AddVoter, ConfChangeType.RemoveVoter, ConfChangeType.AddLearner]) {
    const cc = { type, nodeId: 0x01020304 }
    assert.deepEqual(decodeConfChange(encodeConfChange(cc)), cc)
  }
  assert.throws(() => decodeConfChange(Uint8Array.of(9, 0, 0, 0, 1)), /unknown conf change type/)
  assert.throws(() => encodeConfChange({ type: ConfChangeType.AddVoter, nodeId: 0 }), /bad node id/)
})

test('add a voter, promote a learner, add a learner, remove either', () => {
  assert.deepEqual(applyConfChange(base, { type: ConfChangeType.AddVoter, nodeId: 5 }), { voters: [1, 2, 3, 5], learners: [4], votersOutgoing: [] })
  assert.deepEqual(applyConfChange(base, { type: ConfChangeType.AddVoter, nodeId: 4 }), { voters: [1, 2, 3, 4], learners: [], votersOutgoing: [] })
  assert.deepEqual(applyConfChange(base, { type: ConfChangeType.AddLearner, nodeId: 6 }), { voters: [1, 2, 3], learners: [4, 6], votersOutgoing: [] })
  assert.deepEqual(applyConfChange(base, { type: ConfChangeType.RemoveVoter, nodeId: 2 }), { voters: [1, 3], learners: [4], votersOutgoing: [] })
  assert.deepEqual(applyConfChange(base, { type: ConfChangeType.RemoveVoter, nodeId: 4 }), { voters: [1, 2, 3], learners: [], votersOutgoing: [] })
  assert.equal(applyConfChange(base, { type: ConfChangeType.AddVoter, nodeId: 1 }), base, 'already a voter: unchanged')
})

test('invalid changes: removing the last voter, demoting a voter', () => {
  const single = { voters: [1], learners: [], votersOutgoing: [] }
  assert.ok('invalid' in applyConfChange(single, { type: ConfChangeType.RemoveVoter, nodeId: 1 }))
  assert.ok('invalid' in applyConfChange(base, { type: ConfChangeType.AddLearner, nodeId: 2 }))
})
