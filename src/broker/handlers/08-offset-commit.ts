// OffsetCommit (key 8): serves v0-v8 (spec 3.8.0: validVersions 0-9, flexible 8+; v9 belongs to the
// KIP-848 consumer protocol and is not advertised). Each committed offset is written to the @metadata
// log before the answer, exactly as sent (as Kafka: an admin's reset to earliest commits -2 and
// OffsetFetch returns -2; only OffsetDelete and expiry remove an offset); commits for unknown partitions get UNKNOWN_TOPIC_OR_PARTITION and metadata
// above 4,096 bytes OFFSET_METADATA_TOO_LARGE. v1+ committed timestamps and v2-v4 retention times
// are accepted and not used (offsets.retention.minutes applies, as Kafka does since 2.1).
// Members commit for their current generation (ILLEGAL_GENERATION, UNKNOWN_MEMBER_ID,
// REBALANCE_IN_PROGRESS, FENCED_INSTANCE_ID otherwise); a group with no members accepts the simple
// commit (generation -1, empty member id) of consumers that assign partitions themselves. Commits
// that arrive together share one log entry; when too many wait, COORDINATOR_NOT_AVAILABLE; when the
// log refuses the write, NOT_COORDINATOR (as Kafka answers a failed append).
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { defaultOffsetCommitResponse } from '../../protocol/generated/messages/offset-commit.ts'
import { defineHandler, brokerOf } from './registry.ts'

export const offsetCommitHandler = defineHandler({
  apiKey: ApiKey.OffsetCommit,
  minVersion: 0,
  maxVersion: 8,
  async handle (ctx, request) {
    const broker = brokerOf(ctx)
    const version = ctx.header.requestApiVersion
    const generationId = version === 0 ? -1 : request.generationIdOrMemberEpoch
    const entries = request.topics.flatMap((t) => t.partitions.map((p) => ({
      topic: t.name, partition: p.partitionIndex, offset: Number(p.committedOffset), leaderEpoch: version >= 6 ? p.committedLeaderEpoch : -1, metadata: p.committedMetadata
    })))
    const errors = await broker.groups.commitOffsets(request.groupId, entries, { generationId, memberId: request.memberId, groupInstanceId: version >= 7 ? request.groupInstanceId : null })
    const response = defaultOffsetCommitResponse()
    let i = 0
    response.topics = request.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: errors[i++]! })) }))
    return response
  }
})
