// A hostile client floods the node with malformed frames: every one is refused and counted in
// /metrics by reason, but the log gets at most a handful of WARN lines and then one summary.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { connect } from 'node:net'
import { pino } from 'pino'
import { startBroker } from '../../src/node/node.ts'
import { DEFAULT_CLIENT_WARNING_LIMIT } from '../../src/network/server.ts'

const PER_KIND = 150

/** Sends one frame on a new connection and resolves once the node has closed it. */
async function sendAndWaitClosed (port: number, frame: Buffer): Promise<void> {
  await new Promise<void>((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' }, () => socket.write(frame))
    socket.on('error', () => {})
    socket.on('data', () => {})
    socket.on('close', () => resolve())
  })
}

function unknownApiKeyFrame (): Buffer {
  const frame = Buffer.alloc(4 + 10)
  frame.writeInt32BE(10, 0)
  frame.writeInt16BE(9999, 4)
  return frame
}

function negativeSizeFrame (): Buffer {
  const frame = Buffer.alloc(4)
  frame.writeInt32BE(-7, 0)
  return frame
}

function counter (text: string, reason: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`rivulet_malformed_requests_total{reason="${reason}"} `))
  return line === undefined ? 0 : Number(line.split(' ')[1])
}

test('a flood of malformed frames: each is counted by reason in /metrics, the WARN lines are rate-limited and summarised', { timeout: 60_000 }, async () => {
  const lines: string[] = []
  const logger = pino({ level: 'info' }, { write: (line: string) => { lines.push(line) } })
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-flood-'))
  const node = await startBroker({ logger, config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'log.dirs': dir, 'rivulet.admin.listener': 'http://127.0.0.1:0' } })
  try {
    for (let i = 0; i < PER_KIND; i++) {
      await Promise.all([sendAndWaitClosed(node.port, unknownApiKeyFrame()), sendAndWaitClosed(node.port, negativeSizeFrame())])
    }
    const metrics = await (await fetch(`http://127.0.0.1:${node.adminPort!}/metrics`)).text()
    assert.equal(counter(metrics, 'unknown_api_key'), PER_KIND)
    assert.equal(counter(metrics, 'invalid_size'), PER_KIND)
    const warnings = lines.filter((l) => l.includes('closing connection:'))
    assert.ok(warnings.length <= DEFAULT_CLIENT_WARNING_LIMIT.linesMax * 2, `${warnings.length} WARN lines for ${2 * PER_KIND} malformed frames`)
    assert.ok(warnings.length >= 1, 'the first ones are logged')
    // The summary follows within one interval of the first suppressed line.
    const deadline = Date.now() + DEFAULT_CLIENT_WARNING_LIMIT.intervalMs * 2 + 2000
    let summaries: Array<{ suppressed: number }> = []
    while (Date.now() < deadline) {
      summaries = lines.filter((l) => l.includes('warnings about misbehaving clients')).map((l) => JSON.parse(l) as { suppressed: number })
      if (summaries.reduce((n, s) => n + s.suppressed, 0) + warnings.length >= 2 * PER_KIND) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    assert.equal(summaries.reduce((n, s) => n + s.suppressed, 0) + warnings.length, 2 * PER_KIND, 'every refused frame is either logged or in a summary')
    assert.ok(summaries.length <= 2, `${summaries.length} summary lines`)
  } finally {
    await node.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
