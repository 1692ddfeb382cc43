// Incremental fetch sessions (KIP-227). A consumer that opens a session sends its partitions once;
// later requests carry only what changed (new fetch offsets, added and forgotten partitions) and the
// answers only partitions with news (records, a moved high watermark or log start offset, an error).
// The cache is bounded (max.incremental.fetch.session.cache.slots); when it is full the least
// recently used session is evicted, and the consumer, finding it gone, starts over with a full fetch.

/** One partition of a session, with what the consumer was last told about it. */
export interface SessionPartition {
  readonly topic: string
  readonly topicId: string
  readonly partition: number
  fetchOffset: number
  maxBytes: number
  currentLeaderEpoch: number
  /** v12+: the epoch of the last batch the fetcher has (a follower's divergence check); -1: none. */
  lastFetchedEpoch: number
  lastHighWatermark: number
  lastLogStartOffset: number
}

export class FetchSession {
  readonly id: number
  /** The epoch the next request of this session must carry. */
  nextEpoch = 1
  lastUsedMs: number
  /** Insertion-ordered: responses list partitions in the order the consumer added them. */
  readonly partitions = new Map<string, SessionPartition>()

  constructor (id: number, nowMs: number) {
    this.id = id
    this.lastUsedMs = nowMs
  }
}

export function sessionKey (topicIdOrName: string, partition: number): string {
  return `${topicIdOrName}\u0000${partition}`
}

export class FetchSessionCache {
  private readonly sessions = new Map<number, FetchSession>()
  private readonly slotsMax: number
  private nextId = 1

  constructor (slotsMax: number) {
    this.slotsMax = slotsMax
  }

  size (): number {
    return this.sessions.size
  }

  get (id: number): FetchSession | undefined {
    return this.sessions.get(id)
  }

  remove (id: number): void {
    this.sessions.delete(id)
  }

  /** A new, empty session; null when sessions are turned off (no slots). */
  create (nowMs: number): FetchSession | null {
    if (this.slotsMax <= 0) return null
    if (this.sessions.size >= this.slotsMax) {
      let oldest: FetchSession | null = null
      for (const s of this.sessions.values()) if (oldest === null || s.lastUsedMs < oldest.lastUsedMs) oldest = s
      this.sessions.delete(oldest!.id)
    }
    let id = this.nextId
    while (id === 0 || this.sessions.has(id)) id = (id % 0x7fffffff) + 1
    this.nextId = (id % 0x7fffffff) + 1
    const session = new FetchSession(id, nowMs)
    this.sessions.set(id, session)
    return session
  }
}
