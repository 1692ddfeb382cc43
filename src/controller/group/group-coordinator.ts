// The group coordinator: owns the groups and the requests that wait on them (JoinGroup and SyncGroup
// answers that arrive when a rebalance phase completes), drives the pure state machine, and ticks it
// so sessions and rebalance deadlines expire. Membership lives in memory; committed offsets go through
// the controller to the @metadata log.
// Not finished (issue 5): generations and assignments are not yet written to the @metadata log, so a
// restart makes members rejoin (they get UNKNOWN_MEMBER_ID and join again); the group count is bounded.
import { randomUUID } from 'node:crypto'
import { Group, GroupStateMachine, GroupError, type Delivery, type GroupConfig, type JoinRequest, type JoinResult, type SyncResult } from './group-state-machine.ts'

/** Bound on groups held in memory; beyond it new groups are refused (GROUP_MAX_SIZE_REACHED is per group). */
export const GROUPS_MAX = 100_000
const TICK_MS = 100

export class GroupCoordinator {
  readonly groups = new Map<string, Group>()
  private readonly machine: GroupStateMachine
  private readonly pendingJoins = new Map<string, (r: JoinResult) => void>()
  private readonly pendingSyncs = new Map<string, (r: SyncResult) => void>()
  private lastNewMemberId = ''
  private timer: NodeJS.Timeout | null = null

  constructor (config: GroupConfig) {
    this.machine = new GroupStateMachine(config, (clientId) => {
      this.lastNewMemberId = `${clientId}-${randomUUID()}`
      return this.lastNewMemberId
    })
  }

  start (): void {
    this.timer = setInterval(() => this.tick(Date.now()), TICK_MS)
    this.timer.unref()
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

  async join (groupId: string, req: JoinRequest, nowMs: number): Promise<JoinResult> {
    const group = this.group(groupId, true)
    if (group === undefined) return { errorCode: GroupError.GROUP_MAX_SIZE_REACHED, generationId: -1, protocolType: null, protocolName: null, leader: '', memberId: req.memberId, members: [] }
    this.lastNewMemberId = ''
    const { immediate, deliveries } = this.machine.join(group, req, nowMs)
    const requester = req.memberId !== '' ? req.memberId : this.lastNewMemberId
    const own = this.deliver(groupId, deliveries, requester)
    if (immediate !== null) return immediate
    if (own.join !== null) return own.join
    return await new Promise<JoinResult>((resolve) => {
      const key = `${groupId}\u0000${requester}`
      // A member that rejoins while an older join of its own waits: the older one is superseded.
      this.pendingJoins.get(key)?.({ errorCode: GroupError.REBALANCE_IN_PROGRESS, generationId: -1, protocolType: null, protocolName: null, leader: '', memberId: requester, members: [] })
      this.pendingJoins.set(key, resolve)
    })
  }

  async sync (groupId: string, req: Parameters<GroupStateMachine['sync']>[1], nowMs: number): Promise<SyncResult> {
    const group = this.group(groupId, false)
    if (group === undefined) return { errorCode: GroupError.UNKNOWN_MEMBER_ID, protocolType: null, protocolName: null, assignment: Buffer.alloc(0) }
    const { immediate, deliveries } = this.machine.sync(group, req, nowMs)
    const own = this.deliver(groupId, deliveries, req.memberId)
    if (immediate !== null) return immediate
    if (own.sync !== null) return own.sync
    return await new Promise<SyncResult>((resolve) => this.pendingSyncs.set(`${groupId}\u0000${req.memberId}`, resolve))
  }

  heartbeat (groupId: string, req: Parameters<GroupStateMachine['heartbeat']>[1], nowMs: number): number {
    const group = this.group(groupId, false)
    if (group === undefined) return GroupError.UNKNOWN_MEMBER_ID
    return this.machine.heartbeat(group, req, nowMs)
  }

  leave (groupId: string, memberId: string, groupInstanceId: string | null, nowMs: number): number {
    const group = this.group(groupId, false)
    if (group === undefined) return GroupError.UNKNOWN_MEMBER_ID
    const { errorCode, deliveries } = this.machine.leave(group, memberId, groupInstanceId, nowMs)
    this.deliver(groupId, deliveries, null)
    return errorCode
  }

  /**
   * Whether an OffsetCommit may proceed: a member of the current generation, or the simple commit
   * (generation < 0, no member id) of a group that has no members.
   */
  commitPermission (groupId: string, generationId: number, memberId: string, groupInstanceId: string | null): number {
    const group = this.groups.get(groupId)
    if (group === undefined || group.members.size === 0) return generationId < 0 && memberId === '' ? GroupError.NONE : GroupError.UNKNOWN_MEMBER_ID
    if (groupInstanceId !== null && group.staticMembers.get(groupInstanceId) !== undefined && group.staticMembers.get(groupInstanceId) !== memberId) return GroupError.FENCED_INSTANCE_ID
    if (!group.members.has(memberId)) return GroupError.UNKNOWN_MEMBER_ID
    if (generationId !== group.generationId) return GroupError.ILLEGAL_GENERATION
    if (group.state === 'PreparingRebalance') return GroupError.REBALANCE_IN_PROGRESS
    return GroupError.NONE
  }

  /** Whether the group has members (DeleteGroups refuses those: NON_EMPTY_GROUP). */
  hasMembers (groupId: string): boolean {
    return (this.groups.get(groupId)?.members.size ?? 0) > 0
  }

  /** Forgets a group with no members (DeleteGroups). */
  forget (groupId: string): void {
    const group = this.groups.get(groupId)
    if (group !== undefined && group.members.size === 0) this.groups.delete(groupId)
  }

  tick (nowMs: number): void {
    for (const [groupId, group] of this.groups) {
      this.deliver(groupId, this.machine.tick(group, nowMs), null)
    }
  }

  /** Answers every waiting request COORDINATOR_NOT_AVAILABLE (clients find the coordinator again). */
  close (): void {
    if (this.timer !== null) clearInterval(this.timer)
    for (const [key, resolve] of this.pendingJoins) resolve({ errorCode: GroupError.COORDINATOR_NOT_AVAILABLE, generationId: -1, protocolType: null, protocolName: null, leader: '', memberId: key.slice(key.indexOf('\u0000') + 1), members: [] })
    this.pendingJoins.clear()
    for (const resolve of this.pendingSyncs.values()) resolve({ errorCode: GroupError.COORDINATOR_NOT_AVAILABLE, protocolType: null, protocolName: null, assignment: Buffer.alloc(0) })
    this.pendingSyncs.clear()
  }
}
