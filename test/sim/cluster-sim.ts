// One simulation run from one seed, over the real RaftNode of each node (sim-node.ts). Phase 1 (safety): clients run while the nemesis partitions
// the network, crashes and restarts nodes, changes the membership and transfers leadership; the
// invariants are checked as every event happens. Phase 2 (liveness): all faults heal, every node
// is brought up, and a leader must appear, every request must complete and all members must
// converge within bounds (R11). Finally the client history must be linearizable (R12).
import { emptySnapshot, EMPTY_CONF_STATE, EMPTY_HARD_STATE } from '../../src/controller/raft/core/memory-storage.ts'
import { quorumSize } from '../../src/controller/raft/core/quorum.ts'
import { ConfChangeType, MessageType, type ConfChange, type ConfState, type Message, type NodeId, type Snapshot } from '../../src/controller/raft/core/types.ts'
import { checkLinearizable, type CheckVerdict } from '../check/linearizability.ts'
import { kvModel, type KvOutput } from '../check/kv-model.ts'
import { Clients } from './clients.ts'
import { EventQueue } from './event-queue.ts'
import { Invariants, type Violation } from './invariants.ts'
import { KvStateMachine } from './kv-state-machine.ts'
import { drawProfile, type FaultProfile, type SimOptions } from './profile.ts'
import { Prng } from './prng.ts'
import { SimDisk } from './sim-disk.ts'
import { SimFileSystem } from './sim-file-system.ts'
import { FileRaftStorage } from '../../src/controller/raft/storage/file-storage.ts'
import { SimNetwork } from './sim-network.ts'
import { RAFT_DIR, SimNode, type NodeHost } from './sim-node.ts'

type SimEvent =
  | { readonly kind: 'tick', readonly node: NodeId, readonly incarnation: number }
  | { readonly kind: 'deliver', readonly message: Message }
  | { readonly kind: 'fsync', readonly node: NodeId, readonly incarnation: number }
  | { readonly kind: 'restart', readonly node: NodeId }
  | { readonly kind: 'nemesis' }
  | { readonly kind: 'heal-partition' }
  | { readonly kind: 'client', readonly client: number }
  | { readonly kind: 'client-timeout', readonly opId: number }
  | { readonly kind: 'heal-all' }
  | { readonly kind: 'liveness-check' }

export interface SeedStats {
  events: number
  elections: number
  crashes: number
  partitions: number
  confChanges: number
  transfers: number
  committedEntries: number
  operations: number
  unknownOutcomes: number
  /** Simulated time from the heal to convergence (R11), or -1 when it did not converge. */
  livenessMs: number
  linearizability: CheckVerdict
  simulatedMs: number
}

export interface SeedResult {
  readonly seed: number
  readonly profile: FaultProfile
  readonly violations: readonly Violation[]
  readonly stats: SeedStats
}

/** The nemesis decides every this many simulated milliseconds. */
const NEMESIS_PERIOD_MS = 50
/** Liveness bounds, in longest election timeouts (2 x electionTicks x the slowest tick). */
const LEADER_BOUND_TIMEOUTS = 10
const REQUEST_BOUND_TIMEOUTS = 15
const CONVERGENCE_BOUND_TIMEOUTS = 40
/** Requests each client must complete after the heal (then it stops, so laggards can catch up). */
const REQUESTS_AFTER_HEAL = 3
/** A generous count of the entries the liveness phase appends (requests, retries, leaders' empty entries). */
const ENTRIES_ADDED_AFTER_HEAL = 200
/** A backstop: no run may take more events than this (a livelock shows as a liveness failure). */
const MAX_EVENTS = 3_000_000
const LIVENESS_CHECK_PERIOD_MS = 25
/** Fewer voters than this and the nemesis stops removing them. */
const MIN_VOTERS = 3
/** Per key; a history beyond it is reported 'unknown', never passed. */
const LINEARIZABILITY_STEPS_PER_KEY = 2_000_000

export function runSeed (seed: number, options: SimOptions = {}): SeedResult {
  const sim = new ClusterSim(drawProfile(seed, options), options.trace ?? null, options.ignore ?? [])
  return sim.run()
}

class ClusterSim implements NodeHost {
  nowMs = 0
  readonly profile: FaultProfile
  readonly rng: Prng
  readonly nodes = new Map<NodeId, SimNode>()
  readonly observer: Invariants
  private readonly queue = new EventQueue<SimEvent>()
  private readonly network: SimNetwork
  private readonly clients: Clients
  private readonly stats: SeedStats
  private phase: 'safety' | 'liveness' | 'done' = 'safety'
  private healMs = 0
  /** How long a request may take after the heal (R11), fixed at the heal. */
  private requestBoundMs = 0
  private leaderSeenAfterHeal = false
  private readonly electionTimeoutMaxMs: number
  /** Spares never started yet (a node id is added at most once, as etcd advises). */
  private readonly unusedSpares: NodeId[] = []
  /** Nodes whose removal the nemesis proposed (it may or may not have committed). */
  private readonly removalProposed = new Set<NodeId>()

  /** Callbacks the nodes deferred to the end of the current event (their Ready loops), in order. */
  private deferred: Array<{ readonly node: SimNode, readonly incarnation: number, readonly callback: () => void }> = []
  private readonly trace: ((line: string) => void) | null
  private readonly traced = new Map<NodeId, string>()

  constructor (profile: FaultProfile, trace: ((line: string) => void) | null, ignore: readonly string[]) {
    this.profile = profile
    this.trace = trace
    this.rng = new Prng(profile.seed)
    this.network = new SimNetwork(this.rng.fork(), {
      delayMinMs: profile.delayMinMs,
      delayMaxMs: profile.delayMaxMs,
      lossRate: profile.lossRate,
      dupRate: profile.dupRate,
      slowRate: profile.slowRate,
      slowDelayMs: profile.slowDelayMs
    })
    this.observer = new Invariants(this.nodes, this, ignore)
    this.electionTimeoutMaxMs = 2 * profile.electionTicks * Math.max(...profile.tickMs)
    this.stats = {
      events: 0, elections: 0, crashes: 0, partitions: 0, confChanges: 0, transfers: 0, committedEntries: 0,
      operations: 0, unknownOutcomes: 0, livenessMs: -1, linearizability: 'ok', simulatedMs: 0
    }
    const host = this
    this.clients = new Clients({
      get nowMs () { return host.nowMs },
      rng: this.rng,
      profile,
      nodes: this.nodes,
      scheduleClient: (client, atMs) => this.queue.push(atMs, { kind: 'client', client }),
      scheduleClientTimeout: (opId, atMs) => this.queue.push(atMs, { kind: 'client-timeout', opId }),
      violation: (code, message) => this.observer.violation(code, message)
    })
  }

  run (): SeedResult {
    try {
      this.boot()
      this.loop()
      if (this.phase === 'done') this.checkHistory()
    } catch (error) {
      // A core assertion (or a harness invariant) failed: that is a finding, with its seed.
      const e = error as Error
      this.observer.violation('ASSERT', `${e.message}\n${(e.stack ?? '').split('\n').slice(1, 6).join('\n')}`)
    }
    this.stats.elections = this.observer.leaders.size
    this.stats.committedEntries = this.observer.maxCommittedIndex
    this.stats.operations = this.clients.operationCount
    this.stats.unknownOutcomes = this.clients.unknownCount
    this.stats.simulatedMs = this.nowMs
    return { seed: this.profile.seed, profile: this.profile, violations: this.observer.violations, stats: this.stats }
  }

  private boot (): void {
    const p = this.profile
    const voters: NodeId[] = []
    for (let id = 1; id <= p.voterCount; id++) voters.push(id)
    // The first membership lives in a snapshot at index 1: a node added later has nothing, so
    // the leader catches it up with a snapshot, which carries the membership.
    const bootstrap: Snapshot = {
      metadata: { index: 1, term: 1, confState: { voters, learners: [], votersOutgoing: [] } },
      data: new KvStateMachine(1).snapshotData()
    }
    this.observer.recordBootstrap(bootstrap, new KvStateMachine(1).digest())
    for (let id = 1; id <= p.voterCount + p.spareCount; id++) {
      const isVoter = id <= p.voterCount
      const files = new SimFileSystem(p.bugs)
      const disk = isVoter
        ? new SimDisk(bootstrap, { term: 1, vote: 0, commit: 1 })
        : new SimDisk(emptySnapshot(EMPTY_CONF_STATE), EMPTY_HARD_STATE)
      if (isVoter) installBootstrap(files, bootstrap)
      this.nodes.set(id, new SimNode(id, p.tickMs[id - 1]!, files, disk))
      if (isVoter) this.startNode(id)
      else this.unusedSpares.push(id)
    }
    this.clients.start()
    this.queue.push(NEMESIS_PERIOD_MS, { kind: 'nemesis' })
    this.queue.push(p.safetyMs, { kind: 'heal-all' })
  }

  /**
   * When all members must have converged, fixed at the heal: some election timeouts, plus time
   * for a member that is far behind to catch up one round trip per entry (the worst case: one
   * entry per append and one append in flight, with snapshots off), for the entries committed so
   * far and the few the liveness phase adds.
   */
  private convergenceDeadlineMs (): number {
    const entries = this.observer.maxCommittedIndex + ENTRIES_ADDED_AFTER_HEAL
    return this.healMs + CONVERGENCE_BOUND_TIMEOUTS * this.electionTimeoutMaxMs + entries * this.roundTripMs()
  }

  /** The longest round trip of an append and its answer (the fsync included) on the network as it is now. */
  private roundTripMs (): number {
    return 2 * this.network.faults.delayMaxMs + this.profile.fsyncMs[1] + 1
  }

  /**
   * At the heal the network also comes to meet Raft's timing requirement (§5.6: broadcast time well
   * below the election timeout), which its liveness rests on: a round trip plus a heartbeat
   * interval fits in the shortest election timeout of any node. Profiles draw slower links on
   * purpose (the safety phase wants them), and with them a leader on the fastest clock cannot hear
   * from a quorum within its check-quorum window and steps down, and candidates time out before
   * their votes come back: leaders come and go for as long as the run lasts (seeds 21366, 83456:
   * 40 ms election timeouts, round trips up to 90 ms). Links already fast enough are left alone.
   */
  private meetTimingRequirement (): void {
    const p = this.profile
    const fastestTickMs = Math.min(...p.tickMs)
    const budgetMs = (p.electionTicks - p.heartbeatTicks) * fastestTickMs - p.fsyncMs[1] - 1
    const faults = this.network.faults
    const delayMaxMs = Math.max(0, Math.floor(budgetMs / 2))
    if (faults.delayMaxMs <= delayMaxMs) return
    faults.delayMaxMs = delayMaxMs
    faults.delayMinMs = Math.min(faults.delayMinMs, delayMaxMs)
  }

  private loop (): void {
    let deadlineMs = Infinity
    while (this.phase !== 'done' && this.observer.violations.length === 0) {
      const next = this.queue.pop()
      if (next === undefined) break
      if (this.phase === 'liveness' && deadlineMs === Infinity) deadlineMs = this.convergenceDeadlineMs()
      if (next.timeMs > deadlineMs || this.stats.events >= MAX_EVENTS) {
        this.livenessFailure(`not converged ${next.timeMs - this.healMs}ms after the heal (${this.stats.events} events)`)
        break
      }
      this.nowMs = next.timeMs
      if (this.trace !== null) this.traceEvent(next.event)
      this.handle(next.event)
      this.runDeferred()
      this.observer.afterEvent()
      if (this.trace !== null) this.traceStates()
      this.stats.events++
    }
  }

  /** What the nodes deferred runs now, each turn after the ones before it (a loop may defer more). */
  private runDeferred (): void {
    for (const node of this.nodes.values()) if (node.up) node.checkMembership(this)
    while (this.deferred.length > 0) {
      const batch = this.deferred
      this.deferred = []
      for (const d of batch) {
        if (!d.node.up || d.node.incarnation !== d.incarnation) continue
        d.callback()
        d.node.checkMembership(this)
      }
    }
  }

  private handle (ev: SimEvent): void {
    switch (ev.kind) {
      case 'tick': {
        const node = this.nodes.get(ev.node)!
        if (!node.up || node.incarnation !== ev.incarnation) return
        node.tick(this)
        this.queue.push(this.nowMs + node.tickMs, ev)
        return
      }
      case 'deliver':
        this.deliver(ev.message)
        return
      case 'fsync': {
        const node = this.nodes.get(ev.node)!
        if (node.up && node.incarnation === ev.incarnation) node.completeSync()
        return
      }
      case 'restart': {
        const node = this.nodes.get(ev.node)!
        if (!node.up && !node.retired) this.startNode(ev.node)
        return
      }
      case 'nemesis':
        if (this.phase !== 'safety') return
        this.nemesis()
        this.queue.push(this.nowMs + NEMESIS_PERIOD_MS, ev)
        return
      case 'heal-partition':
        if (this.phase === 'safety') this.network.heal()
        return
      case 'client':
        this.clients.wake(ev.client)
        return
      case 'client-timeout':
        this.clients.onTimeout(ev.opId)
        return
      case 'heal-all':
        this.healAll()
        return
      case 'liveness-check':
        this.livenessCheck()
        if (this.phase === 'liveness') this.queue.push(this.nowMs + LIVENESS_CHECK_PERIOD_MS, ev)
    }
  }

  private traceEvent (ev: SimEvent): void {
    if (ev.kind === 'tick' || ev.kind === 'fsync' || ev.kind === 'liveness-check') return
    const line = ev.kind === 'deliver' ? describeMessage(ev.message) : JSON.stringify(ev)
    this.trace!(`${this.nowMs}ms ${line}`)
  }

  private traceStates (): void {
    for (const node of this.nodes.values()) {
      if (node.incarnation === 0) continue
      let state = 'down'
      if (node.up) {
        const s = node.raft!.status()
        const conf = node.raft!.confState()
        state = `${s.role} term=${s.term} vote=${s.vote} lead=${s.leader} commit=${s.commit} last=${s.lastIndex} applied=${node.kv!.appliedIndex} voters=${conf.voters.join(',')} learners=${conf.learners.join(',')}`
      }
      if (this.traced.get(node.id) !== state) {
        this.traced.set(node.id, state)
        this.trace!(`${this.nowMs}ms   node ${node.id}: ${state}`)
      }
    }
  }

  // ---- NodeHost -------------------------------------------------------------------------------

  startTicks (node: SimNode, intervalMs: number): void {
    this.queue.push(this.nowMs + this.rng.int(1, intervalMs), { kind: 'tick', node: node.id, incarnation: node.incarnation })
  }

  defer (node: SimNode, callback: () => void): void {
    this.deferred.push({ node, incarnation: node.incarnation, callback })
  }

  scheduleFsync (node: SimNode, atMs: number): void {
    this.queue.push(atMs, { kind: 'fsync', node: node.id, incarnation: node.incarnation })
  }

  onStorageLoss (node: SimNode, what: string): void {
    this.observer.violation('STORAGE', `node ${node.id}: after a power loss ${what}`)
  }

  onFatal (node: SimNode, err: Error): void {
    this.observer.violation('ASSERT', `node ${node.id} stopped: ${err.message}\n${(err.stack ?? '').split('\n').slice(1, 6).join('\n')}`)
  }

  send (m: Message): void {
    const times = this.network.deliveries(m, this.nowMs)
    if (this.trace !== null && times.length === 0) this.trace(`${this.nowMs}ms lost ${describeMessage(m)}`)
    if (times.length === 0 && m.type === MessageType.Snap) this.reportSnapshot(m, false)
    for (const t of times) this.queue.push(t, { kind: 'deliver', message: m })
  }

  onOpApplied (node: SimNode, opId: number, output: KvOutput): void {
    this.clients.onApplied(node, opId, output)
  }

  private deliver (m: Message): void {
    const to = this.nodes.get(m.to)
    const delivered = to !== undefined && to.up && !this.network.isBlocked(m.from, m.to)
    if (delivered) to.deliver(m)
    if (m.type === MessageType.Snap) this.reportSnapshot(m, delivered)
  }

  /** The sender's transport learns whether its snapshot got through. */
  private reportSnapshot (m: Message, delivered: boolean): void {
    const from = this.nodes.get(m.from)
    if (from !== undefined && from.up) from.snapshotStatus(m.to, delivered)
  }

  // ---- nodes ----------------------------------------------------------------------------------

  private startNode (id: NodeId): void {
    this.nodes.get(id)!.start(this)
  }

  private crashNode (node: SimNode): void {
    node.crash(this)
    this.clients.onNodeCrash(node.id)
    this.stats.crashes++
  }

  private leader (): SimNode | null {
    let best: SimNode | null = null
    for (const node of this.nodes.values()) {
      if (node.isLeader() && (best === null || node.raft!.status().term > best.raft!.status().term)) best = node
    }
    return best
  }

  // ---- phase 1: the nemesis -------------------------------------------------------------------

  private nemesis (): void {
    const p = this.profile
    const rate = (gapMs: number): boolean => gapMs > 0 && this.rng.chance(NEMESIS_PERIOD_MS / gapMs)
    if (rate(p.partitionGapMs) && !this.network.partitioned) {
      const started = [...this.nodes.values()].filter((n) => n.incarnation > 0).map((n) => n.id)
      this.network.partition(this.rng.pick(p.partitionModes), started, this.leader()?.id ?? null)
      this.stats.partitions++
      this.queue.push(this.nowMs + this.rng.int(p.partitionMs[0], p.partitionMs[1]), { kind: 'heal-partition' })
    }
    if (rate(p.crashGapMs)) {
      const up = [...this.nodes.values()].filter((n) => n.up)
      if (up.length > 0) {
        const victim = this.rng.pick(up)
        this.crashNode(victim)
        this.queue.push(this.nowMs + this.rng.int(p.downMs[0], p.downMs[1]), { kind: 'restart', node: victim.id })
      }
    }
    if (rate(p.confChangeGapMs)) this.changeMembership()
    if (rate(p.transferGapMs)) this.transferLeadership()
  }

  /** Promote a learner, add a spare as learner, or remove a voter (the leader, sometimes). */
  private changeMembership (): void {
    const leader = this.leader()
    if (leader === null) return
    const conf = leader.raft!.confState()
    let change: ConfChange | null = null
    if (conf.learners.length > 0) {
      change = { type: ConfChangeType.AddVoter, nodeId: this.rng.pick(conf.learners) }
    } else if (this.unusedSpares.length > 0 && (conf.voters.length <= MIN_VOTERS || this.rng.chance(0.5))) {
      change = { type: ConfChangeType.AddLearner, nodeId: this.unusedSpares[0]! }
    } else if (conf.voters.length > MIN_VOTERS) {
      change = { type: ConfChangeType.RemoveVoter, nodeId: this.rng.pick(conf.voters) }
    }
    if (change === null || !leader.raft!.proposeConfChange(change)) return
    this.stats.confChanges++
    if (change.type === ConfChangeType.RemoveVoter) this.removalProposed.add(change.nodeId)
    if (change.type === ConfChangeType.AddLearner) {
      this.unusedSpares.shift()
      this.startNode(change.nodeId)
    }
  }

  private transferLeadership (): void {
    const leader = this.leader()
    if (leader === null) return
    const others = leader.raft!.confState().voters.filter((id) => id !== leader.id)
    if (others.length === 0) return
    leader.raft!.transferLeadership(this.rng.pick(others))
    this.stats.transfers++
  }

  // ---- phase 2: heal and converge (R11) ---------------------------------------------------------

  private healAll (): void {
    this.phase = 'liveness'
    this.healMs = this.nowMs
    this.network.heal()
    this.network.faults.lossRate = 0
    this.network.faults.dupRate = 0
    this.network.faults.slowRate = 0
    this.meetTimingRequirement()
    this.requestBoundMs = REQUEST_BOUND_TIMEOUTS * this.electionTimeoutMaxMs + this.catchUpMs()
    // Nodes removed from the membership are decommissioned, as an operator would. (A node whose
    // addition is still in flight keeps running: it may become a member yet.)
    const members = this.members()
    for (const node of this.nodes.values()) {
      if (this.removalProposed.has(node.id) && !members.has(node.id)) {
        if (node.up) node.crash(this)
        node.retired = true
      }
    }
    for (const node of this.nodes.values()) {
      if (node.retired || node.incarnation === 0) continue
      if (node.up && this.profile.restartAllAtHeal) this.crashNode(node)
      if (!node.up) this.queue.push(this.nowMs + this.rng.int(0, 100), { kind: 'restart', node: node.id })
    }
    this.clients.heal(this.nowMs, this.requestBoundMs, REQUESTS_AFTER_HEAL)
    this.queue.push(this.nowMs + LIVENESS_CHECK_PERIOD_MS, { kind: 'liveness-check' })
  }

  /** The membership as of the most advanced applied state among running nodes (or disks). */
  private members (): Set<NodeId> {
    const conf = this.newestConf()
    if (conf === null) return new Set([...this.nodes.values()].filter((n) => n.incarnation > 0).map((n) => n.id))
    return new Set([...conf.voters, ...conf.learners])
  }

  /** The configuration of the running node that applied the most, if any runs. */
  private newestConf (): ConfState | null {
    let best: SimNode | null = null
    for (const node of this.nodes.values()) {
      if (!node.up) continue
      if (best === null || node.kv!.appliedIndex > best.kv!.appliedIndex) best = node
    }
    return best === null ? null : best.raft!.confState()
  }

  /**
   * The time a request after the heal may spend waiting for voters to catch up: its entry commits
   * only once a quorum of voters holds the log up to it, and when fewer than a quorum hold the
   * longest log, the leader must first bring lagging voters up to date. Flow control (at most
   * maxInflightMsgs appends in flight, maxSizePerMsg each) and snapshots off make that, at worst,
   * one round trip per missing entry (seed 93325: a voter 50 entries behind, one append in flight
   * of one 64-byte entry, 40 ms round trips: 2.2 s before the first request could commit). Counted
   * from the durable logs at the heal (before any restart), against the longest log held anywhere.
   */
  private catchUpMs (): number {
    const voters = this.newestConf()?.voters ?? [...this.nodes.values()].filter((n) => n.incarnation > 0).map((n) => n.id)
    let longest = 0
    for (const node of this.nodes.values()) {
      longest = Math.max(longest, node.disk.lastIndex(), node.up ? node.storage!.lastIndex() : 0)
    }
    const held = voters.map((id) => this.durableCommittedPrefix(this.nodes.get(id)!)).sort((a, b) => b - a)
    const quorumHolds = held[quorumSize(voters.length) - 1] ?? 0
    return Math.max(0, longest - quorumHolds) * this.roundTripMs()
  }

  /** The highest committed index whose entry `node` holds durably (log matching: and all before it). */
  private durableCommittedPrefix (node: SimNode): number {
    for (let i = Math.min(this.observer.maxCommittedIndex, node.disk.lastIndex()); i > 0; i--) {
      const term = this.observer.committedTerm(i)
      if (term !== undefined && node.disk.durablyHolds(i, term)) return i
    }
    return 0
  }

  private livenessCheck (): void {
    const sinceHealMs = this.nowMs - this.healMs
    const leader = this.leader()
    if (leader !== null) this.leaderSeenAfterHeal = true
    if (!this.leaderSeenAfterHeal && sinceHealMs > LEADER_BOUND_TIMEOUTS * this.electionTimeoutMaxMs + 100) {
      this.livenessFailure(`no leader ${sinceHealMs}ms after the heal`)
      return
    }
    const overdue = this.clients.overdue()
    if (overdue.length > 0) {
      this.livenessFailure(`requests not completed within ${this.requestBoundMs}ms: ${overdue.join('; ')}`)
      return
    }
    if (leader === null || !this.clients.doneAfterHeal(REQUESTS_AFTER_HEAL)) return
    // Converged: every member is up and has applied everything the leader committed, to the same state.
    const commit = leader.raft!.status().commit
    const conf = leader.raft!.confState()
    for (const id of [...conf.voters, ...conf.learners]) {
      const node = this.nodes.get(id)!
      if (!node.up || node.kv!.appliedIndex !== commit) return
    }
    const digest = this.observer.digestAt(commit)
    for (const id of [...conf.voters, ...conf.learners]) {
      const kv = this.nodes.get(id)!.kv!
      if (kv.digest() !== digest) this.observer.violation('R9', `node ${id} converged at ${commit} to state ${kv.digest()}, expected ${String(digest)}`)
    }
    this.stats.livenessMs = sinceHealMs
    this.phase = 'done'
  }

  private livenessFailure (what: string): void {
    const states = [...this.nodes.values()]
      .filter((n) => n.incarnation > 0)
      .map((n) => n.up ? `${n.id}:${n.raft!.status().role}/t${n.raft!.status().term}/c${n.raft!.status().commit}/a${n.kv!.appliedIndex}` : `${n.id}:${n.retired ? 'retired' : 'down'}`)
    this.observer.violation('R11', `${what} [${states.join(' ')}]`)
  }

  // ---- the history (R12) ------------------------------------------------------------------------

  private checkHistory (): void {
    const result = checkLinearizable(kvModel, this.clients.operations(), { stepBudgetPerKey: LINEARIZABILITY_STEPS_PER_KEY })
    this.stats.linearizability = result.verdict
    if (result.verdict === 'illegal') {
      const keys = [...result.perKey].filter(([, v]) => v === 'illegal').map(([k]) => k)
      this.observer.violation('R12', `client history is not linearizable for keys ${keys.join(',')}`)
    }
  }
}

/** A voter's files before its first start: the first membership in a snapshot at index 1, durably. */
function installBootstrap (files: SimFileSystem, bootstrap: Snapshot): void {
  const storage = FileRaftStorage.open({ dir: RAFT_DIR, bootstrapConfState: bootstrap.metadata.confState, io: files })
  storage.applySnapshot(bootstrap)
  storage.setHardState({ term: 1, vote: 0, commit: 1 })
  storage.close()
  files.writeBack()
}

const MESSAGE_NAMES = Object.fromEntries(Object.entries(MessageType).map(([name, type]) => [type, name]))

function describeMessage (m: Message): string {
  let s = `${m.from}->${m.to} ${MESSAGE_NAMES[m.type]} term=${m.term}`
  if (m.logTerm !== 0 || m.index !== 0) s += ` log=${m.logTerm}/${m.index}`
  if (m.commit !== 0) s += ` commit=${m.commit}`
  if (m.entries.length > 0) s += ` entries=${m.entries[0]!.index}..${m.entries.at(-1)!.index}`
  if (m.reject) s += ` rejected hint=${m.rejectHint}`
  if (m.snapshot !== null) s += ` snapshot=${m.snapshot.metadata.index}/${m.snapshot.metadata.term}`
  return s
}
