// The active controller over a real three-voter @metadata quorum in one process (RaftMetadataLog on
// 127.0.0.1-3, as metadata-quorum.test.ts): only the leader's QuorumController decides; a follower's
// answers NotControllerError naming the leader; after the leader is closed the new leader's controller
// serves, its broker sessions restarted; commands pending when leadership is lost fail with
// NotControllerError. Waits for state, never a fixed time.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RaftMetadataLog } from '../../src/controller/metadata/metadata-log.ts'
import { QuorumController, randomUuid } from '../../src/controller/quorum-controller/quorum-controller.ts'
import { NotControllerError, type BrokerRegistrationRequest } from '../../src/controller/quorum-controller/controller-api.ts'
import type { NewTopic } from '../../src/controller/quorum-controller/topic-control.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { silentLogger } from '../../src/util/logger.ts'
import { loopbackVoters, waitFor } from '../helpers/raft-cluster.ts'
import type { PeerAddress } from '../../src/controller/raft/transport/tcp-transport.ts'

const CLUSTER = 'active-controller-test'
const SESSION_MS = 9000
const defaults = { numPartitions: 1, replicationFactor: 1, deleteTopicEnable: true, nodePartitionsMax: 20_000 }

class Controllers {
  readonly members = new Map<number, QuorumController>()
  private constructor (readonly root: string, readonly voters: Map<number, PeerAddress>) {}

  static async create (): Promise<Controllers> {
    const c = new Controllers(mkdtempSync(join(tmpdir(), 'rivulet-active-controller-')), await loopbackVoters(3))
    await Promise.all([...c.voters.keys()].map(async (id) => {
      const log = await RaftMetadataLog.open({
        parentDir: join(c.root, `node-${id}`),
        nodeId: id,
        logger: silentLogger(),
        quorum: { clusterId: CLUSTER, voters: c.voters, listen: c.voters.get(id)!, tickMs: 10, electionTicks: 10, heartbeatTicks: 2 }
      })
      c.members.set(id, QuorumController.replay(log, defaults, 1 << 30, { clusterId: CLUSTER, sessionTimeoutMs: SESSION_MS }))
    }))
    return c
  }

  /** The id of the one active controller, once there is one. */
  async active (): Promise<number> {
    let found = 0
    await waitFor('one active controller', () => {
      const active = [...this.members].filter(([, c]) => c.isActive()).map(([id]) => id)
      if (active.length !== 1) return false
      found = active[0]!
      return true
    })
    return found
  }

  async stop (id: number): Promise<void> {
    const c = this.members.get(id)!
    this.members.delete(id)
    await c.close().catch(() => undefined)
  }

  async close (): Promise<void> {
    for (const id of [...this.members.keys()]) await this.stop(id)
    rmSync(this.root, { recursive: true, force: true })
  }
}

async function withControllers (body: (c: Controllers) => Promise<void>): Promise<void> {
  const c = await Controllers.create()
  try {
    await body(c)
  } finally {
    await c.close()
  }
}

function registration (brokerId: number): BrokerRegistrationRequest {
  return { brokerId, clusterId: CLUSTER, incarnationId: randomUuid(), listeners: [{ name: 'PLAINTEXT', host: `127.0.0.${brokerId}`, port: 9092, securityProtocol: 0 }], features: [], rack: null, isMigratingZkBroker: false, logDirs: [], previousBrokerEpoch: -1n }
}

function newTopic (name: string): NewTopic {
  return { name, numPartitions: 3, replicationFactor: 1, assignments: [], configs: new Map() }
}

/**
 * Runs `command` on the active controller, again on the next one while it answers NotControllerError
 * (a young quorum may still change leaders): what a client of NOT_CONTROLLER does. Returns the id.
 */
async function onActive (c: Controllers, command: (controller: QuorumController) => Promise<void>): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const id = await c.active()
    try {
      await command(c.members.get(id)!)
      return id
    } catch (err) {
      if (!(err instanceof NotControllerError) || attempt > 20) throw err
    }
  }
}

/** Registers brokers 1..3 through `controller` and unfences them with a heartbeat each. */
async function registerAll (controller: QuorumController, nowMs: number): Promise<void> {
  for (const id of [1, 2, 3]) {
    if (controller.image().brokers.get(id)?.fenced === false) continue
    const reg = await controller.registerBroker(registration(id), nowMs)
    assert.equal(reg.errorCode, ErrorCode.NONE)
    const beat = await controller.brokerHeartbeat({ brokerId: id, brokerEpoch: reg.brokerEpoch, currentMetadataOffset: reg.brokerEpoch, wantFence: false, wantShutDown: false, offlineLogDirs: [] }, nowMs)
    assert.deepEqual(beat, { errorCode: ErrorCode.NONE, isCaughtUp: true, isFenced: false, shouldShutDown: false })
  }
}

function isNotController (leaderId: number | null) {
  return (err: unknown): boolean => {
    assert.ok(err instanceof NotControllerError, `NotControllerError, not ${String(err)}`)
    if (leaderId !== null) assert.equal(err.leaderId, leaderId)
    return true
  }
}

test('only the quorum leader\'s controller decides; a follower\'s answers NotControllerError with the leader id', async () => {
  await withControllers(async (c) => {
    const leaderId = await onActive(c, async (leader) => {
      await registerAll(leader, 1000)
      const [created] = await leader.createTopics([newTopic('placed')], false)
      assert.equal(created!.errorCode, ErrorCode.NONE)
    })
    const leader = c.members.get(leaderId)!
    for (const [id, follower] of c.members) {
      if (id === leaderId) continue
      await waitFor(`node ${id} to know the leader`, () => follower.image().topic('placed') !== undefined)
      await assert.rejects(follower.createTopics([newTopic('refused')], false), isNotController(leaderId))
      await assert.rejects(follower.registerBroker(registration(9), 1000), isNotController(leaderId))
      await assert.rejects(follower.brokerHeartbeat({ brokerId: 1, brokerEpoch: 0n, currentMetadataOffset: 0n, wantFence: false, wantShutDown: false, offlineLogDirs: [] }, 1000), isNotController(leaderId))
      await assert.rejects(follower.electLeaders(0, null), isNotController(leaderId))
      await assert.rejects(follower.alterPartition({ brokerId: 1, brokerEpoch: 0n, topics: [] }, 1000), isNotController(leaderId))
      await assert.rejects(follower.allocateProducerIds(1, 10), isNotController(leaderId))
      await assert.rejects(follower.commitOffsets('g', [], 0), isNotController(leaderId))
      assert.deepEqual(await follower.tick(1_000_000), { fenced: [], records: 0 }, 'a follower fences nobody')
      assert.equal(follower.image().topic('refused'), undefined)
    }
    // The three partitions' leaders spread over the three unfenced brokers.
    const leaders = [...leader.image().topic('placed')!.partitions.values()].map((p) => p.leader).sort()
    assert.deepEqual(leaders, [1, 2, 3])
  })
})

test('the leader closed: the next leader\'s controller serves, with every broker session restarted', async () => {
  await withControllers(async (c) => {
    const first = await onActive(c, async (leader) => await registerAll(leader, 1000))
    await c.stop(first)
    const second = await c.active()
    assert.notEqual(second, first)
    const controller = c.members.get(second)!
    // Becoming active at (controller) time 50_000: sessions restart then, whatever was heard before.
    const [created] = await controller.createTopics([newTopic('after-failover')], false)
    assert.equal(created!.errorCode, ErrorCode.NONE)
    const restartedAt = Date.now()
    assert.deepEqual((await controller.tick(restartedAt + SESSION_MS - 1000)).fenced, [], 'no broker is fenced for the silence of an election')
    // Broker 2 keeps heartbeating; 1 and 3 fall silent and are fenced after the session timeout.
    const epoch2 = controller.image().brokers.get(2)!.epoch
    await controller.brokerHeartbeat({ brokerId: 2, brokerEpoch: epoch2, currentMetadataOffset: epoch2, wantFence: false, wantShutDown: false, offlineLogDirs: [] }, restartedAt + SESSION_MS)
    const outcome = await controller.tick(restartedAt + SESSION_MS + 2000)
    assert.deepEqual(outcome.fenced, [1, 3])
    assert.deepEqual(controller.image().unfencedBrokers().map((b) => b.id), [2])
    for (const p of controller.image().topic('after-failover')!.partitions.values()) {
      assert.ok(p.leader === 2 || p.leader === -1, `leader ${p.leader} is not a fenced broker`)
    }
  })
})

test('commands pending when leadership is lost fail with NotControllerError', async () => {
  await withControllers(async (c) => {
    const leaderId = await onActive(c, async (leader) => await registerAll(leader, 1000))
    const leader = c.members.get(leaderId)!
    // Without its followers the leader cannot commit; check-quorum makes it step down.
    for (const id of [...c.members.keys()]) if (id !== leaderId) await c.stop(id)
    const pending = leader.createTopics([newTopic('never')], false)
    const queued = leader.createTopics([newTopic('never-either')], false)
    const write = leader.writeGroupRecords([])
    await assert.rejects(pending, isNotController(null))
    await assert.rejects(queued, isNotController(null))
    await write.catch(() => undefined)
    assert.equal(leader.isActive(), false)
    await assert.rejects(leader.createTopics([newTopic('later')], false), isNotController(null))
    assert.equal(leader.image().topic('never'), undefined)
  })
})

test('a combined node restarted before its broker\'s session expired registers at once; another id\'s live incarnation is a duplicate', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-active-restart-'))
  const open = async (): Promise<QuorumController> =>
    QuorumController.replay(await RaftMetadataLog.open({ parentDir: dir, nodeId: 1, logger: silentLogger() }), defaults, 1 << 30, { nodeId: 1, clusterId: CLUSTER, sessionTimeoutMs: SESSION_MS })
  try {
    let controller = await open()
    for (const id of [1, 2]) {
      const reg = await controller.registerBroker(registration(id), 1000)
      await controller.brokerHeartbeat({ brokerId: id, brokerEpoch: reg.brokerEpoch, currentMetadataOffset: reg.brokerEpoch, wantFence: false, wantShutDown: false, offlineLogDirs: [] }, 1000)
    }
    await controller.close() // as kill -9: no controlled shutdown, both brokers stay unfenced in the log
    controller = await open()
    assert.equal(controller.image().brokers.get(1)!.fenced, false)
    // Within the restarted sessions: this node's own broker is its previous process; broker 2 may be alive.
    assert.equal((await controller.registerBroker(registration(1), 2000)).errorCode, ErrorCode.NONE)
    assert.equal((await controller.registerBroker(registration(2), 2000)).errorCode, ErrorCode.DUPLICATE_BROKER_REGISTRATION)
    // And once broker 1's new incarnation holds a live session, another incarnation of id 1 is a duplicate.
    const epoch1 = controller.image().brokers.get(1)!.epoch
    await controller.brokerHeartbeat({ brokerId: 1, brokerEpoch: epoch1, currentMetadataOffset: epoch1, wantFence: false, wantShutDown: false, offlineLogDirs: [] }, 2000)
    assert.equal((await controller.registerBroker(registration(1), 2500)).errorCode, ErrorCode.DUPLICATE_BROKER_REGISTRATION)
    // Broker 2's session expires (broker 1 heartbeats on): fenced by tick, then its new incarnation registers.
    await controller.brokerHeartbeat({ brokerId: 1, brokerEpoch: epoch1, currentMetadataOffset: epoch1, wantFence: false, wantShutDown: false, offlineLogDirs: [] }, 2000 + SESSION_MS)
    assert.deepEqual((await controller.tick(2000 + SESSION_MS + 1)).fenced, [2])
    assert.equal((await controller.registerBroker(registration(2), 2000 + SESSION_MS + 2)).errorCode, ErrorCode.NONE)
    await controller.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
