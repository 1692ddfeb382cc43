// What tests of consumer groups read from a broker process: the admin API's view of a group
// (/v1/groups/:id), messages produced with kcat, and small waiting and port helpers.
import assert from 'node:assert/strict'
import { freePort as freePortOn } from './raft-cluster.ts'
import type { BrokerProcess } from './broker-process.ts'
import { runChild } from './child-processes.ts'

export interface GroupView {
  state: string
  generation: number
  protocol: string | null
  members: Array<{ memberId: string, assignment: Array<{ topic: string, partitions: number[] }> }>
  offsets: Array<{ topic: string, partition: number, committedOffset: number | null, lag: number | null }>
  totalLag: number
}

export async function groupView (broker: BrokerProcess, groupId: string): Promise<GroupView> {
  const view = await maybeGroupView(broker, groupId)
  assert.ok(view !== null, `group ${groupId} is unknown`)
  return view
}

export async function maybeGroupView (broker: BrokerProcess, groupId: string): Promise<GroupView | null> {
  const res = await fetch(`http://127.0.0.1:${broker.adminPort}/v1/groups/${groupId}`)
  if (res.status === 404) return null
  assert.equal(res.status, 200, `group ${groupId}`)
  return await res.json() as GroupView
}

/** Produces `n` messages `${prefix}0`, `${prefix}1`, ... with kcat. */
export async function produceLines (bootstrap: string, topic: string, n: number, prefix: string): Promise<void> {
  const lines = Array.from({ length: n }, (_, i) => `${prefix}${i}`).join('\n') + '\n'
  const result = await runChild('kcat', ['-b', bootstrap, '-P', '-t', topic], { input: lines, timeoutMs: 60_000 })
  assert.equal(result.code, 0, `kcat -P ${topic}: ${result.stderr}`)
}

export async function until (predicate: () => boolean, timeoutMs: number, explain: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!predicate()) {
    if (Date.now() > deadline) assert.fail(explain())
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** A free port on 127.0.0.1 (raft-cluster.ts's: below the ephemeral range). */
export async function freePort (): Promise<number> {
  return await freePortOn('127.0.0.1')
}
