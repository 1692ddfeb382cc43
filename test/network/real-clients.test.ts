// A real broker process and real clients: librdkafka (kcat) and kafkajs negotiate ApiVersions, and
// SIGTERM answers in-flight requests and exits 0.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Kafka, logLevel } from 'kafkajs'
import { startBrokerProcess } from '../helpers/broker-process.ts'
import { runChild } from '../helpers/child-processes.ts'
import { WireClient, encodeRequest, decodeResponse } from '../helpers/wire-client.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import type { ApiVersionsResponse } from '../../src/protocol/generated/messages/api-versions.ts'

test('librdkafka (kcat) negotiates ApiVersions with a real broker process', { timeout: 60_000 }, async () => {
  const broker = await startBrokerProcess()
  try {
    // What is checked here is the ApiVersions handshake; the broker's own tests cover what follows.
    const result = await runChild('kcat', ['-b', `127.0.0.1:${broker.port}`, '-L', '-d', 'broker', '-m', '3'], { timeoutMs: 30_000 })
    const output = `${result.stdout}\n${result.stderr}`
    assert.match(output, /APIVERSION_QUERY -> UP/, output.slice(0, 3000))
    assert.doesNotMatch(output, /ApiVersionRequest failed/)
  } finally {
    assert.equal(await broker.stop(), 0)
    broker.cleanup()
  }
})

test('kafkajs negotiates ApiVersions with a real broker process', { timeout: 60_000 }, async () => {
  const broker = await startBrokerProcess()
  const lines: string[] = []
  const kafka = new Kafka({
    clientId: 'rivulet-test',
    brokers: [`127.0.0.1:${broker.port}`],
    retry: { retries: 0 },
    logLevel: logLevel.DEBUG,
    logCreator: () => ({ log }) => { lines.push(`${log.message} ${JSON.stringify(log)}`) }
  })
  const admin = kafka.admin()
  try {
    await admin.connect()
    const response = lines.find((l) => l.startsWith('Response ApiVersions'))
    assert.ok(response !== undefined, `kafkajs logged no ApiVersions response:\n${lines.slice(0, 20).join('\n')}`)
    assert.match(response, /"errorCode":0/)
    assert.match(response, /"apiKey":18,"minVersion":0,"maxVersion":3/)
  } finally {
    await admin.disconnect().catch(() => {})
    assert.equal(await broker.stop(), 0)
    broker.cleanup()
  }
})

test('SIGTERM: the in-flight request is answered and the process exits 0', { timeout: 60_000 }, async () => {
  const broker = await startBrokerProcess()
  try {
    const client = await WireClient.connect(broker.port)
    client.send(encodeRequest(ApiKey.ApiVersions, 3, 77, { clientSoftwareName: 'rivulet-test', clientSoftwareVersion: '1' }))
    const frame = await client.nextFrame()
    assert.equal(decodeResponse<ApiVersionsResponse>(frame!, ApiKey.ApiVersions, 3).correlationId, 77)
    const code = await broker.stop('SIGTERM')
    assert.equal(code, 0)
    assert.ok(broker.logLines.some((l) => l.includes('"msg":"stopped"')))
    await client.waitClosed()
  } finally {
    broker.cleanup()
  }
})
