// A committed offset is stored as the client sent it (issue 11, point 9): kafkajs admin
// resetOffsets({ earliest: true }) commits -2, OffsetFetch answers -2, and a consumer of the group
// then reads from the start of the log instead of its own default (latest). Offset deletion
// (OffsetDelete) still removes the offset, and the stored -2 survives a restart.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kafka, logLevel } from 'kafkajs'
import { startBroker, type RunningBroker } from '../../src/index.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import type { OffsetDeleteResponse } from '../../src/protocol/generated/messages/offset-delete.ts'
import { WireClient, encodeRequest, decodeResponse } from '../helpers/wire-client.ts'
import { runPython } from '../helpers/python.ts'

function brokerConfig (dir: string): Record<string, string> {
  return { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': dir, 'group.initial.rebalance.delay.ms': '0' }
}

async function consumeAll (kafka: Kafka, groupId: string, topic: string, count: number): Promise<string[]> {
  const consumer = kafka.consumer({ groupId, sessionTimeout: 10_000, heartbeatInterval: 500, maxWaitTimeInMs: 100 })
  const values: string[] = []
  try {
    await consumer.connect()
    // fromBeginning false: the consumer's own default is latest, so only the committed -2 can make it read from the start.
    await consumer.subscribe({ topics: [topic], fromBeginning: false })
    let done: () => void = () => {}
    const all = new Promise<void>((resolve) => { done = resolve })
    await consumer.run({ eachMessage: async ({ message }) => { values.push(message.value!.toString()); if (values.length >= count) done() } })
    await all
  } finally {
    await consumer.disconnect()
  }
  return values
}

test('kafkajs admin resetOffsets(earliest) commits -2: fetchOffsets returns -2 and the consumer reads from the start', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-offset-reset-'))
  let broker: RunningBroker | null = await startBroker({ config: brokerConfig(dir) })
  try {
    let kafka = new Kafka({ clientId: 'reset-test', brokers: [`127.0.0.1:${broker.port}`], logLevel: logLevel.NOTHING })
    const admin = kafka.admin()
    await admin.connect()
    await admin.createTopics({ topics: [{ topic: 'resettable', numPartitions: 1 }] })
    const producer = kafka.producer()
    await producer.connect()
    await producer.send({ topic: 'resettable', messages: Array.from({ length: 10 }, (_, i) => ({ value: `v${i}` })) })
    await producer.disconnect()
    await admin.setOffsets({ groupId: 'g-reset', topic: 'resettable', partitions: [{ partition: 0, offset: '7' }] })
    await admin.resetOffsets({ groupId: 'g-reset', topic: 'resettable', earliest: true })
    const fetched = await admin.fetchOffsets({ groupId: 'g-reset', topics: ['resettable'] })
    assert.deepEqual(fetched[0]!.partitions.map((p) => p.offset), ['-2'], 'OffsetFetch answers the -2 the admin committed')
    await admin.disconnect()

    // The stored -2 survives a restart (it is in the @metadata log, not only in memory).
    await broker.close()
    broker = null
    broker = await startBroker({ config: brokerConfig(dir) })
    kafka = new Kafka({ clientId: 'reset-test', brokers: [`127.0.0.1:${broker.port}`], logLevel: logLevel.NOTHING })
    // kafkajs's consumer treats any negative committed offset as none; its admin resolves -2 to the
    // log start and commits that (fetchOffsets resolveOffsets), which needs the -2 read back.
    const resolver = kafka.admin()
    await resolver.connect()
    const resolved = await resolver.fetchOffsets({ groupId: 'g-reset', topics: ['resettable'], resolveOffsets: true })
    await resolver.disconnect()
    assert.deepEqual(resolved[0]!.partitions.map((p) => p.offset), ['0'], '-2 resolves to the log start offset')
    const values = await consumeAll(kafka, 'g-reset', 'resettable', 10)
    assert.deepEqual(values, Array.from({ length: 10 }, (_, i) => `v${i}`), 'the consumer starts at the earliest offset')

    // OffsetDelete still removes a committed offset: set -2 again, delete it, fetch answers -1.
    const admin2 = kafka.admin()
    await admin2.connect()
    await admin2.resetOffsets({ groupId: 'g-reset', topic: 'resettable', earliest: true })
    const client = await WireClient.connect(broker.port)
    try {
      client.send(encodeRequest(ApiKey.OffsetDelete, 0, 1, { groupId: 'g-reset', topics: [{ name: 'resettable', partitions: [{ partitionIndex: 0 }] }] }))
      const deleted = decodeResponse<OffsetDeleteResponse>((await client.nextFrame())!, ApiKey.OffsetDelete, 0).body
      assert.deepEqual([deleted.errorCode, deleted.topics[0]!.partitions[0]!.errorCode], [0, 0])
    } finally {
      client.close()
    }
    const afterDelete = await admin2.fetchOffsets({ groupId: 'g-reset', topics: ['resettable'] })
    assert.deepEqual(afterDelete[0]!.partitions.map((p) => p.offset), ['-1'], 'a deleted offset is gone')
    await admin2.disconnect()
  } finally {
    if (broker !== null) await broker.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('librdkafka consumer with auto.offset.reset=latest starts at the log start when the group committed -2', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-offset-reset-'))
  const broker = await startBroker({ config: brokerConfig(dir) })
  try {
    const kafka = new Kafka({ clientId: 'reset-test', brokers: [`127.0.0.1:${broker.port}`], logLevel: logLevel.NOTHING })
    const admin = kafka.admin()
    await admin.connect()
    await admin.createTopics({ topics: [{ topic: 'rk-reset', numPartitions: 1 }] })
    const producer = kafka.producer()
    await producer.connect()
    await producer.send({ topic: 'rk-reset', messages: Array.from({ length: 5 }, (_, i) => ({ value: `v${i}` })) })
    await producer.disconnect()
    await admin.resetOffsets({ groupId: 'rk-reset-group', topic: 'rk-reset', earliest: true })
    await admin.disconnect()
    const script = `
import json, sys
from confluent_kafka import Consumer
c = Consumer({"bootstrap.servers": sys.argv[1], "group.id": "rk-reset-group", "auto.offset.reset": "latest", "enable.auto.commit": False})
c.subscribe(["rk-reset"])
got = []
for _ in range(40):
    m = c.poll(0.5)
    if m is not None and not m.error():
        got.append(m.value().decode())
    if len(got) >= 5:
        break
c.close()
print(json.dumps(got))
`
    const out = await runPython(script, [`127.0.0.1:${broker.port}`], 60_000)
    assert.deepEqual(JSON.parse(out.trim().split('\n').pop()!), ['v0', 'v1', 'v2', 'v3', 'v4'], out)
  } finally {
    await broker.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
