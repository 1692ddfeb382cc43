// Offset expiry (offsets.retention.minutes, as Kafka since 2.1 / KIP-211), pure: which committed
// offsets have expired and which groups are gone, as @metadata records. A group with members keeps
// its offsets. Offsets of an empty consumer group expire `retention` after the group became empty;
// offsets of a group that never had members (simple commits) expire `retention` after their commit.
// An empty group left with no offsets is removed.
// Not done (KIP-496): offsets of topics a Stable group no longer subscribes to are kept.
import { MetadataRecordType as T } from '../../protocol/generated/metadata-records/index.ts'
import { record, type MetadataRecord } from '../metadata/metadata-record.ts'
import type { MetadataImage } from '../metadata/metadata-image.ts'
import type { Group } from './group-state-machine.ts'

export interface Expiry {
  readonly records: MetadataRecord[]
  /** Groups with no members and no offsets left: the coordinator forgets them. */
  readonly removedGroups: string[]
}

/** The record that removes one committed offset (Kafka's tombstone). */
export function offsetRemovalRecord (groupId: string, key: string, nowMs: number): MetadataRecord {
  const split = key.lastIndexOf('\u0000')
  return record(T.OffsetCommit, { groupId, topic: key.slice(0, split), partition: Number(key.slice(split + 1)), removed: true, offset: -1n, leaderEpoch: -1, metadata: '', commitTimestampMs: BigInt(nowMs) })
}

/** The record that removes a group's durable generation. */
export function groupRemovalRecord (groupId: string): MetadataRecord {
  return record(T.GroupMetadata, { groupId, removed: true, protocolType: null, generation: -1, protocolName: null, leader: null, stateTimestampMs: -1n, members: [] })
}

export function expireOffsets (image: MetadataImage, groups: ReadonlyMap<string, Group>, nowMs: number, retentionMs: number): Expiry {
  const records: MetadataRecord[] = []
  const removedGroups: string[] = []
  const ids = new Set([...image.groupOffsets.keys(), ...groups.keys()])
  for (const groupId of ids) {
    const group = groups.get(groupId)
    if (group !== undefined && (group.members.size > 0 || group.pendingMemberIds.size > 0)) continue
    const committed = image.groupOffsets.get(groupId)
    let left = 0
    for (const [key, c] of committed ?? []) {
      const since = group?.protocolType != null && group.stateTimestampMs >= 0 ? group.stateTimestampMs : c.commitTimestampMs
      if (since + retentionMs <= nowMs) records.push(offsetRemovalRecord(groupId, key, nowMs))
      else left++
    }
    if (left > 0) continue
    if (image.groups.has(groupId)) records.push(groupRemovalRecord(groupId))
    if (group !== undefined) removedGroups.push(groupId)
  }
  return { records, removedGroups }
}
