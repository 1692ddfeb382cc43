// Broker liveness in a three-node cluster of processes: a broker killed with kill -9 is fenced once its
// session times out (broker.session.timeout.ms, short here), its leaderships move to another in-sync
// replica with a new leader epoch and it leaves the ISRs; restarted on its data it is unfenced and, with
// leads again the partitions whose ISR kept it. SIGTERM is a controlled shutdown: the broker's
// leaderships have moved when its process exits (asked at once, before its session could expire).
// Restarted, the broker catches up, its leaders propose it back into the ISRs (AlterPartition), and the
// automatic leader rebalance gives it back the partitions it prefers to lead, on the replication-factor-3
// topic as on the replication-factor-1 one (whose ISR is never emptied, so the restarted broker is the
// one replica that may lead it). One cluster serves both tests, in order.
import { before, test } from 'node:test'
import assert from 'node:assert/strict'
import { ProcessCluster } from '../helpers/cluster-processes.ts'

const SESSION_TIMEOUT_MS = 2000
const PARTITIONS = 6

let cluster: ProcessCluster

before(async () => {
  cluster = await ProcessCluster.start({ sharedByFile: true, config: { 'broker.session.timeout.ms': String(SESSION_TIMEOUT_MS), 'leader.imbalance.check.interval.seconds': '1' } })
})

test('kill -9 of a broker: fenced after the session timeout, leaderships move; restarted, it is unfenced, rejoins the ISRs and the preferred leader returns', { timeout: 120_000 }, async () => {
  await cluster.withLogs(async () => {
    await cluster.waitForBrokers([1, 2, 3])
    const active = await cluster.activeController()
    const victim = [1, 2, 3].find((id) => id !== active)!
    const survivors = [1, 2, 3].filter((id) => id !== victim)
    const created = await cluster.createTopics(active, [{ name: 'fencing', partitions: PARTITIONS, replicationFactor: 3 }, { name: 'fencing-solo', partitions: 3, replicationFactor: 1 }])
    for (const t of created.topics) assert.equal(t.errorCode, 0, t.errorMessage ?? '')
    const solo = await cluster.waitForTopic(active, 'fencing-solo', (t) => t.partitions.every((p) => p.leaderId === p.replicaNodes[0]))
    const soloOnVictim = solo.partitions.filter((p) => p.replicaNodes[0] === victim)
    assert.ok(soloOnVictim.length > 0, `node ${victim} holds a replica of fencing-solo: ${JSON.stringify(solo.partitions.map((p) => p.replicaNodes))}`)
    const initial = await cluster.waitForTopic(active, 'fencing', (t) => t.partitions.every((p) => p.leaderId === p.replicaNodes[0] && p.isrNodes.length === 3))
    const led = initial.partitions.filter((p) => p.leaderId === victim)
    assert.ok(led.length > 0, `node ${victim} leads some partitions: ${JSON.stringify(initial.partitions.map((p) => p.leaderId))}`)

    const killedMs = Date.now()
    await cluster.kill(victim)
    await cluster.waitForBrokers(survivors)
    const fencedAfterMs = Date.now() - killedMs
    // Fenced by its session, not sooner (its last heartbeat was at most one interval before the kill).
    assert.ok(fencedAfterMs >= SESSION_TIMEOUT_MS - 500, `fenced after ${fencedAfterMs} ms, before the ${SESSION_TIMEOUT_MS} ms session timeout`)
    for (const id of survivors) {
      const after = await cluster.waitForTopic(id, 'fencing', (t) => t.partitions.every((p) => p.leaderId !== victim && !p.isrNodes.includes(victim)))
      for (const p of after.partitions) {
        const was = initial.partitions.find((b) => b.partitionIndex === p.partitionIndex)!
        assert.ok(p.offlineReplicas.includes(victim), `partition ${p.partitionIndex}: offline replicas ${JSON.stringify(p.offlineReplicas)}`)
        if (was.leaderId !== victim) continue
        assert.ok(was.isrNodes.includes(p.leaderId), `partition ${p.partitionIndex}: the new leader ${p.leaderId} was in the ISR ${JSON.stringify(was.isrNodes)}`)
        assert.ok(p.leaderEpoch > was.leaderEpoch, `partition ${p.partitionIndex}: leader epoch ${p.leaderEpoch} after ${was.leaderEpoch}`)
      }
    }

    // Its only-replica partitions have no leader while it is fenced (never a leader outside the ISR).
    await cluster.waitForTopic(survivors[0]!, 'fencing-solo', (t) => soloOnVictim.every((s) => t.partitions.find((p) => p.partitionIndex === s.partitionIndex)?.leaderId === -1), 20_000, true)

    await cluster.restart(victim)
    await cluster.waitForBrokers([1, 2, 3])
    const back = await cluster.waitForTopic(active, 'fencing-solo', (t) => t.partitions.every((p) => p.leaderId === p.replicaNodes[0]), 30_000)
    for (const s of soloOnVictim) {
      const p = back.partitions.find((x) => x.partitionIndex === s.partitionIndex)!
      assert.equal(p.leaderId, victim)
      assert.ok(p.leaderEpoch > s.leaderEpoch, `fencing-solo-${p.partitionIndex}: leader epoch ${p.leaderEpoch} after ${s.leaderEpoch}`)
    }
    const rejoined = await cluster.waitForTopic(active, 'fencing', (t) => t.partitions.every((p) => p.isrNodes.length === 3 && p.leaderId === p.replicaNodes[0]), 30_000)
    for (const s of led) {
      const p = rejoined.partitions.find((x) => x.partitionIndex === s.partitionIndex)!
      assert.equal(p.leaderId, victim)
      assert.ok(p.leaderEpoch > s.leaderEpoch + 1, `fencing-${p.partitionIndex}: leader epoch ${p.leaderEpoch} after ${s.leaderEpoch} (moved away and back)`)
    }
  })
})

test('SIGTERM is a controlled shutdown: the broker leads nothing when its process exits (exit code 0)', { timeout: 120_000 }, async () => {
  await cluster.withLogs(async () => {
    // Whatever the test before left stopped runs again: this one needs the three brokers.
    for (const id of [1, 2, 3]) if (!cluster.running(id)) await cluster.restart(id)
    await cluster.waitForBrokers([1, 2, 3])
    const active = await cluster.activeController()
    const victim = [1, 2, 3].find((id) => id !== active)!
    const created = await cluster.createTopics(active, [{ name: 'draining', partitions: PARTITIONS, replicationFactor: 3 }])
    assert.equal(created.topics[0]!.errorCode, 0, created.topics[0]!.errorMessage ?? '')
    const initial = await cluster.waitForTopic(active, 'draining', (t) => t.partitions.every((p) => p.leaderId === p.replicaNodes[0]))
    assert.ok(initial.partitions.some((p) => p.leaderId === victim), `node ${victim} leads some partitions`)

    const exit = await cluster.signal(victim, 'SIGTERM')
    assert.deepEqual(exit, { code: 0, signal: null }, cluster.report([victim]))
    // Asked at once of the active controller, whose image has every change it committed: the victim's
    // last heartbeat was just now, so its session cannot have expired yet.
    const after = (await cluster.metadata(active, ['draining'])).topics[0]!
    assert.deepEqual(after.partitions.filter((p) => p.leaderId === victim).map((p) => p.partitionIndex), [], `leaders when node ${victim} exited: ${JSON.stringify(after.partitions.map((p) => p.leaderId))}`)
    for (const p of after.partitions) assert.ok(p.leaderId >= 0, `partition ${p.partitionIndex} has a leader`)
  })
})
