// A partition log whose deletion is still queued (the log queue deletes in slices, after the metadata
// update) is never used by the replica or topic that comes back under its name before the queue ran:
// a replica removed from this node and added again (a reassignment and its reversal), and a topic
// deleted and created again under its name. The new Partition waits (KAFKA_STORAGE_ERROR) for its new,
// empty log, and then serves it. The images are real metadata images given to the broker in one turn
// of the event loop, as two metadata deltas arriving back to back do (a big deletion keeps the queue
// busy for many slices).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startBroker, type RunningBroker } from '../../src/index.ts'
import { record, type MetadataRecord } from '../../src/controller/metadata/metadata-record.ts'
import { MetadataImage } from '../../src/controller/metadata/metadata-image.ts'
import { loadConfig } from '../../src/config/load-config.ts'
import { RaftMetadataLog } from '../../src/controller/metadata/metadata-log.ts'
import { MetadataPublisher } from '../../src/controller/metadata/metadata-publisher.ts'
import { QuorumController } from '../../src/controller/quorum-controller/quorum-controller.ts'
import { GroupCoordinator } from '../../src/controller/group/group-coordinator.ts'
import { LogManager } from '../../src/storage/log/log-manager.ts'
import { DEFAULT_LOG_CONFIG } from '../../src/storage/log/partition-log.ts'
import { Broker } from '../../src/broker/broker.ts'
import { LocalControllerChannel } from '../../src/broker/controller-channel.ts'
import { silentLogger } from '../../src/util/logger.ts'
import { MetadataRecordType as T } from '../../src/protocol/generated/metadata-records/index.ts'
import { defaultPartitionChangeRecord } from '../../src/protocol/generated/metadata-records/partition-change-record.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import type { ProduceResponse } from '../../src/protocol/generated/messages/produce.ts'
import { buildRecordBatch } from '../../src/protocol/record-batch/records.ts'
import { WireClient, encodeRequest, decodeResponse } from '../helpers/wire-client.ts'

const OLD_TOPIC_ID = Buffer.alloc(16, 4).toString('base64url')
const NEW_TOPIC_ID = Buffer.alloc(16, 5).toString('base64url')

async function withBroker (body: (broker: RunningBroker) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-queued-deletions-'))
  let broker: RunningBroker | null = null
  try {
    broker = await startBroker({ config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': dir, 'auto.create.topics.enable': 'false' } })
    await body(broker)
  } finally {
    await broker?.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

let correlationId = 0

/** Creates topic `rep` (one partition, on this node) and produces one record to it. */
async function createAndProduce (broker: RunningBroker): Promise<void> {
  const client = await WireClient.connect(broker.port)
  try {
    client.send(encodeRequest(ApiKey.CreateTopics, 7, ++correlationId, { topics: [{ name: 'rep', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 5000, validateOnly: false }))
    await client.nextFrame()
    assert.deepEqual(await produce(client, 'old'), [ErrorCode.NONE, 0n])
  } finally {
    client.close()
  }
}

/** Produces one record to `rep`-0 with acks=1: [error code, base offset]. */
async function produce (client: WireClient, value: string): Promise<[number, bigint]> {
  const id = ++correlationId
  client.send(encodeRequest(ApiKey.Produce, 9, id, { transactionalId: null, acks: 1, timeoutMs: 5000, topicData: [{ name: 'rep', partitionData: [{ index: 0, records: buildRecordBatch({ records: [{ key: null, value: Buffer.from(value) }] }) }] }] }))
  const frame = await client.nextFrame()
  const answer = decodeResponse<ProduceResponse>(frame!, ApiKey.Produce, 9).body.responses[0]!.partitionResponses[0]!
  return [answer.errorCode, BigInt(answer.baseOffset)]
}

test('a replica removed and added again before its log is deleted waits for a new log, then serves it', { timeout: 60_000 }, async () => {
  await withBroker(async (running) => {
    await createAndProduce(running)
    const broker = running.broker
    const image0 = broker.image()
    const topicId = image0.topic('rep')!.id
    const old = broker.partitions.get('rep', 0)!
    assert.ok(old.isOnline())
    const oldLog = old.log()
    // The replica moves to node 2, then back to this node, before the log queue runs.
    const moved = image0.apply([record(T.PartitionChange, { ...defaultPartitionChangeRecord(), topicId, partitionId: 0, leader: 2, replicas: [2], isr: [2] })], image0.offset + 1)
    const back = moved.apply([record(T.PartitionChange, { ...defaultPartitionChangeRecord(), topicId, partitionId: 0, leader: 1, replicas: [1], isr: [1] })], image0.offset + 2)
    broker.reconcile(moved, image0)
    broker.reconcile(back, moved)
    const readded = broker.partitions.get('rep', 0)!
    assert.notEqual(readded, old)
    assert.equal(readded.isOnline(), false, 'the old log is to be deleted: not taken')
    assert.equal(broker.partitions.lookup('rep', 0, -1, true), ErrorCode.KAFKA_STORAGE_ERROR)

    await broker.logsReconciled()
    assert.ok(readded.isOnline(), 'the new log was created after the old one was deleted')
    const log = readded.log()
    assert.notEqual(log, oldLog)
    assert.equal(log, broker.logs.get('rep', 0), 'the Partition serves the log manager\'s log')
    assert.equal(readded.logEndOffset(), 0, 'a new, empty log (the follower fetches it again from its leader)')
    const client = await WireClient.connect(running.port)
    try {
      assert.deepEqual(await produce(client, 'new'), [ErrorCode.NONE, 0n])
    } finally {
      client.close()
    }
    assert.equal(log.logEndOffset(), 1)
  })
})

test('a topic deleted and created again under its name before the old log is deleted never serves the old records', { timeout: 60_000 }, async () => {
  // A broker over a real controller and log manager whose image the test publishes, so that both
  // deltas reach it in one turn (the node's publisher would publish them one commit apart).
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-queued-deletions-'))
  const config = loadConfig({ argv: [`--log.dirs=${dir}`], env: {} })
  const metadataLog = await RaftMetadataLog.open({ parentDir: join(dir, 'meta'), nodeId: 1, logger: silentLogger() })
  const publisher = MetadataPublisher.open(metadataLog, 1 << 30)
  const controller = new QuorumController(metadataLog, publisher, { numPartitions: 1, replicationFactor: 1, deleteTopicEnable: true, nodePartitionsMax: 1000 })
  const groups = new GroupCoordinator({ minSessionTimeoutMs: 6000, maxSessionTimeoutMs: 300_000, maxSize: 100, initialRebalanceDelayMs: 0, offsetsRetentionMs: 60_000, offsetsRetentionCheckIntervalMs: 60_000 }, controller, silentLogger())
  const logs = LogManager.open({ logDir: join(dir, 'logs'), configFor: () => DEFAULT_LOG_CONFIG, retentionCheckIntervalMs: 60_000, flushCheckIntervalMs: 1000, clock: Date.now })
  let current = MetadataImage.empty()
  const broker = new Broker({ config, images: { image: () => current }, controller: new LocalControllerChannel(controller), groups, logs, clusterId: 'c', logger: silentLogger(), fetchWaitersMax: 10 })
  const publish = (records: MetadataRecord[]): void => {
    const previous = current
    current = current.apply(records, current.offset + 1)
    broker.reconcile(current, previous)
  }
  try {
    publish(topicRecords('rep', OLD_TOPIC_ID))
    await broker.logsReconciled()
    const old = broker.partitions.get('rep', 0)!
    assert.ok(old.isOnline())
    assert.equal(old.check(-1, true), ErrorCode.NONE)
    old.log().append(buildRecordBatch({ records: [{ key: null, value: Buffer.from('old') }] }), { leaderEpoch: 0, nowMs: Date.now() })
    assert.equal(old.logEndOffset(), 1)

    publish([record(T.RemoveTopic, { topicId: OLD_TOPIC_ID })])
    publish(topicRecords('rep', NEW_TOPIC_ID))
    const partition = broker.partitions.get('rep', 0)!
    assert.equal(partition.topicId, NEW_TOPIC_ID)
    assert.equal(partition.isOnline(), false, 'the old topic\'s log is not the new topic\'s')
    assert.equal(broker.partitions.lookup('rep', 0, -1, true), ErrorCode.KAFKA_STORAGE_ERROR)

    await broker.logsReconciled()
    assert.ok(partition.isOnline(), 'the new topic\'s log was created after the old one was deleted')
    assert.equal(broker.partitions.lookup('rep', 0, -1, true), partition)
    assert.equal(partition.log(), broker.logs.get('rep', 0), 'the Partition serves the log manager\'s log')
    assert.equal(partition.log().topicId, NEW_TOPIC_ID)
    assert.equal(partition.logEndOffset(), 0, 'none of the old topic\'s records')
    assert.equal(broker.logs.storedTopicId('rep', 0), NEW_TOPIC_ID)
  } finally {
    groups.close()
    await broker.close()
    await controller.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

function topicRecords (name: string, topicId: string): MetadataRecord[] {
  return [
    record(T.Topic, { name, topicId }),
    record(T.Partition, { partitionId: 0, topicId, replicas: [1], isr: [1], removingReplicas: [], addingReplicas: [], leader: 1, leaderRecoveryState: 0, leaderEpoch: 0, partitionEpoch: 0, directories: [], eligibleLeaderReplicas: null, lastKnownElr: null })
  ]
}
