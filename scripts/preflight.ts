// `npm test`'s first step: makes sure the programs the real-client tests run are here, installing
// the Debian packages when it can, or stops at once with one line naming what is missing and the
// command that installs it (instead of tests that fail one by one much later). Quiet when all is here.
//   node --import tsx scripts/preflight.ts
// RIVULET_PREFLIGHT_PYTHON replaces /usr/bin/python3 as the python probed, for the preflight's own test.
import { spawnSync } from 'node:child_process'
import { decide } from './preflight/plan.ts'
import { findOnPath, missingOptional, missingRequirements, type ProbePoints } from './preflight/probe.ts'

const points: ProbePoints = { path: process.env.PATH ?? '', python: process.env.RIVULET_PREFLIGHT_PYTHON ?? '/usr/bin/python3' }

function machine (): Parameters<typeof decide>[0] {
  return { missing: missingRequirements(points), optionalMissing: missingOptional(points), isRoot: process.getuid?.() === 0, hasAptGet: findOnPath('apt-get', points.path) !== null }
}

const decision = decide(machine())
if (decision.action === 'stop') {
  process.stderr.write(`${decision.line}\n`)
  process.exit(1)
}
if (decision.action === 'install') {
  process.stdout.write(`${decision.line}\n`)
  for (const [program, ...args] of decision.commands) {
    // apt's progress is not ours to print; its errors are.
    const result = spawnSync(program!, [...args, '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    if (result.status !== 0) {
      process.stderr.write(`npm test: ${[program, ...args].join(' ')} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`})\n`)
      process.exit(1)
    }
  }
  const still = missingRequirements(points)
  if (still.length > 0) {
    process.stderr.write(`npm test: ${still.map((r) => r.name).join(', ')} still missing after the install\n`)
    process.exit(1)
  }
  // Optional: a failure is said, and the tests that need it skip with the reason.
  for (const [program, ...args] of decision.optionalCommands) {
    const result = spawnSync(program!, [...args, '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    if (result.status !== 0) {
      process.stderr.write(`npm test: ${[program, ...args].join(' ')} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`}); the tests that need it are skipped\n`)
      break
    }
  }
}
