// faults.ts on three real nodes: each kind of step does what it says to the node the role resolves to
// (the partition's leader, the active controller, the group's coordinator), writes its start and end
// lines, and healAll + waitRecovered bring back every broker, every ISR and one image. A cut between
// node addresses leaves a client's connection (from 127.0.0.1, no node's address) alone. A slow disk
// moves the node's process into a throttled blkio cgroup and back (skipped where the machine has none).
// Without root or iptables the partition steps cannot run: the test is skipped with the reason.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { connect } from 'node:net'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { withCluster } from '../helpers/cluster-processes.ts'
import { partitionUnavailable, ownRules } from '../helpers/loopback-partition.ts'
import { tempDir } from '../helpers/child-processes.ts'
import { blkioCgroupOf } from '../helpers/disk-throttle.ts'
import { Faults, type NemesisLine } from './faults.ts'
import { CHAOS_NODE_CONFIG, CHAOS_HOST_BASE, createWorkloadTopic } from './config.ts'
import type { FaultStep } from './nemesis.ts'

const UNAVAILABLE = partitionUnavailable()
const TOPIC = 'faults-test'
const PARTITIONS = 2

function step (index: number, fields: Partial<FaultStep> & Pick<FaultStep, 'kind'>): FaultStep {
  return { index, startMs: 0, healMs: 0, target: null, topology: null, ...fields }
}

/** Connects to host:port from the kernel's default source address (as librdkafka does); true once connected. */
async function reachable (host: string, port: number, timeoutMs = 2000): Promise<boolean> {
  return await new Promise((resolve) => {
    const socket = connect({ host, port })
    const timer = setTimeout(() => { socket.destroy(); resolve(false) }, timeoutMs)
    socket.on('connect', () => { clearTimeout(timer); socket.destroy(); resolve(true) })
    socket.on('error', () => { clearTimeout(timer); resolve(false) })
  })
}

test('every kind of step acts on its resolved target, logs start and end, and the cluster recovers', { skip: UNAVAILABLE ?? false, timeout: 240_000 }, async () => {
  await withCluster({ voters: 3, hostBase: CHAOS_HOST_BASE, config: CHAOS_NODE_CONFIG }, async (cluster) => {
    await createWorkloadTopic(cluster, TOPIC, PARTITIONS)
    const dir = tempDir('rivulet-faults-')
    const nemesisLog = join(dir, 'nemesis.jsonl')
    const faults = new Faults(cluster, { topic: TOPIC, partitions: PARTITIONS, groups: ['g0'], nemesisLog })

    // The leader of p1 is killed, then restarted.
    const leader = (await cluster.metadata(1, [TOPIC])).topics[0]!.partitions.find((p) => p.partitionIndex === 1)!.leaderId
    const kill = await faults.begin(step(0, { kind: 'kill-leader', target: { by: 'leader', partition: 1 } }))
    assert.deepEqual(kill?.targets, [leader])
    assert.equal(cluster.running(leader), false)
    await faults.end(kill!)
    assert.equal(cluster.running(leader), true)

    // The active controller is paused, then resumed.
    const controller = await cluster.activeController()
    const pause = await faults.begin(step(1, { kind: 'pause', target: { by: 'controller' } }))
    assert.deepEqual(pause?.targets, [controller])
    assert.deepEqual([...faults.paused], [controller])
    // A second node-down step on the paused node is skipped, not stacked.
    assert.equal(await faults.begin(step(2, { kind: 'kill-random', target: { by: 'node', node: controller } })), null)
    await faults.end(pause!)
    assert.equal(faults.paused.size, 0)

    // Node 2 isolated: the others cannot reach its ports, a client still can.
    await faults.waitRecovered(60_000)
    const isolate = await faults.begin(step(3, { kind: 'partition', target: { by: 'node', node: 2 }, topology: { kind: 'isolate' } }))
    assert.deepEqual(isolate?.targets, [2, 1, 3])
    assert.ok(ownRules().length > 0)
    const n2 = cluster.node(2)
    assert.equal(await reachable(n2.host, n2.clientPort), true, 'a client (from 127.0.0.1) still reaches the isolated node')
    await faults.end(isolate!)
    assert.equal(ownRules().length, 0)

    // One-way and bridge cuts name two nodes.
    const oneWay = await faults.begin(step(4, { kind: 'partition', target: { by: 'node', node: 1 }, topology: { kind: 'one-way', peer: 1, inbound: true } }))
    assert.deepEqual(oneWay?.targets, [1, 3])
    await faults.end(oneWay!)
    const bridge = await faults.begin(step(5, { kind: 'partition', target: { by: 'node', node: 3 }, topology: { kind: 'bridge', peer: 0 } }))
    assert.deepEqual(bridge?.targets, [3, 1])
    await faults.end(bridge!)

    // The controller's disk capped (the cgroup blkio throttle), then freed; where the machine cannot, skipped.
    const slow = await faults.begin(step(6, { kind: 'slow-disk', target: { by: 'controller' } }))
    if (faults.diskUnavailable === null) {
      assert.equal(slow?.targets.length, 1)
      const pid = cluster.pid(slow.targets[0]!)
      const cgroupBefore = blkioCgroupOf(process.pid) // a node starts in the test process's cgroup
      assert.match(blkioCgroupOf(pid) ?? '', /^\/rivulet-test-\d+-\d+$/)
      // A slow node still serves: a topic is created while its disk crawls.
      await createWorkloadTopic(cluster, `${TOPIC}-slow`, 1)
      await faults.end(slow!)
      assert.equal(blkioCgroupOf(pid), cgroupBefore)
    } else {
      assert.equal(slow, null)
    }

    // Every node killed and restarted together.
    await faults.waitRecovered(60_000)
    const all = await faults.begin(step(7, { kind: 'restart-all' }))
    assert.equal(cluster.live().length, 0)
    await faults.end(all!)
    assert.equal(cluster.live().length, 3)

    // The coordinator of a group that has none yet: FindCoordinator names one anyway (or the step is skipped).
    const coordinator = await faults.begin(step(8, { kind: 'kill-coordinator', target: { by: 'coordinator', group: 0 } }))
    // Left in force: healAll restarts it.
    await faults.healAll()
    const { partitions, images } = await faults.waitRecovered(60_000)
    assert.equal(partitions.length, PARTITIONS)
    assert.ok(partitions.every((p) => p.isr.length === 3))
    assert.equal(new Set([...images.values()].map((i) => i.digest)).size, 1)

    const lines = readFileSync(nemesisLog, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as NemesisLine)
    const kinds = lines.map((l) => `${l.kind}/${l.phase}`)
    const slowLines = faults.diskUnavailable === null ? ['slow-disk/start', 'slow-disk/end'] : []
    const expected = ['kill-leader/start', 'kill-leader/end', 'pause/start', 'pause/end', 'partition/start', 'partition/end', 'partition/start', 'partition/end', 'partition/start', 'partition/end', ...slowLines, 'restart-all/start', 'restart-all/end']
    assert.deepEqual(kinds.slice(0, expected.length), expected)
    if (coordinator !== null) assert.equal(kinds[expected.length], 'kill-coordinator/start')
    assert.equal(faults.skipped.length, (coordinator === null ? 2 : 1) + (faults.diskUnavailable === null ? 0 : 1))
    assert.ok(lines.every((l) => typeof l.t === 'number' && Array.isArray(l.targets)))
  })
})
