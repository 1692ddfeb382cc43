// Which partitions a node follows, from whom, as the image moves (Kafka's ReplicaFetcherManager driven
// by metadata deltas): hosted partitions led by another live broker are followed; a new leader or
// leader epoch replaces the fetch state, an ISR change keeps it; leading, losing the replica, a
// deleted topic or a fenced leader stops it. The logs are not open here, so no fetch is sent.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { clusterImage, topicId } from '../../helpers/cluster-image.ts'
import { record } from '../../../src/controller/metadata/metadata-record.ts'
import { MetadataRecordType as T } from '../../../src/protocol/generated/metadata-records/index.ts'
import { defaultPartitionChangeRecord } from '../../../src/protocol/generated/metadata-records/partition-change-record.ts'
import type { MetadataImage } from '../../../src/controller/metadata/metadata-image.ts'
import { Partitions } from '../../../src/broker/partitions.ts'
import { ReplicaFetcherManager } from '../../../src/broker/replication/replica-fetcher-manager.ts'
import { KafkaClient } from '../../../src/network/kafka-client.ts'
import { silentLogger } from '../../../src/util/logger.ts'

const LOCAL = 1
const T1 = topicId('orders')

function change (image: MetadataImage, partitionId: number, fields: { leader?: number, isr?: number[], replicas?: number[] }): MetadataImage {
  return image.apply([record(T.PartitionChange, { ...defaultPartitionChangeRecord(), topicId: T1, partitionId, ...(fields.leader === undefined ? {} : { leader: fields.leader }), isr: fields.isr ?? null, replicas: fields.replicas ?? null })], image.offset + 1)
}

test('the followed partitions and their leaders follow the image', async () => {
  const partitions = new Partitions(LOCAL, { get: () => undefined, offlineCause: () => null })
  const client = new KafkaClient({ clientId: 'test', localAddress: null, logger: silentLogger() })
  const manager = new ReplicaFetcherManager({
    nodeId: LOCAL, listenerName: 'PLAINTEXT', client, hosted: partitions, fsyncOf: () => false, logger: silentLogger(),
    settings: { partitionBytesMax: 1 << 20, responseBytesMax: 10 << 20, waitMaxMs: 500, minBytes: 1, backoffMs: 1000, socketTimeoutMs: 30000 }
  })
  let previous: MetadataImage | null = null
  const apply = (image: MetadataImage): void => {
    partitions.update(image)
    manager.update(image, previous)
    previous = image
  }
  try {
    // p0 led by 2 (followed), p1 led here (not followed), p2 not hosted here, p3 led by fenced 3.
    let image = clusterImage([{ id: 1 }, { id: 2 }, { id: 3, fenced: true }], { orders: [{ replicas: [2, 1] }, { replicas: [1, 2] }, { replicas: [2, 3] }, { replicas: [3, 1] }] })
    apply(image)
    assert.deepEqual(manager.followerState(T1, 0), { leaderId: 2, leaderEpoch: 0, lag: -1, fenced: false })
    assert.equal(manager.followerState(T1, 1), null, 'led here')
    assert.equal(manager.followerState(T1, 2), null, 'not hosted here')
    assert.equal(manager.followerState(T1, 3), null, 'leader fenced')
    assert.equal(manager.followedCount(), 1)

    // An ISR change alone keeps the fetch state; a new leader epoch replaces it.
    image = change(image, 0, { isr: [2] })
    apply(image)
    assert.equal(manager.followerState(T1, 0)!.leaderEpoch, 0)
    image = change(image, 1, { leader: 2 })
    apply(image)
    assert.deepEqual(manager.followerState(T1, 1), { leaderId: 2, leaderEpoch: 1, lag: -1, fenced: false }, 'lost leadership: follows the new leader')

    // The fenced broker 3 is unfenced: p3 is followed from it.
    image = image.apply([record(T.UnfenceBroker, { id: 3, epoch: 30n })], image.offset + 1)
    apply(image)
    assert.equal(manager.followerState(T1, 3)?.leaderId, 3)

    // Leadership comes here: not followed; the replica moves away: not followed.
    image = change(image, 0, { leader: 1 })
    apply(image)
    assert.equal(manager.followerState(T1, 0), null)
    image = change(image, 1, { replicas: [2, 3], isr: [2, 3] })
    apply(image)
    assert.equal(manager.followerState(T1, 1), null)
    assert.equal(manager.followedCount(), 1)

    // The topic is deleted: nothing followed.
    image = image.apply([record(T.RemoveTopic, { topicId: T1 })], image.offset + 1)
    apply(image)
    assert.equal(manager.followedCount(), 0)
  } finally {
    await manager.close()
  }
})
