// Finds which of the tests' programs are missing on this machine: kcat and docker-compose on PATH, and the python
// modules importable by the python the tests run. Both probe points are parameters, so the
// preflight's own test can point them at a PATH without kcat or a python that does not exist.
import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { DOCKER_COMPOSE, IPTABLES, KCAT, PYTHON_MODULES, type Requirement } from './plan.ts'

export interface ProbePoints {
  /** Searched for kcat, docker-compose and apt-get, as the tests' spawn('kcat') searches it. */
  readonly path: string
  /** The python the tests run (/usr/bin/python3). */
  readonly python: string
}

const PYTHON_PROBE_TIMEOUT_MS = 30_000

/** Imports each module in its own try, printing the ones that fail (a broken install counts as missing). */
const PYTHON_IMPORTS = `
import importlib, sys
for name in sys.argv[1:]:
    try:
        importlib.import_module(name)
    except Exception:
        print(name)
`

export function findOnPath (program: string, path: string): string | null {
  for (const dir of path.split(delimiter)) {
    if (dir === '') continue
    const candidate = join(dir, program)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // Not in this directory (or not executable): the next one may have it.
    }
  }
  return null
}

export function missingRequirements (points: ProbePoints): Requirement[] {
  const missing: Requirement[] = []
  if (findOnPath('kcat', points.path) === null) missing.push(KCAT)
  if (findOnPath('docker-compose', points.path) === null) missing.push(DOCKER_COMPOSE)
  const result = spawnSync(points.python, ['-c', PYTHON_IMPORTS, ...PYTHON_MODULES.keys()], { encoding: 'utf8', timeout: PYTHON_PROBE_TIMEOUT_MS })
  // No python at all (ENOENT) or one that does not run: every module is missing.
  const failed = result.error !== undefined || result.status !== 0
    ? new Set(PYTHON_MODULES.keys())
    : new Set(result.stdout.split('\n').filter((l) => l !== ''))
  for (const [module, requirement] of PYTHON_MODULES) if (failed.has(module)) missing.push(requirement)
  return missing
}

/** Where root's iptables lives, also when PATH lacks the sbin directories (a user's PATH often does). */
const SBIN_DIRS = ['/usr/sbin', '/sbin']

/** The optional programs missing: iptables, looked for on PATH and in the sbin directories. */
export function missingOptional (points: ProbePoints): Requirement[] {
  return findOnPath('iptables', [points.path, ...SBIN_DIRS].join(delimiter)) === null ? [IPTABLES] : []
}
