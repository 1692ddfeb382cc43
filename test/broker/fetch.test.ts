// Fetch over the wire against an in-process broker: incremental fetch sessions (KIP-227) as the Java
// client drives them, and long polling woken by an append.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startBroker, type RunningBroker } from '../../src/index.ts'
import { WireClient, encodeRequest, decodeResponse, call } from '../helpers/wire-client.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import type { FetchResponse } from '../../src/protocol/generated/messages/fetch.ts'
import { buildRecordBatch, decodeRecordBatches } from '../../src/protocol/record-batch/records.ts'

async function withBroker (body: (broker: RunningBroker, client: WireClient) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-fetch-'))
  const broker = await startBroker({ config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': dir, 'num.partitions': '2' } })
  const client = await WireClient.connect(broker.port)
  try {
    const created = await call<{ topics: Array<{ errorCode: number }> }>(client, ApiKey.CreateTopics, 7, { topics: [{ name: 'sessions', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 1000, validateOnly: false })
    assert.equal(created.topics[0]!.errorCode, 0)
    await body(broker, client)
  } finally {
    client.close()
    await broker.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

let correlation = 0
async function produce (client: WireClient, topic: string, partition: number, value: string): Promise<void> {
  const records = buildRecordBatch({ records: [{ key: null, value: Buffer.from(value) }] })
  const r = await call<{ responses: Array<{ partitionResponses: Array<{ errorCode: number }> }> }>(client, ApiKey.Produce, 9, { transactionalId: null, acks: 1, timeoutMs: 1000, topicData: [{ name: topic, partitionData: [{ index: partition, records }] }] })
  assert.equal(r.responses[0]!.partitionResponses[0]!.errorCode, 0)
}

function fetchRequest (sessionId: number, sessionEpoch: number, partitions: Array<[number, number]>, forgotten: number[] = [], maxWaitMs = 0, minBytes = 0): unknown {
  return {
    clusterId: null, replicaId: -1, replicaState: { replicaId: -1, replicaEpoch: -1n }, maxWaitMs, minBytes, maxBytes: 1 << 20, isolationLevel: 1, sessionId, sessionEpoch,
    topics: partitions.length === 0 ? [] : [{ topic: 'sessions', topicId: 'AAAAAAAAAAAAAAAAAAAAAA', partitions: partitions.map(([partition, offset]) => ({ partition, currentLeaderEpoch: -1, fetchOffset: BigInt(offset), lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 1 << 20 })) }],
    forgottenTopicsData: forgotten.length === 0 ? [] : [{ topic: 'sessions', topicId: 'AAAAAAAAAAAAAAAAAAAAAA', partitions: forgotten }],
    rackId: ''
  }
}

function partitionsOf (r: FetchResponse): Array<[number, number]> {
  return r.responses.flatMap((t) => t.partitions.map((p) => [p.partitionIndex, p.records === null ? -1 : decodeRecordBatches(p.records).reduce((n, b) => n + b.records.length, 0)] as [number, number]))
}

test('incremental fetch sessions: open, changes only, forget, wrong epoch, unknown id, close', async () => {
  await withBroker(async (_broker, client) => {
    await produce(client, 'sessions', 0, 'a')
    await produce(client, 'sessions', 1, 'b')
    const opened = await call<FetchResponse>(client, ApiKey.Fetch, 12, fetchRequest(0, 0, [[0, 0], [1, 0]]))
    assert.ok(opened.sessionId > 0, 'a session was created')
    assert.deepEqual(partitionsOf(opened), [[0, 1], [1, 1]], 'the full response has every partition')
    const id = opened.sessionId
    const quiet = await call<FetchResponse>(client, ApiKey.Fetch, 12, fetchRequest(id, 1, [[0, 1], [1, 1]]))
    assert.equal(quiet.errorCode, 0)
    assert.deepEqual(partitionsOf(quiet), [], 'nothing new: no partitions')
    await produce(client, 'sessions', 1, 'c')
    const news = await call<FetchResponse>(client, ApiKey.Fetch, 12, fetchRequest(id, 2, []))
    assert.deepEqual(partitionsOf(news), [[1, 1]], 'only the partition with news, from the position the session remembers')
    const forgot = await call<FetchResponse>(client, ApiKey.Fetch, 12, fetchRequest(id, 3, [[1, 2]], [0]))
    await produce(client, 'sessions', 0, 'd')
    const afterForget = await call<FetchResponse>(client, ApiKey.Fetch, 12, fetchRequest(id, 4, []))
    assert.deepEqual(partitionsOf(afterForget), [], 'a forgotten partition is no longer fetched')
    assert.equal(forgot.errorCode, 0)
    assert.equal((await call<FetchResponse>(client, ApiKey.Fetch, 12, fetchRequest(id, 9, []))).errorCode, ErrorCode.INVALID_FETCH_SESSION_EPOCH)
    assert.equal((await call<FetchResponse>(client, ApiKey.Fetch, 12, fetchRequest(id + 1000, 1, []))).errorCode, ErrorCode.FETCH_SESSION_ID_NOT_FOUND)
    const closed = await call<FetchResponse>(client, ApiKey.Fetch, 12, fetchRequest(id, -1, [[0, 0]]))
    assert.equal(closed.sessionId, 0)
    assert.equal((await call<FetchResponse>(client, ApiKey.Fetch, 12, fetchRequest(id, 5, []))).errorCode, ErrorCode.FETCH_SESSION_ID_NOT_FOUND)
  })
})

test('long polling: a fetch waiting for min_bytes is answered by the next append', async () => {
  await withBroker(async (broker, client) => {
    await produce(client, 'sessions', 0, 'first')
    client.send(encodeRequest(ApiKey.Fetch, 12, ++correlation, fetchRequest(0, -1, [[0, 1]], [], 60_000, 1)))
    const producer = await WireClient.connect(broker.port)
    // The fetch is parked on partition 0; wait until it is, then append.
    while (broker.broker.waiters.parkedCount() === 0) await new Promise((resolve) => setImmediate(resolve))
    await produce(producer, 'sessions', 0, 'second')
    producer.close()
    const answered = decodeResponse<FetchResponse>((await client.nextFrame())!, ApiKey.Fetch, 12).body
    assert.deepEqual(partitionsOf(answered), [[0, 1]])
  })
})
