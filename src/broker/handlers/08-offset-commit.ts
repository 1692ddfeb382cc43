// OffsetCommit (key 8): serves v0-v8 (spec 3.8.0: validVersions 0-9, flexible 8+; v9 belongs to the
// KIP-848 consumer protocol and is not advertised). Each committed offset is written to the @metadata
// log before the answer; commits for unknown partitions get UNKNOWN_TOPIC_OR_PARTITION and metadata
// above 4,096 bytes OFFSET_METADATA_TOO_LARGE. v1+ committed timestamps and v2-v4 retention times
// are accepted and not used (offsets.retention.minutes applies, as Kafka does since 2.1).
// Not implemented yet: group membership. Only the simple commit of a group with no members
// (generation -1, empty member id, as consumers that assign partitions themselves send it) is
// accepted; a commit naming a member or a generation gets UNKNOWN_MEMBER_ID until JoinGroup exists.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultOffsetCommitResponse } from '../../protocol/generated/messages/offset-commit.ts'
import { defineHandler, brokerOf } from './registry.ts'

export const offsetCommitHandler = defineHandler({
  apiKey: ApiKey.OffsetCommit,
  minVersion: 0,
  maxVersion: 8,
  async handle (ctx, request) {
    const broker = brokerOf(ctx)
    const version = ctx.header.requestApiVersion
    const simple = (version === 0 || request.generationIdOrMemberEpoch < 0) && request.memberId === ''
    const entries = request.topics.flatMap((t) => t.partitions.map((p) => ({
      topic: t.name, partition: p.partitionIndex, offset: Number(p.committedOffset), leaderEpoch: version >= 6 ? p.committedLeaderEpoch : -1, metadata: p.committedMetadata
    })))
    const errors = await broker.controller.commitOffsets(request.groupId, entries, simple ? ErrorCode.NONE : ErrorCode.UNKNOWN_MEMBER_ID)
    const response = defaultOffsetCommitResponse()
    let i = 0
    response.topics = request.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: errors[i++]! })) }))
    return response
  }
})
