// DescribeLogDirs (key 35) and AlterReplicaLogDirs (key 34) over the wire, at every version Kafka 3.8
// serves (issue 11, point 9): ApiVersions advertises them; DescribeLogDirs reports the one log
// directory by its absolute path with each partition's size as on disk and the volume's bytes;
// AlterReplicaLogDirs answers as Kafka does for the same directory, another path and a partition
// this node does not host.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, rmSync, statSync, statfsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Kafka, logLevel } from 'kafkajs'
import { startBroker } from '../../src/index.ts'
import { WireClient, encodeRequest, decodeResponse } from '../helpers/wire-client.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import type { ApiVersionsResponse } from '../../src/protocol/generated/messages/api-versions.ts'
import type { DescribeLogDirsResponse } from '../../src/protocol/generated/messages/describe-log-dirs.ts'
import type { AlterReplicaLogDirsResponse } from '../../src/protocol/generated/messages/alter-replica-log-dirs.ts'

function logBytesOnDisk (partitionDir: string): number {
  return readdirSync(partitionDir).filter((f) => f.endsWith('.log')).reduce((sum, f) => sum + statSync(join(partitionDir, f)).size, 0)
}

test('DescribeLogDirs v0-v4 and AlterReplicaLogDirs v0-v2 answer as Kafka 3.8 does for one log directory', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivulet-log-dirs-'))
  const broker = await startBroker({ config: { listeners: 'PLAINTEXT://127.0.0.1:0', 'rivulet.admin.listener': '', 'log.dirs': dir } })
  const client = await WireClient.connect(broker.port)
  let correlationId = 0
  const call = async <T>(apiKey: number, version: number, body: unknown): Promise<T> => {
    client.send(encodeRequest(apiKey, version, ++correlationId, body))
    return decodeResponse<T>((await client.nextFrame())!, apiKey, version).body
  }
  try {
    const kafka = new Kafka({ clientId: 'log-dirs', brokers: [`127.0.0.1:${broker.port}`], logLevel: logLevel.NOTHING })
    const admin = kafka.admin()
    await admin.connect()
    await admin.createTopics({ topics: [{ topic: 'sized', numPartitions: 2 }, { topic: 'other', numPartitions: 1 }] })
    await admin.disconnect()
    const producer = kafka.producer()
    await producer.connect()
    await producer.send({ topic: 'sized', messages: Array.from({ length: 20 }, (_, i) => ({ value: `value-${i}`.repeat(10), partition: 0 })) })
    await producer.disconnect()

    const versions = await call<ApiVersionsResponse>(ApiKey.ApiVersions, 3, { clientSoftwareName: 'test', clientSoftwareVersion: '1.0' })
    const range = (key: number): number[] => { const a = versions.apiKeys.find((k) => k.apiKey === key); return a === undefined ? [] : [a.minVersion, a.maxVersion] }
    assert.deepEqual(range(ApiKey.AlterReplicaLogDirs), [0, 2])
    assert.deepEqual(range(ApiKey.DescribeLogDirs), [0, 4])

    const logDir = resolve(dir)
    for (let version = 0; version <= 4; version++) {
      const all = await call<DescribeLogDirsResponse>(ApiKey.DescribeLogDirs, version, { topics: null })
      assert.equal(all.results.length, 1)
      const result = all.results[0]!
      assert.deepEqual([result.errorCode, result.logDir], [ErrorCode.NONE, logDir], `v${version}`)
      const partitions = result.topics.flatMap((t) => t.partitions.map((p) => [t.name, p.partitionIndex, Number(p.partitionSize), p.offsetLag, p.isFutureKey])).sort()
      assert.deepEqual(partitions, [
        ['other', 0, 0, 0n, false],
        ['sized', 0, logBytesOnDisk(join(dir, 'sized-0')), 0n, false],
        ['sized', 1, 0, 0n, false]
      ].sort(), `v${version}`)
      assert.ok(Number(partitions.find((p) => p[0] === 'sized' && p[1] === 0)![2]) > 0)
      if (version >= 4) {
        const fs = statfsSync(dir, { bigint: true })
        assert.equal(result.totalBytes, fs.blocks * fs.bsize)
        assert.ok(result.usableBytes > 0n && result.usableBytes <= result.totalBytes)
      } else {
        assert.deepEqual([result.totalBytes, result.usableBytes], [-1n, -1n], 'not carried before v4')
      }
    }
    // Asked partitions only; one this node does not host is left out.
    const some = await call<DescribeLogDirsResponse>(ApiKey.DescribeLogDirs, 4, { topics: [{ topic: 'sized', partitions: [1, 9] }, { topic: 'missing', partitions: [0] }] })
    assert.deepEqual(some.results[0]!.topics.map((t) => [t.name, t.partitions.map((p) => p.partitionIndex)]), [['sized', [1]]])

    for (let version = 0; version <= 2; version++) {
      const altered = await call<AlterReplicaLogDirsResponse>(ApiKey.AlterReplicaLogDirs, version, {
        dirs: [
          { path: logDir, topics: [{ name: 'sized', partitions: [0, 7] }, { name: 'x'.repeat(256), partitions: [0] }] },
          { path: '/elsewhere/not-configured', topics: [{ name: 'other', partitions: [0] }] }
        ]
      })
      assert.deepEqual(altered.results.map((t) => [t.topicName.slice(0, 8), t.partitions.map((p) => [p.partitionIndex, p.errorCode])]), [
        ['sized', [[0, ErrorCode.NONE], [7, ErrorCode.REPLICA_NOT_AVAILABLE]]],
        ['xxxxxxxx', [[0, ErrorCode.INVALID_TOPIC_EXCEPTION]]],
        ['other', [[0, ErrorCode.LOG_DIR_NOT_FOUND]]]
      ], `v${version}`)
    }
  } finally {
    client.close()
    await broker.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
