// AlterPartitionReassignments (key 45): serves v0 (spec 3.8.0: validVersions 0, flexible 0+), as Kafka
// 3.8's brokers do. Forwarded to the active controller through the ControllerChannel, as Kafka's KRaft
// brokers forward it; the controller (reassignment.ts) answers per partition: NONE (started, changed,
// cancelled, or completed at once), UNKNOWN_TOPIC_OR_PARTITION, INVALID_REPLICA_ASSIGNMENT (empty list,
// a broker twice, an unregistered broker, a cancel needing an unclean election),
// NO_REASSIGNMENT_IN_PROGRESS (cancel of none), POLICY_VIOLATION (rivulet.node.partitions.max). The
// answer comes once this node's image shows the change, bounded by the request's timeoutMs. When no
// controller answers, the top-level code and every listed partition carry NOT_CONTROLLER or
// REQUEST_TIMED_OUT, as Kafka's error response; the connection stays open.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { defaultAlterPartitionReassignmentsResponse } from '../../protocol/generated/messages/alter-partition-reassignments.ts'
import type { AlterReassignmentsReply } from '../controller-channel.ts'
import { controllerFailure } from '../controller-failure.ts'
import { defineHandler, brokerOf } from './registry.ts'

export const alterPartitionReassignmentsHandler = defineHandler({
  apiKey: ApiKey.AlterPartitionReassignments,
  minVersion: 0,
  maxVersion: 0,
  async handle (ctx, request) {
    const broker = brokerOf(ctx)
    let reply: AlterReassignmentsReply
    try {
      reply = await broker.controller.alterPartitionReassignments(request)
    } catch (err) {
      const { errorCode, errorMessage } = controllerFailure(err, 'AlterPartitionReassignments', broker.log)
      reply = { errorCode, errorMessage, results: request.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode, errorMessage })) })) }
    }
    const response = defaultAlterPartitionReassignmentsResponse()
    response.errorCode = reply.errorCode
    response.errorMessage = reply.errorMessage
    response.responses = reply.results.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: p.errorCode, errorMessage: p.errorMessage })) }))
    return response
  }
})
