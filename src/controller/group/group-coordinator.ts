// The group coordinator: holds the groups, the requests that wait on them (JoinGroup and SyncGroup
// answers that arrive when a rebalance phase completes), and the timer that expires sessions and
// rebalance deadlines. It only proposes: the pure state machine computes a group's next state and its
// records without changing the group; records go to the @metadata log (batched with every other
// group write), and the group changes when they are applied — by apply(), which folds each committed
// GroupMetadata record through applyGroupRecord(), as load() does for the whole log at start. Only
// then are the members answered. A write that fails changes nothing: its requests are answered with
// the error Kafka's coordinator gives for a failed append (COORDINATOR_NOT_AVAILABLE when the log is
// overloaded, NOT_COORDINATOR when it refuses; then this coordinator stops serving, as Kafka unloads
// a coordinator whose partition is lost), logged once. What Kafka keeps in memory only (who joined the
// rebalance in progress, sessions, deadlines, waiting answers) changes at once. Operations on one
// group run one at a time, so each sees the outcome of the write before it.
import { randomUUID } from 'node:crypto'
import type { Logger } from 'pino'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { MetadataRecordType as T } from '../../protocol/generated/metadata-records/index.ts'
import { AssertionError, assert } from '../../util/assert.ts'
import type { MetadataRecord } from '../metadata/metadata-record.ts'
import type { MetadataImage } from '../metadata/metadata-image.ts'
import { RaftProposalError, ProposalFailure } from '../raft/raft-node.ts'
import { LogRateLimiter } from '../../util/log-rate-limiter.ts'
import { GroupWritesFullError } from '../quorum-controller/quorum-controller.ts'
import { Group, GroupStateMachine, applyGroupRecord, type Delivery, type GroupConfig, type JoinRequest, type JoinResult, type SyncRequest, type SyncResult, type Transition } from './group-state-machine.ts'
import { expireOffsets, groupRemovalRecord } from './offset-expiry.ts'
import type { OffsetCommitEntry } from './offset-commits.ts'

/** Bound on groups held in memory; beyond it new groups are refused. */
export const GROUPS_MAX = 100_000
/** Bound on JoinGroup requests waiting for a rebalance, across all groups. */
export const PENDING_JOINS_MAX = 100_000
const TICK_MS = 100
/** An overloaded log refuses writes by the thousand: their WARN lines are rate-limited. */
const OVERLOAD_WARNINGS = { linesMax: 10, intervalMs: 10_000 }

/** Where the coordinator's durable state lives: the @metadata log, through the controller. */
export interface GroupStore {
  image (): MetadataImage
  /**
   * Called with every committed entry's records once they are folded into the image, before the
   * write that proposed them resolves.
   */
  onImage (listener: (image: MetadataImage, previous: MetadataImage, records: readonly MetadataRecord[]) => void): void
  /** Proposes records; resolves once they are committed and applied, rejects when they are not. */
  writeGroupRecords (records: readonly MetadataRecord[]): Promise<void>
  commitOffsets (groupId: string, entries: readonly OffsetCommitEntry[], membershipError: number): Promise<number[]>
  deleteOffsets (groupId: string, partitions: ReadonlyArray<{ topic: string, partition: number }> | null): Promise<void>
}

export interface CoordinatorConfig extends GroupConfig {
  /** offsets.retention.minutes, in ms. */
  readonly offsetsRetentionMs: number
  /** offsets.retention.check.interval.ms. */
  readonly offsetsRetentionCheckIntervalMs: number
}

type Status = typeof ErrorCode.NONE | typeof ErrorCode.COORDINATOR_LOAD_IN_PROGRESS | typeof ErrorCode.NOT_COORDINATOR

/** An answer now, or one that arrives when the rebalance phase completes. */
type Answer<R> = { readonly result: R } | { readonly waiting: Promise<R> }

function joinError (memberId: string, errorCode: number): JoinResult {
  return { errorCode, generationId: -1, protocolType: null, protocolName: null, leader: '', memberId, members: [] }
}

function syncError (errorCode: number): SyncResult {
  return { errorCode, protocolType: null, protocolName: null, assignment: Buffer.alloc(0) }
}

/** A delivery that cannot stand because its records did not reach the log. */
function failed (d: Delivery, errorCode: number): Delivery {
  return d.kind === 'join' ? { kind: 'join', memberId: d.memberId, result: joinError(d.memberId, errorCode) } : { kind: 'sync', memberId: d.memberId, result: syncError(errorCode) }
}

/**
 * The error a request gets when its group write fails, as Kafka's coordinator maps a failed append:
 * a log that is only overloaded (too many writes waiting, a dropped proposal) is
 * COORDINATOR_NOT_AVAILABLE, to retry here; a log that refuses (closed, a storage failure, leadership
 * lost) is NOT_COORDINATOR, to find the coordinator again.
 */
export function groupWriteErrorCode (err: unknown): number {
  if (err instanceof GroupWritesFullError) return ErrorCode.COORDINATOR_NOT_AVAILABLE
  if (err instanceof RaftProposalError && (err.code === ProposalFailure.TooManyPending || err.code === ProposalFailure.Dropped)) return ErrorCode.COORDINATOR_NOT_AVAILABLE
  return ErrorCode.NOT_COORDINATOR
}

export class GroupCoordinator {
  readonly groups = new Map<string, Group>()
  private readonly config: CoordinatorConfig
  private readonly store: GroupStore
  private readonly machine: GroupStateMachine
  private readonly log: Logger
  private readonly overloadWarnings = new LogRateLimiter(OVERLOAD_WARNINGS)
  private readonly pendingJoins = new Map<string, (r: JoinResult) => void>()
  private readonly pendingSyncs = new Map<string, (r: SyncResult) => void>()
  /** Per group, the end of the operations queued on it (operations on one group run one at a time). */
  private readonly queues = new Map<string, Promise<void>>()
  /** Per group, the group its write in flight installs once committed (at most one: see queues). */
  private readonly proposals = new Map<string, { readonly next: Group, readonly nowMs: number }>()
  private timer: NodeJS.Timeout | null = null
  private status: Status = ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
  private nextExpiryMs = 0
  private expiring = false

  constructor (config: CoordinatorConfig, store: GroupStore, logger: Logger) {
    this.config = config
    this.store = store
    this.log = logger
    this.machine = new GroupStateMachine(config, (clientId) => `${clientId}-${randomUUID()}`)
    store.onImage((_image, _previous, records) => this.apply(records))
  }

  /**
   * Loads every group from the image (replay of the @metadata log): members come back with their
   * generation and assignment and a fresh session, so they heartbeat on without rejoining. Until
   * then requests get COORDINATOR_LOAD_IN_PROGRESS.
   */
  load (nowMs: number): void {
    this.groups.clear()
    for (const r of this.store.image().groups.values()) this.groups.set(r.groupId, applyGroupRecord(r, null, nowMs))
    this.status = ErrorCode.NONE
    this.nextExpiryMs = nowMs + this.config.offsetsRetentionCheckIntervalMs
  }

  start (): void {
    if (this.timer !== null) clearInterval(this.timer)
    this.timer = setInterval(() => this.tick(Date.now()), TICK_MS)
    this.timer.unref()
  }

  /**
   * This node is to coordinate the groups (it leads the @metadata quorum) but has not yet applied every
   * entry of its term: requests get COORDINATOR_LOAD_IN_PROGRESS until load().
   */
  beginLoading (): void {
    this.unload()
    this.status = ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
  }

  /**
   * Another node coordinates the groups now (this one lost the quorum leadership): waiting requests
   * are answered NOT_COORDINATOR, as every request after, and the groups held in memory are dropped
   * (the log keeps them; the next load() rebuilds them).
   */
  unload (): void {
    this.stopServing()
    this.groups.clear()
  }

  /** NONE when this coordinator serves groups; otherwise the error Kafka answers group requests with. */
  coordinatorError (): number {
    return this.status
  }

  /**
   * Folds committed records into the groups: the only way a group's generation, members and
   * assignments change. A proposal of this coordinator gives the in-memory part of the group;
   * otherwise the group held so far does.
   */
  private apply (records: readonly MetadataRecord[]): void {
    // Until load() the image is the truth, and load() reads it whole (after unload() too).
    if (this.status !== ErrorCode.NONE) return
    for (const r of records) {
      if (r.type !== T.GroupMetadata) continue
      const groupId = r.data.groupId
      const held = this.groups.get(groupId)
      if (r.data.removed) {
        // Members that joined since the removal was decided start the group afresh in memory.
        if (held === undefined || (held.members.size === 0 && held.pendingMemberIds.size === 0)) this.groups.delete(groupId)
        continue
      }
      const proposal = this.proposals.get(groupId)
      this.groups.set(groupId, applyGroupRecord(r.data, proposal?.next ?? held ?? null, proposal?.nowMs ?? Date.now()))
    }
  }

  /** Runs `op` after every operation queued on the group before it. */
  private exclusive<R> (groupId: string, op: () => Promise<R>): Promise<R> {
    const run = (this.queues.get(groupId) ?? Promise.resolve()).then(op)
    const end = run.then(() => undefined, () => undefined)
    this.queues.set(groupId, end)
    void end.then(() => { if (this.queues.get(groupId) === end) this.queues.delete(groupId) })
    return run
  }

  /**
   * Makes a transition real. Without records it changes only what memory holds and is installed at
   * once; with records it is proposed, and the group changes when apply() folds them. Returns NONE,
   * or the error to answer when the write failed: the group is then as it was.
   */
  private async settle (groupId: string, t: Transition, nowMs: number, operation: string): Promise<number> {
    if (t.records.length === 0) {
      if (this.groups.get(groupId) !== t.next) this.groups.set(groupId, t.next)
      return ErrorCode.NONE
    }
    this.proposals.set(groupId, { next: t.next, nowMs })
    try {
      await this.store.writeGroupRecords(t.records)
    } catch (err) {
      return this.writeFailed(err, groupId, operation)
    } finally {
      this.proposals.delete(groupId)
    }
    assert(this.groups.get(groupId)?.generationId === t.next.generationId, `group ${groupId}: a committed write installs the group it proposed`)
    return ErrorCode.NONE
  }

  /** Logs a failed group write once and gives the error to answer; a refusing log stops this coordinator. */
  private writeFailed (err: unknown, groupId: string, operation: string): number {
    if (err instanceof AssertionError) throw err
    const errorCode = groupWriteErrorCode(err)
    if (errorCode === ErrorCode.COORDINATOR_NOT_AVAILABLE) {
      const nowMs = Date.now()
      if (this.overloadWarnings.admit(nowMs)) this.log.warn({ err, groupId, operation }, 'group write refused while the @metadata log is overloaded: nothing changed, answered COORDINATOR_NOT_AVAILABLE')
      const suppressed = this.overloadWarnings.takeSuppressed(nowMs)
      if (suppressed > 0) this.log.warn({ suppressed }, `${suppressed} more group writes were refused while the @metadata log was overloaded (lines rate-limited)`)
    } else if (this.status === ErrorCode.NONE) {
      this.log.error({ err, groupId, operation }, 'the @metadata log failed a group write: nothing changed, answered NOT_COORDINATOR; this coordinator stops serving')
      this.stopServing()
    } else {
      this.log.debug({ err, groupId, operation }, 'group write failed after the coordinator stopped: answered NOT_COORDINATOR')
    }
    return errorCode
  }

  /** Hands out a transition's answers (errors instead when its write failed); returns the requester's own. */
  private deliver (groupId: string, deliveries: readonly Delivery[], requester: string | null, errorCode: number): { join: JoinResult | null, sync: SyncResult | null } {
    let join: JoinResult | null = null
    let sync: SyncResult | null = null
    for (const delivery of deliveries) {
      const d = errorCode === ErrorCode.NONE ? delivery : failed(delivery, errorCode)
      if (d.kind === 'join') {
        if (d.memberId === requester) join = d.result
        else this.answerJoin(groupId, d.memberId, d.result)
      } else {
        if (d.memberId === requester) sync = d.result
        else this.answerSync(groupId, d.memberId, d.result)
      }
    }
    return { join, sync }
  }

  private answerJoin (groupId: string, memberId: string, result: JoinResult): void {
    const key = `${groupId}\u0000${memberId}`
    const pending = this.pendingJoins.get(key)
    this.pendingJoins.delete(key)
    pending?.(result)
  }

  private answerSync (groupId: string, memberId: string, result: SyncResult): void {
    const key = `${groupId}\u0000${memberId}`
    const pending = this.pendingSyncs.get(key)
    this.pendingSyncs.delete(key)
    pending?.(result)
  }

  async join (groupId: string, req: JoinRequest, nowMs: number): Promise<JoinResult> {
    if (this.status !== ErrorCode.NONE) return joinError(req.memberId, this.status)
    if (this.pendingJoins.size >= PENDING_JOINS_MAX) return joinError(req.memberId, ErrorCode.COORDINATOR_NOT_AVAILABLE)
    const answer = await this.exclusive(groupId, async () => await this.joinInOrder(groupId, req, nowMs))
    return 'result' in answer ? answer.result : await answer.waiting
  }

  private async joinInOrder (groupId: string, req: JoinRequest, nowMs: number): Promise<Answer<JoinResult>> {
    if (this.status !== ErrorCode.NONE) return { result: joinError(req.memberId, this.status) }
    const group = this.groups.get(groupId) ?? (this.groups.size < GROUPS_MAX ? new Group(groupId) : undefined)
    if (group === undefined) return { result: joinError(req.memberId, ErrorCode.COORDINATOR_NOT_AVAILABLE) }
    const t = this.machine.join(group, req, nowMs)
    const requester = t.memberId
    // Registered before anything is awaited, so a rebalance completed by a later operation finds it.
    const waiting = t.immediate === null && !t.deliveries.some((d) => d.kind === 'join' && d.memberId === requester) ? this.waitForJoin(groupId, requester) : null
    const errorCode = await this.settle(groupId, t, nowMs, 'JoinGroup')
    const own = this.deliver(groupId, t.deliveries, requester, errorCode)
    if (errorCode !== ErrorCode.NONE) {
      if (waiting !== null) this.answerJoin(groupId, requester, joinError(req.memberId, errorCode))
      return { result: joinError(req.memberId, errorCode) }
    }
    if (t.immediate !== null) return { result: t.immediate }
    if (own.join !== null) return { result: own.join }
    return { waiting: waiting! }
  }

  private waitForJoin (groupId: string, memberId: string): Promise<JoinResult> {
    return new Promise<JoinResult>((resolve) => {
      // A member that rejoins while an older join of its own waits: the older one is superseded.
      this.answerJoin(groupId, memberId, joinError(memberId, ErrorCode.REBALANCE_IN_PROGRESS))
      this.pendingJoins.set(`${groupId}\u0000${memberId}`, resolve)
    })
  }

  async sync (groupId: string, req: SyncRequest, nowMs: number): Promise<SyncResult> {
    if (this.status !== ErrorCode.NONE) return syncError(this.status)
    const answer = await this.exclusive(groupId, async () => await this.syncInOrder(groupId, req, nowMs))
    return 'result' in answer ? answer.result : await answer.waiting
  }

  private async syncInOrder (groupId: string, req: SyncRequest, nowMs: number): Promise<Answer<SyncResult>> {
    if (this.status !== ErrorCode.NONE) return { result: syncError(this.status) }
    const group = this.groups.get(groupId)
    if (group === undefined) return { result: syncError(ErrorCode.UNKNOWN_MEMBER_ID) }
    const t = this.machine.sync(group, req, nowMs)
    const waiting = t.immediate === null && !t.deliveries.some((d) => d.kind === 'sync' && d.memberId === req.memberId)
      ? new Promise<SyncResult>((resolve) => {
        this.answerSync(groupId, req.memberId, syncError(ErrorCode.REBALANCE_IN_PROGRESS))
        this.pendingSyncs.set(`${groupId}\u0000${req.memberId}`, resolve)
      })
      : null
    const errorCode = await this.settle(groupId, t, nowMs, 'SyncGroup')
    const own = this.deliver(groupId, t.deliveries, req.memberId, errorCode)
    if (errorCode !== ErrorCode.NONE) {
      if (waiting !== null) this.answerSync(groupId, req.memberId, syncError(errorCode))
      return { result: syncError(errorCode) }
    }
    if (t.immediate !== null) return { result: t.immediate }
    if (own.sync !== null) return { result: own.sync }
    return { waiting: waiting! }
  }

  async heartbeat (groupId: string, req: { memberId: string, groupInstanceId: string | null, generationId: number }, nowMs: number): Promise<number> {
    // As Kafka: while the groups load, heartbeats are answered blindly so members do not rejoin.
    if (this.status === ErrorCode.COORDINATOR_LOAD_IN_PROGRESS) return ErrorCode.NONE
    if (this.status !== ErrorCode.NONE) return this.status
    return await this.exclusive(groupId, async () => {
      if (this.status !== ErrorCode.NONE) return this.status
      const group = this.groups.get(groupId)
      if (group === undefined) return ErrorCode.UNKNOWN_MEMBER_ID
      const { errorCode, next } = this.machine.heartbeat(group, req, nowMs)
      // A session lives in memory only (Kafka writes no record for it).
      this.groups.set(groupId, next)
      return errorCode
    })
  }

  async leave (groupId: string, memberId: string, groupInstanceId: string | null, nowMs: number): Promise<number> {
    if (this.status !== ErrorCode.NONE) return this.status
    return await this.exclusive(groupId, async () => {
      if (this.status !== ErrorCode.NONE) return this.status
      const group = this.groups.get(groupId)
      if (group === undefined) return ErrorCode.UNKNOWN_MEMBER_ID
      const t = this.machine.leave(group, memberId, groupInstanceId, nowMs)
      const errorCode = await this.settle(groupId, t, nowMs, 'LeaveGroup')
      this.deliver(groupId, t.deliveries, null, errorCode)
      return errorCode !== ErrorCode.NONE ? errorCode : t.errorCode
    })
  }

  /**
   * Whether an OffsetCommit may proceed: a member of the current generation, or the simple commit
   * (generation < 0, no member id) of a group that has no members.
   */
  commitPermission (groupId: string, generationId: number, memberId: string, groupInstanceId: string | null): number {
    if (this.status !== ErrorCode.NONE) return this.status
    const group = this.groups.get(groupId)
    if (group === undefined || group.members.size === 0) return generationId < 0 && memberId === '' ? ErrorCode.NONE : ErrorCode.UNKNOWN_MEMBER_ID
    if (groupInstanceId !== null && group.staticMembers.get(groupInstanceId) !== undefined && group.staticMembers.get(groupInstanceId) !== memberId) return ErrorCode.FENCED_INSTANCE_ID
    if (!group.members.has(memberId)) return ErrorCode.UNKNOWN_MEMBER_ID
    if (generationId !== group.generationId) return ErrorCode.ILLEGAL_GENERATION
    // As Kafka: members of the current generation still own their partitions while the group prepares
    // a rebalance (eager consumers commit in their revocation callback, before they rejoin); only
    // between the join and the assignments is a commit premature.
    if (group.state === 'CompletingRebalance') return ErrorCode.REBALANCE_IN_PROGRESS
    return ErrorCode.NONE
  }

  /**
   * OffsetCommit: the membership check, then the offsets written to the @metadata log (commits that
   * arrive together share one entry). An error code per entry; a failed write answers every entry.
   */
  async commitOffsets (groupId: string, entries: readonly OffsetCommitEntry[], member: { generationId: number, memberId: string, groupInstanceId: string | null }): Promise<number[]> {
    const permission = this.commitPermission(groupId, member.generationId, member.memberId, member.groupInstanceId)
    try {
      return await this.store.commitOffsets(groupId, entries, permission)
    } catch (err) {
      const errorCode = this.writeFailed(err, groupId, 'OffsetCommit')
      return entries.map(() => errorCode)
    }
  }

  /** OffsetDelete: removes the listed partitions' committed offsets; NONE or the write's error. */
  async deleteOffsets (groupId: string, partitions: ReadonlyArray<{ topic: string, partition: number }>): Promise<number> {
    try {
      await this.store.deleteOffsets(groupId, partitions)
      return ErrorCode.NONE
    } catch (err) {
      return this.writeFailed(err, groupId, 'OffsetDelete')
    }
  }

  /** Whether the group exists: it has a state here or committed offsets. */
  knows (groupId: string): boolean {
    return this.groups.has(groupId) || this.store.image().groupOffsets.has(groupId)
  }

  /** DeleteGroups for one group: GROUP_ID_NOT_FOUND, NON_EMPTY_GROUP, or the group and its offsets are removed. */
  async deleteGroup (groupId: string): Promise<number> {
    if (this.status !== ErrorCode.NONE) return this.status
    return await this.exclusive(groupId, async () => {
      if (this.status !== ErrorCode.NONE) return this.status
      if (!this.knows(groupId)) return ErrorCode.GROUP_ID_NOT_FOUND
      const group = this.groups.get(groupId)
      if (group !== undefined && (group.members.size > 0 || group.pendingMemberIds.size > 0)) return ErrorCode.NON_EMPTY_GROUP
      try {
        await this.store.deleteOffsets(groupId, null)
        if (this.store.image().groups.has(groupId)) await this.store.writeGroupRecords([groupRemovalRecord(groupId)])
      } catch (err) {
        return this.writeFailed(err, groupId, 'DeleteGroups')
      }
      // A group stored in the log is gone with its removal record; one held in memory only goes now.
      this.groups.delete(groupId)
      return ErrorCode.NONE
    })
  }

  tick (nowMs: number): void {
    if (this.status !== ErrorCode.NONE) return
    for (const [groupId, group] of this.groups) {
      // A group with operations queued is ticked once they are done (the next tick).
      if (this.queues.has(groupId) || !this.machine.due(group, nowMs)) continue
      void this.exclusive(groupId, async () => await this.tickGroup(groupId, nowMs))
    }
    if (nowMs >= this.nextExpiryMs) void this.expire(nowMs)
  }

  private async tickGroup (groupId: string, nowMs: number): Promise<void> {
    const group = this.groups.get(groupId)
    if (group === undefined || this.status !== ErrorCode.NONE) return
    const t = this.machine.tick(group, nowMs)
    const errorCode = await this.settle(groupId, t, nowMs, 'session and rebalance expiry')
    this.deliver(groupId, t.deliveries, null, errorCode)
  }

  /** Removes expired offsets and the groups left empty without offsets (offsets.retention.minutes). */
  async expire (nowMs: number): Promise<void> {
    if (this.expiring || this.status !== ErrorCode.NONE) return
    this.expiring = true
    this.nextExpiryMs = nowMs + this.config.offsetsRetentionCheckIntervalMs
    try {
      const { records, removedGroups } = expireOffsets(this.store.image(), this.groups, nowMs, this.config.offsetsRetentionMs)
      if (records.length > 0) await this.store.writeGroupRecords(records)
      // Groups stored in the log went with their removal records; those held in memory only go now,
      // unless members joined meanwhile.
      for (const groupId of removedGroups) {
        const group = this.groups.get(groupId)
        if (group !== undefined && group.members.size === 0 && group.pendingMemberIds.size === 0 && !this.queues.has(groupId)) this.groups.delete(groupId)
      }
    } catch (err) {
      // Nothing changed; the next check tries again if this coordinator still serves.
      this.writeFailed(err, '', 'offset expiry')
    } finally {
      this.expiring = false
    }
  }

  /** Stops serving: waiting requests are answered NOT_COORDINATOR, so clients find the coordinator again. */
  private stopServing (): void {
    this.status = ErrorCode.NOT_COORDINATOR
    if (this.timer !== null) clearInterval(this.timer)
    this.timer = null
    for (const [key, resolve] of this.pendingJoins) resolve(joinError(key.slice(key.indexOf('\u0000') + 1), ErrorCode.NOT_COORDINATOR))
    this.pendingJoins.clear()
    for (const resolve of this.pendingSyncs.values()) resolve(syncError(ErrorCode.NOT_COORDINATOR))
    this.pendingSyncs.clear()
  }

  close (): void {
    this.stopServing()
  }
}
