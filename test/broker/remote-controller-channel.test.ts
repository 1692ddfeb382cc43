// Forwarding to the active controller, with three in-process nodes on 127.0.0.1-3 (each binding its
// own address): each node's @metadata log shares its controller listener with the controller APIs
// (ControllerPlane), and its broker side is a RemoteControllerChannel. A CreateTopics through a
// follower's channel reaches the leader, and the topic is in every node's image; the other topic and
// config commands and producer-id blocks go the same way; a follower's own controller listener answers
// NOT_CONTROLLER; after the leader closes, the channel retries on the new leader; with no quorum the
// request ends at its own timeout with NOT_CONTROLLER or REQUEST_TIMED_OUT. Waits for state, never a
// fixed time.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RaftMetadataLog } from '../../src/controller/metadata/metadata-log.ts'
import { MetadataPublisher } from '../../src/controller/metadata/metadata-publisher.ts'
import { QuorumController } from '../../src/controller/quorum-controller/quorum-controller.ts'
import { ConfigOperation } from '../../src/controller/quorum-controller/config-control.ts'
import { record } from '../../src/controller/metadata/metadata-record.ts'
import { MetadataRecordType as T } from '../../src/protocol/generated/metadata-records/index.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { defaultCreateTopicsRequest } from '../../src/protocol/generated/messages/create-topics.ts'
import type { AlterPartitionRequest } from '../../src/protocol/generated/messages/alter-partition.ts'
import { ControllerUnavailableError, RemoteControllerChannel } from '../../src/broker/remote-controller-channel.ts'
import { DEFAULT_CONNECTION_LIMITS } from '../../src/network/server.ts'
import { KafkaClient } from '../../src/network/kafka-client.ts'
import { loadConfig } from '../../src/config/load-config.ts'
import { ControllerPlane } from '../../src/node/controller-plane.ts'
import { silentLogger } from '../../src/util/logger.ts'
import { loopbackVoters, waitFor } from '../helpers/raft-cluster.ts'
import type { PeerAddress } from '../../src/controller/raft/transport/tcp-transport.ts'

interface Member {
  readonly log: RaftMetadataLog
  readonly publisher: MetadataPublisher
  readonly controller: QuorumController
  readonly plane: ControllerPlane
}

class Cluster {
  readonly members = new Map<number, Member>()
  constructor (readonly root: string, readonly voters: Map<number, PeerAddress>) {}

  static async create (): Promise<Cluster> {
    const c = new Cluster(mkdtempSync(join(tmpdir(), 'rivulet-remote-channel-')), await loopbackVoters(3))
    for (const id of c.voters.keys()) await c.start(id)
    return c
  }

  async start (id: number): Promise<Member> {
    const logger = silentLogger()
    const listen = this.voters.get(id)!
    const log = await RaftMetadataLog.open({
      parentDir: join(this.root, `node-${id}`),
      nodeId: id,
      logger,
      quorum: { clusterId: 'remote-channel-test', voters: this.voters, listen, tickMs: 10, electionTicks: 10, heartbeatTicks: 2, sharedListener: true }
    })
    const publisher = MetadataPublisher.open(log, 1 << 30, logger)
    const controller = new QuorumController(log, publisher, { numPartitions: 1, replicationFactor: 1, deleteTopicEnable: true, nodePartitionsMax: 100_000 })
    const voters = [...this.voters].map(([v, a]) => `${v}@${a.host}:${a.port}`).join(',')
    const config = loadConfig({ argv: [`--node.id=${id}`, `--controller.quorum.voters=${voters}`, `--listeners=PLAINTEXT://${listen.host}:0,CONTROLLER://${listen.host}:${listen.port}`], env: {} })
    const plane = await ControllerPlane.start({
      nodeId: id, config, voters: this.voters, listen, log, images: publisher, controller, limits: DEFAULT_CONNECTION_LIMITS, logger, requestTimeoutMs: 10_000
    })
    const member = { log, publisher, controller, plane }
    this.members.set(id, member)
    return member
  }

  async stop (id: number): Promise<void> {
    const m = this.members.get(id)!
    this.members.delete(id)
    await m.plane.close()
    await m.controller.close()
  }

  async leader (): Promise<number> {
    let found = 0
    await waitFor('a leader known to every running member', () => {
      const leaders = [...this.members].filter(([, m]) => m.log.isLeader()).map(([id]) => id)
      if (leaders.length !== 1) return false
      found = leaders[0]!
      return [...this.members.values()].every((m) => m.log.leader().leaderId === found)
    })
    return found
  }

  follower (leaderId: number): number {
    return [...this.members.keys()].find((id) => id !== leaderId)!
  }

  /** Registers every voter as an unfenced broker (what broker lifecycle does), through the leader's log. */
  async registerBrokers (leaderId: number): Promise<void> {
    const records = [...this.voters].map(([id, address]) => record(T.RegisterBroker, {
      brokerId: id, isMigratingZkBroker: false, incarnationId: `incarnation-${id}-aaaaaaaaa`.slice(0, 22), brokerEpoch: BigInt(id),
      endPoints: [{ name: 'PLAINTEXT', host: address.host, port: 9092, securityProtocol: 0 }],
      features: [], rack: null, fenced: false, inControlledShutdown: false, logDirs: []
    }))
    const offset = await this.members.get(leaderId)!.log.append(records)
    await waitFor('every member to apply the registrations', () => [...this.members.values()].every((m) => m.publisher.appliedOffset() >= offset))
  }

  async close (): Promise<void> {
    for (const id of [...this.members.keys()]) await this.stop(id)
    rmSync(this.root, { recursive: true, force: true })
  }
}

async function withCluster (body: (c: Cluster) => Promise<void>): Promise<void> {
  const c = await Cluster.create()
  try {
    await body(c)
  } finally {
    await c.close()
  }
}

function newTopic (name: string, numPartitions = 3): { name: string, numPartitions: number, replicationFactor: number, assignments: [], configs: Map<string, string> } {
  return { name, numPartitions, replicationFactor: 1, assignments: [], configs: new Map() }
}

test('commands through a follower\'s channel reach the leader; their effects are in every node\'s image', async () => {
  await withCluster(async (c) => {
    const leaderId = await c.leader()
    await c.registerBrokers(leaderId)
    const follower = c.members.get(c.follower(leaderId))!
    const channel = follower.plane.channel

    const [created] = await channel.createTopics([newTopic('forwarded')], false, 10_000)
    assert.equal(created!.errorCode, ErrorCode.NONE, created!.errorMessage ?? '')
    assert.equal(created!.numPartitions, 3)
    // The channel answers once its own image shows the topic; the others follow.
    assert.ok(follower.publisher.image().topic('forwarded') !== undefined)
    await waitFor('every image to hold the topic', () => [...c.members.values()].every((m) => m.publisher.image().topic('forwarded')?.partitions.size === 3))

    const [again] = await channel.createTopics([newTopic('forwarded')], false, 10_000)
    assert.equal(again!.errorCode, ErrorCode.TOPIC_ALREADY_EXISTS)

    const [grown] = await channel.createPartitions([{ name: 'forwarded', count: 5, assignments: null }], false, 10_000)
    assert.equal(grown!.errorCode, ErrorCode.NONE, grown!.errorMessage ?? '')
    assert.equal(follower.publisher.image().topic('forwarded')!.partitions.size, 5)

    const set = await channel.alterTopicConfigs('forwarded', [{ name: 'retention.ms', operation: ConfigOperation.SET, value: '60000' }], false, false)
    assert.equal(set.errorCode, ErrorCode.NONE, set.errorMessage ?? '')
    const replaced = await channel.alterTopicConfigs('forwarded', [{ name: 'cleanup.policy', operation: ConfigOperation.SET, value: 'compact' }], true, false)
    assert.equal(replaced.errorCode, ErrorCode.NONE, replaced.errorMessage ?? '')
    await waitFor('the configs in every image', () => [...c.members.values()].every((m) => {
      const configs = m.publisher.image().topicConfig('forwarded')
      return configs.get('cleanup.policy') === 'compact' && !configs.has('retention.ms')
    }))
    const bad = await channel.alterTopicConfigs('forwarded', [{ name: 'retention.ms', operation: ConfigOperation.SET, value: 'soon' }], false, false)
    assert.equal(bad.errorCode, ErrorCode.INVALID_CONFIG)
    const otherBroker = await channel.alterBrokerConfigs(String(leaderId), [], false, false, { nodeId: c.follower(leaderId), staticConfig: loadConfig({ argv: [], env: {} }) })
    assert.equal(otherBroker.errorCode, ErrorCode.INVALID_REQUEST, 'a broker resource names the broker it is sent to')

    const first = await channel.allocateProducerIds(2, 1000)
    const second = await c.members.get(leaderId)!.plane.channel.allocateProducerIds(1, 1000)
    assert.equal(first.end - first.start, 1000n)
    assert.ok(second.start >= first.end, 'blocks never overlap')

    const [deleted] = await channel.deleteTopics([{ name: 'forwarded', topicId: null }], 10_000)
    assert.equal(deleted!.errorCode, ErrorCode.NONE, deleted!.errorMessage ?? '')
    assert.equal(follower.publisher.image().topic('forwarded'), undefined)
  })
})

test('a follower\'s controller listener answers NOT_CONTROLLER; the leader\'s creates the topic', async () => {
  await withCluster(async (c) => {
    const leaderId = await c.leader()
    await c.registerBrokers(leaderId)
    const followerId = c.follower(leaderId)
    const client = new KafkaClient({ clientId: 'test', localAddress: '127.0.0.1', logger: silentLogger() })
    try {
      const request = defaultCreateTopicsRequest()
      request.topics = [{ name: 'direct', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }]
      const refused = await client.send(c.voters.get(followerId)!, ApiKey.CreateTopics, 7, request, 5000)
      assert.equal(refused.topics[0]!.errorCode, ErrorCode.NOT_CONTROLLER)
      assert.equal(c.members.get(leaderId)!.publisher.image().topic('direct'), undefined, 'nothing was written')
      const accepted = await client.send(c.voters.get(leaderId)!, ApiKey.CreateTopics, 7, request, 5000)
      assert.equal(accepted.topics[0]!.errorCode, ErrorCode.NONE)
      const versions = await client.send(c.voters.get(followerId)!, ApiKey.ApiVersions, 0, { clientSoftwareName: '', clientSoftwareVersion: '' }, 5000)
      assert.deepEqual(versions.apiKeys.map((a) => a.apiKey), [1, 18, 19, 20, 33, 37, 43, 44, 45, 46, 55, 56, 59, 62, 63, 67], 'only the controller APIs')
      assert.deepEqual(versions.apiKeys.find((a) => a.apiKey === 1), { apiKey: 1, minVersion: 12, maxVersion: 12 }, 'Fetch only as the quorum fetch')
      // DescribeQuorum through a follower's channel: answered by the leader.
      const described = await c.members.get(followerId)!.plane.channel.describeQuorum({ topics: [{ topicName: '__cluster_metadata', partitions: [{ partitionIndex: 0 }] }] })
      const partition = described.topics[0]!.partitions[0]!
      assert.equal(partition.errorCode, ErrorCode.NONE)
      assert.equal(partition.leaderId, leaderId)
      assert.deepEqual(partition.currentVoters.map((v) => v.replicaId).sort(), [1, 2, 3])
    } finally {
      await client.close()
    }
  })
})

test('after the leader closes, the channel retries on the new leader; without a quorum it ends at the request\'s timeout', async () => {
  await withCluster(async (c) => {
    const first = await c.leader()
    await c.registerBrokers(first)
    const survivorId = c.follower(first)
    const survivor = c.members.get(survivorId)!
    await c.stop(first)
    // Sent at once: the survivor still knows the closed leader, so the first attempts fail and are retried.
    const [created] = await survivor.plane.channel.createTopics([newTopic('after-failover', 1)], false, 15_000)
    assert.equal(created!.errorCode, ErrorCode.NONE, created!.errorMessage ?? '')
    const second = await c.leader()
    assert.notEqual(second, first)
    await waitFor('both survivors to hold the topic', () => [...c.members.values()].every((m) => m.publisher.image().topic('after-failover') !== undefined))

    // One node of three: no leader can be elected, so nothing can be created.
    await c.stop(c.follower(survivorId) === survivorId ? second : [...c.members.keys()].find((id) => id !== survivorId)!)
    const startedMs = Date.now()
    const [refused] = await survivor.plane.channel.createTopics([newTopic('no-quorum', 1)], false, 500)
    assert.ok(refused!.errorCode === ErrorCode.NOT_CONTROLLER || refused!.errorCode === ErrorCode.REQUEST_TIMED_OUT, `error ${refused!.errorCode}`)
    assert.ok(Date.now() - startedMs < 5000, 'bounded by the request\'s own timeout')
    assert.equal(survivor.publisher.image().topic('no-quorum'), undefined)
  })
})

test('AlterPartition through a partition leader\'s channel: the ISR changes in every node\'s image; stale or misdirected proposals are refused', async () => {
  await withCluster(async (c) => {
    const controllerId = await c.leader()
    await c.registerBrokers(controllerId)
    // The partition is led by a node that is not the active controller: its proposals are forwarded.
    const leaderId = c.follower(controllerId)
    const others = [...c.voters.keys()].filter((id) => id !== leaderId)
    const leader = c.members.get(leaderId)!
    const [created] = await leader.plane.channel.createTopics([{ name: 'isr', numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 0, brokerIds: [leaderId, ...others] }], configs: new Map() }], false, 10_000)
    assert.equal(created!.errorCode, ErrorCode.NONE, created!.errorMessage ?? '')
    const topicId = created!.topicId
    // registerBrokers gives broker `id` the epoch `id`.
    const propose = (from: number, isr: number[], partitionEpoch: number, leaderEpoch = 0): AlterPartitionRequest => ({
      brokerId: from,
      brokerEpoch: BigInt(from),
      topics: [{ topicName: '', topicId, partitions: [{ partitionIndex: 0, leaderEpoch, newIsr: [], newIsrWithEpochs: isr.map((id) => ({ brokerId: id, brokerEpoch: BigInt(id) })), leaderRecoveryState: 0, partitionEpoch }] }]
    })
    const partitionOn = (id: number) => c.members.get(id)!.publisher.image().topicsById.get(topicId)!.partitions.get(0)!

    const shrunk = await leader.plane.channel.alterPartition(propose(leaderId, [leaderId, others[0]!], 0))
    assert.equal(shrunk.errorCode, ErrorCode.NONE)
    assert.deepEqual(shrunk.topics[0]!.partitions[0], { partitionIndex: 0, errorCode: ErrorCode.NONE, leaderId, leaderEpoch: 0, isr: [leaderId, others[0]!], leaderRecoveryState: 0, partitionEpoch: 1 })
    // Resolved once the sender's own image shows it; every other node's follows.
    assert.deepEqual(partitionOn(leaderId).isr, [leaderId, others[0]!])
    await waitFor('every image to show the shrunk ISR', () => [...c.members.keys()].every((id) => partitionOn(id).partitionEpoch === 1 && partitionOn(id).isr.length === 2))

    const stale = await leader.plane.channel.alterPartition(propose(leaderId, [leaderId, ...others], 0))
    assert.equal(stale.topics[0]!.partitions[0]!.errorCode, ErrorCode.INVALID_UPDATE_VERSION)
    const notLeader = await c.members.get(others[0]!)!.plane.channel.alterPartition(propose(others[0]!, [leaderId, ...others], 1))
    assert.equal(notLeader.topics[0]!.partitions[0]!.errorCode, ErrorCode.INVALID_REQUEST)
    const staleBroker = await leader.plane.channel.alterPartition({ ...propose(leaderId, [leaderId, ...others], 1), brokerEpoch: 999n })
    assert.equal(staleBroker.errorCode, ErrorCode.STALE_BROKER_EPOCH)
    assert.equal(partitionOn(leaderId).partitionEpoch, 1, 'nothing refused was written')

    const expanded = await leader.plane.channel.alterPartition(propose(leaderId, [leaderId, ...others], 1))
    assert.equal(expanded.topics[0]!.partitions[0]!.partitionEpoch, 2)
    await waitFor('every image to show the expanded ISR', () => [...c.members.keys()].every((id) => partitionOn(id).isr.length === 3 && partitionOn(id).partitionEpoch === 2))

    // Epochs above the committed ones: the controller answers NOT_CONTROLLER on every partition (it
    // would be behind the sender), so the channel asks again until its deadline, then rejects.
    const client = new KafkaClient({ clientId: 'test', localAddress: '127.0.0.1', logger: silentLogger() })
    const shortChannel = new RemoteControllerChannel({ client, voters: c.voters, leadership: leader.log, images: leader.publisher, logger: silentLogger(), requestTimeoutMs: 500 })
    try {
      const startedMs = Date.now()
      await assert.rejects(shortChannel.alterPartition(propose(leaderId, [leaderId], 5)), (err: unknown) => err instanceof ControllerUnavailableError && err.errorCode === ErrorCode.NOT_CONTROLLER)
      assert.ok(Date.now() - startedMs < 5000, 'bounded by the request timeout')
      assert.equal(partitionOn(leaderId).isr.length, 3, 'nothing was written')
    } finally {
      shortChannel.close()
    }

    // v1 on the controller listener (topics by name, ISR without epochs): a follower's listener
    // answers NOT_CONTROLLER at the top level, the active controller decides. Each is sent to the
    // node that has that role at the time (a loaded machine may move the quorum's leadership), with a
    // proposal a follower would refuse even if it had become the leader meanwhile (a stale epoch).
    try {
      const v1 = (partitionEpoch: number): AlterPartitionRequest => ({
        brokerId: leaderId,
        brokerEpoch: BigInt(leaderId),
        topics: [{ topicName: 'isr', topicId: '', partitions: [{ partitionIndex: 0, leaderEpoch: 0, newIsr: [leaderId], newIsrWithEpochs: [], leaderRecoveryState: 0, partitionEpoch }] }]
      })
      const elsewhere = await client.send(c.voters.get(c.follower(await c.leader()))!, ApiKey.AlterPartition, 1, v1(0), 5000)
      assert.ok(elsewhere.errorCode === ErrorCode.NOT_CONTROLLER || elsewhere.topics[0]!.partitions[0]!.errorCode === ErrorCode.INVALID_UPDATE_VERSION, `error ${elsewhere.errorCode}`)
      let answered = await client.send(c.voters.get(await c.leader())!, ApiKey.AlterPartition, 1, v1(2), 5000)
      for (let attempt = 0; answered.errorCode === ErrorCode.NOT_CONTROLLER && attempt < 20; attempt++) {
        answered = await client.send(c.voters.get(await c.leader())!, ApiKey.AlterPartition, 1, v1(2), 5000)
      }
      assert.deepEqual(answered.topics[0]!.partitions[0], { partitionIndex: 0, errorCode: ErrorCode.NONE, leaderId, leaderEpoch: 0, isr: [leaderId], leaderRecoveryState: 0, partitionEpoch: 3 })
      assert.equal(answered.topics[0]!.topicName, 'isr')
    } finally {
      await client.close()
    }
  })
})
