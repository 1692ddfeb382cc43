// DescribeQuorum (key 55): serves v0-v1 (spec 3.8.0: validVersions 0-1, flexible 0+).
// The @metadata quorum (topic `__cluster_metadata`, partition 0) as its leader sees it: leader id and
// epoch, high watermark, the voters and the observers (broker-only nodes) with their log end offsets
// and, from v1, their last fetch and last caught-up times. A broker answers through its controller
// channel: on the leader's node from its log, elsewhere forwarded to the active controller as Kafka
// does; NOT_LEADER_OR_FOLLOWER on the partition when no leader answers (the spec's partition error).
// A forwarding failure (controller-failure.ts) is the response's top-level error code, as Kafka's
// DescribeQuorum error response; the connection stays open.
// Lag is not a field: a client computes it as high watermark - log end offset (kafka-metadata-quorum).
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { defaultDescribeQuorumResponse } from '../../protocol/generated/messages/describe-quorum.ts'
import { controllerFailure } from '../controller-failure.ts'
import { defineHandler, brokerOf } from './registry.ts'

export const describeQuorumHandler = defineHandler({
  apiKey: ApiKey.DescribeQuorum,
  minVersion: 0,
  maxVersion: 1,
  async handle (ctx, request) {
    const broker = brokerOf(ctx)
    try {
      return await broker.controller.describeQuorum(request)
    } catch (err) {
      const response = defaultDescribeQuorumResponse()
      response.errorCode = controllerFailure(err, 'DescribeQuorum', broker.log).errorCode
      return response
    }
  }
})
