// The leader log lines the chaos checker reads from node logs (no two nodes may lead one Raft term, nor
// one partition at one leader epoch): INFO "raft leader elected" {term} once per term a node leads the
// @metadata quorum (src/controller/raft/raft-node.ts), and INFO "partition leadership" {topic,
// partition, leaderEpoch} once per leadership a broker takes from the image (src/broker/partition.ts,
// logged by broker.ts), not per request.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pino } from 'pino'
import { startBroker, type RunningBroker } from '../../src/node/node.ts'
import { WireClient, encodeRequest, decodeResponse } from '../helpers/wire-client.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { buildRecordBatch } from '../../src/protocol/record-batch/records.ts'

interface Line { msg: string, term?: number, topic?: string, partition?: number, leaderEpoch?: number }

async function call (client: WireClient, apiKey: number, version: number, body: unknown): Promise<unknown> {
  client.send(encodeRequest(apiKey, version, 1, body))
  const frame = await client.nextFrame()
  if (frame === null) throw new Error(`connection closed on api ${apiKey}`)
  return decodeResponse(frame, apiKey, version).body
}

function start (dir: string, lines: Line[]): Promise<RunningBroker> {
  const logger = pino({ level: 'info' }, { write: (text: string) => { lines.push(JSON.parse(text) as Line) } })
  return startBroker({ config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': dir, 'auto.create.topics.enable': 'false' }, logger })
}

const leaderLines = (lines: readonly Line[]): Array<[string, number | undefined] | [string, string | undefined, number | undefined, number | undefined]> =>
  lines.filter((l) => l.msg === 'raft leader elected' || l.msg === 'partition leadership')
    .map((l) => l.msg === 'raft leader elected' ? [l.msg, l.term] : [l.msg, l.topic, l.partition, l.leaderEpoch])

test('one "raft leader elected" line per term led, one "partition leadership" line per leadership taken, none per request', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-leader-lines-'))
  let broker: RunningBroker | null = null
  try {
    const first: Line[] = []
    broker = await start(dir, first)
    const c = await WireClient.connect(broker.port)
    await call(c, ApiKey.CreateTopics, 7, { topics: [{ name: 'lines', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 1000, validateOnly: false })
    const records = buildRecordBatch({ records: [{ key: null, value: Buffer.from('v') }] })
    for (let i = 0; i < 5; i++) await call(c, ApiKey.Produce, 9, { transactionalId: null, acks: -1, timeoutMs: 1000, topicData: [{ name: 'lines', partitionData: [{ index: 0, records }, { index: 1, records }] }] })
    c.close()
    await broker.close()
    broker = null
    const raftTerms = first.filter((l) => l.msg === 'raft leader elected').map((l) => l.term)
    assert.equal(raftTerms.length, 1, 'a one-voter quorum: elected once')
    const term = raftTerms[0]!
    assert.ok(Number.isInteger(term) && term >= 1)
    assert.deepEqual(leaderLines(first), [['raft leader elected', term], ['partition leadership', 'lines', 0, 0], ['partition leadership', 'lines', 1, 0]])
    // Restarted: a new term, and the partitions it leads again from its image (same epoch: nothing moved).
    const second: Line[] = []
    broker = await start(dir, second)
    const secondTerms = second.filter((l) => l.msg === 'raft leader elected').map((l) => l.term)
    assert.deepEqual(secondTerms, [term + 1])
    assert.deepEqual(second.filter((l) => l.msg === 'partition leadership').map((l) => [l.topic, l.partition, l.leaderEpoch]), [['lines', 0, 0], ['lines', 1, 0]])
  } finally {
    await broker?.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
