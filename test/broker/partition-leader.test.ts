// A Partition's leader state over real logs and real images, and the acks=all produce purgatory it
// drives: followers' fetches move the high watermark (the smallest log end over the maximal ISR,
// monotonic), a new leadership records its epoch at the log end and starts its followers afresh, the
// high watermark survives a restart as min(checkpoint, log end), a follower takes its leader's; parked
// produces complete on the high watermark (NONE, or NOT_ENOUGH_REPLICAS_AFTER_APPEND under
// min.insync.replicas), on leadership loss, on their timeout, past the bound at once, once all their
// partitions are done, and only after the fsync the durability setting asks for.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Partition, type PartitionEvents } from '../../src/broker/partition.ts'
import { Partitions } from '../../src/broker/partitions.ts'
import { ProducePurgatory } from '../../src/broker/purgatory/delayed-produce.ts'
import { MetadataImage } from '../../src/controller/metadata/metadata-image.ts'
import { record, type MetadataRecord } from '../../src/controller/metadata/metadata-record.ts'
import { MetadataRecordType as T } from '../../src/protocol/generated/metadata-records/index.ts'
import { defaultPartitionChangeRecord } from '../../src/protocol/generated/metadata-records/partition-change-record.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { LogManager } from '../../src/storage/log/log-manager.ts'
import { DEFAULT_LOG_CONFIG } from '../../src/storage/log/partition-log.ts'
import { buildRecordBatch } from '../../src/protocol/record-batch/records.ts'
import { IsrChanges } from '../../src/broker/isr-changes.ts'
import { defaultAlterPartitionResponse, defaultAlterPartitionResponsePartitionData, defaultAlterPartitionResponseTopicData, type AlterPartitionRequest, type AlterPartitionResponse } from '../../src/protocol/generated/messages/alter-partition.ts'
import { silentLogger } from '../../src/util/logger.ts'

const LOCAL = 1
const TOPIC_ID = Buffer.alloc(16, 5).toString('base64url')
const NOW = Date.now()

function topic (replicas: number[], isr: number[], leader: number): MetadataRecord[] {
  return [
    record(T.Topic, { name: 't', topicId: TOPIC_ID }),
    record(T.Partition, {
      partitionId: 0, topicId: TOPIC_ID, replicas, isr, removingReplicas: [], addingReplicas: [], leader,
      leaderRecoveryState: 0, leaderEpoch: 0, partitionEpoch: 0, directories: [], eligibleLeaderReplicas: null, lastKnownElr: null
    })
  ]
}

function change (fields: { leader?: number, isr?: number[] }): MetadataRecord {
  return record(T.PartitionChange, { ...defaultPartitionChangeRecord(), topicId: TOPIC_ID, partitionId: 0, leader: fields.leader ?? -2, isr: fields.isr ?? null })
}

function records (count: number): Buffer {
  return buildRecordBatch({ records: Array.from({ length: count }, (_, i) => ({ key: null, value: Buffer.from(`v${i}`) })) })
}

/** The broker's wiring of a partition's events, with what happened recorded. */
class Recorder implements PartitionEvents {
  readonly purgatory: ProducePurgatory
  advanced = 0
  lost = 0
  /** The leader epochs of the leaderships taken, in order. */
  readonly gained: number[] = []
  readonly caughtUp: number[] = []
  constructor (parkedMax = 100) {
    this.purgatory = new ProducePurgatory(parkedMax)
  }

  highWatermarkAdvanced (p: Partition): void {
    this.advanced++
    this.purgatory.check(p)
  }

  leadershipLost (p: Partition): void {
    this.lost++
    this.purgatory.fail(p, ErrorCode.NOT_LEADER_OR_FOLLOWER)
  }

  leadershipGained (p: Partition): void {
    this.gained.push(p.leaderEpoch)
  }

  followerCaughtUp (_p: Partition, followerId: number): void {
    this.caughtUp.push(followerId)
  }
}

interface Setup {
  readonly logs: LogManager
  readonly partitions: Partitions
  readonly events: Recorder
  image: MetadataImage
  readonly partition: () => Partition
  readonly apply: (...records: MetadataRecord[]) => void
  /** Appends as the leader does in Produce: the append, then the high watermark. Returns the last offset. */
  readonly produce: (count: number) => number
  readonly dir: string
}

async function withLeader (initial: MetadataRecord[], body: (s: Setup) => Promise<void> | void, parkedMax = 100, dir = mkdtempSync(join(tmpdir(), 'rivulet-leader-'))): Promise<void> {
  const logs = LogManager.open({ logDir: dir, configFor: () => DEFAULT_LOG_CONFIG, retentionCheckIntervalMs: 300_000, flushCheckIntervalMs: 1000, clock: () => NOW })
  try {
    if (logs.get('t', 0) === undefined) logs.create('t', 0, TOPIC_ID)
    const events = new Recorder(parkedMax)
    const partitions = new Partitions(LOCAL, logs, events)
    let offset = 0
    const s: Setup = {
      logs,
      partitions,
      events,
      image: MetadataImage.empty().apply(initial, offset++),
      partition: () => partitions.get('t', 0)!,
      apply: (...changes) => {
        s.image = s.image.apply(changes, offset++)
        partitions.update(s.image)
      },
      produce: (count) => {
        const p = s.partition()
        assert.ok(p.isOnline())
        const result = p.log().append(records(count), { leaderEpoch: p.leaderEpoch, nowMs: NOW })
        assert.equal(result.errorCode, 0)
        p.maybeIncrementHighWatermark()
        return (result as { lastOffset: number }).lastOffset
      },
      dir
    }
    partitions.update(s.image)
    await body(s)
  } finally {
    await logs.close()
  }
}

function fetchAs (p: Partition, followerId: number, offset: number, nowMs = NOW): void {
  const f = p.follower(followerId, -1)
  assert.ok(f !== null, `follower ${followerId} is a replica`)
  p.followerFetched(f, offset, nowMs, -1)
}

test('the high watermark follows the slowest ISR member, never goes back, and ignores followers outside the ISR', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-leader-'))
  try {
    await withLeader(topic([1, 2, 3, 4], [1, 2, 3], LOCAL), (s) => {
      const p = s.partition()
      assert.ok(p.isOnline())
      assert.deepEqual(p.log().epochs.all(), [{ epoch: 0, startOffset: 0 }], 'the new leader recorded its epoch before any append')
      assert.equal(s.produce(5), 4)
      assert.equal(p.highWatermark(), 0, 'followers not heard from hold it')
      assert.equal(p.logEndOffset(), 5)
      fetchAs(p, 2, 5)
      assert.equal(p.highWatermark(), 0)
      fetchAs(p, 3, 3)
      assert.equal(p.highWatermark(), 3)
      assert.equal(s.events.advanced, 1)
      fetchAs(p, 4, 0)
      assert.equal(p.highWatermark(), 3, 'follower 4 is not in the ISR')
      fetchAs(p, 3, 5)
      assert.equal(p.highWatermark(), 5)
      // A follower asking from below (after a restart of its own) does not move it back.
      fetchAs(p, 3, 2)
      assert.equal(p.highWatermark(), 5)
      assert.equal(p.follower(9, -1), null, 'not a replica')
      assert.equal(p.follower(LOCAL, -1), null, 'the leader is no follower')
      // A broker epoch older than the one the follower fetched with is a stale incarnation.
      p.followerFetched(p.follower(2, 7)!, 5, NOW, 7)
      assert.equal(p.follower(2, 6), null)
      assert.ok(p.follower(2, 8) !== null)
      // Follower 4 reaches the high watermark: proposed for the ISR.
      fetchAs(p, 4, 5)
      assert.deepEqual(s.events.caughtUp, [4])
      s.logs.checkpointRecoveryPoints()
    }, 100, dir)
    // Restarted: the high watermark comes back from its checkpoint, here with the leader under a new epoch.
    await withLeader([], (s) => {
      s.apply(...topic([1, 2, 3], [1, 2, 3], LOCAL), change({ leader: LOCAL }))
      const p = s.partition()
      assert.ok(p.isOnline())
      assert.equal(p.leaderEpoch, 1)
      assert.equal(p.highWatermark(), 5)
      assert.deepEqual(p.log().epochs.all(), [{ epoch: 0, startOffset: 0 }, { epoch: 1, startOffset: 5 }])
      assert.equal(p.leaderEpochStartOffset, 5)
      // Truncated below its checkpoint (a follower's divergence; whole batches), the high watermark is the log end.
      p.log().truncateTo(3)
      assert.ok(p.logEndOffset() < 5)
      assert.equal(p.highWatermark(), p.logEndOffset())
    }, 100, dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a new leadership starts its followers afresh; losing it tells the broker; a follower takes its leader\'s high watermark', async () => {
  await withLeader(topic([1, 2], [1, 2], LOCAL), (s) => {
    const p = s.partition()
    assert.ok(p.isOnline())
    s.produce(4)
    fetchAs(p, 2, 4)
    assert.equal(p.highWatermark(), 4)
    s.produce(2)
    // A new leader epoch (same leader): follower 2 unknown again, so the high watermark waits for it.
    s.apply(change({ leader: LOCAL }))
    assert.equal(p.leaderEpoch, 1)
    assert.equal(p.followers.get(2)!.logEndOffset, -1)
    assert.equal(p.leaderEpochStartOffset, 6)
    s.produce(1)
    assert.equal(p.highWatermark(), 4)
    // Follower 2 fetching from 7 has everything, the new epoch's start (6) included.
    fetchAs(p, 2, 7)
    assert.equal(p.highWatermark(), 7)
    // Leadership moves to node 2: the broker hears of it; the follower state is gone.
    s.apply(change({ leader: 2 }))
    assert.equal(s.events.lost, 1)
    assert.equal(p.followers.size, 0)
    assert.equal(p.follower(2, -1), null)
    // An ISR change under the same leadership is no new one; node 2 leading (epoch 2) is none of this node's.
    s.apply(change({ isr: [2] }))
    assert.deepEqual(s.events.gained, [0, 1], 'the broker is told once per leadership taken (its "partition leadership" line), at its epoch')
    // Back here: a leadership at epoch 3.
    s.apply(change({ leader: LOCAL, isr: [1, 2] }))
    assert.deepEqual(s.events.gained, [0, 1, 3])
    s.apply(change({ leader: 2 }))
    // As a follower, its high watermark is its leader's, bounded by its own log end.
    p.updateFollowerHighWatermark(5)
    assert.equal(p.highWatermark(), 5)
    p.updateFollowerHighWatermark(100)
    assert.equal(p.highWatermark(), 7)
    assert.equal(p.maybeIncrementHighWatermark(), false, 'a follower never moves it itself')
  })
})

test('ISR shrink proposals: followers not caught up for replica.lag.time.max.ms, one change at a time', async () => {
  await withLeader(topic([1, 2, 3], [1, 2, 3], LOCAL), (s) => {
    const p = s.partition()
    assert.ok(p.isOnline())
    s.produce(3)
    const start = p.followers.get(3)!.lastCaughtUpTimeMs
    fetchAs(p, 2, 3, start + 30_000)
    assert.equal(p.shrinkProposal(start + 30_000, 30_000), null, 'follower 3 counts caught up from the leadership start')
    assert.deepEqual(p.shrinkProposal(start + 30_001, 30_000), [1, 2])
    // Proposed: the high watermark still waits for follower 3 until the controller commits.
    p.proposeIsr([1, 2])
    assert.ok(p.isrChangePending())
    assert.equal(p.shrinkProposal(start + 60_000, 30_000), null, 'one change in flight')
    assert.equal(p.highWatermark(), 0)
    // Committed (the image): follower 3 is out, the high watermark moves to what the ISR has.
    s.apply(change({ isr: [1, 2] }))
    assert.ok(!p.isrChangePending())
    assert.equal(p.highWatermark(), 3)
  })
})

test('acks=all waits: NONE once the ISR has the records, NOT_ENOUGH_REPLICAS_AFTER_APPEND if the ISR fell below the minimum', async () => {
  await withLeader(topic([1, 2, 3], [1, 2, 3], LOCAL), async (s) => {
    const p = s.partition()
    assert.ok(p.isOnline())
    const last = s.produce(3)
    const result = { errorCode: -1, errorMessage: null as string | null }
    const parked = s.events.purgatory.wait([ProducePurgatory.entry(p, last, 2, true, result)], 60_000)
    assert.ok(parked !== null)
    assert.equal(s.events.purgatory.parkedCount(), 1)
    fetchAs(p, 2, 3)
    fetchAs(p, 3, 2)
    assert.equal(result.errorCode, -1, 'follower 3 lacks offset 2')
    fetchAs(p, 3, 3)
    await parked
    assert.equal(result.errorCode, ErrorCode.NONE)
    assert.equal(s.events.purgatory.parkedCount(), 0)

    // The ISR shrinks to the leader alone while a produce waits: committed, but below min.insync.replicas 2.
    const last2 = s.produce(1)
    const shrunk = { errorCode: -1, errorMessage: null as string | null }
    const parked2 = s.events.purgatory.wait([ProducePurgatory.entry(p, last2, 2, true, shrunk)], 60_000)
    assert.ok(parked2 !== null)
    s.apply(change({ isr: [1] }))
    await parked2
    assert.equal(shrunk.errorCode, ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND)
    assert.match(shrunk.errorMessage!, /ISR 1 is insufficient/)

    // The leader alone in the ISR: committed at once, nothing parks.
    const last3 = s.produce(1)
    const alone = { errorCode: -1, errorMessage: null as string | null }
    assert.equal(s.events.purgatory.wait([ProducePurgatory.entry(p, last3, 1, true, alone)], 60_000), null)
    assert.equal(alone.errorCode, ErrorCode.NONE)

    // An expansion proposed and not yet committed: the high watermark waits for follower 2 too, so the
    // records are on both once it moves; decided on the maximal ISR, as Kafka 3.8's
    // checkEnoughReplicasReachOffset: NONE, not NOT_ENOUGH_REPLICAS_AFTER_APPEND.
    fetchAs(p, 2, p.logEndOffset())
    p.proposeIsr([1, 2])
    const last4 = s.produce(1)
    const expanding = { errorCode: -1, errorMessage: null as string | null }
    const parked4 = s.events.purgatory.wait([ProducePurgatory.entry(p, last4, 2, true, expanding)], 60_000)
    assert.ok(parked4 !== null)
    fetchAs(p, 2, last4 + 1)
    await parked4
    assert.equal(expanding.errorCode, ErrorCode.NONE)
  })
})

test('acks=all waits end on the timeout, on leadership loss, and past the bound at once; a request answers once all its partitions are done', async () => {
  await withLeader(topic([1, 2], [1, 2], LOCAL), async (s) => {
    const p = s.partition()
    assert.ok(p.isOnline())
    const last = s.produce(2)
    const timedOut = { errorCode: -1, errorMessage: null as string | null }
    const started = Date.now()
    await s.events.purgatory.wait([ProducePurgatory.entry(p, last, 1, true, timedOut)], 50)
    assert.equal(timedOut.errorCode, ErrorCode.REQUEST_TIMED_OUT)
    assert.ok(Date.now() - started >= 45)
    assert.equal(s.events.purgatory.parkedCount(), 0)

    // Two waits in one request: one satisfied on the follower's fetch, the other when leadership is lost.
    const a = { errorCode: -1, errorMessage: null as string | null }
    const b = { errorCode: -1, errorMessage: null as string | null }
    const last2 = s.produce(1)
    let answered = false
    const parked = s.events.purgatory.wait([ProducePurgatory.entry(p, last, 1, true, a), ProducePurgatory.entry(p, last2, 1, true, b)], 60_000)!
    void parked.then(() => { answered = true })
    fetchAs(p, 2, last + 1)
    assert.equal(a.errorCode, ErrorCode.NONE)
    await new Promise((resolve) => setImmediate(resolve))
    assert.equal(answered, false, 'the request waits for its other partition')
    s.apply(change({ leader: 2 }))
    await parked
    assert.equal(b.errorCode, ErrorCode.NOT_LEADER_OR_FOLLOWER)
  })
  // Bound: one parked request at most; the next is answered at once, what is not replicated REQUEST_TIMED_OUT.
  await withLeader(topic([1, 2], [1, 2], LOCAL), async (s) => {
    const p = s.partition()
    assert.ok(p.isOnline())
    const last = s.produce(1)
    const first = { errorCode: -1, errorMessage: null as string | null }
    const second = { errorCode: -1, errorMessage: null as string | null }
    const parked = s.events.purgatory.wait([ProducePurgatory.entry(p, last, 1, true, first)], 60_000)
    assert.ok(parked !== null)
    assert.equal(s.events.purgatory.wait([ProducePurgatory.entry(p, last, 1, true, second)], 60_000), null)
    assert.equal(second.errorCode, ErrorCode.REQUEST_TIMED_OUT)
    s.events.purgatory.failAll()
    await parked
    assert.equal(first.errorCode, ErrorCode.REQUEST_TIMED_OUT)
  }, 1)
})

test('with the fsync setting a wait also needs the leader\'s fsync', async () => {
  await withLeader(topic([1], [1], LOCAL), async (s) => {
    const p = s.partition()
    assert.ok(p.isOnline())
    const last = s.produce(1)
    assert.equal(p.highWatermark(), last + 1, 'committed at once: the leader is the ISR')
    const result = { errorCode: -1, errorMessage: null as string | null }
    const wait = ProducePurgatory.entry(p, last, 1, false, result)
    const parked = s.events.purgatory.wait([wait], 60_000)
    assert.ok(parked !== null, 'not synced yet: parked')
    const rounds = p.log().groupCommitRounds
    await p.log().sync()
    assert.equal(p.log().groupCommitRounds, rounds + 1)
    assert.equal(result.errorCode, -1)
    s.events.purgatory.synced(wait, ErrorCode.NONE)
    await parked
    assert.equal(result.errorCode, ErrorCode.NONE)
  })
})

/** The leader's IsrChanges answered by `answer` (the controller's answers scripted: lost, refused, ...). */
function isrChangesAnswering (answer: (request: AlterPartitionRequest) => Promise<AlterPartitionResponse>, clock = (): number => NOW): IsrChanges {
  const brokers = MetadataImage.empty().apply([1, 2, 3].map((id) => record(T.RegisterBroker, {
    brokerId: id, isMigratingZkBroker: false, incarnationId: Buffer.alloc(16, id).toString('base64url'), brokerEpoch: BigInt(10 + id),
    endPoints: [], features: [], rack: null, fenced: false, inControlledShutdown: false, logDirs: []
  })), 0)
  return new IsrChanges({ localNodeId: LOCAL, image: () => brokers, send: answer, retryBackoffMs: 5, logger: silentLogger(), clock })
}

function answered (errorCode: number): AlterPartitionResponse {
  const response = defaultAlterPartitionResponse()
  response.topics = [{ ...defaultAlterPartitionResponseTopicData(), topicId: TOPIC_ID, partitions: [{ ...defaultAlterPartitionResponsePartitionData(), errorCode }] }]
  return response
}

async function settled (): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve))
}

test('an expansion whose answer was lost stays in the high watermark set until the image shows the new partition epoch (INVALID_UPDATE_VERSION, success without the image, no controller)', async () => {
  for (const outcome of ['invalid-update-version', 'fenced-leader-epoch', 'success', 'no-controller'] as const) {
    await withLeader(topic([1, 2, 3], [1, 2], LOCAL), async (s) => {
      const p = s.partition()
      assert.ok(p.isOnline())
      s.produce(2)
      fetchAs(p, 2, 2)
      fetchAs(p, 3, 2)
      assert.equal(p.highWatermark(), 2)
      let sends = 0
      const changes = isrChangesAnswering(async () => {
        sends++
        if (outcome === 'no-controller' && sends === 1) throw new Error('no controller')
        if (outcome === 'success') return answered(ErrorCode.NONE)
        // The controller committed the first send; its answer was lost, the retry finds a newer partition epoch.
        return answered(outcome === 'fenced-leader-epoch' ? ErrorCode.FENCED_LEADER_EPOCH : ErrorCode.INVALID_UPDATE_VERSION)
      })
      try {
        changes.expand(p, 3)
        assert.deepEqual(p.maximalIsr(), [1, 2, 3])
        await settled()
        if (outcome === 'no-controller') await new Promise((resolve) => setTimeout(resolve, 30))
        await settled()
        assert.ok(p.isrChangePending(), `${outcome}: still pending until the image shows it`)
        assert.deepEqual(p.maximalIsr(), [1, 2, 3], `${outcome}: follower 3 still holds the high watermark`)
        // Records follower 3 does not have: the high watermark waits for it.
        s.produce(2)
        fetchAs(p, 2, 4)
        assert.equal(p.highWatermark(), 2, `${outcome}: the high watermark does not pass follower 3`)
        // The image arrives: committed, the proposal ends; follower 3 is an ISR member now.
        s.apply(change({ isr: [1, 2, 3] }))
        assert.ok(!p.isrChangePending())
        assert.deepEqual(p.maximalIsr(), [1, 2, 3])
        assert.equal(p.highWatermark(), 2)
        fetchAs(p, 3, 4)
        assert.equal(p.highWatermark(), 4)
      } finally {
        changes.close()
      }
    })
  }
})

test('a proposal the controller proves not applied (INELIGIBLE_REPLICA, OPERATION_NOT_ATTEMPTED, ...) is dropped at once; a pending shrink keeps the removed member in the high watermark set', async () => {
  for (const errorCode of [ErrorCode.INELIGIBLE_REPLICA, ErrorCode.OPERATION_NOT_ATTEMPTED, ErrorCode.UNKNOWN_TOPIC_ID, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.INVALID_REQUEST]) {
    await withLeader(topic([1, 2, 3], [1, 2], LOCAL), async (s) => {
      const p = s.partition()
      assert.ok(p.isOnline())
      let now = NOW
      const changes = isrChangesAnswering(async () => answered(errorCode), () => now)
      try {
        changes.expand(p, 3)
        await settled()
        assert.ok(!p.isrChangePending(), `error ${errorCode}: dropped`)
        assert.deepEqual(p.maximalIsr(), [1, 2])
        assert.equal(changes.heldCount(), 1, 'no new proposal for the backoff')
        now += 5
        changes.checkShrinks([p], 30_000)
        assert.equal(changes.heldCount(), 0, 'the periodic check forgets holds that are over')
      } finally {
        changes.close()
      }
    })
  }
  // A shrink whose answer is lost: the removed member still holds the high watermark until committed.
  await withLeader(topic([1, 2, 3], [1, 2, 3], LOCAL), async (s) => {
    const p = s.partition()
    assert.ok(p.isOnline())
    s.produce(2)
    fetchAs(p, 2, 2)
    const changes = isrChangesAnswering(async () => { throw new Error('no controller') })
    try {
      const start = p.followers.get(3)!.lastCaughtUpTimeMs
      changes.checkShrinks([p], 0)
      assert.ok(p.isrChangePending() || start > NOW)
      await new Promise((resolve) => setTimeout(resolve, 30))
      assert.deepEqual(p.maximalIsr(), [1, 2, 3])
      assert.equal(p.highWatermark(), 0)
      s.apply(change({ isr: [1, 2] }))
      assert.deepEqual(p.maximalIsr(), [1, 2])
      assert.equal(p.highWatermark(), 2)
    } finally {
      changes.close()
    }
  })
})
