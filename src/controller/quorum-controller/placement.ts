// Where new partitions' replicas go: Kafka's replica assignment (AdminUtils.assignReplicasToBrokers),
// pure. Partition p's first replica (its preferred leader) is broker (p + startIndex) mod n, so
// leaders go round-robin over the brokers; the other replicas follow at a shift that grows each time
// the partitions wrap around the brokers, so followers spread too. With racks (broker.rack), the
// brokers are first interleaved rack by rack and each replica goes to a rack without one of the
// partition's replicas while there is such a rack (a rack lost keeps a replica elsewhere). Brokers
// without a rack count as one rack of their own. The caller passes the unfenced brokers and refuses
// a replication factor above their count (INVALID_REPLICATION_FACTOR) before calling.
import { assert } from '../../util/assert.ts'

export interface PlacementBroker {
  readonly id: number
  readonly rack: string | null
}

/**
 * Replicas for partitions startPartitionId .. startPartitionId + numPartitions - 1. `startIndex`
 * picks the first partition's leader (Kafka draws it at random; callers pass a value that varies
 * between topics, so topics' leaders do not all start on the same broker).
 */
export function placeReplicas (numPartitions: number, replicationFactor: number, brokers: readonly PlacementBroker[], startIndex: number, startPartitionId = 0): number[][] {
  assert(replicationFactor >= 1 && replicationFactor <= brokers.length, `replication factor ${replicationFactor} fits ${brokers.length} broker(s) (checked by the caller)`)
  const sorted = [...brokers].sort((a, b) => a.id - b.id)
  const rackAware = sorted.some((b) => b.rack !== null)
  return rackAware
    ? placeRackAware(numPartitions, replicationFactor, sorted, startIndex, startPartitionId)
    : placePlain(numPartitions, replicationFactor, sorted.map((b) => b.id), startIndex, startPartitionId)
}

/** Kafka's replicaIndex: the j-th follower's position, shifted past the first replica. */
function replicaIndex (firstReplicaIndex: number, secondReplicaShift: number, j: number, n: number): number {
  const shift = 1 + (secondReplicaShift + j) % (n - 1)
  return (firstReplicaIndex + shift) % n
}

function placePlain (numPartitions: number, replicationFactor: number, ids: readonly number[], startIndex: number, startPartitionId: number): number[][] {
  const n = ids.length
  const out: number[][] = []
  let shift = startIndex % n
  let partition = startPartitionId
  for (let i = 0; i < numPartitions; i++, partition++) {
    if (partition > 0 && partition % n === 0) shift++
    const first = (partition + startIndex) % n
    const replicas = [ids[first]!]
    for (let j = 0; j < replicationFactor - 1; j++) replicas.push(ids[replicaIndex(first, shift, j, n)]!)
    out.push(replicas)
  }
  return out
}

/** Kafka's getRackAlternatedBrokerList: one broker of each rack in turn (racks and brokers in order). */
export function rackAlternatedBrokers (brokers: readonly PlacementBroker[]): PlacementBroker[] {
  const byRack = new Map<string, PlacementBroker[]>()
  for (const b of [...brokers].sort((x, y) => x.id - y.id)) {
    const rack = b.rack ?? ''
    const list = byRack.get(rack) ?? []
    list.push(b)
    byRack.set(rack, list)
  }
  const racks = [...byRack.keys()].sort()
  const out: PlacementBroker[] = []
  for (let round = 0; out.length < brokers.length; round++) {
    for (const rack of racks) {
      const b = byRack.get(rack)![round]
      if (b !== undefined) out.push(b)
    }
  }
  return out
}

function placeRackAware (numPartitions: number, replicationFactor: number, brokers: readonly PlacementBroker[], startIndex: number, startPartitionId: number): number[][] {
  const list = rackAlternatedBrokers(brokers)
  const n = list.length
  const numRacks = new Set(list.map((b) => b.rack ?? '')).size
  const out: number[][] = []
  let shift = startIndex % n
  let partition = startPartitionId
  for (let i = 0; i < numPartitions; i++, partition++) {
    if (partition > 0 && partition % n === 0) shift++
    const first = (partition + startIndex) % n
    const leader = list[first]!
    const replicas = [leader.id]
    const racks = new Set([leader.rack ?? ''])
    const taken = new Set([leader.id])
    let k = 0
    for (let j = 0; j < replicationFactor - 1; j++) {
      // Terminates: once every rack holds a replica any rack is accepted, and a broker not yet taken exists.
      for (;;) {
        const b = list[replicaIndex(first, shift * numRacks, k, n)]!
        k++
        const rack = b.rack ?? ''
        if ((!racks.has(rack) || racks.size === numRacks) && (!taken.has(b.id) || taken.size === n)) {
          replicas.push(b.id)
          racks.add(rack)
          taken.add(b.id)
          break
        }
      }
    }
    out.push(replicas)
  }
  return out
}
