// Where a config's value comes from, as Kafka's DescribeConfigs reports it (ConfigHelper.configSynonyms):
// the synonyms of a broker key that are set, layer by layer - dynamic per broker, dynamic cluster
// default, static (file, environment, flags), default - each layer listing the synonyms in their
// order of precedence, and the list starting at the first entry that names the config itself. (So
// a topic's retention.ms set through log.retention.hours alone lists no synonym, as in Kafka.)
import { BROKER_CONFIG_BY_NAME } from './broker-config.ts'

/** DescribeConfigs' ConfigSource codes. */
export const ConfigSource = {
  UNKNOWN: 0,
  TOPIC_CONFIG: 1,
  DYNAMIC_BROKER_CONFIG: 2,
  DYNAMIC_DEFAULT_BROKER_CONFIG: 3,
  STATIC_BROKER_CONFIG: 4,
  DEFAULT_CONFIG: 5
} as const
export type ConfigSource = typeof ConfigSource[keyof typeof ConfigSource]

export interface ConfigEntrySynonym {
  readonly name: string
  readonly text: string | null
  readonly source: ConfigSource
}

/** The texts a node's broker keys are set to, in its layers of configuration. */
export interface BrokerConfigTexts {
  /**
   * The texts set explicitly for a broker key, most precedent first (dynamic per broker, dynamic
   * cluster default, static), each with its source; empty when the key is left at its default.
   */
  explicitTexts (name: string): readonly ConfigEntrySynonym[]
}

/** Broker keys that set the same thing in other units (Kafka's DynamicBrokerConfig.brokerConfigSynonyms). */
const SYNONYM_GROUPS: ReadonlyArray<readonly string[]> = [
  ['log.roll.ms', 'log.roll.hours'],
  ['log.roll.jitter.ms', 'log.roll.jitter.hours'],
  ['log.retention.ms', 'log.retention.minutes', 'log.retention.hours']
]

/** The broker keys that set `name`, in order of precedence (log.flush.interval.ms defaults to the scheduler's interval). */
export function brokerConfigSynonyms (name: string): readonly string[] {
  if (name === 'log.flush.interval.ms') return [name, 'log.flush.scheduler.interval.ms']
  return SYNONYM_GROUPS.find((group) => group.includes(name)) ?? [name]
}

const LAYERS: readonly ConfigSource[] = [ConfigSource.DYNAMIC_BROKER_CONFIG, ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG, ConfigSource.STATIC_BROKER_CONFIG]

/** Kafka's configSynonyms: the set synonyms of `name` among `names`, layer by layer, from `name` on. */
export function configSynonyms (name: string, names: readonly string[], broker: BrokerConfigTexts): ConfigEntrySynonym[] {
  const explicit = names.map((n) => broker.explicitTexts(n))
  const all: ConfigEntrySynonym[] = []
  for (const layer of LAYERS) {
    for (const texts of explicit) for (const t of texts) if (t.source === layer) all.push(t)
  }
  for (const n of names) {
    const defaultText = BROKER_CONFIG_BY_NAME.get(n)?.defaultText ?? null
    if (defaultText !== null) all.push({ name: n, text: defaultText, source: ConfigSource.DEFAULT_CONFIG })
  }
  const first = all.findIndex((s) => s.name === name)
  return first === -1 ? [] : all.slice(first)
}

/** The effective text of a broker key: the most precedent explicit text, else its default. */
export function effectiveText (name: string, broker: BrokerConfigTexts): string | null {
  return broker.explicitTexts(name)[0]?.text ?? BROKER_CONFIG_BY_NAME.get(name)?.defaultText ?? null
}
