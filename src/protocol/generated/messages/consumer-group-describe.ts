// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Sources: ConsumerGroupDescribeRequest.json, ConsumerGroupDescribeResponse.json
import { type Reader, DecodeError } from '../../primitives/reader.ts'
import { type Writer, sizeOfString, sizeOfNullableString, sizeOfArrayLength } from '../../primitives/writer.ts'
import { ZERO_UUID } from '../../primitives/uuid.ts'

export interface ConsumerGroupDescribeRequest {
  /** GroupIds: versions 0+ */
  groupIds: string[]
  /** IncludeAuthorizedOperations: versions 0+ */
  includeAuthorizedOperations: boolean
}

export function defaultConsumerGroupDescribeRequest (): ConsumerGroupDescribeRequest {
  return { groupIds: [], includeAuthorizedOperations: false }
}

function readConsumerGroupDescribeRequest (r: Reader, _version: number, flexible: boolean): ConsumerGroupDescribeRequest {
  const m: ConsumerGroupDescribeRequest = { groupIds: [], includeAuthorizedOperations: false }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('GroupIds is null but not nullable in this version')
    const items: string[] = []
    for (let i = 0; i < n; i++) items.push((flexible ? r.readCompactString() : r.readString()))
    m.groupIds = items
  }
  m.includeAuthorizedOperations = r.readBoolean()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeConsumerGroupDescribeRequest (m: ConsumerGroupDescribeRequest, _version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.groupIds.length, flexible)
    for (const item of m.groupIds) size += sizeOfString(item, flexible)
  }
  size += 1
  if (flexible) size += 1
  return size
}

function putConsumerGroupDescribeRequest (w: Writer, m: ConsumerGroupDescribeRequest, _version: number, flexible: boolean): void {
  w.writeArrayLength(m.groupIds.length, flexible)
  for (const item of m.groupIds) { if (flexible) w.writeCompactString(item); else w.writeString(item) }
  w.writeBoolean(m.includeAuthorizedOperations)
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ConsumerGroupDescribeRequest: valid versions 0-0, flexible 0+. */
export const ConsumerGroupDescribeRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeConsumerGroupDescribeRequest (r: Reader, version: number): ConsumerGroupDescribeRequest {
  return readConsumerGroupDescribeRequest(r, version, true)
}

export function sizeOfConsumerGroupDescribeRequest (m: ConsumerGroupDescribeRequest, version: number): number {
  return sizeConsumerGroupDescribeRequest(m, version, true)
}

export function writeConsumerGroupDescribeRequest (w: Writer, m: ConsumerGroupDescribeRequest, version: number): void {
  putConsumerGroupDescribeRequest(w, m, version, true)
}

export interface ConsumerGroupDescribeResponseTopicPartitions {
  /** TopicId: versions 0+ */
  topicId: string
  /** TopicName: versions 0+ */
  topicName: string
  /** Partitions: versions 0+ */
  partitions: number[]
}

export interface ConsumerGroupDescribeResponseAssignment {
  /** TopicPartitions: versions 0+ */
  topicPartitions: ConsumerGroupDescribeResponseTopicPartitions[]
}

export interface ConsumerGroupDescribeResponseMember {
  /** MemberId: versions 0+ */
  memberId: string
  /** InstanceId: versions 0+ */
  instanceId: string | null
  /** RackId: versions 0+ */
  rackId: string | null
  /** MemberEpoch: versions 0+ */
  memberEpoch: number
  /** ClientId: versions 0+ */
  clientId: string
  /** ClientHost: versions 0+ */
  clientHost: string
  /** SubscribedTopicNames: versions 0+ */
  subscribedTopicNames: string[]
  /** SubscribedTopicRegex: versions 0+ */
  subscribedTopicRegex: string | null
  /** Assignment: versions 0+ */
  assignment: ConsumerGroupDescribeResponseAssignment
  /** TargetAssignment: versions 0+ */
  targetAssignment: ConsumerGroupDescribeResponseAssignment
}

export interface ConsumerGroupDescribeResponseDescribedGroup {
  /** ErrorCode: versions 0+ */
  errorCode: number
  /** ErrorMessage: versions 0+ */
  errorMessage: string | null
  /** GroupId: versions 0+ */
  groupId: string
  /** GroupState: versions 0+ */
  groupState: string
  /** GroupEpoch: versions 0+ */
  groupEpoch: number
  /** AssignmentEpoch: versions 0+ */
  assignmentEpoch: number
  /** AssignorName: versions 0+ */
  assignorName: string
  /** Members: versions 0+ */
  members: ConsumerGroupDescribeResponseMember[]
  /** AuthorizedOperations: versions 0+ */
  authorizedOperations: number
}

export interface ConsumerGroupDescribeResponse {
  /** ThrottleTimeMs: versions 0+ */
  throttleTimeMs: number
  /** Groups: versions 0+ */
  groups: ConsumerGroupDescribeResponseDescribedGroup[]
}

export function defaultConsumerGroupDescribeResponseTopicPartitions (): ConsumerGroupDescribeResponseTopicPartitions {
  return { topicId: ZERO_UUID, topicName: "", partitions: [] }
}

function readConsumerGroupDescribeResponseTopicPartitions (r: Reader, _version: number, flexible: boolean): ConsumerGroupDescribeResponseTopicPartitions {
  const m: ConsumerGroupDescribeResponseTopicPartitions = { topicId: ZERO_UUID, topicName: "", partitions: [] }
  m.topicId = r.readUuid()
  m.topicName = (flexible ? r.readCompactString() : r.readString())
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

function sizeConsumerGroupDescribeResponseTopicPartitions (m: ConsumerGroupDescribeResponseTopicPartitions, _version: number, flexible: boolean): number {
  let size = 0
  size += 16
  size += sizeOfString(m.topicName, flexible)
  {
    size += sizeOfArrayLength(m.partitions.length, flexible)
    size += m.partitions.length * 4
  }
  if (flexible) size += 1
  return size
}

function putConsumerGroupDescribeResponseTopicPartitions (w: Writer, m: ConsumerGroupDescribeResponseTopicPartitions, _version: number, flexible: boolean): void {
  w.writeUuid(m.topicId)
  if (flexible) w.writeCompactString(m.topicName); else w.writeString(m.topicName)
  w.writeArrayLength(m.partitions.length, flexible)
  for (const item of m.partitions) { w.writeInt32(item) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultConsumerGroupDescribeResponseAssignment (): ConsumerGroupDescribeResponseAssignment {
  return { topicPartitions: [] }
}

function readConsumerGroupDescribeResponseAssignment (r: Reader, version: number, flexible: boolean): ConsumerGroupDescribeResponseAssignment {
  const m: ConsumerGroupDescribeResponseAssignment = { topicPartitions: [] }
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('TopicPartitions is null but not nullable in this version')
    const items: ConsumerGroupDescribeResponseTopicPartitions[] = []
    for (let i = 0; i < n; i++) items.push(readConsumerGroupDescribeResponseTopicPartitions(r, version, flexible))
    m.topicPartitions = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeConsumerGroupDescribeResponseAssignment (m: ConsumerGroupDescribeResponseAssignment, version: number, flexible: boolean): number {
  let size = 0
  {
    size += sizeOfArrayLength(m.topicPartitions.length, flexible)
    for (const item of m.topicPartitions) size += sizeConsumerGroupDescribeResponseTopicPartitions(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putConsumerGroupDescribeResponseAssignment (w: Writer, m: ConsumerGroupDescribeResponseAssignment, version: number, flexible: boolean): void {
  w.writeArrayLength(m.topicPartitions.length, flexible)
  for (const item of m.topicPartitions) { putConsumerGroupDescribeResponseTopicPartitions(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultConsumerGroupDescribeResponseMember (): ConsumerGroupDescribeResponseMember {
  return { memberId: "", instanceId: null, rackId: null, memberEpoch: 0, clientId: "", clientHost: "", subscribedTopicNames: [], subscribedTopicRegex: null, assignment: defaultConsumerGroupDescribeResponseAssignment(), targetAssignment: defaultConsumerGroupDescribeResponseAssignment() }
}

function readConsumerGroupDescribeResponseMember (r: Reader, version: number, flexible: boolean): ConsumerGroupDescribeResponseMember {
  const m: ConsumerGroupDescribeResponseMember = { memberId: "", instanceId: null, rackId: null, memberEpoch: 0, clientId: "", clientHost: "", subscribedTopicNames: [], subscribedTopicRegex: null, assignment: defaultConsumerGroupDescribeResponseAssignment(), targetAssignment: defaultConsumerGroupDescribeResponseAssignment() }
  m.memberId = (flexible ? r.readCompactString() : r.readString())
  m.instanceId = (flexible ? r.readCompactNullableString() : r.readNullableString())
  m.rackId = (flexible ? r.readCompactNullableString() : r.readNullableString())
  m.memberEpoch = r.readInt32()
  m.clientId = (flexible ? r.readCompactString() : r.readString())
  m.clientHost = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('SubscribedTopicNames is null but not nullable in this version')
    const items: string[] = []
    for (let i = 0; i < n; i++) items.push((flexible ? r.readCompactString() : r.readString()))
    m.subscribedTopicNames = items
  }
  m.subscribedTopicRegex = (flexible ? r.readCompactNullableString() : r.readNullableString())
  m.assignment = readConsumerGroupDescribeResponseAssignment(r, version, flexible)
  m.targetAssignment = readConsumerGroupDescribeResponseAssignment(r, version, flexible)
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeConsumerGroupDescribeResponseMember (m: ConsumerGroupDescribeResponseMember, version: number, flexible: boolean): number {
  let size = 0
  size += sizeOfString(m.memberId, flexible)
  size += sizeOfNullableString(m.instanceId, flexible)
  size += sizeOfNullableString(m.rackId, flexible)
  size += 4
  size += sizeOfString(m.clientId, flexible)
  size += sizeOfString(m.clientHost, flexible)
  {
    size += sizeOfArrayLength(m.subscribedTopicNames.length, flexible)
    for (const item of m.subscribedTopicNames) size += sizeOfString(item, flexible)
  }
  size += sizeOfNullableString(m.subscribedTopicRegex, flexible)
  size += sizeConsumerGroupDescribeResponseAssignment(m.assignment, version, flexible)
  size += sizeConsumerGroupDescribeResponseAssignment(m.targetAssignment, version, flexible)
  if (flexible) size += 1
  return size
}

function putConsumerGroupDescribeResponseMember (w: Writer, m: ConsumerGroupDescribeResponseMember, version: number, flexible: boolean): void {
  if (flexible) w.writeCompactString(m.memberId); else w.writeString(m.memberId)
  if (flexible) w.writeCompactNullableString(m.instanceId); else w.writeNullableString(m.instanceId)
  if (flexible) w.writeCompactNullableString(m.rackId); else w.writeNullableString(m.rackId)
  w.writeInt32(m.memberEpoch)
  if (flexible) w.writeCompactString(m.clientId); else w.writeString(m.clientId)
  if (flexible) w.writeCompactString(m.clientHost); else w.writeString(m.clientHost)
  w.writeArrayLength(m.subscribedTopicNames.length, flexible)
  for (const item of m.subscribedTopicNames) { if (flexible) w.writeCompactString(item); else w.writeString(item) }
  if (flexible) w.writeCompactNullableString(m.subscribedTopicRegex); else w.writeNullableString(m.subscribedTopicRegex)
  putConsumerGroupDescribeResponseAssignment(w, m.assignment, version, flexible)
  putConsumerGroupDescribeResponseAssignment(w, m.targetAssignment, version, flexible)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultConsumerGroupDescribeResponseDescribedGroup (): ConsumerGroupDescribeResponseDescribedGroup {
  return { errorCode: 0, errorMessage: null, groupId: "", groupState: "", groupEpoch: 0, assignmentEpoch: 0, assignorName: "", members: [], authorizedOperations: -2147483648 }
}

function readConsumerGroupDescribeResponseDescribedGroup (r: Reader, version: number, flexible: boolean): ConsumerGroupDescribeResponseDescribedGroup {
  const m: ConsumerGroupDescribeResponseDescribedGroup = { errorCode: 0, errorMessage: null, groupId: "", groupState: "", groupEpoch: 0, assignmentEpoch: 0, assignorName: "", members: [], authorizedOperations: -2147483648 }
  m.errorCode = r.readInt16()
  m.errorMessage = (flexible ? r.readCompactNullableString() : r.readNullableString())
  m.groupId = (flexible ? r.readCompactString() : r.readString())
  m.groupState = (flexible ? r.readCompactString() : r.readString())
  m.groupEpoch = r.readInt32()
  m.assignmentEpoch = r.readInt32()
  m.assignorName = (flexible ? r.readCompactString() : r.readString())
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Members is null but not nullable in this version')
    const items: ConsumerGroupDescribeResponseMember[] = []
    for (let i = 0; i < n; i++) items.push(readConsumerGroupDescribeResponseMember(r, version, flexible))
    m.members = items
  }
  m.authorizedOperations = r.readInt32()
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeConsumerGroupDescribeResponseDescribedGroup (m: ConsumerGroupDescribeResponseDescribedGroup, version: number, flexible: boolean): number {
  let size = 0
  size += 2
  size += sizeOfNullableString(m.errorMessage, flexible)
  size += sizeOfString(m.groupId, flexible)
  size += sizeOfString(m.groupState, flexible)
  size += 4
  size += 4
  size += sizeOfString(m.assignorName, flexible)
  {
    size += sizeOfArrayLength(m.members.length, flexible)
    for (const item of m.members) size += sizeConsumerGroupDescribeResponseMember(item, version, flexible)
  }
  size += 4
  if (flexible) size += 1
  return size
}

function putConsumerGroupDescribeResponseDescribedGroup (w: Writer, m: ConsumerGroupDescribeResponseDescribedGroup, version: number, flexible: boolean): void {
  w.writeInt16(m.errorCode)
  if (flexible) w.writeCompactNullableString(m.errorMessage); else w.writeNullableString(m.errorMessage)
  if (flexible) w.writeCompactString(m.groupId); else w.writeString(m.groupId)
  if (flexible) w.writeCompactString(m.groupState); else w.writeString(m.groupState)
  w.writeInt32(m.groupEpoch)
  w.writeInt32(m.assignmentEpoch)
  if (flexible) w.writeCompactString(m.assignorName); else w.writeString(m.assignorName)
  w.writeArrayLength(m.members.length, flexible)
  for (const item of m.members) { putConsumerGroupDescribeResponseMember(w, item, version, flexible) }
  w.writeInt32(m.authorizedOperations)
  if (flexible) w.writeUnsignedVarInt(0)
}

export function defaultConsumerGroupDescribeResponse (): ConsumerGroupDescribeResponse {
  return { throttleTimeMs: 0, groups: [] }
}

function readConsumerGroupDescribeResponse (r: Reader, version: number, flexible: boolean): ConsumerGroupDescribeResponse {
  const m: ConsumerGroupDescribeResponse = { throttleTimeMs: 0, groups: [] }
  m.throttleTimeMs = r.readInt32()
  {
    const n = r.readArrayLength(flexible)
    if (n < 0) throw new DecodeError('Groups is null but not nullable in this version')
    const items: ConsumerGroupDescribeResponseDescribedGroup[] = []
    for (let i = 0; i < n; i++) items.push(readConsumerGroupDescribeResponseDescribedGroup(r, version, flexible))
    m.groups = items
  }
  if (flexible) r.skipTaggedFields()
  return m
}

function sizeConsumerGroupDescribeResponse (m: ConsumerGroupDescribeResponse, version: number, flexible: boolean): number {
  let size = 0
  size += 4
  {
    size += sizeOfArrayLength(m.groups.length, flexible)
    for (const item of m.groups) size += sizeConsumerGroupDescribeResponseDescribedGroup(item, version, flexible)
  }
  if (flexible) size += 1
  return size
}

function putConsumerGroupDescribeResponse (w: Writer, m: ConsumerGroupDescribeResponse, version: number, flexible: boolean): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeArrayLength(m.groups.length, flexible)
  for (const item of m.groups) { putConsumerGroupDescribeResponseDescribedGroup(w, item, version, flexible) }
  if (flexible) w.writeUnsignedVarInt(0)
}

/** ConsumerGroupDescribeResponse: valid versions 0-0, flexible 0+. */
export const ConsumerGroupDescribeResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const

export function decodeConsumerGroupDescribeResponse (r: Reader, version: number): ConsumerGroupDescribeResponse {
  return readConsumerGroupDescribeResponse(r, version, true)
}

export function sizeOfConsumerGroupDescribeResponse (m: ConsumerGroupDescribeResponse, version: number): number {
  return sizeConsumerGroupDescribeResponse(m, version, true)
}

export function writeConsumerGroupDescribeResponse (w: Writer, m: ConsumerGroupDescribeResponse, version: number): void {
  putConsumerGroupDescribeResponse(w, m, version, true)
}
