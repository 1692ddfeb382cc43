// startNode and startController for the single roles, in process on 127.0.0.1-4 (each node binds its
// own address):
// - three combined voters and a broker-only fourth node: node 4 observes the quorum (no vote, no
//   controller listener), registers through the active controller and is in every node's Metadata;
//   topics placed on it are produced to (kafkajs) and read back (kcat) through node 4; after the
//   quorum leader stops it goes on (a topic created through node 4 is forwarded to the new controller,
//   served and read back); closing it is a controlled shutdown (its leadership moves to the other
//   replica before it stops, well within the session timeout);
// - three controller-only voters and one broker-only node: the controllers register no broker; a
//   kafkajs client of the broker creates a topic and produces, kcat reads it back; FindCoordinator
//   answers COORDINATOR_NOT_AVAILABLE while a controller-only node leads (documented in controller-node.ts);
// - a broker-only `rivulet` process (the command picks the role by process.roles) stops on SIGTERM
//   with a controlled shutdown: its leadership has moved when it exits 0;
// - the invalid role combinations refuse with Kafka's KafkaConfig line, and unformatted single-role
//   nodes with the format line, before anything is written.
// Waits for state, never a fixed time.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kafka, logLevel } from 'kafkajs'
import { startAnyNode, startNode, type RunningNode } from '../../src/node/node.ts'
import { startController, type RunningController } from '../../src/node/controller-node.ts'
import { ConfigError } from '../../src/config/config-def.ts'
import { StorageIdentityError } from '../../src/node/meta-properties.ts'
import { KafkaClient } from '../../src/network/kafka-client.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { defaultMetadataRequest } from '../../src/protocol/generated/messages/metadata.ts'
import { defaultCreateTopicsRequest } from '../../src/protocol/generated/messages/create-topics.ts'
import { defaultFindCoordinatorRequest } from '../../src/protocol/generated/messages/find-coordinator.ts'
import { silentLogger } from '../../src/util/logger.ts'
import { runChild } from '../helpers/child-processes.ts'
import { startBrokerProcess } from '../helpers/broker-process.ts'
import { freePort, waitFor } from '../helpers/raft-cluster.ts'

const CLUSTER_ID = 'node-roles-test-id0000'

interface Layout {
  readonly root: string
  readonly voters: string
}

async function layout (prefix: string): Promise<Layout> {
  const root = mkdtempSync(join(tmpdir(), prefix))
  const ports = await Promise.all([1, 2, 3].map(async (id) => await freePort(`127.0.0.${id}`)))
  return { root, voters: ports.map((port, i) => `${i + 1}@127.0.0.${i + 1}:${port}`).join(',') }
}

/** The node's directory, formatted with the cluster's id (as `rivulet format --cluster-id` writes it). */
function formatted (root: string, id: number): string {
  const dir = join(root, `node-${id}`)
  mkdirSync(dir)
  writeFileSync(join(dir, 'meta.properties'), `version=1\ncluster.id=${CLUSTER_ID}\nnode.id=${id}\n`)
  return dir
}

function controllerPort (voters: string, id: number): string {
  return voters.split(',').find((v) => v.startsWith(`${id}@`))!.split(':')[1]!
}

async function startVoter (l: Layout, id: number, roles: 'broker,controller' | 'controller'): Promise<RunningNode | RunningController> {
  const controllerListener = `CONTROLLER://127.0.0.${id}:${controllerPort(l.voters, id)}`
  return await startAnyNode({
    config: {
      'node.id': String(id),
      'process.roles': roles,
      'log.dirs': formatted(l.root, id),
      listeners: roles === 'controller' ? controllerListener : `PLAINTEXT://127.0.0.${id}:0,${controllerListener}`,
      'controller.quorum.voters': l.voters,
      'rivulet.admin.listener': ''
    }
  })
}

async function startBrokerOnly (l: Layout, id: number): Promise<RunningNode> {
  return await startNode({
    config: {
      'node.id': String(id),
      'process.roles': 'broker',
      'log.dirs': formatted(l.root, id),
      listeners: `PLAINTEXT://127.0.0.${id}:0`,
      'controller.quorum.voters': l.voters,
      'rivulet.admin.listener': ''
    }
  })
}

async function metadataBrokerIds (client: KafkaClient, node: RunningNode): Promise<number[]> {
  const response = await client.send({ host: node.host, port: node.port }, ApiKey.Metadata, 12, { ...defaultMetadataRequest(), topics: [] }, 10_000)
  return response.brokers.map((b) => b.nodeId).sort((a, b) => a - b)
}

/** kcat reads every record of `topic` from `node` (librdkafka follows the leaders it names). */
async function readAll (node: RunningNode, topic: string): Promise<string[]> {
  const read = await runChild('kcat', ['-b', `${node.host}:${node.port}`, '-C', '-t', topic, '-o', 'beginning', '-e', '-q', '-f', '%s\n'], { timeoutMs: 30_000 })
  assert.equal(read.code, 0, read.stderr)
  return read.stdout.split('\n').filter((line) => line !== '').sort()
}

function kafkaOf (node: RunningNode): Kafka {
  return new Kafka({ clientId: 'node-roles-test', brokers: [`${node.host}:${node.port}`], logLevel: logLevel.NOTHING, retry: { retries: 10, initialRetryTime: 100 } })
}

async function produce (node: RunningNode, topic: string, values: string[]): Promise<void> {
  const producer = kafkaOf(node).producer({ allowAutoTopicCreation: false })
  await producer.connect()
  try {
    await producer.send({ topic, acks: -1, messages: values.map((value) => ({ value })) })
  } finally {
    await producer.disconnect()
  }
}

async function createTopic (client: KafkaClient, node: RunningNode, name: string, assignments: number[][]): Promise<void> {
  const request = defaultCreateTopicsRequest()
  request.timeoutMs = 20_000
  request.topics = [{ name, numPartitions: -1, replicationFactor: -1, assignments: assignments.map((brokerIds, partitionIndex) => ({ partitionIndex, brokerIds })), configs: [] }]
  const response = await client.send({ host: node.host, port: node.port }, ApiKey.CreateTopics, 7, request, 30_000)
  assert.equal(response.topics[0]!.errorCode, ErrorCode.NONE, response.topics[0]!.errorMessage ?? '')
}

test('a broker-only fourth node observes the three-voter quorum, is in every node\'s Metadata, serves the partitions placed on it across a leader change, and shuts down in a controlled way', { timeout: 180_000 }, async (t) => {
  const l = await layout('rivulet-node-roles-')
  const running: RunningNode[] = []
  const client = new KafkaClient({ clientId: 'test', localAddress: '127.0.0.1', logger: silentLogger() })
  t.after(async () => {
    await client.close()
    for (const node of running) await node.close()
    rmSync(l.root, { recursive: true, force: true })
  })
  const voters = await Promise.all([1, 2, 3].map(async (id) => await startVoter(l, id, 'broker,controller') as RunningNode))
  running.push(...voters)
  const four = await startBrokerOnly(l, 4)
  running.push(four)
  assert.equal(four.broker.metadataLeaderId() !== null && [1, 2, 3].includes(four.broker.metadataLeaderId()!), true, 'node 4 follows a voter')
  await waitFor('node 4 to be an unfenced broker in every image', () => running.every((n) => n.broker.image().brokers.get(4)?.fenced === false), 20_000)
  for (const node of running) assert.deepEqual(await metadataBrokerIds(client, node), [1, 2, 3, 4], `Metadata of node ${node.broker.nodeId}`)

  await createTopic(client, voters[0]!, 'on-four', [[4], [4]])
  await waitFor('node 4 to host the topic', () => four.broker.image().topic('on-four')?.partitions.size === 2, 20_000)
  const first = Array.from({ length: 20 }, (_, i) => `before-${i}`)
  await produce(four, 'on-four', first)
  assert.deepEqual(await readAll(four, 'on-four'), [...first].sort())

  // The quorum leader stops: node 4 follows the next one, and its requests reach the new controller.
  const oldLeader = four.broker.metadataLeaderId()!
  const leaving = running.find((n) => n.broker.nodeId === oldLeader)!
  running.splice(running.indexOf(leaving), 1)
  await leaving.close()
  await waitFor('node 4 to follow a new quorum leader', () => { const id = four.broker.metadataLeaderId(); return id !== null && id !== oldLeader }, 30_000)
  const other = running.find((n) => n !== four)!
  await createTopic(client, four, 'after-change', [[4, other.broker.nodeId]])
  const second = Array.from({ length: 20 }, (_, i) => `after-${i}`)
  await produce(four, 'on-four', second)
  await produce(four, 'after-change', second)
  assert.deepEqual(await readAll(four, 'on-four'), [...first, ...second].sort())
  assert.deepEqual(await readAll(four, 'after-change'), [...second].sort())
  assert.equal(other.broker.image().topic('after-change')?.partitions.get(0)?.leader, 4)

  // Controlled shutdown: the controller moves node 4's leadership of after-change to the other replica before node 4 stops.
  running.splice(running.indexOf(four), 1)
  const closedMs = Date.now()
  await four.close()
  await waitFor('the leadership of after-change to move', () => other.broker.image().topic('after-change')?.partitions.get(0)?.leader === other.broker.nodeId, 3000)
  assert.ok(Date.now() - closedMs < 9000, 'moved by the controlled shutdown, not by the session timeout')
})

test('three controller-only voters and a broker-only node: a client of the broker creates a topic and produces; the controllers are no brokers', { timeout: 120_000 }, async (t) => {
  const l = await layout('rivulet-node-controllers-')
  const controllers: RunningController[] = []
  let broker: RunningNode | null = null
  const client = new KafkaClient({ clientId: 'test', localAddress: '127.0.0.1', logger: silentLogger() })
  t.after(async () => {
    await client.close()
    await broker?.close()
    for (const c of controllers) await c.close()
    rmSync(l.root, { recursive: true, force: true })
  })
  controllers.push(...await Promise.all([1, 2, 3].map(async (id) => await startVoter(l, id, 'controller') as RunningController)))
  assert.ok(controllers.every((c) => !('broker' in c)), 'a controller-only node runs no broker')
  broker = await startBrokerOnly(l, 4)
  const four = broker
  await waitFor('node 4 to be unfenced in every controller\'s image', () => controllers.every((c) => c.image().brokers.get(4)?.fenced === false), 20_000)
  assert.deepEqual(controllers.map((c) => [...c.image().brokers.keys()]), [[4], [4], [4]], 'the controllers registered no broker')
  assert.deepEqual(await metadataBrokerIds(client, four), [4])

  const admin = kafkaOf(four).admin()
  await admin.connect()
  try {
    assert.equal(await admin.createTopics({ topics: [{ topic: 'through-broker', numPartitions: 3, replicationFactor: 1 }], waitForLeaders: true }), true)
  } finally {
    await admin.disconnect()
  }
  await waitFor('every controller to hold the topic', () => controllers.every((c) => c.image().topic('through-broker')?.partitions.size === 3), 20_000)
  const values = Array.from({ length: 30 }, (_, i) => `v-${i}`)
  await produce(four, 'through-broker', values)
  assert.deepEqual(await readAll(four, 'through-broker'), [...values].sort())

  // Groups are coordinated by the quorum leader, here a controller-only node that no client can reach.
  const found = await client.send({ host: four.host, port: four.port }, ApiKey.FindCoordinator, 3, { ...defaultFindCoordinatorRequest(), key: 'g' }, 10_000)
  assert.equal(found.errorCode, ErrorCode.COORDINATOR_NOT_AVAILABLE)
})

test('SIGTERM on a broker-only rivulet process is a controlled shutdown: its leadership moves before it exits 0', { timeout: 120_000 }, async (t) => {
  const l = await layout('rivulet-node-sigterm-')
  const voters: RunningNode[] = []
  const client = new KafkaClient({ clientId: 'test', localAddress: '127.0.0.1', logger: silentLogger() })
  t.after(async () => {
    await client.close()
    for (const node of voters) await node.close()
    rmSync(l.root, { recursive: true, force: true })
  })
  voters.push(...await Promise.all([1, 2, 3].map(async (id) => await startVoter(l, id, 'broker,controller') as RunningNode)))
  const four = await startBrokerProcess(['--node.id=4', '--process.roles=broker', '--listeners=PLAINTEXT://127.0.0.4:0', `--controller.quorum.voters=${l.voters}`, '--rivulet.admin.listener='], 60_000, formatted(l.root, 4))
  t.after(() => four.cleanup())
  await waitFor('node 4 to be an unfenced broker', () => voters[0]!.broker.image().brokers.get(4)?.fenced === false, 20_000)
  await createTopic(client, voters[0]!, 'led-by-four', [[4, 1]])
  await waitFor('node 1 to see node 4 lead', () => voters[0]!.broker.image().topic('led-by-four')?.partitions.get(0)?.leader === 4, 20_000)
  assert.equal(await four.stop('SIGTERM'), 0, four.logLines.join('\n'))
  assert.ok(four.logLines.some((line) => line.includes('controlled shutdown: the controller agreed')), four.logLines.join('\n'))
  // The controller agreed once node 4 led nothing: the record that moved the leadership is committed.
  await waitFor('node 1 to lead led-by-four', () => voters[0]!.broker.image().topic('led-by-four')?.partitions.get(0)?.leader === 1, 3000)
})

const VOTERS = '1@127.0.0.1:19093,2@127.0.0.2:19093,3@127.0.0.3:19093'

const REFUSALS: Array<{ name: string, config: Record<string, string>, key: string, line: string }> = [
  {
    name: 'a broker-only node whose id is a voter',
    config: { 'node.id': '1', 'process.roles': 'broker', listeners: 'PLAINTEXT://127.0.0.1:0', 'controller.quorum.voters': VOTERS },
    key: 'controller.quorum.voters',
    line: "If process.roles contains just the 'broker' role, the node id 1 must not be included in the set of voters controller.quorum.voters=Set(1, 2, 3)"
  },
  {
    name: 'a controller whose id is not a voter',
    config: { 'node.id': '5', 'process.roles': 'controller', listeners: 'CONTROLLER://127.0.0.1:19093', 'controller.quorum.voters': VOTERS },
    key: 'controller.quorum.voters',
    line: "If process.roles contains the 'controller' role, the node id 5 must be included in the set of voters controller.quorum.voters=Set(1, 2, 3)"
  },
  {
    name: 'a controller-only node (the only voter) without its controller listener in listeners',
    config: { 'node.id': '1', 'process.roles': 'controller', listeners: 'PLAINTEXT://127.0.0.1:0', 'controller.quorum.voters': '1@127.0.0.1:19093' },
    key: 'controller.listener.names',
    line: "controller.listener.names must contain at least one value appearing in the 'listeners' configuration when running the KRaft controller role"
  },
  {
    name: 'a broker-only node listening on a controller listener',
    config: { 'node.id': '4', 'process.roles': 'broker', listeners: 'PLAINTEXT://127.0.0.4:0,CONTROLLER://127.0.0.4:19093', 'controller.quorum.voters': VOTERS },
    key: 'controller.listener.names',
    line: "controller.listener.names must not contain a value appearing in the 'listeners' configuration when running KRaft with just the broker role"
  }
]

// The first two were refused by node-settings.ts already (behind node.ts's refusal of every single
// role); the last two are new with the single roles.
test('the invalid role combinations refuse to start with Kafka\'s line each, before they write anything', async (t) => {
  for (const refusal of REFUSALS) {
    const dir = mkdtempSync(join(tmpdir(), 'rivulet-node-roles-refused-'))
    t.after(() => rmSync(dir, { recursive: true, force: true }))
    await assert.rejects(startAnyNode({ config: { ...refusal.config, 'log.dirs': dir, 'rivulet.admin.listener': '' } }), (err: unknown) => {
      assert.ok(err instanceof ConfigError, `${refusal.name}: ${String(err)}`)
      assert.equal(err.message, refusal.line, refusal.name)
      assert.equal(err.key, refusal.key, refusal.name)
      return true
    })
    assert.deepEqual(readdirSync(dir), [], refusal.name)
  }
})

test('a broker-only node and a controller-only node of three voters refuse to start unformatted (no meta.properties), naming rivulet format', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-node-roles-unformatted-'))
  t.after(() => rmSync(dir, { recursive: true, force: true }))
  const configs = [
    { 'node.id': '4', 'process.roles': 'broker', listeners: 'PLAINTEXT://127.0.0.4:0' },
    { 'node.id': '1', 'process.roles': 'controller', listeners: 'CONTROLLER://127.0.0.1:19093' }
  ]
  for (const config of configs) {
    await assert.rejects(startAnyNode({ config: { ...config, 'controller.quorum.voters': VOTERS, 'log.dirs': dir, 'rivulet.admin.listener': '' } }), (err: unknown) => {
      assert.ok(err instanceof StorageIdentityError, String(err))
      assert.equal(err.code, 'RIVULET_ERR_NOT_FORMATTED')
      assert.match(err.message, /rivulet format --cluster-id/)
      return true
    })
    assert.deepEqual(readdirSync(dir), [])
  }
})

test('startController refuses a node with the broker role, and startNode a controller-only node, with one line each', async () => {
  const combined = { 'node.id': '1', 'process.roles': 'broker,controller', listeners: 'PLAINTEXT://127.0.0.1:0,CONTROLLER://127.0.0.1:19093', 'controller.quorum.voters': '1@127.0.0.1:19093', 'log.dirs': '/nonexistent/rivulet-never-written' }
  await assert.rejects(startController({ config: combined }), /^ConfigError: process\.roles=broker,controller: startController runs controller-only nodes/)
  const controllerOnly = { ...combined, 'process.roles': 'controller', listeners: 'CONTROLLER://127.0.0.1:19093' }
  await assert.rejects(startNode({ config: controllerOnly }), /^ConfigError: process\.roles=controller: a controller-only node has no broker/)
})
