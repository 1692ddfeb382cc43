// ISR changes from the leader through the real controller (AlterPartition on the node's own
// controller): a follower that does not fetch for replica.lag.time.max.ms is shrunk out of the ISR
// (the periodic check), which lets a parked acks=all produce complete; a follower whose fetch reaches
// the high watermark is proposed with its broker epoch and committed back into the ISR. Only the
// committed image changes the Partition's ISR.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startBroker, type RunningBroker } from '../../src/node/node.ts'
import { RaftMetadataLog } from '../../src/controller/metadata/metadata-log.ts'
import { record } from '../../src/controller/metadata/metadata-record.ts'
import { MetadataRecordType as T } from '../../src/protocol/generated/metadata-records/index.ts'
import { defaultPartitionChangeRecord } from '../../src/protocol/generated/metadata-records/partition-change-record.ts'
import { WireClient, call } from '../helpers/wire-client.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { buildRecordBatch } from '../../src/protocol/record-batch/records.ts'
import type { ProduceResponse } from '../../src/protocol/generated/messages/produce.ts'
import type { FetchResponse } from '../../src/protocol/generated/messages/fetch.ts'
import { silentLogger } from '../../src/util/logger.ts'

const LOCAL = 1
const FOLLOWER = 2
const FOLLOWER_EPOCH = 77n

async function until (what: string, check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

function start (dir: string): Promise<RunningBroker> {
  return startBroker({ config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': dir, 'auto.create.topics.enable': 'false', 'replica.lag.time.max.ms': '400', 'replica.fetch.wait.max.ms': '100', 'broker.session.timeout.ms': '600000' } })
}

test('a lagging follower is shrunk out of the ISR and a caught-up one expanded back, through the controller', { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-isr-changes-'))
  let broker: RunningBroker | null = null
  const clients: WireClient[] = []
  try {
    broker = await start(dir)
    let c = await WireClient.connect(broker.port)
    await call(c, ApiKey.CreateTopics, 7, { topics: [{ name: 'isr', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 1000, validateOnly: false })
    const topicId = broker.broker.image().topic('isr')!.id
    c.close()
    await broker.close()
    broker = null
    // Node 2: registered and unfenced (its session outlasts the test), a follower in the ISR.
    const metadataLog = await RaftMetadataLog.open({ parentDir: dir, nodeId: LOCAL, logger: silentLogger() })
    await metadataLog.append([
      record(T.RegisterBroker, {
        brokerId: FOLLOWER, isMigratingZkBroker: false, incarnationId: 'AAAAAAAAAAAAAAAAAAAAAg', brokerEpoch: FOLLOWER_EPOCH,
        endPoints: [{ name: 'PLAINTEXT', host: '127.0.0.2', port: 9092, securityProtocol: 0 }], features: [], rack: null, fenced: false, inControlledShutdown: false, logDirs: []
      }),
      record(T.PartitionChange, { ...defaultPartitionChangeRecord(), topicId, partitionId: 0, leader: LOCAL, replicas: [LOCAL, FOLLOWER], isr: [LOCAL, FOLLOWER] })
    ])
    await metadataLog.close()

    broker = await start(dir)
    const b = broker.broker
    c = await WireClient.connect(broker.port)
    clients.push(c)
    const partition = b.partitions.get('isr', 0)!
    assert.deepEqual(partition.isr, [LOCAL, FOLLOWER])
    const epochBefore = partition.partitionEpoch

    // acks=all parks: follower 2 never fetches, so the high watermark waits for it until the
    // periodic check (every 200 ms) finds it not caught up for 400 ms and the controller commits [1].
    const produced = await call<ProduceResponse>(c, ApiKey.Produce, 9, { transactionalId: null, acks: -1, timeoutMs: 30_000, topicData: [{ name: 'isr', partitionData: [{ index: 0, records: buildRecordBatch({ records: [{ key: null, value: Buffer.from('x') }] }) }] }] })
    assert.deepEqual(produced.responses[0]!.partitionResponses.map((p) => p.errorCode), [ErrorCode.NONE])
    assert.deepEqual(partition.isr, [LOCAL])
    assert.deepEqual(b.image().topic('isr')!.partitions.get(0)!.isr, [LOCAL], 'committed in the metadata log')
    assert.ok(partition.partitionEpoch > epochBefore)
    assert.equal(partition.highWatermark(), 1)

    // Follower 2 (Fetch v15, its replica state) reads the record, then fetches from the high
    // watermark: proposed with its broker epoch, committed back into the ISR.
    const fetchFrom = async (offset: number): Promise<FetchResponse> => await call<FetchResponse>(c, ApiKey.Fetch, 15, {
      clusterId: null, replicaId: -1, replicaState: { replicaId: FOLLOWER, replicaEpoch: FOLLOWER_EPOCH }, maxWaitMs: 0, minBytes: 1, maxBytes: 1 << 20, isolationLevel: 0, sessionId: 0, sessionEpoch: -1,
      topics: [{ topic: '', topicId, partitions: [{ partition: 0, currentLeaderEpoch: partition.leaderEpoch, fetchOffset: BigInt(offset), lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 1 << 16 }] }],
      forgottenTopicsData: [], rackId: ''
    })
    const first = await fetchFrom(0)
    assert.equal(first.responses[0]!.partitions[0]!.errorCode, ErrorCode.NONE)
    assert.ok(first.responses[0]!.partitions[0]!.records!.length > 0)
    await fetchFrom(1)
    await until('follower 2 back in the ISR', () => partition.isr.includes(FOLLOWER))
    assert.deepEqual(b.image().topic('isr')!.partitions.get(0)!.isr, [LOCAL, FOLLOWER])
    assert.equal(b.isrChanges.inFlightCount(), 0)
  } finally {
    for (const client of clients) client.close()
    await broker?.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
