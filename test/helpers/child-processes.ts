// Every process a test starts is started here, so that it dies with the test. Each child leads its
// own session and process group (what it starts in turn, such as tsx's esbuild service or the node
// that `bash -c 'ulimit ...; exec node'` becomes, goes with it) and the whole group is SIGKILLed:
//   - when the test that started it ends, passed, failed or timed out (node:test's afterEach);
//     children started outside a test (a `before` hook) when the file's tests end (after);
//   - when this process exits, or is told to stop (SIGINT, SIGTERM, SIGHUP);
//   - when this process's parent (the test runner) is gone: this process then stops too;
//   - when this process dies in a way no handler of its own sees (SIGKILL): a watchdog process in
//     its own session (child-watchdog.mjs) holds a pipe from us and kills the groups at its end.
// Linux's PR_SET_PDEATHSIG would do the last two, but Node does not expose prctl.
// A child that cannot be started (ENOENT: the program is not installed) rejects `closed` at once, so
// the test fails with a line naming it instead of waiting for an 'exit' that never comes.
// Temp dirs made with tempDir() are removed at the same moments, after their owner's processes died.
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, afterEach, beforeEach } from 'node:test'
import { onProcessEnd } from './process-end.ts'

export interface ChildExit {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
}

export interface TestChild {
  readonly child: ChildProcess
  /** Settles once the process has exited and its output is read; rejects at once if it could not start. */
  readonly closed: Promise<ChildExit>
}

export interface SpawnChildOptions {
  /** Default: stdin ignored, stdout and stderr piped. */
  readonly stdio?: StdioOptions
  /** Default: this process's environment. */
  readonly env?: NodeJS.ProcessEnv
  /**
   * The child belongs to the test file, not to the running test: it dies when the file's tests end. For
   * a process that tests share (a cluster started in `before` whose node one test restarts and the next
   * one uses).
   */
  readonly ownedByFile?: boolean
}

export interface ChildResult extends ChildExit {
  readonly stdout: string
  readonly stderr: string
}

export interface RunChildOptions {
  readonly input?: string
  /** The process group is SIGKILLed after this long; the result then has signal 'SIGKILL'. */
  readonly timeoutMs?: number
  readonly env?: NodeJS.ProcessEnv
}

/** Who a child or temp dir belongs to: the test that was running when it was made, or the file. */
type Owner = object | null

interface Resource {
  readonly owner: Owner
  readonly child: ChildProcess | null
  readonly dir: string | null
}

const RUN_TIMEOUT_MS_DEFAULT = 60_000
const PARENT_CHECK_INTERVAL_MS = 1000
const WATCHDOG_PATH = new URL('./child-watchdog.mjs', import.meta.url).pathname

const resources = new Set<Resource>()
/** The tests now running, innermost last (subtests run inside their parent). */
const runningTests: object[] = []
let watchdog: ChildProcess | null = null
let exitHooksInstalled = false

export function spawnChild (command: string, args: readonly string[], options: SpawnChildOptions = {}): TestChild {
  installExitHooks()
  const child = spawn(command, args, {
    stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'],
    env: childEnv(options.env ?? process.env),
    // A new session and process group, led by the child: kill(-pid) reaches everything it starts.
    detached: true
  })
  const resource: Resource = { owner: options.ownedByFile === true ? null : currentOwner(), child, dir: null }
  const closed = new Promise<ChildExit>((resolve, reject) => {
    // Not started (no pid: never registered), or a later failure of a running child, which stays
    // registered until its exit.
    child.on('error', (err: NodeJS.ErrnoException) => {
      reject(new Error(`${command}: ${err.code === 'ENOENT' ? 'not installed (ENOENT); `npm test` installs or names what is missing' : err.message}`))
    })
    child.on('close', (code, signal) => resolve({ code, signal }))
  })
  if (child.pid !== undefined) {
    resources.add(resource)
    tellWatchdog(`+${child.pid}`)
    child.on('exit', () => {
      resources.delete(resource)
      tellWatchdog(`-${child.pid!}`)
    })
  }
  return { child, closed }
}

/** Runs a program to its end, asynchronously (a broker may share this event loop), and collects its output. */
export async function runChild (command: string, args: readonly string[], options: RunChildOptions = {}): Promise<ChildResult> {
  const { child, closed } = spawnChild(command, args, { stdio: ['pipe', 'pipe', 'pipe'], env: options.env })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (d: Buffer) => { stdout += d.toString() })
  child.stderr!.on('data', (d: Buffer) => { stderr += d.toString() })
  // EPIPE when the program exits without reading all its input: its exit code tells the rest.
  child.stdin!.on('error', (err) => { stderr += `(stdin: ${err.message})\n` })
  child.stdin!.end(options.input ?? '')
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), options.timeoutMs ?? RUN_TIMEOUT_MS_DEFAULT)
  try {
    const exit = await closed
    return { ...exit, stdout, stderr }
  } finally {
    clearTimeout(timer)
  }
}

/** A new temp dir, removed with its owner's processes (at the end of the test, the file or this process). */
export function tempDir (prefix: string): string {
  installExitHooks()
  const dir = mkdtempSync(join(tmpdir(), prefix))
  resources.add({ owner: currentOwner(), child: null, dir })
  return dir
}

/** Sends `signal` to the child's whole process group; a group already gone is not an error. */
export function killGroup (child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, signal)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err
  }
}

/** Kills the processes of `owner` (every owner when undefined), waits for them to exit, then removes its dirs. */
async function release (owner?: Owner): Promise<void> {
  const mine = [...resources].filter((r) => owner === undefined || r.owner === owner)
  const exits: Array<Promise<unknown>> = []
  for (const r of mine) {
    if (r.child === null) continue
    exits.push(new Promise((resolve) => { if (r.child!.exitCode !== null || r.child!.signalCode !== null) resolve(null); else r.child!.once('exit', resolve) }))
    killGroup(r.child, 'SIGKILL')
  }
  await Promise.all(exits)
  for (const r of mine) {
    resources.delete(r)
    if (r.dir !== null) rmSync(r.dir, { recursive: true, force: true, maxRetries: 3 })
  }
}

/** For exit and signal handlers, which cannot wait: SIGKILL every group and remove every dir. */
function releaseAllNow (): void {
  for (const r of resources) if (r.child !== null) killGroup(r.child, 'SIGKILL')
  for (const r of resources) {
    if (r.dir === null) continue
    try {
      rmSync(r.dir, { recursive: true, force: true, maxRetries: 3 })
    } catch (err) {
      // An exit handler that throws would hide why the process is exiting: say it and go on.
      process.stderr.write(`child-processes: could not remove ${r.dir}: ${(err as Error).message}\n`)
    }
  }
  resources.clear()
}

function currentOwner (): Owner {
  return runningTests.at(-1) ?? null
}

/** Children are not test files: node:test's marker would make a child that imports node:test report to us. */
function childEnv (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_TEST_CONTEXT: _, ...rest } = env
  return rest
}

function tellWatchdog (line: string): void {
  if (watchdog === null) {
    watchdog = spawn(process.execPath, [WATCHDOG_PATH], { stdio: ['pipe', 'ignore', 'inherit'], detached: true })
    watchdog.on('error', (err) => process.stderr.write(`child-processes: the watchdog did not start: ${err.message}\n`))
    watchdog.stdin!.on('error', (err) => process.stderr.write(`child-processes: the watchdog is gone: ${err.message}\n`))
    // Neither the watchdog nor its pipe keeps this process alive.
    watchdog.unref()
    ;(watchdog.stdin as unknown as { unref: () => void }).unref()
  }
  watchdog.stdin!.write(`${line}\n`)
}

function installExitHooks (): void {
  if (exitHooksInstalled) return
  exitHooksInstalled = true
  onProcessEnd(releaseAllNow)
  const parentPid = process.ppid
  setInterval(() => {
    if (process.ppid === parentPid) return
    process.stderr.write(`child-processes: parent ${parentPid} is gone; stopping this test process and its children\n`)
    process.exit(1)
  }, PARENT_CHECK_INTERVAL_MS).unref()
}

// Test-end hooks only inside node:test's runner (NODE_TEST_CONTEXT is set for test files), so that a
// benchmark importing a helper does not become a test file. Hooks get the test's context: a stack of
// them tells which test is running (tests of a file run one at a time; a subtest runs inside its parent).
if (process.env.NODE_TEST_CONTEXT !== undefined) {
  beforeEach((t: object) => { runningTests.push(t) })
  afterEach(async (t: object) => {
    runningTests.splice(runningTests.lastIndexOf(t), 1)
    await release(t)
  })
  after(async () => { await release() })
}
