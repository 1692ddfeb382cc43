// Carries out the nemesis's steps (nemesis.ts) on a ProcessCluster: SIGKILL and restart, SIGSTOP and
// SIGCONT, iptables cuts between node addresses (LoopbackPartition: node ports only, so client links
// stay), all nodes killed and restarted together, a node's disk I/O capped (DiskThrottle, the cgroup
// blkio throttle; where the machine has none, slow-disk steps are skipped with the reason). Targets
// named by role (a partition's leader, the active controller, a group's coordinator) are resolved when
// the step begins, from the nodes that can answer. Every begin and end is a line of `<runDir>/nemesis.jsonl`:
//   {t, kind, phase: "start" | "end", targets: node ids, detail}
// A step whose target cannot be resolved, or that would take a second node down (its target is down
// already), is skipped: it writes no line and is counted.
//
// healAll() undoes whatever is still in force (resumes, restarts, removes every rule and disk cap);
// waitRecovered() then waits for state: every broker registered, every partition led with its full ISR, every node's
// metadata image at one offset.
import { appendFileSync } from 'node:fs'
import type { ProcessCluster } from '../helpers/cluster-processes.ts'
import { LoopbackPartition } from '../helpers/loopback-partition.ts'
import { DiskThrottle, diskThrottleUnavailable } from '../helpers/disk-throttle.ts'
import { waitForPartitions, type PartitionState } from '../helpers/replication.ts'
import type { FaultKind, FaultStep } from './nemesis.ts'

/** One line of nemesis.jsonl (BRIEF-14.md). */
export interface NemesisLine {
  readonly t: number
  readonly kind: FaultKind
  readonly phase: 'start' | 'end'
  readonly targets: readonly number[]
  readonly detail?: unknown
}

/** A step that began: what to undo at its heal. */
export interface ActiveFault {
  readonly step: FaultStep
  readonly targets: readonly number[]
  readonly undo: () => Promise<void>
}

export interface FaultsOptions {
  readonly topic: string
  readonly partitions: number
  /** Group ids by the index the nemesis chooses (kill-coordinator). */
  readonly groups: readonly string[]
  readonly nemesisLog: string
  /** Bound on resolving a target (each node asked answers or is skipped within the requests' own timeouts). */
  readonly resolveTimeoutMs?: number
}

const RESOLVE_TIMEOUT_MS_DEFAULT = 10_000
const RESOLVE_RETRY_MS = 200

export class Faults {
  /** Killed and not restarted yet. */
  readonly killed = new Set<number>()
  readonly paused = new Set<number>()
  /** Cut from every other node by a partition step in force. */
  readonly isolated = new Set<number>()
  readonly lines: NemesisLine[] = []
  readonly skipped: Array<{ step: FaultStep, reason: string }> = []
  private readonly net: LoopbackPartition
  /** null where disks cannot be slowed (`diskUnavailable` says why). */
  private readonly disks: DiskThrottle | null
  readonly diskUnavailable: string | null
  private readonly options: FaultsOptions

  constructor (private readonly cluster: ProcessCluster, options: FaultsOptions) {
    this.options = options
    // Broker<->broker (the client listener carries replication) and controller links; never the admin API.
    this.net = new LoopbackPartition(new Map([...cluster.nodes.values()].map((n) => [n.host, [n.clientPort, n.controllerPort!]])))
    const dataDir = [...cluster.nodes.values()][0]!.dataDir
    this.diskUnavailable = diskThrottleUnavailable(dataDir)
    this.disks = this.diskUnavailable === null ? new DiskThrottle(dataDir) : null
  }

  /** Nodes that can answer a request now (running, not paused). */
  answering (): number[] {
    return [...this.cluster.nodes.keys()].filter((id) => this.cluster.running(id) && !this.paused.has(id) && !this.killed.has(id)).sort((a, b) => a - b)
  }

  private down (id: number): boolean {
    return this.killed.has(id) || this.paused.has(id) || this.isolated.has(id)
  }

  private log (kind: FaultKind, phase: 'start' | 'end', targets: readonly number[], detail?: unknown): void {
    const line: NemesisLine = { t: Date.now(), kind, phase, targets: [...targets], ...(detail === undefined ? {} : { detail }) }
    this.lines.push(line)
    appendFileSync(this.options.nemesisLog, `${JSON.stringify(line)}\n`)
  }

  /** Begins `step`; null (and a skipped entry) when it cannot or must not be carried out now. */
  async begin (step: FaultStep): Promise<ActiveFault | null> {
    const skip = (reason: string): null => { this.skipped.push({ step, reason }); return null }
    if (step.kind === 'restart-all') {
      const ids = [...this.cluster.nodes.keys()].sort((a, b) => a - b)
      if (ids.some((id) => this.down(id))) return skip('a node is down already')
      this.log(step.kind, 'start', ids)
      await Promise.all(ids.map(async (id) => { this.killed.add(id); await this.cluster.kill(id) }))
      return { step, targets: ids, undo: async () => { const restartMs = await this.restart(ids); this.log(step.kind, 'end', ids, { step: step.index, restartMs }) } }
    }
    if (step.kind === 'slow-disk' && this.disks === null) return skip(`slow-disk: ${this.diskUnavailable!}`)
    const resolved = await this.resolve(step)
    if (typeof resolved === 'string') return skip(resolved)
    const { node, via } = resolved
    const detail = { ...via, step: step.index }
    switch (step.kind) {
      case 'kill-random':
      case 'kill-leader':
      case 'kill-controller':
      case 'kill-coordinator': {
        if (this.down(node)) return skip(`node ${node} is down already`)
        this.log(step.kind, 'start', [node], detail)
        this.killed.add(node)
        await this.cluster.kill(node)
        return { step, targets: [node], undo: async () => { const restartMs = await this.restart([node]); this.log(step.kind, 'end', [node], { ...detail, restartMs }) } }
      }
      case 'pause': {
        if (this.down(node)) return skip(`node ${node} is down already`)
        this.log(step.kind, 'start', [node], detail)
        this.paused.add(node)
        this.cluster.pause(node)
        return {
          step,
          targets: [node],
          undo: async () => {
            this.cluster.resume(node)
            this.paused.delete(node)
            this.log(step.kind, 'end', [node], detail)
          }
        }
      }
      case 'partition': {
        const topology = step.topology!
        const others = [...this.cluster.nodes.keys()].filter((id) => id !== node).sort((a, b) => a - b)
        const host = (id: number): string => this.cluster.node(id).host
        if (topology.kind === 'isolate') {
          if (this.down(node)) return skip(`node ${node} is down already`)
          this.log(step.kind, 'start', [node, ...others], { ...detail, topology: 'isolate', isolated: node })
          this.isolated.add(node)
          this.net.isolate(host(node), others.map(host))
        } else {
          const peer = others[topology.peer % others.length]!
          const [from, to] = topology.kind === 'one-way' && topology.inbound ? [peer, node] : [node, peer]
          this.log(step.kind, 'start', [node, peer], { ...detail, topology: topology.kind, ...(topology.kind === 'one-way' ? { from, to } : {}) })
          if (topology.kind === 'bridge') this.net.cut(host(node), host(peer))
          else this.net.cutOneWay(host(from), host(to))
        }
        return {
          step,
          targets: topology.kind === 'isolate' ? [node, ...others] : [node, others[topology.peer % others.length]!],
          undo: async () => {
            this.net.heal()
            this.isolated.clear()
            this.log(step.kind, 'end', topology.kind === 'isolate' ? [node, ...others] : [node, others[topology.peer % others.length]!], detail)
          }
        }
      }
      case 'slow-disk': {
        if (this.down(node) || !this.cluster.running(node)) return skip(`node ${node} is down already`)
        const pid = this.cluster.pid(node)
        const disks = this.disks!
        try {
          disks.slow(pid)
        } catch (err) {
          return skip(`slow-disk of node ${node} (pid ${pid}): ${(err as Error).message}`) // it exited meanwhile, say
        }
        this.log(step.kind, 'start', [node], { ...detail, pid })
        return {
          step,
          targets: [node],
          undo: async () => {
            // A kill meanwhile ended that process (its restart runs unthrottled): restore() just removes the cgroup.
            disks.restore(pid)
            this.log(step.kind, 'end', [node], detail)
          }
        }
      }
    }
  }

  /** Heals `fault` (restart, resume, rules removed) and writes its end line. */
  async end (fault: ActiveFault): Promise<void> {
    await fault.undo()
  }

  /** Restarts `ids` together (each waits for a quorum of voters to start); the ms until the last said it started. */
  private async restart (ids: readonly number[]): Promise<number> {
    const began = Date.now()
    await Promise.all(ids.map(async (id) => {
      await this.cluster.restart(id)
      this.killed.delete(id)
    }))
    return Date.now() - began
  }

  /** Undoes everything in force: resumes paused nodes, restarts killed ones, removes every rule and disk cap. */
  async healAll (): Promise<void> {
    this.net.heal()
    this.isolated.clear()
    this.disks?.restoreAll()
    for (const id of [...this.paused]) {
      this.cluster.resume(id)
      this.paused.delete(id)
    }
    const dead = [...this.cluster.nodes.keys()].filter((id) => !this.cluster.running(id))
    if (dead.length > 0) await this.restart(dead)
  }

  /** Last resort (a failed run, Ctrl-C): rules and disk caps removed, paused nodes resumed so they can be killed cleanly. Synchronous. */
  removeRulesNow (): void {
    this.net.heal()
    this.disks?.restoreAll()
    for (const id of this.paused) if (this.cluster.running(id)) this.cluster.resume(id)
    this.paused.clear()
  }

  /** Waits for every broker registered, every partition led with its full ISR, and the images at one offset. */
  async waitRecovered (timeoutMs: number): Promise<{ partitions: PartitionState[], images: Map<number, { offset: number, digest: string }> }> {
    const ids = [...this.cluster.nodes.keys()].sort((a, b) => a - b)
    const deadline = Date.now() + timeoutMs
    const left = (): number => Math.max(1000, deadline - Date.now())
    await this.cluster.waitForBrokers(ids, left())
    const partitions = await waitForPartitions(this.cluster, this.options.topic, this.options.partitions, 'a leader and the full ISR for every partition', (s) => s.leader >= 0 && s.isr.length === ids.length, left())
    const images = await this.cluster.imagesAtOneOffset(left())
    return { partitions, images }
  }

  /** The node a step acts on, with what it was resolved from; a string says why it could not be. */
  private async resolve (step: FaultStep): Promise<{ node: number, via: Record<string, unknown> } | string> {
    const target = step.target!
    if (target.by === 'node') return { node: target.node, via: { target: 'node' } }
    const deadline = Date.now() + (this.options.resolveTimeoutMs ?? RESOLVE_TIMEOUT_MS_DEFAULT)
    let last = 'no node answered'
    while (Date.now() < deadline) {
      const found = target.by === 'leader'
        ? await this.leaderOf(target.partition)
        : target.by === 'controller' ? await this.controller() : await this.coordinatorOf(this.options.groups[target.group % this.options.groups.length]!)
      if (typeof found === 'number') {
        const via = target.by === 'leader' ? { target: 'leader', partition: target.partition } : target.by === 'coordinator' ? { target: 'coordinator', group: this.options.groups[target.group % this.options.groups.length] } : { target: 'controller' }
        return { node: found, via }
      }
      last = found
      await new Promise((resolve) => setTimeout(resolve, RESOLVE_RETRY_MS))
    }
    return `${target.by}: ${last}`
  }

  /** The leader of a partition as the answering nodes' metadata shows it, the newest leader epoch winning. */
  private async leaderOf (partition: number): Promise<number | string> {
    const answers = await Promise.all(this.answering().map(async (id) => await this.cluster.metadata(id, [this.options.topic]).catch(() => null)))
    let best: { leader: number, epoch: number } | null = null
    for (const m of answers) {
      const p = m?.topics[0]?.partitions.find((x) => x.partitionIndex === partition)
      if (p === undefined || p.leaderId < 0) continue
      if (best === null || p.leaderEpoch > best.epoch) best = { leader: p.leaderId, epoch: p.leaderEpoch }
    }
    return best === null ? `no leader of ${this.options.topic}-${partition} known` : best.leader
  }

  /** The active controller as the answering nodes' DescribeQuorum shows it, the newest epoch winning. */
  private async controller (): Promise<number | string> {
    const answers = await Promise.all(this.answering().map(async (id) => await this.cluster.describeQuorum(id).catch(() => null)))
    let best: { leader: number, epoch: number } | null = null
    for (const q of answers) {
      if (q === null || q.leaderId < 0) continue
      if (best === null || q.leaderEpoch > best.epoch) best = { leader: q.leaderId, epoch: q.leaderEpoch }
    }
    return best === null ? 'no active controller known' : best.leader
  }

  private async coordinatorOf (group: string): Promise<number | string> {
    for (const id of this.answering()) {
      const c = await this.cluster.findCoordinator(id, group).catch(() => null)
      if (c !== null && c.nodeId !== null) return c.nodeId
    }
    return `no coordinator of group ${group} known`
  }
}
