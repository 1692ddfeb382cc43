// DescribeConfigs (key 32): serves v0-v4 (spec 3.8.0: validVersions 0-4, flexible 4+), answered as
// Kafka 3.8's ConfigHelper answers it.
// Topics (resource type 2): every topic config with its effective value; its synonyms are the
// topic's override and then the broker keys that set it (log.retention.ms, ...; dynamic per broker,
// dynamic cluster default, static, default), listed from the config's first broker synonym on, as
// Kafka lists them; the source is the first synonym's (DEFAULT_CONFIG when none). Topic configs are
// never read-only. Brokers (resource type 4): this node's id gives every broker config with its
// effective value (dynamic per broker over dynamic cluster default over static over default), its
// synonyms and source, and read-only exactly for the keys Kafka cannot change dynamically
// (advertised.listeners, log.retention.ms, message.max.bytes ... are not); the empty name gives the
// cluster-wide dynamic defaults that are set, and only those. v0: is_default; v1+: sources and, when
// asked, synonyms; v3+: config types and, when asked, documentation. With configuration_keys, the
// keys asked for that exist, in the order asked (Kafka's own order is its config map's, which no
// client can rely on). Unknown topics get UNKNOWN_TOPIC_OR_PARTITION; another broker id or a
// non-numeric one INVALID_REQUEST.
// Not implemented: broker loggers (resource type 8) and other resource types get INVALID_REQUEST.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultDescribeConfigsResponse, type DescribeConfigsResponseDescribeConfigsResourceResult, type DescribeConfigsResponseDescribeConfigsResult } from '../../protocol/generated/messages/describe-configs.ts'
import { resolveTopicConfigs, ConfigSource } from '../../config/topic-config.ts'
import { BROKER_CONFIG_KEYS } from '../../config/broker-config.ts'
import { brokerConfigSynonyms, configSynonyms, effectiveText, type ConfigEntrySynonym } from '../../config/config-synonyms.ts'
import type { ConfigKey, ConfigType } from '../../config/config-def.ts'
import type { DynamicBrokerConfig } from '../../config/dynamic-broker-config.ts'
import { ConfigResourceType } from '../../controller/metadata/metadata-image.ts'
import { defineHandler, brokerOf } from './registry.ts'
import type { Broker } from '../broker.ts'

/** DescribeConfigs' ConfigType codes (v3+). */
const CONFIG_TYPE_CODES: Record<ConfigType, number> = { boolean: 1, string: 2, int: 3, long: 5, double: 6, list: 7, password: 9 }

type Entry = DescribeConfigsResponseDescribeConfigsResourceResult
interface Request { resourceType: number, resourceName: string, configurationKeys: string[] | null }
interface Options { readonly synonyms: boolean, readonly documentation: boolean }

function entry (key: ConfigKey, text: string | null, readOnly: boolean, synonyms: readonly ConfigEntrySynonym[], options: Options): Entry {
  const source = synonyms[0]?.source ?? ConfigSource.DEFAULT_CONFIG
  return {
    name: key.name,
    value: key.sensitive ? null : text,
    readOnly,
    isDefault: source === ConfigSource.DEFAULT_CONFIG,
    configSource: source,
    isSensitive: key.sensitive,
    synonyms: options.synonyms ? synonyms.map((s) => ({ name: s.name, value: key.sensitive ? null : s.text, source: s.source })) : [],
    configType: CONFIG_TYPE_CODES[key.type],
    documentation: options.documentation ? key.doc : null
  }
}

function topicConfigs (broker: Broker, name: string, options: Options): Entry[] {
  return resolveTopicConfigs(broker.image().topicConfig(name), broker.effectiveConfig()).map((c) => entry(c.def.key, c.text, false, c.synonyms, options))
}

/** This node's broker configs (perBroker) or the cluster-wide dynamic defaults that are set. */
function brokerConfigs (effective: DynamicBrokerConfig, perBroker: boolean, options: Options): Entry[] {
  const out: Entry[] = []
  for (const key of BROKER_CONFIG_KEYS) {
    if (!perBroker && !effective.clusterDefault.has(key.name)) continue
    const all = configSynonyms(key.name, brokerConfigSynonyms(key.name), effective)
    // The cluster default resource shows only its own layer, as Kafka does.
    const synonyms = perBroker ? all : all.filter((s) => s.source === ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG)
    const text = perBroker ? effectiveText(key.name, effective) : effective.clusterDefault.get(key.name)!
    out.push(entry(key, text, key.readOnly, synonyms, options))
  }
  return out
}

/** The entries asked for, in the order asked (each once), or all of them. */
function selected (configs: readonly Entry[], keys: readonly string[] | null): Entry[] {
  if (keys === null || keys.length === 0) return [...configs]
  const byName = new Map(configs.map((c) => [c.name, c]))
  return [...new Set(keys)].flatMap((k) => byName.get(k) ?? [])
}

function describe (broker: Broker, r: Request, options: Options): DescribeConfigsResponseDescribeConfigsResult {
  const base = { errorCode: ErrorCode.NONE, errorMessage: null, resourceType: r.resourceType, resourceName: r.resourceName, configs: [] as Entry[] }
  let configs: Entry[]
  if (r.resourceType === ConfigResourceType.TOPIC) {
    if (broker.image().topic(r.resourceName) === undefined) return { ...base, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: `Topic ${r.resourceName} does not exist.` }
    configs = topicConfigs(broker, r.resourceName, options)
  } else if (r.resourceType === ConfigResourceType.BROKER) {
    if (r.resourceName !== '' && !/^-?\d+$/.test(r.resourceName)) return { ...base, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Broker id must be an integer, but it is: ${r.resourceName}` }
    if (r.resourceName !== '' && Number(r.resourceName) !== broker.nodeId) return { ...base, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Unexpected broker id, expected ${broker.nodeId} or empty string, but received ${r.resourceName}` }
    configs = brokerConfigs(broker.effectiveConfig(), r.resourceName !== '', options)
  } else {
    return { ...base, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Resource type ${r.resourceType} is not supported by this broker` }
  }
  return { ...base, configs: selected(configs, r.configurationKeys) }
}

export const describeConfigsHandler = defineHandler({
  apiKey: ApiKey.DescribeConfigs,
  minVersion: 0,
  maxVersion: 4,
  handle (ctx, request) {
    const broker = brokerOf(ctx)
    const response = defaultDescribeConfigsResponse()
    const options = { synonyms: ctx.header.requestApiVersion >= 1 && request.includeSynonyms, documentation: request.includeDocumentation }
    response.results = request.resources.map((r) => describe(broker, r, options))
    return response
  }
})
