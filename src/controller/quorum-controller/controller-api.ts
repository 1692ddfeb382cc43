// What the active controller answers, beyond the topic and config commands of topic-control.ts: the
// broker lifecycle (KRaft's BrokerRegistration and BrokerHeartbeat) and the error every command gives
// on a node that is not the active controller. Shared by the QuorumController, the controller
// listener's handlers and the broker's ControllerChannel implementations (local and remote), so
// that each speaks the same shapes; requests are the generated Kafka messages themselves.
import type { BrokerRegistrationRequest } from '../../protocol/generated/messages/broker-registration.ts'
import type { BrokerHeartbeatRequest } from '../../protocol/generated/messages/broker-heartbeat.ts'

export type { BrokerRegistrationRequest, BrokerHeartbeatRequest }

export interface BrokerRegistrationReply {
  /** NONE, DUPLICATE_BROKER_REGISTRATION, INCONSISTENT_CLUSTER_ID, ... (generated ErrorCode). */
  readonly errorCode: number
  /** The broker's epoch for this incarnation; -1 on error. */
  readonly brokerEpoch: bigint
}

export interface BrokerHeartbeatReply {
  /** NONE, STALE_BROKER_EPOCH, BROKER_ID_NOT_REGISTERED, ... (generated ErrorCode). */
  readonly errorCode: number
  readonly isCaughtUp: boolean
  readonly isFenced: boolean
  readonly shouldShutDown: boolean
}

/**
 * This node is not the active controller (it does not lead the @metadata quorum, or it has not yet
 * applied every entry of its own term): Kafka's NOT_CONTROLLER, retried on `leaderId`.
 */
export class NotControllerError extends Error {
  override name = 'NotControllerError'
  readonly leaderId: number | null

  constructor (message: string, leaderId: number | null) {
    super(message)
    this.leaderId = leaderId
  }
}
