// The bytes of the Raft log segments and snapshot files.
//
// A segment is a sequence of records, each framed as
//   length u32 (of the body) | crc32c u32 (of the body) | body
// and the body is one of
//   1 entry:      kind u8 | term u64 | index u64 | entry type u8 | data
//   2 hard state: kind u8 | term u64 | vote u32 | commit u64
// A snapshot file is
//   magic u32 | crc32c u32 (of the rest) | index u64 | term u64 | first segment seq u64 |
//   voters, learners, outgoing voters (each: count u32, ids u32...) | data
// All integers big-endian; u64 fields hold safe integers (asserted when written, checked when read).
import { crc32c } from '../../../protocol/record-batch/crc32c.ts'
import { assert } from '../../../util/assert.ts'
import { EntryType, type ConfState, type Entry, type HardState, type NodeId, type Snapshot } from '../core/types.ts'

export const FRAME_HEADER_BYTES = 8
export const RecordKind = { Entry: 1, HardState: 2 } as const
const ENTRY_HEADER_BYTES = 1 + 8 + 8 + 1
const HARD_STATE_BYTES = 1 + 8 + 4 + 8
/** One record's body, at most: a larger length field can only be damage (or a torn length). */
export const RECORD_BODY_BYTES_MAX = 256 * 1024 * 1024
const SNAPSHOT_MAGIC = 0x52534e50 // "RSNP"
const TWO_POW_32 = 0x1_0000_0000

export type LogRecord =
  | { readonly kind: typeof RecordKind.Entry, readonly entry: Entry }
  | { readonly kind: typeof RecordKind.HardState, readonly hardState: HardState }

export function entryFrameBytes (e: Entry): number {
  return FRAME_HEADER_BYTES + ENTRY_HEADER_BYTES + e.data.byteLength
}

export const HARD_STATE_FRAME_BYTES = FRAME_HEADER_BYTES + HARD_STATE_BYTES

/** Writes entry `e` as one framed record at `at`; returns the offset after it. */
export function writeEntryFrame (buf: Buffer, at: number, e: Entry): number {
  const body = at + FRAME_HEADER_BYTES
  buf[body] = RecordKind.Entry
  writeU64(buf, body + 1, e.term)
  writeU64(buf, body + 9, e.index)
  buf[body + 17] = e.type
  buf.set(e.data, body + ENTRY_HEADER_BYTES)
  return sealFrame(buf, at, ENTRY_HEADER_BYTES + e.data.byteLength)
}

export function writeHardStateFrame (buf: Buffer, at: number, hs: HardState): number {
  const body = at + FRAME_HEADER_BYTES
  buf[body] = RecordKind.HardState
  writeU64(buf, body + 1, hs.term)
  assert(Number.isInteger(hs.vote) && hs.vote >= 0 && hs.vote < TWO_POW_32, `vote ${hs.vote} must fit a u32`)
  buf.writeUInt32BE(hs.vote, body + 9)
  writeU64(buf, body + 13, hs.commit)
  return sealFrame(buf, at, HARD_STATE_BYTES)
}

function sealFrame (buf: Buffer, at: number, bodyBytes: number): number {
  assert(bodyBytes <= RECORD_BODY_BYTES_MAX, `a record of ${bodyBytes} bytes exceeds ${RECORD_BODY_BYTES_MAX}`)
  const body = at + FRAME_HEADER_BYTES
  buf.writeUInt32BE(bodyBytes, at)
  buf.writeUInt32BE(crc32c(buf.subarray(body, body + bodyBytes)), at + 4)
  return body + bodyBytes
}

/**
 * Reads the record at `at`: the record and the offset after it, or null when the bytes there are
 * not a whole, intact record (short, bad length, bad CRC, unknown kind, malformed body).
 * Entry data is copied out, so the file buffer can be dropped.
 */
export function readFrame (buf: Buffer, at: number): { readonly record: LogRecord, readonly end: number } | null {
  if (at + FRAME_HEADER_BYTES > buf.length) return null
  const bodyBytes = buf.readUInt32BE(at)
  const body = at + FRAME_HEADER_BYTES
  if (bodyBytes === 0 || bodyBytes > RECORD_BODY_BYTES_MAX || body + bodyBytes > buf.length) return null
  if (crc32c(buf.subarray(body, body + bodyBytes)) !== buf.readUInt32BE(at + 4)) return null
  const end = body + bodyBytes
  const record = decodeBody(buf, body, bodyBytes)
  return record === null ? null : { record, end }
}

function decodeBody (buf: Buffer, body: number, bodyBytes: number): LogRecord | null {
  const kind = buf[body]
  if (kind === RecordKind.Entry) {
    if (bodyBytes < ENTRY_HEADER_BYTES) return null
    const term = readU64(buf, body + 1)
    const index = readU64(buf, body + 9)
    const type = buf[body + 17]
    if (term === null || index === null || index === 0) return null
    if (type !== EntryType.Normal && type !== EntryType.ConfChange) return null
    const data = new Uint8Array(buf.subarray(body + ENTRY_HEADER_BYTES, body + bodyBytes))
    return { kind, entry: { term, index, type, data } }
  }
  if (kind === RecordKind.HardState) {
    if (bodyBytes !== HARD_STATE_BYTES) return null
    const term = readU64(buf, body + 1)
    const commit = readU64(buf, body + 13)
    if (term === null || commit === null) return null
    return { kind, hardState: { term, vote: buf.readUInt32BE(body + 9), commit } }
  }
  return null
}

export interface SnapshotFile {
  readonly snapshot: Snapshot
  /** Segments with a lower sequence number hold nothing the log still needs (see file-storage.ts). */
  readonly firstSegmentSeq: number
}

export function encodeSnapshotFile (file: SnapshotFile): Buffer {
  const { metadata, data } = file.snapshot
  const cs = metadata.confState
  const idsBytes = 4 * (3 + cs.voters.length + cs.learners.length + cs.votersOutgoing.length)
  const buf = Buffer.allocUnsafe(8 + 24 + idsBytes + data.byteLength)
  buf.writeUInt32BE(SNAPSHOT_MAGIC, 0)
  writeU64(buf, 8, metadata.index)
  writeU64(buf, 16, metadata.term)
  writeU64(buf, 24, file.firstSegmentSeq)
  let at = 32
  for (const ids of [cs.voters, cs.learners, cs.votersOutgoing]) {
    buf.writeUInt32BE(ids.length, at)
    at += 4
    for (const id of ids) { buf.writeUInt32BE(id, at); at += 4 }
  }
  buf.set(data, at)
  buf.writeUInt32BE(crc32c(buf.subarray(8)), 4)
  return buf
}

/** The snapshot in `buf`, or null when it is damaged (it was written atomically: damage is not a crash). */
export function decodeSnapshotFile (buf: Buffer): SnapshotFile | null {
  if (buf.length < 32 || buf.readUInt32BE(0) !== SNAPSHOT_MAGIC) return null
  if (crc32c(buf.subarray(8)) !== buf.readUInt32BE(4)) return null
  const index = readU64(buf, 8)
  const term = readU64(buf, 16)
  const firstSegmentSeq = readU64(buf, 24)
  if (index === null || term === null || firstSegmentSeq === null) return null
  let at = 32
  const lists: NodeId[][] = []
  for (let list = 0; list < 3; list++) {
    if (at + 4 > buf.length) return null
    const count = buf.readUInt32BE(at)
    at += 4
    if (at + 4 * count > buf.length) return null
    const ids: NodeId[] = []
    for (let i = 0; i < count; i++, at += 4) ids.push(buf.readUInt32BE(at))
    lists.push(ids)
  }
  const confState: ConfState = { voters: lists[0]!, learners: lists[1]!, votersOutgoing: lists[2]! }
  const data = new Uint8Array(buf.subarray(at))
  return { snapshot: { metadata: { index, term, confState }, data }, firstSegmentSeq }
}

function writeU64 (buf: Buffer, at: number, value: number): void {
  assert(Number.isSafeInteger(value) && value >= 0, `${value} is not a non-negative safe integer`)
  buf.writeUInt32BE(Math.floor(value / TWO_POW_32), at)
  buf.writeUInt32BE(value >>> 0, at + 4)
}

function readU64 (buf: Buffer, at: number): number | null {
  const value = buf.readUInt32BE(at) * TWO_POW_32 + buf.readUInt32BE(at + 4)
  return Number.isSafeInteger(value) ? value : null
}
