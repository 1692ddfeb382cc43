// The handlers that need the controller (CreateTopics, DeleteTopics, CreatePartitions, AlterConfigs,
// IncrementalAlterConfigs, InitProducerId's producer-id blocks) reach it only through the Broker's
// ControllerChannel: a broker built with a channel that goes elsewhere (here a real local channel
// behind a recorder, as the forwarding channel of issue 12 will stand in front of another node's
// controller) sends every such request down that channel, and the answers come from the image.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadConfig } from '../../src/config/load-config.ts'
import { RaftMetadataLog } from '../../src/controller/metadata/metadata-log.ts'
import { MetadataPublisher } from '../../src/controller/metadata/metadata-publisher.ts'
import { QuorumController } from '../../src/controller/quorum-controller/quorum-controller.ts'
import { GroupCoordinator } from '../../src/controller/group/group-coordinator.ts'
import { LogManager } from '../../src/storage/log/log-manager.ts'
import { Broker, logConfigOf } from '../../src/broker/broker.ts'
import { LocalControllerChannel, type ControllerChannel } from '../../src/broker/controller-channel.ts'
import { HandlerRegistry, type BrokerRequestContext } from '../../src/broker/handlers/registry.ts'
import { HANDLERS } from '../../src/broker/handler-list.ts'
import { createTopicsHandler } from '../../src/broker/handlers/19-create-topics.ts'
import { createPartitionsHandler } from '../../src/broker/handlers/37-create-partitions.ts'
import { incrementalAlterConfigsHandler } from '../../src/broker/handlers/44-incremental-alter-configs.ts'
import { alterConfigsHandler } from '../../src/broker/handlers/33-alter-configs.ts'
import { deleteTopicsHandler } from '../../src/broker/handlers/20-delete-topics.ts'
import { initProducerIdHandler } from '../../src/broker/handlers/22-init-producer-id.ts'
import { defaultCreateTopicsRequest, defaultCreateTopicsRequestCreatableTopic } from '../../src/protocol/generated/messages/create-topics.ts'
import { defaultCreatePartitionsRequest, defaultCreatePartitionsRequestCreatePartitionsTopic } from '../../src/protocol/generated/messages/create-partitions.ts'
import { defaultIncrementalAlterConfigsRequest, defaultIncrementalAlterConfigsRequestAlterConfigsResource, defaultIncrementalAlterConfigsRequestAlterableConfig } from '../../src/protocol/generated/messages/incremental-alter-configs.ts'
import { defaultAlterConfigsRequest, defaultAlterConfigsRequestAlterConfigsResource, defaultAlterConfigsRequestAlterableConfig } from '../../src/protocol/generated/messages/alter-configs.ts'
import { defaultDeleteTopicsRequest } from '../../src/protocol/generated/messages/delete-topics.ts'
import { defaultInitProducerIdRequest } from '../../src/protocol/generated/messages/init-producer-id.ts'
import { topicSettings } from '../../src/config/topic-config.ts'
import { silentLogger } from '../../src/util/logger.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import type { AlterPartitionRequest } from '../../src/protocol/generated/messages/alter-partition.ts'

/** A channel that records the calls it passes on. */
function recording (inner: ControllerChannel, calls: string[]): ControllerChannel {
  return {
    createTopics: async (...a) => { calls.push('createTopics'); return await inner.createTopics(...a) },
    deleteTopics: async (...a) => { calls.push('deleteTopics'); return await inner.deleteTopics(...a) },
    createPartitions: async (...a) => { calls.push('createPartitions'); return await inner.createPartitions(...a) },
    alterTopicConfigs: async (...a) => { calls.push('alterTopicConfigs'); return await inner.alterTopicConfigs(...a) },
    alterBrokerConfigs: async (...a) => { calls.push('alterBrokerConfigs'); return await inner.alterBrokerConfigs(...a) },
    allocateProducerIds: async (...a) => { calls.push('allocateProducerIds'); return await inner.allocateProducerIds(...a) },
    registerBroker: async (...a) => { calls.push('registerBroker'); return await inner.registerBroker(...a) },
    brokerHeartbeat: async (...a) => { calls.push('brokerHeartbeat'); return await inner.brokerHeartbeat(...a) },
    describeQuorum: async (...a) => { calls.push('describeQuorum'); return await inner.describeQuorum(...a) },
    electLeaders: async (...a) => { calls.push('electLeaders'); return await inner.electLeaders(...a) },
    alterPartition: async (...a) => { calls.push('alterPartition'); return await inner.alterPartition(...a) },
    alterPartitionReassignments: async (...a) => { calls.push('alterPartitionReassignments'); return await inner.alterPartitionReassignments(...a) },
    listPartitionReassignments: async (...a) => { calls.push('listPartitionReassignments'); return await inner.listPartitionReassignments(...a) }
  }
}

test('controller requests go through the broker\'s ControllerChannel', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-channel-'))
  const config = loadConfig({ argv: [`--log.dirs=${dir}`], env: {} })
  const log = await RaftMetadataLog.open({ parentDir: dir, nodeId: 1, logger: silentLogger() })
  const publisher = MetadataPublisher.open(log, 1 << 30)
  const controller = new QuorumController(log, publisher, { numPartitions: 1, replicationFactor: 1, deleteTopicEnable: true, nodePartitionsMax: 1000 })
  const groups = new GroupCoordinator({ minSessionTimeoutMs: 6000, maxSessionTimeoutMs: 300_000, maxSize: 100, initialRebalanceDelayMs: 0, offsetsRetentionMs: 60_000, offsetsRetentionCheckIntervalMs: 60_000 }, controller, silentLogger())
  const logs = LogManager.open({ logDir: dir, configFor: (t) => logConfigOf(topicSettings(publisher.image().topicConfig(t), config)), retentionCheckIntervalMs: 60_000, flushCheckIntervalMs: 1000, clock: Date.now })
  const calls: string[] = []
  const broker = new Broker({ config, images: publisher, controller: recording(new LocalControllerChannel(controller), calls), groups, logs, clusterId: 'c', logger: silentLogger(), fetchWaitersMax: 10 })
  publisher.subscribe((image, previous) => broker.reconcile(image, previous))
  try {
    await controller.registerLocalBroker({ nodeId: 1, endpoints: [{ name: 'PLAINTEXT', host: 'localhost', port: 9092 }], rack: null })
    const registry = new HandlerRegistry(HANDLERS, broker)
    const ctx = (apiKey: number, version: number): BrokerRequestContext => ({
      header: { requestApiKey: apiKey, requestApiVersion: version, correlationId: 1, clientId: 'test' }, connectionId: 1, remoteAddress: '127.0.0.1', listenerName: 'PLAINTEXT', registry, broker
    })

    const create = defaultCreateTopicsRequest()
    create.topics = [{ ...defaultCreateTopicsRequestCreatableTopic(), name: 'ch', numPartitions: 1, replicationFactor: 1 }]
    const created = await createTopicsHandler.handle(ctx(19, 7), create)
    assert.equal((created as { topics: Array<{ errorCode: number }> }).topics[0]!.errorCode, 0)
    assert.ok(publisher.image().topic('ch') !== undefined)

    const grow = defaultCreatePartitionsRequest()
    grow.topics = [{ ...defaultCreatePartitionsRequestCreatePartitionsTopic(), name: 'ch', count: 2, assignments: null }]
    const grown = await createPartitionsHandler.handle(ctx(37, 3), grow)
    assert.equal((grown as { results: Array<{ errorCode: number }> }).results[0]!.errorCode, 0)
    assert.equal(publisher.image().topic('ch')!.partitions.size, 2)

    const incremental = defaultIncrementalAlterConfigsRequest()
    incremental.resources = [{ ...defaultIncrementalAlterConfigsRequestAlterConfigsResource(), resourceType: 2, resourceName: 'ch', configs: [{ ...defaultIncrementalAlterConfigsRequestAlterableConfig(), name: 'retention.ms', configOperation: 0, value: '1000' }] }]
    await incrementalAlterConfigsHandler.handle(ctx(44, 1), incremental)
    const alter = defaultAlterConfigsRequest()
    alter.resources = [{ ...defaultAlterConfigsRequestAlterConfigsResource(), resourceType: 4, resourceName: '1', configs: [{ ...defaultAlterConfigsRequestAlterableConfig(), name: 'log.retention.ms', value: '2000' }] }]
    await alterConfigsHandler.handle(ctx(33, 2), alter)
    assert.equal(publisher.image().topicConfig('ch')?.get('retention.ms'), '1000')

    const pid = await initProducerIdHandler.handle(ctx(22, 4), { ...defaultInitProducerIdRequest(), transactionalId: null })
    assert.equal((pid as { producerId: bigint }).producerId, 0n)
    const del = defaultDeleteTopicsRequest()
    del.topicNames = ['ch']
    await deleteTopicsHandler.handle(ctx(20, 5), del)
    assert.equal(publisher.image().topic('ch'), undefined)

    assert.deepEqual(calls, ['createTopics', 'createPartitions', 'alterTopicConfigs', 'alterBrokerConfigs', 'allocateProducerIds', 'deleteTopics'])
  } finally {
    groups.close()
    await broker.close()
    await controller.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('AlterPartition through the LocalControllerChannel: committed and in the image when it resolves; a stale partition epoch is refused', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-channel-isr-'))
  const log = await RaftMetadataLog.open({ parentDir: dir, nodeId: 1, logger: silentLogger() })
  const publisher = MetadataPublisher.open(log, 1 << 30)
  const controller = new QuorumController(log, publisher, { numPartitions: 1, replicationFactor: 1, deleteTopicEnable: true, nodePartitionsMax: 1000 })
  const channel = new LocalControllerChannel(controller)
  try {
    // Three brokers registered and unfenced (only broker 1 runs here; the controller knows the others by their heartbeats).
    const epochs = new Map<number, bigint>()
    for (const id of [1, 2, 3]) {
      const reg = await controller.registerBroker({ brokerId: id, clusterId: '', incarnationId: `incarnation-${id}-xxxxxxxxxxxx`.slice(0, 22), listeners: [{ name: 'PLAINTEXT', host: `127.0.0.${id}`, port: 9092, securityProtocol: 0 }], features: [], rack: null, isMigratingZkBroker: false, logDirs: [], previousBrokerEpoch: -1n }, Date.now())
      assert.equal(reg.errorCode, ErrorCode.NONE)
      const beat = await controller.brokerHeartbeat({ brokerId: id, brokerEpoch: reg.brokerEpoch, currentMetadataOffset: reg.brokerEpoch, wantFence: false, wantShutDown: false, offlineLogDirs: [] }, Date.now())
      assert.equal(beat.isFenced, false)
      epochs.set(id, reg.brokerEpoch)
    }
    const [created] = await channel.createTopics([{ name: 'isr', numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 0, brokerIds: [1, 2, 3] }], configs: new Map() }], false)
    assert.equal(created!.errorCode, ErrorCode.NONE, created!.errorMessage ?? '')
    const topicId = publisher.image().topic('isr')!.id
    const propose = (isr: number[], partitionEpoch: number): AlterPartitionRequest => ({
      brokerId: 1,
      brokerEpoch: epochs.get(1)!,
      topics: [{ topicName: '', topicId, partitions: [{ partitionIndex: 0, leaderEpoch: 0, newIsr: [], newIsrWithEpochs: isr.map((id) => ({ brokerId: id, brokerEpoch: epochs.get(id)! })), leaderRecoveryState: 0, partitionEpoch }] }]
    })
    const shrunk = await channel.alterPartition(propose([1, 2], 0))
    assert.deepEqual(shrunk.topics[0]!.partitions[0], { partitionIndex: 0, errorCode: ErrorCode.NONE, leaderId: 1, leaderEpoch: 0, isr: [1, 2], leaderRecoveryState: 0, partitionEpoch: 1 })
    const p = publisher.image().topic('isr')!.partitions.get(0)!
    assert.deepEqual({ isr: p.isr, partitionEpoch: p.partitionEpoch, leaderEpoch: p.leaderEpoch }, { isr: [1, 2], partitionEpoch: 1, leaderEpoch: 0 })
    const stale = await channel.alterPartition(propose([1, 2, 3], 0))
    assert.equal(stale.topics[0]!.partitions[0]!.errorCode, ErrorCode.INVALID_UPDATE_VERSION)
    assert.deepEqual(publisher.image().topic('isr')!.partitions.get(0)!.isr, [1, 2], 'nothing changed')
    const expanded = await channel.alterPartition(propose([1, 2, 3], 1))
    assert.equal(expanded.topics[0]!.partitions[0]!.partitionEpoch, 2)
    assert.deepEqual(publisher.image().topic('isr')!.partitions.get(0)!.isr, [1, 2, 3])
  } finally {
    await controller.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
