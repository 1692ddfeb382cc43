// Partition leader elections the controller makes on request (ElectLeaders, key 43) or on its own
// (auto.leader.rebalance.enable, and unclean elections where unclean.leader.election.enable allows),
// pure: `(image, request) -> { records, results }`, as KRaft's ReplicationControlManager decides them.
//
// PREFERRED: the preferred replica (the first of the replica list) becomes leader when it may lead
// (unfenced, not shutting down) and is in the ISR; ELECTION_NOT_NEEDED when it leads already,
// PREFERRED_LEADER_NOT_AVAILABLE otherwise. UNCLEAN: only for a partition without a leader: an ISR
// member that may lead when there is one, else any replica that may lead (its ISR becomes that
// replica alone; records it lacks are lost). As in Kafka (KIP-460), an UNCLEAN election requested by
// an administrator does not need unclean.leader.election.enable; that setting governs the elections
// the controller makes by itself (uncleanElections, run by tick()).
//
// `electOutsideIsr` (RIVULET_TEST_BUG=unclean-election, src/util/test-bugs.ts; false in every real run)
// breaks these on purpose, for the chaos checker's own tests: PREFERRED elects the preferred replica
// even outside the ISR, UNCLEAN and the controller's own elections take a replica outside the ISR
// first, and unclean.leader.election.enable=false no longer stops them; an ISR is then reset to the new
// leader alone (the records it lacks are lost).
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import type { MetadataRecord } from '../metadata/metadata-record.ts'
import type { MetadataImage, PartitionImage, TopicImage } from '../metadata/metadata-image.ts'
import { NO_LEADER, partitionChange, replicaOutsideIsr } from './broker-control.ts'

/** ElectLeaders' ElectionType. */
export const ElectionType = { PREFERRED: 0, UNCLEAN: 1 } as const

export interface ElectionPartitionResult {
  readonly partitionId: number
  readonly errorCode: number
  readonly errorMessage: string | null
}

/** One topic's results, as ElectLeadersResponse's ReplicaElectionResult carries them. */
export interface ElectionTopicResult {
  readonly topic: string
  readonly partitionResult: ElectionPartitionResult[]
}

export interface ElectionTarget {
  readonly topic: string
  readonly partitions: readonly number[]
}

/**
 * ElectLeaders for the listed partitions, or every partition (null). As Kafka, when every partition
 * is asked for, those that need no election are left out of the results.
 */
export function electLeaders (image: MetadataImage, electionType: number, targets: readonly ElectionTarget[] | null, electOutsideIsr = false): { records: MetadataRecord[], results: ElectionTopicResult[] } {
  const records: MetadataRecord[] = []
  const results: ElectionTopicResult[] = []
  const all = targets === null
  const wanted: ElectionTarget[] = all
    ? [...image.topicsById.values()].sort((a, b) => a.name.localeCompare(b.name)).map((t) => ({ topic: t.name, partitions: [...t.partitions.keys()].sort((a, b) => a - b) }))
    : [...targets]
  for (const target of wanted) {
    const topic = image.topic(target.topic)
    const partitionResult: ElectionPartitionResult[] = []
    for (const partitionId of target.partitions) {
      const p = topic?.partitions.get(partitionId)
      if (topic === undefined || p === undefined) {
        partitionResult.push({ partitionId, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: `The partition ${target.topic}-${partitionId} does not exist.` })
        continue
      }
      const outcome = electionType === ElectionType.PREFERRED ? electPreferred(image, topic, p, electOutsideIsr) : electionType === ElectionType.UNCLEAN ? electUnclean(image, topic, p, electOutsideIsr) : { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Unknown election type ${electionType}`, record: null }
      if (outcome.record !== null) records.push(outcome.record)
      if (all && outcome.errorCode === ErrorCode.ELECTION_NOT_NEEDED) continue
      partitionResult.push({ partitionId, errorCode: outcome.errorCode, errorMessage: outcome.errorMessage })
    }
    if (!all || partitionResult.length > 0) results.push({ topic: target.topic, partitionResult })
  }
  return { records, results }
}

interface Outcome { readonly errorCode: number, readonly errorMessage: string | null, readonly record: MetadataRecord | null }

function electPreferred (image: MetadataImage, topic: TopicImage, p: PartitionImage, electOutsideIsr: boolean): Outcome {
  const preferred = p.replicas[0]!
  if (p.leader === preferred) return { errorCode: ErrorCode.ELECTION_NOT_NEEDED, errorMessage: 'Leader election not needed for topic partition.', record: null }
  // The test bug: a preferred replica outside the ISR is elected anyway (the ISR reset to it).
  if (electOutsideIsr && !p.isr.includes(preferred) && image.isActive(preferred)) return { errorCode: ErrorCode.NONE, errorMessage: null, record: partitionChange(topic.id, p, [preferred], preferred) }
  if (!p.isr.includes(preferred) || !image.isActive(preferred)) {
    return { errorCode: ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE, errorMessage: `Failed to elect leader for partition ${topic.name}-${p.partitionId} under strategy PreferredReplicaPartitionLeaderElectionStrategy`, record: null }
  }
  return { errorCode: ErrorCode.NONE, errorMessage: null, record: partitionChange(topic.id, p, null, preferred) }
}

function electUnclean (image: MetadataImage, topic: TopicImage, p: PartitionImage, electOutsideIsr: boolean): Outcome {
  if (p.leader !== NO_LEADER) return { errorCode: ErrorCode.ELECTION_NOT_NEEDED, errorMessage: 'Leader election not needed for topic partition.', record: null }
  const record = uncleanChange(image, topic, p, electOutsideIsr)
  if (record === null) return { errorCode: ErrorCode.ELIGIBLE_LEADERS_NOT_AVAILABLE, errorMessage: `Failed to elect leader for partition ${topic.name}-${p.partitionId} under strategy UncleanPartitionLeaderElectionStrategy`, record: null }
  return { errorCode: ErrorCode.NONE, errorMessage: null, record }
}

/**
 * A leader for a leaderless partition: clean (an ISR member) when possible, else any replica that may
 * lead. The test bug `electOutsideIsr` takes a replica outside the ISR first.
 */
function uncleanChange (image: MetadataImage, topic: TopicImage, p: PartitionImage, electOutsideIsr: boolean): MetadataRecord | null {
  const outside = electOutsideIsr ? replicaOutsideIsr(p, (id) => image.isActive(id)) : undefined
  if (outside !== undefined) return partitionChange(topic.id, p, [outside], outside)
  const clean = p.replicas.find((id) => p.isr.includes(id) && image.isActive(id))
  if (clean !== undefined) return partitionChange(topic.id, p, null, clean)
  const unclean = p.replicas.find((id) => image.isActive(id))
  return unclean === undefined ? null : partitionChange(topic.id, p, [unclean], unclean)
}

/**
 * The controller's own unclean elections: leaderless partitions with no ISR member able to lead, of
 * topics where `uncleanEnabled(topic)` (unclean.leader.election.enable, the topic's or the broker
 * default), get any replica that may lead. The test bug `electOutsideIsr` makes every topic's elections
 * unclean, whatever its setting.
 */
export function uncleanElections (image: MetadataImage, uncleanEnabled: (topic: string) => boolean, electOutsideIsr = false): MetadataRecord[] {
  const records: MetadataRecord[] = []
  for (const topic of image.topicsById.values()) {
    let enabled: boolean | null = null
    for (const p of topic.partitions.values()) {
      if (p.leader !== NO_LEADER || p.isr.some((id) => image.isActive(id))) continue
      enabled ??= electOutsideIsr || uncleanEnabled(topic.name)
      if (!enabled) break
      const record = uncleanChange(image, topic, p, electOutsideIsr)
      if (record !== null) records.push(record)
    }
  }
  return records
}

/**
 * auto.leader.rebalance.enable: for each broker that may lead, the partitions it prefers (first
 * replica) but does not lead; when their share of its preferred partitions exceeds
 * leader.imbalance.per.broker.percentage, each of them whose ISR holds it gets it back as leader.
 */
export function rebalanceLeaders (image: MetadataImage, imbalancePercentage: number): MetadataRecord[] {
  const preferred = new Map<number, Array<{ topic: TopicImage, p: PartitionImage }>>()
  const counts = new Map<number, number>()
  for (const topic of image.topicsById.values()) {
    for (const p of topic.partitions.values()) {
      const first = p.replicas[0]
      if (first === undefined) continue
      counts.set(first, (counts.get(first) ?? 0) + 1)
      if (p.leader === first) continue
      const list = preferred.get(first) ?? []
      list.push({ topic, p })
      preferred.set(first, list)
    }
  }
  const records: MetadataRecord[] = []
  for (const [brokerId, notLed] of [...preferred].sort(([a], [b]) => a - b)) {
    if (!image.isActive(brokerId)) continue
    if (notLed.length * 100 <= imbalancePercentage * counts.get(brokerId)!) continue
    for (const { topic, p } of notLed) if (p.isr.includes(brokerId)) records.push(partitionChange(topic.id, p, null, brokerId))
  }
  return records
}
