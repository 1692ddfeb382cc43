// The single-node broker as users meet it: a real `rivulet` process and real clients over real
// sockets: librdkafka (kcat, python confluent-kafka), kafkajs and kafka-python.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Kafka, logLevel, CompressionTypes } from 'kafkajs'
import { startBrokerProcess, type BrokerProcess } from '../helpers/broker-process.ts'
import { runChild, type ChildResult } from '../helpers/child-processes.ts'

/** Runs a client process to completion; it dies with the test, and a client not installed fails it at once. */
async function run (command: string, args: string[], input = '', timeoutMs = 60_000): Promise<ChildResult> {
  return await runChild(command, args, { input, timeoutMs })
}

async function withBroker (body: (broker: BrokerProcess, bootstrap: string) => Promise<void>): Promise<void> {
  const broker = await startBrokerProcess()
  try {
    await body(broker, `127.0.0.1:${broker.port}`)
    assert.ok(!broker.logLines.some((l) => l.includes('RIVULET_ERR_HANDLER')), `no handler failed:\n${broker.logLines.filter((l) => l.includes('RIVULET_ERR')).join('\n')}`)
  } finally {
    await broker.stop()
    broker.cleanup()
  }
}

test('kcat: metadata, produce with keys and headers, consume from beginning, end, -N and a timestamp, offsets for times', { timeout: 120_000 }, async () => {
  await withBroker(async (_broker, bootstrap) => {
    const lines = Array.from({ length: 10 }, (_, i) => `key${i}:value${i}`).join('\n') + '\n'
    const t0 = Date.now()
    const produced = await run('kcat', ['-b', bootstrap, '-P', '-t', 'kcat-topic', '-K:', '-H', 'trace=abc', '-p', '0'], lines)
    assert.equal(produced.code, 0, produced.stderr)
    const metadata = await run('kcat', ['-b', bootstrap, '-L', '-t', 'kcat-topic'])
    assert.match(metadata.stdout, /topic "kcat-topic" with 1 partitions/)
    assert.match(metadata.stdout, /partition 0, leader 1, replicas: 1, isrs: 1/)
    const all = await run('kcat', ['-b', bootstrap, '-C', '-t', 'kcat-topic', '-o', 'beginning', '-e', '-f', '%o %k=%s %h\n'])
    assert.equal(all.code, 0, all.stderr)
    assert.deepEqual(all.stdout.trim().split('\n'), Array.from({ length: 10 }, (_, i) => `${i} key${i}=value${i} trace=abc`))
    const last3 = await run('kcat', ['-b', bootstrap, '-C', '-t', 'kcat-topic', '-o', '-3', '-e', '-f', '%o\n'])
    assert.deepEqual(last3.stdout.trim().split('\n'), ['7', '8', '9'])
    const end = await run('kcat', ['-b', bootstrap, '-C', '-t', 'kcat-topic', '-o', 'end', '-e', '-f', '%o\n'])
    assert.equal(end.code, 0)
    assert.equal(end.stdout.trim(), '')
    // Records take their producer's clock: the first ten are stamped before tMiddle, the last one after.
    const tMiddle = Date.now()
    await run('kcat', ['-b', bootstrap, '-P', '-t', 'kcat-topic', '-K:', '-p', '0'], 'late:x\n')
    const fromStart = await run('kcat', ['-b', bootstrap, '-C', '-t', 'kcat-topic', '-o', `s@${t0}`, '-e', '-f', '%o %k\n'])
    assert.equal(fromStart.stdout.trim().split('\n')[0], '0 key0')
    const fromMiddle = await run('kcat', ['-b', bootstrap, '-C', '-t', 'kcat-topic', '-o', `s@${tMiddle}`, '-e', '-f', '%o %k\n'])
    assert.deepEqual(fromMiddle.stdout.trim().split('\n'), ['10 late'])
    const query = await run('kcat', ['-b', bootstrap, '-Q', '-t', `kcat-topic:0:${tMiddle}`])
    assert.match(query.stdout, /kcat-topic \[0\] offset 10/)
  })
})

test('kafkajs: admin create, list, offsets, offsets by timestamp, delete; producer with gzip', { timeout: 120_000 }, async () => {
  await withBroker(async (_broker, bootstrap) => {
    const kafka = new Kafka({ clientId: 'rivulet-kafkajs', brokers: [bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 3 } })
    const admin = kafka.admin()
    await admin.connect()
    assert.equal(await admin.createTopics({ topics: [{ topic: 'kjs', numPartitions: 3 }] }), true)
    assert.equal(await admin.createTopics({ topics: [{ topic: 'kjs', numPartitions: 3 }] }), false, 'already exists')
    assert.ok((await admin.listTopics()).includes('kjs'))
    const producer = kafka.producer()
    await producer.connect()
    const t0 = Date.now()
    for (let i = 0; i < 30; i++) {
      await producer.send({ topic: 'kjs', compression: CompressionTypes.GZIP, acks: -1, messages: [{ key: `k${i}`, value: `v${i}`, partition: i % 3, timestamp: String(t0 + i) }] })
    }
    await producer.disconnect()
    const offsets = await admin.fetchTopicOffsets('kjs')
    assert.deepEqual(offsets.map((o) => [o.partition, o.low, o.high]).sort(), [[0, '0', '10'], [1, '0', '10'], [2, '0', '10']])
    const byTime = await admin.fetchTopicOffsetsByTimestamp('kjs', t0 + 15)
    assert.deepEqual(byTime.map((o) => [o.partition, o.offset]).sort(), [[0, '5'], [1, '5'], [2, '5']])
    await admin.deleteTopics({ topics: ['kjs'] })
    assert.ok(!(await admin.listTopics()).includes('kjs'))
    await admin.disconnect()
  })
})

test('python confluent-kafka (librdkafka): every codec, consume by assignment, watermarks, offsets for times, admin topics and configs', { timeout: 180_000 }, async () => {
  await withBroker(async (_broker, bootstrap) => {
    const result = await run('/usr/bin/python3', ['test/interop/confluent_kafka_client.py', bootstrap, 'ck'], '', 150_000)
    assert.equal(result.code, 0, `${result.stdout}\n${result.stderr}`)
    const out = JSON.parse(result.stdout.trim().split('\n').pop()!) as Record<string, unknown>
    for (const codec of ['none', 'gzip', 'snappy', 'lz4', 'zstd']) assert.equal(out[codec], 20, codec)
    assert.equal(out.configs, 'ok', 'AdminClient describe_configs and alter_configs')
  })
})

test('kafka-python: admin, producer and consumer by assignment', { timeout: 120_000 }, async () => {
  await withBroker(async (_broker, bootstrap) => {
    const result = await run('/usr/bin/python3', ['test/interop/kafka_python_client.py', bootstrap, 'kp-topic'], '', 100_000)
    assert.equal(result.code, 0, `${result.stdout}\n${result.stderr}`)
    assert.deepEqual(JSON.parse(result.stdout.trim().split('\n').pop()!), { consumed: 25, end: 25 })
  })
})

test('topics and data survive a clean restart and a kill -9', { timeout: 120_000 }, async () => {
  const first = await startBrokerProcess()
  let dataDir = first.dataDir
  try {
    const bootstrap = `127.0.0.1:${first.port}`
    await run('kcat', ['-b', bootstrap, '-P', '-t', 'durable', '-p', '0'], 'a\nb\nc\n')
    assert.equal(await first.stop('SIGTERM'), 0)
    const second = await startBrokerProcess([], 20_000, dataDir)
    const bootstrap2 = `127.0.0.1:${second.port}`
    await run('kcat', ['-b', bootstrap2, '-P', '-t', 'durable', '-p', '0'], 'd\n')
    assert.equal(await second.stop('SIGKILL'), 'SIGKILL')
    const third = await startBrokerProcess([], 20_000, dataDir)
    try {
      const consumed = await run('kcat', ['-b', `127.0.0.1:${third.port}`, '-C', '-t', 'durable', '-o', 'beginning', '-e', '-f', '%o %s\n'])
      assert.deepEqual(consumed.stdout.trim().split('\n'), ['0 a', '1 b', '2 c', '3 d'])
    } finally {
      await third.stop()
      dataDir = third.dataDir
      third.cleanup()
    }
  } finally {
    first.cleanup()
  }
})

test('idempotent producers: librdkafka and kafkajs; a retry after kill -9 and restart is not written twice', { timeout: 120_000 }, async () => {
  const { WireClient, encodeRequest, decodeResponse } = await import('../helpers/wire-client.ts')
  const { ApiKey } = await import('../../src/protocol/generated/api-keys.ts')
  const { buildRecordBatch } = await import('../../src/protocol/record-batch/records.ts')
  const first = await startBrokerProcess()
  try {
    const bootstrap = `127.0.0.1:${first.port}`
    const python = await run('/usr/bin/python3', ['test/interop/idempotent_producer.py', bootstrap, 'idem-py'], '', 100_000)
    assert.equal(python.code, 0, `${python.stdout}\n${python.stderr}`)
    const kafka = new Kafka({ clientId: 'idem-kjs', brokers: [bootstrap], logLevel: logLevel.NOTHING })
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 })
    await producer.connect()
    const sent = await producer.send({ topic: 'idem-kjs', acks: -1, messages: [{ value: 'one' }, { value: 'two' }] })
    assert.equal(sent[0]!.errorCode, 0)
    await producer.disconnect()

    // A producer's batch, then the same batch again after the broker was killed and restarted.
    const client = await WireClient.connect(first.port)
    client.send(encodeRequest(ApiKey.InitProducerId, 4, 1, { transactionalId: null, transactionTimeoutMs: 60000, producerId: -1n, producerEpoch: -1 }))
    const init = decodeResponse<{ errorCode: number, producerId: bigint, producerEpoch: number }>((await client.nextFrame())!, ApiKey.InitProducerId, 4).body
    assert.equal(init.errorCode, 0)
    const batch = buildRecordBatch({ records: [{ key: null, value: Buffer.from('exactly-once') }], producerId: Number(init.producerId), producerEpoch: init.producerEpoch, baseSequence: 0 })
    const produce = (correlationId: number): Buffer => encodeRequest(ApiKey.Produce, 9, correlationId, { transactionalId: null, acks: -1, timeoutMs: 5000, topicData: [{ name: 'idem-kjs', partitionData: [{ index: 0, records: Buffer.from(batch) }] }] })
    client.send(produce(2))
    const before = decodeResponse<{ responses: Array<{ partitionResponses: Array<{ errorCode: number, baseOffset: bigint }> }> }>((await client.nextFrame())!, ApiKey.Produce, 9).body.responses[0]!.partitionResponses[0]!
    assert.equal(before.errorCode, 0)
    client.close()
    assert.equal(await first.stop('SIGKILL'), 'SIGKILL')
    const second = await startBrokerProcess([], 20_000, first.dataDir)
    try {
      const again = await WireClient.connect(second.port)
      again.send(produce(3))
      const after = decodeResponse<{ responses: Array<{ partitionResponses: Array<{ errorCode: number, baseOffset: bigint }> }> }>((await again.nextFrame())!, ApiKey.Produce, 9).body.responses[0]!.partitionResponses[0]!
      assert.deepEqual([after.errorCode, after.baseOffset], [0, before.baseOffset], 'the retry is answered with the original offset')
      again.close()
      const consumed = await run('kcat', ['-b', `127.0.0.1:${second.port}`, '-C', '-t', 'idem-kjs', '-o', 'beginning', '-e', '-f', '%s\n'])
      assert.deepEqual(consumed.stdout.trim().split('\n'), ['one', 'two', 'exactly-once'])
    } finally {
      await second.stop()
    }
  } finally {
    first.cleanup()
  }
})

test('offsets committed by librdkafka for self-assigned partitions survive kill -9 (simple commits)', { timeout: 120_000 }, async () => {
  const first = await startBrokerProcess()
  try {
    const commit = await run('/usr/bin/python3', ['test/interop/offsets_client.py', `127.0.0.1:${first.port}`, 'committed', 'group-a', 'commit'], '', 60_000)
    assert.equal(commit.code, 0, commit.stderr)
    assert.deepEqual(JSON.parse(commit.stdout.trim().split('\n').pop()!), { committed: 6 })
    assert.equal(await first.stop('SIGKILL'), 'SIGKILL')
    const second = await startBrokerProcess([], 20_000, first.dataDir)
    try {
      const check = await run('/usr/bin/python3', ['test/interop/offsets_client.py', `127.0.0.1:${second.port}`, 'committed', 'group-a', 'check'], '', 60_000)
      assert.equal(check.code, 0, check.stderr)
      assert.deepEqual(JSON.parse(check.stdout.trim().split('\n').pop()!), { committed: 6 })
    } finally {
      await second.stop()
    }
  } finally {
    first.cleanup()
  }
})
