// A ReplicaFetcher against a leader that answers from a real PartitionLog with Kafka's leader rules
// for replica fetches (FENCED_LEADER_EPOCH for an older current_leader_epoch, divergingEpoch from the
// leader's epochs for the request's lastFetchedEpoch, OFFSET_OUT_OF_RANGE outside its log, ListOffsets
// latest/earliest). The leader side of Rivulet is tested on its own; here the follower's real loop,
// appends and truncations run on real logs, and the follower's log must end byte-identical to the
// leader's.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ApiKey } from '../../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../../src/protocol/generated/error-codes.ts'
import type { FetchRequest, FetchResponse } from '../../../src/protocol/generated/messages/fetch.ts'
import type { ListOffsetsRequest, ListOffsetsResponse } from '../../../src/protocol/generated/messages/list-offsets.ts'
import { Partition } from '../../../src/broker/partition.ts'
import { FollowedPartition, ReplicaFetcher } from '../../../src/broker/replication/replica-fetcher.ts'
import type { ReplicaFetchSettings } from '../../../src/broker/replication/fetch-decisions.ts'
import type { PartitionLog } from '../../../src/storage/log/partition-log.ts'
import { silentLogger } from '../../../src/util/logger.ts'
import { KafkaClient } from '../../../src/network/kafka-client.ts'
import { freePort } from '../../helpers/raft-cluster.ts'
import { LogFixture, batchOf } from '../../storage/log-fixture.ts'
import { decodeRecordBatches } from '../../../src/protocol/record-batch/records.ts'

function valuesOf (bytes: Buffer): string[] {
  return decodeRecordBatches(bytes).flatMap((b) => b.records.map((r) => `${b.baseOffset}:${b.partitionLeaderEpoch}:${r.value?.toString() ?? ''}`))
}

const TOPIC_ID = 'AAAAAAAAAAAAAAAAAAAAAQ'
const BACKOFF_MS = 20

/** The leader: its log and epoch, answering Fetch and ListOffsets as Kafka's leader answers a replica. */
class LeaderOf {
  readonly log: PartitionLog
  leaderEpoch: number
  fetches = 0
  /** Answered to every fetch instead of the log's records, when set. */
  errorCode = 0
  /** Called with each fetch offset a follower sends. */
  onFetch: (fetchOffset: number) => void = () => {}
  /** Answered as the diverging epoch to every fetch, when set (a leader whose answer moves nothing). */
  divergingEpoch: { epoch: number, endOffset: number } | null = null
  /** The logs of partitions other than 0, when they differ from `log`. */
  readonly others = new Map<number, PartitionLog>()
  /** Every Fetch request received, in order. */
  readonly requests: FetchRequest[] = []

  constructor (log: PartitionLog, leaderEpoch: number) {
    this.log = log
    this.leaderEpoch = leaderEpoch
  }

  async send (_destination: unknown, apiKey: number, _version: number, request: unknown): Promise<unknown> {
    await new Promise((resolve) => setImmediate(resolve))
    if (apiKey === ApiKey.ListOffsets) return this.listOffsets(request as ListOffsetsRequest)
    assert.equal(apiKey, ApiKey.Fetch)
    this.fetches++
    return this.fetch(request as FetchRequest)
  }

  private fetch (request: FetchRequest): FetchResponse {
    this.requests.push(request)
    // As Kafka's leader: partitions in request order, records until the response's maxBytes (at
    // least one batch in all, KIP-74), then none for the rest.
    let bytesLeft = request.maxBytes
    const partitions = request.topics[0]!.partitions.map((p) => {
      const log = this.others.get(p.partition) ?? this.log
      const answer = { partitionIndex: p.partition, errorCode: 0, highWatermark: BigInt(log.logEndOffset()), lastStableOffset: -1n, logStartOffset: BigInt(log.logStartOffset()), divergingEpoch: { epoch: -1, endOffset: -1n }, currentLeader: { leaderId: -1, leaderEpoch: -1 }, snapshotId: { endOffset: -1n, epoch: -1 }, abortedTransactions: null, preferredReadReplica: -1, records: null as Buffer | null }
      const fetchOffset = Number(p.fetchOffset)
      this.onFetch(fetchOffset)
      if (this.errorCode !== 0) answer.errorCode = this.errorCode
      else if (p.currentLeaderEpoch < this.leaderEpoch) answer.errorCode = ErrorCode.FENCED_LEADER_EPOCH
      else if (this.divergingEpoch !== null) answer.divergingEpoch = { epoch: this.divergingEpoch.epoch, endOffset: BigInt(this.divergingEpoch.endOffset) }
      else if (p.lastFetchedEpoch >= 0 && (log.endOffsetForEpoch(p.lastFetchedEpoch).epoch !== p.lastFetchedEpoch || log.endOffsetForEpoch(p.lastFetchedEpoch).endOffset < fetchOffset)) {
        const mine = log.endOffsetForEpoch(p.lastFetchedEpoch)
        answer.divergingEpoch = { epoch: mine.epoch, endOffset: BigInt(mine.endOffset) }
      } else if (bytesLeft > 0) {
        const read = log.read(fetchOffset, Math.min(p.partitionMaxBytes, bytesLeft))
        if (read.errorCode !== 0) answer.errorCode = read.errorCode
        else answer.records = read.records
        bytesLeft -= answer.records?.length ?? 0
      }
      return answer
    })
    return { throttleTimeMs: 0, errorCode: 0, sessionId: 0, responses: [{ topic: '', topicId: request.topics[0]!.topicId, partitions }], nodeEndpoints: [] }
  }

  private listOffsets (request: ListOffsetsRequest): ListOffsetsResponse {
    const p = request.topics[0]!.partitions[0]!
    const offset = p.timestamp === -2n ? this.log.logStartOffset() : this.log.logEndOffset()
    return { throttleTimeMs: 0, topics: [{ name: request.topics[0]!.name, partitions: [{ partitionIndex: p.partitionIndex, errorCode: 0, oldStyleOffsets: [], timestamp: -1n, offset: BigInt(offset), leaderEpoch: this.leaderEpoch }] }] }
  }
}

function records (from: number, count: number): Buffer {
  return batchOf(Array.from({ length: count }, (_, i) => ({ key: null, value: Buffer.from(`r${from + i}`), timestamp: 1000 })))
}

/** The follower's Partition (replica on node 2, led by node 1 in `leaderEpoch`) over `log`. */
function followerPartition (log: PartitionLog, leaderEpoch: number, partitionId = 0): Partition {
  return new Partition({ topic: 'orders', topicId: TOPIC_ID, localNodeId: 2, logs: { get: () => log, offlineCause: () => null }, state: { partitionId, replicas: [1, 2], isr: [1, 2], leader: 1, leaderEpoch, partitionEpoch: 0, addingReplicas: [], removingReplicas: [] } as never })
}

function fetcherFor (leader: Pick<KafkaClient, 'send'> | LeaderOf, fsync = true, endpoint = { host: '127.0.0.1', port: 1 }, settings: Partial<ReplicaFetchSettings> = {}): ReplicaFetcher {
  return new ReplicaFetcher(1, endpoint, {
    nodeId: 2,
    settings: { partitionBytesMax: 1 << 20, responseBytesMax: 10 << 20, waitMaxMs: 0, minBytes: 1, backoffMs: BACKOFF_MS, socketTimeoutMs: 1000, ...settings },
    client: leader as never,
    brokerEpoch: () => 7n,
    fsyncOf: () => fsync,
    log: silentLogger()
  })
}

/** Stops the fetchers (and waits for their loops), then removes the fixtures' logs. */
async function teardown (fetchers: readonly ReplicaFetcher[], fixtures: ReadonlyArray<{ cleanup: () => Promise<void> }>): Promise<void> {
  for (const fetcher of fetchers) fetcher.stop()
  for (const fetcher of fetchers) await fetcher.done
  for (const fixture of fixtures) await fixture.cleanup()
}

async function until (what: string, probe: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

/** The whole log's bytes, segment after segment (a read stops at a segment's end). */
function bytesOf (log: PartitionLog): Buffer {
  const parts: Buffer[] = []
  let offset = log.logStartOffset()
  while (offset < log.logEndOffset()) {
    const read = log.read(offset, 1 << 30, log.logEndOffset())
    assert.equal(read.errorCode, 0)
    const batches = decodeRecordBatches(read.records)
    const last = batches[batches.length - 1]!
    offset = last.baseOffset + last.records.length
    parts.push(read.records)
  }
  return Buffer.concat(parts)
}

test('a follower that led an epoch of its own truncates where the new leader diverges, then copies its log byte for byte', async () => {
  const l = new LogFixture()
  const f = new LogFixture()
  const leader = new LeaderOf(l.log, 3)
  // rivulet.replication.fsync on: every fetch offset the leader sees is durable on the follower.
  const notDurable: number[] = []
  leader.onFetch = (fetchOffset) => { if (f.log.recoveryPointOffset() < fetchOffset) notDurable.push(fetchOffset) }
  const fetcher = fetcherFor(leader)
  try {
    // Shared history: 10 records of epoch 1. Then the follower led epoch 2 alone (5 records, never
    // replicated) and the leader leads epoch 3 (10 other records).
    for (let i = 0; i < 10; i++) l.log.append(records(i, 1), { leaderEpoch: 1, nowMs: 0 })
    assert.equal(f.log.appendAsFollower(bytesOf(l.log), 0).errorCode, 0)
    for (let i = 0; i < 5; i++) f.log.append(records(100 + i, 1), { leaderEpoch: 2, nowMs: 0 })
    f.log.flush(0)
    for (let i = 0; i < 10; i++) l.log.append(records(10 + i, 1), { leaderEpoch: 3, nowMs: 0 })
    const partition = followerPartition(f.log, 3)
    fetcher.add(new FollowedPartition(partition, 1, 3))
    await until('the follower to reach the leader\'s log end', () => f.log.logEndOffset() === 20 && partition.highWatermark() === 20)
    assert.deepEqual(valuesOf(bytesOf(f.log)), valuesOf(bytesOf(l.log)))
    assert.ok(bytesOf(f.log).equals(bytesOf(l.log)), 'byte-identical to the leader')
    assert.deepEqual(f.log.epochs.all(), [{ epoch: 1, startOffset: 0 }, { epoch: 3, startOffset: 10 }])
    // rivulet.replication.fsync on: fsynced before fetching again (the recovery point covers the log).
    await until('the follower\'s fsync of what it appended', () => f.log.recoveryPointOffset() === 20)
    const fetches = leader.fetches
    await until('one more fetch', () => leader.fetches > fetches)
    assert.deepEqual(notDurable, [], 'no fetch offset was sent before the log up to it was fsynced')
  } finally {
    await teardown([fetcher], [l, f])
  }
})

test('a follower whose log ends below the leader\'s log start restarts at it; one past the leader\'s end truncates to it', async () => {
  const l = new LogFixture()
  const f = new LogFixture()
  const g = new LogFixture()
  const fetcher = fetcherFor(new LeaderOf(l.log, 0), false)
  try {
    for (let i = 0; i < 30; i++) l.log.append(records(i, 1), { leaderEpoch: 0, nowMs: 0 })
    assert.equal(l.log.deleteRecordsBefore(20).errorCode, 0)
    // f: empty, below the leader's start (20).
    fetcher.add(new FollowedPartition(followerPartition(f.log, 0), 1, 0))
    // g: 35 records without epochs the leader knows (an unclean history): past the leader's end (30).
    for (let i = 0; i < 35; i++) g.log.append(records(200 + i, 1), { leaderEpoch: -1, nowMs: 0 })
    const gPartition = new Partition({ topic: 'orders', topicId: TOPIC_ID, localNodeId: 2, logs: { get: () => g.log, offlineCause: () => null }, state: { partitionId: 1, replicas: [1, 2], isr: [1, 2], leader: 1, leaderEpoch: 0, partitionEpoch: 0 } as never })
    const other = fetcherFor(new LeaderOf(l.log, 0))
    other.add(new FollowedPartition(gPartition, 1, 0))
    await until('the emptied follower to copy the leader from its log start', () => f.log.logEndOffset() === 30)
    assert.equal(f.log.logStartOffset(), 20)
    assert.ok(bytesOf(f.log).equals(bytesOf(l.log)))
    assert.equal(f.log.groupCommitRounds, 0, 'rivulet.replication.fsync off: no fsync per fetch')
    await until('the follower past the leader\'s end to truncate to it', () => g.log.logEndOffset() === 30)
    other.stop()
    await other.done
  } finally {
    await teardown([fetcher], [l, f, g])
  }
})

test('FENCED_LEADER_EPOCH: the partition is not fetched again until the image gives it a newer epoch', async () => {
  const l = new LogFixture()
  const f = new LogFixture()
  const leader = new LeaderOf(l.log, 5)
  const fetcher = fetcherFor(leader)
  try {
    l.log.append(records(0, 3), { leaderEpoch: 5, nowMs: 0 })
    const stale = new FollowedPartition(followerPartition(f.log, 4), 1, 4)
    fetcher.add(stale)
    await until('the fence', () => stale.fenced)
    const fetches = leader.fetches
    await new Promise((resolve) => setTimeout(resolve, 200))
    assert.equal(leader.fetches, fetches, 'no fetch while fenced (10 backoffs passed)')
    assert.equal(f.log.logEndOffset(), 0)
    // The image moves: the manager replaces the partition's state with the new epoch.
    fetcher.remove(stale)
    fetcher.add(new FollowedPartition(followerPartition(f.log, 5), 1, 5))
    await until('the follower to catch up in the new epoch', () => f.log.logEndOffset() === 3)
  } finally {
    await teardown([fetcher], [l, f])
  }
})

test('a leader log start inside a batch: the emptied follower restarts at the batch\'s base, then takes the leader\'s log start', async () => {
  const l = new LogFixture()
  const f = new LogFixture()
  const fetcher = fetcherFor(new LeaderOf(l.log, 0), false)
  try {
    for (let i = 0; i < 6; i++) l.log.append(records(5 * i, 5), { leaderEpoch: 0, nowMs: 0 })
    assert.equal(l.log.deleteRecordsBefore(22).errorCode, 0)
    const partition = followerPartition(f.log, 0)
    fetcher.add(new FollowedPartition(partition, 1, 0))
    await until('the follower to copy the leader from the batch holding its log start', () => f.log.logEndOffset() === 30 && f.log.logStartOffset() === 22)
    assert.ok(bytesOf(f.log).equals(bytesOf(l.log)), 'byte-identical from the batch at 20 on')
  } finally {
    await teardown([fetcher], [l, f])
  }
})

test('errors never make a fetcher spin: NOT_LEADER_OR_FOLLOWER and a leader that refuses connections are retried after replica.fetch.backoff.ms', async () => {
  const l = new LogFixture()
  const f = new LogFixture()
  const leader = new LeaderOf(l.log, 0)
  leader.errorCode = ErrorCode.NOT_LEADER_OR_FOLLOWER
  const fetcher = fetcherFor(leader)
  // A real client to a port nothing listens on (connection refused at once).
  const client = new KafkaClient({ clientId: 'test', localAddress: null, logger: silentLogger(), backoff: { initialMs: 1, maxMs: 1 } })
  let sends = 0
  const counting = { send: (async (...args: Parameters<KafkaClient['send']>) => { sends++; return await client.send(...args) }) as KafkaClient['send'] }
  const refused = fetcherFor(counting, false, { host: '127.0.0.1', port: await freePort('127.0.0.1') })
  try {
    fetcher.add(new FollowedPartition(followerPartition(f.log, 0), 1, 0))
    refused.add(new FollowedPartition(followerPartition(f.log, 0), 1, 0))
    const windowMs = 20 * BACKOFF_MS
    await new Promise((resolve) => setTimeout(resolve, windowMs))
    const bound = windowMs / BACKOFF_MS + 2
    assert.ok(leader.fetches >= 2 && leader.fetches <= bound, `${leader.fetches} fetches answered NOT_LEADER_OR_FOLLOWER in ${windowMs} ms (backoff ${BACKOFF_MS} ms)`)
    assert.ok(sends >= 2 && sends <= bound, `${sends} fetches to a refusing leader in ${windowMs} ms (backoff ${BACKOFF_MS} ms)`)
    // The leader answers again: the follower catches up.
    l.log.append(records(0, 2), { leaderEpoch: 0, nowMs: 0 })
    leader.errorCode = 0
    await until('the follower to catch up once the leader answers', () => f.log.logEndOffset() === 2)
  } finally {
    fetcher.stop()
    refused.stop()
    await client.close()
    await fetcher.done
    await refused.done
    await l.cleanup()
    await f.cleanup()
  }
})

/** Fetches sent in a window of `windowMs`: at most one per backoff (plus the first and one in flight). */
function assertBackedOff (fetches: number, windowMs: number, what: string): void {
  const bound = windowMs / BACKOFF_MS + 2
  assert.ok(fetches >= 2 && fetches <= bound, `${fetches} fetches in ${windowMs} ms (backoff ${BACKOFF_MS} ms): ${what}`)
}

test('a follower whose newest epoch is one it led without appending drops it and catches up with its new leader', async () => {
  const l = new LogFixture()
  const f = new LogFixture()
  const leader = new LeaderOf(l.log, 8)
  const fetcher = fetcherFor(leader, false)
  try {
    for (let i = 0; i < 10; i++) l.log.append(records(i, 1), { leaderEpoch: 5, nowMs: 0 })
    assert.equal(f.log.appendAsFollower(bytesOf(l.log), 0).errorCode, 0)
    // The follower became leader in epoch 7 (its epoch recorded at its log end) and lost leadership
    // before appending; the new leader records epoch 8 at its log end and appends.
    f.log.epochs.assign(7, 10)
    l.log.epochs.assign(8, 10)
    for (let i = 0; i < 5; i++) l.log.append(records(10 + i, 1), { leaderEpoch: 8, nowMs: 0 })
    const partition = followerPartition(f.log, 8)
    fetcher.add(new FollowedPartition(partition, 1, 8))
    await until('the follower to catch up', () => f.log.logEndOffset() === 15 && partition.highWatermark() === 15)
    assert.ok(bytesOf(f.log).equals(bytesOf(l.log)), 'byte-identical to the leader')
    assert.deepEqual(f.log.epochs.all(), [{ epoch: 5, startOffset: 0 }, { epoch: 8, startOffset: 10 }])
  } finally {
    await teardown([fetcher], [l, f])
  }
})

test('a diverging epoch whose truncation moves nothing, and OFFSET_OUT_OF_RANGE inside the leader\'s log, are retried after replica.fetch.backoff.ms, not at once', async () => {
  const l = new LogFixture()
  const f = new LogFixture()
  const g = new LogFixture()
  const diverging = new LeaderOf(l.log, 0)
  const outOfRange = new LeaderOf(l.log, 0)
  const divergingFetcher = fetcherFor(diverging, false)
  const outOfRangeFetcher = fetcherFor(outOfRange, false)
  try {
    l.log.append(records(0, 2), { leaderEpoch: 0, nowMs: 0 })
    assert.equal(f.log.appendAsFollower(bytesOf(l.log), 0).errorCode, 0)
    // A leader answering that epoch 0 ends at the follower's log end: truncating there changes nothing.
    diverging.divergingEpoch = { epoch: 0, endOffset: 2 }
    // A leader answering OFFSET_OUT_OF_RANGE to a fetch at 0 while ListOffsets says [0, 2].
    outOfRange.errorCode = ErrorCode.OFFSET_OUT_OF_RANGE
    divergingFetcher.add(new FollowedPartition(followerPartition(f.log, 0), 1, 0))
    outOfRangeFetcher.add(new FollowedPartition(followerPartition(g.log, 0), 1, 0))
    const windowMs = 20 * BACKOFF_MS
    await new Promise((resolve) => setTimeout(resolve, windowMs))
    assertBackedOff(diverging.fetches, windowMs, 'diverging epoch with nothing to truncate')
    assertBackedOff(outOfRange.fetches, windowMs, 'OFFSET_OUT_OF_RANGE inside the leader\'s log')
    assert.equal(f.log.logEndOffset(), 2)
    assert.equal(g.log.logEndOffset(), 0)
  } finally {
    await teardown([divergingFetcher, outOfRangeFetcher], [l, f, g])
  }
})

test('replica.fetch.response.max.bytes reached: partitions that got records go to the end of the next request, none starves', async () => {
  const leaders = [new LogFixture(), new LogFixture(), new LogFixture()]
  const followers = [new LogFixture(), new LogFixture(), new LogFixture()]
  const leader = new LeaderOf(leaders[0]!.log, 0)
  // One batch per response (KIP-74's at least one batch): only the first partition of a request gets records.
  const fetcher = fetcherFor(leader, false, undefined, { responseBytesMax: 1 })
  try {
    leaders.forEach((l, i) => {
      for (let r = 0; r < 10; r++) l.log.append(records(r, 1), { leaderEpoch: 0, nowMs: 0 })
      leader.others.set(i, l.log)
    })
    followers.forEach((f, i) => fetcher.add(new FollowedPartition(followerPartition(f.log, 0, i), 1, 0)))
    await until('every follower to catch up', () => followers.every((f) => f.log.logEndOffset() === 10))
    // After three requests, each partition had its turn: the fourth fetches all three past 0.
    const fourth = leader.requests[3]!.topics[0]!.partitions
    assert.deepEqual(fourth.map((p) => Number(p.fetchOffset)).sort(), [1, 1, 1], JSON.stringify(fourth.map((p) => [p.partition, Number(p.fetchOffset)])))
    followers.forEach((f, i) => assert.ok(bytesOf(f.log).equals(bytesOf(leaders[i]!.log))))
  } finally {
    await teardown([fetcher], [...leaders, ...followers])
  }
})

test('rivulet.replication.fsync: after a failed fsync the follower syncs again before it fetches again', async () => {
  const l = new LogFixture()
  const f = new LogFixture()
  const leader = new LeaderOf(l.log, 0)
  const notDurable: number[] = []
  leader.onFetch = (fetchOffset) => { if (f.log.recoveryPointOffset() < fetchOffset) notDurable.push(fetchOffset) }
  // The disk fails the first fsync (EIO), then works.
  const sync = f.log.sync.bind(f.log)
  let syncs = 0
  f.log.sync = async () => {
    if (++syncs === 1) throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' })
    await sync()
  }
  const fetcher = fetcherFor(leader, true)
  try {
    l.log.append(records(0, 3), { leaderEpoch: 0, nowMs: 0 })
    fetcher.add(new FollowedPartition(followerPartition(f.log, 0), 1, 0))
    await until('the follower to copy the leader and fsync it', () => f.log.logEndOffset() === 3 && f.log.recoveryPointOffset() === 3)
    const fetches = leader.fetches
    await until('two more fetches', () => leader.fetches > fetches + 1)
    assert.ok(syncs >= 2, 'the failed fsync was retried')
    assert.deepEqual(notDurable, [], 'no fetch offset was sent before the log up to it was fsynced')
  } finally {
    await teardown([fetcher], [l, f])
  }
})
