// The Raft core's data types: the contract between the pure core (core/), its durable storage
// (storage/), its transport (transport/) and the one impure driver (raft-node.ts).
// Shaped after etcd-io/raft's raftpb. All numbers are safe integers (terms and indexes never near 2^53).

export type NodeId = number

/** Persisted before any message that depends on it is sent. */
export interface HardState {
  readonly term: number
  /** 0 = voted for nobody in `term`. Node ids are >= 1. */
  readonly vote: NodeId
  readonly commit: number
}

export const EntryType = {
  /** An application proposal (or an empty entry a new leader appends in its term). */
  Normal: 0,
  /** A membership change; `data` holds an encoded ConfChange. */
  ConfChange: 1
} as const
export type EntryType = typeof EntryType[keyof typeof EntryType]

export interface Entry {
  readonly term: number
  readonly index: number
  readonly type: EntryType
  readonly data: Uint8Array
}

/** Who is in the cluster: voters decide, learners (observers) only replicate. */
export interface ConfState {
  readonly voters: readonly NodeId[]
  readonly learners: readonly NodeId[]
  /** Joint consensus: the outgoing voters while a joint configuration is in force; empty otherwise. */
  readonly votersOutgoing: readonly NodeId[]
}

export interface SnapshotMetadata {
  readonly index: number
  readonly term: number
  readonly confState: ConfState
}

export interface Snapshot {
  readonly metadata: SnapshotMetadata
  readonly data: Uint8Array
}

export const MessageType = {
  Hup: 0, // local: start an election
  Beat: 1, // local: leader sends heartbeats
  Prop: 2, // local or forwarded proposal
  App: 3,
  AppResp: 4,
  Vote: 5,
  VoteResp: 6,
  Snap: 7,
  Heartbeat: 8,
  HeartbeatResp: 9,
  Unreachable: 10, // local: transport reports a peer unreachable
  SnapStatus: 11, // local: snapshot delivery succeeded or failed
  CheckQuorum: 12, // local
  TransferLeader: 13,
  TimeoutNow: 14,
  PreVote: 15,
  PreVoteResp: 16
} as const
export type MessageType = typeof MessageType[keyof typeof MessageType]

/** One Raft RPC. Fields unused by a message type take their zero value (0, false, [], null). */
export interface Message {
  readonly type: MessageType
  readonly to: NodeId
  readonly from: NodeId
  readonly term: number
  /** Log term of the entry at `index` (App: the previous entry; Vote: the candidate's last entry). */
  readonly logTerm: number
  readonly index: number
  readonly entries: readonly Entry[]
  readonly commit: number
  readonly snapshot: Snapshot | null
  readonly reject: boolean
  readonly rejectHint: number
  /** Opaque context (e.g. ReadIndex or a campaign-transfer marker). */
  readonly context: Uint8Array
}

/** A membership change, one voter at a time (no joint consensus): carried in a ConfChange entry. */
export const ConfChangeType = {
  AddVoter: 0, // adds a voter, or promotes a learner
  RemoveVoter: 1, // removes a voter or a learner
  AddLearner: 2
} as const
export type ConfChangeType = typeof ConfChangeType[keyof typeof ConfChangeType]

export interface ConfChange {
  readonly type: ConfChangeType
  readonly nodeId: NodeId
}

export const StateRole = {
  Follower: 'follower',
  PreCandidate: 'pre-candidate',
  Candidate: 'candidate',
  Leader: 'leader'
} as const
export type StateRole = typeof StateRole[keyof typeof StateRole]

/** 0 is never a node id: "no leader", "voted for nobody". */
export const NO_NODE: NodeId = 0
