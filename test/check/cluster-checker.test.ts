// The cluster-state checks on hand-made inputs: diverging images and copies, two leaders of one term
// or partition epoch, and the node-log parser that finds the leader claims.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkCluster, leaderClaimsFromLog, type ClusterCheckInput, type LeaderClaim, type PartitionCopies, type ReplicaDigest } from './cluster-checker.ts'

function kinds (input: Partial<ClusterCheckInput>): string[] {
  return checkCluster({ images: new Map(), copies: [], leaderClaims: [], ...input }).map((v) => v.kind).sort()
}
const images = (entries: Array<[number, number, string]>): ClusterCheckInput['images'] => new Map(entries.map(([node, offset, digest]) => [node, { offset, digest }]))
function copies (highWatermark: number, replicas: Array<[number, ReplicaDigest]>): PartitionCopies {
  return { topic: 'chaos', partition: 2, highWatermark, replicas: new Map(replicas) }
}
const digest = (sha256: string, endOffset = 100, startOffset = 0): ReplicaDigest => ({ startOffset, endOffset, sha256 })
const raft = (node: number, term: number): LeaderClaim => ({ kind: 'raft', node, term, t: 0 })
const lead = (node: number, partition: number, leaderEpoch: number, topic = 'chaos'): LeaderClaim => ({ kind: 'partition', node, topic, partition, leaderEpoch, t: 0 })

test('identical images, copies and one leader per term and epoch: no violations', () => {
  assert.deepEqual(kinds({
    images: images([[1, 40, 'aa'], [2, 40, 'aa'], [3, 40, 'aa']]),
    copies: [copies(100, [[1, digest('x')], [2, digest('x')], [3, digest('x')]])],
    // A node leading again after a restart, and leaders changing term after term, are fine.
    leaderClaims: [raft(1, 1), raft(1, 1), raft(2, 2), raft(1, 3), lead(1, 0, 0), lead(2, 0, 1), lead(2, 1, 0), lead(3, 0, 0, 'other')]
  }), [])
})

test('image-divergence: two digests at one offset', () => {
  const violations = checkCluster({ images: images([[1, 40, 'aa'], [2, 40, 'bb'], [3, 40, 'aa']]), copies: [], leaderClaims: [] })
  assert.deepEqual(violations.map((v) => v.kind), ['image-divergence'])
  assert.match(violations[0]!.detail, /nodes 1,3: aa; node 2: bb/)
})

test('image-offsets-differ: a node that never caught up', () => {
  assert.deepEqual(kinds({ images: images([[1, 40, 'aa'], [2, 40, 'aa'], [3, 38, 'cc']]) }), ['image-offsets-differ'])
})

test('replica-divergence: one copy hashes differently up to the high watermark', () => {
  const violations = checkCluster({ images: new Map(), copies: [copies(100, [[1, digest('x')], [2, digest('y')], [3, digest('x')]])], leaderClaims: [] })
  assert.deepEqual(violations.map((v) => [v.kind, v.partition]), [['replica-divergence', 2]])
})

test('replica-divergence: a copy that stops below the high watermark, or starts elsewhere', () => {
  assert.deepEqual(kinds({ copies: [copies(100, [[1, digest('x')], [2, digest('x', 90)]])] }), ['replica-divergence', 'replica-divergence'])
  assert.deepEqual(kinds({ copies: [copies(100, [[1, digest('x')], [2, digest('x', 100, 10)]])] }), ['replica-divergence'])
})

test('replica-unreadable: a replica without a digest up to the high watermark', () => {
  assert.deepEqual(kinds({ copies: [copies(100, [[1, digest('x')], [2, { error: 'end 100 is outside the log [0, 90]' }]])] }), ['replica-unreadable'])
})

test('two-raft-leaders: two nodes claim one term', () => {
  const violations = checkCluster({ images: new Map(), copies: [], leaderClaims: [raft(1, 4), raft(2, 5), raft(3, 4)] })
  assert.deepEqual(violations.map((v) => v.kind), ['two-raft-leaders'])
  assert.match(violations[0]!.detail, /nodes 1, 3 each led Raft term 4/)
})

test('two-partition-leaders: two nodes lead one partition in one leader epoch', () => {
  const violations = checkCluster({ images: new Map(), copies: [], leaderClaims: [lead(1, 0, 3), lead(2, 0, 4), lead(2, 0, 3), lead(3, 1, 3)] })
  assert.deepEqual(violations.map((v) => [v.kind, v.partition]), [['two-partition-leaders', 0]])
})

test('leaderClaimsFromLog: the brief\'s lines, the observer\'s line, and everything else skipped', () => {
  const lines = [
    '{"level":30,"time":1000,"pid":1,"hostname":"h","name":"rivulet","module":"raft-node","nodeId":2,"term":7,"msg":"raft leader elected"}',
    '{"level":30,"time":1001,"topic":"chaos","partition":3,"leaderEpoch":5,"msg":"partition leadership"}',
    '{"level":30,"time":1002,"leaderId":1,"epoch":6,"msg":"the @metadata leader changed"}',
    '{"level":30,"time":1003,"leaderId":null,"epoch":6,"msg":"the @metadata leader changed"}',
    '{"level":30,"time":1004,"msg":"raft node started","term":7}',
    '{"level":30,"time":1005,"msg":"partition leadership","topic":"chaos"}',
    'not json at all',
    '{"level":30,"time":1006,"msg":"raft leader ele'
  ]
  assert.deepEqual(leaderClaimsFromLog(2, lines), [
    { kind: 'raft', node: 2, term: 7, t: 1000 },
    { kind: 'partition', node: 2, topic: 'chaos', partition: 3, leaderEpoch: 5, t: 1001 },
    { kind: 'raft', node: 1, term: 6, t: 1002, reportedBy: 2 }
  ])
})

test('claims parsed from two nodes\' logs that collide are flagged', () => {
  const line = (term: number): string => JSON.stringify({ level: 30, time: 5, term, msg: 'raft leader elected' })
  const claims = [...leaderClaimsFromLog(1, [line(3)]), ...leaderClaimsFromLog(2, [line(3)])]
  assert.deepEqual(kinds({ leaderClaims: claims }), ['two-raft-leaders'])
})
