// Deliberate bugs of a node, for the checks of the chaos checker only (issue 14, "checks of the
// checks": each planted bug must make the chaos harness report a violation). Switched on by the
// environment variable RIVULET_TEST_BUG of the node's process (a comma-separated list of the names
// below), which the `rivulet` command reads once at start (src/cli/rivulet.ts) and hands down through
// construction as plain booleans: no part of the node reads the environment for them, and with the
// variable unset every switch is off. An unknown name stops the start with one line; each switch
// that is on is logged at warn once, so a node that breaks a guarantee on purpose says so in its log.
// The switches, and where they act:
// - ack-before-replicate: an acks=all produce is answered at the leader's append, as acks=1 (no
//   min.insync.replicas check, no wait for the ISR: src/broker/handlers/00-produce.ts).
// - unclean-election: the controller elects a live replica outside the ISR whenever one may lead,
//   whatever unclean.leader.election.enable says, and a broker that is unfenced takes the leadership of
//   the partitions it replicates outside their ISR (src/controller/quorum-controller/broker-control.ts,
//   leader-election.ts).
import type { Logger } from 'pino'

export const TEST_BUG_ENV = 'RIVULET_TEST_BUG'

export const TEST_BUG_NAMES = ['ack-before-replicate', 'unclean-election'] as const
export type TestBugName = typeof TEST_BUG_NAMES[number]

export interface TestBugs {
  /** ack-before-replicate */
  readonly ackBeforeReplicate: boolean
  /** unclean-election */
  readonly uncleanElection: boolean
}

/** Every switch off: what every node runs with unless RIVULET_TEST_BUG says otherwise. */
export const NO_TEST_BUGS: TestBugs = { ackBeforeReplicate: false, uncleanElection: false }

/** RIVULET_TEST_BUG names a switch that does not exist (a typo must not run a correct node unnoticed). */
export class TestBugError extends Error {
  constructor (message: string) {
    super(message)
    this.name = 'TestBugError'
  }
}

/** The switches named in RIVULET_TEST_BUG's value (undefined or blank: none); throws TestBugError on an unknown name. */
export function parseTestBugs (value: string | undefined): TestBugs {
  if (value === undefined || value.trim() === '') return NO_TEST_BUGS
  const on = new Set<TestBugName>()
  for (const raw of value.split(',')) {
    const name = raw.trim()
    if (name === '') continue
    if (!(TEST_BUG_NAMES as readonly string[]).includes(name)) {
      throw new TestBugError(`${TEST_BUG_ENV}: unknown test bug '${name}' (known: ${TEST_BUG_NAMES.join(', ')})`)
    }
    on.add(name as TestBugName)
  }
  return { ackBeforeReplicate: on.has('ack-before-replicate'), uncleanElection: on.has('unclean-election') }
}

/** The names of the switches that are on, in TEST_BUG_NAMES order. */
export function activeTestBugs (bugs: TestBugs): TestBugName[] {
  const active: TestBugName[] = []
  if (bugs.ackBeforeReplicate) active.push('ack-before-replicate')
  if (bugs.uncleanElection) active.push('unclean-election')
  return active
}

/** One warn line per switch that is on (at start). */
export function logTestBugs (bugs: TestBugs, logger: Logger): void {
  for (const name of activeTestBugs(bugs)) {
    logger.warn({ testBug: name }, `${TEST_BUG_ENV}=${name} is on: this node breaks a guarantee on purpose (tests only)`)
  }
}
