// A damaged @metadata log never silently loses committed state (issue 11): a node holding topics,
// records and committed group offsets gets one byte of its @metadata segment flipped near the start,
// in the middle and in the last committed entry; each time it refuses to start with one line naming
// the file and the byte (through startBroker and through the `rivulet` command), and not one byte of
// partition data changes. A torn tail after the last fsync is cut and the node starts with everything.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { spawnSync } from 'node:child_process'
import { Kafka, logLevel } from 'kafkajs'
import { startBroker } from '../../src/index.ts'
import { readFrame, RecordKind } from '../../src/controller/raft/storage/record-codec.ts'
import { WireClient, encodeRequest, decodeResponse } from '../helpers/wire-client.ts'
import type { OffsetCommitResponse } from '../../src/protocol/generated/messages/offset-commit.ts'

const TOPICS = ['orders', 'payments', 'audit']
const GROUPS = ['billing', 'shipping']

function brokerConfig (dir: string): Record<string, string> {
  return { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': dir }
}

/** Commits offsets of 'orders' for a group with no members (generation -1), as admin tools do. */
async function commitOffsets (client: WireClient, correlationId: number, groupId: string, offsets: readonly number[]): Promise<void> {
  client.send(encodeRequest(8, 8, correlationId, {
    groupId, generationIdOrMemberEpoch: -1, memberId: '', groupInstanceId: null, retentionTimeMs: -1n,
    topics: [{ name: 'orders', partitions: offsets.map((offset, partitionIndex) => ({ partitionIndex, committedOffset: BigInt(offset), committedLeaderEpoch: -1, commitTimestamp: -1n, committedMetadata: '' })) }]
  }))
  const frame = await client.nextFrame()
  assert.ok(frame !== null)
  const { body } = decodeResponse<OffsetCommitResponse>(frame, 8, 8)
  for (const p of body.topics[0]!.partitions) assert.equal(p.errorCode, 0)
}

/** A node with three topics, 100 records each, and two groups' committed offsets; then stopped. */
async function populate (dir: string): Promise<void> {
  const broker = await startBroker({ config: brokerConfig(dir) })
  const kafka = new Kafka({ clientId: 'damage-test', brokers: [`127.0.0.1:${broker.port}`], logLevel: logLevel.NOTHING })
  const admin = kafka.admin()
  const producer = kafka.producer()
  const client = await WireClient.connect(broker.port)
  try {
    await admin.connect()
    await admin.createTopics({ topics: TOPICS.map((topic) => ({ topic, numPartitions: 2 })) })
    await producer.connect()
    for (const topic of TOPICS) await producer.send({ topic, messages: Array.from({ length: 100 }, (_, i) => ({ value: `${topic}-${i}`, partition: i % 2 })) })
    let correlationId = 0
    for (let round = 1; round <= 10; round++) {
      for (const groupId of GROUPS) await commitOffsets(client, ++correlationId, groupId, [round * 5, round * 4])
    }
  } finally {
    client.close()
    await producer.disconnect()
    await admin.disconnect()
    await broker.close()
  }
}

/** What a started node holds: topics with their end offsets, and the groups' committed offsets. */
async function holdings (dir: string): Promise<unknown> {
  const broker = await startBroker({ config: brokerConfig(dir) })
  const admin = new Kafka({ clientId: 'damage-test', brokers: [`127.0.0.1:${broker.port}`], logLevel: logLevel.NOTHING }).admin()
  try {
    await admin.connect()
    const topics = (await admin.listTopics()).sort()
    const ends: Record<string, string[]> = {}
    for (const topic of topics) ends[topic] = (await admin.fetchTopicOffsets(topic)).sort((a, b) => a.partition - b.partition).map((p) => p.high)
    const offsets: Record<string, string[]> = {}
    for (const groupId of GROUPS) {
      const [fetched] = await admin.fetchOffsets({ groupId, topics: ['orders'] })
      offsets[groupId] = fetched!.partitions.sort((a, b) => a.partition - b.partition).map((p) => p.offset)
    }
    return { topics, ends, offsets }
  } finally {
    await admin.disconnect()
    await broker.close()
  }
}

/** Why the node refused to start, or null when it started (it is stopped again at once). */
async function startRefusal (dir: string): Promise<Error | null> {
  let broker
  try {
    broker = await startBroker({ config: brokerConfig(dir) })
  } catch (err) {
    return err as Error
  }
  await broker.close()
  return null
}

/** Every file outside the @metadata log, by path, with a digest of its bytes. */
function partitionData (dir: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      const path = join(at, name)
      if (at === dir && name.startsWith('@metadata')) continue
      if (statSync(path).isDirectory()) walk(path)
      else files.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'))
    }
  }
  walk(dir)
  return files
}

function metadataSegment (dir: string): string {
  const logDir = join(dir, readdirSync(dir).find((n) => n.startsWith('@metadata'))!)
  const segments = readdirSync(logDir).filter((n) => n.endsWith('.log')).sort()
  return join(logDir, segments.at(-1)!)
}

/** The byte range of the data of the last entry that carries records (the last committed one). */
function lastEntryData (segment: Buffer): { start: number, end: number } {
  let found: { start: number, end: number } | null = null
  for (let at = 0, r = readFrame(segment, 0); r !== null; at = r.end, r = readFrame(segment, at)) {
    if (r.record.kind === RecordKind.Entry && r.record.entry.data.byteLength > 0) found = { start: r.end - r.record.entry.data.byteLength, end: r.end }
  }
  assert.ok(found !== null, 'the segment holds entries')
  return found
}

test('a flipped byte in the @metadata log refuses the start with one line naming the file and byte; no partition data is touched', { timeout: 180_000 }, async () => {
  const pristine = mkdtempSync(join(tmpdir(), 'rivulet-damage-'))
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-damage-'))
  try {
    await populate(pristine)
    const expected = await holdings(pristine)
    assert.deepEqual((expected as { topics: string[] }).topics, [...TOPICS].sort())
    const segment = readFileSync(metadataSegment(pristine))
    const last = lastEntryData(segment)
    const cases: Array<[string, number]> = [['near the start', 40], ['in the middle', Math.floor(segment.length / 2)], ['in the last committed entry', last.start + Math.floor((last.end - last.start) / 2)]]
    for (const [where, at] of cases) {
      rmSync(dir, { recursive: true, force: true })
      cpSync(pristine, dir, { recursive: true })
      const path = metadataSegment(dir)
      const damaged = readFileSync(path)
      damaged[at] ^= 0x20
      writeFileSync(path, damaged)
      const before = partitionData(dir)
      const err = await startRefusal(dir)
      assert.deepEqual(partitionData(dir), before, `damage ${where}: partition data changed`)
      assert.ok(err !== null, `damage ${where} (byte ${at}) must refuse the start`)
      assert.match(err.message, /^RIVULET_ERR_METADATA_LOG_CORRUPT: /, where)
      assert.ok(err.message.includes(path), `${where}: ${err.message}`)
      assert.match(err.message, /damaged record at byte \d+/, where)
      assert.ok(!err.message.includes('\n'), where)
      if (where === 'near the start') {
        // The `rivulet` command says the same in one line and exits non-zero.
        const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/rivulet.ts', '--listeners=PLAINTEXT://127.0.0.1:0', '--rivulet.admin.listener=', `--log.dirs=${dir}`], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, RIVULET_LOG_LEVEL: 'silent' } })
        assert.equal(run.status, 1, run.stderr)
        const lines = run.stderr.trim().split('\n')
        assert.equal(lines.length, 1, run.stderr)
        assert.ok(lines[0]!.startsWith(`rivulet: RIVULET_ERR_METADATA_LOG_CORRUPT: the @metadata log is damaged: ${path}: damaged record at byte `), lines[0])
        assert.deepEqual(partitionData(dir), before, 'the command touched partition data')
      }
    }
    // A torn tail (half a record written after the last fsync) is cut: the node starts with everything.
    rmSync(dir, { recursive: true, force: true })
    cpSync(pristine, dir, { recursive: true })
    appendFileSync(metadataSegment(dir), segment.subarray(last.start - 26, last.start + 3))
    assert.deepEqual(await holdings(dir), expected)
  } finally {
    rmSync(pristine, { recursive: true, force: true })
    rmSync(dir, { recursive: true, force: true })
  }
})
