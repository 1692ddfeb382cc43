// The group coordinator when the @metadata log fails a write: nothing changes (the group it holds and
// the image stay as they were, so there is nothing to roll back), every request the write would have
// answered gets Kafka's error for a failed append, the failure is logged once, and a log that refuses
// stops the coordinator. Two failing logs: a MetadataLog whose disk has failed (append rejects with
// EIO), and a real RaftMetadataLog whose file writes fail underneath.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pino } from 'pino'
import { RaftMetadataLog, type MetadataLog, type MetadataEntry, type MetadataSnapshot, type MetadataLeadership } from '../../src/controller/metadata/metadata-log.ts'
import type { MetadataRecord } from '../../src/controller/metadata/metadata-record.ts'
import { nodeFileIO, type RaftFileIO } from '../../src/controller/raft/storage/file-io.ts'
import { RaftProposalError, ProposalFailure } from '../../src/controller/raft/raft-node.ts'
import { silentLogger, type Logger } from '../../src/util/logger.ts'
import { QuorumController, GroupWritesFullError, GROUP_WRITES_PENDING_MAX } from '../../src/controller/quorum-controller/quorum-controller.ts'
import { GroupCoordinator, groupWriteErrorCode, type CoordinatorConfig } from '../../src/controller/group/group-coordinator.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import type { JoinRequest, SyncRequest } from '../../src/controller/group/group-state-machine.ts'

const defaults = { numPartitions: 2, replicationFactor: 1, deleteTopicEnable: true, nodePartitionsMax: 20_000 }
const config: CoordinatorConfig = { minSessionTimeoutMs: 1000, maxSessionTimeoutMs: 60_000, maxSize: 10, initialRebalanceDelayMs: 0, offsetsRetentionMs: 60_000, offsetsRetentionCheckIntervalMs: 1_000_000 }

function eio (): Error {
  return Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO', errno: -5 })
}

/** A MetadataLog on a disk that fails: once `failed`, every append rejects as the write would. */
class FailedDiskLog implements MetadataLog {
  failed = false
  private readonly inner: MetadataLog
  constructor (inner: MetadataLog) { this.inner = inner }
  async append (records: readonly MetadataRecord[]): Promise<number> {
    if (this.failed) throw eio()
    return await this.inner.append(records)
  }

  replay (): { readonly snapshot: MetadataSnapshot | null, readonly entries: readonly MetadataEntry[] } { return this.inner.replay() }
  onApply (listener: (entry: MetadataEntry) => void): void { this.inner.onApply(listener) }
  endOffset (): number { return this.inner.endOffset() }
  bytesSinceSnapshot (): number { return this.inner.bytesSinceSnapshot() }
  async snapshot (offset: number, records: readonly MetadataRecord[]): Promise<void> { await this.inner.snapshot(offset, records) }
  isLeader (): boolean { return this.inner.isLeader() }
  leader (): MetadataLeadership { return this.inner.leader() }
  onLeaderChange (listener: (leadership: MetadataLeadership) => void): void { this.inner.onLeaderChange(listener) }
  appliedEpoch (): number { return this.inner.appliedEpoch() }
  async close (): Promise<void> { await this.inner.close() }
}

/** A logger that keeps its lines, to count what was logged. */
type LogLine = { level: number, msg: string, operation?: string }

function capturingLogger (): { logger: Logger, lines: LogLine[] } {
  const lines: LogLine[] = []
  const logger = pino({ level: 'debug' }, { write: (line: string) => { lines.push(JSON.parse(line)) } })
  return { logger, lines }
}

function joinReq (memberId: string, groupInstanceId: string | null = null): JoinRequest {
  return { memberId, groupInstanceId, clientId: 'c', protocolType: 'consumer', protocols: [{ name: 'range', metadata: Buffer.from('sub') }], sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 10_000, requireKnownMemberId: false }
}

function syncReq (memberId: string, generationId: number, assignments: SyncRequest['assignments'] = []): SyncRequest {
  return { memberId, groupInstanceId: null, generationId, protocolType: null, protocolName: null, assignments }
}

async function withDir (body: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-group-failures-'))
  try {
    await body(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function prepare (controller: QuorumController, logger: Logger): Promise<GroupCoordinator> {
  await controller.registerLocalBroker({ nodeId: 1, endpoints: [{ name: 'PLAINTEXT', host: 'localhost', port: 9092 }], rack: null })
  await controller.createTopics([{ name: 't', numPartitions: 2, replicationFactor: -1, assignments: [], configs: new Map() }], false)
  const coordinator = new GroupCoordinator(config, controller, logger)
  coordinator.load(0)
  return coordinator
}

/** A coordinator over a MetadataLog whose disk fails when `log.failed` is set; everything closed after. */
async function withFailableDisk (body: (ctx: { log: FailedDiskLog, controller: QuorumController, coordinator: GroupCoordinator, lines: LogLine[] }) => Promise<void>): Promise<void> {
  await withDir(async (dir) => {
    const log = new FailedDiskLog(await RaftMetadataLog.open({ parentDir: dir, nodeId: 1, logger: silentLogger() }))
    const controller = QuorumController.replay(log, defaults, 1 << 30)
    const { logger, lines } = capturingLogger()
    const coordinator = await prepare(controller, logger)
    try {
      await body({ log, controller, coordinator, lines })
    } finally {
      coordinator.close()
      await controller.close()
    }
  })
}

/**
 * Group 'g' with members A (leader) and B in generation 2, CompletingRebalance: B's SyncGroup waits
 * for the leader's assignments. Generation 1 (A alone) is stored.
 */
async function twoMembersAwaitingAssignments (coordinator: GroupCoordinator): Promise<{ a: string, b: string, bSync: Promise<{ errorCode: number }> }> {
  const a = (await coordinator.join('g', joinReq(''), 0)).memberId
  assert.equal((await coordinator.sync('g', syncReq(a, 1, [{ memberId: a, assignment: Buffer.from('gen1') }]), 0)).errorCode, ErrorCode.NONE)
  const bJoin = coordinator.join('g', joinReq(''), 10)
  const aJoin = await coordinator.join('g', joinReq(a), 20)
  const b = (await bJoin).memberId
  assert.deepEqual([aJoin.generationId, aJoin.leader], [2, a])
  const bSync = coordinator.sync('g', syncReq(b, 2), 30)
  return { a, b, bSync }
}

test('the leader\'s SyncGroup on a failed disk: the group and the image are unchanged, the leader and the waiting member get NOT_COORDINATOR, logged once', async () => {
  await withFailableDisk(async ({ log, controller, coordinator, lines }) => {
    const { a, b, bSync } = await twoMembersAwaitingAssignments(coordinator)
    const imageBefore = controller.image()
    log.failed = true

    const leader = await coordinator.sync('g', syncReq(a, 2, [{ memberId: a, assignment: Buffer.from('A') }, { memberId: b, assignment: Buffer.from('B') }]), 40)
    assert.equal(leader.errorCode, ErrorCode.NOT_COORDINATOR)
    assert.equal((await bSync).errorCode, ErrorCode.NOT_COORDINATOR, 'the member waiting for the assignments is answered, not left hanging')
    const g = coordinator.groups.get('g')!
    assert.deepEqual([g.state, g.generationId, g.members.get(a)!.assignment.toString(), g.members.get(b)!.assignment.length], ['CompletingRebalance', 2, 'gen1', 0], 'the assignments were never installed')
    assert.equal(controller.image(), imageBefore, 'the image did not move')
    assert.equal(controller.image().groups.get('g')!.generation, 1, 'the stored generation is still 1')
    assert.equal(lines.filter((l) => l.level >= 50).length, 1, 'one error line for the failed write')
    assert.equal(lines.find((l) => l.level >= 50)!.operation, 'SyncGroup')
    // A log that refuses writes: this coordinator stops, and members go and find the coordinator again.
    assert.equal(coordinator.coordinatorError(), ErrorCode.NOT_COORDINATOR)
    assert.equal(await coordinator.heartbeat('g', { memberId: a, groupInstanceId: null, generationId: 2 }, 50), ErrorCode.NOT_COORDINATOR)
  })
})

test('the last member\'s LeaveGroup on a failed disk: the member stays, the group is not emptied in the log, NOT_COORDINATOR', async () => {
  await withFailableDisk(async ({ log, controller, coordinator }) => {
    const a = (await coordinator.join('g', joinReq(''), 0)).memberId
    assert.equal((await coordinator.sync('g', syncReq(a, 1), 0)).errorCode, ErrorCode.NONE)
    log.failed = true
    assert.equal(await coordinator.leave('g', a, null, 10), ErrorCode.NOT_COORDINATOR)
    const g = coordinator.groups.get('g')!
    assert.deepEqual([g.state, g.generationId, [...g.members.keys()]], ['Stable', 1, [a]])
    assert.equal(controller.image().groups.get('g')!.members.length, 1)
  })
})

test('a static member\'s replacement on a failed disk keeps the old member id; OffsetCommit and OffsetDelete answer NOT_COORDINATOR and change no offset', async () => {
  await withFailableDisk(async ({ log, controller, coordinator, lines }) => {
    const old = (await coordinator.join('g', joinReq('', 'instance-1'), 0)).memberId
    assert.equal((await coordinator.sync('g', syncReq(old, 1), 0)).errorCode, ErrorCode.NONE)
    assert.deepEqual(await coordinator.commitOffsets('g', [{ topic: 't', partition: 0, offset: 7, leaderEpoch: 0, metadata: null }], { generationId: 1, memberId: old, groupInstanceId: null }), [ErrorCode.NONE])
    log.failed = true
    const replaced = await coordinator.join('g', joinReq('', 'instance-1'), 10)
    assert.equal(replaced.errorCode, ErrorCode.NOT_COORDINATOR)
    const g = coordinator.groups.get('g')!
    assert.deepEqual([[...g.members.keys()], g.staticMembers.get('instance-1')], [[old], old], 'the old member id is still the instance\'s')
    assert.equal(controller.image().groups.get('g')!.members[0]!.memberId, old)
    // The coordinator has stopped; the offset write fails all the same and nothing moves.
    const commit = await coordinator.commitOffsets('g', [{ topic: 't', partition: 0, offset: 8, leaderEpoch: 0, metadata: null }, { topic: 't', partition: 1, offset: 8, leaderEpoch: 0, metadata: null }], { generationId: 1, memberId: old, groupInstanceId: null })
    assert.deepEqual(commit, [ErrorCode.NOT_COORDINATOR, ErrorCode.NOT_COORDINATOR])
    assert.equal(await coordinator.deleteOffsets('g', [{ topic: 't', partition: 0 }]), ErrorCode.NOT_COORDINATOR)
    assert.equal(controller.image().groupOffsets.get('g')!.get('t\u00000')!.offset, 7)
    assert.equal(lines.filter((l) => l.level >= 50).length, 1, 'the refusal is logged at error level once; later failures at debug')
  })
})

test('a real RaftMetadataLog whose file writes fail: the leader\'s SyncGroup gets NOT_COORDINATOR and the group stays as it was', async () => {
  await withDir(async (dir) => {
    let failing = false
    const io: RaftFileIO = {
      ...nodeFileIO,
      write: (fd, bytes, position) => { if (failing) throw eio(); nodeFileIO.write(fd, bytes, position) },
      fsync: (fd, done) => { if (failing) setImmediate(() => done(eio())); else nodeFileIO.fsync(fd, done) }
    }
    const log = await RaftMetadataLog.open({ parentDir: dir, nodeId: 1, logger: silentLogger(), io })
    const controller = QuorumController.replay(log, defaults, 1 << 30)
    const coordinator = await prepare(controller, silentLogger())
    const { a, b, bSync } = await twoMembersAwaitingAssignments(coordinator)
    const imageBefore = controller.image()
    failing = true
    const leader = await coordinator.sync('g', syncReq(a, 2, [{ memberId: a, assignment: Buffer.from('A') }, { memberId: b, assignment: Buffer.from('B') }]), 40)
    assert.equal(leader.errorCode, ErrorCode.NOT_COORDINATOR)
    assert.equal((await bSync).errorCode, ErrorCode.NOT_COORDINATOR)
    const g = coordinator.groups.get('g')!
    assert.deepEqual([g.state, g.generationId, g.members.get(b)!.assignment.length], ['CompletingRebalance', 2, 0])
    assert.equal(controller.image(), imageBefore)
    coordinator.close()
    await controller.close().catch(() => undefined)
  })
})

test('an overloaded log (too many group writes waiting): LeaveGroup gets COORDINATOR_NOT_AVAILABLE, nothing changes, and the coordinator keeps serving', async () => {
  await withFailableDisk(async ({ controller, coordinator, lines }) => {
    const a = (await coordinator.join('g', joinReq(''), 0)).memberId
    assert.equal((await coordinator.sync('g', syncReq(a, 1), 0)).errorCode, ErrorCode.NONE)
    const commit = (i: number): Promise<number[]> => controller.commitOffsets('flood', [{ topic: 't', partition: 0, offset: i, leaderEpoch: 0, metadata: null }], ErrorCode.NONE)
    // One entry goes to the log; while it is being written, the queue behind it fills to the bound.
    const first = commit(0)
    await new Promise((resolve) => setImmediate(resolve))
    const flood = Array.from({ length: GROUP_WRITES_PENDING_MAX }, (_, i) => commit(i + 1))
    assert.equal(await coordinator.leave('g', a, null, 10), ErrorCode.COORDINATOR_NOT_AVAILABLE)
    assert.deepEqual([...coordinator.groups.get('g')!.members.keys()], [a], 'the member is still in the group')
    assert.equal(controller.image().groups.get('g')!.members.length, 1)
    assert.equal(coordinator.coordinatorError(), ErrorCode.NONE, 'an overloaded log is no reason to stop')
    assert.deepEqual(lines.filter((l) => l.level >= 40).map((l) => [l.level, l.operation]), [[40, 'LeaveGroup']])
    await Promise.all([first, ...flood])
    assert.equal(await coordinator.leave('g', a, null, 20), ErrorCode.NONE)
    assert.equal(controller.image().groups.get('g')!.members.length, 0)
  })
})

test('Kafka\'s mapping of a failed append: an overloaded log is COORDINATOR_NOT_AVAILABLE, a refusing one NOT_COORDINATOR', () => {
  assert.equal(groupWriteErrorCode(new GroupWritesFullError()), ErrorCode.COORDINATOR_NOT_AVAILABLE)
  assert.equal(groupWriteErrorCode(new RaftProposalError(ProposalFailure.TooManyPending, 'x', 1)), ErrorCode.COORDINATOR_NOT_AVAILABLE)
  assert.equal(groupWriteErrorCode(new RaftProposalError(ProposalFailure.Dropped, 'x', 1)), ErrorCode.COORDINATOR_NOT_AVAILABLE)
  for (const code of [ProposalFailure.Closed, ProposalFailure.NotLeader, ProposalFailure.LeadershipLost, ProposalFailure.Overwritten]) {
    assert.equal(groupWriteErrorCode(new RaftProposalError(code, 'x', 1)), ErrorCode.NOT_COORDINATOR, code)
  }
  assert.equal(groupWriteErrorCode(eio()), ErrorCode.NOT_COORDINATOR, 'a storage failure, as Kafka maps KAFKA_STORAGE_ERROR')
})
