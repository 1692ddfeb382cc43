// kill -9 of the active controller (the @metadata quorum's leader), three combined nodes as processes:
// another node becomes the active controller, CreateTopics sent to any node succeeds again, and every
// node's committed image is the same once they have applied the log to one offset (the admin API's
// digest); the killed node, restarted on its data, comes to that image too. Also: no election sooner
// than controller.quorum.election.timeout.ms.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { withCluster } from '../helpers/cluster-processes.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'

test('kill -9 of the active controller: another node takes over, CreateTopics works again through any node, the images agree', { timeout: 120_000 }, async () => {
  await withCluster({ voters: 3 }, async (cluster) => {
    await cluster.waitForBrokers([1, 2, 3])
    const first = await cluster.activeController()
    const before = await cluster.createTopics(1, [{ name: 'before-failover', partitions: 3, replicationFactor: 3, configs: { 'retention.ms': '3600000' } }])
    assert.equal(before.topics[0]!.errorCode, 0, before.topics[0]!.errorMessage ?? '')
    await cluster.waitForTopic(first, 'before-failover')

    await cluster.kill(first)
    const second = await cluster.activeController()
    assert.notEqual(second, first)
    // Through the survivor that is not the controller: the request is forwarded to the new one.
    const via = [1, 2, 3].find((id) => id !== first && id !== second)!
    const after = await cluster.createTopics(via, [{ name: 'after-failover', partitions: 3, replicationFactor: 2 }])
    // TOPIC_ALREADY_EXISTS is this request's own creation, answered to its resend: a forwarded request
    // whose controller moved or whose connection broke is sent again, and the first send may have been
    // committed (remote-controller-channel.ts; Kafka's forwarding has the same window). No one else
    // creates this topic, so its shape below is what this request asked for.
    assert.ok(([ErrorCode.NONE, ErrorCode.TOPIC_ALREADY_EXISTS] as number[]).includes(after.topics[0]!.errorCode), after.topics[0]!.errorMessage ?? '')
    for (const id of [second, via]) {
      await cluster.waitForTopic(id, 'after-failover', (t) => t.partitions.length === 3 && t.partitions.every((p) => p.replicaNodes.length === 2))
      await cluster.waitForTopic(id, 'before-failover')
    }
    const images = await cluster.imagesAtOneOffset()
    assert.equal(new Set([...images.values()].map((i) => i.digest)).size, 1, `digests at one offset: ${JSON.stringify([...images])}`)

    await cluster.restart(first)
    await cluster.waitForBrokers([1, 2, 3])
    await cluster.waitForTopic(first, 'after-failover')
    const again = await cluster.imagesAtOneOffset()
    assert.equal(again.size, 3)
    assert.equal(new Set([...again.values()].map((i) => i.digest)).size, 1, `digests at one offset after the restart: ${JSON.stringify([...again])}`)
  })
})

// A paused controller answers nothing: requests the brokers had sent it (their heartbeats among them)
// wait for their timeout (controller.socket.timeout.ms, 30 s by default), longer than a broker's
// session. Each broker must move them to the next active controller as soon as it learns of it, or that
// controller fences every broker whose heartbeat is stuck on the old one.
test('SIGSTOP of the active controller: the other two elect a new one and stay unfenced; only the paused broker is fenced', { timeout: 120_000 }, async () => {
  const sessionTimeoutMs = 3000
  await withCluster({ voters: 3, config: { 'broker.session.timeout.ms': String(sessionTimeoutMs), 'broker.heartbeat.interval.ms': '500' } }, async (cluster) => {
    await cluster.waitForBrokers([1, 2, 3])
    const paused = await cluster.activeController()
    const survivors = [1, 2, 3].filter((id) => id !== paused)
    cluster.pause(paused)
    try {
      const next = await cluster.until('a survivor to name a new active controller', async () => {
        const quorum = await cluster.describeQuorum(survivors[0]!).catch(() => null)
        return quorum !== null && quorum.leaderId >= 0 && quorum.leaderId !== paused ? quorum.leaderId : null
      })
      assert.ok(survivors.includes(next))
      // The paused broker's session ends one session timeout after the new controller started it;
      // so would the survivors' if their heartbeats were stuck on the paused node.
      const metadata = await cluster.until(`survivors' Metadata without the paused node ${paused}`, async () => {
        const m = await cluster.metadata(survivors[0]!).catch(() => null)
        return m !== null && !m.brokers.some((b) => b.nodeId === paused) ? m : null
      }, 30_000)
      assert.deepEqual(metadata.brokers.map((b) => b.nodeId).sort((a, b) => a - b), survivors, `brokers when node ${paused} was fenced`)
      const created = await cluster.createTopics(survivors[1]!, [{ name: 'while-paused', partitions: 2, replicationFactor: 1 }])
      assert.equal(created.topics[0]!.errorCode, 0, created.topics[0]!.errorMessage ?? '')
    } finally {
      cluster.resume(paused)
    }
    await cluster.waitForBrokers([1, 2, 3])
  })
})

// controller.quorum.election.timeout.ms is the Raft election timeout in force: a follower campaigns only
// after hearing no leader for at least that long, so after a kill -9 of the leader no new active
// controller can be named sooner (the default, 1000 ms, elects within 1-2 s). A lower bound only: a
// slow machine delays the election, never hastens it.
test('controller.quorum.election.timeout.ms=5000: no new active controller until 4 s after the leader\'s kill -9', { timeout: 120_000 }, async () => {
  const electionTimeoutMs = 5000
  await withCluster({ voters: 3, config: { 'controller.quorum.election.timeout.ms': String(electionTimeoutMs) } }, async (cluster) => {
    await cluster.waitForBrokers([1, 2, 3])
    for (const id of [1, 2, 3]) {
      assert.ok(cluster.node(id).logLines.some((l) => l.includes('"msg":"raft node started"') && l.includes(`"electionTimeoutMs":${electionTimeoutMs}`)), `node ${id} logs its election timeout`)
    }
    const first = await cluster.activeController()
    const killedAt = Date.now()
    await cluster.kill(first)
    const second = await cluster.activeController(60_000)
    const elapsedMs = Date.now() - killedAt
    assert.notEqual(second, first)
    // The followers last heard the leader shortly before the kill (a heartbeat every 100 ms tick, once
    // its fsync is done: a slow fsync or a pause moves it earlier), so 1 s of slack.
    assert.ok(elapsedMs >= electionTimeoutMs - 1000, `a new active controller ${elapsedMs} ms after the kill, before the ${electionTimeoutMs} ms election timeout`)
  })
})
