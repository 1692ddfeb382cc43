// DescribeQuorum (key 55) on the controller listener: serves v0-v1, answered from this voter's
// @metadata log (quorum-fetch.ts): the leader, its epoch and high watermark, voters and observers
// with their log end offsets; NOT_LEADER_OR_FOLLOWER on the partition when this voter does not lead
// (a broker's RemoteControllerChannel then asks the leader).
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { DescribeQuorumRequestVersions } from '../../protocol/generated/messages/describe-quorum.ts'
import { defineControllerHandler, quorumOf } from './registry.ts'

export const controllerDescribeQuorumHandler = defineControllerHandler({
  apiKey: ApiKey.DescribeQuorum,
  minVersion: DescribeQuorumRequestVersions.min,
  maxVersion: DescribeQuorumRequestVersions.max,
  handle (ctx, request) {
    return quorumOf(ctx).describeQuorum(request)
  }
})
