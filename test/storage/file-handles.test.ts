// The descriptor cache under the segment and index files: a bound on open files whatever the number of
// files used, least recently used closed first, pinned files never closed under an fsync, and files
// reopened transparently (positions are explicit, so nothing is lost).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, readSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FileHandleCache } from '../../src/storage/log/file-handles.ts'
import { KafkaStorageError } from '../../src/storage/log/storage-error.ts'

test('at most openFilesMax files are open; the least recently used is closed first and reopened on use', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-fds-'))
  const files = new FileHandleCache(4)
  try {
    const paths = Array.from({ length: 10 }, (_, i) => join(dir, `f${i}`))
    for (const p of paths) writeFileSync(p, '')
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < paths.length; i++) {
        writeSync(files.fd(paths[i]!), Buffer.from([65 + round]), 0, 1, round)
        assert.ok(files.openCount() <= 4)
      }
    }
    for (const p of paths) assert.equal(readFileSync(p, 'utf8'), 'ABC', 'writes through reopened descriptors land at their positions')
    files.fd(paths[9]!)
    files.fd(paths[6]!)
    files.fd(paths[0]!) // opens; evicts the least recently used (7), not 6 or 9
    assert.ok(files.peek(paths[9]!) >= 0 && files.peek(paths[6]!) >= 0 && files.peek(paths[0]!) >= 0)
    assert.equal(files.peek(paths[7]!), -1)
    assert.ok(files.evicted > 0 && files.opened > 10)
  } finally {
    files.closeAll()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a pinned file is never closed by eviction; close() while pinned waits for the last unpin', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-fds-'))
  const files = new FileHandleCache(2)
  try {
    const a = join(dir, 'a')
    writeFileSync(a, 'pinned')
    for (const n of ['b', 'c', 'd']) writeFileSync(join(dir, n), n)
    const fd = files.pin(a)
    for (const n of ['b', 'c', 'd']) files.fd(join(dir, n))
    assert.equal(files.peek(a), fd, 'still open under its pin')
    files.close(a)
    const buf = Buffer.alloc(6)
    assert.equal(readSync(fd, buf, 0, 6, 0), 6, 'usable until unpinned')
    assert.equal(buf.toString(), 'pinned')
    files.unpin(a)
    assert.equal(files.peek(a), -1, 'closed at the last unpin')
  } finally {
    files.closeAll()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a failed open is a KafkaStorageError naming the file and the cause', () => {
  const files = new FileHandleCache(2)
  assert.throws(() => files.fd('/nonexistent/rivulet/00000000000000000000.log'), (err: unknown) => err instanceof KafkaStorageError && err.causeCode === 'ENOENT' && err.path.endsWith('.log'))
})
