// Network partitions between loopback addresses, with iptables: the nodes of a ProcessCluster each
// bind their own 127.0.0.N (listening and connecting), so dropping the packets between two of those
// addresses cuts the link between two nodes while each stays up and reachable from the test.
//
// Why OUTPUT: on loopback a packet goes through OUTPUT on its way out and INPUT on its way back in, so
// either chain sees it (checked: a DROP in either stops a connection from 127.0.0.1 to 127.0.0.2).
// OUTPUT is where the packet is made, so a rule there never depends on how lo delivers it.
//
// What a rule touches, and nothing more:
//   - only 127.0.0.x addresses (asserted: a test must never cut a real interface);
//   - only TCP to or from the listening ports the caller names for each address (the cluster's own
//     ports): tests running side by side use the same 127.0.0.1-3 with other ports, and their
//     clusters must not be cut. A link a<->b is four rules: a to b's ports, a's replies from its ports
//     to b, and the same from b. (The test's own requests must come from an address that is no node's:
//     ProcessCluster's clientHost.)
//   - every rule carries the comment `rivulet-test-<pid>-<n>`: cleanup lists OUTPUT and deletes the
//     rules with this process's tag, so it deletes exactly what this process made, whatever state it
//     is in. Cleanup runs on heal(), in the file's `after`, and on exit/SIGINT/SIGTERM/SIGHUP
//     (synchronously: an exit handler cannot wait). A test process killed with SIGKILL leaves its rules:
//     `iptables -S OUTPUT | grep rivulet-test-` shows them (the pid says whose).
import { execFileSync } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { after } from 'node:test'
import { assert } from '../../src/util/assert.ts'
import { onProcessEnd } from './process-end.ts'

const IPTABLES_PATHS = ['/usr/sbin/iptables', '/sbin/iptables', '/usr/bin/iptables']
const CHAIN = 'OUTPUT'
/** Seconds iptables waits for the xtables lock (other test processes may hold it). */
const LOCK_WAIT_SECONDS = '10'
const TAG_PREFIX = `rivulet-test-${process.pid}-`
/** multiport takes at most 15 ports per rule. */
const PORTS_PER_RULE_MAX = 15
const LOOPBACK = /^127\.0\.0\.(\d{1,3})$/

let ruleCount = 0
let hooksInstalled = false

function iptablesPath (): string | null {
  for (const path of IPTABLES_PATHS) {
    try {
      accessSync(path, constants.X_OK)
      return path
    } catch {
      // Not here: the next place may have it.
    }
  }
  return null
}

/**
 * Why iptables cannot be used here (one line naming what is missing), or null when it can: it needs
 * root (CAP_NET_ADMIN) and the iptables binary, and listing OUTPUT must work (a container may refuse).
 */
export function partitionUnavailable (): string | null {
  if (process.platform !== 'linux') return `network partitions need Linux iptables (this is ${process.platform})`
  if (process.getuid?.() !== 0) return 'network partitions need root (iptables): run the tests as root'
  const binary = iptablesPath()
  if (binary === null) return `network partitions need iptables (not found at ${IPTABLES_PATHS.join(', ')}): apt-get install -y iptables`
  try {
    execFileSync(binary, ['-w', LOCK_WAIT_SECONDS, '-S', CHAIN], { stdio: ['ignore', 'ignore', 'pipe'] })
  } catch (err) {
    return `network partitions need a working iptables (${binary} -S ${CHAIN} failed: ${firstLine(err)})`
  }
  return null
}

function firstLine (err: unknown): string {
  const e = err as { stderr?: Buffer, message: string }
  return (e.stderr?.toString().trim() || e.message).split('\n')[0]!
}

function assertLoopback (address: string): void {
  const m = LOOPBACK.exec(address)
  assert(m !== null && Number(m[1]) <= 255, `only 127.0.0.x addresses may be cut, not ${JSON.stringify(address)}`)
}

function run (args: readonly string[]): string {
  const binary = iptablesPath()
  assert(binary !== null, 'iptables is not installed (check partitionUnavailable() first)')
  return execFileSync(binary, ['-w', LOCK_WAIT_SECONDS, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

/** The rules of OUTPUT tagged by this process, as `iptables -S` prints them (`-A OUTPUT ...`). */
export function ownRules (): string[] {
  // Nothing made, nothing to list: where iptables cannot be used (a user, no binary), hooks stay quiet.
  if (ruleCount === 0) return []
  return run(['-S', CHAIN]).split('\n').filter((line) => {
    const m = / --comment "?(rivulet-test-\d+-\d+)"?( |$)/.exec(line)
    return m !== null && m[1]!.startsWith(TAG_PREFIX)
  })
}

/** Deletes every rule this process made (and nothing else). Synchronous: exit handlers call it. */
export function removeOwnRules (): void {
  for (const line of ownRules()) {
    const args = line.split(' ').map((a) => a.replace(/^"(.*)"$/, '$1'))
    assert(args[0] === '-A' && args[1] === CHAIN, `unexpected rule line ${line}`)
    try {
      run(['-D', ...args.slice(1)])
    } catch (err) {
      // An exit handler that throws would hide why the process is exiting: say it and go on.
      process.stderr.write(`loopback-partition: could not delete rule "${line}": ${firstLine(err)}\n`)
    }
  }
}

function installHooks (): void {
  if (hooksInstalled) return
  hooksInstalled = true
  onProcessEnd(removeOwnRules)
}

// The file's tests are over: whatever a test left cut is healed (its finally should have done it).
if (process.env.NODE_TEST_CONTEXT !== undefined) after(() => { removeOwnRules() })

export class LoopbackPartition {
  /** Listening ports by address: what a cut of that address touches. */
  private readonly ports: ReadonlyMap<string, readonly number[]>

  /** `ports`: each node's address and the ports it listens on (client, controller, admin). */
  constructor (ports: ReadonlyMap<string, readonly number[]>) {
    for (const [address, list] of ports) {
      assertLoopback(address)
      assert(list.length > 0 && list.length <= PORTS_PER_RULE_MAX, `${address}: 1 to ${PORTS_PER_RULE_MAX} ports`)
      assert(list.every((p) => Number.isInteger(p) && p > 0 && p < 65536), `${address}: bad ports ${list.join(',')}`)
    }
    this.ports = ports
    installHooks()
  }

  /** Drops the TCP packets between `a` and `b`, both ways, on their listening ports. */
  cut (a: string, b: string): void {
    assert(a !== b, `cannot cut ${a} from itself`)
    const pa = this.portsOf(a)
    const pb = this.portsOf(b)
    for (const [src, dst, srcPorts, dstPorts] of [[a, b, pa, pb], [b, a, pb, pa]] as const) {
      this.drop(src, dst, '--dports', dstPorts) // connections src opens to dst's listeners
      this.drop(src, dst, '--sports', srcPorts) // src's answers on connections dst opened
    }
  }

  /**
   * Drops what `from` sends to `to` on their listening ports, one way only: `to` still sends to
   * `from`, but no connection between them completes its handshake or gets an answer from `from`.
   */
  cutOneWay (from: string, to: string): void {
    assert(from !== to, `cannot cut ${from} from itself`)
    const pFrom = this.portsOf(from)
    const pTo = this.portsOf(to)
    this.drop(from, to, '--dports', pTo)
    this.drop(from, to, '--sports', pFrom)
  }

  /** Cuts `node` from each of `others`; the others still reach one another. */
  isolate (node: string, others: readonly string[]): void {
    for (const other of others) this.cut(node, other)
  }

  /** Every link this process cut works again. */
  heal (): void {
    removeOwnRules()
    assert(ownRules().length === 0, 'rules of this process are left after heal()')
  }

  private portsOf (address: string): string {
    assertLoopback(address)
    const list = this.ports.get(address)
    assert(list !== undefined, `no ports given for ${address}`)
    return list.join(',')
  }

  private drop (src: string, dst: string, direction: '--dports' | '--sports', ports: string): void {
    const tag = `${TAG_PREFIX}${++ruleCount}`
    run(['-I', CHAIN, '-s', src, '-d', dst, '-p', 'tcp', '-m', 'multiport', direction, ports, '-m', 'comment', '--comment', tag, '-j', 'DROP'])
  }
}
