// A chaos workload client on kafkajs, writing the history of test/chaos/history.ts.
// Usage: node --import tsx test/chaos/clients/js-client.ts producer|consumer --bootstrap HOST:PORT[,..]
//          --topic T --partitions N --process NAME --history FILE [mode flags]
//   producer  --rate MSGS_PER_S (50) --keys K (= partitions): idempotent (acks -1, one request in flight),
//             value "<process>:<n>" with key String(n % K) to partition key % N; each value is invoked
//             when due, then sent with the other waiting values of its partition: one send() at a time,
//             one partition a send() (so a failed request's error is given to its own values only),
//             then ok/fail/info for each. An idempotent kafkajs producer retries without end; a send
//             that still fails gets a new producer (a new producer id), since kafkajs would reuse the
//             failed send's sequence numbers for the next records. A send() that resolves without an offset for a value
//             (kafkajs 2.2.4 can skip a partition whose leader moved on a retry) writes it info
//             KafkaJSNoAck and also gets a new producer: "ok" only with a non-negative integer offset.
//   consumer  --group G (required: kafkajs has no manual assignment) --commit auto|manual
//             --session-timeout-ms (6000): each non-empty batch is a poll line; manual commits
//             (commitOffsets after each batch) are written invoke, then ok/fail/info. A GROUP_JOIN is a
//             revoke of what the member owned, then an assign of its new partitions; REBALANCING,
//             CRASH and the stop revoke what it owns. After a crash kafkajs does not restart from (a
//             non-retriable error) a new consumer joins the group in its place.
// SIGTERM (or SIGINT): a producer sends the values it has invoked (--stop-timeout-s, 30, at most, else info
// _OUTSTANDING_AT_STOP for those without an outcome); a consumer disconnects (leaving its group). Then a
// "stop" line and exit 0.
// kafkajs logs at ERROR, to stderr.
import { parseArgs } from 'node:util'
import { Kafka, logLevel, type Consumer, type Producer } from 'kafkajs'
import { classifyError, HistoryWriter } from '../history.ts'
import { ackedLines, takePartitionBatch, type Send } from './js-sends.ts'

const REQUEST_TIMEOUT_MS = 10_000
const MAX_RETRY_TIME_MS = 2000
/** Between attempts to join a new member after a crash, while the cluster may still be down. */
const REJOIN_BACKOFF_MS = 1000
/** Values waiting to be sent at most (more are not invoked until some are sent), and one send()'s most. */
const SEND_BATCH_MAX = 200

const { positionals: [mode], values: args } = parseArgs({
  allowPositionals: true,
  options: {
    bootstrap: { type: 'string' },
    topic: { type: 'string' },
    partitions: { type: 'string', default: '4' },
    process: { type: 'string' },
    history: { type: 'string' },
    rate: { type: 'string', default: '50' },
    keys: { type: 'string' },
    group: { type: 'string' },
    commit: { type: 'string', default: 'auto' },
    'session-timeout-ms': { type: 'string', default: '6000' },
    'stop-timeout-s': { type: 'string', default: '30' }
  }
})
const usage = (problem: string): never => {
  process.stderr.write(`js-client: ${problem}\nusage: js-client.ts producer|consumer --bootstrap B --topic T --partitions N --process NAME --history FILE [--rate R --keys K | --group G --commit auto|manual]\n`)
  process.exit(2)
}
if (mode !== 'producer' && mode !== 'consumer') usage('mode is producer or consumer')
for (const flag of ['bootstrap', 'topic', 'process', 'history'] as const) if (args[flag] === undefined) usage(`--${flag} is required`)
if (args.commit !== 'auto' && args.commit !== 'manual') usage('--commit is auto or manual')
const topic = args.topic!
const partitions = Number(args.partitions)
const name = args.process!
const h = new HistoryWriter(args.history!, name)
const stopTimeoutMs = Number(args['stop-timeout-s']) * 1000

const kafka = new Kafka({
  clientId: name,
  brokers: args.bootstrap!.split(','),
  requestTimeout: REQUEST_TIMEOUT_MS,
  retry: { maxRetryTime: MAX_RETRY_TIME_MS },
  logLevel: logLevel.ERROR,
  logCreator: () => ({ namespace, log }) => { process.stderr.write(`${JSON.stringify({ namespace, ...log })}\n`) }
})

interface KafkaJsError { name?: string, type?: string, message?: string }
/** The classification key: a broker error's name (kafkajs's `type`), else kafkajs's error class. */
function errorName (err: unknown): string {
  const e = err as KafkaJsError
  if (e.name === 'KafkaJSProtocolError' && typeof e.type === 'string') return e.type
  return e.name ?? 'Error'
}

let stopReason: string | null = null
let onStop = (): void => {}
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopReason !== null) return
    stopReason = signal
    onStop()
  })
}

function finish (): never {
  h.write('ok', 'stop', { reason: stopReason })
  h.close()
  process.exit(0)
}

const sleep = async (ms: number): Promise<void> => { await new Promise((resolve) => setTimeout(resolve, ms)) }

async function produce (): Promise<void> {
  const keys = args.keys === undefined ? partitions : Number(args.keys)
  const intervalMs = 1000 / Number(args.rate)
  const partitionOf = (send: Send): number => Number(send.key) % partitions
  const newProducer = (): Producer => kafka.producer({ idempotent: true, maxInFlightRequests: 1 })
  let producer = newProducer()
  let connected = false
  /** Values invoked and not yet sent, oldest first. */
  const queue: Send[] = []
  /** The values of the send() in progress. */
  let inFlight: Send[] = []
  onStop = () => {
    setTimeout(() => {
      for (const send of [...inFlight, ...queue]) h.write('info', 'send', { ...send, error: '_OUTSTANDING_AT_STOP' })
      finish()
    }, stopTimeoutMs).unref()
  }
  const started = Date.now()
  let n = 0
  // After a stop, the values already invoked are still sent (a flush, up to the stop timer).
  while (stopReason === null || queue.length > 0) {
    // Every value due by now is invoked (at most SEND_BATCH_MAX waiting: the rate gives way when the
    // cluster cannot keep up), then one partition's values go in one send() at a time.
    const due = stopReason === null ? Math.min(SEND_BATCH_MAX - queue.length, Math.floor((Date.now() - started) / intervalMs) + 1 - n) : 0
    for (let i = 0; i < due; i++, n++) {
      const send = { key: String(n % keys), value: `${name}:${n}` }
      h.write('invoke', 'send', send)
      queue.push(send)
    }
    if (queue.length === 0) {
      await sleep(started + n * intervalMs - Date.now())
      continue
    }
    inFlight = takePartitionBatch(queue, partitionOf, SEND_BATCH_MAX)
    try {
      if (!connected) await producer.connect()
      connected = true
      const acks = await producer.send({ topic, acks: -1, timeout: REQUEST_TIMEOUT_MS, messages: inFlight.map((m) => ({ ...m, partition: partitionOf(m) })) })
      const { lines, complete } = ackedLines(inFlight, partitionOf, acks)
      for (const line of lines) h.write(line.type, 'send', line.fields)
      // Outcomes written: the stop timer (which may fire in the awaits below) must not write them again.
      inFlight = []
      if (!complete) {
        // The values went unacknowledged (info NO_ACK): the producer's sequence numbers are in doubt.
        await producer.disconnect().catch(() => {})
        producer = newProducer()
        connected = false
      }
    } catch (err) {
      // One partition's values, one leader's request: the error is theirs alone.
      const error = errorName(err)
      for (const send of inFlight) h.write(classifyError(error), 'send', { ...send, error, detail: String((err as Error).message) })
      inFlight = []
      await producer.disconnect().catch(() => {})
      producer = newProducer()
      connected = false
    }
  }
  await producer.disconnect().catch(() => {})
  finish()
}

async function consume (): Promise<void> {
  if (args.group === undefined) usage('kafkajs has no manual assignment: --group is required')
  const manual = args.commit === 'manual'
  const sessionTimeout = Number(args['session-timeout-ms'])
  let owned: number[] = []
  let current: Consumer | null = null
  let stopping = false
  const revoke = (): void => {
    if (owned.length > 0) h.write('ok', 'revoke', { partitions: owned })
    owned = []
  }
  onStop = () => {
    stopping = true
    setTimeout(finish, stopTimeoutMs).unref()
    void (current?.disconnect() ?? Promise.resolve()).catch(() => {}).then(() => { revoke(); finish() })
  }

  /** One member of the group; a crash kafkajs does not restart from is followed by a new member. */
  const join = async (): Promise<void> => {
    const consumer: Consumer = kafka.consumer({ groupId: args.group!, sessionTimeout, heartbeatInterval: sessionTimeout / 10, maxWaitTimeInMs: 500 })
    current = consumer
    consumer.on(consumer.events.GROUP_JOIN, (e) => {
      revoke()
      owned = [...(e.payload.memberAssignment[topic] ?? [])].sort((a, b) => a - b)
      h.write('ok', 'assign', { partitions: owned, mode: 'subscribe' })
    })
    consumer.on(consumer.events.REBALANCING, revoke)
    consumer.on(consumer.events.CRASH, (e) => {
      process.stderr.write(`js-client: consumer crashed (restart: ${String(e.payload.restart)}): ${e.payload.error.message}\n`)
      revoke()
      if (e.payload.restart || stopping) return
      // kafkajs gives up after a non-retriable error (e.g. no coordinator found within its retries, while
      // a quorum is elected): a new member joins the group, as an application restarting it would.
      void consumer.disconnect().catch(() => {}).then(rejoin)
    })
    await consumer.connect()
    await consumer.subscribe({ topic, fromBeginning: true })
    await consumer.run({
      autoCommit: !manual,
      autoCommitInterval: 1000,
      eachBatch: async ({ batch }) => {
        const records = batch.messages.map((m) => ({ partition: batch.partition, offset: Number(m.offset), key: m.key?.toString() ?? null, value: m.value?.toString() ?? '' }))
        if (records.length === 0) return
        h.write('ok', 'poll', { records })
        if (!manual) return
        const offsets = [{ partition: batch.partition, offset: records.at(-1)!.offset + 1 }]
        h.write('invoke', 'commit', { offsets })
        try {
          await consumer.commitOffsets(offsets.map((o) => ({ topic, partition: o.partition, offset: String(o.offset) })))
          h.write('ok', 'commit', { offsets })
        } catch (err) {
          const error = errorName(err)
          h.write(classifyError(error), 'commit', { offsets, error, detail: String((err as Error).message) })
        }
      }
    })
  }
  const rejoin = async (): Promise<void> => {
    while (!stopping) {
      try {
        await join()
        return
      } catch (err) {
        process.stderr.write(`js-client: a new member could not join yet: ${(err as Error).message}\n`)
        await current?.disconnect().catch(() => {})
        await new Promise((resolve) => setTimeout(resolve, REJOIN_BACKOFF_MS))
      }
    }
  }
  await join()
}

h.write('ok', 'start', { client: 'kafkajs', role: mode })
await (mode === 'producer' ? produce() : consume())
