// ElectLeaders (key 43): serves v0-v2 (spec 3.8.0: validVersions 0-2, flexible 2+), as Kafka 3.8's
// brokers do: v1+ carry the election type (v0 elects preferred leaders) and a top-level error code.
// Forwarded to the active controller through the ControllerChannel, as Kafka's KRaft brokers forward it;
// the controller elects (leader-election.ts) and answers per partition: NONE (elected),
// ELECTION_NOT_NEEDED, PREFERRED_LEADER_NOT_AVAILABLE (the preferred replica is fenced, shutting down or
// out of the ISR), ELIGIBLE_LEADERS_NOT_AVAILABLE (UNCLEAN: no replica may lead),
// UNKNOWN_TOPIC_OR_PARTITION. Null topic partitions elect every partition, and the results leave out
// those that needed no election. Checked here before forwarding: a partition listed more than once
// gets INVALID_REQUEST and is not elected (as Kafka answers a resource named twice in CreateTopics,
// DeleteTopics or AlterConfigs; Kafka's own Admin sends a set, so never one twice), the others go on.
// When no controller answers (none reached, no answer in time: controller-failure.ts), the top-level
// code (v1+) and every listed partition carry NOT_CONTROLLER or REQUEST_TIMED_OUT, as Kafka's
// ElectLeaders error response; the connection stays open.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultElectLeadersResponse, type ElectLeadersRequestTopicPartitions } from '../../protocol/generated/messages/elect-leaders.ts'
import type { ElectionTopicResult } from '../../controller/quorum-controller/leader-election.ts'
import type { ElectLeadersReply } from '../controller-channel.ts'
import { controllerFailure } from '../controller-failure.ts'
import { defineHandler, brokerOf } from './registry.ts'

/** The request's topics merged by name, each partition once, and the partitions listed more than once. */
function splitDuplicates (topics: readonly ElectLeadersRequestTopicPartitions[]): { unique: ElectLeadersRequestTopicPartitions[], duplicates: Map<string, number[]> } {
  const seen = new Map<string, Map<number, number>>()
  for (const t of topics) {
    const counts = seen.get(t.topic) ?? new Map<number, number>()
    seen.set(t.topic, counts)
    for (const p of t.partitions) counts.set(p, (counts.get(p) ?? 0) + 1)
  }
  const unique: ElectLeadersRequestTopicPartitions[] = []
  const duplicates = new Map<string, number[]>()
  for (const [topic, counts] of seen) {
    const once = [...counts].filter(([, n]) => n === 1).map(([p]) => p)
    const twice = [...counts].filter(([, n]) => n > 1).map(([p]) => p)
    unique.push({ topic, partitions: once })
    if (twice.length > 0) duplicates.set(topic, twice)
  }
  return { unique, duplicates }
}

export const electLeadersHandler = defineHandler({
  apiKey: ApiKey.ElectLeaders,
  minVersion: 0,
  maxVersion: 2,
  async handle (ctx, request) {
    const broker = brokerOf(ctx)
    const split = request.topicPartitions === null ? null : splitDuplicates(request.topicPartitions)
    const topicPartitions = split === null ? null : split.unique
    // v0 has no election type: its default, PREFERRED (0), as the decoder leaves it.
    let reply: ElectLeadersReply
    try {
      reply = await broker.controller.electLeaders({ electionType: request.electionType, topicPartitions, timeoutMs: request.timeoutMs })
    } catch (err) {
      const { errorCode, errorMessage } = controllerFailure(err, 'ElectLeaders', broker.log)
      reply = { errorCode, results: (topicPartitions ?? []).map((t) => ({ topic: t.topic, partitionResult: t.partitions.map((partitionId) => ({ partitionId, errorCode, errorMessage })) })) }
    }
    const results: ElectionTopicResult[] = reply.results.map((t) => ({ topic: t.topic, partitionResult: [...t.partitionResult] }))
    for (const [topic, partitions] of split?.duplicates ?? []) {
      let entry = results.find((r) => r.topic === topic)
      if (entry === undefined) {
        entry = { topic, partitionResult: [] }
        results.push(entry)
      }
      for (const partitionId of partitions) {
        entry.partitionResult.push({ partitionId, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `The partition ${topic}-${partitionId} is listed more than once in the request.` })
      }
    }
    const response = defaultElectLeadersResponse()
    response.errorCode = reply.errorCode
    response.replicaElectionResults = results.map((t) => ({ topic: t.topic, partitionResult: t.partitionResult.map((p) => ({ partitionId: p.partitionId, errorCode: p.errorCode, errorMessage: p.errorMessage })) }))
    return response
  }
})
