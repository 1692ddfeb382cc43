// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: UpdateMetadataRequest.json, UpdateMetadataResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfUnsignedVarInt, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'
import { ZERO_UUID } from '../../primitives/uuid.ts'

export interface UpdateMetadataRequestUpdateMetadataPartitionState {
  /** TopicName: versions 0-4 */
  topicName: string
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** ControllerEpoch: versions 0+ */
  controllerEpoch: number
  /** Leader: versions 0+ */
  leader: number
  /** LeaderEpoch: versions 0+ */
  leaderEpoch: number
  /** Isr: versions 0+ */
  isr: number[]
  /** ZkVersion: versions 0+ */
  zkVersion: number
  /** Replicas: versions 0+ */
  replicas: number[]
  /** OfflineReplicas: versions 4+ */
  offlineReplicas: number[]
}

export interface UpdateMetadataRequestUpdateMetadataTopicState {
  /** TopicName: versions 5+ */
  topicName: string
  /** TopicId: versions 7+ */
  topicId: string
  /** PartitionStates: versions 5+ */
  partitionStates: UpdateMetadataRequestUpdateMetadataPartitionState[]
}

export interface UpdateMetadataRequestUpdateMetadataEndpoint {
  /** Port: versions 1+ */
  port: number
  /** Host: versions 1+ */
  host: string
  /** Listener: versions 3+ */
  listener: string
  /** SecurityProtocol: versions 1+ */
  securityProtocol: number
}

export interface UpdateMetadataRequestUpdateMetadataBroker {
  /** Id: versions 0+ */
  id: number
  /** V0Host: versions 0-0 */
  v0Host: string
  /** V0Port: versions 0-0 */
  v0Port: number
  /** Endpoints: versions 1+ */
  endpoints: UpdateMetadataRequestUpdateMetadataEndpoint[]
  /** Rack: versions 2+ */
  rack: string | null
}

export interface UpdateMetadataRequest {
  /** ControllerId: versions 0+ */
  controllerId: number
  /** isKRaftController: versions 8+ */
  isKRaftController: boolean
  /** Type: versions 8+, tag 0 */
  type: number
  /** ControllerEpoch: versions 0+ */
  controllerEpoch: number
  /** BrokerEpoch: versions 5+ */
  brokerEpoch: bigint
  /** UngroupedPartitionStates: versions 0-4 */
  ungroupedPartitionStates: UpdateMetadataRequestUpdateMetadataPartitionState[]
  /** TopicStates: versions 5+ */
  topicStates: UpdateMetadataRequestUpdateMetadataTopicState[]
  /** LiveBrokers: versions 0+ */
  liveBrokers: UpdateMetadataRequestUpdateMetadataBroker[]
}

export function defaultUpdateMetadataRequestUpdateMetadataPartitionState (): UpdateMetadataRequestUpdateMetadataPartitionState {
  return { topicName: "", partitionIndex: 0, controllerEpoch: 0, leader: 0, leaderEpoch: 0, isr: [], zkVersion: 0, replicas: [], offlineReplicas: [] }
}

function readUpdateMetadataRequestUpdateMetadataPartitionState (r: Reader, version: number, flexible: boolean): UpdateMetadataRequestUpdateMetadataPartitionState {
  const m: UpdateMetadataRequestUpdateMetadataPartitionState = { topicName: "", partitionIndex: 0, controllerEpoch: 0, leader: 0, leaderEpoch: 0, isr: [], zkVersion: 0, replicas: [], offlineReplicas: [] }
  if (version <= 4) {
    m.topicName = (flexible ? r.readCompactString() : r.readString())
  }
  m.partitionIndex = r.readInt32()
  m.controllerEpoch = r.readInt32()
  m.leader = r.readInt32()
  m.leaderEpoch = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Isr is null but not nullable in this version')
    const items: number[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt32())
    m.isr = items
  }
  m.zkVersion = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Replicas is null but not nullable in this version')
    const items: number[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt32())
    m.replicas = items
  }
  if (version >= 4) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('OfflineReplicas is null but not nullable in this version')
      const items: number[] = []
      for (let i = 0; i < n; i++) items.push(r.readInt32())
      m.offlineReplicas = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeUpdateMetadataRequestUpdateMetadataPartitionState (m: UpdateMetadataRequestUpdateMetadataPartitionState, version: number, flexible: boolean): number {
  let size = 0
  if (version <= 4) {
    size += sizeOfString(m.topicName, flexible)
  }
  size += 4
  size += 4
  size += 4
  size += 4
  {
    size += sizeOfArrayLength(m.isr.length, flexible)
    size += m.isr.length * 4
  }
  size += 4
  {
    size += sizeOfArrayLength(m.replicas.length, flexible)
    size += m.replicas.length * 4
  }
  if (version >= 4) {
    {
      size += sizeOfArrayLength(m.offlineReplicas.length, flexible)
      size += m.offlineReplicas.length * 4
    }
  }
  if (flexible) size += 1
  return size
}

function putUpdateMetadataRequestUpdateMetadataPartitionState (w: Writer, m: UpdateMetadataRequestUpdateMetadataPartitionState, version: number, flexible: boolean): void {
  if (version <= 4) {
    if (flexible) w.writeCompactString(m.topicName); else w.writeString(m.topicName)
  }
  w.writeInt32(m.partitionIndex)
  w.writeInt32(m.controllerEpoch)
  w.writeInt32(m.leader)
  w.writeInt32(m.leaderEpoch)
  w.writeArrayLength(m.isr.length, flexible)
  for (const item of m.isr) { w.writeInt32(item) }
  w.writeInt32(m.zkVersion)
  w.writeArrayLength(m.replicas.length, flexible)
  for (const item of m.replicas) { w.writeInt32(item) }
  if (version >= 4) {
    w.writeArrayLength(m.offlineReplicas.length, flexible)
    for (const item of m.offlineReplicas) { w.writeInt32(item) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultUpdateMetadataRequestUpdateMetadataTopicState (): UpdateMetadataRequestUpdateMetadataTopicState {
  return { topicName: "", topicId: ZERO_UUID, partitionStates: [] }
}

function readUpdateMetadataRequestUpdateMetadataTopicState (r: Reader, version: number, flexible: boolean): UpdateMetadataRequestUpdateMetadataTopicState {
  const m: UpdateMetadataRequestUpdateMetadataTopicState = { topicName: "", topicId: ZERO_UUID, partitionStates: [] }
  if (version >= 5) {
    m.topicName = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 7) {
    m.topicId = r.readUuid()
  }
  if (version >= 5) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('PartitionStates is null but not nullable in this version')
      const items: UpdateMetadataRequestUpdateMetadataPartitionState[] = []
      for (let i = 0; i < n; i++) items.push(readUpdateMetadataRequestUpdateMetadataPartitionState(r, version, flexible))
      m.partitionStates = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeUpdateMetadataRequestUpdateMetadataTopicState (m: UpdateMetadataRequestUpdateMetadataTopicState, version: number, flexible: boolean): number {
  let size = 0
  if (!(version >= 5) && !(m.topicName === "")) throw new Error('UpdateMetadataRequestUpdateMetadataTopicState.topicName is not supported in version ' + version)
  if (version >= 5) {
    size += sizeOfString(m.topicName, flexible)
  }
  if (version >= 7) {
    size += 16
  }
  if (!(version >= 5) && !((m.partitionStates !== null && m.partitionStates.length === 0))) throw new Error('UpdateMetadataRequestUpdateMetadataTopicState.partitionStates is not supported in version ' + version)
  if (version >= 5) {
    {
      size += sizeOfArrayLength(m.partitionStates.length, flexible)
      for (const item of m.partitionStates) size += sizeUpdateMetadataRequestUpdateMetadataPartitionState(item, version, flexible)
    }
  }
  if (flexible) size += 1
  return size
}

function putUpdateMetadataRequestUpdateMetadataTopicState (w: Writer, m: UpdateMetadataRequestUpdateMetadataTopicState, version: number, flexible: boolean): void {
  if (version >= 5) {
    if (flexible) w.writeCompactString(m.topicName); else w.writeString(m.topicName)
  }
  if (version >= 7) {
    w.writeUuid(m.topicId)
  }
  if (version >= 5) {
    w.writeArrayLength(m.partitionStates.length, flexible)
    for (const item of m.partitionStates) { putUpdateMetadataRequestUpdateMetadataPartitionState(w, item, version, flexible) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultUpdateMetadataRequestUpdateMetadataEndpoint (): UpdateMetadataRequestUpdateMetadataEndpoint {
  return { port: 0, host: "", listener: "", securityProtocol: 0 }
}

function readUpdateMetadataRequestUpdateMetadataEndpoint (r: Reader, version: number, flexible: boolean): UpdateMetadataRequestUpdateMetadataEndpoint {
  const m: UpdateMetadataRequestUpdateMetadataEndpoint = { port: 0, host: "", listener: "", securityProtocol: 0 }
  if (version >= 1) {
    m.port = r.readInt32()
  }
  if (version >= 1) {
    m.host = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 3) {
    m.listener = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 1) {
    m.securityProtocol = r.readInt16()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeUpdateMetadataRequestUpdateMetadataEndpoint (m: UpdateMetadataRequestUpdateMetadataEndpoint, version: number, flexible: boolean): number {
  let size = 0
  if (!(version >= 1) && !(m.port === 0)) throw new Error('UpdateMetadataRequestUpdateMetadataEndpoint.port is not supported in version ' + version)
  if (version >= 1) {
    size += 4
  }
  if (!(version >= 1) && !(m.host === "")) throw new Error('UpdateMetadataRequestUpdateMetadataEndpoint.host is not supported in version ' + version)
  if (version >= 1) {
    size += sizeOfString(m.host, flexible)
  }
  if (version >= 3) {
    size += sizeOfString(m.listener, flexible)
  }
  if (!(version >= 1) && !(m.securityProtocol === 0)) throw new Error('UpdateMetadataRequestUpdateMetadataEndpoint.securityProtocol is not supported in version ' + version)
  if (version >= 1) {
    size += 2
  }
  if (flexible) size += 1
  return size
}

function putUpdateMetadataRequestUpdateMetadataEndpoint (w: Writer, m: UpdateMetadataRequestUpdateMetadataEndpoint, version: number, flexible: boolean): void {
  if (version >= 1) {
    w.writeInt32(m.port)
  }
  if (version >= 1) {
    if (flexible) w.writeCompactString(m.host); else w.writeString(m.host)
  }
  if (version >= 3) {
    if (flexible) w.writeCompactString(m.listener); else w.writeString(m.listener)
  }
  if (version >= 1) {
    w.writeInt16(m.securityProtocol)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultUpdateMetadataRequestUpdateMetadataBroker (): UpdateMetadataRequestUpdateMetadataBroker {
  return { id: 0, v0Host: "", v0Port: 0, endpoints: [], rack: "" }
}

function readUpdateMetadataRequestUpdateMetadataBroker (r: Reader, version: number, flexible: boolean): UpdateMetadataRequestUpdateMetadataBroker {
  const m: UpdateMetadataRequestUpdateMetadataBroker = { id: 0, v0Host: "", v0Port: 0, endpoints: [], rack: "" }
  m.id = r.readInt32()
  if (version <= 0) {
    m.v0Host = (flexible ? r.readCompactString() : r.readString())
  }
  if (version <= 0) {
    m.v0Port = r.readInt32()
  }
  if (version >= 1) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('Endpoints is null but not nullable in this version')
      const items: UpdateMetadataRequestUpdateMetadataEndpoint[] = []
      for (let i = 0; i < n; i++) items.push(readUpdateMetadataRequestUpdateMetadataEndpoint(r, version, flexible))
      m.endpoints = items
    }
  }
  if (version >= 2) {
    m.rack = (flexible ? r.readCompactNullableString() : r.readNullableString())
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeUpdateMetadataRequestUpdateMetadataBroker (m: UpdateMetadataRequestUpdateMetadataBroker, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  if (version <= 0) {
    size += sizeOfString(m.v0Host, flexible)
  }
  if (version <= 0) {
    size += 4
  }
  if (version >= 1) {
    {
      size += sizeOfArrayLength(m.endpoints.length, flexible)
      for (const item of m.endpoints) size += sizeUpdateMetadataRequestUpdateMetadataEndpoint(item, version, flexible)
    }
  }
  if (version >= 2) {
    size += sizeOfNullableString(m.rack, flexible)
  }
  if (flexible) size += 1
  return size
}

function putUpdateMetadataRequestUpdateMetadataBroker (w: Writer, m: UpdateMetadataRequestUpdateMetadataBroker, version: number, flexible: boolean): void {
  w.writeInt32(m.id)
  if (version <= 0) {
    if (flexible) w.writeCompactString(m.v0Host); else w.writeString(m.v0Host)
  }
  if (version <= 0) {
    w.writeInt32(m.v0Port)
  }
  if (version >= 1) {
    w.writeArrayLength(m.endpoints.length, flexible)
    for (const item of m.endpoints) { putUpdateMetadataRequestUpdateMetadataEndpoint(w, item, version, flexible) }
  }
  if (version >= 2) {
    if (flexible) w.writeCompactNullableString(m.rack); else w.writeNullableString(m.rack)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultUpdateMetadataRequest (): UpdateMetadataRequest {
  return { controllerId: 0, isKRaftController: false, type: 0, controllerEpoch: 0, brokerEpoch: -1n, ungroupedPartitionStates: [], topicStates: [], liveBrokers: [] }
}

function readUpdateMetadataRequest (r: Reader, version: number, flexible: boolean): UpdateMetadataRequest {
  const m: UpdateMetadataRequest = { controllerId: 0, isKRaftController: false, type: 0, controllerEpoch: 0, brokerEpoch: -1n, ungroupedPartitionStates: [], topicStates: [], liveBrokers: [] }
  m.controllerId = r.readInt32()
  if (version >= 8) {
    m.isKRaftController = r.readBoolean()
  }
  m.controllerEpoch = r.readInt32()
  if (version >= 5) {
    m.brokerEpoch = r.readInt64()
  }
  if (version <= 4) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('UngroupedPartitionStates is null but not nullable in this version')
      const items: UpdateMetadataRequestUpdateMetadataPartitionState[] = []
      for (let i = 0; i < n; i++) items.push(readUpdateMetadataRequestUpdateMetadataPartitionState(r, version, flexible))
      m.ungroupedPartitionStates = items
    }
  }
  if (version >= 5) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('TopicStates is null but not nullable in this version')
      const items: UpdateMetadataRequestUpdateMetadataTopicState[] = []
      for (let i = 0; i < n; i++) items.push(readUpdateMetadataRequestUpdateMetadataTopicState(r, version, flexible))
      m.topicStates = items
    }
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('LiveBrokers is null but not nullable in this version')
    const items: UpdateMetadataRequestUpdateMetadataBroker[] = []
    for (let i = 0; i < n; i++) items.push(readUpdateMetadataRequestUpdateMetadataBroker(r, version, flexible))
    m.liveBrokers = items
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
          if (version >= 8) {
            m.type = r.readInt8()
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

function sizeUpdateMetadataRequest (m: UpdateMetadataRequest, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  if (!(version >= 8) && !(m.isKRaftController === false)) throw new Error('UpdateMetadataRequest.isKRaftController is not supported in version ' + version)
  if (version >= 8) {
    size += 1
  }
  size += 4
  if (version >= 5) {
    size += 8
  }
  if (!(version <= 4) && !((m.ungroupedPartitionStates !== null && m.ungroupedPartitionStates.length === 0))) throw new Error('UpdateMetadataRequest.ungroupedPartitionStates is not supported in version ' + version)
  if (version <= 4) {
    {
      size += sizeOfArrayLength(m.ungroupedPartitionStates.length, flexible)
      for (const item of m.ungroupedPartitionStates) size += sizeUpdateMetadataRequestUpdateMetadataPartitionState(item, version, flexible)
    }
  }
  if (!(version >= 5) && !((m.topicStates !== null && m.topicStates.length === 0))) throw new Error('UpdateMetadataRequest.topicStates is not supported in version ' + version)
  if (version >= 5) {
    {
      size += sizeOfArrayLength(m.topicStates.length, flexible)
      for (const item of m.topicStates) size += sizeUpdateMetadataRequestUpdateMetadataTopicState(item, version, flexible)
    }
  }
  {
    size += sizeOfArrayLength(m.liveBrokers.length, flexible)
    for (const item of m.liveBrokers) size += sizeUpdateMetadataRequestUpdateMetadataBroker(item, version, flexible)
  }
  if (flexible) {
    let count = 0
    if (version >= 8 && !(m.type === 0)) {
      count++
      let fieldSize = 0
      fieldSize += 1
      size += sizeOfUnsignedVarInt(0) + sizeOfUnsignedVarInt(fieldSize) + fieldSize
    }
    size += sizeOfUnsignedVarInt(count)
  }
  return size
}

function putUpdateMetadataRequest (w: Writer, m: UpdateMetadataRequest, version: number, flexible: boolean): void {
  w.writeInt32(m.controllerId)
  if (version >= 8) {
    w.writeBoolean(m.isKRaftController)
  }
  w.writeInt32(m.controllerEpoch)
  if (version >= 5) {
    w.writeInt64(m.brokerEpoch)
  }
  if (version <= 4) {
    w.writeArrayLength(m.ungroupedPartitionStates.length, flexible)
    for (const item of m.ungroupedPartitionStates) { putUpdateMetadataRequestUpdateMetadataPartitionState(w, item, version, flexible) }
  }
  if (version >= 5) {
    w.writeArrayLength(m.topicStates.length, flexible)
    for (const item of m.topicStates) { putUpdateMetadataRequestUpdateMetadataTopicState(w, item, version, flexible) }
  }
  w.writeArrayLength(m.liveBrokers.length, flexible)
  for (const item of m.liveBrokers) { putUpdateMetadataRequestUpdateMetadataBroker(w, item, version, flexible) }
  if (flexible) {
    let count = 0
    if (version >= 8 && !(m.type === 0)) count++
    w.writeUnsignedVarInt(count)
    if (version >= 8 && !(m.type === 0)) {
      let fieldSize = 0
      fieldSize += 1
      w.writeUnsignedVarInt(0)
      w.writeUnsignedVarInt(fieldSize)
      w.writeInt8(m.type)
    }
  }
}

/** UpdateMetadataRequest: valid versions 0-8, flexible 6+. */
export const UpdateMetadataRequestVersions = { min: 0, max: 8, flexibleMin: 6 } as const

export function decodeUpdateMetadataRequest (r: Reader, version: number): UpdateMetadataRequest {
  return readUpdateMetadataRequest(r, version, version >= 6)
}

export function sizeOfUpdateMetadataRequest (m: UpdateMetadataRequest, version: number): number {
  return sizeUpdateMetadataRequest(m, version, version >= 6)
}

export function writeUpdateMetadataRequest (w: Writer, m: UpdateMetadataRequest, version: number): void {
  putUpdateMetadataRequest(w, m, version, version >= 6)
}

export interface UpdateMetadataResponse {
  /** ErrorCode: versions 0+ */
  errorCode: number
}

export function defaultUpdateMetadataResponse (): UpdateMetadataResponse {
  return { errorCode: 0 }
}

function readUpdateMetadataResponse (r: Reader, _version: number, flexible: boolean): UpdateMetadataResponse {
  const m: UpdateMetadataResponse = { errorCode: 0 }
  m.errorCode = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeUpdateMetadataResponse (_m: UpdateMetadataResponse, _version: number, flexible: boolean): number {
  let size = 0
  size += 2
  if (flexible) size += 1
  return size
}

function putUpdateMetadataResponse (w: Writer, m: UpdateMetadataResponse, _version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** UpdateMetadataResponse: valid versions 0-8, flexible 6+. */
export const UpdateMetadataResponseVersions = { min: 0, max: 8, flexibleMin: 6 } as const

export function decodeUpdateMetadataResponse (r: Reader, version: number): UpdateMetadataResponse {
  return readUpdateMetadataResponse(r, version, version >= 6)
}

export function sizeOfUpdateMetadataResponse (m: UpdateMetadataResponse, version: number): number {
  return sizeUpdateMetadataResponse(m, version, version >= 6)
}

export function writeUpdateMetadataResponse (w: Writer, m: UpdateMetadataResponse, version: number): void {
  putUpdateMetadataResponse(w, m, version, version >= 6)
}
