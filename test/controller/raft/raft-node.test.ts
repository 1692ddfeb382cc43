// Three RaftNodes in one process over the real TCP transport (127.0.0.1-3) with real file storage:
// a leader is elected, proposals commit on every node (sharing fsyncs), a restarted node catches up
// (from entries, or from a snapshot once the leader compacted), and stopping the leader elects
// another without losing a committed entry.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { RaftProposalError, ProposalFailure, type RaftNode } from '../../../src/controller/raft/raft-node.ts'
import { RaftCluster as Cluster, waitFor } from '../../helpers/raft-cluster.ts'

const encoder = new TextEncoder()

async function proposeAll (leader: RaftNode, values: readonly string[]): Promise<number[]> {
  return await Promise.all(values.map(async (v) => await leader.propose(encoder.encode(v))))
}

const range = (from: number, to: number, tag: string): string[] => Array.from({ length: to - from }, (_, i) => `${tag}${from + i}`)

test('a leader is elected; concurrent proposals commit on every node and share fsyncs', async () => {
  const cluster = await Cluster.create()
  try {
    const leader = await cluster.leader()
    await waitFor('every node to know the leader', () => [...cluster.nodes.values()].every((n) => n.status().leader === leader.id))
    for (const node of cluster.nodes.values()) {
      if (node === leader) continue
      await assert.rejects(node.propose(encoder.encode('x')), (err: RaftProposalError) => err.code === ProposalFailure.NotLeader && err.leaderId === leader.id)
    }
    const before = cluster.fsyncs.get(leader.id)!
    const values = range(0, 500, 'v')
    const indexes = await proposeAll(leader, values)
    assert.deepEqual(indexes, [...indexes].sort((a, b) => a - b), 'indexes follow proposal order')
    assert.equal(new Set(indexes).size, values.length)
    const fsyncs = cluster.fsyncs.get(leader.id)! - before
    assert.ok(fsyncs <= values.length / 10, `500 proposals took ${fsyncs} fsyncs on the leader: they must be batched`)
    await cluster.converged(values)
    const status = leader.status()
    assert.equal(status.commit, indexes.at(-1))
    assert.ok(status.appliedIndex >= indexes.at(-1)!)
  } finally {
    await cluster.close()
  }
})

test('a restarted follower catches up from its own log plus what it missed', async () => {
  const cluster = await Cluster.create()
  try {
    let leader = await cluster.leader()
    const first = range(0, 50, 'a')
    await proposeAll(leader, first)
    const follower = [...cluster.nodes.keys()].find((id) => id !== leader.id)!
    await cluster.converged(first)
    await cluster.stop(follower)
    const second = range(50, 120, 'a')
    await proposeAll(leader, second)
    await cluster.start(follower)
    await cluster.converged([...first, ...second])
    leader = await cluster.leader()
    const third = range(120, 130, 'a')
    await proposeAll(leader, third)
    await cluster.converged([...first, ...second, ...third])
  } finally {
    await cluster.close()
  }
})

test('stopping the leader elects another; no committed entry is lost, and the old leader rejoins', async () => {
  const cluster = await Cluster.create()
  try {
    const oldLeader = await cluster.leader()
    const acked = range(0, 100, 'b')
    await proposeAll(oldLeader, acked)
    // Proposals in flight when the leader stops may commit or not; the acknowledged ones must stay.
    const inFlight = range(100, 150, 'b').map((v) => oldLeader.propose(encoder.encode(v)).then(() => v, (err: RaftProposalError) => err.code))
    await cluster.stop(oldLeader.id)
    const outcomes = await Promise.all(inFlight)
    const newLeader = await cluster.leader()
    assert.notEqual(newLeader.id, oldLeader.id)
    const later = range(150, 200, 'b')
    await proposeAll(newLeader, later)
    const machine = cluster.machines.get(newLeader.id)!
    for (const v of [...acked, ...outcomes.filter((o) => o.startsWith('b')), ...later]) assert.ok(machine.values.includes(v), `acknowledged ${v} is applied`)
    await cluster.start(oldLeader.id)
    await cluster.converged(machine.values.slice())
  } finally {
    await cluster.close()
  }
})

test('a follower back after the leader compacted its log catches up from a snapshot', async () => {
  const cluster = await Cluster.create({ snapshotEveryEntries: 20, compactKeepEntries: 5 })
  try {
    const leader = await cluster.leader()
    const follower = [...cluster.nodes.keys()].find((id) => id !== leader.id)!
    await cluster.stop(follower)
    const values = range(0, 150, 's')
    for (let i = 0; i < values.length; i += 10) await proposeAll(leader, values.slice(i, i + 10))
    const restarted = await cluster.start(follower)
    await cluster.converged(values)
    assert.ok(restarted.status().firstIndex > 1, 'the follower holds a snapshot, not the whole log')
  } finally {
    await cluster.close()
  }
})
