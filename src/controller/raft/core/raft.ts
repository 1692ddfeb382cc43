// The Raft state machine (after etcd-io/raft's raft.go): roles, elections with pre-vote and
// check-quorum, replication with per-follower flow control, snapshots, leadership transfer and
// one-at-a-time membership changes. Pure and synchronous: input is step() and tick(), output is
// the messages in `msgs` and the log's unstable part, collected by RaftCore into a Ready.
import { assert } from '../../../util/assert.ts'
import { applyConfChange, decodeConfChange, isInvalid } from './conf-change.ts'
import { resolveConfig, type RaftConfig, type ResolvedConfig } from './config.ts'
import { entriesSizeBytes, payloadBytes } from './entry-size.ts'
import {
  CAMPAIGN_TRANSFER_CONTEXT, isCampaignTransfer, message, voteResponseType, type MessageFields
} from './messages.ts'
import { ProgressState } from './progress.ts'
import { VoteResult } from './quorum.ts'
import { RaftLog } from './raft-log.ts'
import { ProgressTracker } from './tracker.ts'
import {
  EntryType, MessageType, NO_NODE, StateRole,
  type ConfChange, type ConfState, type Entry, type HardState, type Message, type NodeId, type Snapshot
} from './types.ts'

const EMPTY_BYTES = new Uint8Array(0)

type CampaignKind = 'pre-election' | 'election' | 'transfer'

export class Raft {
  readonly id: NodeId
  readonly config: ResolvedConfig
  readonly log: RaftLog
  readonly tracker: ProgressTracker
  term = 0
  vote: NodeId = NO_NODE
  role: StateRole = StateRole.Follower
  lead: NodeId = NO_NODE
  isLearner = false
  /** Messages to send once the Ready carrying them has been persisted. */
  msgs: Message[] = []
  /** Where leadership is being handed over to, or NO_NODE. */
  leadTransferee: NodeId = NO_NODE
  /** Index of the last conf change proposed; a new one waits until it is applied. */
  pendingConfIndex = 0
  /** Payload bytes a leader has appended but not yet seen applied (maxUncommittedEntriesBytes). */
  uncommittedBytes = 0
  /** Ticks since the last election timeout reset (followers/candidates) or check-quorum (leaders). */
  electionElapsed = 0
  heartbeatElapsed = 0
  randomizedElectionTimeout = 0

  constructor (raftConfig: RaftConfig) {
    this.config = resolveConfig(raftConfig)
    this.id = this.config.id
    this.log = new RaftLog(this.config.storage, this.config.maxCommittedBytesPerReady)
    this.tracker = new ProgressTracker(this.config.maxInflightMsgs, this.config.maxInflightBytes)
    const { hardState, confState } = this.config.storage.initialState()
    this.switchToConfig(confState)
    this.loadHardState(hardState)
    if (this.config.applied > 0) this.log.appliedTo(this.config.applied)
    this.becomeFollower(this.term, NO_NODE)
  }

  private loadHardState (hardState: HardState): void {
    // A commit index persisted before the snapshot it was taken with is behind: the snapshot wins.
    const commit = Math.max(hardState.commit, this.log.committed)
    assert(commit <= this.log.lastIndex(), `hard state commit ${commit} is beyond the last index ${this.log.lastIndex()}`)
    this.log.committed = commit
    this.term = hardState.term
    this.vote = hardState.vote
  }

  hardState (): HardState {
    return { term: this.term, vote: this.vote, commit: this.log.committed }
  }

  // ---- roles --------------------------------------------------------------------------------

  private reset (term: number): void {
    if (this.term !== term) {
      this.term = term
      this.vote = NO_NODE
    }
    this.lead = NO_NODE
    this.electionElapsed = 0
    this.heartbeatElapsed = 0
    this.resetRandomizedElectionTimeout()
    this.abortLeaderTransfer()
    this.resetVotes()
    const lastIndex = this.log.lastIndex()
    for (const id of this.tracker.ids) {
      const pr = this.tracker.progress.get(id)!
      pr.becomeProbe()
      pr.match = id === this.id ? lastIndex : 0
      pr.next = lastIndex + 1
      pr.recentActive = false
    }
    this.pendingConfIndex = 0
    this.uncommittedBytes = 0
  }

  private resetRandomizedElectionTimeout (): void {
    const r = this.config.random()
    assert(r >= 0 && r < 1, `random() must be in [0, 1), got ${r}`)
    this.randomizedElectionTimeout = this.config.electionTicks + Math.floor(r * this.config.electionTicks)
  }

  private resetVotes (): void {
    const campaigning = this.role === StateRole.PreCandidate || this.role === StateRole.Candidate
    // BUG SWITCH (tests only): carry the tally of the election we are leaving into the next one.
    if (this.config.bugs.countOldTermVotes && campaigning) return
    this.tracker.resetVotes()
  }

  becomeFollower (term: number, lead: NodeId): void {
    this.reset(term)
    this.lead = lead
    this.role = StateRole.Follower
  }

  private becomePreCandidate (): void {
    assert(this.role !== StateRole.Leader, 'invalid transition [leader -> pre-candidate]')
    // A pre-election changes neither term nor vote: losing it leaves no trace.
    this.resetVotes()
    this.lead = NO_NODE
    this.role = StateRole.PreCandidate
  }

  private becomeCandidate (): void {
    assert(this.role !== StateRole.Leader, 'invalid transition [leader -> candidate]')
    this.reset(this.term + 1)
    this.vote = this.id
    this.role = StateRole.Candidate
  }

  private becomeLeader (): void {
    assert(this.role !== StateRole.Follower, 'invalid transition [follower -> leader]')
    this.reset(this.term)
    this.lead = this.id
    this.role = StateRole.Leader
    const self = this.tracker.progress.get(this.id)!
    self.becomeReplicate()
    self.recentActive = true
    // Entries after our last index may hold an unapplied conf change: wait for them to apply
    // (which also means one entry of our term committed) before accepting another one.
    this.pendingConfIndex = this.log.lastIndex()
    // An entry of our own term, so that the entries of earlier terms can commit (figure 8).
    assert(this.appendEntries([{ type: EntryType.Normal, data: EMPTY_BYTES }]), 'an empty entry is never refused')
  }

  promotable (): boolean {
    const pr = this.tracker.progress.get(this.id)
    return pr !== undefined && !pr.isLearner && !this.log.hasPendingSnapshot()
  }

  // ---- time -----------------------------------------------------------------------------------

  tick (): void {
    if (this.role === StateRole.Leader) this.tickHeartbeat()
    else this.tickElection()
  }

  private tickElection (): void {
    this.electionElapsed++
    if (this.promotable() && this.electionElapsed >= this.randomizedElectionTimeout) {
      this.electionElapsed = 0
      this.step(message({ type: MessageType.Hup, to: this.id, from: this.id }))
    }
  }

  private tickHeartbeat (): void {
    this.heartbeatElapsed++
    this.electionElapsed++
    if (this.electionElapsed >= this.config.electionTicks) {
      this.electionElapsed = 0
      if (this.config.checkQuorum) this.step(message({ type: MessageType.CheckQuorum, to: this.id, from: this.id }))
      // A transfer that did not finish within an election timeout is abandoned; we lead on.
      if (this.role === StateRole.Leader && this.leadTransferee !== NO_NODE) this.abortLeaderTransfer()
    }
    if (this.role !== StateRole.Leader) return
    if (this.heartbeatElapsed >= this.config.heartbeatTicks) {
      this.heartbeatElapsed = 0
      this.step(message({ type: MessageType.Beat, to: this.id, from: this.id }))
    }
  }

  // ---- step: term handling common to all roles ------------------------------------------------

  /** Feeds one message in; false when it was a proposal that had to be dropped. */
  step (m: Message): boolean {
    if (m.term > this.term) {
      if (!this.stepHigherTerm(m)) return true
    } else if (m.term !== 0 && m.term < this.term) {
      if (!this.stepLowerTerm(m)) return true
    }
    switch (m.type) {
      case MessageType.Hup:
        this.hup(this.config.preVote ? 'pre-election' : 'election')
        return true
      case MessageType.Vote:
      case MessageType.PreVote:
        this.handleVoteRequest(m)
        return true
      default:
        if (this.role === StateRole.Leader) return this.stepLeader(m)
        if (this.role === StateRole.Follower) return this.stepFollower(m)
        return this.stepCandidate(m)
    }
  }

  /** A message from a later term; false when it is to be ignored. */
  private stepHigherTerm (m: Message): boolean {
    if (m.type === MessageType.Vote || m.type === MessageType.PreVote) {
      const inLease = this.config.checkQuorum && this.lead !== NO_NODE && this.electionElapsed < this.config.electionTicks
      // Within the lease of a leader we heard from, a vote request comes from a node that is
      // partitioned or behind: ignoring it keeps it from unseating a healthy leader.
      if (inLease && !isCampaignTransfer(m.context)) return false
    }
    if (m.type === MessageType.PreVote) {
      // A pre-vote never changes our term.
    } else if (m.type === MessageType.PreVoteResp && !m.reject) {
      // The term is bumped when the pre-election is won.
    } else if (m.type === MessageType.App || m.type === MessageType.Heartbeat || m.type === MessageType.Snap) {
      this.becomeFollower(m.term, m.from)
    } else if (m.type === MessageType.Vote) {
      // Adopt the term, but keep our election timer running (Raft §5.2: it restarts on hearing
      // from a leader or granting a vote, which handleVoteRequest does). etcd restarts it here,
      // which lets a candidate with a stale log and a fast clock hold every up-to-date node's
      // timer at zero forever when pre-vote is off: no leader ever again (found by the simulation).
      const electionElapsed = this.electionElapsed
      this.becomeFollower(m.term, NO_NODE)
      this.electionElapsed = electionElapsed
    } else {
      this.becomeFollower(m.term, NO_NODE)
    }
    return true
  }

  /** A message from an earlier term; false when it is to be ignored (it usually is). */
  private stepLowerTerm (m: Message): boolean {
    if (m.type === MessageType.Heartbeat || m.type === MessageType.App) {
      // A stale leader (cut off, then healed) would otherwise never learn our term: with
      // check-quorum or pre-vote we may never bump its term by campaigning against it. etcd
      // answers only with one of them on, counting otherwise on our vote requests to reach the
      // leader; but a node that missed membership changes campaigns among the voters it knows,
      // which may all be gone: it then campaigns forever while ignoring the leader of the
      // configuration it is a voter of (found by the simulation). So answer always, as Raft's
      // AppendEntries does (§5.1: a stale term is rejected with the current one). Without pre-vote
      // this unseats no leader that our next vote request would not unseat anyway.
      this.send({ type: MessageType.AppResp, to: m.from })
      return false
    }
    if (m.type === MessageType.PreVote) {
      // Answer, so a pre-candidate behind on terms learns ours and does not wait for a timeout.
      this.send({ type: MessageType.PreVoteResp, to: m.from, term: this.term, reject: true })
      return false
    }
    const isVoteAnswer = m.type === MessageType.VoteResp || m.type === MessageType.PreVoteResp
    const campaigning = this.role === StateRole.Candidate || this.role === StateRole.PreCandidate
    // BUG SWITCH (tests only): count an answer from an earlier election.
    return this.config.bugs.countOldTermVotes && isVoteAnswer && campaigning
  }

  private handleVoteRequest (m: Message): void {
    // We can vote for m.from if we already did in this term, or have voted for nobody and know
    // no leader, or it is a pre-vote for a later term (which binds nothing).
    const canVote = this.vote === m.from ||
      (this.vote === NO_NODE && this.lead === NO_NODE) ||
      (m.type === MessageType.PreVote && m.term > this.term)
    if (canVote && this.log.isUpToDate(m.index, m.logTerm)) {
      // The answer carries the term of the request: for a pre-vote, ours may still be lower.
      this.send({ type: voteResponseType(m.type), to: m.from, term: m.term, reject: false })
      if (m.type === MessageType.Vote) {
        this.electionElapsed = 0
        this.vote = m.from
      }
    } else {
      this.send({ type: voteResponseType(m.type), to: m.from, term: this.term, reject: true })
    }
  }

  // ---- elections ------------------------------------------------------------------------------

  hup (kind: CampaignKind): void {
    if (this.role === StateRole.Leader) return
    if (!this.promotable()) return
    // A conf change committed but not applied may change who votes: campaign once it is applied.
    if (this.hasUnappliedConfChanges()) return
    this.campaign(kind)
  }

  private hasUnappliedConfChanges (): boolean {
    if (this.log.applied >= this.log.committed) return false
    const entries = this.log.slice(this.log.applied + 1, this.log.committed + 1, Infinity)
    assert(typeof entries !== 'string', 'unapplied committed entries must be readable')
    return entries.some((e) => e.type === EntryType.ConfChange)
  }

  private campaign (kind: CampaignKind): void {
    assert(this.promotable(), 'only a promotable node campaigns')
    let voteType: MessageType
    let term: number
    if (kind === 'pre-election') {
      this.becomePreCandidate()
      voteType = MessageType.PreVote
      term = this.term + 1 // the term we would campaign in; ours stays as it is
    } else {
      this.becomeCandidate()
      voteType = MessageType.Vote
      term = this.term
    }
    if (this.poll(this.id, true) === VoteResult.Won) {
      // A single voter wins on its own vote.
      if (kind === 'pre-election') this.campaign('election')
      else this.becomeLeader()
      return
    }
    const lastIndex = this.log.lastIndex()
    const lastTerm = this.log.lastTerm()
    const context = kind === 'transfer' ? CAMPAIGN_TRANSFER_CONTEXT : EMPTY_BYTES
    for (const id of this.tracker.voters) {
      if (id === this.id) continue
      this.send({ type: voteType, to: id, term, index: lastIndex, logTerm: lastTerm, context })
    }
  }

  private poll (id: NodeId, granted: boolean): VoteResult {
    this.tracker.recordVote(id, granted)
    return this.tracker.tallyVotes().result
  }

  // ---- roles: candidate and follower ----------------------------------------------------------

  private stepCandidate (m: Message): boolean {
    const myVoteResp = this.role === StateRole.PreCandidate ? MessageType.PreVoteResp : MessageType.VoteResp
    switch (m.type) {
      case MessageType.Prop:
        return false // no leader to take it
      case MessageType.App:
        this.becomeFollower(m.term, m.from) // a leader of our term exists
        this.handleAppendEntries(m)
        return true
      case MessageType.Heartbeat:
        this.becomeFollower(m.term, m.from)
        this.handleHeartbeat(m)
        return true
      case MessageType.Snap:
        this.becomeFollower(m.term, m.from)
        this.handleSnapshot(m)
        return true
      case myVoteResp: {
        const result = this.poll(m.from, !m.reject)
        if (result === VoteResult.Won) {
          if (this.role === StateRole.PreCandidate) {
            this.campaign('election')
          } else {
            this.becomeLeader()
            this.broadcastAppend()
          }
        } else if (result === VoteResult.Lost) {
          // A pre-candidate's rejections may carry later terms: stay in our term as a follower.
          this.becomeFollower(this.term, NO_NODE)
        }
        return true
      }
      default:
        return true // TimeoutNow and the rest: a candidate ignores them
    }
  }

  private stepFollower (m: Message): boolean {
    switch (m.type) {
      case MessageType.Prop:
        if (this.lead === NO_NODE || this.config.disableProposalForwarding) return false
        this.send({ ...m, to: this.lead })
        return true
      case MessageType.App:
        this.electionElapsed = 0
        this.lead = m.from
        this.handleAppendEntries(m)
        return true
      case MessageType.Heartbeat:
        this.electionElapsed = 0
        this.lead = m.from
        this.handleHeartbeat(m)
        return true
      case MessageType.Snap:
        this.electionElapsed = 0
        this.lead = m.from
        this.handleSnapshot(m)
        return true
      case MessageType.TransferLeader:
        if (this.lead === NO_NODE) return true
        this.send({ ...m, to: this.lead })
        return true
      case MessageType.TimeoutNow:
        // The leader asked us to take over: no pre-vote, we know the cluster is healthy.
        this.hup('transfer')
        return true
      default:
        return true
    }
  }

  private handleAppendEntries (m: Message): void {
    if (m.index < this.log.committed) {
      // Already committed here: tell the leader where we are.
      this.send({ type: MessageType.AppResp, to: m.from, index: this.log.committed })
      return
    }
    const lastNewIndex = this.log.maybeAppend(m.index, m.logTerm, m.commit, m.entries)
    if (lastNewIndex !== null) {
      this.send({ type: MessageType.AppResp, to: m.from, index: lastNewIndex })
      return
    }
    // Reject, with a hint where our log may match: the leader can then skip a whole divergent
    // term per round trip instead of one entry.
    const hint = this.log.findConflictByTerm(Math.min(m.index, this.log.lastIndex()), m.logTerm)
    this.send({ type: MessageType.AppResp, to: m.from, index: m.index, reject: true, rejectHint: hint.index, logTerm: hint.term })
  }

  private handleHeartbeat (m: Message): void {
    // The leader sends min(our match, its commit), so this never runs past our log.
    this.log.commitTo(m.commit)
    this.send({ type: MessageType.HeartbeatResp, to: m.from })
  }

  private handleSnapshot (m: Message): void {
    assert(m.snapshot !== null, 'a Snap message carries a snapshot')
    if (this.restore(m.snapshot)) {
      this.send({ type: MessageType.AppResp, to: m.from, index: this.log.lastIndex() })
    } else {
      this.send({ type: MessageType.AppResp, to: m.from, index: this.log.committed })
    }
  }

  /** Installs a leader's snapshot; false when it brings nothing new. */
  private restore (snapshot: Snapshot): boolean {
    const { index, term, confState } = snapshot.metadata
    if (index <= this.log.committed) return false
    assert(this.role === StateRole.Follower, 'only a follower restores a snapshot')
    if (this.log.matchTerm(index, term)) {
      // We hold the snapshot's last entry: just learn that it is committed.
      this.log.commitTo(index)
      return false
    }
    this.log.restore(snapshot)
    // Progress from before the snapshot means nothing after it.
    this.tracker.progress.clear()
    // A node being added may get a snapshot taken before its addition (its membership then
    // comes with the entries after the snapshot): only a leader's progress lists it already.
    this.switchToConfig(confState)
    const self = this.tracker.progress.get(this.id)
    if (self !== undefined) self.maybeUpdate(self.next - 1)
    return true
  }

  // ---- role: leader ---------------------------------------------------------------------------

  private stepLeader (m: Message): boolean {
    switch (m.type) {
      case MessageType.Beat:
        this.broadcastHeartbeat()
        return true
      case MessageType.CheckQuorum:
        this.checkQuorum()
        return true
      case MessageType.Prop:
        return this.handleProposal(m)
      default:
        break
    }
    const pr = this.tracker.progress.get(m.from)
    if (pr === undefined) return true // not a member (any more)
    switch (m.type) {
      case MessageType.AppResp:
        pr.recentActive = true
        if (m.reject) this.handleAppendRejected(m.from, m)
        else this.handleAppendAcked(m.from, m)
        return true
      case MessageType.HeartbeatResp:
        pr.recentActive = true
        // Unpause: if every append in flight was lost, the next one (possibly empty) recovers.
        pr.msgAppFlowPaused = false
        if (pr.match < this.log.lastIndex() || pr.state === ProgressState.Probe) this.sendAppend(m.from)
        return true
      case MessageType.SnapStatus:
        if (pr.state !== ProgressState.Snapshot) return true
        if (m.reject) pr.pendingSnapshot = 0 // failed: probe from scratch after the pause
        pr.becomeProbe()
        // Wait for the follower's answer (or a heartbeat interval after a failure) before the next append.
        pr.msgAppFlowPaused = true
        return true
      case MessageType.Unreachable:
        // Appends are probably lost: go back to one at a time.
        if (pr.state === ProgressState.Replicate) pr.becomeProbe()
        return true
      case MessageType.TransferLeader:
        this.handleTransferLeader(m.from)
        return true
      default:
        return true
    }
  }

  private checkQuorum (): void {
    if (!this.tracker.quorumActive()) this.becomeFollower(this.term, NO_NODE)
    // Everyone but us must be heard from again before the next check.
    for (const id of this.tracker.ids) {
      if (id !== this.id) this.tracker.progress.get(id)!.recentActive = false
    }
  }

  private handleProposal (m: Message): boolean {
    assert(m.entries.length > 0, 'a proposal carries entries')
    if (!this.tracker.progress.has(this.id)) return false // removed from the membership
    if (this.leadTransferee !== NO_NODE) return false // handing over: the next leader takes it
    let conf = this.tracker.confState()
    for (let i = 0; i < m.entries.length; i++) {
      const e = m.entries[i]!
      if (e.type !== EntryType.ConfChange) continue
      // One change at a time: the previous one must be applied before the next is appended.
      if (this.pendingConfIndex > this.log.applied) return false
      const next = applyConfChange(conf, decodeConfChange(e.data))
      if (isInvalid(next)) return false
      conf = next
      this.pendingConfIndex = this.log.lastIndex() + i + 1
    }
    if (!this.appendEntries(m.entries)) return false
    this.broadcastAppend()
    return true
  }

  private handleAppendRejected (from: NodeId, m: Message): void {
    const pr = this.tracker.progress.get(from)!
    // With the follower's (index, term) hint, jump to the last index where our logs may agree.
    let nextProbeIndex = m.rejectHint
    if (m.logTerm > 0) nextProbeIndex = this.log.findConflictByTerm(m.rejectHint, m.logTerm).index
    if (pr.maybeDecrTo(m.index, nextProbeIndex)) {
      if (pr.state === ProgressState.Replicate) pr.becomeProbe()
      this.sendAppend(from)
    }
  }

  private handleAppendAcked (from: NodeId, m: Message): void {
    const pr = this.tracker.progress.get(from)!
    const wasPaused = pr.isPaused()
    if (!pr.maybeUpdate(m.index) && !(pr.match === m.index && pr.state === ProgressState.Probe)) return
    if (pr.state === ProgressState.Probe) {
      pr.becomeReplicate()
    } else if (pr.state === ProgressState.Snapshot && pr.match + 1 >= this.log.firstIndex()) {
      // The follower caught up past our log start (the snapshot, or entries): replicate again.
      pr.becomeProbe()
      pr.becomeReplicate()
    } else if (pr.state === ProgressState.Replicate) {
      pr.inflights.freeLE(m.index)
    }
    if (this.maybeCommit()) {
      this.broadcastAppend()
    } else if (wasPaused) {
      this.sendAppend(from)
    }
    // Acks may have freed several inflight slots: fill them.
    while (this.maybeSendAppend(from, false)) { /* keep sending */ }
    if (from === this.leadTransferee && pr.match === this.log.lastIndex()) this.sendTimeoutNow(from)
  }

  private handleTransferLeader (transferee: NodeId): void {
    const pr = this.tracker.progress.get(transferee)!
    if (pr.isLearner) return // a learner cannot lead
    if (this.leadTransferee !== NO_NODE) {
      if (this.leadTransferee === transferee) return // already under way
      this.abortLeaderTransfer()
    }
    if (transferee === this.id) return // already leading
    // The transfer must finish within an election timeout (tickHeartbeat aborts it after that).
    this.electionElapsed = 0
    this.leadTransferee = transferee
    if (pr.match === this.log.lastIndex()) this.sendTimeoutNow(transferee)
    else this.sendAppend(transferee)
  }

  private sendTimeoutNow (to: NodeId): void {
    this.send({ type: MessageType.TimeoutNow, to })
  }

  abortLeaderTransfer (): void {
    this.leadTransferee = NO_NODE
  }

  /** Appends data-only entries in our term; false when the uncommitted quota refuses them. */
  private appendEntries (entries: ReadonlyArray<{ readonly type: EntryType, readonly data: Uint8Array }>): boolean {
    const bytes = payloadBytes(entries)
    // An empty payload always fits, so a new leader's empty entry is never refused.
    if (this.uncommittedBytes > 0 && bytes > 0 && this.uncommittedBytes + bytes > this.config.maxUncommittedEntriesBytes) return false
    this.uncommittedBytes += bytes
    const lastIndex = this.log.lastIndex()
    const stamped: Entry[] = entries.map((e, i) => ({ term: this.term, index: lastIndex + 1 + i, type: e.type, data: e.data }))
    const newLast = this.log.append(stamped)
    // Our own ack: the entries are persisted before any append carrying them is sent, so by the
    // time a follower's ack can complete a quorum, ours is durable too.
    this.tracker.progress.get(this.id)!.maybeUpdate(newLast)
    this.maybeCommit()
    return true
  }

  /** The applied entries are no longer uncommitted. */
  reduceUncommittedBytes (applied: readonly Entry[]): void {
    if (this.uncommittedBytes === 0) return // a follower, or nothing outstanding
    this.uncommittedBytes = Math.max(0, this.uncommittedBytes - payloadBytes(applied))
  }

  maybeCommit (): boolean {
    const index = this.tracker.committed()
    // Only an entry of our own term is committed by counting replicas (Raft §5.4.2, figure 8).
    return this.log.maybeCommit(index, this.term, this.config.bugs.commitOldTermByCount)
  }

  // ---- sending ----------------------------------------------------------------------------------

  send (fields: MessageFields): void {
    const isVoteLike = fields.type === MessageType.Vote || fields.type === MessageType.VoteResp ||
      fields.type === MessageType.PreVote || fields.type === MessageType.PreVoteResp
    let term = fields.term ?? 0
    if (isVoteLike) {
      assert(term !== 0, 'a (pre-)vote message carries its term explicitly')
    } else if (fields.type !== MessageType.Prop) {
      // Proposals travel without a term: they are not bound to one, any leader may take them.
      term = this.term
    }
    this.msgs.push(message({ ...fields, from: fields.from !== undefined && fields.from !== NO_NODE ? fields.from : this.id, term }))
  }

  sendAppend (to: NodeId): void {
    this.maybeSendAppend(to, true)
  }

  /**
   * Sends the entries `to` lacks (or an empty append when `sendIfEmpty`), or a snapshot when they
   * are compacted away. False when nothing was sent.
   */
  private maybeSendAppend (to: NodeId, sendIfEmpty: boolean): boolean {
    const pr = this.tracker.progress.get(to)!
    if (pr.isPaused()) return false
    const prevIndex = pr.next - 1
    const prevTerm = this.log.term(prevIndex)
    let entries: readonly Entry[] | 'compacted' | 'unavailable' = []
    // With full inflights, only an empty append goes out: it cannot add to the backlog, but its
    // answer frees the inflights if all the appends before it were lost.
    if (pr.state !== ProgressState.Replicate || !pr.inflights.full()) {
      entries = this.log.entriesFrom(pr.next, this.config.maxSizePerMsg)
    }
    if (typeof prevTerm !== 'number' || typeof entries === 'string') return this.maybeSendSnapshot(to)
    if (entries.length === 0 && !sendIfEmpty) return false
    this.send({ type: MessageType.App, to, index: prevIndex, logTerm: prevTerm, entries, commit: this.log.committed })
    pr.sentEntries(entries.length, entriesSizeBytes(entries))
    return true
  }

  private maybeSendSnapshot (to: NodeId): boolean {
    const pr = this.tracker.progress.get(to)!
    // A follower we have not heard from lately may be down: a snapshot is too costly to waste.
    if (!pr.recentActive) return false
    const snapshot = this.log.snapshot()
    assert(snapshot.metadata.index > 0, 'entries are compacted only behind a snapshot')
    pr.becomeSnapshot(snapshot.metadata.index)
    this.send({ type: MessageType.Snap, to, snapshot })
    return true
  }

  broadcastAppend (): void {
    for (const id of this.tracker.ids) if (id !== this.id) this.sendAppend(id)
  }

  private broadcastHeartbeat (): void {
    for (const id of this.tracker.ids) {
      if (id === this.id) continue
      // Never past the follower's match: it may not hold the entries up to our commit.
      const commit = Math.min(this.tracker.progress.get(id)!.match, this.log.committed)
      this.send({ type: MessageType.Heartbeat, to: id, commit })
    }
  }

  // ---- membership -------------------------------------------------------------------------------

  /** Applies a committed conf change (called as the application applies its entry). */
  applyConfChange (change: ConfChange): ConfState {
    const next = applyConfChange(this.tracker.confState(), change)
    if (!isInvalid(next)) this.switchToConfig(next)
    return this.tracker.confState()
  }

  private switchToConfig (conf: ConfState): void {
    this.tracker.setConfState(conf, this.log.lastIndex())
    const self = this.tracker.progress.get(this.id)
    this.isLearner = self !== undefined && self.isLearner
    if ((self === undefined || this.isLearner) && this.role === StateRole.Leader) {
      // Removed (or demoted): stop leading; the remaining voters elect a leader among themselves.
      this.becomeFollower(this.term, NO_NODE)
      return
    }
    if (this.role !== StateRole.Leader || this.tracker.voters.length === 0) return
    // The quorum changed: the commit index may move, and new members need their first append.
    if (this.maybeCommit()) {
      this.broadcastAppend()
    } else {
      for (const id of this.tracker.ids) if (id !== this.id) this.maybeSendAppend(id, false)
    }
    if (this.leadTransferee !== NO_NODE && !this.tracker.isVoter(this.leadTransferee)) this.abortLeaderTransfer()
  }
}
