// The per-partition cost of the data handlers' preamble (the partition lookup, the leader and epoch
// checks, the high watermark), measured in process through the real handlers of a real node with 100
// partitions: Fetch of 100 caught-up partitions (the long-poll re-check path: nothing to read),
// ListOffsets latest of 100 partitions, and Produce of one 1-record batch to each of 100 partitions;
// next to the same work done on the partition logs directly in the same run (the handler's overhead).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startBroker } from '../src/node/node.ts'
import { HandlerRegistry } from '../src/broker/handlers/registry.ts'
import { fetchHandler } from '../src/broker/handlers/01-fetch.ts'
import { listOffsetsHandler } from '../src/broker/handlers/02-list-offsets.ts'
import { produceHandler } from '../src/broker/handlers/00-produce.ts'
import { ApiKey } from '../src/protocol/generated/api-keys.ts'
import { buildRecordBatch } from '../src/protocol/record-batch/records.ts'
import type { PartitionLog } from '../src/storage/log/partition-log.ts'
import { fmt, nowNs } from './measure.ts'

const PARTITIONS = 100
const TOPIC = 'bench'
const RUN_NS = 1e9

/** Calls `body` for about a second after a warm-up; answers partitions per second. */
async function rate (body: () => unknown): Promise<number> {
  for (let i = 0; i < 2000; i++) await body()
  const start = nowNs()
  let calls = 0
  while (Number(nowNs() - start) < RUN_NS) {
    for (let i = 0; i < 100; i++) await body()
    calls += 100
  }
  return calls * PARTITIONS / (Number(nowNs() - start) / 1e9)
}

function ctx (apiKey: number, version: number, registry: HandlerRegistry, broker: unknown): never {
  return { header: { requestApiKey: apiKey, requestApiVersion: version, correlationId: 1, clientId: 'bench' }, connectionId: 1, remoteAddress: '127.0.0.1', listenerName: 'PLAINTEXT', registry, broker } as never
}

export default async function (): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-partition-bench-'))
  const running = await startBroker({ config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': dir, 'log.segment.bytes': String(1 << 30) } })
  try {
    const broker = running.broker
    await broker.controller.createTopics([{ name: TOPIC, numPartitions: PARTITIONS, replicationFactor: 1, assignments: [], configs: new Map() }], false)
    await broker.logsReconciled() // logs are created in slices after the answer's metadata commits
    const registry = new HandlerRegistry([fetchHandler, listOffsetsHandler, produceHandler], broker)
    const logs: PartitionLog[] = []
    for (let p = 0; p < PARTITIONS; p++) logs.push(broker.logs.get(TOPIC, p)!)
    const indexes = Array.from({ length: PARTITIONS }, (_, p) => p)
    const batch = buildRecordBatch({ records: [{ key: null, value: Buffer.alloc(100, 7) }] })
    const produceRequest = { transactionalId: null, acks: 1, timeoutMs: 1000, topicData: [{ name: TOPIC, partitionData: indexes.map((index) => ({ index, records: batch })) }] }
    const produceCtx = ctx(ApiKey.Produce, 9, registry, broker)
    const produce = await rate(() => produceHandler.handle(produceCtx, produceRequest))
    const rawAppend = await rate(() => { for (const log of logs) log.append(batch, { leaderEpoch: 0, nowMs: Date.now() }) })

    // Caught up: every fetch offset is the log end, so nothing is read and only the preamble remains.
    const fetchRequest = {
      clusterId: null, replicaId: -1, replicaState: { replicaId: -1, replicaEpoch: -1n }, maxWaitMs: 0, minBytes: 0, maxBytes: 1 << 20, isolationLevel: 0, sessionId: 0, sessionEpoch: -1,
      topics: [{ topic: TOPIC, topicId: 'AAAAAAAAAAAAAAAAAAAAAA', partitions: indexes.map((partition) => ({ partition, currentLeaderEpoch: 0, fetchOffset: BigInt(logs[partition]!.logEndOffset()), lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 1 << 16 })) }],
      forgottenTopicsData: [], rackId: ''
    }
    const fetchCtx = ctx(ApiKey.Fetch, 12, registry, broker)
    const fetch = await rate(() => fetchHandler.handle(fetchCtx, fetchRequest))
    const rawRead = await rate(() => { for (const log of logs) log.read(log.logEndOffset(), 1 << 16, log.logEndOffset(), true) })

    const listRequest = { replicaId: -1, isolationLevel: 0, topics: [{ name: TOPIC, partitions: indexes.map((partitionIndex) => ({ partitionIndex, currentLeaderEpoch: 0, timestamp: -1n, maxNumOffsets: 1 })) }] }
    const listCtx = ctx(ApiKey.ListOffsets, 7, registry, broker)
    const listOffsets = await rate(() => listOffsetsHandler.handle(listCtx, listRequest))
    const rawEnd = await rate(() => { let sum = 0; for (const log of logs) sum += log.logEndOffset(); return sum })

    console.log(`produce (1 batch of 1 x 100 B per partition, ${PARTITIONS} partitions, acks=1): ${fmt(produce)} partitions/s | raw PartitionLog.append ${fmt(rawAppend)}/s (handler ${fmt(produce / rawAppend, 2)}x)`)
    console.log(`fetch (${PARTITIONS} caught-up partitions, epoch checked): ${fmt(fetch)} partitions/s | raw PartitionLog.read at the end ${fmt(rawRead)}/s (handler ${fmt(fetch / rawRead, 2)}x)`)
    console.log(`list offsets (latest, ${PARTITIONS} partitions, epoch checked): ${fmt(listOffsets)} partitions/s | raw logEndOffset() ${fmt(rawEnd)}/s (handler ${fmt(listOffsets / rawEnd, 3)}x)`)
  } finally {
    await running.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
