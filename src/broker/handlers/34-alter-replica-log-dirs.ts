// AlterReplicaLogDirs (key 34): serves v0-v2 (spec 3.8.0: validVersions 0-2, flexible 2+), as Kafka
// 3.8 does. A node has one log directory, so no replica ever moves; each partition is answered as
// Kafka's ReplicaManager.alterReplicaLogDirs answers it: a path that is not the configured log
// directory (compared as an absolute path) LOG_DIR_NOT_FOUND; a topic name over 255 characters
// INVALID_TOPIC_EXCEPTION; a partition this node does not host REPLICA_NOT_AVAILABLE (Kafka keeps
// that code for this API where others say NOT_LEADER_OR_FOLLOWER); a hosted partition whose log is
// offline KAFKA_STORAGE_ERROR; a hosted partition asked into the directory it is already in NONE,
// with nothing to do. A partition named twice takes its last path,
// as Kafka's map of partition to path does. Results are grouped by topic, in request order.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { ErrorCode } from '../../protocol/generated/error-codes.ts'
import { defaultAlterReplicaLogDirsResponse, type AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult } from '../../protocol/generated/messages/alter-replica-log-dirs.ts'
import { logDirPath } from '../log-dirs.ts'
import { defineHandler, brokerOf } from './registry.ts'
import type { Broker } from '../broker.ts'

/** Kafka refuses to move logs of topics with longer names (KAFKA-4893: the future log's name). */
const MOVABLE_TOPIC_NAME_LENGTH_MAX = 255

function outcome (broker: Broker, logDir: string, path: string, topic: string, partition: number): number {
  if (topic.length > MOVABLE_TOPIC_NAME_LENGTH_MAX) return ErrorCode.INVALID_TOPIC_EXCEPTION
  if (path !== logDir) return ErrorCode.LOG_DIR_NOT_FOUND
  const hosted = broker.partitions.get(topic, partition)
  if (hosted === undefined) return ErrorCode.REPLICA_NOT_AVAILABLE
  return hosted.isOnline() ? ErrorCode.NONE : ErrorCode.KAFKA_STORAGE_ERROR
}

export const alterReplicaLogDirsHandler = defineHandler({
  apiKey: ApiKey.AlterReplicaLogDirs,
  minVersion: 0,
  maxVersion: 2,
  handle (ctx, request) {
    const broker = brokerOf(ctx)
    const logDir = logDirPath(broker.config)
    const pathByPartition = new Map<string, Map<number, string>>()
    for (const dir of request.dirs) {
      for (const t of dir.topics) {
        const partitions = pathByPartition.get(t.name) ?? new Map<number, string>()
        for (const p of t.partitions) partitions.set(p, dir.path)
        pathByPartition.set(t.name, partitions)
      }
    }
    const results: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[] = []
    for (const [topicName, partitions] of pathByPartition) {
      const rows = [...partitions].map(([partitionIndex, path]) => ({ partitionIndex, errorCode: outcome(broker, logDir, path, topicName, partitionIndex) }))
      results.push({ topicName, partitions: rows })
    }
    const response = defaultAlterReplicaLogDirsResponse()
    response.results = results
    return response
  }
})
