// The broker lifecycle decisions of the active controller (broker-control.ts), as KRaft makes them:
// registration (epochs, duplicates, cluster ids), heartbeats (unfencing once caught up, controlled
// shutdown moving leaderships away), and fencing on session expiry. Pure: images in, records out.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { BrokerSessions, brokerHeartbeat, expiredBrokers, fenceBrokers, registerBroker } from '../../src/controller/quorum-controller/broker-control.ts'
import type { BrokerHeartbeatRequest, BrokerRegistrationRequest } from '../../src/controller/quorum-controller/controller-api.ts'
import { MetadataRecordType as T } from '../../src/protocol/generated/metadata-records/index.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { MetadataImage } from '../../src/controller/metadata/metadata-image.ts'
import { imageToRecords } from '../../src/controller/metadata/image-records.ts'
import { clusterImage } from '../helpers/cluster-image.ts'

const CLUSTER = 'cluster-a'

function registration (brokerId: number, incarnationId: string, extra: Partial<BrokerRegistrationRequest> = {}): BrokerRegistrationRequest {
  return { brokerId, clusterId: CLUSTER, incarnationId, listeners: [{ name: 'PLAINTEXT', host: `127.0.0.${brokerId}`, port: 9092, securityProtocol: 0 }], features: [], rack: null, isMigratingZkBroker: false, logDirs: [], previousBrokerEpoch: -1n, ...extra }
}

function heartbeat (brokerId: number, brokerEpoch: bigint, extra: Partial<BrokerHeartbeatRequest> = {}): BrokerHeartbeatRequest {
  return { brokerId, brokerEpoch, currentMetadataOffset: 1000n, wantFence: false, wantShutDown: false, offlineLogDirs: [], ...extra }
}

function partition (image: MetadataImage, topic: string, id: number): { leader: number, isr: readonly number[], leaderEpoch: number, partitionEpoch: number } {
  const p = image.topic(topic)!.partitions.get(id)!
  return { leader: p.leader, isr: p.isr, leaderEpoch: p.leaderEpoch, partitionEpoch: p.partitionEpoch }
}

test('registration: a new broker is registered fenced, its epoch the offset of its record', () => {
  const image = clusterImage([{ id: 1 }])
  const { records, reply } = registerBroker(image, registration(2, 'inc-2', { rack: 'r1' }), { clusterId: CLUSTER, nextOffset: 157, sessionAlive: () => false })
  assert.deepEqual(reply, { errorCode: ErrorCode.NONE, brokerEpoch: 157n })
  assert.equal(records.length, 1)
  const after = image.apply(records, 157)
  const b = after.brokers.get(2)!
  assert.equal(b.fenced, true)
  assert.equal(b.epoch, 157n)
  assert.equal(b.rack, 'r1')
  assert.deepEqual(after.unfencedBrokers().map((x) => x.id), [1])
})

test('registration: another live incarnation of the id is a duplicate; a dead one is replaced; a retry is idempotent', () => {
  const image = clusterImage([{ id: 1, incarnationId: 'old', epoch: 10n }])
  const dup = registerBroker(image, registration(1, 'new'), { clusterId: CLUSTER, nextOffset: 160, sessionAlive: () => true })
  assert.deepEqual(dup, { records: [], reply: { errorCode: ErrorCode.DUPLICATE_BROKER_REGISTRATION, brokerEpoch: -1n } })
  const replaced = registerBroker(image, registration(1, 'new'), { clusterId: CLUSTER, nextOffset: 160, sessionAlive: () => false })
  assert.equal(replaced.reply.brokerEpoch, 160n)
  assert.equal(image.apply(replaced.records, 160).brokers.get(1)!.incarnationId, 'new')
  // A restart of that broker before its session expired names the live epoch as its previous one (KIP-966).
  const restarted = registerBroker(image, registration(1, 'new', { previousBrokerEpoch: 10n }), { clusterId: CLUSTER, nextOffset: 160, sessionAlive: () => true })
  assert.equal(restarted.reply.errorCode, ErrorCode.NONE)
  assert.equal(image.apply(restarted.records, 160).brokers.get(1)!.fenced, true, 'a new incarnation starts fenced')
  // The same incarnation again (its answer was lost): the same epoch, nothing written, session alive or not.
  const retry = registerBroker(image, registration(1, 'old'), { clusterId: CLUSTER, nextOffset: 160, sessionAlive: () => true })
  assert.deepEqual(retry, { records: [], reply: { errorCode: ErrorCode.NONE, brokerEpoch: 10n } })
  // The same incarnation with a new endpoint: registered again, a new epoch.
  const moved = registerBroker(image, registration(1, 'old', { listeners: [{ name: 'PLAINTEXT', host: 'elsewhere', port: 1, securityProtocol: 0 }] }), { clusterId: CLUSTER, nextOffset: 161, sessionAlive: () => true })
  assert.equal(moved.reply.brokerEpoch, 161n)
  assert.equal(image.apply(moved.records, 161).brokers.get(1)!.endpoints[0]!.host, 'elsewhere')
})

test('registration: a broker of another cluster gets INCONSISTENT_CLUSTER_ID', () => {
  const { records, reply } = registerBroker(clusterImage([]), registration(1, 'x', { clusterId: 'cluster-b' }), { clusterId: CLUSTER, nextOffset: 5, sessionAlive: () => false })
  assert.equal(reply.errorCode, ErrorCode.INCONSISTENT_CLUSTER_ID)
  assert.equal(records.length, 0)
})

test('heartbeat: unknown broker, stale epoch', () => {
  const image = clusterImage([{ id: 1, epoch: 10n }])
  assert.equal(brokerHeartbeat(image, heartbeat(7, 10n)).reply.errorCode, ErrorCode.BROKER_ID_NOT_REGISTERED)
  assert.equal(brokerHeartbeat(image, heartbeat(1, 9n)).reply.errorCode, ErrorCode.STALE_BROKER_EPOCH)
})

test('heartbeat: a fenced broker is unfenced once its metadata offset reaches its registration, and takes leaderless partitions back', () => {
  const image = clusterImage([{ id: 1, epoch: 50n, fenced: true }, { id: 2 }], {
    t: [{ replicas: [1, 2], isr: [1], leader: -1 }, { replicas: [2, 1], isr: [2, 1], leader: 2 }]
  })
  const behind = brokerHeartbeat(image, heartbeat(1, 50n, { currentMetadataOffset: 49n }))
  assert.deepEqual(behind, { records: [], reply: { errorCode: 0, isCaughtUp: false, isFenced: true, shouldShutDown: false } })
  const wantsFence = brokerHeartbeat(image, heartbeat(1, 50n, { wantFence: true }))
  assert.equal(wantsFence.reply.isFenced, true)
  assert.equal(wantsFence.records.length, 0)
  const caughtUp = brokerHeartbeat(image, heartbeat(1, 50n, { currentMetadataOffset: 50n }))
  assert.deepEqual(caughtUp.reply, { errorCode: 0, isCaughtUp: true, isFenced: false, shouldShutDown: false })
  assert.deepEqual(caughtUp.records.map((r) => r.type), [T.BrokerRegistrationChange, T.PartitionChange])
  const after = image.apply(caughtUp.records, 101)
  assert.equal(after.brokers.get(1)!.fenced, false)
  assert.deepEqual(partition(after, 't', 0), { leader: 1, isr: [1], leaderEpoch: 1, partitionEpoch: 1 })
  assert.deepEqual(partition(after, 't', 1), { leader: 2, isr: [2, 1], leaderEpoch: 0, partitionEpoch: 0 })
  // A fenced broker asking to shut down leads nothing: it may go at once.
  assert.equal(brokerHeartbeat(image, heartbeat(1, 50n, { wantShutDown: true })).reply.shouldShutDown, true)
})

test('controlled shutdown: leaderships move to another unfenced ISR member, then the broker is told to shut down and is fenced', () => {
  const image = clusterImage([{ id: 1 }, { id: 2 }, { id: 3, fenced: true }], {
    t: [
      { replicas: [1, 2, 3], isr: [1, 2, 3], leader: 1 }, // moves to 2 (3 is fenced)
      { replicas: [1, 3], isr: [1, 3], leader: 1 }, // only fenced 3 remains: no leader, 1 leaves the ISR
      { replicas: [1], isr: [1], leader: 1 }, // alone: no leader, the ISR keeps its last member
      { replicas: [2, 1], isr: [2, 1], leader: 2 } // follower: leaves the ISR, the leader stays
    ]
  })
  const epoch = image.brokers.get(1)!.epoch
  const first = brokerHeartbeat(image, heartbeat(1, epoch, { wantShutDown: true }))
  assert.deepEqual(first.reply, { errorCode: 0, isCaughtUp: true, isFenced: false, shouldShutDown: false })
  const after = image.apply(first.records, 101)
  assert.equal(after.brokers.get(1)!.inControlledShutdown, true)
  assert.equal(after.isActive(1), false)
  // A snapshot of the image keeps the controlled shutdown.
  assert.deepEqual(MetadataImage.empty().apply(imageToRecords(after), 101).brokers.get(1), after.brokers.get(1))
  assert.deepEqual(partition(after, 't', 0), { leader: 2, isr: [2, 3], leaderEpoch: 1, partitionEpoch: 1 })
  assert.deepEqual(partition(after, 't', 1), { leader: -1, isr: [3], leaderEpoch: 1, partitionEpoch: 1 })
  assert.deepEqual(partition(after, 't', 2), { leader: -1, isr: [1], leaderEpoch: 1, partitionEpoch: 1 })
  assert.deepEqual(partition(after, 't', 3), { leader: 2, isr: [2], leaderEpoch: 0, partitionEpoch: 1 })
  // It leads nothing now: the next heartbeat tells it to go, and fences it.
  const second = brokerHeartbeat(after, heartbeat(1, epoch, { wantShutDown: true }))
  assert.deepEqual(second.reply, { errorCode: 0, isCaughtUp: true, isFenced: true, shouldShutDown: true })
  const gone = after.apply(second.records, 102)
  assert.equal(gone.brokers.get(1)!.fenced, true)
  assert.deepEqual(gone.unfencedBrokers().map((b) => b.id), [2])
  assert.deepEqual(gone.offlineReplicas(gone.topic('t')!.partitions.get(0)!), [1, 3])
})

test('controlled shutdown of the only unfenced broker: no one could take over, it goes at once, fenced, still leading', () => {
  const image = clusterImage([{ id: 1 }, { id: 2, fenced: true }], { t: [{ replicas: [1, 2], isr: [1, 2], leader: 1 }] })
  const { records, reply } = brokerHeartbeat(image, heartbeat(1, 10n, { wantShutDown: true }))
  assert.deepEqual(reply, { errorCode: 0, isCaughtUp: true, isFenced: true, shouldShutDown: true })
  const after = image.apply(records, 101)
  assert.equal(after.brokers.get(1)!.fenced, true)
  assert.deepEqual(partition(after, 't', 0), { leader: 1, isr: [1, 2], leaderEpoch: 0, partitionEpoch: 0 })
  // Restarted and caught up, it is unfenced and leads at the same epoch.
  const back = brokerHeartbeat(after, heartbeat(1, 10n))
  assert.equal(back.reply.isFenced, false)
  assert.deepEqual(partition(after.apply(back.records, 102), 't', 0), { leader: 1, isr: [1, 2], leaderEpoch: 0, partitionEpoch: 0 })
})

test('session expiry: sessions restart when the controller becomes active; expired brokers are fenced and their leaderships move', () => {
  const image = clusterImage([{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4, fenced: true }], {
    t: [{ replicas: [1, 2, 3], isr: [1, 2, 3], leader: 1 }, { replicas: [2, 1], isr: [2, 1], leader: 2 }, { replicas: [1, 2], isr: [1, 2], leader: 1 }]
  })
  const sessions = new BrokerSessions(9000)
  sessions.restart(image.brokers.keys(), 1000)
  assert.deepEqual(expiredBrokers(image, sessions, 10_000), [])
  sessions.touch(3, 5000)
  // 1 and 2 silent since the restart; 4 is fenced already, so not fenced again.
  assert.deepEqual(expiredBrokers(image, sessions, 10_001), [1, 2])
  assert.equal(sessions.alive(3, 10_001), true)
  const records = fenceBrokers(image, [1, 2])
  assert.deepEqual(records.filter((r) => r.type === T.FenceBroker).map((r) => r.data), [{ id: 1, epoch: 10n }, { id: 2, epoch: 20n }])
  const after = image.apply(records, 101)
  assert.deepEqual(after.unfencedBrokers().map((b) => b.id), [3])
  assert.deepEqual(partition(after, 't', 0), { leader: 3, isr: [3], leaderEpoch: 1, partitionEpoch: 1 })
  // Every ISR member is gone: no leader, and the ISR keeps a member (never empty).
  assert.equal(partition(after, 't', 1).leader, -1)
  assert.ok(partition(after, 't', 1).isr.length > 0)
  assert.equal(partition(after, 't', 2).leader, -1)
  assert.deepEqual(fenceBrokers(after, [1, 2]), [], 'fencing a fenced broker writes nothing')
})
