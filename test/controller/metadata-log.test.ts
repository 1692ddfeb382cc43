// The @metadata log over a one-voter RaftNode: appends are acknowledged only after fsync, appends
// that arrive together share one, a restart replays exactly the acknowledged entries, a torn tail is
// cut, and damage anywhere else refuses the start naming the file and the byte offset.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RaftMetadataLog, MetadataLogRefusedError, METADATA_LOG_DIR_NAME, type MetadataLogOptions } from '../../src/controller/metadata/metadata-log.ts'
import { record, type MetadataRecord } from '../../src/controller/metadata/metadata-record.ts'
import { MetadataRecordType as T } from '../../src/protocol/generated/metadata-records/index.ts'
import { nodeFileIO, type RaftFileIO } from '../../src/controller/raft/storage/file-io.ts'
import { FileRaftStorage } from '../../src/controller/raft/storage/file-storage.ts'
import { EntryType } from '../../src/controller/raft/core/types.ts'
import { silentLogger } from '../../src/util/logger.ts'

const topic = (i: number): MetadataRecord => record(T.Topic, { name: `t${i}`, topicId: Buffer.alloc(16, i).toString('base64url') })

async function withDir (body: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-meta-'))
  try {
    await body(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function open (parentDir: string, extra: Partial<MetadataLogOptions> = {}): Promise<RaftMetadataLog> {
  return await RaftMetadataLog.open({ parentDir, nodeId: 1, logger: silentLogger(), ...extra })
}

/** The one segment of the log (these tests never roll one). */
function segmentPath (parentDir: string): string {
  const dir = join(parentDir, METADATA_LOG_DIR_NAME)
  const segments = readdirSync(dir).filter((n) => n.endsWith('.log'))
  assert.equal(segments.length, 1)
  return join(dir, segments[0]!)
}

function topicNames (log: RaftMetadataLog): string[] {
  const { snapshot, entries } = log.replay()
  const records = [...(snapshot?.records ?? []), ...entries.flatMap((e) => e.records)]
  return records.map((r) => (r.data as { name: string }).name)
}

test('appends that arrive together share one fsync; offsets increase; a restart replays them', async () => {
  await withDir(async (dir) => {
    let fsyncs = 0
    const io: RaftFileIO = { ...nodeFileIO, fsync: (fd, done) => { fsyncs++; nodeFileIO.fsync(fd, done) } }
    let log = await open(dir, { io })
    const before = fsyncs
    const offsets = await Promise.all(Array.from({ length: 50 }, async (_, i) => await log.append([topic(i), record(T.NoOp, {})])))
    assert.ok(fsyncs - before <= 2, `50 appends took ${fsyncs - before} fsyncs`)
    for (let i = 1; i < offsets.length; i++) assert.ok(offsets[i]! > offsets[i - 1]!, 'offsets increase in append order')
    assert.ok(log.endOffset() > offsets.at(-1)!)
    await log.close()
    log = await open(dir)
    const { entries } = log.replay()
    assert.deepEqual(entries.map((e) => e.offset), offsets)
    assert.deepEqual(entries[7]!.records[0], topic(7))
    assert.ok(await log.append([topic(99)]) > offsets.at(-1)!)
    await log.close()
  })
})

test('a torn tail after the last fsync, cut at any byte, is dropped; what was acknowledged before replays', async () => {
  await withDir(async (dir) => {
    let log = await open(dir)
    for (let i = 0; i < 5; i++) await log.append([topic(i)])
    await log.close()
    const path = segmentPath(dir)
    const acknowledged = readFileSync(path)
    // Bytes written after that: the next start's election, one more entry, its commit.
    log = await open(dir)
    await log.append([topic(5)])
    await log.close()
    const longer = readFileSync(path)
    for (let cut = acknowledged.length; cut < longer.length; cut++) {
      writeFileSync(path, longer.subarray(0, cut))
      const reopened = await open(dir)
      const names = topicNames(reopened)
      // The sixth entry is there when its whole record was written (it then commits again).
      assert.deepEqual(names.slice(0, 5), ['t0', 't1', 't2', 't3', 't4'], `cut at ${cut}`)
      assert.ok(names.length === 5 || names.length === 6, `cut at ${cut}: ${names.join()}`)
      await reopened.close()
    }
  })
})

test('a byte flipped anywhere in the log but its last commit record refuses the start, naming the file and the byte', async () => {
  await withDir(async (dir) => {
    const log = await open(dir)
    for (let i = 0; i < 12; i++) await log.append([topic(i), topic(100 + i)])
    await log.close()
    const path = segmentPath(dir)
    const intact = readFileSync(path)
    const all = Array.from({ length: 12 }, (_, i) => [`t${i}`, `t${100 + i}`]).flat()
    let refused = 0
    let started = 0
    for (let at = 0; at < intact.length; at++) {
      const damaged = Buffer.from(intact)
      damaged[at] ^= 0x04
      writeFileSync(path, damaged)
      try {
        const reopened = await open(dir)
        // Only damage in the record committing the last entries reads as a torn tail; the
        // entries are intact, so they commit again: nothing acknowledged is lost.
        assert.deepEqual(topicNames(reopened), all, `flip at ${at} started with less`)
        assert.ok(at >= intact.length - 40, `flip at ${at} of ${intact.length} started`)
        await reopened.close()
        started++
      } catch (err) {
        assert.ok(err instanceof MetadataLogRefusedError, `flip at ${at}: ${String(err)}`)
        assert.match(err.message, /^RIVULET_ERR_METADATA_LOG_CORRUPT: /)
        assert.ok(err.message.includes(path), err.message)
        assert.match(err.message, /damaged record at byte \d+/)
        assert.doesNotMatch(err.message, /\n/)
        refused++
      }
      writeFileSync(path, intact)
    }
    assert.ok(refused > intact.length - 40, `${refused} of ${intact.length} flips refused`)
    assert.ok(started > 0)
  })
})

test('a snapshot replaces the entries before it; replay is the snapshot plus what follows; old segments go', async () => {
  await withDir(async (dir) => {
    let log = await open(dir, { segmentBytesMax: 300 })
    for (let i = 0; i < 30; i++) await log.append([topic(i)])
    assert.ok(log.bytesSinceSnapshot() > 0)
    const last = await log.append([topic(30)])
    const segmentsBefore = readdirSync(join(dir, METADATA_LOG_DIR_NAME)).filter((n) => n.endsWith('.log')).length
    await log.snapshot(last, [topic(1000)])
    assert.equal(log.bytesSinceSnapshot(), 0)
    const next = await log.append([topic(31)])
    await log.close()
    const segmentsAfter = readdirSync(join(dir, METADATA_LOG_DIR_NAME)).filter((n) => n.endsWith('.log')).length
    assert.ok(segmentsAfter < segmentsBefore && segmentsAfter <= 2, `segments ${segmentsBefore} -> ${segmentsAfter}`)
    log = await open(dir, { segmentBytesMax: 300 })
    const { snapshot, entries } = log.replay()
    assert.deepEqual(snapshot, { offset: last, records: [topic(1000)] })
    assert.deepEqual(entries.map((e) => e.offset), [next])
    assert.ok(log.bytesSinceSnapshot() > 0)
    await log.close()
  })
})

test('the controller snapshots past metadata.log.max.record.bytes.between.snapshots and restarts to the same image', async () => {
  const { QuorumController } = await import('../../src/controller/quorum-controller/quorum-controller.ts')
  const defaults = { numPartitions: 2, replicationFactor: 1, deleteTopicEnable: true, nodePartitionsMax: 20_000 }
  await withDir(async (dir) => {
    let controller = QuorumController.replay(await open(dir), defaults, 500)
    await controller.registerLocalBroker({ nodeId: 1, endpoints: [{ name: 'PLAINTEXT', host: 'localhost', port: 9092 }], rack: null })
    for (let i = 0; i < 20; i++) await controller.createTopics([{ name: `t${i}`, numPartitions: -1, replicationFactor: -1, assignments: [], configs: new Map([['retention.ms', String(i + 1)]]) }], false)
    await controller.deleteTopics([{ name: 't3', topicId: null }])
    const before = controller.image()
    await controller.close()
    const snaps = readdirSync(join(dir, METADATA_LOG_DIR_NAME)).filter((n) => n.endsWith('.snap'))
    assert.ok(snaps.some((n) => Number(n.slice(0, 20)) > 0), `a snapshot was taken: ${snaps.join()}`)
    controller = QuorumController.replay(await open(dir), defaults, 500)
    assert.deepEqual(controller.image(), before)
    await controller.close()
  })
})

test('the earlier one-voter layout (@metadata-0) and a log of another node id are refused with one line', async () => {
  await withDir(async (dir) => {
    mkdirSync(join(dir, '@metadata-0'))
    writeFileSync(join(dir, '@metadata-0', '00000000000000000000.log'), Buffer.alloc(40, 1))
    await assert.rejects(open(dir), (err: Error) => err instanceof MetadataLogRefusedError && /^RIVULET_ERR_METADATA_LOG_OLD_FORMAT: .*@metadata-0 holds/.test(err.message) && !err.message.includes('\n'))
    assert.deepEqual(readdirSync(dir), ['@metadata-0'], 'nothing created beside it')
    rmSync(join(dir, '@metadata-0'), { recursive: true })
    const log = await open(dir)
    await log.append([topic(1)])
    await log.close()
    await assert.rejects(open(dir, { nodeId: 2 }), (err: Error) => err instanceof MetadataLogRefusedError && /RIVULET_ERR_METADATA_LOG_NODE_ID: .*voters \[1\], but node.id is 2/.test(err.message))
  })
})

test('an intact entry whose records do not decode refuses the start instead of being skipped', async () => {
  await withDir(async (dir) => {
    const storage = FileRaftStorage.open({ dir: join(dir, METADATA_LOG_DIR_NAME), bootstrapConfState: { voters: [1], learners: [], votersOutgoing: [] } })
    storage.append([{ term: 1, index: 1, type: EntryType.Normal, data: new Uint8Array([0x7f, 0x7f, 0x7f]) }])
    storage.setHardState({ term: 1, vote: 1, commit: 1 })
    await storage.synced()
    storage.close()
    await assert.rejects(open(dir), (err: Error) => err instanceof MetadataLogRefusedError && /^RIVULET_ERR_METADATA_LOG_UNREADABLE: .* cannot be replayed: /.test(err.message))
  })
})
