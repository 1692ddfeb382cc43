// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: BrokerHeartbeatRequest.json, BrokerHeartbeatResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfUnsignedVarInt, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface BrokerHeartbeatRequest {
  /** BrokerId: versions 0+ */
  brokerId: number
  /** BrokerEpoch: versions 0+ */
  brokerEpoch: bigint
  /** CurrentMetadataOffset: versions 0+ */
  currentMetadataOffset: bigint
  /** WantFence: versions 0+ */
  wantFence: boolean
  /** WantShutDown: versions 0+ */
  wantShutDown: boolean
  /** OfflineLogDirs: versions 1+, tag 0 */
  offlineLogDirs: string[]
}

export function defaultBrokerHeartbeatRequest (): BrokerHeartbeatRequest {
  return { brokerId: 0, brokerEpoch: -1n, currentMetadataOffset: 0n, wantFence: false, wantShutDown: false, offlineLogDirs: [] }
}

function readBrokerHeartbeatRequest (r: Reader, version: number, flexible: boolean): BrokerHeartbeatRequest {
  const m: BrokerHeartbeatRequest = { brokerId: 0, brokerEpoch: -1n, currentMetadataOffset: 0n, wantFence: false, wantShutDown: false, offlineLogDirs: [] }
  m.brokerId = r.readInt32()
  m.brokerEpoch = r.readInt64()
  m.currentMetadataOffset = r.readInt64()
  m.wantFence = r.readBoolean()
  m.wantShutDown = r.readBoolean()
  if (flexible) {
    const count = r.readUnsignedVarInt()
    for (let t = 0; t < count; t++) {
      const tag = r.readUnsignedVarInt()
      const size = r.readUnsignedVarInt()
      if (size > r.remaining()) throw new DecodeError(`tagged field ${tag} of ${size} bytes exceeds the frame`)
      const end = r.offset + size
      switch (tag) {
        case 0:
          if (version >= 1) {
            {
              const n = r.readArrayLength(true)
              if (n < 0) throw new DecodeError('OfflineLogDirs is null but not nullable in this version')
              const items: string[] = []
              for (let i = 0; i < n; i++) items.push(r.readUuid())
              m.offlineLogDirs = items
            }
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

function sizeBrokerHeartbeatRequest (m: BrokerHeartbeatRequest, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 8
  size += 8
  size += 1
  size += 1
  if (flexible) {
    let count = 0
    if (version >= 1 && !((m.offlineLogDirs !== null && m.offlineLogDirs.length === 0))) {
      count++
      let fieldSize = 0
      {
        fieldSize += sizeOfArrayLength(m.offlineLogDirs.length, true)
        fieldSize += m.offlineLogDirs.length * 16
      }
      size += sizeOfUnsignedVarInt(0) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    size += sizeOfUnsignedVarInt(count)
  }
  return size
}

function putBrokerHeartbeatRequest (w: Writer, m: BrokerHeartbeatRequest, version: number, flexible: boolean): void {
  w.writeInt32(m.brokerId)
  w.writeInt64(m.brokerEpoch)
  w.writeInt64(m.currentMetadataOffset)
  w.writeBoolean(m.wantFence)
  w.writeBoolean(m.wantShutDown)
  if (flexible) {
    let count = 0
    if (version >= 1 && !((m.offlineLogDirs !== null && m.offlineLogDirs.length === 0))) count++
    w.writeUnsignedVarInt(count)
    if (version >= 1 && !((m.offlineLogDirs !== null && m.offlineLogDirs.length === 0))) {
      let fieldSize = 0
      {
        fieldSize += sizeOfArrayLength(m.offlineLogDirs.length, true)
        fieldSize += m.offlineLogDirs.length * 16
      }
      w.writeUnsignedVarInt(0)
      w.writeUnsignedVarInt(fieldSize)
      w.writeArrayLength(m.offlineLogDirs.length, true)
      for (const item of m.offlineLogDirs) { w.writeUuid(item) }
    }
  }
}

/** BrokerHeartbeatRequest: valid versions 0-1, flexible 0+. */
export const BrokerHeartbeatRequestVersions = { min: 0, max: 1, flexibleMin: 0 } as const

export function decodeBrokerHeartbeatRequest (r: Reader, version: number): BrokerHeartbeatRequest {
  return readBrokerHeartbeatRequest(r, version, true)
}

export function sizeOfBrokerHeartbeatRequest (m: BrokerHeartbeatRequest, version: number): number {
  return sizeBrokerHeartbeatRequest(m, version, true)
}

export function writeBrokerHeartbeatRequest (w: Writer, m: BrokerHeartbeatRequest, version: number): void {
  putBrokerHeartbeatRequest(w, m, version, true)
}

export interface BrokerHeartbeatResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** IsCaughtUp: versions 0+ */
  isCaughtUp: boolean
  /** IsFenced: versions 0+ */
  isFenced: boolean
  /** ShouldShutDown: versions 0+ */
  shouldShutDown: boolean
}

export function defaultBrokerHeartbeatResponse (): BrokerHeartbeatResponse {
  return { throttleTimeMs: 0, errorCode: 0, isCaughtUp: false, isFenced: true, shouldShutDown: false }
}

function readBrokerHeartbeatResponse (r: Reader, _version: number, flexible: boolean): BrokerHeartbeatResponse {
  const m: BrokerHeartbeatResponse = { throttleTimeMs: 0, errorCode: 0, isCaughtUp: false, isFenced: true, shouldShutDown: false }
  m.throttleTimeMs = r.readInt32()
  m.errorCode = r.readInt16()
  m.isCaughtUp = r.readBoolean()
  m.isFenced = r.readBoolean()
  m.shouldShutDown = r.readBoolean()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeBrokerHeartbeatResponse (_m: BrokerHeartbeatResponse, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += 1
  size += 1
  size += 1
  if (flexible) size += 1
  return size
}

function putBrokerHeartbeatResponse (w: Writer, m: BrokerHeartbeatResponse, _version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  w.writeBoolean(m.isCaughtUp)
  w.writeBoolean(m.isFenced)
  w.writeBoolean(m.shouldShutDown)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** BrokerHeartbeatResponse: valid versions 0-1, flexible 0+. */
export const BrokerHeartbeatResponseVersions = { min: 0, max: 1, flexibleMin: 0 } as const

export function decodeBrokerHeartbeatResponse (r: Reader, version: number): BrokerHeartbeatResponse {
  return readBrokerHeartbeatResponse(r, version, true)
}

export function sizeOfBrokerHeartbeatResponse (m: BrokerHeartbeatResponse, version: number): number {
  return sizeBrokerHeartbeatResponse(m, version, true)
}

export function writeBrokerHeartbeatResponse (w: Writer, m: BrokerHeartbeatResponse, version: number): void {
  putBrokerHeartbeatResponse(w, m, version, true)
}
