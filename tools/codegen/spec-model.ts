// Parses Kafka's JSON message specs (../shared/kafka-spec/messages/*.json) into a typed model that
// the emitters walk. Nothing here knows about TypeScript output.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/** An inclusive version range; `max` is Infinity for "N+". An empty range is represented as null. */
export interface VersionRange {
  readonly min: number
  readonly max: number
}

export type PrimitiveName = 'bool' | 'int8' | 'int16' | 'uint16' | 'int32' | 'uint32' | 'int64' | 'float64' | 'string' | 'bytes' | 'records' | 'uuid'

export type FieldType =
  | { readonly kind: 'primitive', readonly name: PrimitiveName }
  | { readonly kind: 'array', readonly element: FieldType }
  | { readonly kind: 'struct', readonly struct: StructSpec }

export interface FieldSpec {
  readonly name: string
  readonly property: string
  readonly type: FieldType
  readonly versions: VersionRange | null
  readonly nullableVersions: VersionRange | null
  readonly taggedVersions: VersionRange | null
  readonly tag: number | null
  readonly ignorable: boolean
  /** The spec's default text, or null when the spec gives none (the type's zero value). */
  readonly defaultText: string | null
  /** A field-level override of the message's flexible versions (only strings use it). */
  readonly flexibleVersions: VersionRange | null | undefined
}

export interface StructSpec {
  /** The TypeScript interface name, unique across all generated files. */
  readonly typeName: string
  readonly specName: string
  readonly fields: FieldSpec[]
}

export interface MessageSpec {
  readonly name: string
  readonly type: 'request' | 'response' | 'header' | 'data' | 'metadata'
  readonly apiKey: number | null
  readonly listeners: readonly string[]
  readonly validVersions: VersionRange
  readonly flexibleVersions: VersionRange | null
  readonly root: StructSpec
  /** Every struct of the message in a stable order (root last), for emission. */
  readonly structs: StructSpec[]
  readonly sourceFile: string
}

export function parseVersions (text: string): VersionRange | null {
  const t = text.trim()
  if (t === 'none') return null
  const plus = /^(\d+)\+$/.exec(t)
  if (plus !== null) return { min: Number(plus[1]), max: Infinity }
  const range = /^(\d+)-(\d+)$/.exec(t)
  if (range !== null) return { min: Number(range[1]), max: Number(range[2]) }
  if (/^\d+$/.test(t)) return { min: Number(t), max: Number(t) }
  throw new Error(`cannot parse versions "${text}"`)
}

export function camel (name: string): string {
  // "TopicData" -> "topicData", "ISR" stays recognisable as "iSR"? Kafka's own JSON uses CamelCase
  // consistently; lower-casing the first letter matches Kafka's Java field names.
  return name.charAt(0).toLowerCase() + name.slice(1)
}

const PRIMITIVES = new Set<string>(['bool', 'int8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'float64', 'string', 'bytes', 'records', 'uuid'])

interface RawField {
  name: string
  type: string
  versions: string
  nullableVersions?: string
  taggedVersions?: string
  tag?: number
  ignorable?: boolean
  default?: string | number | boolean
  flexibleVersions?: string
  fields?: RawField[]
}

interface RawSpec {
  apiKey?: number
  type: MessageSpec['type']
  listeners?: string[]
  name: string
  validVersions: string
  flexibleVersions: string
  fields: RawField[]
  commonStructs?: Array<{ name: string, versions: string, fields: RawField[] }>
}

/** Kafka's spec files carry `//` comments, which JSON.parse rejects. Strings never contain "//" here except URLs, which sit in "about" texts; strip comments only outside strings. */
export function stripComments (text: string): string {
  let out = ''
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (inString) {
      out += c
      if (c === '\\') { out += text[i + 1] ?? ''; i++ } else if (c === '"') inString = false
      continue
    }
    if (c === '"') { inString = true; out += c; continue }
    if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++
      out += '\n'
      continue
    }
    out += c
  }
  return out
}

export function parseSpecFile (path: string, fileName: string): MessageSpec {
  const raw = JSON.parse(stripComments(readFileSync(path, 'utf8'))) as RawSpec
  const validVersions = parseVersions(raw.validVersions)
  if (validVersions === null) throw new Error(`${fileName}: no valid versions`)
  const common = new Map<string, RawField[]>()
  for (const cs of raw.commonStructs ?? []) common.set(cs.name, cs.fields)
  const structs: StructSpec[] = []
  const byName = new Map<string, StructSpec>()

  const buildStruct = (specName: string, rawFields: RawField[]): StructSpec => {
    const existing = byName.get(specName)
    if (existing !== undefined) return existing
    // Prefix nested structs with the message name so names are unique across files, without
    // stuttering when the spec already did (MetadataResponseBroker, not MetadataResponseMetadataResponseBroker).
    const typeName = specName.startsWith(raw.name) ? specName : `${raw.name}${specName}`
    const struct: StructSpec = { typeName, specName, fields: [] }
    byName.set(specName, struct)
    for (const f of rawFields) struct.fields.push(buildField(f))
    structs.push(struct)
    return struct
  }

  const buildType = (f: RawField, typeText: string): FieldType => {
    if (typeText.startsWith('[]')) return { kind: 'array', element: buildType(f, typeText.slice(2)) }
    if (PRIMITIVES.has(typeText)) return { kind: 'primitive', name: typeText as PrimitiveName }
    const inline = f.fields
    const fields = inline ?? common.get(typeText)
    if (fields === undefined) throw new Error(`${fileName}: unknown struct type ${typeText}`)
    return { kind: 'struct', struct: buildStruct(typeText, fields) }
  }

  const buildField = (f: RawField): FieldSpec => ({
    name: f.name,
    property: camel(f.name),
    type: buildType(f, f.type),
    versions: parseVersions(f.versions),
    nullableVersions: f.nullableVersions === undefined ? null : parseVersions(f.nullableVersions),
    taggedVersions: f.taggedVersions === undefined ? null : parseVersions(f.taggedVersions),
    tag: f.tag ?? null,
    ignorable: f.ignorable === true,
    defaultText: f.default === undefined ? null : String(f.default),
    flexibleVersions: f.flexibleVersions === undefined ? undefined : parseVersions(f.flexibleVersions)
  })

  const root: StructSpec = { typeName: raw.name, specName: raw.name, fields: [] }
  byName.set(raw.name, root)
  for (const f of raw.fields) root.fields.push(buildField(f))
  structs.push(root)
  return {
    name: raw.name,
    type: raw.type,
    apiKey: raw.apiKey ?? null,
    listeners: raw.listeners ?? [],
    validVersions,
    flexibleVersions: parseVersions(raw.flexibleVersions),
    root,
    structs,
    sourceFile: fileName
  }
}

function loadDir (dir: string): MessageSpec[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parseSpecFile(join(dir, f), f))
}

/**
 * Every spec of messages/, KRaft's metadata-records/ (type "metadata") for our @metadata log, and
 * Rivulet's own records (`rivuletRecordsDir`, record types from 100 on, in the same format).
 */
export function loadSpecs (specDir: string, rivuletRecordsDir: string): MessageSpec[] {
  const records = loadDir(join(specDir, 'metadata-records')).filter((s) => s.type === 'metadata')
  return [...loadDir(join(specDir, 'messages')), ...records, ...loadDir(rivuletRecordsDir)]
}

export function kebab (name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase()
}
