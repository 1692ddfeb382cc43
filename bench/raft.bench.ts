// The @metadata quorum: three RaftNodes over real TCP on 127.0.0.1-3, each with its file storage
// (fsync on) in a temp dir, all in this one process. Committed proposals per second and commit
// latency (propose -> committed and applied on the leader) at several numbers of proposals in
// flight, next to the raw fsync rate of the same disk measured in the same run: a proposal needs the
// leader's fsync and one follower's, in sequence, so without batching the quorum could not beat
// about half that rate; the ratio shows what group commit buys.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RaftNode } from '../src/controller/raft/raft-node.ts'
import { RaftCluster } from '../test/helpers/raft-cluster.ts'
import { fmt, fsyncRate, nowNs, percentile } from './measure.ts'

const PAYLOAD_BYTES = 100
const FSYNC_PROBE_MS = 2000
const RUN_MS = 3000
const WARMUP_PROPOSALS = 2000
const OUTSTANDING = [1, 64, 256, 1000] as const

interface Run { readonly committedPerSec: number, readonly p50Ms: number, readonly p99Ms: number, readonly proposalsPerLeaderFsync: number }

/** Keeps `outstanding` proposals in flight for `durationMs`; each completion starts the next. */
async function drive (cluster: RaftCluster, leader: RaftNode, outstanding: number, durationMs: number): Promise<Run> {
  const payload = new Uint8Array(PAYLOAD_BYTES).fill(0x61)
  const latenciesMs: number[] = []
  const fsyncsBefore = cluster.fsyncs.get(leader.id)!
  const start = nowNs()
  const end = start + BigInt(durationMs) * 1_000_000n
  let committed = 0
  const worker = async (): Promise<void> => {
    while (nowNs() < end) {
      const t0 = nowNs()
      await leader.propose(payload)
      latenciesMs.push(Number(nowNs() - t0) / 1e6)
      committed++
    }
  }
  await Promise.all(Array.from({ length: outstanding }, worker))
  const seconds = Number(nowNs() - start) / 1e9
  const fsyncs = cluster.fsyncs.get(leader.id)! - fsyncsBefore
  return { committedPerSec: committed / seconds, p50Ms: percentile(latenciesMs, 50), p99Ms: percentile(latenciesMs, 99), proposalsPerLeaderFsync: committed / Math.max(1, fsyncs) }
}

export default async function (): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'rivulet-bench-raft-'))
  let cluster: RaftCluster | null = null
  try {
    const fsyncPerSec = fsyncRate(root, FSYNC_PROBE_MS)
    console.log(`raw fsync (4 KiB write + fsync, same disk)   ${fmt(fsyncPerSec).padStart(7)} fsyncs/s`)
    // Production timing (100 ms ticks), so elections do not disturb the run.
    cluster = await RaftCluster.create({ tickMs: 100, electionTicks: 10, heartbeatTicks: 1 }, join(root, 'quorum'))
    const leader = await cluster.leader()
    const warm = new Uint8Array(PAYLOAD_BYTES)
    await Promise.all(Array.from({ length: WARMUP_PROPOSALS }, async () => await leader.propose(warm)))
    for (const outstanding of OUTSTANDING) {
      const r = await drive(cluster, leader, outstanding, RUN_MS)
      console.log(`3 voters, ${String(outstanding).padStart(4)} in flight, ${PAYLOAD_BYTES} B  ${fmt(r.committedPerSec).padStart(7)} commits/s  p50 ${fmt(r.p50Ms, 1).padStart(6)} ms  p99 ${fmt(r.p99Ms, 1).padStart(6)} ms  ${fmt(r.proposalsPerLeaderFsync, 1).padStart(6)} proposals/leader fsync | raw fsync ${fmt(fsyncPerSec)}/s | ratio ${fmt(r.committedPerSec / fsyncPerSec, 2)}`)
    }
  } finally {
    if (cluster !== null) await cluster.close()
    rmSync(root, { recursive: true, force: true })
  }
}
