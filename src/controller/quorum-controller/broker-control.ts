// The broker lifecycle as the active controller decides it (KRaft's ClusterControlManager and
// BrokerHeartbeatManager), pure: registration, heartbeats (unfencing, controlled shutdown) and
// fencing on session expiry, each `(image, request) -> { records, reply }`. No I/O and no clock: the
// caller passes what it knows (the next log offset, which sessions are alive, the time).
//
// States, as Kafka's: a broker registers FENCED; a heartbeat whose applied metadata offset has
// reached its registration record (its broker epoch) unfences it; a heartbeat asking to shut down
// moves its leaderships away (controlled shutdown) and, once it leads nothing, is told to shut down
// and is fenced; a broker whose session expires is fenced and its leaderships move. A leadership
// moves to another ISR member that may lead (unfenced, not shutting down), in replica order, with a
// new leader epoch; the leaving broker leaves every ISR where another member remains (an ISR is
// never emptied, as in Kafka: its last member is who must come back for a clean election); with no
// such member the partition has no leader (-1) until one returns.
//
// `electOutsideIsr` (RIVULET_TEST_BUG=unclean-election, src/util/test-bugs.ts; false in every real run)
// breaks this on purpose, for the chaos checker's own tests: a leadership that moves goes first to a
// replica that may lead but is NOT in the ISR (its ISR becomes that replica alone, as in an unclean
// election: the records it lacks are lost), and a broker that is unfenced takes the leadership of every
// partition it replicates outside the ISR. Without the second rule the bug would need two overlapping
// faults to show (a killed leader's followers are normally both in the ISR); with it, any node that is
// killed, paused or cut off and comes back takes leaderships with a log that lacks acknowledged records.
import { MetadataRecordType as T } from '../../protocol/generated/metadata-records/index.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { record, type MetadataRecord } from '../metadata/metadata-record.ts'
import type { BrokerImage, MetadataImage, PartitionImage } from '../metadata/metadata-image.ts'
import type { BrokerHeartbeatReply, BrokerHeartbeatRequest, BrokerRegistrationReply, BrokerRegistrationRequest } from './controller-api.ts'

/** KRaft's PartitionChangeRecord value for "leader unchanged", and "no leader". */
export const LEADER_NO_CHANGE = -2
export const NO_LEADER = -1

/** BrokerRegistrationChangeRecord's tri-states. */
const FENCE = 1
const UNFENCE = -1
const IN_CONTROLLED_SHUTDOWN = 1

export interface RegistrationContext {
  /** This cluster's id; a broker formatted for another is refused (INCONSISTENT_CLUSTER_ID). */
  readonly clusterId: string
  /** The offset the registration record will get: the new broker epoch (KRaft's, too). */
  readonly nextOffset: number
  /** Whether the broker id's current incarnation still has a live session on this controller. */
  readonly sessionAlive: (brokerId: number) => boolean
}

/** BrokerRegistration (key 62). */
export function registerBroker (image: MetadataImage, req: BrokerRegistrationRequest, ctx: RegistrationContext): { records: MetadataRecord[], reply: BrokerRegistrationReply } {
  const refuse = (errorCode: number): { records: MetadataRecord[], reply: BrokerRegistrationReply } => ({ records: [], reply: { errorCode, brokerEpoch: -1n } })
  if (req.clusterId !== ctx.clusterId) return refuse(ErrorCode.INCONSISTENT_CLUSTER_ID)
  const existing = image.brokers.get(req.brokerId)
  const endpoints = req.listeners.map((l) => ({ name: l.name, host: l.host, port: l.port, securityProtocol: l.securityProtocol }))
  // Another process holds this id and is alive: two brokers configured with one node.id. Unless the
  // new incarnation names the live one's epoch as its previous (KIP-966's previousBrokerEpoch, from
  // the broker's own storage: it is that broker, restarted before its session expired).
  if (existing !== undefined && existing.incarnationId !== req.incarnationId && ctx.sessionAlive(req.brokerId) && req.previousBrokerEpoch !== existing.epoch) {
    return refuse(ErrorCode.DUPLICATE_BROKER_REGISTRATION)
  }
  const sameIncarnation = existing !== undefined && existing.incarnationId === req.incarnationId
  if (sameIncarnation && sameEndpoints(existing, endpoints) && existing.rack === req.rack) {
    // A retry of a registration that was applied (its answer was lost): the same epoch, nothing written.
    return { records: [], reply: { errorCode: ErrorCode.NONE, brokerEpoch: existing.epoch } }
  }
  const brokerEpoch = BigInt(ctx.nextOffset)
  // A new incarnation starts fenced (KRaft); the running one re-registering a changed endpoint
  // (advertised.listeners altered at runtime, a Rivulet dynamic config) keeps its state.
  return {
    records: [record(T.RegisterBroker, {
      brokerId: req.brokerId, isMigratingZkBroker: false, incarnationId: req.incarnationId, brokerEpoch,
      endPoints: endpoints, features: [], rack: req.rack, fenced: sameIncarnation ? existing.fenced : true,
      inControlledShutdown: sameIncarnation ? existing.inControlledShutdown : false, logDirs: []
    })],
    reply: { errorCode: ErrorCode.NONE, brokerEpoch }
  }
}

function sameEndpoints (broker: BrokerImage, endpoints: ReadonlyArray<{ name: string, host: string, port: number }>): boolean {
  return broker.endpoints.length === endpoints.length && broker.endpoints.every((e, i) => e.name === endpoints[i]!.name && e.host === endpoints[i]!.host && e.port === endpoints[i]!.port)
}

/** BrokerHeartbeat (key 63): the broker's next state and the records that take it there. */
export function brokerHeartbeat (image: MetadataImage, req: BrokerHeartbeatRequest, electOutsideIsr = false): { records: MetadataRecord[], reply: BrokerHeartbeatReply } {
  const broker = image.brokers.get(req.brokerId)
  if (broker === undefined) return { records: [], reply: { errorCode: ErrorCode.BROKER_ID_NOT_REGISTERED, isCaughtUp: false, isFenced: true, shouldShutDown: false } }
  if (broker.epoch !== req.brokerEpoch) return { records: [], reply: { errorCode: ErrorCode.STALE_BROKER_EPOCH, isCaughtUp: false, isFenced: true, shouldShutDown: false } }
  // Caught up once it has applied its own registration record (KRaft's registerBrokerRecordOffset).
  const isCaughtUp = req.currentMetadataOffset >= broker.epoch
  const ok = (records: MetadataRecord[], isFenced: boolean, shouldShutDown: boolean): { records: MetadataRecord[], reply: BrokerHeartbeatReply } =>
    ({ records, reply: { errorCode: ErrorCode.NONE, isCaughtUp, isFenced, shouldShutDown } })
  if (broker.fenced) {
    // Fenced, it leads nothing: it may go at once.
    if (req.wantShutDown) return ok([], true, true)
    if (req.wantFence || !isCaughtUp) return ok([], true, false)
    return ok([record(T.BrokerRegistrationChange, { brokerId: broker.id, brokerEpoch: broker.epoch, fenced: UNFENCE, inControlledShutdown: 0, logDirs: [] }), ...electLeaderless(image, broker.id, electOutsideIsr)], false, false)
  }
  if (req.wantShutDown || broker.inControlledShutdown) {
    if (!broker.inControlledShutdown) {
      // The last unfenced broker (a single node): no one could take its leaderships or learn of
      // moves, so it goes at once, fenced, and its partitions keep it as leader: restarted, it leads
      // them again at the same leader epoch. (KRaft would first leave them leaderless, which only
      // bumps every leader epoch twice per restart of a single node.)
      if (!image.unfencedBrokers().some((b) => b.id !== broker.id)) return ok([fence(broker)], true, true)
      // Controlled shutdown begins: leaderships move now; it is told to go on a later heartbeat, once
      // every partition it led has another leader (or none), so the others have learnt the moves.
      const moves = moveAway(image, new Set([broker.id]), electOutsideIsr)
      const mark = record(T.BrokerRegistrationChange, { brokerId: broker.id, brokerEpoch: broker.epoch, fenced: 0, inControlledShutdown: IN_CONTROLLED_SHUTDOWN, logDirs: [] })
      return ok([mark, ...moves], false, false)
    }
    if (leadsAny(image, broker.id)) return ok(moveAway(image, new Set([broker.id]), electOutsideIsr), false, false)
    return ok([fence(broker)], true, true)
  }
  if (req.wantFence) return ok(fenceBrokers(image, [broker.id], electOutsideIsr), true, false)
  return ok([], false, false)
}

/** The end of a controlled shutdown: the broker is fenced (KRaft's SHUTDOWN_NOW). */
function fence (broker: BrokerImage): MetadataRecord {
  return record(T.BrokerRegistrationChange, { brokerId: broker.id, brokerEpoch: broker.epoch, fenced: FENCE, inControlledShutdown: 0, logDirs: [] })
}

/** Whether `brokerId` leads any partition. */
export function leadsAny (image: MetadataImage, brokerId: number): boolean {
  for (const topic of image.topicsById.values()) for (const p of topic.partitions.values()) if (p.leader === brokerId) return true
  return false
}

/**
 * Fences brokers (their sessions expired, or they asked to be fenced): a FenceBrokerRecord each, and
 * their leaderships and ISR places move as for a controlled shutdown.
 */
export function fenceBrokers (image: MetadataImage, brokerIds: readonly number[], electOutsideIsr = false): MetadataRecord[] {
  const fenced = brokerIds.map((id) => image.brokers.get(id)).filter((b): b is BrokerImage => b !== undefined && !b.fenced)
  if (fenced.length === 0) return []
  return [
    ...fenced.map((b) => record(T.FenceBroker, { id: b.id, epoch: b.epoch })),
    ...moveAway(image, new Set(fenced.map((b) => b.id)), electOutsideIsr)
  ]
}

/**
 * PartitionChangeRecords taking `leaving` brokers out of leadership and out of every ISR where another
 * member remains. A new leader is the first replica in the new ISR that may lead (not leaving,
 * unfenced, not shutting down); none: NO_LEADER. `electOutsideIsr` (a test bug, see the header): a
 * replica outside the ISR that may lead is taken first, with the ISR reset to it alone.
 */
export function moveAway (image: MetadataImage, leaving: ReadonlySet<number>, electOutsideIsr = false): MetadataRecord[] {
  const records: MetadataRecord[] = []
  const mayLead = (id: number): boolean => !leaving.has(id) && image.isActive(id)
  for (const topic of image.topicsById.values()) {
    for (const p of topic.partitions.values()) {
      const inIsr = p.isr.some((id) => leaving.has(id))
      const leads = leaving.has(p.leader)
      if (!inIsr && !leads) continue
      const outside = leads && electOutsideIsr ? replicaOutsideIsr(p, mayLead) : undefined
      if (outside !== undefined) {
        records.push(partitionChange(topic.id, p, [outside], outside))
        continue
      }
      const remaining = p.isr.filter((id) => !leaving.has(id))
      const isr = remaining.length > 0 ? remaining : p.isr
      const leader = leads ? (p.replicas.find((id) => isr.includes(id) && mayLead(id)) ?? NO_LEADER) : LEADER_NO_CHANGE
      const isrChanged = isr.length !== p.isr.length
      if (!isrChanged && leader === LEADER_NO_CHANGE) continue
      records.push(partitionChange(topic.id, p, isrChanged ? isr : null, leader))
    }
  }
  return records
}

/**
 * Partitions without a leader whose ISR holds `brokerId`, now that it may lead again: each gets the
 * first ISR member (in replica order) that may lead, this broker included (KRaft elects on unfencing).
 * `electOutsideIsr` (a test bug, see the header): besides, every partition that has `brokerId` as a
 * replica outside its ISR gets it as leader, with the ISR reset to it alone.
 */
export function electLeaderless (image: MetadataImage, brokerId: number, electOutsideIsr = false): MetadataRecord[] {
  const records: MetadataRecord[] = []
  const mayLead = (id: number): boolean => id === brokerId || image.isActive(id)
  for (const topic of image.topicsById.values()) {
    for (const p of topic.partitions.values()) {
      if (electOutsideIsr && p.replicas.includes(brokerId) && !p.isr.includes(brokerId)) {
        records.push(partitionChange(topic.id, p, [brokerId], brokerId))
        continue
      }
      if (p.leader !== NO_LEADER || !p.isr.includes(brokerId)) continue
      const leader = p.replicas.find((id) => p.isr.includes(id) && mayLead(id))
      if (leader !== undefined) records.push(partitionChange(topic.id, p, null, leader))
    }
  }
  return records
}

/**
 * RIVULET_TEST_BUG=unclean-election only: the first replica (in replica order) that may lead and is
 * not in the ISR, or undefined.
 */
export function replicaOutsideIsr (p: PartitionImage, mayLead: (id: number) => boolean): number | undefined {
  return p.replicas.find((id) => !p.isr.includes(id) && mayLead(id))
}

/** A PartitionChangeRecord: a new ISR (null: unchanged) and a new leader (LEADER_NO_CHANGE: unchanged). */
export function partitionChange (topicId: string, p: PartitionImage, isr: readonly number[] | null, leader: number): MetadataRecord {
  return record(T.PartitionChange, {
    partitionId: p.partitionId, topicId, isr: isr === null ? null : [...isr], leader, replicas: null, removingReplicas: null, addingReplicas: null,
    leaderRecoveryState: -1, directories: null, eligibleLeaderReplicas: null, lastKnownElr: null
  })
}

/**
 * The last heartbeat of each broker, kept only by the active controller (in memory, as Kafka's
 * BrokerHeartbeatManager): a controller that becomes active restarts every registered broker's session
 * at that moment, so no broker is fenced for the silence of an election.
 */
export class BrokerSessions {
  private readonly lastContactMs = new Map<number, number>()
  private readonly timeoutMs: number

  /** `timeoutMs`: broker.session.timeout.ms. */
  constructor (timeoutMs: number) {
    this.timeoutMs = timeoutMs
  }

  /** Starts every session afresh (this node just became the active controller). */
  restart (brokerIds: Iterable<number>, nowMs: number): void {
    this.lastContactMs.clear()
    for (const id of brokerIds) this.lastContactMs.set(id, nowMs)
  }

  touch (brokerId: number, nowMs: number): void {
    this.lastContactMs.set(brokerId, nowMs)
  }

  remove (brokerId: number): void {
    this.lastContactMs.delete(brokerId)
  }

  /** Heard from within the session timeout. */
  alive (brokerId: number, nowMs: number): boolean {
    const last = this.lastContactMs.get(brokerId)
    return last !== undefined && nowMs - last <= this.timeoutMs
  }

  /** Brokers of `candidates` whose session has expired (not heard from for longer than the timeout). */
  expired (candidates: Iterable<number>, nowMs: number): number[] {
    const out: number[] = []
    for (const id of candidates) if (!this.alive(id, nowMs)) out.push(id)
    return out.sort((a, b) => a - b)
  }
}

/** Unfenced brokers whose session has expired: the ones tick() fences. */
export function expiredBrokers (image: MetadataImage, sessions: BrokerSessions, nowMs: number): number[] {
  return sessions.expired(image.unfencedBrokers().map((b) => b.id), nowMs)
}
