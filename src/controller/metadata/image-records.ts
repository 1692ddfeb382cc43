// The records that rebuild an image from nothing: what a snapshot of the @metadata log holds. Folding
// them into an empty image gives back the same image (tested), so a snapshot can replace the log
// entries before it.
import { MetadataRecordType as T } from '../../protocol/generated/metadata-records/index.ts'
import { record, type MetadataRecord } from './metadata-record.ts'
import type { MetadataImage } from './metadata-image.ts'

export function imageToRecords (image: MetadataImage): MetadataRecord[] {
  const records: MetadataRecord[] = []
  for (const b of [...image.brokers.values()].sort((x, y) => x.id - y.id)) {
    records.push(record(T.RegisterBroker, {
      brokerId: b.id, isMigratingZkBroker: false, incarnationId: b.incarnationId, brokerEpoch: b.epoch,
      endPoints: b.endpoints.map((e) => ({ name: e.name, host: e.host, port: e.port, securityProtocol: 0 })),
      features: [], rack: b.rack, fenced: b.fenced, inControlledShutdown: b.inControlledShutdown, logDirs: []
    }))
  }
  for (const t of [...image.topicsById.values()].sort((x, y) => x.name.localeCompare(y.name))) {
    records.push(record(T.Topic, { name: t.name, topicId: t.id }))
    for (const p of [...t.partitions.values()].sort((x, y) => x.partitionId - y.partitionId)) {
      records.push(record(T.Partition, {
        partitionId: p.partitionId, topicId: t.id, replicas: [...p.replicas], isr: [...p.isr], removingReplicas: [...p.removingReplicas], addingReplicas: [...p.addingReplicas], leader: p.leader,
        leaderRecoveryState: 0, leaderEpoch: p.leaderEpoch, partitionEpoch: p.partitionEpoch, directories: [], eligibleLeaderReplicas: null, lastKnownElr: null
      }))
    }
  }
  for (const [key, configs] of [...image.configs].sort(([a], [b]) => a.localeCompare(b))) {
    const colon = key.indexOf(':')
    const resourceType = Number(key.slice(0, colon))
    const resourceName = key.slice(colon + 1)
    for (const [name, value] of [...configs].sort(([a], [b]) => a.localeCompare(b))) {
      records.push(record(T.Config, { resourceType, resourceName, name, value }))
    }
  }
  for (const [groupId, offsets] of [...image.groupOffsets].sort(([a], [b]) => a.localeCompare(b))) {
    for (const [key, c] of [...offsets].sort(([a], [b]) => a.localeCompare(b))) {
      const split = key.lastIndexOf('\u0000')
      records.push(record(T.OffsetCommit, { groupId, topic: key.slice(0, split), partition: Number(key.slice(split + 1)), removed: false, offset: BigInt(c.offset), leaderEpoch: c.leaderEpoch, metadata: c.metadata, commitTimestampMs: BigInt(c.commitTimestampMs) }))
    }
  }
  for (const [, group] of [...image.groups].sort(([a], [b]) => a.localeCompare(b))) records.push(record(T.GroupMetadata, group))
  if (image.nextProducerId > 0n) records.push(record(T.ProducerIds, { brokerId: -1, brokerEpoch: -1n, nextProducerId: image.nextProducerId }))
  return records
}
