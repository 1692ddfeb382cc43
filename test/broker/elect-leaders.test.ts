// ElectLeaders (key 43) on a one-voter node (`npm start`'s shape: the broker calls its own controller
// through the LocalControllerChannel), over a raw connection, every served version: every partition is
// led by its preferred (only) replica, so PREFERRED needs no election; UNCLEAN needs none either (every
// partition has a leader); an unknown topic or partition is UNKNOWN_TOPIC_OR_PARTITION; a partition
// listed twice is INVALID_REQUEST and the rest is answered; null asks for every partition and leaves
// out those needing no election. The three-node cluster's elections are in
// test/node/cluster-controller-errors.test.ts.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startBroker } from '../../src/index.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { defaultCreateTopicsRequest, type CreateTopicsResponse } from '../../src/protocol/generated/messages/create-topics.ts'
import { defaultElectLeadersRequest, type ElectLeadersResponse } from '../../src/protocol/generated/messages/elect-leaders.ts'
import { WireClient, encodeRequest, decodeResponse } from '../helpers/wire-client.ts'

test('ElectLeaders on a one-voter node: v0-v2, PREFERRED and UNCLEAN, unknown and duplicate partitions, all partitions', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-elect-leaders-'))
  const broker = await startBroker({ config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': dir } })
  const client = await WireClient.connect(broker.port)
  t.after(async () => {
    client.close()
    await broker.close()
    rmSync(dir, { recursive: true, force: true })
  })
  let correlation = 0
  const call = async <T>(apiKey: number, version: number, body: unknown): Promise<T> => {
    client.send(encodeRequest(apiKey, version, ++correlation, body))
    const frame = await client.nextFrame()
    assert.ok(frame !== null, `the connection was closed instead of answering API key ${apiKey} v${version}`)
    return decodeResponse<T>(frame, apiKey, version).body
  }
  const create = defaultCreateTopicsRequest()
  create.topics = [{ name: 'elect', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] }]
  assert.equal((await call<CreateTopicsResponse>(ApiKey.CreateTopics, 7, create)).topics[0]!.errorCode, ErrorCode.NONE)

  const elect = async (version: number, electionType: number, topicPartitions: Array<{ topic: string, partitions: number[] }> | null): Promise<{ errorCode: number, results: Array<[string, number]> }> => {
    const request = defaultElectLeadersRequest()
    request.electionType = electionType
    request.topicPartitions = topicPartitions
    const response = await call<ElectLeadersResponse>(ApiKey.ElectLeaders, version, request)
    return { errorCode: response.errorCode, results: response.replicaElectionResults.flatMap((r) => r.partitionResult.map((p) => [`${r.topic}-${p.partitionId}`, p.errorCode] as [string, number])) }
  }
  for (const version of [0, 1, 2]) {
    const preferred = await elect(version, 0, [{ topic: 'elect', partitions: [0, 1, 7] }, { topic: 'missing', partitions: [0] }])
    assert.equal(preferred.errorCode, ErrorCode.NONE)
    assert.deepEqual(preferred.results, [
      ['elect-0', ErrorCode.ELECTION_NOT_NEEDED], ['elect-1', ErrorCode.ELECTION_NOT_NEEDED], ['elect-7', ErrorCode.UNKNOWN_TOPIC_OR_PARTITION], ['missing-0', ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]
    ], `v${version}`)
  }
  assert.deepEqual((await elect(2, 1, [{ topic: 'elect', partitions: [1] }])).results, [['elect-1', ErrorCode.ELECTION_NOT_NEEDED]], 'UNCLEAN: the partition has a leader')
  assert.deepEqual((await elect(2, 0, [{ topic: 'elect', partitions: [0, 0, 1] }])).results, [['elect-1', ErrorCode.ELECTION_NOT_NEEDED], ['elect-0', ErrorCode.INVALID_REQUEST]])
  assert.deepEqual(await elect(2, 0, null), { errorCode: ErrorCode.NONE, results: [] })
})
