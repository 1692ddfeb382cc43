// The single-voter @metadata log: appends are acknowledged only after fsync, concurrent appends share
// one, and a restart replays exactly the acknowledged entries, cutting a torn tail.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, openSync, closeSync, ftruncateSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LocalMetadataLog } from '../../src/controller/metadata/metadata-log.ts'
import { record, type MetadataRecord } from '../../src/controller/metadata/metadata-record.ts'
import { MetadataRecordType as T } from '../../src/protocol/generated/metadata-records/index.ts'

const topic = (i: number): MetadataRecord => record(T.Topic, { name: `t${i}`, topicId: Buffer.alloc(16, i).toString('base64url') })

test('appends get contiguous offsets, and a restart replays them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-meta-'))
  try {
    let log = LocalMetadataLog.open(dir)
    const offsets = await Promise.all(Array.from({ length: 50 }, (_, i) => log.append([topic(i), record(T.NoOp, {})])))
    assert.deepEqual(offsets, Array.from({ length: 50 }, (_, i) => i))
    await log.close()
    log = LocalMetadataLog.open(dir)
    assert.equal(log.committedEntries().length, 50)
    assert.deepEqual(log.committedEntries()[7]!.records[0], topic(7))
    assert.equal(await log.append([topic(99)]), 50)
    await log.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a torn last entry, cut at any byte, is dropped; earlier entries replay unchanged', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-meta-'))
  try {
    const log = LocalMetadataLog.open(dir)
    for (let i = 0; i < 5; i++) await log.append([topic(i)])
    const path = join(dir, '00000000000000000000.log')
    const before = statSync(path).size
    await log.append([topic(5), topic(6)])
    await log.close()
    const full = readFileSync(path)
    for (let cut = before; cut < full.length; cut++) {
      writeFileSync(path, full.subarray(0, cut))
      const reopened = LocalMetadataLog.open(dir)
      assert.equal(reopened.committedEntries().length, 5, `cut at ${cut}`)
      assert.equal(reopened.truncatedBytes, cut - before)
      await reopened.close()
    }
    const flipped = Buffer.from(full)
    flipped[full.length - 3] ^= 0x10
    writeFileSync(path, flipped)
    const reopened = LocalMetadataLog.open(dir)
    assert.equal(reopened.committedEntries().length, 5, 'a corrupt last entry is dropped')
    await reopened.close()
    const fd = openSync(path, 'r+')
    ftruncateSync(fd, 0)
    closeSync(fd)
    const empty = LocalMetadataLog.open(dir)
    assert.equal(empty.committedEntries().length, 0)
    await empty.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
