// CreatePartitions (key 37): serves v0-v3 (spec 3.8.0: validVersions 0-3, flexible 2+).
// Grows topics to the requested partition count, placed by the controller or as assigned, with
// validate_only; INVALID_PARTITIONS when the count does not grow, INVALID_REPLICA_ASSIGNMENT for bad
// assignments, UNKNOWN_TOPIC_OR_PARTITION for unknown topics. All topics are one controller operation,
// as in Kafka: past 10,000 new partitions every topic gets POLICY_VIOLATION and nothing is written; a
// topic that would pass rivulet.node.partitions.max gets POLICY_VIOLATION. The answer comes once the
// new partitions' logs exist. A controller that cannot be reached or answered in time
// (controller-failure.ts) gives every topic NOT_CONTROLLER or REQUEST_TIMED_OUT; the connection stays open.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { defaultCreatePartitionsResponse } from '../../protocol/generated/messages/create-partitions.ts'
import type { ConfigResult } from '../../controller/quorum-controller/config-control.ts'
import { controllerFailure } from '../controller-failure.ts'
import { defineHandler, brokerOf } from './registry.ts'

export const createPartitionsHandler = defineHandler({
  apiKey: ApiKey.CreatePartitions,
  minVersion: 0,
  maxVersion: 3,
  async handle (ctx, request) {
    const broker = brokerOf(ctx)
    const response = defaultCreatePartitionsResponse()
    let results: ConfigResult[]
    try {
      results = await broker.controller.createPartitions(request.topics.map((t) => ({
        name: t.name, count: t.count, assignments: t.assignments === null ? null : t.assignments.map((a) => a.brokerIds)
      })), request.validateOnly, request.timeoutMs)
    } catch (err) {
      const failure = controllerFailure(err, 'CreatePartitions', broker.log)
      results = request.topics.map(() => failure)
    }
    await broker.logsReconciled()
    response.results = results.map((r, i) => ({ name: request.topics[i]!.name, errorCode: r.errorCode, errorMessage: r.errorMessage }))
    return response
  }
})
