// Consumer groups with real clients against an in-process broker: kafkajs members share a topic's
// partitions, commit, and a new member resumes from the committed offsets; librdkafka subscribes.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kafka, logLevel, type EachMessagePayload } from 'kafkajs'
import { startBroker } from '../../src/index.ts'
import { runChild } from '../helpers/child-processes.ts'

test('kafkajs consumer group: two members share partitions, commit, and a later member resumes', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-groups-'))
  const broker = await startBroker({ config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': dir } })
  const kafka = new Kafka({ clientId: 'groups-test', brokers: [`127.0.0.1:${broker.port}`], logLevel: logLevel.NOTHING })
  try {
    const admin = kafka.admin()
    await admin.connect()
    await admin.createTopics({ topics: [{ topic: 'shared', numPartitions: 4 }] })
    await admin.disconnect()
    const producer = kafka.producer()
    await producer.connect()
    await producer.send({ topic: 'shared', messages: Array.from({ length: 40 }, (_, i) => ({ key: `k${i}`, value: `v${i}`, partition: i % 4 })) })
    const seen = new Map<string, Set<number>>()
    const consumers = ['a', 'b'].map(() => kafka.consumer({ groupId: 'g-shared', sessionTimeout: 10_000, heartbeatInterval: 500 }))
    // Delivery is at least once: a rebalance can hand a partition over before its last commit, so
    // the test waits for every distinct message, not for a count.
    const values = new Set<string>()
    let done: () => void = () => {}
    const allSeen = new Promise<void>((resolve) => { done = resolve })
    for (const [i, consumer] of consumers.entries()) {
      await consumer.connect()
      await consumer.subscribe({ topics: ['shared'], fromBeginning: true })
      await consumer.run({
        autoCommitThreshold: 1,
        eachMessage: async ({ partition, message }: EachMessagePayload) => {
          const key = `${i}`
          if (!seen.has(key)) seen.set(key, new Set())
          seen.get(key)!.add(partition)
          values.add(message.value!.toString())
          if (values.size >= 40) done()
        }
      })
    }
    await allSeen
    assert.equal(values.size, 40)
    for (const c of consumers) await c.disconnect()
    // Every message was consumed; each partition by one member at a time (members may have moved partitions between generations).
    await producer.send({ topic: 'shared', messages: Array.from({ length: 4 }, (_, i) => ({ value: `late${i}`, partition: i })) })
    await producer.disconnect()
    const late = kafka.consumer({ groupId: 'g-shared' })
    await late.connect()
    await late.subscribe({ topics: ['shared'], fromBeginning: true })
    const resumed: string[] = []
    let lateDone: () => void = () => {}
    const lateSeen = new Promise<void>((resolve) => { lateDone = resolve })
    await late.run({ eachMessage: async ({ message }) => { resumed.push(message.value!.toString()); if (resumed.length >= 4) lateDone() } })
    await lateSeen
    await late.disconnect()
    assert.deepEqual(resumed.sort(), ['late0', 'late1', 'late2', 'late3'], 'a new member resumes from the committed offsets, not from the beginning')
  } finally {
    await broker.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('librdkafka (python confluent-kafka) subscribes in a group and commits', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-groups-'))
  const broker = await startBroker({ config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': dir } })
  try {
    const script = `
import json, sys
from confluent_kafka import Consumer, Producer
b = sys.argv[1]
p = Producer({"bootstrap.servers": b})
for i in range(30):
    p.produce("rk-group", value=f"v{i}".encode())
p.flush(10)
c = Consumer({"bootstrap.servers": b, "group.id": "rk", "auto.offset.reset": "earliest", "session.timeout.ms": 10000})
c.subscribe(["rk-group"])
got = []
while len(got) < 30:
    m = c.poll(10)
    assert m is not None, len(got)
    if not m.error():
        got.append(m.value().decode())
c.commit(asynchronous=False)
committed = c.committed(c.assignment(), timeout=10)
c.close()
print(json.dumps({"got": len(got), "committed": sum(tp.offset for tp in committed)}))
`
    const result = await runChild('/usr/bin/python3', ['-c', script, `127.0.0.1:${broker.port}`], { timeoutMs: 100_000 })
    assert.equal(result.code, 0, `${result.stdout}\n${result.stderr}`)
    assert.deepEqual(JSON.parse(result.stdout.trim().split('\n').pop()!), { got: 30, committed: 30 }, result.stderr)
  } finally {
    await broker.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('kafkajs consumer positions: earliest, latest, and a seek', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-groups-'))
  const broker = await startBroker({ config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': dir } })
  const kafka = new Kafka({ clientId: 'positions', brokers: [`127.0.0.1:${broker.port}`], logLevel: logLevel.NOTHING })
  const consume = async (groupId: string, fromBeginning: boolean, count: number, before?: (c: ReturnType<Kafka['consumer']>) => void, whileRunning?: () => Promise<void>): Promise<string[]> => {
    const consumer = kafka.consumer({ groupId })
    await consumer.connect()
    await consumer.subscribe({ topics: ['positions'], fromBeginning })
    const got: string[] = []
    let finish: () => void = () => {}
    const finished = new Promise<void>((resolve) => { finish = resolve })
    await consumer.run({ eachMessage: async ({ message }) => { got.push(message.value!.toString()); if (got.length >= count) finish() } })
    before?.(consumer)
    if (whileRunning !== undefined) await whileRunning()
    await finished
    await consumer.disconnect()
    return got
  }
  try {
    const producer = kafka.producer()
    await producer.connect()
    await producer.send({ topic: 'positions', messages: Array.from({ length: 5 }, (_, i) => ({ value: `old${i}`, partition: 0 })) })
    assert.deepEqual(await consume('earliest', true, 5), ['old0', 'old1', 'old2', 'old3', 'old4'])
    // Latest: only what is produced once the member has resolved its position and is long-polling.
    const latest = await consume('latest', false, 2, undefined, async () => {
      while (broker.broker.waiters.parkedCount() === 0) await new Promise((resolve) => setImmediate(resolve))
      await producer.send({ topic: 'positions', messages: [{ value: 'new0', partition: 0 }, { value: 'new1', partition: 0 }] })
    })
    assert.deepEqual(latest, ['new0', 'new1'])
    const sought = await consume('seek', true, 3, (c) => c.seek({ topic: 'positions', partition: 0, offset: '4' }))
    assert.deepEqual(sought, ['old4', 'new0', 'new1'])
    await producer.disconnect()
  } finally {
    await broker.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('kafkajs admin lists and describes groups, including groups known only by their offsets', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-groups-'))
  const broker = await startBroker({ config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': dir } })
  const kafka = new Kafka({ clientId: 'describer', brokers: [`127.0.0.1:${broker.port}`], logLevel: logLevel.NOTHING })
  try {
    const admin = kafka.admin()
    await admin.connect()
    await admin.createTopics({ topics: [{ topic: 'described', numPartitions: 2 }] })
    await admin.setOffsets({ groupId: 'offsets-only', topic: 'described', partitions: [{ partition: 0, offset: '0' }] })
    const consumer = kafka.consumer({ groupId: 'live' })
    await consumer.connect()
    await consumer.subscribe({ topics: ['described'] })
    await consumer.run({ eachMessage: async () => {} })
    while (broker.broker.groups.groups.get('live')?.state !== 'Stable') await new Promise((resolve) => setImmediate(resolve))
    const listed = await admin.listGroups()
    assert.deepEqual(listed.groups.map((g) => g.groupId).sort(), ['live', 'offsets-only'])
    const described = await admin.describeGroups(['live', 'offsets-only', 'never'])
    const byId = new Map(described.groups.map((g) => [g.groupId, g]))
    assert.equal(byId.get('live')!.state, 'Stable')
    assert.equal(byId.get('live')!.protocolType, 'consumer')
    assert.equal(byId.get('live')!.members.length, 1)
    assert.equal(byId.get('live')!.members[0]!.clientId, 'describer')
    assert.match(byId.get('live')!.members[0]!.clientHost, /^\/127\.0\.0\.1$/)
    assert.ok(byId.get('live')!.members[0]!.memberAssignment.length > 0)
    assert.equal(byId.get('offsets-only')!.state, 'Empty')
    assert.equal(byId.get('never')!.state, 'Dead')
    // OffsetDelete refuses the live group's subscribed topic; DeleteGroups refuses a group with members.
    const { WireClient, encodeRequest, decodeResponse } = await import('../helpers/wire-client.ts')
    const { ApiKey } = await import('../../src/protocol/generated/api-keys.ts')
    const client = await WireClient.connect(broker.port)
    client.send(encodeRequest(ApiKey.OffsetDelete, 0, 1, { groupId: 'live', topics: [{ name: 'described', partitions: [{ partitionIndex: 0 }] }] }))
    const deleted = decodeResponse<{ errorCode: number, topics: Array<{ partitions: Array<{ errorCode: number }> }> }>((await client.nextFrame())!, ApiKey.OffsetDelete, 0).body
    assert.equal(deleted.topics[0]!.partitions[0]!.errorCode, 86, 'GROUP_SUBSCRIBED_TO_TOPIC')
    client.send(encodeRequest(ApiKey.OffsetDelete, 0, 2, { groupId: 'offsets-only', topics: [{ name: 'described', partitions: [{ partitionIndex: 0 }] }] }))
    assert.equal(decodeResponse<{ topics: Array<{ partitions: Array<{ errorCode: number }> }> }>((await client.nextFrame())!, ApiKey.OffsetDelete, 0).body.topics[0]!.partitions[0]!.errorCode, 0)
    client.close()
    const afterDelete = await admin.fetchOffsets({ groupId: 'offsets-only', topics: ['described'] })
    assert.deepEqual(afterDelete[0]!.partitions.map((p) => [p.partition, p.offset]).sort(), [[0, '-1'], [1, '-1']], 'the committed offset of partition 0 is gone')
    await assert.rejects(admin.deleteGroups(['live']), (err: Error & { groups?: Array<{ error?: { type?: string } }> }) => err.groups?.[0]?.error?.type === 'NON_EMPTY_GROUP')
    await consumer.disconnect()
    await admin.deleteGroups(['live'])
    assert.deepEqual((await admin.listGroups()).groups.map((g) => g.groupId), ['offsets-only'])
    await admin.disconnect()
  } finally {
    await broker.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
