// Loads the node's configuration from its three sources, in Kafka's names: a properties file
// (`--config FILE`), RIVULET_* environment variables, and command-line flags. Flags win over the
// environment, which wins over the file, which wins over the defaults. Every value is parsed and
// validated here, once; an invalid one stops startup with one clear line naming the key.
import { readFileSync } from 'node:fs'
import { parse as parseProperties } from 'dot-properties'
import { ConfigError, parseConfigValue, type ConfigKey, type ConfigValue } from './config-def.ts'
import { BROKER_CONFIG_BY_NAME, BROKER_CONFIG_KEYS } from './broker-config.ts'
import { TOPIC_CONFIG_BY_NAME } from './topic-config.ts'
import { ConfigSource, type BrokerConfigTexts, type ConfigEntrySynonym } from './config-synonyms.ts'
import { nodeSettings, type NodeSettings } from './node-settings.ts'

export type ConfigOrigin = 'default' | 'file' | 'env' | 'flag'

export interface ConfigSources {
  /** Command-line arguments after the program name. */
  readonly argv: readonly string[]
  /** Environment, of which only RIVULET_* variables are read. */
  readonly env: Readonly<Record<string, string | undefined>>
  /** Reads the properties file named by --config; injectable for tests. */
  readonly readFile?: (path: string) => string
}

const ENV_PREFIX = 'RIVULET_'
/** The cluster id a node formats its empty directories with at start (src/cli/format.ts formatOnStart). */
export const CLUSTER_ID_ENV = 'RIVULET_CLUSTER_ID'
/** RIVULET_* variables that are not config keys (read elsewhere: the logger, the test bugs of src/util/test-bugs.ts, formatOnStart). */
const NON_CONFIG_ENV = new Set(['RIVULET_LOG_LEVEL', 'RIVULET_TEST_BUG', CLUSTER_ID_ENV])

/**
 * RIVULET_LOG_DIRS -> log.dirs, as Confluent's images map KAFKA_*: `_` is a dot, `__` an underscore,
 * `___` a dash.
 */
export function envNameToKey (envName: string): string {
  return envName.slice(ENV_PREFIX.length).toLowerCase()
    .replace(/___/g, '-')
    .replace(/__/g, '\u0000')
    .replace(/_/g, '.')
    .replace(/\u0000/g, '_')
}

export class LoadedConfig implements BrokerConfigTexts {
  private readonly texts: Map<string, string>
  private readonly origins: Map<string, ConfigOrigin>
  private readonly values: Map<string, ConfigValue>

  constructor (texts: Map<string, string>, origins: Map<string, ConfigOrigin>) {
    this.texts = texts
    this.origins = origins
    this.values = new Map()
    for (const key of BROKER_CONFIG_KEYS) {
      this.values.set(key.name, parseConfigValue(key, texts.get(key.name) ?? key.defaultText))
    }
    checkRelations(this)
    this.node = nodeSettings(this)
  }

  /** The node's identity, roles and quorum (node-settings.ts), checked at load. */
  readonly node: NodeSettings

  /** BrokerConfigTexts: the static layer alone (dynamic-broker-config.ts adds the dynamic ones). */
  explicitTexts (name: string): readonly ConfigEntrySynonym[] {
    const text = this.texts.get(name)
    return text === undefined ? [] : [{ name, text, source: ConfigSource.STATIC_BROKER_CONFIG }]
  }

  origin (name: string): ConfigOrigin {
    return this.origins.get(name) ?? 'default'
  }

  value (name: string): ConfigValue {
    if (!this.values.has(name)) throw new Error(`RIVULET_ERR_CONFIG_KEY: ${name} is not a broker config`)
    return this.values.get(name) ?? null
  }

  int (name: string): number {
    return expectType(name, this.value(name), 'number') as number
  }

  bool (name: string): boolean {
    return expectType(name, this.value(name), 'boolean') as boolean
  }

  string (name: string): string | null {
    const v = this.value(name)
    return v === null ? null : expectType(name, v, 'string') as string
  }

  list (name: string): readonly string[] {
    const v = this.value(name)
    if (v === null) return []
    if (!Array.isArray(v)) throw new Error(`RIVULET_ERR_CONFIG_TYPE: ${name} is not a list`)
    return v
  }

  /** Every broker key with its effective text and origin, for the start-up log (passwords hidden). */
  effective (): Array<{ name: string, value: string | null, origin: ConfigOrigin }> {
    return BROKER_CONFIG_KEYS.map((key) => ({
      name: key.name,
      value: key.sensitive ? '[hidden]' : this.texts.get(key.name) ?? key.defaultText,
      origin: this.origin(key.name)
    }))
  }
}

function expectType (name: string, value: ConfigValue, type: 'number' | 'boolean' | 'string'): ConfigValue {
  if (typeof value !== type) throw new Error(`RIVULET_ERR_CONFIG_TYPE: ${name} is not a ${type}`)
  return value
}

/** Relations between limits, checked once at startup (STYLE rule 4). */
function checkRelations (config: LoadedConfig): void {
  // Kafka allows log.segment.bytes below message.max.bytes (such a batch gets a segment of its own),
  // and test set-ups rely on it, so that relation is not checked here.
  const messageMaxBytes = config.int('message.max.bytes')
  if (messageMaxBytes >= config.int('socket.request.max.bytes')) {
    throw new ConfigError('message.max.bytes', `Invalid value ${messageMaxBytes} for configuration message.max.bytes: a produce request carrying one batch must fit socket.request.max.bytes=${config.int('socket.request.max.bytes')}`)
  }
  // Kafka's rule (KafkaConfig): every frame socket.request.max.bytes allows must fit the request memory pool.
  const queuedBytesMax = config.int('queued.max.request.bytes')
  if (queuedBytesMax > 0 && queuedBytesMax < config.int('socket.request.max.bytes')) {
    throw new ConfigError('queued.max.request.bytes', `Invalid value ${queuedBytesMax} for configuration queued.max.request.bytes: must be larger or equal to socket.request.max.bytes=${config.int('socket.request.max.bytes')} (or -1 for unbounded)`)
  }
  // Kafka's rules (KafkaConfig): a follower's long poll must end before its request times out, and
  // well within the time after which a follower not caught up leaves the ISR.
  const fetchWaitMs = config.int('replica.fetch.wait.max.ms')
  if (fetchWaitMs > config.int('replica.socket.timeout.ms')) {
    throw new ConfigError('replica.socket.timeout.ms', `Invalid value ${config.int('replica.socket.timeout.ms')} for configuration replica.socket.timeout.ms: replica.socket.timeout.ms should always be at least replica.fetch.wait.max.ms=${fetchWaitMs} to prevent unnecessary socket timeouts`)
  }
  if (fetchWaitMs > config.int('replica.lag.time.max.ms')) {
    throw new ConfigError('replica.fetch.wait.max.ms', `Invalid value ${fetchWaitMs} for configuration replica.fetch.wait.max.ms: replica.fetch.wait.max.ms should always be less than or equal to replica.lag.time.max.ms=${config.int('replica.lag.time.max.ms')} to prevent frequent changes in ISR`)
  }
  const minSession = config.int('group.min.session.timeout.ms')
  if (minSession > config.int('group.max.session.timeout.ms')) {
    throw new ConfigError('group.min.session.timeout.ms', `Invalid value ${minSession} for configuration group.min.session.timeout.ms: must not exceed group.max.session.timeout.ms`)
  }
}

/**
 * Reads the three sources and returns the validated configuration. Throws ConfigError (one line,
 * naming the key) on an unknown key, a bad value or a bad flag.
 */
export function loadConfig (sources: ConfigSources): LoadedConfig {
  const flags = parseFlags(sources.argv)
  const texts = new Map<string, string>()
  const origins = new Map<string, ConfigOrigin>()
  const set = (name: string, text: string, origin: ConfigOrigin): void => {
    knownKey(name)
    texts.set(name, text)
    origins.set(name, origin)
  }
  if (flags.configFile !== null) {
    const read = sources.readFile ?? ((path: string) => readFileSync(path, 'utf8'))
    let content: string
    try {
      content = read(flags.configFile)
    } catch (err) {
      throw new ConfigError('--config', `Cannot read config file ${flags.configFile}: ${(err as Error).message}`)
    }
    for (const [name, text] of Object.entries(parseProperties(content) as Record<string, string>)) set(name, text, 'file')
  }
  for (const [envName, text] of Object.entries(sources.env)) {
    if (!envName.startsWith(ENV_PREFIX) || text === undefined || NON_CONFIG_ENV.has(envName)) continue
    set(envNameToKey(envName), text, 'env')
  }
  for (const [name, text] of flags.values) set(name, text, 'flag')
  return new LoadedConfig(texts, origins)
}

function knownKey (name: string): ConfigKey {
  const key = BROKER_CONFIG_BY_NAME.get(name)
  if (key !== undefined) return key
  // Kafka warns and ignores unknown keys; a typo that silently does nothing is worse, so we stop,
  // but topic-level names used at broker level get a hint.
  const hint = TOPIC_CONFIG_BY_NAME.has(name) ? ' (a topic config: set it per topic, or use its log.* broker synonym)' : ''
  throw new ConfigError(name, `Unknown configuration ${name}${hint}`)
}

interface ParsedFlags {
  readonly configFile: string | null
  readonly values: ReadonlyArray<[string, string]>
}

/** Accepts `--key=value`, `--key value`, `--override key=value` (as kafka-server-start) and `--config FILE`. */
export function parseFlags (argv: readonly string[]): ParsedFlags {
  let configFile: string | null = null
  const values: Array<[string, string]> = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (!arg.startsWith('--')) throw new ConfigError(arg, `Unexpected argument ${arg}: flags look like --key=value`)
    const eq = arg.indexOf('=')
    let name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
    let text: string
    if (eq !== -1) {
      text = arg.slice(eq + 1)
    } else {
      const next = argv[i + 1]
      if (next === undefined) throw new ConfigError(name, `Flag --${name} needs a value`)
      text = next
      i++
    }
    if (name === 'override') {
      const inner = text.indexOf('=')
      if (inner <= 0) throw new ConfigError('override', `Invalid --override ${text}: expected key=value`)
      name = text.slice(0, inner)
      text = text.slice(inner + 1)
    }
    if (name === 'config') configFile = text
    else values.push([name, text])
  }
  return { configFile, values }
}
