// Three RaftNode processes (test/helpers/raft-node-process.ts) on 127.0.0.1-3. The leader is
// SIGKILLed while proposals are in flight: every acknowledged proposal must be applied on both
// survivors, in the same order, and on the killed node once it restarts from its directory.
// (SIGKILL keeps the page cache, so this checks the protocol and recovery, not fsync: the storage
// tests' simulated power loss covers that.)
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import type { NodeId } from '../../../src/controller/raft/core/types.ts'
import type { RaftNodeStatus } from '../../../src/controller/raft/raft-node.ts'
import type { PeerAddress } from '../../../src/controller/raft/transport/tcp-transport.ts'
import { loopbackVoters } from '../../helpers/raft-cluster.ts'
import { spawnChild, tempDir } from '../../helpers/child-processes.ts'

const OUTSTANDING_MAX = 32
const ACKS_BEFORE_KILL = 150
const ACKS_TOTAL = 300

interface Answer { ack?: string, nack?: string, code?: string, leader?: number, values?: string[], status?: RaftNodeStatus, started?: number }

class NodeProcess {
  readonly child: ChildProcess
  readonly stderr: string[] = []
  readonly exited: Promise<void>
  private readonly waiting = { values: [] as Array<(v: string[]) => void>, status: [] as Array<(s: RaftNodeStatus) => void> }
  private readonly started: Promise<void>
  onProposal: (a: Answer) => void = () => {}

  constructor (readonly id: NodeId, dataDir: string, voters: Map<NodeId, PeerAddress>) {
    const arg = JSON.stringify({ id, dataDir, tickMs: 20, voters: [...voters].map(([v, a]) => [v, a.host, a.port]) })
    const { child, closed } = spawnChild(process.execPath, ['--import', 'tsx', 'test/helpers/raft-node-process.ts', arg], { stdio: ['pipe', 'pipe', 'pipe'] })
    this.child = child
    // 'close', not 'exit': by then every line the process wrote has been read.
    this.exited = closed.then(() => {})
    createInterface({ input: this.child.stderr! }).on('line', (line) => this.stderr.push(line))
    let markStarted: () => void = () => {}
    this.started = new Promise((resolve) => { markStarted = resolve })
    createInterface({ input: this.child.stdout! }).on('line', (line) => {
      const a = JSON.parse(line) as Answer
      if (a.started !== undefined) markStarted()
      else if (a.values !== undefined) this.waiting.values.shift()!(a.values)
      else if (a.status !== undefined) this.waiting.status.shift()!(a.status)
      else this.onProposal(a)
    })
  }

  get alive (): boolean {
    return this.child.exitCode === null && this.child.signalCode === null
  }

  async ready (): Promise<void> {
    await this.ask(this.started)
  }

  propose (value: string): void {
    this.child.stdin!.write(`propose ${value}\n`)
  }

  async values (): Promise<string[]> {
    return await this.ask(new Promise((resolve) => { this.waiting.values.push(resolve); this.child.stdin!.write('values\n') }))
  }

  async status (): Promise<RaftNodeStatus> {
    return await this.ask(new Promise((resolve) => { this.waiting.status.push(resolve); this.child.stdin!.write('status\n') }))
  }

  /** The answer, or an error (with the node's stderr) if the process dies first. */
  private async ask<T> (answer: Promise<T>): Promise<T> {
    return await Promise.race([answer, this.exited.then(() => { throw new Error(`node ${this.id} exited (${this.child.exitCode ?? this.child.signalCode}):\n${this.stderr.slice(-20).join('\n')}`) })])
  }

  async kill (signal: NodeJS.Signals): Promise<void> {
    this.child.kill(signal)
    await this.exited
  }
}

test('SIGKILL of the leader during proposals loses no acknowledged proposal, on the survivors or after restart', async () => {
  const root = tempDir('rivulet-raft-proc-')
  const voters = await loopbackVoters(3)
  const procs = new Map<NodeId, NodeProcess>()
  const start = async (id: NodeId): Promise<NodeProcess> => {
    const p = new NodeProcess(id, join(root, `node-${id}`), voters)
    procs.set(id, p)
    await p.ready()
    return p
  }
  try {
    await Promise.all([...voters.keys()].map(start))
    const acked = new Set<string>()
    // Each value is proposed once (a refused one is never re-proposed: "leadership lost" leaves its
    // outcome unknown, so a retry could rightly apply it twice). In flight: value -> the node asked.
    const inFlight = new Map<string, NodeProcess>()
    let next = 0
    let leader: NodeProcess | null = null
    for (const p of procs.values()) {
      p.onProposal = (a) => {
        if (a.ack !== undefined) {
          inFlight.delete(a.ack)
          acked.add(a.ack)
        } else {
          inFlight.delete(a.nack!)
          if (p === leader) leader = null
        }
      }
    }
    /** The live node that says it leads, polling until one does. */
    const findLeader = async (): Promise<NodeProcess> => {
      const deadline = Date.now() + 10_000
      for (;;) {
        for (const p of procs.values()) {
          if (p.alive && (await p.status()).role === 'leader') return p
        }
        if (Date.now() > deadline) throw new Error('no leader within 10 s')
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    }
    // Keeps OUTSTANDING_MAX proposals in flight at the current leader until `target` are acked.
    const pump = async (target: number): Promise<void> => {
      const deadline = Date.now() + 20_000
      while (acked.size < target) {
        if (Date.now() > deadline) throw new Error(`only ${acked.size} of ${target} proposals acknowledged within 20 s`)
        if (leader === null || !leader.alive) leader = await findLeader()
        while (inFlight.size < OUTSTANDING_MAX && leader !== null) {
          const value = `p${next++}`
          inFlight.set(value, leader)
          leader.propose(value)
        }
        await new Promise((resolve) => setImmediate(resolve))
      }
    }
    /** Every proposal made to a live node has its answer: `acked` holds still from here on. */
    const drain = async (): Promise<void> => {
      const deadline = Date.now() + 15_000
      while (inFlight.size > 0) {
        if (Date.now() > deadline) throw new Error(`${inFlight.size} proposals unanswered within 15 s`)
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
    }
    await pump(ACKS_BEFORE_KILL)
    const victim = leader ?? await findLeader()
    await victim.kill('SIGKILL')
    // Answers from the dead process never come: the outcome of what it was asked is unknown.
    for (const [value, p] of inFlight) if (p === victim) inFlight.delete(value)
    leader = null
    await pump(ACKS_TOTAL)
    await drain()
    const survivors = [...procs.values()].filter((p) => p.alive)
    assert.equal(survivors.length, 2)
    /** The values of `nodes` once they all applied as many (a bounded wait, no timing claim). */
    const converge = async (nodes: NodeProcess[]): Promise<string[][]> => {
      const deadline = Date.now() + 15_000
      for (;;) {
        const got = await Promise.all(nodes.map(async (p) => await p.values()))
        if (got.every((v) => v.length === got[0]!.length)) return got
        if (Date.now() > deadline) throw new Error(`nodes did not converge within 15 s: ${got.map((v) => v.length).join(', ')} values`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    }
    const views = await converge(survivors)
    assert.deepEqual(views[0], views[1], 'survivors applied the same values in the same order')
    for (const v of acked) assert.ok(views[0]!.includes(v), `acknowledged ${v} survived`)
    assert.equal(new Set(views[0]).size, views[0]!.length, 'no value applied twice')
    const restarted = await start(victim.id)
    const all = await converge([...survivors, restarted])
    assert.deepEqual(all[2], all[0], 'the restarted node applied the same values')
    for (const v of acked) assert.ok(all[2]!.includes(v), `acknowledged ${v} is on the restarted node`)
  } finally {
    for (const p of procs.values()) if (p.alive) await p.kill('SIGKILL')
    rmSync(root, { recursive: true, force: true })
  }
})
