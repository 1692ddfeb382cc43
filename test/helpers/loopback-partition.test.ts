// loopback-partition.ts: a cut drops the packets between two node addresses on their ports, both
// ways, and nothing else (another address, another port); heal() restores the link and deletes only
// this process's rules; the rules go when the process exits or is stopped by SIGTERM or SIGINT; only
// 127.0.0.x may be cut. Skipped, with the reason, where iptables cannot be used.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { createServer, connect, type Server } from 'node:net'
import { createInterface } from 'node:readline'
import { LoopbackPartition, ownRules, partitionUnavailable } from './loopback-partition.ts'
import { spawnChild } from './child-processes.ts'

const UNAVAILABLE = partitionUnavailable()
/** A connection that a cut drops gets no SYN-ACK: given up after this long. */
const CONNECT_TIMEOUT_MS = 500

async function listen (host: string): Promise<{ server: Server, port: number }> {
  const server = createServer((s) => s.end('hi'))
  await new Promise<void>((resolve) => server.listen(0, host, resolve))
  return { server, port: (server.address() as { port: number }).port }
}

/** 'ok' once the server's greeting arrives from `host:port`, connecting from `from`; else why not. */
async function reach (from: string, host: string, port: number): Promise<string> {
  return await new Promise((resolve) => {
    const socket = connect({ host, port, localAddress: from })
    const timer = setTimeout(() => { socket.destroy(); resolve('timed out') }, CONNECT_TIMEOUT_MS)
    socket.once('data', () => { clearTimeout(timer); socket.destroy(); resolve('ok') })
    socket.once('error', (err: NodeJS.ErrnoException) => { clearTimeout(timer); resolve(err.code ?? err.message) })
  })
}

function rulesTagged (pid: number): string[] {
  return execFileSync('iptables', ['-w', '10', '-S', 'OUTPUT'], { encoding: 'utf8' }).split('\n').filter((l) => l.includes(`rivulet-test-${pid}-`))
}

test('only 127.0.0.x addresses may be cut', { skip: UNAVAILABLE ?? false }, () => {
  assert.throws(() => new LoopbackPartition(new Map([['10.0.0.1', [9092]]])), /only 127\.0\.0\.x/)
  const partition = new LoopbackPartition(new Map([['127.0.0.2', [9092]], ['127.0.0.3', [9092]]]))
  assert.throws(() => partition.cut('127.0.0.2', '192.168.1.1'), /only 127\.0\.0\.x/)
  assert.throws(() => partition.cut('127.0.0.2', '127.0.0.2'), /itself/)
  assert.deepEqual(ownRules(), [])
})

test('a cut drops both ways on the nodes\' ports only; heal restores it and deletes only this process\'s rules', { skip: UNAVAILABLE ?? false }, async () => {
  const a = await listen('127.0.0.2')
  const b = await listen('127.0.0.3')
  const bOther = await listen('127.0.0.3') // another test's port on the same address
  // Another process's rule (a pid that is not ours), which heal() must leave alone.
  const foreign = ['OUTPUT', '-s', '127.0.0.77', '-d', '127.0.0.78', '-p', 'tcp', '--dport', '1', '-m', 'comment', '--comment', `rivulet-test-${process.pid + 1}-1`, '-j', 'DROP']
  execFileSync('iptables', ['-w', '10', '-I', ...foreign])
  const partition = new LoopbackPartition(new Map([['127.0.0.2', [a.port]], ['127.0.0.3', [b.port]]]))
  try {
    partition.cut('127.0.0.2', '127.0.0.3')
    assert.equal(ownRules().length, 4)
    assert.equal(await reach('127.0.0.2', '127.0.0.3', b.port), 'timed out')
    assert.equal(await reach('127.0.0.3', '127.0.0.2', a.port), 'timed out')
    assert.equal(await reach('127.0.0.100', '127.0.0.3', b.port), 'ok', 'an address outside the cut')
    assert.equal(await reach('127.0.0.2', '127.0.0.3', bOther.port), 'ok', 'a port outside the cut')
    partition.heal()
    assert.deepEqual(ownRules(), [])
    assert.equal(rulesTagged(process.pid + 1).length, 1, 'heal() deleted another process\'s rule')
    assert.equal(await reach('127.0.0.2', '127.0.0.3', b.port), 'ok')
    assert.equal(await reach('127.0.0.3', '127.0.0.2', a.port), 'ok')
  } finally {
    partition.heal()
    execFileSync('iptables', ['-w', '10', '-D', ...foreign])
    for (const s of [a, b, bOther]) s.server.close()
  }
})

for (const [end, signal] of [['exit', null], ['wait', 'SIGTERM'], ['wait', 'SIGINT']] as const) {
  test(`the rules go with a process that ${signal === null ? 'exits' : `is sent ${signal}`}`, { skip: UNAVAILABLE ?? false }, async () => {
    const { child, closed } = spawnChild(process.execPath, ['--import', 'tsx', 'test/helpers/loopback-partition.fixture.ts'], { env: { ...process.env, FIXTURE_END: end } })
    let stderr = ''
    child.stderr!.on('data', (d: Buffer) => { stderr += d.toString() })
    await new Promise<void>((resolve) => createInterface({ input: child.stdout! }).once('line', () => resolve()))
    assert.equal(rulesTagged(child.pid!).length, 4)
    if (signal !== null) child.kill(signal)
    const exit = await closed
    assert.deepEqual(rulesTagged(child.pid!), [], `rules left by a process that ended with ${JSON.stringify(exit)}; stderr: ${stderr}`)
  })
}
