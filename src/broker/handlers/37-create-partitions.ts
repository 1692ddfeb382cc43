// CreatePartitions (key 37): serves v0-v3 (spec 3.8.0: validVersions 0-3, flexible 2+).
// Grows topics to the requested partition count, placed by the controller or as assigned, with
// validate_only; INVALID_PARTITIONS when the count does not grow, INVALID_REPLICA_ASSIGNMENT for bad
// assignments, UNKNOWN_TOPIC_OR_PARTITION for unknown topics. The new partitions' logs are created
// when the records are committed.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { defaultCreatePartitionsResponse } from '../../protocol/generated/messages/create-partitions.ts'
import { defineHandler, brokerOf } from './registry.ts'

export const createPartitionsHandler = defineHandler({
  apiKey: ApiKey.CreatePartitions,
  minVersion: 0,
  maxVersion: 3,
  async handle (ctx, request) {
    const broker = brokerOf(ctx)
    const response = defaultCreatePartitionsResponse()
    for (const t of request.topics) {
      const result = await broker.controller.createPartitions(t.name, t.count, t.assignments === null ? null : t.assignments.map((a) => a.brokerIds), request.validateOnly)
      response.results.push({ name: t.name, errorCode: result.errorCode, errorMessage: result.errorMessage })
    }
    return response
  }
})
