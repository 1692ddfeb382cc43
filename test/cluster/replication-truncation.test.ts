// A leader's unacknowledged tail is truncated when it comes back (issue 13, the divergence test), with
// real network cuts: three combined nodes as processes on 127.0.0.1-3; the partition (replication
// factor 3, min.insync.replicas=2) is led by node 1. Node 1 is cut off from both others (iptables,
// loopback-partition.ts), so an acks=all produce to it is appended to its log but never replicated:
// the produce times out (REQUEST_TIMED_OUT), its high watermark stays, and a consumer reading from it
// sees nothing above the high watermark. Node 1 is then killed with kill -9; the two others elect a
// leader from the ISR (a new epoch) and take other records at the same offsets. Node 1 restarts (the cut
// healed), rejoins as a follower, finds where its log diverges and truncates its tail: every copy ends
// byte-identical, the unacknowledged records are nowhere, and no consumer (kcat reading node 1 during
// the cut; librdkafka, kafka-python and kafkajs consumers reading the whole time) was ever given one of
// them. The test's own requests and the kafkajs consumer come from 127.0.0.100, an address no node has,
// so they cross no cut; the python clients and kcat (which cannot choose their source address) come
// from 127.0.0.1, node 1's, so during the cut they reach node 1 alone. Node 1 is not the active
// controller (the kafkajs group's coordinator). Without root or iptables this test is skipped with the
// reason, never passed.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { withCluster, type ProcessCluster } from '../helpers/cluster-processes.ts'
import { LoopbackPartition, partitionUnavailable } from '../helpers/loopback-partition.ts'
import {
  assertConsumersReadTheFinalLog, assertCopiesIdentical, hostedPartition, produceDirect, readPartition, sameIds, startKafkajsRecorder,
  startRecorder, waitForConsumer, waitForConvergence, waitForHosted, waitForPartitions, type RecordingConsumer
} from '../helpers/replication.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'

const UNAVAILABLE = partitionUnavailable()
/** No node has it: the test's requests are never inside a cut. */
const CLIENT_HOST = '127.0.0.100'
const TOPIC = 'diverging'
const OLD_LEADER = 1
const FOLLOWERS = [2, 3]
const ACKED = 10
const UNACKED = 10
const AFTER = 20
/** The acks=all produce to the cut-off leader waits this long for its followers. */
const PRODUCE_TIMEOUT_MS = 2000

function values (prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}-${i}`)
}

/**
 * Makes sure node 1 is not the active controller, so that the controller and the kafkajs consumer's
 * group coordinator (which runs beside it) outlive node 1's cut and kill: if it is, it is killed and
 * restarted (the others elect a leader; pre-vote keeps it when node 1 returns).
 */
async function controllerElsewhere (cluster: ProcessCluster): Promise<void> {
  if (await cluster.activeController() !== OLD_LEADER) return
  await cluster.kill(OLD_LEADER)
  await cluster.activeController()
  await cluster.restart(OLD_LEADER)
  await cluster.waitForBrokers([1, 2, 3])
  assert.notEqual(await cluster.activeController(), OLD_LEADER, 'node 1 leads the quorum again after its restart')
}

function partitionOf (cluster: ProcessCluster): LoopbackPartition {
  return new LoopbackPartition(new Map([...cluster.nodes.values()].map((n) => [n.host, [n.clientPort, n.controllerPort!, n.adminPort]])))
}

test('a cut-off leader\'s unacknowledged records, never read by a consumer, are truncated when it rejoins as a follower of the new leader; the copies end identical', { timeout: 180_000, skip: UNAVAILABLE ?? false }, async (t) => {
  await withCluster({ voters: 3, clientHost: CLIENT_HOST, config: { 'auto.leader.rebalance.enable': 'false' } }, async (cluster) => {
    const cut = partitionOf(cluster)
    const consumers: RecordingConsumer[] = []
    try {
      await cluster.waitForBrokers([1, 2, 3])
      await controllerElsewhere(cluster)
      const replicas = [OLD_LEADER, ...FOLLOWERS]
      const created = await cluster.createTopics(FOLLOWERS[0]!, [{ name: TOPIC, partitions: 1, replicationFactor: 3, configs: { 'min.insync.replicas': '2' }, assignments: [replicas] }])
      assert.equal(created.topics[0]!.errorCode, 0, created.topics[0]!.errorMessage ?? '')
      const [first] = await waitForPartitions(cluster, TOPIC, 1, `led by ${OLD_LEADER} with ISR 1,2,3`, (s) => s.leader === OLD_LEADER && sameIds(s.isr, replicas))
      await waitForHosted(cluster, OLD_LEADER, TOPIC, 1, 'leader with ISR 1,2,3', (v) => v.role === 'leader' && sameIds(v.isr, replicas))
      const bootstrap = cluster.bootstrap(1, 2, 3)
      consumers.push(startRecorder('librdkafka', bootstrap, TOPIC, 1), startRecorder('kafka-python', bootstrap, TOPIC, 1))
      consumers.push(await startKafkajsRecorder(bootstrap, TOPIC, 'divergence-kafkajs', CLIENT_HOST))

      const acked = await produceDirect(cluster, OLD_LEADER, TOPIC, 0, values('acked', ACKED), -1, 10_000)
      assert.deepEqual([acked.errorCode, acked.baseOffset], [ErrorCode.NONE, 0], acked.errorMessage ?? '')
      assert.deepEqual(await waitForConvergence(cluster, TOPIC, 1, replicas), [ACKED])
      // The consumers are connected and have read what is committed (after the cut, from 127.0.0.1 they reach node 1 alone).
      for (const c of consumers) await waitForConsumer(cluster, c, [ACKED])

      // Cut off, the leader appends what it can never get acknowledged.
      cut.isolate(cluster.node(OLD_LEADER).host, FOLLOWERS.map((id) => cluster.node(id).host))
      const unacked = await produceDirect(cluster, OLD_LEADER, TOPIC, 0, values('unacked', UNACKED), -1, PRODUCE_TIMEOUT_MS)
      assert.equal(unacked.errorCode, ErrorCode.REQUEST_TIMED_OUT, `acks=all to the cut-off leader: ${unacked.errorCode} ${unacked.errorMessage ?? ''}`)
      const cutView = await hostedPartition(cluster, OLD_LEADER, TOPIC, 0)
      assert.deepEqual([cutView?.role, cutView?.logEndOffset, cutView?.highWatermark], ['leader', ACKED + UNACKED, ACKED], 'the cut-off leader appended the records and kept its high watermark')
      // A consumer of the cut-off leader (kcat from 127.0.0.1 reaches node 1 alone) reads to the high watermark only.
      const readFromOld = await readPartition(cluster.bootstrap(OLD_LEADER), TOPIC, 0)
      assert.deepEqual(readFromOld.map((r) => r.v), values('acked', ACKED), 'read from the cut-off leader')

      // It dies; the others elect a leader from the ISR and take other records at the same offsets.
      await cluster.kill(OLD_LEADER)
      const [elected] = await waitForPartitions(cluster, TOPIC, 1, `a new leader among ${FOLLOWERS.join(',')} with a newer epoch`, (s) => FOLLOWERS.includes(s.leader) && s.leaderEpoch > first!.leaderEpoch && sameIds(s.isr, FOLLOWERS))
      cut.heal()
      await waitForHosted(cluster, elected!.leader, TOPIC, 1, `leader with epoch ${elected!.leaderEpoch}`, (v) => v.role === 'leader' && v.leaderEpoch === elected!.leaderEpoch)
      const after = await produceDirect(cluster, elected!.leader, TOPIC, 0, values('after', AFTER), -1, 10_000)
      assert.deepEqual([after.errorCode, after.baseOffset], [ErrorCode.NONE, ACKED], `acks=all to the new leader ${elected!.leader}: ${after.errorMessage ?? ''}`)

      // It comes back as a follower, truncates its tail and catches up: the copies are identical.
      await cluster.restart(OLD_LEADER)
      await waitForPartitions(cluster, TOPIC, 1, `led by ${elected!.leader} with ${OLD_LEADER} back in the ISR`, (s) => s.leader === elected!.leader && sameIds(s.isr, replicas))
      const [end] = await waitForConvergence(cluster, TOPIC, 1, replicas)
      assert.equal(end, ACKED + AFTER, 'the log end: the old leader\'s tail was replaced, not kept')
      const rejoined = await hostedPartition(cluster, OLD_LEADER, TOPIC, 0)
      assert.deepEqual([rejoined?.role, rejoined?.leader, rejoined?.leaderEpoch], ['follower', elected!.leader, elected!.leaderEpoch])
      await assertCopiesIdentical(cluster, TOPIC, 0, replicas, end!)

      const finalLog = await readPartition(bootstrap, TOPIC, 0)
      assert.deepEqual(finalLog.map((r) => r.v), [...values('acked', ACKED), ...values('after', AFTER)])
      await assertConsumersReadTheFinalLog(cluster, consumers, [end!], [new Map(finalLog.map((r) => [r.o, r.v]))])
      t.diagnostic(`old leader ${OLD_LEADER} (epoch ${first!.leaderEpoch}) truncated ${UNACKED} records; new leader ${elected!.leader} (epoch ${elected!.leaderEpoch})`)
    } catch (err) {
      const e = err as Error
      e.message = `${e.message}\n${consumers.map((c) => `=== the ${c.client} consumer, last output:\n${c.tail()}`).join('\n')}`
      throw e
    } finally {
      cut.heal()
      await Promise.all(consumers.map(async (c) => await c.close()))
    }
  })
})
