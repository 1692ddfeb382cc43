// What a client sees of the controller path of a three-node cluster (three combined nodes in process on
// 127.0.0.1-3, as cluster-node.test.ts), over raw connections to the nodes' client listeners:
// - ElectLeaders (key 43) through any node: validated (a partition listed twice: INVALID_REQUEST; an
//   unknown topic: UNKNOWN_TOPIC_OR_PARTITION), forwarded to the active controller, and elections made:
//   a partition left without a leader by its two replicas' controlled shutdowns gets one by UNCLEAN
//   election once a replica is back; PREFERRED for its returned preferred replica, which is out of the
//   ISR (no replication yet to bring it back), is PREFERRED_LEADER_NOT_AVAILABLE, as Kafka answers.
// - A node left alone (the two others stopped: no quorum, no active controller) answers every request
//   that needs the controller with a Kafka error code on the same connection, which stays open:
//   NOT_CONTROLLER or REQUEST_TIMED_OUT per resource, InitProducerId COORDINATOR_LOAD_IN_PROGRESS (as
//   Kafka's broker answers while it has no producer-id block), ElectLeaders at the top level too.
// - That node's close() (its controlled shutdown never agreed to, a request still waiting on the
//   controller) ends within rivulet.shutdown.timeout.ms, not twice it.
// Waits for state, never a fixed time.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pino } from 'pino'
import { startNode, type RunningNode } from '../../src/node/node.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { defaultCreateTopicsRequest, type CreateTopicsResponse } from '../../src/protocol/generated/messages/create-topics.ts'
import { defaultDeleteTopicsRequest, type DeleteTopicsResponse } from '../../src/protocol/generated/messages/delete-topics.ts'
import { defaultCreatePartitionsRequest, type CreatePartitionsResponse } from '../../src/protocol/generated/messages/create-partitions.ts'
import { defaultAlterConfigsRequest, type AlterConfigsResponse } from '../../src/protocol/generated/messages/alter-configs.ts'
import { defaultIncrementalAlterConfigsRequest, type IncrementalAlterConfigsResponse } from '../../src/protocol/generated/messages/incremental-alter-configs.ts'
import { defaultInitProducerIdRequest, type InitProducerIdResponse } from '../../src/protocol/generated/messages/init-producer-id.ts'
import { defaultElectLeadersRequest, type ElectLeadersResponse } from '../../src/protocol/generated/messages/elect-leaders.ts'
import type { DescribeQuorumResponse } from '../../src/protocol/generated/messages/describe-quorum.ts'
import { describeMetadataQuorumRequest } from '../../src/controller/metadata/quorum-fetch.ts'
import { defaultApiVersionsRequest, type ApiVersionsResponse } from '../../src/protocol/generated/messages/api-versions.ts'
import { WireClient, encodeRequest, decodeResponse } from '../helpers/wire-client.ts'
import { freePort, waitFor } from '../helpers/raft-cluster.ts'

const SHUTDOWN_TIMEOUT_MS = 3000
const CONTROLLER_TIMEOUT_MS = 1500
const IDS = [1, 2, 3]

let root = ''
let voters = ''
const controllerPorts = new Map<number, number>()
const nodes = new Map<number, RunningNode>()

function nodeConfig (id: number): Record<string, string> {
  return {
    'node.id': String(id),
    'log.dirs': join(root, `node-${id}`),
    listeners: `PLAINTEXT://127.0.0.${id}:0,CONTROLLER://127.0.0.${id}:${controllerPorts.get(id)!}`,
    'controller.quorum.voters': voters,
    'rivulet.admin.listener': '',
    // Leaders move back only on request (ElectLeaders), never by the controller's own rebalance.
    'auto.leader.rebalance.enable': 'false',
    'rivulet.shutdown.timeout.ms': String(SHUTDOWN_TIMEOUT_MS),
    'controller.socket.timeout.ms': String(CONTROLLER_TIMEOUT_MS)
  }
}

/** Each node's WARN and ERROR lines, to count how often a failure is logged. */
const logLines = new Map<number, Array<{ level: number, msg: string, apiKey?: number, api?: string }>>()

async function start (id: number): Promise<RunningNode> {
  const lines = logLines.get(id) ?? []
  logLines.set(id, lines)
  const logger = pino({ level: 'warn' }, { write: (line: string) => { lines.push(JSON.parse(line)) } })
  const node = await startNode({ config: nodeConfig(id), logger })
  nodes.set(id, node)
  return node
}

async function stop (id: number): Promise<void> {
  const node = nodes.get(id)!
  nodes.delete(id)
  await node.close()
}

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'rivulet-cluster-errors-'))
  for (const id of IDS) controllerPorts.set(id, await freePort(`127.0.0.${id}`))
  voters = IDS.map((id) => `${id}@127.0.0.${id}:${controllerPorts.get(id)!}`).join(',')
  for (const id of IDS) {
    mkdirSync(join(root, `node-${id}`))
    writeFileSync(join(root, `node-${id}`, 'meta.properties'), `version=1\ncluster.id=cluster-errors-test-id0\nnode.id=${id}\n`)
  }
  await Promise.all(IDS.map(start))
})

after(async () => {
  for (const id of [...nodes.keys()]) await stop(id)
  rmSync(root, { recursive: true, force: true })
})

/** One raw connection to a node's client listener: requests answered in order, or null once it is closed. */
class Connection {
  private correlationId = 0
  private constructor (readonly wire: WireClient) {}

  static async open (node: RunningNode): Promise<Connection> {
    return new Connection(await WireClient.connect(node.port, node.host))
  }

  async call<T> (apiKey: number, version: number, body: unknown): Promise<T> {
    const correlationId = ++this.correlationId
    this.wire.send(encodeRequest(apiKey, version, correlationId, body))
    const frame = await this.wire.nextFrame()
    assert.ok(frame !== null, `the node closed the connection instead of answering API key ${apiKey}`)
    const { correlationId: answered, body: response } = decodeResponse<T>(frame, apiKey, version)
    assert.equal(answered, correlationId)
    return response
  }

  close (): void {
    this.wire.close()
  }
}

function apiVersionsRequest (): ReturnType<typeof defaultApiVersionsRequest> {
  const request = defaultApiVersionsRequest()
  request.clientSoftwareName = 'rivulet-test'
  request.clientSoftwareVersion = '1.0'
  return request
}

function anyNode (): RunningNode {
  return [...nodes.values()][0]!
}

function partitionOf (node: RunningNode, topic: string, partition: number): { leader: number, isr: readonly number[], replicas: readonly number[] } | undefined {
  return node.broker.image().topic(topic)?.partitions.get(partition)
}

function electRequest (electionType: number, topicPartitions: Array<{ topic: string, partitions: number[] }> | null): ReturnType<typeof defaultElectLeadersRequest> {
  const request = defaultElectLeadersRequest()
  request.electionType = electionType
  request.topicPartitions = topicPartitions
  request.timeoutMs = 20_000
  return request
}

function resultsOf (response: ElectLeadersResponse): Map<string, number> {
  return new Map(response.replicaElectionResults.flatMap((t) => t.partitionResult.map((p) => [`${t.topic}-${p.partitionId}`, p.errorCode] as [string, number])))
}

test('ElectLeaders through a client listener: validated, forwarded, UNCLEAN elects a leader for a partition left without one; PREFERRED answers per partition', { timeout: 120_000 }, async () => {
  const leaderId = anyNode().broker.metadataLeaderId()
  assert.ok(leaderId !== null)
  // X (preferred) and Y: the two nodes that are not the active controller, so no failover slows the test.
  const [x, y] = IDS.filter((id) => id !== leaderId) as [number, number]
  const connection = await Connection.open(nodes.get(leaderId)!)
  try {
    const create = defaultCreateTopicsRequest()
    create.timeoutMs = 20_000
    create.topics = [
      { name: 'spread', numPartitions: 3, replicationFactor: 3, assignments: [], configs: [] },
      { name: 'pair', numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 0, brokerIds: [x, y] }], configs: [] }
    ]
    const created = await connection.call<CreateTopicsResponse>(ApiKey.CreateTopics, 7, create)
    assert.deepEqual(created.topics.map((t) => [t.name, t.errorCode]), [['spread', ErrorCode.NONE], ['pair', ErrorCode.NONE]])

    // Every partition led by its preferred replica: nothing to elect. A partition named twice and an
    // unknown topic are answered per partition; the others are elected as usual.
    const first = await connection.call<ElectLeadersResponse>(ApiKey.ElectLeaders, 2, electRequest(0, [
      { topic: 'spread', partitions: [0, 1, 2, 1] },
      { topic: 'nope', partitions: [0] },
      { topic: 'spread', partitions: [0] }
    ]))
    assert.equal(first.errorCode, ErrorCode.NONE)
    assert.deepEqual(resultsOf(first), new Map([
      ['spread-2', ErrorCode.ELECTION_NOT_NEEDED],
      ['spread-0', ErrorCode.INVALID_REQUEST],
      ['spread-1', ErrorCode.INVALID_REQUEST],
      ['nope-0', ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]
    ]))
    // v0 (no election type: PREFERRED, no top-level code) and "every partition" (null): none needs an election.
    const v0 = await connection.call<ElectLeadersResponse>(ApiKey.ElectLeaders, 0, electRequest(0, [{ topic: 'spread', partitions: [0] }]))
    assert.deepEqual(resultsOf(v0), new Map([['spread-0', ErrorCode.ELECTION_NOT_NEEDED]]))
    const all = await connection.call<ElectLeadersResponse>(ApiKey.ElectLeaders, 1, electRequest(0, null))
    assert.deepEqual([all.errorCode, all.replicaElectionResults], [ErrorCode.NONE, []])

    // 'pair' (replicas [X, Y]): Y's controlled shutdown takes it out of the ISR; Y comes back; X's
    // controlled shutdown leaves the partition without a leader (X was its only ISR member).
    await stop(y)
    await start(y)
    await stop(x)
    const observer = nodes.get(leaderId)!
    await waitFor('pair-0 to have no leader, its ISR [X]', () => partitionOf(observer, 'pair', 0)?.leader === -1 && partitionOf(observer, 'pair', 0)?.isr.join() === String(x), 20_000)
    const unclean = await connection.call<ElectLeadersResponse>(ApiKey.ElectLeaders, 2, electRequest(1, [{ topic: 'pair', partitions: [0] }]))
    assert.deepEqual([unclean.errorCode, resultsOf(unclean)], [ErrorCode.NONE, new Map([['pair-0', ErrorCode.NONE]])])
    assert.deepEqual([partitionOf(observer, 'pair', 0)?.leader, partitionOf(observer, 'pair', 0)?.isr], [y, [y]])

    // X back and unfenced: it is the preferred replica but out of the ISR.
    await start(x)
    await waitFor('X to be unfenced', () => observer.broker.image().brokers.get(x)?.fenced === false, 20_000)
    const preferred = await connection.call<ElectLeadersResponse>(ApiKey.ElectLeaders, 2, electRequest(0, [{ topic: 'pair', partitions: [0] }, { topic: 'spread', partitions: [0, 1, 2] }]))
    assert.equal(preferred.errorCode, ErrorCode.NONE)
    assert.equal(resultsOf(preferred).get('pair-0'), ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE)
  } finally {
    connection.close()
  }
})

test('a node without a quorum answers every controller request with a Kafka error on an open connection, and stops within rivulet.shutdown.timeout.ms', { timeout: 120_000 }, async () => {
  const [survivorId, ...others] = [...nodes.keys()] as [number, ...number[]]
  for (const id of others) await stop(id)
  const survivor = nodes.get(survivorId)!
  await waitFor('the survivor to know no leader or a leader it cannot reach', () => survivor.broker.metadataLeaderId() !== survivorId, 20_000)
  const connection = await Connection.open(survivor)
  const unreachable = [ErrorCode.NOT_CONTROLLER, ErrorCode.REQUEST_TIMED_OUT] as number[]
  try {
    const init = defaultInitProducerIdRequest()
    init.transactionalId = null
    const producerId = await connection.call<InitProducerIdResponse>(ApiKey.InitProducerId, 4, init)
    assert.deepEqual([producerId.errorCode, producerId.producerId, producerId.producerEpoch], [ErrorCode.COORDINATOR_LOAD_IN_PROGRESS, -1n, -1])

    const create = defaultCreateTopicsRequest()
    create.timeoutMs = 1000
    create.topics = [{ name: 'late', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }]
    const created = await connection.call<CreateTopicsResponse>(ApiKey.CreateTopics, 7, create)
    assert.ok(unreachable.includes(created.topics[0]!.errorCode), `CreateTopics: ${created.topics[0]!.errorCode}`)

    const del = defaultDeleteTopicsRequest()
    del.timeoutMs = 1000
    del.topics = [{ name: 'spread', topicId: 'AAAAAAAAAAAAAAAAAAAAAA' }]
    const deleted = await connection.call<DeleteTopicsResponse>(ApiKey.DeleteTopics, 6, del)
    assert.ok(unreachable.includes(deleted.responses[0]!.errorCode), `DeleteTopics: ${deleted.responses[0]!.errorCode}`)

    const grow = defaultCreatePartitionsRequest()
    grow.timeoutMs = 1000
    grow.topics = [{ name: 'spread', count: 4, assignments: null }]
    const grown = await connection.call<CreatePartitionsResponse>(ApiKey.CreatePartitions, 3, grow)
    assert.ok(unreachable.includes(grown.results[0]!.errorCode), `CreatePartitions: ${grown.results[0]!.errorCode}`)

    const alter = defaultAlterConfigsRequest()
    alter.resources = [{ resourceType: 2, resourceName: 'spread', configs: [{ name: 'retention.ms', value: '60000' }] }]
    const altered = await connection.call<AlterConfigsResponse>(ApiKey.AlterConfigs, 2, alter)
    assert.ok(unreachable.includes(altered.responses[0]!.errorCode), `AlterConfigs: ${altered.responses[0]!.errorCode}`)

    const incremental = defaultIncrementalAlterConfigsRequest()
    incremental.resources = [{ resourceType: 2, resourceName: 'spread', configs: [{ name: 'retention.ms', configOperation: 0, value: '60000' }] }]
    const incremented = await connection.call<IncrementalAlterConfigsResponse>(ApiKey.IncrementalAlterConfigs, 1, incremental)
    assert.ok(unreachable.includes(incremented.responses[0]!.errorCode), `IncrementalAlterConfigs: ${incremented.responses[0]!.errorCode}`)

    const elect = electRequest(0, [{ topic: 'spread', partitions: [0] }])
    elect.timeoutMs = 1000
    const elected = await connection.call<ElectLeadersResponse>(ApiKey.ElectLeaders, 2, elect)
    assert.ok(unreachable.includes(elected.errorCode), `ElectLeaders: ${elected.errorCode}`)
    assert.equal(resultsOf(elected).get('spread-0'), elected.errorCode)

    const quorum = await connection.call<DescribeQuorumResponse>(ApiKey.DescribeQuorum, 1, describeMetadataQuorumRequest())
    assert.ok(quorum.errorCode !== ErrorCode.NONE || quorum.topics[0]?.partitions[0]?.errorCode === ErrorCode.NOT_LEADER_OR_FOLLOWER, `DescribeQuorum: ${JSON.stringify(quorum, (_k, v) => typeof v === 'bigint' ? String(v) : v)}`)

    // Each request's failure logged once (by the forwarding channel, when it gave up), nothing at ERROR.
    const logged = logLines.get(survivorId)!
    const unanswered = logged.filter((l) => l.msg.startsWith('controller request unanswered')).map((l) => l.apiKey).sort((x, y) => x! - y!)
    assert.deepEqual(unanswered, [ApiKey.CreateTopics, ApiKey.DeleteTopics, ApiKey.AlterConfigs, ApiKey.CreatePartitions, ApiKey.ElectLeaders, ApiKey.IncrementalAlterConfigs, ApiKey.DescribeQuorum, ApiKey.AllocateProducerIds])
    assert.deepEqual(logged.filter((l) => l.api !== undefined || l.level >= 50).map((l) => l.msg), [])

    // The same connection still serves.
    const versions = await connection.call<ApiVersionsResponse>(ApiKey.ApiVersions, 3, apiVersionsRequest())
    assert.equal(versions.errorCode, ErrorCode.NONE)
    assert.ok(versions.apiKeys.some((k) => k.apiKey === ApiKey.ElectLeaders && k.maxVersion === 2), 'ElectLeaders v0-v2 is advertised')
  } finally {
    connection.close()
  }

  // A CreateTopics waiting on the controller while the node stops: the drain cannot hold the stop
  // past the one bound (the controlled shutdown, never agreed to, has already used half of it).
  const waiting = await Connection.open(survivor)
  const slow = defaultCreateTopicsRequest()
  slow.timeoutMs = 60_000
  slow.topics = [{ name: 'never', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }]
  waiting.wire.send(encodeRequest(ApiKey.CreateTopics, 7, 1, slow))
  // Answered on a second connection opened after the CreateTopics was written: the node has read it.
  const probe = await Connection.open(survivor)
  await probe.call<ApiVersionsResponse>(ApiKey.ApiVersions, 3, apiVersionsRequest())
  probe.close()
  const startedMs = performance.now()
  await stop(survivorId)
  const tookMs = performance.now() - startedMs
  waiting.close()
  // The bound, plus closing the partition logs and the @metadata log (twice the bound before).
  assert.ok(tookMs < SHUTDOWN_TIMEOUT_MS + 1500, `close() took ${Math.round(tookMs)} ms with rivulet.shutdown.timeout.ms=${SHUTDOWN_TIMEOUT_MS}`)
})
