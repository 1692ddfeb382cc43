// All three nodes of a cluster killed at once with kill -9 and started again on their data: the same
// topics (partitions, replicas), topic configs, groups and committed offsets, and the records of
// partitions with replication factor 1 (acknowledged with acks=all before the kill).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import kafkajs, { type Admin } from 'kafkajs'
import { withCluster, type ProcessCluster } from '../helpers/cluster-processes.ts'

const { Kafka, logLevel, ConfigResourceTypes } = kafkajs

interface ClusterState {
  topics: Array<{ name: string, partitions: Array<[number, number[]]> }>
  configs: Array<[string, Array<[string, string]>]>
  groups: string[]
  offsets: Array<[number, string]>
}

async function stateOf (cluster: ProcessCluster, admin: Admin): Promise<ClusterState> {
  const metadata = await cluster.metadata(cluster.live()[0]!.id)
  const topics = metadata.topics.map((t) => ({ name: t.name!, partitions: t.partitions.map((p): [number, number[]] => [p.partitionIndex, [...p.replicaNodes]]).sort((a, b) => a[0] - b[0]) })).sort((a, b) => a.name.localeCompare(b.name))
  const described = await admin.describeConfigs({ includeSynonyms: false, resources: ['kept-a', 'kept-b'].map((name) => ({ type: ConfigResourceTypes.TOPIC, name })) })
  const configs = described.resources.map((r): [string, Array<[string, string]>] => [r.resourceName, r.configEntries.filter((e) => !e.isDefault).map((e): [string, string] => [e.configName, e.configValue]).sort()]).sort()
  const groups = (await admin.listGroups()).groups.map((g) => g.groupId).sort()
  const offsets = (await admin.fetchOffsets({ groupId: 'kept-group', topics: ['kept-a'] }))[0]!.partitions.map((p): [number, string] => [p.partition, p.offset]).sort()
  return { topics, configs, groups, offsets }
}

test('all three nodes killed at once and restarted: the same topics, configs, groups, offsets and records', { timeout: 180_000 }, async () => {
  await withCluster({ voters: 3 }, async (cluster) => {
    await cluster.waitForBrokers([1, 2, 3])
    const kafka = (): InstanceType<typeof Kafka> => new Kafka({ clientId: 'restart-all', brokers: cluster.bootstrap().split(','), logLevel: logLevel.NOTHING, retry: { retries: 10 } })
    let admin = kafka().admin()
    await admin.connect()
    const created = await cluster.createTopics(2, [
      { name: 'kept-a', partitions: 3, replicationFactor: 1, configs: { 'cleanup.policy': 'compact' } },
      { name: 'kept-b', partitions: 2, replicationFactor: 3, configs: { 'retention.ms': '3600000' } }
    ])
    for (const t of created.topics) assert.equal(t.errorCode, 0, `${t.name}: ${t.errorMessage ?? ''}`)
    await cluster.waitForTopic(1, 'kept-a')
    await cluster.waitForTopic(1, 'kept-b')
    await admin.alterConfigs({ validateOnly: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: 'kept-b', configEntries: [{ name: 'max.message.bytes', value: '65536' }] }] })
    const producer = kafka().producer()
    await producer.connect()
    await producer.send({ topic: 'kept-a', acks: -1, messages: Array.from({ length: 15 }, (_, i) => ({ key: `k${i}`, partition: i % 3, value: `v${i}` })) })
    await producer.disconnect()
    // Two committed offsets per partition below the end, so that "kept" is not "at the end by chance".
    await admin.setOffsets({ groupId: 'kept-group', topic: 'kept-a', partitions: [0, 1, 2].map((partition) => ({ partition, offset: String(2 + partition) })) })
    const before = await stateOf(cluster, admin)
    await admin.disconnect()
    assert.deepEqual(before.offsets, [[0, '2'], [1, '3'], [2, '4']])

    await Promise.all([1, 2, 3].map(async (id) => await cluster.kill(id)))
    await Promise.all([1, 2, 3].map(async (id) => await cluster.restart(id)))
    await cluster.waitForBrokers([1, 2, 3])
    await cluster.waitForTopic(1, 'kept-a')
    admin = kafka().admin()
    await admin.connect()
    try {
      assert.deepEqual(await cluster.until('the group coordinator to answer after the restart', async () => await stateOf(cluster, admin).catch(() => null), 30_000), before)
    } finally {
      await admin.disconnect()
    }
    const consumer = kafka().consumer({ groupId: 'restart-reader', sessionTimeout: 10_000, maxWaitTimeInMs: 500 })
    const got: string[] = []
    await consumer.connect()
    try {
      await consumer.subscribe({ topic: 'kept-a', fromBeginning: true })
      await consumer.run({ eachMessage: async ({ message }) => { got.push(message.value!.toString()) } })
      await cluster.until(`the 15 records of kept-a (read ${got.length})`, async () => got.length >= 15 ? true : null, 60_000)
    } finally {
      await consumer.disconnect()
    }
    assert.deepEqual([...got].sort(), Array.from({ length: 15 }, (_, i) => `v${i}`).sort())
  })
})
