// Runs a real Rivulet process (`node --import tsx src/cli/rivulet.ts`) on an ephemeral port, for
// tests whose point is a real process: signals, crashes, clients in other processes. The process and
// its data dir die with the test that started it (child-processes.ts), even if the test never gets
// to stop() and cleanup().
import type { ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { spawnChild, tempDir } from './child-processes.ts'

export interface BrokerProcess {
  readonly child: ChildProcess
  readonly port: number
  /** The admin HTTP API's port. */
  readonly adminPort: number
  readonly dataDir: string
  readonly logLines: string[]
  /** Resolves with the exit code (or the signal name) once the process has exited. */
  readonly exited: Promise<number | string>
  stop (signal?: NodeJS.Signals): Promise<number | string>
  cleanup (): void
}

/**
 * Starts a broker process. `fileDescriptorsMax` runs it under `ulimit -n` (soft and hard), through
 * bash, for tests of what the node does with few descriptors.
 */
export async function startBrokerProcess (extraArgs: string[] = [], startTimeoutMs = 20_000, existingDataDir?: string, fileDescriptorsMax?: number): Promise<BrokerProcess> {
  const dataDir = existingDataDir ?? tempDir('rivulet-proc-')
  const nodeArgs = ['--import', 'tsx', 'src/cli/rivulet.ts', '--listeners=PLAINTEXT://127.0.0.1:0', '--rivulet.admin.listener=http://127.0.0.1:0', `--log.dirs=${dataDir}`, ...extraArgs]
  const [command, args] = fileDescriptorsMax === undefined
    ? [process.execPath, nodeArgs]
    : ['bash', ['-c', `ulimit -n ${fileDescriptorsMax} && exec "$@"`, 'bash', process.execPath, ...nodeArgs]]
  const { child, closed } = spawnChild(command, args, {
    env: { ...process.env, RIVULET_LOG_LEVEL: 'info' }
  })
  const logLines: string[] = []
  const exited = closed.then((exit) => exit.code ?? exit.signal ?? -1)
  let adminPort = -1
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`broker did not start within ${startTimeoutMs} ms:\n${logLines.join('\n')}`)), startTimeoutMs)
    createInterface({ input: child.stdout! }).on('line', (line) => {
      logLines.push(line)
      try {
        const entry = JSON.parse(line) as { msg?: string, port?: number, adminPort?: number }
        if (entry.msg === 'rivulet started' && typeof entry.port === 'number') {
          clearTimeout(timer)
          adminPort = entry.adminPort ?? -1
          resolve(entry.port)
        }
      } catch { logLines.push(`(not JSON) ${line}`) }
    })
    createInterface({ input: child.stderr! }).on('line', (line) => logLines.push(`stderr: ${line}`))
    exited.then((code) => { clearTimeout(timer); reject(new Error(`broker exited with ${code} before starting:\n${logLines.join('\n')}`)) }, (err: Error) => { clearTimeout(timer); reject(err) })
  })
  return {
    child,
    port,
    adminPort,
    dataDir,
    logLines,
    exited,
    async stop (signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return await exited
    },
    cleanup () {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}
