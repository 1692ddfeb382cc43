// Consumer groups in a three-node cluster of processes, one with a librdkafka member and one with a
// kafkajs member: their coordinator runs on the active controller (FindCoordinator names it); that node
// is killed with kill -9, the next active controller's coordinator rebuilds the groups from the
// replicated @metadata log, and the members go on from their committed offsets (nothing they committed
// is read again) and consume what is produced after. The topic's partitions (replication factor 1) are placed on the two other
// nodes, so the data stays reachable.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Kafka, logLevel } from 'kafkajs'
import { withCluster } from '../helpers/cluster-processes.ts'
import { startMember, type MemberProcess } from '../helpers/group-member.ts'
import { runChild } from '../helpers/child-processes.ts'

const PARTITIONS = 4
const PER_ROUND = 10
/** Longer than a controller failover: the members must not be timed out while the coordinator moves. */
const MEMBER_SESSION_TIMEOUT_MS = 15_000

async function produce (bootstrap: string, topic: string, round: number): Promise<void> {
  for (let p = 0; p < PARTITIONS; p++) {
    const lines = Array.from({ length: PER_ROUND }, (_, i) => `r${round}-p${p}-${i}`).join('\n') + '\n'
    const result = await runChild('kcat', ['-b', bootstrap, '-P', '-t', topic, '-p', String(p), '-X', 'acks=all'], { input: lines, timeoutMs: 30_000 })
    assert.equal(result.code, 0, `kcat -P ${topic} -p ${p}: ${result.stderr}`)
  }
}

/** The (partition, offset) pairs the members have consumed and committed. */
function consumed (members: readonly MemberProcess[], from = new Map<MemberProcess, number>()): Set<string> {
  const seen = new Set<string>()
  for (const m of members) for (const e of m.events.slice(from.get(m) ?? 0)) if (e.event === 'msg') seen.add(`${e.partition!}:${e.offset!}`)
  return seen
}

/** Runs `body`; a failure carries the members' last output lines. */
async function withMemberOutput (members: readonly MemberProcess[], body: () => Promise<void>): Promise<void> {
  try {
    await body()
  } catch (err) {
    const e = err as Error
    e.message = `${e.message}\n${members.map((m) => `=== ${m.client} member, last lines:\n${m.output.slice(-15).join('\n')}`).join('\n')}`
    throw e
  }
}

test('kill -9 of the group coordinator\'s node: a librdkafka group and a kafkajs group keep their committed offsets and go on consuming', { timeout: 180_000 }, async () => {
  await withCluster({ voters: 3 }, async (cluster) => {
    await cluster.waitForBrokers([1, 2, 3])
    const topic = 'failover-orders'
    const clients = ['librdkafka', 'kafkajs'] as const
    const groupOf = (client: string): string => `failover-${client}`
    const coordinator = await cluster.activeController()
    const others = [1, 2, 3].filter((id) => id !== coordinator)
    for (const client of clients) {
      const found = await cluster.until('FindCoordinator to name a node', async () => (await cluster.findCoordinator(others[0]!, groupOf(client))).nodeId)
      assert.equal(found, coordinator, 'the coordinator is the node that leads the quorum')
    }
    const created = await cluster.createTopics(others[0]!, [{ name: topic, partitions: PARTITIONS, replicationFactor: 1, assignments: Array.from({ length: PARTITIONS }, (_, p) => [others[p % 2]!]) }])
    assert.equal(created.topics[0]!.errorCode, 0, created.topics[0]!.errorMessage ?? '')
    await cluster.waitForTopic(others[0]!, topic)
    const bootstrap = cluster.bootstrap(others[0]!)
    await produce(bootstrap, topic, 0)

    // One group per client library: Kafka refuses a group whose members share no assignor name
    // (INCONSISTENT_GROUP_PROTOCOL), and kafkajs's RoundRobinAssigner is not librdkafka's roundrobin.
    // kafkajs looks for a new coordinator only when its consumer restarts (it keeps the coordinator's node
    // id, tulios/kafkajs#1630): its member throws a failed commit to kafkajs's runner (kafkajs-member.ts),
    // as an application without a retry loop of its own would, with short retries so that the runner's
    // crash and restart come within the test's time.
    const members = clients.map((client) => startMember(client, bootstrap, groupOf(client), topic, MEMBER_SESSION_TIMEOUT_MS, { MEMBER_COMMIT_ATTEMPTS: '1', MEMBER_RETRIES: '2' }))
    await withMemberOutput(members, async () => {
      for (const m of members) {
        await cluster.until(`the ${m.client} member to consume and commit round 0 (${consumed([m]).size} of ${PARTITIONS * PER_ROUND})`, async () => consumed([m]).size === PARTITIONS * PER_ROUND ? true : null, 60_000)
      }

      const atKill = new Map(members.map((m) => [m, m.events.length]))
      await cluster.kill(coordinator)
      const next = await cluster.activeController()
      assert.notEqual(next, coordinator)
      assert.equal(await cluster.until('FindCoordinator to name the new controller', async () => {
        const c = await cluster.findCoordinator(others[0]!, groupOf('kafkajs'))
        return c.nodeId === next ? c.nodeId : null
      }), next)
      await produce(bootstrap, topic, 1)
      for (const m of members) {
        await cluster.until(`the ${m.client} member to consume round 1 after the failover`, async () => {
          const after = consumed([m], atKill)
          return [...Array(PARTITIONS).keys()].every((p) => [...Array(PER_ROUND).keys()].every((i) => after.has(`${p}:${PER_ROUND + i}`))) ? true : null
        }, 90_000)
        const reread = [...consumed([m], atKill)].filter((k) => Number(k.split(':')[1]) < PER_ROUND)
        assert.deepEqual(reread, [], `${m.client}: offsets committed before the failover are kept, nothing is read twice`)
      }

      const kafka = new Kafka({ clientId: 'failover-check', brokers: [bootstrap], logLevel: logLevel.NOTHING })
      const admin = kafka.admin()
      await admin.connect()
      try {
        for (const client of clients) {
          const offsets = await admin.fetchOffsets({ groupId: groupOf(client), topics: [topic] })
          assert.deepEqual(offsets[0]!.partitions.map((p) => [p.partition, p.offset]).sort(), [...Array(PARTITIONS).keys()].map((p) => [p, String(2 * PER_ROUND)]), client)
        }
      } finally {
        await admin.disconnect()
      }
    })
  })
})
