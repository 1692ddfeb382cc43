// The chaos harness's fault schedule (reliability.md §6.1, Bufstream's nemesis): pure, a seed and the
// options in, the list of fault steps out, so a seed replays the same schedule.
//
// Time is cut into periods of PERIOD_MS_MIN..MAX; each period allows a random subset of the allowed
// fault kinds, sometimes none (a quiet period, for recovery). Inside a period faults start at
// exponential gaps (mean GAP_MS_MEAN) and each is healed HEAL_MS_MIN..MAX after its start.
//
// What is down at once: a kill, a pause or an isolation takes one node down; restart-all takes all. At
// most one node is down at a time (restart-all runs alone), so with RF 3 and min.insync.replicas 2 no
// acknowledged write may be lost. A cut link (both ways or one way) takes no node down: it may overlap
// one node-down fault, which is what leaves a follower out of the ISR when its leader is killed. A slow
// disk takes no node down either (the node answers, late). One partition step and one slow-disk step
// at a time. A step that would break these rules waits for the heal that frees it.
//
// Whether this machine can carry out a kind (iptables, the blkio throttle) is not the schedule's
// business: a seed gives the same steps everywhere, and faults.ts skips what it cannot do.
//
// Targets that only exist at run time (a partition's leader, the active controller, a group's
// coordinator) are named by what the seed chose (the partition, the group); faults.ts resolves them.
import { Prng } from '../sim/prng.ts'

export const FAULT_KINDS = ['kill-random', 'kill-leader', 'kill-controller', 'kill-coordinator', 'pause', 'partition', 'restart-all', 'slow-disk'] as const
export type FaultKind = typeof FAULT_KINDS[number]

/** Who a fault acts on, as the seed chose it; faults.ts turns it into node ids. */
export type Target =
  | { readonly by: 'node', readonly node: number }
  | { readonly by: 'leader', readonly partition: number }
  | { readonly by: 'controller' }
  | { readonly by: 'coordinator', readonly group: number }

/**
 * Network topologies (broker<->broker and controller links only; client links are never cut):
 *   isolate  the target is cut from every other node, both ways (it is down for the others);
 *   bridge   the link between the target and one other node is cut both ways (a majority ring of 3:
 *            the third node still reaches both);
 *   one-way  what the target sends to one other node is dropped (or what it receives, by `inbound`).
 * `peer` picks the other node among the rest in id order (index modulo their count).
 */
export type Topology =
  | { readonly kind: 'isolate' }
  | { readonly kind: 'bridge', readonly peer: number }
  | { readonly kind: 'one-way', readonly peer: number, readonly inbound: boolean }

export interface FaultStep {
  readonly index: number
  readonly kind: FaultKind
  /** From the start of the fault phase. */
  readonly startMs: number
  readonly healMs: number
  /** restart-all has none. */
  readonly target: Target | null
  /** partition only. */
  readonly topology: Topology | null
}

export interface ScheduleOptions {
  readonly timeSeconds: number
  readonly faults: readonly FaultKind[]
  /** Default 3. */
  readonly nodes?: number
  /** Partitions of the workload topic (default 4). */
  readonly partitions?: number
  /** Consumer groups of the workload (default 2). */
  readonly groups?: number
}

export const PERIOD_MS_MIN = 10_000
export const PERIOD_MS_MAX = 20_000
export const GAP_MS_MEAN = 5000
export const HEAL_MS_MIN = 2000
export const HEAL_MS_MAX = 8000
/** Between a heal and the next fault it was holding back. */
const SETTLE_MS = 500

/** The steps of `seed`, in start order; every step heals no later than the end of the fault phase. */
export function schedule (seed: number, options: ScheduleOptions): FaultStep[] {
  const totalMs = Math.round(options.timeSeconds * 1000)
  if (!(totalMs > 0)) throw new Error(`timeSeconds must be positive, not ${options.timeSeconds}`)
  for (const k of options.faults) {
    if (!(FAULT_KINDS as readonly string[]).includes(k)) throw new Error(`unknown fault kind ${JSON.stringify(k)} (known: ${FAULT_KINDS.join(', ')})`)
  }
  const kinds = [...new Set(options.faults)]
  const nodes = options.nodes ?? 3
  const partitions = options.partitions ?? 4
  const groups = options.groups ?? 2
  const rng = new Prng(seed)
  const steps: FaultStep[] = []
  let periodStart = 0
  while (periodStart < totalMs && kinds.length > 0) {
    const periodEnd = periodStart + rng.int(PERIOD_MS_MIN, PERIOD_MS_MAX)
    // A random subset, the empty one included (each kind in or out with even odds).
    const allowed = kinds.filter(() => rng.chance(0.5))
    let at = periodStart
    for (;;) {
      at += exponential(rng, GAP_MS_MEAN)
      if (at >= periodEnd || at >= totalMs || allowed.length === 0) break
      const kind = rng.pick(allowed)
      const duration = rng.int(HEAL_MS_MIN, HEAL_MS_MAX)
      const target = targetOf(rng, kind, nodes, partitions, groups)
      const topology = kind === 'partition' ? topologyOf(rng) : null
      const start = earliestStart(steps, { kind, topology }, Math.round(at), duration)
      if (start + duration > totalMs) continue
      steps.push({ index: steps.length, kind, startMs: start, healMs: start + duration, target, topology })
    }
    periodStart = periodEnd
  }
  return steps.sort((a, b) => a.startMs - b.startMs || a.index - b.index).map((s, index) => ({ ...s, index }))
}

/** A fault that takes a node (or all) down, as opposed to a cut link. */
export function takesNodeDown (step: Pick<FaultStep, 'kind' | 'topology'>): boolean {
  if (step.kind === 'slow-disk') return false
  return step.kind !== 'partition' || step.topology?.kind === 'isolate'
}

/** The first time from `wanted` on when `step`, lasting `duration`, may run beside the steps already placed. */
function earliestStart (placed: readonly FaultStep[], step: Pick<FaultStep, 'kind' | 'topology'>, wanted: number, duration: number): number {
  let start = wanted
  for (;;) {
    const blocker = placed.find((s) => conflicts(s, step) && s.startMs < start + duration + SETTLE_MS && start < s.healMs + SETTLE_MS)
    if (blocker === undefined) return start
    start = blocker.healMs + SETTLE_MS
  }
}

/** Two steps that must not be in force at once (see the head of this file). */
export function conflicts (a: Pick<FaultStep, 'kind' | 'topology'>, b: Pick<FaultStep, 'kind' | 'topology'>): boolean {
  if (a.kind === 'restart-all' || b.kind === 'restart-all') return true
  if (a.kind === b.kind && (a.kind === 'partition' || a.kind === 'slow-disk')) return true
  return takesNodeDown(a) && takesNodeDown(b)
}

function targetOf (rng: Prng, kind: FaultKind, nodes: number, partitions: number, groups: number): Target | null {
  switch (kind) {
    case 'kill-random': return { by: 'node', node: rng.int(1, nodes) }
    case 'kill-leader': return { by: 'leader', partition: rng.int(0, partitions - 1) }
    case 'kill-controller': return { by: 'controller' }
    case 'kill-coordinator': return { by: 'coordinator', group: rng.int(0, groups - 1) }
    case 'restart-all': return null
    case 'pause':
    case 'partition':
    case 'slow-disk': {
      // A random node, a partition's leader (zombie leaders) or the active controller.
      const which = rng.int(0, 2)
      if (which === 0) return { by: 'node', node: rng.int(1, nodes) }
      if (which === 1) return { by: 'leader', partition: rng.int(0, partitions - 1) }
      return { by: 'controller' }
    }
  }
}

function topologyOf (rng: Prng): Topology {
  const which = rng.int(0, 2)
  if (which === 0) return { kind: 'isolate' }
  if (which === 1) return { kind: 'bridge', peer: rng.int(0, 1) }
  return { kind: 'one-way', peer: rng.int(0, 1), inbound: rng.chance(0.5) }
}

/** An exponential gap with mean `mean` (at least 1). */
function exponential (rng: Prng, mean: number): number {
  return Math.max(1, -mean * Math.log(1 - rng.next()))
}

/** One line a step: for the run's log and the tests. */
export function describeStep (step: FaultStep): string {
  const target = step.target === null
    ? 'all'
    : step.target.by === 'node' ? `node ${step.target.node}` : step.target.by === 'leader' ? `leader of p${step.target.partition}` : step.target.by === 'coordinator' ? `coordinator of group ${step.target.group}` : 'controller'
  const topology = step.topology === null ? '' : ` ${step.topology.kind}${step.topology.kind === 'isolate' ? '' : ` peer ${step.topology.peer}`}${step.topology.kind === 'one-way' && step.topology.inbound ? ' inbound' : ''}`
  return `${(step.startMs / 1000).toFixed(1)}s-${(step.healMs / 1000).toFixed(1)}s ${step.kind} ${target}${topology}`
}
