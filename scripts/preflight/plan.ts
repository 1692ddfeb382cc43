// What `npm test`'s preflight does about the programs the real-client tests run (kcat, and python's
// confluent_kafka and kafka modules under /usr/bin/python3), decided from what is missing and what
// this machine allows; no I/O here. With nothing missing it does nothing; when it can install the
// Debian packages itself (root, apt-get present) it does, saying so in one line; otherwise it stops
// with one line naming what is missing and the command that installs it.

/** Something a test runs, and the Debian package that provides it. */
export interface Requirement {
  /** How the line names it. */
  readonly name: string
  readonly debianPackage: string
}

export const KCAT: Requirement = { name: 'kcat', debianPackage: 'kcat' }
export const CONFLUENT_KAFKA: Requirement = { name: 'python3 module confluent_kafka', debianPackage: 'python3-confluent-kafka' }
export const KAFKA_PYTHON: Requirement = { name: 'python3 module kafka', debianPackage: 'python3-kafka' }
/** The python modules by their import names, in the order they are probed. */
export const PYTHON_MODULES: ReadonlyMap<string, Requirement> = new Map([['confluent_kafka', CONFLUENT_KAFKA], ['kafka', KAFKA_PYTHON]])

export interface Machine {
  readonly missing: readonly Requirement[]
  readonly isRoot: boolean
  readonly hasAptGet: boolean
}

export type Decision =
  | { readonly action: 'ready' }
  | { readonly action: 'install', readonly line: string, readonly commands: ReadonlyArray<readonly string[]> }
  | { readonly action: 'stop', readonly line: string }

export function decide (machine: Machine): Decision {
  if (machine.missing.length === 0) return { action: 'ready' }
  const what = machine.missing.map((r) => r.name).join(', ')
  const install = ['apt-get', 'install', '-y', ...new Set(machine.missing.map((r) => r.debianPackage))]
  if (machine.isRoot && machine.hasAptGet) {
    return {
      action: 'install',
      line: `npm test: ${what} missing; installing: apt-get update && ${install.join(' ')}`,
      commands: [['apt-get', 'update'], install]
    }
  }
  const command = machine.isRoot ? install.join(' ') : `sudo ${install.join(' ')}`
  const where = machine.hasAptGet ? '' : ' (Debian/Ubuntu; elsewhere the same programs from your system\'s packages)'
  return { action: 'stop', line: `npm test: ${what} missing (the real-client tests run them); install with: ${command}${where}` }
}
