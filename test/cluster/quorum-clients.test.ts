// Three combined nodes as processes on 127.0.0.1-3 (test/helpers/cluster-processes.ts) form one
// @metadata quorum, and Kafka clients bootstrapped from any ONE node (kcat, confluent-kafka, kafka-python,
// kafkajs) see three brokers, create topics through that node (forwarded to the active controller) and
// produce to and consume from partitions whose leaders are spread over the three nodes. One cluster
// serves the file's tests; each test uses topics of its own.
import { before, test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { connect } from 'node:net'
import { Kafka, logLevel } from 'kafkajs'
import { ProcessCluster } from '../helpers/cluster-processes.ts'
import { runChild } from '../helpers/child-processes.ts'
import { runPython } from '../helpers/python.ts'

const PARTITIONS = 6
const PER_PARTITION = 10

let cluster: ProcessCluster

before(async () => {
  cluster = await ProcessCluster.start({ voters: 3, sharedByFile: true })
  await cluster.waitForBrokers([1, 2, 3])
})

function expectedValues (topic: string): string[] {
  return Array.from({ length: PARTITIONS }, (_, p) => Array.from({ length: PER_PARTITION }, (_, i) => `${p} ${topic}-${p}-${i}`)).flat().sort()
}

test('three combined nodes form one quorum: every node lists the three brokers at their own addresses and names the active controller', { timeout: 90_000 }, async () => {
  const metadata = await cluster.waitForBrokers([1, 2, 3])
  assert.deepEqual(metadata.brokers.map((b) => [b.nodeId, b.host, b.port]).sort(), [1, 2, 3].map((id) => [id, `127.0.0.${id}`, cluster.node(id).clientPort]))
  const active = await cluster.activeController()
  assert.equal(metadata.controllerId, active, 'Metadata controllerId is the active controller (an unfenced broker)')
  const quorum = await cluster.describeQuorum(active)
  assert.ok(quorum !== null, 'the active controller answers DescribeQuorum')
  assert.equal(quorum.leaderId, active)
  assert.ok(quorum.leaderEpoch >= 1)
  assert.deepEqual(quorum.currentVoters.map((v) => v.replicaId).sort(), [1, 2, 3])
  // Every socket of a node is bound to its own address: its listeners, and its connections to the others.
  const pids = new Map(cluster.live().map((n) => [n.child!.pid!, n.host]))
  const sockets = spawnSync('ss', ['-Htnp'], { encoding: 'utf8' }).stdout.split('\n')
  let checked = 0
  for (const line of sockets) {
    const pid = /pid=(\d+)/.exec(line)?.[1]
    const host = pid === undefined ? undefined : pids.get(Number(pid))
    if (host === undefined) continue
    const local = line.trim().split(/\s+/)[3]!
    assert.ok(local.startsWith(`${host}:`), `a socket of the node on ${host} is bound to ${local}: ${line}`)
    checked++
  }
  assert.ok(checked >= 4, `the nodes hold connections to each other (${checked} seen)`)
  // Nothing listens for node 2 on 127.0.0.1.
  await assert.rejects(new Promise((resolve, reject) => {
    const s = connect({ host: '127.0.0.1', port: cluster.node(2).clientPort }, () => { s.destroy(); resolve(null) })
    s.on('error', reject)
  }), /ECONNREFUSED/)
})

test('kcat bootstrapped from node 2 sees three brokers; a topic created through node 3 takes leaders on every node; kcat produces to and reads every partition', { timeout: 90_000 }, async () => {
  const listed = await runChild('kcat', ['-b', cluster.bootstrap(2), '-L', '-J'], { timeoutMs: 20_000 })
  assert.equal(listed.code, 0, listed.stderr)
  const info = JSON.parse(listed.stdout) as { brokers: Array<{ id: number, name: string }> }
  assert.deepEqual(info.brokers.map((b) => b.id).sort(), [1, 2, 3])
  const topic = 'kcat-spread'
  const created = await cluster.createTopics(3, [{ name: topic, partitions: PARTITIONS, replicationFactor: 1 }])
  assert.equal(created.topics[0]!.errorCode, 0, created.topics[0]!.errorMessage ?? '')
  const shown = await cluster.waitForTopic(2, topic)
  assert.equal(new Set(shown.partitions.map((p) => p.leaderId)).size, 3, `leaders spread over the three nodes: ${JSON.stringify(shown.partitions.map((p) => p.leaderId))}`)
  for (let p = 0; p < PARTITIONS; p++) {
    const lines = Array.from({ length: PER_PARTITION }, (_, i) => `${topic}-${p}-${i}`).join('\n') + '\n'
    const produced = await runChild('kcat', ['-b', cluster.bootstrap(2), '-P', '-t', topic, '-p', String(p), '-X', 'acks=all'], { input: lines, timeoutMs: 30_000 })
    assert.equal(produced.code, 0, produced.stderr)
  }
  const consumed = await runChild('kcat', ['-b', cluster.bootstrap(2), '-C', '-t', topic, '-o', 'beginning', '-e', '-f', '%p %s\n'], { timeoutMs: 30_000 })
  assert.equal(consumed.code, 0, consumed.stderr)
  assert.deepEqual(consumed.stdout.trim().split('\n').sort(), expectedValues(topic))
})

for (const [client, bootstrapNode] of [['confluent', 3], ['kafka-python', 1]] as const) {
  test(`${client} bootstrapped from node ${bootstrapNode} sees three brokers, creates a topic through it, and produces to and reads leaders on every node`, { timeout: 120_000 }, async () => {
    const topic = `${client}-spread`
    const text = await runPython(readFileSync('test/interop/cluster_clients.py', 'utf8'), [client, cluster.bootstrap(bootstrapNode), topic, String(PARTITIONS)], 100_000)
    const out = JSON.parse(text.trim().split('\n').at(-1)!) as { brokers: number[], leaders: Record<string, number>, consumed: number }
    assert.deepEqual(out.brokers, [1, 2, 3], text)
    assert.equal(new Set(Object.values(out.leaders)).size, 3, `leaders spread over the three nodes: ${JSON.stringify(out.leaders)}`)
    assert.equal(out.consumed, PARTITIONS * PER_PARTITION)
  })
}

test('kafkajs bootstrapped from node 2: DescribeCluster lists three brokers; it creates a topic, produces to every partition and a consumer group reads them all', { timeout: 120_000 }, async () => {
  const kafka = new Kafka({ clientId: 'cluster-kafkajs', brokers: [cluster.bootstrap(2)], logLevel: logLevel.NOTHING })
  const admin = kafka.admin()
  await admin.connect()
  const producer = kafka.producer()
  const consumer = kafka.consumer({ groupId: 'cluster-kafkajs-group', sessionTimeout: 10_000, heartbeatInterval: 1000, maxWaitTimeInMs: 500 })
  try {
    const described = await admin.describeCluster()
    assert.deepEqual(described.brokers.map((b) => b.nodeId).sort(), [1, 2, 3])
    assert.equal(described.controller, await cluster.activeController())
    const topic = 'kafkajs-spread'
    assert.equal(await admin.createTopics({ topics: [{ topic, numPartitions: PARTITIONS, replicationFactor: 1 }], waitForLeaders: true }), true)
    const leaders = (await admin.fetchTopicMetadata({ topics: [topic] })).topics[0]!.partitions.map((p) => p.leader)
    assert.equal(new Set(leaders).size, 3, `leaders spread over the three nodes: ${JSON.stringify(leaders)}`)
    await producer.connect()
    for (let p = 0; p < PARTITIONS; p++) {
      await producer.send({ topic, acks: -1, messages: Array.from({ length: PER_PARTITION }, (_, i) => ({ partition: p, value: `${topic}-${p}-${i}` })) })
    }
    const got: string[] = []
    await consumer.connect()
    await consumer.subscribe({ topic, fromBeginning: true })
    let done: () => void = () => {}
    const all = new Promise<void>((resolve) => { done = resolve })
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        got.push(`${partition} ${message.value!.toString()}`)
        if (got.length === PARTITIONS * PER_PARTITION) done()
      }
    })
    await cluster.until(`the group to read ${PARTITIONS * PER_PARTITION} messages (has ${got.length})`, async () => await Promise.race([all.then(() => true), new Promise<null>((resolve) => setTimeout(() => resolve(null), 500))]), 60_000)
    assert.deepEqual([...got].sort(), expectedValues(topic))
  } finally {
    await consumer.disconnect()
    await producer.disconnect()
    await admin.disconnect()
  }
})
