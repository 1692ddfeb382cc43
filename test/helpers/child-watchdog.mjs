// Kills the process groups a test process started, once that test process is gone however it died
// (SIGKILL included, which no handler of its own sees). Started by child-processes.ts in its own
// session; reads lines on stdin: "+<pgid>" when a group starts, "-<pgid>" when it has exited. The end
// of stdin means the test process is gone (the kernel closes its end of the pipe): every group still
// listed is SIGKILLed and the watchdog exits.
import { createInterface } from 'node:readline'

const groups = new Set()

createInterface({ input: process.stdin }).on('line', (line) => {
  const pgid = Number(line.slice(1))
  if (!Number.isSafeInteger(pgid) || pgid <= 1) {
    process.stderr.write(`child-watchdog: ignoring malformed line ${JSON.stringify(line)}\n`)
    return
  }
  if (line.startsWith('+')) groups.add(pgid)
  else groups.delete(pgid)
}).on('close', () => {
  for (const pgid of groups) {
    try {
      process.kill(-pgid, 'SIGKILL')
    } catch (err) {
      // ESRCH: the group ended by itself between its last line and now.
      if (err.code !== 'ESRCH') process.stderr.write(`child-watchdog: could not kill group ${pgid}: ${err.message}\n`)
    }
  }
  process.exit(0)
})
