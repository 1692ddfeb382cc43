// Followers fetch from leaders (real processes on 127.0.0.1-3): a topic with replication factor 3 gets
// the same log, byte for byte, on all three nodes after a kafkajs produce with acks=1; after the leader
// of a partition is killed with kill -9 and the producer goes on with the new leader, the old leader
// rejoins as a follower and its log becomes the new leader's again; SIGTERM on it stops its fetchers
// before its logs close, and it exits cleanly.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import kafkajs from 'kafkajs'
import { withCluster, type ProcessCluster } from '../helpers/cluster-processes.ts'
import { decodeRecordBatches } from '../../src/protocol/record-batch/records.ts'

const { Kafka, logLevel } = kafkajs

/** A gauge of a node's Prometheus metrics (admin API). */
async function gauge (cluster: ProcessCluster, id: number, name: string): Promise<number> {
  const node = cluster.node(id)
  const response = await fetch(`http://${node.host}:${node.adminPort}/metrics`)
  const line = (await response.text()).split('\n').find((l) => l.startsWith(`${name} `))
  assert.ok(line !== undefined, `${name} in node ${id}'s metrics`)
  return Number(line.split(' ')[1])
}

/** The bytes of a partition's segment files on one node, in offset order (empty when it has none yet). */
function partitionBytes (cluster: ProcessCluster, id: number, topic: string, partition: number): Buffer {
  const dir = join(cluster.node(id).dataDir, `${topic}-${partition}`)
  if (!existsSync(dir)) return Buffer.alloc(0)
  const segments = readdirSync(dir).filter((f) => /^\d{20}\.log$/.test(f)).sort()
  return Buffer.concat(segments.map((f) => readFileSync(join(dir, f))))
}

/** The record values of a log's bytes. */
function valuesOf (bytes: Buffer): string[] {
  return decodeRecordBatches(bytes).flatMap((b) => b.records.map((r) => r.value?.toString() ?? ''))
}

/** Waits until every node in `ids` has the same bytes for the partition, holding `count` records. */
async function identicalLogs (cluster: ProcessCluster, ids: readonly number[], topic: string, partition: number, count: number, timeoutMs = 30_000): Promise<Buffer> {
  let last = ''
  return await cluster.until(() => `identical logs of ${topic}-${partition} with ${count} records on nodes ${ids.join(',')} (last: ${last})`, async () => {
    const copies = ids.map((id) => partitionBytes(cluster, id, topic, partition))
    last = copies.map((c, i) => `node ${ids[i]}: ${c.length} bytes`).join(', ')
    if (!copies.every((c) => c.equals(copies[0]!))) return null
    return valuesOf(copies[0]!).length === count ? copies[0]! : null
  }, timeoutMs)
}

test('RF3 with acks=1: every node gets the leader\'s log byte for byte; a killed leader rejoins as a follower of the new one', { timeout: 180_000 }, async () => {
  await withCluster({ voters: 3, config: { 'replica.fetch.backoff.ms': '200' } }, async (cluster) => {
    await cluster.waitForBrokers([1, 2, 3])
    const created = await cluster.createTopics(1, [{ name: 'replicated', partitions: 2, replicationFactor: 3 }])
    for (const t of created.topics) assert.equal(t.errorCode, 0, `${t.name}: ${t.errorMessage ?? ''}`)
    const topic = await cluster.waitForTopic(1, 'replicated', (t) => t.partitions.length === 2 && t.partitions.every((p) => p.leaderId >= 0))
    const kafka = new Kafka({ clientId: 'replication-test', brokers: cluster.bootstrap().split(','), logLevel: logLevel.NOTHING, retry: { retries: 20, initialRetryTime: 100 } })
    const producer = kafka.producer({ allowAutoTopicCreation: false })
    await producer.connect()
    try {
      for (let i = 0; i < 10; i++) {
        await producer.send({ topic: 'replicated', acks: 1, messages: Array.from({ length: 30 }, (_, j) => ({ partition: (i * 30 + j) % 2, value: `m${i * 30 + j}` })) })
      }
      for (const partition of [0, 1]) {
        const bytes = await identicalLogs(cluster, [1, 2, 3], 'replicated', partition, 150)
        assert.deepEqual(valuesOf(bytes), Array.from({ length: 150 }, (_, k) => `m${2 * k + partition}`))
      }
      // Two partitions, each with two followers.
      const followed = await Promise.all([1, 2, 3].map(async (id) => await gauge(cluster, id, 'rivulet_replica_followed_partitions')))
      assert.equal(followed.reduce((a, b) => a + b, 0), 4, `followed partitions per node: ${followed.join(',')}`)

      // The leader of partition 0 dies; the producer goes on with the one the controller elects.
      const oldLeader = topic.partitions.find((p) => p.partitionIndex === 0)!.leaderId
      await cluster.kill(oldLeader)
      const others = [1, 2, 3].filter((id) => id !== oldLeader)
      await cluster.waitForTopic(others[0]!, 'replicated', (t) => { const l = t.partitions.find((p) => p.partitionIndex === 0)!.leaderId; return l >= 0 && l !== oldLeader })
      for (let i = 0; i < 5; i++) {
        await producer.send({ topic: 'replicated', acks: 1, messages: Array.from({ length: 20 }, (_, j) => ({ partition: 0, value: `after${i * 20 + j}` })) })
      }
      await identicalLogs(cluster, others, 'replicated', 0, 250)
      await cluster.restart(oldLeader)
      const bytes = await identicalLogs(cluster, [1, 2, 3], 'replicated', 0, 250)
      assert.deepEqual(valuesOf(bytes).slice(150), Array.from({ length: 100 }, (_, k) => `after${k}`))

      // SIGTERM on the old leader, now following both partitions: its fetchers stop before its logs close, and it exits cleanly.
      const led = (await cluster.waitForTopic(others[0]!, 'replicated')).partitions.map((p) => p.leaderId)
      assert.ok(!led.includes(oldLeader), `the restarted node leads nothing yet (leaders ${led.join(',')})`)
      const exit = await cluster.signal(oldLeader, 'SIGTERM')
      assert.equal(exit.code, 0, cluster.report([oldLeader]))
      const lines = cluster.node(oldLeader).logLines
      const lastIndex = (text: string): number => { for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.includes(text)) return i; return -1 }
      const stopped = lastIndex('shutdown: stopping replica fetchers')
      assert.ok(stopped >= 0 && stopped < lastIndex('shutdown: closing logs of'), 'the fetchers stop before the logs close')
    } finally {
      await producer.disconnect()
    }
  })
})
