// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: DescribeConfigsRequest.json, DescribeConfigsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface DescribeConfigsRequestDescribeConfigsResource {
  /** ResourceType: versions 0+ */
  resourceType: number
  /** ResourceName: versions 0+ */
  resourceName: string
  /** ConfigurationKeys: versions 0+ */
  configurationKeys: string[] | null
}

export interface DescribeConfigsRequest {
  /** Resources: versions 0+ */
  resources: DescribeConfigsRequestDescribeConfigsResource[]
  /** IncludeSynonyms: versions 1+ */
  includeSynonyms: boolean
  /** IncludeDocumentation: versions 3+ */
  includeDocumentation: boolean
}

export function defaultDescribeConfigsRequestDescribeConfigsResource (): DescribeConfigsRequestDescribeConfigsResource {
  return { resourceType: 0, resourceName: "", configurationKeys: [] }
}

function readDescribeConfigsRequestDescribeConfigsResource (r: Reader, _version: number, flexible: boolean): DescribeConfigsRequestDescribeConfigsResource {
  const m: DescribeConfigsRequestDescribeConfigsResource = { resourceType: 0, resourceName: "", configurationKeys: [] }
  m.resourceType = r.readInt8()
  m.resourceName = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) m.configurationKeys = null
    else {
      const items: string[] = []
      for (let i = 0; i < n; i++) items.push((flexible ? r.readCompactString() : r.readString()))
      m.configurationKeys = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeConfigsRequestDescribeConfigsResource (m: DescribeConfigsRequestDescribeConfigsResource, _version: number, flexible: boolean): number {
  let size = 0
  size += 1
  size += sizeOfString(m.resourceName, flexible)
  if (m.configurationKeys === null) size += sizeOfArrayLength(-1, flexible)
  else {
    size += sizeOfArrayLength(m.configurationKeys.length, flexible)
    for (const item of m.configurationKeys) size += sizeOfString(item, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeConfigsRequestDescribeConfigsResource (w: Writer, m: DescribeConfigsRequestDescribeConfigsResource, _version: number, flexible: boolean): void {
  w.writeInt8(m.resourceType)
  if (flexible) w.writeCompactString(m.resourceName); else w.writeString(m.resourceName)
  if (m.configurationKeys === null) {
    w.writeArrayLength(-1, flexible)
  } else {
    w.writeArrayLength(m.configurationKeys.length, flexible)
    for (const item of m.configurationKeys) { if (flexible) w.writeCompactString(item); else w.writeString(item) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeConfigsRequest (): DescribeConfigsRequest {
  return { resources: [], includeSynonyms: false, includeDocumentation: false }
}

function readDescribeConfigsRequest (r: Reader, version: number, flexible: boolean): DescribeConfigsRequest {
  const m: DescribeConfigsRequest = { resources: [], includeSynonyms: false, includeDocumentation: false }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Resources is null but not nullable in this version')
    const items: DescribeConfigsRequestDescribeConfigsResource[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeConfigsRequestDescribeConfigsResource(r, version, flexible))
    m.resources = items
  }
  if (version >= 1) {
    m.includeSynonyms = r.readBoolean()
  }
  if (version >= 3) {
    m.includeDocumentation = r.readBoolean()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeConfigsRequest (m: DescribeConfigsRequest, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.resources.length, flexible)
    for (const item of m.resources) size += sizeDescribeConfigsRequestDescribeConfigsResource(item, version, flexible)
  }
  if (!(version >= 1) && !(m.includeSynonyms === false)) throw new Error('DescribeConfigsRequest.includeSynonyms is not supported in version ' + version)
  if (version >= 1) {
    size += 1
  }
  if (!(version >= 3) && !(m.includeDocumentation === false)) throw new Error('DescribeConfigsRequest.includeDocumentation is not supported in version ' + version)
  if (version >= 3) {
    size += 1
  }
  if (flexible) size += 1
  return size
}

function putDescribeConfigsRequest (w: Writer, m: DescribeConfigsRequest, version: number, flexible: boolean): void {
  w.writeArrayLength(m.resources.length, flexible)
  for (const item of m.resources) { putDescribeConfigsRequestDescribeConfigsResource(w, item, version, flexible) }
  if (version >= 1) {
    w.writeBoolean(m.includeSynonyms)
  }
  if (version >= 3) {
    w.writeBoolean(m.includeDocumentation)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DescribeConfigsRequest: valid versions 0-4, flexible 4+. */
export const DescribeConfigsRequestVersions = { min: 0, max: 4, flexibleMin: 4 } as const

export function decodeDescribeConfigsRequest (r: Reader, version: number): DescribeConfigsRequest {
  return readDescribeConfigsRequest(r, version, version >= 4)
}

export function sizeOfDescribeConfigsRequest (m: DescribeConfigsRequest, version: number): number {
  return sizeDescribeConfigsRequest(m, version, version >= 4)
}

export function writeDescribeConfigsRequest (w: Writer, m: DescribeConfigsRequest, version: number): void {
  putDescribeConfigsRequest(w, m, version, version >= 4)
}

export interface DescribeConfigsResponseDescribeConfigsSynonym {
  /** Name: versions 1+ */
  name: string
  /** Value: versions 1+ */
  value: string | null
  /** Source: versions 1+ */
  source: number
}

export interface DescribeConfigsResponseDescribeConfigsResourceResult {
  /** Name: versions 0+ */
  name: string
  /** Value: versions 0+ */
  value: string | null
  /** ReadOnly: versions 0+ */
  readOnly: boolean
  /** IsDefault: versions 0-0 */
  isDefault: boolean
  /** ConfigSource: versions 1+ */
  configSource: number
  /** IsSensitive: versions 0+ */
  isSensitive: boolean
  /** Synonyms: versions 1+ */
  synonyms: DescribeConfigsResponseDescribeConfigsSynonym[]
  /** ConfigType: versions 3+ */
  configType: number
  /** Documentation: versions 3+ */
  documentation: string | null
}

export interface DescribeConfigsResponseDescribeConfigsResult {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
  /** ResourceType: versions 0+ */
  resourceType: number
  /** ResourceName: versions 0+ */
  resourceName: string
  /** Configs: versions 0+ */
  configs: DescribeConfigsResponseDescribeConfigsResourceResult[]
}

export interface DescribeConfigsResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** Results: versions 0+ */
  results: DescribeConfigsResponseDescribeConfigsResult[]
}

export function defaultDescribeConfigsResponseDescribeConfigsSynonym (): DescribeConfigsResponseDescribeConfigsSynonym {
  return { name: "", value: "", source: 0 }
}

function readDescribeConfigsResponseDescribeConfigsSynonym (r: Reader, version: number, flexible: boolean): DescribeConfigsResponseDescribeConfigsSynonym {
  const m: DescribeConfigsResponseDescribeConfigsSynonym = { name: "", value: "", source: 0 }
  if (version >= 1) {
    m.name = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 1) {
    m.value = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (version >= 1) {
    m.source = r.readInt8()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeConfigsResponseDescribeConfigsSynonym (m: DescribeConfigsResponseDescribeConfigsSynonym, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 1) {
    size += sizeOfString(m.name, flexible)
  }
  if (version >= 1) {
    size += sizeOfNullableString(m.value, flexible)
  }
  if (version >= 1) {
    size += 1
  }
  if (flexible) size += 1
  return size
}

function putDescribeConfigsResponseDescribeConfigsSynonym (w: Writer, m: DescribeConfigsResponseDescribeConfigsSynonym, version: number, flexible: boolean): void {
  if (version >= 1) {
    if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  }
  if (version >= 1) {
    if (flexible) w.writeCompactNullableString(m.value); else w.writeNullableString(m.value)
  }
  if (version >= 1) {
    w.writeInt8(m.source)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeConfigsResponseDescribeConfigsResourceResult (): DescribeConfigsResponseDescribeConfigsResourceResult {
  return { name: "", value: "", readOnly: false, isDefault: false, configSource: -1, isSensitive: false, synonyms: [], configType: 0, documentation: "" }
}

function readDescribeConfigsResponseDescribeConfigsResourceResult (r: Reader, version: number, flexible: boolean): DescribeConfigsResponseDescribeConfigsResourceResult {
  const m: DescribeConfigsResponseDescribeConfigsResourceResult = { name: "", value: "", readOnly: false, isDefault: false, configSource: -1, isSensitive: false, synonyms: [], configType: 0, documentation: "" }
  m.name = (flexible ? r.readCompactString() : r.readString())
  m.value = (flexible ? r.readCompactNullableString() : r.readNullableString())
  m.readOnly = r.readBoolean()
  if (version <= 0) {
    m.isDefault = r.readBoolean()
  }
  if (version >= 1) {
    m.configSource = r.readInt8()
  }
  m.isSensitive = r.readBoolean()
  if (version >= 1) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('Synonyms is null but not nullable in this version')
      const items: DescribeConfigsResponseDescribeConfigsSynonym[] = []
      for (let i = 0; i < n; i++) items.push(readDescribeConfigsResponseDescribeConfigsSynonym(r, version, flexible))
      m.synonyms = items
    }
  }
  if (version >= 3) {
    m.configType = r.readInt8()
  }
  if (version >= 3) {
    m.documentation = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeConfigsResponseDescribeConfigsResourceResult (m: DescribeConfigsResponseDescribeConfigsResourceResult, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.name, flexible)
  size += sizeOfNullableString(m.value, flexible)
  size += 1
  if (version <= 0) {
    size += 1
  }
  if (version >= 1) {
    size += 1
  }
  size += 1
  if (version >= 1) {
    {
      size += sizeOfArrayLength(m.synonyms.length, flexible)
      for (const item of m.synonyms) size += sizeDescribeConfigsResponseDescribeConfigsSynonym(item, version, flexible)
    }
  }
  if (version >= 3) {
    size += 1
  }
  if (version >= 3) {
    size += sizeOfNullableString(m.documentation, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeConfigsResponseDescribeConfigsResourceResult (w: Writer, m: DescribeConfigsResponseDescribeConfigsResourceResult, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  if (flexible) w.writeCompactNullableString(m.value); else w.writeNullableString(m.value)
  w.writeBoolean(m.readOnly)
  if (version <= 0) {
    w.writeBoolean(m.isDefault)
  }
  if (version >= 1) {
    w.writeInt8(m.configSource)
  }
  w.writeBoolean(m.isSensitive)
  if (version >= 1) {
    w.writeArrayLength(m.synonyms.length, flexible)
    for (const item of m.synonyms) { putDescribeConfigsResponseDescribeConfigsSynonym(w, item, version, flexible) }
  }
  if (version >= 3) {
    w.writeInt8(m.configType)
  }
  if (version >= 3) {
    if (flexible) w.writeCompactNullableString(m.documentation); else w.writeNullableString(m.documentation)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeConfigsResponseDescribeConfigsResult (): DescribeConfigsResponseDescribeConfigsResult {
  return { errorCode: 0, errorMessage: "", resourceType: 0, resourceName: "", configs: [] }
}

function readDescribeConfigsResponseDescribeConfigsResult (r: Reader, version: number, flexible: boolean): DescribeConfigsResponseDescribeConfigsResult {
  const m: DescribeConfigsResponseDescribeConfigsResult = { errorCode: 0, errorMessage: "", resourceType: 0, resourceName: "", configs: [] }
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  m.resourceType = r.readInt8()
  m.resourceName = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Configs is null but not nullable in this version')
    const items: DescribeConfigsResponseDescribeConfigsResourceResult[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeConfigsResponseDescribeConfigsResourceResult(r, version, flexible))
    m.configs = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeConfigsResponseDescribeConfigsResult (m: DescribeConfigsResponseDescribeConfigsResult, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  size += 1
  size += sizeOfString(m.resourceName, flexible)
  {
    size += sizeOfArrayLength(m.configs.length, flexible)
    for (const item of m.configs) size += sizeDescribeConfigsResponseDescribeConfigsResourceResult(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeConfigsResponseDescribeConfigsResult (w: Writer, m: DescribeConfigsResponseDescribeConfigsResult, version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  w.writeInt8(m.resourceType)
  if (flexible) w.writeCompactString(m.resourceName); else w.writeString(m.resourceName)
  w.writeArrayLength(m.configs.length, flexible)
  for (const item of m.configs) { putDescribeConfigsResponseDescribeConfigsResourceResult(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultDescribeConfigsResponse (): DescribeConfigsResponse {
  return { throttleTimeMs: 0, results: [] }
}

function readDescribeConfigsResponse (r: Reader, version: number, flexible: boolean): DescribeConfigsResponse {
  const m: DescribeConfigsResponse = { throttleTimeMs: 0, results: [] }
  m.throttleTimeMs = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Results is null but not nullable in this version')
    const items: DescribeConfigsResponseDescribeConfigsResult[] = []
    for (let i = 0; i < n; i++) items.push(readDescribeConfigsResponseDescribeConfigsResult(r, version, flexible))
    m.results = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeDescribeConfigsResponse (m: DescribeConfigsResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  {
    size += sizeOfArrayLength(m.results.length, flexible)
    for (const item of m.results) size += sizeDescribeConfigsResponseDescribeConfigsResult(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putDescribeConfigsResponse (w: Writer, m: DescribeConfigsResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeArrayLength(m.results.length, flexible)
  for (const item of m.results) { putDescribeConfigsResponseDescribeConfigsResult(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** DescribeConfigsResponse: valid versions 0-4, flexible 4+. */
export const DescribeConfigsResponseVersions = { min: 0, max: 4, flexibleMin: 4 } as const

export function decodeDescribeConfigsResponse (r: Reader, version: number): DescribeConfigsResponse {
  return readDescribeConfigsResponse(r, version, version >= 4)
}

export function sizeOfDescribeConfigsResponse (m: DescribeConfigsResponse, version: number): number {
  return sizeDescribeConfigsResponse(m, version, version >= 4)
}

export function writeDescribeConfigsResponse (w: Writer, m: DescribeConfigsResponse, version: number): void {
  putDescribeConfigsResponse(w, m, version, version >= 4)
}
