// Every Kafka API this node serves, one handler file each: what the client listener routes to.
import { apiVersionsHandler } from './handlers/18-api-versions.ts'
import { metadataHandler } from './handlers/03-metadata.ts'
import { produceHandler } from './handlers/00-produce.ts'
import { fetchHandler } from './handlers/01-fetch.ts'
import { listOffsetsHandler } from './handlers/02-list-offsets.ts'
import { createTopicsHandler } from './handlers/19-create-topics.ts'
import { deleteTopicsHandler } from './handlers/20-delete-topics.ts'
import { deleteRecordsHandler } from './handlers/21-delete-records.ts'
import { offsetCommitHandler } from './handlers/08-offset-commit.ts'
import { offsetFetchHandler } from './handlers/09-offset-fetch.ts'
import { findCoordinatorHandler } from './handlers/10-find-coordinator.ts'
import { joinGroupHandler } from './handlers/11-join-group.ts'
import { heartbeatHandler } from './handlers/12-heartbeat.ts'
import { leaveGroupHandler } from './handlers/13-leave-group.ts'
import { syncGroupHandler } from './handlers/14-sync-group.ts'
import { describeGroupsHandler } from './handlers/15-describe-groups.ts'
import { listGroupsHandler } from './handlers/16-list-groups.ts'
import { deleteGroupsHandler } from './handlers/42-delete-groups.ts'
import { offsetDeleteHandler } from './handlers/47-offset-delete.ts'
import { initProducerIdHandler } from './handlers/22-init-producer-id.ts'
import { offsetForLeaderEpochHandler } from './handlers/23-offset-for-leader-epoch.ts'
import { describeConfigsHandler } from './handlers/32-describe-configs.ts'
import { alterConfigsHandler } from './handlers/33-alter-configs.ts'
import { alterReplicaLogDirsHandler } from './handlers/34-alter-replica-log-dirs.ts'
import { describeLogDirsHandler } from './handlers/35-describe-log-dirs.ts'
import { createPartitionsHandler } from './handlers/37-create-partitions.ts'
import { incrementalAlterConfigsHandler } from './handlers/44-incremental-alter-configs.ts'
import { describeClusterHandler } from './handlers/60-describe-cluster.ts'
import { describeQuorumHandler } from './handlers/55-describe-quorum.ts'
import { electLeadersHandler } from './handlers/43-elect-leaders.ts'
import { alterPartitionReassignmentsHandler } from './handlers/45-alter-partition-reassignments.ts'
import { listPartitionReassignmentsHandler } from './handlers/46-list-partition-reassignments.ts'

export const HANDLERS = [
  produceHandler, fetchHandler, listOffsetsHandler, metadataHandler, offsetCommitHandler, offsetFetchHandler, findCoordinatorHandler,
  joinGroupHandler, heartbeatHandler, leaveGroupHandler, syncGroupHandler, describeGroupsHandler, listGroupsHandler,
  deleteGroupsHandler, offsetDeleteHandler,
  apiVersionsHandler, createTopicsHandler, deleteTopicsHandler,
  deleteRecordsHandler, initProducerIdHandler, offsetForLeaderEpochHandler, describeConfigsHandler, alterConfigsHandler, alterReplicaLogDirsHandler, describeLogDirsHandler, createPartitionsHandler,
  electLeadersHandler, incrementalAlterConfigsHandler, describeClusterHandler, describeQuorumHandler,
  alterPartitionReassignmentsHandler, listPartitionReassignmentsHandler
]
