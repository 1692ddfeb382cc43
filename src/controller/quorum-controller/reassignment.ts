// Partition reassignment (KIP-455) as the KRaft controller decides it: AlterPartitionReassignments
// (key 45) starts, changes or cancels reassignments, ListPartitionReassignments (key 46) lists those in
// progress, and the controller completes each one once its target replicas are all in the ISR. Pure:
// `(image, input) -> { records, results }`, no I/O, no clock (Kafka's ReplicationControlManager with
// PartitionReassignmentReplicas, PartitionReassignmentRevert and PartitionChangeBuilder).
//
// A reassignment to `target` writes one PartitionChangeRecord: replicas = target followed by the
// current replicas it drops (so the old leader keeps leading and the old replicas keep their data
// while the new ones catch up), addingReplicas = target − current, removingReplicas = current − target
// (each ascending, as Kafka's sets); the ISR is unchanged. The brokers see the new replicas in the
// image, create their logs and follow the leader; the leader adds them to the ISR (AlterPartition)
// once they have caught up. Then completion writes a second record: replicas = target, ISR = ISR
// without the removed ones, adding and removing emptied, and, when the leader was among the removed,
// a new leader: the first target replica in the new ISR that may lead (NO_LEADER when none may). A
// reassignment whose target is already in the ISR (a reorder, a smaller replication factor) completes
// in the same record that starts it. Starting a reassignment while one is in progress replaces it:
// the replicas still being added and kept stay "adding".
//
// Cancelling (null replicas) reverts to the replicas from before: the added ones leave the replica
// list and the ISR; should that empty the ISR (only added replicas were in sync), the first original
// replica becomes the ISR, an unclean election, refused with INVALID_REPLICA_ASSIGNMENT unless
// unclean.leader.election.enable holds for the topic. A leader that was an added replica is replaced.
//
// Errors per partition: UNKNOWN_TOPIC_OR_PARTITION, INVALID_REPLICA_ASSIGNMENT (empty list, a broker
// listed twice, a broker not registered), NO_REASSIGNMENT_IN_PROGRESS (cancel of none), and
// POLICY_VIOLATION when the new replicas would pass a node's rivulet.node.partitions.max. The records
// of one request are committed together; past RECORDS_PER_OPERATION_MAX (10,000, Kafka's bound on a
// user operation) none is and every partition gets POLICY_VIOLATION.
import { MetadataRecordType as T } from '../../protocol/generated/metadata-records/index.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { record, type MetadataRecord } from '../metadata/metadata-record.ts'
import { isReassigning, type MetadataImage, type PartitionImage } from '../metadata/metadata-image.ts'
import { LEADER_NO_CHANGE, NO_LEADER } from './broker-control.ts'
import { RECORDS_PER_OPERATION_MAX, RECORDS_PER_OPERATION_MESSAGE, nodeLimitExceeded } from './topic-control.ts'

export interface ReassignmentTarget {
  readonly partitionIndex: number
  /** The replicas to move to; null cancels the reassignment in progress. */
  readonly replicas: readonly number[] | null
}

export interface ReassignmentTopic {
  readonly name: string
  readonly partitions: readonly ReassignmentTarget[]
}

export interface ReassignmentPartitionResult {
  readonly partitionIndex: number
  readonly errorCode: number
  readonly errorMessage: string | null
}

/** One topic's results, as AlterPartitionReassignmentsResponse's ReassignableTopicResponse carries them. */
export interface ReassignmentTopicResult {
  readonly name: string
  readonly partitions: ReassignmentPartitionResult[]
}

/** One reassignment in progress, as ListPartitionReassignmentsResponse's OngoingPartitionReassignment. */
export interface OngoingReassignment {
  readonly partitionIndex: number
  readonly replicas: number[]
  readonly addingReplicas: number[]
  readonly removingReplicas: number[]
}

export interface OngoingTopicReassignment {
  readonly name: string
  readonly partitions: OngoingReassignment[]
}

/** The topics and partitions ListPartitionReassignments asks about. */
export interface ReassignmentQuery {
  readonly name: string
  readonly partitionIndexes: readonly number[]
}

export interface ReassignmentContext {
  /** unclean.leader.election.enable for the topic (its override, else the broker default). */
  readonly uncleanEnabled: (topic: string) => boolean
  /** rivulet.node.partitions.max. */
  readonly nodePartitionsMax: number
}

/** A partition's state as the decisions below change it; turned into one PartitionChangeRecord. */
interface PartitionState {
  readonly replicas: readonly number[]
  readonly isr: readonly number[]
  readonly adding: readonly number[]
  readonly removing: readonly number[]
  readonly leader: number
}

class ReassignmentError extends Error {
  readonly errorCode: number
  constructor (errorCode: number, message: string) {
    super(message)
    this.errorCode = errorCode
  }
}

/** AlterPartitionReassignments: a result per partition in request order; the records go in one commit. */
export function alterReassignments (image: MetadataImage, topics: readonly ReassignmentTopic[], ctx: ReassignmentContext): { records: MetadataRecord[], results: ReassignmentTopicResult[] } {
  const records: MetadataRecord[] = []
  const results: ReassignmentTopicResult[] = []
  const hosted = new Map(image.replicaCounts)
  // A partition named twice sees the first one's change (as Kafka's controller applies them in order).
  const changed = new Map<string, PartitionImage>()
  for (const topic of topics) {
    const partitions: ReassignmentPartitionResult[] = []
    for (const target of topic.partitions) {
      try {
        const { topicId, p } = findPartition(image, topic.name, target.partitionIndex, changed)
        const next = target.replicas === null ? cancel(image, topic.name, p, ctx) : start(image, p, target.replicas)
        if (next !== null) {
          const added = next.replicas.filter((id) => !p.replicas.includes(id))
          const overLimit = nodeLimitExceeded(hosted, [added], ctx.nodePartitionsMax)
          if (overLimit !== null) throw new ReassignmentError(ErrorCode.POLICY_VIOLATION, overLimit)
          for (const id of p.replicas) if (!next.replicas.includes(id)) hosted.set(id, (hosted.get(id) ?? 1) - 1)
          const change = changeRecord(topicId, p, next)
          records.push(change)
          changed.set(`${topicId}:${p.partitionId}`, afterChange(p, next))
        }
        partitions.push({ partitionIndex: target.partitionIndex, errorCode: ErrorCode.NONE, errorMessage: null })
      } catch (err) {
        if (!(err instanceof ReassignmentError)) throw err
        partitions.push({ partitionIndex: target.partitionIndex, errorCode: err.errorCode, errorMessage: err.message })
      }
    }
    results.push({ name: topic.name, partitions })
  }
  if (records.length > RECORDS_PER_OPERATION_MAX) {
    // One operation, as Kafka's controller bounds it: all or nothing.
    const refused = results.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: ErrorCode.POLICY_VIOLATION, errorMessage: RECORDS_PER_OPERATION_MESSAGE })) }))
    return { records: [], results: refused }
  }
  return { records, results }
}

function findPartition (image: MetadataImage, topicName: string, partitionId: number, changed: ReadonlyMap<string, PartitionImage>): { topicId: string, p: PartitionImage } {
  const topic = image.topic(topicName)
  if (topic === undefined) throw new ReassignmentError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `Unable to find a topic named ${topicName}.`)
  const p = changed.get(`${topic.id}:${partitionId}`) ?? topic.partitions.get(partitionId)
  if (p === undefined) throw new ReassignmentError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `Unable to find partition ${topicName}:${partitionId}.`)
  return { topicId: topic.id, p }
}

/** Kafka's validateManualPartitionAssignment (no replication factor constraint: a reassignment may change it). */
function validateAssignment (image: MetadataImage, replicas: readonly number[]): void {
  if (replicas.length === 0) throw new ReassignmentError(ErrorCode.INVALID_REPLICA_ASSIGNMENT, 'The manual partition assignment includes an empty replica list.')
  const sorted = [...replicas].sort((a, b) => a - b)
  sorted.forEach((id, i) => {
    if (!image.brokers.has(id)) throw new ReassignmentError(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `The manual partition assignment includes broker ${id}, but no such broker is registered.`)
    if (i > 0 && sorted[i - 1] === id) throw new ReassignmentError(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `The manual partition assignment includes the broker ${id} more than once.`)
  })
}

const ascending = (a: number, b: number): number => a - b

/** The state a reassignment to `target` starts (or completes at once); null when nothing changes. */
function start (image: MetadataImage, p: PartitionImage, target: readonly number[]): PartitionState | null {
  validateAssignment(image, target)
  const removing = p.replicas.filter((id) => !target.includes(id)).sort(ascending)
  // New to the replica list, or still being added by the reassignment this one replaces.
  const adding = target.filter((id) => !p.replicas.includes(id) || p.addingReplicas.includes(id)).sort(ascending)
  const begun: PartitionState = { replicas: [...target, ...removing], isr: p.isr, adding, removing, leader: p.leader }
  const next = maybeComplete(image, begun) ?? begun
  return sameState(p, next) ? null : next
}

/** The state a cancel reverts to: the replicas from before the reassignment. */
function cancel (image: MetadataImage, topic: string, p: PartitionImage, ctx: ReassignmentContext): PartitionState {
  if (!isReassigning(p)) throw new ReassignmentError(ErrorCode.NO_REASSIGNMENT_IN_PROGRESS, 'No partition reassignment is in progress.')
  const replicas = p.replicas.filter((id) => !p.addingReplicas.includes(id))
  let isr = p.isr.filter((id) => !p.addingReplicas.includes(id))
  if (isr.length === 0) {
    if (!ctx.uncleanEnabled(topic)) {
      throw new ReassignmentError(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `Unable to revert partition assignment for ${topic}:${p.partitionId} because it would require an unclean leader election.`)
    }
    isr = [replicas[0]!]
  }
  return { replicas, isr, adding: [], removing: [], leader: electIfNeeded(image, p.leader, replicas, isr) }
}

/**
 * The completed reassignment, when every replica it keeps is in the ISR and some ISR member is kept
 * (Kafka's PartitionReassignmentReplicas.maybeCompleteReassignment); null otherwise.
 */
function maybeComplete (image: MetadataImage, s: PartitionState): PartitionState | null {
  if (s.adding.length === 0 && s.removing.length === 0) return null
  const isr = s.isr.filter((id) => !s.removing.includes(id))
  const replicas = s.replicas.filter((id) => !s.removing.includes(id))
  if (isr.length === 0 || replicas.length === 0 || !replicas.every((id) => isr.includes(id))) return null
  return { replicas, isr, adding: [], removing: [], leader: electIfNeeded(image, s.leader, replicas, isr) }
}

/** The leader, kept while it is in the ISR; otherwise the first replica in the ISR that may lead, else NO_LEADER. */
function electIfNeeded (image: MetadataImage, leader: number, replicas: readonly number[], isr: readonly number[]): number {
  if (isr.includes(leader)) return leader
  return replicas.find((id) => isr.includes(id) && image.isActive(id)) ?? NO_LEADER
}

function sameList (a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((id, i) => b[i] === id)
}

function sameState (p: PartitionImage, s: PartitionState): boolean {
  return sameList(p.replicas, s.replicas) && sameList(p.isr, s.isr) && sameList(p.addingReplicas, s.adding) && sameList(p.removingReplicas, s.removing) && p.leader === s.leader
}

/**
 * The PartitionChangeRecord from `p` to `s`: only the fields that change. The leader is -2 when it
 * stays, except when replicas leave: then it is set to itself, which bumps the leader epoch (KRaft's
 * triggerLeaderEpochBumpIfNeeded), so that a removed replica's fetches are fenced. Adding replicas
 * bumps only the partition epoch.
 */
function changeRecord (topicId: string, p: PartitionImage, s: PartitionState): MetadataRecord {
  const replicasLeave = p.replicas.some((id) => !s.replicas.includes(id))
  return record(T.PartitionChange, {
    partitionId: p.partitionId,
    topicId,
    isr: sameList(p.isr, s.isr) ? null : [...s.isr],
    leader: s.leader !== p.leader || replicasLeave ? s.leader : LEADER_NO_CHANGE,
    replicas: sameList(p.replicas, s.replicas) ? null : [...s.replicas],
    removingReplicas: sameList(p.removingReplicas, s.removing) ? null : [...s.removing],
    addingReplicas: sameList(p.addingReplicas, s.adding) ? null : [...s.adding],
    leaderRecoveryState: -1,
    directories: null,
    eligibleLeaderReplicas: null,
    lastKnownElr: null
  })
}

/** `p` as the image folds the change (for a partition named again later in the same request). */
function afterChange (p: PartitionImage, s: PartitionState): PartitionImage {
  const leaderEpoch = s.leader !== p.leader || p.replicas.some((id) => !s.replicas.includes(id)) ? p.leaderEpoch + 1 : p.leaderEpoch
  return { partitionId: p.partitionId, replicas: s.replicas, isr: s.isr, addingReplicas: s.adding, removingReplicas: s.removing, leader: s.leader, leaderEpoch, partitionEpoch: p.partitionEpoch + 1 }
}

/**
 * The reassignments that may complete now (their target replicas all in the ISR): a record each. Run
 * by the controller's tick, so completion needs no hook in AlterPartition.
 */
export function completeReassignments (image: MetadataImage): MetadataRecord[] {
  const records: MetadataRecord[] = []
  for (const topic of image.topicsById.values()) {
    for (const p of topic.partitions.values()) {
      if (!isReassigning(p)) continue
      const done = maybeComplete(image, { replicas: p.replicas, isr: p.isr, adding: p.addingReplicas, removing: p.removingReplicas, leader: p.leader })
      if (done !== null) records.push(changeRecord(topic.id, p, done))
    }
  }
  return records
}

/** Whether any partition is being reassigned (the tick skips the scan otherwise). */
export function anyReassigning (image: MetadataImage): boolean {
  for (const topic of image.topicsById.values()) for (const p of topic.partitions.values()) if (isReassigning(p)) return true
  return false
}

function ongoing (p: PartitionImage): OngoingReassignment {
  return { partitionIndex: p.partitionId, replicas: [...p.replicas], addingReplicas: [...p.addingReplicas], removingReplicas: [...p.removingReplicas] }
}

/**
 * ListPartitionReassignments: the reassignments in progress of every topic (null) or of the listed
 * partitions; unknown topics and partitions, and those not being reassigned, are left out (as Kafka),
 * and so is a topic left with none.
 */
export function listReassignments (image: MetadataImage, query: readonly ReassignmentQuery[] | null): OngoingTopicReassignment[] {
  const result: OngoingTopicReassignment[] = []
  if (query === null) {
    for (const topic of [...image.topicsById.values()].sort((a, b) => a.name.localeCompare(b.name))) {
      const partitions = [...topic.partitions.values()].filter(isReassigning).sort((a, b) => a.partitionId - b.partitionId).map(ongoing)
      if (partitions.length > 0) result.push({ name: topic.name, partitions })
    }
    return result
  }
  for (const q of query) {
    const topic = image.topic(q.name)
    if (topic === undefined) continue
    const partitions: OngoingReassignment[] = []
    for (const id of q.partitionIndexes) {
      const p = topic.partitions.get(id)
      if (p !== undefined && isReassigning(p)) partitions.push(ongoing(p))
    }
    if (partitions.length > 0) result.push({ name: topic.name, partitions })
  }
  return result
}
