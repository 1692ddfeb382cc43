// Topic creation and deletion as the controller decides them: pure functions from the current
// MetadataImage and a request to (records, results), with Kafka's validation and error codes. No I/O:
// the quorum controller commits the records, replays them, then answers. Work per request is bounded
// as Kafka's KRaft controller bounds it (at most 10,000 partitions and 10,000 records per operation,
// POLICY_VIOLATION past them, nothing written), and the replicas a node hosts by
// rivulet.node.partitions.max (POLICY_VIOLATION naming the setting).
import { MetadataRecordType as T } from '../../protocol/generated/metadata-records/index.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { ConfigError } from '../../config/config-def.ts'
import { TOPIC_CONFIG_BY_NAME, validateTopicOverrides } from '../../config/topic-config.ts'
import { applyConfigChanges, configDiffRecords, type ConfigChange, type ConfigResult } from './config-control.ts'
import { record, type MetadataRecord } from '../metadata/metadata-record.ts'
import { ConfigResourceType, type MetadataImage, type TopicImage } from '../metadata/metadata-image.ts'
import { NODE_PARTITIONS_MAX_KEY } from '../../config/broker-config.ts'
import { placeReplicas, type PlacementBroker } from './placement.ts'

/** Brokers new replicas may go to: unfenced and not shutting down (Kafka's usable brokers). */
function usableBrokers (image: MetadataImage): PlacementBroker[] {
  return [...image.brokers.values()].filter((b) => image.isActive(b.id)).map((b) => ({ id: b.id, rack: b.rack })).sort((a, b) => a.id - b.id)
}

/** Kafka's Topic.MAX_NAME_LENGTH and legal characters. */
const TOPIC_NAME_LENGTH_MAX = 249
const LEGAL_TOPIC_NAME = /^[a-zA-Z0-9._-]+$/

/** Kafka's ReplicationControlManager.MAX_PARTITIONS_PER_BATCH: partitions one CreateTopics may ask for. */
export const PARTITIONS_PER_REQUEST_MAX = 10_000
/** Kafka's QuorumController.MAX_RECORDS_PER_USER_OP: records one user operation may write. */
export const RECORDS_PER_OPERATION_MAX = 10_000
/** Kafka's messages for the two bounds above (PolicyViolationException). */
const PARTITIONS_PER_REQUEST_MESSAGE = 'Excessively large number of partitions per request.'
export const RECORDS_PER_OPERATION_MESSAGE = 'Unable to perform excessively large batch operation.'

export interface TopicDefaults {
  readonly numPartitions: number
  readonly replicationFactor: number
  readonly deleteTopicEnable: boolean
  /** rivulet.node.partitions.max: partition replicas one node may host. */
  readonly nodePartitionsMax: number
}

export interface NewTopic {
  readonly name: string
  /** -1: num.partitions. */
  readonly numPartitions: number
  /** -1: default.replication.factor. */
  readonly replicationFactor: number
  /** Explicit replica assignment by partition; empty to let the controller place replicas. */
  readonly assignments: ReadonlyArray<{ readonly partitionIndex: number, readonly brokerIds: readonly number[] }>
  readonly configs: ReadonlyMap<string, string>
}

export interface TopicResult {
  readonly name: string
  readonly topicId: string
  readonly errorCode: number
  readonly errorMessage: string | null
  readonly numPartitions: number
  readonly replicationFactor: number
}

/** Kafka's Topic.validate: the reason a name is illegal, or null. */
export function invalidTopicName (name: string): string | null {
  if (name.length === 0) return 'Topic name is illegal, it can\'t be empty'
  if (name === '.' || name === '..') return 'Topic name cannot be "." or ".."'
  if (name.length > TOPIC_NAME_LENGTH_MAX) return `Topic name is illegal, it can't be longer than ${TOPIC_NAME_LENGTH_MAX} characters, topic name: ${name}`
  if (!LEGAL_TOPIC_NAME.test(name)) return `Topic name "${name}" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'`
  return null
}

/** Kafka rejects topics whose names collide once '.' and '_' are treated alike (metric names). */
function collisionKey (name: string): string {
  return name.replace(/\./g, '_')
}

function failure (name: string, errorCode: number, errorMessage: string): TopicResult {
  return { name, topicId: 'AAAAAAAAAAAAAAAAAAAAAA', errorCode, errorMessage, numPartitions: -1, replicationFactor: -1 }
}

/**
 * Validates new topics against the image and returns the records that create the valid ones, with a
 * result per topic. `newTopicId` supplies ids (random in production, seeded in tests).
 */
export function createTopics (image: MetadataImage, topics: readonly NewTopic[], defaults: TopicDefaults, newTopicId: () => string): { records: MetadataRecord[], results: TopicResult[] } {
  // As Kafka's validateTotalNumberOfPartitions: checked first, and the whole request fails.
  if (requestedPartitions(topics, defaults) > PARTITIONS_PER_REQUEST_MAX) return refuseAll(topics, PARTITIONS_PER_REQUEST_MESSAGE)
  const records: MetadataRecord[] = []
  const results: TopicResult[] = []
  const seen = new Set<string>()
  const liveBrokers = usableBrokers(image)
  const collisions = new Set([...image.topicIdsByName.keys()].map(collisionKey))
  const hosted = new Map(image.replicaCounts)
  for (const topic of topics) {
    const result = validateNewTopic(image, topic, defaults, liveBrokers, seen, collisions)
    if ('errorCode' in result) {
      results.push(result)
      continue
    }
    const overLimit = nodeLimitExceeded(hosted, result.assignment, defaults.nodePartitionsMax)
    if (overLimit !== null) {
      results.push(failure(topic.name, ErrorCode.POLICY_VIOLATION, overLimit))
      continue
    }
    const topicId = newTopicId()
    seen.add(topic.name)
    collisions.add(collisionKey(topic.name))
    records.push(record(T.Topic, { name: topic.name, topicId }))
    result.assignment.forEach((replicas, partitionId) => {
      records.push(record(T.Partition, {
        partitionId, topicId, replicas: [...replicas], isr: [...replicas], removingReplicas: [], addingReplicas: [], leader: replicas[0]!,
        leaderRecoveryState: 0, leaderEpoch: 0, partitionEpoch: 0, directories: [], eligibleLeaderReplicas: null, lastKnownElr: null
      }))
    })
    for (const [name, value] of topic.configs) {
      records.push(record(T.Config, { resourceType: ConfigResourceType.TOPIC, resourceName: topic.name, name, value }))
    }
    results.push({ name: topic.name, topicId, errorCode: ErrorCode.NONE, errorMessage: null, numPartitions: result.assignment.length, replicationFactor: result.assignment[0]!.length })
  }
  // As Kafka's BoundedList of MAX_RECORDS_PER_USER_OP: the whole operation fails, nothing is written.
  if (records.length > RECORDS_PER_OPERATION_MAX) return refuseAll(topics, RECORDS_PER_OPERATION_MESSAGE)
  return { records, results }
}

/** Partitions a CreateTopics asks for, counted as Kafka counts them (defaults included, invalid counts not). */
function requestedPartitions (topics: readonly NewTopic[], defaults: TopicDefaults): number {
  let total = 0
  for (const t of topics) {
    if (t.assignments.length > 0) total += t.assignments.length
    else if (t.numPartitions === -1) total += defaults.numPartitions
    else if (t.numPartitions > 0) total += t.numPartitions
  }
  return total
}

function refuseAll (topics: readonly NewTopic[], message: string): { records: MetadataRecord[], results: TopicResult[] } {
  return { records: [], results: topics.map((t) => failure(t.name, ErrorCode.POLICY_VIOLATION, message)) }
}

/**
 * Adds `assignment`'s replicas to `hosted` (replicas per node) when no node passes `nodePartitionsMax`;
 * otherwise leaves `hosted` as it was and returns why.
 */
export function nodeLimitExceeded (hosted: Map<number, number>, assignment: ReadonlyArray<readonly number[]>, nodePartitionsMax: number): string | null {
  const added = new Map<number, number>()
  for (const replicas of assignment) for (const id of replicas) added.set(id, (added.get(id) ?? 0) + 1)
  for (const [id, count] of added) {
    const total = (hosted.get(id) ?? 0) + count
    if (total > nodePartitionsMax) {
      return `Node ${id} hosts ${hosted.get(id) ?? 0} partitions; ${count} more would pass its limit of ${nodePartitionsMax} (${NODE_PARTITIONS_MAX_KEY}).`
    }
  }
  for (const [id, count] of added) hosted.set(id, (hosted.get(id) ?? 0) + count)
  return null
}

function validateNewTopic (image: MetadataImage, topic: NewTopic, defaults: TopicDefaults, liveBrokers: readonly PlacementBroker[], seen: ReadonlySet<string>, collisions: ReadonlySet<string>): TopicResult | { assignment: number[][] } {
  const badName = invalidTopicName(topic.name)
  if (badName !== null) return failure(topic.name, ErrorCode.INVALID_TOPIC_EXCEPTION, badName)
  if (image.topicIdsByName.has(topic.name) || seen.has(topic.name)) return failure(topic.name, ErrorCode.TOPIC_ALREADY_EXISTS, `Topic '${topic.name}' already exists.`)
  if (collisions.has(collisionKey(topic.name))) {
    return failure(topic.name, ErrorCode.INVALID_TOPIC_EXCEPTION, `Topic '${topic.name}' collides with an existing topic: '.' and '_' could collide in metric names`)
  }
  try {
    validateTopicOverrides(topic.configs)
  } catch (err) {
    if (err instanceof ConfigError) return failure(topic.name, ErrorCode.INVALID_CONFIG, err.message)
    throw err
  }
  if (topic.assignments.length > 0) return explicitAssignment(topic, image)
  const numPartitions = topic.numPartitions === -1 ? defaults.numPartitions : topic.numPartitions
  const replicationFactor = topic.replicationFactor === -1 ? defaults.replicationFactor : topic.replicationFactor
  if (numPartitions <= 0) return failure(topic.name, ErrorCode.INVALID_PARTITIONS, 'Number of partitions was set to an invalid non-positive value.')
  if (replicationFactor <= 0) return failure(topic.name, ErrorCode.INVALID_REPLICATION_FACTOR, 'Replication factor must be larger than 0, or -1 to use the default value.')
  if (replicationFactor > liveBrokers.length) {
    return failure(topic.name, ErrorCode.INVALID_REPLICATION_FACTOR, `Unable to replicate the partition ${replicationFactor} time(s): The target replication factor of ${replicationFactor} cannot be reached because only ${liveBrokers.length} broker(s) are registered.`)
  }
  return { assignment: placeReplicas(numPartitions, replicationFactor, liveBrokers, image.topicIdsByName.size) }
}

function explicitAssignment (topic: NewTopic, image: MetadataImage): TopicResult | { assignment: number[][] } {
  if (topic.numPartitions !== -1 || topic.replicationFactor !== -1) {
    return failure(topic.name, ErrorCode.INVALID_REQUEST, 'Both numPartitions or replicationFactor and replicasAssignments were set. Both cannot be used at the same time.')
  }
  const byPartition = [...topic.assignments].sort((a, b) => a.partitionIndex - b.partitionIndex)
  const assignment: number[][] = []
  for (let i = 0; i < byPartition.length; i++) {
    const a = byPartition[i]!
    if (a.partitionIndex !== i) return failure(topic.name, ErrorCode.INVALID_REPLICA_ASSIGNMENT, 'Partitions should be a consecutive 0-based integer sequence')
    if (a.brokerIds.length === 0 || new Set(a.brokerIds).size !== a.brokerIds.length) {
      return failure(topic.name, ErrorCode.INVALID_REPLICA_ASSIGNMENT, `Partition ${i} has an empty or duplicated replica list`)
    }
    if (a.brokerIds.length !== byPartition[0]!.brokerIds.length) return failure(topic.name, ErrorCode.INVALID_REPLICA_ASSIGNMENT, 'All partitions should have the same number of replicas')
    for (const id of a.brokerIds) {
      if (!image.brokers.has(id)) return failure(topic.name, ErrorCode.INVALID_REPLICA_ASSIGNMENT, `The manual partition assignment includes broker ${id}, but no such broker is registered.`)
    }
    assignment.push([...a.brokerIds])
  }
  return { assignment }
}

export interface DeleteTarget { readonly name: string | null, readonly topicId: string | null }
export interface DeleteResult { readonly name: string | null, readonly topicId: string, readonly errorCode: number, readonly errorMessage: string | null }

/** DeleteTopics by name or by id: RemoveTopicRecords for the topics that exist. */
export function deleteTopics (image: MetadataImage, targets: readonly DeleteTarget[], defaults: TopicDefaults): { records: MetadataRecord[], results: DeleteResult[] } {
  const records: MetadataRecord[] = []
  const results: DeleteResult[] = []
  const removed = new Set<string>()
  for (const target of targets) {
    const id = target.topicId !== null && target.topicId !== 'AAAAAAAAAAAAAAAAAAAAAA' ? target.topicId : (target.name === null ? undefined : image.topicIdsByName.get(target.name))
    const topic = id === undefined ? undefined : image.topicsById.get(id)
    if (!defaults.deleteTopicEnable) {
      results.push({ name: target.name, topicId: id ?? 'AAAAAAAAAAAAAAAAAAAAAA', errorCode: ErrorCode.TOPIC_DELETION_DISABLED, errorMessage: 'Topic deletion is disabled.' })
      continue
    }
    if (topic === undefined) {
      const byId = target.name === null
      results.push({ name: target.name, topicId: target.topicId ?? 'AAAAAAAAAAAAAAAAAAAAAA', errorCode: byId ? ErrorCode.UNKNOWN_TOPIC_ID : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: byId ? 'This server does not host this topic ID.' : 'This server does not host this topic-partition.' })
      continue
    }
    if (!removed.has(topic.id)) records.push(record(T.RemoveTopic, { topicId: topic.id }))
    removed.add(topic.id)
    results.push({ name: topic.name, topicId: topic.id, errorCode: ErrorCode.NONE, errorMessage: null })
  }
  return { records, results }
}

export { ConfigOperation, type ConfigChange, type ConfigResult } from './config-control.ts'

/**
 * Alters a topic's config overrides: `replace` (AlterConfigs) sets exactly the given overrides;
 * otherwise the changes apply one by one (IncrementalAlterConfigs). The resulting overrides are
 * validated before any record is made, so nothing changes when one value is bad.
 */
export function alterTopicConfigs (image: MetadataImage, topic: string, changes: readonly ConfigChange[], replace: boolean): { records: MetadataRecord[], result: ConfigResult } {
  if (image.topic(topic) === undefined) return { records: [], result: { errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: `Topic ${topic} does not exist.` } }
  const current = image.topicConfig(topic)
  const next = applyConfigChanges(current, changes, replace, (name) => TOPIC_CONFIG_BY_NAME.get(name)?.key.type === 'list')
  if (!(next instanceof Map)) return { records: [], result: next }
  try {
    validateTopicOverrides(next)
  } catch (err) {
    if (err instanceof ConfigError) return { records: [], result: { errorCode: ErrorCode.INVALID_CONFIG, errorMessage: err.message } }
    throw err
  }
  return { records: configDiffRecords(ConfigResourceType.TOPIC, topic, current, next), result: { errorCode: ErrorCode.NONE, errorMessage: null } }
}

export interface PartitionGrowth {
  readonly name: string
  /** The partition count the topic grows to. */
  readonly count: number
  /** The new partitions' replicas, or null to let the controller place them. */
  readonly assignments: ReadonlyArray<readonly number[]> | null
}

/**
 * CreatePartitions: grows each topic to its requested partition count, placed by the controller or as
 * assigned, with a result per topic. One operation, as in Kafka: past RECORDS_PER_OPERATION_MAX
 * records every topic fails with POLICY_VIOLATION and nothing is written.
 */
export function createPartitions (image: MetadataImage, growths: readonly PartitionGrowth[], defaults: TopicDefaults): { records: MetadataRecord[], results: ConfigResult[] } {
  const refused = { records: [], results: growths.map(() => ({ errorCode: ErrorCode.POLICY_VIOLATION, errorMessage: RECORDS_PER_OPERATION_MESSAGE })) }
  // Counted before placement allocates anything (a count of 2^31-1 must not build a list that long).
  let added = 0
  for (const g of growths) added += Math.max(0, g.count - (image.topic(g.name)?.partitions.size ?? g.count))
  if (added > RECORDS_PER_OPERATION_MAX) return refused
  const records: MetadataRecord[] = []
  const results: ConfigResult[] = []
  const liveBrokers = usableBrokers(image)
  const hosted = new Map(image.replicaCounts)
  for (const growth of growths) {
    const placed = placeNewPartitions(image, growth, liveBrokers)
    if ('errorCode' in placed) {
      results.push(placed)
      continue
    }
    const overLimit = nodeLimitExceeded(hosted, placed.placement, defaults.nodePartitionsMax)
    if (overLimit !== null) {
      results.push({ errorCode: ErrorCode.POLICY_VIOLATION, errorMessage: overLimit })
      continue
    }
    placed.placement.forEach((replicas, i) => records.push(record(T.Partition, {
      partitionId: placed.first + i, topicId: placed.topicId, replicas: [...replicas], isr: [...replicas], removingReplicas: [], addingReplicas: [], leader: replicas[0]!,
      leaderRecoveryState: 0, leaderEpoch: 0, partitionEpoch: 0, directories: [], eligibleLeaderReplicas: null, lastKnownElr: null
    })))
    results.push({ errorCode: ErrorCode.NONE, errorMessage: null })
  }
  return { records, results }
}

function placeNewPartitions (image: MetadataImage, growth: PartitionGrowth, liveBrokers: readonly PlacementBroker[]): ConfigResult | { topicId: string, first: number, placement: number[][] } {
  const { name: topic, count, assignments } = growth
  const existing = image.topic(topic)
  if (existing === undefined) return { errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: `Topic ${topic} does not exist.` }
  const current = existing.partitions.size
  if (count <= current) {
    return { errorCode: ErrorCode.INVALID_PARTITIONS, errorMessage: `Topic currently has ${current} partitions, which is higher than the requested ${count}.` }
  }
  const replicationFactor = existing.partitions.get(0)?.replicas.length ?? 1
  if (assignments !== null) {
    if (assignments.length !== count - current) {
      return { errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT, errorMessage: `Increasing the number of partitions by ${count - current} but ${assignments.length} assignments provided.` }
    }
    for (const a of assignments) {
      if (a.length !== replicationFactor || a.some((id) => !image.brokers.has(id)) || new Set(a).size !== a.length) {
        return { errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT, errorMessage: `Invalid replica assignment ${a.join(',')}` }
      }
    }
    return { topicId: existing.id, first: current, placement: assignments.map((a) => [...a]) }
  }
  if (replicationFactor > liveBrokers.length) {
    return { errorCode: ErrorCode.INVALID_REPLICATION_FACTOR, errorMessage: `Unable to replicate the partition ${replicationFactor} time(s): only ${liveBrokers.length} broker(s) are registered.` }
  }
  return { topicId: existing.id, first: current, placement: placeReplicas(count - current, replicationFactor, liveBrokers, stripeStart(existing, liveBrokers), current) }
}

/** Where the topic's stripe started (partition 0's preferred leader), so new partitions continue it. */
function stripeStart (topic: TopicImage, brokers: readonly PlacementBroker[]): number {
  const first = topic.partitions.get(0)?.replicas[0]
  return Math.max(0, brokers.findIndex((b) => b.id === first))
}
