// The group coordinator: owns the groups and the requests that wait on them (JoinGroup and SyncGroup
// answers that arrive when a rebalance phase completes), drives the pure state machine, and ticks it
// so sessions and rebalance deadlines expire. What the state machine says must be durable (a
// generation with its assignments, an emptied group) is committed to the @metadata log before anyone
// is answered; at start the coordinator loads every group from the image those records built.
import { randomUUID } from 'node:crypto'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import type { MetadataRecord } from '../metadata/metadata-record.ts'
import type { MetadataImage } from '../metadata/metadata-image.ts'
import { Group, GroupStateMachine, GroupError, groupFromRecord, type Delivery, type GroupConfig, type JoinRequest, type JoinResult, type SyncRequest, type SyncResult } from './group-state-machine.ts'
import { expireOffsets, groupRemovalRecord } from './offset-expiry.ts'

/** Bound on groups held in memory; beyond it new groups are refused. */
export const GROUPS_MAX = 100_000
/** Bound on JoinGroup requests waiting for a rebalance, across all groups. */
export const PENDING_JOINS_MAX = 100_000
const TICK_MS = 100

/** Where the coordinator's durable state lives: the @metadata log, through the controller. */
export interface GroupStore {
  image (): MetadataImage
  writeGroupRecords (records: readonly MetadataRecord[]): Promise<void>
  deleteOffsets (groupId: string, partitions: ReadonlyArray<{ topic: string, partition: number }> | null): Promise<void>
}

export interface CoordinatorConfig extends GroupConfig {
  /** offsets.retention.minutes, in ms. */
  readonly offsetsRetentionMs: number
  /** offsets.retention.check.interval.ms. */
  readonly offsetsRetentionCheckIntervalMs: number
}

type Status = typeof ErrorCode.NONE | typeof ErrorCode.COORDINATOR_LOAD_IN_PROGRESS | typeof ErrorCode.NOT_COORDINATOR

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

export class GroupCoordinator {
  readonly groups = new Map<string, Group>()
  private readonly config: CoordinatorConfig
  private readonly store: GroupStore
  private readonly machine: GroupStateMachine
  private readonly pendingJoins = new Map<string, (r: JoinResult) => void>()
  private readonly pendingSyncs = new Map<string, (r: SyncResult) => void>()
  private lastNewMemberId = ''
  private timer: NodeJS.Timeout | null = null
  private status: Status = ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
  private nextExpiryMs = 0
  private expiring = false

  constructor (config: CoordinatorConfig, store: GroupStore) {
    this.config = config
    this.store = store
    this.machine = new GroupStateMachine(config, (clientId) => {
      this.lastNewMemberId = `${clientId}-${randomUUID()}`
      return this.lastNewMemberId
    })
  }

  /**
   * Loads every group from the image (replay of the @metadata log): members come back with their
   * generation and assignment and a fresh session, so they heartbeat on without rejoining. Until
   * then requests get COORDINATOR_LOAD_IN_PROGRESS.
   */
  load (nowMs: number): void {
    for (const r of this.store.image().groups.values()) this.groups.set(r.groupId, groupFromRecord(r, nowMs))
    this.status = ErrorCode.NONE
    this.nextExpiryMs = nowMs + this.config.offsetsRetentionCheckIntervalMs
  }

  start (): void {
    this.timer = setInterval(() => this.tick(Date.now()), TICK_MS)
    this.timer.unref()
  }

  /** NONE when this coordinator serves groups; otherwise the error Kafka answers group requests with. */
  coordinatorError (): number {
    return this.status
  }

  private group (groupId: string, create: boolean): Group | undefined {
    let group = this.groups.get(groupId)
    if (group === undefined && create && this.groups.size < GROUPS_MAX) {
      group = new Group(groupId)
      this.groups.set(groupId, group)
    }
    return group
  }

  private deliver (groupId: string, deliveries: readonly Delivery[], requester: string | null): { join: JoinResult | null, sync: SyncResult | null } {
    let join: JoinResult | null = null
    let sync: SyncResult | null = null
    for (const d of deliveries) {
      const key = `${groupId}\u0000${d.memberId}`
      if (d.kind === 'join') {
        if (d.memberId === requester) { join = d.result; continue }
        const pending = this.pendingJoins.get(key)
        this.pendingJoins.delete(key)
        pending?.(d.result)
      } else {
        if (d.memberId === requester) { sync = d.result; continue }
        const pending = this.pendingSyncs.get(key)
        this.pendingSyncs.delete(key)
        pending?.(d.result)
      }
    }
    return { join, sync }
  }

  /**
   * Commits what an operation made durable, then hands out its answers. If the records do not reach
   * the log, nobody is told the outcome: every answer becomes NOT_COORDINATOR and members retry.
   */
  private async settle (groupId: string, deliveries: readonly Delivery[], records: readonly MetadataRecord[], requester: string | null): Promise<{ join: JoinResult | null, sync: SyncResult | null, durable: boolean }> {
    let durable = true
    if (records.length > 0) {
      try {
        await this.store.writeGroupRecords(records)
      } catch {
        durable = false
      }
    }
    const own = this.deliver(groupId, durable ? deliveries : deliveries.map((d) => failed(d, ErrorCode.NOT_COORDINATOR)), requester)
    return { ...own, durable }
  }

  async join (groupId: string, req: JoinRequest, nowMs: number): Promise<JoinResult> {
    if (this.status !== ErrorCode.NONE) return joinError(req.memberId, this.status)
    if (this.pendingJoins.size >= PENDING_JOINS_MAX) return joinError(req.memberId, ErrorCode.COORDINATOR_NOT_AVAILABLE)
    const group = this.group(groupId, true)
    if (group === undefined) return joinError(req.memberId, ErrorCode.COORDINATOR_NOT_AVAILABLE)
    this.lastNewMemberId = ''
    const { immediate, deliveries, records } = this.machine.join(group, req, nowMs)
    const requester = req.memberId !== '' ? req.memberId : this.lastNewMemberId
    // Registered before anything is awaited, so a rebalance that completes meanwhile finds it.
    const waiting = immediate === null && !deliveries.some((d) => d.kind === 'join' && d.memberId === requester) ? this.waitForJoin(groupId, requester) : null
    const own = await this.settle(groupId, deliveries, records, requester)
    if (immediate !== null) return own.durable ? immediate : joinError(requester, ErrorCode.NOT_COORDINATOR)
    if (own.join !== null) return own.join
    return await waiting!
  }

  private waitForJoin (groupId: string, memberId: string): Promise<JoinResult> {
    return new Promise<JoinResult>((resolve) => {
      const key = `${groupId}\u0000${memberId}`
      // A member that rejoins while an older join of its own waits: the older one is superseded.
      this.pendingJoins.get(key)?.(joinError(memberId, GroupError.REBALANCE_IN_PROGRESS))
      this.pendingJoins.set(key, resolve)
    })
  }

  async sync (groupId: string, req: SyncRequest, nowMs: number): Promise<SyncResult> {
    if (this.status !== ErrorCode.NONE) return syncError(this.status)
    const group = this.group(groupId, false)
    if (group === undefined) return syncError(GroupError.UNKNOWN_MEMBER_ID)
    const { immediate, deliveries, records } = this.machine.sync(group, req, nowMs)
    const waiting = immediate === null && !deliveries.some((d) => d.kind === 'sync' && d.memberId === req.memberId)
      ? new Promise<SyncResult>((resolve) => {
        const key = `${groupId}\u0000${req.memberId}`
        this.pendingSyncs.get(key)?.(syncError(GroupError.REBALANCE_IN_PROGRESS))
        this.pendingSyncs.set(key, resolve)
      })
      : null
    const own = await this.settle(groupId, deliveries, records, req.memberId)
    if (immediate !== null) return own.durable ? immediate : syncError(ErrorCode.NOT_COORDINATOR)
    if (own.sync !== null) return own.sync
    return await waiting!
  }

  heartbeat (groupId: string, req: Parameters<GroupStateMachine['heartbeat']>[1], nowMs: number): number {
    // As Kafka: while the groups load, heartbeats are answered blindly so members do not rejoin.
    if (this.status === ErrorCode.COORDINATOR_LOAD_IN_PROGRESS) return ErrorCode.NONE
    if (this.status !== ErrorCode.NONE) return this.status
    const group = this.group(groupId, false)
    if (group === undefined) return GroupError.UNKNOWN_MEMBER_ID
    return this.machine.heartbeat(group, req, nowMs)
  }

  async leave (groupId: string, memberId: string, groupInstanceId: string | null, nowMs: number): Promise<number> {
    if (this.status !== ErrorCode.NONE) return this.status
    const group = this.group(groupId, false)
    if (group === undefined) return GroupError.UNKNOWN_MEMBER_ID
    const { errorCode, deliveries, records } = this.machine.leave(group, memberId, groupInstanceId, nowMs)
    const own = await this.settle(groupId, deliveries, records, null)
    return own.durable ? errorCode : ErrorCode.NOT_COORDINATOR
  }

  /**
   * Whether an OffsetCommit may proceed: a member of the current generation, or the simple commit
   * (generation < 0, no member id) of a group that has no members.
   */
  commitPermission (groupId: string, generationId: number, memberId: string, groupInstanceId: string | null): number {
    if (this.status !== ErrorCode.NONE) return this.status
    const group = this.groups.get(groupId)
    if (group === undefined || group.members.size === 0) return generationId < 0 && memberId === '' ? GroupError.NONE : GroupError.UNKNOWN_MEMBER_ID
    if (groupInstanceId !== null && group.staticMembers.get(groupInstanceId) !== undefined && group.staticMembers.get(groupInstanceId) !== memberId) return GroupError.FENCED_INSTANCE_ID
    if (!group.members.has(memberId)) return GroupError.UNKNOWN_MEMBER_ID
    if (generationId !== group.generationId) return GroupError.ILLEGAL_GENERATION
    // As Kafka: members of the current generation still own their partitions while the group prepares
    // a rebalance (eager consumers commit in their revocation callback, before they rejoin); only
    // between the join and the assignments is a commit premature.
    if (group.state === 'CompletingRebalance') return GroupError.REBALANCE_IN_PROGRESS
    return GroupError.NONE
  }

  /** Whether the group exists: it has a state here or committed offsets. */
  knows (groupId: string): boolean {
    return this.groups.has(groupId) || this.store.image().groupOffsets.has(groupId)
  }

  /** DeleteGroups for one group: GROUP_ID_NOT_FOUND, NON_EMPTY_GROUP, or the group and its offsets are removed. */
  async deleteGroup (groupId: string): Promise<number> {
    if (this.status !== ErrorCode.NONE) return this.status
    if (!this.knows(groupId)) return ErrorCode.GROUP_ID_NOT_FOUND
    const group = this.groups.get(groupId)
    if (group !== undefined && (group.members.size > 0 || group.pendingMemberIds.size > 0)) return ErrorCode.NON_EMPTY_GROUP
    this.groups.delete(groupId)
    try {
      await this.store.deleteOffsets(groupId, null)
      if (this.store.image().groups.has(groupId)) await this.store.writeGroupRecords([groupRemovalRecord(groupId)])
    } catch {
      return ErrorCode.NOT_COORDINATOR
    }
    return ErrorCode.NONE
  }

  tick (nowMs: number): void {
    if (this.status !== ErrorCode.NONE) return
    for (const [groupId, group] of this.groups) {
      const { deliveries, records } = this.machine.tick(group, nowMs)
      if (deliveries.length > 0 || records.length > 0) void this.settle(groupId, deliveries, records, null)
    }
    if (nowMs >= this.nextExpiryMs) void this.expire(nowMs)
  }

  /** Removes expired offsets and the groups left empty without offsets (offsets.retention.minutes). */
  async expire (nowMs: number): Promise<void> {
    if (this.expiring || this.status !== ErrorCode.NONE) return
    this.expiring = true
    this.nextExpiryMs = nowMs + this.config.offsetsRetentionCheckIntervalMs
    try {
      const { records, removedGroups } = expireOffsets(this.store.image(), this.groups, nowMs, this.config.offsetsRetentionMs)
      for (const groupId of removedGroups) this.groups.delete(groupId)
      if (records.length > 0) await this.store.writeGroupRecords(records)
    } catch {
      // The log refused (closing or overloaded): the next check tries again.
    } finally {
      this.expiring = false
    }
  }

  /** Stops serving: waiting requests are answered NOT_COORDINATOR, so clients find the coordinator again. */
  close (): void {
    this.status = ErrorCode.NOT_COORDINATOR
    if (this.timer !== null) clearInterval(this.timer)
    for (const [key, resolve] of this.pendingJoins) resolve(joinError(key.slice(key.indexOf('\u0000') + 1), ErrorCode.NOT_COORDINATOR))
    this.pendingJoins.clear()
    for (const resolve of this.pendingSyncs.values()) resolve(syncError(ErrorCode.NOT_COORDINATOR))
    this.pendingSyncs.clear()
  }
}
