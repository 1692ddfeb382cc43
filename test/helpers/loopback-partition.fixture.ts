// Run by loopback-partition.test.ts as a process of its own, never by `npm test` (the name does not
// end in .test.ts): it cuts one link, prints "cut", then ends as FIXTURE_END says, so the outer test
// can check that the rules went with it.
//   FIXTURE_END=exit   process.exit(0) at once (the exit handler removes them)
//   FIXTURE_END=wait   waits for a signal (SIGTERM, SIGINT: the signal handlers remove them)
import { LoopbackPartition } from './loopback-partition.ts'

const partition = new LoopbackPartition(new Map([['127.0.0.2', [1]], ['127.0.0.3', [2]]]))
partition.cut('127.0.0.2', '127.0.0.3')
process.stdout.write('cut\n')
if (process.env.FIXTURE_END === 'exit') process.exit(0)
setInterval(() => {}, 60_000)
