// RaftNode through its clock seam (RaftScheduler) with the fsync completion in the test's hands: the
// node does nothing between the callbacks it is given, finishes a Ready only when its fsync calls
// back, lets close() wait for that fsync, and stops (without hanging close() or snapshot()) when
// the fsync fails or the storage refuses to start one.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import pino from 'pino'
import { MemoryStorage } from '../../../src/controller/raft/core/memory-storage.ts'
import type { Entry } from '../../../src/controller/raft/core/types.ts'
import { ProposalFailure, RaftNode, RaftProposalError } from '../../../src/controller/raft/raft-node.ts'
import type { RaftScheduler } from '../../../src/controller/raft/raft-scheduler.ts'
import type { RaftStorage } from '../../../src/controller/raft/storage/raft-storage.ts'

const SILENT = pino({ level: 'silent' })
const encoder = new TextEncoder()

/** Ticks and deferred turns run only when the test says so, in order. */
class ManualScheduler implements RaftScheduler {
  readonly ticks: Array<() => void> = []
  deferred: Array<() => void> = []

  repeat (_intervalMs: number, callback: () => void): () => void {
    this.ticks.push(callback)
    return () => { this.ticks.splice(this.ticks.indexOf(callback), 1) }
  }

  defer (callback: () => void): void {
    this.deferred.push(callback)
  }

  /** Runs deferred turns until none is left. */
  runTurns (): number {
    let turns = 0
    while (this.deferred.length > 0) {
      const batch = this.deferred
      this.deferred = []
      for (const callback of batch) { callback(); turns++ }
    }
    return turns
  }
}

/** The core's in-memory log as a RaftStorage whose fsyncs complete (or fail) when the test says. */
class HeldSyncStorage extends MemoryStorage implements RaftStorage {
  readonly truncatedBytes = 0
  readonly syncs: Array<(err: Error | null) => void> = []
  refuseSync: Error | null = null
  closed = false

  constructor () {
    super({ metadata: { index: 0, term: 0, confState: { voters: [1], learners: [], votersOutgoing: [] } }, data: new Uint8Array(0) })
  }

  sync (done: (err: Error | null) => void): void {
    if (this.refuseSync !== null) throw this.refuseSync
    this.syncs.push(done)
  }

  close (): void {
    this.closed = true
  }

  complete (err: Error | null = null): void {
    const done = this.syncs.shift()
    assert.ok(done !== undefined, 'no fsync in flight')
    done(err)
  }
}

function oneVoter (): { node: RaftNode, storage: HeldSyncStorage, scheduler: ManualScheduler, applied: Entry[], fatal: Error[] } {
  const storage = new HeldSyncStorage()
  const scheduler = new ManualScheduler()
  const applied: Entry[] = []
  const fatal: Error[] = []
  const node = RaftNode.openStarted({
    nodeId: 1,
    logger: SILENT,
    scheduler,
    random: () => 0.5,
    stateMachine: { apply: (entries) => { applied.push(...entries) }, restore: () => {} },
    onFatal: (err) => { fatal.push(err) }
  }, storage, null)
  return { node, storage, scheduler, applied, fatal }
}

/** Campaigns and runs the turns and fsyncs until the lone voter leads with its empty entry applied. */
function elect (n: ReturnType<typeof oneVoter>): void {
  n.node.campaign()
  while (n.scheduler.deferred.length > 0 || n.storage.syncs.length > 0) {
    n.scheduler.runTurns()
    if (n.storage.syncs.length > 0) n.storage.complete()
  }
  assert.equal(n.node.status().role, 'leader')
}

test('the node moves only in the callbacks it is given; a Ready is finished when its fsync calls back', async () => {
  const n = oneVoter()
  assert.equal(n.storage.syncs.length, 0, 'nothing runs before the scheduler runs it')
  elect(n)
  const appliedBefore = n.applied.length
  let index = -1
  const proposal = n.node.propose(encoder.encode('a')).then((i) => { index = i })
  await Promise.resolve()
  assert.equal(n.storage.lastIndex(), appliedBefore, 'not written before its turn')
  assert.equal(n.scheduler.runTurns(), 1, 'one turn for the proposal')
  assert.equal(n.storage.syncs.length, 1, 'written, its fsync in flight')
  assert.equal(n.applied.length, appliedBefore, 'not applied before the fsync')
  n.node.submit(encoder.encode('b'), () => {})
  assert.equal(n.scheduler.runTurns(), 0, 'no turn while an fsync is in flight: b waits for the next Ready')
  n.storage.complete()
  await proposal
  assert.equal(index, appliedBefore + 1)
  assert.deepEqual(n.applied.slice(appliedBefore).map((e) => new TextDecoder().decode(e.data)), ['a'])
  assert.equal(n.storage.syncs.length, 1, 'b in the next Ready, at once')
  n.storage.complete()
  assert.equal(n.applied.length, appliedBefore + 2)
  await n.node.close()
})

test('close() waits for the fsync in flight and finishes its Ready; ticks stop', async () => {
  const n = oneVoter()
  elect(n)
  const proposal = n.node.propose(encoder.encode('x'))
  n.scheduler.runTurns()
  assert.equal(n.storage.syncs.length, 1)
  let closed = false
  const closing = n.node.close().then(() => { closed = true })
  await new Promise((resolve) => setImmediate(resolve))
  assert.equal(closed, false, 'close() waits for the fsync')
  assert.equal(n.scheduler.ticks.length, 0, 'the tick timer is stopped at once')
  n.storage.complete()
  await closing
  assert.ok(await proposal > 0, 'the durable Ready was finished: its proposal resolved')
  assert.ok(n.storage.closed)
})

test('a failed fsync stops the node: proposals refused, snapshot() and close() do not hang, onFatal once', { timeout: 10_000 }, async () => {
  const n = oneVoter()
  elect(n)
  const proposal = n.node.propose(encoder.encode('x'))
  n.scheduler.runTurns()
  n.storage.complete(new Error('EIO: injected'))
  await assert.rejects(proposal, (err: RaftProposalError) => err.code === ProposalFailure.Closed)
  assert.equal(n.fatal.length, 1)
  assert.throws(() => n.node.submit(encoder.encode('y'), () => {}), (err: RaftProposalError) => err.code === ProposalFailure.Closed)
  await assert.rejects(n.node.snapshot(1, new Uint8Array(0)), RaftProposalError)
  await n.node.close()
})

test('a storage that refuses to start an fsync stops the node without leaving one in progress', { timeout: 10_000 }, async () => {
  const n = oneVoter()
  elect(n)
  n.storage.refuseSync = new Error('the storage failed earlier')
  const proposal = n.node.propose(encoder.encode('x'))
  n.scheduler.runTurns()
  await assert.rejects(proposal, (err: RaftProposalError) => err.code === ProposalFailure.Closed)
  assert.equal(n.fatal.length, 1)
  await assert.rejects(n.node.snapshot(1, new Uint8Array(0)), RaftProposalError)
  await n.node.close()
})
