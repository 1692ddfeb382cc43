// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT

import type { Reader } from '../primitives/reader.ts'
import type { Writer } from '../primitives/writer.ts'
import { type ProduceRequest, type ProduceResponse, decodeProduceRequest, sizeOfProduceRequest, writeProduceRequest, defaultProduceRequest, decodeProduceResponse, sizeOfProduceResponse, writeProduceResponse, defaultProduceResponse } from './messages/produce.ts'
import { type FetchRequest, type FetchResponse, decodeFetchRequest, sizeOfFetchRequest, writeFetchRequest, defaultFetchRequest, decodeFetchResponse, sizeOfFetchResponse, writeFetchResponse, defaultFetchResponse } from './messages/fetch.ts'
import { type ListOffsetsRequest, type ListOffsetsResponse, decodeListOffsetsRequest, sizeOfListOffsetsRequest, writeListOffsetsRequest, defaultListOffsetsRequest, decodeListOffsetsResponse, sizeOfListOffsetsResponse, writeListOffsetsResponse, defaultListOffsetsResponse } from './messages/list-offsets.ts'
import { type MetadataRequest, type MetadataResponse, decodeMetadataRequest, sizeOfMetadataRequest, writeMetadataRequest, defaultMetadataRequest, decodeMetadataResponse, sizeOfMetadataResponse, writeMetadataResponse, defaultMetadataResponse } from './messages/metadata.ts'
import { type LeaderAndIsrRequest, type LeaderAndIsrResponse, decodeLeaderAndIsrRequest, sizeOfLeaderAndIsrRequest, writeLeaderAndIsrRequest, defaultLeaderAndIsrRequest, decodeLeaderAndIsrResponse, sizeOfLeaderAndIsrResponse, writeLeaderAndIsrResponse, defaultLeaderAndIsrResponse } from './messages/leader-and-isr.ts'
import { type StopReplicaRequest, type StopReplicaResponse, decodeStopReplicaRequest, sizeOfStopReplicaRequest, writeStopReplicaRequest, defaultStopReplicaRequest, decodeStopReplicaResponse, sizeOfStopReplicaResponse, writeStopReplicaResponse, defaultStopReplicaResponse } from './messages/stop-replica.ts'
import { type UpdateMetadataRequest, type UpdateMetadataResponse, decodeUpdateMetadataRequest, sizeOfUpdateMetadataRequest, writeUpdateMetadataRequest, defaultUpdateMetadataRequest, decodeUpdateMetadataResponse, sizeOfUpdateMetadataResponse, writeUpdateMetadataResponse, defaultUpdateMetadataResponse } from './messages/update-metadata.ts'
import { type ControlledShutdownRequest, type ControlledShutdownResponse, decodeControlledShutdownRequest, sizeOfControlledShutdownRequest, writeControlledShutdownRequest, defaultControlledShutdownRequest, decodeControlledShutdownResponse, sizeOfControlledShutdownResponse, writeControlledShutdownResponse, defaultControlledShutdownResponse } from './messages/controlled-shutdown.ts'
import { type OffsetCommitRequest, type OffsetCommitResponse, decodeOffsetCommitRequest, sizeOfOffsetCommitRequest, writeOffsetCommitRequest, defaultOffsetCommitRequest, decodeOffsetCommitResponse, sizeOfOffsetCommitResponse, writeOffsetCommitResponse, defaultOffsetCommitResponse } from './messages/offset-commit.ts'
import { type OffsetFetchRequest, type OffsetFetchResponse, decodeOffsetFetchRequest, sizeOfOffsetFetchRequest, writeOffsetFetchRequest, defaultOffsetFetchRequest, decodeOffsetFetchResponse, sizeOfOffsetFetchResponse, writeOffsetFetchResponse, defaultOffsetFetchResponse } from './messages/offset-fetch.ts'
import { type FindCoordinatorRequest, type FindCoordinatorResponse, decodeFindCoordinatorRequest, sizeOfFindCoordinatorRequest, writeFindCoordinatorRequest, defaultFindCoordinatorRequest, decodeFindCoordinatorResponse, sizeOfFindCoordinatorResponse, writeFindCoordinatorResponse, defaultFindCoordinatorResponse } from './messages/find-coordinator.ts'
import { type JoinGroupRequest, type JoinGroupResponse, decodeJoinGroupRequest, sizeOfJoinGroupRequest, writeJoinGroupRequest, defaultJoinGroupRequest, decodeJoinGroupResponse, sizeOfJoinGroupResponse, writeJoinGroupResponse, defaultJoinGroupResponse } from './messages/join-group.ts'
import { type HeartbeatRequest, type HeartbeatResponse, decodeHeartbeatRequest, sizeOfHeartbeatRequest, writeHeartbeatRequest, defaultHeartbeatRequest, decodeHeartbeatResponse, sizeOfHeartbeatResponse, writeHeartbeatResponse, defaultHeartbeatResponse } from './messages/heartbeat.ts'
import { type LeaveGroupRequest, type LeaveGroupResponse, decodeLeaveGroupRequest, sizeOfLeaveGroupRequest, writeLeaveGroupRequest, defaultLeaveGroupRequest, decodeLeaveGroupResponse, sizeOfLeaveGroupResponse, writeLeaveGroupResponse, defaultLeaveGroupResponse } from './messages/leave-group.ts'
import { type SyncGroupRequest, type SyncGroupResponse, decodeSyncGroupRequest, sizeOfSyncGroupRequest, writeSyncGroupRequest, defaultSyncGroupRequest, decodeSyncGroupResponse, sizeOfSyncGroupResponse, writeSyncGroupResponse, defaultSyncGroupResponse } from './messages/sync-group.ts'
import { type DescribeGroupsRequest, type DescribeGroupsResponse, decodeDescribeGroupsRequest, sizeOfDescribeGroupsRequest, writeDescribeGroupsRequest, defaultDescribeGroupsRequest, decodeDescribeGroupsResponse, sizeOfDescribeGroupsResponse, writeDescribeGroupsResponse, defaultDescribeGroupsResponse } from './messages/describe-groups.ts'
import { type ListGroupsRequest, type ListGroupsResponse, decodeListGroupsRequest, sizeOfListGroupsRequest, writeListGroupsRequest, defaultListGroupsRequest, decodeListGroupsResponse, sizeOfListGroupsResponse, writeListGroupsResponse, defaultListGroupsResponse } from './messages/list-groups.ts'
import { type SaslHandshakeRequest, type SaslHandshakeResponse, decodeSaslHandshakeRequest, sizeOfSaslHandshakeRequest, writeSaslHandshakeRequest, defaultSaslHandshakeRequest, decodeSaslHandshakeResponse, sizeOfSaslHandshakeResponse, writeSaslHandshakeResponse, defaultSaslHandshakeResponse } from './messages/sasl-handshake.ts'
import { type ApiVersionsRequest, type ApiVersionsResponse, decodeApiVersionsRequest, sizeOfApiVersionsRequest, writeApiVersionsRequest, defaultApiVersionsRequest, decodeApiVersionsResponse, sizeOfApiVersionsResponse, writeApiVersionsResponse, defaultApiVersionsResponse } from './messages/api-versions.ts'
import { type CreateTopicsRequest, type CreateTopicsResponse, decodeCreateTopicsRequest, sizeOfCreateTopicsRequest, writeCreateTopicsRequest, defaultCreateTopicsRequest, decodeCreateTopicsResponse, sizeOfCreateTopicsResponse, writeCreateTopicsResponse, defaultCreateTopicsResponse } from './messages/create-topics.ts'
import { type DeleteTopicsRequest, type DeleteTopicsResponse, decodeDeleteTopicsRequest, sizeOfDeleteTopicsRequest, writeDeleteTopicsRequest, defaultDeleteTopicsRequest, decodeDeleteTopicsResponse, sizeOfDeleteTopicsResponse, writeDeleteTopicsResponse, defaultDeleteTopicsResponse } from './messages/delete-topics.ts'
import { type DeleteRecordsRequest, type DeleteRecordsResponse, decodeDeleteRecordsRequest, sizeOfDeleteRecordsRequest, writeDeleteRecordsRequest, defaultDeleteRecordsRequest, decodeDeleteRecordsResponse, sizeOfDeleteRecordsResponse, writeDeleteRecordsResponse, defaultDeleteRecordsResponse } from './messages/delete-records.ts'
import { type InitProducerIdRequest, type InitProducerIdResponse, decodeInitProducerIdRequest, sizeOfInitProducerIdRequest, writeInitProducerIdRequest, defaultInitProducerIdRequest, decodeInitProducerIdResponse, sizeOfInitProducerIdResponse, writeInitProducerIdResponse, defaultInitProducerIdResponse } from './messages/init-producer-id.ts'
import { type OffsetForLeaderEpochRequest, type OffsetForLeaderEpochResponse, decodeOffsetForLeaderEpochRequest, sizeOfOffsetForLeaderEpochRequest, writeOffsetForLeaderEpochRequest, defaultOffsetForLeaderEpochRequest, decodeOffsetForLeaderEpochResponse, sizeOfOffsetForLeaderEpochResponse, writeOffsetForLeaderEpochResponse, defaultOffsetForLeaderEpochResponse } from './messages/offset-for-leader-epoch.ts'
import { type AddPartitionsToTxnRequest, type AddPartitionsToTxnResponse, decodeAddPartitionsToTxnRequest, sizeOfAddPartitionsToTxnRequest, writeAddPartitionsToTxnRequest, defaultAddPartitionsToTxnRequest, decodeAddPartitionsToTxnResponse, sizeOfAddPartitionsToTxnResponse, writeAddPartitionsToTxnResponse, defaultAddPartitionsToTxnResponse } from './messages/add-partitions-to-txn.ts'
import { type AddOffsetsToTxnRequest, type AddOffsetsToTxnResponse, decodeAddOffsetsToTxnRequest, sizeOfAddOffsetsToTxnRequest, writeAddOffsetsToTxnRequest, defaultAddOffsetsToTxnRequest, decodeAddOffsetsToTxnResponse, sizeOfAddOffsetsToTxnResponse, writeAddOffsetsToTxnResponse, defaultAddOffsetsToTxnResponse } from './messages/add-offsets-to-txn.ts'
import { type EndTxnRequest, type EndTxnResponse, decodeEndTxnRequest, sizeOfEndTxnRequest, writeEndTxnRequest, defaultEndTxnRequest, decodeEndTxnResponse, sizeOfEndTxnResponse, writeEndTxnResponse, defaultEndTxnResponse } from './messages/end-txn.ts'
import { type WriteTxnMarkersRequest, type WriteTxnMarkersResponse, decodeWriteTxnMarkersRequest, sizeOfWriteTxnMarkersRequest, writeWriteTxnMarkersRequest, defaultWriteTxnMarkersRequest, decodeWriteTxnMarkersResponse, sizeOfWriteTxnMarkersResponse, writeWriteTxnMarkersResponse, defaultWriteTxnMarkersResponse } from './messages/write-txn-markers.ts'
import { type TxnOffsetCommitRequest, type TxnOffsetCommitResponse, decodeTxnOffsetCommitRequest, sizeOfTxnOffsetCommitRequest, writeTxnOffsetCommitRequest, defaultTxnOffsetCommitRequest, decodeTxnOffsetCommitResponse, sizeOfTxnOffsetCommitResponse, writeTxnOffsetCommitResponse, defaultTxnOffsetCommitResponse } from './messages/txn-offset-commit.ts'
import { type DescribeAclsRequest, type DescribeAclsResponse, decodeDescribeAclsRequest, sizeOfDescribeAclsRequest, writeDescribeAclsRequest, defaultDescribeAclsRequest, decodeDescribeAclsResponse, sizeOfDescribeAclsResponse, writeDescribeAclsResponse, defaultDescribeAclsResponse } from './messages/describe-acls.ts'
import { type CreateAclsRequest, type CreateAclsResponse, decodeCreateAclsRequest, sizeOfCreateAclsRequest, writeCreateAclsRequest, defaultCreateAclsRequest, decodeCreateAclsResponse, sizeOfCreateAclsResponse, writeCreateAclsResponse, defaultCreateAclsResponse } from './messages/create-acls.ts'
import { type DeleteAclsRequest, type DeleteAclsResponse, decodeDeleteAclsRequest, sizeOfDeleteAclsRequest, writeDeleteAclsRequest, defaultDeleteAclsRequest, decodeDeleteAclsResponse, sizeOfDeleteAclsResponse, writeDeleteAclsResponse, defaultDeleteAclsResponse } from './messages/delete-acls.ts'
import { type DescribeConfigsRequest, type DescribeConfigsResponse, decodeDescribeConfigsRequest, sizeOfDescribeConfigsRequest, writeDescribeConfigsRequest, defaultDescribeConfigsRequest, decodeDescribeConfigsResponse, sizeOfDescribeConfigsResponse, writeDescribeConfigsResponse, defaultDescribeConfigsResponse } from './messages/describe-configs.ts'
import { type AlterConfigsRequest, type AlterConfigsResponse, decodeAlterConfigsRequest, sizeOfAlterConfigsRequest, writeAlterConfigsRequest, defaultAlterConfigsRequest, decodeAlterConfigsResponse, sizeOfAlterConfigsResponse, writeAlterConfigsResponse, defaultAlterConfigsResponse } from './messages/alter-configs.ts'
import { type AlterReplicaLogDirsRequest, type AlterReplicaLogDirsResponse, decodeAlterReplicaLogDirsRequest, sizeOfAlterReplicaLogDirsRequest, writeAlterReplicaLogDirsRequest, defaultAlterReplicaLogDirsRequest, decodeAlterReplicaLogDirsResponse, sizeOfAlterReplicaLogDirsResponse, writeAlterReplicaLogDirsResponse, defaultAlterReplicaLogDirsResponse } from './messages/alter-replica-log-dirs.ts'
import { type DescribeLogDirsRequest, type DescribeLogDirsResponse, decodeDescribeLogDirsRequest, sizeOfDescribeLogDirsRequest, writeDescribeLogDirsRequest, defaultDescribeLogDirsRequest, decodeDescribeLogDirsResponse, sizeOfDescribeLogDirsResponse, writeDescribeLogDirsResponse, defaultDescribeLogDirsResponse } from './messages/describe-log-dirs.ts'
import { type SaslAuthenticateRequest, type SaslAuthenticateResponse, decodeSaslAuthenticateRequest, sizeOfSaslAuthenticateRequest, writeSaslAuthenticateRequest, defaultSaslAuthenticateRequest, decodeSaslAuthenticateResponse, sizeOfSaslAuthenticateResponse, writeSaslAuthenticateResponse, defaultSaslAuthenticateResponse } from './messages/sasl-authenticate.ts'
import { type CreatePartitionsRequest, type CreatePartitionsResponse, decodeCreatePartitionsRequest, sizeOfCreatePartitionsRequest, writeCreatePartitionsRequest, defaultCreatePartitionsRequest, decodeCreatePartitionsResponse, sizeOfCreatePartitionsResponse, writeCreatePartitionsResponse, defaultCreatePartitionsResponse } from './messages/create-partitions.ts'
import { type CreateDelegationTokenRequest, type CreateDelegationTokenResponse, decodeCreateDelegationTokenRequest, sizeOfCreateDelegationTokenRequest, writeCreateDelegationTokenRequest, defaultCreateDelegationTokenRequest, decodeCreateDelegationTokenResponse, sizeOfCreateDelegationTokenResponse, writeCreateDelegationTokenResponse, defaultCreateDelegationTokenResponse } from './messages/create-delegation-token.ts'
import { type RenewDelegationTokenRequest, type RenewDelegationTokenResponse, decodeRenewDelegationTokenRequest, sizeOfRenewDelegationTokenRequest, writeRenewDelegationTokenRequest, defaultRenewDelegationTokenRequest, decodeRenewDelegationTokenResponse, sizeOfRenewDelegationTokenResponse, writeRenewDelegationTokenResponse, defaultRenewDelegationTokenResponse } from './messages/renew-delegation-token.ts'
import { type ExpireDelegationTokenRequest, type ExpireDelegationTokenResponse, decodeExpireDelegationTokenRequest, sizeOfExpireDelegationTokenRequest, writeExpireDelegationTokenRequest, defaultExpireDelegationTokenRequest, decodeExpireDelegationTokenResponse, sizeOfExpireDelegationTokenResponse, writeExpireDelegationTokenResponse, defaultExpireDelegationTokenResponse } from './messages/expire-delegation-token.ts'
import { type DescribeDelegationTokenRequest, type DescribeDelegationTokenResponse, decodeDescribeDelegationTokenRequest, sizeOfDescribeDelegationTokenRequest, writeDescribeDelegationTokenRequest, defaultDescribeDelegationTokenRequest, decodeDescribeDelegationTokenResponse, sizeOfDescribeDelegationTokenResponse, writeDescribeDelegationTokenResponse, defaultDescribeDelegationTokenResponse } from './messages/describe-delegation-token.ts'
import { type DeleteGroupsRequest, type DeleteGroupsResponse, decodeDeleteGroupsRequest, sizeOfDeleteGroupsRequest, writeDeleteGroupsRequest, defaultDeleteGroupsRequest, decodeDeleteGroupsResponse, sizeOfDeleteGroupsResponse, writeDeleteGroupsResponse, defaultDeleteGroupsResponse } from './messages/delete-groups.ts'
import { type ElectLeadersRequest, type ElectLeadersResponse, decodeElectLeadersRequest, sizeOfElectLeadersRequest, writeElectLeadersRequest, defaultElectLeadersRequest, decodeElectLeadersResponse, sizeOfElectLeadersResponse, writeElectLeadersResponse, defaultElectLeadersResponse } from './messages/elect-leaders.ts'
import { type IncrementalAlterConfigsRequest, type IncrementalAlterConfigsResponse, decodeIncrementalAlterConfigsRequest, sizeOfIncrementalAlterConfigsRequest, writeIncrementalAlterConfigsRequest, defaultIncrementalAlterConfigsRequest, decodeIncrementalAlterConfigsResponse, sizeOfIncrementalAlterConfigsResponse, writeIncrementalAlterConfigsResponse, defaultIncrementalAlterConfigsResponse } from './messages/incremental-alter-configs.ts'
import { type AlterPartitionReassignmentsRequest, type AlterPartitionReassignmentsResponse, decodeAlterPartitionReassignmentsRequest, sizeOfAlterPartitionReassignmentsRequest, writeAlterPartitionReassignmentsRequest, defaultAlterPartitionReassignmentsRequest, decodeAlterPartitionReassignmentsResponse, sizeOfAlterPartitionReassignmentsResponse, writeAlterPartitionReassignmentsResponse, defaultAlterPartitionReassignmentsResponse } from './messages/alter-partition-reassignments.ts'
import { type ListPartitionReassignmentsRequest, type ListPartitionReassignmentsResponse, decodeListPartitionReassignmentsRequest, sizeOfListPartitionReassignmentsRequest, writeListPartitionReassignmentsRequest, defaultListPartitionReassignmentsRequest, decodeListPartitionReassignmentsResponse, sizeOfListPartitionReassignmentsResponse, writeListPartitionReassignmentsResponse, defaultListPartitionReassignmentsResponse } from './messages/list-partition-reassignments.ts'
import { type OffsetDeleteRequest, type OffsetDeleteResponse, decodeOffsetDeleteRequest, sizeOfOffsetDeleteRequest, writeOffsetDeleteRequest, defaultOffsetDeleteRequest, decodeOffsetDeleteResponse, sizeOfOffsetDeleteResponse, writeOffsetDeleteResponse, defaultOffsetDeleteResponse } from './messages/offset-delete.ts'
import { type DescribeClientQuotasRequest, type DescribeClientQuotasResponse, decodeDescribeClientQuotasRequest, sizeOfDescribeClientQuotasRequest, writeDescribeClientQuotasRequest, defaultDescribeClientQuotasRequest, decodeDescribeClientQuotasResponse, sizeOfDescribeClientQuotasResponse, writeDescribeClientQuotasResponse, defaultDescribeClientQuotasResponse } from './messages/describe-client-quotas.ts'
import { type AlterClientQuotasRequest, type AlterClientQuotasResponse, decodeAlterClientQuotasRequest, sizeOfAlterClientQuotasRequest, writeAlterClientQuotasRequest, defaultAlterClientQuotasRequest, decodeAlterClientQuotasResponse, sizeOfAlterClientQuotasResponse, writeAlterClientQuotasResponse, defaultAlterClientQuotasResponse } from './messages/alter-client-quotas.ts'
import { type DescribeUserScramCredentialsRequest, type DescribeUserScramCredentialsResponse, decodeDescribeUserScramCredentialsRequest, sizeOfDescribeUserScramCredentialsRequest, writeDescribeUserScramCredentialsRequest, defaultDescribeUserScramCredentialsRequest, decodeDescribeUserScramCredentialsResponse, sizeOfDescribeUserScramCredentialsResponse, writeDescribeUserScramCredentialsResponse, defaultDescribeUserScramCredentialsResponse } from './messages/describe-user-scram-credentials.ts'
import { type AlterUserScramCredentialsRequest, type AlterUserScramCredentialsResponse, decodeAlterUserScramCredentialsRequest, sizeOfAlterUserScramCredentialsRequest, writeAlterUserScramCredentialsRequest, defaultAlterUserScramCredentialsRequest, decodeAlterUserScramCredentialsResponse, sizeOfAlterUserScramCredentialsResponse, writeAlterUserScramCredentialsResponse, defaultAlterUserScramCredentialsResponse } from './messages/alter-user-scram-credentials.ts'
import { type VoteRequest, type VoteResponse, decodeVoteRequest, sizeOfVoteRequest, writeVoteRequest, defaultVoteRequest, decodeVoteResponse, sizeOfVoteResponse, writeVoteResponse, defaultVoteResponse } from './messages/vote.ts'
import { type BeginQuorumEpochRequest, type BeginQuorumEpochResponse, decodeBeginQuorumEpochRequest, sizeOfBeginQuorumEpochRequest, writeBeginQuorumEpochRequest, defaultBeginQuorumEpochRequest, decodeBeginQuorumEpochResponse, sizeOfBeginQuorumEpochResponse, writeBeginQuorumEpochResponse, defaultBeginQuorumEpochResponse } from './messages/begin-quorum-epoch.ts'
import { type EndQuorumEpochRequest, type EndQuorumEpochResponse, decodeEndQuorumEpochRequest, sizeOfEndQuorumEpochRequest, writeEndQuorumEpochRequest, defaultEndQuorumEpochRequest, decodeEndQuorumEpochResponse, sizeOfEndQuorumEpochResponse, writeEndQuorumEpochResponse, defaultEndQuorumEpochResponse } from './messages/end-quorum-epoch.ts'
import { type DescribeQuorumRequest, type DescribeQuorumResponse, decodeDescribeQuorumRequest, sizeOfDescribeQuorumRequest, writeDescribeQuorumRequest, defaultDescribeQuorumRequest, decodeDescribeQuorumResponse, sizeOfDescribeQuorumResponse, writeDescribeQuorumResponse, defaultDescribeQuorumResponse } from './messages/describe-quorum.ts'
import { type AlterPartitionRequest, type AlterPartitionResponse, decodeAlterPartitionRequest, sizeOfAlterPartitionRequest, writeAlterPartitionRequest, defaultAlterPartitionRequest, decodeAlterPartitionResponse, sizeOfAlterPartitionResponse, writeAlterPartitionResponse, defaultAlterPartitionResponse } from './messages/alter-partition.ts'
import { type UpdateFeaturesRequest, type UpdateFeaturesResponse, decodeUpdateFeaturesRequest, sizeOfUpdateFeaturesRequest, writeUpdateFeaturesRequest, defaultUpdateFeaturesRequest, decodeUpdateFeaturesResponse, sizeOfUpdateFeaturesResponse, writeUpdateFeaturesResponse, defaultUpdateFeaturesResponse } from './messages/update-features.ts'
import { type EnvelopeRequest, type EnvelopeResponse, decodeEnvelopeRequest, sizeOfEnvelopeRequest, writeEnvelopeRequest, defaultEnvelopeRequest, decodeEnvelopeResponse, sizeOfEnvelopeResponse, writeEnvelopeResponse, defaultEnvelopeResponse } from './messages/envelope.ts'
import { type FetchSnapshotRequest, type FetchSnapshotResponse, decodeFetchSnapshotRequest, sizeOfFetchSnapshotRequest, writeFetchSnapshotRequest, defaultFetchSnapshotRequest, decodeFetchSnapshotResponse, sizeOfFetchSnapshotResponse, writeFetchSnapshotResponse, defaultFetchSnapshotResponse } from './messages/fetch-snapshot.ts'
import { type DescribeClusterRequest, type DescribeClusterResponse, decodeDescribeClusterRequest, sizeOfDescribeClusterRequest, writeDescribeClusterRequest, defaultDescribeClusterRequest, decodeDescribeClusterResponse, sizeOfDescribeClusterResponse, writeDescribeClusterResponse, defaultDescribeClusterResponse } from './messages/describe-cluster.ts'
import { type DescribeProducersRequest, type DescribeProducersResponse, decodeDescribeProducersRequest, sizeOfDescribeProducersRequest, writeDescribeProducersRequest, defaultDescribeProducersRequest, decodeDescribeProducersResponse, sizeOfDescribeProducersResponse, writeDescribeProducersResponse, defaultDescribeProducersResponse } from './messages/describe-producers.ts'
import { type BrokerRegistrationRequest, type BrokerRegistrationResponse, decodeBrokerRegistrationRequest, sizeOfBrokerRegistrationRequest, writeBrokerRegistrationRequest, defaultBrokerRegistrationRequest, decodeBrokerRegistrationResponse, sizeOfBrokerRegistrationResponse, writeBrokerRegistrationResponse, defaultBrokerRegistrationResponse } from './messages/broker-registration.ts'
import { type BrokerHeartbeatRequest, type BrokerHeartbeatResponse, decodeBrokerHeartbeatRequest, sizeOfBrokerHeartbeatRequest, writeBrokerHeartbeatRequest, defaultBrokerHeartbeatRequest, decodeBrokerHeartbeatResponse, sizeOfBrokerHeartbeatResponse, writeBrokerHeartbeatResponse, defaultBrokerHeartbeatResponse } from './messages/broker-heartbeat.ts'
import { type UnregisterBrokerRequest, type UnregisterBrokerResponse, decodeUnregisterBrokerRequest, sizeOfUnregisterBrokerRequest, writeUnregisterBrokerRequest, defaultUnregisterBrokerRequest, decodeUnregisterBrokerResponse, sizeOfUnregisterBrokerResponse, writeUnregisterBrokerResponse, defaultUnregisterBrokerResponse } from './messages/unregister-broker.ts'
import { type DescribeTransactionsRequest, type DescribeTransactionsResponse, decodeDescribeTransactionsRequest, sizeOfDescribeTransactionsRequest, writeDescribeTransactionsRequest, defaultDescribeTransactionsRequest, decodeDescribeTransactionsResponse, sizeOfDescribeTransactionsResponse, writeDescribeTransactionsResponse, defaultDescribeTransactionsResponse } from './messages/describe-transactions.ts'
import { type ListTransactionsRequest, type ListTransactionsResponse, decodeListTransactionsRequest, sizeOfListTransactionsRequest, writeListTransactionsRequest, defaultListTransactionsRequest, decodeListTransactionsResponse, sizeOfListTransactionsResponse, writeListTransactionsResponse, defaultListTransactionsResponse } from './messages/list-transactions.ts'
import { type AllocateProducerIdsRequest, type AllocateProducerIdsResponse, decodeAllocateProducerIdsRequest, sizeOfAllocateProducerIdsRequest, writeAllocateProducerIdsRequest, defaultAllocateProducerIdsRequest, decodeAllocateProducerIdsResponse, sizeOfAllocateProducerIdsResponse, writeAllocateProducerIdsResponse, defaultAllocateProducerIdsResponse } from './messages/allocate-producer-ids.ts'
import { type ConsumerGroupHeartbeatRequest, type ConsumerGroupHeartbeatResponse, decodeConsumerGroupHeartbeatRequest, sizeOfConsumerGroupHeartbeatRequest, writeConsumerGroupHeartbeatRequest, defaultConsumerGroupHeartbeatRequest, decodeConsumerGroupHeartbeatResponse, sizeOfConsumerGroupHeartbeatResponse, writeConsumerGroupHeartbeatResponse, defaultConsumerGroupHeartbeatResponse } from './messages/consumer-group-heartbeat.ts'
import { type ConsumerGroupDescribeRequest, type ConsumerGroupDescribeResponse, decodeConsumerGroupDescribeRequest, sizeOfConsumerGroupDescribeRequest, writeConsumerGroupDescribeRequest, defaultConsumerGroupDescribeRequest, decodeConsumerGroupDescribeResponse, sizeOfConsumerGroupDescribeResponse, writeConsumerGroupDescribeResponse, defaultConsumerGroupDescribeResponse } from './messages/consumer-group-describe.ts'
import { type ControllerRegistrationRequest, type ControllerRegistrationResponse, decodeControllerRegistrationRequest, sizeOfControllerRegistrationRequest, writeControllerRegistrationRequest, defaultControllerRegistrationRequest, decodeControllerRegistrationResponse, sizeOfControllerRegistrationResponse, writeControllerRegistrationResponse, defaultControllerRegistrationResponse } from './messages/controller-registration.ts'
import { type GetTelemetrySubscriptionsRequest, type GetTelemetrySubscriptionsResponse, decodeGetTelemetrySubscriptionsRequest, sizeOfGetTelemetrySubscriptionsRequest, writeGetTelemetrySubscriptionsRequest, defaultGetTelemetrySubscriptionsRequest, decodeGetTelemetrySubscriptionsResponse, sizeOfGetTelemetrySubscriptionsResponse, writeGetTelemetrySubscriptionsResponse, defaultGetTelemetrySubscriptionsResponse } from './messages/get-telemetry-subscriptions.ts'
import { type PushTelemetryRequest, type PushTelemetryResponse, decodePushTelemetryRequest, sizeOfPushTelemetryRequest, writePushTelemetryRequest, defaultPushTelemetryRequest, decodePushTelemetryResponse, sizeOfPushTelemetryResponse, writePushTelemetryResponse, defaultPushTelemetryResponse } from './messages/push-telemetry.ts'
import { type AssignReplicasToDirsRequest, type AssignReplicasToDirsResponse, decodeAssignReplicasToDirsRequest, sizeOfAssignReplicasToDirsRequest, writeAssignReplicasToDirsRequest, defaultAssignReplicasToDirsRequest, decodeAssignReplicasToDirsResponse, sizeOfAssignReplicasToDirsResponse, writeAssignReplicasToDirsResponse, defaultAssignReplicasToDirsResponse } from './messages/assign-replicas-to-dirs.ts'
import { type ListClientMetricsResourcesRequest, type ListClientMetricsResourcesResponse, decodeListClientMetricsResourcesRequest, sizeOfListClientMetricsResourcesRequest, writeListClientMetricsResourcesRequest, defaultListClientMetricsResourcesRequest, decodeListClientMetricsResourcesResponse, sizeOfListClientMetricsResourcesResponse, writeListClientMetricsResourcesResponse, defaultListClientMetricsResourcesResponse } from './messages/list-client-metrics-resources.ts'
import { type DescribeTopicPartitionsRequest, type DescribeTopicPartitionsResponse, decodeDescribeTopicPartitionsRequest, sizeOfDescribeTopicPartitionsRequest, writeDescribeTopicPartitionsRequest, defaultDescribeTopicPartitionsRequest, decodeDescribeTopicPartitionsResponse, sizeOfDescribeTopicPartitionsResponse, writeDescribeTopicPartitionsResponse, defaultDescribeTopicPartitionsResponse } from './messages/describe-topic-partitions.ts'

export * from './api-keys.ts'
export * from './error-codes.ts'
export * from './headers.ts'
export * from './data/consumer-protocol-assignment.ts'
export * from './data/consumer-protocol-subscription.ts'
export * from './data/default-principal-data.ts'
export * from './data/k-raft-version-record.ts'
export * from './data/leader-change-message.ts'
export * from './data/snapshot-footer-record.ts'
export * from './data/snapshot-header-record.ts'
export * from './data/voters-record.ts'
export * from './messages/produce.ts'
export * from './messages/fetch.ts'
export * from './messages/list-offsets.ts'
export * from './messages/metadata.ts'
export * from './messages/leader-and-isr.ts'
export * from './messages/stop-replica.ts'
export * from './messages/update-metadata.ts'
export * from './messages/controlled-shutdown.ts'
export * from './messages/offset-commit.ts'
export * from './messages/offset-fetch.ts'
export * from './messages/find-coordinator.ts'
export * from './messages/join-group.ts'
export * from './messages/heartbeat.ts'
export * from './messages/leave-group.ts'
export * from './messages/sync-group.ts'
export * from './messages/describe-groups.ts'
export * from './messages/list-groups.ts'
export * from './messages/sasl-handshake.ts'
export * from './messages/api-versions.ts'
export * from './messages/create-topics.ts'
export * from './messages/delete-topics.ts'
export * from './messages/delete-records.ts'
export * from './messages/init-producer-id.ts'
export * from './messages/offset-for-leader-epoch.ts'
export * from './messages/add-partitions-to-txn.ts'
export * from './messages/add-offsets-to-txn.ts'
export * from './messages/end-txn.ts'
export * from './messages/write-txn-markers.ts'
export * from './messages/txn-offset-commit.ts'
export * from './messages/describe-acls.ts'
export * from './messages/create-acls.ts'
export * from './messages/delete-acls.ts'
export * from './messages/describe-configs.ts'
export * from './messages/alter-configs.ts'
export * from './messages/alter-replica-log-dirs.ts'
export * from './messages/describe-log-dirs.ts'
export * from './messages/sasl-authenticate.ts'
export * from './messages/create-partitions.ts'
export * from './messages/create-delegation-token.ts'
export * from './messages/renew-delegation-token.ts'
export * from './messages/expire-delegation-token.ts'
export * from './messages/describe-delegation-token.ts'
export * from './messages/delete-groups.ts'
export * from './messages/elect-leaders.ts'
export * from './messages/incremental-alter-configs.ts'
export * from './messages/alter-partition-reassignments.ts'
export * from './messages/list-partition-reassignments.ts'
export * from './messages/offset-delete.ts'
export * from './messages/describe-client-quotas.ts'
export * from './messages/alter-client-quotas.ts'
export * from './messages/describe-user-scram-credentials.ts'
export * from './messages/alter-user-scram-credentials.ts'
export * from './messages/vote.ts'
export * from './messages/begin-quorum-epoch.ts'
export * from './messages/end-quorum-epoch.ts'
export * from './messages/describe-quorum.ts'
export * from './messages/alter-partition.ts'
export * from './messages/update-features.ts'
export * from './messages/envelope.ts'
export * from './messages/fetch-snapshot.ts'
export * from './messages/describe-cluster.ts'
export * from './messages/describe-producers.ts'
export * from './messages/broker-registration.ts'
export * from './messages/broker-heartbeat.ts'
export * from './messages/unregister-broker.ts'
export * from './messages/describe-transactions.ts'
export * from './messages/list-transactions.ts'
export * from './messages/allocate-producer-ids.ts'
export * from './messages/consumer-group-heartbeat.ts'
export * from './messages/consumer-group-describe.ts'
export * from './messages/controller-registration.ts'
export * from './messages/get-telemetry-subscriptions.ts'
export * from './messages/push-telemetry.ts'
export * from './messages/assign-replicas-to-dirs.ts'
export * from './messages/list-client-metrics-resources.ts'
export * from './messages/describe-topic-partitions.ts'

/** Decode, size and write one message type at any of its versions. */
export interface MessageCodec<T> {
  decode (r: Reader, version: number): T
  sizeOf (msg: T, version: number): number
  write (w: Writer, msg: T, version: number): void
  empty (): T
}

export interface ApiRequestMap {
  0: ProduceRequest
  1: FetchRequest
  2: ListOffsetsRequest
  3: MetadataRequest
  4: LeaderAndIsrRequest
  5: StopReplicaRequest
  6: UpdateMetadataRequest
  7: ControlledShutdownRequest
  8: OffsetCommitRequest
  9: OffsetFetchRequest
  10: FindCoordinatorRequest
  11: JoinGroupRequest
  12: HeartbeatRequest
  13: LeaveGroupRequest
  14: SyncGroupRequest
  15: DescribeGroupsRequest
  16: ListGroupsRequest
  17: SaslHandshakeRequest
  18: ApiVersionsRequest
  19: CreateTopicsRequest
  20: DeleteTopicsRequest
  21: DeleteRecordsRequest
  22: InitProducerIdRequest
  23: OffsetForLeaderEpochRequest
  24: AddPartitionsToTxnRequest
  25: AddOffsetsToTxnRequest
  26: EndTxnRequest
  27: WriteTxnMarkersRequest
  28: TxnOffsetCommitRequest
  29: DescribeAclsRequest
  30: CreateAclsRequest
  31: DeleteAclsRequest
  32: DescribeConfigsRequest
  33: AlterConfigsRequest
  34: AlterReplicaLogDirsRequest
  35: DescribeLogDirsRequest
  36: SaslAuthenticateRequest
  37: CreatePartitionsRequest
  38: CreateDelegationTokenRequest
  39: RenewDelegationTokenRequest
  40: ExpireDelegationTokenRequest
  41: DescribeDelegationTokenRequest
  42: DeleteGroupsRequest
  43: ElectLeadersRequest
  44: IncrementalAlterConfigsRequest
  45: AlterPartitionReassignmentsRequest
  46: ListPartitionReassignmentsRequest
  47: OffsetDeleteRequest
  48: DescribeClientQuotasRequest
  49: AlterClientQuotasRequest
  50: DescribeUserScramCredentialsRequest
  51: AlterUserScramCredentialsRequest
  52: VoteRequest
  53: BeginQuorumEpochRequest
  54: EndQuorumEpochRequest
  55: DescribeQuorumRequest
  56: AlterPartitionRequest
  57: UpdateFeaturesRequest
  58: EnvelopeRequest
  59: FetchSnapshotRequest
  60: DescribeClusterRequest
  61: DescribeProducersRequest
  62: BrokerRegistrationRequest
  63: BrokerHeartbeatRequest
  64: UnregisterBrokerRequest
  65: DescribeTransactionsRequest
  66: ListTransactionsRequest
  67: AllocateProducerIdsRequest
  68: ConsumerGroupHeartbeatRequest
  69: ConsumerGroupDescribeRequest
  70: ControllerRegistrationRequest
  71: GetTelemetrySubscriptionsRequest
  72: PushTelemetryRequest
  73: AssignReplicasToDirsRequest
  74: ListClientMetricsResourcesRequest
  75: DescribeTopicPartitionsRequest
}

export interface ApiResponseMap {
  0: ProduceResponse
  1: FetchResponse
  2: ListOffsetsResponse
  3: MetadataResponse
  4: LeaderAndIsrResponse
  5: StopReplicaResponse
  6: UpdateMetadataResponse
  7: ControlledShutdownResponse
  8: OffsetCommitResponse
  9: OffsetFetchResponse
  10: FindCoordinatorResponse
  11: JoinGroupResponse
  12: HeartbeatResponse
  13: LeaveGroupResponse
  14: SyncGroupResponse
  15: DescribeGroupsResponse
  16: ListGroupsResponse
  17: SaslHandshakeResponse
  18: ApiVersionsResponse
  19: CreateTopicsResponse
  20: DeleteTopicsResponse
  21: DeleteRecordsResponse
  22: InitProducerIdResponse
  23: OffsetForLeaderEpochResponse
  24: AddPartitionsToTxnResponse
  25: AddOffsetsToTxnResponse
  26: EndTxnResponse
  27: WriteTxnMarkersResponse
  28: TxnOffsetCommitResponse
  29: DescribeAclsResponse
  30: CreateAclsResponse
  31: DeleteAclsResponse
  32: DescribeConfigsResponse
  33: AlterConfigsResponse
  34: AlterReplicaLogDirsResponse
  35: DescribeLogDirsResponse
  36: SaslAuthenticateResponse
  37: CreatePartitionsResponse
  38: CreateDelegationTokenResponse
  39: RenewDelegationTokenResponse
  40: ExpireDelegationTokenResponse
  41: DescribeDelegationTokenResponse
  42: DeleteGroupsResponse
  43: ElectLeadersResponse
  44: IncrementalAlterConfigsResponse
  45: AlterPartitionReassignmentsResponse
  46: ListPartitionReassignmentsResponse
  47: OffsetDeleteResponse
  48: DescribeClientQuotasResponse
  49: AlterClientQuotasResponse
  50: DescribeUserScramCredentialsResponse
  51: AlterUserScramCredentialsResponse
  52: VoteResponse
  53: BeginQuorumEpochResponse
  54: EndQuorumEpochResponse
  55: DescribeQuorumResponse
  56: AlterPartitionResponse
  57: UpdateFeaturesResponse
  58: EnvelopeResponse
  59: FetchSnapshotResponse
  60: DescribeClusterResponse
  61: DescribeProducersResponse
  62: BrokerRegistrationResponse
  63: BrokerHeartbeatResponse
  64: UnregisterBrokerResponse
  65: DescribeTransactionsResponse
  66: ListTransactionsResponse
  67: AllocateProducerIdsResponse
  68: ConsumerGroupHeartbeatResponse
  69: ConsumerGroupDescribeResponse
  70: ControllerRegistrationResponse
  71: GetTelemetrySubscriptionsResponse
  72: PushTelemetryResponse
  73: AssignReplicasToDirsResponse
  74: ListClientMetricsResourcesResponse
  75: DescribeTopicPartitionsResponse
}

export const REQUEST_CODECS: { readonly [K in keyof ApiRequestMap]: MessageCodec<ApiRequestMap[K]> } = {
  0: { decode: decodeProduceRequest, sizeOf: sizeOfProduceRequest, write: writeProduceRequest, empty: defaultProduceRequest },
  1: { decode: decodeFetchRequest, sizeOf: sizeOfFetchRequest, write: writeFetchRequest, empty: defaultFetchRequest },
  2: { decode: decodeListOffsetsRequest, sizeOf: sizeOfListOffsetsRequest, write: writeListOffsetsRequest, empty: defaultListOffsetsRequest },
  3: { decode: decodeMetadataRequest, sizeOf: sizeOfMetadataRequest, write: writeMetadataRequest, empty: defaultMetadataRequest },
  4: { decode: decodeLeaderAndIsrRequest, sizeOf: sizeOfLeaderAndIsrRequest, write: writeLeaderAndIsrRequest, empty: defaultLeaderAndIsrRequest },
  5: { decode: decodeStopReplicaRequest, sizeOf: sizeOfStopReplicaRequest, write: writeStopReplicaRequest, empty: defaultStopReplicaRequest },
  6: { decode: decodeUpdateMetadataRequest, sizeOf: sizeOfUpdateMetadataRequest, write: writeUpdateMetadataRequest, empty: defaultUpdateMetadataRequest },
  7: { decode: decodeControlledShutdownRequest, sizeOf: sizeOfControlledShutdownRequest, write: writeControlledShutdownRequest, empty: defaultControlledShutdownRequest },
  8: { decode: decodeOffsetCommitRequest, sizeOf: sizeOfOffsetCommitRequest, write: writeOffsetCommitRequest, empty: defaultOffsetCommitRequest },
  9: { decode: decodeOffsetFetchRequest, sizeOf: sizeOfOffsetFetchRequest, write: writeOffsetFetchRequest, empty: defaultOffsetFetchRequest },
  10: { decode: decodeFindCoordinatorRequest, sizeOf: sizeOfFindCoordinatorRequest, write: writeFindCoordinatorRequest, empty: defaultFindCoordinatorRequest },
  11: { decode: decodeJoinGroupRequest, sizeOf: sizeOfJoinGroupRequest, write: writeJoinGroupRequest, empty: defaultJoinGroupRequest },
  12: { decode: decodeHeartbeatRequest, sizeOf: sizeOfHeartbeatRequest, write: writeHeartbeatRequest, empty: defaultHeartbeatRequest },
  13: { decode: decodeLeaveGroupRequest, sizeOf: sizeOfLeaveGroupRequest, write: writeLeaveGroupRequest, empty: defaultLeaveGroupRequest },
  14: { decode: decodeSyncGroupRequest, sizeOf: sizeOfSyncGroupRequest, write: writeSyncGroupRequest, empty: defaultSyncGroupRequest },
  15: { decode: decodeDescribeGroupsRequest, sizeOf: sizeOfDescribeGroupsRequest, write: writeDescribeGroupsRequest, empty: defaultDescribeGroupsRequest },
  16: { decode: decodeListGroupsRequest, sizeOf: sizeOfListGroupsRequest, write: writeListGroupsRequest, empty: defaultListGroupsRequest },
  17: { decode: decodeSaslHandshakeRequest, sizeOf: sizeOfSaslHandshakeRequest, write: writeSaslHandshakeRequest, empty: defaultSaslHandshakeRequest },
  18: { decode: decodeApiVersionsRequest, sizeOf: sizeOfApiVersionsRequest, write: writeApiVersionsRequest, empty: defaultApiVersionsRequest },
  19: { decode: decodeCreateTopicsRequest, sizeOf: sizeOfCreateTopicsRequest, write: writeCreateTopicsRequest, empty: defaultCreateTopicsRequest },
  20: { decode: decodeDeleteTopicsRequest, sizeOf: sizeOfDeleteTopicsRequest, write: writeDeleteTopicsRequest, empty: defaultDeleteTopicsRequest },
  21: { decode: decodeDeleteRecordsRequest, sizeOf: sizeOfDeleteRecordsRequest, write: writeDeleteRecordsRequest, empty: defaultDeleteRecordsRequest },
  22: { decode: decodeInitProducerIdRequest, sizeOf: sizeOfInitProducerIdRequest, write: writeInitProducerIdRequest, empty: defaultInitProducerIdRequest },
  23: { decode: decodeOffsetForLeaderEpochRequest, sizeOf: sizeOfOffsetForLeaderEpochRequest, write: writeOffsetForLeaderEpochRequest, empty: defaultOffsetForLeaderEpochRequest },
  24: { decode: decodeAddPartitionsToTxnRequest, sizeOf: sizeOfAddPartitionsToTxnRequest, write: writeAddPartitionsToTxnRequest, empty: defaultAddPartitionsToTxnRequest },
  25: { decode: decodeAddOffsetsToTxnRequest, sizeOf: sizeOfAddOffsetsToTxnRequest, write: writeAddOffsetsToTxnRequest, empty: defaultAddOffsetsToTxnRequest },
  26: { decode: decodeEndTxnRequest, sizeOf: sizeOfEndTxnRequest, write: writeEndTxnRequest, empty: defaultEndTxnRequest },
  27: { decode: decodeWriteTxnMarkersRequest, sizeOf: sizeOfWriteTxnMarkersRequest, write: writeWriteTxnMarkersRequest, empty: defaultWriteTxnMarkersRequest },
  28: { decode: decodeTxnOffsetCommitRequest, sizeOf: sizeOfTxnOffsetCommitRequest, write: writeTxnOffsetCommitRequest, empty: defaultTxnOffsetCommitRequest },
  29: { decode: decodeDescribeAclsRequest, sizeOf: sizeOfDescribeAclsRequest, write: writeDescribeAclsRequest, empty: defaultDescribeAclsRequest },
  30: { decode: decodeCreateAclsRequest, sizeOf: sizeOfCreateAclsRequest, write: writeCreateAclsRequest, empty: defaultCreateAclsRequest },
  31: { decode: decodeDeleteAclsRequest, sizeOf: sizeOfDeleteAclsRequest, write: writeDeleteAclsRequest, empty: defaultDeleteAclsRequest },
  32: { decode: decodeDescribeConfigsRequest, sizeOf: sizeOfDescribeConfigsRequest, write: writeDescribeConfigsRequest, empty: defaultDescribeConfigsRequest },
  33: { decode: decodeAlterConfigsRequest, sizeOf: sizeOfAlterConfigsRequest, write: writeAlterConfigsRequest, empty: defaultAlterConfigsRequest },
  34: { decode: decodeAlterReplicaLogDirsRequest, sizeOf: sizeOfAlterReplicaLogDirsRequest, write: writeAlterReplicaLogDirsRequest, empty: defaultAlterReplicaLogDirsRequest },
  35: { decode: decodeDescribeLogDirsRequest, sizeOf: sizeOfDescribeLogDirsRequest, write: writeDescribeLogDirsRequest, empty: defaultDescribeLogDirsRequest },
  36: { decode: decodeSaslAuthenticateRequest, sizeOf: sizeOfSaslAuthenticateRequest, write: writeSaslAuthenticateRequest, empty: defaultSaslAuthenticateRequest },
  37: { decode: decodeCreatePartitionsRequest, sizeOf: sizeOfCreatePartitionsRequest, write: writeCreatePartitionsRequest, empty: defaultCreatePartitionsRequest },
  38: { decode: decodeCreateDelegationTokenRequest, sizeOf: sizeOfCreateDelegationTokenRequest, write: writeCreateDelegationTokenRequest, empty: defaultCreateDelegationTokenRequest },
  39: { decode: decodeRenewDelegationTokenRequest, sizeOf: sizeOfRenewDelegationTokenRequest, write: writeRenewDelegationTokenRequest, empty: defaultRenewDelegationTokenRequest },
  40: { decode: decodeExpireDelegationTokenRequest, sizeOf: sizeOfExpireDelegationTokenRequest, write: writeExpireDelegationTokenRequest, empty: defaultExpireDelegationTokenRequest },
  41: { decode: decodeDescribeDelegationTokenRequest, sizeOf: sizeOfDescribeDelegationTokenRequest, write: writeDescribeDelegationTokenRequest, empty: defaultDescribeDelegationTokenRequest },
  42: { decode: decodeDeleteGroupsRequest, sizeOf: sizeOfDeleteGroupsRequest, write: writeDeleteGroupsRequest, empty: defaultDeleteGroupsRequest },
  43: { decode: decodeElectLeadersRequest, sizeOf: sizeOfElectLeadersRequest, write: writeElectLeadersRequest, empty: defaultElectLeadersRequest },
  44: { decode: decodeIncrementalAlterConfigsRequest, sizeOf: sizeOfIncrementalAlterConfigsRequest, write: writeIncrementalAlterConfigsRequest, empty: defaultIncrementalAlterConfigsRequest },
  45: { decode: decodeAlterPartitionReassignmentsRequest, sizeOf: sizeOfAlterPartitionReassignmentsRequest, write: writeAlterPartitionReassignmentsRequest, empty: defaultAlterPartitionReassignmentsRequest },
  46: { decode: decodeListPartitionReassignmentsRequest, sizeOf: sizeOfListPartitionReassignmentsRequest, write: writeListPartitionReassignmentsRequest, empty: defaultListPartitionReassignmentsRequest },
  47: { decode: decodeOffsetDeleteRequest, sizeOf: sizeOfOffsetDeleteRequest, write: writeOffsetDeleteRequest, empty: defaultOffsetDeleteRequest },
  48: { decode: decodeDescribeClientQuotasRequest, sizeOf: sizeOfDescribeClientQuotasRequest, write: writeDescribeClientQuotasRequest, empty: defaultDescribeClientQuotasRequest },
  49: { decode: decodeAlterClientQuotasRequest, sizeOf: sizeOfAlterClientQuotasRequest, write: writeAlterClientQuotasRequest, empty: defaultAlterClientQuotasRequest },
  50: { decode: decodeDescribeUserScramCredentialsRequest, sizeOf: sizeOfDescribeUserScramCredentialsRequest, write: writeDescribeUserScramCredentialsRequest, empty: defaultDescribeUserScramCredentialsRequest },
  51: { decode: decodeAlterUserScramCredentialsRequest, sizeOf: sizeOfAlterUserScramCredentialsRequest, write: writeAlterUserScramCredentialsRequest, empty: defaultAlterUserScramCredentialsRequest },
  52: { decode: decodeVoteRequest, sizeOf: sizeOfVoteRequest, write: writeVoteRequest, empty: defaultVoteRequest },
  53: { decode: decodeBeginQuorumEpochRequest, sizeOf: sizeOfBeginQuorumEpochRequest, write: writeBeginQuorumEpochRequest, empty: defaultBeginQuorumEpochRequest },
  54: { decode: decodeEndQuorumEpochRequest, sizeOf: sizeOfEndQuorumEpochRequest, write: writeEndQuorumEpochRequest, empty: defaultEndQuorumEpochRequest },
  55: { decode: decodeDescribeQuorumRequest, sizeOf: sizeOfDescribeQuorumRequest, write: writeDescribeQuorumRequest, empty: defaultDescribeQuorumRequest },
  56: { decode: decodeAlterPartitionRequest, sizeOf: sizeOfAlterPartitionRequest, write: writeAlterPartitionRequest, empty: defaultAlterPartitionRequest },
  57: { decode: decodeUpdateFeaturesRequest, sizeOf: sizeOfUpdateFeaturesRequest, write: writeUpdateFeaturesRequest, empty: defaultUpdateFeaturesRequest },
  58: { decode: decodeEnvelopeRequest, sizeOf: sizeOfEnvelopeRequest, write: writeEnvelopeRequest, empty: defaultEnvelopeRequest },
  59: { decode: decodeFetchSnapshotRequest, sizeOf: sizeOfFetchSnapshotRequest, write: writeFetchSnapshotRequest, empty: defaultFetchSnapshotRequest },
  60: { decode: decodeDescribeClusterRequest, sizeOf: sizeOfDescribeClusterRequest, write: writeDescribeClusterRequest, empty: defaultDescribeClusterRequest },
  61: { decode: decodeDescribeProducersRequest, sizeOf: sizeOfDescribeProducersRequest, write: writeDescribeProducersRequest, empty: defaultDescribeProducersRequest },
  62: { decode: decodeBrokerRegistrationRequest, sizeOf: sizeOfBrokerRegistrationRequest, write: writeBrokerRegistrationRequest, empty: defaultBrokerRegistrationRequest },
  63: { decode: decodeBrokerHeartbeatRequest, sizeOf: sizeOfBrokerHeartbeatRequest, write: writeBrokerHeartbeatRequest, empty: defaultBrokerHeartbeatRequest },
  64: { decode: decodeUnregisterBrokerRequest, sizeOf: sizeOfUnregisterBrokerRequest, write: writeUnregisterBrokerRequest, empty: defaultUnregisterBrokerRequest },
  65: { decode: decodeDescribeTransactionsRequest, sizeOf: sizeOfDescribeTransactionsRequest, write: writeDescribeTransactionsRequest, empty: defaultDescribeTransactionsRequest },
  66: { decode: decodeListTransactionsRequest, sizeOf: sizeOfListTransactionsRequest, write: writeListTransactionsRequest, empty: defaultListTransactionsRequest },
  67: { decode: decodeAllocateProducerIdsRequest, sizeOf: sizeOfAllocateProducerIdsRequest, write: writeAllocateProducerIdsRequest, empty: defaultAllocateProducerIdsRequest },
  68: { decode: decodeConsumerGroupHeartbeatRequest, sizeOf: sizeOfConsumerGroupHeartbeatRequest, write: writeConsumerGroupHeartbeatRequest, empty: defaultConsumerGroupHeartbeatRequest },
  69: { decode: decodeConsumerGroupDescribeRequest, sizeOf: sizeOfConsumerGroupDescribeRequest, write: writeConsumerGroupDescribeRequest, empty: defaultConsumerGroupDescribeRequest },
  70: { decode: decodeControllerRegistrationRequest, sizeOf: sizeOfControllerRegistrationRequest, write: writeControllerRegistrationRequest, empty: defaultControllerRegistrationRequest },
  71: { decode: decodeGetTelemetrySubscriptionsRequest, sizeOf: sizeOfGetTelemetrySubscriptionsRequest, write: writeGetTelemetrySubscriptionsRequest, empty: defaultGetTelemetrySubscriptionsRequest },
  72: { decode: decodePushTelemetryRequest, sizeOf: sizeOfPushTelemetryRequest, write: writePushTelemetryRequest, empty: defaultPushTelemetryRequest },
  73: { decode: decodeAssignReplicasToDirsRequest, sizeOf: sizeOfAssignReplicasToDirsRequest, write: writeAssignReplicasToDirsRequest, empty: defaultAssignReplicasToDirsRequest },
  74: { decode: decodeListClientMetricsResourcesRequest, sizeOf: sizeOfListClientMetricsResourcesRequest, write: writeListClientMetricsResourcesRequest, empty: defaultListClientMetricsResourcesRequest },
  75: { decode: decodeDescribeTopicPartitionsRequest, sizeOf: sizeOfDescribeTopicPartitionsRequest, write: writeDescribeTopicPartitionsRequest, empty: defaultDescribeTopicPartitionsRequest },
}

export const RESPONSE_CODECS: { readonly [K in keyof ApiResponseMap]: MessageCodec<ApiResponseMap[K]> } = {
  0: { decode: decodeProduceResponse, sizeOf: sizeOfProduceResponse, write: writeProduceResponse, empty: defaultProduceResponse },
  1: { decode: decodeFetchResponse, sizeOf: sizeOfFetchResponse, write: writeFetchResponse, empty: defaultFetchResponse },
  2: { decode: decodeListOffsetsResponse, sizeOf: sizeOfListOffsetsResponse, write: writeListOffsetsResponse, empty: defaultListOffsetsResponse },
  3: { decode: decodeMetadataResponse, sizeOf: sizeOfMetadataResponse, write: writeMetadataResponse, empty: defaultMetadataResponse },
  4: { decode: decodeLeaderAndIsrResponse, sizeOf: sizeOfLeaderAndIsrResponse, write: writeLeaderAndIsrResponse, empty: defaultLeaderAndIsrResponse },
  5: { decode: decodeStopReplicaResponse, sizeOf: sizeOfStopReplicaResponse, write: writeStopReplicaResponse, empty: defaultStopReplicaResponse },
  6: { decode: decodeUpdateMetadataResponse, sizeOf: sizeOfUpdateMetadataResponse, write: writeUpdateMetadataResponse, empty: defaultUpdateMetadataResponse },
  7: { decode: decodeControlledShutdownResponse, sizeOf: sizeOfControlledShutdownResponse, write: writeControlledShutdownResponse, empty: defaultControlledShutdownResponse },
  8: { decode: decodeOffsetCommitResponse, sizeOf: sizeOfOffsetCommitResponse, write: writeOffsetCommitResponse, empty: defaultOffsetCommitResponse },
  9: { decode: decodeOffsetFetchResponse, sizeOf: sizeOfOffsetFetchResponse, write: writeOffsetFetchResponse, empty: defaultOffsetFetchResponse },
  10: { decode: decodeFindCoordinatorResponse, sizeOf: sizeOfFindCoordinatorResponse, write: writeFindCoordinatorResponse, empty: defaultFindCoordinatorResponse },
  11: { decode: decodeJoinGroupResponse, sizeOf: sizeOfJoinGroupResponse, write: writeJoinGroupResponse, empty: defaultJoinGroupResponse },
  12: { decode: decodeHeartbeatResponse, sizeOf: sizeOfHeartbeatResponse, write: writeHeartbeatResponse, empty: defaultHeartbeatResponse },
  13: { decode: decodeLeaveGroupResponse, sizeOf: sizeOfLeaveGroupResponse, write: writeLeaveGroupResponse, empty: defaultLeaveGroupResponse },
  14: { decode: decodeSyncGroupResponse, sizeOf: sizeOfSyncGroupResponse, write: writeSyncGroupResponse, empty: defaultSyncGroupResponse },
  15: { decode: decodeDescribeGroupsResponse, sizeOf: sizeOfDescribeGroupsResponse, write: writeDescribeGroupsResponse, empty: defaultDescribeGroupsResponse },
  16: { decode: decodeListGroupsResponse, sizeOf: sizeOfListGroupsResponse, write: writeListGroupsResponse, empty: defaultListGroupsResponse },
  17: { decode: decodeSaslHandshakeResponse, sizeOf: sizeOfSaslHandshakeResponse, write: writeSaslHandshakeResponse, empty: defaultSaslHandshakeResponse },
  18: { decode: decodeApiVersionsResponse, sizeOf: sizeOfApiVersionsResponse, write: writeApiVersionsResponse, empty: defaultApiVersionsResponse },
  19: { decode: decodeCreateTopicsResponse, sizeOf: sizeOfCreateTopicsResponse, write: writeCreateTopicsResponse, empty: defaultCreateTopicsResponse },
  20: { decode: decodeDeleteTopicsResponse, sizeOf: sizeOfDeleteTopicsResponse, write: writeDeleteTopicsResponse, empty: defaultDeleteTopicsResponse },
  21: { decode: decodeDeleteRecordsResponse, sizeOf: sizeOfDeleteRecordsResponse, write: writeDeleteRecordsResponse, empty: defaultDeleteRecordsResponse },
  22: { decode: decodeInitProducerIdResponse, sizeOf: sizeOfInitProducerIdResponse, write: writeInitProducerIdResponse, empty: defaultInitProducerIdResponse },
  23: { decode: decodeOffsetForLeaderEpochResponse, sizeOf: sizeOfOffsetForLeaderEpochResponse, write: writeOffsetForLeaderEpochResponse, empty: defaultOffsetForLeaderEpochResponse },
  24: { decode: decodeAddPartitionsToTxnResponse, sizeOf: sizeOfAddPartitionsToTxnResponse, write: writeAddPartitionsToTxnResponse, empty: defaultAddPartitionsToTxnResponse },
  25: { decode: decodeAddOffsetsToTxnResponse, sizeOf: sizeOfAddOffsetsToTxnResponse, write: writeAddOffsetsToTxnResponse, empty: defaultAddOffsetsToTxnResponse },
  26: { decode: decodeEndTxnResponse, sizeOf: sizeOfEndTxnResponse, write: writeEndTxnResponse, empty: defaultEndTxnResponse },
  27: { decode: decodeWriteTxnMarkersResponse, sizeOf: sizeOfWriteTxnMarkersResponse, write: writeWriteTxnMarkersResponse, empty: defaultWriteTxnMarkersResponse },
  28: { decode: decodeTxnOffsetCommitResponse, sizeOf: sizeOfTxnOffsetCommitResponse, write: writeTxnOffsetCommitResponse, empty: defaultTxnOffsetCommitResponse },
  29: { decode: decodeDescribeAclsResponse, sizeOf: sizeOfDescribeAclsResponse, write: writeDescribeAclsResponse, empty: defaultDescribeAclsResponse },
  30: { decode: decodeCreateAclsResponse, sizeOf: sizeOfCreateAclsResponse, write: writeCreateAclsResponse, empty: defaultCreateAclsResponse },
  31: { decode: decodeDeleteAclsResponse, sizeOf: sizeOfDeleteAclsResponse, write: writeDeleteAclsResponse, empty: defaultDeleteAclsResponse },
  32: { decode: decodeDescribeConfigsResponse, sizeOf: sizeOfDescribeConfigsResponse, write: writeDescribeConfigsResponse, empty: defaultDescribeConfigsResponse },
  33: { decode: decodeAlterConfigsResponse, sizeOf: sizeOfAlterConfigsResponse, write: writeAlterConfigsResponse, empty: defaultAlterConfigsResponse },
  34: { decode: decodeAlterReplicaLogDirsResponse, sizeOf: sizeOfAlterReplicaLogDirsResponse, write: writeAlterReplicaLogDirsResponse, empty: defaultAlterReplicaLogDirsResponse },
  35: { decode: decodeDescribeLogDirsResponse, sizeOf: sizeOfDescribeLogDirsResponse, write: writeDescribeLogDirsResponse, empty: defaultDescribeLogDirsResponse },
  36: { decode: decodeSaslAuthenticateResponse, sizeOf: sizeOfSaslAuthenticateResponse, write: writeSaslAuthenticateResponse, empty: defaultSaslAuthenticateResponse },
  37: { decode: decodeCreatePartitionsResponse, sizeOf: sizeOfCreatePartitionsResponse, write: writeCreatePartitionsResponse, empty: defaultCreatePartitionsResponse },
  38: { decode: decodeCreateDelegationTokenResponse, sizeOf: sizeOfCreateDelegationTokenResponse, write: writeCreateDelegationTokenResponse, empty: defaultCreateDelegationTokenResponse },
  39: { decode: decodeRenewDelegationTokenResponse, sizeOf: sizeOfRenewDelegationTokenResponse, write: writeRenewDelegationTokenResponse, empty: defaultRenewDelegationTokenResponse },
  40: { decode: decodeExpireDelegationTokenResponse, sizeOf: sizeOfExpireDelegationTokenResponse, write: writeExpireDelegationTokenResponse, empty: defaultExpireDelegationTokenResponse },
  41: { decode: decodeDescribeDelegationTokenResponse, sizeOf: sizeOfDescribeDelegationTokenResponse, write: writeDescribeDelegationTokenResponse, empty: defaultDescribeDelegationTokenResponse },
  42: { decode: decodeDeleteGroupsResponse, sizeOf: sizeOfDeleteGroupsResponse, write: writeDeleteGroupsResponse, empty: defaultDeleteGroupsResponse },
  43: { decode: decodeElectLeadersResponse, sizeOf: sizeOfElectLeadersResponse, write: writeElectLeadersResponse, empty: defaultElectLeadersResponse },
  44: { decode: decodeIncrementalAlterConfigsResponse, sizeOf: sizeOfIncrementalAlterConfigsResponse, write: writeIncrementalAlterConfigsResponse, empty: defaultIncrementalAlterConfigsResponse },
  45: { decode: decodeAlterPartitionReassignmentsResponse, sizeOf: sizeOfAlterPartitionReassignmentsResponse, write: writeAlterPartitionReassignmentsResponse, empty: defaultAlterPartitionReassignmentsResponse },
  46: { decode: decodeListPartitionReassignmentsResponse, sizeOf: sizeOfListPartitionReassignmentsResponse, write: writeListPartitionReassignmentsResponse, empty: defaultListPartitionReassignmentsResponse },
  47: { decode: decodeOffsetDeleteResponse, sizeOf: sizeOfOffsetDeleteResponse, write: writeOffsetDeleteResponse, empty: defaultOffsetDeleteResponse },
  48: { decode: decodeDescribeClientQuotasResponse, sizeOf: sizeOfDescribeClientQuotasResponse, write: writeDescribeClientQuotasResponse, empty: defaultDescribeClientQuotasResponse },
  49: { decode: decodeAlterClientQuotasResponse, sizeOf: sizeOfAlterClientQuotasResponse, write: writeAlterClientQuotasResponse, empty: defaultAlterClientQuotasResponse },
  50: { decode: decodeDescribeUserScramCredentialsResponse, sizeOf: sizeOfDescribeUserScramCredentialsResponse, write: writeDescribeUserScramCredentialsResponse, empty: defaultDescribeUserScramCredentialsResponse },
  51: { decode: decodeAlterUserScramCredentialsResponse, sizeOf: sizeOfAlterUserScramCredentialsResponse, write: writeAlterUserScramCredentialsResponse, empty: defaultAlterUserScramCredentialsResponse },
  52: { decode: decodeVoteResponse, sizeOf: sizeOfVoteResponse, write: writeVoteResponse, empty: defaultVoteResponse },
  53: { decode: decodeBeginQuorumEpochResponse, sizeOf: sizeOfBeginQuorumEpochResponse, write: writeBeginQuorumEpochResponse, empty: defaultBeginQuorumEpochResponse },
  54: { decode: decodeEndQuorumEpochResponse, sizeOf: sizeOfEndQuorumEpochResponse, write: writeEndQuorumEpochResponse, empty: defaultEndQuorumEpochResponse },
  55: { decode: decodeDescribeQuorumResponse, sizeOf: sizeOfDescribeQuorumResponse, write: writeDescribeQuorumResponse, empty: defaultDescribeQuorumResponse },
  56: { decode: decodeAlterPartitionResponse, sizeOf: sizeOfAlterPartitionResponse, write: writeAlterPartitionResponse, empty: defaultAlterPartitionResponse },
  57: { decode: decodeUpdateFeaturesResponse, sizeOf: sizeOfUpdateFeaturesResponse, write: writeUpdateFeaturesResponse, empty: defaultUpdateFeaturesResponse },
  58: { decode: decodeEnvelopeResponse, sizeOf: sizeOfEnvelopeResponse, write: writeEnvelopeResponse, empty: defaultEnvelopeResponse },
  59: { decode: decodeFetchSnapshotResponse, sizeOf: sizeOfFetchSnapshotResponse, write: writeFetchSnapshotResponse, empty: defaultFetchSnapshotResponse },
  60: { decode: decodeDescribeClusterResponse, sizeOf: sizeOfDescribeClusterResponse, write: writeDescribeClusterResponse, empty: defaultDescribeClusterResponse },
  61: { decode: decodeDescribeProducersResponse, sizeOf: sizeOfDescribeProducersResponse, write: writeDescribeProducersResponse, empty: defaultDescribeProducersResponse },
  62: { decode: decodeBrokerRegistrationResponse, sizeOf: sizeOfBrokerRegistrationResponse, write: writeBrokerRegistrationResponse, empty: defaultBrokerRegistrationResponse },
  63: { decode: decodeBrokerHeartbeatResponse, sizeOf: sizeOfBrokerHeartbeatResponse, write: writeBrokerHeartbeatResponse, empty: defaultBrokerHeartbeatResponse },
  64: { decode: decodeUnregisterBrokerResponse, sizeOf: sizeOfUnregisterBrokerResponse, write: writeUnregisterBrokerResponse, empty: defaultUnregisterBrokerResponse },
  65: { decode: decodeDescribeTransactionsResponse, sizeOf: sizeOfDescribeTransactionsResponse, write: writeDescribeTransactionsResponse, empty: defaultDescribeTransactionsResponse },
  66: { decode: decodeListTransactionsResponse, sizeOf: sizeOfListTransactionsResponse, write: writeListTransactionsResponse, empty: defaultListTransactionsResponse },
  67: { decode: decodeAllocateProducerIdsResponse, sizeOf: sizeOfAllocateProducerIdsResponse, write: writeAllocateProducerIdsResponse, empty: defaultAllocateProducerIdsResponse },
  68: { decode: decodeConsumerGroupHeartbeatResponse, sizeOf: sizeOfConsumerGroupHeartbeatResponse, write: writeConsumerGroupHeartbeatResponse, empty: defaultConsumerGroupHeartbeatResponse },
  69: { decode: decodeConsumerGroupDescribeResponse, sizeOf: sizeOfConsumerGroupDescribeResponse, write: writeConsumerGroupDescribeResponse, empty: defaultConsumerGroupDescribeResponse },
  70: { decode: decodeControllerRegistrationResponse, sizeOf: sizeOfControllerRegistrationResponse, write: writeControllerRegistrationResponse, empty: defaultControllerRegistrationResponse },
  71: { decode: decodeGetTelemetrySubscriptionsResponse, sizeOf: sizeOfGetTelemetrySubscriptionsResponse, write: writeGetTelemetrySubscriptionsResponse, empty: defaultGetTelemetrySubscriptionsResponse },
  72: { decode: decodePushTelemetryResponse, sizeOf: sizeOfPushTelemetryResponse, write: writePushTelemetryResponse, empty: defaultPushTelemetryResponse },
  73: { decode: decodeAssignReplicasToDirsResponse, sizeOf: sizeOfAssignReplicasToDirsResponse, write: writeAssignReplicasToDirsResponse, empty: defaultAssignReplicasToDirsResponse },
  74: { decode: decodeListClientMetricsResourcesResponse, sizeOf: sizeOfListClientMetricsResourcesResponse, write: writeListClientMetricsResourcesResponse, empty: defaultListClientMetricsResourcesResponse },
  75: { decode: decodeDescribeTopicPartitionsResponse, sizeOf: sizeOfDescribeTopicPartitionsResponse, write: writeDescribeTopicPartitionsResponse, empty: defaultDescribeTopicPartitionsResponse },
}

/** The codec of an API key, typed loosely, for code that handles any API (the network layer). */
export function requestCodec (apiKey: number): MessageCodec<unknown> | undefined {
  return (REQUEST_CODECS as unknown as Record<number, MessageCodec<unknown> | undefined>)[apiKey]
}

export function responseCodec (apiKey: number): MessageCodec<unknown> | undefined {
  return (RESPONSE_CODECS as unknown as Record<number, MessageCodec<unknown> | undefined>)[apiKey]
}
