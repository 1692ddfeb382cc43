// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: StopReplicaRequest.json, StopReplicaResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfArrayLength } from '../../primitives/writer.ts'

export interface StopReplicaRequestStopReplicaPartitionV0 {
  /** TopicName: versions 0-0 */
  topicName: string
  /** PartitionIndex: versions 0-0 */
  partitionIndex: number
}

export interface StopReplicaRequestStopReplicaTopicV1 {
  /** Name: versions 1-2 */
  name: string
  /** PartitionIndexes: versions 1-2 */
  partitionIndexes: number[]
}

export interface StopReplicaRequestStopReplicaPartitionState {
  /** PartitionIndex: versions 3+ */
  partitionIndex: number
  /** LeaderEpoch: versions 3+ */
  leaderEpoch: number
  /** DeletePartition: versions 3+ */
  deletePartition: boolean
}

export interface StopReplicaRequestStopReplicaTopicState {
  /** TopicName: versions 3+ */
  topicName: string
  /** PartitionStates: versions 3+ */
  partitionStates: StopReplicaRequestStopReplicaPartitionState[]
}

export interface StopReplicaRequest {
  /** ControllerId: versions 0+ */
  controllerId: number
  /** isKRaftController: versions 4+ */
  isKRaftController: boolean
  /** ControllerEpoch: versions 0+ */
  controllerEpoch: number
  /** BrokerEpoch: versions 1+ */
  brokerEpoch: bigint
  /** DeletePartitions: versions 0-2 */
  deletePartitions: boolean
  /** UngroupedPartitions: versions 0-0 */
  ungroupedPartitions: StopReplicaRequestStopReplicaPartitionV0[]
  /** Topics: versions 1-2 */
  topics: StopReplicaRequestStopReplicaTopicV1[]
  /** TopicStates: versions 3+ */
  topicStates: StopReplicaRequestStopReplicaTopicState[]
}

export function defaultStopReplicaRequestStopReplicaPartitionV0 (): StopReplicaRequestStopReplicaPartitionV0 {
  return { topicName: "", partitionIndex: 0 }
}

function readStopReplicaRequestStopReplicaPartitionV0 (r: Reader, version: number, flexible: boolean): StopReplicaRequestStopReplicaPartitionV0 {
  const m: StopReplicaRequestStopReplicaPartitionV0 = { topicName: "", partitionIndex: 0 }
  if (version <= 0) {
    m.topicName = (flexible ? r.readCompactString() : r.readString())
  }
  if (version <= 0) {
    m.partitionIndex = r.readInt32()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeStopReplicaRequestStopReplicaPartitionV0 (m: StopReplicaRequestStopReplicaPartitionV0, version: number, flexible: boolean): number {
  let size = 0
  if (!(version <= 0) && !(m.topicName === "")) throw new Error('StopReplicaRequestStopReplicaPartitionV0.topicName is not supported in version ' + version)
  if (version <= 0) {
    size += sizeOfString(m.topicName, flexible)
  }
  if (!(version <= 0) && !(m.partitionIndex === 0)) throw new Error('StopReplicaRequestStopReplicaPartitionV0.partitionIndex is not supported in version ' + version)
  if (version <= 0) {
    size += 4
  }
  if (flexible) size += 1
  return size
}

function putStopReplicaRequestStopReplicaPartitionV0 (w: Writer, m: StopReplicaRequestStopReplicaPartitionV0, version: number, flexible: boolean): void {
  if (version <= 0) {
    if (flexible) w.writeCompactString(m.topicName); else w.writeString(m.topicName)
  }
  if (version <= 0) {
    w.writeInt32(m.partitionIndex)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultStopReplicaRequestStopReplicaTopicV1 (): StopReplicaRequestStopReplicaTopicV1 {
  return { name: "", partitionIndexes: [] }
}

function readStopReplicaRequestStopReplicaTopicV1 (r: Reader, version: number, flexible: boolean): StopReplicaRequestStopReplicaTopicV1 {
  const m: StopReplicaRequestStopReplicaTopicV1 = { name: "", partitionIndexes: [] }
  if (version >= 1 && version <= 2) {
    m.name = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 1 && version <= 2) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('PartitionIndexes is null but not nullable in this version')
      const items: number[] = []
      for (let i = 0; i < n; i++) items.push(r.readInt32())
      m.partitionIndexes = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeStopReplicaRequestStopReplicaTopicV1 (m: StopReplicaRequestStopReplicaTopicV1, version: number, flexible: boolean): number {
  let size = 0
  if (!(version >= 1 && version <= 2) && !(m.name === "")) throw new Error('StopReplicaRequestStopReplicaTopicV1.name is not supported in version ' + version)
  if (version >= 1 && version <= 2) {
    size += sizeOfString(m.name, flexible)
  }
  if (!(version >= 1 && version <= 2) && !((m.partitionIndexes !== null && m.partitionIndexes.length === 0))) throw new Error('StopReplicaRequestStopReplicaTopicV1.partitionIndexes is not supported in version ' + version)
  if (version >= 1 && version <= 2) {
    {
      size += sizeOfArrayLength(m.partitionIndexes.length, flexible)
      size += m.partitionIndexes.length * 4
    }
  }
  if (flexible) size += 1
  return size
}

function putStopReplicaRequestStopReplicaTopicV1 (w: Writer, m: StopReplicaRequestStopReplicaTopicV1, version: number, flexible: boolean): void {
  if (version >= 1 && version <= 2) {
    if (flexible) w.writeCompactString(m.name); else w.writeString(m.name)
  }
  if (version >= 1 && version <= 2) {
    w.writeArrayLength(m.partitionIndexes.length, flexible)
    for (const item of m.partitionIndexes) { w.writeInt32(item) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultStopReplicaRequestStopReplicaPartitionState (): StopReplicaRequestStopReplicaPartitionState {
  return { partitionIndex: 0, leaderEpoch: -1, deletePartition: false }
}

function readStopReplicaRequestStopReplicaPartitionState (r: Reader, version: number, flexible: boolean): StopReplicaRequestStopReplicaPartitionState {
  const m: StopReplicaRequestStopReplicaPartitionState = { partitionIndex: 0, leaderEpoch: -1, deletePartition: false }
  if (version >= 3) {
    m.partitionIndex = r.readInt32()
  }
  if (version >= 3) {
    m.leaderEpoch = r.readInt32()
  }
  if (version >= 3) {
    m.deletePartition = r.readBoolean()
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeStopReplicaRequestStopReplicaPartitionState (m: StopReplicaRequestStopReplicaPartitionState, version: number, flexible: boolean): number {
  let size = 0
  if (!(version >= 3) && !(m.partitionIndex === 0)) throw new Error('StopReplicaRequestStopReplicaPartitionState.partitionIndex is not supported in version ' + version)
  if (version >= 3) {
    size += 4
  }
  if (!(version >= 3) && !(m.leaderEpoch === -1)) throw new Error('StopReplicaRequestStopReplicaPartitionState.leaderEpoch is not supported in version ' + version)
  if (version >= 3) {
    size += 4
  }
  if (!(version >= 3) && !(m.deletePartition === false)) throw new Error('StopReplicaRequestStopReplicaPartitionState.deletePartition is not supported in version ' + version)
  if (version >= 3) {
    size += 1
  }
  if (flexible) size += 1
  return size
}

function putStopReplicaRequestStopReplicaPartitionState (w: Writer, m: StopReplicaRequestStopReplicaPartitionState, version: number, flexible: boolean): void {
  if (version >= 3) {
    w.writeInt32(m.partitionIndex)
  }
  if (version >= 3) {
    w.writeInt32(m.leaderEpoch)
  }
  if (version >= 3) {
    w.writeBoolean(m.deletePartition)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultStopReplicaRequestStopReplicaTopicState (): StopReplicaRequestStopReplicaTopicState {
  return { topicName: "", partitionStates: [] }
}

function readStopReplicaRequestStopReplicaTopicState (r: Reader, version: number, flexible: boolean): StopReplicaRequestStopReplicaTopicState {
  const m: StopReplicaRequestStopReplicaTopicState = { topicName: "", partitionStates: [] }
  if (version >= 3) {
    m.topicName = (flexible ? r.readCompactString() : r.readString())
  }
  if (version >= 3) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('PartitionStates is null but not nullable in this version')
      const items: StopReplicaRequestStopReplicaPartitionState[] = []
      for (let i = 0; i < n; i++) items.push(readStopReplicaRequestStopReplicaPartitionState(r, version, flexible))
      m.partitionStates = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeStopReplicaRequestStopReplicaTopicState (m: StopReplicaRequestStopReplicaTopicState, version: number, flexible: boolean): number {
  let size = 0
  if (!(version >= 3) && !(m.topicName === "")) throw new Error('StopReplicaRequestStopReplicaTopicState.topicName is not supported in version ' + version)
  if (version >= 3) {
    size += sizeOfString(m.topicName, flexible)
  }
  if (!(version >= 3) && !((m.partitionStates !== null && m.partitionStates.length === 0))) throw new Error('StopReplicaRequestStopReplicaTopicState.partitionStates is not supported in version ' + version)
  if (version >= 3) {
    {
      size += sizeOfArrayLength(m.partitionStates.length, flexible)
      for (const item of m.partitionStates) size += sizeStopReplicaRequestStopReplicaPartitionState(item, version, flexible)
    }
  }
  if (flexible) size += 1
  return size
}

function putStopReplicaRequestStopReplicaTopicState (w: Writer, m: StopReplicaRequestStopReplicaTopicState, version: number, flexible: boolean): void {
  if (version >= 3) {
    if (flexible) w.writeCompactString(m.topicName); else w.writeString(m.topicName)
  }
  if (version >= 3) {
    w.writeArrayLength(m.partitionStates.length, flexible)
    for (const item of m.partitionStates) { putStopReplicaRequestStopReplicaPartitionState(w, item, version, flexible) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultStopReplicaRequest (): StopReplicaRequest {
  return { controllerId: 0, isKRaftController: false, controllerEpoch: 0, brokerEpoch: -1n, deletePartitions: false, ungroupedPartitions: [], topics: [], topicStates: [] }
}

function readStopReplicaRequest (r: Reader, version: number, flexible: boolean): StopReplicaRequest {
  const m: StopReplicaRequest = { controllerId: 0, isKRaftController: false, controllerEpoch: 0, brokerEpoch: -1n, deletePartitions: false, ungroupedPartitions: [], topics: [], topicStates: [] }
  m.controllerId = r.readInt32()
  if (version >= 4) {
    m.isKRaftController = r.readBoolean()
  }
  m.controllerEpoch = r.readInt32()
  if (version >= 1) {
    m.brokerEpoch = r.readInt64()
  }
  if (version <= 2) {
    m.deletePartitions = r.readBoolean()
  }
  if (version <= 0) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('UngroupedPartitions is null but not nullable in this version')
      const items: StopReplicaRequestStopReplicaPartitionV0[] = []
      for (let i = 0; i < n; i++) items.push(readStopReplicaRequestStopReplicaPartitionV0(r, version, flexible))
      m.ungroupedPartitions = items
    }
  }
  if (version >= 1 && version <= 2) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('Topics is null but not nullable in this version')
      const items: StopReplicaRequestStopReplicaTopicV1[] = []
      for (let i = 0; i < n; i++) items.push(readStopReplicaRequestStopReplicaTopicV1(r, version, flexible))
      m.topics = items
    }
  }
  if (version >= 3) {
    {
      const n = r.readArrayLength(flexible)
      if (n < 0) throw new DecodeError('TopicStates is null but not nullable in this version')
      const items: StopReplicaRequestStopReplicaTopicState[] = []
      for (let i = 0; i < n; i++) items.push(readStopReplicaRequestStopReplicaTopicState(r, version, flexible))
      m.topicStates = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeStopReplicaRequest (m: StopReplicaRequest, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  if (!(version >= 4) && !(m.isKRaftController === false)) throw new Error('StopReplicaRequest.isKRaftController is not supported in version ' + version)
  if (version >= 4) {
    size += 1
  }
  size += 4
  if (version >= 1) {
    size += 8
  }
  if (!(version <= 2) && !(m.deletePartitions === false)) throw new Error('StopReplicaRequest.deletePartitions is not supported in version ' + version)
  if (version <= 2) {
    size += 1
  }
  if (!(version <= 0) && !((m.ungroupedPartitions !== null && m.ungroupedPartitions.length === 0))) throw new Error('StopReplicaRequest.ungroupedPartitions is not supported in version ' + version)
  if (version <= 0) {
    {
      size += sizeOfArrayLength(m.ungroupedPartitions.length, flexible)
      for (const item of m.ungroupedPartitions) size += sizeStopReplicaRequestStopReplicaPartitionV0(item, version, flexible)
    }
  }
  if (!(version >= 1 && version <= 2) && !((m.topics !== null && m.topics.length === 0))) throw new Error('StopReplicaRequest.topics is not supported in version ' + version)
  if (version >= 1 && version <= 2) {
    {
      size += sizeOfArrayLength(m.topics.length, flexible)
      for (const item of m.topics) size += sizeStopReplicaRequestStopReplicaTopicV1(item, version, flexible)
    }
  }
  if (!(version >= 3) && !((m.topicStates !== null && m.topicStates.length === 0))) throw new Error('StopReplicaRequest.topicStates is not supported in version ' + version)
  if (version >= 3) {
    {
      size += sizeOfArrayLength(m.topicStates.length, flexible)
      for (const item of m.topicStates) size += sizeStopReplicaRequestStopReplicaTopicState(item, version, flexible)
    }
  }
  if (flexible) size += 1
  return size
}

function putStopReplicaRequest (w: Writer, m: StopReplicaRequest, version: number, flexible: boolean): void {
  w.writeInt32(m.controllerId)
  if (version >= 4) {
    w.writeBoolean(m.isKRaftController)
  }
  w.writeInt32(m.controllerEpoch)
  if (version >= 1) {
    w.writeInt64(m.brokerEpoch)
  }
  if (version <= 2) {
    w.writeBoolean(m.deletePartitions)
  }
  if (version <= 0) {
    w.writeArrayLength(m.ungroupedPartitions.length, flexible)
    for (const item of m.ungroupedPartitions) { putStopReplicaRequestStopReplicaPartitionV0(w, item, version, flexible) }
  }
  if (version >= 1 && version <= 2) {
    w.writeArrayLength(m.topics.length, flexible)
    for (const item of m.topics) { putStopReplicaRequestStopReplicaTopicV1(w, item, version, flexible) }
  }
  if (version >= 3) {
    w.writeArrayLength(m.topicStates.length, flexible)
    for (const item of m.topicStates) { putStopReplicaRequestStopReplicaTopicState(w, item, version, flexible) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** StopReplicaRequest: valid versions 0-4, flexible 2+. */
export const StopReplicaRequestVersions = { min: 0, max: 4, flexibleMin: 2 } as const

export function decodeStopReplicaRequest (r: Reader, version: number): StopReplicaRequest {
  return readStopReplicaRequest(r, version, version >= 2)
}

export function sizeOfStopReplicaRequest (m: StopReplicaRequest, version: number): number {
  return sizeStopReplicaRequest(m, version, version >= 2)
}

export function writeStopReplicaRequest (w: Writer, m: StopReplicaRequest, version: number): void {
  putStopReplicaRequest(w, m, version, version >= 2)
}

export interface StopReplicaResponseStopReplicaPartitionError {
  /** TopicName: versions 0+ */
  topicName: string
  /** PartitionIndex: versions 0+ */
  partitionIndex: number
  /** ErrorCode: versions 0+ */
  errorCode: number
}

export interface StopReplicaResponse {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** PartitionErrors: versions 0+ */
  partitionErrors: StopReplicaResponseStopReplicaPartitionError[]
}

export function defaultStopReplicaResponseStopReplicaPartitionError (): StopReplicaResponseStopReplicaPartitionError {
  return { topicName: "", partitionIndex: 0, errorCode: 0 }
}

function readStopReplicaResponseStopReplicaPartitionError (r: Reader, _version: number, flexible: boolean): StopReplicaResponseStopReplicaPartitionError {
  const m: StopReplicaResponseStopReplicaPartitionError = { topicName: "", partitionIndex: 0, errorCode: 0 }
  m.topicName = (flexible ? r.readCompactString() : r.readString())
  m.partitionIndex = r.readInt32()
  m.errorCode = r.readInt16()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeStopReplicaResponseStopReplicaPartitionError (m: StopReplicaResponseStopReplicaPartitionError, _version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.topicName, flexible)
  size += 4
  size += 2
  if (flexible) size += 1
  return size
}

function putStopReplicaResponseStopReplicaPartitionError (w: Writer, m: StopReplicaResponseStopReplicaPartitionError, _version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.topicName); else w.writeString(m.topicName)
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultStopReplicaResponse (): StopReplicaResponse {
  return { errorCode: 0, partitionErrors: [] }
}

function readStopReplicaResponse (r: Reader, version: number, flexible: boolean): StopReplicaResponse {
  const m: StopReplicaResponse = { errorCode: 0, partitionErrors: [] }
  m.errorCode = r.readInt16()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('PartitionErrors is null but not nullable in this version')
    const items: StopReplicaResponseStopReplicaPartitionError[] = []
    for (let i = 0; i < n; i++) items.push(readStopReplicaResponseStopReplicaPartitionError(r, version, flexible))
    m.partitionErrors = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeStopReplicaResponse (m: StopReplicaResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  {
    size += sizeOfArrayLength(m.partitionErrors.length, flexible)
    for (const item of m.partitionErrors) size += sizeStopReplicaResponseStopReplicaPartitionError(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putStopReplicaResponse (w: Writer, m: StopReplicaResponse, version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  w.writeArrayLength(m.partitionErrors.length, flexible)
  for (const item of m.partitionErrors) { putStopReplicaResponseStopReplicaPartitionError(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** StopReplicaResponse: valid versions 0-4, flexible 2+. */
export const StopReplicaResponseVersions = { min: 0, max: 4, flexibleMin: 2 } as const

export function decodeStopReplicaResponse (r: Reader, version: number): StopReplicaResponse {
  return readStopReplicaResponse(r, version, version >= 2)
}

export function sizeOfStopReplicaResponse (m: StopReplicaResponse, version: number): number {
  return sizeStopReplicaResponse(m, version, version >= 2)
}

export function writeStopReplicaResponse (w: Writer, m: StopReplicaResponse, version: number): void {
  putStopReplicaResponse(w, m, version, version >= 2)
}
