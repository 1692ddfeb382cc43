// Consumer groups with real clients in their own processes against a real broker process:
// librdkafka (python confluent-kafka) with range, roundrobin and cooperative-sticky assignment,
// static membership, manual and auto commits; kcat -G; kafka-python; kafkajs members that leave or
// are killed; and a broker kill -9 that the group's generation and offsets survive.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startBrokerProcess } from '../helpers/broker-process.ts'
import { startMember, type MemberProcess } from '../helpers/group-member.ts'
import { runChild } from '../helpers/child-processes.ts'
import { groupView, maybeGroupView, produceLines as produce, until, freePort } from '../helpers/group-admin.ts'

const GROUP_ARGS = ['--group.initial.rebalance.delay.ms=0', '--group.min.session.timeout.ms=1000', '--num.partitions=4']

async function scenario (name: string, bootstrap: string, topic: string): Promise<Record<string, unknown>> {
  const result = await runChild('/usr/bin/python3', ['test/interop/group_scenarios.py', name, bootstrap, topic], { timeoutMs: 200_000 })
  const out = `${result.stdout}${result.stderr}`
  if (result.code !== 0) throw new Error(`${name} exited ${result.code ?? result.signal}:\n${out}`)
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as Record<string, unknown>
}

test('librdkafka groups: range, roundrobin and cooperative-sticky (incremental), static membership, manual and auto commits, list groups; kafka-python and kcat -G', { timeout: 240_000 }, async () => {
  const broker = await startBrokerProcess(GROUP_ARGS)
  const bootstrap = `127.0.0.1:${broker.port}`
  try {
    const assignors = await scenario('assignors', bootstrap, 'assign') as Record<string, { a: number[], b: number[], a_revoked: number[], after_leave: number[] }>
    for (const strategy of ['range', 'roundrobin', 'cooperative-sticky']) {
      const s = assignors[strategy]!
      assert.deepEqual([...s.a, ...s.b].sort(), [0, 1, 2, 3], `${strategy}: two members split four partitions`)
      assert.deepEqual(s.after_leave, [0, 1, 2, 3], `${strategy}: the one left takes all`)
    }
    // Which member comes first depends on the member ids; the shapes do not.
    assert.ok(['0,1', '2,3'].includes(assignors.range!.a.join()), 'range: contiguous partitions')
    assert.ok(['0,2', '1,3'].includes(assignors.roundrobin!.a.join()), 'roundrobin: interleaved partitions')
    assert.equal(assignors['cooperative-sticky']!.a_revoked.length, 2, 'cooperative: only the partitions that moved were revoked')

    const statics = await scenario('static', bootstrap, 'static') as { b: number[], b2: number[], a_revokes_after_restart: number }
    assert.deepEqual(statics.b2, statics.b, 'the restarted static member got its partitions back')
    assert.equal(statics.a_revokes_after_restart, 0, 'without a rebalance of the other member')

    const commits = await scenario('commits', bootstrap, 'commits') as { manual_committed: number, auto_committed: number, groups: Record<string, { state: string, protocol: string, members: number, assigned: boolean }> }
    assert.equal(commits.auto_committed, 40)
    assert.deepEqual(commits.groups.manual, { state: 'Stable', protocol_type: 'consumer', protocol: 'range', members: 1, assigned: true })
    assert.equal(commits.groups.auto?.state, 'Stable')
    assert.deepEqual((await groupView(broker, 'manual')).offsets.map((o) => o.committedOffset ?? 0).reduce((a, b) => a + b, 0), 40)

    const kp = await scenario('kafkapython', bootstrap, 'kp') as { seen: number, committed: number, assignment: number[] }
    assert.deepEqual(kp, { seen: 20, committed: 20, assignment: [0, 1, 2, 3] })

    await produce(bootstrap, 'kc', 20, 'k')
    const kcat = await runChild('kcat', ['-b', bootstrap, '-G', 'kcat-group', '-X', 'auto.offset.reset=earliest', '-c', '12', '-q', 'kc'], { timeoutMs: 60_000 })
    assert.equal(kcat.code, 0, kcat.stderr)
    const kc = await groupView(broker, 'kcat-group')
    assert.equal(kc.state, 'Empty', 'kcat left the group')
    assert.equal(kc.offsets.reduce((a, o) => a + (o.committedOffset ?? 0), 0), 12, 'kcat -G committed what it consumed')
    assert.equal(kc.totalLag, kc.offsets.reduce((a, o) => a + (o.lag ?? 0), 0))
    assert.ok(kc.offsets.every((o) => o.lag !== null && o.lag >= 0), 'lag per committed partition: log end minus committed')
  } finally {
    await broker.stop()
    broker.cleanup()
  }
})

test('kafkajs: three members share a topic; one leaves, one is killed and times out; the last resumes from the commits', { timeout: 180_000 }, async () => {
  const broker = await startBrokerProcess([...GROUP_ARGS, '--num.partitions=6'])
  const bootstrap = `127.0.0.1:${broker.port}`
  const members: MemberProcess[] = []
  try {
    await produce(bootstrap, 'shared', 6, 'seed')
    for (let i = 0; i < 3; i++) members.push(startMember('kafkajs', bootstrap, 'js-group', 'shared'))
    const split = async (live: MemberProcess[]): Promise<void> => {
      const deadline = Date.now() + 60_000
      while (Date.now() < deadline) {
        const owned = live.map((m) => m.owned())
        const flat = owned.flat().sort((a, b) => a - b)
        const view = await maybeGroupView(broker, 'js-group')
        if (view?.state === 'Stable' && view.members.length === live.length && owned.every((o) => o.length > 0) && flat.join() === '0,1,2,3,4,5') return
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      assert.fail(`no exact split among ${live.length}: ${JSON.stringify(live.map((m) => m.owned()))}`)
    }
    await split(members)
    const consumed = (): number => new Set(members.flatMap((m) => m.events.filter((e) => e.event === 'msg').map((e) => `${e.partition}:${e.offset}`))).size
    await produce(bootstrap, 'shared', 60, 'a')
    await until(() => consumed() === 66, 30_000, () => `consumed ${consumed()} of 66`)

    members[2]!.child.kill('SIGTERM') // leaves the group
    await members[2]!.exited
    await split(members.slice(0, 2))
    members[1]!.child.kill('SIGKILL') // no LeaveGroup: the coordinator times it out (session 3 s)
    await members[1]!.exited
    await split(members.slice(0, 1))
    await produce(bootstrap, 'shared', 30, 'b')
    await until(() => consumed() === 96, 30_000, () => `consumed ${consumed()} of 96`)
    const view = await groupView(broker, 'js-group')
    assert.equal(view.offsets.reduce((a, o) => a + (o.committedOffset ?? 0), 0), 96, 'every message is committed')
    assert.equal(view.totalLag, 0)
  } finally {
    for (const m of members) m.child.kill('SIGKILL')
    await broker.stop()
    broker.cleanup()
  }
})

test('a broker kill -9 keeps the group: same generation and member after restart, offsets intact, the member goes on consuming without rejoining', { timeout: 120_000 }, async () => {
  const port = await freePort()
  const args = [...GROUP_ARGS, `--listeners=PLAINTEXT://127.0.0.1:${port}`]
  let broker = await startBrokerProcess(args)
  const bootstrap = `127.0.0.1:${port}`
  // A session long enough that the restart (slow on a loaded machine) is not a lost session to librdkafka.
  const member = startMember('librdkafka', bootstrap, 'survivor', 'durable', 30_000)
  try {
    await produce(bootstrap, 'durable', 20, 'x')
    await member.waitFor((events) => events.filter((e) => e.event === 'msg').length === 20, 60_000)
    const before = await groupView(broker, 'survivor')
    assert.equal(before.state, 'Stable')
    await broker.stop('SIGKILL')
    broker = await startBrokerProcess(args, 20_000, broker.dataDir)
    const after = await groupView(broker, 'survivor')
    assert.deepEqual([after.state, after.generation, after.members.map((m) => m.memberId)], [before.state, before.generation, before.members.map((m) => m.memberId)], 'the group came back from the @metadata log')
    assert.deepEqual(after.offsets.map((o) => o.committedOffset), before.offsets.map((o) => o.committedOffset), 'committed offsets survived')
    await produce(bootstrap, 'durable', 10, 'y')
    await member.waitFor((events) => events.filter((e) => e.event === 'msg').length === 30, 60_000)
    const later = await groupView(broker, 'survivor')
    assert.equal(later.generation, before.generation, 'the member never had to rejoin')
    assert.equal(later.offsets.reduce((a, o) => a + (o.committedOffset ?? 0), 0), 30)
  } finally {
    member.child.kill('SIGKILL')
    await broker.stop()
    broker.cleanup()
  }
})
