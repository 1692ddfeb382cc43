// Every Kafka API the controller listener serves, one handler file each (adding one is one line).
import { controllerApiVersionsHandler } from './18-api-versions.ts'
import { controllerCreateTopicsHandler } from './19-create-topics.ts'
import { controllerDeleteTopicsHandler } from './20-delete-topics.ts'
import { controllerAlterConfigsHandler } from './33-alter-configs.ts'
import { controllerCreatePartitionsHandler } from './37-create-partitions.ts'
import { controllerElectLeadersHandler } from './43-elect-leaders.ts'
import { controllerIncrementalAlterConfigsHandler } from './44-incremental-alter-configs.ts'
import { controllerBrokerRegistrationHandler } from './62-broker-registration.ts'
import { controllerBrokerHeartbeatHandler } from './63-broker-heartbeat.ts'
import { controllerAllocateProducerIdsHandler } from './67-allocate-producer-ids.ts'

export const CONTROLLER_HANDLERS = [
  controllerApiVersionsHandler,
  controllerCreateTopicsHandler,
  controllerDeleteTopicsHandler,
  controllerAlterConfigsHandler,
  controllerCreatePartitionsHandler,
  controllerElectLeadersHandler,
  controllerIncrementalAlterConfigsHandler,
  controllerBrokerRegistrationHandler,
  controllerBrokerHeartbeatHandler,
  controllerAllocateProducerIdsHandler
]
