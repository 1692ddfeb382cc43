// Bounded work per request (issue 11, point 3): Kafka's per-operation limits on CreateTopics and
// CreatePartitions (refused before anything is written), rivulet.node.partitions.max for every way
// partitions are made (CreateTopics, CreatePartitions, auto-creation), and creation of thousands of
// partition logs that leaves other connections served while it runs.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startBroker, type RunningBroker } from '../../src/node/node.ts'
import { WireClient, encodeRequest, decodeResponse } from '../helpers/wire-client.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import type { CreateTopicsResponse } from '../../src/protocol/generated/messages/create-topics.ts'
import type { CreatePartitionsResponse } from '../../src/protocol/generated/messages/create-partitions.ts'
import type { MetadataResponse } from '../../src/protocol/generated/messages/metadata.ts'

interface Node {
  readonly broker: RunningBroker
  readonly dir: string
  call: <T>(apiKey: number, version: number, body: unknown) => Promise<T>
  close: () => Promise<void>
}

async function startNode (config: Record<string, string> = {}): Promise<Node> {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-partition-limits-'))
  let broker: RunningBroker | null = null
  let client: WireClient | null = null
  try {
    broker = await startBroker({ config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': dir, ...config } })
    client = await WireClient.connect(broker.port)
  } catch (err) {
    await broker?.close()
    rmSync(dir, { recursive: true, force: true })
    throw err
  }
  const running = broker
  const wire = client
  let correlation = 0
  return {
    broker: running,
    dir,
    async call<T> (apiKey: number, version: number, body: unknown): Promise<T> {
      wire.send(encodeRequest(apiKey, version, ++correlation, body))
      const frame = await wire.nextFrame()
      assert.ok(frame !== null, 'the broker closed the connection')
      return decodeResponse<T>(frame, apiKey, version).body
    },
    async close () {
      wire.close()
      await running.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

function newTopic (name: string, numPartitions: number): unknown {
  return { name, numPartitions, replicationFactor: 1, assignments: [], configs: [] }
}

function createTopics (node: Node, topics: unknown[], validateOnly = false): Promise<CreateTopicsResponse> {
  return node.call<CreateTopicsResponse>(ApiKey.CreateTopics, 7, { topics, timeoutMs: 60_000, validateOnly })
}

function partitionDirs (dir: string): string[] {
  return readdirSync(dir).filter((name) => /-\d+$/.test(name) && !name.startsWith('@'))
}

test('a CreateTopics of 10,001 partitions gets POLICY_VIOLATION for every topic, before anything is written', async () => {
  const node = await startNode()
  try {
    const offsetBefore = node.broker.broker.image().offset
    const response = await createTopics(node, [newTopic('big-a', 5_000), newTopic('big-b', 5_001), newTopic('small', 1)])
    assert.deepEqual(response.topics.map((t) => [t.name, t.errorCode, t.errorMessage]), [
      ['big-a', ErrorCode.POLICY_VIOLATION, 'Excessively large number of partitions per request.'],
      ['big-b', ErrorCode.POLICY_VIOLATION, 'Excessively large number of partitions per request.'],
      ['small', ErrorCode.POLICY_VIOLATION, 'Excessively large number of partitions per request.']
    ])
    // As Kafka's controller: 10,000 partitions pass that count, but with their TopicRecord they are
    // 10,001 records, past MAX_RECORDS_PER_USER_OP.
    const records = await createTopics(node, [newTopic('ten-thousand', 10_000)], true)
    assert.deepEqual(records.topics.map((t) => [t.errorCode, t.errorMessage]), [[ErrorCode.POLICY_VIOLATION, 'Unable to perform excessively large batch operation.']])
    const grow = await node.call<CreatePartitionsResponse>(ApiKey.CreatePartitions, 3, { topics: [], timeoutMs: 1000, validateOnly: false })
    assert.deepEqual(grow.results, [])
    assert.equal(node.broker.broker.image().offset, offsetBefore, 'nothing reached the @metadata log')
    assert.equal(node.broker.broker.image().topicsById.size, 0)
    assert.deepEqual(partitionDirs(node.dir), [], 'no partition directory was made')
    // The node keeps serving: a request within the limits succeeds.
    assert.equal((await createTopics(node, [newTopic('small', 3)])).topics[0]!.errorCode, ErrorCode.NONE)
  } finally {
    await node.close()
  }
})

test('CreatePartitions past 10,000 new partitions is one refused operation: every topic gets POLICY_VIOLATION', async () => {
  const node = await startNode()
  try {
    await createTopics(node, [newTopic('g1', 1), newTopic('g2', 1)])
    const offsetBefore = node.broker.broker.image().offset
    const response = await node.call<CreatePartitionsResponse>(ApiKey.CreatePartitions, 3, {
      topics: [{ name: 'g1', count: 5_001, assignments: null }, { name: 'g2', count: 5_002, assignments: null }], timeoutMs: 60_000, validateOnly: false
    })
    assert.deepEqual(response.results.map((r) => [r.name, r.errorCode, r.errorMessage]), [
      ['g1', ErrorCode.POLICY_VIOLATION, 'Unable to perform excessively large batch operation.'],
      ['g2', ErrorCode.POLICY_VIOLATION, 'Unable to perform excessively large batch operation.']
    ])
    assert.equal(node.broker.broker.image().offset, offsetBefore)
    assert.equal(node.broker.broker.image().topic('g1')!.partitions.size, 1)
  } finally {
    await node.close()
  }
})

test('rivulet.node.partitions.max bounds CreateTopics, CreatePartitions and auto-creation, with an error naming it', async () => {
  const node = await startNode({ 'rivulet.node.partitions.max': '10', 'num.partitions': '2' })
  try {
    const first = await createTopics(node, [newTopic('a', 6), newTopic('b', 5), newTopic('c', 2)])
    assert.deepEqual(first.topics.map((t) => [t.name, t.errorCode]), [['a', ErrorCode.NONE], ['b', ErrorCode.POLICY_VIOLATION], ['c', ErrorCode.NONE]])
    assert.match(first.topics[1]!.errorMessage!, /rivulet\.node\.partitions\.max/)
    assert.match(first.topics[1]!.errorMessage!, /hosts 6 partitions; 5 more would pass its limit of 10/)
    const grow = async (name: string, count: number): Promise<CreatePartitionsResponse['results'][number]> =>
      (await node.call<CreatePartitionsResponse>(ApiKey.CreatePartitions, 3, { topics: [{ name, count, assignments: null }], timeoutMs: 1000, validateOnly: false })).results[0]!
    const tooMany = await grow('a', 9)
    assert.equal(tooMany.errorCode, ErrorCode.POLICY_VIOLATION)
    assert.match(tooMany.errorMessage!, /rivulet\.node\.partitions\.max/)
    assert.equal((await grow('a', 7)).errorCode, ErrorCode.NONE)
    assert.equal(node.broker.broker.image().topic('a')!.partitions.size, 7)
    // 9 of 10 are hosted; an auto-created topic needs num.partitions=2.
    const metadata = await node.call<MetadataResponse>(ApiKey.Metadata, 12, { topics: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAA', name: 'auto' }], allowAutoTopicCreation: true, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false })
    assert.deepEqual(metadata.topics.map((t) => [t.name, t.errorCode]), [['auto', ErrorCode.POLICY_VIOLATION]])
    assert.equal(node.broker.broker.image().topic('auto'), undefined)
    assert.equal(partitionDirs(node.dir).length, 9)
    // Deleting a topic frees its share.
    await node.call(ApiKey.DeleteTopics, 6, { topics: [{ name: 'c', topicId: 'AAAAAAAAAAAAAAAAAAAAAA' }], topicNames: [], timeoutMs: 1000 })
    const again = await node.call<MetadataResponse>(ApiKey.Metadata, 12, { topics: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAA', name: 'auto' }], allowAutoTopicCreation: true, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false })
    assert.deepEqual(again.topics.map((t) => [t.name, t.errorCode, t.partitions.length]), [['auto', ErrorCode.NONE, 2]])
  } finally {
    await node.close()
  }
})

test('while thousands of partition logs are created or deleted, a request on another connection is answered', async () => {
  const count = 3_000
  const node = await startNode()
  const other = await WireClient.connect(node.broker.port)
  try {
    const logs = node.broker.broker.logs
    let created = false
    const creating = createTopics(node, [newTopic('many', count)]).then((r) => { created = true; return r })
    // Wait, turn by turn of the event loop, until the first logs exist (creation is under way).
    while (logs.all().size === 0 && !created) await new Promise((resolve) => setImmediate(resolve))
    assert.ok(logs.all().size < count, `creation was under way, not done in one go (${logs.all().size} of ${count} logs at the first look)`)
    other.send(encodeRequest(ApiKey.ApiVersions, 3, 1, { clientSoftwareName: 'probe', clientSoftwareVersion: '1' }))
    const answer = await other.nextFrame()
    assert.ok(answer !== null)
    const logsWhenAnswered = logs.all().size
    assert.equal(created, false, 'ApiVersions on the other connection was answered before the CreateTopics')
    assert.ok(logsWhenAnswered < count, `answered while creation ran (${logsWhenAnswered} of ${count} logs)`)
    const response = await creating
    assert.equal(response.topics[0]!.errorCode, ErrorCode.NONE)
    assert.equal(logs.all().size, count, 'CreateTopics is answered once every log exists')
    assert.equal(partitionDirs(node.dir).length, count)
    // Deletion too: slices, with the other connection served while the logs are renamed away.
    let deleted = false
    const deleting = node.call(ApiKey.DeleteTopics, 6, { topics: [{ name: 'many', topicId: 'AAAAAAAAAAAAAAAAAAAAAA' }], topicNames: [], timeoutMs: 60_000 }).then(() => { deleted = true })
    while (logs.all().size === count && !deleted) await new Promise((resolve) => setImmediate(resolve))
    assert.ok(logs.all().size > 0, 'deletion was under way, not done in one go')
    other.send(encodeRequest(ApiKey.ApiVersions, 3, 2, { clientSoftwareName: 'probe', clientSoftwareVersion: '1' }))
    assert.ok(await other.nextFrame() !== null)
    assert.equal(deleted, false, 'ApiVersions on the other connection was answered before the DeleteTopics')
    await deleting
    assert.equal(logs.all().size, 0)
    assert.deepEqual(partitionDirs(node.dir), [], 'DeleteTopics is answered once every log is renamed away')
    // Created again under the same name: the new topic gets fresh logs.
    assert.equal((await createTopics(node, [newTopic('many', 3)])).topics[0]!.errorCode, ErrorCode.NONE)
    assert.deepEqual(partitionDirs(node.dir).sort(), ['many-0', 'many-1', 'many-2'])
  } finally {
    other.close()
    await node.close()
  }
})
