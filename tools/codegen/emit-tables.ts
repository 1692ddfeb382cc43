// Emits the cross-message tables: the ApiKey table with header versions, the error-code table, the
// index with per-API codec tables, and the test-only random message builders.
import { GENERATED_HEADER, defaultExpr, versionCond } from './emit-message.ts'
import { kebab, type FieldSpec, type MessageSpec, type StructSpec, type VersionRange } from './spec-model.ts'
import { KAFKA_ERRORS } from './kafka-errors.ts'

export interface ApiPair {
  readonly apiKey: number
  readonly apiName: string
  readonly request: MessageSpec
  readonly response: MessageSpec
  readonly file: string
}

export function pairApis (specs: readonly MessageSpec[]): ApiPair[] {
  const requests = specs.filter((s) => s.type === 'request')
  return requests.map((request) => {
    const apiName = request.name.replace(/Request$/, '')
    const response = specs.find((s) => s.type === 'response' && s.name === `${apiName}Response`)
    if (response === undefined || request.apiKey === null) throw new Error(`no response spec for ${request.name}`)
    return { apiKey: request.apiKey, apiName, request, response, file: kebab(apiName) }
  }).sort((a, b) => a.apiKey - b.apiKey)
}

export function emitApiKeys (apis: readonly ApiPair[]): string {
  const lines = [GENERATED_HEADER, 'export const ApiKey = {']
  for (const api of apis) lines.push(`  ${api.apiName}: ${api.apiKey},`)
  lines.push('} as const', 'export type ApiKey = typeof ApiKey[keyof typeof ApiKey]', '')
  lines.push(
    'export interface ApiSpec {',
    '  readonly apiKey: number',
    '  readonly name: string',
    '  readonly minVersion: number',
    '  readonly maxVersion: number',
    '  /** The first flexible version (compact encodings, tagged fields, header v2/v1); -1 if none. */',
    '  readonly flexibleMinVersion: number',
    '  readonly listeners: readonly string[]',
    '}',
    '',
    'export const API_SPECS: readonly ApiSpec[] = ['
  )
  for (const api of apis) {
    const v = api.request.validVersions
    const flex = api.request.flexibleVersions === null ? -1 : api.request.flexibleVersions.min
    lines.push(`  { apiKey: ${api.apiKey}, name: '${api.apiName}', minVersion: ${v.min}, maxVersion: ${v.max}, flexibleMinVersion: ${flex}, listeners: [${api.request.listeners.map((l) => `'${l}'`).join(', ')}] },`)
  }
  lines.push(
    ']',
    '',
    'const BY_KEY: ReadonlyArray<ApiSpec | undefined> = (() => {',
    '  const table: Array<ApiSpec | undefined> = []',
    '  for (const spec of API_SPECS) table[spec.apiKey] = spec',
    '  return table',
    '})()',
    '',
    'export function apiSpec (apiKey: number): ApiSpec | undefined {',
    '  return BY_KEY[apiKey]',
    '}',
    '',
    '/** Request header version of an API version: v2 when flexible, else v1; ControlledShutdown v0 uses v0. */',
    'export function requestHeaderVersion (apiKey: number, apiVersion: number): 0 | 1 | 2 {',
    `  if (apiKey === ${apis.find((a) => a.apiName === 'ControlledShutdown')?.apiKey ?? 7} && apiVersion === 0) return 0`,
    '  const spec = BY_KEY[apiKey]',
    '  return spec !== undefined && spec.flexibleMinVersion >= 0 && apiVersion >= spec.flexibleMinVersion ? 2 : 1',
    '}',
    '',
    '/** Response header version: v1 when flexible, else v0; ApiVersions responses always use v0 (KIP-511). */',
    'export function responseHeaderVersion (apiKey: number, apiVersion: number): 0 | 1 {',
    `  if (apiKey === ${apis.find((a) => a.apiName === 'ApiVersions')?.apiKey ?? 18}) return 0`,
    '  const spec = BY_KEY[apiKey]',
    '  return spec !== undefined && spec.flexibleMinVersion >= 0 && apiVersion >= spec.flexibleMinVersion ? 1 : 0',
    '}',
    ''
  )
  return lines.join('\n')
}

export function emitErrorCodes (): string {
  const lines = [GENERATED_HEADER, '// Kafka 3.8.0 error codes (Errors.java), with whether clients retry them.', 'export const ErrorCode = {']
  for (const [code, name] of KAFKA_ERRORS) lines.push(`  ${name}: ${code},`)
  lines.push('} as const', 'export type ErrorCode = typeof ErrorCode[keyof typeof ErrorCode]', '')
  lines.push('export interface ErrorInfo {', '  readonly code: number', '  readonly name: string', '  readonly retriable: boolean', '}', '')
  lines.push('export const ERROR_INFO: ReadonlyMap<number, ErrorInfo> = new Map([')
  for (const [code, name, retriable] of KAFKA_ERRORS) lines.push(`  [${code}, { code: ${code}, name: '${name}', retriable: ${retriable} }],`)
  lines.push('])', '')
  return lines.join('\n')
}

export function emitIndex (apis: readonly ApiPair[], others: ReadonlyArray<{ path: string }>): string {
  const lines = [GENERATED_HEADER]
  lines.push("import type { Reader } from '../primitives/reader.ts'", "import type { Writer } from '../primitives/writer.ts'")
  for (const api of apis) {
    const req = api.request.name
    const res = api.response.name
    lines.push(`import { type ${req}, type ${res}, decode${req}, sizeOf${req}, write${req}, default${req}, decode${res}, sizeOf${res}, write${res}, default${res} } from './messages/${api.file}.ts'`)
  }
  lines.push('')
  lines.push("export * from './api-keys.ts'", "export * from './error-codes.ts'", "export * from './headers.ts'")
  for (const o of others) lines.push(`export * from '${o.path}'`)
  for (const api of apis) lines.push(`export * from './messages/${api.file}.ts'`)
  lines.push(
    '',
    '/** Decode, size and write one message type at any of its versions. */',
    'export interface MessageCodec<T> {',
    '  decode (r: Reader, version: number): T',
    '  sizeOf (msg: T, version: number): number',
    '  write (w: Writer, msg: T, version: number): void',
    '  empty (): T',
    '}',
    '',
    'export interface ApiRequestMap {'
  )
  for (const api of apis) lines.push(`  ${api.apiKey}: ${api.request.name}`)
  lines.push('}', '', 'export interface ApiResponseMap {')
  for (const api of apis) lines.push(`  ${api.apiKey}: ${api.response.name}`)
  lines.push('}', '', 'export const REQUEST_CODECS: { readonly [K in keyof ApiRequestMap]: MessageCodec<ApiRequestMap[K]> } = {')
  for (const api of apis) {
    const n = api.request.name
    lines.push(`  ${api.apiKey}: { decode: decode${n}, sizeOf: sizeOf${n}, write: write${n}, empty: default${n} },`)
  }
  lines.push('}', '', 'export const RESPONSE_CODECS: { readonly [K in keyof ApiResponseMap]: MessageCodec<ApiResponseMap[K]> } = {')
  for (const api of apis) {
    const n = api.response.name
    lines.push(`  ${api.apiKey}: { decode: decode${n}, sizeOf: sizeOf${n}, write: write${n}, empty: default${n} },`)
  }
  lines.push(
    '}',
    '',
    '/** The codec of an API key, typed loosely, for code that handles any API (the network layer). */',
    'export function requestCodec (apiKey: number): MessageCodec<unknown> | undefined {',
    '  return (REQUEST_CODECS as unknown as Record<number, MessageCodec<unknown> | undefined>)[apiKey]',
    '}',
    '',
    'export function responseCodec (apiKey: number): MessageCodec<unknown> | undefined {',
    '  return (RESPONSE_CODECS as unknown as Record<number, MessageCodec<unknown> | undefined>)[apiKey]',
    '}',
    ''
  )
  return lines.join('\n')
}

// ---------- random builders for the round-trip tests (emitted under test/) ----------

function randomScalar (name: string): string {
  switch (name) {
    case 'bool': return 'g.bool()'
    case 'int8': return 'g.int8()'
    case 'int16': return 'g.int16()'
    case 'uint16': return 'g.uint16()'
    case 'int32': return 'g.int32()'
    case 'uint32': return 'g.uint32()'
    case 'int64': return 'g.int64()'
    case 'float64': return 'g.float64()'
    case 'string': return 'g.string()'
    case 'uuid': return 'g.uuid()'
    default: return 'g.bytes()'
  }
}

function randomValue (f: FieldSpec, valid: VersionRange, presence: VersionRange | null): string {
  let value: string
  const type = f.type
  if (type.kind === 'primitive') value = randomScalar(type.name)
  else if (type.kind === 'struct') value = `random${type.struct.typeName}(g, version)`
  else {
    const el = type.element
    const item = el.kind === 'struct' ? `random${el.struct.typeName}(g, version)` : el.kind === 'primitive' ? randomScalar(el.name) : 'null'
    value = `g.array(() => ${item})`
  }
  const nullable = versionCond(f.nullableVersions, valid)
  if (nullable !== 'false') value = `${nullable === 'true' ? '' : `(${nullable}) && `}g.isNull() ? null : ${value}`
  const present = versionCond(presence, valid)
  if (present === 'true') return value
  if (present === 'false') return defaultExpr(f)
  return `(${present}) ? ${value} : ${defaultExpr(f)}`
}

function emitRandomStruct (s: StructSpec, valid: VersionRange): string[] {
  const fields = s.fields.map((f) => `    ${f.property}: ${randomValue(f, valid, f.taggedVersions ?? f.versions)}`)
  return [
    `export function random${s.typeName} (${fields.length === 0 ? '_g' : 'g'}: RandomValues, version: number): ${s.typeName} {`,
    '  void version',
    '  return {',
    fields.join(',\n'),
    '  }',
    '}'
  ]
}

export function emitRandomBuilders (specs: readonly MessageSpec[], apis: readonly ApiPair[], modulePathOf: (spec: MessageSpec) => string): string {
  const body: string[] = []
  for (const spec of specs) {
    for (const s of spec.structs) body.push(...emitRandomStruct(s, spec.validVersions), '')
  }
  body.push('export interface RandomCase {', '  readonly name: string', '  readonly apiKey: number', "  readonly kind: 'request' | 'response'", '  readonly minVersion: number', '  readonly maxVersion: number', '  random (g: RandomValues, version: number): unknown', '}', '')
  body.push('export const RANDOM_CASES: readonly RandomCase[] = [')
  for (const api of apis) {
    for (const spec of [api.request, api.response]) {
      body.push(`  { name: '${spec.name}', apiKey: ${api.apiKey}, kind: '${spec.type}', minVersion: ${spec.validVersions.min}, maxVersion: ${spec.validVersions.max}, random: random${spec.name} },`)
    }
  }
  body.push(']', '')
  body.push('export const RANDOM_METADATA_RECORD_CASES: ReadonlyArray<{ readonly name: string, readonly recordType: number, readonly minVersion: number, readonly maxVersion: number, random (g: RandomValues, version: number): unknown }> = [')
  for (const spec of specs.filter((x) => x.type === 'metadata')) {
    body.push(`  { name: '${spec.name}', recordType: ${spec.apiKey}, minVersion: ${spec.validVersions.min}, maxVersion: ${spec.validVersions.max}, random: random${spec.name} },`)
  }
  body.push(']', '')
  const text = body.join('\n')
  // Import exactly what the builders use from each generated module.
  const lines = [GENERATED_HEADER + '// Seeded random messages of every API and version, for the round-trip tests.']
  lines.push("import type { RandomValues } from '../random-values.ts'")
  const byModule = new Map<string, string[]>()
  for (const spec of specs) {
    const names = byModule.get(modulePathOf(spec)) ?? []
    for (const s of spec.structs) {
      names.push(`type ${s.typeName}`)
      if (new RegExp(`\\bdefault${s.typeName}\\(`).test(text)) names.push(`default${s.typeName}`)
    }
    byModule.set(modulePathOf(spec), names)
  }
  for (const [path, names] of byModule) lines.push(`import { ${[...new Set(names)].join(', ')} } from '${path}'`)
  if (text.includes('ZERO_UUID')) lines.push("import { ZERO_UUID } from '../../../src/protocol/primitives/uuid.ts'")
  if (text.includes('EMPTY_BYTES')) lines.push('', 'const EMPTY_BYTES: Buffer = Buffer.alloc(0)')
  lines.push('', text)
  return lines.join('\n')
}

/** The @metadata record codecs by record type (the spec's apiKey), with each type's latest version. */
export function emitMetadataRecordIndex (records: readonly MessageSpec[]): string {
  const lines = [GENERATED_HEADER, '// Record codecs of the @metadata log, modelled on KRaft\'s __cluster_metadata records.']
  lines.push("import type { Reader } from '../../primitives/reader.ts'", "import type { Writer } from '../../primitives/writer.ts'")
  for (const r of records) {
    lines.push(`import { type ${r.name}, decode${r.name}, sizeOf${r.name}, write${r.name}, default${r.name} } from './${kebab(r.name)}.ts'`)
  }
  for (const r of records) lines.push(`export * from './${kebab(r.name)}.ts'`)
  lines.push('', 'export const MetadataRecordType = {')
  for (const r of records) lines.push(`  ${r.name.replace(/Record$/, '')}: ${r.apiKey},`)
  lines.push('} as const', 'export type MetadataRecordType = typeof MetadataRecordType[keyof typeof MetadataRecordType]', '')
  lines.push('export interface MetadataRecordMap {')
  for (const r of records) lines.push(`  ${r.apiKey}: ${r.name}`)
  lines.push('}', '')
  lines.push('export interface MetadataRecordCodec<T> {', '  readonly latestVersion: number', '  decode (r: Reader, version: number): T', '  sizeOf (msg: T, version: number): number', '  write (w: Writer, msg: T, version: number): void', '  empty (): T', '}', '')
  lines.push('export const METADATA_RECORD_CODECS: { readonly [K in keyof MetadataRecordMap]: MetadataRecordCodec<MetadataRecordMap[K]> } = {')
  for (const r of records) lines.push(`  ${r.apiKey}: { latestVersion: ${r.validVersions.max}, decode: decode${r.name}, sizeOf: sizeOf${r.name}, write: write${r.name}, empty: default${r.name} },`)
  lines.push('}', '')
  return lines.join('\n')
}
