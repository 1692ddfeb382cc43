// Whether a log found on disk at load still holds what this node once knew it held. Segment files
// removed underneath (by hand, a bad cleanup script, a damaged filesystem) make the log end fall or
// leave holes; without a check the log would silently hand out the lost offsets again. The facts
// compared are the node-local checkpoints (recovery point and log start offset in lmdb, the
// leader-epoch-checkpoint, the producer-state snapshot's offset) and each segment's real end against
// the base offset of the next. Pure: the partition log gathers the facts and logs the findings.

export interface SegmentSpan {
  readonly baseOffset: number
  /** The offset after the segment's last batch (its base offset when empty). */
  readonly nextOffset: number
}

export interface LoadFacts {
  /** Segments in base offset order; the last one is the active segment. */
  readonly segments: readonly SegmentSpan[]
  /** The log start offset kept in lmdb (0 when none was kept). */
  readonly logStartCheckpoint: number
  /** The recovery point kept in lmdb: offsets below it were fsynced (0 when none was kept). */
  readonly recoveryPoint: number
  /** The start offset of the newest leader-epoch-checkpoint entry; -1 when the checkpoint is empty. */
  readonly latestEpochStartOffset: number
  /** The offset of the newest producer-state snapshot; -1 when there is none. */
  readonly producerSnapshotOffset: number
}

export type FindingKind = 'segment-gap' | 'head-missing' | 'below-log-start' | 'below-recovery-point' | 'below-leader-epoch' | 'below-producer-snapshot'

export interface ContinuityFinding {
  readonly kind: FindingKind
  /** The offset the checkpoint or the previous segment says the log reaches (or starts at). */
  readonly expectedOffset: number
  /** The offset found on disk. */
  readonly foundOffset: number
  readonly message: string
}

/** Everything that says offsets were lost; empty for a healthy log. */
export function checkContinuity (facts: LoadFacts): ContinuityFinding[] {
  const findings: ContinuityFinding[] = []
  const segments = facts.segments
  for (let i = 0; i + 1 < segments.length; i++) {
    const end = segments[i]!.nextOffset
    const nextBase = segments[i + 1]!.baseOffset
    if (end < nextBase) {
      findings.push({ kind: 'segment-gap', expectedOffset: end, foundOffset: nextBase, message: `the segment at ${segments[i]!.baseOffset} ends at ${end} but the next one begins at ${nextBase}: offsets ${end}..${nextBase - 1} are missing` })
    }
  }
  const first = segments[0]
  if (first !== undefined && first.baseOffset > facts.logStartCheckpoint) {
    findings.push({ kind: 'head-missing', expectedOffset: facts.logStartCheckpoint, foundOffset: first.baseOffset, message: `the log should start at ${facts.logStartCheckpoint} but its first segment begins at ${first.baseOffset}` })
  }
  const last = segments[segments.length - 1]
  const logEnd = last === undefined ? facts.logStartCheckpoint : last.nextOffset
  if (logEnd < facts.logStartCheckpoint) {
    findings.push({ kind: 'below-log-start', expectedOffset: facts.logStartCheckpoint, foundOffset: logEnd, message: `the log ends at ${logEnd}, below its log start offset ${facts.logStartCheckpoint}` })
  }
  if (logEnd < facts.recoveryPoint) {
    findings.push({ kind: 'below-recovery-point', expectedOffset: facts.recoveryPoint, foundOffset: logEnd, message: `the log ends at ${logEnd}, below its recovery point ${facts.recoveryPoint} (offsets written and fsynced before)` })
  }
  // An epoch may start at the log end (assigned just before an append that never landed), not past it.
  if (facts.latestEpochStartOffset > logEnd) {
    findings.push({ kind: 'below-leader-epoch', expectedOffset: facts.latestEpochStartOffset, foundOffset: logEnd, message: `the log ends at ${logEnd}, below the start ${facts.latestEpochStartOffset} of its latest leader epoch` })
  }
  if (facts.producerSnapshotOffset > logEnd) {
    findings.push({ kind: 'below-producer-snapshot', expectedOffset: facts.producerSnapshotOffset, foundOffset: logEnd, message: `the log ends at ${logEnd}, below its producer-state snapshot at ${facts.producerSnapshotOffset}` })
  }
  return findings
}
