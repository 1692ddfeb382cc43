// The broker lifecycle's decisions (LifecycleMachine), stepped by hand with replies and a clock:
// registration with retry backoff, fenced until the controller unfences, heartbeats every interval with
// the applied metadata offset, re-registration on STALE_BROKER_EPOCH / BROKER_ID_NOT_REGISTERED, and a
// controlled shutdown that asks until the controller says shouldShutDown.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BrokerLifecycle, LifecycleMachine, BrokerLifecycleState as S, newIncarnationId, retryDelayMs, type LifecycleSettings } from '../../src/broker/broker-lifecycle.ts'
import { RaftMetadataLog } from '../../src/controller/metadata/metadata-log.ts'
import { MetadataPublisher } from '../../src/controller/metadata/metadata-publisher.ts'
import { QuorumController } from '../../src/controller/quorum-controller/quorum-controller.ts'
import { LocalControllerChannel } from '../../src/broker/controller-channel.ts'
import { record } from '../../src/controller/metadata/metadata-record.ts'
import { MetadataRecordType as T } from '../../src/protocol/generated/metadata-records/index.ts'
import { defaultUnregisterBrokerRecord } from '../../src/protocol/generated/metadata-records/unregister-broker-record.ts'
import type { BrokerHeartbeatRequest, BrokerRegistrationRequest } from '../../src/controller/quorum-controller/controller-api.ts'
import { silentLogger } from '../../src/util/logger.ts'
import { waitFor } from '../helpers/raft-cluster.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'

const SETTINGS: LifecycleSettings = {
  brokerId: 2,
  clusterId: 'cluster-a',
  incarnationId: 'AAAAAAAAAAAAAAAAAAAAAQ', // a Kafka uuid: the controller writes it into its RegisterBrokerRecord
  listeners: [{ name: 'PLAINTEXT', host: '127.0.0.2', port: 9092, securityProtocol: 0 }],
  rack: 'r1',
  heartbeatIntervalMs: 2000,
  retryBackoffInitialMs: 100,
  retryBackoffMaxMs: 4500
}
const HALF = 0.5
const ok = { errorCode: ErrorCode.NONE, isCaughtUp: true, isFenced: false, shouldShutDown: false }

function registeredMachine (nowMs = 0): LifecycleMachine {
  const m = new LifecycleMachine(SETTINGS)
  const r = m.poll(nowMs, -1)
  assert.equal(r?.kind, 'register')
  m.registered({ errorCode: ErrorCode.NONE, brokerEpoch: 42n }, nowMs, HALF)
  return m
}

test('registers with the incarnation, listeners and rack, then starts fenced and heartbeats at once', () => {
  const m = new LifecycleMachine(SETTINGS)
  assert.equal(m.state(), S.STARTING)
  assert.equal(m.isFenced(), true)
  const r = m.poll(0, 7)
  assert.ok(r !== null && r.kind === 'register')
  assert.equal(r.request.brokerId, 2)
  assert.equal(r.request.clusterId, 'cluster-a')
  assert.equal(r.request.incarnationId, SETTINGS.incarnationId)
  assert.deepEqual(r.request.listeners, SETTINGS.listeners)
  assert.equal(r.request.rack, 'r1')
  assert.equal(m.poll(0, 7), null, 'one request in flight at a time')
  m.registered({ errorCode: ErrorCode.NONE, brokerEpoch: 42n }, 10, HALF)
  assert.equal(m.state(), S.FENCED)
  assert.equal(m.brokerEpoch(), 42n)
  const h = m.poll(10, 7)
  assert.ok(h !== null && h.kind === 'heartbeat')
  assert.deepEqual(h.request, { brokerId: 2, brokerEpoch: 42n, currentMetadataOffset: 7n, wantFence: true, wantShutDown: false, offlineLogDirs: [] })
})

test('a failed registration is retried with capped exponential backoff; success resets it', () => {
  const m = new LifecycleMachine(SETTINGS)
  const delays: number[] = []
  let now = 0
  for (let i = 0; i < 8; i++) {
    assert.equal(m.poll(now, -1)?.kind, 'register')
    if (i % 2 === 0) m.failed(now, 1)
    else m.registered({ errorCode: ErrorCode.DUPLICATE_BROKER_REGISTRATION, brokerEpoch: -1n }, now, 1)
    delays.push(m.dueAtMs() - now)
    assert.equal(m.poll(m.dueAtMs() - 1, -1), null, 'nothing before the backoff is over')
    now = m.dueAtMs()
  }
  assert.deepEqual(delays, [100, 200, 400, 800, 1600, 3200, 4500, 4500])
  assert.equal(m.lastError?.errorCode, ErrorCode.DUPLICATE_BROKER_REGISTRATION)
  assert.equal(m.state(), S.STARTING)
  m.poll(now, -1)
  m.registered({ errorCode: ErrorCode.NONE, brokerEpoch: 5n }, now, 1)
  assert.equal(m.lastError, null)
  m.poll(now, -1)
  m.failed(now, 1)
  assert.equal(m.dueAtMs() - now, 100, 'the backoff starts from the bottom after a success')
  assert.equal(retryDelayMs(SETTINGS, 0, 0), 50, 'jitter keeps at least half the ceiling')
})

test('unfenced when the controller says so, heartbeats every interval, fenced again when it says so', () => {
  const m = registeredMachine()
  m.setReadyToUnfence(0)
  const h = m.poll(0, 3)
  assert.ok(h !== null && h.kind === 'heartbeat')
  assert.equal(h.request.wantFence, false)
  m.heartbeatAnswered({ ...ok, isFenced: true, isCaughtUp: false }, 5, HALF)
  assert.equal(m.state(), S.FENCED)
  assert.equal(m.dueAtMs(), 2005)
  assert.equal(m.poll(2004, 3), null)
  assert.equal(m.poll(2005, 9)?.kind, 'heartbeat')
  m.heartbeatAnswered(ok, 2010, HALF)
  assert.equal(m.state(), S.RUNNING)
  assert.equal(m.isFenced(), false)
  m.poll(4010, 9)
  m.heartbeatAnswered({ ...ok, isFenced: true }, 4010, HALF)
  assert.equal(m.state(), S.FENCED)
})

test('a heartbeat error other than a lost registration keeps the state and retries with backoff', () => {
  const m = registeredMachine()
  m.poll(0, 0)
  m.heartbeatAnswered(ok, 0, HALF)
  assert.equal(m.state(), S.RUNNING)
  m.poll(2000, 0)
  m.heartbeatAnswered({ ...ok, errorCode: ErrorCode.NOT_CONTROLLER }, 2000, 1)
  assert.equal(m.state(), S.RUNNING)
  assert.equal(m.dueAtMs(), 2100)
  m.poll(2100, 0)
  m.failed(2100, 1)
  assert.equal(m.dueAtMs(), 2300)
  assert.equal(m.lastError?.errorCode, ErrorCode.REQUEST_TIMED_OUT)
})

for (const errorCode of [ErrorCode.STALE_BROKER_EPOCH, ErrorCode.BROKER_ID_NOT_REGISTERED]) {
  test(`heartbeat answered ${errorCode === ErrorCode.STALE_BROKER_EPOCH ? 'STALE_BROKER_EPOCH' : 'BROKER_ID_NOT_REGISTERED'}: registers again at once, same incarnation, fenced`, () => {
    const m = registeredMachine()
    m.poll(0, 0)
    m.heartbeatAnswered(ok, 0, HALF)
    m.poll(2000, 0)
    m.heartbeatAnswered({ ...ok, errorCode }, 2001, HALF)
    assert.equal(m.state(), S.STARTING)
    assert.equal(m.isFenced(), true)
    assert.equal(m.brokerEpoch(), -1n)
    const r = m.poll(2001, 0)
    assert.ok(r !== null && r.kind === 'register')
    assert.equal(r.request.incarnationId, SETTINGS.incarnationId)
    m.registered({ errorCode: ErrorCode.NONE, brokerEpoch: 99n }, 2002, HALF)
    assert.equal(m.state(), S.FENCED)
    const h = m.poll(2002, 0)
    assert.ok(h !== null && h.kind === 'heartbeat')
    assert.equal(h.request.brokerEpoch, 99n)
  })
}

test('controlled shutdown: heartbeats ask at once, the next one comes sooner, done on shouldShutDown', () => {
  const m = registeredMachine()
  m.poll(0, 0)
  m.heartbeatAnswered(ok, 0, HALF)
  m.beginControlledShutdown(500)
  assert.equal(m.state(), S.PENDING_CONTROLLED_SHUTDOWN)
  const h = m.poll(500, 11)
  assert.ok(h !== null && h.kind === 'heartbeat')
  assert.equal(h.request.wantShutDown, true)
  assert.equal(h.request.wantFence, false)
  m.heartbeatAnswered({ ...ok, shouldShutDown: false }, 510, HALF)
  assert.equal(m.dueAtMs(), 560, 'the first answer in a shutdown brings the next heartbeat 50 ms later')
  m.poll(560, 11)
  m.heartbeatAnswered({ ...ok, shouldShutDown: false }, 560, HALF)
  assert.equal(m.dueAtMs(), 2560, 'then the usual interval')
  m.poll(2560, 11)
  m.heartbeatAnswered({ ...ok, isFenced: true, shouldShutDown: true }, 2560, HALF)
  assert.equal(m.state(), S.SHUTTING_DOWN)
  assert.equal(m.dueAtMs(), Infinity)
  assert.equal(m.poll(1e9, 11), null)
})

test('controlled shutdown before registering: nothing to move, the broker may go at once', () => {
  const m = new LifecycleMachine(SETTINGS)
  m.beginControlledShutdown(0)
  assert.equal(m.state(), S.SHUTTING_DOWN)
  assert.equal(m.poll(0, 0), null)
})

test('controlled shutdown while the registration is in flight: goes at once, the late reply changes nothing', () => {
  const m = new LifecycleMachine(SETTINGS)
  m.poll(0, 0)
  m.beginControlledShutdown(1)
  // Not registered yet: a registration that lands now is fenced and leads nothing, so the broker goes;
  // the late reply must not bring it back.
  assert.equal(m.state(), S.SHUTTING_DOWN)
  m.registered({ errorCode: ErrorCode.NONE, brokerEpoch: 3n }, 2, HALF)
  assert.equal(m.state(), S.SHUTTING_DOWN)
  assert.equal(m.poll(2, 0), null)
})

test('new advertised listeners: registers again with them, also when they change during a registration', () => {
  const m = registeredMachine()
  m.poll(0, 0)
  m.heartbeatAnswered(ok, 0, HALF)
  const moved = [{ name: 'PLAINTEXT', host: 'h2', port: 1, securityProtocol: 0 }]
  m.poll(2000, 0)
  m.updateListeners(moved, 2001)
  m.heartbeatAnswered(ok, 2002, HALF)
  assert.equal(m.dueAtMs(), 2001, 'the re-registration stays due at once')
  const r = m.poll(2002, 0)
  assert.ok(r !== null && r.kind === 'register')
  assert.deepEqual(r.request.listeners, moved)
  const again = [{ name: 'PLAINTEXT', host: 'h3', port: 2, securityProtocol: 0 }]
  m.updateListeners(again, 2003)
  m.registered({ errorCode: ErrorCode.NONE, brokerEpoch: 50n }, 2004, HALF)
  const r2 = m.poll(2004, 0)
  assert.ok(r2 !== null && r2.kind === 'register', 'registered with stale listeners: once more')
  assert.deepEqual(r2.request.listeners, again)
  m.registered({ errorCode: ErrorCode.NONE, brokerEpoch: 51n }, 2005, HALF)
  assert.equal(m.state(), S.FENCED)
})

test('ready to unfence brings a fenced broker\'s next heartbeat forward, asking wantFence=false', () => {
  const m = registeredMachine()
  m.poll(0, 0)
  m.heartbeatAnswered({ ...ok, isFenced: true }, 0, HALF)
  assert.equal(m.dueAtMs(), 2000)
  m.setReadyToUnfence(10)
  const h = m.poll(10, 4)
  assert.ok(h !== null && h.kind === 'heartbeat')
  assert.equal(h.request.wantFence, false)
})

test('incarnation ids are fresh Kafka uuids', () => {
  const a = newIncarnationId()
  assert.match(a, /^[A-Za-z0-9_-]{22}$/)
  assert.notEqual(a, newIncarnationId())
})

// The shell over a real controller channel (a one-voter quorum's QuorumController through
// LocalControllerChannel, behind a recorder): it registers with the incarnation and listeners given,
// heartbeats every interval with the applied metadata offset, registers again when the controller no
// longer knows it, and a controlled shutdown ends the heartbeats once the controller agrees.
test('BrokerLifecycle registers, heartbeats with the applied offset, re-registers when unregistered, and shuts down under control', { timeout: 30_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-broker-lifecycle-'))
  const log = await RaftMetadataLog.open({ parentDir: dir, nodeId: 7, logger: silentLogger() })
  const publisher = MetadataPublisher.open(log, 1 << 30, silentLogger())
  const controller = new QuorumController(log, publisher, { numPartitions: 1, replicationFactor: 1, deleteTopicEnable: true, nodePartitionsMax: 1000 })
  const channel = new LocalControllerChannel(controller)
  const heartbeats: BrokerHeartbeatRequest[] = []
  const registrations: BrokerRegistrationRequest[] = []
  const lifecycle = new BrokerLifecycle({
    settings: { ...SETTINGS, brokerId: 7, heartbeatIntervalMs: 20, retryBackoffInitialMs: 10, retryBackoffMaxMs: 100 },
    channel: {
      registerBroker: async (req) => { registrations.push(req); return await channel.registerBroker(req) },
      brokerHeartbeat: async (req) => { heartbeats.push(req); return await channel.brokerHeartbeat(req) }
    },
    appliedOffset: () => publisher.appliedOffset(),
    logger: silentLogger()
  })
  try {
    // A waiter is released by close() (a node closed while it waits for its broker to be unfenced).
    const idle = new BrokerLifecycle({ settings: SETTINGS, channel, appliedOffset: () => -1, logger: silentLogger() })
    const waiting = idle.waitFor((s) => s === S.RUNNING, 2 ** 31 - 1)
    idle.close()
    assert.equal(await waiting, false)

    lifecycle.start()
    lifecycle.setReadyToUnfence()
    assert.equal(await lifecycle.waitFor((s) => s === S.RUNNING, 10_000), true)
    const registered = publisher.image().brokers.get(7)
    assert.deepEqual(registered?.endpoints, [{ name: 'PLAINTEXT', host: '127.0.0.2', port: 9092 }])
    assert.equal(lifecycle.brokerEpoch(), registered?.epoch)
    await waitFor('three heartbeats', () => heartbeats.length >= 3)
    // Each carries the offset applied when it was sent (the first one precedes the entry that unfenced the broker).
    assert.ok(heartbeats.every((h) => h.brokerId === 7 && h.brokerEpoch === registered!.epoch && h.currentMetadataOffset >= registered!.epoch && h.currentMetadataOffset <= BigInt(publisher.appliedOffset()) && !h.wantShutDown))
    assert.equal(heartbeats.at(-1)!.currentMetadataOffset, BigInt(publisher.appliedOffset()))

    // The controller forgets the broker: the next heartbeat is refused and the broker registers again.
    await log.append([record(T.UnregisterBroker, { ...defaultUnregisterBrokerRecord(), brokerId: 7, brokerEpoch: registered!.epoch })])
    await waitFor('a second registration', () => registrations.length >= 2 && publisher.image().brokers.has(7))
    assert.equal(registrations[1]!.incarnationId, registrations[0]!.incarnationId, 'the same incarnation')
    assert.equal(await lifecycle.waitFor((s) => s === S.RUNNING, 10_000), true)

    assert.equal(await lifecycle.controlledShutdown(5000), true)
    assert.equal(lifecycle.state(), S.SHUTTING_DOWN)
    assert.equal(heartbeats.at(-1)!.wantShutDown, true)
    const sent = heartbeats.length
    await new Promise((resolve) => setTimeout(resolve, 100))
    assert.equal(heartbeats.length, sent, 'no heartbeat after the shutdown')
  } finally {
    lifecycle.close()
    await controller.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
