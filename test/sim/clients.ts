// Simulated clients of the key-value state machine: each runs one request at a time against the
// node it believes leads, retrying elsewhere when told "not leader". Every proposal that entered a
// leader's log is in the history: answered when the proposing node applies it, or open forever
// (unknown outcome) when that node crashed or the client gave up. After the heal, every request
// must complete within a bound (R11), retries included.
import type { KvInput, KvOperation, KvOutput } from '../check/kv-model.ts'
import type { NodeId } from '../../src/controller/raft/core/types.ts'
import { encodeCommand } from './kv-state-machine.ts'
import type { FaultProfile } from './profile.ts'
import type { Prng } from './prng.ts'
import { submitProposal, type SimNode } from './sim-node.ts'

export interface ClientHost {
  readonly nowMs: number
  readonly rng: Prng
  readonly profile: FaultProfile
  readonly nodes: ReadonlyMap<NodeId, SimNode>
  scheduleClient (client: number, atMs: number): void
  scheduleClientTimeout (opId: number, atMs: number): void
  violation (code: string, message: string): void
}

interface MutableOperation {
  clientId: number
  input: KvInput
  output: KvOutput | undefined
  callTime: number
  returnTime: number
}

interface Client {
  readonly index: number
  /** A new process id after each operation with an unknown outcome (Jepsen's convention). */
  processId: number
  leaderGuess: NodeId
  /** The request being worked on (retried as new operations until one is answered). */
  request: KvInput | null
  requestStartMs: number
  /** The operation in flight for it, if any. */
  opId: number | null
  completedAfterHeal: number
  sequence: number
}

/** Retries after "not leader" or a dropped proposal wait this long (a client's backoff). */
const RETRY_BACKOFF_MS: readonly [number, number] = [5, 20]

export class Clients {
  private readonly host: ClientHost
  private readonly clients: Client[] = []
  private readonly history: MutableOperation[] = []
  private readonly inFlight = new Map<number, { client: Client, record: MutableOperation, nodeId: NodeId }>()
  private nextOpId = 1
  private nextProcessId = 0
  private healMs: number | null = null
  private requestBoundMs = Infinity
  private requestsAfterHeal = Infinity
  /** Largest latency of a request started after the heal. */
  maxLatencyAfterHealMs = 0

  constructor (host: ClientHost) {
    this.host = host
    for (let i = 0; i < host.profile.clientCount; i++) {
      this.clients.push({ index: i, processId: this.nextProcessId++, leaderGuess: 1, request: null, requestStartMs: 0, opId: null, completedAfterHeal: 0, sequence: 0 })
    }
  }

  start (): void {
    for (const c of this.clients) this.host.scheduleClient(c.index, this.host.rng.int(0, 50))
  }

  /**
   * From now on every request must finish within `boundMs` of its first attempt; each client
   * stops after `requestCount` of them.
   */
  heal (healMs: number, boundMs: number, requestCount: number): void {
    this.healMs = healMs
    this.requestBoundMs = boundMs
    this.requestsAfterHeal = requestCount
    for (const c of this.clients) if (c.request !== null) c.requestStartMs = healMs
  }

  /** Each client has completed `count` requests started after the heal. */
  doneAfterHeal (count: number): boolean {
    return this.clients.every((c) => c.completedAfterHeal >= count)
  }

  /** Requests started after the heal that have been outstanding longer than the bound. */
  overdue (): string[] {
    const now = this.host.nowMs
    return this.clients
      .filter((c) => c.request !== null && this.healMs !== null && now - c.requestStartMs > this.requestBoundMs)
      .map((c) => `client ${c.index}: ${c.request!.kind} ${c.request!.key} outstanding ${now - c.requestStartMs}ms`)
  }

  wake (index: number): void {
    const c = this.clients[index]!
    if (c.opId !== null) return
    if (c.request === null && c.completedAfterHeal >= this.requestsAfterHeal) return // done
    if (c.request === null) {
      c.request = this.nextRequest(c)
      c.requestStartMs = this.host.nowMs
    }
    this.submit(c)
  }

  private nextRequest (c: Client): KvInput {
    const rng = this.host.rng
    const key = `k${rng.int(0, this.host.profile.keyCount - 1)}`
    const value = `${c.index}.${++c.sequence}`
    const roll = rng.next()
    if (roll < 0.4) return { kind: 'put', key, value }
    if (roll < 0.7) return { kind: 'get', key }
    // Expect a value some client wrote (maybe current, maybe stale) or the empty register.
    const expected = rng.chance(0.2) ? null : `${rng.int(0, this.host.profile.clientCount - 1)}.${rng.int(Math.max(1, c.sequence - 3), c.sequence)}`
    return { kind: 'cas', key, expected, value }
  }

  private submit (c: Client): void {
    const host = this.host
    const node = host.nodes.get(c.leaderGuess)
    if (node === undefined || !node.up) {
      c.leaderGuess = host.rng.pick([...host.nodes.values()].filter((n) => n.up).map((n) => n.id).concat([1]))
      this.retryLater(c)
      return
    }
    if (!node.isLeader()) {
      const hint = node.raft!.status().leader
      c.leaderGuess = hint !== 0 ? hint : host.rng.pick([...host.nodes.keys()])
      this.retryLater(c)
      return
    }
    const opId = this.nextOpId++
    if (submitProposal(node, encodeCommand({ opId, input: c.request! })) === null) {
      this.retryLater(c) // refused (transfer under way, removed leader): never in the log
      return
    }
    node.waiting.add(opId)
    const record: MutableOperation = { clientId: c.processId, input: c.request!, output: undefined, callTime: host.nowMs, returnTime: Infinity }
    this.history.push(record)
    this.inFlight.set(opId, { client: c, record, nodeId: node.id })
    c.opId = opId
    host.scheduleClientTimeout(opId, host.nowMs + host.profile.clientTimeoutMs)
  }

  private retryLater (c: Client): void {
    this.host.scheduleClient(c.index, this.host.nowMs + this.host.rng.int(RETRY_BACKOFF_MS[0], RETRY_BACKOFF_MS[1]))
  }

  /** The node that took the proposal applied it: the answer reaches the client. */
  onApplied (node: SimNode, opId: number, output: KvOutput): void {
    const op = this.inFlight.get(opId)
    if (op === undefined || op.nodeId !== node.id) return
    this.inFlight.delete(opId)
    const now = this.host.nowMs
    op.record.output = output
    op.record.returnTime = now
    const c = op.client
    c.opId = null
    if (this.healMs !== null && c.requestStartMs >= this.healMs) {
      const latency = now - c.requestStartMs
      this.maxLatencyAfterHealMs = Math.max(this.maxLatencyAfterHealMs, latency)
      if (latency > this.requestBoundMs) this.host.violation('R11', `client ${c.index}: request took ${latency}ms after the heal (bound ${this.requestBoundMs}ms)`)
      c.completedAfterHeal++
    }
    c.request = null
    this.host.scheduleClient(c.index, now + this.host.rng.int(this.host.profile.thinkMs[0], this.host.profile.thinkMs[1]))
  }

  onTimeout (opId: number): void {
    const op = this.inFlight.get(opId)
    if (op === undefined) return
    this.abandon(opId)
    this.host.nodes.get(op.nodeId)?.waiting.delete(opId)
  }

  /** The node crashed: whatever it took may or may not commit later. */
  onNodeCrash (nodeId: NodeId): void {
    for (const [opId, op] of [...this.inFlight]) if (op.nodeId === nodeId) this.abandon(opId)
  }

  private abandon (opId: number): void {
    const op = this.inFlight.get(opId)!
    this.inFlight.delete(opId)
    const c = op.client
    c.opId = null
    c.processId = this.nextProcessId++
    c.leaderGuess = this.host.rng.pick([...this.host.nodes.keys()])
    this.retryLater(c) // the same request, as a new operation
  }

  /** The history for the checker; reads that never returned tell nothing and are left out. */
  operations (): KvOperation[] {
    return this.history.filter((op) => !(op.input.kind === 'get' && op.output === undefined))
  }

  get operationCount (): number {
    return this.history.length
  }

  get unknownCount (): number {
    return this.history.filter((op) => op.returnTime === Infinity).length
  }
}
