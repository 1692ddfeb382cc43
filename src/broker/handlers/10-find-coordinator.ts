// FindCoordinator (key 10): serves v0-v5 (spec 3.8.0: validVersions 0-5, flexible 3+).
// The group coordinator lives beside the active controller: the answer is the node leading the
// @metadata quorum, when it is a live (unfenced) broker, else COORDINATOR_NOT_AVAILABLE (while it
// loads it is named all the same and answers COORDINATOR_LOAD_IN_PROGRESS itself, as Kafka; when this
// node leads but its coordinator stopped serving, COORDINATOR_NOT_AVAILABLE). v4+ batches keys
// (coordinator_keys). v5 only adds an error code that transactional clients understand.
// Not implemented yet: key type TRANSACTION (the transaction coordinator comes with transactions):
// answered COORDINATOR_NOT_AVAILABLE.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultFindCoordinatorResponse, type FindCoordinatorResponseCoordinator } from '../../protocol/generated/messages/find-coordinator.ts'
import { defineHandler, brokerOf } from './registry.ts'
import type { Broker } from '../broker.ts'
import { groupCoordinatorNode } from '../cluster-view.ts'

const KEY_TYPE_GROUP = 0

function coordinatorFor (broker: Broker, key: string, keyType: number, listenerName: string): FindCoordinatorResponseCoordinator {
  if (keyType !== KEY_TYPE_GROUP) return { key, nodeId: -1, host: '', port: -1, errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE, errorMessage: 'Transactions are not supported by this broker yet.' }
  const node = groupCoordinatorNode(broker.image(), broker.metadataLeaderId(), listenerName, broker.fallbackListenerName)
  const stopped = node?.nodeId === broker.nodeId && broker.groups.coordinatorError() === ErrorCode.NOT_COORDINATOR
  if (node === null || stopped) return { key, nodeId: -1, host: '', port: -1, errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE, errorMessage: 'The coordinator is not available.' }
  return { key, nodeId: node.nodeId, host: node.host, port: node.port, errorCode: ErrorCode.NONE, errorMessage: null }
}

export const findCoordinatorHandler = defineHandler({
  apiKey: ApiKey.FindCoordinator,
  minVersion: 0,
  maxVersion: 5,
  handle (ctx, request) {
    const broker = brokerOf(ctx)
    const response = defaultFindCoordinatorResponse()
    if (ctx.header.requestApiVersion >= 4) {
      response.coordinators = request.coordinatorKeys.map((key) => coordinatorFor(broker, key, request.keyType, ctx.listenerName))
      return response
    }
    const c = coordinatorFor(broker, request.key, request.keyType, ctx.listenerName)
    response.errorCode = c.errorCode
    response.errorMessage = c.errorMessage
    response.nodeId = c.nodeId
    response.host = c.host
    response.port = c.port
    return response
  }
})
