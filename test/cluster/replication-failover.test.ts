// Replication under kill -9 (issue 13, tests 1 and 3), with real processes and real clients: three
// combined nodes (the @metadata quorum) and a broker-only node 4. The topic's three partitions are
// placed on the two voters that are not the active controller (A leads, B follows) and on node 4, with
// replication factor 3 and min.insync.replicas=2, so the quorum and the group coordinator (on the
// active controller) outlive every kill and only the partitions' replicas come and go.
// An idempotent librdkafka producer (acks=all) writes numbered records the whole time, and three
// consumers read every partition from the start the whole time (librdkafka and kafka-python by
// assignment, kafkajs in a group), while:
//   1. B is killed: the ISR shrinks to {A,4} and the producer goes on;
//   2. 4 is killed: the ISR shrinks to {A}; an acks=all produce gets NOT_ENOUGH_REPLICAS (acks=1 still
//      works) and the producer waits;
//   3. B and 4 restart: the ISR expands to all three and the producer goes on;
//   4. B and 4 are paused (SIGSTOP) until A, the leader, has appended records they do not have (above
//      its high watermark, so unacknowledged), then A is killed and they resume: a new leader from the
//      ISR, and the producer goes on (what A alone had is sent again, to the new leader); A restarts
//      and rejoins. A leader that acknowledged before its ISR had the records, or served them to a
//      consumer, would lose or change records someone saw.
// At the end every partition is read back: every acknowledged record is there exactly once, at the
// offset its delivery report gave, in order; every copy is byte-identical up to the high watermark
// (the admin API's digest); and every record any consumer was given is at that offset in the final
// log (no consumer read above the high watermark a record that later disappeared).
import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { withCluster, type ProcessCluster } from '../helpers/cluster-processes.ts'
import {
  NumberedProducer, assertConsumersReadTheFinalLog, assertCopiesIdentical, produceDirect, readPartition, sameIds, startKafkajsRecorder, startRecorder,
  waitForConvergence, waitForHosted, waitForPartitions, type PartitionState, type RecordingConsumer
} from '../helpers/replication.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'

const TOPIC = 'replicated'
const PARTITIONS = 3
/**
 * Short, so that a dead follower leaves the ISR within the test's time, and long enough that the
 * followers paused in step 4 (for the time the test needs to see the leader append) stay in it.
 */
const REPLICA_LAG_TIME_MS = 4000
/** Likewise for the paused followers' broker sessions (they do not heartbeat while paused). */
const SESSION_TIMEOUT_MS = 4000
/** Acknowledged deliveries per partition that show the producer going on after each step. */
const PROGRESS = 15

function isr (...ids: number[]): (s: PartitionState) => boolean {
  return (s) => sameIds(s.isr, ids)
}

/** Runs `body`; a failure carries the client processes' last output. */
async function withClientOutput (clients: () => ReadonlyArray<{ name: string, tail: () => string }>, body: () => Promise<void>): Promise<void> {
  try {
    await body()
  } catch (err) {
    const e = err as Error
    e.message = `${e.message}\n${clients().map((c) => `=== ${c.name}, last output:\n${c.tail()}`).join('\n')}`
    throw e
  }
}

test('RF 3, min.insync.replicas=2: followers and then the leader killed under an idempotent acks=all producer and three consumers; nothing acknowledged is lost or doubled, no consumer reads what disappears, the copies are identical', { timeout: 240_000 }, async (t) => {
  await withCluster({ voters: 3, config: { 'replica.lag.time.max.ms': String(REPLICA_LAG_TIME_MS), 'broker.session.timeout.ms': String(SESSION_TIMEOUT_MS), 'auto.leader.rebalance.enable': 'false' } }, async (cluster) => {
    await cluster.addNode(4, 'broker')
    await cluster.waitForBrokers([1, 2, 3, 4])
    const controller = await cluster.activeController()
    const [a, b] = [1, 2, 3].filter((id) => id !== controller) as [number, number]
    const replicas = [a, b, 4]
    const created = await cluster.createTopics(controller, [{
      name: TOPIC, partitions: PARTITIONS, replicationFactor: 3, configs: { 'min.insync.replicas': '2' },
      assignments: [[a, b, 4], [a, 4, b], [a, b, 4]]
    }])
    assert.equal(created.topics[0]!.errorCode, 0, created.topics[0]!.errorMessage ?? '')
    await waitForPartitions(cluster, TOPIC, PARTITIONS, `led by ${a} with ISR ${replicas.join(',')}`, (s) => s.leader === a && isr(...replicas)(s))

    const bootstrap = cluster.bootstrap(1, 2, 3, 4)
    const consumers: RecordingConsumer[] = [
      startRecorder('librdkafka', bootstrap, TOPIC, PARTITIONS),
      startRecorder('kafka-python', bootstrap, TOPIC, PARTITIONS)
    ]
    const producer = new NumberedProducer(bootstrap, TOPIC, PARTITIONS)
    const clients = (): Array<{ name: string, tail: () => string }> => [producer, ...consumers.map((c) => ({ name: `the ${c.client} consumer`, tail: () => c.tail() }))]
    try {
      consumers.push(await startKafkajsRecorder(bootstrap, TOPIC, 'replication-kafkajs'))
      await withClientOutput(clients, async () => await failovers(t, cluster, { a, b, replicas, bootstrap, producer, consumers }))
    } finally {
      await Promise.all(consumers.map(async (c) => await c.close()))
    }
  })
})

interface Run {
  readonly a: number
  readonly b: number
  readonly replicas: readonly number[]
  readonly bootstrap: string
  readonly producer: NumberedProducer
  readonly consumers: readonly RecordingConsumer[]
}

async function failovers (t: TestContext, cluster: ProcessCluster, { a, b, replicas, bootstrap, producer, consumers }: Run): Promise<void> {
  const timings: string[] = []
  const step = async (what: string, action: (mark: (event: string) => void) => Promise<void>): Promise<void> => {
    const started = Date.now()
    const marks: string[] = []
    await action((event) => marks.push(`${event} ${Date.now() - started} ms`))
    timings.push(`${what} ${Date.now() - started} ms${marks.length === 0 ? '' : ` (${marks.join(', ')})`}`)
  }
  await producer.waitForAcks(cluster, 'the producer before any kill', 0, PARTITIONS, PROGRESS)

  // 1. A follower dies: the ISR shrinks, acks=all goes on with two in-sync replicas.
  await step('kill B -> ISR without B, producing', async () => {
    await cluster.kill(b)
    await waitForPartitions(cluster, TOPIC, PARTITIONS, `ISR ${a},4 after ${b} died`, isr(a, 4))
    await producer.waitForAcks(cluster, `the producer with ISR ${a},4`, producer.lines.length, PARTITIONS, PROGRESS)
  })

  // 2. A second follower dies: below min.insync.replicas.
  await step('kill 4 -> ISR {A}', async () => {
    await cluster.kill(4)
    await waitForPartitions(cluster, TOPIC, PARTITIONS, `ISR ${a} alone after 4 died`, isr(a))
    await waitForHosted(cluster, a, TOPIC, PARTITIONS, `ISR ${a} alone`, (v) => sameIds(v.isr, [a]))
  })
  for (let p = 0; p < PARTITIONS; p++) {
    const all = await produceDirect(cluster, a, TOPIC, p, ['not-enough-replicas'], -1, 5000)
    assert.equal(all.errorCode, ErrorCode.NOT_ENOUGH_REPLICAS, `acks=all to partition ${p} with ISR {${a}}: ${all.errorCode} ${all.errorMessage ?? ''}`)
  }
  const one = await produceDirect(cluster, a, TOPIC, 0, ['acks-1-alone'], 1, 5000)
  assert.equal(one.errorCode, ErrorCode.NONE, `acks=1 with ISR {${a}}: ${one.errorCode} ${one.errorMessage ?? ''}`)

  // 3. Both come back: they catch up, the ISR expands, the producer's waiting records go through.
  await step('restart B and 4 -> full ISR, producing', async (mark) => {
    await Promise.all([cluster.restart(b), cluster.restart(4)])
    mark('started')
    await waitForPartitions(cluster, TOPIC, PARTITIONS, `ISR ${replicas.join(',')} after ${b} and 4 restarted`, isr(...replicas))
    mark('in the ISR')
    await producer.waitForAcks(cluster, 'the producer with the full ISR again', producer.lines.length, PARTITIONS, PROGRESS)
  })

  // 4. The leader dies with a tail its followers do not have: a new leader from the ISR, with a new epoch; the producer goes on.
  const before = await waitForPartitions(cluster, TOPIC, PARTITIONS, `led by ${a}`, (s) => s.leader === a)
  await step('pause B and 4, kill leader A -> new leader, producing', async (mark) => {
    cluster.pause(b)
    cluster.pause(4)
    try {
      await waitForHosted(cluster, a, TOPIC, PARTITIONS, 'records above the high watermark (its followers are paused)', (v) => v.logEndOffset! > v.highWatermark!, 10_000)
      await cluster.kill(a)
    } finally {
      cluster.resume(b)
      cluster.resume(4)
    }
    mark('killed')
    await waitForPartitions(cluster, TOPIC, PARTITIONS, `a new leader among ${b},4 with a newer epoch and ISR ${b},4`, (s, p) => [b, 4].includes(s.leader) && s.leaderEpoch > before[p]!.leaderEpoch && isr(b, 4)(s))
    mark('new leaders')
    await producer.waitForAcks(cluster, 'the producer after the leader died', producer.lines.length, PARTITIONS, PROGRESS)
  })
  await step('restart A -> full ISR', async (mark) => {
    await cluster.restart(a)
    mark('started')
    await waitForPartitions(cluster, TOPIC, PARTITIONS, `ISR ${replicas.join(',')} after ${a} restarted`, isr(...replicas))
  })

  const exit = await producer.stop()
  assert.equal(exit.code, 0, `the producer exited ${exit.signal ?? exit.code ?? '?'}`)
  assert.deepEqual(producer.errors().filter((e) => e.fatal === true), [], 'librdkafka raised a fatal error')
  assert.deepEqual(producer.failed(), [], 'deliveries failed')
  const done = producer.lines.find((l) => l.done === true)
  assert.equal(done?.unflushed, 0, 'records left unacknowledged at the end')

  // Every copy: one end, committed, byte-identical.
  const ends = await waitForConvergence(cluster, TOPIC, PARTITIONS, replicas)
  for (let p = 0; p < PARTITIONS; p++) await assertCopiesIdentical(cluster, TOPIC, p, replicas, ends[p]!)

  // The final log, read by a consumer: every acknowledged record once, where its delivery report said, in order.
  const finalLog = await checkFinalLog(cluster, bootstrap, ends, producer)

  // The consumers read to the end, and everything they were given is in the final log where they saw it.
  await assertConsumersReadTheFinalLog(cluster, consumers, ends, finalLog)
  t.diagnostic(`leaders ${a} (killed last), followers ${b} and 4; ${producer.acked().length} records acknowledged, ends ${ends.join(',')}; ${timings.join('; ')}`)
}

/**
 * Reads every partition back to its end and checks the producer's records: each acknowledged one at the
 * offset of its delivery report, no numbered value twice, numbered values in increasing order in each
 * partition, the acks=1 record once. Returns the log (offset -> value by partition).
 */
async function checkFinalLog (cluster: ProcessCluster, bootstrap: string, ends: readonly number[], producer: NumberedProducer): Promise<Array<Map<number, string>>> {
  const logs: Array<Map<number, string>> = []
  const others: string[] = []
  for (let p = 0; p < ends.length; p++) {
    const records = await readPartition(bootstrap, TOPIC, p)
    assert.deepEqual(records.map((r) => r.o), [...Array(ends[p]!).keys()], `p${p}: offsets read back`)
    logs.push(new Map(records.map((r) => [r.o, r.v])))
    let previous = -1
    for (const r of records) {
      if (!/^\d+$/.test(r.v)) { others.push(r.v); continue }
      const i = Number(r.v)
      assert.equal(i % ends.length, p, `record ${i} in partition ${p}`)
      assert.ok(i > previous, `p${p}: record ${i} at offset ${r.o} after record ${previous}: out of order or doubled`)
      previous = i
    }
  }
  assert.deepEqual(others, ['acks-1-alone'], 'records other than the producer\'s: the acks=1 record once, no NOT_ENOUGH_REPLICAS record')
  const missing = producer.acked().filter((a) => logs[a.p]!.get(a.o) !== String(a.i))
  assert.deepEqual(missing.slice(0, 10), [], `acknowledged records not at their offsets (${missing.length} in all; ${cluster.live().length} nodes live)`)
  return logs
}
