// Reads the producer stamps (test/check/duplicate-origins.ts) of given offsets of a topic from each
// partition's leader: Fetch v12 by topic name from the lowest wanted offset on, batch headers only, so
// that a run with duplicates says whose they are (the client's epoch bump, or the broker's).
import { call, type ProcessCluster } from '../helpers/cluster-processes.ts'
import { ApiKey } from '../../src/protocol/generated/api-keys.ts'
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts'
import { ZERO_UUID } from '../../src/protocol/primitives/uuid.ts'
import type { FetchResponse } from '../../src/protocol/generated/messages/fetch.ts'
import { collectStamps, type ProducerStamp } from '../check/duplicate-origins.ts'

const FETCH_VERSION = 12
const PARTITION_MAX_BYTES = 1 << 20

/**
 * The stamps of `wanted` (partition to offsets), by partition and offset. A partition that cannot be
 * read (no live leader, a Fetch error) is left out and named in `unread`; its copies stay unknown.
 */
export async function readStamps (cluster: ProcessCluster, topic: string, wanted: ReadonlyMap<number, ReadonlySet<number>>): Promise<{ stamps: Map<number, Map<number, ProducerStamp>>, unread: string[] }> {
  const stamps = new Map<number, Map<number, ProducerStamp>>()
  const unread: string[] = []
  if (wanted.size === 0) return { stamps, unread }
  const asker = cluster.live()[0]
  if (asker === undefined) return { stamps, unread: ['no live node to ask for the leaders'] }
  const metadata = await cluster.metadata(asker.id, [topic])
  for (const [partition, offsets] of wanted) {
    const leaderId = metadata.topics[0]?.partitions.find((p) => p.partitionIndex === partition)?.leaderId ?? -1
    try {
      if (leaderId < 0 || !cluster.running(leaderId)) throw new Error(`no live leader (${leaderId})`)
      stamps.set(partition, await readPartitionStamps(cluster, leaderId, topic, partition, offsets))
    } catch (err) {
      unread.push(`${topic}-${partition}: ${(err as Error).message}`)
    }
  }
  return { stamps, unread }
}

/** Fetches from the lowest wanted offset on, skipping ahead to the next wanted offset after each response. */
async function readPartitionStamps (cluster: ProcessCluster, leaderId: number, topic: string, partition: number, offsets: ReadonlySet<number>): Promise<Map<number, ProducerStamp>> {
  const leader = cluster.node(leaderId)
  const sorted = [...offsets].sort((a, b) => a - b)
  const stamps = new Map<number, ProducerStamp>()
  let i = 0
  while (i < sorted.length) {
    const offset = sorted[i]!
    const r = await call<FetchResponse>(leader.host, leader.clientPort, ApiKey.Fetch, FETCH_VERSION, {
      clusterId: null, replicaId: -1, replicaState: { replicaId: -1, replicaEpoch: -1n }, maxWaitMs: 0, minBytes: 1, maxBytes: PARTITION_MAX_BYTES, isolationLevel: 0, sessionId: 0, sessionEpoch: -1,
      topics: [{ topic, topicId: ZERO_UUID, partitions: [{ partition, currentLeaderEpoch: -1, fetchOffset: BigInt(offset), lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: PARTITION_MAX_BYTES }] }],
      forgottenTopicsData: [], rackId: ''
    }, undefined, cluster.clientHost)
    const p = r.responses[0]?.partitions[0]
    if (p === undefined || p.errorCode !== ErrorCode.NONE) throw new Error(`Fetch at ${offset} from node ${leaderId}: error ${p?.errorCode ?? r.errorCode}`)
    const next = collectStamps(p.records ?? Buffer.alloc(0), offsets, stamps)
    if (next <= offset) throw new Error(`Fetch at ${offset} from node ${leaderId} returned no whole batch`)
    while (i < sorted.length && sorted[i]! < next) i++
  }
  return stamps
}
