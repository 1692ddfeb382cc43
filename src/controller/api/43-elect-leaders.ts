// ElectLeaders (key 43) on the controller listener: serves v0-v2 (v1+: election type, top-level
// error code). The active controller elects (leader-election.ts) and answers once the records are
// applied. NOT_CONTROLLER: at the top level (v1+) and for every listed partition (so a v0 sender,
// which has no top-level code, sees it too).
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultElectLeadersResponse } from '../../protocol/generated/messages/elect-leaders.ts'
import { defineControllerHandler, isNotController, orNotController } from './registry.ts'

export const controllerElectLeadersHandler = defineControllerHandler({
  apiKey: ApiKey.ElectLeaders,
  minVersion: 0,
  maxVersion: 2,
  async handle (ctx, request) {
    // v0 has no election type: PREFERRED (0), the field's default.
    const targets = request.topicPartitions === null ? null : request.topicPartitions.map((t) => ({ topic: t.topic, partitions: t.partitions }))
    const outcome = await orNotController(ctx.api.controller.electLeaders(request.electionType, targets))
    const response = defaultElectLeadersResponse()
    if (isNotController(outcome)) {
      response.errorCode = outcome.notController
      response.replicaElectionResults = (targets ?? []).map((t) => ({
        topic: t.topic,
        partitionResult: t.partitions.map((partitionId) => ({ partitionId, errorCode: outcome.notController, errorMessage: 'This node is not the active controller.' }))
      }))
      return response
    }
    response.errorCode = ErrorCode.NONE
    response.replicaElectionResults = outcome
    return response
  }
})
