// The Raft wire codec: every network message type round-trips with edge values, random messages
// round-trip, and bad bytes are refused with a RaftDecodeError (never another exception).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import protobuf from 'protobufjs'
import { message } from '../../../../src/controller/raft/core/messages.ts'
import { EntryType, MessageType, type Entry, type Message, type Snapshot } from '../../../../src/controller/raft/core/types.ts'
import {
  decodeHello, decodeMessage, encodeHello, encodeMessage, HELLO_MAGIC, HELLO_VERSION, NODE_ID_MAX, RaftDecodeError
} from '../../../../src/controller/raft/transport/raft-codec.ts'
import { AssertionError } from '../../../../src/util/assert.ts'

const SAFE_MAX = Number.MAX_SAFE_INTEGER
const NETWORK_TYPES = [
  MessageType.Prop, MessageType.App, MessageType.AppResp, MessageType.Vote, MessageType.VoteResp,
  MessageType.Snap, MessageType.Heartbeat, MessageType.HeartbeatResp, MessageType.TransferLeader,
  MessageType.TimeoutNow, MessageType.PreVote, MessageType.PreVoteResp
]
const LOCAL_TYPES = [MessageType.Hup, MessageType.Beat, MessageType.Unreachable, MessageType.SnapStatus, MessageType.CheckQuorum]

// The same schema, read directly, to craft bytes our encoder refuses to produce.
const root = protobuf.parse(readFileSync(new URL('../../../../src/controller/raft/transport/raft.proto', import.meta.url), 'utf8')).root
const RawMessage = root.lookupType('rivulet.raft.Message')
const RawHello = root.lookupType('rivulet.raft.Hello')

/** Byte fields as plain arrays: decoded bytes are Buffers, encoded ones may be Uint8Arrays. */
function plain (m: Message): unknown {
  // `this[key]` is the value before Buffer.prototype.toJSON turned it into { type, data }.
  return JSON.parse(JSON.stringify(m, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key]
    return raw instanceof Uint8Array ? Array.from(raw) : value
  }))
}

function snapshot (index: number, term: number): Snapshot {
  return {
    metadata: { index, term, confState: { voters: [1, 2, NODE_ID_MAX], learners: [4], votersOutgoing: [] } },
    data: Uint8Array.from([1, 2, 3, 255])
  }
}

function roundTrip (m: Message): void {
  assert.deepEqual(plain(decodeMessage(encodeMessage(m))), plain(m))
}

test('every network message type round-trips with zero and with extreme values', () => {
  for (const type of NETWORK_TYPES) {
    const isSnap = type === MessageType.Snap
    roundTrip(message({ type, to: 1, from: 2, snapshot: isSnap ? snapshot(0, 0) : null }))
    const entries: Entry[] = isSnap ? [] : [
      { term: 0, index: 0, type: EntryType.Normal, data: new Uint8Array(0) },
      { term: SAFE_MAX, index: SAFE_MAX, type: EntryType.ConfChange, data: Uint8Array.from([0, 255]) }
    ]
    roundTrip(message({
      type,
      to: NODE_ID_MAX,
      from: 1,
      term: SAFE_MAX,
      logTerm: SAFE_MAX - 1,
      index: SAFE_MAX,
      entries,
      commit: 2 ** 32, // crosses the 32-bit word boundary of a uint64
      snapshot: isSnap ? snapshot(SAFE_MAX, 2 ** 32 - 1) : null,
      reject: true,
      rejectHint: SAFE_MAX,
      context: Uint8Array.of(1)
    }))
  }
})

test('empty bytes fields decode as empty Uint8Arrays (proto3 omits them; protobufjs would fill in [])', () => {
  const app = decodeMessage(encodeMessage(message({ type: MessageType.App, to: 1, from: 2, entries: [{ term: 1, index: 1, type: EntryType.Normal, data: new Uint8Array(0) }] })))
  assert.ok(app.entries[0]!.data instanceof Uint8Array && app.entries[0]!.data.byteLength === 0)
  assert.ok(app.context instanceof Uint8Array && app.context.byteLength === 0)
  const snap = decodeMessage(encodeMessage(message({ type: MessageType.Snap, to: 1, from: 2, snapshot: { metadata: { index: 1, term: 1, confState: { voters: [1], learners: [], votersOutgoing: [] } }, data: new Uint8Array(0) } })))
  assert.ok(snap.snapshot!.data instanceof Uint8Array && snap.snapshot!.data.byteLength === 0)
})

test('random messages round-trip', () => {
  const safeUint = fc.maxSafeNat()
  const nodeId = fc.integer({ min: 1, max: NODE_ID_MAX })
  const bytes = fc.uint8Array({ maxLength: 40 })
  const entry = fc.record({ term: safeUint, index: safeUint, type: fc.constantFrom(EntryType.Normal, EntryType.ConfChange), data: bytes })
  const ids = fc.array(nodeId, { maxLength: 5 })
  const snap = fc.record({
    metadata: fc.record({ index: safeUint, term: safeUint, confState: fc.record({ voters: ids, learners: ids, votersOutgoing: ids }) }),
    data: bytes
  })
  const arbitrary = fc.record({
    type: fc.constantFrom(...NETWORK_TYPES), to: nodeId, from: nodeId, term: safeUint, logTerm: safeUint, index: safeUint,
    entries: fc.array(entry, { maxLength: 4 }), commit: safeUint, snapshot: snap, reject: fc.boolean(), rejectHint: safeUint, context: bytes
  }).map((f) => message({ ...f, snapshot: f.type === MessageType.Snap ? f.snapshot : null }))
  fc.assert(fc.property(arbitrary, (m) => { roundTrip(m) }), { numRuns: 300 })
})

test('hello round-trips; wrong magic or version is refused', () => {
  assert.deepEqual(decodeHello(encodeHello({ clusterId: 'rivulet-1', from: 3, to: 1 })), { clusterId: 'rivulet-1', from: 3, to: 1 })
  const craft = (fields: Record<string, unknown>): Uint8Array => RawHello.encode({ magic: HELLO_MAGIC, version: HELLO_VERSION, clusterId: 'c', from: 1, to: 2, ...fields }).finish()
  assert.throws(() => decodeHello(craft({ magic: 0x12345678 })), RaftDecodeError)
  assert.throws(() => decodeHello(craft({ version: HELLO_VERSION + 1 })), /unsupported transport version/)
  assert.throws(() => decodeHello(craft({ from: 0 })), /node id 0/)
  assert.throws(() => decodeHello(Uint8Array.of(0xff)), RaftDecodeError)
})

test('decode refuses unknown and local types, missing parts and out-of-range numbers', () => {
  const craft = (fields: Record<string, unknown>): Uint8Array => RawMessage.encode({ type: MessageType.App, to: 1, from: 2, ...fields }).finish()
  const cases: Array<[string, Record<string, unknown>, RegExp]> = [
    ['unknown type', { type: 17 }, /unknown message type 17/],
    ['to 0', { to: 0 }, /to: node id 0/],
    ['from above int32', { from: 2 ** 31 }, /from: node id 2147483648/],
    ['term 2^53', { term: { low: 0, high: 0x200000, unsigned: true } }, /term: .* exceeds 2\^53-1/],
    ['index 2^64-1', { index: { low: -1, high: -1, unsigned: true } }, /index: .* exceeds 2\^53-1/],
    ['entry term 2^53', { entries: [{ term: { low: 0, high: 0x200000, unsigned: true }, index: 1 }] }, /entry.term/],
    ['entry type 5', { entries: [{ type: 5 }] }, /unknown entry type 5/],
    ['snap without snapshot', { type: MessageType.Snap }, /without a snapshot/],
    ['app with snapshot', { snapshot: { metadata: { confState: {} } } }, /carries a snapshot/],
    ['snapshot without metadata', { type: MessageType.Snap, snapshot: { data: Uint8Array.of(1) } }, /without metadata/],
    ['snapshot without confState', { type: MessageType.Snap, snapshot: { metadata: { index: 1 } } }, /without confState/],
    ['voter 0', { type: MessageType.Snap, snapshot: { metadata: { confState: { voters: [0] } } } }, /confState.voters/]
  ]
  for (const [name, fields, pattern] of cases) {
    assert.throws(() => decodeMessage(craft(fields)), (err: unknown) => err instanceof RaftDecodeError && pattern.test(err.message), name)
  }
  for (const type of LOCAL_TYPES) {
    assert.throws(() => decodeMessage(craft({ type })), /local-only/, `type ${type}`)
    assert.throws(() => encodeMessage(message({ type, to: 1, from: 2 })), AssertionError, `encode type ${type}`)
  }
  // An empty frame is a message of type 0 (Hup): local, refused.
  assert.throws(() => decodeMessage(new Uint8Array(0)), /local-only/)
  assert.equal(decodeMessage(craft({ term: SAFE_MAX })).term, SAFE_MAX)
})

test('encode refuses what the core must never produce', () => {
  assert.throws(() => encodeMessage(message({ type: MessageType.App, to: 1, from: 2, term: SAFE_MAX + 1 })), AssertionError)
  assert.throws(() => encodeMessage(message({ type: MessageType.App, to: 0, from: 2 })), AssertionError)
  assert.throws(() => encodeMessage(message({ type: MessageType.App, to: 1, from: 2, index: -1 })), AssertionError)
  assert.throws(() => encodeMessage(message({ type: MessageType.Snap, to: 1, from: 2 })), AssertionError)
})

test('truncated and random bytes decode or fail with RaftDecodeError, nothing else', () => {
  const full = encodeMessage(message({
    type: MessageType.App, to: 1, from: 2, term: 7, index: 300, entries: [{ term: 7, index: 301, type: EntryType.Normal, data: Uint8Array.of(1, 2, 3) }], context: Uint8Array.of(9)
  }))
  let refused = 0
  for (let end = 0; end < full.length; end++) {
    try { decodeMessage(full.subarray(0, end)) } catch (err) {
      assert.ok(err instanceof RaftDecodeError, `cut at ${end}: ${String(err)}`)
      refused++
    }
  }
  assert.ok(refused > 0, 'most cuts land inside a field')
  fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
    try { decodeMessage(bytes) } catch (err) { assert.ok(err instanceof RaftDecodeError, String(err)) }
    try { decodeHello(bytes) } catch (err) { assert.ok(err instanceof RaftDecodeError, String(err)) }
  }), { numRuns: 2000 })
})
