// startNode as a node of a cluster: three combined nodes (process.roles=broker,controller) of a
// three-voter quorum on 127.0.0.1-3, each with its own client and controller listener and the same
// cluster id in meta.properties, form the @metadata quorum over their controller listeners and
// register their brokers through it; a config change and a CreateTopics sent to any node's client
// listener are forwarded to the active controller and reach every node's image (the topic's
// preferred leaders spread over the three brokers). The single roles: node-roles.test.ts. Waits for
// state, never a fixed time.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startNode, type RunningNode } from '../../src/node/node.ts'
import { KafkaClient } from '../../src/network/kafka-client.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { defaultIncrementalAlterConfigsRequest } from '../../src/protocol/generated/messages/incremental-alter-configs.ts'
import { defaultCreateTopicsRequest } from '../../src/protocol/generated/messages/create-topics.ts'
import { silentLogger } from '../../src/util/logger.ts'
import { freePort, waitFor } from '../helpers/raft-cluster.ts'

test('three combined nodes form the quorum; a config change sent to any node reaches every node\'s image', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'rivulet-cluster-node-'))
  const nodes: RunningNode[] = []
  const client = new KafkaClient({ clientId: 'test', localAddress: '127.0.0.1', logger: silentLogger() })
  t.after(async () => {
    await client.close()
    for (const node of nodes) await node.close()
    rmSync(root, { recursive: true, force: true })
  })
  const ids = [1, 2, 3]
  const controllerPorts = new Map<number, number>()
  for (const id of ids) controllerPorts.set(id, await freePort(`127.0.0.${id}`))
  const voters = ids.map((id) => `${id}@127.0.0.${id}:${controllerPorts.get(id)!}`).join(',')
  const started = ids.map(async (id) => {
    const dir = join(root, `node-${id}`)
    mkdirSync(dir)
    // One cluster id on every node, as `rivulet format --cluster-id` writes it.
    writeFileSync(join(dir, 'meta.properties'), `version=1\ncluster.id=cluster-node-test-id0\nnode.id=${id}\n`)
    return await startNode({
      config: {
        'node.id': String(id),
        'log.dirs': dir,
        listeners: `PLAINTEXT://127.0.0.${id}:0,CONTROLLER://127.0.0.${id}:${controllerPorts.get(id)!}`,
        'controller.quorum.voters': voters,
        'rivulet.admin.listener': ''
      }
    })
  })
  nodes.push(...await Promise.all(started))
  // Sent to each node's client listener in turn: two of the three are not the active controller.
  for (const [i, node] of nodes.entries()) {
    const request = defaultIncrementalAlterConfigsRequest()
    request.resources = [{ resourceType: 4, resourceName: '', configs: [{ name: 'log.retention.ms', configOperation: 0, value: String(60_000 + i) }] }]
    const response = await client.send({ host: node.host, port: node.port }, ApiKey.IncrementalAlterConfigs, 1, request, 20_000)
    assert.equal(response.responses[0]!.errorCode, ErrorCode.NONE, response.responses[0]!.errorMessage ?? '')
    await waitFor('every node to apply the cluster default', () => nodes.every((n) => n.broker.image().brokerConfig('').get('log.retention.ms') === String(60_000 + i)), 20_000)
  }
  // Every broker registered through its channel (BrokerRegistration on the active controller), so a
  // topic of replication factor 3 can be placed; created through each node in turn.
  for (const [i, node] of nodes.entries()) {
    const request = defaultCreateTopicsRequest()
    request.timeoutMs = 20_000
    request.topics = [{ name: `spread-${i}`, numPartitions: 3, replicationFactor: 3, assignments: [], configs: [] }]
    const response = await client.send({ host: node.host, port: node.port }, ApiKey.CreateTopics, 7, request, 30_000)
    assert.equal(response.topics[0]!.errorCode, ErrorCode.NONE, response.topics[0]!.errorMessage ?? '')
    assert.ok(node.broker.image().topic(`spread-${i}`) !== undefined, 'the answering node\'s image has the topic')
    await waitFor('every node to hold the topic', () => nodes.every((n) => n.broker.image().topic(`spread-${i}`)?.partitions.size === 3), 20_000)
    const leaders = new Set([...node.broker.image().topic(`spread-${i}`)!.partitions.values()].map((p) => p.leader))
    assert.equal(leaders.size, 3, 'the preferred leaders are spread over the three brokers')
  }
})
