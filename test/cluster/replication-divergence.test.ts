// Divergence (issue 13, "Leader changes"), with real network cuts: a partition leader cut off from the
// two other nodes (iptables, loopback-partition.ts) still appends what it is sent with acks=1; the
// others fence it, elect a new leader from the ISR with a new leader epoch, and take more records.
// Healed, the old leader becomes a follower, learns from the new leader's diverging epoch (Fetch v12+)
// where its log left the leader's, truncates the records only it had, and ends with the new leader's
// log byte for byte. The test's own requests come from 127.0.0.100, an address no node has.
// Without root or iptables this test is skipped with the reason, never passed.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { call, withCluster, type ProcessCluster } from '../helpers/cluster-processes.ts'
import { LoopbackPartition, partitionUnavailable } from '../helpers/loopback-partition.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import type { ProduceResponse } from '../../src/protocol/generated/messages/produce.ts'
import { buildRecordBatch, decodeRecordBatches } from '../../src/protocol/record-batch/records.ts'

const UNAVAILABLE = partitionUnavailable()
const CLIENT_HOST = '127.0.0.100'
const TOPIC = 'diverging'

function partitionBytes (cluster: ProcessCluster, id: number): Buffer {
  const dir = join(cluster.node(id).dataDir, `${TOPIC}-0`)
  if (!existsSync(dir)) return Buffer.alloc(0)
  return Buffer.concat(readdirSync(dir).filter((f) => /^\d{20}\.log$/.test(f)).sort().map((f) => readFileSync(join(dir, f))))
}

function valuesOf (bytes: Buffer): string[] {
  return decodeRecordBatches(bytes).flatMap((b) => b.records.map((r) => r.value?.toString() ?? ''))
}

/** Produces `values` (one batch) to node `id` with `acks`; returns the error code. */
async function produce (cluster: ProcessCluster, id: number, acks: number, values: readonly string[]): Promise<number> {
  const n = cluster.node(id)
  const records = buildRecordBatch({ records: values.map((v) => ({ key: null, value: Buffer.from(v), timestamp: Date.now() })) })
  const response = await call<ProduceResponse>(n.host, n.clientPort, ApiKey.Produce, 9, { transactionalId: null, acks, timeoutMs: 5000, topicData: [{ name: TOPIC, partitionData: [{ index: 0, records }] }] }, 10_000, CLIENT_HOST)
  return response.responses[0]!.partitionResponses[0]!.errorCode
}

async function leaderSeenBy (cluster: ProcessCluster, id: number): Promise<{ leaderId: number, leaderEpoch: number }> {
  const t = await cluster.waitForTopic(id, TOPIC, (t) => t.partitions[0]!.leaderId >= 0)
  return { leaderId: t.partitions[0]!.leaderId, leaderEpoch: t.partitions[0]!.leaderEpoch }
}

test('a leader cut off appends records nobody else has; healed, it truncates them and copies the new leader', { timeout: 180_000, skip: UNAVAILABLE ?? false }, async () => {
  await withCluster({ voters: 3, clientHost: CLIENT_HOST, config: { 'replica.fetch.backoff.ms': '200' } }, async (cluster) => {
    const partition = new LoopbackPartition(new Map([...cluster.nodes.values()].map((n) => [n.host, [n.clientPort, n.controllerPort!, n.adminPort]])))
    try {
      await cluster.waitForBrokers([1, 2, 3])
      const created = await cluster.createTopics(1, [{ name: TOPIC, partitions: 1, replicationFactor: 3 }])
      assert.equal(created.topics[0]!.errorCode, 0)
      const { leaderId: old } = await leaderSeenBy(cluster, 1)
      const others = [1, 2, 3].filter((id) => id !== old)
      const committed = Array.from({ length: 20 }, (_, i) => `committed${i}`)
      assert.equal(await produce(cluster, old, -1, committed), 0)
      await cluster.until('the committed records on every node', async () => [1, 2, 3].every((id) => valuesOf(partitionBytes(cluster, id)).length === 20) ? true : null)

      // Cut off, the old leader still takes acks=1 records: only it has them.
      partition.isolate(cluster.node(old).host, others.map((id) => cluster.node(id).host))
      assert.equal(await produce(cluster, old, 1, ['lost0', 'lost1', 'lost2']), 0)
      assert.equal(valuesOf(partitionBytes(cluster, old)).length, 23)

      // The others fence it and elect a new leader from the ISR, with a new leader epoch; it takes more.
      const next = await cluster.until('a new leader among the others', async () => {
        const seen = await leaderSeenBy(cluster, others[0]!)
        return others.includes(seen.leaderId) ? seen : null
      }, 30_000)
      const after = Array.from({ length: 10 }, (_, i) => `after${i}`)
      assert.equal(await produce(cluster, next.leaderId, 1, after), 0)

      partition.heal()
      const expected = [...committed, ...after]
      let last = ''
      const bytes = await cluster.until(() => `every node with the new leader's log (${last})`, async () => {
        const copies = [1, 2, 3].map((id) => partitionBytes(cluster, id))
        last = copies.map((c, i) => `node ${i + 1}: ${valuesOf(c).length} records`).join(', ')
        return copies.every((c) => c.equals(copies[0]!)) && valuesOf(copies[0]!).length === expected.length ? copies[0]! : null
      }, 60_000)
      assert.deepEqual(valuesOf(bytes), expected, 'the records only the cut-off leader had are gone')
    } finally {
      partition.heal()
    }
  })
})
