// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT

export const ApiKey = {
  Produce: 0,
  Fetch: 1,
  ListOffsets: 2,
  Metadata: 3,
  LeaderAndIsr: 4,
  StopReplica: 5,
  UpdateMetadata: 6,
  ControlledShutdown: 7,
  OffsetCommit: 8,
  OffsetFetch: 9,
  FindCoordinator: 10,
  JoinGroup: 11,
  Heartbeat: 12,
  LeaveGroup: 13,
  SyncGroup: 14,
  DescribeGroups: 15,
  ListGroups: 16,
  SaslHandshake: 17,
  ApiVersions: 18,
  CreateTopics: 19,
  DeleteTopics: 20,
  DeleteRecords: 21,
  InitProducerId: 22,
  OffsetForLeaderEpoch: 23,
  AddPartitionsToTxn: 24,
  AddOffsetsToTxn: 25,
  EndTxn: 26,
  WriteTxnMarkers: 27,
  TxnOffsetCommit: 28,
  DescribeAcls: 29,
  CreateAcls: 30,
  DeleteAcls: 31,
  DescribeConfigs: 32,
  AlterConfigs: 33,
  AlterReplicaLogDirs: 34,
  DescribeLogDirs: 35,
  SaslAuthenticate: 36,
  CreatePartitions: 37,
  CreateDelegationToken: 38,
  RenewDelegationToken: 39,
  ExpireDelegationToken: 40,
  DescribeDelegationToken: 41,
  DeleteGroups: 42,
  ElectLeaders: 43,
  IncrementalAlterConfigs: 44,
  AlterPartitionReassignments: 45,
  ListPartitionReassignments: 46,
  OffsetDelete: 47,
  DescribeClientQuotas: 48,
  AlterClientQuotas: 49,
  DescribeUserScramCredentials: 50,
  AlterUserScramCredentials: 51,
  Vote: 52,
  BeginQuorumEpoch: 53,
  EndQuorumEpoch: 54,
  DescribeQuorum: 55,
  AlterPartition: 56,
  UpdateFeatures: 57,
  Envelope: 58,
  FetchSnapshot: 59,
  DescribeCluster: 60,
  DescribeProducers: 61,
  BrokerRegistration: 62,
  BrokerHeartbeat: 63,
  UnregisterBroker: 64,
  DescribeTransactions: 65,
  ListTransactions: 66,
  AllocateProducerIds: 67,
  ConsumerGroupHeartbeat: 68,
  ConsumerGroupDescribe: 69,
  ControllerRegistration: 70,
  GetTelemetrySubscriptions: 71,
  PushTelemetry: 72,
  AssignReplicasToDirs: 73,
  ListClientMetricsResources: 74,
  DescribeTopicPartitions: 75,
} as const
export type ApiKey = typeof ApiKey[keyof typeof ApiKey]

export interface ApiSpec {
  readonly apiKey: number
  readonly name: string
  readonly minVersion: number
  readonly maxVersion: number
  /** The first flexible version (compact encodings, tagged fields, header v2/v1); -1 if none. */
  readonly flexibleMinVersion: number
  readonly listeners: readonly string[]
}

export const API_SPECS: readonly ApiSpec[] = [
  { apiKey: 0, name: 'Produce', minVersion: 0, maxVersion: 11, flexibleMinVersion: 9, listeners: ['zkBroker', 'broker'] },
  { apiKey: 1, name: 'Fetch', minVersion: 0, maxVersion: 16, flexibleMinVersion: 12, listeners: ['zkBroker', 'broker', 'controller'] },
  { apiKey: 2, name: 'ListOffsets', minVersion: 0, maxVersion: 8, flexibleMinVersion: 6, listeners: ['zkBroker', 'broker'] },
  { apiKey: 3, name: 'Metadata', minVersion: 0, maxVersion: 12, flexibleMinVersion: 9, listeners: ['zkBroker', 'broker'] },
  { apiKey: 4, name: 'LeaderAndIsr', minVersion: 0, maxVersion: 7, flexibleMinVersion: 4, listeners: ['zkBroker'] },
  { apiKey: 5, name: 'StopReplica', minVersion: 0, maxVersion: 4, flexibleMinVersion: 2, listeners: ['zkBroker'] },
  { apiKey: 6, name: 'UpdateMetadata', minVersion: 0, maxVersion: 8, flexibleMinVersion: 6, listeners: ['zkBroker'] },
  { apiKey: 7, name: 'ControlledShutdown', minVersion: 0, maxVersion: 3, flexibleMinVersion: 3, listeners: ['zkBroker', 'controller'] },
  { apiKey: 8, name: 'OffsetCommit', minVersion: 0, maxVersion: 9, flexibleMinVersion: 8, listeners: ['zkBroker', 'broker'] },
  { apiKey: 9, name: 'OffsetFetch', minVersion: 0, maxVersion: 9, flexibleMinVersion: 6, listeners: ['zkBroker', 'broker'] },
  { apiKey: 10, name: 'FindCoordinator', minVersion: 0, maxVersion: 5, flexibleMinVersion: 3, listeners: ['zkBroker', 'broker'] },
  { apiKey: 11, name: 'JoinGroup', minVersion: 0, maxVersion: 9, flexibleMinVersion: 6, listeners: ['zkBroker', 'broker'] },
  { apiKey: 12, name: 'Heartbeat', minVersion: 0, maxVersion: 4, flexibleMinVersion: 4, listeners: ['zkBroker', 'broker'] },
  { apiKey: 13, name: 'LeaveGroup', minVersion: 0, maxVersion: 5, flexibleMinVersion: 4, listeners: ['zkBroker', 'broker'] },
  { apiKey: 14, name: 'SyncGroup', minVersion: 0, maxVersion: 5, flexibleMinVersion: 4, listeners: ['zkBroker', 'broker'] },
  { apiKey: 15, name: 'DescribeGroups', minVersion: 0, maxVersion: 5, flexibleMinVersion: 5, listeners: ['zkBroker', 'broker'] },
  { apiKey: 16, name: 'ListGroups', minVersion: 0, maxVersion: 5, flexibleMinVersion: 3, listeners: ['zkBroker', 'broker'] },
  { apiKey: 17, name: 'SaslHandshake', minVersion: 0, maxVersion: 1, flexibleMinVersion: -1, listeners: ['zkBroker', 'broker', 'controller'] },
  { apiKey: 18, name: 'ApiVersions', minVersion: 0, maxVersion: 3, flexibleMinVersion: 3, listeners: ['zkBroker', 'broker', 'controller'] },
  { apiKey: 19, name: 'CreateTopics', minVersion: 0, maxVersion: 7, flexibleMinVersion: 5, listeners: ['zkBroker', 'broker', 'controller'] },
  { apiKey: 20, name: 'DeleteTopics', minVersion: 0, maxVersion: 6, flexibleMinVersion: 4, listeners: ['zkBroker', 'broker', 'controller'] },
  { apiKey: 21, name: 'DeleteRecords', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, listeners: ['zkBroker', 'broker'] },
  { apiKey: 22, name: 'InitProducerId', minVersion: 0, maxVersion: 5, flexibleMinVersion: 2, listeners: ['zkBroker', 'broker'] },
  { apiKey: 23, name: 'OffsetForLeaderEpoch', minVersion: 0, maxVersion: 4, flexibleMinVersion: 4, listeners: ['zkBroker', 'broker'] },
  { apiKey: 24, name: 'AddPartitionsToTxn', minVersion: 0, maxVersion: 5, flexibleMinVersion: 3, listeners: ['zkBroker', 'broker'] },
  { apiKey: 25, name: 'AddOffsetsToTxn', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, listeners: ['zkBroker', 'broker'] },
  { apiKey: 26, name: 'EndTxn', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, listeners: ['zkBroker', 'broker'] },
  { apiKey: 27, name: 'WriteTxnMarkers', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, listeners: ['zkBroker', 'broker'] },
  { apiKey: 28, name: 'TxnOffsetCommit', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, listeners: ['zkBroker', 'broker'] },
  { apiKey: 29, name: 'DescribeAcls', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, listeners: ['zkBroker', 'broker', 'controller'] },
  { apiKey: 30, name: 'CreateAcls', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, listeners: ['zkBroker', 'broker', 'controller'] },
  { apiKey: 31, name: 'DeleteAcls', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, listeners: ['zkBroker', 'broker', 'controller'] },
  { apiKey: 32, name: 'DescribeConfigs', minVersion: 0, maxVersion: 4, flexibleMinVersion: 4, listeners: ['zkBroker', 'broker', 'controller'] },
  { apiKey: 33, name: 'AlterConfigs', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, listeners: ['zkBroker', 'broker', 'controller'] },
  { apiKey: 34, name: 'AlterReplicaLogDirs', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, listeners: ['zkBroker', 'broker'] },
  { apiKey: 35, name: 'DescribeLogDirs', minVersion: 0, maxVersion: 4, flexibleMinVersion: 2, listeners: ['zkBroker', 'broker'] },
  { apiKey: 36, name: 'SaslAuthenticate', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, listeners: ['zkBroker', 'broker', 'controller'] },
  { apiKey: 37, name: 'CreatePartitions', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, listeners: ['zkBroker', 'broker', 'controller'] },
  { apiKey: 38, name: 'CreateDelegationToken', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, listeners: ['zkBroker', 'broker', 'controller'] },
  { apiKey: 39, name: 'RenewDelegationToken', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, listeners: ['zkBroker', 'broker', 'controller'] },
  { apiKey: 40, name: 'ExpireDelegationToken', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, listeners: ['zkBroker', 'broker', 'controller'] },
  { apiKey: 41, name: 'DescribeDelegationToken', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, listeners: ['zkBroker', 'broker', 'controller'] },
  { apiKey: 42, name: 'DeleteGroups', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, listeners: ['zkBroker', 'broker'] },
  { apiKey: 43, name: 'ElectLeaders', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, listeners: ['zkBroker', 'broker', 'controller'] },
  { apiKey: 44, name: 'IncrementalAlterConfigs', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, listeners: ['zkBroker', 'broker', 'controller'] },
  { apiKey: 45, name: 'AlterPartitionReassignments', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, listeners: ['broker', 'controller', 'zkBroker'] },
  { apiKey: 46, name: 'ListPartitionReassignments', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, listeners: ['broker', 'controller', 'zkBroker'] },
  { apiKey: 47, name: 'OffsetDelete', minVersion: 0, maxVersion: 0, flexibleMinVersion: -1, listeners: ['zkBroker', 'broker'] },
  { apiKey: 48, name: 'DescribeClientQuotas', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, listeners: ['zkBroker', 'broker'] },
  { apiKey: 49, name: 'AlterClientQuotas', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, listeners: ['zkBroker', 'broker', 'controller'] },
  { apiKey: 50, name: 'DescribeUserScramCredentials', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, listeners: ['zkBroker', 'broker', 'controller'] },
  { apiKey: 51, name: 'AlterUserScramCredentials', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, listeners: ['zkBroker', 'broker', 'controller'] },
  { apiKey: 52, name: 'Vote', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, listeners: ['controller'] },
  { apiKey: 53, name: 'BeginQuorumEpoch', minVersion: 0, maxVersion: 0, flexibleMinVersion: -1, listeners: ['controller'] },
  { apiKey: 54, name: 'EndQuorumEpoch', minVersion: 0, maxVersion: 0, flexibleMinVersion: -1, listeners: ['controller'] },
  { apiKey: 55, name: 'DescribeQuorum', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, listeners: ['broker', 'controller'] },
  { apiKey: 56, name: 'AlterPartition', minVersion: 0, maxVersion: 3, flexibleMinVersion: 0, listeners: ['zkBroker', 'controller'] },
  { apiKey: 57, name: 'UpdateFeatures', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, listeners: ['zkBroker', 'broker', 'controller'] },
  { apiKey: 58, name: 'Envelope', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, listeners: ['controller', 'zkBroker'] },
  { apiKey: 59, name: 'FetchSnapshot', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, listeners: ['controller'] },
  { apiKey: 60, name: 'DescribeCluster', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, listeners: ['zkBroker', 'broker', 'controller'] },
  { apiKey: 61, name: 'DescribeProducers', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, listeners: ['zkBroker', 'broker'] },
  { apiKey: 62, name: 'BrokerRegistration', minVersion: 0, maxVersion: 3, flexibleMinVersion: 0, listeners: ['controller'] },
  { apiKey: 63, name: 'BrokerHeartbeat', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, listeners: ['controller'] },
  { apiKey: 64, name: 'UnregisterBroker', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, listeners: ['broker', 'controller'] },
  { apiKey: 65, name: 'DescribeTransactions', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, listeners: ['zkBroker', 'broker'] },
  { apiKey: 66, name: 'ListTransactions', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, listeners: ['zkBroker', 'broker'] },
  { apiKey: 67, name: 'AllocateProducerIds', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, listeners: ['zkBroker', 'controller'] },
  { apiKey: 68, name: 'ConsumerGroupHeartbeat', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, listeners: ['zkBroker', 'broker'] },
  { apiKey: 69, name: 'ConsumerGroupDescribe', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, listeners: ['zkBroker', 'broker'] },
  { apiKey: 70, name: 'ControllerRegistration', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, listeners: ['controller'] },
  { apiKey: 71, name: 'GetTelemetrySubscriptions', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, listeners: ['broker'] },
  { apiKey: 72, name: 'PushTelemetry', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, listeners: ['broker'] },
  { apiKey: 73, name: 'AssignReplicasToDirs', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, listeners: ['controller'] },
  { apiKey: 74, name: 'ListClientMetricsResources', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, listeners: ['broker'] },
  { apiKey: 75, name: 'DescribeTopicPartitions', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, listeners: ['broker'] },
]

const BY_KEY: ReadonlyArray<ApiSpec | undefined> = (() => {
  const table: Array<ApiSpec | undefined> = []
  for (const spec of API_SPECS) table[spec.apiKey] = spec
  return table
})()

export function apiSpec (apiKey: number): ApiSpec | undefined {
  return BY_KEY[apiKey]
}

/** Request header version of an API version: v2 when flexible, else v1; ControlledShutdown v0 uses v0. */
export function requestHeaderVersion (apiKey: number, apiVersion: number): 0 | 1 | 2 {
  if (apiKey === 7 && apiVersion === 0) return 0
  const spec = BY_KEY[apiKey]
  return spec !== undefined && spec.flexibleMinVersion >= 0 && apiVersion >= spec.flexibleMinVersion ? 2 : 1
}

/** Response header version: v1 when flexible, else v0; ApiVersions responses always use v0 (KIP-511). */
export function responseHeaderVersion (apiKey: number, apiVersion: number): 0 | 1 {
  if (apiKey === 18) return 0
  const spec = BY_KEY[apiKey]
  return spec !== undefined && spec.flexibleMinVersion >= 0 && apiVersion >= spec.flexibleMinVersion ? 1 : 0
}
