// One @metadata quorum member (RaftMetadataLog and its MetadataPublisher) as its own process, for tests
// that SIGKILL it. Driven by lines on stdin, answering with JSON lines on stdout:
//   append <topic>  -> {"ack":"<topic>","offset":n} once committed and published here,
//                      or {"nack":"<topic>","error":"NotMetadataLeaderError","leader":id|null}
//   state           -> {"state":{leaderId, epoch, isLeader, applied, digest, topics}}
// First line: {"started":id}. Usage (argument: one JSON object):
//   node --import tsx test/helpers/metadata-log-process.ts '{"id":1,"dir":"...","voters":[[1,"127.0.0.1",port],...]}'
import { createHash } from 'node:crypto'
import { createInterface } from 'node:readline'
import { pino } from 'pino'
import { NotMetadataLeaderError, RaftMetadataLog } from '../../src/controller/metadata/metadata-log.ts'
import { MetadataPublisher } from '../../src/controller/metadata/metadata-publisher.ts'
import { imageToRecords } from '../../src/controller/metadata/image-records.ts'
import { encodeMetadataRecords, record } from '../../src/controller/metadata/metadata-record.ts'
import { MetadataRecordType as T } from '../../src/protocol/generated/metadata-records/index.ts'
import type { PeerAddress } from '../../src/controller/raft/transport/tcp-transport.ts'

interface Args {
  readonly id: number
  readonly dir: string
  readonly voters: ReadonlyArray<readonly [number, string, number]>
}

const args = JSON.parse(process.argv[2]!) as Args
const voters = new Map<number, PeerAddress>(args.voters.map(([id, host, port]) => [id, { host, port }]))

function say (line: unknown): void {
  process.stdout.write(`${JSON.stringify(line)}\n`)
}

const log = await RaftMetadataLog.open({
  parentDir: args.dir,
  nodeId: args.id,
  // Logs go to stderr: stdout carries the answers.
  logger: pino({ level: process.env.RIVULET_LOG_LEVEL ?? 'warn' }, pino.destination(2)),
  quorum: { clusterId: 'metadata-process-test', voters, listen: voters.get(args.id)!, tickMs: 20, electionTicks: 10, heartbeatTicks: 2 }
})
const publisher = MetadataPublisher.open(log, 1 << 30)
say({ started: args.id })

createInterface({ input: process.stdin }).on('line', (line) => {
  const space = line.indexOf(' ')
  const command = space === -1 ? line : line.slice(0, space)
  const name = space === -1 ? '' : line.slice(space + 1)
  if (command === 'append') {
    const topicId = createHash('sha256').update(name).digest().subarray(0, 16).toString('base64url')
    log.append([record(T.Topic, { name, topicId })]).then(
      async (offset) => { await publisher.appliedTo(offset); say({ ack: name, offset }) },
      (err: Error) => say({ nack: name, error: err.name, leader: err instanceof NotMetadataLeaderError ? err.leaderId : null })
    )
  } else if (command === 'state') {
    const image = publisher.image()
    say({
      state: {
        ...log.leader(),
        isLeader: log.isLeader(),
        applied: publisher.appliedOffset(),
        digest: createHash('sha256').update(encodeMetadataRecords(imageToRecords(image))).digest('hex'),
        topics: [...image.topicIdsByName.keys()].sort()
      }
    })
  }
}).on('close', () => { void publisher.close().then(async () => await log.close()).then(() => process.exit(0)) })
