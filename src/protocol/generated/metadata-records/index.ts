// GENERATED from Kafka 3.8.0 specs by tools/codegen - DO NOT EDIT

// Record codecs of the @metadata log, modelled on KRaft's __cluster_metadata records.
import type { Reader } from '../../primitives/reader.ts'
import type { Writer } from '../../primitives/writer.ts'
import { type RegisterBrokerRecord, decodeRegisterBrokerRecord, sizeOfRegisterBrokerRecord, writeRegisterBrokerRecord, defaultRegisterBrokerRecord } from './register-broker-record.ts'
import { type UnregisterBrokerRecord, decodeUnregisterBrokerRecord, sizeOfUnregisterBrokerRecord, writeUnregisterBrokerRecord, defaultUnregisterBrokerRecord } from './unregister-broker-record.ts'
import { type TopicRecord, decodeTopicRecord, sizeOfTopicRecord, writeTopicRecord, defaultTopicRecord } from './topic-record.ts'
import { type PartitionRecord, decodePartitionRecord, sizeOfPartitionRecord, writePartitionRecord, defaultPartitionRecord } from './partition-record.ts'
import { type ConfigRecord, decodeConfigRecord, sizeOfConfigRecord, writeConfigRecord, defaultConfigRecord } from './config-record.ts'
import { type PartitionChangeRecord, decodePartitionChangeRecord, sizeOfPartitionChangeRecord, writePartitionChangeRecord, defaultPartitionChangeRecord } from './partition-change-record.ts'
import { type FenceBrokerRecord, decodeFenceBrokerRecord, sizeOfFenceBrokerRecord, writeFenceBrokerRecord, defaultFenceBrokerRecord } from './fence-broker-record.ts'
import { type UnfenceBrokerRecord, decodeUnfenceBrokerRecord, sizeOfUnfenceBrokerRecord, writeUnfenceBrokerRecord, defaultUnfenceBrokerRecord } from './unfence-broker-record.ts'
import { type RemoveTopicRecord, decodeRemoveTopicRecord, sizeOfRemoveTopicRecord, writeRemoveTopicRecord, defaultRemoveTopicRecord } from './remove-topic-record.ts'
import { type DelegationTokenRecord, decodeDelegationTokenRecord, sizeOfDelegationTokenRecord, writeDelegationTokenRecord, defaultDelegationTokenRecord } from './delegation-token-record.ts'
import { type UserScramCredentialRecord, decodeUserScramCredentialRecord, sizeOfUserScramCredentialRecord, writeUserScramCredentialRecord, defaultUserScramCredentialRecord } from './user-scram-credential-record.ts'
import { type FeatureLevelRecord, decodeFeatureLevelRecord, sizeOfFeatureLevelRecord, writeFeatureLevelRecord, defaultFeatureLevelRecord } from './feature-level-record.ts'
import { type ClientQuotaRecord, decodeClientQuotaRecord, sizeOfClientQuotaRecord, writeClientQuotaRecord, defaultClientQuotaRecord } from './client-quota-record.ts'
import { type ProducerIdsRecord, decodeProducerIdsRecord, sizeOfProducerIdsRecord, writeProducerIdsRecord, defaultProducerIdsRecord } from './producer-ids-record.ts'
import { type BrokerRegistrationChangeRecord, decodeBrokerRegistrationChangeRecord, sizeOfBrokerRegistrationChangeRecord, writeBrokerRegistrationChangeRecord, defaultBrokerRegistrationChangeRecord } from './broker-registration-change-record.ts'
import { type AccessControlEntryRecord, decodeAccessControlEntryRecord, sizeOfAccessControlEntryRecord, writeAccessControlEntryRecord, defaultAccessControlEntryRecord } from './access-control-entry-record.ts'
import { type RemoveAccessControlEntryRecord, decodeRemoveAccessControlEntryRecord, sizeOfRemoveAccessControlEntryRecord, writeRemoveAccessControlEntryRecord, defaultRemoveAccessControlEntryRecord } from './remove-access-control-entry-record.ts'
import { type NoOpRecord, decodeNoOpRecord, sizeOfNoOpRecord, writeNoOpRecord, defaultNoOpRecord } from './no-op-record.ts'
import { type ZkMigrationStateRecord, decodeZkMigrationStateRecord, sizeOfZkMigrationStateRecord, writeZkMigrationStateRecord, defaultZkMigrationStateRecord } from './zk-migration-state-record.ts'
import { type RemoveUserScramCredentialRecord, decodeRemoveUserScramCredentialRecord, sizeOfRemoveUserScramCredentialRecord, writeRemoveUserScramCredentialRecord, defaultRemoveUserScramCredentialRecord } from './remove-user-scram-credential-record.ts'
import { type BeginTransactionRecord, decodeBeginTransactionRecord, sizeOfBeginTransactionRecord, writeBeginTransactionRecord, defaultBeginTransactionRecord } from './begin-transaction-record.ts'
import { type EndTransactionRecord, decodeEndTransactionRecord, sizeOfEndTransactionRecord, writeEndTransactionRecord, defaultEndTransactionRecord } from './end-transaction-record.ts'
import { type AbortTransactionRecord, decodeAbortTransactionRecord, sizeOfAbortTransactionRecord, writeAbortTransactionRecord, defaultAbortTransactionRecord } from './abort-transaction-record.ts'
import { type RemoveDelegationTokenRecord, decodeRemoveDelegationTokenRecord, sizeOfRemoveDelegationTokenRecord, writeRemoveDelegationTokenRecord, defaultRemoveDelegationTokenRecord } from './remove-delegation-token-record.ts'
import { type RegisterControllerRecord, decodeRegisterControllerRecord, sizeOfRegisterControllerRecord, writeRegisterControllerRecord, defaultRegisterControllerRecord } from './register-controller-record.ts'
import { type OffsetCommitRecord, decodeOffsetCommitRecord, sizeOfOffsetCommitRecord, writeOffsetCommitRecord, defaultOffsetCommitRecord } from './offset-commit-record.ts'
import { type GroupMetadataRecord, decodeGroupMetadataRecord, sizeOfGroupMetadataRecord, writeGroupMetadataRecord, defaultGroupMetadataRecord } from './group-metadata-record.ts'
export * from './register-broker-record.ts'
export * from './unregister-broker-record.ts'
export * from './topic-record.ts'
export * from './partition-record.ts'
export * from './config-record.ts'
export * from './partition-change-record.ts'
export * from './fence-broker-record.ts'
export * from './unfence-broker-record.ts'
export * from './remove-topic-record.ts'
export * from './delegation-token-record.ts'
export * from './user-scram-credential-record.ts'
export * from './feature-level-record.ts'
export * from './client-quota-record.ts'
export * from './producer-ids-record.ts'
export * from './broker-registration-change-record.ts'
export * from './access-control-entry-record.ts'
export * from './remove-access-control-entry-record.ts'
export * from './no-op-record.ts'
export * from './zk-migration-state-record.ts'
export * from './remove-user-scram-credential-record.ts'
export * from './begin-transaction-record.ts'
export * from './end-transaction-record.ts'
export * from './abort-transaction-record.ts'
export * from './remove-delegation-token-record.ts'
export * from './register-controller-record.ts'
export * from './offset-commit-record.ts'
export * from './group-metadata-record.ts'

export const MetadataRecordType = {
  RegisterBroker: 0,
  UnregisterBroker: 1,
  Topic: 2,
  Partition: 3,
  Config: 4,
  PartitionChange: 5,
  FenceBroker: 7,
  UnfenceBroker: 8,
  RemoveTopic: 9,
  DelegationToken: 10,
  UserScramCredential: 11,
  FeatureLevel: 12,
  ClientQuota: 14,
  ProducerIds: 15,
  BrokerRegistrationChange: 17,
  AccessControlEntry: 18,
  RemoveAccessControlEntry: 19,
  NoOp: 20,
  ZkMigrationState: 21,
  RemoveUserScramCredential: 22,
  BeginTransaction: 23,
  EndTransaction: 24,
  AbortTransaction: 25,
  RemoveDelegationToken: 26,
  RegisterController: 27,
  OffsetCommit: 100,
  GroupMetadata: 101,
} as const
export type MetadataRecordType = typeof MetadataRecordType[keyof typeof MetadataRecordType]

export interface MetadataRecordMap {
  0: RegisterBrokerRecord
  1: UnregisterBrokerRecord
  2: TopicRecord
  3: PartitionRecord
  4: ConfigRecord
  5: PartitionChangeRecord
  7: FenceBrokerRecord
  8: UnfenceBrokerRecord
  9: RemoveTopicRecord
  10: DelegationTokenRecord
  11: UserScramCredentialRecord
  12: FeatureLevelRecord
  14: ClientQuotaRecord
  15: ProducerIdsRecord
  17: BrokerRegistrationChangeRecord
  18: AccessControlEntryRecord
  19: RemoveAccessControlEntryRecord
  20: NoOpRecord
  21: ZkMigrationStateRecord
  22: RemoveUserScramCredentialRecord
  23: BeginTransactionRecord
  24: EndTransactionRecord
  25: AbortTransactionRecord
  26: RemoveDelegationTokenRecord
  27: RegisterControllerRecord
  100: OffsetCommitRecord
  101: GroupMetadataRecord
}

export interface MetadataRecordCodec<T> {
  readonly latestVersion: number
  decode (r: Reader, version: number): T
  sizeOf (msg: T, version: number): number
  write (w: Writer, msg: T, version: number): void
  empty (): T
}

export const METADATA_RECORD_CODECS: { readonly [K in keyof MetadataRecordMap]: MetadataRecordCodec<MetadataRecordMap[K]> } = {
  0: { latestVersion: 3, decode: decodeRegisterBrokerRecord, sizeOf: sizeOfRegisterBrokerRecord, write: writeRegisterBrokerRecord, empty: defaultRegisterBrokerRecord },
  1: { latestVersion: 0, decode: decodeUnregisterBrokerRecord, sizeOf: sizeOfUnregisterBrokerRecord, write: writeUnregisterBrokerRecord, empty: defaultUnregisterBrokerRecord },
  2: { latestVersion: 0, decode: decodeTopicRecord, sizeOf: sizeOfTopicRecord, write: writeTopicRecord, empty: defaultTopicRecord },
  3: { latestVersion: 2, decode: decodePartitionRecord, sizeOf: sizeOfPartitionRecord, write: writePartitionRecord, empty: defaultPartitionRecord },
  4: { latestVersion: 0, decode: decodeConfigRecord, sizeOf: sizeOfConfigRecord, write: writeConfigRecord, empty: defaultConfigRecord },
  5: { latestVersion: 2, decode: decodePartitionChangeRecord, sizeOf: sizeOfPartitionChangeRecord, write: writePartitionChangeRecord, empty: defaultPartitionChangeRecord },
  7: { latestVersion: 0, decode: decodeFenceBrokerRecord, sizeOf: sizeOfFenceBrokerRecord, write: writeFenceBrokerRecord, empty: defaultFenceBrokerRecord },
  8: { latestVersion: 0, decode: decodeUnfenceBrokerRecord, sizeOf: sizeOfUnfenceBrokerRecord, write: writeUnfenceBrokerRecord, empty: defaultUnfenceBrokerRecord },
  9: { latestVersion: 0, decode: decodeRemoveTopicRecord, sizeOf: sizeOfRemoveTopicRecord, write: writeRemoveTopicRecord, empty: defaultRemoveTopicRecord },
  10: { latestVersion: 0, decode: decodeDelegationTokenRecord, sizeOf: sizeOfDelegationTokenRecord, write: writeDelegationTokenRecord, empty: defaultDelegationTokenRecord },
  11: { latestVersion: 0, decode: decodeUserScramCredentialRecord, sizeOf: sizeOfUserScramCredentialRecord, write: writeUserScramCredentialRecord, empty: defaultUserScramCredentialRecord },
  12: { latestVersion: 0, decode: decodeFeatureLevelRecord, sizeOf: sizeOfFeatureLevelRecord, write: writeFeatureLevelRecord, empty: defaultFeatureLevelRecord },
  14: { latestVersion: 0, decode: decodeClientQuotaRecord, sizeOf: sizeOfClientQuotaRecord, write: writeClientQuotaRecord, empty: defaultClientQuotaRecord },
  15: { latestVersion: 0, decode: decodeProducerIdsRecord, sizeOf: sizeOfProducerIdsRecord, write: writeProducerIdsRecord, empty: defaultProducerIdsRecord },
  17: { latestVersion: 2, decode: decodeBrokerRegistrationChangeRecord, sizeOf: sizeOfBrokerRegistrationChangeRecord, write: writeBrokerRegistrationChangeRecord, empty: defaultBrokerRegistrationChangeRecord },
  18: { latestVersion: 0, decode: decodeAccessControlEntryRecord, sizeOf: sizeOfAccessControlEntryRecord, write: writeAccessControlEntryRecord, empty: defaultAccessControlEntryRecord },
  19: { latestVersion: 0, decode: decodeRemoveAccessControlEntryRecord, sizeOf: sizeOfRemoveAccessControlEntryRecord, write: writeRemoveAccessControlEntryRecord, empty: defaultRemoveAccessControlEntryRecord },
  20: { latestVersion: 0, decode: decodeNoOpRecord, sizeOf: sizeOfNoOpRecord, write: writeNoOpRecord, empty: defaultNoOpRecord },
  21: { latestVersion: 0, decode: decodeZkMigrationStateRecord, sizeOf: sizeOfZkMigrationStateRecord, write: writeZkMigrationStateRecord, empty: defaultZkMigrationStateRecord },
  22: { latestVersion: 0, decode: decodeRemoveUserScramCredentialRecord, sizeOf: sizeOfRemoveUserScramCredentialRecord, write: writeRemoveUserScramCredentialRecord, empty: defaultRemoveUserScramCredentialRecord },
  23: { latestVersion: 0, decode: decodeBeginTransactionRecord, sizeOf: sizeOfBeginTransactionRecord, write: writeBeginTransactionRecord, empty: defaultBeginTransactionRecord },
  24: { latestVersion: 0, decode: decodeEndTransactionRecord, sizeOf: sizeOfEndTransactionRecord, write: writeEndTransactionRecord, empty: defaultEndTransactionRecord },
  25: { latestVersion: 0, decode: decodeAbortTransactionRecord, sizeOf: sizeOfAbortTransactionRecord, write: writeAbortTransactionRecord, empty: defaultAbortTransactionRecord },
  26: { latestVersion: 0, decode: decodeRemoveDelegationTokenRecord, sizeOf: sizeOfRemoveDelegationTokenRecord, write: writeRemoveDelegationTokenRecord, empty: defaultRemoveDelegationTokenRecord },
  27: { latestVersion: 0, decode: decodeRegisterControllerRecord, sizeOf: sizeOfRegisterControllerRecord, write: writeRegisterControllerRecord, empty: defaultRegisterControllerRecord },
  100: { latestVersion: 1, decode: decodeOffsetCommitRecord, sizeOf: sizeOfOffsetCommitRecord, write: writeOffsetCommitRecord, empty: defaultOffsetCommitRecord },
  101: { latestVersion: 0, decode: decodeGroupMetadataRecord, sizeOf: sizeOfGroupMetadataRecord, write: writeGroupMetadataRecord, empty: defaultGroupMetadataRecord },
}
