// The consumer-group membership state machine of Kafka's classic rebalance protocol (JoinGroup,
// SyncGroup, Heartbeat, LeaveGroup): Empty -> PreparingRebalance -> CompletingRebalance -> Stable,
// and Dead. Pure logic: no timers, no I/O, no clock of its own. Every operation takes `nowMs` and
// returns what to answer; JoinGroup and SyncGroup answers that must wait for other members come back
// later, as deliveries, from the operation or tick() that completes the rebalance phase.
//
//
// Durability: an operation that completes a generation (the leader's assignments), replaces a static
// member of a Stable group, or empties the group returns a GroupMetadata record of the group as it now
// is. The coordinator commits it to the @metadata log before it answers, and replay rebuilds the group
// from the last such record (groupFromRecord), as Kafka reloads __consumer_offsets. Joins and
// heartbeats are not durable: after a restart members keep their generation and heartbeat on.
import { assert } from '../../util/assert.ts'
import { MetadataRecordType as T } from '../../protocol/generated/metadata-records/index.ts'
import type { GroupMetadataRecord } from '../../protocol/generated/metadata-records/group-metadata-record.ts'
import { record, type MetadataRecord } from '../metadata/metadata-record.ts'

export type GroupStateName = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead'

/** Kafka error codes this state machine answers with. */
export const GroupError = {
  NONE: 0,
  COORDINATOR_NOT_AVAILABLE: 15,
  ILLEGAL_GENERATION: 22,
  INCONSISTENT_GROUP_PROTOCOL: 23,
  UNKNOWN_MEMBER_ID: 25,
  INVALID_SESSION_TIMEOUT: 26,
  REBALANCE_IN_PROGRESS: 27,
  MEMBER_ID_REQUIRED: 79,
  GROUP_MAX_SIZE_REACHED: 81,
  FENCED_INSTANCE_ID: 82
} as const

export interface GroupConfig {
  readonly minSessionTimeoutMs: number
  readonly maxSessionTimeoutMs: number
  readonly maxSize: number
  /** group.initial.rebalance.delay.ms: the first rebalance of an empty group waits for more members. */
  readonly initialRebalanceDelayMs: number
}

export interface Protocol {
  readonly name: string
  readonly metadata: Buffer
}

export interface Member {
  readonly memberId: string
  readonly groupInstanceId: string | null
  readonly clientId: string
  readonly clientHost: string
  rebalanceTimeoutMs: number
  sessionTimeoutMs: number
  protocols: readonly Protocol[]
  assignment: Buffer
  /** Joined the current rebalance (its JoinGroup waits for the answer). */
  joined: boolean
  /** Waits for its SyncGroup answer. */
  awaitingSync: boolean
  heartbeatDeadlineMs: number
}

export interface JoinRequest {
  readonly memberId: string
  readonly groupInstanceId: string | null
  readonly clientId: string
  /** Where the member connects from, as DescribeGroups reports it ('' when unknown). */
  readonly clientHost?: string
  readonly protocolType: string
  readonly protocols: readonly Protocol[]
  readonly sessionTimeoutMs: number
  readonly rebalanceTimeoutMs: number
  /** JoinGroup v4+ asks new members to rejoin with an assigned member id (KIP-394). */
  readonly requireKnownMemberId: boolean
}

export interface JoinResult {
  readonly errorCode: number
  readonly generationId: number
  readonly protocolType: string | null
  readonly protocolName: string | null
  readonly leader: string
  readonly memberId: string
  /** Filled for the leader only: every member with its metadata for the chosen protocol. */
  readonly members: ReadonlyArray<{ readonly memberId: string, readonly groupInstanceId: string | null, readonly metadata: Buffer }>
}

export interface SyncResult {
  readonly errorCode: number
  readonly protocolType: string | null
  readonly protocolName: string | null
  readonly assignment: Buffer
}

export interface SyncRequest {
  readonly memberId: string
  readonly groupInstanceId: string | null
  readonly generationId: number
  readonly protocolType: string | null
  readonly protocolName: string | null
  readonly assignments: ReadonlyArray<{ readonly memberId: string, readonly assignment: Buffer }>
}

/** An answer to a request that waited: the coordinator hands it to that member's pending request. */
export type Delivery =
  | { readonly kind: 'join', readonly memberId: string, readonly result: JoinResult }
  | { readonly kind: 'sync', readonly memberId: string, readonly result: SyncResult }

const EMPTY = Buffer.alloc(0)

export class Group {
  readonly groupId: string
  state: GroupStateName = 'Empty'
  generationId = 0
  protocolType: string | null = null
  protocolName: string | null = null
  leaderId: string | null = null
  readonly members = new Map<string, Member>()
  /** Member ids handed out with MEMBER_ID_REQUIRED and not yet used (KIP-394). */
  readonly pendingMemberIds = new Set<string>()
  readonly staticMembers = new Map<string, string>()
  /** When the current rebalance phase gives up on members that have not joined or synced. */
  phaseDeadlineMs = 0
  /** The first join of an empty group completes no earlier than this (group.initial.rebalance.delay.ms). */
  initialJoinUntilMs = 0
  /** ...and its extensions stop at this time (the longest rebalance timeout). */
  initialJoinCapMs = 0
  /** When the group entered its current state (offsets of an Empty group expire from here). */
  stateTimestampMs = -1
  /** Set by a transition that must reach the @metadata log; operations turn it into a record. */
  dirty = false

  constructor (groupId: string) {
    this.groupId = groupId
  }
}

function joinError (memberId: string, errorCode: number): JoinResult {
  return { errorCode, generationId: -1, protocolType: null, protocolName: null, leader: '', memberId, members: [] }
}

function syncError (errorCode: number): SyncResult {
  return { errorCode, protocolType: null, protocolName: null, assignment: EMPTY }
}

/** KIP-345: an instance id now bound to another member id fences the old one (checked first, as Kafka). */
function fenced (group: Group, memberId: string, groupInstanceId: string | null): boolean {
  if (groupInstanceId === null) return false
  const current = group.staticMembers.get(groupInstanceId)
  return current !== undefined && current !== memberId
}

function enter (group: Group, state: GroupStateName, nowMs: number): void {
  if (group.state !== state) group.stateTimestampMs = nowMs
  group.state = state
}

/** The record of the group as it now is: its generation, members, subscriptions and assignments. */
export function groupRecord (group: Group): MetadataRecord {
  return record(T.GroupMetadata, {
    groupId: group.groupId,
    removed: false,
    protocolType: group.protocolType,
    generation: group.generationId,
    protocolName: group.protocolName,
    leader: group.leaderId,
    stateTimestampMs: BigInt(group.stateTimestampMs),
    members: [...group.members.values()].map((m) => ({
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId,
      clientId: m.clientId,
      clientHost: m.clientHost,
      rebalanceTimeoutMs: m.rebalanceTimeoutMs,
      sessionTimeoutMs: m.sessionTimeoutMs,
      subscription: m.protocols.find((p) => p.name === group.protocolName)?.metadata ?? EMPTY,
      assignment: m.assignment
    }))
  })
}

/** A group as its last GroupMetadata record left it; members get a fresh session from `nowMs`. */
export function groupFromRecord (r: GroupMetadataRecord, nowMs: number): Group {
  const group = new Group(r.groupId)
  group.generationId = r.generation
  group.protocolType = r.protocolType
  group.protocolName = r.protocolName
  group.leaderId = r.leader
  group.state = r.members.length > 0 ? 'Stable' : 'Empty'
  group.stateTimestampMs = Number(r.stateTimestampMs)
  for (const m of r.members) {
    group.members.set(m.memberId, {
      memberId: m.memberId, groupInstanceId: m.groupInstanceId, clientId: m.clientId, clientHost: m.clientHost,
      rebalanceTimeoutMs: m.rebalanceTimeoutMs, sessionTimeoutMs: m.sessionTimeoutMs,
      protocols: r.protocolName === null ? [] : [{ name: r.protocolName, metadata: m.subscription }],
      assignment: m.assignment, joined: false, awaitingSync: false, heartbeatDeadlineMs: nowMs + m.sessionTimeoutMs
    })
    if (m.groupInstanceId !== null) group.staticMembers.set(m.groupInstanceId, m.memberId)
  }
  return group
}

/** The records a transition left to write, taken once. */
function takeRecords (group: Group): MetadataRecord[] {
  if (!group.dirty) return []
  group.dirty = false
  return [groupRecord(group)]
}

export class GroupStateMachine {
  private readonly config: GroupConfig
  private readonly newMemberId: (clientId: string) => string

  /** `newMemberId` is injected so tests choose ids; production makes `<clientId>-<uuid>` as Kafka. */
  constructor (config: GroupConfig, newMemberId: (clientId: string) => string) {
    this.config = config
    this.newMemberId = newMemberId
  }

  /**
   * JoinGroup. Returns an immediate answer, or null when the answer waits for the rebalance, plus
   * deliveries to other members whose answers this join completed.
   */
  join (group: Group, req: JoinRequest, nowMs: number): { immediate: JoinResult | null, deliveries: Delivery[], records: MetadataRecord[] } {
    const outcome = this.joinInner(group, req, nowMs)
    return { ...outcome, records: takeRecords(group) }
  }

  private joinInner (group: Group, req: JoinRequest, nowMs: number): { immediate: JoinResult | null, deliveries: Delivery[] } {
    if (req.sessionTimeoutMs < this.config.minSessionTimeoutMs || req.sessionTimeoutMs > this.config.maxSessionTimeoutMs) {
      return { immediate: joinError(req.memberId, GroupError.INVALID_SESSION_TIMEOUT), deliveries: [] }
    }
    if (req.protocols.length === 0 || (group.members.size > 0 && (req.protocolType !== group.protocolType || !this.supportsCommonProtocol(group, req.protocols)))) {
      return { immediate: joinError(req.memberId, GroupError.INCONSISTENT_GROUP_PROTOCOL), deliveries: [] }
    }
    if (req.memberId === '') return this.joinUnknownMember(group, req, nowMs)
    if (fenced(group, req.memberId, req.groupInstanceId)) return { immediate: joinError(req.memberId, GroupError.FENCED_INSTANCE_ID), deliveries: [] }
    const member = group.members.get(req.memberId)
    if (member === undefined) {
      if (!group.pendingMemberIds.has(req.memberId)) return { immediate: joinError(req.memberId, GroupError.UNKNOWN_MEMBER_ID), deliveries: [] }
      group.pendingMemberIds.delete(req.memberId)
      return this.addMemberAndRebalance(group, req, req.memberId, nowMs)
    }
    member.protocols = req.protocols
    member.sessionTimeoutMs = req.sessionTimeoutMs
    member.rebalanceTimeoutMs = req.rebalanceTimeoutMs
    member.heartbeatDeadlineMs = nowMs + req.sessionTimeoutMs
    member.joined = true
    const dropped = group.state === 'PreparingRebalance' ? [] : this.prepareRebalance(group, nowMs)
    return { immediate: null, deliveries: [...dropped, ...this.maybeCompleteJoin(group, nowMs)] }
  }

  private joinUnknownMember (group: Group, req: JoinRequest, nowMs: number): { immediate: JoinResult | null, deliveries: Delivery[] } {
    if (group.members.size + group.pendingMemberIds.size >= this.config.maxSize) {
      return { immediate: joinError('', GroupError.GROUP_MAX_SIZE_REACHED), deliveries: [] }
    }
    const memberId = this.newMemberId(req.clientId)
    if (req.groupInstanceId !== null) {
      const previous = group.staticMembers.get(req.groupInstanceId)
      if (previous !== undefined && group.members.has(previous)) return this.replaceStaticMember(group, req, previous, memberId, nowMs)
      return this.addMemberAndRebalance(group, req, memberId, nowMs)
    }
    if (req.requireKnownMemberId) {
      group.pendingMemberIds.add(memberId)
      return { immediate: joinError(memberId, GroupError.MEMBER_ID_REQUIRED), deliveries: [] }
    }
    return this.addMemberAndRebalance(group, req, memberId, nowMs)
  }

  /**
   * KIP-345: a static member that restarts gets a new member id but keeps its assignment; a Stable
   * group does not rebalance, and the old member id is fenced.
   */
  private replaceStaticMember (group: Group, req: JoinRequest, previousId: string, memberId: string, nowMs: number): { immediate: JoinResult | null, deliveries: Delivery[] } {
    const old = group.members.get(previousId)!
    group.members.delete(previousId)
    const member: Member = { ...old, memberId, clientId: req.clientId, clientHost: req.clientHost ?? '', protocols: req.protocols, sessionTimeoutMs: req.sessionTimeoutMs, rebalanceTimeoutMs: req.rebalanceTimeoutMs, heartbeatDeadlineMs: nowMs + req.sessionTimeoutMs, joined: false, awaitingSync: false }
    group.members.set(memberId, member)
    group.staticMembers.set(req.groupInstanceId!, memberId)
    if (group.leaderId === previousId) group.leaderId = memberId
    if (group.state === 'Stable') {
      // The new member id must survive a restart, or the replaced instance could not heartbeat.
      group.dirty = true
      return { immediate: { errorCode: GroupError.NONE, generationId: group.generationId, protocolType: group.protocolType, protocolName: group.protocolName, leader: group.leaderId ?? '', memberId, members: [] }, deliveries: [] }
    }
    member.joined = true
    const dropped = group.state === 'PreparingRebalance' ? [] : this.prepareRebalance(group, nowMs)
    return { immediate: null, deliveries: [...dropped, ...this.maybeCompleteJoin(group, nowMs)] }
  }

  private addMemberAndRebalance (group: Group, req: JoinRequest, memberId: string, nowMs: number): { immediate: JoinResult | null, deliveries: Delivery[] } {
    if (group.members.size >= this.config.maxSize) return { immediate: joinError(memberId, GroupError.GROUP_MAX_SIZE_REACHED), deliveries: [] }
    if (group.members.size === 0) group.protocolType = req.protocolType
    group.members.set(memberId, {
      memberId, groupInstanceId: req.groupInstanceId, clientId: req.clientId, clientHost: req.clientHost ?? '', rebalanceTimeoutMs: req.rebalanceTimeoutMs, sessionTimeoutMs: req.sessionTimeoutMs,
      protocols: req.protocols, assignment: EMPTY, joined: true, awaitingSync: false, heartbeatDeadlineMs: nowMs + req.sessionTimeoutMs
    })
    if (req.groupInstanceId !== null) group.staticMembers.set(req.groupInstanceId, memberId)
    if (group.state === 'PreparingRebalance' && nowMs < group.initialJoinUntilMs) {
      // A new member during the initial delay: wait a little longer for more, up to the cap.
      group.initialJoinUntilMs = Math.min(nowMs + this.config.initialRebalanceDelayMs, group.initialJoinCapMs)
      group.phaseDeadlineMs = group.initialJoinUntilMs
    }
    const dropped = group.state === 'PreparingRebalance' ? [] : this.prepareRebalance(group, nowMs)
    return { immediate: null, deliveries: [...dropped, ...this.maybeCompleteJoin(group, nowMs)] }
  }

  private supportsCommonProtocol (group: Group, protocols: readonly Protocol[]): boolean {
    const names = new Set(protocols.map((p) => p.name))
    for (const m of group.members.values()) {
      if (!m.protocols.some((p) => names.has(p.name))) return false
    }
    return true
  }

  /**
   * Starts a rebalance: every member must rejoin within the longest rebalance timeout. SyncGroups
   * still waiting on the previous generation are answered REBALANCE_IN_PROGRESS, so they rejoin.
   */
  private prepareRebalance (group: Group, nowMs: number): Delivery[] {
    const deliveries: Delivery[] = []
    for (const m of group.members.values()) {
      if (m.awaitingSync) deliveries.push({ kind: 'sync', memberId: m.memberId, result: syncError(GroupError.REBALANCE_IN_PROGRESS) })
      m.awaitingSync = false
    }
    const fromEmpty = group.state === 'Empty'
    enter(group, 'PreparingRebalance', nowMs)
    let timeout = 0
    for (const m of group.members.values()) timeout = Math.max(timeout, m.rebalanceTimeoutMs)
    group.phaseDeadlineMs = nowMs + timeout
    group.initialJoinUntilMs = 0
    if (fromEmpty && this.config.initialRebalanceDelayMs > 0) {
      // Kafka's InitialDelayedJoin: members of a new group start together, so one rebalance serves all.
      group.initialJoinCapMs = nowMs + timeout
      group.initialJoinUntilMs = Math.min(nowMs + this.config.initialRebalanceDelayMs, group.initialJoinCapMs)
      group.phaseDeadlineMs = group.initialJoinUntilMs
    }
    return deliveries
  }

  /** Completes the join phase when every member has rejoined (or, from tick(), at the deadline). */
  private maybeCompleteJoin (group: Group, nowMs: number, force = false): Delivery[] {
    if (group.state !== 'PreparingRebalance') return []
    const waiting = [...group.members.values()].filter((m) => !m.joined)
    if ((waiting.length > 0 || nowMs < group.initialJoinUntilMs) && !force) return []
    for (const m of waiting) this.removeMember(group, m.memberId)
    group.generationId++
    group.initialJoinUntilMs = 0
    if (group.members.size === 0) {
      this.becomeEmpty(group, nowMs)
      return []
    }
    group.protocolName = this.chooseProtocol(group)
    if (group.leaderId === null || !group.members.has(group.leaderId)) group.leaderId = group.members.keys().next().value!
    enter(group, 'CompletingRebalance', nowMs)
    let timeout = 0
    for (const m of group.members.values()) timeout = Math.max(timeout, m.rebalanceTimeoutMs)
    group.phaseDeadlineMs = nowMs + timeout
    const deliveries: Delivery[] = []
    for (const m of group.members.values()) {
      m.joined = false
      m.heartbeatDeadlineMs = nowMs + m.sessionTimeoutMs
      const isLeader = m.memberId === group.leaderId
      deliveries.push({
        kind: 'join',
        memberId: m.memberId,
        result: {
          errorCode: GroupError.NONE, generationId: group.generationId, protocolType: group.protocolType, protocolName: group.protocolName, leader: group.leaderId, memberId: m.memberId,
          members: isLeader ? [...group.members.values()].map((x) => ({ memberId: x.memberId, groupInstanceId: x.groupInstanceId, metadata: x.protocols.find((p) => p.name === group.protocolName)!.metadata })) : []
        }
      })
    }
    return deliveries
  }

  /** The protocol every member supports that most members prefer (Kafka's vote). */
  private chooseProtocol (group: Group): string {
    const members = [...group.members.values()]
    const candidates = members[0]!.protocols.map((p) => p.name).filter((name) => members.every((m) => m.protocols.some((p) => p.name === name)))
    assert(candidates.length > 0, 'joins are refused unless a protocol is common to all members')
    const votes = new Map<string, number>()
    for (const m of members) {
      const preferred = m.protocols.find((p) => candidates.includes(p.name))!.name
      votes.set(preferred, (votes.get(preferred) ?? 0) + 1)
    }
    let best = candidates[0]!
    for (const c of candidates) if ((votes.get(c) ?? 0) > (votes.get(best) ?? 0)) best = c
    return best
  }

  /** SyncGroup. The leader's assignments complete the rebalance for every member. */
  sync (group: Group, req: SyncRequest, nowMs: number): { immediate: SyncResult | null, deliveries: Delivery[], records: MetadataRecord[] } {
    const outcome = this.syncInner(group, req, nowMs)
    return { ...outcome, records: takeRecords(group) }
  }

  private syncInner (group: Group, req: SyncRequest, nowMs: number): { immediate: SyncResult | null, deliveries: Delivery[] } {
    if (fenced(group, req.memberId, req.groupInstanceId)) return { immediate: syncError(GroupError.FENCED_INSTANCE_ID), deliveries: [] }
    const member = group.members.get(req.memberId)
    if (member === undefined) return { immediate: syncError(GroupError.UNKNOWN_MEMBER_ID), deliveries: [] }
    if (req.generationId !== group.generationId) return { immediate: syncError(GroupError.ILLEGAL_GENERATION), deliveries: [] }
    if ((req.protocolType !== null && req.protocolType !== group.protocolType) || (req.protocolName !== null && req.protocolName !== group.protocolName)) {
      return { immediate: syncError(GroupError.INCONSISTENT_GROUP_PROTOCOL), deliveries: [] }
    }
    member.heartbeatDeadlineMs = nowMs + member.sessionTimeoutMs
    if (group.state === 'PreparingRebalance') return { immediate: syncError(GroupError.REBALANCE_IN_PROGRESS), deliveries: [] }
    if (group.state === 'Stable') return { immediate: this.syncAnswer(group, member), deliveries: [] }
    // CompletingRebalance: members wait for the leader's assignments.
    member.awaitingSync = true
    if (req.memberId !== group.leaderId) return { immediate: null, deliveries: [] }
    const given = new Map(req.assignments.map((a) => [a.memberId, a.assignment]))
    const deliveries: Delivery[] = []
    for (const m of group.members.values()) {
      // Every member gets a syntactically valid assignment, even an empty one.
      m.assignment = given.get(m.memberId) ?? EMPTY
      if (m.awaitingSync && m.memberId !== req.memberId) deliveries.push({ kind: 'sync', memberId: m.memberId, result: this.syncAnswer(group, m) })
      m.awaitingSync = false
    }
    enter(group, 'Stable', nowMs)
    group.dirty = true
    return { immediate: this.syncAnswer(group, member), deliveries }
  }

  private syncAnswer (group: Group, member: Member): SyncResult {
    return { errorCode: GroupError.NONE, protocolType: group.protocolType, protocolName: group.protocolName, assignment: member.assignment }
  }

  heartbeat (group: Group, req: { memberId: string, groupInstanceId: string | null, generationId: number }, nowMs: number): number {
    if (fenced(group, req.memberId, req.groupInstanceId)) return GroupError.FENCED_INSTANCE_ID
    const member = group.members.get(req.memberId)
    if (member === undefined) return GroupError.UNKNOWN_MEMBER_ID
    if (req.generationId !== group.generationId) return GroupError.ILLEGAL_GENERATION
    member.heartbeatDeadlineMs = nowMs + member.sessionTimeoutMs
    if (group.state === 'PreparingRebalance') return GroupError.REBALANCE_IN_PROGRESS
    return GroupError.NONE
  }

  /** LeaveGroup for one member (batched leaves call it per member). */
  leave (group: Group, memberId: string, groupInstanceId: string | null, nowMs: number): { errorCode: number, deliveries: Delivery[], records: MetadataRecord[] } {
    const id = groupInstanceId !== null ? group.staticMembers.get(groupInstanceId) : memberId
    if (id === undefined || !group.members.has(id)) return { errorCode: GroupError.UNKNOWN_MEMBER_ID, deliveries: [], records: [] }
    if (groupInstanceId !== null && memberId !== '' && memberId !== id) return { errorCode: GroupError.FENCED_INSTANCE_ID, deliveries: [], records: [] }
    const deliveries = this.removeAndRebalance(group, id, nowMs)
    return { errorCode: GroupError.NONE, deliveries, records: takeRecords(group) }
  }

  private becomeEmpty (group: Group, nowMs: number): void {
    enter(group, 'Empty', nowMs)
    group.protocolName = null
    group.leaderId = null
    group.dirty = true
  }

  private removeMember (group: Group, memberId: string): void {
    const member = group.members.get(memberId)
    if (member === undefined) return
    group.members.delete(memberId)
    if (member.groupInstanceId !== null && group.staticMembers.get(member.groupInstanceId) === memberId) group.staticMembers.delete(member.groupInstanceId)
    if (group.leaderId === memberId) group.leaderId = null
  }

  private removeAndRebalance (group: Group, memberId: string, nowMs: number): Delivery[] {
    // A removed member's own waiting requests are answered UNKNOWN_MEMBER_ID, never left hanging.
    const removed = group.members.get(memberId)
    const own: Delivery[] = []
    if (removed?.joined === true) own.push({ kind: 'join', memberId, result: joinError(memberId, GroupError.UNKNOWN_MEMBER_ID) })
    if (removed?.awaitingSync === true) own.push({ kind: 'sync', memberId, result: syncError(GroupError.UNKNOWN_MEMBER_ID) })
    this.removeMember(group, memberId)
    return [...own, ...this.rebalanceAfterRemoval(group, nowMs)]
  }

  private rebalanceAfterRemoval (group: Group, nowMs: number): Delivery[] {
    if (group.state === 'PreparingRebalance') return this.maybeCompleteJoin(group, nowMs)
    if (group.members.size === 0) {
      group.generationId++
      this.becomeEmpty(group, nowMs)
      return []
    }
    const dropped = this.prepareRebalance(group, nowMs)
    return [...dropped, ...this.maybeCompleteJoin(group, nowMs)]
  }

  /**
   * Time passes: members whose session expired are removed; a join phase past its deadline completes
   * without the members that did not rejoin; a sync phase past its deadline without the leader's
   * assignments starts over.
   */
  tick (group: Group, nowMs: number): { deliveries: Delivery[], records: MetadataRecord[] } {
    const deliveries = this.tickInner(group, nowMs)
    return { deliveries, records: takeRecords(group) }
  }

  private tickInner (group: Group, nowMs: number): Delivery[] {
    const deliveries: Delivery[] = []
    for (const m of [...group.members.values()]) {
      // A member waiting in a join is not expected to heartbeat; the join deadline governs it.
      if (!m.joined && m.heartbeatDeadlineMs <= nowMs) deliveries.push(...this.removeAndRebalance(group, m.memberId, nowMs))
    }
    if (group.state === 'PreparingRebalance' && nowMs >= group.phaseDeadlineMs) deliveries.push(...this.maybeCompleteJoin(group, nowMs, true))
    else if (group.state === 'PreparingRebalance' && group.initialJoinUntilMs > 0 && nowMs >= group.initialJoinUntilMs) deliveries.push(...this.maybeCompleteJoin(group, nowMs))
    if (group.state === 'CompletingRebalance' && nowMs >= group.phaseDeadlineMs) deliveries.push(...this.prepareRebalance(group, nowMs))
    return deliveries
  }
}
