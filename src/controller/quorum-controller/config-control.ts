// Config changes as the controller decides them: pure functions from the current MetadataImage and an
// AlterConfigs or IncrementalAlterConfigs request to (records, result), as topic-control.ts does for
// topics. Broker resources (Kafka's dynamic broker configs) are this node's id (per broker) or the
// empty name (the cluster-wide default); their texts are ConfigRecords of resource type BROKER.
import { MetadataRecordType as T } from '../../protocol/generated/metadata-records/index.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { invalidBrokerConfigChange } from '../../config/dynamic-broker-config.ts'
import { BROKER_CONFIG_BY_NAME } from '../../config/broker-config.ts'
import type { LoadedConfig } from '../../config/load-config.ts'
import { record, type MetadataRecord } from '../metadata/metadata-record.ts'
import { ConfigResourceType, type MetadataImage } from '../metadata/metadata-image.ts'

/** IncrementalAlterConfigs operations, as Kafka numbers them. */
export const ConfigOperation = { SET: 0, DELETE: 1, APPEND: 2, SUBTRACT: 3 } as const

export interface ConfigChange {
  readonly name: string
  readonly operation: number
  readonly value: string | null
  /** The value APPEND and SUBTRACT start from when the resource has no text of its own: the effective one. */
  readonly inheritedValue?: string | null
}

export interface ConfigResult { readonly errorCode: number, readonly errorMessage: string | null }

const OK: ConfigResult = { errorCode: ErrorCode.NONE, errorMessage: null }

/**
 * The texts a resource holds after `changes`: `replace` (AlterConfigs) sets exactly the given
 * texts; otherwise the operations apply one by one (IncrementalAlterConfigs). APPEND and SUBTRACT
 * work on list configs only (`isList`): INVALID_CONFIG otherwise, as Kafka's controller answers.
 */
export function applyConfigChanges (current: ReadonlyMap<string, string>, changes: readonly ConfigChange[], replace: boolean, isList: (name: string) => boolean): Map<string, string> | ConfigResult {
  const next = new Map(replace ? [] : current)
  for (const change of changes) {
    const op = replace ? ConfigOperation.SET : change.operation
    if (op === ConfigOperation.SET) {
      if (change.value === null) next.delete(change.name)
      else next.set(change.name, change.value)
    } else if (op === ConfigOperation.DELETE) {
      next.delete(change.name)
    } else if (op === ConfigOperation.APPEND || op === ConfigOperation.SUBTRACT) {
      if (!isList(change.name)) return { errorCode: ErrorCode.INVALID_CONFIG, errorMessage: `Can't ${op === ConfigOperation.APPEND ? 'APPEND' : 'SUBTRACT'} to key ${change.name} because its type is not LIST.` }
      const items = (next.get(change.name) ?? change.inheritedValue ?? '').split(',').filter((s) => s !== '')
      const values = (change.value ?? '').split(',').filter((s) => s !== '')
      const updated = op === ConfigOperation.APPEND ? [...items, ...values.filter((v) => !items.includes(v))] : items.filter((i) => !values.includes(i))
      next.set(change.name, updated.join(','))
    } else {
      return { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Unknown config operation ${op}` }
    }
  }
  return next
}

/** The ConfigRecords that turn `current` into `next` for one resource (a null value removes a text). */
export function configDiffRecords (resourceType: number, resourceName: string, current: ReadonlyMap<string, string>, next: ReadonlyMap<string, string>): MetadataRecord[] {
  const records: MetadataRecord[] = []
  for (const [name, value] of next) {
    if (current.get(name) !== value) records.push(record(T.Config, { resourceType, resourceName, name, value }))
  }
  for (const name of current.keys()) {
    if (!next.has(name)) records.push(record(T.Config, { resourceType, resourceName, name, value: null }))
  }
  return records
}

export interface BrokerConfigContext {
  readonly nodeId: number
  /** The node's static configuration: its keys' types and the relations a value is checked against. */
  readonly staticConfig: LoadedConfig
}

/**
 * Kafka's checks of a broker resource name (ConfigAdminManager): empty for the cluster default, else
 * this node's id.
 */
export function brokerResourceError (resourceName: string, nodeId: number): ConfigResult | null {
  if (resourceName === '') return null
  if (!/^-?\d+$/.test(resourceName)) return { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Node id must be an integer, but it is: ${resourceName}` }
  if (Number(resourceName) !== nodeId) return { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Unexpected broker id, expected ${nodeId}, but received ${resourceName}` }
  return null
}

/**
 * Alters the dynamic configs of a broker resource. The texts the resource would hold are validated
 * as a whole (INVALID_REQUEST with Kafka's message, as Kafka's broker answers a failed dynamic
 * validation) before any record is made.
 */
export function alterBrokerConfigs (image: MetadataImage, resourceName: string, changes: readonly ConfigChange[], replace: boolean, ctx: BrokerConfigContext): { records: MetadataRecord[], result: ConfigResult } {
  const nameError = brokerResourceError(resourceName, ctx.nodeId)
  if (nameError !== null) return { records: [], result: nameError }
  const isList = (name: string): boolean => BROKER_CONFIG_BY_NAME.get(name)?.type === 'list'
  // Kafka's broker refuses these before they reach the controller (ConfigAdminManager), with its own words.
  const notList = replace ? undefined : changes.find((c) => (c.operation === ConfigOperation.APPEND || c.operation === ConfigOperation.SUBTRACT) && !isList(c.name))
  if (notList !== undefined) {
    return { records: [], result: { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Config value ${notList.operation === ConfigOperation.APPEND ? 'append' : 'subtract'} is not allowed for config key: ${notList.name}` } }
  }
  const current = image.brokerConfig(resourceName)
  const next = applyConfigChanges(current, changes, replace, isList)
  if (!(next instanceof Map)) return { records: [], result: next }
  const invalid = invalidBrokerConfigChange(next, resourceName !== '', ctx.staticConfig)
  if (invalid !== null) return { records: [], result: { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: invalid } }
  return { records: configDiffRecords(ConfigResourceType.BROKER, resourceName, current, next), result: OK }
}

export interface RequestedResource {
  readonly resourceType: number
  readonly resourceName: string
  readonly configs: ReadonlyArray<{ readonly name: string, readonly value: string | null, readonly configOperation?: number }>
}

/**
 * Kafka's checks of an alter request before anything is decided (ConfigAdminManager.preprocess): a
 * resource named twice, a key named twice in one resource, and a null value (other than for DELETE)
 * are INVALID_REQUEST. Returns an error or null for each resource, in order.
 */
export function requestErrors (resources: readonly RequestedResource[]): Array<ConfigResult | null> {
  const seen = new Map<string, number>()
  resources.forEach((r) => { const id = `${r.resourceType}:${r.resourceName}`; seen.set(id, (seen.get(id) ?? 0) + 1) })
  return resources.map((r) => {
    if (seen.get(`${r.resourceType}:${r.resourceName}`)! > 1) return { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: 'Each resource must appear at most once.' }
    if (new Set(r.configs.map((c) => c.name)).size !== r.configs.length) return { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: 'Error due to duplicate config keys' }
    const nulls = r.configs.filter((c) => c.value === null && c.configOperation !== ConfigOperation.DELETE).map((c) => c.name)
    if (nulls.length > 0) return { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Null value not supported for : ${nulls.join(', ')}` }
    return null
  })
}
