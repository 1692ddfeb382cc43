// Raft messages <-> protobuf bytes (raft.proto, loaded by protobufjs reflection at module load).
//
// Encoding trusts its input: messages come from our own core, so an unsafe number is a bug and is
// asserted. Decoding trusts nothing: bytes come from the network, so every problem (truncation,
// wrong wire type, unknown or local message type, missing snapshot parts, numbers beyond 2^53-1,
// node id 0) throws a RaftDecodeError that the transport counts, logs and answers by closing the
// connection. Unknown fields are skipped (and not retained) so that newer nodes can add fields.
//
// Byte fields of a decoded message (entry data, snapshot data, context) are views into the input,
// not copies: the caller must not reuse the input buffer (the transport never does).
import { readFileSync } from 'node:fs'
import protobuf from 'protobufjs'
import { assert } from '../../../util/assert.ts'
import {
  EntryType, MessageType,
  type ConfState, type Entry, type Message, type NodeId, type Snapshot
} from '../core/types.ts'
import { isLocalMessage } from '../core/messages.ts'

/** "RVRT": the first field of every connection's Hello, so a stray client is told apart at once. */
export const HELLO_MAGIC = 0x52565254
/**
 * The first bytes of every encoded Hello (after its frame's length): the protobuf tag of field 1,
 * fixed32 (0x0D), then the magic, little-endian. The controller listener, which shares its port with
 * Kafka-protocol controller APIs, tells a Raft stream apart by them (a Kafka request has 0x00 there,
 * the high byte of its api key).
 */
export const HELLO_PREFIX: Uint8Array = Uint8Array.of(0x0d, HELLO_MAGIC & 0xff, (HELLO_MAGIC >>> 8) & 0xff, (HELLO_MAGIC >>> 16) & 0xff, HELLO_MAGIC >>> 24)
/** Bumped when the wire format changes in a way an older node cannot read. */
export const HELLO_VERSION = 1
/** Kafka node ids are int32; 0 means "nobody" and is never a sender or receiver. */
export const NODE_ID_MAX = 0x7fffffff

export class RaftDecodeError extends Error {
  override name = 'RaftDecodeError'
  readonly code = 'RIVULET_ERR_RAFT_DECODE'
}

export interface Hello {
  readonly clusterId: string
  readonly from: NodeId
  readonly to: NodeId
}

const root = protobuf.parse(readFileSync(new URL('./raft.proto', import.meta.url), 'utf8')).root
const MessageProto = root.lookupType('rivulet.raft.Message')
const HelloProto = root.lookupType('rivulet.raft.Hello')

const MESSAGE_TYPE_MAX = MessageType.PreVoteResp
const EMPTY_BYTES = new Uint8Array(0)
const NO_ENTRIES: readonly Entry[] = Object.freeze([])

/**
 * A decoded bytes field. proto3 does not send an empty one, and protobufjs then fills in its
 * default, a plain `[]`, not a Uint8Array: that must never reach the core (sizes would be NaN).
 */
function bytesField (value: unknown): Uint8Array {
  return value instanceof Uint8Array && value.byteLength > 0 ? value : EMPTY_BYTES
}

/** Encodes one message. protobufjs reads our Message objects as they are (same field names). */
export function encodeMessage (m: Message): Uint8Array {
  assertEncodable(m)
  return MessageProto.encode(m).finish()
}

export function encodeHello (hello: Hello): Uint8Array {
  assertNodeId(hello.from, 'hello.from must be a node id in 1..2^31-1')
  assertNodeId(hello.to, 'hello.to must be a node id in 1..2^31-1')
  return HelloProto.encode({ magic: HELLO_MAGIC, version: HELLO_VERSION, ...hello }).finish()
}

export function decodeMessage (bytes: Uint8Array): Message {
  const raw = decodeRaw(MessageProto, bytes) as RawMessage
  const type = raw.type
  if (!Number.isInteger(type) || type < 0 || type > MESSAGE_TYPE_MAX) {
    throw new RaftDecodeError(`unknown message type ${String(type)}`)
  }
  if (isLocalMessage(type as MessageType)) throw new RaftDecodeError(`message type ${type} is local-only, never sent over the network`)
  const snapshot = raw.snapshot === null || raw.snapshot === undefined ? null : toSnapshot(raw.snapshot)
  if (type === MessageType.Snap && snapshot === null) throw new RaftDecodeError('snapshot message without a snapshot')
  if (type !== MessageType.Snap && snapshot !== null) throw new RaftDecodeError(`message type ${type} carries a snapshot`)
  return {
    type: type as MessageType,
    to: toNodeId(raw.to, 'to'),
    from: toNodeId(raw.from, 'from'),
    term: toSafeUint(raw.term, 'term'),
    logTerm: toSafeUint(raw.logTerm, 'logTerm'),
    index: toSafeUint(raw.index, 'index'),
    entries: raw.entries.length === 0 ? NO_ENTRIES : raw.entries.map(toEntry),
    commit: toSafeUint(raw.commit, 'commit'),
    snapshot,
    reject: raw.reject === true,
    rejectHint: toSafeUint(raw.rejectHint, 'rejectHint'),
    context: bytesField(raw.context)
  }
}

/** Decodes a Hello and checks magic and version; the caller checks cluster id and addressing. */
export function decodeHello (bytes: Uint8Array): Hello {
  const raw = decodeRaw(HelloProto, bytes) as RawHello
  if (raw.magic !== HELLO_MAGIC) throw new RaftDecodeError(`bad hello magic 0x${(raw.magic >>> 0).toString(16)}`)
  if (raw.version !== HELLO_VERSION) throw new RaftDecodeError(`unsupported transport version ${raw.version} (we speak ${HELLO_VERSION})`)
  return { clusterId: raw.clusterId, from: toNodeId(raw.from, 'hello.from'), to: toNodeId(raw.to, 'hello.to') }
}

// protobufjs's own shapes after decode: uint64 fields are Long objects (or numbers without `long`).
interface LongLike { readonly low: number, readonly high: number }
type Uint64 = number | LongLike
interface RawEntry { term: Uint64, index: Uint64, type: number, data: Uint8Array }
interface RawConfState { voters: number[], learners: number[], votersOutgoing: number[] }
interface RawSnapshot {
  metadata: { index: Uint64, term: Uint64, confState: RawConfState | null | undefined } | null | undefined
  data: Uint8Array
}
interface RawMessage {
  type: number, to: number, from: number, term: Uint64, logTerm: Uint64, index: Uint64
  entries: RawEntry[], commit: Uint64, snapshot: RawSnapshot | null | undefined
  reject: boolean, rejectHint: Uint64, context: Uint8Array
}
interface RawHello { magic: number, version: number, clusterId: string, from: number, to: number }

function decodeRaw (type: protobuf.Type, bytes: Uint8Array): unknown {
  const reader = protobuf.Reader.create(bytes)
  reader.discardUnknown = true
  try {
    return type.decode(reader)
  } catch (err) {
    throw new RaftDecodeError(`malformed ${type.name}: ${(err as Error).message}`, { cause: err })
  }
}

function toEntry (raw: RawEntry, i: number): Entry {
  if (raw.type !== EntryType.Normal && raw.type !== EntryType.ConfChange) {
    throw new RaftDecodeError(`entries[${i}]: unknown entry type ${raw.type}`)
  }
  return {
    term: toSafeUint(raw.term, 'entry.term'),
    index: toSafeUint(raw.index, 'entry.index'),
    type: raw.type,
    data: bytesField(raw.data)
  }
}

function toSnapshot (raw: RawSnapshot): Snapshot {
  const meta = raw.metadata
  if (meta === null || meta === undefined) throw new RaftDecodeError('snapshot without metadata')
  if (meta.confState === null || meta.confState === undefined) throw new RaftDecodeError('snapshot metadata without confState')
  return {
    metadata: {
      index: toSafeUint(meta.index, 'snapshot.index'),
      term: toSafeUint(meta.term, 'snapshot.term'),
      confState: toConfState(meta.confState)
    },
    data: bytesField(raw.data)
  }
}

function toConfState (raw: RawConfState): ConfState {
  return {
    voters: toNodeIds(raw.voters, 'confState.voters'),
    learners: toNodeIds(raw.learners, 'confState.learners'),
    votersOutgoing: toNodeIds(raw.votersOutgoing, 'confState.votersOutgoing')
  }
}

function toNodeIds (raw: readonly number[], field: string): NodeId[] {
  const ids = new Array<NodeId>(raw.length)
  for (let i = 0; i < raw.length; i++) ids[i] = toNodeId(raw[i], field)
  return ids
}

function toNodeId (value: number | undefined, field: string): NodeId {
  if (typeof value !== 'number' || value < 1 || value > NODE_ID_MAX) {
    throw new RaftDecodeError(`${field}: node id ${String(value)} outside 1..${NODE_ID_MAX}`)
  }
  return value
}

/** A uint64 from protobufjs as a number, or an error when it would not be exact (> 2^53-1). */
function toSafeUint (value: Uint64 | undefined, field: string): number {
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value) && value >= 0) return value
    throw new RaftDecodeError(`${field}: ${value} is not a safe unsigned integer`)
  }
  if (value === undefined) throw new RaftDecodeError(`${field}: missing`)
  const high = value.high >>> 0
  const low = value.low >>> 0
  // 2^53-1 has high word 0x1fffff: anything above cannot be a JS number exactly.
  if (high > 0x1fffff) throw new RaftDecodeError(`${field}: 0x${high.toString(16)}${low.toString(16).padStart(8, '0')} exceeds 2^53-1`)
  return high * 0x100000000 + low
}

function assertEncodable (m: Message): void {
  // Constant assertion messages: nothing is formatted on the hot path unless a check fails.
  assert(!isLocalMessage(m.type), 'local-only message types are never sent')
  assertNodeId(m.to, 'message.to must be a node id in 1..2^31-1')
  assertNodeId(m.from, 'message.from must be a node id in 1..2^31-1')
  assertSafeUint(m.term, 'message.term must be a safe unsigned integer')
  assertSafeUint(m.logTerm, 'message.logTerm must be a safe unsigned integer')
  assertSafeUint(m.index, 'message.index must be a safe unsigned integer')
  assertSafeUint(m.commit, 'message.commit must be a safe unsigned integer')
  assertSafeUint(m.rejectHint, 'message.rejectHint must be a safe unsigned integer')
  assert((m.type === MessageType.Snap) === (m.snapshot !== null), 'a snapshot travels in, and only in, a Snap message')
  for (const e of m.entries) {
    assertSafeUint(e.term, 'entry.term must be a safe unsigned integer')
    assertSafeUint(e.index, 'entry.index must be a safe unsigned integer')
  }
}

function assertNodeId (id: NodeId, message: string): void {
  assert(Number.isInteger(id) && id >= 1 && id <= NODE_ID_MAX, message)
}

function assertSafeUint (n: number, message: string): void {
  assert(Number.isSafeInteger(n) && n >= 0, message)
}
