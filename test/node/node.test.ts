// The node module wires a process's roles and owns them: the embedding API starts a node, and its
// close() stops the roles in order — the listeners, then the partition logs (the broker's), then the
// controller and its @metadata log (the node's; the broker no longer closes it) — each step logged.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pino } from 'pino'
import { startBroker, startNode } from '../../src/index.ts'
import { call } from '../helpers/cluster-processes.ts'
import { WireClient, encodeRequest } from '../helpers/wire-client.ts'
import { freePort } from '../helpers/group-admin.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import type { MetadataResponse } from '../../src/protocol/generated/messages/metadata.ts'

test('startNode wires the roles; the embedding name startBroker is the same function; close() stops the broker role before the controller', async () => {
  assert.equal(startBroker, startNode)
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-node-'))
  const lines: string[] = []
  const logger = pino({ level: 'info' }, { write: (line: string) => { lines.push((JSON.parse(line) as { msg: string }).msg) } })
  try {
    const node = await startNode({ config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': dir }, logger })
    try {
      assert.ok(node.port > 0)
      assert.equal(node.broker.image().brokers.get(1)?.endpoints[0]?.port, node.port, 'the node registered its broker through the controller')
    } finally {
      await node.close()
    }
    const at = (prefix: string): number => lines.findIndex((l) => l.startsWith(prefix))
    const logsClosing = at('shutdown: closing logs')
    const raftClosed = at('raft node closed')
    const done = at('shutdown: done')
    assert.ok(logsClosing >= 0 && raftClosed > logsClosing && done > raftClosed, `shutdown order: ${lines.join(' | ')}`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a start that fails after the @metadata log is open closes the log before the error is thrown', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-node-'))
  const lines: string[] = []
  const logger = pino({ level: 'info' }, { write: (line: string) => { lines.push((JSON.parse(line) as { msg: string }).msg) } })
  try {
    // The partition logs' local store cannot be created (its path runs through a file): LogManager.open
    // throws after the @metadata log was opened.
    writeFileSync(join(dir, 'a-file'), '')
    symlinkSync(join(dir, 'a-file', 'store'), join(dir, '.rivulet-local'))
    await assert.rejects(startNode({ config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': dir }, logger }))
    assert.ok(lines.includes('raft node closed'), `the @metadata log was closed: ${lines.join(' | ')}`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('every client listener is served and registered; Metadata asked on one names the brokers by that listener, and close() stops them all', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-node-'))
  const [internalPort, externalPort] = [await freePort(), await freePort()]
  try {
    const node = await startNode({
      config: {
        listeners: `INTERNAL://127.0.0.1:${internalPort},EXTERNAL://127.0.0.1:${externalPort}`,
        'advertised.listeners': `INTERNAL://127.0.0.1:${internalPort},EXTERNAL://localhost:${externalPort}`,
        'inter.broker.listener.name': 'INTERNAL',
        'rivulet.admin.listener': '',
        'log.dirs': dir
      }
    })
    try {
      assert.equal(node.port, internalPort, 'the first client listener is the node\'s port')
      const registered = node.broker.image().brokers.get(1)!.endpoints.map((e) => `${e.name}://${e.host}:${e.port}`).sort()
      assert.deepEqual(registered, [`EXTERNAL://localhost:${externalPort}`, `INTERNAL://127.0.0.1:${internalPort}`])
      const metadataRequest = { topics: null, allowAutoTopicCreation: false, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false }
      const onInternal = await call<MetadataResponse>('127.0.0.1', internalPort, ApiKey.Metadata, 12, metadataRequest)
      assert.deepEqual(onInternal.brokers.map((b) => `${b.host}:${b.port}`), [`127.0.0.1:${internalPort}`])
      const onExternal = await call<MetadataResponse>('127.0.0.1', externalPort, ApiKey.Metadata, 12, metadataRequest)
      assert.deepEqual(onExternal.brokers.map((b) => `${b.host}:${b.port}`), [`localhost:${externalPort}`])
    } finally {
      await node.close()
    }
    for (const port of [internalPort, externalPort]) await assert.rejects(call('127.0.0.1', port, ApiKey.Metadata, 12, {}, 2000), `${port} is closed`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('the client listeners share one request memory pool and one max.connections count (Kafka\'s are per broker)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-node-'))
  const [internalPort, externalPort] = [await freePort(), await freePort()]
  const held: WireClient[] = []
  try {
    const node = await startNode({
      config: {
        listeners: `INTERNAL://127.0.0.1:${internalPort},EXTERNAL://127.0.0.1:${externalPort}`,
        'inter.broker.listener.name': 'INTERNAL',
        'max.connections': '2',
        'socket.request.max.bytes': '2097152',
        'queued.max.request.bytes': '2097152',
        'rivulet.admin.listener': 'http://127.0.0.1:0',
        'log.dirs': dir
      }
    })
    try {
      const metrics = await (await fetch(`http://127.0.0.1:${node.adminPort!}/metrics`)).text()
      assert.match(metrics, /^rivulet_request_memory_capacity_bytes 2097152$/m, 'one pool of queued.max.request.bytes, not one per listener')
      for (const port of [internalPort, externalPort]) {
        const wire = await WireClient.connect(port)
        held.push(wire)
        wire.send(encodeRequest(ApiKey.ApiVersions, 0, 1, {}))
        assert.notEqual(await wire.nextFrame(), null, `the connection to ${port} is served`)
      }
      // Two connections are open, one on each listener: a third, on either, is over max.connections.
      for (const port of [internalPort, externalPort]) {
        await assert.rejects(call('127.0.0.1', port, ApiKey.ApiVersions, 0, {}, 5000), /closed the connection/, `a third connection (to ${port}) is refused`)
      }
      held.pop()!.close()
      await assert.doesNotReject(async () => {
        for (let i = 0; ; i++) {
          try {
            return await call('127.0.0.1', internalPort, ApiKey.ApiVersions, 0, {}, 5000)
          } catch (err) {
            if (i >= 50) throw err
            await new Promise((resolve) => setTimeout(resolve, 50))
          }
        }
      }, 'a closed connection frees its place for either listener')
    } finally {
      for (const wire of held) wire.close()
      await node.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
