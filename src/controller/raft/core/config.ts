// What a RaftCore is built from, checked once at construction (fail fast on a bad configuration).
import { assert } from '../../../util/assert.ts'
import type { LogStorage } from './log-storage.ts'
import type { NodeId } from './types.ts'

/**
 * Deliberate bugs, for tests of the tests only: each must be caught by the simulation. Never set
 * outside test/.
 */
export interface BugSwitches {
  /**
   * Count votes cast for an earlier election in the current one: the tally is not cleared when a
   * node goes straight from one election into the next (pre-election -> election, or a new
   * election after a timeout), and answers from earlier terms are counted.
   */
  readonly countOldTermVotes?: boolean
  /** Commit whatever index a majority holds, whatever its term (the Raft paper's figure 8). */
  readonly commitOldTermByCount?: boolean
  /** Report mustSync = false: votes and append acks leave before they are durable. */
  readonly ackBeforeFsync?: boolean
}

export interface RaftConfig {
  readonly id: NodeId
  /** The durable log, hard state and snapshot as of construction (and kept up to date by the driver). */
  readonly storage: LogStorage
  /** A follower campaigns after a randomized [electionTicks, 2 * electionTicks) ticks without a leader. */
  readonly electionTicks: number
  /** A leader sends heartbeats every heartbeatTicks. */
  readonly heartbeatTicks: number
  /** Injected, seeded source of uniform numbers in [0, 1): the only randomness in the core. */
  readonly random: () => number
  /** Run a pre-election that does not bump terms before a real one (a rejoining node cannot disrupt). */
  readonly preVote: boolean
  /** A leader steps down without hearing from a majority within an election timeout; followers in a leader's lease ignore votes. */
  readonly checkQuorum: boolean
  /** Appends in flight to one follower, at most (in replicate state). */
  readonly maxInflightMsgs: number
  /** Bytes of appends in flight to one follower, at most (Infinity: no limit). */
  readonly maxInflightBytes: number
  /** Bytes of entries in one append, at most (one entry always fits). */
  readonly maxSizePerMsg: number
  /** The last index the application applied (restart); 0 = the snapshot's. */
  readonly applied?: number
  /** Bytes of committed entries in one Ready, at most (one entry always fits); default maxSizePerMsg. */
  readonly maxCommittedBytesPerReady?: number
  /** Bytes of proposals a leader holds uncommitted before it drops new ones (Infinity: no limit). */
  readonly maxUncommittedEntriesBytes?: number
  /** A follower drops proposals instead of forwarding them to the leader. */
  readonly disableProposalForwarding?: boolean
  readonly bugs?: BugSwitches
}

/** The config with every default filled in. */
export type ResolvedConfig = Readonly<Required<Omit<RaftConfig, 'bugs'>>> & { readonly bugs: Required<BugSwitches> }

export function resolveConfig (config: RaftConfig): ResolvedConfig {
  assert(Number.isInteger(config.id) && config.id > 0, `node id must be a positive integer, got ${config.id}`)
  assert(Number.isInteger(config.heartbeatTicks) && config.heartbeatTicks > 0, 'heartbeatTicks must be a positive integer')
  assert(Number.isInteger(config.electionTicks), 'electionTicks must be an integer')
  assert(config.electionTicks > config.heartbeatTicks, 'electionTicks must be greater than heartbeatTicks')
  assert(Number.isInteger(config.maxInflightMsgs) && config.maxInflightMsgs > 0, 'maxInflightMsgs must be a positive integer')
  assert(config.maxInflightBytes > 0, 'maxInflightBytes must be positive (Infinity for no limit)')
  assert(config.maxSizePerMsg > 0, 'maxSizePerMsg must be positive')
  const maxCommittedBytesPerReady = config.maxCommittedBytesPerReady ?? config.maxSizePerMsg
  assert(maxCommittedBytesPerReady > 0, 'maxCommittedBytesPerReady must be positive')
  const maxUncommittedEntriesBytes = config.maxUncommittedEntriesBytes ?? Infinity
  assert(maxUncommittedEntriesBytes > 0, 'maxUncommittedEntriesBytes must be positive (Infinity for no limit)')
  const applied = config.applied ?? 0
  assert(Number.isInteger(applied) && applied >= 0, 'applied must be a non-negative integer')
  return {
    id: config.id,
    storage: config.storage,
    electionTicks: config.electionTicks,
    heartbeatTicks: config.heartbeatTicks,
    random: config.random,
    preVote: config.preVote,
    checkQuorum: config.checkQuorum,
    maxInflightMsgs: config.maxInflightMsgs,
    maxInflightBytes: config.maxInflightBytes,
    maxSizePerMsg: config.maxSizePerMsg,
    applied,
    maxCommittedBytesPerReady,
    maxUncommittedEntriesBytes,
    disableProposalForwarding: config.disableProposalForwarding ?? false,
    bugs: {
      countOldTermVotes: config.bugs?.countOldTermVotes ?? false,
      commitOldTermByCount: config.bugs?.commitOldTermByCount ?? false,
      ackBeforeFsync: config.bugs?.ackBeforeFsync ?? false
    }
  }
}
