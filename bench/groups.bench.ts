// Consumer groups on a real broker process, driven over the wire by members that behave as Kafka's
// clients do (JoinGroup with the MEMBER_ID_REQUIRED two-step, the leader assigns in SyncGroup,
// heartbeats learn of rebalances): the time for 10 members to join one group and reach Stable, the
// time to rebalance when one leaves, and OffsetCommit throughput with one and with many clients,
// next to the raw fsync rate of the same disk (the single-node @metadata log fsyncs every entry,
// so that rate bounds how many log entries, not how many commits, a second can hold). Heartbeat
// latency is measured idle and during the commit storm: commits must not stall membership traffic.
import { Kafka, logLevel } from 'kafkajs'
import { performance } from 'node:perf_hooks'
import { startBrokerProcess } from '../test/helpers/broker-process.ts'
import { WireClient, encodeRequest, decodeResponse } from '../test/helpers/wire-client.ts'
import type { JoinGroupResponse } from '../src/protocol/generated/messages/join-group.ts'
import type { SyncGroupResponse } from '../src/protocol/generated/messages/sync-group.ts'
import type { HeartbeatResponse } from '../src/protocol/generated/messages/heartbeat.ts'
import type { OffsetCommitResponse } from '../src/protocol/generated/messages/offset-commit.ts'
import { fmt, fsyncRate, percentile } from './measure.ts'

const API = { offsetCommit: 8, join: 11, heartbeat: 12, leave: 13, sync: 14 } as const
const VERSION = { offsetCommit: 8, join: 9, heartbeat: 4, leave: 5, sync: 5 } as const
const ERR = { NONE: 0, UNKNOWN_MEMBER_ID: 25, REBALANCE_IN_PROGRESS: 27, MEMBER_ID_REQUIRED: 79 } as const
const HEARTBEAT_MS = 100
const ROUNDS = 5

/** One connection, one request in flight at a time (as Kafka serves each connection in order). */
class Connection {
  private correlationId = 0
  private constructor (private readonly client: WireClient) {}

  static async open (port: number): Promise<Connection> {
    return new Connection(await WireClient.connect(port))
  }

  async call<T> (apiKey: number, version: number, body: unknown): Promise<T> {
    const id = ++this.correlationId
    this.client.send(encodeRequest(apiKey, version, id, body))
    const frame = await this.client.nextFrame()
    if (frame === null) throw new Error('the broker closed the connection')
    return decodeResponse<T>(frame, apiKey, version).body
  }

  close (): void { this.client.close() }
}

/** A group member as a client library runs one: join, sync, heartbeat, rejoin when told to. */
class Member {
  memberId = ''
  synced = -1
  private stopped = false
  private loop: Promise<void> = Promise.resolve()

  constructor (private readonly conn: Connection, private readonly groupId: string, private readonly group: GroupWatch) {}

  start (): void { this.loop = this.run() }

  /** Stops heartbeating (the member stays in the group until its session ends or it leaves). */
  async halt (): Promise<void> {
    this.stopped = true
    await this.loop
  }

  async leave (): Promise<void> {
    await this.conn.call(API.leave, VERSION.leave, { groupId: this.groupId, memberId: '', members: [{ memberId: this.memberId, groupInstanceId: null, reason: null }] })
  }

  private async run (): Promise<void> {
    await this.join()
    while (!this.stopped) {
      await new Promise((resolve) => setTimeout(resolve, HEARTBEAT_MS))
      if (this.stopped) break
      const hb = await this.conn.call<HeartbeatResponse>(API.heartbeat, VERSION.heartbeat, { groupId: this.groupId, generationId: this.synced, memberId: this.memberId, groupInstanceId: null })
      if (hb.errorCode === ERR.UNKNOWN_MEMBER_ID) this.memberId = ''
      if (hb.errorCode !== ERR.NONE) await this.join()
    }
  }

  private async join (): Promise<void> {
    for (;;) {
      const join = await this.conn.call<JoinGroupResponse>(API.join, VERSION.join, {
        groupId: this.groupId, sessionTimeoutMs: 30_000, rebalanceTimeoutMs: 30_000, memberId: this.memberId, groupInstanceId: null,
        protocolType: 'consumer', protocols: [{ name: 'range', metadata: Buffer.alloc(0) }], reason: null
      })
      this.memberId = join.memberId
      if (join.errorCode === ERR.MEMBER_ID_REQUIRED || join.errorCode === ERR.REBALANCE_IN_PROGRESS) continue
      if (join.errorCode !== ERR.NONE) throw new Error(`JoinGroup failed with error ${join.errorCode}`)
      const leader = join.leader === join.memberId
      if (leader) this.group.sizes.set(join.generationId, join.members.length)
      const sync = await this.conn.call<SyncGroupResponse>(API.sync, VERSION.sync, {
        groupId: this.groupId, generationId: join.generationId, memberId: this.memberId, groupInstanceId: null, protocolType: 'consumer', protocolName: 'range',
        assignments: leader ? join.members.map((m) => ({ memberId: m.memberId, assignment: Buffer.alloc(0) })) : []
      })
      if (sync.errorCode === ERR.REBALANCE_IN_PROGRESS) continue
      if (sync.errorCode !== ERR.NONE) throw new Error(`SyncGroup failed with error ${sync.errorCode}`)
      this.synced = join.generationId
      this.group.changed()
      return
    }
  }
}

/** Resolves when every live member has synced one generation whose leader saw all of them. */
class GroupWatch {
  readonly sizes = new Map<number, number>()
  members: Member[] = []
  private waiter: (() => void) | null = null

  stable (): boolean {
    const g = this.members[0]?.synced ?? -1
    return this.members.every((m) => m.synced === g) && this.sizes.get(g) === this.members.length
  }

  changed (): void {
    if (this.waiter !== null && this.stable()) { this.waiter(); this.waiter = null }
  }

  async untilStable (): Promise<void> {
    if (this.stable()) return
    await new Promise<void>((resolve) => { this.waiter = resolve })
  }
}

async function joinAndLeave (port: number, groupId: string, n: number): Promise<{ joinMs: number, rebalanceMs: number }> {
  const watch = new GroupWatch()
  const conns = await Promise.all(Array.from({ length: n }, async () => await Connection.open(port)))
  watch.members = conns.map((c) => new Member(c, groupId, watch))
  const t0 = performance.now()
  for (const m of watch.members) m.start()
  await watch.untilStable()
  const joinMs = performance.now() - t0
  const leaving = watch.members.pop()!
  await leaving.halt()
  const t1 = performance.now()
  await leaving.leave()
  await watch.untilStable()
  const rebalanceMs = performance.now() - t1
  for (const m of watch.members) { await m.halt(); await m.leave() }
  for (const c of conns) c.close()
  return { joinMs, rebalanceMs }
}

/** `clients` connections each commit one offset after another (simple commits) for `ms`. */
async function commitStorm (port: number, clients: number, ms: number): Promise<number> {
  const conns = await Promise.all(Array.from({ length: clients }, async () => await Connection.open(port)))
  let commits = 0
  const end = performance.now() + ms
  await Promise.all(conns.map(async (conn, i) => {
    let offset = 0n
    while (performance.now() < end) {
      const res = await conn.call<OffsetCommitResponse>(API.offsetCommit, VERSION.offsetCommit, {
        groupId: `bench-commit-${i}`, generationIdOrMemberEpoch: -1, memberId: '', groupInstanceId: null, retentionTimeMs: -1n,
        topics: [{ name: 'bench-commits', partitions: [{ partitionIndex: 0, committedOffset: ++offset, committedLeaderEpoch: -1, commitTimestamp: -1n, committedMetadata: '' }] }]
      })
      const code = res.topics[0]!.partitions[0]!.errorCode
      if (code !== ERR.NONE) throw new Error(`OffsetCommit failed with error ${code}`)
      commits++
    }
  }))
  for (const c of conns) c.close()
  return commits / (ms / 1000)
}

/** Heartbeat round trips of one Stable member while `during` runs. */
async function heartbeatLatencies (port: number, groupId: string, during: Promise<unknown>): Promise<number[]> {
  const watch = new GroupWatch()
  const conn = await Connection.open(port)
  const member = new Member(conn, groupId, watch)
  watch.members = [member]
  member.start()
  await watch.untilStable()
  await member.halt() // its heartbeats are sent below, one every 5 ms, each timed
  let done = false
  void during.finally(() => { done = true })
  const latencies: number[] = []
  while (!done) {
    const t = performance.now()
    await conn.call<HeartbeatResponse>(API.heartbeat, VERSION.heartbeat, { groupId, generationId: member.synced, memberId: member.memberId, groupInstanceId: null })
    latencies.push(performance.now() - t)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  await member.leave()
  conn.close()
  return latencies
}

export default async function (): Promise<void> {
  const broker = await startBrokerProcess(['--group.initial.rebalance.delay.ms=0'])
  try {
    const kafka = new Kafka({ clientId: 'bench', brokers: [`127.0.0.1:${broker.port}`], logLevel: logLevel.NOTHING })
    const admin = kafka.admin()
    await admin.connect()
    await admin.createTopics({ topics: [{ topic: 'bench-commits', numPartitions: 1 }] })
    await admin.disconnect()

    const joins: number[] = []
    const rebalances: number[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const r = await joinAndLeave(broker.port, `bench-group-${round}`, 10)
      joins.push(r.joinMs)
      rebalances.push(r.rebalanceMs)
    }
    console.log(`10 members join one group and reach Stable (group.initial.rebalance.delay.ms=0, heartbeat ${HEARTBEAT_MS} ms): median ${fmt(percentile(joins, 50), 1)} ms, max ${fmt(Math.max(...joins), 1)} ms over ${ROUNDS} rounds`)
    console.log(`rebalance after one of 10 leaves, until the other 9 are Stable again: median ${fmt(percentile(rebalances, 50), 1)} ms, max ${fmt(Math.max(...rebalances), 1)} ms (members learn of it on their next heartbeat, <= ${HEARTBEAT_MS} ms)`)

    const fsyncs = fsyncRate(broker.dataDir, 2000)
    const one = await commitStorm(broker.port, 1, 3000)
    console.log(`OffsetCommit, 1 client, one commit in flight: ${fmt(one)} commits/s (raw fsync rate of the same disk: ${fmt(fsyncs)}/s; ratio ${fmt(one / fsyncs, 2)})`)
    const idle = await heartbeatLatencies(broker.port, 'bench-heartbeat-idle', new Promise((resolve) => setTimeout(resolve, 2000)))
    const storm = commitStorm(broker.port, 64, 3000)
    const busy = await heartbeatLatencies(broker.port, 'bench-heartbeat-storm', storm)
    const many = await storm
    console.log(`OffsetCommit, 64 clients, one commit in flight each: ${fmt(many)} commits/s (${fmt(many / fsyncs, 1)}x the raw fsync rate: commits that arrive together share one log entry and one fsync)`)
    console.log(`Heartbeat round trip idle: p50 ${fmt(percentile(idle, 50), 2)} ms, p99 ${fmt(percentile(idle, 99), 2)} ms; during the 64-client commit storm: p50 ${fmt(percentile(busy, 50), 2)} ms, p99 ${fmt(percentile(busy, 99), 2)} ms`)
  } finally {
    await broker.stop()
    broker.cleanup()
  }
}
