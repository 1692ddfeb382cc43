// DescribeConfigs (key 32): serves v0-v4 (spec 3.8.0: validVersions 0-4, flexible 4+).
// Topics (resource type 2): every topic config with its effective value and where it comes from
// (the topic's override, the broker's explicitly set synonym, or the default), as Kafka reports it;
// brokers (resource type 4, this node's id or empty): every broker config, STATIC_BROKER_CONFIG when
// set in the file, environment or flags, DEFAULT_CONFIG otherwise. v0: is_default; v1+: sources and,
// when asked, synonyms; v3+: config types and, when asked, documentation. Only the requested keys are
// returned when configuration_keys is given. Unknown topics get UNKNOWN_TOPIC_OR_PARTITION.
// Not implemented: broker loggers (resource type 8) and other resource types get INVALID_REQUEST;
// dynamic broker configs do not exist yet.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultDescribeConfigsResponse, type DescribeConfigsResponseDescribeConfigsResourceResult, type DescribeConfigsResponseDescribeConfigsResult } from '../../protocol/generated/messages/describe-configs.ts'
import { resolveTopicConfigs, ConfigSource } from '../../config/topic-config.ts'
import { BROKER_CONFIG_BY_NAME } from '../../config/broker-config.ts'
import type { ConfigType } from '../../config/config-def.ts'
import { ConfigResourceType } from '../../controller/metadata/metadata-image.ts'
import { defineHandler, brokerOf } from './registry.ts'
import type { Broker } from '../broker.ts'

/** DescribeConfigs' ConfigType codes (v3+). */
const CONFIG_TYPE_CODES: Record<ConfigType, number> = { boolean: 1, string: 2, int: 3, long: 5, double: 6, list: 7, password: 9 }

interface Request { resourceType: number, resourceName: string, configurationKeys: string[] | null }

function topicConfigs (broker: Broker, name: string, includeSynonyms: boolean, includeDocumentation: boolean): DescribeConfigsResponseDescribeConfigsResourceResult[] {
  return resolveTopicConfigs(broker.image().topicConfig(name), broker.config).map((c) => ({
    name: c.def.key.name,
    value: c.def.key.sensitive ? null : c.text,
    readOnly: c.def.key.readOnly,
    isDefault: c.source === ConfigSource.DEFAULT_CONFIG,
    configSource: c.source,
    isSensitive: c.def.key.sensitive,
    synonyms: includeSynonyms ? c.synonyms.map((s) => ({ name: s.name, value: s.text, source: s.source })) : [],
    configType: CONFIG_TYPE_CODES[c.def.key.type],
    documentation: includeDocumentation ? c.def.key.doc : null
  }))
}

function brokerConfigs (broker: Broker, includeSynonyms: boolean, includeDocumentation: boolean): DescribeConfigsResponseDescribeConfigsResourceResult[] {
  return broker.config.effective().map((e) => {
    const key = BROKER_CONFIG_BY_NAME.get(e.name)!
    const source = e.origin === 'default' ? ConfigSource.DEFAULT_CONFIG : ConfigSource.STATIC_BROKER_CONFIG
    return {
      name: e.name, value: e.value, readOnly: key.readOnly, isDefault: source === ConfigSource.DEFAULT_CONFIG, configSource: source, isSensitive: key.sensitive,
      synonyms: includeSynonyms ? [{ name: e.name, value: e.value, source }] : [],
      configType: CONFIG_TYPE_CODES[key.type],
      documentation: includeDocumentation ? key.doc : null
    }
  })
}

function describe (broker: Broker, r: Request, includeSynonyms: boolean, includeDocumentation: boolean): DescribeConfigsResponseDescribeConfigsResult {
  const base = { errorCode: ErrorCode.NONE, errorMessage: null, resourceType: r.resourceType, resourceName: r.resourceName, configs: [] as DescribeConfigsResponseDescribeConfigsResourceResult[] }
  let configs: DescribeConfigsResponseDescribeConfigsResourceResult[]
  if (r.resourceType === ConfigResourceType.TOPIC) {
    if (broker.image().topic(r.resourceName) === undefined) return { ...base, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: `Topic ${r.resourceName} does not exist.` }
    configs = topicConfigs(broker, r.resourceName, includeSynonyms, includeDocumentation)
  } else if (r.resourceType === ConfigResourceType.BROKER) {
    if (r.resourceName !== '' && r.resourceName !== String(broker.nodeId)) return { ...base, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Unexpected broker id, expected ${broker.nodeId} or empty string, but received ${r.resourceName}` }
    configs = brokerConfigs(broker, includeSynonyms, includeDocumentation)
  } else {
    return { ...base, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Resource type ${r.resourceType} is not supported by this broker` }
  }
  const keys = r.configurationKeys
  return { ...base, configs: keys === null || keys.length === 0 ? configs : configs.filter((c) => keys.includes(c.name)) }
}

export const describeConfigsHandler = defineHandler({
  apiKey: ApiKey.DescribeConfigs,
  minVersion: 0,
  maxVersion: 4,
  handle (ctx, request) {
    const broker = brokerOf(ctx)
    const response = defaultDescribeConfigsResponse()
    const synonyms = ctx.header.requestApiVersion >= 1 && request.includeSynonyms
    response.results = request.resources.map((r) => describe(broker, r, synonyms, request.includeDocumentation))
    return response
  }
})
