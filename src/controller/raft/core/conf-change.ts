// Membership changes, one voter at a time: the entry encoding and the pure ConfState transition.
// An invalid change (removing the last voter, demoting a voter) is a no-op when applied, the same
// on every node, so all logs still agree on the membership; a leader refuses to propose one.
import { assert } from '../../../util/assert.ts'
import { ConfChangeType, type ConfChange, type ConfState, type NodeId } from './types.ts'

const CONF_CHANGE_BYTES = 5 // type (1) + node id (4, big-endian)

export function encodeConfChange (change: ConfChange): Uint8Array {
  assert(Number.isInteger(change.nodeId) && change.nodeId > 0 && change.nodeId <= 0xffffffff, `bad node id ${change.nodeId}`)
  const bytes = new Uint8Array(CONF_CHANGE_BYTES)
  const view = new DataView(bytes.buffer)
  view.setUint8(0, change.type)
  view.setUint32(1, change.nodeId)
  return bytes
}

export function decodeConfChange (data: Uint8Array): ConfChange {
  assert(data.byteLength === CONF_CHANGE_BYTES, `a conf change is ${CONF_CHANGE_BYTES} bytes, got ${data.byteLength}`)
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  const type = view.getUint8(0)
  assert(type === ConfChangeType.AddVoter || type === ConfChangeType.RemoveVoter || type === ConfChangeType.AddLearner, `unknown conf change type ${type}`)
  return { type, nodeId: view.getUint32(1) }
}

/** The membership after `change`, or a reason why it is invalid (then nothing changes). */
export function applyConfChange (conf: ConfState, change: ConfChange): ConfState | { readonly invalid: string } {
  assert(conf.votersOutgoing.length === 0, 'joint configurations are not supported')
  const id = change.nodeId
  const isVoter = conf.voters.includes(id)
  const isLearner = conf.learners.includes(id)
  switch (change.type) {
    case ConfChangeType.AddVoter:
      if (isVoter) return conf
      return confState(sortedWith(conf.voters, id), without(conf.learners, id))
    case ConfChangeType.AddLearner:
      if (isLearner) return conf
      if (isVoter) return { invalid: `demoting voter ${id} to a learner is not supported` }
      return confState(conf.voters, sortedWith(conf.learners, id))
    case ConfChangeType.RemoveVoter:
      if (isVoter && conf.voters.length === 1) return { invalid: `removing ${id} would leave no voter` }
      return confState(without(conf.voters, id), without(conf.learners, id))
  }
}

export function isInvalid (result: ConfState | { readonly invalid: string }): result is { readonly invalid: string } {
  return 'invalid' in result
}

function confState (voters: readonly NodeId[], learners: readonly NodeId[]): ConfState {
  return { voters, learners, votersOutgoing: [] }
}

function sortedWith (ids: readonly NodeId[], id: NodeId): NodeId[] {
  return [...ids, id].sort((a, b) => a - b)
}

function without (ids: readonly NodeId[], id: NodeId): NodeId[] {
  return ids.filter((x) => x !== id)
}
