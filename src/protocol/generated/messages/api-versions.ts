// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: ApiVersionsRequest.json, ApiVersionsResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfUnsignedVarInt, sizeOfString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface ApiVersionsRequest {
  /** ClientSoftwareName: versions 3+ */
  clientSoftwareName: string
  /** ClientSoftwareVersion: versions 3+ */
  clientSoftwareVersion: string
}

export function defaultApiVersionsRequest (): ApiVersionsRequest {
  return { clientSoftwareName: "", clientSoftwareVersion: "" }
}

function readApiVersionsRequest (r: Reader, version: number, flexible: boolean): ApiVersionsRequest {
  const m: ApiVersionsRequest = { clientSoftwareName: "", clientSoftwareVersion: "" }
  if (version >= 3) {
    m.clientSoftwareName = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 3) {
    m.clientSoftwareVersion = (flexible ? r.readCompactString() : r.readString())
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeApiVersionsRequest (m: ApiVersionsRequest, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 3) {
    size += sizeOfString(m.clientSoftwareName, flexible)
  }
  if (version >= 3) {
    size += sizeOfString(m.clientSoftwareVersion, flexible)
  }
  if (flexible) size += 1
  return size
}

function putApiVersionsRequest (w: Writer, m: ApiVersionsRequest, version: number, flexible: boolean): void {
  if (version >= 3) {
    if (flexible) w.writeCompactString(m.clientSoftwareName); else w.writeString(m.clientSoftwareName)
  }
  if (version >= 3) {
    if (flexible) w.writeCompactString(m.clientSoftwareVersion); else w.writeString(m.clientSoftwareVersion)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ApiVersionsRequest: valid versions 0-3, flexible 3+. */
export const ApiVersionsRequestVersions = { min: 0, max: 3, flexibleMin: 3 } as const

export function decodeApiVersionsRequest (r: Reader, version: number): ApiVersionsRequest {
  return readApiVersionsRequest(r, version, version >= 3)
}

export function sizeOfApiVersionsRequest (m: ApiVersionsRequest, version: number): number {
  return sizeApiVersionsRequest(m, version, version >= 3)
}

export function writeApiVersionsRequest (w: Writer, m: ApiVersionsRequest, version: number): void {
  putApiVersionsRequest(w, m, version, version >= 3)
}

export interface ApiVersionsResponseApiVersion {
  /** ApiKey: versions 0+ */
  apiKey: number
  /** MinVersion: versions 0+ */
  minVersion: number
  /** MaxVersion: versions 0+ */
  maxVersion: number
}

export interface ApiVersionsResponseSupportedFeatureKey {
  /** Name: versions 3+ */
  name: string
  /** MinVersion: versions 3+ */
  minVersion: number
  /** MaxVersion: versions 3+ */
  maxVersion: number
}

export interface ApiVersionsResponseFinalizedFeatureKey {
  /** Name: versions 3+ */
  name: string
  /** MaxVersionLevel: versions 3+ */
  maxVersionLevel: number
  /** MinVersionLevel: versions 3+ */
  minVersionLevel: number
}

export interface ApiVersionsResponse {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ApiKeys: versions 0+ */
  apiKeys: ApiVersionsResponseApiVersion[]
  /** ThrottleTimeMs: versions 1+ */
  throttleTimeMs: number
  /** SupportedFeatures: versions 3+, tag 0 */
  supportedFeatures: ApiVersionsResponseSupportedFeatureKey[]
  /** FinalizedFeaturesEpoch: versions 3+, tag 1 */
  finalizedFeaturesEpoch: bigint
  /** FinalizedFeatures: versions 3+, tag 2 */
  finalizedFeatures: ApiVersionsResponseFinalizedFeatureKey[]
  /** ZkMigrationReady: versions 3+, tag 3 */
  zkMigrationReady: boolean
}

export function defaultApiVersionsResponseApiVersion (): ApiVersionsResponseApiVersion {
  return { apiKey: 0, minVersion: 0, maxVersion: 0 }
}

function readApiVersionsResponseApiVersion (r: Reader, _version: number, flexible: boolean): ApiVersionsResponseApiVersion {
  const m: ApiVersionsResponseApiVersion = { apiKey: 0, minVersion: 0, maxVersion: 0 }
  m.apiKey = r.readInt16()
  m.minVersion = r.readInt16()
  m.maxVersion = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeApiVersionsResponseApiVersion (_m: ApiVersionsResponseApiVersion, _version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += 2
  size += 2
  if (flexible) size += 1
  return size
}

function putApiVersionsResponseApiVersion (w: Writer, m: ApiVersionsResponseApiVersion, _version: number, flexible: boolean): void {
  w.writeInt16(m.apiKey)
  w.writeInt16(m.minVersion)
  w.writeInt16(m.maxVersion)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultApiVersionsResponseSupportedFeatureKey (): ApiVersionsResponseSupportedFeatureKey {
  return { name: "", minVersion: 0, maxVersion: 0 }
}

function readApiVersionsResponseSupportedFeatureKey (r: Reader, version: number, flexible: boolean): ApiVersionsResponseSupportedFeatureKey {
  const m: ApiVersionsResponseSupportedFeatureKey = { name: "", minVersion: 0, maxVersion: 0 }
  if (version >= 3) {
    m.name = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 3) {
    m.minVersion = r.readInt16()
  }
  if (version >= 3) {
    m.maxVersion = r.readInt16()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeApiVersionsResponseSupportedFeatureKey (m: ApiVersionsResponseSupportedFeatureKey, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 3) {
    size += sizeOfString(m.name, flexible)
  }
  if (version >= 3) {
    size += 2
  }
  if (version >= 3) {
    size += 2
  }
  if (flexible) size += 1
  return size
}

function putApiVersionsResponseSupportedFeatureKey (w: Writer, m: ApiVersionsResponseSupportedFeatureKey, version: number, flexible: boolean): void {
  if (version >= 3) {
    if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  }
  if (version >= 3) {
    w.writeInt16(m.minVersion)
  }
  if (version >= 3) {
    w.writeInt16(m.maxVersion)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultApiVersionsResponseFinalizedFeatureKey (): ApiVersionsResponseFinalizedFeatureKey {
  return { name: "", maxVersionLevel: 0, minVersionLevel: 0 }
}

function readApiVersionsResponseFinalizedFeatureKey (r: Reader, version: number, flexible: boolean): ApiVersionsResponseFinalizedFeatureKey {
  const m: ApiVersionsResponseFinalizedFeatureKey = { name: "", maxVersionLevel: 0, minVersionLevel: 0 }
  if (version >= 3) {
    m.name = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 3) {
    m.maxVersionLevel = r.readInt16()
  }
  if (version >= 3) {
    m.minVersionLevel = r.readInt16()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeApiVersionsResponseFinalizedFeatureKey (m: ApiVersionsResponseFinalizedFeatureKey, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 3) {
    size += sizeOfString(m.name, flexible)
  }
  if (version >= 3) {
    size += 2
  }
  if (version >= 3) {
    size += 2
  }
  if (flexible) size += 1
  return size
}

function putApiVersionsResponseFinalizedFeatureKey (w: Writer, m: ApiVersionsResponseFinalizedFeatureKey, version: number, flexible: boolean): void {
  if (version >= 3) {
    if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  }
  if (version >= 3) {
    w.writeInt16(m.maxVersionLevel)
  }
  if (version >= 3) {
    w.writeInt16(m.minVersionLevel)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultApiVersionsResponse (): ApiVersionsResponse {
  return { errorCode: 0, apiKeys: [], throttleTimeMs: 0, supportedFeatures: [], finalizedFeaturesEpoch: -1n, finalizedFeatures: [], zkMigrationReady: false }
}

function readApiVersionsResponse (r: Reader, version: number, flexible: boolean): ApiVersionsResponse {
  const m: ApiVersionsResponse = { errorCode: 0, apiKeys: [], throttleTimeMs: 0, supportedFeatures: [], finalizedFeaturesEpoch: -1n, finalizedFeatures: [], zkMigrationReady: false }
  m.errorCode = r.readInt16()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('ApiKeys is null but not nullable in this version')
    const items: ApiVersionsResponseApiVersion[] = []
    for (let i = 0; i < n; i++) items.push(readApiVersionsResponseApiVersion(r, version, flexible))
    m.apiKeys = items
  }
  if (version >= 1) {
    m.throttleTimeMs = r.readInt32()
  }
  if (flexible) {
    const count = r.readUnsignedVarInt()
    for (let t = 0; t < count; t++) {
      const tag = r.readUnsignedVarInt()
      const size = r.readUnsignedVarInt()
      if (size > r.remaining()) throw new DecodeError(`tagged field ${tag} of ${size} bytes exceeds the frame`)
      const end = r.offset + size
      switch (tag) {
        case 0:
          if (version >= 3) {
            {
              const n = r.readArrayLength(true)
              if (n < 0) throw new DecodeError('SupportedFeatures is null but not nullable in this version')
              const items: ApiVersionsResponseSupportedFeatureKey[] = []
              for (let i = 0; i < n; i++) items.push(readApiVersionsResponseSupportedFeatureKey(r, version, flexible))
              m.supportedFeatures = items
            }
          } else r.skip(size)
          break
        case 1:
          if (version >= 3) {
            m.finalizedFeaturesEpoch = r.readInt64()
          } else r.skip(size)
          break
        case 2:
          if (version >= 3) {
            {
              const n = r.readArrayLength(true)
              if (n < 0) throw new DecodeError('FinalizedFeatures is null but not nullable in this version')
              const items: ApiVersionsResponseFinalizedFeatureKey[] = []
              for (let i = 0; i < n; i++) items.push(readApiVersionsResponseFinalizedFeatureKey(r, version, flexible))
              m.finalizedFeatures = items
            }
          } else r.skip(size)
          break
        case 3:
          if (version >= 3) {
            m.zkMigrationReady = r.readBoolean()
          } else r.skip(size)
          break
        default:
          r.skip(size)
      }
      if (r.offset !== end) throw new DecodeError(`tagged field ${tag} is ${r.offset - end + size} bytes, not ${size}`)
    }
  }
  return m
}

function sizeApiVersionsResponse (m: ApiVersionsResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  {
    size += sizeOfArrayLength(m.apiKeys.length, flexible)
    for (const item of m.apiKeys) size += sizeApiVersionsResponseApiVersion(item, version, flexible)
  }
  if (version >= 1) {
    size += 4
  }
  if (flexible) {
    let count = 0
    if (version >= 3 && !((m.supportedFeatures !== null && m.supportedFeatures.length === 0))) {
      count++
      let fieldSize = 0
      {
        fieldSize += sizeOfArrayLength(m.supportedFeatures.length, true)
        for (const item of m.supportedFeatures) fieldSize += sizeApiVersionsResponseSupportedFeatureKey(item, version, flexible)
      }
      size += sizeOfUnsignedVarInt(0) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    if (version >= 3 && !(m.finalizedFeaturesEpoch === -1n)) {
      count++
      let fieldSize = 0
      fieldSize += 8
      size += sizeOfUnsignedVarInt(1) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    if (version >= 3 && !((m.finalizedFeatures !== null && m.finalizedFeatures.length === 0))) {
      count++
      let fieldSize = 0
      {
        fieldSize += sizeOfArrayLength(m.finalizedFeatures.length, true)
        for (const item of m.finalizedFeatures) fieldSize += sizeApiVersionsResponseFinalizedFeatureKey(item, version, flexible)
      }
      size += sizeOfUnsignedVarInt(2) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    if (version >= 3 && !(m.zkMigrationReady === false)) {
      count++
      let fieldSize = 0
      fieldSize += 1
      size += sizeOfUnsignedVarInt(3) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    size += sizeOfUnsignedVarInt(count)
  }
  return size
}

function putApiVersionsResponse (w: Writer, m: ApiVersionsResponse, version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  w.writeArrayLength(m.apiKeys.length, flexible)
  for (const item of m.apiKeys) { putApiVersionsResponseApiVersion(w, item, version, flexible) }
  if (version >= 1) {
    w.writeInt32(m.throttleTimeMs)
  }
  if (flexible) {
    let count = 0
    if (version >= 3 && !((m.supportedFeatures !== null && m.supportedFeatures.length === 0))) count++
    if (version >= 3 && !(m.finalizedFeaturesEpoch === -1n)) count++
    if (version >= 3 && !((m.finalizedFeatures !== null && m.finalizedFeatures.length === 0))) count++
    if (version >= 3 && !(m.zkMigrationReady === false)) count++
    w.writeUnsignedVarInt(count)
    if (version >= 3 && !((m.supportedFeatures !== null && m.supportedFeatures.length === 0))) {
      let fieldSize = 0
      {
        fieldSize += sizeOfArrayLength(m.supportedFeatures.length, true)
        for (const item of m.supportedFeatures) fieldSize += sizeApiVersionsResponseSupportedFeatureKey(item, version, flexible)
      }
      w.writeUnsignedVarInt(0)
      w.writeUnsignedVarInt(fieldSize)
      w.writeArrayLength(m.supportedFeatures.length, true)
      for (const item of m.supportedFeatures) { putApiVersionsResponseSupportedFeatureKey(w, item, version, flexible) }
    }
    if (version >= 3 && !(m.finalizedFeaturesEpoch === -1n)) {
      let fieldSize = 0
      fieldSize += 8
      w.writeUnsignedVarInt(1)
      w.writeUnsignedVarInt(fieldSize)
      w.writeInt64(m.finalizedFeaturesEpoch)
    }
    if (version >= 3 && !((m.finalizedFeatures !== null && m.finalizedFeatures.length === 0))) {
      let fieldSize = 0
      {
        fieldSize += sizeOfArrayLength(m.finalizedFeatures.length, true)
        for (const item of m.finalizedFeatures) fieldSize += sizeApiVersionsResponseFinalizedFeatureKey(item, version, flexible)
      }
      w.writeUnsignedVarInt(2)
      w.writeUnsignedVarInt(fieldSize)
      w.writeArrayLength(m.finalizedFeatures.length, true)
      for (const item of m.finalizedFeatures) { putApiVersionsResponseFinalizedFeatureKey(w, item, version, flexible) }
    }
    if (version >= 3 && !(m.zkMigrationReady === false)) {
      let fieldSize = 0
      fieldSize += 1
      w.writeUnsignedVarInt(3)
      w.writeUnsignedVarInt(fieldSize)
      w.writeBoolean(m.zkMigrationReady)
    }
  }
}

/** ApiVersionsResponse: valid versions 0-3, flexible 3+. */
export const ApiVersionsResponseVersions = { min: 0, max: 3, flexibleMin: 3 } as const

export function decodeApiVersionsResponse (r: Reader, version: number): ApiVersionsResponse {
  return readApiVersionsResponse(r, version, version >= 3)
}

export function sizeOfApiVersionsResponse (m: ApiVersionsResponse, version: number): number {
  return sizeApiVersionsResponse(m, version, version >= 3)
}

export function writeApiVersionsResponse (w: Writer, m: ApiVersionsResponse, version: number): void {
  putApiVersionsResponse(w, m, version, version >= 3)
}
