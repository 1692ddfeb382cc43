// kill -9 of the active controller (the @metadata quorum's leader), three combined nodes as processes:
// another node becomes the active controller, CreateTopics sent to any node succeeds again, and every
// node's committed image is the same once they have applied the log to one offset (the admin API's
// digest); the killed node, restarted on its data, comes to that image too.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { withCluster } from '../helpers/cluster-processes.ts'

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
    assert.equal(after.topics[0]!.errorCode, 0, after.topics[0]!.errorMessage ?? '')
    for (const id of [second, via]) {
      await cluster.waitForTopic(id, 'after-failover')
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
