// `rivulet cluster` formats its nodes' directories before it starts them (src/cli/cluster.ts
// formatClusterNodes). With RIVULET_CLUSTER_ID exported, the nodes inherit it and check their
// directories against it at start (src/cli/format.ts formatOnStart): the cluster is formatted with
// that id, so that they start; directories of another cluster are refused in one line.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { loadConfig } from '../../src/config/load-config.ts'
import { formatOnStart } from '../../src/cli/format.ts'
import { clusterNodeFlags, formatClusterNodes, parseClusterArgs } from '../../src/cli/cluster.ts'
import { randomUuid, readMetaProperties, StorageIdentityError } from '../../src/node/meta-properties.ts'
import { tempDir } from '../helpers/child-processes.ts'

function quiet (): { out: string[], err: string[], output: { out: (l: string) => void, err: (l: string) => void } } {
  const out: string[] = []
  const err: string[] = []
  return { out, err, output: { out: (l) => out.push(l), err: (l) => err.push(l) } }
}

test('with RIVULET_CLUSTER_ID set, rivulet cluster formats its nodes with it, and each node (which inherits it) starts on them', () => {
  const root = tempDir('rivulet-cluster-format-')
  const layout = parseClusterArgs(['--nodes', '3', '--data-dir', join(root, 'data')])
  const id = randomUuid()
  const env = { RIVULET_CLUSTER_ID: id }
  assert.equal(formatClusterNodes(layout, env, quiet().output), id)
  for (let n = 1; n <= 3; n++) {
    assert.equal(readMetaProperties(join(root, 'data', `node-${n}`))?.clusterId, id)
    // What the child does at start with the environment it inherits: nothing to format, nothing refused.
    const child = quiet()
    const code = formatOnStart(loadConfig({ argv: clusterNodeFlags(n, layout), env }), env, child.output)
    assert.deepEqual({ code, out: child.out, err: child.err }, { code: null, out: [], err: [] }, `node ${n}`)
  }
  // A later run keeps it.
  assert.equal(formatClusterNodes(layout, env, quiet().output), id)
})

test('RIVULET_CLUSTER_ID naming another cluster than the formatted nodes, or a value that is not a cluster id, is refused before any node starts', () => {
  const root = tempDir('rivulet-cluster-format-')
  const layout = parseClusterArgs(['--nodes', '2', '--data-dir', join(root, 'data')])
  const first = formatClusterNodes(layout, {}, quiet().output)
  const other = randomUuid()
  assert.throws(() => formatClusterNodes(layout, { RIVULET_CLUSTER_ID: other }, quiet().output),
    (err: unknown) => err instanceof StorageIdentityError && err.message.includes(`belong to cluster ${first}, not RIVULET_CLUSTER_ID=${other}`))
  const fresh = parseClusterArgs(['--nodes', '2', '--data-dir', join(root, 'fresh')])
  assert.throws(() => formatClusterNodes(fresh, { RIVULET_CLUSTER_ID: 'not-a-uuid' }, quiet().output), StorageIdentityError)
  assert.equal(readMetaProperties(join(root, 'fresh', 'node-1')), null)
})
