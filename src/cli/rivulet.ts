// The `rivulet` command (`npm start`): loads the configuration (flags > RIVULET_* env > --config
// file > defaults), logs the effective configuration, runs the node, and stops cleanly on
// SIGTERM/SIGINT (stop accepting, answer what is in flight for at most rivulet.shutdown.timeout.ms,
// close the logs, exit 0; each step is logged). The handlers are in place before the start: a signal
// while the node still waits to run (e.g. for a quorum that cannot form) aborts the start, closes what
// it opened and exits 0. In a container the node may be PID 1, which the kernel does not stop
// on SIGTERM without a handler. A second signal exits at once: the logs are then recovered at the
// next start, as after a crash. RIVULET_TEST_BUG (tests of the chaos checker only)
// plants deliberate bugs: src/util/test-bugs.ts.
// Subcommands: `rivulet format --cluster-id ID ...` and `rivulet random-uuid` (src/cli/format.ts, as
// Kafka's kafka-storage; with RIVULET_CLUSTER_ID set the node formats its empty directories itself at start),
// `rivulet cluster --nodes 3` (src/cli/cluster.ts, `npm run cluster`).
import { loadConfig } from '../config/load-config.ts'
import { ConfigError } from '../config/config-def.ts'
import { startAnyNode, StartAbortedError } from '../node/node.ts'
import { MetadataLogRefusedError } from '../controller/metadata/metadata-log.ts'
import { StorageIdentityError } from '../node/meta-properties.ts'
import { createLogger } from '../util/logger.ts'
import { logTestBugs, parseTestBugs, TestBugError, TEST_BUG_ENV } from '../util/test-bugs.ts'
import { formatCommand, formatOnStart, randomUuidCommand, type CommandOutput } from './format.ts'
import { clusterCommand } from './cluster.ts'

const OUTPUT: CommandOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`)
}

async function main (): Promise<void> {
  const [command, ...rest] = process.argv.slice(2)
  if (command === 'format') process.exit(formatCommand(rest, process.env, OUTPUT))
  if (command === 'random-uuid') process.exit(randomUuidCommand(OUTPUT))
  if (command === 'cluster') process.exit(await clusterCommand(rest, process.env, OUTPUT))
  await startNodeCommand()
}

async function startNodeCommand (): Promise<void> {
  const logger = createLogger()
  let config
  let testBugs
  try {
    // Read once, here: the node gets the switches through its construction (src/util/test-bugs.ts).
    testBugs = parseTestBugs(process.env[TEST_BUG_ENV])
    config = loadConfig({ argv: process.argv.slice(2), env: process.env })
  } catch (err) {
    if (err instanceof ConfigError || err instanceof TestBugError) {
      process.stderr.write(`rivulet: ${err.message}\n`)
      process.exit(2)
    }
    throw err
  }
  const formatExit = formatOnStart(config, process.env, { out: (line) => logger.info(line), err: OUTPUT.err })
  if (formatExit !== null) process.exit(formatExit)
  logger.info({ config: Object.fromEntries(config.effective().map((e) => [e.name, e.value])) }, 'effective configuration')
  logTestBugs(testBugs, logger)
  let broker: Awaited<ReturnType<typeof startAnyNode>> | null = null
  let stopping = false
  let signalDuringStart: string | null = null
  const abort = new AbortController()
  const stop = (signal: string): void => {
    if (stopping) {
      logger.warn({ signal }, 'second signal during shutdown: exiting now; the logs will be recovered at the next start')
      process.exit(1)
    }
    stopping = true
    if (broker === null) {
      // Still starting: the start ends (StartAbortedError below) once what it opened is closed.
      logger.info({ signal }, 'signal during the start: aborting it')
      signalDuringStart = signal
      abort.abort()
      return
    }
    logger.info({ signal, shutdownTimeoutMs: config.int('rivulet.shutdown.timeout.ms') }, 'shutting down')
    broker.close().then(() => {
      logger.info('stopped')
      process.exit(0)
    }, (err: unknown) => {
      logger.error({ err }, 'RIVULET_ERR_SHUTDOWN: shutdown failed')
      process.exit(1)
    })
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
  try {
    broker = await startAnyNode({ loadedConfig: config, logger, testBugs, signal: abort.signal })
  } catch (err) {
    if (err instanceof StartAbortedError) {
      logger.info('start aborted: stopped')
      process.exit(0)
    }
    // Values that are only interpreted at start (listeners, log.dirs) are configuration errors too.
    if (err instanceof ConfigError) {
      process.stderr.write(`rivulet: ${err.message}\n`)
      process.exit(2)
    }
    // A damaged or foreign @metadata log, or a node not formatted for its cluster: one line, and the data left as it is for a human.
    if (err instanceof MetadataLogRefusedError || err instanceof StorageIdentityError) {
      process.stderr.write(`rivulet: ${err.message}\n`)
      process.exit(1)
    }
    throw err
  }
  logger.info({ host: broker.host, port: broker.port, adminPort: broker.adminPort, nodeId: config.int('node.id') }, 'rivulet started')
  if (signalDuringStart !== null) {
    // The signal came after the last point the start could be aborted (a controller-only node never
    // waits): stop the started node as any other.
    stopping = false
    stop(signalDuringStart)
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`rivulet: ${(err as Error).stack ?? String(err)}\n`)
  process.exit(1)
})
