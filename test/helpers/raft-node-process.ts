// One RaftNode as its own process, for tests that SIGKILL it. Driven by lines on stdin, answering
// with JSON lines on stdout:
//   propose <value>   -> {"ack":"<value>","index":n} once committed and applied here,
//                        or {"nack":"<value>","code":"RIVULET_ERR_...","leader":id}
//   values            -> {"values":[...]}: every value applied here, in log order
//   status            -> {"status":{role, term, leader, commit, appliedIndex, ...}}
// First line: {"started":id}. Usage (argument: one JSON object):
//   node --import tsx test/helpers/raft-node-process.ts '{"id":1,"dataDir":"...","tickMs":20,
//     "voters":[[1,"127.0.0.1",port],...]}'
import { createInterface } from 'node:readline'
import { RaftNode, RaftProposalError } from '../../src/controller/raft/raft-node.ts'
import type { NodeId } from '../../src/controller/raft/core/types.ts'
import type { PeerAddress } from '../../src/controller/raft/transport/tcp-transport.ts'
import { pino } from 'pino'
import { ListStateMachine } from './raft-cluster.ts'

interface Args {
  readonly id: NodeId
  readonly dataDir: string
  readonly tickMs: number
  readonly voters: ReadonlyArray<readonly [NodeId, string, number]>
}

const args = JSON.parse(process.argv[2]!) as Args
const voters = new Map<NodeId, PeerAddress>(args.voters.map(([id, host, port]) => [id, { host, port }]))
const machine = new ListStateMachine()
const encoder = new TextEncoder()

function say (line: unknown): void {
  process.stdout.write(`${JSON.stringify(line)}\n`)
}

const node = await RaftNode.start({
  nodeId: args.id,
  clusterId: 'raft-process-test',
  voters,
  dataDir: args.dataDir,
  stateMachine: machine,
  // Logs go to stderr: stdout carries the answers.
  logger: pino({ level: process.env.RIVULET_LOG_LEVEL ?? 'warn' }, pino.destination(2)),
  tickMs: args.tickMs,
  electionTicks: 10,
  heartbeatTicks: 2,
  onFatal: () => process.exit(70)
})
say({ started: args.id })

createInterface({ input: process.stdin }).on('line', (line) => {
  const space = line.indexOf(' ')
  const command = space === -1 ? line : line.slice(0, space)
  const value = space === -1 ? '' : line.slice(space + 1)
  if (command === 'propose') {
    node.propose(encoder.encode(value)).then(
      (index) => say({ ack: value, index }),
      (err: RaftProposalError) => say({ nack: value, code: err.code, leader: err.leaderId })
    )
  } else if (command === 'values') {
    say({ values: machine.values })
  } else if (command === 'status') {
    say({ status: node.status() })
  }
}).on('close', () => { void node.close().then(() => process.exit(0)) })
