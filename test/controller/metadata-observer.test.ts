// A broker-only node follows the @metadata quorum as an observer (MetadataObserverLog): three voters
// (RaftMetadataLog, each serving the quorum APIs on a KafkaServer of its own) on 127.0.0.1-3 and an
// observer (node 4) fetching from them over real sockets. The observer applies the same entries as the
// voters (the same image digest), refuses appends with the leader's id, never counts toward a commit,
// catches up by the leader's snapshot after being cut off past the compaction point, follows a leader
// change; DescribeQuorum over a socket lists the voters and the observer with their log end offsets; a
// process.roles=broker configuration opens an observer log; the serving side refuses what it cannot serve.
// Waits for state, never a fixed time (except where it checks that something does NOT happen).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NotMetadataLeaderError, RaftMetadataLog, type MetadataLeadership } from '../../src/controller/metadata/metadata-log.ts'
import { MetadataObserverLog } from '../../src/controller/metadata/metadata-observer-log.ts'
import { MetadataPublisher } from '../../src/controller/metadata/metadata-publisher.ts'
import { imageToRecords } from '../../src/controller/metadata/image-records.ts'
import { encodeMetadataRecords, record, type MetadataRecord } from '../../src/controller/metadata/metadata-record.ts'
import { describeMetadataQuorumRequest, METADATA_TOPIC_NAME, serveQuorumFetch, serveQuorumFetchSnapshot } from '../../src/controller/metadata/quorum-fetch.ts'
import type { FetchRequest } from '../../src/protocol/generated/messages/fetch.ts'
import type { FetchSnapshotRequest } from '../../src/protocol/generated/messages/fetch-snapshot.ts'
import { MetadataRecordType as T } from '../../src/protocol/generated/metadata-records/index.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import type { DescribeQuorumResponse } from '../../src/protocol/generated/messages/describe-quorum.ts'
import type { KafkaServer } from '../../src/network/server.ts'
import { silentLogger } from '../../src/util/logger.ts'
import { loopbackVoters, waitFor } from '../helpers/raft-cluster.ts'
import { startQuorumServer, WireSender } from '../helpers/quorum-wire.ts'
import { KafkaQuorumClient } from '../../src/controller/metadata/quorum-client.ts'
import { WireClient, encodeRequest, decodeResponse } from '../helpers/wire-client.ts'
import type { PeerAddress } from '../../src/controller/raft/transport/tcp-transport.ts'
import { loadConfig } from '../../src/config/load-config.ts'
import { openObserverLog } from '../../src/node/metadata-log-of-role.ts'

const OBSERVER_ID = 4

interface Voter { readonly log: RaftMetadataLog, readonly publisher: MetadataPublisher, readonly server: KafkaServer }
interface Observer { readonly log: MetadataObserverLog, readonly publisher: MetadataPublisher, readonly client: WireSender, readonly leaderships: MetadataLeadership[] }

class Cluster {
  readonly voters = new Map<number, Voter>()
  /** Each voter's quorum API address (the observer's client reads it at every request). */
  readonly apiAddresses = new Map<number, { host: string, port: number }>()
  observer: Observer | null = null
  constructor (readonly root: string, readonly addresses: Map<number, PeerAddress>, readonly snapshotBytes: number) {}

  static async create (snapshotBytes = 1 << 30): Promise<Cluster> {
    const c = new Cluster(mkdtempSync(join(tmpdir(), 'rivulet-metadata-observer-')), await loopbackVoters(3), snapshotBytes)
    await Promise.all([...c.addresses.keys()].map(async (id) => await c.startVoter(id)))
    return c
  }

  async startVoter (id: number): Promise<Voter> {
    const log = await RaftMetadataLog.open({
      parentDir: join(this.root, `node-${id}`),
      nodeId: id,
      logger: silentLogger(),
      quorum: { clusterId: 'observer-test', voters: this.addresses, listen: this.addresses.get(id)!, tickMs: 10, electionTicks: 10, heartbeatTicks: 2, compactKeepEntries: 2 }
    })
    const publisher = MetadataPublisher.open(log, this.snapshotBytes, silentLogger())
    const server = await startQuorumServer(log, this.addresses.get(id)!.host, silentLogger())
    this.apiAddresses.set(id, server.address())
    const voter = { log, publisher, server }
    this.voters.set(id, voter)
    return voter
  }

  async stopVoter (id: number): Promise<void> {
    const v = this.voters.get(id)!
    this.voters.delete(id)
    await v.server.close()
    await v.publisher.close()
    await v.log.close()
  }

  async startObserver (): Promise<Observer> {
    const client = new WireSender()
    const log = await MetadataObserverLog.open({ nodeId: OBSERVER_ID, clusterId: 'observer-test', voters: [...this.addresses.keys()], client: new KafkaQuorumClient(client, this.apiAddresses), logger: silentLogger(), fetchWaitMs: 200, retryBackoffMs: 20, fetchBytesMax: 4096 })
    const publisher = MetadataPublisher.open(log, this.snapshotBytes, silentLogger())
    const leaderships: MetadataLeadership[] = []
    log.onLeaderChange((l) => leaderships.push(l))
    this.observer = { log, publisher, client, leaderships }
    return this.observer
  }

  async stopObserver (): Promise<void> {
    const o = this.observer
    if (o === null) return
    this.observer = null
    o.client.close()
    await o.publisher.close()
    await o.log.close()
  }

  async leader (): Promise<number> {
    let found = 0
    await waitFor('a leader known to every voter', () => {
      const leaders = [...this.voters].filter(([, v]) => v.log.isLeader()).map(([id]) => id)
      if (leaders.length !== 1) return false
      found = leaders[0]!
      return [...this.voters.values()].every((v) => v.log.leader().leaderId === found)
    })
    return found
  }

  async close (): Promise<void> {
    await this.stopObserver()
    for (const id of [...this.voters.keys()]) await this.stopVoter(id)
    rmSync(this.root, { recursive: true, force: true })
  }
}

function digest (publisher: MetadataPublisher): string {
  return createHash('sha256').update(encodeMetadataRecords(imageToRecords(publisher.image()))).digest('hex')
}

function topic (name: string): MetadataRecord {
  return record(T.Topic, { name, topicId: createHash('sha256').update(name).digest().subarray(0, 16).toString('base64url') })
}

function topicNames (publisher: MetadataPublisher): string[] {
  return [...publisher.image().topicIdsByName.keys()].sort()
}

async function withCluster (body: (c: Cluster) => Promise<void>, snapshotBytes?: number): Promise<void> {
  const c = await Cluster.create(snapshotBytes)
  try {
    await body(c)
  } finally {
    await c.close()
  }
}

/** Every voter and the observer have applied `offset`; they hold one image. */
async function assertSameImage (c: Cluster, offset: number): Promise<void> {
  const publishers = [...[...c.voters.values()].map((v) => v.publisher), c.observer!.publisher]
  await waitFor(`voters and observer to apply offset ${offset}`, () => publishers.every((p) => p.appliedOffset() >= offset))
  const digests = new Set(publishers.map(digest))
  assert.equal(digests.size, 1, 'the observer and the voters hold different images')
}

test('an observer applies the same entries as the voters and refuses appends with the leader id', async () => {
  await withCluster(async (c) => {
    const leaderId = await c.leader()
    const leader = c.voters.get(leaderId)!
    for (let i = 0; i < 5; i++) await leader.log.append([topic(`early${i}`)])
    // Started after entries were committed: they reach it in the replay; later ones while it follows.
    const observer = await c.startObserver()
    assert.equal(topicNames(observer.publisher).length, 5)
    let last = 0
    for (let i = 0; i < 20; i++) last = await leader.log.append([topic(`t${i}`)])
    await assertSameImage(c, last)
    assert.equal(topicNames(observer.publisher).length, 25)
    assert.equal(observer.log.isLeader(), false)
    assert.equal(observer.log.leader().leaderId, leaderId)
    await assert.rejects(observer.log.append([topic('refused')]), (err: unknown) => {
      assert.ok(err instanceof NotMetadataLeaderError)
      assert.equal(err.leaderId, leaderId)
      return true
    })
    // The observer is no member of the quorum: the voter set is still the three.
    assert.deepEqual([...c.voters.values()].map((v) => v.log.describeQuorum()?.voters.length ?? 3), [3, 3, 3])
  })
})

test('an observer never counts toward a commit: the leader with the observer but without the other voters acknowledges nothing', async () => {
  await withCluster(async (c) => {
    const leaderId = await c.leader()
    const observer = await c.startObserver()
    const first = await c.voters.get(leaderId)!.log.append([topic('committed')])
    await waitFor('the observer to apply the first entry', () => observer.publisher.appliedOffset() >= first)
    const leader = c.voters.get(leaderId)!
    for (const id of [...c.voters.keys()]) if (id !== leaderId) await c.stopVoter(id)
    let outcome: string = 'pending'
    leader.log.append([topic('never')]).then(() => { outcome = 'acknowledged' }, () => { outcome = 'refused' })
    // Long enough for the observer to fetch many times (fetch wait 200 ms, ticks of 10 ms).
    await new Promise((resolve) => setTimeout(resolve, 1500))
    assert.notEqual(outcome, 'acknowledged')
    assert.ok(!topicNames(observer.publisher).includes('never'), 'the observer applied an entry that was never committed')
    assert.ok(!topicNames(leader.publisher).includes('never'))
  })
})

test('an observer cut off past the compaction point catches up by the leader snapshot', async () => {
  // A tiny snapshot bound: the publishers snapshot after about every entry; voters keep 2 entries behind.
  await withCluster(async (c) => {
    const leaderId = await c.leader()
    const leader = c.voters.get(leaderId)!
    const observer = await c.startObserver()
    const before = await leader.log.append([topic('before')])
    await waitFor('the observer to apply the first entry', () => observer.publisher.appliedOffset() >= before)
    const offsetBefore = observer.publisher.appliedOffset()
    observer.client.pause()
    let last = 0
    for (let i = 0; i < 30; i++) last = await leader.log.append([topic(`while-cut-off${i}`)])
    await waitFor('the leader to compact past the observer', () => leader.log.readCommitted(offsetBefore + 1, 1 << 20) === 'compacted')
    const snapshot = leader.log.latestSnapshot()
    assert.ok(snapshot !== null && snapshot.id.endOffset > offsetBefore + 1)
    const snapshotsBefore = observer.log.snapshotsLoaded
    observer.client.unpause()
    await assertSameImage(c, last)
    assert.ok(observer.log.snapshotsLoaded > snapshotsBefore, 'the observer caught up by a snapshot, not by entries')
    assert.equal(topicNames(observer.publisher).length, 31)

    // A fresh observer (a restart: it keeps nothing on disk) starts from the snapshot too.
    await c.stopObserver()
    const again = await c.startObserver()
    assert.ok(again.log.replay().snapshot !== null, 'the restarted observer loaded the snapshot')
    assert.equal(topicNames(again.publisher).length, 31)
  }, 64)
})

test('an observer follows a leader change and applies what the new leader commits', async () => {
  await withCluster(async (c) => {
    const first = await c.leader()
    const observer = await c.startObserver()
    const before = await c.voters.get(first)!.log.append([topic('before')])
    await waitFor('the observer to apply the first entry', () => observer.publisher.appliedOffset() >= before)
    assert.equal(observer.log.leader().leaderId, first)
    await c.stopVoter(first)
    const second = await c.leader()
    assert.notEqual(second, first)
    let last = 0
    for (let i = 0; i < 10; i++) last = await c.voters.get(second)!.log.append([topic(`after${i}`)])
    await assertSameImage(c, last)
    await waitFor('the observer to know the new leader', () => observer.log.leader().leaderId === second)
    assert.ok(observer.leaderships.some((l) => l.leaderId === second && l.epoch > 0))
    assert.equal(topicNames(observer.publisher).length, 11)
  })
})

test('DescribeQuorum over a socket lists the voters and the observer with log end offsets; a follower answers NOT_LEADER_OR_FOLLOWER', async () => {
  await withCluster(async (c) => {
    const leaderId = await c.leader()
    const observer = await c.startObserver()
    let last = 0
    for (let i = 0; i < 5; i++) last = await c.voters.get(leaderId)!.log.append([topic(`t${i}`)])
    await assertSameImage(c, last)
    const describe = async (id: number): Promise<DescribeQuorumResponse> => {
      const address = c.apiAddresses.get(id)!
      const client = await WireClient.connect(address.port, address.host)
      try {
        client.send(encodeRequest(55, 1, 7, describeMetadataQuorumRequest()))
        return decodeResponse<DescribeQuorumResponse>((await client.nextFrame())!, 55, 1).body
      } finally {
        client.close()
      }
    }
    // The observer's next fetch (after the last entry) tells the leader its offset.
    let partition = (await describe(leaderId)).topics[0]!.partitions[0]!
    for (let tries = 0; tries < 100; tries++) {
      partition = (await describe(leaderId)).topics[0]!.partitions[0]!
      if (partition.observers.some((o) => o.logEndOffset === partition.highWatermark)) break
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    assert.equal(partition.errorCode, ErrorCode.NONE)
    assert.equal(partition.leaderId, leaderId)
    assert.equal(partition.leaderEpoch, c.voters.get(leaderId)!.log.leader().epoch)
    assert.ok(partition.highWatermark > BigInt(last))
    assert.deepEqual(partition.currentVoters.map((v) => v.replicaId).sort(), [1, 2, 3])
    for (const v of partition.currentVoters) {
      assert.ok(v.logEndOffset > 0n && v.logEndOffset <= partition.highWatermark + 1n, `voter ${v.replicaId} log end ${v.logEndOffset}`)
      assert.ok(v.lastFetchTimestamp > 0n, `voter ${v.replicaId} last fetch`)
    }
    assert.deepEqual(partition.observers.map((o) => o.replicaId), [OBSERVER_ID])
    const seen = partition.observers[0]!
    assert.equal(partition.highWatermark - seen.logEndOffset, 0n, 'the observer has no lag once caught up')
    assert.ok(seen.lastFetchTimestamp > 0n && seen.lastCaughtUpTimestamp > 0n)
    assert.equal(observer.log.isLeader(), false)

    const follower = [...c.voters.keys()].find((id) => id !== leaderId)!
    const refused = (await describe(follower)).topics[0]!
    assert.equal(refused.topicName, METADATA_TOPIC_NAME)
    assert.equal(refused.partitions[0]!.errorCode, ErrorCode.NOT_LEADER_OR_FOLLOWER)
    assert.equal(refused.partitions[0]!.leaderId, leaderId)
  })
})

test('a node configured process.roles=broker, its id not among controller.quorum.voters, opens an observer log that follows the quorum', async () => {
  await withCluster(async (c) => {
    const leaderId = await c.leader()
    let last = 0
    for (let i = 0; i < 3; i++) last = await c.voters.get(leaderId)!.log.append([topic(`t${i}`)])
    // The voters' quorum APIs are on their own ports here (see quorum-wire.ts): the voters list names them.
    const voters = [...c.apiAddresses].map(([id, a]) => `${id}@${a.host}:${a.port}`).join(',')
    const config = loadConfig({ argv: ['--node.id=4', '--process.roles=broker', `--controller.quorum.voters=${voters}`, '--listeners=PLAINTEXT://127.0.0.4:0', '--controller.listener.names=CONTROLLER'], env: {} })
    const sender = new WireSender()
    const log = await openObserverLog({ settings: config.node, clusterId: 'observer-test', logger: silentLogger(), sender })
    try {
      assert.ok(log instanceof MetadataObserverLog)
      const publisher = MetadataPublisher.open(log, 1 << 30, silentLogger())
      last = await c.voters.get(leaderId)!.log.append([topic('later')])
      await waitFor('the broker-only node to apply the last entry', () => publisher.appliedOffset() >= last)
      assert.deepEqual(topicNames(publisher), ['later', 't0', 't1', 't2'])
      assert.equal(digest(publisher), digest(c.voters.get(leaderId)!.publisher))
      await publisher.close()
    } finally {
      sender.close()
      await log.close()
    }
  })
})

test('the quorum fetch refuses what it cannot serve: another topic, a snapshot id that is gone, a position past the snapshot end', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-quorum-fetch-'))
  const log = await RaftMetadataLog.open({ parentDir: dir, nodeId: 1, logger: silentLogger() })
  const publisher = MetadataPublisher.open(log, 1 << 30, silentLogger())
  try {
    let last = 0
    for (let i = 0; i < 5; i++) last = await log.append([topic(`t${i}`)])
    await log.snapshot(last, imageToRecords(publisher.image()))
    const fetchAt = (offset: number, topicName = METADATA_TOPIC_NAME): FetchRequest => ({
      clusterId: null, replicaId: 9, replicaState: { replicaId: -1, replicaEpoch: -1n }, maxWaitMs: 0, minBytes: 1, maxBytes: 1 << 20, isolationLevel: 0, sessionId: 0, sessionEpoch: -1,
      topics: [{ topic: topicName, topicId: '', partitions: [{ partition: 0, currentLeaderEpoch: -1, fetchOffset: BigInt(offset), lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 1 << 20 }] }],
      forgottenTopicsData: [], rackId: ''
    })
    const other = await serveQuorumFetch(log, fetchAt(1, 'orders'), Date.now)
    assert.equal(other.responses[0]!.partitions[0]!.errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
    // One voter compacts everything behind its snapshot: a fetch from the start is told the snapshot id.
    const behind = (await serveQuorumFetch(log, fetchAt(1), Date.now)).responses[0]!.partitions[0]!
    assert.equal(behind.errorCode, ErrorCode.NONE)
    assert.equal(behind.snapshotId.endOffset, BigInt(last + 1))
    assert.equal(behind.records, null)
    const caughtUp = (await serveQuorumFetch(log, fetchAt(last + 1), Date.now)).responses[0]!.partitions[0]!
    assert.equal(caughtUp.highWatermark, BigInt(last + 1))
    assert.equal(caughtUp.records?.length ?? 0, 0)
    assert.deepEqual(log.describeQuorum()!.observers.map((o) => [o.replicaId, o.logEndOffset]), [[9, last + 1]])

    const snapshotAt = (endOffset: number, epoch: number, position: number): FetchSnapshotRequest => ({
      clusterId: null, replicaId: 9, maxBytes: 1 << 20, topics: [{ name: METADATA_TOPIC_NAME, partitions: [{ partition: 0, currentLeaderEpoch: -1, snapshotId: { endOffset: BigInt(endOffset), epoch }, position: BigInt(position) }] }]
    })
    const id = log.latestSnapshot()!.id
    const whole = serveQuorumFetchSnapshot(log, snapshotAt(id.endOffset, id.epoch, 0)).topics[0]!.partitions[0]!
    assert.equal(whole.errorCode, ErrorCode.NONE)
    assert.equal(BigInt(whole.unalignedRecords.length), whole.size)
    assert.equal(serveQuorumFetchSnapshot(log, snapshotAt(id.endOffset - 1, id.epoch, 0)).topics[0]!.partitions[0]!.errorCode, ErrorCode.SNAPSHOT_NOT_FOUND)
    assert.equal(serveQuorumFetchSnapshot(log, snapshotAt(id.endOffset, id.epoch, whole.unalignedRecords.length + 1)).topics[0]!.partitions[0]!.errorCode, ErrorCode.POSITION_OUT_OF_RANGE)
    assert.equal(serveQuorumFetchSnapshot(log, snapshotAt(id.endOffset, id.epoch, -1)).topics[0]!.partitions[0]!.errorCode, ErrorCode.POSITION_OUT_OF_RANGE)
  } finally {
    await publisher.close()
    await log.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
