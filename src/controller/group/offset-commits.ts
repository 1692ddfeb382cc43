// Offset commits as the coordinator decides them: pure validation of an OffsetCommit request against
// the image, producing OffsetCommitRecords for the @metadata log and an error code per partition.
import { MetadataRecordType as T } from '../../protocol/generated/metadata-records/index.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { record, type MetadataRecord } from '../metadata/metadata-record.ts'
import type { MetadataImage } from '../metadata/metadata-image.ts'

/** Kafka's offset.metadata.max.bytes default. */
export const OFFSET_METADATA_BYTES_MAX = 4096

export interface OffsetCommitEntry {
  readonly topic: string
  readonly partition: number
  readonly offset: number
  readonly leaderEpoch: number
  readonly metadata: string | null
}

export interface OffsetCommitDecision {
  readonly records: MetadataRecord[]
  readonly errors: number[]
}

/**
 * Validates commits for `groupId`. `membershipError` is the group-level answer (0 when the commit
 * may proceed: a member of the current generation, or the simple commit of a group with no members).
 */
export function decideOffsetCommits (image: MetadataImage, groupId: string, entries: readonly OffsetCommitEntry[], membershipError: number, nowMs: number): OffsetCommitDecision {
  const records: MetadataRecord[] = []
  const errors = entries.map((e) => {
    if (membershipError !== ErrorCode.NONE) return membershipError
    if (image.topic(e.topic)?.partitions.has(e.partition) !== true) return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
    const metadata = e.metadata ?? ''
    if (Buffer.byteLength(metadata, 'utf8') > OFFSET_METADATA_BYTES_MAX) return ErrorCode.OFFSET_METADATA_TOO_LARGE
    records.push(record(T.OffsetCommit, { groupId, topic: e.topic, partition: e.partition, removed: false, offset: BigInt(e.offset), leaderEpoch: e.leaderEpoch, metadata, commitTimestampMs: BigInt(nowMs) }))
    return ErrorCode.NONE
  })
  return { records, errors }
}
