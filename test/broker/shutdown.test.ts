// SIGTERM under heavy produce: a real broker process stops within rivulet.shutdown.timeout.ms (plus
// the time to close its logs), logs each step of its shutdown, and every record it acknowledged is
// there after a restart.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Kafka, logLevel } from 'kafkajs'
import { startBrokerProcess, type BrokerProcess } from '../helpers/broker-process.ts'

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
