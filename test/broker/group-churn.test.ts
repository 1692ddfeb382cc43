// Churn: three consumer groups at once (librdkafka, kafkajs and kafka-python members, one group per
// client since their protocol names differ) whose members join, leave (SIGTERM) and die (SIGKILL) at
// random for a minute while a producer runs. Every 200 ms the admin API's view of each group is read:
// once a generation is Stable, every partition has exactly one owner (the clients' assignors are
// eager), and no committed offset ever goes back. At the end one member per group drains the topic.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Kafka, logLevel } from 'kafkajs'
import { startBrokerProcess } from '../helpers/broker-process.ts'
import { startMember, type MemberClient, type MemberProcess } from '../helpers/group-member.ts'
import { maybeGroupView, type GroupView } from '../helpers/group-admin.ts'
import { Prng } from '../sim/prng.ts'

const TOPIC = 'churn'
const PARTITIONS = 6
const CHURN_MS = Number(process.env.CHURN_MS ?? 60_000)
const SEED = Number(process.env.CHURN_SEED ?? Date.now() % 100_000)
const GROUPS: ReadonlyArray<{ groupId: string, client: MemberClient }> = [
  { groupId: 'churn-librdkafka', client: 'librdkafka' },
  { groupId: 'churn-kafkajs', client: 'kafkajs' },
  { groupId: 'churn-kafka-python', client: 'kafka-python' }
]

/** What one look at a group breaks, given the highest committed offsets seen so far (updated). */
function groupViolations (groupId: string, view: GroupView, highest: Map<string, number>): string[] {
  const out: string[] = []
  if (view.state === 'Stable' && view.members.length > 0) {
    const owners = new Map<number, number>()
    for (const m of view.members) {
      for (const a of m.assignment) {
        if (a.topic !== TOPIC) continue
        for (const p of a.partitions) owners.set(p, (owners.get(p) ?? 0) + 1)
      }
    }
    for (let p = 0; p < PARTITIONS; p++) {
      const n = owners.get(p) ?? 0
      if (n !== 1) out.push(`${groupId} generation ${view.generation} is Stable with ${n} owners of partition ${p}`)
    }
  }
  for (const o of view.offsets) {
    if (o.committedOffset === null) continue
    const key = `${groupId}/${o.topic}/${o.partition}`
    const before = highest.get(key) ?? -1
    if (o.committedOffset < before) out.push(`${key}: committed offset went back from ${before} to ${o.committedOffset}`)
    highest.set(key, Math.max(before, o.committedOffset))
  }
  return out
}

test(`churn: members of three client libraries join, leave and die at random for ${CHURN_MS / 1000} s; one owner per partition when Stable, commits never go back (CHURN_SEED=${SEED})`, { timeout: CHURN_MS + 180_000 }, async () => {
  const broker = await startBrokerProcess(['--group.initial.rebalance.delay.ms=0', '--group.min.session.timeout.ms=1000', `--num.partitions=${PARTITIONS}`])
  const bootstrap = `127.0.0.1:${broker.port}`
  const kafka = new Kafka({ clientId: 'churn-producer', brokers: [bootstrap], logLevel: logLevel.NOTHING })
  const admin = kafka.admin()
  const producer = kafka.producer()
  const live = new Map<string, MemberProcess[]>(GROUPS.map((g) => [g.groupId, []]))
  const all: MemberProcess[] = []
  const violations: string[] = []
  const highest = new Map<string, number>()
  const stableLooks = new Map<string, number>()
  let produced = 0
  let watching = true
  let producing = true
  try {
    await admin.connect()
    await admin.createTopics({ topics: [{ topic: TOPIC, numPartitions: PARTITIONS }] })
    await producer.connect()
    const producerLoop = (async () => {
      while (producing) {
        await producer.send({ topic: TOPIC, messages: Array.from({ length: 10 }, (_, i) => ({ value: `m${produced + i}` })) })
        produced += 10
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    })()
    const watchLoop = (async () => {
      while (watching) {
        for (const { groupId } of GROUPS) {
          const view = await maybeGroupView(broker, groupId)
          if (view === null) continue
          if (view.state === 'Stable' && view.members.length > 0) stableLooks.set(groupId, (stableLooks.get(groupId) ?? 0) + 1)
          violations.push(...groupViolations(groupId, view, highest))
        }
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    })()
    const start = (groupId: string, client: MemberClient): void => {
      const m = startMember(client, bootstrap, groupId, TOPIC)
      all.push(m)
      live.get(groupId)!.push(m)
    }
    for (const g of GROUPS) start(g.groupId, g.client)

    // The churn schedule comes from CHURN_SEED, printed so a failure can be rerun with the same one.
    const prng = new Prng(SEED)
    const random = (): number => prng.next()
    const actions: string[] = []
    const end = Date.now() + CHURN_MS
    while (Date.now() < end) {
      await new Promise((resolve) => setTimeout(resolve, 1000 + random() * 1500))
      const g = GROUPS[Math.floor(random() * GROUPS.length)]!
      const members = live.get(g.groupId)!
      const roll = random()
      const action = members.length === 0 ? 'join' : members.length >= 3 ? (roll < 0.5 ? 'leave' : 'die') : roll < 0.5 ? 'join' : roll < 0.75 ? 'leave' : 'die'
      actions.push(`${g.client}:${action}`)
      if (action === 'join') { start(g.groupId, g.client); continue }
      const victim = members.splice(Math.floor(random() * members.length), 1)[0]!
      victim.child.kill(action === 'leave' ? 'SIGTERM' : 'SIGKILL')
    }
    producing = false
    await producerLoop
    const leaves = actions.filter((a) => a.endsWith('leave')).length
    const deaths = actions.filter((a) => a.endsWith('die')).length
    console.log(`# churn seed ${SEED}: ${actions.length} actions (${actions.length - leaves - deaths} joins, ${leaves} leaves, ${deaths} deaths), ${produced} messages produced, Stable looks ${JSON.stringify(Object.fromEntries(stableLooks))}`)

    // Drain: at least one member per group, until every group has committed everything produced.
    for (const g of GROUPS) if (live.get(g.groupId)!.length === 0) start(g.groupId, g.client)
    const deadline = Date.now() + 90_000
    const lag = async (groupId: string): Promise<number> => {
      const view = await maybeGroupView(broker, groupId)
      const committed = view?.offsets.reduce((sum, o) => sum + (o.committedOffset ?? 0), 0) ?? 0
      return produced - committed
    }
    for (const { groupId } of GROUPS) {
      while (await lag(groupId) > 0) {
        assert.ok(Date.now() < deadline, `${groupId} did not drain: ${await lag(groupId)} of ${produced} uncommitted`)
        await new Promise((resolve) => setTimeout(resolve, 300))
      }
    }
    watching = false
    await watchLoop
    assert.deepEqual(violations.slice(0, 10), [], `${violations.length} violations`)
    for (const { groupId } of GROUPS) assert.ok((stableLooks.get(groupId) ?? 0) >= 10, `${groupId} was seen Stable with members only ${stableLooks.get(groupId) ?? 0} times`)
  } finally {
    watching = false
    producing = false
    for (const m of all) m.child.kill('SIGKILL')
    await producer.disconnect().catch(() => {})
    await admin.disconnect().catch(() => {})
    await broker.stop()
    broker.cleanup()
  }
})
