// The @metadata log over three voters in one process, each a RaftMetadataLog with its publisher on its
// own loopback address (127.0.0.1-3, binding it for outgoing connections too): every node's image is
// the same after appends through the leader; an append on a follower fails with the leader's id; the
// leader closed, another is elected, accepts appends, and every survivor's image holds every
// acknowledged entry; a node down for many entries catches up by the leader's snapshot; a log of
// another node id refuses to open. Waits for state (a leader, an offset applied), never a fixed time.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MetadataLogRefusedError, NotMetadataLeaderError, RaftMetadataLog, type MetadataLeadership } from '../../src/controller/metadata/metadata-log.ts'
import { MetadataPublisher } from '../../src/controller/metadata/metadata-publisher.ts'
import { imageToRecords } from '../../src/controller/metadata/image-records.ts'
import { encodeMetadataRecords, record, type MetadataRecord } from '../../src/controller/metadata/metadata-record.ts'
import { MetadataRecordType as T } from '../../src/protocol/generated/metadata-records/index.ts'
import { silentLogger } from '../../src/util/logger.ts'
import { loopbackVoters, waitFor } from '../helpers/raft-cluster.ts'
import type { PeerAddress } from '../../src/controller/raft/transport/tcp-transport.ts'

interface Member { readonly log: RaftMetadataLog, readonly publisher: MetadataPublisher, readonly leaderships: MetadataLeadership[] }

class Quorum {
  readonly members = new Map<number, Member>()
  constructor (readonly root: string, readonly voters: Map<number, PeerAddress>, readonly snapshotBytes: number, readonly clusterId = 'quorum-test') {}

  static async create (snapshotBytes = 1 << 30): Promise<Quorum> {
    const q = new Quorum(mkdtempSync(join(tmpdir(), 'rivulet-metadata-quorum-')), await loopbackVoters(3), snapshotBytes)
    for (const id of q.voters.keys()) await q.start(id)
    return q
  }

  async open (id: number, clusterId = this.clusterId, dirOf = id): Promise<RaftMetadataLog> {
    return await RaftMetadataLog.open({
      parentDir: join(this.root, `node-${dirOf}`),
      nodeId: id,
      logger: silentLogger(),
      quorum: { clusterId, voters: this.voters, listen: this.voters.get(id)!, tickMs: 10, electionTicks: 10, heartbeatTicks: 2, compactKeepEntries: 2 }
    })
  }

  async start (id: number): Promise<Member> {
    const log = await this.open(id)
    const publisher = MetadataPublisher.open(log, this.snapshotBytes, silentLogger())
    const member = { log, publisher, leaderships: [] as MetadataLeadership[] }
    log.onLeaderChange((l) => member.leaderships.push(l))
    this.members.set(id, member)
    return member
  }

  async stop (id: number): Promise<void> {
    const m = this.members.get(id)!
    this.members.delete(id)
    await m.publisher.close()
    await m.log.close()
  }

  async leader (): Promise<number> {
    let found = 0
    await waitFor('a leader known to every running member', () => {
      const leaders = [...this.members].filter(([, m]) => m.log.isLeader()).map(([id]) => id)
      if (leaders.length !== 1) return false
      found = leaders[0]!
      return [...this.members.values()].every((m) => m.log.leader().leaderId === found)
    })
    return found
  }

  /** Every running member has published up to `offset`; their images' digests are returned. */
  async digestsAt (offset: number): Promise<Map<number, string>> {
    await waitFor(`every member to apply offset ${offset}`, () => [...this.members.values()].every((m) => m.publisher.appliedOffset() >= offset))
    return new Map([...this.members].map(([id, m]) => [id, digest(m)]))
  }

  async close (): Promise<void> {
    for (const id of [...this.members.keys()]) await this.stop(id)
    rmSync(this.root, { recursive: true, force: true })
  }
}

function digest (m: Member): string {
  return createHash('sha256').update(encodeMetadataRecords(imageToRecords(m.publisher.image()))).digest('hex')
}

function topic (name: string): MetadataRecord {
  return record(T.Topic, { name, topicId: createHash('sha256').update(name).digest().subarray(0, 16).toString('base64url') })
}

function topicNames (m: Member): string[] {
  return [...m.publisher.image().topicIdsByName.keys()].sort()
}

async function withQuorum (body: (q: Quorum) => Promise<void>, snapshotBytes?: number): Promise<void> {
  const q = await Quorum.create(snapshotBytes)
  try {
    await body(q)
  } finally {
    await q.close()
  }
}

test('three voters agree on the image after appends through the leader; a follower refuses an append with the leader id', async () => {
  await withQuorum(async (q) => {
    const leaderId = await q.leader()
    const leader = q.members.get(leaderId)!
    let last = 0
    for (let i = 0; i < 20; i++) last = await leader.log.append([topic(`t${i}`)])
    const digests = await q.digestsAt(last)
    assert.equal(new Set(digests.values()).size, 1, `images differ: ${JSON.stringify([...digests])}`)
    for (const m of q.members.values()) assert.equal(topicNames(m).length, 20)

    const followerId = [...q.members.keys()].find((id) => id !== leaderId)!
    await assert.rejects(q.members.get(followerId)!.log.append([topic('refused')]), (err: unknown) => {
      assert.ok(err instanceof NotMetadataLeaderError)
      assert.equal(err.leaderId, leaderId)
      return true
    })
    for (const m of q.members.values()) {
      assert.ok(m.leaderships.some((l) => l.leaderId === leaderId && l.epoch > 0), 'the leadership change was told')
    }
  })
})

test('the leader closed: another is elected with a higher epoch, accepts appends, and every survivor holds every acknowledged entry', async () => {
  await withQuorum(async (q) => {
    const first = await q.leader()
    const firstEpoch = q.members.get(first)!.log.leader().epoch
    const acknowledged: string[] = []
    for (let i = 0; i < 10; i++) { await q.members.get(first)!.log.append([topic(`before${i}`)]); acknowledged.push(`before${i}`) }
    await q.stop(first)
    const second = await q.leader()
    assert.notEqual(second, first)
    assert.ok(q.members.get(second)!.log.leader().epoch > firstEpoch)
    let last = 0
    for (let i = 0; i < 10; i++) { last = await q.members.get(second)!.log.append([topic(`after${i}`)]); acknowledged.push(`after${i}`) }
    const digests = await q.digestsAt(last)
    assert.equal(new Set(digests.values()).size, 1)
    for (const m of q.members.values()) assert.deepEqual(topicNames(m), [...acknowledged].sort())
  })
})

test('a node down for many entries and a snapshot catches up by the leader\'s snapshot', async () => {
  // A snapshot every ~200 bytes of entries; the log behind it keeps 2 entries.
  await withQuorum(async (q) => {
    const leaderId = await q.leader()
    const downId = [...q.members.keys()].find((id) => id !== leaderId)!
    await q.stop(downId)
    let last = 0
    for (let i = 0; i < 60; i++) last = await q.members.get(leaderId)!.log.append([topic(`while-down-${i}`)])
    await waitFor('the leader to snapshot past the entries the stopped node lacks', () => q.members.get(leaderId)!.log.bytesSinceSnapshot() < 200)
    const back = await q.start(downId)
    // Each append carries one record: a single publication of many is the snapshot replacing the image.
    let largest = 0
    back.publisher.subscribe((_image, _previous, records) => { largest = Math.max(largest, records.length) })
    await waitFor('the restarted node to apply the snapshot', () => back.publisher.appliedOffset() >= last)
    assert.ok(largest > 30, `caught up by a snapshot (largest publication: ${largest} records)`)
    const digests = await q.digestsAt(last)
    assert.equal(new Set(digests.values()).size, 1)
    assert.equal(topicNames(back).length, 60)
  }, 200)
})

test('a log that belongs to another node id refuses to open, and is left as it was', async () => {
  await withQuorum(async (q) => {
    const leaderId = await q.leader()
    await q.members.get(leaderId)!.log.append([topic('x')])
    const otherId = [...q.members.keys()].find((id) => id !== leaderId)!
    await q.stop(otherId)
    const intruder = [...q.voters.keys()].find((id) => id !== otherId)!
    await assert.rejects(q.open(intruder, q.clusterId, otherId), (err: unknown) => {
      assert.ok(err instanceof MetadataLogRefusedError)
      assert.equal(err.code, 'RIVULET_ERR_METADATA_LOG_NODE_ID')
      assert.ok(!err.message.includes('\n'))
      return true
    })
    await assert.rejects(q.open(otherId, 'another-cluster'), (err: unknown) => {
      assert.ok(err instanceof MetadataLogRefusedError)
      assert.equal(err.code, 'RIVULET_ERR_METADATA_LOG_CLUSTER_ID')
      return true
    })
    // Its own node id and cluster id still open it.
    const back = await q.start(otherId)
    await waitFor('the node to rejoin and apply x', () => topicNames(back).includes('x'))
  })
})
