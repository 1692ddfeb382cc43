// Typed definitions of Kafka configuration keys, in the manner of Kafka's ConfigDef: each key has a
// type, a default and a validator, and a raw string value is parsed once at the edge (a config file,
// an environment variable, a flag or an AlterConfigs request) into a typed value.

export type ConfigType = 'string' | 'int' | 'long' | 'double' | 'boolean' | 'list' | 'password'
/**
 * How a broker key may change while the node runs, in the words of Kafka's documentation ("Update
 * Mode"): not at all, per broker (resource name = the node id), or also as a cluster-wide default
 * (resource name empty). Topic keys are always 'cluster-wide' (they never are read-only).
 */
export type UpdateMode = 'read-only' | 'per-broker' | 'cluster-wide'
export type ConfigValue = string | number | boolean | readonly string[] | null

/** Kafka's Long.MAX_VALUE, which many "no limit" defaults use. Parsed to Number.MAX_SAFE_INTEGER. */
export const LONG_MAX_TEXT = '9223372036854775807'
const INT_MIN = -2147483648
const INT_MAX = 2147483647

export interface ConfigKey {
  readonly name: string
  readonly type: ConfigType
  /** The default as Kafka prints it (DescribeConfigs shows this text); null means "no default". */
  readonly defaultText: string | null
  /** Returns a reason when the parsed value is not allowed. */
  readonly validate: ((value: ConfigValue) => string | null) | null
  readonly doc: string
  /** Read-only configs cannot be altered through AlterConfigs (updateMode 'read-only'). */
  readonly readOnly: boolean
  readonly updateMode: UpdateMode
  /** Whether DescribeConfigs hides the value (passwords). */
  readonly sensitive: boolean
}

export class ConfigError extends Error {
  override name = 'ConfigError'
  readonly key: string
  constructor (key: string, message: string) {
    super(message)
    this.key = key
  }
}

export interface ConfigKeyOptions {
  readonly validate?: (value: ConfigValue) => string | null
  readonly readOnly?: boolean
  /** A dynamic broker key that may be set per broker only, never as a cluster-wide default. */
  readonly perBroker?: boolean
}

export function defineKey (name: string, type: ConfigType, defaultText: string | null, doc: string, options: ConfigKeyOptions = {}): ConfigKey {
  return {
    name,
    type,
    defaultText,
    validate: options.validate ?? null,
    doc,
    readOnly: options.readOnly ?? false,
    updateMode: options.readOnly === true ? 'read-only' : options.perBroker === true ? 'per-broker' : 'cluster-wide',
    sensitive: type === 'password'
  }
}

/**
 * Parses one raw value for `key`; throws ConfigError with one clear line naming the key.
 * Kafka trims values of numbers and booleans and treats an empty list as no elements.
 */
export function parseConfigValue (key: ConfigKey, raw: string | null): ConfigValue {
  if (raw === null) return null
  const text = key.type === 'string' || key.type === 'password' ? raw : raw.trim()
  const value = parseByType(key, text)
  const reason = key.validate === null ? null : key.validate(value)
  if (reason !== null) throw invalid(key.name, raw, reason)
  return value
}

function parseByType (key: ConfigKey, text: string): ConfigValue {
  switch (key.type) {
    case 'string':
    case 'password':
      return text
    case 'boolean':
      if (text.toLowerCase() === 'true') return true
      if (text.toLowerCase() === 'false') return false
      throw invalid(key.name, text, 'Expected value to be either true or false')
    case 'int':
      return parseInteger(key.name, text, INT_MIN, INT_MAX)
    case 'long':
      return parseLong(key.name, text)
    case 'double': {
      const n = Number(text)
      if (text === '' || !Number.isFinite(n)) throw invalid(key.name, text, 'Expected value to be a number')
      return n
    }
    case 'list':
      return text === '' ? [] : text.split(',').map((s) => s.trim()).filter((s) => s !== '')
  }
}

function parseInteger (name: string, text: string, min: number, max: number): number {
  if (!/^[+-]?\d+$/.test(text)) throw invalid(name, text, 'Expected value to be a 32-bit integer')
  const n = Number(text)
  if (n < min || n > max) throw invalid(name, text, 'Expected value to be a 32-bit integer')
  return n
}

/** A long beyond 2^53 is accepted as Kafka accepts it, and treated as "no limit" (MAX_SAFE_INTEGER). */
function parseLong (name: string, text: string): number {
  if (!/^[+-]?\d+$/.test(text)) throw invalid(name, text, 'Expected value to be a 64-bit integer')
  const big = BigInt(text)
  if (big > 9223372036854775807n || big < -9223372036854775808n) throw invalid(name, text, 'Expected value to be a 64-bit integer')
  if (big > BigInt(Number.MAX_SAFE_INTEGER)) return Number.MAX_SAFE_INTEGER
  if (big < BigInt(Number.MIN_SAFE_INTEGER)) return Number.MIN_SAFE_INTEGER
  return Number(big)
}

function invalid (name: string, raw: string, reason: string): ConfigError {
  return new ConfigError(name, `Invalid value ${raw} for configuration ${name}: ${reason}`)
}

// Validators, named as Kafka's ConfigDef.Range / ValidString.

export function atLeast (min: number): (value: ConfigValue) => string | null {
  return (value) => typeof value === 'number' && value < min ? `Value must be at least ${min}` : null
}

export function between (min: number, max: number): (value: ConfigValue) => string | null {
  return (value) => typeof value === 'number' && (value < min || value > max) ? `Value must be in the range [${min}, ${max}]` : null
}

export function oneOf (allowed: readonly string[]): (value: ConfigValue) => string | null {
  return (value) => typeof value === 'string' && !allowed.includes(value) ? `String must be one of: ${allowed.join(', ')}` : null
}

export function listOf (allowed: readonly string[]): (value: ConfigValue) => string | null {
  return (value) => {
    if (!Array.isArray(value)) return null
    for (const item of value) {
      if (!allowed.includes(item)) return `Invalid value ${item} for list; allowed: ${allowed.join(', ')}`
    }
    return null
  }
}

/**
 * Kafka's MetadataVersionValidator for the deprecated message.format.version: a Kafka version such as
 * 0.10.2, 2.8 or 3.0-IV1 (from 0.8.0 to 3.8).
 */
export function messageFormatVersion (value: ConfigValue): string | null {
  if (typeof value !== 'string') return null
  return /^(0\.(8\.[0-2]|9\.0|10\.[0-2]|11\.0)|[12]\.[0-8]|3\.[0-8])(\.\d+)?(-IV\d+)?$/.test(value) ? null : `Version \`${value}\` is not a valid version`
}
