// Partition reassignment (AlterPartitionReassignments / ListPartitionReassignments, KIP-455) on a
// cluster of real processes: three combined voters (127.0.0.1-3) and a broker-only fourth node
// (127.0.0.4, an observer of the quorum), driven by kafkajs's admin client and raw requests.
// - A move of a topic from brokers {1,2,3} to {2,3,4} while broker 4 is down (registered, so the
//   target is valid, but it cannot catch up): the replicas become the target followed by the removed
//   one (adding 4, removing 1), every live node's admin API and kafkajs's list show it, invalid targets
//   are refused per partition; a cancel (null replicas) reverts it.
// - Under a running idempotent acks=all producer, the move completes once node 4 has caught up and
//   joined the ISR (replication, issue 13 items 1-3): node 4 created the partitions' logs, node 1 is
//   no longer a replica (its logs are gone), leadership left it, and every acknowledged record is
//   read back exactly once, in order, from node 4 as the partitions' leader.
// Waits for state, never a fixed time.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Kafka, logLevel, type Admin } from 'kafkajs'
import { call, withCluster, type ProcessCluster } from '../helpers/cluster-processes.ts'
import { runChild } from '../helpers/child-processes.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import type { AlterPartitionReassignmentsResponse } from '../../src/protocol/generated/messages/alter-partition-reassignments.ts'
import type { ElectLeadersResponse } from '../../src/protocol/generated/messages/elect-leaders.ts'

interface AdminReassignment { topic: string, partition: number, replicas: number[], adding: number[], removing: number[] }
interface AdminTopic { partitions: Array<{ partition: number, leader: number, replicas: number[], isr: number[], logEndOffset: number | null, highWatermark: number | null }> }

async function adminGet<T> (cluster: ProcessCluster, id: number, path: string): Promise<T> {
  const n = cluster.node(id)
  const res = await fetch(`http://${n.host}:${n.adminPort}${path}`)
  assert.equal(res.status, 200, `node ${id}: GET ${path} answered ${res.status}`)
  return await res.json() as T
}

/** A four-broker cluster: voters 1-3 and the broker-only node 4. */
async function withFourBrokers (body: (cluster: ProcessCluster, admin: Admin, kafka: Kafka) => Promise<void>): Promise<void> {
  await withCluster({ voters: 3, config: { 'auto.leader.rebalance.enable': 'false' } }, async (cluster) => {
    await cluster.waitForBrokers([1, 2, 3])
    await cluster.addNode(4, 'broker')
    await cluster.waitForBrokers([1, 2, 3, 4])
    const kafka = new Kafka({ clientId: 'reassignment-test', brokers: [cluster.bootstrap(2)], logLevel: logLevel.NOTHING, retry: { retries: 10 } })
    const admin = kafka.admin()
    await admin.connect()
    try {
      await body(cluster, admin, kafka)
    } finally {
      await admin.disconnect()
    }
  })
}

/** What kafkajs's listPartitionReassignments resolves to at run time (its typings name the fields otherwise). */
interface ListedTopic { name: string, partitions: Array<{ partition: number, replicas: number[], addingReplicas: number[], removingReplicas: number[] }> }

async function ongoingOf (admin: Admin, topics: Array<{ topic: string, partitions: number[] }> | null): Promise<ListedTopic[]> {
  const listed = await admin.listPartitionReassignments(topics === null ? {} : { topics })
  return listed.topics as unknown as ListedTopic[]
}

/** Waits until every live node's admin API shows exactly `expected` (sorted by topic and partition). */
async function adminShows (cluster: ProcessCluster, expected: AdminReassignment[]): Promise<void> {
  await cluster.until(`every node's GET /v1/reassignments to show ${JSON.stringify(expected)}`, async () => {
    for (const { id } of cluster.live()) {
      const { reassignments } = await adminGet<{ reassignments: AdminReassignment[] }>(cluster, id, '/v1/reassignments')
      if (JSON.stringify(reassignments) !== JSON.stringify(expected)) return null
    }
    return true
  })
}

/** Whether node `id` hosts each partition of `topic` (its admin API shows a log end offset). */
async function hosted (cluster: ProcessCluster, id: number, topic: string): Promise<boolean[]> {
  const view = await adminGet<AdminTopic>(cluster, id, `/v1/topics/${topic}`)
  return view.partitions.map((p) => p.logEndOffset !== null)
}

test('a reassignment from {1,2,3} to {2,3,4} waits while broker 4 is down: listed by kafkajs and every live node\'s admin API, validated, and a cancel reverts it', { timeout: 180_000 }, async () => {
  await withFourBrokers(async (cluster, admin) => {
    const created = await cluster.createTopics(1, [{ name: 'moving', partitions: 2, replicationFactor: 3, assignments: [[1, 2, 3], [3, 1, 2]] }])
    assert.equal(created.topics[0]!.errorCode, ErrorCode.NONE, created.topics[0]!.errorMessage ?? '')
    await cluster.waitForTopic(4, 'moving')
    // Broker 4 stays registered (fenced once its session ends) but cannot catch up: the move cannot complete.
    await cluster.kill(4)

    await admin.alterPartitionReassignments({ topics: [{ topic: 'moving', partitionAssignment: [{ partition: 0, replicas: [2, 3, 4] }, { partition: 1, replicas: [3, 4, 2] }] }] })
    const expected: AdminReassignment[] = [
      { topic: 'moving', partition: 0, replicas: [2, 3, 4, 1], adding: [4], removing: [1] },
      { topic: 'moving', partition: 1, replicas: [3, 4, 2, 1], adding: [4], removing: [1] }
    ]
    const listed = await ongoingOf(admin, null)
    assert.deepEqual(listed.map((t) => [t.name, t.partitions.map((p) => [p.partition, p.replicas, p.addingReplicas, p.removingReplicas])]), [
      ['moving', expected.map((e) => [e.partition, e.replicas, e.adding, e.removing])]
    ])
    const some = await ongoingOf(admin, [{ topic: 'moving', partitions: [1, 7] }, { topic: 'nope', partitions: [0] }])
    assert.deepEqual(some.map((t) => [t.name, t.partitions.map((p) => p.partition)]), [['moving', [1]]])
    await adminShows(cluster, expected)
    // The leaders stay: 1 and 3 are still replicas and in the ISR.
    const metadata = await cluster.waitForTopic(2, 'moving', (t) => t.partitions.every((p) => p.replicaNodes.length === 4))
    assert.deepEqual(metadata.partitions.map((p) => [p.partitionIndex, p.leaderId, p.replicaNodes]), [[0, 1, [2, 3, 4, 1]], [1, 3, [3, 4, 2, 1]]])

    // Errors per partition; the reassignments in progress are untouched.
    await assert.rejects(admin.alterPartitionReassignments({ topics: [{ topic: 'moving', partitionAssignment: [{ partition: 0, replicas: [2, 2, 4] }] }] }), (err: Error & { errors?: Array<{ type: string }> }) => {
      assert.deepEqual(err.errors?.map((e) => e.type), ['INVALID_REPLICA_ASSIGNMENT'])
      return true
    })
    await assert.rejects(admin.alterPartitionReassignments({ topics: [{ topic: 'moving', partitionAssignment: [{ partition: 1, replicas: [9] }] }] }), (err: Error & { errors?: Array<{ type: string }> }) => {
      assert.deepEqual(err.errors?.map((e) => e.type), ['INVALID_REPLICA_ASSIGNMENT'])
      return true
    })
    await adminShows(cluster, expected)

    // Cancel (null replicas; kafkajs cannot send one) through node 3: back to the replicas from before
    // (as Kafka reverts: the current list without the added ones).
    const cancel = await call<AlterPartitionReassignmentsResponse>(cluster.node(3).host, cluster.node(3).clientPort, ApiKey.AlterPartitionReassignments, 0, {
      timeoutMs: 20_000, topics: [{ name: 'moving', partitions: [{ partitionIndex: 0, replicas: null }, { partitionIndex: 1, replicas: null }] }]
    }, 30_000)
    assert.equal(cancel.errorCode, ErrorCode.NONE)
    assert.deepEqual(cancel.responses[0]!.partitions.map((p) => [p.partitionIndex, p.errorCode]), [[0, ErrorCode.NONE], [1, ErrorCode.NONE]])
    await adminShows(cluster, [])
    assert.deepEqual(await ongoingOf(admin, null), [])
    const reverted = await cluster.waitForTopic(1, 'moving', (t) => t.partitions.every((p) => p.replicaNodes.length === 3))
    assert.deepEqual(reverted.partitions.map((p) => [p.partitionIndex, p.leaderId, p.replicaNodes, [...p.isrNodes].sort()]), [[0, 1, [2, 3, 1], [1, 2, 3]], [1, 3, [3, 2, 1], [1, 2, 3]]])
    const again = await call<AlterPartitionReassignmentsResponse>(cluster.node(1).host, cluster.node(1).clientPort, ApiKey.AlterPartitionReassignments, 0, {
      timeoutMs: 20_000, topics: [{ name: 'moving', partitions: [{ partitionIndex: 0, replicas: null }] }]
    }, 30_000)
    assert.deepEqual(again.responses[0]!.partitions.map((p) => p.errorCode), [ErrorCode.NO_REASSIGNMENT_IN_PROGRESS])
  })
})

test('a move from {1,2,3} to {2,3,4} under a running idempotent acks=all producer completes and loses nothing; node 4 serves every record', { timeout: 240_000 }, async () => {
  await withFourBrokers(async (cluster, admin, kafka) => {
    const created = await cluster.createTopics(1, [{ name: 'numbers', partitions: 2, replicationFactor: 3, assignments: [[1, 2, 3], [3, 1, 2]], configs: { 'min.insync.replicas': '2' } }])
    assert.equal(created.topics[0]!.errorCode, ErrorCode.NONE, created.topics[0]!.errorMessage ?? '')
    await cluster.waitForTopic(4, 'numbers')

    // The producer: numbered records, each partition in order, one request in flight; every acknowledged number kept.
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, retry: { retries: 30 } })
    await producer.connect()
    const acked: number[][] = [[], []]
    let next = 0
    let stop = false
    let failure: unknown = null
    const running = (async () => {
      while (!stop) {
        const batch = Array.from({ length: 20 }, () => next++)
        try {
          for (const partition of [0, 1]) {
            const numbers = batch.filter((n) => n % 2 === partition)
            await producer.send({ topic: 'numbers', acks: -1, messages: numbers.map((n) => ({ partition, value: String(n) })) })
            acked[partition]!.push(...numbers)
          }
        } catch (err) {
          failure = err
          return
        }
      }
    })()
    const ackedCount = (): number => acked[0]!.length + acked[1]!.length
    await cluster.until('the producer to have some records acknowledged', async () => ackedCount() >= 1000 ? true : null, 60_000)

    await admin.alterPartitionReassignments({ topics: [{ topic: 'numbers', partitionAssignment: [{ partition: 0, replicas: [2, 3, 4] }, { partition: 1, replicas: [3, 4, 2] }] }] })
    const before = ackedCount()
    // Completion: node 4 caught up and in the ISR, node 1 dropped, nothing listed any more.
    const done = await cluster.until('the reassignment to complete', async () => {
      if (failure !== null) throw failure as Error
      if ((await ongoingOf(admin, null)).length > 0) return null
      const t = await cluster.waitForTopic(2, 'numbers')
      return t.partitions.every((p) => p.replicaNodes.length === 3 && !p.replicaNodes.includes(1)) ? t : null
    }, 120_000)
    assert.deepEqual(done.partitions.map((p) => [p.partitionIndex, p.replicaNodes]), [[0, [2, 3, 4]], [1, [3, 4, 2]]])
    assert.equal(done.partitions[0]!.leaderId, 2, 'node 1 led partition 0: leadership moved to the first target replica in the ISR')
    assert.equal(done.partitions[1]!.leaderId, 3, 'node 3 stays in the target: it keeps leading partition 1')
    await cluster.until('the producer to go on after the move', async () => ackedCount() >= before + 1000 ? true : null, 60_000)
    stop = true
    await running
    await producer.disconnect()
    assert.equal(failure, null, `the producer failed: ${String(failure)}`)
    await adminShows(cluster, [])
    await cluster.until('node 1 to drop its replicas', async () => (await hosted(cluster, 1, 'numbers')).every((h) => !h) ? true : null)

    // Node 4 leads both partitions (a reorder completes at once, all in the ISR; then a preferred
    // election) and every acknowledged record is read from it exactly once, in order.
    assert.deepEqual(await hosted(cluster, 4, 'numbers'), [true, true], 'node 4 created both logs')
    const reorder = await call<AlterPartitionReassignmentsResponse>(cluster.node(4).host, cluster.node(4).clientPort, ApiKey.AlterPartitionReassignments, 0, {
      timeoutMs: 20_000, topics: [{ name: 'numbers', partitions: [{ partitionIndex: 0, replicas: [4, 2, 3] }, { partitionIndex: 1, replicas: [4, 3, 2] }] }]
    }, 30_000)
    assert.deepEqual(reorder.responses[0]!.partitions.map((p) => p.errorCode), [ErrorCode.NONE, ErrorCode.NONE])
    await adminShows(cluster, [])
    await cluster.until('node 4 to lead both partitions', async () => {
      const elected = await call<ElectLeadersResponse>(cluster.node(4).host, cluster.node(4).clientPort, ApiKey.ElectLeaders, 2, {
        timeoutMs: 10_000, electionType: 0, topicPartitions: [{ topic: 'numbers', partitions: [0, 1] }]
      }, 20_000)
      const codes = elected.replicaElectionResults.flatMap((t) => t.partitionResult.map((p) => p.errorCode))
      if (!codes.every((c) => c === ErrorCode.NONE || c === ErrorCode.ELECTION_NOT_NEEDED)) return null
      const t = await cluster.waitForTopic(4, 'numbers')
      return t.partitions.every((p) => p.leaderId === 4) ? true : null
    }, 60_000)
    for (const partition of [0, 1]) {
      const read = await runChild('kcat', ['-b', cluster.bootstrap(4), '-C', '-t', 'numbers', '-p', String(partition), '-o', 'beginning', '-e', '-f', '%s\n'], { timeoutMs: 60_000 })
      assert.equal(read.code, 0, read.stderr)
      const numbers = read.stdout.trim().split('\n').filter((l) => l !== '').map(Number)
      const ackedHere = new Set(acked[partition])
      assert.deepEqual(numbers.filter((n) => ackedHere.has(n)), acked[partition], `partition ${partition}: every acknowledged record once, in order`)
      assert.equal(new Set(numbers).size, numbers.length, `partition ${partition}: no record twice`)
    }
  })
})
