// What the admin API shows of consumer groups: state, members with their assigned partitions, and per
// partition the committed offset, the log end offset (the high watermark, as Kafka's tool reads it) and
// the lag between them (the numbers `kafka-consumer-groups --describe` prints). Read-only over the coordinator and the image.
import type { Broker } from '../broker/broker.ts'
import { assignedPartitions } from '../controller/group/consumer-protocol.ts'

export interface GroupSummary {
  readonly groupId: string
  readonly state: string
  readonly protocolType: string
  readonly members: number
}

/** Every group the node knows: those with a state and those known only by committed offsets. */
export function listGroups (broker: Broker): GroupSummary[] {
  const out = new Map<string, GroupSummary>()
  for (const groupId of broker.image().groupOffsets.keys()) out.set(groupId, { groupId, state: 'Empty', protocolType: '', members: 0 })
  for (const g of broker.groups.groups.values()) out.set(g.groupId, { groupId: g.groupId, state: g.state, protocolType: g.protocolType ?? '', members: g.members.size })
  return [...out.values()].sort((a, b) => a.groupId.localeCompare(b.groupId))
}

export function describeGroup (broker: Broker, groupId: string): object | null {
  const group = broker.groups.groups.get(groupId)
  const committed = broker.image().groupOffsets.get(groupId)
  if (group === undefined && committed === undefined) return null
  const owner = new Map<string, string>()
  const members = [...(group?.members.values() ?? [])].map((m) => {
    const assignment = assignedPartitions(m.assignment) ?? []
    for (const a of assignment) for (const p of a.partitions) owner.set(`${a.topic}\u0000${p}`, m.memberId)
    return { memberId: m.memberId, groupInstanceId: m.groupInstanceId, clientId: m.clientId, clientHost: m.clientHost, assignment }
  })
  const keys = new Set([...(committed?.keys() ?? []), ...owner.keys()])
  const offsets = [...keys].map((key) => {
    const split = key.lastIndexOf('\u0000')
    const topic = key.slice(0, split)
    const partition = Number(key.slice(split + 1))
    const c = committed?.get(key)
    // As kafka-consumer-groups: the "log end offset" a consumer can reach is the high watermark.
    const hosted = broker.partitions.get(topic, partition)
    const logEndOffset = hosted?.isOnline() === true ? hosted.highWatermark() : null
    return {
      topic, partition, committedOffset: c?.offset ?? null, metadata: c?.metadata ?? null, logEndOffset,
      // A negative committed offset is a client's sentinel (-2 earliest, -1 latest), not a position: no lag.
      lag: c !== undefined && c.offset >= 0 && logEndOffset !== null ? Math.max(0, logEndOffset - c.offset) : null,
      memberId: owner.get(key) ?? null
    }
  }).sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition)
  return {
    groupId,
    state: group?.state ?? 'Empty',
    protocolType: group?.protocolType ?? '',
    protocol: group?.protocolName ?? null,
    generation: group?.generationId ?? -1,
    leader: group?.leaderId ?? null,
    members,
    offsets,
    totalLag: offsets.reduce((sum, o) => sum + (o.lag ?? 0), 0)
  }
}
