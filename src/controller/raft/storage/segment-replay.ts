// Rebuilding the log and the hard state from segment bytes at open, and telling a torn tail (the
// expected result of a power loss while unsynced writes were in flight: dropped) from damage to data
// that was durable (a loud error: silently dropping it could lose committed entries).
//
// Replay semantics: records are applied in write order. An entry record at index i means "the log
// from i on starts with this entry" (a conflicting suffix was cut when it was written), so it
// truncates whatever followed i-1. Entries at or below the snapshot only cut what follows the
// snapshot. The last hard state record wins.
import { EMPTY_HARD_STATE } from '../core/memory-storage.ts'
import type { Entry, HardState } from '../core/types.ts'
import { readFrame, RecordKind, type LogRecord } from './record-codec.ts'

export class RaftLogCorruptError extends Error {
  override name = 'RaftLogCorruptError'
  readonly code = 'RIVULET_ERR_RAFT_LOG_CORRUPT'
}

export interface SegmentBytes {
  readonly seq: number
  readonly name: string
  readonly bytes: Buffer
}

export interface SegmentInfo {
  readonly seq: number
  /** Highest entry index written to the segment (0: none); it can be deleted once compacted past it. */
  maxIndex: number
}

export interface Replayed {
  /** The entries after the snapshot, contiguous. */
  readonly entries: Entry[]
  readonly hardState: HardState
  readonly segments: SegmentInfo[]
  /** Intact bytes of the last segment; what follows is a torn tail to cut. */
  readonly lastValidBytes: number
  readonly truncatedBytes: number
}

export function replaySegments (segments: readonly SegmentBytes[], snapshotIndex: number): Replayed {
  const state = new ReplayState(snapshotIndex)
  const infos: SegmentInfo[] = []
  let lastValidBytes = 0
  let truncatedBytes = 0
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!
    const info: SegmentInfo = { seq: seg.seq, maxIndex: 0 }
    infos.push(info)
    let at = 0
    for (let r = readFrame(seg.bytes, at); r !== null; r = readFrame(seg.bytes, at)) {
      state.apply(r.record, seg.name, info)
      at = r.end
    }
    if (at === seg.bytes.length) {
      lastValidBytes = at
      continue
    }
    // Segments are fsynced before a newer one is started: only the last can hold a torn tail.
    if (i < segments.length - 1) {
      throw new RaftLogCorruptError(`${seg.name}: damaged record at byte ${at} of ${seg.bytes.length}, and newer segments follow`)
    }
    checkTailIsDroppable(seg, at, state)
    lastValidBytes = at
    truncatedBytes = seg.bytes.length - at
  }
  const lastIndex = snapshotIndex + state.entries.length
  if (state.hardState.commit > lastIndex) {
    throw new RaftLogCorruptError(`the hard state commits ${state.hardState.commit}, but the log ends at ${lastIndex}`)
  }
  return { entries: state.entries, hardState: state.hardState, segments: infos, lastValidBytes, truncatedBytes }
}

/**
 * The bytes from `at` on are not a whole record. After a power loss that is a torn tail of unsynced
 * writes. But if intact records follow and one of them commits an index the cut would remove, the
 * cut would lose committed entries: that is damage, and a human must look.
 */
function checkTailIsDroppable (seg: SegmentBytes, at: number, state: ReplayState): void {
  const lastIndexAfterCut = state.snapshotIndex + state.entries.length
  for (let p = at + 1; p < seg.bytes.length; p++) {
    const r = readFrame(seg.bytes, p)
    if (r === null) continue
    if (r.record.kind === RecordKind.HardState && r.record.hardState.commit > lastIndexAfterCut) {
      throw new RaftLogCorruptError(`${seg.name}: damaged record at byte ${at}; a later intact record commits index ${r.record.hardState.commit} but the log would end at ${lastIndexAfterCut}`)
    }
  }
}

class ReplayState {
  readonly snapshotIndex: number
  readonly entries: Entry[] = []
  hardState: HardState = EMPTY_HARD_STATE

  constructor (snapshotIndex: number) {
    this.snapshotIndex = snapshotIndex
  }

  apply (record: LogRecord, segmentName: string, info: SegmentInfo): void {
    if (record.kind === RecordKind.HardState) {
      this.hardState = record.hardState
      return
    }
    const e = record.entry
    if (e.index > info.maxIndex) info.maxIndex = e.index
    if (e.index <= this.snapshotIndex) {
      this.entries.length = 0
      return
    }
    const position = e.index - this.snapshotIndex - 1
    if (position > this.entries.length) {
      throw new RaftLogCorruptError(`${segmentName}: entry ${e.index} follows a gap (the log ends at ${this.snapshotIndex + this.entries.length})`)
    }
    // (Not checked against the snapshot's term: the entry may be one a later record overwrites,
    // written when its predecessor was an entry the snapshot has since replaced.)
    const previousTerm = position === 0 ? 0 : this.entries[position - 1]!.term
    if (e.term < previousTerm) {
      throw new RaftLogCorruptError(`${segmentName}: entry ${e.index} has term ${e.term}, below its predecessor's ${previousTerm}`)
    }
    this.entries.length = position
    this.entries.push(e)
  }
}
