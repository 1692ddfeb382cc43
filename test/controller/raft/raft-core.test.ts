// RaftCore's contract, piece by piece: configuration checked up front, bad input from the network
// dropped, the Ready discipline (what must be durable before which message), bounds on
// proposals and inflight bytes, restarts from storage, and single-voter commits.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { MemoryStorage } from '../../../src/controller/raft/core/memory-storage.ts'
import { message } from '../../../src/controller/raft/core/messages.ts'
import { RaftCore } from '../../../src/controller/raft/core/raft-core.ts'
import type { RaftConfig } from '../../../src/controller/raft/core/config.ts'
import type { Ready } from '../../../src/controller/raft/core/ready.ts'
import { MessageType, StateRole, type Message, type NodeId } from '../../../src/controller/raft/core/types.ts'

const encoder = new TextEncoder()

function storageFor (voters: NodeId[]): MemoryStorage {
  const storage = new MemoryStorage({ metadata: { index: 1, term: 1, confState: { voters, learners: [], votersOutgoing: [] } }, data: new Uint8Array() })
  storage.setHardState({ term: 1, vote: 0, commit: 1 })
  return storage
}

function config (id: NodeId, storage: MemoryStorage, extra: Partial<RaftConfig> = {}): RaftConfig {
  return { id, storage, electionTicks: 10, heartbeatTicks: 1, random: () => 0, preVote: false, checkQuorum: false, maxInflightMsgs: 256, maxInflightBytes: Infinity, maxSizePerMsg: 1 << 20, ...extra }
}

/** Persists, "sends" (returns) and advances one Ready, the way a driver does. */
function handle (core: RaftCore, storage: MemoryStorage): Ready {
  const rd = core.ready()
  if (rd.snapshot !== null) storage.applySnapshot(rd.snapshot)
  storage.append(rd.entries)
  if (rd.hardState !== null) storage.setHardState(rd.hardState)
  core.advance(rd)
  return rd
}

/** A cluster of cores that delivers every message at once, until quiet. */
function cluster (ids: NodeId[], extra: Partial<RaftConfig> = {}): { cores: Map<NodeId, RaftCore>, storages: Map<NodeId, MemoryStorage>, settle: () => void } {
  const cores = new Map<NodeId, RaftCore>()
  const storages = new Map<NodeId, MemoryStorage>()
  for (const id of ids) {
    const storage = storageFor(ids)
    storages.set(id, storage)
    cores.set(id, new RaftCore(config(id, storage, extra)))
  }
  const settle = (): void => {
    for (let round = 0; round < 100; round++) {
      const sent: Message[] = []
      for (const [id, core] of cores) while (core.hasReady()) sent.push(...handle(core, storages.get(id)!).messages)
      if (sent.length === 0) return
      for (const m of sent) cores.get(m.to)!.step(m)
    }
    throw new Error('did not settle')
  }
  return { cores, storages, settle }
}

test('a bad configuration fails at construction', () => {
  const storage = storageFor([1])
  assert.throws(() => new RaftCore(config(0, storage)), /node id/)
  assert.throws(() => new RaftCore(config(1, storage, { electionTicks: 1, heartbeatTicks: 1 })), /greater than heartbeatTicks/)
  assert.throws(() => new RaftCore(config(1, storage, { maxInflightMsgs: 0 })), /maxInflightMsgs/)
  assert.throws(() => new RaftCore(config(1, storage, { maxSizePerMsg: 0 })), /maxSizePerMsg/)
  // The first election timeout is drawn at construction: a bad source fails there too.
  assert.throws(() => new RaftCore(config(1, storage, { random: () => 1 })), /random\(\) must be in \[0, 1\)/)
})

test('local-only messages and answers from non-members are dropped as bad input', () => {
  const core = new RaftCore(config(1, storageFor([1, 2, 3])))
  assert.equal(core.step(message({ type: MessageType.Hup, to: 1, from: 2, term: 5 })), false)
  assert.equal(core.step(message({ type: MessageType.AppResp, to: 1, from: 9, term: 5 })), false)
  assert.equal(core.status().term, 1, 'neither moved our term')
  assert.equal(core.step(message({ type: MessageType.Heartbeat, to: 1, from: 2, term: 2 })), true)
  assert.equal(core.status().leader, 2)
})

test('a vote leaves only in a Ready that also carries it for fsync; one Ready at a time', () => {
  const storage = storageFor([1, 2, 3])
  const core = new RaftCore(config(2, storage))
  core.step(message({ type: MessageType.Vote, to: 2, from: 1, term: 2, index: 1, logTerm: 1 }))
  assert.equal(core.hasReady(), true)
  const rd = core.ready()
  const answer = rd.messages.find((m) => m.type === MessageType.VoteResp)
  assert.ok(answer !== undefined && !answer.reject)
  assert.deepEqual(rd.hardState, { term: 2, vote: 1, commit: 1 })
  assert.equal(rd.mustSync, true)
  assert.equal(core.hasReady(), false, 'nothing more is handed out before advance')
  assert.throws(() => core.ready(), /advance the previous Ready/)
  assert.throws(() => core.advance({ ...rd }), /the Ready last handed out/)
  core.advance(rd)
  // A commit index alone does not need an fsync.
  core.step(message({ type: MessageType.Heartbeat, to: 2, from: 1, term: 2, commit: 1 }))
  assert.equal(core.ready().mustSync, false)
})

test('a node that voted in a term refuses any other candidate in it, also after a restart', () => {
  const storage = storageFor([1, 2, 3])
  const core = new RaftCore(config(3, storage))
  core.step(message({ type: MessageType.Vote, to: 3, from: 1, term: 2, index: 1, logTerm: 1 }))
  handle(core, storage)
  const restarted = new RaftCore(config(3, storage))
  restarted.step(message({ type: MessageType.Vote, to: 3, from: 2, term: 2, index: 5, logTerm: 1 }))
  const answer = restarted.ready().messages.find((m) => m.type === MessageType.VoteResp)!
  assert.equal(answer.reject, true)
  assert.equal(restarted.status().vote, 1)
})

test('a single voter commits its proposal in the same Ready that persists it', () => {
  const storage = storageFor([1])
  const core = new RaftCore(config(1, storage))
  core.campaign()
  assert.equal(core.status().role, StateRole.Leader)
  handle(core, storage)
  assert.equal(core.propose(encoder.encode('x')), true)
  const rd = core.ready()
  assert.deepEqual(rd.entries.map((e) => e.index), [3])
  assert.deepEqual(rd.committedEntries.map((e) => e.index), [3], 'applied only after the driver persisted rd.entries')
  assert.equal(rd.mustSync, true)
})

test('proposals: dropped without a leader or with forwarding off, forwarded otherwise', () => {
  const { cores, settle } = cluster([1, 2, 3])
  const follower = cores.get(2)!
  assert.equal(follower.propose(encoder.encode('x')), false, 'no leader known')
  cores.get(1)!.campaign()
  settle()
  assert.equal(follower.propose(encoder.encode('x')), true)
  const forwarded = follower.ready().messages.find((m) => m.type === MessageType.Prop)!
  assert.equal(forwarded.to, 1)
  const noForwarding = new RaftCore(config(2, storageFor([1, 2, 3]), { disableProposalForwarding: true }))
  noForwarding.step(message({ type: MessageType.Heartbeat, to: 2, from: 1, term: 2 }))
  assert.equal(noForwarding.propose(encoder.encode('x')), false)
})

test('the uncommitted quota refuses proposals until entries are applied', () => {
  const { cores, settle } = cluster([1, 2, 3], { maxUncommittedEntriesBytes: 10 })
  const leader = cores.get(1)!
  leader.campaign()
  settle()
  assert.equal(leader.propose(new Uint8Array(8)), true)
  assert.equal(leader.propose(new Uint8Array(8)), false, '16 bytes outstanding would exceed 10')
  assert.equal(leader.propose(new Uint8Array(0)), true, 'an empty proposal always fits')
  settle() // replicated, committed, applied
  assert.equal(leader.propose(new Uint8Array(8)), true, 'applied entries no longer count')
})

test('appends in flight to a follower stop at the byte bound', () => {
  const { cores, storages, settle } = cluster([1, 2], { maxInflightBytes: 300, maxSizePerMsg: 120 })
  const leader = cores.get(1)!
  leader.campaign()
  settle()
  handle(leader, storages.get(1)!) // nothing pending
  for (let i = 0; i < 10; i++) leader.propose(new Uint8Array(100))
  const appends = handle(leader, storages.get(1)!).messages.filter((m) => m.type === MessageType.App && m.entries.length > 0)
  // Each append carries one 116-byte entry; the third one reaches 348 >= 300 and fills the inflights.
  assert.equal(appends.length, 3)
  assert.equal(leader.progress().get(2)!.inflightCount, 3)
})

test('a restart resumes from storage: term, vote, commit, and nothing applied twice', () => {
  const { cores, storages, settle } = cluster([1, 2, 3])
  cores.get(1)!.campaign()
  settle()
  cores.get(1)!.propose(encoder.encode('a'))
  settle()
  const storage = storages.get(2)!
  const before = cores.get(2)!.status()
  const restarted = new RaftCore(config(2, storage, { applied: before.applied }))
  const after = restarted.status()
  assert.deepEqual([after.term, after.vote, after.commit, after.lastIndex], [before.term, before.vote, before.commit, before.lastIndex])
  assert.equal(restarted.hasReady(), false, 'everything was applied before the restart')
  const fresh = new RaftCore(config(2, storage))
  assert.deepEqual(fresh.ready().committedEntries.map((e) => e.index), [2, 3], 'without an applied index, entries after the snapshot replay')
})

test('a rejected vote request of a later term does not restart our election timer', () => {
  // Node 3 has an entry node 2 lacks; a candidate with a stale log and a faster clock must not
  // keep 3 from ever timing out (the livelock the simulation found with pre-vote off).
  const storage = storageFor([1, 2, 3])
  storage.append([{ term: 1, index: 2, type: 0, data: new Uint8Array() }])
  const core = new RaftCore(config(3, storage))
  for (let i = 0; i < 9; i++) core.tick()
  core.step(message({ type: MessageType.Vote, to: 3, from: 2, term: 5, index: 1, logTerm: 1 }))
  assert.equal(core.status().term, 5)
  assert.equal(core.ready().messages.find((m) => m.type === MessageType.VoteResp)!.reject, true)
  core.tick()
  assert.equal(core.status().role, StateRole.Candidate, 'the tenth tick still fires the election')
  assert.equal(core.status().term, 6)
})
