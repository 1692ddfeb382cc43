// Creating many partitions.
// 1. The controller side alone, in process: a QuorumController over a real @metadata log (a one-voter
//    RaftNode) in a temp directory, CreateTopics of 5,000 partitions at a time (Kafka's own limit is
//    10,000) until the count is reached: decisions, log appends with fsync, the image fold, snapshots;
//    then the replay of that log as a restart does it. No partition files.
// 2. A real `rivulet` process: the time to create the partitions with their logs, the longest an
//    ApiVersions request on another connection waited meanwhile (other connections must not stall
//    behind the creation), the time to restart the node holding them, next to the start time of an
//    empty node measured in the same run (most of a start is Node and tsx loading), and the time to
//    delete them all with the longest ApiVersions wait meanwhile.
// `PARTITION_COUNTS=1000,10000 CONTROLLER_COUNTS=1000,100000 npm run bench partitions` picks other counts.
import { performance } from 'node:perf_hooks'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RaftMetadataLog } from '../src/controller/metadata/metadata-log.ts'
import { silentLogger } from '../src/util/logger.ts'
import { QuorumController } from '../src/controller/quorum-controller/quorum-controller.ts'
import { startBrokerProcess, type BrokerProcess } from '../test/helpers/broker-process.ts'
import { WireClient, encodeRequest, decodeResponse } from '../test/helpers/wire-client.ts'
import { BROKER_CONFIG_BY_NAME } from '../src/config/broker-config.ts'
import type { CreateTopicsResponse } from '../src/protocol/generated/messages/create-topics.ts'
import type { DeleteTopicsResponse } from '../src/protocol/generated/messages/delete-topics.ts'
import { fmt } from './measure.ts'

const API_VERSIONS = 18
const CREATE_TOPICS = 19
const DELETE_TOPICS = 20
const PARTITIONS_PER_REQUEST = 5_000
const NODE_PARTITIONS_KEY = 'rivulet.node.partitions.max'

/** Sends ApiVersions one at a time on its own connection until stopped; keeps the slowest answer. */
class Probe {
  slowestMs = 0
  answered = 0
  private stopped = false
  private readonly loop: Promise<void>

  constructor (private readonly client: WireClient) {
    this.loop = this.run()
  }

  private async run (): Promise<void> {
    let id = 0
    while (!this.stopped) {
      const start = performance.now()
      this.client.send(encodeRequest(API_VERSIONS, 3, ++id, { clientSoftwareName: 'probe', clientSoftwareVersion: '1' }))
      if (await this.client.nextFrame() === null) throw new Error('the broker closed the probe connection')
      this.slowestMs = Math.max(this.slowestMs, performance.now() - start)
      this.answered++
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
  }

  async stop (): Promise<void> {
    this.stopped = true
    await this.loop
  }
}

async function createPartitions (port: number, total: number): Promise<void> {
  const client = await WireClient.connect(port)
  try {
    for (let created = 0, topic = 0; created < total; topic++) {
      const count = Math.min(PARTITIONS_PER_REQUEST, total - created)
      const body = { topics: [{ name: `bench-${topic}`, numPartitions: count, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 600_000, validateOnly: false }
      client.send(encodeRequest(CREATE_TOPICS, 7, topic + 1, body))
      const frame = await client.nextFrame()
      if (frame === null) throw new Error('the broker closed the connection')
      const result = decodeResponse<CreateTopicsResponse>(frame, CREATE_TOPICS, 7).body.topics[0]!
      if (result.errorCode !== 0) throw new Error(`CreateTopics failed: ${result.errorCode} ${result.errorMessage ?? ''}`)
      created += count
    }
  } finally {
    client.close()
  }
}

/** Deletes the bench topics in one DeleteTopics request. */
async function deleteTopics (port: number, topics: number): Promise<void> {
  const client = await WireClient.connect(port)
  try {
    const names = Array.from({ length: topics }, (_, i) => ({ name: `bench-${i}`, topicId: 'AAAAAAAAAAAAAAAAAAAAAA' }))
    client.send(encodeRequest(DELETE_TOPICS, 6, 1, { topics: names, topicNames: [], timeoutMs: 600_000 }))
    const frame = await client.nextFrame()
    if (frame === null) throw new Error('the broker closed the connection')
    for (const r of decodeResponse<DeleteTopicsResponse>(frame, DELETE_TOPICS, 6).body.responses) {
      if (r.errorCode !== 0) throw new Error(`DeleteTopics failed: ${r.errorCode} ${r.errorMessage ?? ''}`)
    }
  } finally {
    client.close()
  }
}

async function timedStart (args: string[], dataDir?: string): Promise<{ node: BrokerProcess, ms: number }> {
  const start = performance.now()
  const node = await startBrokerProcess(args, 600_000, dataDir)
  return { node, ms: performance.now() - start }
}

/** Creates `total` partitions through a controller over a real @metadata log; then replays that log. */
async function controllerSide (total: number): Promise<{ createMs: number, replayMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-bench-controller-'))
    const defaults = { numPartitions: 1, replicationFactor: 1, deleteTopicEnable: true, nodePartitionsMax: total }
  const snapshotBytes = 20 * 1024 * 1024
  try {
    const controller = QuorumController.replay(await RaftMetadataLog.open({ parentDir: dir, nodeId: 1, logger: silentLogger() }), defaults, snapshotBytes)
    await controller.registerLocalBroker({ nodeId: 1, endpoints: [{ name: 'PLAINTEXT', host: '127.0.0.1', port: 9092 }], rack: null })
    const start = performance.now()
    for (let created = 0, topic = 0; created < total; topic++) {
      const count = Math.min(PARTITIONS_PER_REQUEST, total - created)
      const [result] = await controller.createTopics([{ name: `bench-${topic}`, numPartitions: count, replicationFactor: 1, assignments: [], configs: new Map() }], false)
      if (result!.errorCode !== 0) throw new Error(`CreateTopics failed: ${result!.errorCode} ${result!.errorMessage ?? ''}`)
      created += count
    }
    const createMs = performance.now() - start
    await controller.close()
    const replayStart = performance.now()
    const replayed = QuorumController.replay(await RaftMetadataLog.open({ parentDir: dir, nodeId: 1, logger: silentLogger() }), defaults, snapshotBytes)
    const replayMs = performance.now() - replayStart
    let partitions = 0
    for (const t of replayed.image().topicsById.values()) partitions += t.partitions.size
    if (partitions !== total) throw new Error(`replay found ${partitions} partitions, not ${total}`)
    await replayed.close()
    return { createMs, replayMs }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export default async function (): Promise<void> {
  const controllerCounts = (process.env.CONTROLLER_COUNTS ?? '1000,10000,50000,100000').split(',').map(Number)
  console.log('Controller side (decisions, @metadata log, image), requests of 5,000 partitions:\n')
  console.log('| partitions | create | per 1,000 | replay at restart |')
  console.log('| --- | --- | --- | --- |')
  for (const count of controllerCounts) {
    const { createMs, replayMs } = await controllerSide(count)
    console.log(`| ${fmt(count)} | ${fmt(createMs / 1000, 2)} s | ${fmt(createMs / count * 1000)} ms | ${fmt(replayMs)} ms |`)
  }
  const counts = (process.env.PARTITION_COUNTS ?? '1000,10000,50000').split(',').map(Number)
  console.log('\nA rivulet process (partition logs on disk):\n')
  // The setting exists only once the node bounds its partitions; older trees run without it.
  const args = BROKER_CONFIG_BY_NAME.has(NODE_PARTITIONS_KEY) ? [`--${NODE_PARTITIONS_KEY}=${Math.max(...counts)}`] : []
  console.log('| partitions | create | per 1,000 | slowest ApiVersions meanwhile | restart | empty node start | delete all | slowest ApiVersions meanwhile |')
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const count of counts) {
    const empty = await timedStart(args)
    let node = empty.node
    try {
      const probe = new Probe(await WireClient.connect(node.port))
      const start = performance.now()
      await createPartitions(node.port, count)
      const createMs = performance.now() - start
      await probe.stop()
      await node.stop()
      const restarted = await timedStart(args, node.dataDir)
      node = restarted.node
      const deleteProbe = new Probe(await WireClient.connect(node.port))
      const deleteStart = performance.now()
      await deleteTopics(node.port, Math.ceil(count / PARTITIONS_PER_REQUEST))
      const deleteMs = performance.now() - deleteStart
      await deleteProbe.stop()
      console.log(`| ${fmt(count)} | ${fmt(createMs / 1000, 2)} s | ${fmt(createMs / count * 1000)} ms | ${fmt(probe.slowestMs)} ms (${fmt(probe.answered)} answered) | ${fmt(restarted.ms / 1000, 2)} s | ${fmt(empty.ms / 1000, 2)} s | ${fmt(deleteMs / 1000, 2)} s | ${fmt(deleteProbe.slowestMs)} ms (${fmt(deleteProbe.answered)} answered) |`)
    } finally {
      node.cleanup()
    }
  }
}
