// AlterPartition (key 56) as the active controller decides it (KRaft's ReplicationControlManager
// .alterPartition), pure: `(image, request) -> { records, response }`. A partition's leader proposes a
// new ISR; the controller commits it with a PartitionChangeRecord (ISR only: the leader and its epoch
// stay, the partition epoch moves on) or refuses a stale or invalid proposal, so only the committed
// ISR counts.
//
// Checks, in Kafka's order: the sender's broker epoch (STALE_BROKER_EPOCH for the whole request); per
// partition: the topic exists (UNKNOWN_TOPIC_ID from v2, UNKNOWN_TOPIC_OR_PARTITION by name before)
// and the partition (UNKNOWN_TOPIC_OR_PARTITION); a leader or partition epoch above the committed one
// means the sender saw a newer controller than this one (NOT_CONTROLLER: it retries on the leader); a
// lower leader epoch is fenced (FENCED_LEADER_EPOCH); the sender must lead the partition
// (INVALID_REQUEST, as Kafka); a lower partition epoch is stale (INVALID_UPDATE_VERSION); the ISR has no
// duplicate, holds the leader, names only replicas of the partition and the leader recovery state stays
// RECOVERED (INVALID_REQUEST); every proposed member may be in the ISR (INELIGIBLE_REPLICA; OPERATION_NOT_ATTEMPTED before v2, which
// introduced the error): registered, unfenced, not in controlled
// shutdown, and, v3 (KIP-903), of the broker epoch the leader saw it fetch with (-1: not checked), so
// that a follower restarted with an empty disk is not taken back on its old incarnation's fetches.
//
// A proposal equal to the committed ISR succeeds with no record
// (KRaft's PartitionChangeBuilder builds none).
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import type { AlterPartitionRequest, AlterPartitionRequestBrokerState, AlterPartitionRequestPartitionData } from '../../protocol/generated/messages/alter-partition.ts'
import { AlterPartitionRequestVersions, type AlterPartitionResponse, type AlterPartitionResponsePartitionData, type AlterPartitionResponseTopicData } from '../../protocol/generated/messages/alter-partition.ts'
import type { MetadataRecord } from '../metadata/metadata-record.ts'
import type { MetadataImage, PartitionImage } from '../metadata/metadata-image.ts'
import { LEADER_NO_CHANGE, partitionChange } from './broker-control.ts'

export type { AlterPartitionRequest, AlterPartitionResponse }

/** LeaderRecoveryState: the only state Rivulet's partitions are in (KIP-704's RECOVERING is refused). */
const RECOVERED = 0
/** A v0-v2 ISR member, or a v3 one whose epoch the leader does not know: its broker epoch is not checked. */
const EPOCH_UNKNOWN = -1n

export interface AlterPartitionDecision {
  readonly records: MetadataRecord[]
  readonly response: AlterPartitionResponse
}

/**
 * The controller's answer to an AlterPartition request of `version` (the generated request carries
 * the fields of every version: v0-v1 name topics, v2+ give their ids; v0-v2 list `newIsr`, v3
 * `newIsrWithEpochs`).
 */
export function alterPartition (image: MetadataImage, request: AlterPartitionRequest, version: number = AlterPartitionRequestVersions.max): AlterPartitionDecision {
  const sender = image.brokers.get(request.brokerId)
  if (sender === undefined || sender.epoch !== request.brokerEpoch) {
    return { records: [], response: { throttleTimeMs: 0, errorCode: ErrorCode.STALE_BROKER_EPOCH, topics: [] } }
  }
  const records: MetadataRecord[] = []
  // Partitions this request already changed: a partition listed twice sees its first change.
  const changed = new Map<string, PartitionImage>()
  const topics: AlterPartitionResponseTopicData[] = request.topics.map((t) => {
    const topic = version >= 2 ? image.topicsById.get(t.topicId) : image.topic(t.topicName)
    const partitions = t.partitions.map((data): AlterPartitionResponsePartitionData => {
      const refuse = (errorCode: number): AlterPartitionResponsePartitionData =>
        ({ partitionIndex: data.partitionIndex, errorCode, leaderId: -1, leaderEpoch: -1, isr: [], leaderRecoveryState: RECOVERED, partitionEpoch: -1 })
      const key = `${topic?.id ?? ''}:${data.partitionIndex}`
      const current = topic === undefined ? undefined : changed.get(key) ?? topic.partitions.get(data.partitionIndex)
      if (topic === undefined) return refuse(version >= 2 ? ErrorCode.UNKNOWN_TOPIC_ID : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
      if (current === undefined) return refuse(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
      const members = version >= 3 ? data.newIsrWithEpochs : data.newIsr.map((brokerId) => ({ brokerId, brokerEpoch: EPOCH_UNKNOWN }))
      const errorCode = validate(image, request.brokerId, current, data, members, version)
      if (errorCode !== ErrorCode.NONE) return refuse(errorCode)
      const isr = members.map((m) => m.brokerId)
      let after = current
      if (!sameIsr(isr, current.isr)) {
        records.push(partitionChange(topic.id, current, isr, LEADER_NO_CHANGE))
        after = { ...current, isr, partitionEpoch: current.partitionEpoch + 1 }
        changed.set(key, after)
      }
      return { partitionIndex: data.partitionIndex, errorCode: ErrorCode.NONE, leaderId: after.leader, leaderEpoch: after.leaderEpoch, isr: [...after.isr], leaderRecoveryState: RECOVERED, partitionEpoch: after.partitionEpoch }
    })
    return { topicName: t.topicName, topicId: t.topicId, partitions }
  })
  return { records, response: { throttleTimeMs: 0, errorCode: ErrorCode.NONE, topics } }
}

function validate (image: MetadataImage, senderId: number, p: PartitionImage, data: AlterPartitionRequestPartitionData, members: readonly AlterPartitionRequestBrokerState[], version: number): number {
  if (data.leaderEpoch > p.leaderEpoch || data.partitionEpoch > p.partitionEpoch) return ErrorCode.NOT_CONTROLLER
  if (data.leaderEpoch < p.leaderEpoch) return ErrorCode.FENCED_LEADER_EPOCH
  if (p.leader !== senderId) return ErrorCode.INVALID_REQUEST
  if (data.partitionEpoch < p.partitionEpoch) return ErrorCode.INVALID_UPDATE_VERSION
  const isr = members.map((m) => m.brokerId)
  if (new Set(isr).size !== isr.length) return ErrorCode.INVALID_REQUEST
  if (!isr.includes(p.leader)) return ErrorCode.INVALID_REQUEST
  if (data.leaderRecoveryState !== RECOVERED) return ErrorCode.INVALID_REQUEST
  if (isr.some((id) => !p.replicas.includes(id))) return ErrorCode.INVALID_REQUEST
  if (members.some((m) => !eligible(image, m))) return version >= 2 ? ErrorCode.INELIGIBLE_REPLICA : ErrorCode.OPERATION_NOT_ATTEMPTED
  return ErrorCode.NONE
}

/** Whether a proposed ISR member may join (or stay in) the ISR. */
function eligible (image: MetadataImage, member: AlterPartitionRequestBrokerState): boolean {
  const broker = image.brokers.get(member.brokerId)
  if (broker === undefined || broker.fenced || broker.inControlledShutdown) return false
  return member.brokerEpoch === EPOCH_UNKNOWN || member.brokerEpoch === broker.epoch
}

/** The same members in the same order (the ISR's order is kept as the leader gives it, as KRaft does). */
function sameIsr (a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i])
}

