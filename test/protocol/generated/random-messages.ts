// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT
// Seeded random messages of every API and version, for the round-trip tests.
import type { RandomValues } from '../random-values.ts'
import { type AddOffsetsToTxnRequest, type AddOffsetsToTxnResponse } from '../../../src/protocol/generated/messages/add-offsets-to-txn.ts'
import { type AddPartitionsToTxnRequestAddPartitionsToTxnTopic, type AddPartitionsToTxnRequestAddPartitionsToTxnTransaction, type AddPartitionsToTxnRequest, type AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult, type AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult, type AddPartitionsToTxnResponseAddPartitionsToTxnResult, type AddPartitionsToTxnResponse } from '../../../src/protocol/generated/messages/add-partitions-to-txn.ts'
import { type AllocateProducerIdsRequest, type AllocateProducerIdsResponse } from '../../../src/protocol/generated/messages/allocate-producer-ids.ts'
import { type AlterClientQuotasRequestEntityData, type AlterClientQuotasRequestOpData, type AlterClientQuotasRequestEntryData, type AlterClientQuotasRequest, type AlterClientQuotasResponseEntityData, type AlterClientQuotasResponseEntryData, type AlterClientQuotasResponse } from '../../../src/protocol/generated/messages/alter-client-quotas.ts'
import { type AlterConfigsRequestAlterableConfig, type AlterConfigsRequestAlterConfigsResource, type AlterConfigsRequest, type AlterConfigsResponseAlterConfigsResourceResponse, type AlterConfigsResponse } from '../../../src/protocol/generated/messages/alter-configs.ts'
import { type AlterPartitionReassignmentsRequestReassignablePartition, type AlterPartitionReassignmentsRequestReassignableTopic, type AlterPartitionReassignmentsRequest, type AlterPartitionReassignmentsResponseReassignablePartitionResponse, type AlterPartitionReassignmentsResponseReassignableTopicResponse, type AlterPartitionReassignmentsResponse } from '../../../src/protocol/generated/messages/alter-partition-reassignments.ts'
import { type AlterPartitionRequestBrokerState, type AlterPartitionRequestPartitionData, type AlterPartitionRequestTopicData, type AlterPartitionRequest, type AlterPartitionResponsePartitionData, type AlterPartitionResponseTopicData, type AlterPartitionResponse } from '../../../src/protocol/generated/messages/alter-partition.ts'
import { type AlterReplicaLogDirsRequestAlterReplicaLogDirTopic, type AlterReplicaLogDirsRequestAlterReplicaLogDir, type AlterReplicaLogDirsRequest, type AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult, type AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult, type AlterReplicaLogDirsResponse } from '../../../src/protocol/generated/messages/alter-replica-log-dirs.ts'
import { type AlterUserScramCredentialsRequestScramCredentialDeletion, type AlterUserScramCredentialsRequestScramCredentialUpsertion, type AlterUserScramCredentialsRequest, type AlterUserScramCredentialsResponseAlterUserScramCredentialsResult, type AlterUserScramCredentialsResponse } from '../../../src/protocol/generated/messages/alter-user-scram-credentials.ts'
import { type ApiVersionsRequest, type ApiVersionsResponseApiVersion, type ApiVersionsResponseSupportedFeatureKey, type ApiVersionsResponseFinalizedFeatureKey, type ApiVersionsResponse } from '../../../src/protocol/generated/messages/api-versions.ts'
import { type AssignReplicasToDirsRequestPartitionData, type AssignReplicasToDirsRequestTopicData, type AssignReplicasToDirsRequestDirectoryData, type AssignReplicasToDirsRequest, type AssignReplicasToDirsResponsePartitionData, type AssignReplicasToDirsResponseTopicData, type AssignReplicasToDirsResponseDirectoryData, type AssignReplicasToDirsResponse } from '../../../src/protocol/generated/messages/assign-replicas-to-dirs.ts'
import { type BeginQuorumEpochRequestPartitionData, type BeginQuorumEpochRequestTopicData, type BeginQuorumEpochRequest, type BeginQuorumEpochResponsePartitionData, type BeginQuorumEpochResponseTopicData, type BeginQuorumEpochResponse } from '../../../src/protocol/generated/messages/begin-quorum-epoch.ts'
import { type BrokerHeartbeatRequest, type BrokerHeartbeatResponse } from '../../../src/protocol/generated/messages/broker-heartbeat.ts'
import { type BrokerRegistrationRequestListener, type BrokerRegistrationRequestFeature, type BrokerRegistrationRequest, type BrokerRegistrationResponse } from '../../../src/protocol/generated/messages/broker-registration.ts'
import { type ConsumerGroupDescribeRequest, type ConsumerGroupDescribeResponseTopicPartitions, type ConsumerGroupDescribeResponseAssignment, type ConsumerGroupDescribeResponseMember, type ConsumerGroupDescribeResponseDescribedGroup, type ConsumerGroupDescribeResponse } from '../../../src/protocol/generated/messages/consumer-group-describe.ts'
import { type ConsumerGroupHeartbeatRequestTopicPartitions, type ConsumerGroupHeartbeatRequest, type ConsumerGroupHeartbeatResponseTopicPartitions, type ConsumerGroupHeartbeatResponseAssignment, type ConsumerGroupHeartbeatResponse } from '../../../src/protocol/generated/messages/consumer-group-heartbeat.ts'
import { type ConsumerProtocolAssignmentTopicPartition, type ConsumerProtocolAssignment } from '../../../src/protocol/generated/data/consumer-protocol-assignment.ts'
import { type ConsumerProtocolSubscriptionTopicPartition, type ConsumerProtocolSubscription } from '../../../src/protocol/generated/data/consumer-protocol-subscription.ts'
import { type ControlledShutdownRequest, type ControlledShutdownResponseRemainingPartition, type ControlledShutdownResponse } from '../../../src/protocol/generated/messages/controlled-shutdown.ts'
import { type ControllerRegistrationRequestListener, type ControllerRegistrationRequestFeature, type ControllerRegistrationRequest, type ControllerRegistrationResponse } from '../../../src/protocol/generated/messages/controller-registration.ts'
import { type CreateAclsRequestAclCreation, type CreateAclsRequest, type CreateAclsResponseAclCreationResult, type CreateAclsResponse } from '../../../src/protocol/generated/messages/create-acls.ts'
import { type CreateDelegationTokenRequestCreatableRenewers, type CreateDelegationTokenRequest, type CreateDelegationTokenResponse } from '../../../src/protocol/generated/messages/create-delegation-token.ts'
import { type CreatePartitionsRequestCreatePartitionsAssignment, type CreatePartitionsRequestCreatePartitionsTopic, type CreatePartitionsRequest, type CreatePartitionsResponseCreatePartitionsTopicResult, type CreatePartitionsResponse } from '../../../src/protocol/generated/messages/create-partitions.ts'
import { type CreateTopicsRequestCreatableReplicaAssignment, type CreateTopicsRequestCreateableTopicConfig, type CreateTopicsRequestCreatableTopic, type CreateTopicsRequest, type CreateTopicsResponseCreatableTopicConfigs, type CreateTopicsResponseCreatableTopicResult, type CreateTopicsResponse } from '../../../src/protocol/generated/messages/create-topics.ts'
import { type DefaultPrincipalData } from '../../../src/protocol/generated/data/default-principal-data.ts'
import { type DeleteAclsRequestDeleteAclsFilter, type DeleteAclsRequest, type DeleteAclsResponseDeleteAclsMatchingAcl, type DeleteAclsResponseDeleteAclsFilterResult, type DeleteAclsResponse } from '../../../src/protocol/generated/messages/delete-acls.ts'
import { type DeleteGroupsRequest, type DeleteGroupsResponseDeletableGroupResult, type DeleteGroupsResponse } from '../../../src/protocol/generated/messages/delete-groups.ts'
import { type DeleteRecordsRequestDeleteRecordsPartition, type DeleteRecordsRequestDeleteRecordsTopic, type DeleteRecordsRequest, type DeleteRecordsResponseDeleteRecordsPartitionResult, type DeleteRecordsResponseDeleteRecordsTopicResult, type DeleteRecordsResponse } from '../../../src/protocol/generated/messages/delete-records.ts'
import { type DeleteTopicsRequestDeleteTopicState, type DeleteTopicsRequest, type DeleteTopicsResponseDeletableTopicResult, type DeleteTopicsResponse } from '../../../src/protocol/generated/messages/delete-topics.ts'
import { type DescribeAclsRequest, type DescribeAclsResponseAclDescription, type DescribeAclsResponseDescribeAclsResource, type DescribeAclsResponse } from '../../../src/protocol/generated/messages/describe-acls.ts'
import { type DescribeClientQuotasRequestComponentData, type DescribeClientQuotasRequest, type DescribeClientQuotasResponseEntityData, type DescribeClientQuotasResponseValueData, type DescribeClientQuotasResponseEntryData, type DescribeClientQuotasResponse } from '../../../src/protocol/generated/messages/describe-client-quotas.ts'
import { type DescribeClusterRequest, type DescribeClusterResponseDescribeClusterBroker, type DescribeClusterResponse } from '../../../src/protocol/generated/messages/describe-cluster.ts'
import { type DescribeConfigsRequestDescribeConfigsResource, type DescribeConfigsRequest, type DescribeConfigsResponseDescribeConfigsSynonym, type DescribeConfigsResponseDescribeConfigsResourceResult, type DescribeConfigsResponseDescribeConfigsResult, type DescribeConfigsResponse } from '../../../src/protocol/generated/messages/describe-configs.ts'
import { type DescribeDelegationTokenRequestDescribeDelegationTokenOwner, type DescribeDelegationTokenRequest, type DescribeDelegationTokenResponseDescribedDelegationTokenRenewer, type DescribeDelegationTokenResponseDescribedDelegationToken, type DescribeDelegationTokenResponse } from '../../../src/protocol/generated/messages/describe-delegation-token.ts'
import { type DescribeGroupsRequest, type DescribeGroupsResponseDescribedGroupMember, type DescribeGroupsResponseDescribedGroup, type DescribeGroupsResponse } from '../../../src/protocol/generated/messages/describe-groups.ts'
import { type DescribeLogDirsRequestDescribableLogDirTopic, type DescribeLogDirsRequest, type DescribeLogDirsResponseDescribeLogDirsPartition, type DescribeLogDirsResponseDescribeLogDirsTopic, type DescribeLogDirsResponseDescribeLogDirsResult, type DescribeLogDirsResponse } from '../../../src/protocol/generated/messages/describe-log-dirs.ts'
import { type DescribeProducersRequestTopicRequest, type DescribeProducersRequest, type DescribeProducersResponseProducerState, type DescribeProducersResponsePartitionResponse, type DescribeProducersResponseTopicResponse, type DescribeProducersResponse } from '../../../src/protocol/generated/messages/describe-producers.ts'
import { type DescribeQuorumRequestPartitionData, type DescribeQuorumRequestTopicData, type DescribeQuorumRequest, type DescribeQuorumResponseReplicaState, type DescribeQuorumResponsePartitionData, type DescribeQuorumResponseTopicData, type DescribeQuorumResponse } from '../../../src/protocol/generated/messages/describe-quorum.ts'
import { type DescribeTopicPartitionsRequestTopicRequest, type DescribeTopicPartitionsRequestCursor, type DescribeTopicPartitionsRequest, type DescribeTopicPartitionsResponsePartition, type DescribeTopicPartitionsResponseTopic, type DescribeTopicPartitionsResponseCursor, type DescribeTopicPartitionsResponse } from '../../../src/protocol/generated/messages/describe-topic-partitions.ts'
import { type DescribeTransactionsRequest, type DescribeTransactionsResponseTopicData, type DescribeTransactionsResponseTransactionState, type DescribeTransactionsResponse } from '../../../src/protocol/generated/messages/describe-transactions.ts'
import { type DescribeUserScramCredentialsRequestUserName, type DescribeUserScramCredentialsRequest, type DescribeUserScramCredentialsResponseCredentialInfo, type DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult, type DescribeUserScramCredentialsResponse } from '../../../src/protocol/generated/messages/describe-user-scram-credentials.ts'
import { type ElectLeadersRequestTopicPartitions, type ElectLeadersRequest, type ElectLeadersResponsePartitionResult, type ElectLeadersResponseReplicaElectionResult, type ElectLeadersResponse } from '../../../src/protocol/generated/messages/elect-leaders.ts'
import { type EndQuorumEpochRequestPartitionData, type EndQuorumEpochRequestTopicData, type EndQuorumEpochRequest, type EndQuorumEpochResponsePartitionData, type EndQuorumEpochResponseTopicData, type EndQuorumEpochResponse } from '../../../src/protocol/generated/messages/end-quorum-epoch.ts'
import { type EndTxnRequest, type EndTxnResponse } from '../../../src/protocol/generated/messages/end-txn.ts'
import { type EnvelopeRequest, type EnvelopeResponse } from '../../../src/protocol/generated/messages/envelope.ts'
import { type ExpireDelegationTokenRequest, type ExpireDelegationTokenResponse } from '../../../src/protocol/generated/messages/expire-delegation-token.ts'
import { type FetchRequestReplicaState, defaultFetchRequestReplicaState, type FetchRequestFetchPartition, type FetchRequestFetchTopic, type FetchRequestForgottenTopic, type FetchRequest, type FetchResponseEpochEndOffset, defaultFetchResponseEpochEndOffset, type FetchResponseLeaderIdAndEpoch, defaultFetchResponseLeaderIdAndEpoch, type FetchResponseSnapshotId, defaultFetchResponseSnapshotId, type FetchResponseAbortedTransaction, type FetchResponsePartitionData, type FetchResponseFetchableTopicResponse, type FetchResponseNodeEndpoint, type FetchResponse } from '../../../src/protocol/generated/messages/fetch.ts'
import { type FetchSnapshotRequestSnapshotId, type FetchSnapshotRequestPartitionSnapshot, type FetchSnapshotRequestTopicSnapshot, type FetchSnapshotRequest, type FetchSnapshotResponseSnapshotId, type FetchSnapshotResponseLeaderIdAndEpoch, type FetchSnapshotResponsePartitionSnapshot, type FetchSnapshotResponseTopicSnapshot, type FetchSnapshotResponse } from '../../../src/protocol/generated/messages/fetch-snapshot.ts'
import { type FindCoordinatorRequest, type FindCoordinatorResponseCoordinator, type FindCoordinatorResponse } from '../../../src/protocol/generated/messages/find-coordinator.ts'
import { type GetTelemetrySubscriptionsRequest, type GetTelemetrySubscriptionsResponse } from '../../../src/protocol/generated/messages/get-telemetry-subscriptions.ts'
import { type HeartbeatRequest, type HeartbeatResponse } from '../../../src/protocol/generated/messages/heartbeat.ts'
import { type IncrementalAlterConfigsRequestAlterableConfig, type IncrementalAlterConfigsRequestAlterConfigsResource, type IncrementalAlterConfigsRequest, type IncrementalAlterConfigsResponseAlterConfigsResourceResponse, type IncrementalAlterConfigsResponse } from '../../../src/protocol/generated/messages/incremental-alter-configs.ts'
import { type InitProducerIdRequest, type InitProducerIdResponse } from '../../../src/protocol/generated/messages/init-producer-id.ts'
import { type JoinGroupRequestProtocol, type JoinGroupRequest, type JoinGroupResponseMember, type JoinGroupResponse } from '../../../src/protocol/generated/messages/join-group.ts'
import { type KRaftVersionRecord } from '../../../src/protocol/generated/data/k-raft-version-record.ts'
import { type LeaderAndIsrRequestLeaderAndIsrPartitionState, type LeaderAndIsrRequestLeaderAndIsrTopicState, type LeaderAndIsrRequestLeaderAndIsrLiveLeader, type LeaderAndIsrRequest, type LeaderAndIsrResponseLeaderAndIsrPartitionError, type LeaderAndIsrResponseLeaderAndIsrTopicError, type LeaderAndIsrResponse } from '../../../src/protocol/generated/messages/leader-and-isr.ts'
import { type LeaderChangeMessageVoter, type LeaderChangeMessage } from '../../../src/protocol/generated/data/leader-change-message.ts'
import { type LeaveGroupRequestMemberIdentity, type LeaveGroupRequest, type LeaveGroupResponseMemberResponse, type LeaveGroupResponse } from '../../../src/protocol/generated/messages/leave-group.ts'
import { type ListClientMetricsResourcesRequest, type ListClientMetricsResourcesResponseClientMetricsResource, type ListClientMetricsResourcesResponse } from '../../../src/protocol/generated/messages/list-client-metrics-resources.ts'
import { type ListGroupsRequest, type ListGroupsResponseListedGroup, type ListGroupsResponse } from '../../../src/protocol/generated/messages/list-groups.ts'
import { type ListOffsetsRequestListOffsetsPartition, type ListOffsetsRequestListOffsetsTopic, type ListOffsetsRequest, type ListOffsetsResponseListOffsetsPartitionResponse, type ListOffsetsResponseListOffsetsTopicResponse, type ListOffsetsResponse } from '../../../src/protocol/generated/messages/list-offsets.ts'
import { type ListPartitionReassignmentsRequestListPartitionReassignmentsTopics, type ListPartitionReassignmentsRequest, type ListPartitionReassignmentsResponseOngoingPartitionReassignment, type ListPartitionReassignmentsResponseOngoingTopicReassignment, type ListPartitionReassignmentsResponse } from '../../../src/protocol/generated/messages/list-partition-reassignments.ts'
import { type ListTransactionsRequest, type ListTransactionsResponseTransactionState, type ListTransactionsResponse } from '../../../src/protocol/generated/messages/list-transactions.ts'
import { type MetadataRequestTopic, type MetadataRequest, type MetadataResponseBroker, type MetadataResponsePartition, type MetadataResponseTopic, type MetadataResponse } from '../../../src/protocol/generated/messages/metadata.ts'
import { type OffsetCommitRequestPartition, type OffsetCommitRequestTopic, type OffsetCommitRequest, type OffsetCommitResponsePartition, type OffsetCommitResponseTopic, type OffsetCommitResponse } from '../../../src/protocol/generated/messages/offset-commit.ts'
import { type OffsetDeleteRequestPartition, type OffsetDeleteRequestTopic, type OffsetDeleteRequest, type OffsetDeleteResponsePartition, type OffsetDeleteResponseTopic, type OffsetDeleteResponse } from '../../../src/protocol/generated/messages/offset-delete.ts'
import { type OffsetFetchRequestTopic, type OffsetFetchRequestTopics, type OffsetFetchRequestGroup, type OffsetFetchRequest, type OffsetFetchResponsePartition, type OffsetFetchResponseTopic, type OffsetFetchResponsePartitions, type OffsetFetchResponseTopics, type OffsetFetchResponseGroup, type OffsetFetchResponse } from '../../../src/protocol/generated/messages/offset-fetch.ts'
import { type OffsetForLeaderEpochRequestOffsetForLeaderPartition, type OffsetForLeaderEpochRequestOffsetForLeaderTopic, type OffsetForLeaderEpochRequest, type OffsetForLeaderEpochResponseEpochEndOffset, type OffsetForLeaderEpochResponseOffsetForLeaderTopicResult, type OffsetForLeaderEpochResponse } from '../../../src/protocol/generated/messages/offset-for-leader-epoch.ts'
import { type ProduceRequestPartitionProduceData, type ProduceRequestTopicProduceData, type ProduceRequest, type ProduceResponseBatchIndexAndErrorMessage, type ProduceResponseLeaderIdAndEpoch, defaultProduceResponseLeaderIdAndEpoch, type ProduceResponsePartitionProduceResponse, type ProduceResponseTopicProduceResponse, type ProduceResponseNodeEndpoint, type ProduceResponse } from '../../../src/protocol/generated/messages/produce.ts'
import { type PushTelemetryRequest, type PushTelemetryResponse } from '../../../src/protocol/generated/messages/push-telemetry.ts'
import { type RenewDelegationTokenRequest, type RenewDelegationTokenResponse } from '../../../src/protocol/generated/messages/renew-delegation-token.ts'
import { type RequestHeader, type ResponseHeader } from '../../../src/protocol/generated/headers.ts'
import { type SaslAuthenticateRequest, type SaslAuthenticateResponse } from '../../../src/protocol/generated/messages/sasl-authenticate.ts'
import { type SaslHandshakeRequest, type SaslHandshakeResponse } from '../../../src/protocol/generated/messages/sasl-handshake.ts'
import { type SnapshotFooterRecord } from '../../../src/protocol/generated/data/snapshot-footer-record.ts'
import { type SnapshotHeaderRecord } from '../../../src/protocol/generated/data/snapshot-header-record.ts'
import { type StopReplicaRequestStopReplicaPartitionV0, type StopReplicaRequestStopReplicaTopicV1, type StopReplicaRequestStopReplicaPartitionState, type StopReplicaRequestStopReplicaTopicState, type StopReplicaRequest, type StopReplicaResponseStopReplicaPartitionError, type StopReplicaResponse } from '../../../src/protocol/generated/messages/stop-replica.ts'
import { type SyncGroupRequestAssignment, type SyncGroupRequest, type SyncGroupResponse } from '../../../src/protocol/generated/messages/sync-group.ts'
import { type TxnOffsetCommitRequestPartition, type TxnOffsetCommitRequestTopic, type TxnOffsetCommitRequest, type TxnOffsetCommitResponsePartition, type TxnOffsetCommitResponseTopic, type TxnOffsetCommitResponse } from '../../../src/protocol/generated/messages/txn-offset-commit.ts'
import { type UnregisterBrokerRequest, type UnregisterBrokerResponse } from '../../../src/protocol/generated/messages/unregister-broker.ts'
import { type UpdateFeaturesRequestFeatureUpdateKey, type UpdateFeaturesRequest, type UpdateFeaturesResponseUpdatableFeatureResult, type UpdateFeaturesResponse } from '../../../src/protocol/generated/messages/update-features.ts'
import { type UpdateMetadataRequestUpdateMetadataPartitionState, type UpdateMetadataRequestUpdateMetadataTopicState, type UpdateMetadataRequestUpdateMetadataEndpoint, type UpdateMetadataRequestUpdateMetadataBroker, type UpdateMetadataRequest, type UpdateMetadataResponse } from '../../../src/protocol/generated/messages/update-metadata.ts'
import { type VoteRequestPartitionData, type VoteRequestTopicData, type VoteRequest, type VoteResponsePartitionData, type VoteResponseTopicData, type VoteResponse } from '../../../src/protocol/generated/messages/vote.ts'
import { type VotersRecordEndpoint, type VotersRecordKRaftVersionFeature, type VotersRecordVoter, type VotersRecord } from '../../../src/protocol/generated/data/voters-record.ts'
import { type WriteTxnMarkersRequestWritableTxnMarkerTopic, type WriteTxnMarkersRequestWritableTxnMarker, type WriteTxnMarkersRequest, type WriteTxnMarkersResponseWritableTxnMarkerPartitionResult, type WriteTxnMarkersResponseWritableTxnMarkerTopicResult, type WriteTxnMarkersResponseWritableTxnMarkerResult, type WriteTxnMarkersResponse } from '../../../src/protocol/generated/messages/write-txn-markers.ts'
import { type AbortTransactionRecord } from '../../../src/protocol/generated/metadata-records/abort-transaction-record.ts'
import { type AccessControlEntryRecord } from '../../../src/protocol/generated/metadata-records/access-control-entry-record.ts'
import { type BeginTransactionRecord } from '../../../src/protocol/generated/metadata-records/begin-transaction-record.ts'
import { type BrokerRegistrationChangeRecord } from '../../../src/protocol/generated/metadata-records/broker-registration-change-record.ts'
import { type ClientQuotaRecordEntityData, type ClientQuotaRecord } from '../../../src/protocol/generated/metadata-records/client-quota-record.ts'
import { type ConfigRecord } from '../../../src/protocol/generated/metadata-records/config-record.ts'
import { type DelegationTokenRecord } from '../../../src/protocol/generated/metadata-records/delegation-token-record.ts'
import { type EndTransactionRecord } from '../../../src/protocol/generated/metadata-records/end-transaction-record.ts'
import { type FeatureLevelRecord } from '../../../src/protocol/generated/metadata-records/feature-level-record.ts'
import { type FenceBrokerRecord } from '../../../src/protocol/generated/metadata-records/fence-broker-record.ts'
import { type NoOpRecord } from '../../../src/protocol/generated/metadata-records/no-op-record.ts'
import { type PartitionChangeRecord } from '../../../src/protocol/generated/metadata-records/partition-change-record.ts'
import { type PartitionRecord } from '../../../src/protocol/generated/metadata-records/partition-record.ts'
import { type ProducerIdsRecord } from '../../../src/protocol/generated/metadata-records/producer-ids-record.ts'
import { type RegisterBrokerRecordBrokerEndpoint, type RegisterBrokerRecordBrokerFeature, type RegisterBrokerRecord } from '../../../src/protocol/generated/metadata-records/register-broker-record.ts'
import { type RegisterControllerRecordControllerEndpoint, type RegisterControllerRecordControllerFeature, type RegisterControllerRecord } from '../../../src/protocol/generated/metadata-records/register-controller-record.ts'
import { type RemoveAccessControlEntryRecord } from '../../../src/protocol/generated/metadata-records/remove-access-control-entry-record.ts'
import { type RemoveDelegationTokenRecord } from '../../../src/protocol/generated/metadata-records/remove-delegation-token-record.ts'
import { type RemoveTopicRecord } from '../../../src/protocol/generated/metadata-records/remove-topic-record.ts'
import { type RemoveUserScramCredentialRecord } from '../../../src/protocol/generated/metadata-records/remove-user-scram-credential-record.ts'
import { type TopicRecord } from '../../../src/protocol/generated/metadata-records/topic-record.ts'
import { type UnfenceBrokerRecord } from '../../../src/protocol/generated/metadata-records/unfence-broker-record.ts'
import { type UnregisterBrokerRecord } from '../../../src/protocol/generated/metadata-records/unregister-broker-record.ts'
import { type UserScramCredentialRecord } from '../../../src/protocol/generated/metadata-records/user-scram-credential-record.ts'
import { type ZkMigrationStateRecord } from '../../../src/protocol/generated/metadata-records/zk-migration-state-record.ts'
import { type GroupMetadataRecordGroupMemberMetadata, type GroupMetadataRecord } from '../../../src/protocol/generated/metadata-records/group-metadata-record.ts'
import { type OffsetCommitRecord } from '../../../src/protocol/generated/metadata-records/offset-commit-record.ts'
import { ZERO_UUID } from '../../../src/protocol/primitives/uuid.ts'

export function randomAddOffsetsToTxnRequest (g: RandomValues, version: number): AddOffsetsToTxnRequest {
  void version
  return {
    transactionalId: g.string(),
    producerId: g.int64(),
    producerEpoch: g.int16(),
    groupId: g.string()
  }
}

export function randomAddOffsetsToTxnResponse (g: RandomValues, version: number): AddOffsetsToTxnResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: g.int16()
  }
}

export function randomAddPartitionsToTxnRequestAddPartitionsToTxnTopic (g: RandomValues, version: number): AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  void version
  return {
    name: g.string(),
    partitions: g.array(() => g.int32())
  }
}

export function randomAddPartitionsToTxnRequestAddPartitionsToTxnTransaction (g: RandomValues, version: number): AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  void version
  return {
    transactionalId: (version >= 4) ? g.string() : "",
    producerId: (version >= 4) ? g.int64() : 0n,
    producerEpoch: (version >= 4) ? g.int16() : 0,
    verifyOnly: (version >= 4) ? g.bool() : false,
    topics: (version >= 4) ? g.array(() => randomAddPartitionsToTxnRequestAddPartitionsToTxnTopic(g, version)) : []
  }
}

export function randomAddPartitionsToTxnRequest (g: RandomValues, version: number): AddPartitionsToTxnRequest {
  void version
  return {
    transactions: (version >= 4) ? g.array(() => randomAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(g, version)) : [],
    v3AndBelowTransactionalId: (version <= 3) ? g.string() : "",
    v3AndBelowProducerId: (version <= 3) ? g.int64() : 0n,
    v3AndBelowProducerEpoch: (version <= 3) ? g.int16() : 0,
    v3AndBelowTopics: (version <= 3) ? g.array(() => randomAddPartitionsToTxnRequestAddPartitionsToTxnTopic(g, version)) : []
  }
}

export function randomAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult (g: RandomValues, version: number): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  void version
  return {
    partitionIndex: g.int32(),
    partitionErrorCode: g.int16()
  }
}

export function randomAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult (g: RandomValues, version: number): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  void version
  return {
    name: g.string(),
    resultsByPartition: g.array(() => randomAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(g, version))
  }
}

export function randomAddPartitionsToTxnResponseAddPartitionsToTxnResult (g: RandomValues, version: number): AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  void version
  return {
    transactionalId: (version >= 4) ? g.string() : "",
    topicResults: (version >= 4) ? g.array(() => randomAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(g, version)) : []
  }
}

export function randomAddPartitionsToTxnResponse (g: RandomValues, version: number): AddPartitionsToTxnResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: (version >= 4) ? g.int16() : 0,
    resultsByTransaction: (version >= 4) ? g.array(() => randomAddPartitionsToTxnResponseAddPartitionsToTxnResult(g, version)) : [],
    resultsByTopicV3AndBelow: (version <= 3) ? g.array(() => randomAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(g, version)) : []
  }
}

export function randomAllocateProducerIdsRequest (g: RandomValues, version: number): AllocateProducerIdsRequest {
  void version
  return {
    brokerId: g.int32(),
    brokerEpoch: g.int64()
  }
}

export function randomAllocateProducerIdsResponse (g: RandomValues, version: number): AllocateProducerIdsResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: g.int16(),
    producerIdStart: g.int64(),
    producerIdLen: g.int32()
  }
}

export function randomAlterClientQuotasRequestEntityData (g: RandomValues, version: number): AlterClientQuotasRequestEntityData {
  void version
  return {
    entityType: g.string(),
    entityName: g.isNull() ? null : g.string()
  }
}

export function randomAlterClientQuotasRequestOpData (g: RandomValues, version: number): AlterClientQuotasRequestOpData {
  void version
  return {
    key: g.string(),
    value: g.float64(),
    remove: g.bool()
  }
}

export function randomAlterClientQuotasRequestEntryData (g: RandomValues, version: number): AlterClientQuotasRequestEntryData {
  void version
  return {
    entity: g.array(() => randomAlterClientQuotasRequestEntityData(g, version)),
    ops: g.array(() => randomAlterClientQuotasRequestOpData(g, version))
  }
}

export function randomAlterClientQuotasRequest (g: RandomValues, version: number): AlterClientQuotasRequest {
  void version
  return {
    entries: g.array(() => randomAlterClientQuotasRequestEntryData(g, version)),
    validateOnly: g.bool()
  }
}

export function randomAlterClientQuotasResponseEntityData (g: RandomValues, version: number): AlterClientQuotasResponseEntityData {
  void version
  return {
    entityType: g.string(),
    entityName: g.isNull() ? null : g.string()
  }
}

export function randomAlterClientQuotasResponseEntryData (g: RandomValues, version: number): AlterClientQuotasResponseEntryData {
  void version
  return {
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string(),
    entity: g.array(() => randomAlterClientQuotasResponseEntityData(g, version))
  }
}

export function randomAlterClientQuotasResponse (g: RandomValues, version: number): AlterClientQuotasResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    entries: g.array(() => randomAlterClientQuotasResponseEntryData(g, version))
  }
}

export function randomAlterConfigsRequestAlterableConfig (g: RandomValues, version: number): AlterConfigsRequestAlterableConfig {
  void version
  return {
    name: g.string(),
    value: g.isNull() ? null : g.string()
  }
}

export function randomAlterConfigsRequestAlterConfigsResource (g: RandomValues, version: number): AlterConfigsRequestAlterConfigsResource {
  void version
  return {
    resourceType: g.int8(),
    resourceName: g.string(),
    configs: g.array(() => randomAlterConfigsRequestAlterableConfig(g, version))
  }
}

export function randomAlterConfigsRequest (g: RandomValues, version: number): AlterConfigsRequest {
  void version
  return {
    resources: g.array(() => randomAlterConfigsRequestAlterConfigsResource(g, version)),
    validateOnly: g.bool()
  }
}

export function randomAlterConfigsResponseAlterConfigsResourceResponse (g: RandomValues, version: number): AlterConfigsResponseAlterConfigsResourceResponse {
  void version
  return {
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string(),
    resourceType: g.int8(),
    resourceName: g.string()
  }
}

export function randomAlterConfigsResponse (g: RandomValues, version: number): AlterConfigsResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    responses: g.array(() => randomAlterConfigsResponseAlterConfigsResourceResponse(g, version))
  }
}

export function randomAlterPartitionReassignmentsRequestReassignablePartition (g: RandomValues, version: number): AlterPartitionReassignmentsRequestReassignablePartition {
  void version
  return {
    partitionIndex: g.int32(),
    replicas: g.isNull() ? null : g.array(() => g.int32())
  }
}

export function randomAlterPartitionReassignmentsRequestReassignableTopic (g: RandomValues, version: number): AlterPartitionReassignmentsRequestReassignableTopic {
  void version
  return {
    name: g.string(),
    partitions: g.array(() => randomAlterPartitionReassignmentsRequestReassignablePartition(g, version))
  }
}

export function randomAlterPartitionReassignmentsRequest (g: RandomValues, version: number): AlterPartitionReassignmentsRequest {
  void version
  return {
    timeoutMs: g.int32(),
    topics: g.array(() => randomAlterPartitionReassignmentsRequestReassignableTopic(g, version))
  }
}

export function randomAlterPartitionReassignmentsResponseReassignablePartitionResponse (g: RandomValues, version: number): AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  void version
  return {
    partitionIndex: g.int32(),
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string()
  }
}

export function randomAlterPartitionReassignmentsResponseReassignableTopicResponse (g: RandomValues, version: number): AlterPartitionReassignmentsResponseReassignableTopicResponse {
  void version
  return {
    name: g.string(),
    partitions: g.array(() => randomAlterPartitionReassignmentsResponseReassignablePartitionResponse(g, version))
  }
}

export function randomAlterPartitionReassignmentsResponse (g: RandomValues, version: number): AlterPartitionReassignmentsResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string(),
    responses: g.array(() => randomAlterPartitionReassignmentsResponseReassignableTopicResponse(g, version))
  }
}

export function randomAlterPartitionRequestBrokerState (g: RandomValues, version: number): AlterPartitionRequestBrokerState {
  void version
  return {
    brokerId: (version >= 3) ? g.int32() : 0,
    brokerEpoch: (version >= 3) ? g.int64() : -1n
  }
}

export function randomAlterPartitionRequestPartitionData (g: RandomValues, version: number): AlterPartitionRequestPartitionData {
  void version
  return {
    partitionIndex: g.int32(),
    leaderEpoch: g.int32(),
    newIsr: (version <= 2) ? g.array(() => g.int32()) : [],
    newIsrWithEpochs: (version >= 3) ? g.array(() => randomAlterPartitionRequestBrokerState(g, version)) : [],
    leaderRecoveryState: (version >= 1) ? g.int8() : 0,
    partitionEpoch: g.int32()
  }
}

export function randomAlterPartitionRequestTopicData (g: RandomValues, version: number): AlterPartitionRequestTopicData {
  void version
  return {
    topicName: (version <= 1) ? g.string() : "",
    topicId: (version >= 2) ? g.uuid() : ZERO_UUID,
    partitions: g.array(() => randomAlterPartitionRequestPartitionData(g, version))
  }
}

export function randomAlterPartitionRequest (g: RandomValues, version: number): AlterPartitionRequest {
  void version
  return {
    brokerId: g.int32(),
    brokerEpoch: g.int64(),
    topics: g.array(() => randomAlterPartitionRequestTopicData(g, version))
  }
}

export function randomAlterPartitionResponsePartitionData (g: RandomValues, version: number): AlterPartitionResponsePartitionData {
  void version
  return {
    partitionIndex: g.int32(),
    errorCode: g.int16(),
    leaderId: g.int32(),
    leaderEpoch: g.int32(),
    isr: g.array(() => g.int32()),
    leaderRecoveryState: (version >= 1) ? g.int8() : 0,
    partitionEpoch: g.int32()
  }
}

export function randomAlterPartitionResponseTopicData (g: RandomValues, version: number): AlterPartitionResponseTopicData {
  void version
  return {
    topicName: (version <= 1) ? g.string() : "",
    topicId: (version >= 2) ? g.uuid() : ZERO_UUID,
    partitions: g.array(() => randomAlterPartitionResponsePartitionData(g, version))
  }
}

export function randomAlterPartitionResponse (g: RandomValues, version: number): AlterPartitionResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: g.int16(),
    topics: g.array(() => randomAlterPartitionResponseTopicData(g, version))
  }
}

export function randomAlterReplicaLogDirsRequestAlterReplicaLogDirTopic (g: RandomValues, version: number): AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  void version
  return {
    name: g.string(),
    partitions: g.array(() => g.int32())
  }
}

export function randomAlterReplicaLogDirsRequestAlterReplicaLogDir (g: RandomValues, version: number): AlterReplicaLogDirsRequestAlterReplicaLogDir {
  void version
  return {
    path: g.string(),
    topics: g.array(() => randomAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(g, version))
  }
}

export function randomAlterReplicaLogDirsRequest (g: RandomValues, version: number): AlterReplicaLogDirsRequest {
  void version
  return {
    dirs: g.array(() => randomAlterReplicaLogDirsRequestAlterReplicaLogDir(g, version))
  }
}

export function randomAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult (g: RandomValues, version: number): AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  void version
  return {
    partitionIndex: g.int32(),
    errorCode: g.int16()
  }
}

export function randomAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult (g: RandomValues, version: number): AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  void version
  return {
    topicName: g.string(),
    partitions: g.array(() => randomAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(g, version))
  }
}

export function randomAlterReplicaLogDirsResponse (g: RandomValues, version: number): AlterReplicaLogDirsResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    results: g.array(() => randomAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(g, version))
  }
}

export function randomAlterUserScramCredentialsRequestScramCredentialDeletion (g: RandomValues, version: number): AlterUserScramCredentialsRequestScramCredentialDeletion {
  void version
  return {
    name: g.string(),
    mechanism: g.int8()
  }
}

export function randomAlterUserScramCredentialsRequestScramCredentialUpsertion (g: RandomValues, version: number): AlterUserScramCredentialsRequestScramCredentialUpsertion {
  void version
  return {
    name: g.string(),
    mechanism: g.int8(),
    iterations: g.int32(),
    salt: g.bytes(),
    saltedPassword: g.bytes()
  }
}

export function randomAlterUserScramCredentialsRequest (g: RandomValues, version: number): AlterUserScramCredentialsRequest {
  void version
  return {
    deletions: g.array(() => randomAlterUserScramCredentialsRequestScramCredentialDeletion(g, version)),
    upsertions: g.array(() => randomAlterUserScramCredentialsRequestScramCredentialUpsertion(g, version))
  }
}

export function randomAlterUserScramCredentialsResponseAlterUserScramCredentialsResult (g: RandomValues, version: number): AlterUserScramCredentialsResponseAlterUserScramCredentialsResult {
  void version
  return {
    user: g.string(),
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string()
  }
}

export function randomAlterUserScramCredentialsResponse (g: RandomValues, version: number): AlterUserScramCredentialsResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    results: g.array(() => randomAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(g, version))
  }
}

export function randomApiVersionsRequest (g: RandomValues, version: number): ApiVersionsRequest {
  void version
  return {
    clientSoftwareName: (version >= 3) ? g.string() : "",
    clientSoftwareVersion: (version >= 3) ? g.string() : ""
  }
}

export function randomApiVersionsResponseApiVersion (g: RandomValues, version: number): ApiVersionsResponseApiVersion {
  void version
  return {
    apiKey: g.int16(),
    minVersion: g.int16(),
    maxVersion: g.int16()
  }
}

export function randomApiVersionsResponseSupportedFeatureKey (g: RandomValues, version: number): ApiVersionsResponseSupportedFeatureKey {
  void version
  return {
    name: (version >= 3) ? g.string() : "",
    minVersion: (version >= 3) ? g.int16() : 0,
    maxVersion: (version >= 3) ? g.int16() : 0
  }
}

export function randomApiVersionsResponseFinalizedFeatureKey (g: RandomValues, version: number): ApiVersionsResponseFinalizedFeatureKey {
  void version
  return {
    name: (version >= 3) ? g.string() : "",
    maxVersionLevel: (version >= 3) ? g.int16() : 0,
    minVersionLevel: (version >= 3) ? g.int16() : 0
  }
}

export function randomApiVersionsResponse (g: RandomValues, version: number): ApiVersionsResponse {
  void version
  return {
    errorCode: g.int16(),
    apiKeys: g.array(() => randomApiVersionsResponseApiVersion(g, version)),
    throttleTimeMs: (version >= 1) ? g.int32() : 0,
    supportedFeatures: (version >= 3) ? g.array(() => randomApiVersionsResponseSupportedFeatureKey(g, version)) : [],
    finalizedFeaturesEpoch: (version >= 3) ? g.int64() : -1n,
    finalizedFeatures: (version >= 3) ? g.array(() => randomApiVersionsResponseFinalizedFeatureKey(g, version)) : [],
    zkMigrationReady: (version >= 3) ? g.bool() : false
  }
}

export function randomAssignReplicasToDirsRequestPartitionData (g: RandomValues, version: number): AssignReplicasToDirsRequestPartitionData {
  void version
  return {
    partitionIndex: g.int32()
  }
}

export function randomAssignReplicasToDirsRequestTopicData (g: RandomValues, version: number): AssignReplicasToDirsRequestTopicData {
  void version
  return {
    topicId: g.uuid(),
    partitions: g.array(() => randomAssignReplicasToDirsRequestPartitionData(g, version))
  }
}

export function randomAssignReplicasToDirsRequestDirectoryData (g: RandomValues, version: number): AssignReplicasToDirsRequestDirectoryData {
  void version
  return {
    id: g.uuid(),
    topics: g.array(() => randomAssignReplicasToDirsRequestTopicData(g, version))
  }
}

export function randomAssignReplicasToDirsRequest (g: RandomValues, version: number): AssignReplicasToDirsRequest {
  void version
  return {
    brokerId: g.int32(),
    brokerEpoch: g.int64(),
    directories: g.array(() => randomAssignReplicasToDirsRequestDirectoryData(g, version))
  }
}

export function randomAssignReplicasToDirsResponsePartitionData (g: RandomValues, version: number): AssignReplicasToDirsResponsePartitionData {
  void version
  return {
    partitionIndex: g.int32(),
    errorCode: g.int16()
  }
}

export function randomAssignReplicasToDirsResponseTopicData (g: RandomValues, version: number): AssignReplicasToDirsResponseTopicData {
  void version
  return {
    topicId: g.uuid(),
    partitions: g.array(() => randomAssignReplicasToDirsResponsePartitionData(g, version))
  }
}

export function randomAssignReplicasToDirsResponseDirectoryData (g: RandomValues, version: number): AssignReplicasToDirsResponseDirectoryData {
  void version
  return {
    id: g.uuid(),
    topics: g.array(() => randomAssignReplicasToDirsResponseTopicData(g, version))
  }
}

export function randomAssignReplicasToDirsResponse (g: RandomValues, version: number): AssignReplicasToDirsResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: g.int16(),
    directories: g.array(() => randomAssignReplicasToDirsResponseDirectoryData(g, version))
  }
}

export function randomBeginQuorumEpochRequestPartitionData (g: RandomValues, version: number): BeginQuorumEpochRequestPartitionData {
  void version
  return {
    partitionIndex: g.int32(),
    leaderId: g.int32(),
    leaderEpoch: g.int32()
  }
}

export function randomBeginQuorumEpochRequestTopicData (g: RandomValues, version: number): BeginQuorumEpochRequestTopicData {
  void version
  return {
    topicName: g.string(),
    partitions: g.array(() => randomBeginQuorumEpochRequestPartitionData(g, version))
  }
}

export function randomBeginQuorumEpochRequest (g: RandomValues, version: number): BeginQuorumEpochRequest {
  void version
  return {
    clusterId: g.isNull() ? null : g.string(),
    topics: g.array(() => randomBeginQuorumEpochRequestTopicData(g, version))
  }
}

export function randomBeginQuorumEpochResponsePartitionData (g: RandomValues, version: number): BeginQuorumEpochResponsePartitionData {
  void version
  return {
    partitionIndex: g.int32(),
    errorCode: g.int16(),
    leaderId: g.int32(),
    leaderEpoch: g.int32()
  }
}

export function randomBeginQuorumEpochResponseTopicData (g: RandomValues, version: number): BeginQuorumEpochResponseTopicData {
  void version
  return {
    topicName: g.string(),
    partitions: g.array(() => randomBeginQuorumEpochResponsePartitionData(g, version))
  }
}

export function randomBeginQuorumEpochResponse (g: RandomValues, version: number): BeginQuorumEpochResponse {
  void version
  return {
    errorCode: g.int16(),
    topics: g.array(() => randomBeginQuorumEpochResponseTopicData(g, version))
  }
}

export function randomBrokerHeartbeatRequest (g: RandomValues, version: number): BrokerHeartbeatRequest {
  void version
  return {
    brokerId: g.int32(),
    brokerEpoch: g.int64(),
    currentMetadataOffset: g.int64(),
    wantFence: g.bool(),
    wantShutDown: g.bool(),
    offlineLogDirs: (version >= 1) ? g.array(() => g.uuid()) : []
  }
}

export function randomBrokerHeartbeatResponse (g: RandomValues, version: number): BrokerHeartbeatResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: g.int16(),
    isCaughtUp: g.bool(),
    isFenced: g.bool(),
    shouldShutDown: g.bool()
  }
}

export function randomBrokerRegistrationRequestListener (g: RandomValues, version: number): BrokerRegistrationRequestListener {
  void version
  return {
    name: g.string(),
    host: g.string(),
    port: g.uint16(),
    securityProtocol: g.int16()
  }
}

export function randomBrokerRegistrationRequestFeature (g: RandomValues, version: number): BrokerRegistrationRequestFeature {
  void version
  return {
    name: g.string(),
    minSupportedVersion: g.int16(),
    maxSupportedVersion: g.int16()
  }
}

export function randomBrokerRegistrationRequest (g: RandomValues, version: number): BrokerRegistrationRequest {
  void version
  return {
    brokerId: g.int32(),
    clusterId: g.string(),
    incarnationId: g.uuid(),
    listeners: g.array(() => randomBrokerRegistrationRequestListener(g, version)),
    features: g.array(() => randomBrokerRegistrationRequestFeature(g, version)),
    rack: g.isNull() ? null : g.string(),
    isMigratingZkBroker: (version >= 1) ? g.bool() : false,
    logDirs: (version >= 2) ? g.array(() => g.uuid()) : [],
    previousBrokerEpoch: (version >= 3) ? g.int64() : -1n
  }
}

export function randomBrokerRegistrationResponse (g: RandomValues, version: number): BrokerRegistrationResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: g.int16(),
    brokerEpoch: g.int64()
  }
}

export function randomConsumerGroupDescribeRequest (g: RandomValues, version: number): ConsumerGroupDescribeRequest {
  void version
  return {
    groupIds: g.array(() => g.string()),
    includeAuthorizedOperations: g.bool()
  }
}

export function randomConsumerGroupDescribeResponseTopicPartitions (g: RandomValues, version: number): ConsumerGroupDescribeResponseTopicPartitions {
  void version
  return {
    topicId: g.uuid(),
    topicName: g.string(),
    partitions: g.array(() => g.int32())
  }
}

export function randomConsumerGroupDescribeResponseAssignment (g: RandomValues, version: number): ConsumerGroupDescribeResponseAssignment {
  void version
  return {
    topicPartitions: g.array(() => randomConsumerGroupDescribeResponseTopicPartitions(g, version))
  }
}

export function randomConsumerGroupDescribeResponseMember (g: RandomValues, version: number): ConsumerGroupDescribeResponseMember {
  void version
  return {
    memberId: g.string(),
    instanceId: g.isNull() ? null : g.string(),
    rackId: g.isNull() ? null : g.string(),
    memberEpoch: g.int32(),
    clientId: g.string(),
    clientHost: g.string(),
    subscribedTopicNames: g.array(() => g.string()),
    subscribedTopicRegex: g.isNull() ? null : g.string(),
    assignment: randomConsumerGroupDescribeResponseAssignment(g, version),
    targetAssignment: randomConsumerGroupDescribeResponseAssignment(g, version)
  }
}

export function randomConsumerGroupDescribeResponseDescribedGroup (g: RandomValues, version: number): ConsumerGroupDescribeResponseDescribedGroup {
  void version
  return {
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string(),
    groupId: g.string(),
    groupState: g.string(),
    groupEpoch: g.int32(),
    assignmentEpoch: g.int32(),
    assignorName: g.string(),
    members: g.array(() => randomConsumerGroupDescribeResponseMember(g, version)),
    authorizedOperations: g.int32()
  }
}

export function randomConsumerGroupDescribeResponse (g: RandomValues, version: number): ConsumerGroupDescribeResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    groups: g.array(() => randomConsumerGroupDescribeResponseDescribedGroup(g, version))
  }
}

export function randomConsumerGroupHeartbeatRequestTopicPartitions (g: RandomValues, version: number): ConsumerGroupHeartbeatRequestTopicPartitions {
  void version
  return {
    topicId: g.uuid(),
    partitions: g.array(() => g.int32())
  }
}

export function randomConsumerGroupHeartbeatRequest (g: RandomValues, version: number): ConsumerGroupHeartbeatRequest {
  void version
  return {
    groupId: g.string(),
    memberId: g.string(),
    memberEpoch: g.int32(),
    instanceId: g.isNull() ? null : g.string(),
    rackId: g.isNull() ? null : g.string(),
    rebalanceTimeoutMs: g.int32(),
    subscribedTopicNames: g.isNull() ? null : g.array(() => g.string()),
    serverAssignor: g.isNull() ? null : g.string(),
    topicPartitions: g.isNull() ? null : g.array(() => randomConsumerGroupHeartbeatRequestTopicPartitions(g, version))
  }
}

export function randomConsumerGroupHeartbeatResponseTopicPartitions (g: RandomValues, version: number): ConsumerGroupHeartbeatResponseTopicPartitions {
  void version
  return {
    topicId: g.uuid(),
    partitions: g.array(() => g.int32())
  }
}

export function randomConsumerGroupHeartbeatResponseAssignment (g: RandomValues, version: number): ConsumerGroupHeartbeatResponseAssignment {
  void version
  return {
    topicPartitions: g.array(() => randomConsumerGroupHeartbeatResponseTopicPartitions(g, version))
  }
}

export function randomConsumerGroupHeartbeatResponse (g: RandomValues, version: number): ConsumerGroupHeartbeatResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string(),
    memberId: g.isNull() ? null : g.string(),
    memberEpoch: g.int32(),
    heartbeatIntervalMs: g.int32(),
    assignment: g.isNull() ? null : randomConsumerGroupHeartbeatResponseAssignment(g, version)
  }
}

export function randomConsumerProtocolAssignmentTopicPartition (g: RandomValues, version: number): ConsumerProtocolAssignmentTopicPartition {
  void version
  return {
    topic: g.string(),
    partitions: g.array(() => g.int32())
  }
}

export function randomConsumerProtocolAssignment (g: RandomValues, version: number): ConsumerProtocolAssignment {
  void version
  return {
    assignedPartitions: g.array(() => randomConsumerProtocolAssignmentTopicPartition(g, version)),
    userData: g.isNull() ? null : g.bytes()
  }
}

export function randomConsumerProtocolSubscriptionTopicPartition (g: RandomValues, version: number): ConsumerProtocolSubscriptionTopicPartition {
  void version
  return {
    topic: (version >= 1) ? g.string() : "",
    partitions: (version >= 1) ? g.array(() => g.int32()) : []
  }
}

export function randomConsumerProtocolSubscription (g: RandomValues, version: number): ConsumerProtocolSubscription {
  void version
  return {
    topics: g.array(() => g.string()),
    userData: g.isNull() ? null : g.bytes(),
    ownedPartitions: (version >= 1) ? g.array(() => randomConsumerProtocolSubscriptionTopicPartition(g, version)) : [],
    generationId: (version >= 2) ? g.int32() : -1,
    rackId: (version >= 3) ? (version >= 3) && g.isNull() ? null : g.string() : null
  }
}

export function randomControlledShutdownRequest (g: RandomValues, version: number): ControlledShutdownRequest {
  void version
  return {
    brokerId: g.int32(),
    brokerEpoch: (version >= 2) ? g.int64() : -1n
  }
}

export function randomControlledShutdownResponseRemainingPartition (g: RandomValues, version: number): ControlledShutdownResponseRemainingPartition {
  void version
  return {
    topicName: g.string(),
    partitionIndex: g.int32()
  }
}

export function randomControlledShutdownResponse (g: RandomValues, version: number): ControlledShutdownResponse {
  void version
  return {
    errorCode: g.int16(),
    remainingPartitions: g.array(() => randomControlledShutdownResponseRemainingPartition(g, version))
  }
}

export function randomControllerRegistrationRequestListener (g: RandomValues, version: number): ControllerRegistrationRequestListener {
  void version
  return {
    name: g.string(),
    host: g.string(),
    port: g.uint16(),
    securityProtocol: g.int16()
  }
}

export function randomControllerRegistrationRequestFeature (g: RandomValues, version: number): ControllerRegistrationRequestFeature {
  void version
  return {
    name: g.string(),
    minSupportedVersion: g.int16(),
    maxSupportedVersion: g.int16()
  }
}

export function randomControllerRegistrationRequest (g: RandomValues, version: number): ControllerRegistrationRequest {
  void version
  return {
    controllerId: g.int32(),
    incarnationId: g.uuid(),
    zkMigrationReady: g.bool(),
    listeners: g.array(() => randomControllerRegistrationRequestListener(g, version)),
    features: g.array(() => randomControllerRegistrationRequestFeature(g, version))
  }
}

export function randomControllerRegistrationResponse (g: RandomValues, version: number): ControllerRegistrationResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string()
  }
}

export function randomCreateAclsRequestAclCreation (g: RandomValues, version: number): CreateAclsRequestAclCreation {
  void version
  return {
    resourceType: g.int8(),
    resourceName: g.string(),
    resourcePatternType: (version >= 1) ? g.int8() : 3,
    principal: g.string(),
    host: g.string(),
    operation: g.int8(),
    permissionType: g.int8()
  }
}

export function randomCreateAclsRequest (g: RandomValues, version: number): CreateAclsRequest {
  void version
  return {
    creations: g.array(() => randomCreateAclsRequestAclCreation(g, version))
  }
}

export function randomCreateAclsResponseAclCreationResult (g: RandomValues, version: number): CreateAclsResponseAclCreationResult {
  void version
  return {
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string()
  }
}

export function randomCreateAclsResponse (g: RandomValues, version: number): CreateAclsResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    results: g.array(() => randomCreateAclsResponseAclCreationResult(g, version))
  }
}

export function randomCreateDelegationTokenRequestCreatableRenewers (g: RandomValues, version: number): CreateDelegationTokenRequestCreatableRenewers {
  void version
  return {
    principalType: g.string(),
    principalName: g.string()
  }
}

export function randomCreateDelegationTokenRequest (g: RandomValues, version: number): CreateDelegationTokenRequest {
  void version
  return {
    ownerPrincipalType: (version >= 3) ? (version >= 3) && g.isNull() ? null : g.string() : "",
    ownerPrincipalName: (version >= 3) ? (version >= 3) && g.isNull() ? null : g.string() : "",
    renewers: g.array(() => randomCreateDelegationTokenRequestCreatableRenewers(g, version)),
    maxLifetimeMs: g.int64()
  }
}

export function randomCreateDelegationTokenResponse (g: RandomValues, version: number): CreateDelegationTokenResponse {
  void version
  return {
    errorCode: g.int16(),
    principalType: g.string(),
    principalName: g.string(),
    tokenRequesterPrincipalType: (version >= 3) ? g.string() : "",
    tokenRequesterPrincipalName: (version >= 3) ? g.string() : "",
    issueTimestampMs: g.int64(),
    expiryTimestampMs: g.int64(),
    maxTimestampMs: g.int64(),
    tokenId: g.string(),
    hmac: g.bytes(),
    throttleTimeMs: g.int32()
  }
}

export function randomCreatePartitionsRequestCreatePartitionsAssignment (g: RandomValues, version: number): CreatePartitionsRequestCreatePartitionsAssignment {
  void version
  return {
    brokerIds: g.array(() => g.int32())
  }
}

export function randomCreatePartitionsRequestCreatePartitionsTopic (g: RandomValues, version: number): CreatePartitionsRequestCreatePartitionsTopic {
  void version
  return {
    name: g.string(),
    count: g.int32(),
    assignments: g.isNull() ? null : g.array(() => randomCreatePartitionsRequestCreatePartitionsAssignment(g, version))
  }
}

export function randomCreatePartitionsRequest (g: RandomValues, version: number): CreatePartitionsRequest {
  void version
  return {
    topics: g.array(() => randomCreatePartitionsRequestCreatePartitionsTopic(g, version)),
    timeoutMs: g.int32(),
    validateOnly: g.bool()
  }
}

export function randomCreatePartitionsResponseCreatePartitionsTopicResult (g: RandomValues, version: number): CreatePartitionsResponseCreatePartitionsTopicResult {
  void version
  return {
    name: g.string(),
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string()
  }
}

export function randomCreatePartitionsResponse (g: RandomValues, version: number): CreatePartitionsResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    results: g.array(() => randomCreatePartitionsResponseCreatePartitionsTopicResult(g, version))
  }
}

export function randomCreateTopicsRequestCreatableReplicaAssignment (g: RandomValues, version: number): CreateTopicsRequestCreatableReplicaAssignment {
  void version
  return {
    partitionIndex: g.int32(),
    brokerIds: g.array(() => g.int32())
  }
}

export function randomCreateTopicsRequestCreateableTopicConfig (g: RandomValues, version: number): CreateTopicsRequestCreateableTopicConfig {
  void version
  return {
    name: g.string(),
    value: g.isNull() ? null : g.string()
  }
}

export function randomCreateTopicsRequestCreatableTopic (g: RandomValues, version: number): CreateTopicsRequestCreatableTopic {
  void version
  return {
    name: g.string(),
    numPartitions: g.int32(),
    replicationFactor: g.int16(),
    assignments: g.array(() => randomCreateTopicsRequestCreatableReplicaAssignment(g, version)),
    configs: g.array(() => randomCreateTopicsRequestCreateableTopicConfig(g, version))
  }
}

export function randomCreateTopicsRequest (g: RandomValues, version: number): CreateTopicsRequest {
  void version
  return {
    topics: g.array(() => randomCreateTopicsRequestCreatableTopic(g, version)),
    timeoutMs: g.int32(),
    validateOnly: (version >= 1) ? g.bool() : false
  }
}

export function randomCreateTopicsResponseCreatableTopicConfigs (g: RandomValues, version: number): CreateTopicsResponseCreatableTopicConfigs {
  void version
  return {
    name: (version >= 5) ? g.string() : "",
    value: (version >= 5) ? (version >= 5) && g.isNull() ? null : g.string() : "",
    readOnly: (version >= 5) ? g.bool() : false,
    configSource: (version >= 5) ? g.int8() : -1,
    isSensitive: (version >= 5) ? g.bool() : false
  }
}

export function randomCreateTopicsResponseCreatableTopicResult (g: RandomValues, version: number): CreateTopicsResponseCreatableTopicResult {
  void version
  return {
    name: g.string(),
    topicId: (version >= 7) ? g.uuid() : ZERO_UUID,
    errorCode: g.int16(),
    errorMessage: (version >= 1) ? g.isNull() ? null : g.string() : "",
    topicConfigErrorCode: (version >= 5) ? g.int16() : 0,
    numPartitions: (version >= 5) ? g.int32() : -1,
    replicationFactor: (version >= 5) ? g.int16() : -1,
    configs: (version >= 5) ? (version >= 5) && g.isNull() ? null : g.array(() => randomCreateTopicsResponseCreatableTopicConfigs(g, version)) : []
  }
}

export function randomCreateTopicsResponse (g: RandomValues, version: number): CreateTopicsResponse {
  void version
  return {
    throttleTimeMs: (version >= 2) ? g.int32() : 0,
    topics: g.array(() => randomCreateTopicsResponseCreatableTopicResult(g, version))
  }
}

export function randomDefaultPrincipalData (g: RandomValues, version: number): DefaultPrincipalData {
  void version
  return {
    type: g.string(),
    name: g.string(),
    tokenAuthenticated: g.bool()
  }
}

export function randomDeleteAclsRequestDeleteAclsFilter (g: RandomValues, version: number): DeleteAclsRequestDeleteAclsFilter {
  void version
  return {
    resourceTypeFilter: g.int8(),
    resourceNameFilter: g.isNull() ? null : g.string(),
    patternTypeFilter: (version >= 1) ? g.int8() : 3,
    principalFilter: g.isNull() ? null : g.string(),
    hostFilter: g.isNull() ? null : g.string(),
    operation: g.int8(),
    permissionType: g.int8()
  }
}

export function randomDeleteAclsRequest (g: RandomValues, version: number): DeleteAclsRequest {
  void version
  return {
    filters: g.array(() => randomDeleteAclsRequestDeleteAclsFilter(g, version))
  }
}

export function randomDeleteAclsResponseDeleteAclsMatchingAcl (g: RandomValues, version: number): DeleteAclsResponseDeleteAclsMatchingAcl {
  void version
  return {
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string(),
    resourceType: g.int8(),
    resourceName: g.string(),
    patternType: (version >= 1) ? g.int8() : 3,
    principal: g.string(),
    host: g.string(),
    operation: g.int8(),
    permissionType: g.int8()
  }
}

export function randomDeleteAclsResponseDeleteAclsFilterResult (g: RandomValues, version: number): DeleteAclsResponseDeleteAclsFilterResult {
  void version
  return {
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string(),
    matchingAcls: g.array(() => randomDeleteAclsResponseDeleteAclsMatchingAcl(g, version))
  }
}

export function randomDeleteAclsResponse (g: RandomValues, version: number): DeleteAclsResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    filterResults: g.array(() => randomDeleteAclsResponseDeleteAclsFilterResult(g, version))
  }
}

export function randomDeleteGroupsRequest (g: RandomValues, version: number): DeleteGroupsRequest {
  void version
  return {
    groupsNames: g.array(() => g.string())
  }
}

export function randomDeleteGroupsResponseDeletableGroupResult (g: RandomValues, version: number): DeleteGroupsResponseDeletableGroupResult {
  void version
  return {
    groupId: g.string(),
    errorCode: g.int16()
  }
}

export function randomDeleteGroupsResponse (g: RandomValues, version: number): DeleteGroupsResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    results: g.array(() => randomDeleteGroupsResponseDeletableGroupResult(g, version))
  }
}

export function randomDeleteRecordsRequestDeleteRecordsPartition (g: RandomValues, version: number): DeleteRecordsRequestDeleteRecordsPartition {
  void version
  return {
    partitionIndex: g.int32(),
    offset: g.int64()
  }
}

export function randomDeleteRecordsRequestDeleteRecordsTopic (g: RandomValues, version: number): DeleteRecordsRequestDeleteRecordsTopic {
  void version
  return {
    name: g.string(),
    partitions: g.array(() => randomDeleteRecordsRequestDeleteRecordsPartition(g, version))
  }
}

export function randomDeleteRecordsRequest (g: RandomValues, version: number): DeleteRecordsRequest {
  void version
  return {
    topics: g.array(() => randomDeleteRecordsRequestDeleteRecordsTopic(g, version)),
    timeoutMs: g.int32()
  }
}

export function randomDeleteRecordsResponseDeleteRecordsPartitionResult (g: RandomValues, version: number): DeleteRecordsResponseDeleteRecordsPartitionResult {
  void version
  return {
    partitionIndex: g.int32(),
    lowWatermark: g.int64(),
    errorCode: g.int16()
  }
}

export function randomDeleteRecordsResponseDeleteRecordsTopicResult (g: RandomValues, version: number): DeleteRecordsResponseDeleteRecordsTopicResult {
  void version
  return {
    name: g.string(),
    partitions: g.array(() => randomDeleteRecordsResponseDeleteRecordsPartitionResult(g, version))
  }
}

export function randomDeleteRecordsResponse (g: RandomValues, version: number): DeleteRecordsResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    topics: g.array(() => randomDeleteRecordsResponseDeleteRecordsTopicResult(g, version))
  }
}

export function randomDeleteTopicsRequestDeleteTopicState (g: RandomValues, version: number): DeleteTopicsRequestDeleteTopicState {
  void version
  return {
    name: (version >= 6) ? (version >= 6) && g.isNull() ? null : g.string() : null,
    topicId: (version >= 6) ? g.uuid() : ZERO_UUID
  }
}

export function randomDeleteTopicsRequest (g: RandomValues, version: number): DeleteTopicsRequest {
  void version
  return {
    topics: (version >= 6) ? g.array(() => randomDeleteTopicsRequestDeleteTopicState(g, version)) : [],
    topicNames: (version <= 5) ? g.array(() => g.string()) : [],
    timeoutMs: g.int32()
  }
}

export function randomDeleteTopicsResponseDeletableTopicResult (g: RandomValues, version: number): DeleteTopicsResponseDeletableTopicResult {
  void version
  return {
    name: (version >= 6) && g.isNull() ? null : g.string(),
    topicId: (version >= 6) ? g.uuid() : ZERO_UUID,
    errorCode: g.int16(),
    errorMessage: (version >= 5) ? (version >= 5) && g.isNull() ? null : g.string() : null
  }
}

export function randomDeleteTopicsResponse (g: RandomValues, version: number): DeleteTopicsResponse {
  void version
  return {
    throttleTimeMs: (version >= 1) ? g.int32() : 0,
    responses: g.array(() => randomDeleteTopicsResponseDeletableTopicResult(g, version))
  }
}

export function randomDescribeAclsRequest (g: RandomValues, version: number): DescribeAclsRequest {
  void version
  return {
    resourceTypeFilter: g.int8(),
    resourceNameFilter: g.isNull() ? null : g.string(),
    patternTypeFilter: (version >= 1) ? g.int8() : 3,
    principalFilter: g.isNull() ? null : g.string(),
    hostFilter: g.isNull() ? null : g.string(),
    operation: g.int8(),
    permissionType: g.int8()
  }
}

export function randomDescribeAclsResponseAclDescription (g: RandomValues, version: number): DescribeAclsResponseAclDescription {
  void version
  return {
    principal: g.string(),
    host: g.string(),
    operation: g.int8(),
    permissionType: g.int8()
  }
}

export function randomDescribeAclsResponseDescribeAclsResource (g: RandomValues, version: number): DescribeAclsResponseDescribeAclsResource {
  void version
  return {
    resourceType: g.int8(),
    resourceName: g.string(),
    patternType: (version >= 1) ? g.int8() : 3,
    acls: g.array(() => randomDescribeAclsResponseAclDescription(g, version))
  }
}

export function randomDescribeAclsResponse (g: RandomValues, version: number): DescribeAclsResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string(),
    resources: g.array(() => randomDescribeAclsResponseDescribeAclsResource(g, version))
  }
}

export function randomDescribeClientQuotasRequestComponentData (g: RandomValues, version: number): DescribeClientQuotasRequestComponentData {
  void version
  return {
    entityType: g.string(),
    matchType: g.int8(),
    match: g.isNull() ? null : g.string()
  }
}

export function randomDescribeClientQuotasRequest (g: RandomValues, version: number): DescribeClientQuotasRequest {
  void version
  return {
    components: g.array(() => randomDescribeClientQuotasRequestComponentData(g, version)),
    strict: g.bool()
  }
}

export function randomDescribeClientQuotasResponseEntityData (g: RandomValues, version: number): DescribeClientQuotasResponseEntityData {
  void version
  return {
    entityType: g.string(),
    entityName: g.isNull() ? null : g.string()
  }
}

export function randomDescribeClientQuotasResponseValueData (g: RandomValues, version: number): DescribeClientQuotasResponseValueData {
  void version
  return {
    key: g.string(),
    value: g.float64()
  }
}

export function randomDescribeClientQuotasResponseEntryData (g: RandomValues, version: number): DescribeClientQuotasResponseEntryData {
  void version
  return {
    entity: g.array(() => randomDescribeClientQuotasResponseEntityData(g, version)),
    values: g.array(() => randomDescribeClientQuotasResponseValueData(g, version))
  }
}

export function randomDescribeClientQuotasResponse (g: RandomValues, version: number): DescribeClientQuotasResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string(),
    entries: g.isNull() ? null : g.array(() => randomDescribeClientQuotasResponseEntryData(g, version))
  }
}

export function randomDescribeClusterRequest (g: RandomValues, version: number): DescribeClusterRequest {
  void version
  return {
    includeClusterAuthorizedOperations: g.bool(),
    endpointType: (version >= 1) ? g.int8() : 1
  }
}

export function randomDescribeClusterResponseDescribeClusterBroker (g: RandomValues, version: number): DescribeClusterResponseDescribeClusterBroker {
  void version
  return {
    brokerId: g.int32(),
    host: g.string(),
    port: g.int32(),
    rack: g.isNull() ? null : g.string()
  }
}

export function randomDescribeClusterResponse (g: RandomValues, version: number): DescribeClusterResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string(),
    endpointType: (version >= 1) ? g.int8() : 1,
    clusterId: g.string(),
    controllerId: g.int32(),
    brokers: g.array(() => randomDescribeClusterResponseDescribeClusterBroker(g, version)),
    clusterAuthorizedOperations: g.int32()
  }
}

export function randomDescribeConfigsRequestDescribeConfigsResource (g: RandomValues, version: number): DescribeConfigsRequestDescribeConfigsResource {
  void version
  return {
    resourceType: g.int8(),
    resourceName: g.string(),
    configurationKeys: g.isNull() ? null : g.array(() => g.string())
  }
}

export function randomDescribeConfigsRequest (g: RandomValues, version: number): DescribeConfigsRequest {
  void version
  return {
    resources: g.array(() => randomDescribeConfigsRequestDescribeConfigsResource(g, version)),
    includeSynonyms: (version >= 1) ? g.bool() : false,
    includeDocumentation: (version >= 3) ? g.bool() : false
  }
}

export function randomDescribeConfigsResponseDescribeConfigsSynonym (g: RandomValues, version: number): DescribeConfigsResponseDescribeConfigsSynonym {
  void version
  return {
    name: (version >= 1) ? g.string() : "",
    value: (version >= 1) ? g.isNull() ? null : g.string() : "",
    source: (version >= 1) ? g.int8() : 0
  }
}

export function randomDescribeConfigsResponseDescribeConfigsResourceResult (g: RandomValues, version: number): DescribeConfigsResponseDescribeConfigsResourceResult {
  void version
  return {
    name: g.string(),
    value: g.isNull() ? null : g.string(),
    readOnly: g.bool(),
    isDefault: (version <= 0) ? g.bool() : false,
    configSource: (version >= 1) ? g.int8() : -1,
    isSensitive: g.bool(),
    synonyms: (version >= 1) ? g.array(() => randomDescribeConfigsResponseDescribeConfigsSynonym(g, version)) : [],
    configType: (version >= 3) ? g.int8() : 0,
    documentation: (version >= 3) ? g.isNull() ? null : g.string() : ""
  }
}

export function randomDescribeConfigsResponseDescribeConfigsResult (g: RandomValues, version: number): DescribeConfigsResponseDescribeConfigsResult {
  void version
  return {
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string(),
    resourceType: g.int8(),
    resourceName: g.string(),
    configs: g.array(() => randomDescribeConfigsResponseDescribeConfigsResourceResult(g, version))
  }
}

export function randomDescribeConfigsResponse (g: RandomValues, version: number): DescribeConfigsResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    results: g.array(() => randomDescribeConfigsResponseDescribeConfigsResult(g, version))
  }
}

export function randomDescribeDelegationTokenRequestDescribeDelegationTokenOwner (g: RandomValues, version: number): DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  void version
  return {
    principalType: g.string(),
    principalName: g.string()
  }
}

export function randomDescribeDelegationTokenRequest (g: RandomValues, version: number): DescribeDelegationTokenRequest {
  void version
  return {
    owners: g.isNull() ? null : g.array(() => randomDescribeDelegationTokenRequestDescribeDelegationTokenOwner(g, version))
  }
}

export function randomDescribeDelegationTokenResponseDescribedDelegationTokenRenewer (g: RandomValues, version: number): DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  void version
  return {
    principalType: g.string(),
    principalName: g.string()
  }
}

export function randomDescribeDelegationTokenResponseDescribedDelegationToken (g: RandomValues, version: number): DescribeDelegationTokenResponseDescribedDelegationToken {
  void version
  return {
    principalType: g.string(),
    principalName: g.string(),
    tokenRequesterPrincipalType: (version >= 3) ? g.string() : "",
    tokenRequesterPrincipalName: (version >= 3) ? g.string() : "",
    issueTimestamp: g.int64(),
    expiryTimestamp: g.int64(),
    maxTimestamp: g.int64(),
    tokenId: g.string(),
    hmac: g.bytes(),
    renewers: g.array(() => randomDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(g, version))
  }
}

export function randomDescribeDelegationTokenResponse (g: RandomValues, version: number): DescribeDelegationTokenResponse {
  void version
  return {
    errorCode: g.int16(),
    tokens: g.array(() => randomDescribeDelegationTokenResponseDescribedDelegationToken(g, version)),
    throttleTimeMs: g.int32()
  }
}

export function randomDescribeGroupsRequest (g: RandomValues, version: number): DescribeGroupsRequest {
  void version
  return {
    groups: g.array(() => g.string()),
    includeAuthorizedOperations: (version >= 3) ? g.bool() : false
  }
}

export function randomDescribeGroupsResponseDescribedGroupMember (g: RandomValues, version: number): DescribeGroupsResponseDescribedGroupMember {
  void version
  return {
    memberId: g.string(),
    groupInstanceId: (version >= 4) ? (version >= 4) && g.isNull() ? null : g.string() : null,
    clientId: g.string(),
    clientHost: g.string(),
    memberMetadata: g.bytes(),
    memberAssignment: g.bytes()
  }
}

export function randomDescribeGroupsResponseDescribedGroup (g: RandomValues, version: number): DescribeGroupsResponseDescribedGroup {
  void version
  return {
    errorCode: g.int16(),
    groupId: g.string(),
    groupState: g.string(),
    protocolType: g.string(),
    protocolData: g.string(),
    members: g.array(() => randomDescribeGroupsResponseDescribedGroupMember(g, version)),
    authorizedOperations: (version >= 3) ? g.int32() : -2147483648
  }
}

export function randomDescribeGroupsResponse (g: RandomValues, version: number): DescribeGroupsResponse {
  void version
  return {
    throttleTimeMs: (version >= 1) ? g.int32() : 0,
    groups: g.array(() => randomDescribeGroupsResponseDescribedGroup(g, version))
  }
}

export function randomDescribeLogDirsRequestDescribableLogDirTopic (g: RandomValues, version: number): DescribeLogDirsRequestDescribableLogDirTopic {
  void version
  return {
    topic: g.string(),
    partitions: g.array(() => g.int32())
  }
}

export function randomDescribeLogDirsRequest (g: RandomValues, version: number): DescribeLogDirsRequest {
  void version
  return {
    topics: g.isNull() ? null : g.array(() => randomDescribeLogDirsRequestDescribableLogDirTopic(g, version))
  }
}

export function randomDescribeLogDirsResponseDescribeLogDirsPartition (g: RandomValues, version: number): DescribeLogDirsResponseDescribeLogDirsPartition {
  void version
  return {
    partitionIndex: g.int32(),
    partitionSize: g.int64(),
    offsetLag: g.int64(),
    isFutureKey: g.bool()
  }
}

export function randomDescribeLogDirsResponseDescribeLogDirsTopic (g: RandomValues, version: number): DescribeLogDirsResponseDescribeLogDirsTopic {
  void version
  return {
    name: g.string(),
    partitions: g.array(() => randomDescribeLogDirsResponseDescribeLogDirsPartition(g, version))
  }
}

export function randomDescribeLogDirsResponseDescribeLogDirsResult (g: RandomValues, version: number): DescribeLogDirsResponseDescribeLogDirsResult {
  void version
  return {
    errorCode: g.int16(),
    logDir: g.string(),
    topics: g.array(() => randomDescribeLogDirsResponseDescribeLogDirsTopic(g, version)),
    totalBytes: (version >= 4) ? g.int64() : -1n,
    usableBytes: (version >= 4) ? g.int64() : -1n
  }
}

export function randomDescribeLogDirsResponse (g: RandomValues, version: number): DescribeLogDirsResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: (version >= 3) ? g.int16() : 0,
    results: g.array(() => randomDescribeLogDirsResponseDescribeLogDirsResult(g, version))
  }
}

export function randomDescribeProducersRequestTopicRequest (g: RandomValues, version: number): DescribeProducersRequestTopicRequest {
  void version
  return {
    name: g.string(),
    partitionIndexes: g.array(() => g.int32())
  }
}

export function randomDescribeProducersRequest (g: RandomValues, version: number): DescribeProducersRequest {
  void version
  return {
    topics: g.array(() => randomDescribeProducersRequestTopicRequest(g, version))
  }
}

export function randomDescribeProducersResponseProducerState (g: RandomValues, version: number): DescribeProducersResponseProducerState {
  void version
  return {
    producerId: g.int64(),
    producerEpoch: g.int32(),
    lastSequence: g.int32(),
    lastTimestamp: g.int64(),
    coordinatorEpoch: g.int32(),
    currentTxnStartOffset: g.int64()
  }
}

export function randomDescribeProducersResponsePartitionResponse (g: RandomValues, version: number): DescribeProducersResponsePartitionResponse {
  void version
  return {
    partitionIndex: g.int32(),
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string(),
    activeProducers: g.array(() => randomDescribeProducersResponseProducerState(g, version))
  }
}

export function randomDescribeProducersResponseTopicResponse (g: RandomValues, version: number): DescribeProducersResponseTopicResponse {
  void version
  return {
    name: g.string(),
    partitions: g.array(() => randomDescribeProducersResponsePartitionResponse(g, version))
  }
}

export function randomDescribeProducersResponse (g: RandomValues, version: number): DescribeProducersResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    topics: g.array(() => randomDescribeProducersResponseTopicResponse(g, version))
  }
}

export function randomDescribeQuorumRequestPartitionData (g: RandomValues, version: number): DescribeQuorumRequestPartitionData {
  void version
  return {
    partitionIndex: g.int32()
  }
}

export function randomDescribeQuorumRequestTopicData (g: RandomValues, version: number): DescribeQuorumRequestTopicData {
  void version
  return {
    topicName: g.string(),
    partitions: g.array(() => randomDescribeQuorumRequestPartitionData(g, version))
  }
}

export function randomDescribeQuorumRequest (g: RandomValues, version: number): DescribeQuorumRequest {
  void version
  return {
    topics: g.array(() => randomDescribeQuorumRequestTopicData(g, version))
  }
}

export function randomDescribeQuorumResponseReplicaState (g: RandomValues, version: number): DescribeQuorumResponseReplicaState {
  void version
  return {
    replicaId: g.int32(),
    logEndOffset: g.int64(),
    lastFetchTimestamp: (version >= 1) ? g.int64() : -1n,
    lastCaughtUpTimestamp: (version >= 1) ? g.int64() : -1n
  }
}

export function randomDescribeQuorumResponsePartitionData (g: RandomValues, version: number): DescribeQuorumResponsePartitionData {
  void version
  return {
    partitionIndex: g.int32(),
    errorCode: g.int16(),
    leaderId: g.int32(),
    leaderEpoch: g.int32(),
    highWatermark: g.int64(),
    currentVoters: g.array(() => randomDescribeQuorumResponseReplicaState(g, version)),
    observers: g.array(() => randomDescribeQuorumResponseReplicaState(g, version))
  }
}

export function randomDescribeQuorumResponseTopicData (g: RandomValues, version: number): DescribeQuorumResponseTopicData {
  void version
  return {
    topicName: g.string(),
    partitions: g.array(() => randomDescribeQuorumResponsePartitionData(g, version))
  }
}

export function randomDescribeQuorumResponse (g: RandomValues, version: number): DescribeQuorumResponse {
  void version
  return {
    errorCode: g.int16(),
    topics: g.array(() => randomDescribeQuorumResponseTopicData(g, version))
  }
}

export function randomDescribeTopicPartitionsRequestTopicRequest (g: RandomValues, version: number): DescribeTopicPartitionsRequestTopicRequest {
  void version
  return {
    name: g.string()
  }
}

export function randomDescribeTopicPartitionsRequestCursor (g: RandomValues, version: number): DescribeTopicPartitionsRequestCursor {
  void version
  return {
    topicName: g.string(),
    partitionIndex: g.int32()
  }
}

export function randomDescribeTopicPartitionsRequest (g: RandomValues, version: number): DescribeTopicPartitionsRequest {
  void version
  return {
    topics: g.array(() => randomDescribeTopicPartitionsRequestTopicRequest(g, version)),
    responsePartitionLimit: g.int32(),
    cursor: g.isNull() ? null : randomDescribeTopicPartitionsRequestCursor(g, version)
  }
}

export function randomDescribeTopicPartitionsResponsePartition (g: RandomValues, version: number): DescribeTopicPartitionsResponsePartition {
  void version
  return {
    errorCode: g.int16(),
    partitionIndex: g.int32(),
    leaderId: g.int32(),
    leaderEpoch: g.int32(),
    replicaNodes: g.array(() => g.int32()),
    isrNodes: g.array(() => g.int32()),
    eligibleLeaderReplicas: g.isNull() ? null : g.array(() => g.int32()),
    lastKnownElr: g.isNull() ? null : g.array(() => g.int32()),
    offlineReplicas: g.array(() => g.int32())
  }
}

export function randomDescribeTopicPartitionsResponseTopic (g: RandomValues, version: number): DescribeTopicPartitionsResponseTopic {
  void version
  return {
    errorCode: g.int16(),
    name: g.isNull() ? null : g.string(),
    topicId: g.uuid(),
    isInternal: g.bool(),
    partitions: g.array(() => randomDescribeTopicPartitionsResponsePartition(g, version)),
    topicAuthorizedOperations: g.int32()
  }
}

export function randomDescribeTopicPartitionsResponseCursor (g: RandomValues, version: number): DescribeTopicPartitionsResponseCursor {
  void version
  return {
    topicName: g.string(),
    partitionIndex: g.int32()
  }
}

export function randomDescribeTopicPartitionsResponse (g: RandomValues, version: number): DescribeTopicPartitionsResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    topics: g.array(() => randomDescribeTopicPartitionsResponseTopic(g, version)),
    nextCursor: g.isNull() ? null : randomDescribeTopicPartitionsResponseCursor(g, version)
  }
}

export function randomDescribeTransactionsRequest (g: RandomValues, version: number): DescribeTransactionsRequest {
  void version
  return {
    transactionalIds: g.array(() => g.string())
  }
}

export function randomDescribeTransactionsResponseTopicData (g: RandomValues, version: number): DescribeTransactionsResponseTopicData {
  void version
  return {
    topic: g.string(),
    partitions: g.array(() => g.int32())
  }
}

export function randomDescribeTransactionsResponseTransactionState (g: RandomValues, version: number): DescribeTransactionsResponseTransactionState {
  void version
  return {
    errorCode: g.int16(),
    transactionalId: g.string(),
    transactionState: g.string(),
    transactionTimeoutMs: g.int32(),
    transactionStartTimeMs: g.int64(),
    producerId: g.int64(),
    producerEpoch: g.int16(),
    topics: g.array(() => randomDescribeTransactionsResponseTopicData(g, version))
  }
}

export function randomDescribeTransactionsResponse (g: RandomValues, version: number): DescribeTransactionsResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    transactionStates: g.array(() => randomDescribeTransactionsResponseTransactionState(g, version))
  }
}

export function randomDescribeUserScramCredentialsRequestUserName (g: RandomValues, version: number): DescribeUserScramCredentialsRequestUserName {
  void version
  return {
    name: g.string()
  }
}

export function randomDescribeUserScramCredentialsRequest (g: RandomValues, version: number): DescribeUserScramCredentialsRequest {
  void version
  return {
    users: g.isNull() ? null : g.array(() => randomDescribeUserScramCredentialsRequestUserName(g, version))
  }
}

export function randomDescribeUserScramCredentialsResponseCredentialInfo (g: RandomValues, version: number): DescribeUserScramCredentialsResponseCredentialInfo {
  void version
  return {
    mechanism: g.int8(),
    iterations: g.int32()
  }
}

export function randomDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult (g: RandomValues, version: number): DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  void version
  return {
    user: g.string(),
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string(),
    credentialInfos: g.array(() => randomDescribeUserScramCredentialsResponseCredentialInfo(g, version))
  }
}

export function randomDescribeUserScramCredentialsResponse (g: RandomValues, version: number): DescribeUserScramCredentialsResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string(),
    results: g.array(() => randomDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(g, version))
  }
}

export function randomElectLeadersRequestTopicPartitions (g: RandomValues, version: number): ElectLeadersRequestTopicPartitions {
  void version
  return {
    topic: g.string(),
    partitions: g.array(() => g.int32())
  }
}

export function randomElectLeadersRequest (g: RandomValues, version: number): ElectLeadersRequest {
  void version
  return {
    electionType: (version >= 1) ? g.int8() : 0,
    topicPartitions: g.isNull() ? null : g.array(() => randomElectLeadersRequestTopicPartitions(g, version)),
    timeoutMs: g.int32()
  }
}

export function randomElectLeadersResponsePartitionResult (g: RandomValues, version: number): ElectLeadersResponsePartitionResult {
  void version
  return {
    partitionId: g.int32(),
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string()
  }
}

export function randomElectLeadersResponseReplicaElectionResult (g: RandomValues, version: number): ElectLeadersResponseReplicaElectionResult {
  void version
  return {
    topic: g.string(),
    partitionResult: g.array(() => randomElectLeadersResponsePartitionResult(g, version))
  }
}

export function randomElectLeadersResponse (g: RandomValues, version: number): ElectLeadersResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: (version >= 1) ? g.int16() : 0,
    replicaElectionResults: g.array(() => randomElectLeadersResponseReplicaElectionResult(g, version))
  }
}

export function randomEndQuorumEpochRequestPartitionData (g: RandomValues, version: number): EndQuorumEpochRequestPartitionData {
  void version
  return {
    partitionIndex: g.int32(),
    leaderId: g.int32(),
    leaderEpoch: g.int32(),
    preferredSuccessors: g.array(() => g.int32())
  }
}

export function randomEndQuorumEpochRequestTopicData (g: RandomValues, version: number): EndQuorumEpochRequestTopicData {
  void version
  return {
    topicName: g.string(),
    partitions: g.array(() => randomEndQuorumEpochRequestPartitionData(g, version))
  }
}

export function randomEndQuorumEpochRequest (g: RandomValues, version: number): EndQuorumEpochRequest {
  void version
  return {
    clusterId: g.isNull() ? null : g.string(),
    topics: g.array(() => randomEndQuorumEpochRequestTopicData(g, version))
  }
}

export function randomEndQuorumEpochResponsePartitionData (g: RandomValues, version: number): EndQuorumEpochResponsePartitionData {
  void version
  return {
    partitionIndex: g.int32(),
    errorCode: g.int16(),
    leaderId: g.int32(),
    leaderEpoch: g.int32()
  }
}

export function randomEndQuorumEpochResponseTopicData (g: RandomValues, version: number): EndQuorumEpochResponseTopicData {
  void version
  return {
    topicName: g.string(),
    partitions: g.array(() => randomEndQuorumEpochResponsePartitionData(g, version))
  }
}

export function randomEndQuorumEpochResponse (g: RandomValues, version: number): EndQuorumEpochResponse {
  void version
  return {
    errorCode: g.int16(),
    topics: g.array(() => randomEndQuorumEpochResponseTopicData(g, version))
  }
}

export function randomEndTxnRequest (g: RandomValues, version: number): EndTxnRequest {
  void version
  return {
    transactionalId: g.string(),
    producerId: g.int64(),
    producerEpoch: g.int16(),
    committed: g.bool()
  }
}

export function randomEndTxnResponse (g: RandomValues, version: number): EndTxnResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: g.int16()
  }
}

export function randomEnvelopeRequest (g: RandomValues, version: number): EnvelopeRequest {
  void version
  return {
    requestData: g.bytes(),
    requestPrincipal: g.isNull() ? null : g.bytes(),
    clientHostAddress: g.bytes()
  }
}

export function randomEnvelopeResponse (g: RandomValues, version: number): EnvelopeResponse {
  void version
  return {
    responseData: g.isNull() ? null : g.bytes(),
    errorCode: g.int16()
  }
}

export function randomExpireDelegationTokenRequest (g: RandomValues, version: number): ExpireDelegationTokenRequest {
  void version
  return {
    hmac: g.bytes(),
    expiryTimePeriodMs: g.int64()
  }
}

export function randomExpireDelegationTokenResponse (g: RandomValues, version: number): ExpireDelegationTokenResponse {
  void version
  return {
    errorCode: g.int16(),
    expiryTimestampMs: g.int64(),
    throttleTimeMs: g.int32()
  }
}

export function randomFetchRequestReplicaState (g: RandomValues, version: number): FetchRequestReplicaState {
  void version
  return {
    replicaId: (version >= 15) ? g.int32() : -1,
    replicaEpoch: (version >= 15) ? g.int64() : -1n
  }
}

export function randomFetchRequestFetchPartition (g: RandomValues, version: number): FetchRequestFetchPartition {
  void version
  return {
    partition: g.int32(),
    currentLeaderEpoch: (version >= 9) ? g.int32() : -1,
    fetchOffset: g.int64(),
    lastFetchedEpoch: (version >= 12) ? g.int32() : -1,
    logStartOffset: (version >= 5) ? g.int64() : -1n,
    partitionMaxBytes: g.int32()
  }
}

export function randomFetchRequestFetchTopic (g: RandomValues, version: number): FetchRequestFetchTopic {
  void version
  return {
    topic: (version <= 12) ? g.string() : "",
    topicId: (version >= 13) ? g.uuid() : ZERO_UUID,
    partitions: g.array(() => randomFetchRequestFetchPartition(g, version))
  }
}

export function randomFetchRequestForgottenTopic (g: RandomValues, version: number): FetchRequestForgottenTopic {
  void version
  return {
    topic: (version >= 7 && version <= 12) ? g.string() : "",
    topicId: (version >= 13) ? g.uuid() : ZERO_UUID,
    partitions: (version >= 7) ? g.array(() => g.int32()) : []
  }
}

export function randomFetchRequest (g: RandomValues, version: number): FetchRequest {
  void version
  return {
    clusterId: (version >= 12) ? (version >= 12) && g.isNull() ? null : g.string() : null,
    replicaId: (version <= 14) ? g.int32() : -1,
    replicaState: (version >= 15) ? randomFetchRequestReplicaState(g, version) : defaultFetchRequestReplicaState(),
    maxWaitMs: g.int32(),
    minBytes: g.int32(),
    maxBytes: (version >= 3) ? g.int32() : 2147483647,
    isolationLevel: (version >= 4) ? g.int8() : 0,
    sessionId: (version >= 7) ? g.int32() : 0,
    sessionEpoch: (version >= 7) ? g.int32() : -1,
    topics: g.array(() => randomFetchRequestFetchTopic(g, version)),
    forgottenTopicsData: (version >= 7) ? g.array(() => randomFetchRequestForgottenTopic(g, version)) : [],
    rackId: (version >= 11) ? g.string() : ""
  }
}

export function randomFetchResponseEpochEndOffset (g: RandomValues, version: number): FetchResponseEpochEndOffset {
  void version
  return {
    epoch: (version >= 12) ? g.int32() : -1,
    endOffset: (version >= 12) ? g.int64() : -1n
  }
}

export function randomFetchResponseLeaderIdAndEpoch (g: RandomValues, version: number): FetchResponseLeaderIdAndEpoch {
  void version
  return {
    leaderId: (version >= 12) ? g.int32() : -1,
    leaderEpoch: (version >= 12) ? g.int32() : -1
  }
}

export function randomFetchResponseSnapshotId (g: RandomValues, version: number): FetchResponseSnapshotId {
  void version
  return {
    endOffset: g.int64(),
    epoch: g.int32()
  }
}

export function randomFetchResponseAbortedTransaction (g: RandomValues, version: number): FetchResponseAbortedTransaction {
  void version
  return {
    producerId: (version >= 4) ? g.int64() : 0n,
    firstOffset: (version >= 4) ? g.int64() : 0n
  }
}

export function randomFetchResponsePartitionData (g: RandomValues, version: number): FetchResponsePartitionData {
  void version
  return {
    partitionIndex: g.int32(),
    errorCode: g.int16(),
    highWatermark: g.int64(),
    lastStableOffset: (version >= 4) ? g.int64() : -1n,
    logStartOffset: (version >= 5) ? g.int64() : -1n,
    divergingEpoch: (version >= 12) ? randomFetchResponseEpochEndOffset(g, version) : defaultFetchResponseEpochEndOffset(),
    currentLeader: (version >= 12) ? randomFetchResponseLeaderIdAndEpoch(g, version) : defaultFetchResponseLeaderIdAndEpoch(),
    snapshotId: (version >= 12) ? randomFetchResponseSnapshotId(g, version) : defaultFetchResponseSnapshotId(),
    abortedTransactions: (version >= 4) ? (version >= 4) && g.isNull() ? null : g.array(() => randomFetchResponseAbortedTransaction(g, version)) : [],
    preferredReadReplica: (version >= 11) ? g.int32() : -1,
    records: g.isNull() ? null : g.bytes()
  }
}

export function randomFetchResponseFetchableTopicResponse (g: RandomValues, version: number): FetchResponseFetchableTopicResponse {
  void version
  return {
    topic: (version <= 12) ? g.string() : "",
    topicId: (version >= 13) ? g.uuid() : ZERO_UUID,
    partitions: g.array(() => randomFetchResponsePartitionData(g, version))
  }
}

export function randomFetchResponseNodeEndpoint (g: RandomValues, version: number): FetchResponseNodeEndpoint {
  void version
  return {
    nodeId: (version >= 16) ? g.int32() : 0,
    host: (version >= 16) ? g.string() : "",
    port: (version >= 16) ? g.int32() : 0,
    rack: (version >= 16) ? (version >= 16) && g.isNull() ? null : g.string() : null
  }
}

export function randomFetchResponse (g: RandomValues, version: number): FetchResponse {
  void version
  return {
    throttleTimeMs: (version >= 1) ? g.int32() : 0,
    errorCode: (version >= 7) ? g.int16() : 0,
    sessionId: (version >= 7) ? g.int32() : 0,
    responses: g.array(() => randomFetchResponseFetchableTopicResponse(g, version)),
    nodeEndpoints: (version >= 16) ? g.array(() => randomFetchResponseNodeEndpoint(g, version)) : []
  }
}

export function randomFetchSnapshotRequestSnapshotId (g: RandomValues, version: number): FetchSnapshotRequestSnapshotId {
  void version
  return {
    endOffset: g.int64(),
    epoch: g.int32()
  }
}

export function randomFetchSnapshotRequestPartitionSnapshot (g: RandomValues, version: number): FetchSnapshotRequestPartitionSnapshot {
  void version
  return {
    partition: g.int32(),
    currentLeaderEpoch: g.int32(),
    snapshotId: randomFetchSnapshotRequestSnapshotId(g, version),
    position: g.int64()
  }
}

export function randomFetchSnapshotRequestTopicSnapshot (g: RandomValues, version: number): FetchSnapshotRequestTopicSnapshot {
  void version
  return {
    name: g.string(),
    partitions: g.array(() => randomFetchSnapshotRequestPartitionSnapshot(g, version))
  }
}

export function randomFetchSnapshotRequest (g: RandomValues, version: number): FetchSnapshotRequest {
  void version
  return {
    clusterId: g.isNull() ? null : g.string(),
    replicaId: g.int32(),
    maxBytes: g.int32(),
    topics: g.array(() => randomFetchSnapshotRequestTopicSnapshot(g, version))
  }
}

export function randomFetchSnapshotResponseSnapshotId (g: RandomValues, version: number): FetchSnapshotResponseSnapshotId {
  void version
  return {
    endOffset: g.int64(),
    epoch: g.int32()
  }
}

export function randomFetchSnapshotResponseLeaderIdAndEpoch (g: RandomValues, version: number): FetchSnapshotResponseLeaderIdAndEpoch {
  void version
  return {
    leaderId: g.int32(),
    leaderEpoch: g.int32()
  }
}

export function randomFetchSnapshotResponsePartitionSnapshot (g: RandomValues, version: number): FetchSnapshotResponsePartitionSnapshot {
  void version
  return {
    index: g.int32(),
    errorCode: g.int16(),
    snapshotId: randomFetchSnapshotResponseSnapshotId(g, version),
    currentLeader: randomFetchSnapshotResponseLeaderIdAndEpoch(g, version),
    size: g.int64(),
    position: g.int64(),
    unalignedRecords: g.bytes()
  }
}

export function randomFetchSnapshotResponseTopicSnapshot (g: RandomValues, version: number): FetchSnapshotResponseTopicSnapshot {
  void version
  return {
    name: g.string(),
    partitions: g.array(() => randomFetchSnapshotResponsePartitionSnapshot(g, version))
  }
}

export function randomFetchSnapshotResponse (g: RandomValues, version: number): FetchSnapshotResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: g.int16(),
    topics: g.array(() => randomFetchSnapshotResponseTopicSnapshot(g, version))
  }
}

export function randomFindCoordinatorRequest (g: RandomValues, version: number): FindCoordinatorRequest {
  void version
  return {
    key: (version <= 3) ? g.string() : "",
    keyType: (version >= 1) ? g.int8() : 0,
    coordinatorKeys: (version >= 4) ? g.array(() => g.string()) : []
  }
}

export function randomFindCoordinatorResponseCoordinator (g: RandomValues, version: number): FindCoordinatorResponseCoordinator {
  void version
  return {
    key: (version >= 4) ? g.string() : "",
    nodeId: (version >= 4) ? g.int32() : 0,
    host: (version >= 4) ? g.string() : "",
    port: (version >= 4) ? g.int32() : 0,
    errorCode: (version >= 4) ? g.int16() : 0,
    errorMessage: (version >= 4) ? (version >= 4) && g.isNull() ? null : g.string() : ""
  }
}

export function randomFindCoordinatorResponse (g: RandomValues, version: number): FindCoordinatorResponse {
  void version
  return {
    throttleTimeMs: (version >= 1) ? g.int32() : 0,
    errorCode: (version <= 3) ? g.int16() : 0,
    errorMessage: (version >= 1 && version <= 3) ? (version >= 1 && version <= 3) && g.isNull() ? null : g.string() : "",
    nodeId: (version <= 3) ? g.int32() : 0,
    host: (version <= 3) ? g.string() : "",
    port: (version <= 3) ? g.int32() : 0,
    coordinators: (version >= 4) ? g.array(() => randomFindCoordinatorResponseCoordinator(g, version)) : []
  }
}

export function randomGetTelemetrySubscriptionsRequest (g: RandomValues, version: number): GetTelemetrySubscriptionsRequest {
  void version
  return {
    clientInstanceId: g.uuid()
  }
}

export function randomGetTelemetrySubscriptionsResponse (g: RandomValues, version: number): GetTelemetrySubscriptionsResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: g.int16(),
    clientInstanceId: g.uuid(),
    subscriptionId: g.int32(),
    acceptedCompressionTypes: g.array(() => g.int8()),
    pushIntervalMs: g.int32(),
    telemetryMaxBytes: g.int32(),
    deltaTemporality: g.bool(),
    requestedMetrics: g.array(() => g.string())
  }
}

export function randomHeartbeatRequest (g: RandomValues, version: number): HeartbeatRequest {
  void version
  return {
    groupId: g.string(),
    generationId: g.int32(),
    memberId: g.string(),
    groupInstanceId: (version >= 3) ? (version >= 3) && g.isNull() ? null : g.string() : null
  }
}

export function randomHeartbeatResponse (g: RandomValues, version: number): HeartbeatResponse {
  void version
  return {
    throttleTimeMs: (version >= 1) ? g.int32() : 0,
    errorCode: g.int16()
  }
}

export function randomIncrementalAlterConfigsRequestAlterableConfig (g: RandomValues, version: number): IncrementalAlterConfigsRequestAlterableConfig {
  void version
  return {
    name: g.string(),
    configOperation: g.int8(),
    value: g.isNull() ? null : g.string()
  }
}

export function randomIncrementalAlterConfigsRequestAlterConfigsResource (g: RandomValues, version: number): IncrementalAlterConfigsRequestAlterConfigsResource {
  void version
  return {
    resourceType: g.int8(),
    resourceName: g.string(),
    configs: g.array(() => randomIncrementalAlterConfigsRequestAlterableConfig(g, version))
  }
}

export function randomIncrementalAlterConfigsRequest (g: RandomValues, version: number): IncrementalAlterConfigsRequest {
  void version
  return {
    resources: g.array(() => randomIncrementalAlterConfigsRequestAlterConfigsResource(g, version)),
    validateOnly: g.bool()
  }
}

export function randomIncrementalAlterConfigsResponseAlterConfigsResourceResponse (g: RandomValues, version: number): IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  void version
  return {
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string(),
    resourceType: g.int8(),
    resourceName: g.string()
  }
}

export function randomIncrementalAlterConfigsResponse (g: RandomValues, version: number): IncrementalAlterConfigsResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    responses: g.array(() => randomIncrementalAlterConfigsResponseAlterConfigsResourceResponse(g, version))
  }
}

export function randomInitProducerIdRequest (g: RandomValues, version: number): InitProducerIdRequest {
  void version
  return {
    transactionalId: g.isNull() ? null : g.string(),
    transactionTimeoutMs: g.int32(),
    producerId: (version >= 3) ? g.int64() : -1n,
    producerEpoch: (version >= 3) ? g.int16() : -1
  }
}

export function randomInitProducerIdResponse (g: RandomValues, version: number): InitProducerIdResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: g.int16(),
    producerId: g.int64(),
    producerEpoch: g.int16()
  }
}

export function randomJoinGroupRequestProtocol (g: RandomValues, version: number): JoinGroupRequestProtocol {
  void version
  return {
    name: g.string(),
    metadata: g.bytes()
  }
}

export function randomJoinGroupRequest (g: RandomValues, version: number): JoinGroupRequest {
  void version
  return {
    groupId: g.string(),
    sessionTimeoutMs: g.int32(),
    rebalanceTimeoutMs: (version >= 1) ? g.int32() : -1,
    memberId: g.string(),
    groupInstanceId: (version >= 5) ? (version >= 5) && g.isNull() ? null : g.string() : null,
    protocolType: g.string(),
    protocols: g.array(() => randomJoinGroupRequestProtocol(g, version)),
    reason: (version >= 8) ? (version >= 8) && g.isNull() ? null : g.string() : null
  }
}

export function randomJoinGroupResponseMember (g: RandomValues, version: number): JoinGroupResponseMember {
  void version
  return {
    memberId: g.string(),
    groupInstanceId: (version >= 5) ? (version >= 5) && g.isNull() ? null : g.string() : null,
    metadata: g.bytes()
  }
}

export function randomJoinGroupResponse (g: RandomValues, version: number): JoinGroupResponse {
  void version
  return {
    throttleTimeMs: (version >= 2) ? g.int32() : 0,
    errorCode: g.int16(),
    generationId: g.int32(),
    protocolType: (version >= 7) ? (version >= 7) && g.isNull() ? null : g.string() : null,
    protocolName: (version >= 7) && g.isNull() ? null : g.string(),
    leader: g.string(),
    skipAssignment: (version >= 9) ? g.bool() : false,
    memberId: g.string(),
    members: g.array(() => randomJoinGroupResponseMember(g, version))
  }
}

export function randomKRaftVersionRecord (g: RandomValues, version: number): KRaftVersionRecord {
  void version
  return {
    version: g.int16(),
    kRaftVersion: g.int16()
  }
}

export function randomLeaderAndIsrRequestLeaderAndIsrPartitionState (g: RandomValues, version: number): LeaderAndIsrRequestLeaderAndIsrPartitionState {
  void version
  return {
    topicName: (version <= 1) ? g.string() : "",
    partitionIndex: g.int32(),
    controllerEpoch: g.int32(),
    leader: g.int32(),
    leaderEpoch: g.int32(),
    isr: g.array(() => g.int32()),
    partitionEpoch: g.int32(),
    replicas: g.array(() => g.int32()),
    addingReplicas: (version >= 3) ? g.array(() => g.int32()) : [],
    removingReplicas: (version >= 3) ? g.array(() => g.int32()) : [],
    isNew: (version >= 1) ? g.bool() : false,
    leaderRecoveryState: (version >= 6) ? g.int8() : 0
  }
}

export function randomLeaderAndIsrRequestLeaderAndIsrTopicState (g: RandomValues, version: number): LeaderAndIsrRequestLeaderAndIsrTopicState {
  void version
  return {
    topicName: (version >= 2) ? g.string() : "",
    topicId: (version >= 5) ? g.uuid() : ZERO_UUID,
    partitionStates: (version >= 2) ? g.array(() => randomLeaderAndIsrRequestLeaderAndIsrPartitionState(g, version)) : []
  }
}

export function randomLeaderAndIsrRequestLeaderAndIsrLiveLeader (g: RandomValues, version: number): LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  void version
  return {
    brokerId: g.int32(),
    hostName: g.string(),
    port: g.int32()
  }
}

export function randomLeaderAndIsrRequest (g: RandomValues, version: number): LeaderAndIsrRequest {
  void version
  return {
    controllerId: g.int32(),
    isKRaftController: (version >= 7) ? g.bool() : false,
    controllerEpoch: g.int32(),
    brokerEpoch: (version >= 2) ? g.int64() : -1n,
    type: (version >= 5) ? g.int8() : 0,
    ungroupedPartitionStates: (version <= 1) ? g.array(() => randomLeaderAndIsrRequestLeaderAndIsrPartitionState(g, version)) : [],
    topicStates: (version >= 2) ? g.array(() => randomLeaderAndIsrRequestLeaderAndIsrTopicState(g, version)) : [],
    liveLeaders: g.array(() => randomLeaderAndIsrRequestLeaderAndIsrLiveLeader(g, version))
  }
}

export function randomLeaderAndIsrResponseLeaderAndIsrPartitionError (g: RandomValues, version: number): LeaderAndIsrResponseLeaderAndIsrPartitionError {
  void version
  return {
    topicName: (version <= 4) ? g.string() : "",
    partitionIndex: g.int32(),
    errorCode: g.int16()
  }
}

export function randomLeaderAndIsrResponseLeaderAndIsrTopicError (g: RandomValues, version: number): LeaderAndIsrResponseLeaderAndIsrTopicError {
  void version
  return {
    topicId: (version >= 5) ? g.uuid() : ZERO_UUID,
    partitionErrors: (version >= 5) ? g.array(() => randomLeaderAndIsrResponseLeaderAndIsrPartitionError(g, version)) : []
  }
}

export function randomLeaderAndIsrResponse (g: RandomValues, version: number): LeaderAndIsrResponse {
  void version
  return {
    errorCode: g.int16(),
    partitionErrors: (version <= 4) ? g.array(() => randomLeaderAndIsrResponseLeaderAndIsrPartitionError(g, version)) : [],
    topics: (version >= 5) ? g.array(() => randomLeaderAndIsrResponseLeaderAndIsrTopicError(g, version)) : []
  }
}

export function randomLeaderChangeMessageVoter (g: RandomValues, version: number): LeaderChangeMessageVoter {
  void version
  return {
    voterId: g.int32()
  }
}

export function randomLeaderChangeMessage (g: RandomValues, version: number): LeaderChangeMessage {
  void version
  return {
    version: g.int16(),
    leaderId: g.int32(),
    voters: g.array(() => randomLeaderChangeMessageVoter(g, version)),
    grantingVoters: g.array(() => randomLeaderChangeMessageVoter(g, version))
  }
}

export function randomLeaveGroupRequestMemberIdentity (g: RandomValues, version: number): LeaveGroupRequestMemberIdentity {
  void version
  return {
    memberId: (version >= 3) ? g.string() : "",
    groupInstanceId: (version >= 3) ? (version >= 3) && g.isNull() ? null : g.string() : null,
    reason: (version >= 5) ? (version >= 5) && g.isNull() ? null : g.string() : null
  }
}

export function randomLeaveGroupRequest (g: RandomValues, version: number): LeaveGroupRequest {
  void version
  return {
    groupId: g.string(),
    memberId: (version <= 2) ? g.string() : "",
    members: (version >= 3) ? g.array(() => randomLeaveGroupRequestMemberIdentity(g, version)) : []
  }
}

export function randomLeaveGroupResponseMemberResponse (g: RandomValues, version: number): LeaveGroupResponseMemberResponse {
  void version
  return {
    memberId: (version >= 3) ? g.string() : "",
    groupInstanceId: (version >= 3) ? (version >= 3) && g.isNull() ? null : g.string() : "",
    errorCode: (version >= 3) ? g.int16() : 0
  }
}

export function randomLeaveGroupResponse (g: RandomValues, version: number): LeaveGroupResponse {
  void version
  return {
    throttleTimeMs: (version >= 1) ? g.int32() : 0,
    errorCode: g.int16(),
    members: (version >= 3) ? g.array(() => randomLeaveGroupResponseMemberResponse(g, version)) : []
  }
}

export function randomListClientMetricsResourcesRequest (_g: RandomValues, version: number): ListClientMetricsResourcesRequest {
  void version
  return {

  }
}

export function randomListClientMetricsResourcesResponseClientMetricsResource (g: RandomValues, version: number): ListClientMetricsResourcesResponseClientMetricsResource {
  void version
  return {
    name: g.string()
  }
}

export function randomListClientMetricsResourcesResponse (g: RandomValues, version: number): ListClientMetricsResourcesResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: g.int16(),
    clientMetricsResources: g.array(() => randomListClientMetricsResourcesResponseClientMetricsResource(g, version))
  }
}

export function randomListGroupsRequest (g: RandomValues, version: number): ListGroupsRequest {
  void version
  return {
    statesFilter: (version >= 4) ? g.array(() => g.string()) : [],
    typesFilter: (version >= 5) ? g.array(() => g.string()) : []
  }
}

export function randomListGroupsResponseListedGroup (g: RandomValues, version: number): ListGroupsResponseListedGroup {
  void version
  return {
    groupId: g.string(),
    protocolType: g.string(),
    groupState: (version >= 4) ? g.string() : "",
    groupType: (version >= 5) ? g.string() : ""
  }
}

export function randomListGroupsResponse (g: RandomValues, version: number): ListGroupsResponse {
  void version
  return {
    throttleTimeMs: (version >= 1) ? g.int32() : 0,
    errorCode: g.int16(),
    groups: g.array(() => randomListGroupsResponseListedGroup(g, version))
  }
}

export function randomListOffsetsRequestListOffsetsPartition (g: RandomValues, version: number): ListOffsetsRequestListOffsetsPartition {
  void version
  return {
    partitionIndex: g.int32(),
    currentLeaderEpoch: (version >= 4) ? g.int32() : -1,
    timestamp: g.int64(),
    maxNumOffsets: (version <= 0) ? g.int32() : 1
  }
}

export function randomListOffsetsRequestListOffsetsTopic (g: RandomValues, version: number): ListOffsetsRequestListOffsetsTopic {
  void version
  return {
    name: g.string(),
    partitions: g.array(() => randomListOffsetsRequestListOffsetsPartition(g, version))
  }
}

export function randomListOffsetsRequest (g: RandomValues, version: number): ListOffsetsRequest {
  void version
  return {
    replicaId: g.int32(),
    isolationLevel: (version >= 2) ? g.int8() : 0,
    topics: g.array(() => randomListOffsetsRequestListOffsetsTopic(g, version))
  }
}

export function randomListOffsetsResponseListOffsetsPartitionResponse (g: RandomValues, version: number): ListOffsetsResponseListOffsetsPartitionResponse {
  void version
  return {
    partitionIndex: g.int32(),
    errorCode: g.int16(),
    oldStyleOffsets: (version <= 0) ? g.array(() => g.int64()) : [],
    timestamp: (version >= 1) ? g.int64() : -1n,
    offset: (version >= 1) ? g.int64() : -1n,
    leaderEpoch: (version >= 4) ? g.int32() : -1
  }
}

export function randomListOffsetsResponseListOffsetsTopicResponse (g: RandomValues, version: number): ListOffsetsResponseListOffsetsTopicResponse {
  void version
  return {
    name: g.string(),
    partitions: g.array(() => randomListOffsetsResponseListOffsetsPartitionResponse(g, version))
  }
}

export function randomListOffsetsResponse (g: RandomValues, version: number): ListOffsetsResponse {
  void version
  return {
    throttleTimeMs: (version >= 2) ? g.int32() : 0,
    topics: g.array(() => randomListOffsetsResponseListOffsetsTopicResponse(g, version))
  }
}

export function randomListPartitionReassignmentsRequestListPartitionReassignmentsTopics (g: RandomValues, version: number): ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  void version
  return {
    name: g.string(),
    partitionIndexes: g.array(() => g.int32())
  }
}

export function randomListPartitionReassignmentsRequest (g: RandomValues, version: number): ListPartitionReassignmentsRequest {
  void version
  return {
    timeoutMs: g.int32(),
    topics: g.isNull() ? null : g.array(() => randomListPartitionReassignmentsRequestListPartitionReassignmentsTopics(g, version))
  }
}

export function randomListPartitionReassignmentsResponseOngoingPartitionReassignment (g: RandomValues, version: number): ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  void version
  return {
    partitionIndex: g.int32(),
    replicas: g.array(() => g.int32()),
    addingReplicas: g.array(() => g.int32()),
    removingReplicas: g.array(() => g.int32())
  }
}

export function randomListPartitionReassignmentsResponseOngoingTopicReassignment (g: RandomValues, version: number): ListPartitionReassignmentsResponseOngoingTopicReassignment {
  void version
  return {
    name: g.string(),
    partitions: g.array(() => randomListPartitionReassignmentsResponseOngoingPartitionReassignment(g, version))
  }
}

export function randomListPartitionReassignmentsResponse (g: RandomValues, version: number): ListPartitionReassignmentsResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string(),
    topics: g.array(() => randomListPartitionReassignmentsResponseOngoingTopicReassignment(g, version))
  }
}

export function randomListTransactionsRequest (g: RandomValues, version: number): ListTransactionsRequest {
  void version
  return {
    stateFilters: g.array(() => g.string()),
    producerIdFilters: g.array(() => g.int64()),
    durationFilter: (version >= 1) ? g.int64() : -1n
  }
}

export function randomListTransactionsResponseTransactionState (g: RandomValues, version: number): ListTransactionsResponseTransactionState {
  void version
  return {
    transactionalId: g.string(),
    producerId: g.int64(),
    transactionState: g.string()
  }
}

export function randomListTransactionsResponse (g: RandomValues, version: number): ListTransactionsResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: g.int16(),
    unknownStateFilters: g.array(() => g.string()),
    transactionStates: g.array(() => randomListTransactionsResponseTransactionState(g, version))
  }
}

export function randomMetadataRequestTopic (g: RandomValues, version: number): MetadataRequestTopic {
  void version
  return {
    topicId: (version >= 10) ? g.uuid() : ZERO_UUID,
    name: (version >= 10) && g.isNull() ? null : g.string()
  }
}

export function randomMetadataRequest (g: RandomValues, version: number): MetadataRequest {
  void version
  return {
    topics: (version >= 1) && g.isNull() ? null : g.array(() => randomMetadataRequestTopic(g, version)),
    allowAutoTopicCreation: (version >= 4) ? g.bool() : true,
    includeClusterAuthorizedOperations: (version >= 8 && version <= 10) ? g.bool() : false,
    includeTopicAuthorizedOperations: (version >= 8) ? g.bool() : false
  }
}

export function randomMetadataResponseBroker (g: RandomValues, version: number): MetadataResponseBroker {
  void version
  return {
    nodeId: g.int32(),
    host: g.string(),
    port: g.int32(),
    rack: (version >= 1) ? (version >= 1) && g.isNull() ? null : g.string() : null
  }
}

export function randomMetadataResponsePartition (g: RandomValues, version: number): MetadataResponsePartition {
  void version
  return {
    errorCode: g.int16(),
    partitionIndex: g.int32(),
    leaderId: g.int32(),
    leaderEpoch: (version >= 7) ? g.int32() : -1,
    replicaNodes: g.array(() => g.int32()),
    isrNodes: g.array(() => g.int32()),
    offlineReplicas: (version >= 5) ? g.array(() => g.int32()) : []
  }
}

export function randomMetadataResponseTopic (g: RandomValues, version: number): MetadataResponseTopic {
  void version
  return {
    errorCode: g.int16(),
    name: (version >= 12) && g.isNull() ? null : g.string(),
    topicId: (version >= 10) ? g.uuid() : ZERO_UUID,
    isInternal: (version >= 1) ? g.bool() : false,
    partitions: g.array(() => randomMetadataResponsePartition(g, version)),
    topicAuthorizedOperations: (version >= 8) ? g.int32() : -2147483648
  }
}

export function randomMetadataResponse (g: RandomValues, version: number): MetadataResponse {
  void version
  return {
    throttleTimeMs: (version >= 3) ? g.int32() : 0,
    brokers: g.array(() => randomMetadataResponseBroker(g, version)),
    clusterId: (version >= 2) ? (version >= 2) && g.isNull() ? null : g.string() : null,
    controllerId: (version >= 1) ? g.int32() : -1,
    topics: g.array(() => randomMetadataResponseTopic(g, version)),
    clusterAuthorizedOperations: (version >= 8 && version <= 10) ? g.int32() : -2147483648
  }
}

export function randomOffsetCommitRequestPartition (g: RandomValues, version: number): OffsetCommitRequestPartition {
  void version
  return {
    partitionIndex: g.int32(),
    committedOffset: g.int64(),
    committedLeaderEpoch: (version >= 6) ? g.int32() : -1,
    commitTimestamp: (version >= 1 && version <= 1) ? g.int64() : -1n,
    committedMetadata: g.isNull() ? null : g.string()
  }
}

export function randomOffsetCommitRequestTopic (g: RandomValues, version: number): OffsetCommitRequestTopic {
  void version
  return {
    name: g.string(),
    partitions: g.array(() => randomOffsetCommitRequestPartition(g, version))
  }
}

export function randomOffsetCommitRequest (g: RandomValues, version: number): OffsetCommitRequest {
  void version
  return {
    groupId: g.string(),
    generationIdOrMemberEpoch: (version >= 1) ? g.int32() : -1,
    memberId: (version >= 1) ? g.string() : "",
    groupInstanceId: (version >= 7) ? (version >= 7) && g.isNull() ? null : g.string() : null,
    retentionTimeMs: (version >= 2 && version <= 4) ? g.int64() : -1n,
    topics: g.array(() => randomOffsetCommitRequestTopic(g, version))
  }
}

export function randomOffsetCommitResponsePartition (g: RandomValues, version: number): OffsetCommitResponsePartition {
  void version
  return {
    partitionIndex: g.int32(),
    errorCode: g.int16()
  }
}

export function randomOffsetCommitResponseTopic (g: RandomValues, version: number): OffsetCommitResponseTopic {
  void version
  return {
    name: g.string(),
    partitions: g.array(() => randomOffsetCommitResponsePartition(g, version))
  }
}

export function randomOffsetCommitResponse (g: RandomValues, version: number): OffsetCommitResponse {
  void version
  return {
    throttleTimeMs: (version >= 3) ? g.int32() : 0,
    topics: g.array(() => randomOffsetCommitResponseTopic(g, version))
  }
}

export function randomOffsetDeleteRequestPartition (g: RandomValues, version: number): OffsetDeleteRequestPartition {
  void version
  return {
    partitionIndex: g.int32()
  }
}

export function randomOffsetDeleteRequestTopic (g: RandomValues, version: number): OffsetDeleteRequestTopic {
  void version
  return {
    name: g.string(),
    partitions: g.array(() => randomOffsetDeleteRequestPartition(g, version))
  }
}

export function randomOffsetDeleteRequest (g: RandomValues, version: number): OffsetDeleteRequest {
  void version
  return {
    groupId: g.string(),
    topics: g.array(() => randomOffsetDeleteRequestTopic(g, version))
  }
}

export function randomOffsetDeleteResponsePartition (g: RandomValues, version: number): OffsetDeleteResponsePartition {
  void version
  return {
    partitionIndex: g.int32(),
    errorCode: g.int16()
  }
}

export function randomOffsetDeleteResponseTopic (g: RandomValues, version: number): OffsetDeleteResponseTopic {
  void version
  return {
    name: g.string(),
    partitions: g.array(() => randomOffsetDeleteResponsePartition(g, version))
  }
}

export function randomOffsetDeleteResponse (g: RandomValues, version: number): OffsetDeleteResponse {
  void version
  return {
    errorCode: g.int16(),
    throttleTimeMs: g.int32(),
    topics: g.array(() => randomOffsetDeleteResponseTopic(g, version))
  }
}

export function randomOffsetFetchRequestTopic (g: RandomValues, version: number): OffsetFetchRequestTopic {
  void version
  return {
    name: (version <= 7) ? g.string() : "",
    partitionIndexes: (version <= 7) ? g.array(() => g.int32()) : []
  }
}

export function randomOffsetFetchRequestTopics (g: RandomValues, version: number): OffsetFetchRequestTopics {
  void version
  return {
    name: (version >= 8) ? g.string() : "",
    partitionIndexes: (version >= 8) ? g.array(() => g.int32()) : []
  }
}

export function randomOffsetFetchRequestGroup (g: RandomValues, version: number): OffsetFetchRequestGroup {
  void version
  return {
    groupId: (version >= 8) ? g.string() : "",
    memberId: (version >= 9) ? (version >= 9) && g.isNull() ? null : g.string() : null,
    memberEpoch: (version >= 9) ? g.int32() : -1,
    topics: (version >= 8) ? (version >= 8) && g.isNull() ? null : g.array(() => randomOffsetFetchRequestTopics(g, version)) : []
  }
}

export function randomOffsetFetchRequest (g: RandomValues, version: number): OffsetFetchRequest {
  void version
  return {
    groupId: (version <= 7) ? g.string() : "",
    topics: (version <= 7) ? (version >= 2 && version <= 7) && g.isNull() ? null : g.array(() => randomOffsetFetchRequestTopic(g, version)) : [],
    groups: (version >= 8) ? g.array(() => randomOffsetFetchRequestGroup(g, version)) : [],
    requireStable: (version >= 7) ? g.bool() : false
  }
}

export function randomOffsetFetchResponsePartition (g: RandomValues, version: number): OffsetFetchResponsePartition {
  void version
  return {
    partitionIndex: (version <= 7) ? g.int32() : 0,
    committedOffset: (version <= 7) ? g.int64() : 0n,
    committedLeaderEpoch: (version >= 5 && version <= 7) ? g.int32() : -1,
    metadata: (version <= 7) ? (version <= 7) && g.isNull() ? null : g.string() : "",
    errorCode: (version <= 7) ? g.int16() : 0
  }
}

export function randomOffsetFetchResponseTopic (g: RandomValues, version: number): OffsetFetchResponseTopic {
  void version
  return {
    name: (version <= 7) ? g.string() : "",
    partitions: (version <= 7) ? g.array(() => randomOffsetFetchResponsePartition(g, version)) : []
  }
}

export function randomOffsetFetchResponsePartitions (g: RandomValues, version: number): OffsetFetchResponsePartitions {
  void version
  return {
    partitionIndex: (version >= 8) ? g.int32() : 0,
    committedOffset: (version >= 8) ? g.int64() : 0n,
    committedLeaderEpoch: (version >= 8) ? g.int32() : -1,
    metadata: (version >= 8) ? (version >= 8) && g.isNull() ? null : g.string() : "",
    errorCode: (version >= 8) ? g.int16() : 0
  }
}

export function randomOffsetFetchResponseTopics (g: RandomValues, version: number): OffsetFetchResponseTopics {
  void version
  return {
    name: (version >= 8) ? g.string() : "",
    partitions: (version >= 8) ? g.array(() => randomOffsetFetchResponsePartitions(g, version)) : []
  }
}

export function randomOffsetFetchResponseGroup (g: RandomValues, version: number): OffsetFetchResponseGroup {
  void version
  return {
    groupId: (version >= 8) ? g.string() : "",
    topics: (version >= 8) ? g.array(() => randomOffsetFetchResponseTopics(g, version)) : [],
    errorCode: (version >= 8) ? g.int16() : 0
  }
}

export function randomOffsetFetchResponse (g: RandomValues, version: number): OffsetFetchResponse {
  void version
  return {
    throttleTimeMs: (version >= 3) ? g.int32() : 0,
    topics: (version <= 7) ? g.array(() => randomOffsetFetchResponseTopic(g, version)) : [],
    errorCode: (version >= 2 && version <= 7) ? g.int16() : 0,
    groups: (version >= 8) ? g.array(() => randomOffsetFetchResponseGroup(g, version)) : []
  }
}

export function randomOffsetForLeaderEpochRequestOffsetForLeaderPartition (g: RandomValues, version: number): OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  void version
  return {
    partition: g.int32(),
    currentLeaderEpoch: (version >= 2) ? g.int32() : -1,
    leaderEpoch: g.int32()
  }
}

export function randomOffsetForLeaderEpochRequestOffsetForLeaderTopic (g: RandomValues, version: number): OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  void version
  return {
    topic: g.string(),
    partitions: g.array(() => randomOffsetForLeaderEpochRequestOffsetForLeaderPartition(g, version))
  }
}

export function randomOffsetForLeaderEpochRequest (g: RandomValues, version: number): OffsetForLeaderEpochRequest {
  void version
  return {
    replicaId: (version >= 3) ? g.int32() : -2,
    topics: g.array(() => randomOffsetForLeaderEpochRequestOffsetForLeaderTopic(g, version))
  }
}

export function randomOffsetForLeaderEpochResponseEpochEndOffset (g: RandomValues, version: number): OffsetForLeaderEpochResponseEpochEndOffset {
  void version
  return {
    errorCode: g.int16(),
    partition: g.int32(),
    leaderEpoch: (version >= 1) ? g.int32() : -1,
    endOffset: g.int64()
  }
}

export function randomOffsetForLeaderEpochResponseOffsetForLeaderTopicResult (g: RandomValues, version: number): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  void version
  return {
    topic: g.string(),
    partitions: g.array(() => randomOffsetForLeaderEpochResponseEpochEndOffset(g, version))
  }
}

export function randomOffsetForLeaderEpochResponse (g: RandomValues, version: number): OffsetForLeaderEpochResponse {
  void version
  return {
    throttleTimeMs: (version >= 2) ? g.int32() : 0,
    topics: g.array(() => randomOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(g, version))
  }
}

export function randomProduceRequestPartitionProduceData (g: RandomValues, version: number): ProduceRequestPartitionProduceData {
  void version
  return {
    index: g.int32(),
    records: g.isNull() ? null : g.bytes()
  }
}

export function randomProduceRequestTopicProduceData (g: RandomValues, version: number): ProduceRequestTopicProduceData {
  void version
  return {
    name: g.string(),
    partitionData: g.array(() => randomProduceRequestPartitionProduceData(g, version))
  }
}

export function randomProduceRequest (g: RandomValues, version: number): ProduceRequest {
  void version
  return {
    transactionalId: (version >= 3) ? (version >= 3) && g.isNull() ? null : g.string() : null,
    acks: g.int16(),
    timeoutMs: g.int32(),
    topicData: g.array(() => randomProduceRequestTopicProduceData(g, version))
  }
}

export function randomProduceResponseBatchIndexAndErrorMessage (g: RandomValues, version: number): ProduceResponseBatchIndexAndErrorMessage {
  void version
  return {
    batchIndex: (version >= 8) ? g.int32() : 0,
    batchIndexErrorMessage: (version >= 8) ? (version >= 8) && g.isNull() ? null : g.string() : null
  }
}

export function randomProduceResponseLeaderIdAndEpoch (g: RandomValues, version: number): ProduceResponseLeaderIdAndEpoch {
  void version
  return {
    leaderId: (version >= 10) ? g.int32() : -1,
    leaderEpoch: (version >= 10) ? g.int32() : -1
  }
}

export function randomProduceResponsePartitionProduceResponse (g: RandomValues, version: number): ProduceResponsePartitionProduceResponse {
  void version
  return {
    index: g.int32(),
    errorCode: g.int16(),
    baseOffset: g.int64(),
    logAppendTimeMs: (version >= 2) ? g.int64() : -1n,
    logStartOffset: (version >= 5) ? g.int64() : -1n,
    recordErrors: (version >= 8) ? g.array(() => randomProduceResponseBatchIndexAndErrorMessage(g, version)) : [],
    errorMessage: (version >= 8) ? (version >= 8) && g.isNull() ? null : g.string() : null,
    currentLeader: (version >= 10) ? randomProduceResponseLeaderIdAndEpoch(g, version) : defaultProduceResponseLeaderIdAndEpoch()
  }
}

export function randomProduceResponseTopicProduceResponse (g: RandomValues, version: number): ProduceResponseTopicProduceResponse {
  void version
  return {
    name: g.string(),
    partitionResponses: g.array(() => randomProduceResponsePartitionProduceResponse(g, version))
  }
}

export function randomProduceResponseNodeEndpoint (g: RandomValues, version: number): ProduceResponseNodeEndpoint {
  void version
  return {
    nodeId: (version >= 10) ? g.int32() : 0,
    host: (version >= 10) ? g.string() : "",
    port: (version >= 10) ? g.int32() : 0,
    rack: (version >= 10) ? (version >= 10) && g.isNull() ? null : g.string() : null
  }
}

export function randomProduceResponse (g: RandomValues, version: number): ProduceResponse {
  void version
  return {
    responses: g.array(() => randomProduceResponseTopicProduceResponse(g, version)),
    throttleTimeMs: (version >= 1) ? g.int32() : 0,
    nodeEndpoints: (version >= 10) ? g.array(() => randomProduceResponseNodeEndpoint(g, version)) : []
  }
}

export function randomPushTelemetryRequest (g: RandomValues, version: number): PushTelemetryRequest {
  void version
  return {
    clientInstanceId: g.uuid(),
    subscriptionId: g.int32(),
    terminating: g.bool(),
    compressionType: g.int8(),
    metrics: g.bytes()
  }
}

export function randomPushTelemetryResponse (g: RandomValues, version: number): PushTelemetryResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: g.int16()
  }
}

export function randomRenewDelegationTokenRequest (g: RandomValues, version: number): RenewDelegationTokenRequest {
  void version
  return {
    hmac: g.bytes(),
    renewPeriodMs: g.int64()
  }
}

export function randomRenewDelegationTokenResponse (g: RandomValues, version: number): RenewDelegationTokenResponse {
  void version
  return {
    errorCode: g.int16(),
    expiryTimestampMs: g.int64(),
    throttleTimeMs: g.int32()
  }
}

export function randomRequestHeader (g: RandomValues, version: number): RequestHeader {
  void version
  return {
    requestApiKey: g.int16(),
    requestApiVersion: g.int16(),
    correlationId: g.int32(),
    clientId: (version >= 1) ? (version >= 1) && g.isNull() ? null : g.string() : ""
  }
}

export function randomResponseHeader (g: RandomValues, version: number): ResponseHeader {
  void version
  return {
    correlationId: g.int32()
  }
}

export function randomSaslAuthenticateRequest (g: RandomValues, version: number): SaslAuthenticateRequest {
  void version
  return {
    authBytes: g.bytes()
  }
}

export function randomSaslAuthenticateResponse (g: RandomValues, version: number): SaslAuthenticateResponse {
  void version
  return {
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string(),
    authBytes: g.bytes(),
    sessionLifetimeMs: (version >= 1) ? g.int64() : 0n
  }
}

export function randomSaslHandshakeRequest (g: RandomValues, version: number): SaslHandshakeRequest {
  void version
  return {
    mechanism: g.string()
  }
}

export function randomSaslHandshakeResponse (g: RandomValues, version: number): SaslHandshakeResponse {
  void version
  return {
    errorCode: g.int16(),
    mechanisms: g.array(() => g.string())
  }
}

export function randomSnapshotFooterRecord (g: RandomValues, version: number): SnapshotFooterRecord {
  void version
  return {
    version: g.int16()
  }
}

export function randomSnapshotHeaderRecord (g: RandomValues, version: number): SnapshotHeaderRecord {
  void version
  return {
    version: g.int16(),
    lastContainedLogTimestamp: g.int64()
  }
}

export function randomStopReplicaRequestStopReplicaPartitionV0 (g: RandomValues, version: number): StopReplicaRequestStopReplicaPartitionV0 {
  void version
  return {
    topicName: (version <= 0) ? g.string() : "",
    partitionIndex: (version <= 0) ? g.int32() : 0
  }
}

export function randomStopReplicaRequestStopReplicaTopicV1 (g: RandomValues, version: number): StopReplicaRequestStopReplicaTopicV1 {
  void version
  return {
    name: (version >= 1 && version <= 2) ? g.string() : "",
    partitionIndexes: (version >= 1 && version <= 2) ? g.array(() => g.int32()) : []
  }
}

export function randomStopReplicaRequestStopReplicaPartitionState (g: RandomValues, version: number): StopReplicaRequestStopReplicaPartitionState {
  void version
  return {
    partitionIndex: (version >= 3) ? g.int32() : 0,
    leaderEpoch: (version >= 3) ? g.int32() : -1,
    deletePartition: (version >= 3) ? g.bool() : false
  }
}

export function randomStopReplicaRequestStopReplicaTopicState (g: RandomValues, version: number): StopReplicaRequestStopReplicaTopicState {
  void version
  return {
    topicName: (version >= 3) ? g.string() : "",
    partitionStates: (version >= 3) ? g.array(() => randomStopReplicaRequestStopReplicaPartitionState(g, version)) : []
  }
}

export function randomStopReplicaRequest (g: RandomValues, version: number): StopReplicaRequest {
  void version
  return {
    controllerId: g.int32(),
    isKRaftController: (version >= 4) ? g.bool() : false,
    controllerEpoch: g.int32(),
    brokerEpoch: (version >= 1) ? g.int64() : -1n,
    deletePartitions: (version <= 2) ? g.bool() : false,
    ungroupedPartitions: (version <= 0) ? g.array(() => randomStopReplicaRequestStopReplicaPartitionV0(g, version)) : [],
    topics: (version >= 1 && version <= 2) ? g.array(() => randomStopReplicaRequestStopReplicaTopicV1(g, version)) : [],
    topicStates: (version >= 3) ? g.array(() => randomStopReplicaRequestStopReplicaTopicState(g, version)) : []
  }
}

export function randomStopReplicaResponseStopReplicaPartitionError (g: RandomValues, version: number): StopReplicaResponseStopReplicaPartitionError {
  void version
  return {
    topicName: g.string(),
    partitionIndex: g.int32(),
    errorCode: g.int16()
  }
}

export function randomStopReplicaResponse (g: RandomValues, version: number): StopReplicaResponse {
  void version
  return {
    errorCode: g.int16(),
    partitionErrors: g.array(() => randomStopReplicaResponseStopReplicaPartitionError(g, version))
  }
}

export function randomSyncGroupRequestAssignment (g: RandomValues, version: number): SyncGroupRequestAssignment {
  void version
  return {
    memberId: g.string(),
    assignment: g.bytes()
  }
}

export function randomSyncGroupRequest (g: RandomValues, version: number): SyncGroupRequest {
  void version
  return {
    groupId: g.string(),
    generationId: g.int32(),
    memberId: g.string(),
    groupInstanceId: (version >= 3) ? (version >= 3) && g.isNull() ? null : g.string() : null,
    protocolType: (version >= 5) ? (version >= 5) && g.isNull() ? null : g.string() : null,
    protocolName: (version >= 5) ? (version >= 5) && g.isNull() ? null : g.string() : null,
    assignments: g.array(() => randomSyncGroupRequestAssignment(g, version))
  }
}

export function randomSyncGroupResponse (g: RandomValues, version: number): SyncGroupResponse {
  void version
  return {
    throttleTimeMs: (version >= 1) ? g.int32() : 0,
    errorCode: g.int16(),
    protocolType: (version >= 5) ? (version >= 5) && g.isNull() ? null : g.string() : null,
    protocolName: (version >= 5) ? (version >= 5) && g.isNull() ? null : g.string() : null,
    assignment: g.bytes()
  }
}

export function randomTxnOffsetCommitRequestPartition (g: RandomValues, version: number): TxnOffsetCommitRequestPartition {
  void version
  return {
    partitionIndex: g.int32(),
    committedOffset: g.int64(),
    committedLeaderEpoch: (version >= 2) ? g.int32() : -1,
    committedMetadata: g.isNull() ? null : g.string()
  }
}

export function randomTxnOffsetCommitRequestTopic (g: RandomValues, version: number): TxnOffsetCommitRequestTopic {
  void version
  return {
    name: g.string(),
    partitions: g.array(() => randomTxnOffsetCommitRequestPartition(g, version))
  }
}

export function randomTxnOffsetCommitRequest (g: RandomValues, version: number): TxnOffsetCommitRequest {
  void version
  return {
    transactionalId: g.string(),
    groupId: g.string(),
    producerId: g.int64(),
    producerEpoch: g.int16(),
    generationId: (version >= 3) ? g.int32() : -1,
    memberId: (version >= 3) ? g.string() : "",
    groupInstanceId: (version >= 3) ? (version >= 3) && g.isNull() ? null : g.string() : null,
    topics: g.array(() => randomTxnOffsetCommitRequestTopic(g, version))
  }
}

export function randomTxnOffsetCommitResponsePartition (g: RandomValues, version: number): TxnOffsetCommitResponsePartition {
  void version
  return {
    partitionIndex: g.int32(),
    errorCode: g.int16()
  }
}

export function randomTxnOffsetCommitResponseTopic (g: RandomValues, version: number): TxnOffsetCommitResponseTopic {
  void version
  return {
    name: g.string(),
    partitions: g.array(() => randomTxnOffsetCommitResponsePartition(g, version))
  }
}

export function randomTxnOffsetCommitResponse (g: RandomValues, version: number): TxnOffsetCommitResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    topics: g.array(() => randomTxnOffsetCommitResponseTopic(g, version))
  }
}

export function randomUnregisterBrokerRequest (g: RandomValues, version: number): UnregisterBrokerRequest {
  void version
  return {
    brokerId: g.int32()
  }
}

export function randomUnregisterBrokerResponse (g: RandomValues, version: number): UnregisterBrokerResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string()
  }
}

export function randomUpdateFeaturesRequestFeatureUpdateKey (g: RandomValues, version: number): UpdateFeaturesRequestFeatureUpdateKey {
  void version
  return {
    feature: g.string(),
    maxVersionLevel: g.int16(),
    allowDowngrade: (version <= 0) ? g.bool() : false,
    upgradeType: (version >= 1) ? g.int8() : 1
  }
}

export function randomUpdateFeaturesRequest (g: RandomValues, version: number): UpdateFeaturesRequest {
  void version
  return {
    timeoutMs: g.int32(),
    featureUpdates: g.array(() => randomUpdateFeaturesRequestFeatureUpdateKey(g, version)),
    validateOnly: (version >= 1) ? g.bool() : false
  }
}

export function randomUpdateFeaturesResponseUpdatableFeatureResult (g: RandomValues, version: number): UpdateFeaturesResponseUpdatableFeatureResult {
  void version
  return {
    feature: g.string(),
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string()
  }
}

export function randomUpdateFeaturesResponse (g: RandomValues, version: number): UpdateFeaturesResponse {
  void version
  return {
    throttleTimeMs: g.int32(),
    errorCode: g.int16(),
    errorMessage: g.isNull() ? null : g.string(),
    results: g.array(() => randomUpdateFeaturesResponseUpdatableFeatureResult(g, version))
  }
}

export function randomUpdateMetadataRequestUpdateMetadataPartitionState (g: RandomValues, version: number): UpdateMetadataRequestUpdateMetadataPartitionState {
  void version
  return {
    topicName: (version <= 4) ? g.string() : "",
    partitionIndex: g.int32(),
    controllerEpoch: g.int32(),
    leader: g.int32(),
    leaderEpoch: g.int32(),
    isr: g.array(() => g.int32()),
    zkVersion: g.int32(),
    replicas: g.array(() => g.int32()),
    offlineReplicas: (version >= 4) ? g.array(() => g.int32()) : []
  }
}

export function randomUpdateMetadataRequestUpdateMetadataTopicState (g: RandomValues, version: number): UpdateMetadataRequestUpdateMetadataTopicState {
  void version
  return {
    topicName: (version >= 5) ? g.string() : "",
    topicId: (version >= 7) ? g.uuid() : ZERO_UUID,
    partitionStates: (version >= 5) ? g.array(() => randomUpdateMetadataRequestUpdateMetadataPartitionState(g, version)) : []
  }
}

export function randomUpdateMetadataRequestUpdateMetadataEndpoint (g: RandomValues, version: number): UpdateMetadataRequestUpdateMetadataEndpoint {
  void version
  return {
    port: (version >= 1) ? g.int32() : 0,
    host: (version >= 1) ? g.string() : "",
    listener: (version >= 3) ? g.string() : "",
    securityProtocol: (version >= 1) ? g.int16() : 0
  }
}

export function randomUpdateMetadataRequestUpdateMetadataBroker (g: RandomValues, version: number): UpdateMetadataRequestUpdateMetadataBroker {
  void version
  return {
    id: g.int32(),
    v0Host: (version <= 0) ? g.string() : "",
    v0Port: (version <= 0) ? g.int32() : 0,
    endpoints: (version >= 1) ? g.array(() => randomUpdateMetadataRequestUpdateMetadataEndpoint(g, version)) : [],
    rack: (version >= 2) ? g.isNull() ? null : g.string() : ""
  }
}

export function randomUpdateMetadataRequest (g: RandomValues, version: number): UpdateMetadataRequest {
  void version
  return {
    controllerId: g.int32(),
    isKRaftController: (version >= 8) ? g.bool() : false,
    type: (version >= 8) ? g.int8() : 0,
    controllerEpoch: g.int32(),
    brokerEpoch: (version >= 5) ? g.int64() : -1n,
    ungroupedPartitionStates: (version <= 4) ? g.array(() => randomUpdateMetadataRequestUpdateMetadataPartitionState(g, version)) : [],
    topicStates: (version >= 5) ? g.array(() => randomUpdateMetadataRequestUpdateMetadataTopicState(g, version)) : [],
    liveBrokers: g.array(() => randomUpdateMetadataRequestUpdateMetadataBroker(g, version))
  }
}

export function randomUpdateMetadataResponse (g: RandomValues, version: number): UpdateMetadataResponse {
  void version
  return {
    errorCode: g.int16()
  }
}

export function randomVoteRequestPartitionData (g: RandomValues, version: number): VoteRequestPartitionData {
  void version
  return {
    partitionIndex: g.int32(),
    candidateEpoch: g.int32(),
    candidateId: g.int32(),
    lastOffsetEpoch: g.int32(),
    lastOffset: g.int64()
  }
}

export function randomVoteRequestTopicData (g: RandomValues, version: number): VoteRequestTopicData {
  void version
  return {
    topicName: g.string(),
    partitions: g.array(() => randomVoteRequestPartitionData(g, version))
  }
}

export function randomVoteRequest (g: RandomValues, version: number): VoteRequest {
  void version
  return {
    clusterId: g.isNull() ? null : g.string(),
    topics: g.array(() => randomVoteRequestTopicData(g, version))
  }
}

export function randomVoteResponsePartitionData (g: RandomValues, version: number): VoteResponsePartitionData {
  void version
  return {
    partitionIndex: g.int32(),
    errorCode: g.int16(),
    leaderId: g.int32(),
    leaderEpoch: g.int32(),
    voteGranted: g.bool()
  }
}

export function randomVoteResponseTopicData (g: RandomValues, version: number): VoteResponseTopicData {
  void version
  return {
    topicName: g.string(),
    partitions: g.array(() => randomVoteResponsePartitionData(g, version))
  }
}

export function randomVoteResponse (g: RandomValues, version: number): VoteResponse {
  void version
  return {
    errorCode: g.int16(),
    topics: g.array(() => randomVoteResponseTopicData(g, version))
  }
}

export function randomVotersRecordEndpoint (g: RandomValues, version: number): VotersRecordEndpoint {
  void version
  return {
    name: g.string(),
    host: g.string(),
    port: g.uint16()
  }
}

export function randomVotersRecordKRaftVersionFeature (g: RandomValues, version: number): VotersRecordKRaftVersionFeature {
  void version
  return {
    minSupportedVersion: g.int16(),
    maxSupportedVersion: g.int16()
  }
}

export function randomVotersRecordVoter (g: RandomValues, version: number): VotersRecordVoter {
  void version
  return {
    voterId: g.int32(),
    voterDirectoryId: g.uuid(),
    endpoints: g.array(() => randomVotersRecordEndpoint(g, version)),
    kRaftVersionFeature: randomVotersRecordKRaftVersionFeature(g, version)
  }
}

export function randomVotersRecord (g: RandomValues, version: number): VotersRecord {
  void version
  return {
    version: g.int16(),
    voters: g.array(() => randomVotersRecordVoter(g, version))
  }
}

export function randomWriteTxnMarkersRequestWritableTxnMarkerTopic (g: RandomValues, version: number): WriteTxnMarkersRequestWritableTxnMarkerTopic {
  void version
  return {
    name: g.string(),
    partitionIndexes: g.array(() => g.int32())
  }
}

export function randomWriteTxnMarkersRequestWritableTxnMarker (g: RandomValues, version: number): WriteTxnMarkersRequestWritableTxnMarker {
  void version
  return {
    producerId: g.int64(),
    producerEpoch: g.int16(),
    transactionResult: g.bool(),
    topics: g.array(() => randomWriteTxnMarkersRequestWritableTxnMarkerTopic(g, version)),
    coordinatorEpoch: g.int32()
  }
}

export function randomWriteTxnMarkersRequest (g: RandomValues, version: number): WriteTxnMarkersRequest {
  void version
  return {
    markers: g.array(() => randomWriteTxnMarkersRequestWritableTxnMarker(g, version))
  }
}

export function randomWriteTxnMarkersResponseWritableTxnMarkerPartitionResult (g: RandomValues, version: number): WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  void version
  return {
    partitionIndex: g.int32(),
    errorCode: g.int16()
  }
}

export function randomWriteTxnMarkersResponseWritableTxnMarkerTopicResult (g: RandomValues, version: number): WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  void version
  return {
    name: g.string(),
    partitions: g.array(() => randomWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(g, version))
  }
}

export function randomWriteTxnMarkersResponseWritableTxnMarkerResult (g: RandomValues, version: number): WriteTxnMarkersResponseWritableTxnMarkerResult {
  void version
  return {
    producerId: g.int64(),
    topics: g.array(() => randomWriteTxnMarkersResponseWritableTxnMarkerTopicResult(g, version))
  }
}

export function randomWriteTxnMarkersResponse (g: RandomValues, version: number): WriteTxnMarkersResponse {
  void version
  return {
    markers: g.array(() => randomWriteTxnMarkersResponseWritableTxnMarkerResult(g, version))
  }
}

export function randomAbortTransactionRecord (g: RandomValues, version: number): AbortTransactionRecord {
  void version
  return {
    reason: g.isNull() ? null : g.string()
  }
}

export function randomAccessControlEntryRecord (g: RandomValues, version: number): AccessControlEntryRecord {
  void version
  return {
    id: g.uuid(),
    resourceType: g.int8(),
    resourceName: g.string(),
    patternType: g.int8(),
    principal: g.string(),
    host: g.string(),
    operation: g.int8(),
    permissionType: g.int8()
  }
}

export function randomBeginTransactionRecord (g: RandomValues, version: number): BeginTransactionRecord {
  void version
  return {
    name: g.isNull() ? null : g.string()
  }
}

export function randomBrokerRegistrationChangeRecord (g: RandomValues, version: number): BrokerRegistrationChangeRecord {
  void version
  return {
    brokerId: g.int32(),
    brokerEpoch: g.int64(),
    fenced: g.int8(),
    inControlledShutdown: (version >= 1) ? g.int8() : 0,
    logDirs: (version >= 2) ? g.array(() => g.uuid()) : []
  }
}

export function randomClientQuotaRecordEntityData (g: RandomValues, version: number): ClientQuotaRecordEntityData {
  void version
  return {
    entityType: g.string(),
    entityName: g.isNull() ? null : g.string()
  }
}

export function randomClientQuotaRecord (g: RandomValues, version: number): ClientQuotaRecord {
  void version
  return {
    entity: g.array(() => randomClientQuotaRecordEntityData(g, version)),
    key: g.string(),
    value: g.float64(),
    remove: g.bool()
  }
}

export function randomConfigRecord (g: RandomValues, version: number): ConfigRecord {
  void version
  return {
    resourceType: g.int8(),
    resourceName: g.string(),
    name: g.string(),
    value: g.isNull() ? null : g.string()
  }
}

export function randomDelegationTokenRecord (g: RandomValues, version: number): DelegationTokenRecord {
  void version
  return {
    owner: g.string(),
    requester: g.string(),
    renewers: g.array(() => g.string()),
    issueTimestamp: g.int64(),
    maxTimestamp: g.int64(),
    expirationTimestamp: g.int64(),
    tokenId: g.string()
  }
}

export function randomEndTransactionRecord (_g: RandomValues, version: number): EndTransactionRecord {
  void version
  return {

  }
}

export function randomFeatureLevelRecord (g: RandomValues, version: number): FeatureLevelRecord {
  void version
  return {
    name: g.string(),
    featureLevel: g.int16()
  }
}

export function randomFenceBrokerRecord (g: RandomValues, version: number): FenceBrokerRecord {
  void version
  return {
    id: g.int32(),
    epoch: g.int64()
  }
}

export function randomNoOpRecord (_g: RandomValues, version: number): NoOpRecord {
  void version
  return {

  }
}

export function randomPartitionChangeRecord (g: RandomValues, version: number): PartitionChangeRecord {
  void version
  return {
    partitionId: g.int32(),
    topicId: g.uuid(),
    isr: g.isNull() ? null : g.array(() => g.int32()),
    leader: g.int32(),
    replicas: g.isNull() ? null : g.array(() => g.int32()),
    removingReplicas: g.isNull() ? null : g.array(() => g.int32()),
    addingReplicas: g.isNull() ? null : g.array(() => g.int32()),
    leaderRecoveryState: g.int8(),
    directories: (version >= 1) ? (version >= 1) && g.isNull() ? null : g.array(() => g.uuid()) : null,
    eligibleLeaderReplicas: (version >= 2) ? (version >= 2) && g.isNull() ? null : g.array(() => g.int32()) : null,
    lastKnownElr: (version >= 2) ? (version >= 2) && g.isNull() ? null : g.array(() => g.int32()) : null
  }
}

export function randomPartitionRecord (g: RandomValues, version: number): PartitionRecord {
  void version
  return {
    partitionId: g.int32(),
    topicId: g.uuid(),
    replicas: g.array(() => g.int32()),
    isr: g.array(() => g.int32()),
    removingReplicas: g.array(() => g.int32()),
    addingReplicas: g.array(() => g.int32()),
    leader: g.int32(),
    leaderRecoveryState: g.int8(),
    leaderEpoch: g.int32(),
    partitionEpoch: g.int32(),
    directories: (version >= 1) ? g.array(() => g.uuid()) : [],
    eligibleLeaderReplicas: (version >= 2) ? (version >= 2) && g.isNull() ? null : g.array(() => g.int32()) : null,
    lastKnownElr: (version >= 2) ? (version >= 2) && g.isNull() ? null : g.array(() => g.int32()) : null
  }
}

export function randomProducerIdsRecord (g: RandomValues, version: number): ProducerIdsRecord {
  void version
  return {
    brokerId: g.int32(),
    brokerEpoch: g.int64(),
    nextProducerId: g.int64()
  }
}

export function randomRegisterBrokerRecordBrokerEndpoint (g: RandomValues, version: number): RegisterBrokerRecordBrokerEndpoint {
  void version
  return {
    name: g.string(),
    host: g.string(),
    port: g.uint16(),
    securityProtocol: g.int16()
  }
}

export function randomRegisterBrokerRecordBrokerFeature (g: RandomValues, version: number): RegisterBrokerRecordBrokerFeature {
  void version
  return {
    name: g.string(),
    minSupportedVersion: g.int16(),
    maxSupportedVersion: g.int16()
  }
}

export function randomRegisterBrokerRecord (g: RandomValues, version: number): RegisterBrokerRecord {
  void version
  return {
    brokerId: g.int32(),
    isMigratingZkBroker: (version >= 2) ? g.bool() : false,
    incarnationId: g.uuid(),
    brokerEpoch: g.int64(),
    endPoints: g.array(() => randomRegisterBrokerRecordBrokerEndpoint(g, version)),
    features: g.array(() => randomRegisterBrokerRecordBrokerFeature(g, version)),
    rack: g.isNull() ? null : g.string(),
    fenced: g.bool(),
    inControlledShutdown: (version >= 1) ? g.bool() : false,
    logDirs: (version >= 3) ? g.array(() => g.uuid()) : []
  }
}

export function randomRegisterControllerRecordControllerEndpoint (g: RandomValues, version: number): RegisterControllerRecordControllerEndpoint {
  void version
  return {
    name: g.string(),
    host: g.string(),
    port: g.uint16(),
    securityProtocol: g.int16()
  }
}

export function randomRegisterControllerRecordControllerFeature (g: RandomValues, version: number): RegisterControllerRecordControllerFeature {
  void version
  return {
    name: g.string(),
    minSupportedVersion: g.int16(),
    maxSupportedVersion: g.int16()
  }
}

export function randomRegisterControllerRecord (g: RandomValues, version: number): RegisterControllerRecord {
  void version
  return {
    controllerId: g.int32(),
    incarnationId: g.uuid(),
    zkMigrationReady: g.bool(),
    endPoints: g.array(() => randomRegisterControllerRecordControllerEndpoint(g, version)),
    features: g.array(() => randomRegisterControllerRecordControllerFeature(g, version))
  }
}

export function randomRemoveAccessControlEntryRecord (g: RandomValues, version: number): RemoveAccessControlEntryRecord {
  void version
  return {
    id: g.uuid()
  }
}

export function randomRemoveDelegationTokenRecord (g: RandomValues, version: number): RemoveDelegationTokenRecord {
  void version
  return {
    tokenId: g.string()
  }
}

export function randomRemoveTopicRecord (g: RandomValues, version: number): RemoveTopicRecord {
  void version
  return {
    topicId: g.uuid()
  }
}

export function randomRemoveUserScramCredentialRecord (g: RandomValues, version: number): RemoveUserScramCredentialRecord {
  void version
  return {
    name: g.string(),
    mechanism: g.int8()
  }
}

export function randomTopicRecord (g: RandomValues, version: number): TopicRecord {
  void version
  return {
    name: g.string(),
    topicId: g.uuid()
  }
}

export function randomUnfenceBrokerRecord (g: RandomValues, version: number): UnfenceBrokerRecord {
  void version
  return {
    id: g.int32(),
    epoch: g.int64()
  }
}

export function randomUnregisterBrokerRecord (g: RandomValues, version: number): UnregisterBrokerRecord {
  void version
  return {
    brokerId: g.int32(),
    brokerEpoch: g.int64()
  }
}

export function randomUserScramCredentialRecord (g: RandomValues, version: number): UserScramCredentialRecord {
  void version
  return {
    name: g.string(),
    mechanism: g.int8(),
    salt: g.bytes(),
    storedKey: g.bytes(),
    serverKey: g.bytes(),
    iterations: g.int32()
  }
}

export function randomZkMigrationStateRecord (g: RandomValues, version: number): ZkMigrationStateRecord {
  void version
  return {
    zkMigrationState: g.int8()
  }
}

export function randomGroupMetadataRecordGroupMemberMetadata (g: RandomValues, version: number): GroupMetadataRecordGroupMemberMetadata {
  void version
  return {
    memberId: g.string(),
    groupInstanceId: g.isNull() ? null : g.string(),
    clientId: g.string(),
    clientHost: g.string(),
    rebalanceTimeoutMs: g.int32(),
    sessionTimeoutMs: g.int32(),
    subscription: g.bytes(),
    assignment: g.bytes()
  }
}

export function randomGroupMetadataRecord (g: RandomValues, version: number): GroupMetadataRecord {
  void version
  return {
    groupId: g.string(),
    removed: g.bool(),
    protocolType: g.isNull() ? null : g.string(),
    generation: g.int32(),
    protocolName: g.isNull() ? null : g.string(),
    leader: g.isNull() ? null : g.string(),
    stateTimestampMs: g.int64(),
    members: g.array(() => randomGroupMetadataRecordGroupMemberMetadata(g, version))
  }
}

export function randomOffsetCommitRecord (g: RandomValues, version: number): OffsetCommitRecord {
  void version
  return {
    groupId: g.string(),
    topic: g.string(),
    partition: g.int32(),
    removed: (version >= 1) ? g.bool() : false,
    offset: g.int64(),
    leaderEpoch: g.int32(),
    metadata: g.string(),
    commitTimestampMs: g.int64()
  }
}

export interface RandomCase {
  readonly name: string
  readonly apiKey: number
  readonly kind: 'request' | 'response'
  readonly minVersion: number
  readonly maxVersion: number
  random (g: RandomValues, version: number): unknown
}

export const RANDOM_CASES: readonly RandomCase[] = [
  { name: 'ProduceRequest', apiKey: 0, kind: 'request', minVersion: 0, maxVersion: 11, random: randomProduceRequest },
  { name: 'ProduceResponse', apiKey: 0, kind: 'response', minVersion: 0, maxVersion: 11, random: randomProduceResponse },
  { name: 'FetchRequest', apiKey: 1, kind: 'request', minVersion: 0, maxVersion: 16, random: randomFetchRequest },
  { name: 'FetchResponse', apiKey: 1, kind: 'response', minVersion: 0, maxVersion: 16, random: randomFetchResponse },
  { name: 'ListOffsetsRequest', apiKey: 2, kind: 'request', minVersion: 0, maxVersion: 8, random: randomListOffsetsRequest },
  { name: 'ListOffsetsResponse', apiKey: 2, kind: 'response', minVersion: 0, maxVersion: 8, random: randomListOffsetsResponse },
  { name: 'MetadataRequest', apiKey: 3, kind: 'request', minVersion: 0, maxVersion: 12, random: randomMetadataRequest },
  { name: 'MetadataResponse', apiKey: 3, kind: 'response', minVersion: 0, maxVersion: 12, random: randomMetadataResponse },
  { name: 'LeaderAndIsrRequest', apiKey: 4, kind: 'request', minVersion: 0, maxVersion: 7, random: randomLeaderAndIsrRequest },
  { name: 'LeaderAndIsrResponse', apiKey: 4, kind: 'response', minVersion: 0, maxVersion: 7, random: randomLeaderAndIsrResponse },
  { name: 'StopReplicaRequest', apiKey: 5, kind: 'request', minVersion: 0, maxVersion: 4, random: randomStopReplicaRequest },
  { name: 'StopReplicaResponse', apiKey: 5, kind: 'response', minVersion: 0, maxVersion: 4, random: randomStopReplicaResponse },
  { name: 'UpdateMetadataRequest', apiKey: 6, kind: 'request', minVersion: 0, maxVersion: 8, random: randomUpdateMetadataRequest },
  { name: 'UpdateMetadataResponse', apiKey: 6, kind: 'response', minVersion: 0, maxVersion: 8, random: randomUpdateMetadataResponse },
  { name: 'ControlledShutdownRequest', apiKey: 7, kind: 'request', minVersion: 0, maxVersion: 3, random: randomControlledShutdownRequest },
  { name: 'ControlledShutdownResponse', apiKey: 7, kind: 'response', minVersion: 0, maxVersion: 3, random: randomControlledShutdownResponse },
  { name: 'OffsetCommitRequest', apiKey: 8, kind: 'request', minVersion: 0, maxVersion: 9, random: randomOffsetCommitRequest },
  { name: 'OffsetCommitResponse', apiKey: 8, kind: 'response', minVersion: 0, maxVersion: 9, random: randomOffsetCommitResponse },
  { name: 'OffsetFetchRequest', apiKey: 9, kind: 'request', minVersion: 0, maxVersion: 9, random: randomOffsetFetchRequest },
  { name: 'OffsetFetchResponse', apiKey: 9, kind: 'response', minVersion: 0, maxVersion: 9, random: randomOffsetFetchResponse },
  { name: 'FindCoordinatorRequest', apiKey: 10, kind: 'request', minVersion: 0, maxVersion: 5, random: randomFindCoordinatorRequest },
  { name: 'FindCoordinatorResponse', apiKey: 10, kind: 'response', minVersion: 0, maxVersion: 5, random: randomFindCoordinatorResponse },
  { name: 'JoinGroupRequest', apiKey: 11, kind: 'request', minVersion: 0, maxVersion: 9, random: randomJoinGroupRequest },
  { name: 'JoinGroupResponse', apiKey: 11, kind: 'response', minVersion: 0, maxVersion: 9, random: randomJoinGroupResponse },
  { name: 'HeartbeatRequest', apiKey: 12, kind: 'request', minVersion: 0, maxVersion: 4, random: randomHeartbeatRequest },
  { name: 'HeartbeatResponse', apiKey: 12, kind: 'response', minVersion: 0, maxVersion: 4, random: randomHeartbeatResponse },
  { name: 'LeaveGroupRequest', apiKey: 13, kind: 'request', minVersion: 0, maxVersion: 5, random: randomLeaveGroupRequest },
  { name: 'LeaveGroupResponse', apiKey: 13, kind: 'response', minVersion: 0, maxVersion: 5, random: randomLeaveGroupResponse },
  { name: 'SyncGroupRequest', apiKey: 14, kind: 'request', minVersion: 0, maxVersion: 5, random: randomSyncGroupRequest },
  { name: 'SyncGroupResponse', apiKey: 14, kind: 'response', minVersion: 0, maxVersion: 5, random: randomSyncGroupResponse },
  { name: 'DescribeGroupsRequest', apiKey: 15, kind: 'request', minVersion: 0, maxVersion: 5, random: randomDescribeGroupsRequest },
  { name: 'DescribeGroupsResponse', apiKey: 15, kind: 'response', minVersion: 0, maxVersion: 5, random: randomDescribeGroupsResponse },
  { name: 'ListGroupsRequest', apiKey: 16, kind: 'request', minVersion: 0, maxVersion: 5, random: randomListGroupsRequest },
  { name: 'ListGroupsResponse', apiKey: 16, kind: 'response', minVersion: 0, maxVersion: 5, random: randomListGroupsResponse },
  { name: 'SaslHandshakeRequest', apiKey: 17, kind: 'request', minVersion: 0, maxVersion: 1, random: randomSaslHandshakeRequest },
  { name: 'SaslHandshakeResponse', apiKey: 17, kind: 'response', minVersion: 0, maxVersion: 1, random: randomSaslHandshakeResponse },
  { name: 'ApiVersionsRequest', apiKey: 18, kind: 'request', minVersion: 0, maxVersion: 3, random: randomApiVersionsRequest },
  { name: 'ApiVersionsResponse', apiKey: 18, kind: 'response', minVersion: 0, maxVersion: 3, random: randomApiVersionsResponse },
  { name: 'CreateTopicsRequest', apiKey: 19, kind: 'request', minVersion: 0, maxVersion: 7, random: randomCreateTopicsRequest },
  { name: 'CreateTopicsResponse', apiKey: 19, kind: 'response', minVersion: 0, maxVersion: 7, random: randomCreateTopicsResponse },
  { name: 'DeleteTopicsRequest', apiKey: 20, kind: 'request', minVersion: 0, maxVersion: 6, random: randomDeleteTopicsRequest },
  { name: 'DeleteTopicsResponse', apiKey: 20, kind: 'response', minVersion: 0, maxVersion: 6, random: randomDeleteTopicsResponse },
  { name: 'DeleteRecordsRequest', apiKey: 21, kind: 'request', minVersion: 0, maxVersion: 2, random: randomDeleteRecordsRequest },
  { name: 'DeleteRecordsResponse', apiKey: 21, kind: 'response', minVersion: 0, maxVersion: 2, random: randomDeleteRecordsResponse },
  { name: 'InitProducerIdRequest', apiKey: 22, kind: 'request', minVersion: 0, maxVersion: 5, random: randomInitProducerIdRequest },
  { name: 'InitProducerIdResponse', apiKey: 22, kind: 'response', minVersion: 0, maxVersion: 5, random: randomInitProducerIdResponse },
  { name: 'OffsetForLeaderEpochRequest', apiKey: 23, kind: 'request', minVersion: 0, maxVersion: 4, random: randomOffsetForLeaderEpochRequest },
  { name: 'OffsetForLeaderEpochResponse', apiKey: 23, kind: 'response', minVersion: 0, maxVersion: 4, random: randomOffsetForLeaderEpochResponse },
  { name: 'AddPartitionsToTxnRequest', apiKey: 24, kind: 'request', minVersion: 0, maxVersion: 5, random: randomAddPartitionsToTxnRequest },
  { name: 'AddPartitionsToTxnResponse', apiKey: 24, kind: 'response', minVersion: 0, maxVersion: 5, random: randomAddPartitionsToTxnResponse },
  { name: 'AddOffsetsToTxnRequest', apiKey: 25, kind: 'request', minVersion: 0, maxVersion: 4, random: randomAddOffsetsToTxnRequest },
  { name: 'AddOffsetsToTxnResponse', apiKey: 25, kind: 'response', minVersion: 0, maxVersion: 4, random: randomAddOffsetsToTxnResponse },
  { name: 'EndTxnRequest', apiKey: 26, kind: 'request', minVersion: 0, maxVersion: 4, random: randomEndTxnRequest },
  { name: 'EndTxnResponse', apiKey: 26, kind: 'response', minVersion: 0, maxVersion: 4, random: randomEndTxnResponse },
  { name: 'WriteTxnMarkersRequest', apiKey: 27, kind: 'request', minVersion: 0, maxVersion: 1, random: randomWriteTxnMarkersRequest },
  { name: 'WriteTxnMarkersResponse', apiKey: 27, kind: 'response', minVersion: 0, maxVersion: 1, random: randomWriteTxnMarkersResponse },
  { name: 'TxnOffsetCommitRequest', apiKey: 28, kind: 'request', minVersion: 0, maxVersion: 4, random: randomTxnOffsetCommitRequest },
  { name: 'TxnOffsetCommitResponse', apiKey: 28, kind: 'response', minVersion: 0, maxVersion: 4, random: randomTxnOffsetCommitResponse },
  { name: 'DescribeAclsRequest', apiKey: 29, kind: 'request', minVersion: 0, maxVersion: 3, random: randomDescribeAclsRequest },
  { name: 'DescribeAclsResponse', apiKey: 29, kind: 'response', minVersion: 0, maxVersion: 3, random: randomDescribeAclsResponse },
  { name: 'CreateAclsRequest', apiKey: 30, kind: 'request', minVersion: 0, maxVersion: 3, random: randomCreateAclsRequest },
  { name: 'CreateAclsResponse', apiKey: 30, kind: 'response', minVersion: 0, maxVersion: 3, random: randomCreateAclsResponse },
  { name: 'DeleteAclsRequest', apiKey: 31, kind: 'request', minVersion: 0, maxVersion: 3, random: randomDeleteAclsRequest },
  { name: 'DeleteAclsResponse', apiKey: 31, kind: 'response', minVersion: 0, maxVersion: 3, random: randomDeleteAclsResponse },
  { name: 'DescribeConfigsRequest', apiKey: 32, kind: 'request', minVersion: 0, maxVersion: 4, random: randomDescribeConfigsRequest },
  { name: 'DescribeConfigsResponse', apiKey: 32, kind: 'response', minVersion: 0, maxVersion: 4, random: randomDescribeConfigsResponse },
  { name: 'AlterConfigsRequest', apiKey: 33, kind: 'request', minVersion: 0, maxVersion: 2, random: randomAlterConfigsRequest },
  { name: 'AlterConfigsResponse', apiKey: 33, kind: 'response', minVersion: 0, maxVersion: 2, random: randomAlterConfigsResponse },
  { name: 'AlterReplicaLogDirsRequest', apiKey: 34, kind: 'request', minVersion: 0, maxVersion: 2, random: randomAlterReplicaLogDirsRequest },
  { name: 'AlterReplicaLogDirsResponse', apiKey: 34, kind: 'response', minVersion: 0, maxVersion: 2, random: randomAlterReplicaLogDirsResponse },
  { name: 'DescribeLogDirsRequest', apiKey: 35, kind: 'request', minVersion: 0, maxVersion: 4, random: randomDescribeLogDirsRequest },
  { name: 'DescribeLogDirsResponse', apiKey: 35, kind: 'response', minVersion: 0, maxVersion: 4, random: randomDescribeLogDirsResponse },
  { name: 'SaslAuthenticateRequest', apiKey: 36, kind: 'request', minVersion: 0, maxVersion: 2, random: randomSaslAuthenticateRequest },
  { name: 'SaslAuthenticateResponse', apiKey: 36, kind: 'response', minVersion: 0, maxVersion: 2, random: randomSaslAuthenticateResponse },
  { name: 'CreatePartitionsRequest', apiKey: 37, kind: 'request', minVersion: 0, maxVersion: 3, random: randomCreatePartitionsRequest },
  { name: 'CreatePartitionsResponse', apiKey: 37, kind: 'response', minVersion: 0, maxVersion: 3, random: randomCreatePartitionsResponse },
  { name: 'CreateDelegationTokenRequest', apiKey: 38, kind: 'request', minVersion: 0, maxVersion: 3, random: randomCreateDelegationTokenRequest },
  { name: 'CreateDelegationTokenResponse', apiKey: 38, kind: 'response', minVersion: 0, maxVersion: 3, random: randomCreateDelegationTokenResponse },
  { name: 'RenewDelegationTokenRequest', apiKey: 39, kind: 'request', minVersion: 0, maxVersion: 2, random: randomRenewDelegationTokenRequest },
  { name: 'RenewDelegationTokenResponse', apiKey: 39, kind: 'response', minVersion: 0, maxVersion: 2, random: randomRenewDelegationTokenResponse },
  { name: 'ExpireDelegationTokenRequest', apiKey: 40, kind: 'request', minVersion: 0, maxVersion: 2, random: randomExpireDelegationTokenRequest },
  { name: 'ExpireDelegationTokenResponse', apiKey: 40, kind: 'response', minVersion: 0, maxVersion: 2, random: randomExpireDelegationTokenResponse },
  { name: 'DescribeDelegationTokenRequest', apiKey: 41, kind: 'request', minVersion: 0, maxVersion: 3, random: randomDescribeDelegationTokenRequest },
  { name: 'DescribeDelegationTokenResponse', apiKey: 41, kind: 'response', minVersion: 0, maxVersion: 3, random: randomDescribeDelegationTokenResponse },
  { name: 'DeleteGroupsRequest', apiKey: 42, kind: 'request', minVersion: 0, maxVersion: 2, random: randomDeleteGroupsRequest },
  { name: 'DeleteGroupsResponse', apiKey: 42, kind: 'response', minVersion: 0, maxVersion: 2, random: randomDeleteGroupsResponse },
  { name: 'ElectLeadersRequest', apiKey: 43, kind: 'request', minVersion: 0, maxVersion: 2, random: randomElectLeadersRequest },
  { name: 'ElectLeadersResponse', apiKey: 43, kind: 'response', minVersion: 0, maxVersion: 2, random: randomElectLeadersResponse },
  { name: 'IncrementalAlterConfigsRequest', apiKey: 44, kind: 'request', minVersion: 0, maxVersion: 1, random: randomIncrementalAlterConfigsRequest },
  { name: 'IncrementalAlterConfigsResponse', apiKey: 44, kind: 'response', minVersion: 0, maxVersion: 1, random: randomIncrementalAlterConfigsResponse },
  { name: 'AlterPartitionReassignmentsRequest', apiKey: 45, kind: 'request', minVersion: 0, maxVersion: 0, random: randomAlterPartitionReassignmentsRequest },
  { name: 'AlterPartitionReassignmentsResponse', apiKey: 45, kind: 'response', minVersion: 0, maxVersion: 0, random: randomAlterPartitionReassignmentsResponse },
  { name: 'ListPartitionReassignmentsRequest', apiKey: 46, kind: 'request', minVersion: 0, maxVersion: 0, random: randomListPartitionReassignmentsRequest },
  { name: 'ListPartitionReassignmentsResponse', apiKey: 46, kind: 'response', minVersion: 0, maxVersion: 0, random: randomListPartitionReassignmentsResponse },
  { name: 'OffsetDeleteRequest', apiKey: 47, kind: 'request', minVersion: 0, maxVersion: 0, random: randomOffsetDeleteRequest },
  { name: 'OffsetDeleteResponse', apiKey: 47, kind: 'response', minVersion: 0, maxVersion: 0, random: randomOffsetDeleteResponse },
  { name: 'DescribeClientQuotasRequest', apiKey: 48, kind: 'request', minVersion: 0, maxVersion: 1, random: randomDescribeClientQuotasRequest },
  { name: 'DescribeClientQuotasResponse', apiKey: 48, kind: 'response', minVersion: 0, maxVersion: 1, random: randomDescribeClientQuotasResponse },
  { name: 'AlterClientQuotasRequest', apiKey: 49, kind: 'request', minVersion: 0, maxVersion: 1, random: randomAlterClientQuotasRequest },
  { name: 'AlterClientQuotasResponse', apiKey: 49, kind: 'response', minVersion: 0, maxVersion: 1, random: randomAlterClientQuotasResponse },
  { name: 'DescribeUserScramCredentialsRequest', apiKey: 50, kind: 'request', minVersion: 0, maxVersion: 0, random: randomDescribeUserScramCredentialsRequest },
  { name: 'DescribeUserScramCredentialsResponse', apiKey: 50, kind: 'response', minVersion: 0, maxVersion: 0, random: randomDescribeUserScramCredentialsResponse },
  { name: 'AlterUserScramCredentialsRequest', apiKey: 51, kind: 'request', minVersion: 0, maxVersion: 0, random: randomAlterUserScramCredentialsRequest },
  { name: 'AlterUserScramCredentialsResponse', apiKey: 51, kind: 'response', minVersion: 0, maxVersion: 0, random: randomAlterUserScramCredentialsResponse },
  { name: 'VoteRequest', apiKey: 52, kind: 'request', minVersion: 0, maxVersion: 0, random: randomVoteRequest },
  { name: 'VoteResponse', apiKey: 52, kind: 'response', minVersion: 0, maxVersion: 0, random: randomVoteResponse },
  { name: 'BeginQuorumEpochRequest', apiKey: 53, kind: 'request', minVersion: 0, maxVersion: 0, random: randomBeginQuorumEpochRequest },
  { name: 'BeginQuorumEpochResponse', apiKey: 53, kind: 'response', minVersion: 0, maxVersion: 0, random: randomBeginQuorumEpochResponse },
  { name: 'EndQuorumEpochRequest', apiKey: 54, kind: 'request', minVersion: 0, maxVersion: 0, random: randomEndQuorumEpochRequest },
  { name: 'EndQuorumEpochResponse', apiKey: 54, kind: 'response', minVersion: 0, maxVersion: 0, random: randomEndQuorumEpochResponse },
  { name: 'DescribeQuorumRequest', apiKey: 55, kind: 'request', minVersion: 0, maxVersion: 1, random: randomDescribeQuorumRequest },
  { name: 'DescribeQuorumResponse', apiKey: 55, kind: 'response', minVersion: 0, maxVersion: 1, random: randomDescribeQuorumResponse },
  { name: 'AlterPartitionRequest', apiKey: 56, kind: 'request', minVersion: 0, maxVersion: 3, random: randomAlterPartitionRequest },
  { name: 'AlterPartitionResponse', apiKey: 56, kind: 'response', minVersion: 0, maxVersion: 3, random: randomAlterPartitionResponse },
  { name: 'UpdateFeaturesRequest', apiKey: 57, kind: 'request', minVersion: 0, maxVersion: 1, random: randomUpdateFeaturesRequest },
  { name: 'UpdateFeaturesResponse', apiKey: 57, kind: 'response', minVersion: 0, maxVersion: 1, random: randomUpdateFeaturesResponse },
  { name: 'EnvelopeRequest', apiKey: 58, kind: 'request', minVersion: 0, maxVersion: 0, random: randomEnvelopeRequest },
  { name: 'EnvelopeResponse', apiKey: 58, kind: 'response', minVersion: 0, maxVersion: 0, random: randomEnvelopeResponse },
  { name: 'FetchSnapshotRequest', apiKey: 59, kind: 'request', minVersion: 0, maxVersion: 0, random: randomFetchSnapshotRequest },
  { name: 'FetchSnapshotResponse', apiKey: 59, kind: 'response', minVersion: 0, maxVersion: 0, random: randomFetchSnapshotResponse },
  { name: 'DescribeClusterRequest', apiKey: 60, kind: 'request', minVersion: 0, maxVersion: 1, random: randomDescribeClusterRequest },
  { name: 'DescribeClusterResponse', apiKey: 60, kind: 'response', minVersion: 0, maxVersion: 1, random: randomDescribeClusterResponse },
  { name: 'DescribeProducersRequest', apiKey: 61, kind: 'request', minVersion: 0, maxVersion: 0, random: randomDescribeProducersRequest },
  { name: 'DescribeProducersResponse', apiKey: 61, kind: 'response', minVersion: 0, maxVersion: 0, random: randomDescribeProducersResponse },
  { name: 'BrokerRegistrationRequest', apiKey: 62, kind: 'request', minVersion: 0, maxVersion: 3, random: randomBrokerRegistrationRequest },
  { name: 'BrokerRegistrationResponse', apiKey: 62, kind: 'response', minVersion: 0, maxVersion: 3, random: randomBrokerRegistrationResponse },
  { name: 'BrokerHeartbeatRequest', apiKey: 63, kind: 'request', minVersion: 0, maxVersion: 1, random: randomBrokerHeartbeatRequest },
  { name: 'BrokerHeartbeatResponse', apiKey: 63, kind: 'response', minVersion: 0, maxVersion: 1, random: randomBrokerHeartbeatResponse },
  { name: 'UnregisterBrokerRequest', apiKey: 64, kind: 'request', minVersion: 0, maxVersion: 0, random: randomUnregisterBrokerRequest },
  { name: 'UnregisterBrokerResponse', apiKey: 64, kind: 'response', minVersion: 0, maxVersion: 0, random: randomUnregisterBrokerResponse },
  { name: 'DescribeTransactionsRequest', apiKey: 65, kind: 'request', minVersion: 0, maxVersion: 0, random: randomDescribeTransactionsRequest },
  { name: 'DescribeTransactionsResponse', apiKey: 65, kind: 'response', minVersion: 0, maxVersion: 0, random: randomDescribeTransactionsResponse },
  { name: 'ListTransactionsRequest', apiKey: 66, kind: 'request', minVersion: 0, maxVersion: 1, random: randomListTransactionsRequest },
  { name: 'ListTransactionsResponse', apiKey: 66, kind: 'response', minVersion: 0, maxVersion: 1, random: randomListTransactionsResponse },
  { name: 'AllocateProducerIdsRequest', apiKey: 67, kind: 'request', minVersion: 0, maxVersion: 0, random: randomAllocateProducerIdsRequest },
  { name: 'AllocateProducerIdsResponse', apiKey: 67, kind: 'response', minVersion: 0, maxVersion: 0, random: randomAllocateProducerIdsResponse },
  { name: 'ConsumerGroupHeartbeatRequest', apiKey: 68, kind: 'request', minVersion: 0, maxVersion: 0, random: randomConsumerGroupHeartbeatRequest },
  { name: 'ConsumerGroupHeartbeatResponse', apiKey: 68, kind: 'response', minVersion: 0, maxVersion: 0, random: randomConsumerGroupHeartbeatResponse },
  { name: 'ConsumerGroupDescribeRequest', apiKey: 69, kind: 'request', minVersion: 0, maxVersion: 0, random: randomConsumerGroupDescribeRequest },
  { name: 'ConsumerGroupDescribeResponse', apiKey: 69, kind: 'response', minVersion: 0, maxVersion: 0, random: randomConsumerGroupDescribeResponse },
  { name: 'ControllerRegistrationRequest', apiKey: 70, kind: 'request', minVersion: 0, maxVersion: 0, random: randomControllerRegistrationRequest },
  { name: 'ControllerRegistrationResponse', apiKey: 70, kind: 'response', minVersion: 0, maxVersion: 0, random: randomControllerRegistrationResponse },
  { name: 'GetTelemetrySubscriptionsRequest', apiKey: 71, kind: 'request', minVersion: 0, maxVersion: 0, random: randomGetTelemetrySubscriptionsRequest },
  { name: 'GetTelemetrySubscriptionsResponse', apiKey: 71, kind: 'response', minVersion: 0, maxVersion: 0, random: randomGetTelemetrySubscriptionsResponse },
  { name: 'PushTelemetryRequest', apiKey: 72, kind: 'request', minVersion: 0, maxVersion: 0, random: randomPushTelemetryRequest },
  { name: 'PushTelemetryResponse', apiKey: 72, kind: 'response', minVersion: 0, maxVersion: 0, random: randomPushTelemetryResponse },
  { name: 'AssignReplicasToDirsRequest', apiKey: 73, kind: 'request', minVersion: 0, maxVersion: 0, random: randomAssignReplicasToDirsRequest },
  { name: 'AssignReplicasToDirsResponse', apiKey: 73, kind: 'response', minVersion: 0, maxVersion: 0, random: randomAssignReplicasToDirsResponse },
  { name: 'ListClientMetricsResourcesRequest', apiKey: 74, kind: 'request', minVersion: 0, maxVersion: 0, random: randomListClientMetricsResourcesRequest },
  { name: 'ListClientMetricsResourcesResponse', apiKey: 74, kind: 'response', minVersion: 0, maxVersion: 0, random: randomListClientMetricsResourcesResponse },
  { name: 'DescribeTopicPartitionsRequest', apiKey: 75, kind: 'request', minVersion: 0, maxVersion: 0, random: randomDescribeTopicPartitionsRequest },
  { name: 'DescribeTopicPartitionsResponse', apiKey: 75, kind: 'response', minVersion: 0, maxVersion: 0, random: randomDescribeTopicPartitionsResponse },
]

export const RANDOM_METADATA_RECORD_CASES: ReadonlyArray<{ readonly name: string, readonly recordType: number, readonly minVersion: number, readonly maxVersion: number, random (g: RandomValues, version: number): unknown }> = [
  { name: 'AbortTransactionRecord', recordType: 25, minVersion: 0, maxVersion: 0, random: randomAbortTransactionRecord },
  { name: 'AccessControlEntryRecord', recordType: 18, minVersion: 0, maxVersion: 0, random: randomAccessControlEntryRecord },
  { name: 'BeginTransactionRecord', recordType: 23, minVersion: 0, maxVersion: 0, random: randomBeginTransactionRecord },
  { name: 'BrokerRegistrationChangeRecord', recordType: 17, minVersion: 0, maxVersion: 2, random: randomBrokerRegistrationChangeRecord },
  { name: 'ClientQuotaRecord', recordType: 14, minVersion: 0, maxVersion: 0, random: randomClientQuotaRecord },
  { name: 'ConfigRecord', recordType: 4, minVersion: 0, maxVersion: 0, random: randomConfigRecord },
  { name: 'DelegationTokenRecord', recordType: 10, minVersion: 0, maxVersion: 0, random: randomDelegationTokenRecord },
  { name: 'EndTransactionRecord', recordType: 24, minVersion: 0, maxVersion: 0, random: randomEndTransactionRecord },
  { name: 'FeatureLevelRecord', recordType: 12, minVersion: 0, maxVersion: 0, random: randomFeatureLevelRecord },
  { name: 'FenceBrokerRecord', recordType: 7, minVersion: 0, maxVersion: 0, random: randomFenceBrokerRecord },
  { name: 'NoOpRecord', recordType: 20, minVersion: 0, maxVersion: 0, random: randomNoOpRecord },
  { name: 'PartitionChangeRecord', recordType: 5, minVersion: 0, maxVersion: 2, random: randomPartitionChangeRecord },
  { name: 'PartitionRecord', recordType: 3, minVersion: 0, maxVersion: 2, random: randomPartitionRecord },
  { name: 'ProducerIdsRecord', recordType: 15, minVersion: 0, maxVersion: 0, random: randomProducerIdsRecord },
  { name: 'RegisterBrokerRecord', recordType: 0, minVersion: 0, maxVersion: 3, random: randomRegisterBrokerRecord },
  { name: 'RegisterControllerRecord', recordType: 27, minVersion: 0, maxVersion: 0, random: randomRegisterControllerRecord },
  { name: 'RemoveAccessControlEntryRecord', recordType: 19, minVersion: 0, maxVersion: 0, random: randomRemoveAccessControlEntryRecord },
  { name: 'RemoveDelegationTokenRecord', recordType: 26, minVersion: 0, maxVersion: 0, random: randomRemoveDelegationTokenRecord },
  { name: 'RemoveTopicRecord', recordType: 9, minVersion: 0, maxVersion: 0, random: randomRemoveTopicRecord },
  { name: 'RemoveUserScramCredentialRecord', recordType: 22, minVersion: 0, maxVersion: 0, random: randomRemoveUserScramCredentialRecord },
  { name: 'TopicRecord', recordType: 2, minVersion: 0, maxVersion: 0, random: randomTopicRecord },
  { name: 'UnfenceBrokerRecord', recordType: 8, minVersion: 0, maxVersion: 0, random: randomUnfenceBrokerRecord },
  { name: 'UnregisterBrokerRecord', recordType: 1, minVersion: 0, maxVersion: 0, random: randomUnregisterBrokerRecord },
  { name: 'UserScramCredentialRecord', recordType: 11, minVersion: 0, maxVersion: 0, random: randomUserScramCredentialRecord },
  { name: 'ZkMigrationStateRecord', recordType: 21, minVersion: 0, maxVersion: 0, random: randomZkMigrationStateRecord },
  { name: 'GroupMetadataRecord', recordType: 101, minVersion: 0, maxVersion: 0, random: randomGroupMetadataRecord },
  { name: 'OffsetCommitRecord', recordType: 100, minVersion: 0, maxVersion: 1, random: randomOffsetCommitRecord },
]
