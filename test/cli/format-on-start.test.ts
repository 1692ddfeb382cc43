// RIVULET_CLUSTER_ID (src/cli/format.ts formatOnStart): a node given its cluster id in the environment
// formats its empty directories itself at start, as Kafka's image does with CLUSTER_ID; a restart leaves
// them as they are; a directory of another cluster or node, or a bad id, stops the start with one line.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { loadConfig } from '../../src/config/load-config.ts'
import { formatOnStart } from '../../src/cli/format.ts'
import { formatStorage, randomUuid, readMetaProperties } from '../../src/node/meta-properties.ts'
import { tempDir } from '../helpers/child-processes.ts'

function run (env: Record<string, string>): { code: number | null, out: string[], err: string[] } {
  const out: string[] = []
  const err: string[] = []
  const config = loadConfig({ argv: [], env })
  const code = formatOnStart(config, env, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out, err }
}

test('RIVULET_CLUSTER_ID is not a config key, and formats the empty log.dirs and metadata.log.dir once', () => {
  const root = tempDir('rivulet-format-on-start-')
  const id = randomUuid()
  const env = { RIVULET_CLUSTER_ID: id, RIVULET_NODE_ID: '2', RIVULET_CONTROLLER_QUORUM_VOTERS: '2@localhost:9093', RIVULET_LOG_DIRS: join(root, 'logs'), RIVULET_METADATA_LOG_DIR: join(root, 'meta') }
  const first = run(env)
  assert.equal(first.code, null)
  assert.equal(first.out.length, 2)
  for (const dir of ['logs', 'meta']) {
    const props = readMetaProperties(join(root, dir))!
    assert.equal(props.clusterId, id)
    assert.equal(props.nodeId, 2)
  }
  const again = run(env)
  assert.deepEqual(again, { code: null, out: [], err: [] })
})

test('without RIVULET_CLUSTER_ID nothing is written', () => {
  const root = tempDir('rivulet-format-on-start-')
  assert.deepEqual(run({ RIVULET_LOG_DIRS: root }), { code: null, out: [], err: [] })
  assert.equal(readMetaProperties(root), null)
})

test('a directory of another cluster or node, or an id that is not a cluster id, refuses the start in one line', () => {
  const root = tempDir('rivulet-format-on-start-')
  formatStorage([root], randomUuid(), 1)
  const envs: Array<Record<string, string>> = [
    { RIVULET_CLUSTER_ID: randomUuid(), RIVULET_LOG_DIRS: root },
    { RIVULET_CLUSTER_ID: readMetaProperties(root)!.clusterId, RIVULET_NODE_ID: '3', RIVULET_CONTROLLER_QUORUM_VOTERS: '3@localhost:9093', RIVULET_LOG_DIRS: root },
    { RIVULET_CLUSTER_ID: 'not-a-uuid', RIVULET_LOG_DIRS: join(root, 'fresh') }
  ]
  for (const env of envs) {
    const result = run(env)
    assert.equal(result.code, 1, JSON.stringify(env))
    assert.equal(result.err.length, 1)
    assert.match(result.err[0]!, /^rivulet: RIVULET_CLUSTER_ID: /)
  }
  assert.equal(readMetaProperties(join(root, 'fresh')), null)
})
