// The simulated network: per message a random delay (so messages reorder), loss and duplication,
// plus partitions as a set of blocked directed links (symmetric cuts block both directions).
import type { Message, NodeId } from '../../src/controller/raft/core/types.ts'
import type { PartitionMode } from './profile.ts'
import type { Prng } from './prng.ts'

export interface NetworkFaults {
  delayMinMs: number
  delayMaxMs: number
  lossRate: number
  dupRate: number
  slowRate: number
  slowDelayMs: readonly [number, number]
}

export class SimNetwork {
  private readonly blocked = new Set<number>()
  readonly faults: NetworkFaults
  private readonly rng: Prng

  constructor (rng: Prng, faults: NetworkFaults) {
    this.rng = rng
    this.faults = faults
  }

  /** Delivery times for `m`: none (lost or cut), one, or two (duplicated). */
  deliveries (m: Message, nowMs: number): number[] {
    if (this.isBlocked(m.from, m.to)) return []
    if (this.rng.chance(this.faults.lossRate)) return []
    const times = [nowMs + this.delay()]
    if (this.rng.chance(this.faults.dupRate)) times.push(nowMs + this.delay())
    return times
  }

  isBlocked (from: NodeId, to: NodeId): boolean {
    return this.blocked.size > 0 && this.blocked.has(link(from, to))
  }

  get partitioned (): boolean {
    return this.blocked.size > 0
  }

  /** Cuts links per `mode`; returns a description of the cut. */
  partition (mode: PartitionMode, nodes: readonly NodeId[], leader: NodeId | null): string {
    const target = mode === 'isolate-leader' && leader !== null ? leader : this.rng.pick(nodes)
    switch (mode) {
      case 'isolate-one':
      case 'isolate-leader':
        for (const other of nodes) this.cutBoth(target, other)
        return `isolate ${target}`
      case 'one-way-out':
        for (const other of nodes) this.cut(target, other)
        return `${target} cannot send`
      case 'one-way-in':
        for (const other of nodes) this.cut(other, target)
        return `${target} cannot receive`
      case 'split': {
        const side = new Set(nodes.filter(() => this.rng.chance(0.5)))
        for (const a of side) for (const b of nodes) if (!side.has(b)) this.cutBoth(a, b)
        return `split {${[...side].join(',')}} | {${nodes.filter((n) => !side.has(n)).join(',')}}`
      }
    }
  }

  heal (): void {
    this.blocked.clear()
  }

  private delay (): number {
    if (this.faults.slowRate > 0 && this.rng.chance(this.faults.slowRate)) return this.rng.int(this.faults.slowDelayMs[0], this.faults.slowDelayMs[1])
    return this.rng.int(this.faults.delayMinMs, this.faults.delayMaxMs)
  }

  private cut (from: NodeId, to: NodeId): void {
    if (from !== to) this.blocked.add(link(from, to))
  }

  private cutBoth (a: NodeId, b: NodeId): void {
    this.cut(a, b)
    this.cut(b, a)
  }
}

function link (from: NodeId, to: NodeId): number {
  return from * 1024 + to
}
