// The broker's side of KRaft's broker lifecycle (Kafka's BrokerLifecycleManager): register with the
// active controller at start (BrokerRegistration, key 62: a fresh incarnation id per process, the
// advertised listeners, broker.rack), then heartbeat every broker.heartbeat.interval.ms
// (BrokerHeartbeat, key 63) with the offset of the metadata this node has applied; the controller's
// replies say whether the broker is fenced (it starts fenced and is unfenced once caught up) and, in a
// controlled shutdown (heartbeats with wantShutDown), when its leaderships have moved away and it may
// exit. A heartbeat refused with STALE_BROKER_EPOCH or BROKER_ID_NOT_REGISTERED (the controller lost
// or replaced the registration) registers again; a failed call (no controller, NOT_CONTROLLER, a
// timeout) is retried with capped exponential backoff.
// The decisions are `LifecycleMachine`: pure, stepped by replies and `nowMs`, no timers. `BrokerLifecycle`
// is the thin shell: one timer, one request in flight at a time, through the ControllerChannel.
// Not here: the controller's decisions (broker-control.ts), the channel's transport.
import type { Logger } from 'pino'
import { randomBytes } from 'node:crypto'
import { ErrorCode, ERROR_INFO } from '../protocol/generated/error-codes.ts'
import type { BrokerHeartbeatReply, BrokerHeartbeatRequest, BrokerRegistrationReply, BrokerRegistrationRequest } from '../controller/quorum-controller/controller-api.ts'
import { assert } from '../util/assert.ts'
import { assertBackoffPolicy, backoffDelayMs, type BackoffPolicy } from '../util/backoff.ts'

/** Kafka's BrokerState, as far as the lifecycle decides it. */
export const BrokerLifecycleState = {
  /** Not registered yet (or registering again). */
  STARTING: 'STARTING',
  /** Registered; the controller keeps the broker fenced until it has caught up with the metadata. */
  FENCED: 'FENCED',
  /** Registered and unfenced: may lead partitions. */
  RUNNING: 'RUNNING',
  /** Heartbeats ask to shut down; the controller is moving leaderships away. */
  PENDING_CONTROLLED_SHUTDOWN: 'PENDING_CONTROLLED_SHUTDOWN',
  /** The controller said shouldShutDown (or the broker never registered): the broker may exit. */
  SHUTTING_DOWN: 'SHUTTING_DOWN'
} as const
export type BrokerLifecycleState = typeof BrokerLifecycleState[keyof typeof BrokerLifecycleState]

export interface LifecycleSettings {
  readonly brokerId: number
  readonly clusterId: string
  /** Kafka uuid of this process's incarnation; the same for every registration of the process. */
  readonly incarnationId: string
  readonly listeners: BrokerRegistrationRequest['listeners']
  readonly rack: string | null
  /** broker.heartbeat.interval.ms */
  readonly heartbeatIntervalMs: number
  /** First retry delay after a failed call; doubles per consecutive failure. */
  readonly retryBackoffInitialMs: number
  /** The retry delay never grows beyond this (Kafka: half of broker.session.timeout.ms). */
  readonly retryBackoffMaxMs: number
}

/** What the shell sends next. */
export type LifecycleRequest =
  | { readonly kind: 'register', readonly request: BrokerRegistrationRequest }
  | { readonly kind: 'heartbeat', readonly request: BrokerHeartbeatRequest }

/** The delay before retry `attempt` (0 = first): the project's backoff (equal jitter) over the lifecycle's bounds. */
export function retryDelayMs (settings: LifecycleSettings, attempt: number, random: number): number {
  return backoffDelayMs(backoffOf(settings), attempt, () => random)
}

function backoffOf (settings: LifecycleSettings): BackoffPolicy {
  return { initialMs: settings.retryBackoffInitialMs, maxMs: settings.retryBackoffMaxMs }
}

/**
 * The lifecycle's decisions. The caller asks `poll(nowMs, appliedOffset)` for the request that is due
 * (null when none is, or one is in flight), sends it, and hands the outcome to `registered`,
 * `heartbeatAnswered` or `failed`; `dueAtMs()` says when to poll next.
 */
export class LifecycleMachine {
  settings: LifecycleSettings
  private stateNow: BrokerLifecycleState = BrokerLifecycleState.STARTING
  private brokerEpochNow = -1n
  private inFlight: LifecycleRequest['kind'] | null = null
  private nextAtMs = 0
  private failures = 0
  private readyToUnfence = false
  /** Bumped by updateListeners: a registration sent with older listeners is sent again. */
  private listenersVersion = 0
  private registeringVersion = 0
  private wantShutDown = false
  /** The first heartbeat answered in a controlled shutdown makes the next one come sooner, as Kafka. */
  private shutdownAnswered = false
  /** The last error the controller or the call gave, for the shell's log (null after a success). */
  lastError: { readonly errorCode: number, readonly during: LifecycleRequest['kind'] } | null = null

  constructor (settings: LifecycleSettings) {
    assert(settings.heartbeatIntervalMs > 0, 'broker.heartbeat.interval.ms must be positive')
    assertBackoffPolicy(backoffOf(settings))
    this.settings = settings
  }

  state (): BrokerLifecycleState {
    return this.stateNow
  }

  /** The epoch of the current registration; -1 while not registered. */
  brokerEpoch (): bigint {
    return this.brokerEpochNow
  }

  isFenced (): boolean {
    return this.stateNow !== BrokerLifecycleState.RUNNING
  }

  /** When the next request is due (the caller polls then); Infinity once the broker may exit. */
  dueAtMs (): number {
    return this.stateNow === BrokerLifecycleState.SHUTTING_DOWN ? Infinity : this.nextAtMs
  }

  /**
   * The broker has recovered its logs and may be unfenced: until then heartbeats ask to stay fenced
   * (wantFence), as Kafka's broker does until its initial catch-up and log recovery are done.
   */
  setReadyToUnfence (nowMs: number): void {
    this.readyToUnfence = true
    if (this.stateNow === BrokerLifecycleState.FENCED) this.nextAtMs = Math.min(this.nextAtMs, nowMs)
  }

  /**
   * The advertised listeners changed (a dynamic advertised.listeners): register again with them, as
   * a broker restarted with the new configuration would (same incarnation; fenced until unfenced).
   */
  updateListeners (listeners: LifecycleSettings['listeners'], nowMs: number): void {
    this.settings = { ...this.settings, listeners }
    this.listenersVersion++
    if (this.stateNow === BrokerLifecycleState.SHUTTING_DOWN || this.stateNow === BrokerLifecycleState.PENDING_CONTROLLED_SHUTDOWN) return
    this.stateNow = BrokerLifecycleState.STARTING
    this.nextAtMs = nowMs
  }

  /** Starts a controlled shutdown: heartbeats ask for it at once. A broker never registered may go now. */
  beginControlledShutdown (nowMs: number): void {
    if (this.stateNow === BrokerLifecycleState.SHUTTING_DOWN) return
    this.wantShutDown = true
    if (this.stateNow === BrokerLifecycleState.STARTING) {
      this.stateNow = BrokerLifecycleState.SHUTTING_DOWN
      return
    }
    this.stateNow = BrokerLifecycleState.PENDING_CONTROLLED_SHUTDOWN
    this.nextAtMs = nowMs
  }

  /** The request due at `nowMs`, marked in flight; null when none is due or one is in flight. */
  poll (nowMs: number, appliedOffset: number): LifecycleRequest | null {
    if (this.inFlight !== null || nowMs < this.dueAtMs()) return null
    const s = this.settings
    let next: LifecycleRequest
    if (this.stateNow === BrokerLifecycleState.STARTING) {
      this.registeringVersion = this.listenersVersion
      next = {
        kind: 'register',
        request: {
          brokerId: s.brokerId, clusterId: s.clusterId, incarnationId: s.incarnationId, listeners: s.listeners.map((l) => ({ ...l })),
          features: [], rack: s.rack, isMigratingZkBroker: false, logDirs: [], previousBrokerEpoch: -1n
        }
      }
    } else {
      next = {
        kind: 'heartbeat',
        request: {
          brokerId: s.brokerId, brokerEpoch: this.brokerEpochNow, currentMetadataOffset: BigInt(Math.max(appliedOffset, -1)),
          wantFence: !this.readyToUnfence && !this.wantShutDown, wantShutDown: this.wantShutDown, offlineLogDirs: []
        }
      }
    }
    this.inFlight = next.kind
    return next
  }

  /** The controller's answer to a registration. */
  registered (reply: BrokerRegistrationReply, nowMs: number, random: number): void {
    assert(this.inFlight === 'register', 'a registration reply answers the registration in flight')
    this.inFlight = null
    if (reply.errorCode !== ErrorCode.NONE) {
      this.retry('register', reply.errorCode, nowMs, random)
      return
    }
    this.failures = 0
    this.lastError = null
    this.brokerEpochNow = reply.brokerEpoch
    this.nextAtMs = nowMs
    // Listeners changed while it was in flight: register again with the new ones.
    if (this.registeringVersion !== this.listenersVersion) return
    // A registration starts fenced.
    if (this.stateNow === BrokerLifecycleState.STARTING) this.stateNow = BrokerLifecycleState.FENCED
  }

  /** The controller's answer to a heartbeat. */
  heartbeatAnswered (reply: BrokerHeartbeatReply, nowMs: number, random: number): void {
    assert(this.inFlight === 'heartbeat', 'a heartbeat reply answers the heartbeat in flight')
    this.inFlight = null
    if (reply.errorCode === ErrorCode.STALE_BROKER_EPOCH || reply.errorCode === ErrorCode.BROKER_ID_NOT_REGISTERED) {
      // The controller no longer holds this registration: register again (same incarnation).
      this.lastError = { errorCode: reply.errorCode, during: 'heartbeat' }
      this.brokerEpochNow = -1n
      if (this.stateNow === BrokerLifecycleState.SHUTTING_DOWN) return
      this.stateNow = BrokerLifecycleState.STARTING
      this.nextAtMs = nowMs
      return
    }
    if (reply.errorCode !== ErrorCode.NONE) {
      this.retry('heartbeat', reply.errorCode, nowMs, random)
      return
    }
    this.failures = 0
    this.lastError = null
    // A re-registration asked for meanwhile (updateListeners) stays due at once.
    if (this.stateNow !== BrokerLifecycleState.STARTING) this.nextAtMs = nowMs + this.settings.heartbeatIntervalMs
    switch (this.stateNow) {
      case BrokerLifecycleState.FENCED:
      case BrokerLifecycleState.RUNNING:
        this.stateNow = reply.isFenced ? BrokerLifecycleState.FENCED : BrokerLifecycleState.RUNNING
        break
      case BrokerLifecycleState.PENDING_CONTROLLED_SHUTDOWN:
        if (reply.shouldShutDown) {
          this.stateNow = BrokerLifecycleState.SHUTTING_DOWN
        } else if (!this.shutdownAnswered) {
          // Leaderships often move within one round trip: ask again soon rather than a whole interval later.
          this.nextAtMs = nowMs + Math.min(50, this.settings.heartbeatIntervalMs)
        }
        this.shutdownAnswered = true
        break
      default:
        break
    }
  }

  /** A call that got no answer (connection lost, timed out, the channel threw). */
  failed (nowMs: number, random: number): void {
    assert(this.inFlight !== null, 'a failure ends the request in flight')
    const kind = this.inFlight
    this.inFlight = null
    this.retry(kind, ErrorCode.REQUEST_TIMED_OUT, nowMs, random)
  }

  private retry (during: LifecycleRequest['kind'], errorCode: number, nowMs: number, random: number): void {
    this.lastError = { errorCode, during }
    this.nextAtMs = nowMs + retryDelayMs(this.settings, this.failures, random)
    this.failures++
  }
}

/** What the lifecycle needs of the controller channel. */
export interface LifecycleChannel {
  registerBroker (req: BrokerRegistrationRequest): Promise<BrokerRegistrationReply>
  brokerHeartbeat (req: BrokerHeartbeatRequest): Promise<BrokerHeartbeatReply>
}

/** A fresh Kafka uuid (base64url of 16 random bytes, never all zeros): one per process incarnation. */
export function newIncarnationId (): string {
  let id = randomBytes(16).toString('base64url')
  while (id === 'AAAAAAAAAAAAAAAAAAAAAA') id = randomBytes(16).toString('base64url')
  return id
}

export interface BrokerLifecycleOptions {
  readonly settings: LifecycleSettings
  readonly channel: LifecycleChannel
  /** The offset of the last @metadata entry this node has applied (the publisher's image offset). */
  readonly appliedOffset: () => number
  readonly logger: Logger
  readonly clock?: () => number
  readonly random?: () => number
}

/** The timer shell around LifecycleMachine: sends what the machine says is due, one request at a time. */
export class BrokerLifecycle {
  private readonly machine: LifecycleMachine
  private readonly channel: LifecycleChannel
  private readonly appliedOffset: () => number
  private readonly log: Logger
  private readonly clock: () => number
  private readonly random: () => number
  private timer: NodeJS.Timeout | null = null
  private running = false
  private readonly stateWaiters: Array<{ check: () => void, finish: () => void }> = []
  private closed = false
  private loggedState: BrokerLifecycleState

  constructor (options: BrokerLifecycleOptions) {
    this.machine = new LifecycleMachine(options.settings)
    this.channel = options.channel
    this.appliedOffset = options.appliedOffset
    this.log = options.logger.child({ module: 'broker-lifecycle' })
    this.clock = options.clock ?? Date.now
    this.random = options.random ?? Math.random
    this.loggedState = this.machine.state()
  }

  state (): BrokerLifecycleState {
    return this.machine.state()
  }

  brokerEpoch (): bigint {
    return this.machine.brokerEpoch()
  }

  isFenced (): boolean {
    return this.machine.isFenced()
  }

  start (): void {
    if (this.running || this.closed) return
    this.running = true
    this.step()
  }

  /** See LifecycleMachine.setReadyToUnfence; the next heartbeat goes at once. */
  setReadyToUnfence (): void {
    this.machine.setReadyToUnfence(this.clock())
    this.step()
  }

  /** See LifecycleMachine.updateListeners. */
  updateListeners (listeners: LifecycleSettings['listeners']): void {
    this.machine.updateListeners(listeners, this.clock())
    this.step()
  }

  /** Resolves once the state satisfies `done`, or after `timeoutMs`, or on close(); true when it did. */
  async waitFor (done: (state: BrokerLifecycleState) => boolean, timeoutMs: number): Promise<boolean> {
    if (done(this.state())) return true
    if (this.closed) return false
    return await new Promise<boolean>((resolve) => {
      const waiter = {
        check: (): void => { if (done(this.state())) waiter.finish() },
        finish: (): void => {
          clearTimeout(timeout)
          const i = this.stateWaiters.indexOf(waiter)
          if (i >= 0) this.stateWaiters.splice(i, 1)
          resolve(done(this.state()))
        }
      }
      const timeout = setTimeout(() => { waiter.finish() }, timeoutMs)
      this.stateWaiters.push(waiter)
    })
  }

  /**
   * Kafka's controlled shutdown: heartbeats ask to shut down until the controller answers
   * shouldShutDown (its leaderships moved away), for at most `timeoutMs`; then the lifecycle stops.
   * Resolves true when the controller agreed, false on the timeout (the node exits all the same).
   */
  async controlledShutdown (timeoutMs: number): Promise<boolean> {
    const wasRegistered = this.state() !== BrokerLifecycleState.STARTING
    this.machine.beginControlledShutdown(this.clock())
    this.log.info({ timeoutMs }, 'controlled shutdown: asking the controller to move this broker\'s leaderships away')
    this.step()
    const agreed = await this.waitFor((s) => s === BrokerLifecycleState.SHUTTING_DOWN, timeoutMs)
    if (!agreed) this.log.warn({ timeoutMs }, 'controlled shutdown: the controller did not agree within its share of rivulet.shutdown.timeout.ms; shutting down all the same')
    else if (wasRegistered) this.log.info('controlled shutdown: the controller agreed')
    this.close()
    return agreed
  }

  /** Stops sending; a request in flight is let finish and its answer ignored. */
  close (): void {
    this.running = false
    this.closed = true
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
    for (const waiter of [...this.stateWaiters]) waiter.finish()
  }

  /** Sends what is due, then sleeps until the next thing is. */
  private step (): void {
    if (!this.running) return
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
    const nowMs = this.clock()
    const next = this.machine.poll(nowMs, this.appliedOffset())
    if (next !== null) {
      this.send(next)
      return
    }
    this.schedule()
  }

  private schedule (): void {
    const dueAtMs = this.machine.dueAtMs()
    if (!this.running || dueAtMs === Infinity) return
    this.timer = setTimeout(() => this.step(), Math.max(0, dueAtMs - this.clock()))
    this.timer.unref()
  }

  private send (next: LifecycleRequest): void {
    const outcome = next.kind === 'register'
      ? this.channel.registerBroker(next.request).then((reply) => { this.machine.registered(reply, this.clock(), this.random()) })
      : this.channel.brokerHeartbeat(next.request).then((reply) => { this.machine.heartbeatAnswered(reply, this.clock(), this.random()) })
    outcome.catch((err: unknown) => {
      if (this.running) this.log.debug({ err, request: next.kind }, 'broker lifecycle request failed; retrying')
      this.machine.failed(this.clock(), this.random())
    }).finally(() => {
      this.observe()
      this.step()
    })
  }

  /** Logs state changes and errors once each, and wakes waiters. */
  private observe (): void {
    const state = this.machine.state()
    const error = this.machine.lastError
    if (error !== null && this.running) {
      this.log.warn({ errorCode: error.errorCode, error: ERROR_INFO.get(error.errorCode)?.name, request: error.during, brokerEpoch: String(this.machine.brokerEpoch()) },
        `broker ${error.during === 'register' ? 'registration' : 'heartbeat'} answered ${ERROR_INFO.get(error.errorCode)?.name ?? error.errorCode}`)
    }
    if (state !== this.loggedState) {
      this.log.info({ from: this.loggedState, to: state, brokerEpoch: String(this.machine.brokerEpoch()) }, `broker lifecycle: ${this.loggedState} -> ${state}`)
      this.loggedState = state
    }
    for (const waiter of [...this.stateWaiters]) waiter.check()
  }
}
