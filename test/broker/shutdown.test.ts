// SIGTERM under heavy produce: a real broker process stops within rivulet.shutdown.timeout.ms (plus
// the time to close its logs), logs each step of its shutdown, and every record it acknowledged is
// there after a restart. A client that stops reading its responses cannot hold the shutdown beyond
// the setting, and a second signal ends the process at once.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { connect } from 'node:net'
import { once } from 'node:events'
import { Kafka, logLevel } from 'kafkajs'
import { startBrokerProcess, type BrokerProcess } from '../helpers/broker-process.ts'
import { encodeRequest } from '../helpers/wire-client.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { defaultFetchRequest } from '../../src/protocol/generated/messages/fetch.ts'

const TOPIC = 'shutdown-load'
const PRODUCERS = 4
const MESSAGES_PER_SEND = 200
const VALUE_PAD = 'x'.repeat(1000)
/** Acknowledged records before SIGTERM: enough that produce is in full flow when the signal lands. */
const ACKED_BEFORE_SIGTERM = 20_000

/** Sends batches with acks=all until told to stop or a send fails; records every acknowledged value. */
async function produceLoop (kafka: Kafka, id: number, acked: Set<string>, state: { stop: boolean }): Promise<void> {
  const producer = kafka.producer({ allowAutoTopicCreation: false, retry: { retries: 0 } })
  await producer.connect()
  let sequence = 0
  try {
    while (!state.stop) {
      const values = Array.from({ length: MESSAGES_PER_SEND }, () => `p${id}-${sequence++}`)
      try {
        await producer.send({ topic: TOPIC, acks: -1, messages: values.map((v) => ({ value: `${v} ${VALUE_PAD}` })) })
      } catch {
        return // the broker is going away: what was not acknowledged need not survive
      }
      for (const v of values) acked.add(v)
    }
  } finally {
    await producer.disconnect().catch(() => {})
  }
}

async function waitFor (condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

async function readAllValues (bootstrap: string): Promise<Set<string>> {
  const kafka = new Kafka({ clientId: 'shutdown-reader', brokers: [bootstrap], logLevel: logLevel.NOTHING })
  const admin = kafka.admin()
  await admin.connect()
  const offsets = await admin.fetchTopicOffsets(TOPIC)
  await admin.disconnect()
  const ends = new Map(offsets.map((o) => [o.partition, Number(o.high)]))
  const values = new Set<string>()
  const consumer = kafka.consumer({ groupId: 'shutdown-reader' })
  await consumer.connect()
  await consumer.subscribe({ topic: TOPIC, fromBeginning: true })
  const done = new Map<number, boolean>([...ends].map(([p, end]) => [p, end === 0]))
  await new Promise<void>((resolve, reject) => {
    const check = (): void => { if ([...done.values()].every(Boolean)) resolve() }
    check()
    consumer.run({
      eachBatch: async ({ batch }) => {
        for (const m of batch.messages) values.add(m.value!.toString().split(' ')[0]!)
        if (Number(batch.highWatermark) <= Number(batch.lastOffset()) + 1) done.set(batch.partition, true)
        check()
      }
    }).catch(reject)
  })
  await consumer.disconnect()
  return values
}

test('SIGTERM under heavy produce: bounded, logged step by step, and no acknowledged record lost', { timeout: 180_000 }, async () => {
  const broker = await startBrokerProcess()
  let restarted: BrokerProcess | null = null
  const state = { stop: false }
  try {
    const bootstrap = `127.0.0.1:${broker.port}`
    const kafka = new Kafka({ clientId: 'shutdown-load', brokers: [bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 2 } })
    const admin = kafka.admin()
    await admin.connect()
    await admin.createTopics({ topics: [{ topic: TOPIC, numPartitions: 4 }] })
    await admin.disconnect()
    const acked = new Set<string>()
    const loops = Array.from({ length: PRODUCERS }, (_, i) => produceLoop(kafka, i, acked, state))
    await waitFor(() => acked.size >= ACKED_BEFORE_SIGTERM, `${ACKED_BEFORE_SIGTERM} acknowledged records`, 60_000)
    const signalledMs = Date.now()
    broker.child.kill('SIGTERM')
    // The bound is the setting (5 s by default) plus closing the logs; 30 s only keeps a hung test from hanging.
    let hangTimer: NodeJS.Timeout | undefined
    const code = await Promise.race([broker.exited, new Promise((resolve) => { hangTimer = setTimeout(() => resolve('still running after 30 s'), 30_000) })])
    clearTimeout(hangTimer)
    const exitMs = Date.now() - signalledMs
    state.stop = true
    await Promise.all(loops)
    const lines = broker.logLines
    assert.equal(code, 0, `exit: ${String(code)}\n${lines.slice(-15).join('\n')}`)
    for (const step of ['shutdown: stopping listeners', 'shutdown: draining', 'shutdown: closing logs', 'shutdown: done']) {
      assert.ok(lines.some((l) => l.includes(step)), `log line "${step}" missing:\n${lines.slice(-15).join('\n')}`)
    }
    const done = JSON.parse(lines.find((l) => l.includes('shutdown: done'))!) as { durationMs: number }
    console.log(`shutdown: SIGTERM to exit ${exitMs} ms, logged done in ${done.durationMs} ms, ${acked.size} records acknowledged`)
    restarted = await startBrokerProcess([], 20_000, broker.dataDir)
    const stored = await readAllValues(`127.0.0.1:${restarted.port}`)
    const missing = [...acked].filter((v) => !stored.has(v))
    assert.deepEqual(missing.slice(0, 10), [], `${missing.length} of ${acked.size} acknowledged records missing after restart`)
  } finally {
    state.stop = true
    if (restarted !== null) await restarted.stop()
    await broker.stop('SIGKILL')
    restarted?.cleanup() // the same data directory
    broker.cleanup()
  }
})

const SLOW_TOPIC = 'slow-reader'
const SLOW_RECORDS = 2000
const SLOW_FETCHES = 40

/**
 * Fills SLOW_TOPIC with 2 MiB, then opens a connection that asks for 40 MiB of Fetch responses and
 * never reads them: the node's side of that connection cannot finish writing, so it stays open
 * through the drain. Resolves once the node has answered every fetch (its /metrics says so).
 */
async function slowReader (broker: BrokerProcess): Promise<() => void> {
  const kafka = new Kafka({ clientId: 'slow-reader', brokers: [`127.0.0.1:${broker.port}`], logLevel: logLevel.NOTHING })
  const producer = kafka.producer()
  await producer.connect()
  for (let i = 0; i < SLOW_RECORDS; i += 500) {
    await producer.send({ topic: SLOW_TOPIC, acks: -1, messages: Array.from({ length: 500 }, (_, k) => ({ value: `${i + k} ${VALUE_PAD}` })) })
  }
  await producer.disconnect()
  const socket = connect({ port: broker.port, host: '127.0.0.1' })
  await once(socket, 'connect')
  socket.pause()
  socket.on('error', () => {})
  const request = defaultFetchRequest()
  request.topics = [{ topic: SLOW_TOPIC, topicId: 'AAAAAAAAAAAAAAAAAAAAAA', partitions: [{ partition: 0, currentLeaderEpoch: -1, fetchOffset: 0n, lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 1024 * 1024 }] }]
  for (let n = 0; n < SLOW_FETCHES; n++) socket.write(encodeRequest(ApiKey.Fetch, 12, n, request))
  const deadline = Date.now() + 30_000
  for (;;) {
    const text = await (await fetch(`http://127.0.0.1:${broker.adminPort}/metrics`)).text()
    if (text.includes(`rivulet_requests_total{api="Fetch"} ${SLOW_FETCHES}`)) break
    if (Date.now() > deadline) throw new Error(`the node did not answer ${SLOW_FETCHES} fetches`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return () => socket.destroy()
}

test('a client that never reads its responses holds the shutdown for rivulet.shutdown.timeout.ms at most', { timeout: 120_000 }, async () => {
  const broker = await startBrokerProcess(['--rivulet.shutdown.timeout.ms=1000'])
  let closeReader = (): void => {}
  try {
    closeReader = await slowReader(broker)
    assert.equal(await broker.stop('SIGTERM'), 0, broker.logLines.slice(-10).join('\n'))
    const cut = broker.logLines.find((l) => l.includes('still open after rivulet.shutdown.timeout.ms'))
    assert.ok(cut !== undefined, `no WARN about the connection cut at the timeout:\n${broker.logLines.slice(-10).join('\n')}`)
    assert.equal((JSON.parse(cut) as { connections: number }).connections, 1)
    assert.ok(broker.logLines.some((l) => l.includes('shutdown: done')))
  } finally {
    closeReader()
    broker.cleanup()
  }
})

test('a second SIGTERM during a held shutdown exits at once; the next start recovers every record', { timeout: 120_000 }, async () => {
  const broker = await startBrokerProcess(['--rivulet.shutdown.timeout.ms=600000'])
  let restarted: BrokerProcess | null = null
  let closeReader = (): void => {}
  try {
    closeReader = await slowReader(broker)
    broker.child.kill('SIGTERM')
    await waitFor(() => broker.logLines.some((l) => l.includes('shutdown: draining')), 'the drain to begin', 20_000)
    broker.child.kill('SIGTERM')
    assert.equal(await broker.exited, 1)
    assert.ok(broker.logLines.some((l) => l.includes('second signal during shutdown')), broker.logLines.slice(-5).join('\n'))
    assert.ok(!broker.logLines.some((l) => l.includes('shutdown: done')), 'the shutdown was cut short')
    restarted = await startBrokerProcess([], 20_000, broker.dataDir)
    const admin = new Kafka({ clientId: 'slow-reader-check', brokers: [`127.0.0.1:${restarted.port}`], logLevel: logLevel.NOTHING }).admin()
    await admin.connect()
    const offsets = await admin.fetchTopicOffsets(SLOW_TOPIC)
    await admin.disconnect()
    assert.deepEqual(offsets.map((o) => [o.partition, o.high]), [[0, String(SLOW_RECORDS)]])
  } finally {
    closeReader()
    if (restarted !== null) await restarted.stop()
    await broker.stop('SIGKILL')
    restarted?.cleanup()
    broker.cleanup()
  }
})
