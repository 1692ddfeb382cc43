// Dynamic broker configs and DescribeConfigs as Kafka 3.8 answers them (issue 11, point 9), with
// kafkajs's admin client against an in-process broker: broker resources (this node's id and the
// cluster default) are altered, validated, described with their sources, applied (max.message.bytes
// of the topics, max.connections, advertised.listeners) and kept across a restart.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kafka, logLevel, type Admin } from 'kafkajs'
import { startBroker, type RunningBroker } from '../../src/index.ts'
import { WireClient, encodeRequest, decodeResponse } from '../helpers/wire-client.ts'
import { runPython } from '../helpers/python.ts'
import { waitFor } from '../helpers/raft-cluster.ts'
import { freePort } from '../helpers/group-admin.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import type { IncrementalAlterConfigsResponse } from '../../src/protocol/generated/messages/incremental-alter-configs.ts'
import type { AlterConfigsResponse } from '../../src/protocol/generated/messages/alter-configs.ts'
import type { DescribeConfigsResponse } from '../../src/protocol/generated/messages/describe-configs.ts'

// kafkajs's ConfigResourceTypes (its ESM entry does not export the enum).
const TOPIC = 2 as const
const BROKER = 4 as const
const Source = { TOPIC_CONFIG: 1, DYNAMIC_BROKER_CONFIG: 2, DYNAMIC_DEFAULT_BROKER_CONFIG: 3, STATIC_BROKER_CONFIG: 4, DEFAULT_CONFIG: 5 }

function start (dir: string): Promise<RunningBroker> {
  return startBroker({ config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': dir, 'log.segment.bytes': '1048576' } })
}

function clientOf (broker: RunningBroker): Kafka {
  return new Kafka({ clientId: 'dynamic-configs', brokers: [`127.0.0.1:${broker.port}`], logLevel: logLevel.NOTHING, retry: { retries: 0 } })
}

async function describe (admin: Admin, type: number, name: string, configNames?: string[]): Promise<Map<string, { value: string | null, source: number, readOnly: boolean, synonyms: Array<[string, string | null, number]> }>> {
  const result = await admin.describeConfigs({ includeSynonyms: true, resources: [{ type, name, ...(configNames === undefined ? {} : { configNames }) }] })
  return new Map(result.resources[0]!.configEntries.map((e) => [e.configName, {
    value: e.configValue, source: e.configSource, readOnly: e.readOnly,
    synonyms: e.configSynonyms.map((s) => [s.configName, s.configValue, s.configSource] as [string, string | null, number])
  }]))
}

/** DescribeConfigs of the cluster-default broker resource (empty name, which kafkajs refuses to send): name -> [value, source]. */
async function describeClusterDefault (port: number): Promise<Map<string, [string | null, number]>> {
  const wire = await WireClient.connect(port)
  try {
    wire.send(encodeRequest(ApiKey.DescribeConfigs, 4, 1, { resources: [{ resourceType: BROKER, resourceName: '', configurationKeys: null }], includeSynonyms: true, includeDocumentation: false }))
    const result = decodeResponse<DescribeConfigsResponse>((await wire.nextFrame())!, ApiKey.DescribeConfigs, 4).body.results[0]!
    assert.equal(result.errorCode, 0)
    for (const c of result.configs) assert.deepEqual(c.synonyms.map((s) => s.source), [Source.DYNAMIC_DEFAULT_BROKER_CONFIG], 'the cluster default shows its own layer only')
    return new Map(result.configs.map((c) => [c.name, [c.value, c.configSource]]))
  } finally {
    wire.close()
  }
}

/** AlterConfigs of the cluster-default broker resource over the wire; returns the error code. */
async function alterClusterDefault (port: number, configs: Array<{ name: string, value: string }>): Promise<number> {
  const wire = await WireClient.connect(port)
  try {
    wire.send(encodeRequest(ApiKey.AlterConfigs, 2, 1, { validateOnly: false, resources: [{ resourceType: BROKER, resourceName: '', configs }] }))
    return decodeResponse<AlterConfigsResponse>((await wire.nextFrame())!, ApiKey.AlterConfigs, 2).body.responses[0]!.errorCode
  } finally {
    wire.close()
  }
}

test('DescribeConfigs answers as Kafka 3.8: dynamic keys are not read-only, synonyms name the broker keys, keys come back in the order asked, message.format.version is listed and accepted', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-dyn-configs-'))
  const broker = await start(dir)
  const admin = clientOf(broker).admin()
  try {
    await admin.connect()
    const node = await describe(admin, BROKER, '1')
    assert.equal(node.get('advertised.listeners')!.readOnly, false, 'per-broker dynamic in Kafka 3.8')
    assert.equal(node.get('log.retention.ms')!.readOnly, false)
    assert.equal(node.get('message.max.bytes')!.readOnly, false)
    assert.equal(node.get('log.dirs')!.readOnly, true)
    assert.equal(node.get('num.partitions')!.readOnly, true, 'read-only in Kafka 3.8')
    assert.equal(node.get('log.retention.hours')!.readOnly, true, 'only the first synonym (log.retention.ms) is dynamic')
    assert.deepEqual(node.get('log.segment.bytes')!.synonyms, [['log.segment.bytes', '1048576', Source.STATIC_BROKER_CONFIG], ['log.segment.bytes', '1073741824', Source.DEFAULT_CONFIG]])

    await admin.createTopics({ topics: [{ topic: 'described', configEntries: [{ name: 'message.format.version', value: '0.10.2' }] }] })
    const topic = await describe(admin, TOPIC, 'described')
    assert.deepEqual(topic.get('segment.bytes')!.synonyms, [['log.segment.bytes', '1048576', Source.STATIC_BROKER_CONFIG], ['log.segment.bytes', '1073741824', Source.DEFAULT_CONFIG]], 'the broker key, never the topic key, stands for the default')
    assert.equal(topic.get('segment.bytes')!.source, Source.STATIC_BROKER_CONFIG)
    assert.deepEqual([topic.get('message.format.version')!.value, topic.get('message.format.version')!.source], ['0.10.2', Source.TOPIC_CONFIG])
    await admin.alterConfigs({ validateOnly: false, resources: [{ type: TOPIC, name: 'described', configEntries: [{ name: 'message.format.version', value: '2.8' }] }] })
    assert.equal((await describe(admin, TOPIC, 'described')).get('message.format.version')!.value, '2.8')

    const asked = ['retention.ms', 'cleanup.policy', 'segment.bytes', 'no.such.key', 'compression.type']
    const ordered = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: TOPIC, name: 'described', configNames: asked }] })
    assert.deepEqual(ordered.resources[0]!.configEntries.map((e) => e.configName), ['retention.ms', 'cleanup.policy', 'segment.bytes', 'compression.type'])
  } finally {
    await admin.disconnect()
    await broker.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('broker resources: AlterConfigs and IncrementalAlterConfigs are validated, stored, applied and kept across a restart', { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-dyn-configs-'))
  let broker: RunningBroker | null = await start(dir)
  let admin = clientOf(broker).admin()
  try {
    await admin.connect()
    await admin.createTopics({ topics: [{ topic: 'limited' }] })

    // Read-only keys, per-broker keys at the cluster level, bad values and other ids get Kafka's
    // INVALID_REQUEST with its message (kafkajs does not show messages: our wire client reads them).
    const raw = await WireClient.connect(broker.port)
    try {
      raw.send(encodeRequest(ApiKey.AlterConfigs, 2, 1, {
        validateOnly: false,
        resources: [
          { resourceType: BROKER, resourceName: '1', configs: [{ name: 'log.dirs', value: '/elsewhere' }, { name: 'num.partitions', value: '3' }] },
          { resourceType: BROKER, resourceName: '', configs: [{ name: 'advertised.listeners', value: 'PLAINTEXT://localhost:1' }] },
          { resourceType: BROKER, resourceName: '7', configs: [{ name: 'message.max.bytes', value: '2000' }] },
          { resourceType: TOPIC, resourceName: 'limited', configs: [{ name: 'retention.ms', value: '1' }, { name: 'retention.ms', value: '2' }] }
        ]
      }))
      const refused = decodeResponse<AlterConfigsResponse>((await raw.nextFrame())!, ApiKey.AlterConfigs, 2).body.responses
      assert.deepEqual(refused.map((r) => [r.errorCode, r.errorMessage]), [
        [ErrorCode.INVALID_REQUEST, 'Cannot update these configs dynamically: Set(log.dirs, num.partitions)'],
        [ErrorCode.INVALID_REQUEST, 'Cannot update these configs at default cluster level, broker id must be specified: Set(advertised.listeners)'],
        [ErrorCode.INVALID_REQUEST, 'Unexpected broker id, expected 1, but received 7'],
        [ErrorCode.INVALID_REQUEST, 'Error due to duplicate config keys']
      ])
      raw.send(encodeRequest(ApiKey.AlterConfigs, 2, 2, { validateOnly: false, resources: [{ resourceType: BROKER, resourceName: '1', configs: [{ name: 'message.max.bytes', value: 'lots' }] }] }))
      const bad = decodeResponse<AlterConfigsResponse>((await raw.nextFrame())!, ApiKey.AlterConfigs, 2).body.responses[0]!
      assert.equal(bad.errorCode, ErrorCode.INVALID_REQUEST)
      assert.match(bad.errorMessage!, /^Invalid value lots for configuration message\.max\.bytes/)
    } finally {
      raw.close()
    }
    assert.equal((await describeClusterDefault(broker.port)).size, 0, 'nothing was stored')

    // A cluster-wide default for the topics' retention, and this node's own message.max.bytes.
    assert.equal(await alterClusterDefault(broker.port, [{ name: 'log.retention.ms', value: '3600000' }]), 0)
    await admin.alterConfigs({ validateOnly: false, resources: [{ type: BROKER, name: '1', configEntries: [{ name: 'message.max.bytes', value: '2000' }] }] })
    const check = async (): Promise<void> => {
      const clusterDefault = await describeClusterDefault(broker!.port)
      assert.deepEqual([...clusterDefault], [['log.retention.ms', ['3600000', Source.DYNAMIC_DEFAULT_BROKER_CONFIG]]], 'the cluster default resource lists only what is set there')
      const node = await describe(admin, BROKER, '1', ['message.max.bytes', 'log.retention.ms'])
      assert.deepEqual(node.get('message.max.bytes')!.synonyms, [['message.max.bytes', '2000', Source.DYNAMIC_BROKER_CONFIG], ['message.max.bytes', '1048588', Source.DEFAULT_CONFIG]])
      assert.deepEqual([node.get('log.retention.ms')!.value, node.get('log.retention.ms')!.source], ['3600000', Source.DYNAMIC_DEFAULT_BROKER_CONFIG])
      const topic = await describe(admin, TOPIC, 'limited', ['retention.ms', 'max.message.bytes'])
      assert.deepEqual([topic.get('retention.ms')!.value, topic.get('retention.ms')!.source], ['3600000', Source.DYNAMIC_DEFAULT_BROKER_CONFIG])
      assert.deepEqual([topic.get('max.message.bytes')!.value, topic.get('max.message.bytes')!.source], ['2000', Source.DYNAMIC_BROKER_CONFIG])
      assert.equal(broker!.broker.settingsOf('limited').retentionMs, 3_600_000, 'the logs act on it')
    }
    await check()
    const producer = clientOf(broker).producer()
    await producer.connect()
    await assert.rejects(producer.send({ topic: 'limited', messages: [{ value: 'x'.repeat(3000) }] }), /larger than the max message size the server will accept/)
    await producer.disconnect()

    // They are in the @metadata log: a restart keeps them.
    await admin.disconnect()
    await broker.close()
    broker = null
    broker = await start(dir)
    admin = clientOf(broker).admin()
    await admin.connect()
    await check()

    // IncrementalAlterConfigs (kafkajs has none: our wire client): max.connections applies at once
    // to new connections, DELETE removes this node's message.max.bytes and the default applies again.
    const wire = await WireClient.connect(broker.port)
    const incremental = async (correlationId: number, configs: Array<{ name: string, configOperation: number, value: string | null }>): Promise<number> => {
      wire.send(encodeRequest(ApiKey.IncrementalAlterConfigs, 1, correlationId, { validateOnly: false, resources: [{ resourceType: BROKER, resourceName: '1', configs }] }))
      return decodeResponse<IncrementalAlterConfigsResponse>((await wire.nextFrame())!, ApiKey.IncrementalAlterConfigs, 1).body.responses[0]!.errorCode
    }
    try {
      assert.equal(await incremental(1, [{ name: 'max.connections', configOperation: 0, value: '1' }]), 0)
      const refused = await WireClient.connect(broker.port)
      refused.send(encodeRequest(ApiKey.ApiVersions, 0, 1, {}))
      assert.equal(await refused.nextFrame(), null, 'a connection past max.connections is closed')
      assert.equal(await incremental(2, [{ name: 'max.connections', configOperation: 1, value: null }, { name: 'message.max.bytes', configOperation: 1, value: null }]), 0)
      assert.equal(await incremental(3, [{ name: 'message.max.bytes', configOperation: 2, value: '5' }]), ErrorCode.INVALID_REQUEST, 'APPEND works on lists only')
    } finally {
      wire.close()
    }
    const topic = await describe(admin, TOPIC, 'limited', ['max.message.bytes'])
    assert.deepEqual([topic.get('max.message.bytes')!.value, topic.get('max.message.bytes')!.source], ['1048588', Source.DEFAULT_CONFIG])
    const again = clientOf(broker).producer()
    await again.connect()
    await again.send({ topic: 'limited', messages: [{ value: 'x'.repeat(3000) }] })
    await again.disconnect()
  } finally {
    await admin.disconnect()
    if (broker !== null) await broker.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('advertised.listeners set per broker is applied: the node registers the new endpoint and Metadata hands it out', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-dyn-configs-'))
  const broker = await start(dir)
  const admin = clientOf(broker).admin()
  try {
    await admin.connect()
    assert.deepEqual((await admin.describeCluster()).brokers.map((b) => b.host), ['127.0.0.1'])
    await admin.alterConfigs({ validateOnly: false, resources: [{ type: BROKER, name: '1', configEntries: [{ name: 'advertised.listeners', value: `PLAINTEXT://localhost:${broker.port}` }] }] })
    // The node re-registers through its broker lifecycle after the change is applied (within a heartbeat).
    await waitFor('the node to register its new endpoint', () => broker.broker.image().brokers.get(1)!.endpoints[0]?.host === 'localhost')
    const registered = broker.broker.image().brokers.get(1)!.endpoints
    assert.deepEqual(registered.map((e) => [e.name, e.host, e.port]), [['PLAINTEXT', 'localhost', broker.port]])
    const fresh = clientOf(broker).admin()
    await fresh.connect()
    assert.deepEqual((await fresh.describeCluster()).brokers.map((b) => [b.host, b.port]), [['localhost', broker.port]])
    await fresh.disconnect()
  } finally {
    await admin.disconnect()
    await broker.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('librdkafka (python confluent-kafka) AdminClient describes and alters this broker\'s dynamic configs', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-dyn-configs-'))
  const broker = await start(dir)
  try {
    const script = `
import json, sys
from confluent_kafka.admin import AdminClient, ConfigResource
a = AdminClient({"bootstrap.servers": sys.argv[1]})
def describe():
    r = ConfigResource(ConfigResource.Type.BROKER, "1")
    return a.describe_configs([r])[r].result(10)
before = describe()
r = ConfigResource(ConfigResource.Type.BROKER, "1", set_config={"log.retention.ms": "7200000"})
a.alter_configs([r])[r].result(10)
after = describe()
bad = ConfigResource(ConfigResource.Type.BROKER, "1", set_config={"log.dirs": "/x"})
try:
    a.alter_configs([bad])[bad].result(10)
    refused = None
except Exception as e:
    refused = str(e)
print(json.dumps({
    "advertisedReadOnly": before["advertised.listeners"].is_read_only,
    "logDirsReadOnly": before["log.dirs"].is_read_only,
    "retention": [after["log.retention.ms"].value, int(after["log.retention.ms"].source)],
    "refused": refused,
}))
`
    const out = await runPython(script, [`127.0.0.1:${broker.port}`], 50_000)
    const result = JSON.parse(out.trim().split('\n').pop()!) as { advertisedReadOnly: boolean, logDirsReadOnly: boolean, retention: [string, number], refused: string | null }
    assert.equal(result.advertisedReadOnly, false, out)
    assert.equal(result.logDirsReadOnly, true, out)
    assert.deepEqual(result.retention, ['7200000', Source.DYNAMIC_BROKER_CONFIG], out)
    assert.match(result.refused ?? '', /Cannot update these configs dynamically: Set\(log\.dirs\)/, out)
    assert.equal(broker.broker.settingsOf('any-topic').retentionMs, 7_200_000, 'the topics\' default retention follows')
  } finally {
    await broker.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a dynamic advertised.listeners must name the inter-broker listener (INVALID_REQUEST, Kafka\'s words, by AlterConfigs and IncrementalAlterConfigs); a listener it leaves out keeps its static advertised endpoint, not its bound address', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-dyn-configs-'))
  const [internalPort, externalPort] = [await freePort(), await freePort()]
  const broker = await startBroker({
    config: {
      listeners: `INTERNAL://127.0.0.1:${internalPort},EXTERNAL://0.0.0.0:${externalPort}`,
      'advertised.listeners': `INTERNAL://127.0.0.1:${internalPort},EXTERNAL://external.example:${externalPort}`,
      'inter.broker.listener.name': 'INTERNAL',
      'rivulet.admin.listener': '',
      'log.dirs': dir
    }
  })
  const endpoints = (): string[] => broker.broker.image().brokers.get(1)!.endpoints.map((e) => `${e.name}://${e.host}:${e.port}`).sort()
  const raw = await WireClient.connect(internalPort)
  try {
    const message = 'Advertised listener must be specified for inter-broker listener ListenerName(INTERNAL)'
    raw.send(encodeRequest(ApiKey.AlterConfigs, 2, 1, { validateOnly: false, resources: [{ resourceType: BROKER, resourceName: '1', configs: [{ name: 'advertised.listeners', value: `EXTERNAL://myhost:${externalPort}` }] }] }))
    const legacy = decodeResponse<AlterConfigsResponse>((await raw.nextFrame())!, ApiKey.AlterConfigs, 2).body.responses[0]!
    assert.deepEqual([legacy.errorCode, legacy.errorMessage], [ErrorCode.INVALID_REQUEST, message])
    raw.send(encodeRequest(ApiKey.IncrementalAlterConfigs, 1, 2, { validateOnly: false, resources: [{ resourceType: BROKER, resourceName: '1', configs: [{ name: 'advertised.listeners', configOperation: 0, value: `EXTERNAL://myhost:${externalPort}` }] }] }))
    const incremental = decodeResponse<IncrementalAlterConfigsResponse>((await raw.nextFrame())!, ApiKey.IncrementalAlterConfigs, 1).body.responses[0]!
    assert.deepEqual([incremental.errorCode, incremental.errorMessage], [ErrorCode.INVALID_REQUEST, message])
    assert.deepEqual(endpoints(), [`EXTERNAL://external.example:${externalPort}`, `INTERNAL://127.0.0.1:${internalPort}`], 'nothing changed')

    // Naming the inter-broker listener only: EXTERNAL keeps its static entry (its bound 0.0.0.0 would register as localhost).
    raw.send(encodeRequest(ApiKey.IncrementalAlterConfigs, 1, 3, { validateOnly: false, resources: [{ resourceType: BROKER, resourceName: '1', configs: [{ name: 'advertised.listeners', configOperation: 0, value: `INTERNAL://localhost:${internalPort}` }] }] }))
    const accepted = decodeResponse<IncrementalAlterConfigsResponse>((await raw.nextFrame())!, ApiKey.IncrementalAlterConfigs, 1).body.responses[0]!
    assert.equal(accepted.errorCode, ErrorCode.NONE, accepted.errorMessage ?? '')
    await waitFor('the node to register its new INTERNAL endpoint', () => endpoints().includes(`INTERNAL://localhost:${internalPort}`))
    assert.deepEqual(endpoints(), [`EXTERNAL://external.example:${externalPort}`, `INTERNAL://localhost:${internalPort}`])
  } finally {
    raw.close()
    await broker.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
