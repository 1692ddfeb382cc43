// The follower's pure decisions: whom to follow, the Fetch request, what an answer means, and where a
// diverging or out-of-range follower truncates (Kafka's AbstractFetcherThread, KIP-320/595).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ErrorCode } from '../../../src/protocol/generated/error-codes.ts'
import type { BrokerImage, PartitionImage } from '../../../src/controller/metadata/metadata-image.ts'
import {
  followerLogStart, leaderToFollow, outOfRangeAction, partitionOutcome, replicaFetchRequest, truncationForDivergence, type ReplicaFetchSettings
} from '../../../src/broker/replication/fetch-decisions.ts'

const SETTINGS: ReplicaFetchSettings = { partitionBytesMax: 1048576, responseBytesMax: 10485760, waitMaxMs: 500, minBytes: 1, backoffMs: 1000, socketTimeoutMs: 30000 }

function broker (id: number, fenced = false): BrokerImage {
  return { id, epoch: 10n + BigInt(id), incarnationId: 'x', endpoints: [{ name: 'PLAINTEXT', host: `127.0.0.${id}`, port: 9092 }], rack: null, fenced, inControlledShutdown: false } as unknown as BrokerImage
}

function state (leader: number, leaderEpoch = 3, replicas = [1, 2, 3]): PartitionImage {
  return { partitionId: 0, replicas, isr: replicas, leader, leaderEpoch, partitionEpoch: 5 } as unknown as PartitionImage
}

test('a hosted partition is followed from its leader when that is another registered, unfenced broker with an inter-broker endpoint', () => {
  const brokers = new Map([[1, broker(1)], [2, broker(2)], [3, broker(3, true)]])
  assert.deepEqual(leaderToFollow(state(2), 1, brokers, 'PLAINTEXT'), { leaderId: 2, leaderEpoch: 3, endpoint: { host: '127.0.0.2', port: 9092 } })
  assert.equal(leaderToFollow(state(1), 1, brokers, 'PLAINTEXT'), null, 'led here')
  assert.equal(leaderToFollow(state(-1), 1, brokers, 'PLAINTEXT'), null, 'no leader')
  assert.equal(leaderToFollow(state(3), 1, brokers, 'PLAINTEXT'), null, 'leader fenced')
  assert.equal(leaderToFollow(state(4, 3, [1, 4]), 1, brokers, 'PLAINTEXT'), null, 'leader not registered')
  assert.equal(leaderToFollow(state(2), 1, brokers, 'INTERNAL'), null, 'no endpoint on the inter-broker listener')
  assert.equal(leaderToFollow(state(2, 3, [2, 3]), 1, brokers, 'PLAINTEXT'), null, 'not a replica here')
})

test('the Fetch request: replica state, topic ids grouped, no session, Kafka\'s replica fetch settings', () => {
  const request = replicaFetchRequest(1, 42n, SETTINGS, [
    { topicId: 'A', partition: 0, currentLeaderEpoch: 3, fetchOffset: 100, lastFetchedEpoch: 2, logStartOffset: 0 },
    { topicId: 'B', partition: 1, currentLeaderEpoch: 1, fetchOffset: 0, lastFetchedEpoch: -1, logStartOffset: 0 },
    { topicId: 'A', partition: 2, currentLeaderEpoch: 3, fetchOffset: 7, lastFetchedEpoch: 3, logStartOffset: 5 }
  ])
  assert.equal(request.replicaId, -1)
  assert.deepEqual(request.replicaState, { replicaId: 1, replicaEpoch: 42n })
  assert.deepEqual([request.maxWaitMs, request.minBytes, request.maxBytes, request.isolationLevel, request.sessionId, request.sessionEpoch], [500, 1, 10485760, 0, 0, -1])
  assert.deepEqual(request.topics.map((t) => [t.topicId, t.partitions.map((p) => p.partition)]), [['A', [0, 2]], ['B', [1]]])
  assert.deepEqual(request.topics[0]!.partitions[1], { partition: 2, currentLeaderEpoch: 3, fetchOffset: 7n, lastFetchedEpoch: 3, logStartOffset: 5n, partitionMaxBytes: 1048576 })
  assert.deepEqual(request.forgottenTopicsData, [])
})

test('a partition answer: append, diverged, out of range, fenced (wait for the image), the rest back off', () => {
  const none = { epoch: -1, endOffset: -1n }
  assert.deepEqual(partitionOutcome(ErrorCode.NONE, none), { kind: 'append' })
  assert.deepEqual(partitionOutcome(ErrorCode.NONE, { epoch: 2, endOffset: 50n }), { kind: 'diverged', divergingEpoch: { epoch: 2, endOffset: 50n } })
  assert.deepEqual(partitionOutcome(ErrorCode.OFFSET_OUT_OF_RANGE, none), { kind: 'outOfRange' })
  assert.deepEqual(partitionOutcome(ErrorCode.FENCED_LEADER_EPOCH, none), { kind: 'fenced' })
  for (const code of [ErrorCode.NOT_LEADER_OR_FOLLOWER, ErrorCode.UNKNOWN_LEADER_EPOCH, ErrorCode.UNKNOWN_TOPIC_ID, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.KAFKA_STORAGE_ERROR]) {
    assert.deepEqual(partitionOutcome(code, none), { kind: 'backoff' }, `error ${code}`)
  }
})

/** A follower's own epochs: what OffsetForLeaderEpoch on its log answers for each epoch asked. */
function own (answers: Record<number, [number, number]>, logEnd: number): { endOffsetFor: (epoch: number) => { epoch: number, endOffset: number }, logEndOffset: () => number } {
  return {
    endOffsetFor: (epoch) => { const [e, end] = answers[epoch] ?? [-1, -1]; return { epoch: e, endOffset: end } },
    logEndOffset: () => logEnd
  }
}

test('truncation on a diverging epoch (KIP-320/595): min of both end offsets of a shared epoch, intermediate for an unknown one', () => {
  // Follower: epoch 1 from 0, epoch 2 from 10, log end 20. Leader: epoch 2 ended at 15 (it moved on to 4).
  const f = own({ 1: [1, 10], 2: [2, 20] }, 20)
  assert.deepEqual(truncationForDivergence({ epoch: 2, endOffset: 15 }, f), { offset: 15, complete: true })
  // The leader's epoch 2 ended later than the follower's log: never above the follower's end.
  assert.deepEqual(truncationForDivergence({ epoch: 2, endOffset: 30 }, f), { offset: 20, complete: true })
  // The leader answers epoch 1 ending at 8: the follower's epoch 1 ended at 10 -> 8.
  assert.deepEqual(truncationForDivergence({ epoch: 1, endOffset: 8 }, f), { offset: 8, complete: true })
  // Follower: epochs 1 and 3; the leader answers epoch 2 (which the follower never had): its own
  // largest epoch below is 1, ending at 12: cut there and ask again (intermediate).
  assert.deepEqual(truncationForDivergence({ epoch: 2, endOffset: 16 }, own({ 2: [1, 12] }, 20)), { offset: 12, complete: false })
  // Follower knows no epoch at all (its cache is empty): the leader's end offset, within its own end.
  assert.deepEqual(truncationForDivergence({ epoch: 2, endOffset: 7 }, own({}, 20)), { offset: 7, complete: true })
  assert.deepEqual(truncationForDivergence({ epoch: 2, endOffset: 70 }, own({}, 20)), { offset: 20, complete: true })
})

test('OFFSET_OUT_OF_RANGE: truncate to the leader\'s end when ours is past it, restart at its start when ours is below it, else resume', () => {
  assert.deepEqual(outOfRangeAction(0, 90, 100), { kind: 'truncate', offset: 90 })
  assert.deepEqual(outOfRangeAction(500, 900, 100), { kind: 'restartAt', offset: 500 })
  assert.deepEqual(outOfRangeAction(50, 900, 100), { kind: 'resume' })
  assert.deepEqual(outOfRangeAction(100, 100, 100), { kind: 'resume' })
})

test('the follower\'s log start follows the leader\'s, never past its own high watermark nor backwards', () => {
  assert.equal(followerLogStart(40, 10, 100), 40)
  assert.equal(followerLogStart(140, 10, 100), 100)
  assert.equal(followerLogStart(5, 10, 100), null)
  assert.equal(followerLogStart(10, 10, 100), null)
})
