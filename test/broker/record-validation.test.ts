// Validation Kafka does (issue 11, point 5): a record without a key on a compacted topic gets
// INVALID_RECORD, timestamps outside message.timestamp.before/after.max.ms get INVALID_TIMESTAMP (with
// Kafka's per-record errors and messages), and Metadata v10/v11 with a null topic name is answered as
// Kafka answers it instead of closing the connection. A real client (kafkajs) and the wire client.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kafka, logLevel, CompressionTypes, type Admin, type Producer } from 'kafkajs'
import { startBroker, type RunningBroker } from '../../src/node/node.ts'
import { WireClient, encodeRequest, decodeResponse } from '../helpers/wire-client.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { buildRecordBatch, type RecordInput } from '../../src/protocol/record-batch/records.ts'
import type { ProduceResponse } from '../../src/protocol/generated/messages/produce.ts'
import type { MetadataResponse } from '../../src/protocol/generated/messages/metadata.ts'

const HOUR_MS = 3_600_000
const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA'

interface Harness {
  readonly broker: RunningBroker
  readonly admin: Admin
  readonly producer: Producer
  readonly wire: WireClient
  call: <T>(apiKey: number, version: number, body: unknown) => Promise<T>
}

async function withBroker (body: (h: Harness) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-record-validation-'))
  let broker: RunningBroker
  try {
    broker = await startBroker({ config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': dir } })
  } catch (err) {
    rmSync(dir, { recursive: true, force: true })
    throw err
  }
  const kafka = new Kafka({ clientId: 'validation', brokers: [`127.0.0.1:${broker.port}`], logLevel: logLevel.NOTHING, retry: { retries: 0 } })
  const admin = kafka.admin()
  const producer = kafka.producer({ allowAutoTopicCreation: false })
  let wire: WireClient | null = null
  try {
    await admin.connect()
    await producer.connect()
    wire = await WireClient.connect(broker.port)
    const client = wire
    let correlation = 0
    await body({
      broker,
      admin,
      producer,
      wire: client,
      async call<T> (apiKey: number, version: number, request: unknown): Promise<T> {
        client.send(encodeRequest(apiKey, version, ++correlation, request))
        const frame = await client.nextFrame()
        assert.ok(frame !== null, 'the broker closed the connection')
        return decodeResponse<T>(frame, apiKey, version).body
      }
    })
  } finally {
    wire?.close()
    await producer.disconnect()
    await admin.disconnect()
    await broker.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

async function produceRaw (h: Harness, topic: string, records: Buffer): Promise<ProduceResponse['responses'][number]['partitionResponses'][number]> {
  const response = await h.call<ProduceResponse>(ApiKey.Produce, 9, { transactionalId: null, acks: 1, timeoutMs: 5000, topicData: [{ name: topic, partitionData: [{ index: 0, records }] }] })
  return response.responses[0]!.partitionResponses[0]!
}

function batch (records: RecordInput[], compression: 'none' | 'gzip' = 'none'): Buffer {
  return buildRecordBatch({ records, compression })
}

test('a record without a key on a compacted topic gets INVALID_RECORD; keyed records and other topics are unaffected', { timeout: 60_000 }, async () => {
  await withBroker(async (h) => {
    await h.admin.createTopics({
      topics: [
        { topic: 'compacted', numPartitions: 1, configEntries: [{ name: 'cleanup.policy', value: 'compact' }] },
        { topic: 'compact-delete', numPartitions: 1, configEntries: [{ name: 'cleanup.policy', value: 'compact,delete' }] },
        { topic: 'plain', numPartitions: 1 }
      ]
    })
    // kafkajs, a real client: refused with Kafka's error, and nothing was appended.
    for (const topic of ['compacted', 'compact-delete']) {
      await assert.rejects(h.producer.send({ topic, messages: [{ key: null, value: 'no key' }] }), (err: Error & { type?: string }) => {
        assert.equal(err.type, 'INVALID_RECORD', `${topic}: ${err.message}`)
        return true
      })
      await assert.rejects(h.producer.send({ topic, compression: CompressionTypes.GZIP, messages: [{ key: 'k', value: 'v' }, { key: null, value: 'no key' }] }), (err: Error & { type?: string }) => err.type === 'INVALID_RECORD')
      const sent = await h.producer.send({ topic, messages: [{ key: 'k', value: 'keyed' }, { key: 'k', value: null }] })
      assert.equal(sent[0]!.baseOffset, '0', `${topic}: the refused records took no offsets`)
    }
    assert.equal((await h.producer.send({ topic: 'plain', messages: [{ key: null, value: 'fine' }] }))[0]!.errorCode, 0)
    // The wire answer in full, as Kafka's LogValidator words it.
    const refused = await produceRaw(h, 'compacted', batch([{ key: Buffer.from('a'), value: null }, { key: null, value: Buffer.from('x') }, { key: null, value: Buffer.from('y') }], 'gzip'))
    const message = 'Compacted topic cannot accept message without key in topic partition compacted-0'
    assert.equal(refused.errorCode, ErrorCode.INVALID_RECORD)
    assert.deepEqual(refused.recordErrors, [{ batchIndex: 1, batchIndexErrorMessage: message }, { batchIndex: 2, batchIndexErrorMessage: message }])
    assert.equal(refused.errorMessage, `One or more records have been rejected due to 2 record errors in total, and only showing the first three errors at most: [RecordError(batchIndex=1, message='${message}'), RecordError(batchIndex=2, message='${message}')]`)
  })
})

test('timestamps outside message.timestamp.before/after.max.ms get INVALID_TIMESTAMP, naming each record', { timeout: 60_000 }, async () => {
  await withBroker(async (h) => {
    await h.admin.createTopics({
      topics: [
        { topic: 'bounded', numPartitions: 1, configEntries: [{ name: 'message.timestamp.before.max.ms', value: String(HOUR_MS) }, { name: 'message.timestamp.after.max.ms', value: String(HOUR_MS) }] },
        { topic: 'future-only', numPartitions: 1, configEntries: [{ name: 'message.timestamp.after.max.ms', value: String(HOUR_MS) }] },
        { topic: 'difference', numPartitions: 1, configEntries: [{ name: 'message.timestamp.difference.max.ms', value: String(HOUR_MS) }] },
        { topic: 'append-time', numPartitions: 1, configEntries: [{ name: 'message.timestamp.type', value: 'LogAppendTime' }, { name: 'message.timestamp.before.max.ms', value: String(HOUR_MS) }] },
        { topic: 'unbounded', numPartitions: 1 }
      ]
    })
    const now = Date.now()
    for (const [topic, timestamp] of [['bounded', now - 2 * HOUR_MS], ['bounded', now + 2 * HOUR_MS], ['future-only', now + 2 * HOUR_MS], ['difference', now - 2 * HOUR_MS]] as const) {
      await assert.rejects(h.producer.send({ topic, messages: [{ value: 'v', timestamp: String(timestamp) }] }), (err: Error & { type?: string }) => {
        assert.equal(err.type, 'INVALID_TIMESTAMP', `${topic} at ${timestamp}: ${err.message}`)
        return true
      })
    }
    for (const [topic, timestamp] of [['bounded', now], ['future-only', now - 1000 * HOUR_MS], ['append-time', now - 2 * HOUR_MS], ['unbounded', 0]] as const) {
      const sent = await h.producer.send({ topic, messages: [{ value: 'v', timestamp: String(timestamp) }] })
      assert.equal(sent[0]!.errorCode, 0, `${topic} at ${timestamp}`)
    }
    // The first record sets the batch's base timestamp; the second is earlier (a negative delta), so
    // no header field shows it: the broker reads the records to find it.
    const early = now - 5 * HOUR_MS
    const refused = await produceRaw(h, 'bounded', buildRecordBatch({ records: [{ key: null, value: Buffer.from('a'), timestamp: now }, { key: null, value: Buffer.from('b'), timestamp: early }], baseTimestamp: now }))
    assert.equal(refused.errorCode, ErrorCode.INVALID_TIMESTAMP)
    assert.equal(refused.errorMessage, 'One or more records have been rejected due to invalid timestamp')
    assert.equal(refused.recordErrors.length, 1)
    assert.equal(refused.recordErrors[0]!.batchIndex, 1)
    assert.match(refused.recordErrors[0]!.batchIndexErrorMessage!, new RegExp(`^Timestamp ${early} of message with offset 1 is out of range\\. The timestamp should be within \\[\\d+, \\d+\\]$`))
    const [low, high] = /\[(\d+), (\d+)\]/.exec(refused.recordErrors[0]!.batchIndexErrorMessage!)!.slice(1).map(Number)
    assert.equal(high! - low!, 2 * HOUR_MS)
    assert.ok(low! <= now - HOUR_MS + 60_000 && low! >= now - HOUR_MS)
    // Only an after-bound: the unbounded side is printed as Kafka's 64-bit arithmetic prints it.
    const future = await produceRaw(h, 'future-only', batch([{ key: null, value: Buffer.from('a'), timestamp: now + 3 * HOUR_MS }]))
    assert.equal(future.errorCode, ErrorCode.INVALID_TIMESTAMP)
    assert.match(future.recordErrors[0]!.batchIndexErrorMessage!, /should be within \[-\d+, \d+\]$/)
  })
})

test('Metadata v10/v11 with a null topic name is answered INVALID_REQUEST as Kafka does; v12 looks topics up by id', { timeout: 60_000 }, async () => {
  await withBroker(async (h) => {
    await h.admin.createTopics({ topics: [{ topic: 'known', numPartitions: 2 }] })
    const request = (topics: Array<{ topicId: string, name: string | null }>): unknown => ({ topics, allowAutoTopicCreation: true, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false })
    const knownId = h.broker.broker.image().topic('known')!.id
    for (const version of [10, 11]) {
      const response = await h.call<MetadataResponse>(ApiKey.Metadata, version, request([{ topicId: ZERO_UUID, name: 'known' }, { topicId: knownId, name: null }]))
      assert.deepEqual(response.topics.map((t) => [t.name, t.topicId, t.errorCode, t.partitions.length]), [['known', ZERO_UUID, ErrorCode.INVALID_REQUEST, 0], ['', knownId, ErrorCode.INVALID_REQUEST, 0]], `v${version}`)
      assert.deepEqual(response.brokers, [])
      const byIdOnly = await h.call<MetadataResponse>(ApiKey.Metadata, version, request([{ topicId: knownId, name: 'known' }]))
      assert.equal(byIdOnly.topics[0]!.errorCode, ErrorCode.INVALID_REQUEST, `v${version}: topic ids are not supported`)
    }
    // The connection is still open and named topics work as before.
    const named = await h.call<MetadataResponse>(ApiKey.Metadata, 11, request([{ topicId: ZERO_UUID, name: 'known' }]))
    assert.deepEqual(named.topics.map((t) => [t.name, t.errorCode, t.partitions.length]), [['known', ErrorCode.NONE, 2]])
    const v12 = await h.call<MetadataResponse>(ApiKey.Metadata, 12, request([{ topicId: knownId, name: null }, { topicId: 'AAAAAAAAAAAAAAAAAAAAAQ', name: null }]))
    assert.deepEqual(v12.topics.map((t) => [t.name, t.topicId, t.errorCode, t.partitions.length]), [['known', knownId, ErrorCode.NONE, 2], [null, 'AAAAAAAAAAAAAAAAAAAAAQ', ErrorCode.UNKNOWN_TOPIC_ID, 0]])
    assert.equal(h.wire.closed, false)
  })
})
