import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadConfig, envNameToKey, parseFlags } from '../../src/config/load-config.ts'
import { ConfigError } from '../../src/config/config-def.ts'
import { resolveTopicConfigs, topicSettings, validateTopicOverrides, ConfigSource } from '../../src/config/topic-config.ts'

const noFile = (): string => { throw new Error('no file expected') }

test('with no configuration the defaults run one combined node on localhost:9092 with data in ./data', () => {
  const config = loadConfig({ argv: [], env: {}, readFile: noFile })
  assert.equal(config.int('node.id'), 1)
  assert.deepEqual(config.list('process.roles'), ['broker', 'controller'])
  assert.deepEqual(config.list('listeners'), ['PLAINTEXT://localhost:9092', 'CONTROLLER://localhost:9093'])
  assert.deepEqual(config.list('log.dirs'), ['./data'])
  assert.equal(config.int('socket.request.max.bytes'), 104857600)
  assert.equal(config.int('log.flush.interval.messages'), Number.MAX_SAFE_INTEGER)
  assert.equal(config.origin('num.partitions'), 'default')
})

test('flags win over the environment, which wins over the file', () => {
  const file = 'num.partitions=3\nlog.dirs=/from/file\n# comment\nmin.insync.replicas = 2\n'
  const config = loadConfig({
    argv: ['--config', 'server.properties', '--num.partitions=7'],
    env: { RIVULET_LOG_DIRS: '/from/env', PATH: '/usr/bin' },
    readFile: (path) => { assert.equal(path, 'server.properties'); return file }
  })
  assert.equal(config.int('num.partitions'), 7)
  assert.equal(config.origin('num.partitions'), 'flag')
  assert.deepEqual(config.list('log.dirs'), ['/from/env'])
  assert.equal(config.origin('log.dirs'), 'env')
  assert.equal(config.int('min.insync.replicas'), 2)
  assert.equal(config.origin('min.insync.replicas'), 'file')
})

test('environment names map as Confluent images map KAFKA_* names', () => {
  assert.equal(envNameToKey('RIVULET_LOG_DIRS'), 'log.dirs')
  assert.equal(envNameToKey('RIVULET_AUTO_CREATE_TOPICS_ENABLE'), 'auto.create.topics.enable')
  assert.equal(envNameToKey('RIVULET_A__B___C'), 'a_b-c')
})

test('invalid values stop startup with one line naming the key', () => {
  const cases: Array<[string[], string, RegExp]> = [
    [['--num.partitions=0'], 'num.partitions', /Value must be at least 1/],
    [['--num.partitions=abc'], 'num.partitions', /32-bit integer/],
    [['--auto.create.topics.enable=yes'], 'auto.create.topics.enable', /true or false/],
    [['--log.cleanup.policy=delete,shred'], 'log.cleanup.policy', /shred/],
    [['--no.such.key=1'], 'no.such.key', /Unknown configuration/],
    [['--retention.ms=5'], 'retention.ms', /topic config/],
    [['--message.max.bytes=2000', '--socket.request.max.bytes=1000'], 'message.max.bytes', /socket.request.max.bytes/],
    [['--num.partitions'], 'num.partitions', /needs a value/]
  ]
  for (const [argv, key, pattern] of cases) {
    assert.throws(() => loadConfig({ argv, env: {}, readFile: noFile }), (err: unknown) => {
      assert.ok(err instanceof ConfigError, `${argv.join(' ')} throws ConfigError`)
      assert.equal(err.key, key)
      assert.match(err.message, pattern)
      assert.ok(!err.message.includes('\n'), 'one line')
      return true
    })
  }
})

test('--override key=value is accepted as kafka-server-start accepts it', () => {
  assert.deepEqual(parseFlags(['--override', 'num.partitions=4']).values, [['num.partitions', '4']])
  const config = loadConfig({ argv: ['--override', 'num.partitions=4'], env: {}, readFile: noFile })
  assert.equal(config.int('num.partitions'), 4)
})

test('longs beyond 2^53 parse to MAX_SAFE_INTEGER and out-of-range longs are rejected', () => {
  const config = loadConfig({ argv: ['--log.retention.bytes=9223372036854775807'], env: {}, readFile: noFile })
  assert.equal(config.int('log.retention.bytes'), Number.MAX_SAFE_INTEGER)
  assert.throws(() => loadConfig({ argv: ['--log.retention.bytes=9223372036854775808'], env: {}, readFile: noFile }), /64-bit integer/)
})

test('a topic config resolves to its override, else the broker synonym scaled to its unit, else the default; synonyms are listed as Kafka lists them', () => {
  const broker = loadConfig({ argv: ['--log.retention.hours=1', '--log.segment.bytes=1048576'], env: {}, readFile: noFile })
  const resolved = new Map(resolveTopicConfigs(new Map([['segment.bytes', '2048']]), broker).map((r) => [r.def.key.name, r]))
  const retention = resolved.get('retention.ms')!
  assert.equal(retention.value, 3_600_000)
  // Kafka lists synonyms from the first broker synonym (log.retention.ms) on: none here, so DEFAULT_CONFIG.
  assert.equal(retention.source, ConfigSource.DEFAULT_CONFIG)
  assert.deepEqual(retention.synonyms, [])
  const segment = resolved.get('segment.bytes')!
  assert.equal(segment.value, 2048)
  assert.equal(segment.source, ConfigSource.TOPIC_CONFIG)
  // The broker keys, never the topic key, stand for the broker's and the default value.
  assert.deepEqual(segment.synonyms.map((s) => [s.name, s.text, s.source]), [['segment.bytes', '2048', 1], ['log.segment.bytes', '1048576', 4], ['log.segment.bytes', '1073741824', 5]])
  const cleanup = resolved.get('cleanup.policy')!
  assert.equal(cleanup.source, ConfigSource.DEFAULT_CONFIG)
  assert.deepEqual(cleanup.value, ['delete'])
  const settings = topicSettings(new Map([['cleanup.policy', 'compact,delete']]), broker)
  assert.deepEqual(settings.cleanupPolicy, ['compact', 'delete'])
  assert.equal(settings.retentionMs, 3_600_000)
  assert.equal(settings.segmentBytes, 1048576)
})

test('topic overrides are validated before anything changes', () => {
  assert.throws(() => validateTopicOverrides(new Map([['retention.ms', 'forever']])), (err: unknown) => err instanceof ConfigError && err.key === 'retention.ms')
  assert.throws(() => validateTopicOverrides(new Map([['segment.bytes', '10']])), /at least 14/)
  assert.throws(() => validateTopicOverrides(new Map([['no.such.config', '1']])), /Unknown topic config/)
  validateTopicOverrides(new Map([['retention.ms', '-1'], ['cleanup.policy', 'compact']]))
})

test('replica fetcher keys have Kafka\'s defaults, and a follower\'s long poll must fit its socket timeout and replica.lag.time.max.ms', () => {
  const config = loadConfig({ argv: [], env: {}, readFile: noFile })
  assert.equal(config.int('replica.fetch.max.bytes'), 1048576)
  assert.equal(config.int('replica.fetch.response.max.bytes'), 10485760)
  assert.equal(config.int('replica.fetch.wait.max.ms'), 500)
  assert.equal(config.int('replica.fetch.min.bytes'), 1)
  assert.equal(config.int('replica.fetch.backoff.ms'), 1000)
  assert.equal(config.int('replica.socket.timeout.ms'), 30000)
  assert.equal(config.int('num.replica.fetchers'), 1)
  assert.equal(loadConfig({ argv: ['--replica.fetch.wait.max.ms=1000', '--replica.socket.timeout.ms=1000'], env: {}, readFile: noFile }).int('replica.fetch.wait.max.ms'), 1000)
  assert.throws(() => loadConfig({ argv: ['--replica.fetch.wait.max.ms=1001', '--replica.socket.timeout.ms=1000'], env: {}, readFile: noFile }),
    (err: unknown) => err instanceof ConfigError && err.key === 'replica.socket.timeout.ms' && /at least replica.fetch.wait.max.ms=1001/.test(err.message))
  assert.throws(() => loadConfig({ argv: ['--replica.fetch.wait.max.ms=20000', '--replica.lag.time.max.ms=10000'], env: {}, readFile: noFile }),
    (err: unknown) => err instanceof ConfigError && err.key === 'replica.fetch.wait.max.ms')
  assert.throws(() => loadConfig({ argv: ['--replica.fetch.min.bytes=0'], env: {}, readFile: noFile }), ConfigError)
})
