// DescribeCluster (key 60): serves v0-v1 (spec 3.8.0: validVersions 0-1, flexible 0+).
// The cluster id, the controller id clients are given (a live broker, as Metadata: cluster-view.ts)
// and the unfenced brokers with their endpoint for the listener the request came in on. v1: endpoint_type; asking a broker listener for controller
// endpoints gets UNSUPPORTED_ENDPOINT_TYPE, as Kafka answers it.
// Not implemented: authorized operations (no ACLs yet): reported as not requested.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultDescribeClusterResponse } from '../../protocol/generated/messages/describe-cluster.ts'
import { defineHandler, brokerOf } from './registry.ts'
import { clientControllerId, liveBrokers } from '../cluster-view.ts'

const ENDPOINT_TYPE_BROKER = 1

export const describeClusterHandler = defineHandler({
  apiKey: ApiKey.DescribeCluster,
  minVersion: 0,
  maxVersion: 1,
  handle (ctx, request) {
    const broker = brokerOf(ctx)
    const response = defaultDescribeClusterResponse()
    response.clusterId = broker.clusterId
    const image = broker.image()
    response.controllerId = clientControllerId(image, broker.metadataLeaderId())
    response.clusterAuthorizedOperations = -2147483648
    if (ctx.header.requestApiVersion >= 1 && request.endpointType !== ENDPOINT_TYPE_BROKER) {
      response.errorCode = ErrorCode.UNSUPPORTED_ENDPOINT_TYPE
      response.errorMessage = 'The request was sent to a broker listener; only broker endpoints are served here.'
      return response
    }
    response.brokers = liveBrokers(image, ctx.listenerName, broker.fallbackListenerName)
      .map((b) => ({ brokerId: b.nodeId, host: b.host, port: b.port, rack: b.rack }))
    return response
  }
})
