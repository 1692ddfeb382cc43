// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: UpdateFeaturesRequest.json, UpdateFeaturesResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface UpdateFeaturesRequestFeatureUpdateKey {
  /** Feature: versions 0+ */
  feature: string
  /** MaxVersionLevel: versions 0+ */
  maxVersionLevel: number
  /** AllowDowngrade: versions 0-0 */
  allowDowngrade: boolean
  /** UpgradeType: versions 1+ */
  upgradeType: number
}

export interface UpdateFeaturesRequest {
  /** timeoutMs: versions 0+ */
  timeoutMs: number
  /** FeatureUpdates: versions 0+ */
  featureUpdates: UpdateFeaturesRequestFeatureUpdateKey[]
  /** ValidateOnly: versions 1+ */
  validateOnly: boolean
}

export function defaultUpdateFeaturesRequestFeatureUpdateKey (): UpdateFeaturesRequestFeatureUpdateKey {
  return { feature: "", maxVersionLevel: 0, allowDowngrade: false, upgradeType: 1 }
}

function readUpdateFeaturesRequestFeatureUpdateKey (r: Reader, version: number, flexible: boolean): UpdateFeaturesRequestFeatureUpdateKey {
  const m: UpdateFeaturesRequestFeatureUpdateKey = { feature: "", maxVersionLevel: 0, allowDowngrade: false, upgradeType: 1 }
  m.feature = (flexible ? r.readCompactString() : r.readString())
  m.maxVersionLevel = r.readInt16()
  if (version <= 0) {
    m.allowDowngrade = r.readBoolean()
  }
  if (version >= 1) {
    m.upgradeType = r.readInt8()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeUpdateFeaturesRequestFeatureUpdateKey (m: UpdateFeaturesRequestFeatureUpdateKey, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.feature, flexible)
  size += 2
  if (!(version <= 0) && !(m.allowDowngrade === false)) throw new Error('UpdateFeaturesRequestFeatureUpdateKey.allowDowngrade is not supported in version ' + version)
  if (version <= 0) {
    size += 1
  }
  if (!(version >= 1) && !(m.upgradeType === 1)) throw new Error('UpdateFeaturesRequestFeatureUpdateKey.upgradeType is not supported in version ' + version)
  if (version >= 1) {
    size += 1
  }
  if (flexible) size += 1
  return size
}

function putUpdateFeaturesRequestFeatureUpdateKey (w: Writer, m: UpdateFeaturesRequestFeatureUpdateKey, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.feature); else w.writeString(m.feature)
  w.writeInt16(m.maxVersionLevel)
  if (version <= 0) {
    w.writeBoolean(m.allowDowngrade)
  }
  if (version >= 1) {
    w.writeInt8(m.upgradeType)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultUpdateFeaturesRequest (): UpdateFeaturesRequest {
  return { timeoutMs: 60000, featureUpdates: [], validateOnly: false }
}

function readUpdateFeaturesRequest (r: Reader, version: number, flexible: boolean): UpdateFeaturesRequest {
  const m: UpdateFeaturesRequest = { timeoutMs: 60000, featureUpdates: [], validateOnly: false }
  m.timeoutMs = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('FeatureUpdates is null but not nullable in this version')
    const items: UpdateFeaturesRequestFeatureUpdateKey[] = []
    for (let i = 0; i < n; i++) items.push(readUpdateFeaturesRequestFeatureUpdateKey(r, version, flexible))
    m.featureUpdates = items
  }
  if (version >= 1) {
    m.validateOnly = r.readBoolean()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeUpdateFeaturesRequest (m: UpdateFeaturesRequest, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  {
    size += sizeOfArrayLength(m.featureUpdates.length, flexible)
    for (const item of m.featureUpdates) size += sizeUpdateFeaturesRequestFeatureUpdateKey(item, version, flexible)
  }
  if (!(version >= 1) && !(m.validateOnly === false)) throw new Error('UpdateFeaturesRequest.validateOnly is not supported in version ' + version)
  if (version >= 1) {
    size += 1
  }
  if (flexible) size += 1
  return size
}

function putUpdateFeaturesRequest (w: Writer, m: UpdateFeaturesRequest, version: number, flexible: boolean): void {
  w.writeInt32(m.timeoutMs)
  w.writeArrayLength(m.featureUpdates.length, flexible)
  for (const item of m.featureUpdates) { putUpdateFeaturesRequestFeatureUpdateKey(w, item, version, flexible) }
  if (version >= 1) {
    w.writeBoolean(m.validateOnly)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** UpdateFeaturesRequest: valid versions 0-1, flexible 0+. */
export const UpdateFeaturesRequestVersions = { min: 0, max: 1, flexibleMin: 0 } as const

export function decodeUpdateFeaturesRequest (r: Reader, version: number): UpdateFeaturesRequest {
  return readUpdateFeaturesRequest(r, version, true)
}

export function sizeOfUpdateFeaturesRequest (m: UpdateFeaturesRequest, version: number): number {
  return sizeUpdateFeaturesRequest(m, version, true)
}

export function writeUpdateFeaturesRequest (w: Writer, m: UpdateFeaturesRequest, version: number): void {
  putUpdateFeaturesRequest(w, m, version, true)
}

export interface UpdateFeaturesResponseUpdatableFeatureResult {
  /** Feature: versions 0+ */
  feature: string
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
}

export interface UpdateFeaturesResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
  /** Results: versions 0+ */
  results: UpdateFeaturesResponseUpdatableFeatureResult[]
}

export function defaultUpdateFeaturesResponseUpdatableFeatureResult (): UpdateFeaturesResponseUpdatableFeatureResult {
  return { feature: "", errorCode: 0, errorMessage: "" }
}

function readUpdateFeaturesResponseUpdatableFeatureResult (r: Reader, _version: number, flexible: boolean): UpdateFeaturesResponseUpdatableFeatureResult {
  const m: UpdateFeaturesResponseUpdatableFeatureResult = { feature: "", errorCode: 0, errorMessage: "" }
  m.feature = (flexible ? r.readCompactString() : r.readString())
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeUpdateFeaturesResponseUpdatableFeatureResult (m: UpdateFeaturesResponseUpdatableFeatureResult, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.feature, flexible)
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  if (flexible) size += 1
  return size
}

function putUpdateFeaturesResponseUpdatableFeatureResult (w: Writer, m: UpdateFeaturesResponseUpdatableFeatureResult, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.feature); else w.writeString(m.feature)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultUpdateFeaturesResponse (): UpdateFeaturesResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "", results: [] }
}

function readUpdateFeaturesResponse (r: Reader, version: number, flexible: boolean): UpdateFeaturesResponse {
  const m: UpdateFeaturesResponse = { throttleTimeMs: 0, errorCode: 0, errorMessage: "", results: [] }
  m.throttleTimeMs = r.readInt32()
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Results is null but not nullable in this version')
    const items: UpdateFeaturesResponseUpdatableFeatureResult[] = []
    for (let i = 0; i < n; i++) items.push(readUpdateFeaturesResponseUpdatableFeatureResult(r, version, flexible))
    m.results = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeUpdateFeaturesResponse (m: UpdateFeaturesResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  {
    size += sizeOfArrayLength(m.results.length, flexible)
    for (const item of m.results) size += sizeUpdateFeaturesResponseUpdatableFeatureResult(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putUpdateFeaturesResponse (w: Writer, m: UpdateFeaturesResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  w.writeArrayLength(m.results.length, flexible)
  for (const item of m.results) { putUpdateFeaturesResponseUpdatableFeatureResult(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** UpdateFeaturesResponse: valid versions 0-1, flexible 0+. */
export const UpdateFeaturesResponseVersions = { min: 0, max: 1, flexibleMin: 0 } as const

export function decodeUpdateFeaturesResponse (r: Reader, version: number): UpdateFeaturesResponse {
  return readUpdateFeaturesResponse(r, version, true)
}

export function sizeOfUpdateFeaturesResponse (m: UpdateFeaturesResponse, version: number): number {
  return sizeUpdateFeaturesResponse(m, version, true)
}

export function writeUpdateFeaturesResponse (w: Writer, m: UpdateFeaturesResponse, version: number): void {
  putUpdateFeaturesResponse(w, m, version, true)
}
