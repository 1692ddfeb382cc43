// Admin APIs against an in-process broker (startBroker, the embeddable form): kafkajs's admin client
// for partitions, configs and record deletion, and our own wire client for the APIs it does not use.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kafka, logLevel } from 'kafkajs'

// kafkajs's ConfigResourceTypes: TOPIC is 2 (its ESM entry does not export the enum).
const TOPIC = 2 as const
import { startBroker, type RunningBroker } from '../../src/index.ts'
import { WireClient, encodeRequest, decodeResponse } from '../helpers/wire-client.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { imageToRecords } from '../../src/controller/metadata/image-records.ts'
import { encodeMetadataRecords } from '../../src/controller/metadata/metadata-record.ts'
import type { OffsetForLeaderEpochResponse } from '../../src/protocol/generated/messages/offset-for-leader-epoch.ts'
import type { DescribeClusterResponse } from '../../src/protocol/generated/messages/describe-cluster.ts'
import type { IncrementalAlterConfigsResponse } from '../../src/protocol/generated/messages/incremental-alter-configs.ts'
import type { AlterPartitionReassignmentsResponse } from '../../src/protocol/generated/messages/alter-partition-reassignments.ts'
import type { ListPartitionReassignmentsResponse } from '../../src/protocol/generated/messages/list-partition-reassignments.ts'

async function withBroker (body: (broker: RunningBroker, kafka: Kafka) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-embedded-'))
  const broker = await startBroker({ config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': 'http://127.0.0.1:0', 'log.dirs': dir, 'log.retention.hours': '24' } })
  try {
    await body(broker, new Kafka({ clientId: 'admin-test', brokers: [`127.0.0.1:${broker.port}`], logLevel: logLevel.NOTHING, retry: { retries: 2 } }))
  } finally {
    await broker.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

test('kafkajs admin: create partitions, describe and alter topic configs, delete records, describe cluster', { timeout: 60_000 }, async () => {
  await withBroker(async (broker, kafka) => {
    const admin = kafka.admin()
    await admin.connect()
    await admin.createTopics({ topics: [{ topic: 'cfg', numPartitions: 1, configEntries: [{ name: 'cleanup.policy', value: 'compact' }] }] })
    await admin.createPartitions({ topicPartitions: [{ topic: 'cfg', count: 3 }] })
    const metadata = await admin.fetchTopicMetadata({ topics: ['cfg'] })
    assert.equal(metadata.topics[0]!.partitions.length, 3)
    assert.ok(broker.broker.partitions.get('cfg', 2)?.isOnline() === true, 'the new partition has a log')
    await assert.rejects(admin.createPartitions({ topicPartitions: [{ topic: 'cfg', count: 2 }] }), /partitions/i)

    const described = await admin.describeConfigs({ includeSynonyms: true, resources: [{ type: TOPIC, name: 'cfg' }] })
    const entries = new Map(described.resources[0]!.configEntries.map((e) => [e.configName, e]))
    assert.equal(entries.get('cleanup.policy')!.configValue, 'compact')
    assert.equal(entries.get('cleanup.policy')!.configSource, 1, 'TOPIC_CONFIG')
    assert.equal(entries.get('retention.ms')!.configValue, String(24 * 3_600_000), 'the broker synonym log.retention.hours, scaled')
    // Kafka lists a topic config's synonyms from its first broker synonym (log.retention.ms) on, so one
    // set through log.retention.hours alone has none and reports DEFAULT_CONFIG (ConfigHelper.configSynonyms).
    assert.equal(entries.get('retention.ms')!.configSource, 5, 'DEFAULT_CONFIG, as Kafka reports it')
    assert.equal(entries.get('segment.bytes')!.isDefault, true)

    await admin.alterConfigs({ validateOnly: false, resources: [{ type: TOPIC, name: 'cfg', configEntries: [{ name: 'retention.ms', value: '1234' }] }] })
    const after = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: TOPIC, name: 'cfg', configNames: ['retention.ms', 'cleanup.policy'] }] })
    assert.deepEqual(after.resources[0]!.configEntries.map((e) => [e.configName, e.configValue]).sort(), [['cleanup.policy', 'delete'], ['retention.ms', '1234']], 'AlterConfigs replaces the whole set of overrides')
    await assert.rejects(admin.alterConfigs({ validateOnly: false, resources: [{ type: TOPIC, name: 'cfg', configEntries: [{ name: 'retention.ms', value: 'forever' }] }] }), /Configuration is invalid/)

    const producer = kafka.producer()
    await producer.connect()
    await producer.send({ topic: 'cfg', messages: Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, value: `v${i}`, partition: 0 })) })
    await producer.disconnect()
    await admin.deleteTopicRecords({ topic: 'cfg', partitions: [{ partition: 0, offset: '4' }] })
    const offsets = await admin.fetchTopicOffsets('cfg')
    assert.deepEqual(offsets.find((o) => o.partition === 0)!.low, '4')
    const cluster = await admin.describeCluster()
    assert.equal(cluster.controller, 1)
    assert.deepEqual(cluster.brokers.map((b) => [b.nodeId, b.port]), [[1, broker.port]])
    await admin.disconnect()
  })
})

test('OffsetForLeaderEpoch, DescribeCluster v1 and IncrementalAlterConfigs over the wire', { timeout: 60_000 }, async () => {
  await withBroker(async (broker, kafka) => {
    const admin = kafka.admin()
    await admin.connect()
    await admin.createTopics({ topics: [{ topic: 'epochs', numPartitions: 1 }] })
    const producer = kafka.producer()
    await producer.connect()
    await producer.send({ topic: 'epochs', messages: [{ value: 'a' }, { value: 'b' }] })
    await producer.disconnect()
    await admin.disconnect()
    const client = await WireClient.connect(broker.port)
    client.send(encodeRequest(ApiKey.OffsetForLeaderEpoch, 4, 1, { replicaId: -1, topics: [{ topic: 'epochs', partitions: [{ partition: 0, currentLeaderEpoch: 0, leaderEpoch: 0 }, { partition: 7, currentLeaderEpoch: -1, leaderEpoch: 0 }] }] }))
    const epochs = decodeResponse<OffsetForLeaderEpochResponse>((await client.nextFrame())!, ApiKey.OffsetForLeaderEpoch, 4).body
    assert.deepEqual(epochs.topics[0]!.partitions.map((p) => [p.partition, p.errorCode, p.leaderEpoch, p.endOffset]), [[0, 0, 0, 2n], [7, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, -1, -1n]])
    client.send(encodeRequest(ApiKey.DescribeCluster, 1, 2, { includeClusterAuthorizedOperations: false, endpointType: 2 }))
    assert.equal(decodeResponse<DescribeClusterResponse>((await client.nextFrame())!, ApiKey.DescribeCluster, 1).body.errorCode, ErrorCode.UNSUPPORTED_ENDPOINT_TYPE)
    client.send(encodeRequest(ApiKey.IncrementalAlterConfigs, 1, 3, { validateOnly: false, resources: [{ resourceType: 2, resourceName: 'epochs', configs: [{ name: 'cleanup.policy', configOperation: 2, value: 'compact' }, { name: 'segment.bytes', configOperation: 0, value: '1048576' }] }] }))
    assert.equal(decodeResponse<IncrementalAlterConfigsResponse>((await client.nextFrame())!, ApiKey.IncrementalAlterConfigs, 1).body.responses[0]!.errorCode, 0)
    assert.deepEqual([...broker.broker.image().topicConfig('epochs')].sort(), [['cleanup.policy', 'delete,compact'], ['segment.bytes', '1048576']])
    client.close()
  })
})

test('admin HTTP API: health, readiness, cluster, image digest, topics, one topic, and Prometheus metrics', { timeout: 60_000 }, async () => {
  await withBroker(async (broker, kafka) => {
    const producer = kafka.producer()
    await producer.connect()
    await producer.send({ topic: 'http-topic', messages: Array.from({ length: 7 }, (_, i) => ({ value: `m${i}` })) })
    await producer.disconnect()
    const base = `http://127.0.0.1:${broker.adminPort!}`
    const get = async (path: string): Promise<{ status: number, body: string }> => {
      const res = await fetch(base + path)
      return { status: res.status, body: await res.text() }
    }
    assert.deepEqual(await get('/healthz'), { status: 200, body: '{"status":"ok"}' })
    assert.equal((await get('/readyz')).status, 200)
    const cluster = JSON.parse((await get('/v1/cluster')).body) as { clusterId: string, controllerId: number, brokers: Array<{ id: number }> }
    assert.equal(cluster.clusterId, broker.broker.clusterId)
    assert.deepEqual(cluster.brokers.map((b) => b.id), [1])
    assert.deepEqual((JSON.parse((await get('/v1/topics')).body) as { topics: Array<{ name: string }> }).topics.map((t) => t.name), ['http-topic'])
    const image = JSON.parse((await get('/v1/metadata/image')).body) as { offset: number, digest: string }
    assert.equal(image.offset, broker.broker.image().offset)
    assert.equal(image.digest, createHash('sha256').update(encodeMetadataRecords(imageToRecords(broker.broker.image()))).digest('hex'))
    const topic = JSON.parse((await get('/v1/topics/http-topic')).body) as { partitions: Array<{ logEndOffset: number, leader: number }>, configs: Array<{ name: string }> }
    assert.deepEqual(topic.partitions.map((p) => [p.leader, p.logEndOffset]), [[1, 7]])
    assert.ok(topic.configs.some((c) => c.name === 'retention.ms'))
    assert.equal((await get('/v1/topics/nope')).status, 404)
    const metrics = (await get('/metrics')).body
    assert.match(metrics, /rivulet_requests_total\{api="Produce"\} [1-9]/)
    assert.match(metrics, /rivulet_messages_in_total 7/)
    assert.match(metrics, /rivulet_partitions 1/)
    assert.match(metrics, /rivulet_request_duration_seconds_bucket\{le="0.005",api="Metadata"\}/)
  })
})

test('kafkajs admin: partition reassignments on a single node are validated, listed and cancelled; the admin API lists none', { timeout: 60_000 }, async () => {
  await withBroker(async (broker, kafka) => {
    const admin = kafka.admin()
    await admin.connect()
    try {
      await admin.createTopics({ topics: [{ topic: 'moving', numPartitions: 2 }] })
      // Onto the broker it is on already: nothing to do, no error.
      await admin.alterPartitionReassignments({ topics: [{ topic: 'moving', partitionAssignment: [{ partition: 0, replicas: [1] }] }] })
      await assert.rejects(admin.alterPartitionReassignments({ topics: [{ topic: 'moving', partitionAssignment: [{ partition: 1, replicas: [7] }] }] }), (err: Error & { errors?: Array<{ type: string }> }) => {
        assert.deepEqual(err.errors?.map((e) => e.type), ['INVALID_REPLICA_ASSIGNMENT'])
        return true
      })
      await assert.rejects(admin.alterPartitionReassignments({ topics: [{ topic: 'nope', partitionAssignment: [{ partition: 0, replicas: [1] }] }] }), (err: Error & { errors?: Array<{ type: string }> }) => {
        assert.deepEqual(err.errors?.map((e) => e.type), ['UNKNOWN_TOPIC_OR_PARTITION'])
        return true
      })
      assert.deepEqual(await admin.listPartitionReassignments({}), { topics: [] })
      assert.deepEqual(await admin.listPartitionReassignments({ topics: [{ topic: 'moving', partitions: [0, 1, 5] }] }), { topics: [] })
      const res = await fetch(`http://127.0.0.1:${broker.adminPort!}/v1/reassignments`)
      assert.deepEqual(await res.json(), { reassignments: [] })
      assert.deepEqual(broker.broker.image().topic('moving')!.partitions.get(0)!.replicas, [1])
    } finally {
      await admin.disconnect()
    }
  })
})

test('AlterPartitionReassignments and ListPartitionReassignments over the wire: a cancel of none is NO_REASSIGNMENT_IN_PROGRESS', { timeout: 60_000 }, async () => {
  await withBroker(async (broker, kafka) => {
    const admin = kafka.admin()
    await admin.connect()
    await admin.createTopics({ topics: [{ topic: 'still', numPartitions: 1 }] })
    await admin.disconnect()
    const client = await WireClient.connect(broker.port)
    try {
      client.send(encodeRequest(ApiKey.AlterPartitionReassignments, 0, 1, { timeoutMs: 10_000, topics: [{ name: 'still', partitions: [{ partitionIndex: 0, replicas: null }] }] }))
      const altered = decodeResponse<AlterPartitionReassignmentsResponse>((await client.nextFrame())!, ApiKey.AlterPartitionReassignments, 0).body
      assert.equal(altered.errorCode, ErrorCode.NONE)
      assert.deepEqual(altered.responses.map((t) => [t.name, t.partitions.map((p) => [p.partitionIndex, p.errorCode])]), [['still', [[0, ErrorCode.NO_REASSIGNMENT_IN_PROGRESS]]]])
      client.send(encodeRequest(ApiKey.ListPartitionReassignments, 0, 2, { timeoutMs: 10_000, topics: null }))
      const listed = decodeResponse<ListPartitionReassignmentsResponse>((await client.nextFrame())!, ApiKey.ListPartitionReassignments, 0).body
      assert.deepEqual([listed.errorCode, listed.topics], [ErrorCode.NONE, []])
    } finally {
      client.close()
    }
  })
})
