// Swarm testing: each seed draws its own fault profile (which faults are on, and how hard), so
// across seeds the simulation covers calm runs, one-fault runs and everything-at-once runs.
// The profile is data: it is printed with a failing seed, and the seed alone rebuilds it.
import type { BugSwitches } from '../../src/controller/raft/core/config.ts'
import type { DriverBugSwitches } from '../../src/controller/raft/raft-node.ts'
import type { DiskBugSwitches } from './sim-file-system.ts'
import { Prng } from './prng.ts'

export interface SimOptions {
  /** Voters at the start; drawn (3 or 5) when absent. */
  readonly nodes?: 3 | 5
  /** Deliberate bugs of the core and of the driver (RaftNode), and faults of the simulated disk. */
  readonly bugs?: SimBugSwitches
  /** Simulated milliseconds of faults before the liveness phase. */
  readonly safetyMs?: number
  /** Receives a line per event and state change (for reproducing a failing seed). */
  readonly trace?: (line: string) => void
  /** Invariant codes not to check (to show what the others catch on their own). */
  readonly ignore?: readonly string[]
}

export type PartitionMode = 'isolate-one' | 'isolate-leader' | 'split' | 'one-way-out' | 'one-way-in'

export interface FaultProfile {
  readonly seed: number
  readonly voterCount: number
  /** Nodes not in the first configuration, which membership changes may add. */
  readonly spareCount: number
  readonly preVote: boolean
  readonly checkQuorum: boolean
  readonly electionTicks: number
  readonly heartbeatTicks: number
  /** Per node (index = id - 1): milliseconds per tick; 10 ms at 1x, so 0.5x-2x = 20-5 ms. */
  readonly tickMs: readonly number[]
  readonly maxInflightMsgs: number
  readonly maxInflightBytes: number
  readonly maxSizePerMsg: number
  readonly delayMinMs: number
  readonly delayMaxMs: number
  readonly lossRate: number
  readonly dupRate: number
  /** The latency tail: this share of messages takes slowDelayMs (so they arrive elections late). */
  readonly slowRate: number
  readonly slowDelayMs: readonly [number, number]
  /** 0 = partitions off. Mean gap between partitions otherwise. */
  readonly partitionGapMs: number
  readonly partitionMs: readonly [number, number]
  readonly partitionModes: readonly PartitionMode[]
  /** 0 = crashes off. Mean gap between crashes otherwise. */
  readonly crashGapMs: number
  readonly downMs: readonly [number, number]
  /** On a crash, the chance that part of the unsynced writes survives (a torn tail) instead of none. */
  readonly tornWriteRate: number
  /** Chance per tick that the OS writes back unsynced data on its own. */
  readonly writebackPerTick: number
  readonly fsyncMs: readonly [number, number]
  /** 0 = no snapshots; else a node snapshots after this many applied entries. */
  readonly snapshotEveryEntries: number
  /** Entries kept behind a snapshot when compacting (slow followers catch up from them). */
  readonly compactKeepEntries: number
  /** 0 = off; mean gap between membership changes. */
  readonly confChangeGapMs: number
  /** 0 = off; mean gap between leadership transfers. */
  readonly transferGapMs: number
  readonly clientCount: number
  readonly keyCount: number
  readonly thinkMs: readonly [number, number]
  readonly clientTimeoutMs: number
  readonly safetyMs: number
  /** At the heal: crash and restart every node (not only the crashed ones). */
  readonly restartAllAtHeal: boolean
  /** The Raft log's segment size (small ones make the storage roll segments often). */
  readonly segmentBytesMax: number
  readonly bugs: SimBugSwitches
}

export type SimBugSwitches = BugSwitches & DriverBugSwitches & DiskBugSwitches

export function drawProfile (seed: number, options: SimOptions = {}): FaultProfile {
  const rng = new Prng(seed ^ 0x5eed5eed)
  const voterCount = options.nodes ?? (rng.chance(0.5) ? 3 : 5)
  const spareCount = rng.int(0, 2)
  const nodeCount = voterCount + spareCount
  const sameClock = rng.chance(0.3)
  const tickMs: number[] = []
  for (let i = 0; i < nodeCount; i++) tickMs.push(sameClock ? 10 : Math.round(10 / rng.uniform(0.5, 2)))
  const on = (p: number): boolean => rng.chance(p)
  const delayMinMs = rng.int(0, 5)
  const modes: PartitionMode[] = (['isolate-one', 'isolate-leader', 'split', 'one-way-out', 'one-way-in'] as const).filter(() => rng.chance(0.6))
  if (modes.length === 0) modes.push('isolate-leader')
  const fsyncMin = rng.int(0, 2)
  const thinkMin = rng.int(0, 20)
  return {
    seed,
    voterCount,
    spareCount,
    preVote: on(0.7),
    checkQuorum: on(0.7),
    electionTicks: rng.int(8, 15),
    heartbeatTicks: rng.int(1, 3),
    tickMs,
    maxInflightMsgs: rng.int(1, 8),
    maxInflightBytes: on(0.5) ? Infinity : rng.int(200, 2000),
    maxSizePerMsg: rng.pick([64, 256, 1024, 65536]),
    delayMinMs,
    delayMaxMs: delayMinMs + rng.int(1, 40),
    lossRate: on(0.6) ? rng.uniform(0, 0.3) : 0,
    dupRate: on(0.5) ? rng.uniform(0, 0.5) : 0,
    slowRate: on(0.5) ? rng.uniform(0, 0.1) : 0,
    slowDelayMs: [rng.int(50, 200), rng.int(200, 1000)],
    partitionGapMs: on(0.7) ? rng.int(200, 1500) : 0,
    partitionMs: [rng.int(50, 300), rng.int(300, 1500)],
    partitionModes: modes,
    crashGapMs: on(0.7) ? rng.int(200, 2000) : 0,
    downMs: [rng.int(10, 100), rng.int(100, 1000)],
    tornWriteRate: rng.next(),
    writebackPerTick: on(0.5) ? rng.uniform(0, 0.2) : 0,
    fsyncMs: [fsyncMin, fsyncMin + rng.int(0, 5)],
    snapshotEveryEntries: on(0.6) ? rng.int(5, 40) : 0,
    compactKeepEntries: rng.int(0, 10),
    confChangeGapMs: on(0.5) ? rng.int(200, 1500) : 0,
    transferGapMs: on(0.5) ? rng.int(200, 1500) : 0,
    clientCount: rng.int(1, 4),
    keyCount: rng.int(1, 3),
    thinkMs: [thinkMin, thinkMin + rng.int(0, 40)],
    clientTimeoutMs: rng.int(300, 1500),
    safetyMs: options.safetyMs ?? rng.int(2000, 8000),
    restartAllAtHeal: on(0.5),
    segmentBytesMax: rng.pick([256, 4096, 65536, 16 * 1024 * 1024]),
    bugs: options.bugs ?? {}
  }
}

export function describeProfile (p: FaultProfile): string {
  const pct = (x: number): string => `${(x * 100).toFixed(0)}%`
  const range = (r: readonly [number, number]): string => `${r[0]}-${r[1]}`
  const bugs = Object.entries(p.bugs).filter(([, v]) => v === true).map(([k]) => k)
  return [
    `voters=${p.voterCount} spares=${p.spareCount} preVote=${p.preVote} checkQuorum=${p.checkQuorum}`,
    `electionTicks=${p.electionTicks} heartbeatTicks=${p.heartbeatTicks} tickMs=[${p.tickMs.join(',')}]`,
    `inflight=${p.maxInflightMsgs}msgs/${p.maxInflightBytes}B maxSizePerMsg=${p.maxSizePerMsg}B`,
    `delay=${p.delayMinMs}-${p.delayMaxMs}ms loss=${pct(p.lossRate)} dup=${pct(p.dupRate)} slow=${pct(p.slowRate)} of ${range(p.slowDelayMs)}ms`,
    `partitions=${p.partitionGapMs === 0 ? 'off' : `every~${p.partitionGapMs}ms for ${range(p.partitionMs)}ms modes=${p.partitionModes.join('|')}`}`,
    `crashes=${p.crashGapMs === 0 ? 'off' : `every~${p.crashGapMs}ms down ${range(p.downMs)}ms torn=${pct(p.tornWriteRate)}`} writeback/tick=${pct(p.writebackPerTick)} fsync=${range(p.fsyncMs)}ms`,
    `snapshots=${p.snapshotEveryEntries === 0 ? 'off' : `every ${p.snapshotEveryEntries} entries keep ${p.compactKeepEntries}`}`,
    `confChanges=${p.confChangeGapMs === 0 ? 'off' : `every~${p.confChangeGapMs}ms`} transfers=${p.transferGapMs === 0 ? 'off' : `every~${p.transferGapMs}ms`}`,
    `clients=${p.clientCount} keys=${p.keyCount} think=${range(p.thinkMs)}ms timeout=${p.clientTimeoutMs}ms`,
    `safety=${p.safetyMs}ms restartAllAtHeal=${p.restartAllAtHeal} segmentBytesMax=${p.segmentBytesMax}${bugs.length > 0 ? ` BUGS=${bugs.join(',')}` : ''}`
  ].join('\n')
}
