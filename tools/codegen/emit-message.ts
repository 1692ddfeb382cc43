// Emits one TypeScript module per message spec: an interface per struct covering every version,
// and straight-line decode / sizeOf / write / default functions with `if (version >= N)` blocks.
import type { FieldSpec, FieldType, MessageSpec, StructSpec, VersionRange } from './spec-model.ts'

export const GENERATED_HEADER = '// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT\n'

const FIXED_SIZE: Record<string, number> = { bool: 1, int8: 1, int16: 2, uint16: 2, int32: 4, uint32: 4, int64: 8, float64: 8, uuid: 16 }
const READ_FIXED: Record<string, string> = { bool: 'readBoolean', int8: 'readInt8', int16: 'readInt16', uint16: 'readUInt16', int32: 'readInt32', uint32: 'readUInt32', int64: 'readInt64', float64: 'readFloat64', uuid: 'readUuid' }
const WRITE_FIXED: Record<string, string> = { bool: 'writeBoolean', int8: 'writeInt8', int16: 'writeInt16', uint16: 'writeUInt16', int32: 'writeInt32', uint32: 'writeUInt32', int64: 'writeInt64', float64: 'writeFloat64', uuid: 'writeUuid' }

/** A JS condition for "version is in range", simplified against the message's valid versions. */
export function versionCond (range: VersionRange | null, valid: VersionRange): string {
  if (range === null) return 'false'
  if (range.min > valid.max || range.max < valid.min) return 'false'
  const parts: string[] = []
  if (range.min > valid.min) parts.push(`version >= ${range.min}`)
  if (range.max < valid.max) parts.push(`version <= ${range.max}`)
  return parts.length === 0 ? 'true' : parts.join(' && ')
}

function isNullableAnywhere (f: FieldSpec, valid: VersionRange): boolean {
  return versionCond(f.nullableVersions, valid) !== 'false'
}

export function tsType (type: FieldType): string {
  switch (type.kind) {
    case 'primitive':
      switch (type.name) {
        case 'bool': return 'boolean'
        case 'int64': return 'bigint'
        case 'string': case 'uuid': return 'string'
        case 'bytes': case 'records': return 'Buffer'
        default: return 'number'
      }
    case 'array': return `${tsType(type.element)}[]`
    case 'struct': return type.struct.typeName
  }
}

function fieldTsType (f: FieldSpec, valid: VersionRange): string {
  const base = tsType(f.type)
  return isNullableAnywhere(f, valid) ? `${base} | null` : base
}

function parseIntDefault (text: string): number {
  const t = text.trim()
  return t.toLowerCase().startsWith('0x') ? parseInt(t, 16) : Number(t)
}

/** The default value of a field as a TypeScript expression (a fresh value for arrays and structs). */
export function defaultExpr (f: FieldSpec): string {
  const d = f.defaultText
  const type = f.type
  if (type.kind === 'array') return d === 'null' ? 'null' : '[]'
  if (type.kind === 'struct') return d === 'null' ? 'null' : `default${type.struct.typeName}()`
  switch (type.name) {
    case 'bool': return d !== null && d.toLowerCase() === 'true' ? 'true' : 'false'
    case 'int64': return `${d === null || d === '' ? 0n : BigInt(parseIntDefault(d))}n`
    case 'float64': return d === null || d === '' ? '0' : String(Number(d))
    case 'string': return d === 'null' ? 'null' : JSON.stringify(d ?? '')
    case 'uuid': return 'ZERO_UUID'
    case 'bytes': case 'records': return d === 'null' || f.nullableVersions !== null ? 'null' : 'EMPTY_BYTES'
    default: return d === null || d === '' ? '0' : String(parseIntDefault(d))
  }
}

/** A JS expression that is true when `v` holds the field's default (used for tagged fields and version checks). */
function isDefaultExpr (f: FieldSpec, v: string): string {
  const d = defaultExpr(f)
  if (f.type.kind === 'array') return d === 'null' ? `${v} === null` : `(${v} !== null && ${v}.length === 0)`
  if (f.type.kind === 'struct') return d === 'null' ? `${v} === null` : `isDefault${f.type.struct.typeName}(${v})`
  if (f.type.name === 'bytes' || f.type.name === 'records') return d === 'null' ? `${v} === null` : `(${v} !== null && ${v}.length === 0)`
  if (f.type.name === 'float64') return `Object.is(${v}, ${d})`
  return `${v} === ${d}`
}

interface Ctx {
  readonly valid: VersionRange
  readonly flexible: VersionRange | null
  /**
   * Whether writing a non-default value into a field the version lacks is an error. True for what a
   * client sends (as Kafka's generated writers, for non-ignorable fields); false for responses, which
   * a broker builds once and answers to clients of every version: a field the client's version does
   * not have is simply not sent.
   */
  readonly strictVersions: boolean
}

/** Whether a field uses compact encoding: the message's flexibility, unless the field overrides it. */
function compactCond (f: FieldSpec, ctx: Ctx, tagged: boolean): string {
  if (tagged) return 'true'
  if (f.flexibleVersions === undefined) return 'flexible'
  return versionCond(f.flexibleVersions, ctx.valid)
}

function choose (cond: string, a: string, b: string): string {
  if (cond === 'true') return a
  if (cond === 'false') return b
  return `(${cond} ? ${a} : ${b})`
}

// ---------- decode ----------

function readScalar (name: string, nullable: string, compact: string): string {
  if (FIXED_SIZE[name] !== undefined) return `r.${READ_FIXED[name]}()`
  const kind = name === 'string' ? 'String' : 'Bytes'
  const plain = choose(compact, `r.readCompact${kind}()`, `r.read${kind}()`)
  const nullableRead = choose(compact, `r.readCompactNullable${kind}()`, `r.readNullable${kind}()`)
  return choose(nullable, nullableRead, plain)
}

/** The versions in which a field is present, within the message's valid versions. */
function presentRange (f: FieldSpec, ctx: Ctx): VersionRange {
  const r = f.taggedVersions ?? f.versions
  if (r === null) return ctx.valid
  return { min: Math.max(r.min, ctx.valid.min), max: Math.min(r.max, ctx.valid.max) }
}

function nullableCond (f: FieldSpec, ctx: Ctx): string {
  return versionCond(f.nullableVersions, presentRange(f, ctx))
}

function readStatements (f: FieldSpec, target: string, ctx: Ctx, tagged: boolean, indent: string): string[] {
  const nullable = nullableCond(f, ctx)
  const compact = compactCond(f, ctx, tagged)
  const type = f.type
  if (type.kind === 'primitive') return [`${indent}${target} = ${readScalar(type.name, nullable, compact)}`]
  if (type.kind === 'struct') {
    const read = `read${type.struct.typeName}(r, version, flexible)`
    if (nullable === 'false') return [`${indent}${target} = ${read}`]
    return [`${indent}${target} = ${nullable === 'true' ? '' : `!(${nullable}) || `}r.readInt8() >= 0 ? ${read} : null`]
  }
  const element = type.element
  const elementRead = element.kind === 'struct'
    ? `read${element.struct.typeName}(r, version, flexible)`
    : element.kind === 'primitive' ? readScalar(element.name, 'false', compact) : 'unsupported'
  if (element.kind === 'array') throw new Error(`${f.name}: nested arrays are not in Kafka's specs`)
  const lines = [
    `${indent}{`,
    `${indent}  const n = r.readArrayLength(${compact})`
  ]
  const itemsBlock = [
    `${indent}    const items: ${tsType(element)}[] = []`,
    `${indent}    for (let i = 0; i < n; i++) items.push(${elementRead})`,
    `${indent}    ${target} = items`
  ]
  if (nullable === 'false') {
    lines.push(`${indent}  if (n < 0) throw new DecodeError('${f.name} is null but not nullable in this version')`)
    lines.push(...itemsBlock.map((l) => l.slice(2)))
  } else {
    if (nullable !== 'true') lines.push(`${indent}  if (n < 0 && !(${nullable})) throw new DecodeError('${f.name} is null but not nullable in this version')`)
    lines.push(`${indent}  if (n < 0) ${target} = null`, `${indent}  else {`, ...itemsBlock, `${indent}  }`)
  }
  lines.push(`${indent}}`)
  return lines
}

function emitRead (s: StructSpec, ctx: Ctx): string[] {
  const out: string[] = []
  out.push(`function read${s.typeName} (r: Reader, version: number, flexible: boolean): ${s.typeName} {`)
  const usesFlexible = ctx.flexible !== null
  // One object literal with every field at its default keeps the shape fixed across versions.
  const defaults = s.fields.map((f) => `${f.property}: ${defaultExpr(f)}`).join(', ')
  out.push(defaults === '' ? `  const m: ${s.typeName} = {}` : `  const m: ${s.typeName} = { ${defaults} }`)
  for (const f of s.fields) {
    if (f.taggedVersions !== null) continue
    const cond = versionCond(f.versions, ctx.valid)
    if (cond === 'false') continue
    if (cond === 'true') out.push(...readStatements(f, `m.${f.property}`, ctx, false, '  '))
    else {
      out.push(`  if (${cond}) {`)
      out.push(...readStatements(f, `m.${f.property}`, ctx, false, '    '))
      out.push('  }')
    }
  }
  const tagged = s.fields.filter((f) => f.taggedVersions !== null).sort((a, b) => (a.tag ?? 0) - (b.tag ?? 0))
  if (usesFlexible) {
    if (tagged.length === 0) out.push('  if (flexible) r.skipTaggedFields()')
    else {
      out.push(
        '  if (flexible) {',
        '    const count = r.readUnsignedVarInt()',
        '    for (let t = 0; t < count; t++) {',
        '      const tag = r.readUnsignedVarInt()',
        '      const size = r.readUnsignedVarInt()',
        "      if (size > r.remaining()) throw new DecodeError(`tagged field ${tag} of ${size} bytes exceeds the frame`)",
        '      const end = r.offset + size',
        '      switch (tag) {'
      )
      for (const f of tagged) {
        const cond = versionCond(f.taggedVersions, ctx.valid)
        out.push(`        case ${f.tag}:`)
        if (cond === 'true') out.push(...readStatements(f, `m.${f.property}`, ctx, true, '          '))
        else {
          out.push(`          if (${cond}) {`)
          out.push(...readStatements(f, `m.${f.property}`, ctx, true, '            '))
          out.push('          } else r.skip(size)')
        }
        out.push('          break')
      }
      out.push(
        '        default:',
        '          r.skip(size)',
        '      }',
        "      if (r.offset !== end) throw new DecodeError(`tagged field ${tag} is ${r.offset - end + size} bytes, not ${size}`)",
        '    }',
        '  }'
      )
    }
  }
  out.push('  return m', '}')
  return markUnusedParams(out)
}

// ---------- size ----------

function sizeScalar (name: string, v: string, nullable: string, compact: string): string {
  const fixed = FIXED_SIZE[name]
  if (fixed !== undefined) return String(fixed)
  const kind = name === 'string' ? 'String' : 'Bytes'

  if (nullable === 'false') return `sizeOf${kind}(${v}, ${compact})`
  return `sizeOfNullable${kind}(${v}, ${compact})`
}

function sizeStatements (f: FieldSpec, v: string, acc: string, ctx: Ctx, tagged: boolean, indent: string): string[] {
  const nullable = nullableCond(f, ctx)
  const compact = compactCond(f, ctx, tagged)

  const type = f.type
  if (type.kind === 'primitive') return [`${indent}${acc} += ${sizeScalar(type.name, v, nullable, compact)}`]
  if (type.kind === 'struct') {
    const size = `size${type.struct.typeName}(${v}, version, flexible)`
    if (nullable === 'false') return [`${indent}${acc} += ${size}`]
    const marker = nullable === 'true' ? '1' : `(${nullable} ? 1 : 0)`
    return [`${indent}${acc} += ${marker} + (${v} === null ? 0 : ${size})`]
  }
  const element = type.element
  if (element.kind === 'array') throw new Error('nested arrays are not supported')
  const lines = nullable === 'false'
    ? [`${indent}{`, `${indent}  ${acc} += sizeOfArrayLength(${v}.length, ${compact})`]
    : [`${indent}if (${v} === null) ${acc} += sizeOfArrayLength(-1, ${compact})`, `${indent}else {`, `${indent}  ${acc} += sizeOfArrayLength(${v}.length, ${compact})`]
  if (element.kind === 'primitive' && FIXED_SIZE[element.name] !== undefined) {
    lines.push(`${indent}  ${acc} += ${v}.length * ${FIXED_SIZE[element.name]}`)
  } else {
    const item = element.kind === 'struct' ? `size${element.struct.typeName}(item, version, flexible)` : sizeScalar(element.name, 'item', 'false', compact)
    lines.push(`${indent}  for (const item of ${v}) ${acc} += ${item}`)
  }
  lines.push(`${indent}}`)
  return lines
}

function taggedCond (f: FieldSpec, ctx: Ctx, v: string): string {
  const cond = versionCond(f.taggedVersions, ctx.valid)
  const notDefault = `!(${isDefaultExpr(f, v)})`
  return cond === 'true' ? notDefault : `${cond} && ${notDefault}`
}

function nonDefaultCheck (s: StructSpec, f: FieldSpec, cond: string, v: string): string[] {
  // Kafka's generated writers refuse to drop a non-default value of a field the version lacks,
  // unless the field is marked ignorable.
  if (f.ignorable) return []
  return [`  if (!(${cond}) && !(${isDefaultExpr(f, v)})) throw new Error('${s.typeName}.${f.property} is not supported in version ' + version)`]
}

function emitSize (s: StructSpec, ctx: Ctx): string[] {
  const out: string[] = []
  out.push(`function size${s.typeName} (m: ${s.typeName}, version: number, flexible: boolean): number {`)
  out.push('  let size = 0')
  for (const f of s.fields) {
    if (f.taggedVersions !== null) continue
    const cond = versionCond(f.versions, ctx.valid)
    const v = `m.${f.property}`
    if (cond === 'true') out.push(...sizeStatements(f, v, 'size', ctx, false, '  '))
    else {
      if (ctx.strictVersions) out.push(...nonDefaultCheck(s, f, cond, v))
      if (cond === 'false') continue
      out.push(`  if (${cond}) {`)
      out.push(...sizeStatements(f, v, 'size', ctx, false, '    '))
      out.push('  }')
    }
  }
  const tagged = s.fields.filter((f) => f.taggedVersions !== null).sort((a, b) => (a.tag ?? 0) - (b.tag ?? 0))
  if (ctx.flexible !== null) {
    if (tagged.length === 0) out.push('  if (flexible) size += 1')
    else {
      out.push('  if (flexible) {', '    let count = 0')
      for (const f of tagged) {
        const v = `m.${f.property}`
        out.push(`    if (${taggedCond(f, ctx, v)}) {`, '      count++', '      let fieldSize = 0')
        out.push(...sizeStatements(f, v, 'fieldSize', ctx, true, '      '))
        out.push(`      size += sizeOfUnsignedVarInt(${f.tag}) + sizeOfUnsignedVarInt(fieldSize) + fieldSize`, '    }')
      }
      out.push('    size += sizeOfUnsignedVarInt(count)', '  }')
    }
  }
  out.push('  return size', '}')
  return markUnusedParams(out)
}

// ---------- write ----------

function writeScalar (name: string, v: string, nullable: string, compact: string): string {
  const fixed = WRITE_FIXED[name]
  if (fixed !== undefined) return `w.${fixed}(${v})`
  const kind = name === 'string' ? 'String' : 'Bytes'
  const n = nullable === 'false' ? '' : 'Nullable'
  if (compact === 'true') return `w.writeCompact${n}${kind}(${v})`
  if (compact === 'false') return `w.write${n}${kind}(${v})`
  return `if (${compact}) w.writeCompact${n}${kind}(${v}); else w.write${n}${kind}(${v})`
}

function writeStatements (f: FieldSpec, v: string, ctx: Ctx, tagged: boolean, indent: string): string[] {
  const nullable = nullableCond(f, ctx)
  const compact = compactCond(f, ctx, tagged)

  const type = f.type
  if (type.kind === 'primitive') {
    if (nullable !== 'false' && nullable !== 'true') {
      // nullable in some versions only: a null where it is not allowed is a caller bug
      return [
        `${indent}if (${v} === null && !(${nullable})) throw new Error('${f.property} is not nullable in version ' + version)`,
        `${indent}${writeScalar(type.name, v, 'true', compact)}`
      ]
    }
    return [`${indent}${writeScalar(type.name, v, nullable, compact)}`]
  }
  if (type.kind === 'struct') {
    const write = `put${type.struct.typeName}(w, ${v}, version, flexible)`
    if (nullable === 'false') return [`${indent}${write}`]
    const lines = [`${indent}if (${v} === null) {`]
    if (nullable !== 'true') lines.push(`${indent}  if (!(${nullable})) throw new Error('${f.property} is not nullable in version ' + version)`)
    lines.push(`${indent}  w.writeInt8(-1)`, `${indent}} else {`)
    if (nullable !== 'true') lines.push(`${indent}  if (${nullable}) w.writeInt8(1)`)
    else lines.push(`${indent}  w.writeInt8(1)`)
    lines.push(`${indent}  ${write}`, `${indent}}`)
    return lines
  }
  const element = type.element
  if (element.kind === 'array') throw new Error('nested arrays are not supported')
  const item = element.kind === 'struct' ? `put${element.struct.typeName}(w, item, version, flexible)` : writeScalar(element.name, 'item', 'false', compact)
  if (nullable === 'false') {
    return [
      `${indent}w.writeArrayLength(${v}.length, ${compact})`,
      `${indent}for (const item of ${v}) { ${item} }`
    ]
  }
  const lines = [`${indent}if (${v} === null) {`]
  if (nullable !== 'true') lines.push(`${indent}  if (!(${nullable})) throw new Error('${f.property} is not nullable in version ' + version)`)
  lines.push(
    `${indent}  w.writeArrayLength(-1, ${compact})`,
    `${indent}} else {`,
    `${indent}  w.writeArrayLength(${v}.length, ${compact})`,
    `${indent}  for (const item of ${v}) { ${item} }`,
    `${indent}}`
  )
  return lines
}

function emitWrite (s: StructSpec, ctx: Ctx): string[] {
  const out: string[] = []
  out.push(`function put${s.typeName} (w: Writer, m: ${s.typeName}, version: number, flexible: boolean): void {`)
  for (const f of s.fields) {
    if (f.taggedVersions !== null) continue
    const cond = versionCond(f.versions, ctx.valid)
    const v = `m.${f.property}`
    if (cond === 'true') out.push(...writeStatements(f, v, ctx, false, '  '))
    else if (cond !== 'false') {
      out.push(`  if (${cond}) {`)
      out.push(...writeStatements(f, v, ctx, false, '    '))
      out.push('  }')
    }
  }
  const tagged = s.fields.filter((f) => f.taggedVersions !== null).sort((a, b) => (a.tag ?? 0) - (b.tag ?? 0))
  if (ctx.flexible !== null) {
    if (tagged.length === 0) out.push('  if (flexible) w.writeUnsignedVarInt(0)')
    else {
      out.push('  if (flexible) {', '    let count = 0')
      for (const f of tagged) out.push(`    if (${taggedCond(f, ctx, `m.${f.property}`)}) count++`)
      out.push('    w.writeUnsignedVarInt(count)')
      for (const f of tagged) {
        const v = `m.${f.property}`
        out.push(`    if (${taggedCond(f, ctx, v)}) {`, '      let fieldSize = 0')
        out.push(...sizeStatements(f, v, 'fieldSize', ctx, true, '      '))
        out.push(`      w.writeUnsignedVarInt(${f.tag})`, '      w.writeUnsignedVarInt(fieldSize)')
        out.push(...writeStatements(f, v, ctx, true, '      '))
        out.push('    }')
      }
      out.push('  }')
    }
  }
  out.push('}')
  return markUnusedParams(out)
}

/** Prefixes with `_` the parameters a generated function does not use (strict noUnusedParameters). */
function markUnusedParams (lines: string[]): string[] {
  // Ignore string literals and property accesses (`m.version`) when looking for uses.
  const body = lines.slice(1).join('\n').replace(/'[^']*'|"[^"]*"|`[^`]*`/g, "''")
  let signature = lines[0]!
  for (const param of ['r', 'w', 'm', 'version', 'flexible']) {
    if (!new RegExp(`(?<![.\\w])${param}\\b(?!\\s*:)`).test(body)) signature = signature.replace(new RegExp(`([(,] ?)${param}:`), `$1_${param}:`)
  }
  return [signature, ...lines.slice(1)]
}

// ---------- types and defaults ----------

function emitInterface (s: StructSpec, ctx: Ctx): string[] {
  const out = [`export interface ${s.typeName} {`]
  for (const f of s.fields) {
    const versions = f.versions === null ? 'none' : `${f.versions.min}${f.versions.max === Infinity ? '+' : `-${f.versions.max}`}`
    const extra = f.taggedVersions !== null ? `, tag ${f.tag}` : ''
    out.push(`  /** ${f.name}: versions ${versions}${extra} */`)
    out.push(`  ${f.property}: ${fieldTsType(f, ctx.valid)}`)
  }
  out.push('}')
  return out
}

function emitDefault (s: StructSpec): string[] {
  const fields = s.fields.map((f) => `${f.property}: ${defaultExpr(f)}`).join(', ')
  return [
    `export function default${s.typeName} (): ${s.typeName} {`,
    fields === '' ? '  return {}' : `  return { ${fields} }`,
    '}'
  ]
}

/** The body of one message's code (types and functions), without imports. */
export function emitMessage (spec: MessageSpec): string {
  const ctx: Ctx = { valid: spec.validVersions, flexible: spec.flexibleVersions, strictVersions: spec.type !== 'response' }
  const name = spec.root.typeName
  const flexCond = spec.flexibleVersions === null ? 'false' : versionCond(spec.flexibleVersions, spec.validVersions)
  const body: string[] = []
  for (const s of spec.structs) body.push(...emitInterface(s, ctx), '')
  for (const s of spec.structs) {
    body.push(...emitDefault(s), '', ...emitRead(s, ctx), '', ...emitSize(s, ctx), '', ...emitWrite(s, ctx), '')
  }
  // Allocation-free "is this struct at its default?" checks, for the structs tagged fields use.
  const emitted = new Set<string>()
  let added = true
  while (added) {
    added = false
    for (const s of spec.structs) {
      if (emitted.has(s.typeName) || !body.join('\n').includes(`isDefault${s.typeName}(`)) continue
      emitted.add(s.typeName)
      added = true
      const checks = s.fields.map((f) => isDefaultExpr(f, `m.${f.property}`))
      body.push(`function isDefault${s.typeName} (m: ${s.typeName}): boolean {`, `  return ${checks.length === 0 ? 'true' : checks.join(' &&\n    ')}`, '}', '')
    }
  }
  const vv = spec.validVersions
  body.push(
    `/** ${name}: valid versions ${vv.min}-${vv.max}${spec.flexibleVersions === null ? ', never flexible' : `, flexible ${spec.flexibleVersions.min}+`}. */`,
    `export const ${name}Versions = { min: ${vv.min}, max: ${vv.max}, flexibleMin: ${spec.flexibleVersions === null ? -1 : spec.flexibleVersions.min} } as const`,
    '',
    `export function decode${name} (r: Reader, version: number): ${name} {`,
    `  return read${name}(r, version, ${flexCond})`,
    '}',
    '',
    `export function sizeOf${name} (m: ${name}, version: number): number {`,
    `  return size${name}(m, version, ${flexCond})`,
    '}',
    '',
    `export function write${name} (w: Writer, m: ${name}, version: number): void {`,
    `  put${name}(w, m, version, ${flexCond})`,
    '}',
    ''
  )
  return body.join('\n')
}

/** A whole module from message bodies, with exactly the imports the bodies use. */
export function assembleModule (sources: readonly string[], bodies: readonly string[], primitivesPath: string): string {
  const text = bodies.join('\n')
  const imports: string[] = []
  imports.push(text.includes('DecodeError')
    ? `import { type Reader, DecodeError } from '${primitivesPath}/reader.ts'`
    : `import type { Reader } from '${primitivesPath}/reader.ts'`)
  const sizeHelpers = ['sizeOfUnsignedVarInt', 'sizeOfString', 'sizeOfNullableString', 'sizeOfBytes', 'sizeOfNullableBytes', 'sizeOfArrayLength']
    .filter((n) => new RegExp(`\\b${n}\\(`).test(text))
  imports.push(sizeHelpers.length === 0
    ? `import type { Writer } from '${primitivesPath}/writer.ts'`
    : `import { type Writer, ${sizeHelpers.join(', ')} } from '${primitivesPath}/writer.ts'`)
  if (text.includes('ZERO_UUID')) imports.push(`import { ZERO_UUID } from '${primitivesPath}/uuid.ts'`)
  if (text.includes('deepEqualValues')) imports.push(`import { deepEqualValues } from '${primitivesPath}/equality.ts'`)
  const prelude = text.includes('EMPTY_BYTES') ? ['', 'const EMPTY_BYTES: Buffer = Buffer.alloc(0)'] : []
  return [GENERATED_HEADER + `// Sources: ${sources.join(', ')}`, ...imports, ...prelude, '', text].join('\n')
}
