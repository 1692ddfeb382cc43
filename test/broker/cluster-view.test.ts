// What clients see of a cluster, over the wire: a node whose @metadata log holds other brokers (one
// unfenced, one fenced) and partitions led elsewhere or by nobody answers Metadata with the live brokers
// only, offline replicas (on fenced or unregistered brokers), LEADER_NOT_AVAILABLE for leader -1 and a
// live broker as controller; DescribeCluster the same brokers; FindCoordinator the quorum leader; and
// Produce v10+ / Fetch v16+ on a partition led elsewhere NOT_LEADER_OR_FOLLOWER with KIP-951's
// CurrentLeader and the leader's endpoint. The choices themselves (controller id, coordinator) are
// also checked on images built from records, for the cases one node cannot reach over the wire.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startBroker, type RunningBroker } from '../../src/node/node.ts'
import { RaftMetadataLog } from '../../src/controller/metadata/metadata-log.ts'
import { MetadataImage } from '../../src/controller/metadata/metadata-image.ts'
import { record, type MetadataRecord } from '../../src/controller/metadata/metadata-record.ts'
import { MetadataRecordType as T } from '../../src/protocol/generated/metadata-records/index.ts'
import { defaultPartitionChangeRecord } from '../../src/protocol/generated/metadata-records/partition-change-record.ts'
import { defaultRegisterBrokerRecord } from '../../src/protocol/generated/metadata-records/register-broker-record.ts'
import { WireClient, encodeRequest, decodeResponse } from '../helpers/wire-client.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { buildRecordBatch } from '../../src/protocol/record-batch/records.ts'
import { silentLogger } from '../../src/util/logger.ts'
import { clientControllerId, groupCoordinatorNode, liveBrokers, nodeEndpoints, offlineReplicas } from '../../src/broker/cluster-view.ts'
import type { MetadataResponse } from '../../src/protocol/generated/messages/metadata.ts'
import type { DescribeClusterResponse } from '../../src/protocol/generated/messages/describe-cluster.ts'
import type { FindCoordinatorResponse } from '../../src/protocol/generated/messages/find-coordinator.ts'
import type { ProduceResponse } from '../../src/protocol/generated/messages/produce.ts'
import type { FetchResponse } from '../../src/protocol/generated/messages/fetch.ts'

const { NONE, NOT_LEADER_OR_FOLLOWER: NOT_LEADER, LEADER_NOT_AVAILABLE } = ErrorCode
const LOCAL = 1

async function call<R> (client: WireClient, apiKey: number, version: number, body: unknown): Promise<R> {
  client.send(encodeRequest(apiKey, version, 1, body))
  return decodeResponse<R>((await client.nextFrame())!, apiKey, version).body
}

function start (dir: string): Promise<RunningBroker> {
  return startBroker({ config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': dir, 'auto.create.topics.enable': 'false' } })
}

function registerBroker (brokerId: number, host: string, fenced: boolean, rack: string | null = null, listener = 'PLAINTEXT'): MetadataRecord {
  return record(T.RegisterBroker, {
    ...defaultRegisterBrokerRecord(), brokerId, incarnationId: `incarnation-of-${brokerId}xxxxxxxxxxx`.slice(0, 22), brokerEpoch: BigInt(brokerId * 10),
    endPoints: [{ name: listener, host, port: 9092, securityProtocol: 0 }], rack, fenced
  })
}

test('Metadata, DescribeCluster, FindCoordinator, Produce and Fetch answer for a cluster of brokers as Kafka does', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-cluster-view-'))
  let broker: RunningBroker | null = null
  let client: WireClient | null = null
  try {
    broker = await start(dir)
    client = await WireClient.connect(broker.port)
    await call(client, ApiKey.CreateTopics, 7, { topics: [{ name: 'spread', numPartitions: 3, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 1000, validateOnly: false })
    const topicId = broker.broker.image().topic('spread')!.id
    client.close()
    client = null
    await broker.close()
    broker = null

    // Broker 2 is live (rack r2), broker 3 fenced. Partition 0: led here, replicas 1,2,3 (3 offline);
    // partition 1: led by 2 at epoch 1, a follower here; partition 2: leader -1 with its replica on 3.
    const metadataLog = await RaftMetadataLog.open({ parentDir: dir, nodeId: LOCAL, logger: silentLogger() })
    const change = (partitionId: number, leader: number, replicas: number[], isr: number[]): MetadataRecord =>
      record(T.PartitionChange, { ...defaultPartitionChangeRecord(), topicId, partitionId, leader, replicas, isr })
    await metadataLog.append([
      registerBroker(2, '127.0.0.2', false, 'r2'), registerBroker(3, '127.0.0.3', true),
      change(0, LOCAL, [1, 2, 3], [1, 2]), change(1, 2, [2, 1], [2, 1]), change(2, -1, [3], [3])
    ])
    await metadataLog.close()

    broker = await start(dir)
    client = await WireClient.connect(broker.port)
    const c = client

    const metadata = await call<MetadataResponse>(c, ApiKey.Metadata, 12, { topics: null, allowAutoTopicCreation: false, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false })
    assert.deepEqual(metadata.brokers.map((b) => [b.nodeId, b.host, b.port, b.rack]), [[1, '127.0.0.1', broker.port, null], [2, '127.0.0.2', 9092, 'r2']])
    assert.equal(metadata.controllerId, LOCAL, 'the quorum leader, a live broker')
    const spread = metadata.topics.find((t) => t.name === 'spread')!
    assert.deepEqual(spread.partitions.map((p) => [p.partitionIndex, p.errorCode, p.leaderId, p.leaderEpoch, p.replicaNodes, p.isrNodes, p.offlineReplicas]), [
      [0, NONE, 1, 1, [1, 2, 3], [1, 2], [3]],
      [1, NONE, 2, 1, [2, 1], [2, 1], []],
      [2, LEADER_NOT_AVAILABLE, -1, 1, [3], [3], [3]]
    ])

    const cluster = await call<DescribeClusterResponse>(c, ApiKey.DescribeCluster, 1, { includeClusterAuthorizedOperations: false, endpointType: 1 })
    assert.deepEqual(cluster.brokers.map((b) => [b.brokerId, b.host, b.rack]), [[1, '127.0.0.1', null], [2, '127.0.0.2', 'r2']])
    assert.equal(cluster.controllerId, LOCAL)

    const coordinator = await call<FindCoordinatorResponse>(c, ApiKey.FindCoordinator, 4, { key: '', keyType: 0, coordinatorKeys: ['g'] })
    assert.deepEqual(coordinator.coordinators.map((k) => [k.errorCode, k.nodeId, k.host, k.port]), [[NONE, LOCAL, '127.0.0.1', broker.port]])

    // Produce v10: partition 1 (led by 2) and 2 (no leader, not hosted here) carry CurrentLeader; the
    // response carries broker 2's endpoint. Partition 0 is appended.
    const batch = buildRecordBatch({ records: [{ key: null, value: Buffer.from('a') }] })
    const produced = await call<ProduceResponse>(c, ApiKey.Produce, 10, { transactionalId: null, acks: 1, timeoutMs: 1000, topicData: [{ name: 'spread', partitionData: [0, 1, 2].map((index) => ({ index, records: batch })) }] })
    assert.deepEqual(produced.responses[0]!.partitionResponses.map((p) => [p.index, p.errorCode, p.currentLeader.leaderId, p.currentLeader.leaderEpoch]), [
      [0, NONE, -1, -1], [1, NOT_LEADER, 2, 1], [2, NOT_LEADER, -1, 1]
    ])
    assert.deepEqual(produced.nodeEndpoints, [{ nodeId: 2, host: '127.0.0.2', port: 9092, rack: 'r2' }])
    // v9 has no such fields: the same errors, nothing else on the wire.
    const producedV9 = await call<ProduceResponse>(c, ApiKey.Produce, 9, { transactionalId: null, acks: 1, timeoutMs: 1000, topicData: [{ name: 'spread', partitionData: [{ index: 1, records: batch }] }] })
    assert.deepEqual(producedV9.responses[0]!.partitionResponses.map((p) => [p.errorCode, p.currentLeader.leaderId]), [[NOT_LEADER, -1]])

    // Fetch v16 (topic ids): the same for consumers.
    const fetched = await call<FetchResponse>(c, ApiKey.Fetch, 16, {
      clusterId: null, replicaId: -1, replicaState: { replicaId: -1, replicaEpoch: -1n }, maxWaitMs: 0, minBytes: 0, maxBytes: 1 << 20, isolationLevel: 0, sessionId: 0, sessionEpoch: -1,
      topics: [{ topic: '', topicId, partitions: [0, 1].map((partition) => ({ partition, currentLeaderEpoch: -1, fetchOffset: 0n, lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 1 << 16 })) }],
      forgottenTopicsData: [], rackId: ''
    })
    assert.deepEqual(fetched.responses[0]!.partitions.map((p) => [p.partitionIndex, p.errorCode, p.currentLeader.leaderId, p.currentLeader.leaderEpoch]), [
      [0, NONE, -1, -1], [1, NOT_LEADER, 2, 1]
    ])
    assert.deepEqual(fetched.nodeEndpoints, [{ nodeId: 2, host: '127.0.0.2', port: 9092, rack: 'r2' }])
  } finally {
    client?.close()
    await broker?.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('controller id and group coordinator: the quorum leader when it is a live broker, else the lowest live broker / none', () => {
  const image = MetadataImage.empty().apply([
    registerBroker(4, 'h4', false), registerBroker(2, 'h2', false), registerBroker(3, 'h3', true), registerBroker(5, 'h5', false, null, 'INTERNAL')
  ], 3)
  assert.equal(clientControllerId(image, 4), 4)
  assert.equal(clientControllerId(image, 3), 2, 'a fenced leader is not named: the lowest live broker')
  assert.equal(clientControllerId(image, 9), 2, 'a controller-only leader (no broker) is not named')
  assert.equal(clientControllerId(image, null), 2)
  assert.equal(clientControllerId(MetadataImage.empty(), 1), -1)
  assert.equal(groupCoordinatorNode(image, 4, 'PLAINTEXT', 'PLAINTEXT')?.host, 'h4')
  assert.equal(groupCoordinatorNode(image, 3, 'PLAINTEXT', 'PLAINTEXT'), null)
  assert.equal(groupCoordinatorNode(image, 9, 'PLAINTEXT', 'PLAINTEXT'), null)
  assert.equal(groupCoordinatorNode(image, null, 'PLAINTEXT', 'PLAINTEXT'), null)
  assert.deepEqual(offlineReplicas(image, [2, 3, 9]), [3, 9])
  // A broker without an endpoint named as the request's listener: its inter-broker listener's.
  assert.deepEqual(liveBrokers(image, 'PLAINTEXT', 'INTERNAL').map((b) => [b.nodeId, b.host]), [[2, 'h2'], [4, 'h4'], [5, 'h5']])
  assert.deepEqual(nodeEndpoints(image, [4, 4, 2, 9], 'PLAINTEXT', 'PLAINTEXT').map((b) => b.nodeId), [2, 4])
})
