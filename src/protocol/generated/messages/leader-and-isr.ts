// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: LeaderAndIsrRequest.json, LeaderAndIsrResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfArrayLength } from '../../primitives/writer.ts'
import { ZERO_UUID } from '../../primitives/uuid.ts'

export interface LeaderAndIsrRequestLeaderAndIsrPartitionState {
  /** TopicName: versions 0-1 */
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
  /** PartitionEpoch: versions 0+ */
  partitionEpoch: number
  /** Replicas: versions 0+ */
  replicas: number[]
  /** AddingReplicas: versions 3+ */
  addingReplicas: number[]
  /** RemovingReplicas: versions 3+ */
  removingReplicas: number[]
  /** IsNew: versions 1+ */
  isNew: boolean
  /** LeaderRecoveryState: versions 6+ */
  leaderRecoveryState: number
}

export interface LeaderAndIsrRequestLeaderAndIsrTopicState {
  /** TopicName: versions 2+ */
  topicName: string
  /** TopicId: versions 5+ */
  topicId: string
  /** PartitionStates: versions 2+ */
  partitionStates: LeaderAndIsrRequestLeaderAndIsrPartitionState[]
}

export interface LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  /** BrokerId: versions 0+ */
  brokerId: number
  /** HostName: versions 0+ */
  hostName: string
  /** Port: versions 0+ */
  port: number
}

export interface LeaderAndIsrRequest {
  /** ControllerId: versions 0+ */
  controllerId: number
  /** isKRaftController: versions 7+ */
  isKRaftController: boolean
  /** ControllerEpoch: versions 0+ */
  controllerEpoch: number
  /** BrokerEpoch: versions 2+ */
  brokerEpoch: bigint
  /** Type: versions 5+ */
  type: number
  /** UngroupedPartitionStates: versions 0-1 */
  ungroupedPartitionStates: LeaderAndIsrRequestLeaderAndIsrPartitionState[]
  /** TopicStates: versions 2+ */
  topicStates: LeaderAndIsrRequestLeaderAndIsrTopicState[]
  /** LiveLeaders: versions 0+ */
  liveLeaders: LeaderAndIsrRequestLeaderAndIsrLiveLeader[]
}

export function defaultLeaderAndIsrRequestLeaderAndIsrPartitionState (): LeaderAndIsrRequestLeaderAndIsrPartitionState {
  return { topicName: "", partitionIndex: 0, controllerEpoch: 0, leader: 0, leaderEpoch: 0, isr: [], partitionEpoch: 0, replicas: [], addingReplicas: [], removingReplicas: [], isNew: false, leaderRecoveryState: 0 }
}

function readLeaderAndIsrRequestLeaderAndIsrPartitionState (r: Reader, version: number, flexible: boolean): LeaderAndIsrRequestLeaderAndIsrPartitionState {
  const m: LeaderAndIsrRequestLeaderAndIsrPartitionState = { topicName: "", partitionIndex: 0, controllerEpoch: 0, leader: 0, leaderEpoch: 0, isr: [], partitionEpoch: 0, replicas: [], addingReplicas: [], removingReplicas: [], isNew: false, leaderRecoveryState: 0 }
  if (version <= 1) {
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
  m.partitionEpoch = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Replicas is null but not nullable in this version')
    const items: number[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt32())
    m.replicas = items
  }
  if (version >= 3) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('AddingReplicas is null but not nullable in this version')
      const items: number[] = []
      for (let i = 0; i < n; i++) items.push(r.readInt32())
      m.addingReplicas = items
    }
  }
  if (version >= 3) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('RemovingReplicas is null but not nullable in this version')
      const items: number[] = []
      for (let i = 0; i < n; i++) items.push(r.readInt32())
      m.removingReplicas = items
    }
  }
  if (version >= 1) {
    m.isNew = r.readBoolean()
  }
  if (version >= 6) {
    m.leaderRecoveryState = r.readInt8()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeLeaderAndIsrRequestLeaderAndIsrPartitionState (m: LeaderAndIsrRequestLeaderAndIsrPartitionState, version: number, flexible: boolean): number {
  let size = 0
  if (version <= 1) {
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
  if (version >= 3) {
    {
      size += sizeOfArrayLength(m.addingReplicas.length, flexible)
      size += m.addingReplicas.length * 4
    }
  }
  if (version >= 3) {
    {
      size += sizeOfArrayLength(m.removingReplicas.length, flexible)
      size += m.removingReplicas.length * 4
    }
  }
  if (version >= 1) {
    size += 1
  }
  if (!(version >= 6) && !(m.leaderRecoveryState === 0)) throw new Error('LeaderAndIsrRequestLeaderAndIsrPartitionState.leaderRecoveryState is not supported in version ' + version)
  if (version >= 6) {
    size += 1
  }
  if (flexible) size += 1
  return size
}

function putLeaderAndIsrRequestLeaderAndIsrPartitionState (w: Writer, m: LeaderAndIsrRequestLeaderAndIsrPartitionState, version: number, flexible: boolean): void {
  if (version <= 1) {
    if (flexible) w.writeCompactString(m.topicName); else w.writeString(m.topicName)
  }
  w.writeInt32(m.partitionIndex)
  w.writeInt32(m.controllerEpoch)
  w.writeInt32(m.leader)
  w.writeInt32(m.leaderEpoch)
  w.writeArrayLength(m.isr.length, flexible)
  for (const item of m.isr) { w.writeInt32(item) }
  w.writeInt32(m.partitionEpoch)
  w.writeArrayLength(m.replicas.length, flexible)
  for (const item of m.replicas) { w.writeInt32(item) }
  if (version >= 3) {
    w.writeArrayLength(m.addingReplicas.length, flexible)
    for (const item of m.addingReplicas) { w.writeInt32(item) }
  }
  if (version >= 3) {
    w.writeArrayLength(m.removingReplicas.length, flexible)
    for (const item of m.removingReplicas) { w.writeInt32(item) }
  }
  if (version >= 1) {
    w.writeBoolean(m.isNew)
  }
  if (version >= 6) {
    w.writeInt8(m.leaderRecoveryState)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultLeaderAndIsrRequestLeaderAndIsrTopicState (): LeaderAndIsrRequestLeaderAndIsrTopicState {
  return { topicName: "", topicId: ZERO_UUID, partitionStates: [] }
}

function readLeaderAndIsrRequestLeaderAndIsrTopicState (r: Reader, version: number, flexible: boolean): LeaderAndIsrRequestLeaderAndIsrTopicState {
  const m: LeaderAndIsrRequestLeaderAndIsrTopicState = { topicName: "", topicId: ZERO_UUID, partitionStates: [] }
  if (version >= 2) {
    m.topicName = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 5) {
    m.topicId = r.readUuid()
  }
  if (version >= 2) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('PartitionStates is null but not nullable in this version')
      const items: LeaderAndIsrRequestLeaderAndIsrPartitionState[] = []
      for (let i = 0; i < n; i++) items.push(readLeaderAndIsrRequestLeaderAndIsrPartitionState(r, version, flexible))
      m.partitionStates = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeLeaderAndIsrRequestLeaderAndIsrTopicState (m: LeaderAndIsrRequestLeaderAndIsrTopicState, version: number, flexible: boolean): number {
  let size = 0
  if (!(version >= 2) && !(m.topicName === "")) throw new Error('LeaderAndIsrRequestLeaderAndIsrTopicState.topicName is not supported in version ' + version)
  if (version >= 2) {
    size += sizeOfString(m.topicName, flexible)
  }
  if (version >= 5) {
    size += 16
  }
  if (!(version >= 2) && !((m.partitionStates !== null && m.partitionStates.length === 0))) throw new Error('LeaderAndIsrRequestLeaderAndIsrTopicState.partitionStates is not supported in version ' + version)
  if (version >= 2) {
    {
      size += sizeOfArrayLength(m.partitionStates.length, flexible)
      for (const item of m.partitionStates) size += sizeLeaderAndIsrRequestLeaderAndIsrPartitionState(item, version, flexible)
    }
  }
  if (flexible) size += 1
  return size
}

function putLeaderAndIsrRequestLeaderAndIsrTopicState (w: Writer, m: LeaderAndIsrRequestLeaderAndIsrTopicState, version: number, flexible: boolean): void {
  if (version >= 2) {
    if (flexible) w.writeCompactString(m.topicName); else w.writeString(m.topicName)
  }
  if (version >= 5) {
    w.writeUuid(m.topicId)
  }
  if (version >= 2) {
    w.writeArrayLength(m.partitionStates.length, flexible)
    for (const item of m.partitionStates) { putLeaderAndIsrRequestLeaderAndIsrPartitionState(w, item, version, flexible) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultLeaderAndIsrRequestLeaderAndIsrLiveLeader (): LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  return { brokerId: 0, hostName: "", port: 0 }
}

function readLeaderAndIsrRequestLeaderAndIsrLiveLeader (r: Reader, _version: number, flexible: boolean): LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  const m: LeaderAndIsrRequestLeaderAndIsrLiveLeader = { brokerId: 0, hostName: "", port: 0 }
  m.brokerId = r.readInt32()
  m.hostName = (flexible ? r.readCompactString() : r.readString())
  m.port = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeLeaderAndIsrRequestLeaderAndIsrLiveLeader (m: LeaderAndIsrRequestLeaderAndIsrLiveLeader, _version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += sizeOfString(m.hostName, flexible)
  size += 4
  if (flexible) size += 1
  return size
}

function putLeaderAndIsrRequestLeaderAndIsrLiveLeader (w: Writer, m: LeaderAndIsrRequestLeaderAndIsrLiveLeader, _version: number, flexible: boolean): void {
  w.writeInt32(m.brokerId)
  if (flexible) w.writeCompactString(m.hostName); else w.writeString(m.hostName)
  w.writeInt32(m.port)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultLeaderAndIsrRequest (): LeaderAndIsrRequest {
  return { controllerId: 0, isKRaftController: false, controllerEpoch: 0, brokerEpoch: -1n, type: 0, ungroupedPartitionStates: [], topicStates: [], liveLeaders: [] }
}

function readLeaderAndIsrRequest (r: Reader, version: number, flexible: boolean): LeaderAndIsrRequest {
  const m: LeaderAndIsrRequest = { controllerId: 0, isKRaftController: false, controllerEpoch: 0, brokerEpoch: -1n, type: 0, ungroupedPartitionStates: [], topicStates: [], liveLeaders: [] }
  m.controllerId = r.readInt32()
  if (version >= 7) {
    m.isKRaftController = r.readBoolean()
  }
  m.controllerEpoch = r.readInt32()
  if (version >= 2) {
    m.brokerEpoch = r.readInt64()
  }
  if (version >= 5) {
    m.type = r.readInt8()
  }
  if (version <= 1) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('UngroupedPartitionStates is null but not nullable in this version')
      const items: LeaderAndIsrRequestLeaderAndIsrPartitionState[] = []
      for (let i = 0; i < n; i++) items.push(readLeaderAndIsrRequestLeaderAndIsrPartitionState(r, version, flexible))
      m.ungroupedPartitionStates = items
    }
  }
  if (version >= 2) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('TopicStates is null but not nullable in this version')
      const items: LeaderAndIsrRequestLeaderAndIsrTopicState[] = []
      for (let i = 0; i < n; i++) items.push(readLeaderAndIsrRequestLeaderAndIsrTopicState(r, version, flexible))
      m.topicStates = items
    }
  }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('LiveLeaders is null but not nullable in this version')
    const items: LeaderAndIsrRequestLeaderAndIsrLiveLeader[] = []
    for (let i = 0; i < n; i++) items.push(readLeaderAndIsrRequestLeaderAndIsrLiveLeader(r, version, flexible))
    m.liveLeaders = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeLeaderAndIsrRequest (m: LeaderAndIsrRequest, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  if (!(version >= 7) && !(m.isKRaftController === false)) throw new Error('LeaderAndIsrRequest.isKRaftController is not supported in version ' + version)
  if (version >= 7) {
    size += 1
  }
  size += 4
  if (version >= 2) {
    size += 8
  }
  if (!(version >= 5) && !(m.type === 0)) throw new Error('LeaderAndIsrRequest.type is not supported in version ' + version)
  if (version >= 5) {
    size += 1
  }
  if (!(version <= 1) && !((m.ungroupedPartitionStates !== null && m.ungroupedPartitionStates.length === 0))) throw new Error('LeaderAndIsrRequest.ungroupedPartitionStates is not supported in version ' + version)
  if (version <= 1) {
    {
      size += sizeOfArrayLength(m.ungroupedPartitionStates.length, flexible)
      for (const item of m.ungroupedPartitionStates) size += sizeLeaderAndIsrRequestLeaderAndIsrPartitionState(item, version, flexible)
    }
  }
  if (!(version >= 2) && !((m.topicStates !== null && m.topicStates.length === 0))) throw new Error('LeaderAndIsrRequest.topicStates is not supported in version ' + version)
  if (version >= 2) {
    {
      size += sizeOfArrayLength(m.topicStates.length, flexible)
      for (const item of m.topicStates) size += sizeLeaderAndIsrRequestLeaderAndIsrTopicState(item, version, flexible)
    }
  }
  {
    size += sizeOfArrayLength(m.liveLeaders.length, flexible)
    for (const item of m.liveLeaders) size += sizeLeaderAndIsrRequestLeaderAndIsrLiveLeader(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putLeaderAndIsrRequest (w: Writer, m: LeaderAndIsrRequest, version: number, flexible: boolean): void {
  w.writeInt32(m.controllerId)
  if (version >= 7) {
    w.writeBoolean(m.isKRaftController)
  }
  w.writeInt32(m.controllerEpoch)
  if (version >= 2) {
    w.writeInt64(m.brokerEpoch)
  }
  if (version >= 5) {
    w.writeInt8(m.type)
  }
  if (version <= 1) {
    w.writeArrayLength(m.ungroupedPartitionStates.length, flexible)
    for (const item of m.ungroupedPartitionStates) { putLeaderAndIsrRequestLeaderAndIsrPartitionState(w, item, version, flexible) }
  }
  if (version >= 2) {
    w.writeArrayLength(m.topicStates.length, flexible)
    for (const item of m.topicStates) { putLeaderAndIsrRequestLeaderAndIsrTopicState(w, item, version, flexible) }
  }
  w.writeArrayLength(m.liveLeaders.length, flexible)
  for (const item of m.liveLeaders) { putLeaderAndIsrRequestLeaderAndIsrLiveLeader(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** LeaderAndIsrRequest: valid versions 0-7, flexible 4+. */
export const LeaderAndIsrRequestVersions = { min: 0, max: 7, flexibleMin: 4 } as const

export function decodeLeaderAndIsrRequest (r: Reader, version: number): LeaderAndIsrRequest {
  return readLeaderAndIsrRequest(r, version, version >= 4)
}

export function sizeOfLeaderAndIsrRequest (m: LeaderAndIsrRequest, version: number): number {
  return sizeLeaderAndIsrRequest(m, version, version >= 4)
}

export function writeLeaderAndIsrRequest (w: Writer, m: LeaderAndIsrRequest, version: number): void {
  putLeaderAndIsrRequest(w, m, version, version >= 4)
}

export interface LeaderAndIsrResponseLeaderAndIsrPartitionError {
  /** TopicName: versions 0-4 */
  topicName: string
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** ErrorCode: versions 0+ */
  errorCode: number
}

export interface LeaderAndIsrResponseLeaderAndIsrTopicError {
  /** TopicId: versions 5+ */
  topicId: string
  /** PartitionErrors: versions 5+ */
  partitionErrors: LeaderAndIsrResponseLeaderAndIsrPartitionError[]
}

export interface LeaderAndIsrResponse {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** PartitionErrors: versions 0-4 */
  partitionErrors: LeaderAndIsrResponseLeaderAndIsrPartitionError[]
  /** Topics: versions 5+ */
  topics: LeaderAndIsrResponseLeaderAndIsrTopicError[]
}

export function defaultLeaderAndIsrResponseLeaderAndIsrPartitionError (): LeaderAndIsrResponseLeaderAndIsrPartitionError {
  return { topicName: "", partitionIndex: 0, errorCode: 0 }
}

function readLeaderAndIsrResponseLeaderAndIsrPartitionError (r: Reader, version: number, flexible: boolean): LeaderAndIsrResponseLeaderAndIsrPartitionError {
  const m: LeaderAndIsrResponseLeaderAndIsrPartitionError = { topicName: "", partitionIndex: 0, errorCode: 0 }
  if (version <= 4) {
    m.topicName = (flexible ? r.readCompactString() : r.readString())
  }
  m.partitionIndex = r.readInt32()
  m.errorCode = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeLeaderAndIsrResponseLeaderAndIsrPartitionError (m: LeaderAndIsrResponseLeaderAndIsrPartitionError, version: number, flexible: boolean): number {
  let size = 0
  if (version <= 4) {
    size += sizeOfString(m.topicName, flexible)
  }
  size += 4
  size += 2
  if (flexible) size += 1
  return size
}

function putLeaderAndIsrResponseLeaderAndIsrPartitionError (w: Writer, m: LeaderAndIsrResponseLeaderAndIsrPartitionError, version: number, flexible: boolean): void {
  if (version <= 4) {
    if (flexible) w.writeCompactString(m.topicName); else w.writeString(m.topicName)
  }
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultLeaderAndIsrResponseLeaderAndIsrTopicError (): LeaderAndIsrResponseLeaderAndIsrTopicError {
  return { topicId: ZERO_UUID, partitionErrors: [] }
}

function readLeaderAndIsrResponseLeaderAndIsrTopicError (r: Reader, version: number, flexible: boolean): LeaderAndIsrResponseLeaderAndIsrTopicError {
  const m: LeaderAndIsrResponseLeaderAndIsrTopicError = { topicId: ZERO_UUID, partitionErrors: [] }
  if (version >= 5) {
    m.topicId = r.readUuid()
  }
  if (version >= 5) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('PartitionErrors is null but not nullable in this version')
      const items: LeaderAndIsrResponseLeaderAndIsrPartitionError[] = []
      for (let i = 0; i < n; i++) items.push(readLeaderAndIsrResponseLeaderAndIsrPartitionError(r, version, flexible))
      m.partitionErrors = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeLeaderAndIsrResponseLeaderAndIsrTopicError (m: LeaderAndIsrResponseLeaderAndIsrTopicError, version: number, flexible: boolean): number {
  let size = 0
  if (version >= 5) {
    size += 16
  }
  if (version >= 5) {
    {
      size += sizeOfArrayLength(m.partitionErrors.length, flexible)
      for (const item of m.partitionErrors) size += sizeLeaderAndIsrResponseLeaderAndIsrPartitionError(item, version, flexible)
    }
  }
  if (flexible) size += 1
  return size
}

function putLeaderAndIsrResponseLeaderAndIsrTopicError (w: Writer, m: LeaderAndIsrResponseLeaderAndIsrTopicError, version: number, flexible: boolean): void {
  if (version >= 5) {
    w.writeUuid(m.topicId)
  }
  if (version >= 5) {
    w.writeArrayLength(m.partitionErrors.length, flexible)
    for (const item of m.partitionErrors) { putLeaderAndIsrResponseLeaderAndIsrPartitionError(w, item, version, flexible) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultLeaderAndIsrResponse (): LeaderAndIsrResponse {
  return { errorCode: 0, partitionErrors: [], topics: [] }
}

function readLeaderAndIsrResponse (r: Reader, version: number, flexible: boolean): LeaderAndIsrResponse {
  const m: LeaderAndIsrResponse = { errorCode: 0, partitionErrors: [], topics: [] }
  m.errorCode = r.readInt16()
  if (version <= 4) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('PartitionErrors is null but not nullable in this version')
      const items: LeaderAndIsrResponseLeaderAndIsrPartitionError[] = []
      for (let i = 0; i < n; i++) items.push(readLeaderAndIsrResponseLeaderAndIsrPartitionError(r, version, flexible))
      m.partitionErrors = items
    }
  }
  if (version >= 5) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
      const items: LeaderAndIsrResponseLeaderAndIsrTopicError[] = []
      for (let i = 0; i < n; i++) items.push(readLeaderAndIsrResponseLeaderAndIsrTopicError(r, version, flexible))
      m.topics = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeLeaderAndIsrResponse (m: LeaderAndIsrResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  if (version <= 4) {
    {
      size += sizeOfArrayLength(m.partitionErrors.length, flexible)
      for (const item of m.partitionErrors) size += sizeLeaderAndIsrResponseLeaderAndIsrPartitionError(item, version, flexible)
    }
  }
  if (version >= 5) {
    {
      size += sizeOfArrayLength(m.topics.length, flexible)
      for (const item of m.topics) size += sizeLeaderAndIsrResponseLeaderAndIsrTopicError(item, version, flexible)
    }
  }
  if (flexible) size += 1
  return size
}

function putLeaderAndIsrResponse (w: Writer, m: LeaderAndIsrResponse, version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  if (version <= 4) {
    w.writeArrayLength(m.partitionErrors.length, flexible)
    for (const item of m.partitionErrors) { putLeaderAndIsrResponseLeaderAndIsrPartitionError(w, item, version, flexible) }
  }
  if (version >= 5) {
    w.writeArrayLength(m.topics.length, flexible)
    for (const item of m.topics) { putLeaderAndIsrResponseLeaderAndIsrTopicError(w, item, version, flexible) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** LeaderAndIsrResponse: valid versions 0-7, flexible 4+. */
export const LeaderAndIsrResponseVersions = { min: 0, max: 7, flexibleMin: 4 } as const

export function decodeLeaderAndIsrResponse (r: Reader, version: number): LeaderAndIsrResponse {
  return readLeaderAndIsrResponse(r, version, version >= 4)
}

export function sizeOfLeaderAndIsrResponse (m: LeaderAndIsrResponse, version: number): number {
  return sizeLeaderAndIsrResponse(m, version, version >= 4)
}

export function writeLeaderAndIsrResponse (w: Writer, m: LeaderAndIsrResponse, version: number): void {
  putLeaderAndIsrResponse(w, m, version, version >= 4)
}
