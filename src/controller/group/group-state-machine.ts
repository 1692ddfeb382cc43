// The consumer-group membership state machine of Kafka's classic rebalance protocol (JoinGroup,
// SyncGroup, Heartbeat, LeaveGroup): Empty -> PreparingRebalance -> CompletingRebalance -> Stable,
// and Dead. Pure logic: no timers, no I/O, no clock of its own. Every operation takes the group as it
// is, the request and `nowMs`, and returns the group as it would be (`next`), the records to write
// and what to answer, without touching the group it was given; JoinGroup and SyncGroup answers that
// must wait for other members come back later, as deliveries, from the operation or tick() that
// completes the rebalance phase.
//
// Durability, as Kafka's coordinator runtime: an operation that completes a generation (the leader's
// assignments), replaces a static member of a Stable group, or empties the group returns a
// GroupMetadata record of the group as it would be. The coordinator proposes it to the @metadata log
// and only once it is committed installs the group, through applyGroupRecord(), the function that
// also rebuilds every group from the log at start (as Kafka reloads __consumer_offsets). A proposal
// that fails leaves the group as it was. Operations without a record change only what Kafka keeps in
// memory alone (who has joined the rebalance in progress and the generation it will get, sessions,
// deadlines, member ids handed out): after a restart members keep their last stored generation and
// heartbeat on, or rejoin.
import { assert } from '../../util/assert.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { MetadataRecordType as T } from '../../protocol/generated/metadata-records/index.ts'
import type { GroupMetadataRecord } from '../../protocol/generated/metadata-records/group-metadata-record.ts'
import { record, type MetadataRecord } from '../metadata/metadata-record.ts'

export type GroupStateName = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead'

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
  /**
   * Set on the working copy by a transition that must reach the @metadata log; the operation turns
   * it into a record. Never set on a group the coordinator holds.
   */
  recordDue = false

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

/**
 * The one way a GroupMetadata record changes a group: the group as the record stores it (generation,
 * protocol, leader, members with their subscriptions and assignments), with what Kafka keeps in
 * memory only taken from `base`. `base` is the group the proposal computed (so a committed proposal
 * installs exactly that group), or the group held before (a record applied that this coordinator did
 * not propose, or whose answer it lost), or null when the log is replayed at start: then members get a
 * fresh session from `nowMs` and the group is Stable, or Empty without members, as Kafka loads it.
 */
export function applyGroupRecord (r: GroupMetadataRecord, base: Group | null, nowMs: number): Group {
  assert(!r.removed, 'a removal record removes the group; it builds none')
  const group = new Group(r.groupId)
  group.generationId = r.generation
  group.protocolType = r.protocolType
  group.protocolName = r.protocolName
  group.leaderId = r.leader
  group.state = r.members.length > 0 ? 'Stable' : 'Empty'
  group.stateTimestampMs = Number(r.stateTimestampMs)
  // A rebalance held in memory carries over only into the state it was computed for (always so for a
  // proposal); a record that lands on a group elsewhere in a rebalance ends that rebalance.
  const carried = base !== null && base.state === group.state ? base : null
  for (const m of r.members) {
    const before = base?.members.get(m.memberId)
    const rebalancing = carried?.members.get(m.memberId)
    group.members.set(m.memberId, {
      memberId: m.memberId, groupInstanceId: m.groupInstanceId, clientId: m.clientId, clientHost: m.clientHost,
      rebalanceTimeoutMs: m.rebalanceTimeoutMs, sessionTimeoutMs: m.sessionTimeoutMs,
      // The record keeps the chosen protocol's metadata only; the member's full list lives in memory.
      protocols: before?.protocols ?? (r.protocolName === null ? [] : [{ name: r.protocolName, metadata: m.subscription }]),
      assignment: m.assignment,
      joined: rebalancing?.joined ?? false,
      awaitingSync: rebalancing?.awaitingSync ?? false,
      heartbeatDeadlineMs: before?.heartbeatDeadlineMs ?? nowMs + m.sessionTimeoutMs
    })
    if (m.groupInstanceId !== null) group.staticMembers.set(m.groupInstanceId, m.memberId)
  }
  for (const id of base?.pendingMemberIds ?? []) group.pendingMemberIds.add(id)
  if (carried !== null) {
    group.phaseDeadlineMs = carried.phaseDeadlineMs
    group.initialJoinUntilMs = carried.initialJoinUntilMs
    group.initialJoinCapMs = carried.initialJoinCapMs
  }
  return group
}

/** A working copy: the operations change it, never the group they are given. */
function copyGroup (group: Group): Group {
  const copy = new Group(group.groupId)
  copy.state = group.state
  copy.generationId = group.generationId
  copy.protocolType = group.protocolType
  copy.protocolName = group.protocolName
  copy.leaderId = group.leaderId
  for (const [id, m] of group.members) copy.members.set(id, { ...m })
  for (const id of group.pendingMemberIds) copy.pendingMemberIds.add(id)
  for (const [instance, id] of group.staticMembers) copy.staticMembers.set(instance, id)
  copy.phaseDeadlineMs = group.phaseDeadlineMs
  copy.initialJoinUntilMs = group.initialJoinUntilMs
  copy.initialJoinCapMs = group.initialJoinCapMs
  copy.stateTimestampMs = group.stateTimestampMs
  return copy
}

/** The records a transition left to write, taken once. */
function takeRecords (group: Group): MetadataRecord[] {
  if (!group.recordDue) return []
  group.recordDue = false
  return [groupRecord(group)]
}

/** What an operation decided: the group as it would be, the records that make it so, and answers. */
export interface Transition {
  /** The group after the operation; installed as is when `records` is empty, else once they commit. */
  readonly next: Group
  readonly records: MetadataRecord[]
  /** Answers to other members' waiting requests, handed out once `records` are committed. */
  readonly deliveries: Delivery[]
}

type JoinOutcome = { immediate: JoinResult | null, deliveries: Delivery[], memberId: string }

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
  join (group: Group, req: JoinRequest, nowMs: number): Transition & JoinOutcome {
    const next = copyGroup(group)
    const outcome = this.joinInner(next, req, nowMs)
    return { ...outcome, next, records: takeRecords(next) }
  }

  private joinInner (group: Group, req: JoinRequest, nowMs: number): JoinOutcome {
    if (req.sessionTimeoutMs < this.config.minSessionTimeoutMs || req.sessionTimeoutMs > this.config.maxSessionTimeoutMs) {
      return { immediate: joinError(req.memberId, ErrorCode.INVALID_SESSION_TIMEOUT), deliveries: [], memberId: req.memberId }
    }
    if (req.protocols.length === 0 || (group.members.size > 0 && (req.protocolType !== group.protocolType || !this.supportsCommonProtocol(group, req.protocols)))) {
      return { immediate: joinError(req.memberId, ErrorCode.INCONSISTENT_GROUP_PROTOCOL), deliveries: [], memberId: req.memberId }
    }
    if (req.memberId === '') return this.joinUnknownMember(group, req, nowMs)
    if (fenced(group, req.memberId, req.groupInstanceId)) return { immediate: joinError(req.memberId, ErrorCode.FENCED_INSTANCE_ID), deliveries: [], memberId: req.memberId }
    const member = group.members.get(req.memberId)
    if (member === undefined) {
      if (!group.pendingMemberIds.has(req.memberId)) return { immediate: joinError(req.memberId, ErrorCode.UNKNOWN_MEMBER_ID), deliveries: [], memberId: req.memberId }
      group.pendingMemberIds.delete(req.memberId)
      return this.addMemberAndRebalance(group, req, req.memberId, nowMs)
    }
    member.protocols = req.protocols
    member.sessionTimeoutMs = req.sessionTimeoutMs
    member.rebalanceTimeoutMs = req.rebalanceTimeoutMs
    member.heartbeatDeadlineMs = nowMs + req.sessionTimeoutMs
    member.joined = true
    const dropped = group.state === 'PreparingRebalance' ? [] : this.prepareRebalance(group, nowMs)
    return { immediate: null, deliveries: [...dropped, ...this.maybeCompleteJoin(group, nowMs)], memberId: req.memberId }
  }

  private joinUnknownMember (group: Group, req: JoinRequest, nowMs: number): JoinOutcome {
    if (group.members.size + group.pendingMemberIds.size >= this.config.maxSize) {
      return { immediate: joinError('', ErrorCode.GROUP_MAX_SIZE_REACHED), deliveries: [], memberId: '' }
    }
    const memberId = this.newMemberId(req.clientId)
    if (req.groupInstanceId !== null) {
      const previous = group.staticMembers.get(req.groupInstanceId)
      if (previous !== undefined && group.members.has(previous)) return this.replaceStaticMember(group, req, previous, memberId, nowMs)
      return this.addMemberAndRebalance(group, req, memberId, nowMs)
    }
    if (req.requireKnownMemberId) {
      group.pendingMemberIds.add(memberId)
      return { immediate: joinError(memberId, ErrorCode.MEMBER_ID_REQUIRED), deliveries: [], memberId }
    }
    return this.addMemberAndRebalance(group, req, memberId, nowMs)
  }

  /**
   * KIP-345: a static member that restarts gets a new member id but keeps its assignment; a Stable
   * group does not rebalance, and the old member id is fenced.
   */
  private replaceStaticMember (group: Group, req: JoinRequest, previousId: string, memberId: string, nowMs: number): JoinOutcome {
    const old = group.members.get(previousId)!
    group.members.delete(previousId)
    const member: Member = { ...old, memberId, clientId: req.clientId, clientHost: req.clientHost ?? '', protocols: req.protocols, sessionTimeoutMs: req.sessionTimeoutMs, rebalanceTimeoutMs: req.rebalanceTimeoutMs, heartbeatDeadlineMs: nowMs + req.sessionTimeoutMs, joined: false, awaitingSync: false }
    group.members.set(memberId, member)
    group.staticMembers.set(req.groupInstanceId!, memberId)
    if (group.leaderId === previousId) group.leaderId = memberId
    if (group.state === 'Stable') {
      // The new member id must survive a restart, or the replaced instance could not heartbeat.
      group.recordDue = true
      return { immediate: { errorCode: ErrorCode.NONE, generationId: group.generationId, protocolType: group.protocolType, protocolName: group.protocolName, leader: group.leaderId ?? '', memberId, members: [] }, deliveries: [], memberId }
    }
    member.joined = true
    const dropped = group.state === 'PreparingRebalance' ? [] : this.prepareRebalance(group, nowMs)
    return { immediate: null, deliveries: [...dropped, ...this.maybeCompleteJoin(group, nowMs)], memberId }
  }

  private addMemberAndRebalance (group: Group, req: JoinRequest, memberId: string, nowMs: number): JoinOutcome {
    if (group.members.size >= this.config.maxSize) return { immediate: joinError(memberId, ErrorCode.GROUP_MAX_SIZE_REACHED), deliveries: [], memberId }
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
    return { immediate: null, deliveries: [...dropped, ...this.maybeCompleteJoin(group, nowMs)], memberId }
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
      if (m.awaitingSync) deliveries.push({ kind: 'sync', memberId: m.memberId, result: syncError(ErrorCode.REBALANCE_IN_PROGRESS) })
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
          errorCode: ErrorCode.NONE, generationId: group.generationId, protocolType: group.protocolType, protocolName: group.protocolName, leader: group.leaderId, memberId: m.memberId,
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
  sync (group: Group, req: SyncRequest, nowMs: number): Transition & { immediate: SyncResult | null } {
    const next = copyGroup(group)
    const outcome = this.syncInner(next, req, nowMs)
    return { ...outcome, next, records: takeRecords(next) }
  }

  private syncInner (group: Group, req: SyncRequest, nowMs: number): { immediate: SyncResult | null, deliveries: Delivery[] } {
    if (fenced(group, req.memberId, req.groupInstanceId)) return { immediate: syncError(ErrorCode.FENCED_INSTANCE_ID), deliveries: [] }
    const member = group.members.get(req.memberId)
    if (member === undefined) return { immediate: syncError(ErrorCode.UNKNOWN_MEMBER_ID), deliveries: [] }
    if (req.generationId !== group.generationId) return { immediate: syncError(ErrorCode.ILLEGAL_GENERATION), deliveries: [] }
    if ((req.protocolType !== null && req.protocolType !== group.protocolType) || (req.protocolName !== null && req.protocolName !== group.protocolName)) {
      return { immediate: syncError(ErrorCode.INCONSISTENT_GROUP_PROTOCOL), deliveries: [] }
    }
    member.heartbeatDeadlineMs = nowMs + member.sessionTimeoutMs
    if (group.state === 'PreparingRebalance') return { immediate: syncError(ErrorCode.REBALANCE_IN_PROGRESS), deliveries: [] }
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
    group.recordDue = true
    return { immediate: this.syncAnswer(group, member), deliveries }
  }

  private syncAnswer (group: Group, member: Member): SyncResult {
    return { errorCode: ErrorCode.NONE, protocolType: group.protocolType, protocolName: group.protocolName, assignment: member.assignment }
  }

  /** Heartbeat: renews the member's session, which only memory holds; never a record. */
  heartbeat (group: Group, req: { memberId: string, groupInstanceId: string | null, generationId: number }, nowMs: number): { errorCode: number, next: Group } {
    const next = copyGroup(group)
    return { errorCode: this.heartbeatInner(next, req, nowMs), next }
  }

  private heartbeatInner (group: Group, req: { memberId: string, groupInstanceId: string | null, generationId: number }, nowMs: number): number {
    if (fenced(group, req.memberId, req.groupInstanceId)) return ErrorCode.FENCED_INSTANCE_ID
    const member = group.members.get(req.memberId)
    if (member === undefined) return ErrorCode.UNKNOWN_MEMBER_ID
    if (req.generationId !== group.generationId) return ErrorCode.ILLEGAL_GENERATION
    member.heartbeatDeadlineMs = nowMs + member.sessionTimeoutMs
    if (group.state === 'PreparingRebalance') return ErrorCode.REBALANCE_IN_PROGRESS
    return ErrorCode.NONE
  }

  /** LeaveGroup for one member (batched leaves call it per member). */
  leave (group: Group, memberId: string, groupInstanceId: string | null, nowMs: number): Transition & { errorCode: number } {
    const id = groupInstanceId !== null ? group.staticMembers.get(groupInstanceId) : memberId
    if (id === undefined || !group.members.has(id)) return { errorCode: ErrorCode.UNKNOWN_MEMBER_ID, next: group, deliveries: [], records: [] }
    if (groupInstanceId !== null && memberId !== '' && memberId !== id) return { errorCode: ErrorCode.FENCED_INSTANCE_ID, next: group, deliveries: [], records: [] }
    const next = copyGroup(group)
    const deliveries = this.removeAndRebalance(next, id, nowMs)
    return { errorCode: ErrorCode.NONE, next, deliveries, records: takeRecords(next) }
  }

  private becomeEmpty (group: Group, nowMs: number): void {
    enter(group, 'Empty', nowMs)
    group.protocolName = null
    group.leaderId = null
    group.recordDue = true
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
    if (removed?.joined === true) own.push({ kind: 'join', memberId, result: joinError(memberId, ErrorCode.UNKNOWN_MEMBER_ID) })
    if (removed?.awaitingSync === true) own.push({ kind: 'sync', memberId, result: syncError(ErrorCode.UNKNOWN_MEMBER_ID) })
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
  tick (group: Group, nowMs: number): Transition {
    if (!this.due(group, nowMs)) return { next: group, deliveries: [], records: [] }
    const next = copyGroup(group)
    const deliveries = this.tickInner(next, nowMs)
    return { next, deliveries, records: takeRecords(next) }
  }

  /** Whether tick() has anything to do at `nowMs` (read only, so idle groups cost no copy). */
  due (group: Group, nowMs: number): boolean {
    for (const m of group.members.values()) if (!m.joined && m.heartbeatDeadlineMs <= nowMs) return true
    if (group.state === 'PreparingRebalance') return nowMs >= group.phaseDeadlineMs || (group.initialJoinUntilMs > 0 && nowMs >= group.initialJoinUntilMs)
    return group.state === 'CompletingRebalance' && nowMs >= group.phaseDeadlineMs
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
