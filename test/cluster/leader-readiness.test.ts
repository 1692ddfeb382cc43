// A restarted node does not act as leader before its broker lifecycle is RUNNING (real processes on
// 127.0.0.1-3): node 1 leads a partition, every node is killed with kill -9, and node 1 alone is
// started again. Its image, replayed from its own metadata log, still says it leads at the old epoch,
// and its Kafka port serves, but with no quorum it never registers: a produce (acks=1), a follower's
// fetch and OffsetForLeaderEpoch are answered NOT_LEADER_OR_FOLLOWER, never served from a log that
// may have lost unflushed records, as Kafka's broker does.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { withCluster, call } from '../helpers/cluster-processes.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { buildRecordBatch } from '../../src/protocol/record-batch/records.ts'
import type { ProduceResponse } from '../../src/protocol/generated/messages/produce.ts'
import type { FetchResponse } from '../../src/protocol/generated/messages/fetch.ts'

test('a node restarted without a quorum (never RUNNING) answers produce and follower fetches as leader NOT_LEADER_OR_FOLLOWER', { timeout: 180_000 }, async () => {
  await withCluster({ voters: 3 }, async (cluster) => {
    await cluster.waitForBrokers([1, 2, 3])
    const created = await cluster.createTopics(1, [{ name: 'gate', partitions: 1, replicationFactor: 3, assignments: [[1, 2, 3]] }])
    assert.equal(created.topics[0]!.errorCode, 0)
    await cluster.waitForTopic(1, 'gate', (t) => t.partitions[0]?.leaderId === 1 && t.partitions[0].isrNodes.length === 3)
    const node1 = cluster.node(1)
    const produce = async (): Promise<number> => {
      const r = await call<ProduceResponse>(node1.host, node1.clientPort, ApiKey.Produce, 9, { transactionalId: null, acks: 1, timeoutMs: 5000, topicData: [{ name: 'gate', partitionData: [{ index: 0, records: buildRecordBatch({ records: [{ key: null, value: Buffer.from('x') }] }) }] }] })
      return r.responses[0]!.partitionResponses[0]!.errorCode
    }
    assert.equal(await produce(), ErrorCode.NONE, 'node 1 leads')
    for (const id of [1, 2, 3]) await cluster.kill(id)

    // Node 1 alone: it listens, replays its image (leader of 'gate'), and waits for a quorum forever.
    const linesBefore = node1.logLines.length
    const starting = cluster.launch(1)
    starting.catch(() => {})
    const answered = await cluster.until(() => 'node 1 answers a produce', async () => {
      try { return await produce() } catch { return null }
    }, 60_000)
    assert.equal(answered, ErrorCode.NOT_LEADER_OR_FOLLOWER)
    assert.ok(node1.logLines.slice(linesBefore).some((l) => l.includes('"msg":"rivulet started"')) === false, 'node 1 never reached RUNNING')
    const fetched = await call<FetchResponse>(node1.host, node1.clientPort, ApiKey.Fetch, 12, {
      clusterId: null, replicaId: 2, replicaState: { replicaId: -1, replicaEpoch: -1n }, maxWaitMs: 0, minBytes: 1, maxBytes: 1 << 20, isolationLevel: 0, sessionId: 0, sessionEpoch: -1,
      topics: [{ topic: 'gate', topicId: 'AAAAAAAAAAAAAAAAAAAAAA', partitions: [{ partition: 0, currentLeaderEpoch: -1, fetchOffset: 0n, lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 1 << 16 }] }],
      forgottenTopicsData: [], rackId: ''
    })
    assert.equal(fetched.responses[0]!.partitions[0]!.errorCode, ErrorCode.NOT_LEADER_OR_FOLLOWER, 'no follower fetch served')
  })
})
