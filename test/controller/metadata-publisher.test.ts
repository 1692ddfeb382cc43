// One apply path: every committed @metadata entry reaches the image through the publisher, whoever
// proposed it (here: an append made straight on the log, as an entry of another node's controller
// arrives through Raft), subscribers are told in order, and a controller's answer comes only once
// the image includes its entry. A proposal that fails leaves the image as it was.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RaftMetadataLog } from '../../src/controller/metadata/metadata-log.ts'
import { record } from '../../src/controller/metadata/metadata-record.ts'
import { MetadataRecordType as T } from '../../src/protocol/generated/metadata-records/index.ts'
import { QuorumController } from '../../src/controller/quorum-controller/quorum-controller.ts'
import { silentLogger } from '../../src/util/logger.ts'

const defaults = { numPartitions: 2, replicationFactor: 1, deleteTopicEnable: true, nodePartitionsMax: 20_000 }
const broker = { nodeId: 1, endpoints: [{ name: 'PLAINTEXT', host: 'localhost', port: 9092 }], rack: null }

async function withController (body: (log: RaftMetadataLog, controller: QuorumController) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-publisher-'))
  let controller: QuorumController | null = null
  try {
    const log = await RaftMetadataLog.open({ parentDir: dir, nodeId: 1, logger: silentLogger() })
    controller = QuorumController.replay(log, defaults, 1 << 30)
    await body(log, controller)
  } finally {
    await controller?.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

test('an entry the controller did not propose reaches the image and the subscribers, in log order', async () => {
  await withController(async (log, controller) => {
    const seen: Array<{ offset: number, topics: string[] }> = []
    controller.onImage((image, previous, records) => {
      assert.ok(image.offset > previous.offset, 'each image follows the one before')
      seen.push({ offset: image.offset, topics: [...image.topicIdsByName.keys()].sort() })
      assert.ok(records.length > 0)
    })
    await controller.registerLocalBroker(broker)
    // Proposed by someone else: it reaches this node only as an applied entry.
    const foreign = await log.append([record(T.Topic, { name: 'foreign', topicId: Buffer.alloc(16, 7).toString('base64url') })])
    assert.equal(controller.image().offset, foreign, 'the image includes the entry once its append resolves')
    assert.ok(controller.image().topic('foreign') !== undefined)
    const [created] = await controller.createTopics([{ name: 'mine', numPartitions: 1, replicationFactor: -1, assignments: [], configs: new Map() }], false)
    assert.equal(created!.errorCode, 0)
    // The registration (fenced, as KRaft registers) and the heartbeat that unfences it, then the topics.
    assert.deepEqual(seen.map((s) => s.topics), [[], [], ['foreign'], ['foreign', 'mine']])
    // The controller decides on the image that includes the foreign entry: the name is taken.
    const [again] = await controller.createTopics([{ name: 'foreign', numPartitions: 1, replicationFactor: -1, assignments: [], configs: new Map() }], false)
    assert.equal(again!.errorCode, 36, 'TOPIC_ALREADY_EXISTS')
  })
})

test('a proposal the log refuses leaves the image as it was', async () => {
  await withController(async (log, controller) => {
    await controller.registerLocalBroker(broker)
    const before = controller.image()
    await log.close()
    await assert.rejects(controller.createTopics([{ name: 'lost', numPartitions: 1, replicationFactor: -1, assignments: [], configs: new Map() }], false))
    assert.equal(controller.image(), before)
  })
})
