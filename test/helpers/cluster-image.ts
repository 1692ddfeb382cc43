// Images of a small cluster for the controller's pure decisions: brokers (racks, fenced or not) and
// topics with explicit replicas, ISRs and leaders, built by folding the records the controller writes.
import { MetadataImage } from '../../src/controller/metadata/metadata-image.ts'
import { record, type MetadataRecord } from '../../src/controller/metadata/metadata-record.ts'
import { MetadataRecordType as T } from '../../src/protocol/generated/metadata-records/index.ts'

export interface TestBroker { readonly id: number, readonly rack?: string | null, readonly fenced?: boolean, readonly epoch?: bigint, readonly incarnationId?: string }
export interface TestPartition { readonly replicas: readonly number[], readonly isr?: readonly number[], readonly leader?: number }

export function topicId (name: string): string {
  return Buffer.alloc(16, name.charCodeAt(0)).toString('base64url')
}

export function brokerRecords (brokers: readonly TestBroker[]): MetadataRecord[] {
  return brokers.map((b) => record(T.RegisterBroker, {
    brokerId: b.id, isMigratingZkBroker: false, incarnationId: b.incarnationId ?? `incarnation-${b.id}`, brokerEpoch: b.epoch ?? BigInt(b.id * 10),
    endPoints: [{ name: 'PLAINTEXT', host: `127.0.0.${b.id}`, port: 9092, securityProtocol: 0 }], features: [], rack: b.rack ?? null,
    fenced: b.fenced ?? false, inControlledShutdown: false, logDirs: []
  }))
}

export function topicRecords (name: string, partitions: readonly TestPartition[]): MetadataRecord[] {
  const id = topicId(name)
  return [record(T.Topic, { name, topicId: id }), ...partitions.map((p, partitionId) => record(T.Partition, {
    partitionId, topicId: id, replicas: [...p.replicas], isr: [...(p.isr ?? p.replicas)], removingReplicas: [], addingReplicas: [], leader: p.leader ?? p.replicas[0]!,
    leaderRecoveryState: 0, leaderEpoch: 0, partitionEpoch: 0, directories: [], eligibleLeaderReplicas: null, lastKnownElr: null
  }))]
}

/** An image of `brokers` and `topics` (name -> partitions), at offset 100. */
export function clusterImage (brokers: readonly TestBroker[], topics: Record<string, readonly TestPartition[]> = {}): MetadataImage {
  const records = [...brokerRecords(brokers), ...Object.entries(topics).flatMap(([name, partitions]) => topicRecords(name, partitions))]
  return MetadataImage.empty().apply(records, 100)
}
