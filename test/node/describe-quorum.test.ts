// DescribeQuorum (key 55) on a node's client listener and /v1/cluster on its admin API: the one-voter
// node of `npm start` leads its quorum, so it answers itself: leader id and epoch, the high watermark,
// itself as the one voter with no lag, no observers; another topic than __cluster_metadata is
// UNKNOWN_TOPIC_OR_PARTITION. (The three-voter case with an observer: test/controller/metadata-observer.test.ts.)
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startNode } from '../../src/index.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import type { DescribeQuorumResponse } from '../../src/protocol/generated/messages/describe-quorum.ts'
import { WireClient, encodeRequest, decodeResponse } from '../helpers/wire-client.ts'

test('DescribeQuorum on the client listener and /v1/cluster report the quorum of a one-voter node', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-describe-quorum-'))
  try {
    const node = await startNode({ config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': 'http://127.0.0.1:0', 'log.dirs': dir } })
    const client = await WireClient.connect(node.port)
    try {
      const request = { topics: [{ topicName: '__cluster_metadata', partitions: [{ partitionIndex: 0 }] }, { topicName: 'other', partitions: [{ partitionIndex: 0 }] }] }
      for (const version of [0, 1]) {
        client.send(encodeRequest(ApiKey.DescribeQuorum, version, version + 1, request))
        const body = decodeResponse<DescribeQuorumResponse>((await client.nextFrame())!, ApiKey.DescribeQuorum, version).body
        assert.equal(body.errorCode, ErrorCode.NONE)
        const p = body.topics[0]!.partitions[0]!
        assert.equal(p.errorCode, ErrorCode.NONE)
        assert.equal(p.leaderId, 1)
        assert.ok(p.leaderEpoch >= 1)
        assert.ok(p.highWatermark >= 2n, `high watermark ${p.highWatermark}`)
        assert.deepEqual(p.currentVoters.map((v) => [v.replicaId, v.logEndOffset]), [[1, p.highWatermark]])
        if (version >= 1) assert.ok(p.currentVoters[0]!.lastCaughtUpTimestamp > 0n)
        else assert.equal(p.currentVoters[0]!.lastFetchTimestamp, -1n, 'v0 carries no timestamps')
        assert.deepEqual(p.observers, [])
        assert.equal(body.topics[1]!.partitions[0]!.errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
      }
      const cluster = await (await fetch(`http://127.0.0.1:${node.adminPort!}/v1/cluster`)).json() as {
        controllerId: number
        quorum: { leaderId: number, leaderEpoch: number, highWatermark: number, voters: Array<{ id: number, logEndOffset: number, lag: number }>, observers: unknown[] }
        brokers: Array<{ id: number, fenced: boolean }>
      }
      assert.equal(cluster.controllerId, 1)
      assert.equal(cluster.quorum.leaderId, 1)
      assert.ok(cluster.quorum.leaderEpoch >= 1)
      assert.deepEqual(cluster.quorum.voters.map((v) => [v.id, v.lag]), [[1, 0]])
      assert.deepEqual(cluster.quorum.observers, [])
      assert.deepEqual(cluster.brokers.map((b) => [b.id, b.fenced]), [[1, false]])
    } finally {
      client.close()
      await node.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
