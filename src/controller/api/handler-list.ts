// Every Kafka API the controller listener serves, one handler file each (adding one is one line).
import { controllerQuorumFetchHandler } from './01-quorum-fetch.ts'
import { controllerApiVersionsHandler } from './18-api-versions.ts'
import { controllerCreateTopicsHandler } from './19-create-topics.ts'
import { controllerDeleteTopicsHandler } from './20-delete-topics.ts'
import { controllerAlterConfigsHandler } from './33-alter-configs.ts'
import { controllerCreatePartitionsHandler } from './37-create-partitions.ts'
import { controllerElectLeadersHandler } from './43-elect-leaders.ts'
import { controllerIncrementalAlterConfigsHandler } from './44-incremental-alter-configs.ts'
import { controllerAlterPartitionReassignmentsHandler } from './45-alter-partition-reassignments.ts'
import { controllerListPartitionReassignmentsHandler } from './46-list-partition-reassignments.ts'
import { controllerDescribeQuorumHandler } from './55-describe-quorum.ts'
import { controllerAlterPartitionHandler } from './56-alter-partition.ts'
import { controllerFetchSnapshotHandler } from './59-fetch-snapshot.ts'
import { controllerBrokerRegistrationHandler } from './62-broker-registration.ts'
import { controllerBrokerHeartbeatHandler } from './63-broker-heartbeat.ts'
import { controllerAllocateProducerIdsHandler } from './67-allocate-producer-ids.ts'

export const CONTROLLER_HANDLERS = [
  controllerQuorumFetchHandler,
  controllerApiVersionsHandler,
  controllerCreateTopicsHandler,
  controllerDeleteTopicsHandler,
  controllerAlterConfigsHandler,
  controllerCreatePartitionsHandler,
  controllerElectLeadersHandler,
  controllerIncrementalAlterConfigsHandler,
  controllerAlterPartitionReassignmentsHandler,
  controllerListPartitionReassignmentsHandler,
  controllerDescribeQuorumHandler,
  controllerAlterPartitionHandler,
  controllerFetchSnapshotHandler,
  controllerBrokerRegistrationHandler,
  controllerBrokerHeartbeatHandler,
  controllerAllocateProducerIdsHandler
]
