// The leader's (and a candidate's) view of the membership: voters, learners, one Progress per
// member, and the votes of the current election. Ids are kept sorted so every visit is in the same
// order on every run.
import { assert } from '../../../util/assert.ts'
import { Progress } from './progress.ts'
import { majorityCommittedIndex, quorumActive, tallyVotes, type VoteTally } from './quorum.ts'
import type { ConfState, NodeId } from './types.ts'

export class ProgressTracker {
  voters: NodeId[] = []
  learners: NodeId[] = []
  /** Voters then learners, ascending within each. */
  ids: NodeId[] = []
  readonly progress = new Map<NodeId, Progress>()
  readonly votes = new Map<NodeId, boolean>()
  readonly maxInflightMsgs: number
  readonly maxInflightBytes: number

  constructor (maxInflightMsgs: number, maxInflightBytes: number) {
    this.maxInflightMsgs = maxInflightMsgs
    this.maxInflightBytes = maxInflightBytes
  }

  confState (): ConfState {
    return { voters: this.voters.slice(), learners: this.learners.slice(), votersOutgoing: [] }
  }

  /**
   * Switches to `conf`. Members that stay keep their progress; new members start probing at
   * `lastIndex` and count as recently active, so check-quorum does not trip before they answer.
   */
  setConfState (conf: ConfState, lastIndex: number): void {
    assert(conf.votersOutgoing.length === 0, 'joint configurations are not supported')
    for (const id of conf.learners) assert(!conf.voters.includes(id), `node ${id} is both voter and learner`)
    this.voters = conf.voters.slice().sort((a, b) => a - b)
    this.learners = conf.learners.slice().sort((a, b) => a - b)
    this.ids = [...this.voters, ...this.learners]
    for (const id of [...this.progress.keys()]) {
      if (!this.ids.includes(id)) this.progress.delete(id)
    }
    for (const id of this.ids) {
      const isLearner = this.learners.includes(id)
      const existing = this.progress.get(id)
      if (existing !== undefined) {
        existing.isLearner = isLearner
        continue
      }
      this.progress.set(id, new Progress({
        match: 0,
        next: Math.max(lastIndex, 1),
        maxInflightMsgs: this.maxInflightMsgs,
        maxInflightBytes: this.maxInflightBytes,
        isLearner,
        recentActive: true
      }))
    }
  }

  isVoter (id: NodeId): boolean {
    return this.voters.includes(id)
  }

  /** The index replicated on a majority of voters. */
  committed (): number {
    return majorityCommittedIndex(this.voters, (id) => this.progress.get(id)!.match)
  }

  quorumActive (): boolean {
    return quorumActive(this.voters, (id) => this.progress.get(id)!.recentActive)
  }

  /** Records a vote; a voter's first answer in an election is the one that counts. */
  recordVote (id: NodeId, granted: boolean): void {
    if (!this.votes.has(id)) this.votes.set(id, granted)
  }

  tallyVotes (): VoteTally {
    return tallyVotes(this.voters, this.votes)
  }

  resetVotes (): void {
    this.votes.clear()
  }
}
