// Differential test: kafkajs's own request encoders (an independent implementation of the protocol)
// produce bytes; our generated decoders must read every byte, yield the values kafkajs was given,
// and our encoders must reproduce kafkajs's bytes exactly.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { Reader } from '../../src/protocol/primitives/reader.ts'
import { Writer } from '../../src/protocol/primitives/writer.ts'
import { requestCodec, ApiKey } from '../../src/protocol/generated/index.ts'

const require = createRequire(import.meta.url)

interface KafkajsRequest { apiKey: number, apiVersion: number, encode: () => Promise<{ buffer: Buffer }> }
type Decoded = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

interface Case {
  readonly dir: string
  readonly versions: readonly number[]
  readonly apiKey: number
  readonly args: unknown
  readonly check: (m: Decoded, version: number) => void
}

const meta = Buffer.from([0, 1, 0, 0, 0, 1, 0, 1, 0x74, 0, 0, 0, 0])
const cases: Case[] = [
  { dir: 'apiVersions', versions: [0, 1, 2], apiKey: ApiKey.ApiVersions, args: undefined, check: () => {} },
  {
    dir: 'metadata', versions: [0, 1, 2, 3, 4, 5, 6], apiKey: ApiKey.Metadata, args: { topics: ['orders', 'payments'], allowAutoTopicCreation: false },
    check: (m, v) => {
      assert.deepEqual(m.topics.map((t: Decoded) => t.name), ['orders', 'payments'])
      if (v >= 4) assert.equal(m.allowAutoTopicCreation, false)
    }
  },
  {
    dir: 'produce', versions: [0, 1, 2, 3, 4, 5, 6, 7], apiKey: ApiKey.Produce,
    args: { acks: -1, timeout: 30000, topicData: [{ topic: 'orders', partitions: [{ partition: 2, messages: [{ key: 'k', value: 'v' }] }] }] },
    check: (m) => {
      assert.equal(m.acks, -1)
      assert.equal(m.timeoutMs, 30000)
      assert.equal(m.topicData[0].name, 'orders')
      assert.equal(m.topicData[0].partitionData[0].index, 2)
      assert.ok(m.topicData[0].partitionData[0].records.length > 0)
    }
  },
  {
    dir: 'fetch', versions: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], apiKey: ApiKey.Fetch,
    args: { replicaId: -1, maxWaitTime: 500, minBytes: 1, maxBytes: 1048576, isolationLevel: 1, topics: [{ topic: 'orders', partitions: [{ partition: 3, fetchOffset: '42', maxBytes: 65536 }] }] },
    check: (m) => {
      assert.equal(m.maxWaitMs, 500)
      assert.equal(m.topics[0].topic, 'orders')
      assert.equal(m.topics[0].partitions[0].partition, 3)
      assert.equal(m.topics[0].partitions[0].fetchOffset, 42n)
      assert.equal(m.topics[0].partitions[0].partitionMaxBytes, 65536)
    }
  },
  {
    dir: 'listOffsets', versions: [0, 1, 2, 3], apiKey: ApiKey.ListOffsets,
    args: { replicaId: -1, isolationLevel: 1, topics: [{ topic: 'orders', partitions: [{ partition: 0, timestamp: '-2' }] }] },
    check: (m) => {
      assert.equal(m.topics[0].name, 'orders')
      assert.equal(m.topics[0].partitions[0].timestamp, -2n)
    }
  },
  {
    dir: 'offsetCommit', versions: [0, 1, 2, 3, 4, 5], apiKey: ApiKey.OffsetCommit,
    args: { groupId: 'g1', groupGenerationId: 7, memberId: 'm1', retentionTime: -1, topics: [{ topic: 'orders', partitions: [{ partition: 1, offset: '99' }] }] },
    check: (m) => {
      assert.equal(m.groupId, 'g1')
      assert.equal(m.topics[0].partitions[0].committedOffset, 99n)
    }
  },
  {
    dir: 'offsetFetch', versions: [1, 2, 3, 4], apiKey: ApiKey.OffsetFetch,
    args: { groupId: 'g1', topics: [{ topic: 'orders', partitions: [{ partition: 1 }] }] },
    check: (m) => {
      assert.equal(m.groupId, 'g1')
      assert.deepEqual(m.topics[0].partitionIndexes, [1])
    }
  },
  {
    dir: 'findCoordinator', versions: [0, 1, 2], apiKey: ApiKey.FindCoordinator, args: { groupId: 'g1', coordinatorKey: 'g1', coordinatorType: 0 },
    check: (m) => assert.equal(m.key, 'g1')
  },
  {
    dir: 'joinGroup', versions: [0, 1, 2, 3, 4, 5], apiKey: ApiKey.JoinGroup,
    args: { groupId: 'g1', sessionTimeout: 10000, rebalanceTimeout: 60000, memberId: '', protocolType: 'consumer', groupProtocols: [{ name: 'range', metadata: meta }] },
    check: (m) => {
      assert.equal(m.groupId, 'g1')
      assert.equal(m.sessionTimeoutMs, 10000)
      assert.equal(m.protocols[0].name, 'range')
      assert.deepEqual(m.protocols[0].metadata, meta)
    }
  },
  {
    dir: 'syncGroup', versions: [0, 1, 2, 3], apiKey: ApiKey.SyncGroup,
    args: { groupId: 'g1', generationId: 3, memberId: 'm1', groupAssignment: [{ memberId: 'm1', memberAssignment: meta }] },
    check: (m) => {
      assert.equal(m.generationId, 3)
      assert.deepEqual(m.assignments[0].assignment, meta)
    }
  },
  {
    dir: 'heartbeat', versions: [0, 1, 2, 3], apiKey: ApiKey.Heartbeat, args: { groupId: 'g1', groupGenerationId: 4, memberId: 'm1', groupInstanceId: null },
    check: (m) => { assert.equal(m.generationId, 4); assert.equal(m.memberId, 'm1') }
  },
  {
    dir: 'leaveGroup', versions: [0, 1, 2, 3], apiKey: ApiKey.LeaveGroup, args: { groupId: 'g1', memberId: 'm1', members: [{ memberId: 'm1', groupInstanceId: null }] },
    check: (m) => assert.equal(m.groupId, 'g1')
  },
  { dir: 'describeGroups', versions: [0, 1, 2], apiKey: ApiKey.DescribeGroups, args: { groupIds: ['g1', 'g2'] }, check: (m) => assert.deepEqual(m.groups, ['g1', 'g2']) },
  { dir: 'listGroups', versions: [0, 1, 2], apiKey: ApiKey.ListGroups, args: undefined, check: () => {} },
  { dir: 'deleteGroups', versions: [0, 1], apiKey: ApiKey.DeleteGroups, args: ['g1'], check: (m) => assert.deepEqual(m.groupsNames, ['g1']) },
  { dir: 'saslHandshake', versions: [0, 1], apiKey: ApiKey.SaslHandshake, args: { mechanism: 'PLAIN' }, check: (m) => assert.equal(m.mechanism, 'PLAIN') },
  {
    dir: 'createTopics', versions: [0, 1, 2, 3], apiKey: ApiKey.CreateTopics,
    args: { topics: [{ topic: 'orders', numPartitions: 3, replicationFactor: 1, configEntries: [{ name: 'cleanup.policy', value: 'compact' }] }], validateOnly: false, timeout: 5000 },
    check: (m) => {
      assert.equal(m.topics[0].name, 'orders')
      assert.equal(m.topics[0].numPartitions, 3)
      assert.deepEqual(m.topics[0].configs[0], { name: 'cleanup.policy', value: 'compact' })
    }
  },
  { dir: 'deleteTopics', versions: [0, 1], apiKey: ApiKey.DeleteTopics, args: { topics: ['orders'], timeout: 5000 }, check: (m) => assert.deepEqual(m.topicNames, ['orders']) },
  {
    dir: 'createPartitions', versions: [0, 1], apiKey: ApiKey.CreatePartitions, args: { topicPartitions: [{ topic: 'orders', count: 6 }], validateOnly: false, timeout: 5000 },
    check: (m) => assert.equal(m.topics[0].count, 6)
  },
  {
    dir: 'describeConfigs', versions: [0, 1, 2], apiKey: ApiKey.DescribeConfigs, args: { resources: [{ type: 2, name: 'orders', configNames: ['retention.ms'] }], includeSynonyms: true },
    check: (m) => { assert.equal(m.resources[0].resourceName, 'orders'); assert.deepEqual(m.resources[0].configurationKeys, ['retention.ms']) }
  },
  {
    dir: 'alterConfigs', versions: [0, 1], apiKey: ApiKey.AlterConfigs, args: { resources: [{ type: 2, name: 'orders', configEntries: [{ name: 'retention.ms', value: '1000' }] }], validateOnly: false },
    check: (m) => assert.deepEqual(m.resources[0].configs[0], { name: 'retention.ms', value: '1000' })
  },
  {
    dir: 'deleteRecords', versions: [0, 1], apiKey: ApiKey.DeleteRecords, args: { topics: [{ topic: 'orders', partitions: [{ partition: 0, offset: '5' }] }], timeout: 5000 },
    check: (m) => assert.equal(m.topics[0].partitions[0].offset, 5n)
  },
  { dir: 'initProducerId', versions: [0, 1], apiKey: ApiKey.InitProducerId, args: { transactionalId: 'tx', transactionTimeout: 30000 }, check: (m) => assert.equal(m.transactionTimeoutMs, 30000) },
  {
    dir: 'addPartitionsToTxn', versions: [0, 1], apiKey: ApiKey.AddPartitionsToTxn, args: { transactionalId: 'tx', producerId: '1000', producerEpoch: 2, topics: [{ topic: 'orders', partitions: [0, 1] }] },
    check: (m) => { assert.equal(m.v3AndBelowProducerId, 1000n); assert.deepEqual(m.v3AndBelowTopics[0].partitions, [0, 1]) }
  },
  { dir: 'addOffsetsToTxn', versions: [0, 1], apiKey: ApiKey.AddOffsetsToTxn, args: { transactionalId: 'tx', producerId: '1000', producerEpoch: 2, groupId: 'g1' }, check: (m) => assert.equal(m.groupId, 'g1') },
  { dir: 'endTxn', versions: [0, 1], apiKey: ApiKey.EndTxn, args: { transactionalId: 'tx', producerId: '1000', producerEpoch: 2, transactionResult: true }, check: (m) => assert.equal(m.committed, true) },
  {
    dir: 'txnOffsetCommit', versions: [0, 1], apiKey: ApiKey.TxnOffsetCommit, args: { transactionalId: 'tx', groupId: 'g1', producerId: '1000', producerEpoch: 2, topics: [{ topic: 'orders', partitions: [{ partition: 0, offset: '8' }] }] },
    check: (m) => assert.equal(m.topics[0].partitions[0].committedOffset, 8n)
  }
]

for (const c of cases) {
  test(`kafkajs ${c.dir} v${c.versions.join(',')} decodes and re-encodes byte for byte`, async () => {
    for (const version of c.versions) {
      const factory = require(`kafkajs/src/protocol/requests/${c.dir}/v${version}/request.js`) as (args: unknown) => KafkajsRequest
      const request = factory(c.args)
      assert.equal(request.apiKey, c.apiKey)
      assert.equal(request.apiVersion, version)
      const bytes = (await request.encode()).buffer
      const codec = requestCodec(c.apiKey)!
      const r = new Reader(bytes)
      const decoded = codec.decode(r, version) as Decoded
      assert.equal(r.remaining(), 0, `${c.dir} v${version}: ${r.remaining()} bytes not read`)
      c.check(decoded, version)
      const w = Writer.alloc(codec.sizeOf(decoded, version))
      codec.write(w, decoded, version)
      assert.deepEqual(w.buf, bytes, `${c.dir} v${version}: re-encoded bytes differ from kafkajs's`)
    }
  })
}
