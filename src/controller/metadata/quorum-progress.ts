// What the leader of the @metadata quorum knows of each replica's progress beyond Raft's match index:
// when a voter last answered an append or heartbeat (Kafka's lastFetchTimestamp) and when it last had
// everything committed (lastCaughtUpTimestamp), and the observers (broker-only nodes) with the offset
// they fetch from. Times are the node shell's clock, kept here and not in the pure Raft core.
import type { Message, NodeId } from '../raft/core/types.ts'
import { MessageType } from '../raft/core/types.ts'
import type { RaftNetwork } from '../raft/transport/raft-network.ts'
import type { PeerAddress } from '../raft/transport/peer-link.ts'
import type { QuorumReplicaState } from './quorum-fetch.ts'

/** Kafka drops an observer from DescribeQuorum after five minutes without a fetch. */
export const OBSERVER_SESSION_TIMEOUT_MS = 5 * 60_000
/** Observers tracked at most (a bound on a table fed by the network); the longest silent goes first. */
export const OBSERVERS_MAX = 10_000

interface Seen { fetchMs: number, caughtUpMs: number, offset: number }

/**
 * A RaftNetwork that notes, for each voter, when its replies to the leader's appends and heartbeats
 * arrive, and whether they show it holding everything committed (`commit()` at arrival).
 */
export class TimedRaftNetwork implements RaftNetwork {
  private readonly inner: RaftNetwork
  private readonly now: () => number
  private readonly commit: () => number
  readonly voters = new Map<NodeId, { fetchMs: number, caughtUpMs: number }>()

  constructor (inner: RaftNetwork, now: () => number, commit: () => number) {
    this.inner = inner
    this.now = now
    this.commit = commit
  }

  onMessage (handler: (message: Message) => void): void {
    this.inner.onMessage((m) => {
      if (m.type === MessageType.AppResp || m.type === MessageType.HeartbeatResp) {
        const nowMs = this.now()
        const seen = this.voters.get(m.from) ?? { fetchMs: -1, caughtUpMs: -1 }
        seen.fetchMs = nowMs
        // An append reply carries the follower's last index; a heartbeat reply does not (only appends count).
        if (m.type === MessageType.AppResp && !m.reject && m.index >= this.commit()) seen.caughtUpMs = nowMs
        this.voters.set(m.from, seen)
      }
      handler(m)
    })
  }

  onUnreachable (handler: (peer: NodeId) => void): void { this.inner.onUnreachable(handler) }
  onSnapshotStatus (handler: (peer: NodeId, delivered: boolean) => void): void { this.inner.onSnapshotStatus(handler) }
  async start (): Promise<void> { await this.inner.start() }
  send (messages: readonly Message[]): void { this.inner.send(messages) }
  address (): PeerAddress { return this.inner.address() }
  addPeer (id: NodeId, address: PeerAddress): void { this.inner.addPeer(id, address) }
  async close (): Promise<void> { await this.inner.close() }
}

/** The observers that fetched from this leader, with their fetch offsets and times. */
export class ObserverProgress {
  private readonly seen = new Map<number, Seen>()

  fetched (replicaId: number, fetchOffset: number, highWatermark: number, nowMs: number): void {
    const entry = this.seen.get(replicaId) ?? { fetchMs: -1, caughtUpMs: -1, offset: 0 }
    this.seen.delete(replicaId) // re-inserted last: the map stays in order of the last fetch
    entry.fetchMs = nowMs
    entry.offset = fetchOffset
    if (fetchOffset >= highWatermark) entry.caughtUpMs = nowMs
    this.seen.set(replicaId, entry)
    if (this.seen.size > OBSERVERS_MAX) this.seen.delete(this.seen.keys().next().value!)
  }

  /** The observers heard from within the session timeout, by id. */
  list (nowMs: number): QuorumReplicaState[] {
    for (const [id, s] of this.seen) if (nowMs - s.fetchMs > OBSERVER_SESSION_TIMEOUT_MS) this.seen.delete(id)
    return [...this.seen].sort(([a], [b]) => a - b).map(([replicaId, s]) => ({ replicaId, logEndOffset: s.offset, lastFetchTimestamp: s.fetchMs, lastCaughtUpTimestamp: s.caughtUpMs }))
  }

  /** A new term: what an earlier leadership saw is not this one's. */
  clear (): void {
    this.seen.clear()
  }
}
