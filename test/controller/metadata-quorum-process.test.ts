// Three @metadata quorum members as processes (test/helpers/metadata-log-process.ts) on 127.0.0.1-3.
// The leader is SIGKILLed: another is elected with a higher epoch and accepts appends; every survivor's
// image holds every acknowledged entry and their digests agree; the killed node, restarted from its
// directory, comes to the same image. Waits for state, never a fixed time.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import type { PeerAddress } from '../../src/controller/raft/transport/tcp-transport.ts'
import { loopbackVoters } from '../helpers/raft-cluster.ts'
import { spawnChild, tempDir } from '../helpers/child-processes.ts'

interface State { leaderId: number | null, epoch: number, isLeader: boolean, applied: number, digest: string, topics: string[] }
interface Answer { started?: number, ack?: string, offset?: number, nack?: string, error?: string, leader?: number | null, state?: State }

class Member {
  readonly child: ChildProcess
  readonly stderr: string[] = []
  readonly exited: Promise<void>
  private readonly waiting: Array<(a: Answer) => void> = []
  private readonly started: Promise<void>

  constructor (readonly id: number, dir: string, voters: Map<number, PeerAddress>) {
    const arg = JSON.stringify({ id, dir, voters: [...voters].map(([v, a]) => [v, a.host, a.port]) })
    const { child, closed } = spawnChild(process.execPath, ['--import', 'tsx', 'test/helpers/metadata-log-process.ts', arg], { stdio: ['pipe', 'pipe', 'pipe'] })
    this.child = child
    this.exited = closed.then(() => {})
    createInterface({ input: child.stderr! }).on('line', (line) => this.stderr.push(line))
    let markStarted: () => void = () => {}
    this.started = new Promise((resolve) => { markStarted = resolve })
    // Commands are answered in the order asked (appends are sent one at a time).
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const a = JSON.parse(line) as Answer
      if (a.started !== undefined) markStarted()
      else this.waiting.shift()!(a)
    })
  }

  async ready (): Promise<void> { await this.ask(this.started) }

  async append (name: string): Promise<Answer> {
    return await this.ask(new Promise((resolve) => { this.waiting.push(resolve); this.child.stdin!.write(`append ${name}\n`) }))
  }

  async state (): Promise<State> {
    const a = await this.ask(new Promise<Answer>((resolve) => { this.waiting.push(resolve); this.child.stdin!.write('state\n') }))
    return a.state!
  }

  private async ask<T> (answer: Promise<T>): Promise<T> {
    return await Promise.race([answer, this.exited.then(() => { throw new Error(`node ${this.id} exited:\n${this.stderr.slice(-20).join('\n')}`) })])
  }

  async kill (): Promise<void> {
    this.child.kill('SIGKILL')
    await this.exited
  }
}

async function until<T> (what: string, probe: () => Promise<T | null>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = await probe()
    if (found !== null) return found
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

test('SIGKILL of the @metadata leader: a new leader with a higher epoch, no acknowledged entry lost, the same image everywhere', async () => {
  const root = tempDir('rivulet-metadata-proc-')
  const voters = await loopbackVoters(3)
  const members = new Map<number, Member>()
  const start = async (id: number): Promise<void> => {
    const m = new Member(id, join(root, `node-${id}`), voters)
    members.set(id, m)
    await m.ready()
  }
  await Promise.all([...voters.keys()].map(start))
  const leader = async (): Promise<{ id: number, epoch: number }> => await until('a leader', async () => {
    for (const [id, m] of members) {
      const s = await m.state()
      if (s.isLeader) return { id, epoch: s.epoch }
    }
    return null
  })
  const acked: string[] = []
  const appendAll = async (id: number, prefix: string, count: number): Promise<number> => {
    let last = 0
    for (let i = 0; i < count; i++) {
      const a = await members.get(id)!.append(`${prefix}${i}`)
      assert.equal(a.ack, `${prefix}${i}`, `append on the leader: ${JSON.stringify(a)}`)
      acked.push(a.ack!)
      last = a.offset!
    }
    return last
  }
  const agreeAt = async (offset: number): Promise<void> => {
    const states = await until(`every member to apply offset ${offset}`, async () => {
      const all = await Promise.all([...members.values()].map(async (m) => await m.state()))
      return all.every((s) => s.applied >= offset) ? all : null
    })
    assert.equal(new Set(states.map((s) => s.digest)).size, 1, 'image digests differ')
    for (const s of states) assert.deepEqual(s.topics, [...acked].sort())
  }

  const first = await leader()
  await appendAll(first.id, 'before', 20)
  const followerId = [...members.keys()].find((id) => id !== first.id)!
  // A majority is the leader and one follower: the other may not have heard from the leader yet.
  await until(`member ${followerId} to know the leader`, async () => (await members.get(followerId)!.state()).leaderId === first.id ? true : null)
  const refused = await members.get(followerId)!.append('refused')
  assert.equal(refused.error, 'NotMetadataLeaderError')
  assert.equal(refused.leader, first.id)

  await members.get(first.id)!.kill()
  members.delete(first.id)
  const second = await leader()
  assert.notEqual(second.id, first.id)
  assert.ok(second.epoch > first.epoch, `epoch ${second.epoch} after ${first.epoch}`)
  const last = await appendAll(second.id, 'after', 10)
  await agreeAt(last)

  await start(first.id)
  await agreeAt(last)
})
