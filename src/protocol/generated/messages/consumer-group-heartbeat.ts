// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: ConsumerGroupHeartbeatRequest.json, ConsumerGroupHeartbeatResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'
import { ZERO_UUID } from '../../primitives/uuid.ts'

export interface ConsumerGroupHeartbeatRequestTopicPartitions {
  /** TopicId: versions 0+ */
  topicId: string
  /** Partitions: versions 0+ */
  partitions: number[]
}

export interface ConsumerGroupHeartbeatRequest {
  /** GroupId: versions 0+ */
  groupId: string
  /** MemberId: versions 0+ */
  memberId: string
  /** MemberEpoch: versions 0+ */
  memberEpoch: number
  /** InstanceId: versions 0+ */
  instanceId: string | null
  /** RackId: versions 0+ */
  rackId: string | null
  /** RebalanceTimeoutMs: versions 0+ */
  rebalanceTimeoutMs: number
  /** SubscribedTopicNames: versions 0+ */
  subscribedTopicNames: string[] | null
  /** ServerAssignor: versions 0+ */
  serverAssignor: string | null
  /** TopicPartitions: versions 0+ */
  topicPartitions: ConsumerGroupHeartbeatRequestTopicPartitions[] | null
}

export function defaultConsumerGroupHeartbeatRequestTopicPartitions (): ConsumerGroupHeartbeatRequestTopicPartitions {
  return { topicId: ZERO_UUID, partitions: [] }
}

function readConsumerGroupHeartbeatRequestTopicPartitions (r: Reader, _version: number, flexible: boolean): ConsumerGroupHeartbeatRequestTopicPartitions {
  const m: ConsumerGroupHeartbeatRequestTopicPartitions = { topicId: ZERO_UUID, partitions: [] }
  m.topicId = r.readUuid()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: number[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt32())
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeConsumerGroupHeartbeatRequestTopicPartitions (m: ConsumerGroupHeartbeatRequestTopicPartitions, _version: number, flexible: boolean): number {
  let size = 0
  size += 16
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    size += m.partitions.length * 4
  }
  if (flexible) size += 1
  return size
}

function putConsumerGroupHeartbeatRequestTopicPartitions (w: Writer, m: ConsumerGroupHeartbeatRequestTopicPartitions, _version: number, flexible: boolean): void {
  w.writeUuid(m.topicId)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { w.writeInt32(item) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultConsumerGroupHeartbeatRequest (): ConsumerGroupHeartbeatRequest {
  return { groupId: "", memberId: "", memberEpoch: 0, instanceId: null, rackId: null, rebalanceTimeoutMs: -1, subscribedTopicNames: null, serverAssignor: null, topicPartitions: null }
}

function readConsumerGroupHeartbeatRequest (r: Reader, version: number, flexible: boolean): ConsumerGroupHeartbeatRequest {
  const m: ConsumerGroupHeartbeatRequest = { groupId: "", memberId: "", memberEpoch: 0, instanceId: null, rackId: null, rebalanceTimeoutMs: -1, subscribedTopicNames: null, serverAssignor: null, topicPartitions: null }
  m.groupId = (flexible ? r.readCompactString() : r.readString())
  m.memberId = (flexible ? r.readCompactString() : r.readString())
  m.memberEpoch = r.readInt32()
  m.instanceId = (flexible ? r.readCompactNullableString() : r.readNullableString())
  m.rackId = (flexible ? r.readCompactNullableString() : r.readNullableString())
  m.rebalanceTimeoutMs = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) m.subscribedTopicNames = null
    else {
      const items: string[] = []
      for (let i = 0; i < n; i++) items.push((flexible ? r.readCompactString() : r.readString()))
      m.subscribedTopicNames = items
    }
  }
  m.serverAssignor = (flexible ? r.readCompactNullableString() : r.readNullableString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) m.topicPartitions = null
    else {
      const items: ConsumerGroupHeartbeatRequestTopicPartitions[] = []
      for (let i = 0; i < n; i++) items.push(readConsumerGroupHeartbeatRequestTopicPartitions(r, version, flexible))
      m.topicPartitions = items
    }
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeConsumerGroupHeartbeatRequest (m: ConsumerGroupHeartbeatRequest, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.groupId, flexible)
  size += sizeOfString(m.memberId, flexible)
  size += 4
  size += sizeOfNullableString(m.instanceId, flexible)
  size += sizeOfNullableString(m.rackId, flexible)
  size += 4
  if (m.subscribedTopicNames === null) size += sizeOfArrayLength(-1, flexible)
  else {
    size += sizeOfArrayLength(m.subscribedTopicNames.length, flexible)
    for (const item of m.subscribedTopicNames) size += sizeOfString(item, flexible)
  }
  size += sizeOfNullableString(m.serverAssignor, flexible)
  if (m.topicPartitions === null) size += sizeOfArrayLength(-1, flexible)
  else {
    size += sizeOfArrayLength(m.topicPartitions.length, flexible)
    for (const item of m.topicPartitions) size += sizeConsumerGroupHeartbeatRequestTopicPartitions(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putConsumerGroupHeartbeatRequest (w: Writer, m: ConsumerGroupHeartbeatRequest, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.groupId); else w.writeString(m.groupId)
  if (flexible) w.writeCompactString(m.memberId); else w.writeString(m.memberId)
  w.writeInt32(m.memberEpoch)
  if (flexible) w.writeCompactNullableString(m.instanceId); else w.writeNullableString(m.instanceId)
  if (flexible) w.writeCompactNullableString(m.rackId); else w.writeNullableString(m.rackId)
  w.writeInt32(m.rebalanceTimeoutMs)
  if (m.subscribedTopicNames === null) {
    w.writeArrayLength(-1, flexible)
  } else {
    w.writeArrayLength(m.subscribedTopicNames.length, flexible)
    for (const item of m.subscribedTopicNames) { if (flexible) w.writeCompactString(item); else w.writeString(item) }
  }
  if (flexible) w.writeCompactNullableString(m.serverAssignor); else w.writeNullableString(m.serverAssignor)
  if (m.topicPartitions === null) {
    w.writeArrayLength(-1, flexible)
  } else {
    w.writeArrayLength(m.topicPartitions.length, flexible)
    for (const item of m.topicPartitions) { putConsumerGroupHeartbeatRequestTopicPartitions(w, item, version, flexible) }
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ConsumerGroupHeartbeatRequest: valid versions 0-0, flexible 0+. */
export const ConsumerGroupHeartbeatRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeConsumerGroupHeartbeatRequest (r: Reader, version: number): ConsumerGroupHeartbeatRequest {
  return readConsumerGroupHeartbeatRequest(r, version, true)
}

export function sizeOfConsumerGroupHeartbeatRequest (m: ConsumerGroupHeartbeatRequest, version: number): number {
  return sizeConsumerGroupHeartbeatRequest(m, version, true)
}

export function writeConsumerGroupHeartbeatRequest (w: Writer, m: ConsumerGroupHeartbeatRequest, version: number): void {
  putConsumerGroupHeartbeatRequest(w, m, version, true)
}

export interface ConsumerGroupHeartbeatResponseTopicPartitions {
  /** TopicId: versions 0+ */
  topicId: string
  /** Partitions: versions 0+ */
  partitions: number[]
}

export interface ConsumerGroupHeartbeatResponseAssignment {
  /** TopicPartitions: versions 0+ */
  topicPartitions: ConsumerGroupHeartbeatResponseTopicPartitions[]
}

export interface ConsumerGroupHeartbeatResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
  /** MemberId: versions 0+ */
  memberId: string | null
  /** MemberEpoch: versions 0+ */
  memberEpoch: number
  /** HeartbeatIntervalMs: versions 0+ */
  heartbeatIntervalMs: number
  /** Assignment: versions 0+ */
  assignment: ConsumerGroupHeartbeatResponseAssignment | null
}

export function defaultConsumerGroupHeartbeatResponseTopicPartitions (): ConsumerGroupHeartbeatResponseTopicPartitions {
  return { topicId: ZERO_UUID, partitions: [] }
}

function readConsumerGroupHeartbeatResponseTopicPartitions (r: Reader, _version: number, flexible: boolean): ConsumerGroupHeartbeatResponseTopicPartitions {
  const m: ConsumerGroupHeartbeatResponseTopicPartitions = { topicId: ZERO_UUID, partitions: [] }
  m.topicId = r.readUuid()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Partitions is null but not nullable in this version')
    const items: number[] = []
    for (let i = 0; i < n; i++) items.push(r.readInt32())
    m.partitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeConsumerGroupHeartbeatResponseTopicPartitions (m: ConsumerGroupHeartbeatResponseTopicPartitions, _version: number, flexible: boolean): number {
  let size = 0
  size += 16
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    size += m.partitions.length * 4
  }
  if (flexible) size += 1
  return size
}

function putConsumerGroupHeartbeatResponseTopicPartitions (w: Writer, m: ConsumerGroupHeartbeatResponseTopicPartitions, _version: number, flexible: boolean): void {
  w.writeUuid(m.topicId)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { w.writeInt32(item) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultConsumerGroupHeartbeatResponseAssignment (): ConsumerGroupHeartbeatResponseAssignment {
  return { topicPartitions: [] }
}

function readConsumerGroupHeartbeatResponseAssignment (r: Reader, version: number, flexible: boolean): ConsumerGroupHeartbeatResponseAssignment {
  const m: ConsumerGroupHeartbeatResponseAssignment = { topicPartitions: [] }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('TopicPartitions is null but not nullable in this version')
    const items: ConsumerGroupHeartbeatResponseTopicPartitions[] = []
    for (let i = 0; i < n; i++) items.push(readConsumerGroupHeartbeatResponseTopicPartitions(r, version, flexible))
    m.topicPartitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeConsumerGroupHeartbeatResponseAssignment (m: ConsumerGroupHeartbeatResponseAssignment, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.topicPartitions.length, flexible)
    for (const item of m.topicPartitions) size += sizeConsumerGroupHeartbeatResponseTopicPartitions(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putConsumerGroupHeartbeatResponseAssignment (w: Writer, m: ConsumerGroupHeartbeatResponseAssignment, version: number, flexible: boolean): void {
  w.writeArrayLength(m.topicPartitions.length, flexible)
  for (const item of m.topicPartitions) { putConsumerGroupHeartbeatResponseTopicPartitions(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultConsumerGroupHeartbeatResponse (): ConsumerGroupHeartbeatResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: null, memberId: null, memberEpoch: 0, heartbeatIntervalMs: 0, assignment: null }
}

function readConsumerGroupHeartbeatResponse (r: Reader, version: number, flexible: boolean): ConsumerGroupHeartbeatResponse {
  const m: ConsumerGroupHeartbeatResponse = { throttleTimeMs: 0, errorCode: 0, errorMessage: null, memberId: null, memberEpoch: 0, heartbeatIntervalMs: 0, assignment: null }
  m.throttleTimeMs = r.readInt32()
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  m.memberId = (flexible ? r.readCompactNullableString() : r.readNullableString())
  m.memberEpoch = r.readInt32()
  m.heartbeatIntervalMs = r.readInt32()
  m.assignment = r.readInt8() >= 0 ? readConsumerGroupHeartbeatResponseAssignment(r, version, flexible) : null
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeConsumerGroupHeartbeatResponse (m: ConsumerGroupHeartbeatResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  size += sizeOfNullableString(m.memberId, flexible)
  size += 4
  size += 4
  size += 1 + (m.assignment === null ? 0 : sizeConsumerGroupHeartbeatResponseAssignment(m.assignment, version, flexible))
  if (flexible) size += 1
  return size
}

function putConsumerGroupHeartbeatResponse (w: Writer, m: ConsumerGroupHeartbeatResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  if (flexible) w.writeCompactNullableString(m.memberId); else w.writeNullableString(m.memberId)
  w.writeInt32(m.memberEpoch)
  w.writeInt32(m.heartbeatIntervalMs)
  if (m.assignment === null) {
    w.writeInt8(-1)
  } else {
    w.writeInt8(1)
    putConsumerGroupHeartbeatResponseAssignment(w, m.assignment, version, flexible)
  }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ConsumerGroupHeartbeatResponse: valid versions 0-0, flexible 0+. */
export const ConsumerGroupHeartbeatResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeConsumerGroupHeartbeatResponse (r: Reader, version: number): ConsumerGroupHeartbeatResponse {
  return readConsumerGroupHeartbeatResponse(r, version, true)
}

export function sizeOfConsumerGroupHeartbeatResponse (m: ConsumerGroupHeartbeatResponse, version: number): number {
  return sizeConsumerGroupHeartbeatResponse(m, version, true)
}

export function writeConsumerGroupHeartbeatResponse (w: Writer, m: ConsumerGroupHeartbeatResponse, version: number): void {
  putConsumerGroupHeartbeatResponse(w, m, version, true)
}
