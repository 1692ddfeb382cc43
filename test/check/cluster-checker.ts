// The cluster-state checks of a chaos run (reliability.md §6.2.4 and .5), over what the runner read
// from the nodes after heal and from their logs. Pure.
//
// - Metadata: every node's image at one offset has one digest (replay is deterministic, so two
//   digests at one offset mean two histories of @metadata).
// - Partition copies: every replica's bytes up to the high watermark hash the same (followers append
//   the leader's batches verbatim, so any difference is divergence below the HW).
// - Leadership: no two nodes claim Raft leadership of one term (R1), and no two nodes lead one
//   (topic, partition, leader epoch) (P2). Claims come from the node logs: leaderClaimsFromLog.
import type { Violation } from './queue-checker.ts'

export type { Violation }

/** A node's committed metadata image (admin GET /v1/metadata/image). */
export interface ImageDigest {
  readonly offset: number
  readonly digest: string
}

/** One replica's digest of a partition up to the HW (admin GET .../digest?end=HW), or why it has none. */
export type ReplicaDigest =
  | { readonly startOffset: number, readonly endOffset: number, readonly sha256: string }
  | { readonly error: string }

export interface PartitionCopies {
  readonly topic: string
  readonly partition: number
  readonly highWatermark: number
  /** replica node id -> its digest up to highWatermark */
  readonly replicas: ReadonlyMap<number, ReplicaDigest>
}

export type LeaderClaim =
  | { readonly kind: 'raft', readonly node: number, readonly term: number, readonly t: number, readonly reportedBy?: number }
  | { readonly kind: 'partition', readonly node: number, readonly topic: string, readonly partition: number, readonly leaderEpoch: number, readonly t: number, readonly reportedBy?: number }

export interface ClusterCheckInput {
  /** node id -> its image, read after heal (ProcessCluster.imagesAtOneOffset) */
  readonly images: ReadonlyMap<number, ImageDigest>
  readonly copies: readonly PartitionCopies[]
  readonly leaderClaims: readonly LeaderClaim[]
}

export function checkCluster (input: ClusterCheckInput): Violation[] {
  return [...imageViolations(input.images), ...input.copies.flatMap(copyViolations), ...leaderViolations(input.leaderClaims)]
}

/**
 * Images: one digest per offset ('image-divergence'); and all nodes at one offset, since the run
 * ends healed and waits for them ('image-offsets-differ': a node that never caught up).
 */
function imageViolations (images: ReadonlyMap<number, ImageDigest>): Violation[] {
  const byOffset = new Map<number, Map<string, number[]>>()
  for (const [node, image] of images) {
    let digests = byOffset.get(image.offset)
    if (digests === undefined) byOffset.set(image.offset, digests = new Map())
    const nodes = digests.get(image.digest)
    if (nodes === undefined) digests.set(image.digest, [node])
    else nodes.push(node)
  }
  const out: Violation[] = []
  for (const [offset, digests] of byOffset) {
    if (digests.size > 1) out.push({ kind: 'image-divergence', detail: `metadata images at offset ${offset} differ: ${describeGroups(digests)}` })
  }
  if (byOffset.size > 1) {
    out.push({ kind: 'image-offsets-differ', detail: `nodes end at different metadata offsets: ${[...images].sort((a, b) => a[0] - b[0]).map(([node, i]) => `node ${node} at ${i.offset}`).join(', ')}` })
  }
  return out
}

/**
 * Copies: every replica readable up to the HW ('replica-unreadable'), and all of them alike in log
 * start, digested end and hash ('replica-divergence'). A digested end below the HW means the replica
 * lacks committed records, which is divergence too.
 */
function copyViolations (copies: PartitionCopies): Violation[] {
  const name = `${copies.topic}-${copies.partition}`
  const out: Violation[] = []
  const groups = new Map<string, number[]>()
  for (const [node, d] of copies.replicas) {
    if ('error' in d) {
      out.push({ kind: 'replica-unreadable', partition: copies.partition, detail: `${name} on node ${node} has no digest up to the high watermark ${copies.highWatermark}: ${d.error}` })
      continue
    }
    const key = `start ${d.startOffset} end ${d.endOffset} sha256 ${d.sha256.slice(0, 12)}`
    const nodes = groups.get(key)
    if (nodes === undefined) groups.set(key, [node])
    else nodes.push(node)
    if (d.endOffset !== copies.highWatermark) out.push({ kind: 'replica-divergence', partition: copies.partition, detail: `${name} on node ${node} digests up to ${d.endOffset}, not the high watermark ${copies.highWatermark}` })
  }
  if (groups.size > 1) out.push({ kind: 'replica-divergence', partition: copies.partition, detail: `${name} copies up to the high watermark ${copies.highWatermark} differ: ${describeGroups(groups)}` })
  return out
}

function describeGroups (groups: ReadonlyMap<string, number[]>): string {
  return [...groups].map(([key, nodes]) => `node${nodes.length > 1 ? 's' : ''} ${nodes.sort((a, b) => a - b).join(',')}: ${key}`).join('; ')
}

/** Two nodes claiming one Raft term ('two-raft-leaders') or one partition leader epoch ('two-partition-leaders'). */
function leaderViolations (claims: readonly LeaderClaim[]): Violation[] {
  const claimants = new Map<string, { claim: LeaderClaim, nodes: Set<number> }>()
  for (const c of claims) {
    const key = c.kind === 'raft' ? `raft\u0000${c.term}` : `partition\u0000${c.topic}\u0000${c.partition}\u0000${c.leaderEpoch}`
    let entry = claimants.get(key)
    if (entry === undefined) claimants.set(key, entry = { claim: c, nodes: new Set() })
    entry.nodes.add(c.node)
  }
  const out: Violation[] = []
  for (const { claim, nodes } of claimants.values()) {
    if (nodes.size < 2) continue
    const who = [...nodes].sort((a, b) => a - b).join(', ')
    if (claim.kind === 'raft') out.push({ kind: 'two-raft-leaders', detail: `nodes ${who} each led Raft term ${claim.term}` })
    else out.push({ kind: 'two-partition-leaders', partition: claim.partition, detail: `nodes ${who} each led ${claim.topic}-${claim.partition} in leader epoch ${claim.leaderEpoch}` })
  }
  return out
}

/**
 * The leader claims in one node's log (pino JSON lines; other lines are skipped):
 * - `{msg: "raft leader elected", term}`: this node became Raft leader of `term`;
 * - `{msg: "partition leadership", topic, partition, leaderEpoch}`: this node leads the partition;
 * - `{msg: "the @metadata leader changed", leaderId, epoch}` (a broker-only node's observer, which
 *   exists today): the leader it was told of, recorded as that leader's claim, `reportedBy` this node.
 * `t` is pino's `time` (ms since the epoch).
 */
export function leaderClaimsFromLog (node: number, lines: Iterable<string>): LeaderClaim[] {
  const claims: LeaderClaim[] = []
  for (const line of lines) {
    if (!line.startsWith('{')) continue
    let o: Record<string, unknown>
    try {
      o = JSON.parse(line) as Record<string, unknown>
    } catch {
      continue // a torn last line of a killed node
    }
    const t = typeof o.time === 'number' ? o.time : 0
    if (o.msg === 'raft leader elected' && isInt(o.term)) claims.push({ kind: 'raft', node, term: o.term, t })
    else if (o.msg === 'partition leadership' && typeof o.topic === 'string' && isInt(o.partition) && isInt(o.leaderEpoch)) {
      claims.push({ kind: 'partition', node, topic: o.topic, partition: o.partition, leaderEpoch: o.leaderEpoch, t })
    } else if (o.msg === 'the @metadata leader changed' && isInt(o.leaderId) && o.leaderId >= 0 && isInt(o.epoch)) {
      claims.push({ kind: 'raft', node: o.leaderId, term: o.epoch, t, reportedBy: node })
    }
  }
  return claims
}

function isInt (x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x)
}
