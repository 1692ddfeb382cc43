// The Kafka error code a broker answers for a failed ControllerChannel call (controller-failure.ts),
// for the errors both channels give: the local controller's NotControllerError and the log's
// NotMetadataLeaderError, the forwarding channel's ControllerUnavailableError and its client's
// KafkaClientError of each kind, and an unexpected error; each logged once (WARN, ERROR for the
// unexpected one, DEBUG for the channel's own error, which the channel logged); an AssertionError (a
// bug) is passed on.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { pino } from 'pino'
import { controllerFailure } from '../../src/broker/controller-failure.ts'
import { ControllerUnavailableError } from '../../src/broker/remote-controller-channel.ts'
import { NotControllerError } from '../../src/controller/quorum-controller/controller-api.ts'
import { NotMetadataLeaderError } from '../../src/controller/metadata/metadata-log.ts'
import { KafkaClientError } from '../../src/network/kafka-client.ts'
import { AssertionError } from '../../src/util/assert.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'

test('each controller-path failure maps to its Kafka error code and is logged once', () => {
  const cases: Array<[unknown, number, number]> = [
    [new NotControllerError('not the active controller', 2), ErrorCode.NOT_CONTROLLER, 40],
    [new NotMetadataLeaderError(1, null), ErrorCode.NOT_CONTROLLER, 40],
    // Logged at WARN by the forwarding channel that raised it: DEBUG here.
    [new ControllerUnavailableError(ErrorCode.REQUEST_TIMED_OUT, 'no answer'), ErrorCode.REQUEST_TIMED_OUT, 20],
    [new ControllerUnavailableError(ErrorCode.STALE_BROKER_EPOCH, 'refused'), ErrorCode.STALE_BROKER_EPOCH, 20],
    [new KafkaClientError('timeout', 't'), ErrorCode.REQUEST_TIMED_OUT, 40],
    [new KafkaClientError('disconnected', 'd'), ErrorCode.NOT_CONTROLLER, 40],
    [new KafkaClientError('closed', 'c'), ErrorCode.NOT_CONTROLLER, 40],
    [new KafkaClientError('queueFull', 'q'), ErrorCode.NOT_CONTROLLER, 40],
    [Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' }), ErrorCode.UNKNOWN_SERVER_ERROR, 50]
  ]
  for (const [err, errorCode, level] of cases) {
    const lines: Array<{ level: number, api: string }> = []
    const logger = pino({ level: 'debug' }, { write: (line: string) => { lines.push(JSON.parse(line)) } })
    const failure = controllerFailure(err, 'CreateTopics', logger)
    assert.equal(failure.errorCode, errorCode, String(err))
    assert.ok(failure.errorMessage.length > 0)
    assert.deepEqual(lines.map((l) => [l.level, l.api]), [[level, 'CreateTopics']], String(err))
  }
  assert.throws(() => controllerFailure(new AssertionError('a bug'), 'CreateTopics', pino({ level: 'silent' })), AssertionError)
})
