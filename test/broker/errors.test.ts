// Bad input gets Kafka's error codes, and the broker keeps serving: produce and fetch errors per
// partition, illegal topic names, and configuration limits.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startBroker } from '../../src/index.ts'
import { WireClient, encodeRequest, decodeResponse } from '../helpers/wire-client.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { buildRecordBatch } from '../../src/protocol/record-batch/records.ts'
import * as header from '../../src/protocol/record-batch/batch-header.ts'
import type { ProduceResponse } from '../../src/protocol/generated/messages/produce.ts'
import type { FetchResponse } from '../../src/protocol/generated/messages/fetch.ts'
import type { MetadataResponse } from '../../src/protocol/generated/messages/metadata.ts'

test('produce, fetch and metadata errors are Kafka error codes, per partition', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-errors-'))
  const broker = await startBroker({ config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': dir, 'message.max.bytes': '1000', 'auto.create.topics.enable': 'false', 'min.insync.replicas': '2' } })
  const client = await WireClient.connect(broker.port)
  let correlation = 0
  const call = async <T>(apiKey: number, version: number, body: unknown): Promise<T> => {
    client.send(encodeRequest(apiKey, version, ++correlation, body))
    return decodeResponse<T>((await client.nextFrame())!, apiKey, version).body
  }
  try {
    await call(ApiKey.CreateTopics, 7, { topics: [{ name: 'errs', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 1000, validateOnly: false })
    const good = buildRecordBatch({ records: [{ key: null, value: Buffer.from('ok') }] })
    const corrupt = Buffer.from(good)
    corrupt[corrupt.length - 1] ^= 1
    const oldFormat = Buffer.from(good)
    oldFormat.writeInt8(1, header.MAGIC)
    const tooLarge = buildRecordBatch({ records: [{ key: null, value: Buffer.alloc(2000) }] })
    const produce = async (acks: number, topic: string, records: Buffer): Promise<number> => {
      const r = await call<ProduceResponse>(ApiKey.Produce, 9, { transactionalId: null, acks, timeoutMs: 1000, topicData: [{ name: topic, partitionData: [{ index: 0, records }] }] })
      return r.responses[0]!.partitionResponses[0]!.errorCode
    }
    assert.equal(await produce(1, 'errs', good), ErrorCode.NONE)
    assert.equal(await produce(2, 'errs', good), ErrorCode.INVALID_REQUIRED_ACKS)
    assert.equal(await produce(1, 'nope', good), ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
    assert.equal(await produce(1, 'errs', corrupt), ErrorCode.CORRUPT_MESSAGE)
    assert.equal(await produce(1, 'errs', oldFormat), ErrorCode.UNSUPPORTED_FOR_MESSAGE_FORMAT)
    assert.equal(await produce(1, 'errs', tooLarge), ErrorCode.MESSAGE_TOO_LARGE)
    assert.equal(await produce(-1, 'errs', good), ErrorCode.NOT_ENOUGH_REPLICAS, 'acks=all with min.insync.replicas above the ISR')
    const fetch = await call<FetchResponse>(ApiKey.Fetch, 11, {
      clusterId: null, replicaId: -1, replicaState: { replicaId: -1, replicaEpoch: -1n }, maxWaitMs: 0, minBytes: 0, maxBytes: 1 << 20, isolationLevel: 0, sessionId: 0, sessionEpoch: -1,
      topics: [{ topic: 'errs', topicId: 'AAAAAAAAAAAAAAAAAAAAAA', partitions: [{ partition: 0, currentLeaderEpoch: -1, fetchOffset: 99n, lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 1000 }, { partition: 5, currentLeaderEpoch: -1, fetchOffset: 0n, lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 1000 }] }],
      forgottenTopicsData: [], rackId: ''
    })
    assert.deepEqual(fetch.responses[0]!.partitions.map((p) => [p.partitionIndex, p.errorCode, p.records!.length]), [[0, ErrorCode.OFFSET_OUT_OF_RANGE, 0], [5, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, 0]])
    const metadata = await call<MetadataResponse>(ApiKey.Metadata, 12, { topics: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAA', name: 'bad name!' }, { topicId: 'AAAAAAAAAAAAAAAAAAAAAA', name: 'absent' }], allowAutoTopicCreation: true, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false })
    assert.deepEqual(metadata.topics.map((t) => [t.name, t.errorCode]), [['bad name!', ErrorCode.INVALID_TOPIC_EXCEPTION], ['absent', ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]], 'no auto-creation when auto.create.topics.enable=false')
  } finally {
    client.close()
    await broker.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
