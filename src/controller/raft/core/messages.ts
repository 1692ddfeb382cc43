// Building messages with every field set (one object shape for all types), and classifying them.
import { MessageType, type Entry, type Message, type NodeId, type Snapshot } from './types.ts'

const EMPTY_BYTES = new Uint8Array(0)
const NO_ENTRIES: readonly Entry[] = Object.freeze([])

export interface MessageFields {
  readonly type: MessageType
  readonly to: NodeId
  readonly from?: NodeId
  readonly term?: number
  readonly logTerm?: number
  readonly index?: number
  readonly entries?: readonly Entry[]
  readonly commit?: number
  readonly snapshot?: Snapshot | null
  readonly reject?: boolean
  readonly rejectHint?: number
  readonly context?: Uint8Array
}

export function message (f: MessageFields): Message {
  return {
    type: f.type,
    to: f.to,
    from: f.from ?? 0,
    term: f.term ?? 0,
    logTerm: f.logTerm ?? 0,
    index: f.index ?? 0,
    entries: f.entries ?? NO_ENTRIES,
    commit: f.commit ?? 0,
    snapshot: f.snapshot ?? null,
    reject: f.reject ?? false,
    rejectHint: f.rejectHint ?? 0,
    context: f.context ?? EMPTY_BYTES
  }
}

/** Messages a node gives itself; never valid from the network. */
export function isLocalMessage (type: MessageType): boolean {
  return type === MessageType.Hup || type === MessageType.Beat || type === MessageType.Unreachable ||
    type === MessageType.SnapStatus || type === MessageType.CheckQuorum
}

export function isResponseMessage (type: MessageType): boolean {
  return type === MessageType.AppResp || type === MessageType.VoteResp || type === MessageType.HeartbeatResp ||
    type === MessageType.Unreachable || type === MessageType.PreVoteResp
}

export function voteResponseType (type: MessageType): MessageType {
  return type === MessageType.PreVote ? MessageType.PreVoteResp : MessageType.VoteResp
}

/** Marks the votes of a leadership transfer: voters grant them even inside a leader's lease. */
export const CAMPAIGN_TRANSFER_CONTEXT: Uint8Array = Uint8Array.of(1)

export function isCampaignTransfer (context: Uint8Array): boolean {
  return context.byteLength === 1 && context[0] === 1
}
