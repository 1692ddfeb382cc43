// Topic-level configs with Kafka's names, defaults and broker synonyms (Kafka's LogConfig and
// ServerTopicConfigSynonyms). A topic's effective value is its own override, else the value of its
// broker synonyms in their order of precedence (each as set dynamically, statically, or by default;
// log.retention.ms before .minutes before .hours), else the topic default - and DescribeConfigs
// reports the synonyms as Kafka does (config-synonyms.ts).
import { atLeast, between, defineKey, LONG_MAX_TEXT, listOf, messageFormatVersion, oneOf, parseConfigValue, ConfigError, type ConfigKey, type ConfigValue } from './config-def.ts'
import { ConfigSource, configSynonyms, effectiveText, type BrokerConfigTexts, type ConfigEntrySynonym } from './config-synonyms.ts'

export { ConfigSource, type BrokerConfigTexts, type ConfigEntrySynonym } from './config-synonyms.ts'

/** A broker key that sets a topic config, and the factor that turns its unit into the topic's. */
export interface TopicConfigSynonym {
  readonly brokerKey: string
  readonly multiplier: number
}

export interface TopicConfigDef {
  readonly key: ConfigKey
  /** In order of precedence, as Kafka lists them (log.retention.ms before .minutes before .hours); the first is Kafka's TOPIC_CONFIG_SYNONYMS entry. */
  readonly synonyms: readonly TopicConfigSynonym[]
}

function topicKey (key: ConfigKey, ...synonyms: Array<[string, number?]>): TopicConfigDef {
  return { key, synonyms: synonyms.map(([brokerKey, multiplier]) => ({ brokerKey, multiplier: multiplier ?? 1 })) }
}

const HOUR_MS = 3_600_000
const MINUTE_MS = 60_000

export const TOPIC_CONFIG_DEFS: readonly TopicConfigDef[] = [
  topicKey(defineKey('cleanup.policy', 'list', 'delete', 'delete and/or compact.', { validate: listOf(['delete', 'compact']) }), ['log.cleanup.policy']),
  topicKey(defineKey('compression.type', 'string', 'producer', 'Final compression of the topic.', { validate: oneOf(['uncompressed', 'zstd', 'lz4', 'snappy', 'gzip', 'producer']) }), ['compression.type']),
  topicKey(defineKey('delete.retention.ms', 'long', '86400000', 'How long tombstones are kept in compacted topics.', { validate: atLeast(0) }), ['log.cleaner.delete.retention.ms']),
  topicKey(defineKey('file.delete.delay.ms', 'long', '60000', 'Delay before a .deleted segment file is removed.', { validate: atLeast(0) }), ['log.segment.delete.delay.ms']),
  topicKey(defineKey('flush.messages', 'long', LONG_MAX_TEXT, 'Messages appended before an fsync.', { validate: atLeast(1) }), ['log.flush.interval.messages']),
  topicKey(defineKey('flush.ms', 'long', LONG_MAX_TEXT, 'Maximum time before an fsync.', { validate: atLeast(0) }), ['log.flush.interval.ms'], ['log.flush.scheduler.interval.ms']),
  topicKey(defineKey('follower.replication.throttled.replicas', 'list', '', 'Replicas throttled on the follower side (accepted, not enforced).')),
  topicKey(defineKey('index.interval.bytes', 'int', '4096', 'Bytes between two offset index entries.', { validate: atLeast(0) }), ['log.index.interval.bytes']),
  topicKey(defineKey('leader.replication.throttled.replicas', 'list', '', 'Replicas throttled on the leader side (accepted, not enforced).')),
  topicKey(defineKey('max.compaction.lag.ms', 'long', LONG_MAX_TEXT, 'Maximum time a record stays uncompacted.', { validate: atLeast(1) }), ['log.cleaner.max.compaction.lag.ms']),
  topicKey(defineKey('max.message.bytes', 'int', '1048588', 'Largest record batch the topic accepts.', { validate: atLeast(0) }), ['message.max.bytes']),
  topicKey(defineKey('message.downconversion.enable', 'boolean', 'true', 'Down-conversion for old consumers.'), ['log.message.downconversion.enable']),
  topicKey(defineKey('message.format.version', 'string', '3.0-IV1', 'Deprecated and ignored, as Kafka ignores it from 3.0 on: batches are always stored in message format v2.', { validate: messageFormatVersion }), ['log.message.format.version']),
  topicKey(defineKey('message.timestamp.after.max.ms', 'long', LONG_MAX_TEXT, 'How far after the broker time a timestamp may be.', { validate: atLeast(0) }), ['log.message.timestamp.after.max.ms']),
  topicKey(defineKey('message.timestamp.before.max.ms', 'long', LONG_MAX_TEXT, 'How far before the broker time a timestamp may be.', { validate: atLeast(0) }), ['log.message.timestamp.before.max.ms']),
  topicKey(defineKey('message.timestamp.difference.max.ms', 'long', LONG_MAX_TEXT, 'Deprecated: allowed timestamp difference.', { validate: atLeast(0) }), ['log.message.timestamp.difference.max.ms']),
  topicKey(defineKey('message.timestamp.type', 'string', 'CreateTime', 'CreateTime or LogAppendTime.', { validate: oneOf(['CreateTime', 'LogAppendTime']) }), ['log.message.timestamp.type']),
  topicKey(defineKey('min.cleanable.dirty.ratio', 'double', '0.5', 'Minimum dirty ratio before compaction.', { validate: between(0, 1) }), ['log.cleaner.min.cleanable.ratio']),
  topicKey(defineKey('min.compaction.lag.ms', 'long', '0', 'Minimum age before a record can be compacted.', { validate: atLeast(0) }), ['log.cleaner.min.compaction.lag.ms']),
  topicKey(defineKey('min.insync.replicas', 'int', '1', 'Minimum ISR size for acks=all produce.', { validate: atLeast(1) }), ['min.insync.replicas']),
  topicKey(defineKey('preallocate', 'boolean', 'false', 'Preallocate segment files.'), ['log.preallocate']),
  topicKey(defineKey('rivulet.replication.fsync', 'boolean', 'false', 'Rivulet only: acks=all produce waits for the leader\'s fsync (group-committed) as well as the ISR, and followers fsync before they fetch again; false (Kafka\'s behaviour) acknowledges once the ISR has the records in memory.'), ['rivulet.replication.fsync']),
  topicKey(defineKey('retention.bytes', 'long', '-1', 'Maximum partition size before old segments are deleted.'), ['log.retention.bytes']),
  topicKey(defineKey('retention.ms', 'long', '604800000', 'Retention time; -1: no limit.', { validate: atLeast(-1) }), ['log.retention.ms'], ['log.retention.minutes', MINUTE_MS], ['log.retention.hours', HOUR_MS]),
  topicKey(defineKey('segment.bytes', 'int', '1073741824', 'Size of a segment file.', { validate: atLeast(14) }), ['log.segment.bytes']),
  topicKey(defineKey('segment.index.bytes', 'int', '10485760', 'Maximum size of an offset index file.', { validate: atLeast(4) }), ['log.index.size.max.bytes']),
  topicKey(defineKey('segment.jitter.ms', 'long', '0', 'Maximum jitter subtracted from the roll time.', { validate: atLeast(0) }), ['log.roll.jitter.ms'], ['log.roll.jitter.hours', HOUR_MS]),
  topicKey(defineKey('segment.ms', 'long', '604800000', 'Time after which a segment is rolled.', { validate: atLeast(1) }), ['log.roll.ms'], ['log.roll.hours', HOUR_MS]),
  topicKey(defineKey('unclean.leader.election.enable', 'boolean', 'false', 'Allow a replica outside the ISR to become leader.'), ['unclean.leader.election.enable'])
]

export const TOPIC_CONFIG_BY_NAME: ReadonlyMap<string, TopicConfigDef> = new Map(TOPIC_CONFIG_DEFS.map((d) => [d.key.name, d]))

/** One line of DescribeConfigs for a topic. */
export interface ResolvedTopicConfig {
  readonly def: TopicConfigDef
  readonly value: ConfigValue
  /** The value as text, as DescribeConfigs returns it. */
  readonly text: string | null
  readonly source: ConfigSource
  /** The override and the broker synonyms that are set, most precedent first (Kafka's configSynonyms). */
  readonly synonyms: readonly ConfigEntrySynonym[]
}

/**
 * Resolves every topic config: the topic's override, else the first broker synonym with a value
 * (scaled to the topic config's unit), else the topic default.
 */
export function resolveTopicConfigs (overrides: ReadonlyMap<string, string>, broker: BrokerConfigTexts): ResolvedTopicConfig[] {
  return TOPIC_CONFIG_DEFS.map((def) => resolveOne(def, overrides, broker))
}

function resolveOne (def: TopicConfigDef, overrides: ReadonlyMap<string, string>, broker: BrokerConfigTexts): ResolvedTopicConfig {
  const override = overrides.get(def.key.name)
  const names = def.synonyms.map((s) => s.brokerKey)
  const synonyms: ConfigEntrySynonym[] = names.length === 0 ? [] : configSynonyms(names[0]!, names, broker)
  if (override !== undefined) synonyms.unshift({ name: def.key.name, text: override, source: ConfigSource.TOPIC_CONFIG })
  const text = override ?? inheritedText(def, broker)
  return { def, value: parseConfigValue(def.key, text), text, source: synonyms[0]?.source ?? ConfigSource.DEFAULT_CONFIG, synonyms }
}

/** The value a topic without an override takes: its first broker synonym with a value, in the topic's unit. */
function inheritedText (def: TopicConfigDef, broker: BrokerConfigTexts): string | null {
  for (const synonym of def.synonyms) {
    const text = effectiveText(synonym.brokerKey, broker)
    if (text !== null) return scaleText(text, synonym.multiplier)
  }
  return def.key.defaultText
}

function scaleText (text: string, multiplier: number): string {
  if (multiplier === 1) return text
  const n = Number(text.trim())
  return n < 0 ? String(n) : String(n * multiplier)
}

/**
 * Validates a set of topic config overrides (CreateTopics, AlterConfigs) before anything changes:
 * unknown names and bad values throw ConfigError naming the key.
 */
export function validateTopicOverrides (overrides: ReadonlyMap<string, string>): void {
  for (const [name, text] of overrides) {
    const def = TOPIC_CONFIG_BY_NAME.get(name)
    if (def === undefined) throw new ConfigError(name, `Unknown topic config name: ${name}`)
    parseConfigValue(def.key, text)
  }
}

/** The typed settings the storage engine and the broker act on. */
export interface TopicSettings {
  readonly cleanupPolicy: readonly string[]
  readonly compressionType: string
  readonly fileDeleteDelayMs: number
  readonly flushMessages: number
  readonly flushMs: number
  readonly indexIntervalBytes: number
  readonly maxMessageBytes: number
  readonly messageTimestampType: 'CreateTime' | 'LogAppendTime'
  readonly messageTimestampBeforeMaxMs: number
  readonly messageTimestampAfterMaxMs: number
  readonly messageTimestampDifferenceMaxMs: number
  readonly minInsyncReplicas: number
  /** rivulet.replication.fsync: acks=all also waits for fsync. */
  readonly replicationFsync: boolean
  readonly retentionBytes: number
  readonly retentionMs: number
  readonly segmentBytes: number
  readonly segmentIndexBytes: number
  readonly segmentJitterMs: number
  readonly segmentMs: number
  readonly uncleanLeaderElectionEnable: boolean
}

export function topicSettings (overrides: ReadonlyMap<string, string>, broker: BrokerConfigTexts): TopicSettings {
  const values = new Map<string, ConfigValue>()
  for (const resolved of resolveTopicConfigs(overrides, broker)) values.set(resolved.def.key.name, resolved.value)
  const num = (name: string): number => values.get(name) as number
  return {
    cleanupPolicy: values.get('cleanup.policy') as readonly string[],
    compressionType: values.get('compression.type') as string,
    fileDeleteDelayMs: num('file.delete.delay.ms'),
    flushMessages: num('flush.messages'),
    flushMs: num('flush.ms'),
    indexIntervalBytes: num('index.interval.bytes'),
    maxMessageBytes: num('max.message.bytes'),
    messageTimestampType: values.get('message.timestamp.type') as 'CreateTime' | 'LogAppendTime',
    messageTimestampBeforeMaxMs: num('message.timestamp.before.max.ms'),
    messageTimestampAfterMaxMs: num('message.timestamp.after.max.ms'),
    messageTimestampDifferenceMaxMs: num('message.timestamp.difference.max.ms'),
    minInsyncReplicas: num('min.insync.replicas'),
    replicationFsync: values.get('rivulet.replication.fsync') as boolean,
    retentionBytes: num('retention.bytes'),
    retentionMs: num('retention.ms'),
    segmentBytes: num('segment.bytes'),
    segmentIndexBytes: num('segment.index.bytes'),
    segmentJitterMs: num('segment.jitter.ms'),
    segmentMs: num('segment.ms'),
    uncleanLeaderElectionEnable: values.get('unclean.leader.election.enable') as boolean
  }
}
