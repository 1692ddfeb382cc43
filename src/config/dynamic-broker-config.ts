// Dynamic broker configs (Kafka's KIP-226, as DynamicBrokerConfig does it): broker keys set through
// AlterConfigs on the broker resource, stored in the @metadata log per broker (resource name = the
// node id) or as a cluster-wide default (resource name empty). A key's effective text is, in order:
// the per-broker value, the cluster default, the static value (file, environment, flags), the
// default. This module is pure: it reads the layers it is given and validates proposed changes.
import { ConfigError, parseConfigValue, type ConfigValue } from './config-def.ts'
import { BROKER_CONFIG_BY_NAME } from './broker-config.ts'
import { ConfigSource, effectiveText, type BrokerConfigTexts, type ConfigEntrySynonym } from './config-synonyms.ts'
import { parseListeners } from './listeners.ts'
import type { LoadedConfig } from './load-config.ts'

const NO_TEXTS: ReadonlyMap<string, string> = new Map()

export class DynamicBrokerConfig implements BrokerConfigTexts {
  readonly staticConfig: LoadedConfig
  /** Texts set for this node (resource name = its id). */
  readonly perBroker: ReadonlyMap<string, string>
  /** Texts set as the cluster-wide default (resource name empty). */
  readonly clusterDefault: ReadonlyMap<string, string>

  constructor (staticConfig: LoadedConfig, perBroker: ReadonlyMap<string, string> = NO_TEXTS, clusterDefault: ReadonlyMap<string, string> = NO_TEXTS) {
    this.staticConfig = staticConfig
    this.perBroker = perBroker
    this.clusterDefault = clusterDefault
  }

  explicitTexts (name: string): readonly ConfigEntrySynonym[] {
    const out: ConfigEntrySynonym[] = []
    const own = this.perBroker.get(name)
    if (own !== undefined) out.push({ name, text: own, source: ConfigSource.DYNAMIC_BROKER_CONFIG })
    const shared = this.clusterDefault.get(name)
    if (shared !== undefined) out.push({ name, text: shared, source: ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG })
    out.push(...this.staticConfig.explicitTexts(name))
    return out
  }

  /** The effective value of a broker key, parsed (stored dynamic texts were validated when they were set). */
  value (name: string): ConfigValue {
    const key = BROKER_CONFIG_BY_NAME.get(name)
    if (key === undefined) throw new Error(`RIVULET_ERR_CONFIG_KEY: ${name} is not a broker config`)
    return parseConfigValue(key, effectiveText(name, this))
  }

  int (name: string): number {
    const v = this.value(name)
    if (typeof v !== 'number') throw new Error(`RIVULET_ERR_CONFIG_TYPE: ${name} is not a number`)
    return v
  }

  list (name: string): readonly string[] {
    const v = this.value(name)
    if (v === null) return []
    if (!Array.isArray(v)) throw new Error(`RIVULET_ERR_CONFIG_TYPE: ${name} is not a list`)
    return v
  }
}

/** Scala's Set printing, which Kafka's messages use ("Set(a, b)"). */
function scalaSet (names: readonly string[]): string {
  return `Set(${names.join(', ')})`
}

/**
 * Validates the dynamic texts a broker resource would hold after a change (Kafka's
 * DynamicBrokerConfig.validateConfigs): every name must be a broker key that may change at this
 * level, and every value must parse. Returns the reason (Kafka answers it as INVALID_REQUEST), or
 * null. `staticConfig` gives the relations a value is checked against (listeners, frame size).
 */
export function invalidBrokerConfigChange (texts: ReadonlyMap<string, string>, perBroker: boolean, staticConfig: LoadedConfig): string | null {
  const names = [...texts.keys()]
  // Kafka stores names it does not know; Rivulet refuses them, as it refuses them at start (a typo
  // that silently does nothing is worse than an error).
  const unknown = names.filter((n) => !BROKER_CONFIG_BY_NAME.has(n))
  if (unknown.length > 0) return `Unknown broker configs: ${scalaSet(unknown)}`
  const readOnly = names.filter((n) => BROKER_CONFIG_BY_NAME.get(n)!.updateMode === 'read-only')
  if (readOnly.length > 0) return `Cannot update these configs dynamically: ${scalaSet(readOnly)}`
  // Rivulet binds its sockets once, at start.
  if (texts.has('listeners')) return `Cannot update these configs dynamically: ${scalaSet(['listeners'])} (Rivulet binds its listeners at start)`
  try {
    for (const [name, text] of texts) parseConfigValue(BROKER_CONFIG_BY_NAME.get(name)!, text)
    checkAdvertisedListeners(texts.get('advertised.listeners'), staticConfig)
  } catch (err) {
    if (err instanceof ConfigError) return err.message
    throw err
  }
  if (!perBroker) {
    const perBrokerOnly = names.filter((n) => BROKER_CONFIG_BY_NAME.get(n)!.updateMode === 'per-broker')
    if (perBrokerOnly.length > 0) return `Cannot update these configs at default cluster level, broker id must be specified: ${scalaSet(perBrokerOnly)}`
  }
  const messageMaxBytes = texts.get('message.max.bytes')
  const frameBytesMax = staticConfig.int('socket.request.max.bytes')
  if (messageMaxBytes !== undefined && Number(messageMaxBytes) >= frameBytesMax) {
    return `Invalid value ${messageMaxBytes} for configuration message.max.bytes: a produce request carrying one batch must fit socket.request.max.bytes=${frameBytesMax}`
  }
  return null
}

/**
 * Kafka's rules (DynamicListenerConfig.validateReconfiguration): advertised listener names must be
 * among the names in listeners, and a value naming any listener must name the inter-broker one (the
 * endpoint followers and the controller reach this broker by). An empty value names none: every
 * listener keeps its static advertised endpoint.
 */
function checkAdvertisedListeners (text: string | undefined, staticConfig: LoadedConfig): void {
  if (text === undefined) return
  const uris = text.split(',').map((s) => s.trim()).filter((s) => s !== '')
  const advertised = parseListeners('advertised.listeners', uris)
  const names = new Set(parseListeners('listeners', staticConfig.list('listeners')).map((l) => l.name))
  for (const l of advertised) {
    if (!names.has(l.name)) throw new ConfigError('advertised.listeners', `Invalid value ${text} for configuration advertised.listeners: advertised.listeners listener names must be equal to or a subset of the ones defined in listeners`)
  }
  const interBroker = staticConfig.node.interBrokerListenerName
  if (advertised.length > 0 && !advertised.some((l) => l.name === interBroker)) {
    // Kafka's words, with Scala's printing of its ListenerName.
    throw new ConfigError('advertised.listeners', `Advertised listener must be specified for inter-broker listener ListenerName(${interBroker})`)
  }
}
