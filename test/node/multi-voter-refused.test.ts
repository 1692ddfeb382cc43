// startNode with more than one voter refuses at once, with one line: broker registration and
// forwarding to the active controller are not built yet, so such a node must not serve clients.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startNode } from '../../src/node/node.ts'
import { ConfigError } from '../../src/config/config-def.ts'

test('a node of a three-voter quorum refuses to start, before it writes anything', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-multi-voter-'))
  t.after(() => rmSync(dir, { recursive: true, force: true }))
  await assert.rejects(startNode({
    config: {
      'log.dirs': dir,
      listeners: 'PLAINTEXT://127.0.0.1:0,CONTROLLER://127.0.0.1:0',
      'controller.quorum.voters': '1@127.0.0.1:19093,2@127.0.0.2:19093,3@127.0.0.3:19093',
      'rivulet.admin.listener': ''
    }
  }), (err: unknown) => {
    assert.ok(err instanceof ConfigError)
    assert.match(err.message, /^A multi-node cluster is not yet supported: /)
    assert.ok(!err.message.includes('\n'))
    return true
  })
  assert.deepEqual(readdirSync(dir), [])
})
