// What a broker answers its client when a call on its ControllerChannel fails instead of answering.
// Kafka's broker answers a forwarded request that failed with the API's error response for the
// failure (AbstractRequest.getErrorResponse(exception)): every resource of the request carries the
// code, and the connection stays open. The failures, for both channels:
// - NotControllerError (LocalControllerChannel: this node's controller is not, or no longer, the
//   active one) and NotMetadataLeaderError: NOT_CONTROLLER, which clients retry after a metadata refresh;
// - ControllerUnavailableError (RemoteControllerChannel: no producer-id block, the controller's answer
//   or no answer): the code it carries;
// - KafkaClientError (the controller client itself): 'timeout' is REQUEST_TIMED_OUT (a controller took
//   the request and did not answer in time); 'disconnected', 'closed' and 'queueFull' NOT_CONTROLLER
//   (no active controller took it);
// - anything else is unexpected (a storage failure under a one-voter controller, say):
//   UNKNOWN_SERVER_ERROR, as Kafka's ApiError.fromThrowable. An AssertionError is a bug in Rivulet and
//   is passed on (the connection layer logs it and closes the connection).
// The failure is logged here, once per request (a ControllerUnavailableError was logged by the channel
// that raised it); the handler only answers it.
import type { Logger } from 'pino'
import { ErrorCode } from '../protocol/generated/error-codes.ts'
import { NotControllerError } from '../controller/quorum-controller/controller-api.ts'
import { NotMetadataLeaderError } from '../controller/metadata/metadata-log.ts'
import { KafkaClientError } from '../network/kafka-client.ts'
import { AssertionError } from '../util/assert.ts'
import { ControllerUnavailableError } from './remote-controller-channel.ts'

export interface ControllerFailure {
  readonly errorCode: number
  readonly errorMessage: string
}

/** The Kafka error code and message for a failed ControllerChannel call of `api`, logged once. */
export function controllerFailure (err: unknown, api: string, logger: Logger): ControllerFailure {
  if (err instanceof AssertionError) throw err
  const failure = classify(err)
  if (failure.errorCode === ErrorCode.UNKNOWN_SERVER_ERROR) {
    logger.error({ err, api }, `${api}: the controller call failed unexpectedly; answered UNKNOWN_SERVER_ERROR`)
  } else if (err instanceof ControllerUnavailableError) {
    // The forwarding channel logged it when it gave up or was refused.
    logger.debug({ api, errorCode: failure.errorCode, reason: failure.errorMessage }, `${api}: no producer-id block; answered error ${failure.errorCode}`)
  } else {
    logger.warn({ api, errorCode: failure.errorCode, reason: failure.errorMessage }, `${api}: the controller call failed; answered error ${failure.errorCode}`)
  }
  return failure
}

function classify (err: unknown): ControllerFailure {
  if (err instanceof NotControllerError || err instanceof NotMetadataLeaderError) {
    return { errorCode: ErrorCode.NOT_CONTROLLER, errorMessage: err.message }
  }
  if (err instanceof ControllerUnavailableError) return { errorCode: err.errorCode, errorMessage: err.message }
  if (err instanceof KafkaClientError) {
    return err.kind === 'timeout'
      ? { errorCode: ErrorCode.REQUEST_TIMED_OUT, errorMessage: `The active controller did not answer in time: ${err.message}` }
      : { errorCode: ErrorCode.NOT_CONTROLLER, errorMessage: `No active controller could be reached: ${err.message}` }
  }
  return { errorCode: ErrorCode.UNKNOWN_SERVER_ERROR, errorMessage: 'The server experienced an unexpected error when processing the request.' }
}
