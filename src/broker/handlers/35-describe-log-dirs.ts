// DescribeLogDirs (key 35): serves v0-v4 (spec 3.8.0: validVersions 0-4, flexible 2+), as Kafka 3.8
// does. Answers the node's one log directory (log.dirs) by its absolute path, with each hosted
// partition asked for (null topics: all of them; partitions not hosted here are left out, as Kafka
// leaves them out): its size (the bytes of its segment files), its offset lag (the high watermark
// minus the log end offset, never below 0; with no replication yet the high watermark is the log end
// offset, so 0) and isFutureKey (always false: no log is ever being moved between directories).
// v3+: the top-level error code; v4+: the total and usable bytes of the directory's volume (statfs).
// A directory whose volume cannot be read is answered KAFKA_STORAGE_ERROR, as Kafka answers an
// offline directory.
import type { Logger } from 'pino'
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultDescribeLogDirsResponse, type DescribeLogDirsResponseDescribeLogDirsResult, type DescribeLogDirsResponseDescribeLogDirsTopic } from '../../protocol/generated/messages/describe-log-dirs.ts'
import { parsePartitionDir } from '../../storage/log/log-manager.ts'
import { logDirPath, volumeBytes } from '../log-dirs.ts'
import { defineHandler, brokerOf } from './registry.ts'
import type { Broker } from '../broker.ts'

type Wanted = ReadonlyArray<{ topic: string, partitions: number[] }> | null

/** The hosted partitions asked for, by topic, in the order of the log manager. */
function hostedTopics (broker: Broker, wanted: Wanted): DescribeLogDirsResponseDescribeLogDirsTopic[] {
  const asked = wanted === null ? null : new Set(wanted.flatMap((t) => t.partitions.map((p) => `${t.topic}-${p}`)))
  const byTopic = new Map<string, DescribeLogDirsResponseDescribeLogDirsTopic>()
  for (const [name, log] of broker.logs.all()) {
    if (asked !== null && !asked.has(name)) continue
    const parsed = parsePartitionDir(name)
    if (parsed === null) continue
    const [topic, partitionIndex] = parsed
    const logEndOffset = log.logEndOffset()
    // Kafka's offset lag of a current replica: how far its log end is below the partition's high watermark.
    const hosted = broker.partitions.get(topic, partitionIndex)
    const highWatermark = hosted !== undefined && hosted.isOnline() ? hosted.highWatermark() : logEndOffset
    let entry = byTopic.get(topic)
    if (entry === undefined) {
      entry = { name: topic, partitions: [] }
      byTopic.set(topic, entry)
    }
    entry.partitions.push({ partitionIndex, partitionSize: BigInt(log.sizeBytes()), offsetLag: BigInt(Math.max(0, highWatermark - logEndOffset)), isFutureKey: false })
  }
  return [...byTopic.values()]
}

function describeDir (broker: Broker, wanted: Wanted, logger: Logger): DescribeLogDirsResponseDescribeLogDirsResult {
  const logDir = logDirPath(broker.config)
  try {
    const { totalBytes, usableBytes } = volumeBytes(logDir)
    return { errorCode: ErrorCode.NONE, logDir, topics: hostedTopics(broker, wanted), totalBytes, usableBytes }
  } catch (err) {
    logger.warn({ err, logDir }, 'DescribeLogDirs: the log directory\'s volume cannot be read')
    return { errorCode: ErrorCode.KAFKA_STORAGE_ERROR, logDir, topics: [], totalBytes: -1n, usableBytes: -1n }
  }
}

export const describeLogDirsHandler = defineHandler({
  apiKey: ApiKey.DescribeLogDirs,
  minVersion: 0,
  maxVersion: 4,
  handle (ctx, request) {
    const broker = brokerOf(ctx)
    const response = defaultDescribeLogDirsResponse()
    response.results = [describeDir(broker, request.topics, broker.log)]
    return response
  }
})
