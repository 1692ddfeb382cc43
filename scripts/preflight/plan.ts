// What `npm test`'s preflight does about the programs the real-client tests run (kcat, docker-compose,
// and python's confluent_kafka and kafka modules under /usr/bin/python3), decided from what is missing and what
// this machine allows; no I/O here. With nothing missing it does nothing; when it can install the
// Debian packages itself (root, apt-get present) it does, saying so in one line; otherwise it stops
// with one line naming what is missing and the command that installs it.
// Optional programs (iptables, for the network-partition tests, which need root anyway) are installed
// the same way when the preflight can, but never stop the run: their tests skip, saying what is missing.

/** Something a test runs, and the Debian package that provides it. */
export interface Requirement {
  /** How the line names it. */
  readonly name: string
  readonly debianPackage: string
}

export const KCAT: Requirement = { name: 'kcat', debianPackage: 'kcat' }
/** Validates docker/docker-compose.yml and prints it normalized for test/docker/compose.test.ts (no daemon needed). */
export const DOCKER_COMPOSE: Requirement = { name: 'docker-compose', debianPackage: 'docker-compose' }
export const CONFLUENT_KAFKA: Requirement = { name: 'python3 module confluent_kafka', debianPackage: 'python3-confluent-kafka' }
export const KAFKA_PYTHON: Requirement = { name: 'python3 module kafka', debianPackage: 'python3-kafka' }
/** Optional: the partition tests cut links with it (as root); without it they are skipped. */
export const IPTABLES: Requirement = { name: 'iptables', debianPackage: 'iptables' }
/** The python modules by their import names, in the order they are probed. */
export const PYTHON_MODULES: ReadonlyMap<string, Requirement> = new Map([['confluent_kafka', CONFLUENT_KAFKA], ['kafka', KAFKA_PYTHON]])

export interface Machine {
  readonly missing: readonly Requirement[]
  /** Optional programs missing (default none): installed when possible, never a reason to stop. */
  readonly optionalMissing?: readonly Requirement[]
  readonly isRoot: boolean
  readonly hasAptGet: boolean
}

export type Decision =
  | { readonly action: 'ready' }
  /** `optionalCommands` run after `commands`; their failure is said, and the run goes on. */
  | { readonly action: 'install', readonly line: string, readonly commands: ReadonlyArray<readonly string[]>, readonly optionalCommands: ReadonlyArray<readonly string[]> }
  | { readonly action: 'stop', readonly line: string }

export function decide (machine: Machine): Decision {
  const optional = machine.optionalMissing ?? []
  const canInstall = machine.isRoot && machine.hasAptGet
  if (machine.missing.length === 0 && (optional.length === 0 || !canInstall)) return { action: 'ready' }
  const what = [...machine.missing, ...optional].map((r) => r.name).join(', ')
  const install = ['apt-get', 'install', '-y', ...new Set(machine.missing.map((r) => r.debianPackage))]
  if (canInstall) {
    const commands = machine.missing.length === 0 ? [] : [['apt-get', 'update'], install]
    const optionalInstall = ['apt-get', 'install', '-y', ...new Set(optional.map((r) => r.debianPackage))]
    const optionalCommands = optional.length === 0 ? [] : [...(commands.length === 0 ? [['apt-get', 'update']] : []), optionalInstall]
    return {
      action: 'install',
      line: `npm test: ${what} missing; installing: ${['apt-get update', ...[...commands, ...optionalCommands].filter((c) => c[1] === 'install').map((c) => c.join(' '))].join(' && ')}`,
      commands,
      optionalCommands
    }
  }
  const command = machine.isRoot ? install.join(' ') : `sudo ${install.join(' ')}`
  const where = machine.hasAptGet ? '' : ' (Debian/Ubuntu; elsewhere the same programs from your system\'s packages)'
  const required = machine.missing.map((r) => r.name).join(', ')
  return { action: 'stop', line: `npm test: ${required} missing (the real-client tests run them); install with: ${command}${where}` }
}
