// The group coordinator runs on the node that leads the @metadata quorum (issue 12: the coordinator
// in the quorum): it starts loading when this node becomes the leader, loads (rebuilds every group
// from the image) once this node has applied every entry up to its own election (the entries of the
// terms before and the empty entry Raft appends when it is elected), and unloads when the leadership
// goes elsewhere. Requests meanwhile get COORDINATOR_LOAD_IN_PROGRESS (loading) or NOT_COORDINATOR
// (another node coordinates), from the coordinator itself.
// The trigger is the log's leadership (isLeader, onLeaderChange) and the publisher's applied offset
// past the log's end when the leadership came: the controller's own "active" signal (its term
// applied), once it has one, is the same condition and may replace it.
// `nextActivation` is the decision, pure; `CoordinatorActivation` the shell that feeds it.
import type { Logger } from 'pino'

export type Activation =
  | { readonly kind: 'initial' }
  | { readonly kind: 'inactive' }
  /** Leading; loads once the publisher has applied `loadAtOffset`. */
  | { readonly kind: 'loading', readonly loadAtOffset: number }
  | { readonly kind: 'active' }

export type ActivationAction = 'begin-loading' | 'load' | 'unload'

export interface QuorumView {
  readonly isLeader: boolean
  /** The offset of the last entry this node's publisher has applied. */
  readonly appliedOffset: number
  /** The log's end (greater than the offset of every entry so far, the election's empty entry too). */
  readonly logEndOffset: number
}

/** The next state and the coordinator actions that lead to it, in order. */
export function nextActivation (state: Activation, view: QuorumView): { state: Activation, actions: ActivationAction[] } {
  if (!view.isLeader) {
    return state.kind === 'inactive' ? { state, actions: [] } : { state: { kind: 'inactive' }, actions: ['unload'] }
  }
  if (state.kind === 'active') return { state, actions: [] }
  const actions: ActivationAction[] = []
  let loadAtOffset: number
  if (state.kind === 'loading') {
    loadAtOffset = state.loadAtOffset
  } else {
    loadAtOffset = view.logEndOffset - 1
    actions.push('begin-loading')
  }
  if (view.appliedOffset < loadAtOffset) return { state: { kind: 'loading', loadAtOffset }, actions }
  actions.push('load')
  return { state: { kind: 'active' }, actions }
}

/** What the activation reads of the @metadata log. */
export interface LeadershipSource {
  isLeader (): boolean
  endOffset (): number
  onLeaderChange (listener: () => void): void
}

/** What it reads of the publisher. */
export interface AppliedSource {
  appliedOffset (): number
  appliedTo (offset: number): Promise<void>
}

/** What it drives of the group coordinator. */
export interface ActivatedCoordinator {
  beginLoading (): void
  load (nowMs: number): void
  start (): void
  unload (): void
}

export class CoordinatorActivation {
  private readonly log: LeadershipSource
  private readonly applied: AppliedSource
  private readonly coordinator: ActivatedCoordinator
  private readonly logger: Logger
  private readonly clock: () => number
  private state: Activation = { kind: 'initial' }
  private closed = false

  constructor (options: { log: LeadershipSource, applied: AppliedSource, coordinator: ActivatedCoordinator, logger: Logger, clock?: () => number }) {
    this.log = options.log
    this.applied = options.applied
    this.coordinator = options.coordinator
    this.logger = options.logger
    this.clock = options.clock ?? Date.now
  }

  /** Decides now (a one-voter log leads at once: its coordinator loads within this call) and on every leader change. */
  start (): void {
    this.log.onLeaderChange(() => this.check())
    this.check()
  }

  /** The coordinator serves groups on this node. */
  isActive (): boolean {
    return this.state.kind === 'active'
  }

  close (): void {
    this.closed = true
  }

  private check (): void {
    if (this.closed) return
    const { state, actions } = nextActivation(this.state, { isLeader: this.log.isLeader(), appliedOffset: this.applied.appliedOffset(), logEndOffset: this.log.endOffset() })
    this.state = state
    for (const action of actions) {
      if (action === 'begin-loading') {
        this.logger.info({ loadAtOffset: state.kind === 'loading' ? state.loadAtOffset : null }, 'this node leads the @metadata quorum: the group coordinator loads once its term is applied')
        this.coordinator.beginLoading()
      } else if (action === 'load') {
        const startedMs = this.clock()
        this.coordinator.load(startedMs)
        this.coordinator.start()
        this.logger.info({ durationMs: this.clock() - startedMs }, 'group coordinator loaded: serving groups')
      } else {
        this.coordinator.unload()
        this.logger.info('this node does not lead the @metadata quorum: the group coordinator is unloaded (NOT_COORDINATOR)')
      }
    }
    if (state.kind === 'loading') {
      const at = state.loadAtOffset
      this.applied.appliedTo(at).then(() => {
        // Only for the same loading: a leadership lost and won again meanwhile waits for its own offset.
        if (this.state.kind === 'loading' && this.state.loadAtOffset === at) this.check()
      }, (err: unknown) => { this.logger.error({ err }, 'waiting for the @metadata term to be applied failed; the group coordinator stays loading') })
    }
  }
}
