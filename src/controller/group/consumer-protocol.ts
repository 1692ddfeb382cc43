// The consumer protocol's embedded data (KIP-429 versions 0-3), as members of a `consumer` group
// carry it in JoinGroup metadata and SyncGroup assignments. The coordinator treats it as opaque; only
// OffsetDelete (which topics are subscribed) and the admin views (who owns which partition) read it.
// Newer versions than we know are read in the newest known format, as Kafka's own comment on the
// schema prescribes.
import { decodeConsumerProtocolSubscription } from '../../protocol/generated/data/consumer-protocol-subscription.ts'
import { decodeConsumerProtocolAssignment } from '../../protocol/generated/data/consumer-protocol-assignment.ts'
import { Reader, DecodeError } from '../../protocol/primitives/reader.ts'

const NEWEST_VERSION = 3

function versioned<T> (bytes: Buffer, decode: (r: Reader, version: number) => T): T | null {
  if (bytes.length < 2) return null
  try {
    const r = new Reader(bytes)
    const version = r.readInt16()
    return decode(r, Math.min(Math.max(version, 0), NEWEST_VERSION))
  } catch (err) {
    if (err instanceof DecodeError) return null
    throw err
  }
}

/** The topics a member subscribes to; empty when the metadata is not the consumer protocol. */
export function subscribedTopics (metadata: Buffer): string[] {
  return versioned(metadata, decodeConsumerProtocolSubscription)?.topics ?? []
}

/** The partitions assigned to a member, or null when the assignment is not the consumer protocol. */
export function assignedPartitions (assignment: Buffer): Array<{ topic: string, partitions: number[] }> | null {
  return versioned(assignment, decodeConsumerProtocolAssignment)?.assignedPartitions ?? null
}
