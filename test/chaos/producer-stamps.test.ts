// readStamps on three real nodes: duplicates written by hand, as clients make them, are read back from
// the partition leaders with the producer id, epoch and sequence of each copy, and their origins named:
// one producer across two epochs (librdkafka's local epoch bump resending from sequence 0), one epoch
// under two sequences (a client that re-sequenced a value), and plain batches without a producer id.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { withCluster, call } from '../helpers/cluster-processes.ts'
import { produceDirect } from '../helpers/replication.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import type { InitProducerIdResponse } from '../../src/protocol/generated/messages/init-producer-id.ts'
import { readStamps } from './producer-stamps.ts'
import { explainDuplicates, DuplicateOrigin } from '../check/duplicate-origins.ts'
import type { Violation } from '../check/queue-checker.ts'

test('readStamps reads each duplicate copy\'s producer id, epoch and sequence from the leaders, and the origins follow', { timeout: 120_000 }, async () => {
  await withCluster({ voters: 3 }, async (cluster) => {
    await cluster.waitForBrokers([1, 2, 3])
    const created = await cluster.createTopics(1, [{ name: 'stamps', partitions: 2, replicationFactor: 3, assignments: [[2, 3, 1], [3, 1, 2]] }])
    assert.equal(created.topics[0]!.errorCode, ErrorCode.NONE)
    await cluster.waitForTopic(1, 'stamps', (t) => t.partitions.every((p) => p.leaderId >= 0 && p.isrNodes.length === 3))
    const init = await call<InitProducerIdResponse>(cluster.node(1).host, cluster.node(1).clientPort, ApiKey.InitProducerId, 4, { transactionalId: null, transactionTimeoutMs: -1, producerId: -1n, producerEpoch: -1 })
    assert.equal(init.errorCode, ErrorCode.NONE)
    const producerId = Number(init.producerId)
    const send = async (partition: number, values: string[], stamp?: { producerEpoch: number, baseSequence: number }): Promise<number> => {
      const leader = partition === 0 ? 2 : 3
      const r = await produceDirect(cluster, leader, 'stamps', partition, values, -1, 10_000, stamp === undefined ? undefined : { producerId, ...stamp })
      assert.equal(r.errorCode, ErrorCode.NONE, `produce to ${partition}: ${r.errorCode} ${r.errorMessage ?? ''}`)
      return r.baseOffset
    }
    // Partition 0: 'a' at epoch 0, then again after a local epoch bump, from sequence 0.
    assert.equal(await send(0, ['a', 'b'], { producerEpoch: 0, baseSequence: 0 }), 0)
    assert.equal(await send(0, ['a'], { producerEpoch: 1, baseSequence: 0 }), 2)
    // Partition 1: 'c' twice in one epoch under two sequences; 'd' twice without a producer id.
    assert.equal(await send(1, ['c'], { producerEpoch: 0, baseSequence: 0 }), 0)
    assert.equal(await send(1, ['c'], { producerEpoch: 0, baseSequence: 1 }), 1)
    assert.equal(await send(1, ['d']), 2)
    assert.equal(await send(1, ['d']), 3)

    const violations: Violation[] = [
      { kind: 'duplicate', value: 'a', partition: 0, positions: [[0, 0], [0, 2]], detail: 'a' },
      { kind: 'duplicate', value: 'c', partition: 1, positions: [[1, 0], [1, 1]], detail: 'c' },
      { kind: 'duplicate', value: 'd', partition: 1, positions: [[1, 2], [1, 3]], detail: 'd' }
    ]
    // Partition 5 does not exist: it is named as unread, and the others are read all the same.
    const { stamps, unread } = await readStamps(cluster, 'stamps', new Map([[0, new Set([0, 2])], [5, new Set([0])], [1, new Set([0, 1, 2, 3])]]))
    assert.deepEqual(unread, ['stamps-5: no live leader (-1)'])
    const id = BigInt(producerId)
    assert.deepEqual(stamps.get(0)?.get(2), { producerId: id, producerEpoch: 1, sequence: 0 })
    assert.deepEqual(stamps.get(1)?.get(1), { producerId: id, producerEpoch: 0, sequence: 1 })
    const explained = explainDuplicates(violations, stamps)
    assert.equal(explained.violations[0]!.detail, `a (producer ${id} epoch 0 sequence 0; producer ${id} epoch 1 sequence 0: epoch-bump)`)
    assert.deepEqual([...explained.byOrigin], [[DuplicateOrigin.EpochBump, 1], [DuplicateOrigin.Resequenced, 1], [DuplicateOrigin.NotIdempotent, 1]])
  })
})
