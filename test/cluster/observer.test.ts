// A fourth node, broker-only (process.roles=broker, not in controller.quorum.voters), joins a running
// three-voter cluster as an observer of the @metadata quorum: every node lists four brokers, the active
// controller's DescribeQuorum names it among the observers, and it serves the partitions placed on it
// (by hand, and by placement over four brokers) to clients bootstrapped from another node.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { withCluster } from '../helpers/cluster-processes.ts'
import { runChild } from '../helpers/child-processes.ts'

test('a broker-only fourth node joins as an observer and serves the partitions placed on it', { timeout: 120_000 }, async () => {
  await withCluster({ voters: 3 }, async (cluster) => {
    await cluster.waitForBrokers([1, 2, 3])
    await cluster.addNode(4, 'broker')
    await cluster.waitForBrokers([1, 2, 3, 4])
    const active = await cluster.activeController()
    const quorum = await cluster.until('DescribeQuorum to list node 4 as an observer', async () => {
      const q = await cluster.describeQuorum(active)
      return q !== null && q.observers.some((o) => o.replicaId === 4) ? q : null
    })
    assert.deepEqual(quorum.currentVoters.map((v) => v.replicaId).sort(), [1, 2, 3])

    const pinned = await cluster.createTopics(1, [{ name: 'on-observer', partitions: 2, replicationFactor: 1, assignments: [[4], [4]] }])
    assert.equal(pinned.topics[0]!.errorCode, 0, pinned.topics[0]!.errorMessage ?? '')
    const placed = await cluster.createTopics(2, [{ name: 'over-four', partitions: 8, replicationFactor: 1 }])
    assert.equal(placed.topics[0]!.errorCode, 0, placed.topics[0]!.errorMessage ?? '')
    const spread = await cluster.waitForTopic(4, 'over-four')
    assert.deepEqual([...new Set(spread.partitions.map((p) => p.leaderId))].sort(), [1, 2, 3, 4], 'placement uses the new broker too')
    const onFour = await cluster.waitForTopic(1, 'on-observer')
    assert.deepEqual(onFour.partitions.map((p) => p.leaderId), [4, 4])

    // A client bootstrapped from node 1 follows the leaders to node 4.
    for (const topic of ['on-observer', 'over-four']) {
      const lines = Array.from({ length: 20 }, (_, i) => `${topic}-${i}`).join('\n') + '\n'
      const produced = await runChild('kcat', ['-b', cluster.bootstrap(1), '-P', '-t', topic, '-X', 'acks=all'], { input: lines, timeoutMs: 30_000 })
      assert.equal(produced.code, 0, produced.stderr)
      const read = await runChild('kcat', ['-b', cluster.bootstrap(1), '-C', '-t', topic, '-o', 'beginning', '-e', '-f', '%s\n'], { timeoutMs: 30_000 })
      assert.equal(read.code, 0, read.stderr)
      assert.deepEqual(read.stdout.trim().split('\n').sort(), lines.trim().split('\n').sort())
    }
    const res = await fetch(`http://127.0.0.4:${cluster.node(4).adminPort}/v1/topics/on-observer`)
    const view = await res.json() as { partitions: Array<{ leader: number, logEndOffset: number | null }> }
    assert.equal(view.partitions.reduce((sum, p) => sum + (p.logEndOffset ?? 0), 0), 20, 'node 4 holds the records of its partitions')
  })
})
