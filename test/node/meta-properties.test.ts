// The node's storage identity (src/node/meta-properties.ts): Kafka uuids, formatting as
// `kafka-storage format` does (never overwriting another cluster's or node's identity), and the checks a
// node makes at start (a multi-node cluster's node must be formatted; a foreign node.id is refused).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatStorage, identityDirs, isValidUuid, loadClusterId, randomUuid, readMetaProperties, StorageIdentityError } from '../../src/node/meta-properties.ts'
import { tempDir } from '../helpers/child-processes.ts'

const refusal = (code: string) => (err: unknown): boolean => {
  assert.ok(err instanceof StorageIdentityError, String(err))
  assert.equal(err.code, code)
  assert.ok(!err.message.includes('\n'), 'one line')
  return true
}

test('random uuids are Kafka uuids: 22 characters of URL-safe base64 of 16 bytes, never starting with a dash', () => {
  for (let i = 0; i < 1000; i++) {
    const id = randomUuid()
    assert.ok(isValidUuid(id), id)
    assert.ok(!id.startsWith('-'), id)
  }
  assert.ok(isValidUuid('MkU3OEVBNTcwNTJENDM2Qg'))
  for (const bad of ['', 'abc', 'MkU3OEVBNTcwNTJENDM2Qg==', 'MkU3OEVBNTcwNTJENDM2Q!', 'MkU3OEVBNTcwNTJENDM2Qh']) assert.ok(!isValidUuid(bad), bad)
})

test('format writes meta.properties in every log dir and metadata.log.dir; the same identity again is left alone', () => {
  const root = tempDir('rivulet-format-')
  const dirs = identityDirs([join(root, 'a'), join(root, 'b')], join(root, 'meta'))
  assert.equal(dirs.length, 3)
  assert.deepEqual(identityDirs([join(root, 'a')], join(root, 'a')), [join(root, 'a')])
  const id = randomUuid()
  assert.deepEqual(formatStorage(dirs, id, 7).formatted, dirs)
  for (const dir of dirs) {
    const props = readMetaProperties(dir)!
    assert.equal(props.clusterId, id)
    assert.equal(props.nodeId, 7)
    assert.ok(props.directoryId !== null && isValidUuid(props.directoryId))
    assert.match(readFileSync(join(dir, 'meta.properties'), 'utf8'), /^version=1$/m)
  }
  const again = formatStorage(dirs, id, 7)
  assert.deepEqual([again.formatted, again.unchanged], [[], dirs])
})

test('format refuses another cluster id or node id, and an id that is not a uuid, before writing anything', () => {
  const root = tempDir('rivulet-format-')
  const [a, b] = [join(root, 'a'), join(root, 'b')]
  const id = randomUuid()
  formatStorage([a], id, 1)
  const before = readFileSync(join(a, 'meta.properties'), 'utf8')
  assert.throws(() => formatStorage([b, a], randomUuid(), 1), refusal('RIVULET_ERR_CLUSTER_ID'))
  assert.throws(() => formatStorage([b, a], id, 2), refusal('RIVULET_ERR_NODE_ID'))
  assert.throws(() => formatStorage([b], 'not-a-uuid', 1), refusal('RIVULET_ERR_CLUSTER_ID'))
  assert.equal(readFileSync(join(a, 'meta.properties'), 'utf8'), before)
  assert.ok(!existsSync(b), 'nothing written to the other directory')
})

test('at start: the one voter of its own quorum creates its identity; any other node must be formatted first', () => {
  const root = tempDir('rivulet-identity-')
  const single = join(root, 'single')
  mkdirSync(single)
  const id = loadClusterId({ dirs: [single], nodeId: 1, createIfMissing: true, formatHint: 'hint' })
  assert.equal(readMetaProperties(single)?.clusterId, id)
  assert.equal(loadClusterId({ dirs: [single], nodeId: 1, createIfMissing: true, formatHint: 'hint' }), id, 'kept at the next start')

  const member = join(root, 'member')
  mkdirSync(member)
  assert.throws(() => loadClusterId({ dirs: [member], nodeId: 2, createIfMissing: false, formatHint: 'run rivulet format --cluster-id <id>' }), (err: unknown) => {
    refusal('RIVULET_ERR_NOT_FORMATTED')(err)
    assert.match((err as Error).message, /rivulet format --cluster-id <id>$/)
    return true
  })
  assert.deepEqual(readdirSync(member), [], 'nothing written')
  formatStorage([member], id, 2)
  assert.equal(loadClusterId({ dirs: [member], nodeId: 2, createIfMissing: false, formatHint: 'hint' }), id)
})

test('at start: a meta.properties of another node.id, or directories of two clusters, refuse the start and change nothing', () => {
  const root = tempDir('rivulet-identity-')
  const [a, b] = [join(root, 'a'), join(root, 'b')]
  formatStorage([a], randomUuid(), 1)
  formatStorage([b], randomUuid(), 1)
  const before = readFileSync(join(a, 'meta.properties'), 'utf8')
  assert.throws(() => loadClusterId({ dirs: [a], nodeId: 2, createIfMissing: true, formatHint: 'hint' }), refusal('RIVULET_ERR_NODE_ID'))
  assert.throws(() => loadClusterId({ dirs: [a, b], nodeId: 1, createIfMissing: true, formatHint: 'hint' }), refusal('RIVULET_ERR_CLUSTER_ID'))
  assert.equal(readFileSync(join(a, 'meta.properties'), 'utf8'), before)
  writeFileSync(join(root, 'meta.properties'), 'version=1\nnode.id=1\n')
  assert.throws(() => loadClusterId({ dirs: [root], nodeId: 1, createIfMissing: true, formatHint: 'hint' }), refusal('RIVULET_ERR_META_PROPERTIES'))
})
