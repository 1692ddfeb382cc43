// The admin API's hosted-partition view and batch digest (src/admin/partition-view.ts) against an
// in-process broker: the digest must equal a SHA-256 of the segment file's own bytes (read here from
// disk, batch boundaries found from the batch headers), so a replica comparison by digest is a
// comparison of stored bytes; bad requests get 400 and 404 with a reason.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kafka, logLevel } from 'kafkajs'
import { startBroker } from '../../src/index.ts'

const TOPIC = 'digest-topic'
/** Records per produce: kafkajs sends each `send` as one batch. */
const SENDS = [3, 1, 4, 2]

interface Digest { startOffset: number, requestedEnd: number, endOffset: number, batches: number, bytes: number, sha256: string }

function sha256 (...parts: Buffer[]): string {
  const h = createHash('sha256')
  for (const p of parts) h.update(p)
  return h.digest('hex')
}

/** The batches of a segment file: [baseOffset, lastOffset, bytes] each, from the headers alone. */
function segmentBatches (file: Buffer): Array<{ base: number, last: number, bytes: Buffer }> {
  const out: Array<{ base: number, last: number, bytes: Buffer }> = []
  for (let at = 0; at < file.length;) {
    const size = 12 + file.readInt32BE(at + 8)
    const base = Number(file.readBigInt64BE(at))
    out.push({ base, last: base + file.readInt32BE(at + 23), bytes: file.subarray(at, at + size) })
    at += size
  }
  return out
}

test('admin HTTP API: GET /v1/partitions and the batch digest, which equals a SHA-256 of the stored bytes; 400 and 404 for bad requests', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-admin-partitions-'))
  const broker = await startBroker({ config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': 'http://127.0.0.1:0', 'log.dirs': dir } })
  try {
    const kafka = new Kafka({ clientId: 'partitions-api', brokers: [`127.0.0.1:${broker.port}`], logLevel: logLevel.NOTHING })
    const admin = kafka.admin()
    await admin.connect()
    await admin.createTopics({ topics: [{ topic: TOPIC, numPartitions: 2, replicationFactor: 1 }] })
    const producer = kafka.producer()
    await producer.connect()
    let n = 0
    for (const count of SENDS) await producer.send({ topic: TOPIC, messages: Array.from({ length: count }, () => ({ partition: 0, value: `m${n++}` })) })
    await producer.disconnect()
    const total = n
    const base = `http://127.0.0.1:${broker.adminPort!}`
    const get = async (path: string): Promise<{ status: number, body: unknown }> => {
      const res = await fetch(base + path)
      return { status: res.status, body: await res.json() }
    }

    const listed = await get('/v1/partitions')
    assert.equal(listed.status, 200)
    assert.deepEqual((listed.body as { partitions: unknown[] }).partitions.map((p) => {
      const { topicId, ...rest } = p as { topicId: string }
      assert.match(topicId, /\S/)
      return rest
    }), [0, 1].map((partition) => ({
      topic: TOPIC, partition, leader: 1, leaderEpoch: 0, partitionEpoch: 0, replicas: [1], isr: [1], role: 'leader',
      logStartOffset: 0, logEndOffset: partition === 0 ? total : 0, highWatermark: partition === 0 ? total : 0
    })))

    const segmentDir = join(dir, `${TOPIC}-0`)
    const segment = readdirSync(segmentDir).find((f) => f.endsWith('.log'))!
    const file = readFileSync(join(segmentDir, segment))
    const batches = segmentBatches(file)
    assert.deepEqual(batches.map((b) => b.last - b.base + 1), SENDS, 'one stored batch per send')

    const digest = async (end: number | string, partition = 0): Promise<Digest> => {
      const res = await get(`/v1/partitions/${TOPIC}/${partition}/digest?end=${end}`)
      assert.equal(res.status, 200, JSON.stringify(res.body))
      return res.body as Digest
    }
    // The whole log: the segment file itself.
    assert.deepEqual(await digest(total), { topic: TOPIC, partition: 0, startOffset: 0, requestedEnd: total, endOffset: total, batches: SENDS.length, bytes: file.length, sha256: sha256(file) })
    // A batch boundary: the first two batches.
    const two = batches[1]!.last + 1
    assert.deepEqual(await digest(two), { topic: TOPIC, partition: 0, startOffset: 0, requestedEnd: two, endOffset: two, batches: 2, bytes: batches[0]!.bytes.length + batches[1]!.bytes.length, sha256: sha256(batches[0]!.bytes, batches[1]!.bytes) })
    // Inside the third batch: only whole batches count, so it is the digest of the first two.
    const inside = await digest(two + 2)
    assert.equal(inside.endOffset, two)
    assert.equal(inside.sha256, sha256(batches[0]!.bytes, batches[1]!.bytes))
    // Nothing: end at the log start, and an empty partition.
    assert.deepEqual(await digest(0), { topic: TOPIC, partition: 0, startOffset: 0, requestedEnd: 0, endOffset: 0, batches: 0, bytes: 0, sha256: sha256() })
    assert.equal((await digest(0, 1)).sha256, sha256())

    const refused = async (path: string, status: number, pattern: RegExp): Promise<void> => {
      const res = await get(path)
      assert.equal(res.status, status, `${path}: ${JSON.stringify(res.body)}`)
      assert.match((res.body as { error: string }).error, pattern, path)
    }
    await refused(`/v1/partitions/${TOPIC}/0/digest`, 400, /end .*required/)
    await refused(`/v1/partitions/${TOPIC}/0/digest?end=abc`, 400, /non-negative integer/)
    await refused(`/v1/partitions/${TOPIC}/0/digest?end=-1`, 400, /non-negative integer/)
    await refused(`/v1/partitions/${TOPIC}/0/digest?end=${total + 1}`, 400, new RegExp(`outside the log \\[0, ${total}\\]`))
    await refused(`/v1/partitions/${TOPIC}/x/digest?end=1`, 400, /partition must be/)
    await refused(`/v1/partitions/${TOPIC}/7/digest?end=0`, 404, /not hosted/)
    await refused('/v1/partitions/no-such-topic/0/digest?end=0', 404, /unknown topic/)

    // After DeleteRecords the digest starts at the batch holding the new log start, as a replica's would.
    await admin.fetchTopicMetadata({ topics: [TOPIC] }) // kafkajs's admin finds the leader in its metadata cache
    await admin.deleteTopicRecords({ topic: TOPIC, partitions: [{ partition: 0, offset: String(two + 1) }] })
    await refused(`/v1/partitions/${TOPIC}/0/digest?end=${two}`, 400, new RegExp(`outside the log \\[${two + 1}, ${total}\\]`))
    const after = await digest(total)
    assert.equal(after.startOffset, two + 1)
    assert.equal(after.sha256, sha256(batches[2]!.bytes, batches[3]!.bytes))
    await admin.disconnect()
  } finally {
    await broker.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
