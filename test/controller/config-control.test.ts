// Dynamic broker config decisions (pure): Kafka's validation and messages for broker resources, the
// BROKER ConfigRecords made, and the effective configuration built from the layers (per broker over
// cluster default over static over default).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { alterBrokerConfigs, requestErrors, ConfigOperation } from '../../src/controller/quorum-controller/config-control.ts'
import { alterTopicConfigs } from '../../src/controller/quorum-controller/topic-control.ts'
import { MetadataImage, ConfigResourceType } from '../../src/controller/metadata/metadata-image.ts'
import { record } from '../../src/controller/metadata/metadata-record.ts'
import { MetadataRecordType as T } from '../../src/protocol/generated/metadata-records/index.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { loadConfig } from '../../src/config/load-config.ts'
import { DynamicBrokerConfig } from '../../src/config/dynamic-broker-config.ts'
import { resolveTopicConfigs, ConfigSource, TOPIC_CONFIG_DEFS } from '../../src/config/topic-config.ts'
import { BROKER_CONFIG_KEYS } from '../../src/config/broker-config.ts'

const staticConfig = loadConfig({ argv: ['--message.max.bytes=5000'], env: {}, readFile: () => '' })
const ctx = { nodeId: 1, staticConfig }
const set = (name: string, value: string): { name: string, operation: number, value: string } => ({ name, operation: ConfigOperation.SET, value })

test('broker resources: read-only keys, per-broker keys at the cluster level, bad values and other ids are refused with Kafka\'s messages, and nothing is recorded', () => {
  const image = MetadataImage.empty()
  const cases: Array<[string, ReturnType<typeof set>[], string]> = [
    ['1', [set('log.dirs', '/x'), set('node.id', '2')], 'Cannot update these configs dynamically: Set(log.dirs, node.id)'],
    ['1', [set('listeners', 'PLAINTEXT://localhost:1')], 'Cannot update these configs dynamically: Set(listeners) (Rivulet binds its listeners at start)'],
    ['', [set('advertised.listeners', 'PLAINTEXT://localhost:1')], 'Cannot update these configs at default cluster level, broker id must be specified: Set(advertised.listeners)'],
    ['1', [set('advertised.listeners', 'OTHER://localhost:1')], 'Invalid value OTHER://localhost:1 for configuration advertised.listeners: advertised.listeners listener names must be equal to or a subset of the ones defined in listeners'],
    ['1', [set('log.retention.ms', 'soon')], 'Invalid value soon for configuration log.retention.ms: Expected value to be a 64-bit integer'],
    ['1', [set('message.max.bytes', '104857600')], 'Invalid value 104857600 for configuration message.max.bytes: a produce request carrying one batch must fit socket.request.max.bytes=104857600'],
    ['1', [set('no.such.key', '1')], 'Unknown broker configs: Set(no.such.key)'],
    ['2', [set('log.retention.ms', '1')], 'Unexpected broker id, expected 1, but received 2'],
    ['one', [set('log.retention.ms', '1')], 'Node id must be an integer, but it is: one']
  ]
  for (const [name, changes, message] of cases) {
    const { records, result } = alterBrokerConfigs(image, name, changes, false, ctx)
    assert.deepEqual([result.errorCode, result.errorMessage, records.length], [ErrorCode.INVALID_REQUEST, message, 0], message)
  }
  const append = alterBrokerConfigs(image, '1', [{ name: 'log.retention.ms', operation: ConfigOperation.APPEND, value: '5' }], false, ctx)
  assert.deepEqual([append.result.errorCode, append.result.errorMessage], [ErrorCode.INVALID_REQUEST, 'Config value append is not allowed for config key: log.retention.ms'])
  const listAppend = alterBrokerConfigs(image, '1', [{ name: 'log.cleanup.policy', operation: ConfigOperation.APPEND, value: 'compact' }], false, ctx)
  assert.deepEqual([listAppend.result.errorCode, listAppend.records.map((r) => r.data)], [ErrorCode.NONE, [{ resourceType: ConfigResourceType.BROKER, resourceName: '1', name: 'log.cleanup.policy', value: 'compact' }]])
})

test('broker resources: a dynamic advertised.listeners without the inter-broker listener is refused with Kafka\'s words; with it (or empty) it is accepted', () => {
  const twoListeners = loadConfig({ argv: ['--listeners=INTERNAL://127.0.0.1:9092,EXTERNAL://0.0.0.0:9094', '--inter.broker.listener.name=INTERNAL'], env: {}, readFile: () => '' })
  const twoCtx = { nodeId: 1, staticConfig: twoListeners }
  const refused = alterBrokerConfigs(MetadataImage.empty(), '1', [set('advertised.listeners', 'EXTERNAL://myhost:9094')], false, twoCtx)
  assert.deepEqual([refused.result.errorCode, refused.result.errorMessage, refused.records.length],
    [ErrorCode.INVALID_REQUEST, 'Advertised listener must be specified for inter-broker listener ListenerName(INTERNAL)', 0])
  for (const value of ['INTERNAL://rivulet-1:9092', 'INTERNAL://rivulet-1:9092,EXTERNAL://myhost:9094', '']) {
    assert.equal(alterBrokerConfigs(MetadataImage.empty(), '1', [set('advertised.listeners', value)], false, twoCtx).result.errorCode, ErrorCode.NONE, value)
  }
})

test('broker resources: changes become BROKER ConfigRecords; AlterConfigs replaces the set, DELETE removes a text', () => {
  const first = alterBrokerConfigs(MetadataImage.empty(), '', [set('log.retention.ms', '60000'), set('message.max.bytes', '2000')], true, ctx)
  assert.equal(first.result.errorCode, ErrorCode.NONE)
  assert.deepEqual(first.records, [
    record(T.Config, { resourceType: ConfigResourceType.BROKER, resourceName: '', name: 'log.retention.ms', value: '60000' }),
    record(T.Config, { resourceType: ConfigResourceType.BROKER, resourceName: '', name: 'message.max.bytes', value: '2000' })
  ])
  const image = MetadataImage.empty().apply(first.records, 0)
  assert.deepEqual([...image.brokerConfig('')], [['log.retention.ms', '60000'], ['message.max.bytes', '2000']])
  const replaced = alterBrokerConfigs(image, '', [set('log.retention.ms', '60000')], true, ctx)
  assert.deepEqual(replaced.records, [record(T.Config, { resourceType: ConfigResourceType.BROKER, resourceName: '', name: 'message.max.bytes', value: null })])
  const deleted = alterBrokerConfigs(image, '', [{ name: 'log.retention.ms', operation: ConfigOperation.DELETE, value: null }], false, ctx)
  assert.deepEqual(deleted.records, [record(T.Config, { resourceType: ConfigResourceType.BROKER, resourceName: '', name: 'log.retention.ms', value: null })])
})

test('the effective configuration: per broker over cluster default over static over default, and topics inherit it with Kafka\'s synonyms', () => {
  const effective = new DynamicBrokerConfig(staticConfig, new Map([['message.max.bytes', '3000']]), new Map([['message.max.bytes', '4000'], ['log.retention.ms', '60000']]))
  assert.equal(effective.int('message.max.bytes'), 3000)
  assert.deepEqual(effective.explicitTexts('message.max.bytes').map((s) => [s.text, s.source]), [['3000', ConfigSource.DYNAMIC_BROKER_CONFIG], ['4000', ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG], ['5000', ConfigSource.STATIC_BROKER_CONFIG]])
  const topic = new Map(resolveTopicConfigs(new Map(), effective).map((c) => [c.def.key.name, c]))
  assert.deepEqual([topic.get('max.message.bytes')!.value, topic.get('max.message.bytes')!.source], [3000, ConfigSource.DYNAMIC_BROKER_CONFIG])
  assert.deepEqual(topic.get('max.message.bytes')!.synonyms.map((s) => [s.name, s.text, s.source]), [
    ['message.max.bytes', '3000', 2], ['message.max.bytes', '4000', 3], ['message.max.bytes', '5000', 4], ['message.max.bytes', '1048588', 5]
  ])
  assert.deepEqual([topic.get('retention.ms')!.value, topic.get('retention.ms')!.source], [60000, ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG])
  assert.deepEqual(topic.get('retention.ms')!.synonyms.map((s) => [s.name, s.source]), [['log.retention.ms', 3], ['log.retention.hours', 5]])
  // Topic configs without a broker synonym list only the override.
  assert.deepEqual(topic.get('leader.replication.throttled.replicas')!.synonyms, [])
})

test('alter requests: a resource named twice, a key named twice and null values are INVALID_REQUEST as Kafka answers them', () => {
  const errors = requestErrors([
    { resourceType: 2, resourceName: 't', configs: [] },
    { resourceType: 2, resourceName: 't', configs: [] },
    { resourceType: 4, resourceName: '1', configs: [{ name: 'a', value: '1' }, { name: 'a', value: '2' }] },
    { resourceType: 4, resourceName: '', configs: [{ name: 'a', value: null, configOperation: ConfigOperation.SET }, { name: 'b', value: null }] },
    { resourceType: 4, resourceName: '1x', configs: [{ name: 'a', value: null, configOperation: ConfigOperation.DELETE }] }
  ])
  assert.deepEqual(errors.map((e) => e?.errorMessage ?? null), [
    'Each resource must appear at most once.', 'Each resource must appear at most once.', 'Error due to duplicate config keys', 'Null value not supported for : a, b', null
  ])
})

test('topics: APPEND to a key that is not a list is INVALID_CONFIG in the words of Kafka\'s controller; message.format.version is accepted', () => {
  const image = MetadataImage.empty().apply([record(T.Topic, { name: 't', topicId: 'dC10b3BpYy1pZC0wMDAwMA' })], 0)
  const append = alterTopicConfigs(image, 't', [{ name: 'retention.ms', operation: ConfigOperation.APPEND, value: '5' }], false)
  assert.deepEqual([append.result.errorCode, append.result.errorMessage], [ErrorCode.INVALID_CONFIG, 'Can\'t APPEND to key retention.ms because its type is not LIST.'])
  const format = alterTopicConfigs(image, 't', [set('message.format.version', '0.11.0')], false)
  assert.equal(format.result.errorCode, ErrorCode.NONE)
  const bad = alterTopicConfigs(image, 't', [set('message.format.version', 'ancient')], false)
  assert.deepEqual([bad.result.errorCode, bad.result.errorMessage], [ErrorCode.INVALID_CONFIG, 'Invalid value ancient for configuration message.format.version: Version `ancient` is not a valid version'])
})

test('the dynamic broker keys are Kafka 3.8\'s: the first broker synonym of every topic config, the listeners (per broker) and max.connections', () => {
  const dynamic = BROKER_CONFIG_KEYS.filter((k) => k.updateMode !== 'read-only').map((k) => [k.name, k.updateMode]).sort()
  const topicDefaults = TOPIC_CONFIG_DEFS.flatMap((d) => d.synonyms.slice(0, 1).map((s) => [s.brokerKey, 'cluster-wide']))
  const expected = [...topicDefaults, ['listeners', 'per-broker'], ['advertised.listeners', 'per-broker'], ['max.connections', 'cluster-wide']].sort()
  assert.deepEqual(dynamic, expected)
})
