// ListPartitionReassignments (key 46): serves v0 (spec 3.8.0: validVersions 0, flexible 0+). Forwarded
// to the active controller through the ControllerChannel, as Kafka's KRaft brokers forward it: the
// reassignments in progress (replicas, adding, removing) of every partition (null topics) or of the
// listed ones; unknown topics and partitions, and those not being reassigned, are left out. When no
// controller answers, the top-level code is NOT_CONTROLLER or REQUEST_TIMED_OUT.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { defaultListPartitionReassignmentsResponse } from '../../protocol/generated/messages/list-partition-reassignments.ts'
import type { ListReassignmentsReply } from '../controller-channel.ts'
import { controllerFailure } from '../controller-failure.ts'
import { defineHandler, brokerOf } from './registry.ts'

export const listPartitionReassignmentsHandler = defineHandler({
  apiKey: ApiKey.ListPartitionReassignments,
  minVersion: 0,
  maxVersion: 0,
  async handle (ctx, request) {
    const broker = brokerOf(ctx)
    let reply: ListReassignmentsReply
    try {
      reply = await broker.controller.listPartitionReassignments(request)
    } catch (err) {
      const { errorCode, errorMessage } = controllerFailure(err, 'ListPartitionReassignments', broker.log)
      reply = { errorCode, errorMessage, topics: [] }
    }
    const response = defaultListPartitionReassignmentsResponse()
    response.errorCode = reply.errorCode
    response.errorMessage = reply.errorMessage
    response.topics = reply.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, replicas: [...p.replicas], addingReplicas: [...p.addingReplicas], removingReplicas: [...p.removingReplicas] })) }))
    return response
  }
})
